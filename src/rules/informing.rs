//! `double-assurance` (tuplavarmistus): at least two different people make
//! sure the child is told what was discussed, in a way fit for their age (000).

use super::{Ctx, person_key};
use crate::case::yaml::Node;
use crate::finding::Msg;
use crate::finding::{Severity, Sink};
use crate::model::Phase;
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "double-assurance",
    severities: &[Severity::Error],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "000",
};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let Some(list) = ctx.fm.get("informing_child") else {
        return;
    };
    if ctx.phase < Phase::After && list.is_empty() {
        return;
    }
    if list.is_empty() {
        return; // missing altogether: `missing-field` says so
    }
    let mut people: Vec<String> = list
        .items()
        .iter()
        .filter_map(|i| i.get("who").and_then(Node::scalar))
        .map(person_key)
        .filter(|w| !w.is_empty())
        .collect();
    people.sort();
    people.dedup();
    if people.len() < 2 {
        sink.push_field(
            RULE.id,
            Severity::Error,
            ctx.line_of("informing_child"),
            Some("informing_child".into()),
            Msg::DoubleAssurance {
                count: people.len(),
            },
        );
    }
}
