//! `topic-discussion`: after the meeting, every topic on the record says
//! what was said about it. A filed memo that lists a topic with nothing
//! under it (the reasons for an urgent placement, say) invites questions at
//! every later review (the review of 2026-12, M3; 000: one shared record).

use super::{Ctx, Rule, StopsRender, rule};
use crate::case::yaml::{Node, Value};
use crate::finding::{Msg, Severity, Sink};
use crate::model::Phase;

pub const RULE: Rule = rule! {
    id: "topic-discussion",
    severities: &[Severity::Warning],
    phases: &[Phase::After],
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "000, 001",
};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    if ctx.phase < Phase::After {
        return;
    }
    let Some(topics) = ctx.fm.get("topics") else {
        return;
    };
    for (i, item) in topics.items().iter().enumerate() {
        if !matches!(item.value, Value::Map(_)) {
            continue;
        }
        // A topic without its title is `missing-field`'s to name.
        let Some(topic) = item
            .get("topic")
            .and_then(Node::text)
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            continue;
        };
        let recorded = item
            .get("discussion")
            .and_then(Node::text)
            .is_some_and(|t| !t.trim().is_empty());
        if !recorded {
            sink.push_field(
                RULE.id,
                Severity::Warning,
                item.entry("discussion")
                    .or_else(|| item.entry("topic"))
                    .map_or(item.line, |e| e.key_line),
                Some(format!("topics[{i}].discussion")),
                Msg::TopicWithoutDiscussion {
                    topic: topic.chars().take(60).collect(),
                },
            );
        }
    }
}
