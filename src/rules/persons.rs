//! `unknown-person`: a person value names someone among `invitees`, so every
//! role at the meeting is held by someone who was invited (001).

use super::Ctx;
use crate::case::yaml::Node;
use crate::finding::Msg;
use crate::finding::{Severity, Sink};
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "unknown-person",
    severities: &[Severity::Error],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "001",
};

const SINGLE: &[&str] = &[
    "invited_by",
    "chair",
    "note_taker",
    "child_support_person",
    "plan_lead",
];
const IN_LISTS: &[(&str, &str)] = &[
    ("agreed", "owner"),
    ("informing_child", "who"),
    ("absent", "name"),
];

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    if ctx
        .invitees()
        .all(|i| i.get("name").and_then(Node::scalar).is_none())
    {
        return; // `invitees` itself is missing: that finding says it all
    }
    // The field's path is written only for a finding.
    let mut person = |node: &Node, field: &dyn Fn() -> String| {
        if let Some(name) = node.text()
            && !name.trim().is_empty()
            && ctx.invitee(name).is_none()
        {
            let field = field();
            sink.push_field(
                RULE.id,
                Severity::Error,
                node.line,
                Some(field.clone()),
                Msg::UnknownPerson {
                    field,
                    name: name.trim().to_owned(),
                },
            );
        }
    };
    for key in SINGLE {
        if let Some(node) = ctx.fm.get(key) {
            person(node, &|| (*key).to_owned());
        }
    }
    if let Some(by) = ctx.fm.get("child_preparation").and_then(|p| p.get("by")) {
        person(by, &|| "child_preparation.by".into());
    }
    for (list, key) in IN_LISTS {
        for (i, item) in ctx
            .fm
            .get(list)
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            if let Some(node) = item.get(key) {
                person(node, &|| format!("{list}[{i}].{key}"));
            }
        }
    }
}
