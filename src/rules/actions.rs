//! `action-owner`: every agreed action has someone who answers for it; each
//! takes care of what they agreed and follows it up (000, 001).

use super::Ctx;
use crate::case::yaml::{Node, Value};
use crate::finding::Msg;
use crate::finding::{ACTION_OWNER, Severity, Sink};

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
                ACTION_OWNER,
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
