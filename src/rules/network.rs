//! `network-size`: the bigger the network, the worse it works, especially
//! with the child present (000). A family group conference is exempt: there
//! the family decides which relatives come (004).

use super::{Ctx, person_key};
use crate::case::yaml::Node;
use crate::finding::Msg;
use crate::finding::{Severity, Sink};
use crate::model::Kind;
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "network-size",
    severities: &[Severity::Warning],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "000",
};

/// Most participants before the warning, without and with the child present.
pub const LIMIT: usize = 8;
pub const LIMIT_WITH_CHILD: usize = 6;

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    if !matches!(ctx.kind, Some(Kind::Daycare | Kind::School)) {
        return;
    }
    let absent: Vec<String> = ctx
        .fm
        .get("absent")
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .filter_map(|a| a.get("name").and_then(Node::scalar))
        .map(person_key)
        .collect();
    let count = ctx
        .invitees()
        .filter(|i| {
            i.get("name")
                .and_then(Node::scalar)
                .is_none_or(|n| !absent.contains(&person_key(n)))
        })
        .count();
    let child_present = ctx.child_present();
    let limit = if child_present {
        LIMIT_WITH_CHILD
    } else {
        LIMIT
    };
    if count > limit {
        sink.push_field(
            RULE.id,
            Severity::Warning,
            ctx.line_of("invitees"),
            Some("invitees".into()),
            Msg::NetworkSize {
                count,
                limit,
                child_present,
            },
        );
    }
}
