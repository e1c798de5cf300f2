//! `action-owner`: every agreed action has someone who answers for it; each
//! takes care of what they agreed and follows it up (000, 001).

use super::Ctx;
use crate::case::yaml::{Node, Value};
use crate::finding::Msg;
use crate::finding::{Severity, Sink};
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "action-owner",
    severities: &[Severity::Error],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "000, 001",
};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let Some(agreed) = ctx.fm.get("agreed") else {
        return;
    };
    for (i, item) in agreed.items().iter().enumerate() {
        if !matches!(item.value, Value::Map(_)) {
            continue;
        }
        if item.get("owner").is_none_or(Node::is_empty) {
            let action = item.get("action").and_then(Node::text).unwrap_or("").trim();
            sink.push_field(
                RULE.id,
                Severity::Error,
                item.entry("owner").map_or(item.line, |e| e.key_line),
                Some(format!("agreed[{i}].owner")),
                Msg::ActionOwner {
                    action: action.chars().take(60).collect(),
                },
            );
        }
    }
}
