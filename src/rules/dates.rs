//! `date-order`: dates that cannot happen. What is written after a meeting
//! (the summary, the agreed actions, the memo's date...) in a meeting that
//! has not yet been held; an action due before the meeting that agreed it;
//! a memo dated before its meeting; a follow-up held before the meeting it
//! follows.
//!
//! Severity: what is written ahead of the meeting is a warning (a worker
//! may draft the summary or the actions before, and the meeting may still
//! agree them); a date before the meeting it belongs to is an error: no
//! action was agreed, no memo written and no follow-up held before the
//! meeting itself, so the date is a slip and a document would say what
//! cannot be true.

use jiff::civil::Date;

use super::Ctx;
use crate::case::yaml::{Node, Value};
use crate::date;
use crate::finding::{Msg, Severity, Sink};
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "date-order",
    severities: &[Severity::Error, Severity::Warning],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "issue 22",
};

/// What is written only after the meeting: the after phase's fields, the
/// memo's date and what the conference itself decides.
const AFTER: &[&str] = &[
    "summary",
    "agreed",
    "informing_child",
    "evaluation",
    "plan",
    "plan_evaluation",
    "dissent",
    "memo_date",
];

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let Some(meeting) = ctx
        .fm
        .get("date")
        .and_then(Node::scalar)
        .and_then(date::parse_date)
    else {
        return;
    };
    if meeting > ctx.today {
        for key in AFTER {
            if ctx.fm.get(key).is_some_and(has_content) {
                sink.push_field(
                    RULE.id,
                    Severity::Warning,
                    ctx.line_of(key),
                    Some((*key).into()),
                    Msg::WrittenBeforeMeeting {
                        field: (*key).into(),
                        meeting,
                        today: ctx.today,
                    },
                );
            }
        }
    }
    if let Some(node) = ctx.fm.get("memo_date")
        && let Some(written) = node.scalar().and_then(date::parse_date)
        && written < meeting
    {
        sink.push_field(
            RULE.id,
            Severity::Error,
            node.line,
            Some("memo_date".into()),
            Msg::MemoBeforeMeeting { written, meeting },
        );
    }
    for (i, item) in ctx
        .fm
        .get("agreed")
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let Some(due_node) = item.get("due") else {
            continue;
        };
        if let Some(due) = due_node.scalar().and_then(date::parse_date)
            && due < meeting
        {
            let action = item.get("action").and_then(Node::text).unwrap_or("").trim();
            sink.push_field(
                RULE.id,
                Severity::Error,
                due_node.line,
                Some(format!("agreed[{i}].due")),
                Msg::DueBeforeMeeting {
                    action: action.chars().take(60).collect(),
                    due,
                    meeting,
                },
            );
        }
    }
    if let Some(follows) = ctx.follows
        && let Some(earlier) = followed_date(ctx, follows)
        && meeting < earlier
    {
        sink.push_field(
            RULE.id,
            Severity::Error,
            follows.line,
            Some("follows".into()),
            Msg::FollowsLater {
                follows: follows.name.chars().take(60).collect(),
                earlier,
                meeting,
            },
        );
    }
}

/// Anything written: a text, or a list or record with some text in it.
fn has_content(node: &Node) -> bool {
    match &node.value {
        Value::Null => false,
        Value::Scalar { text, .. } => !text.trim().is_empty(),
        Value::Seq(items) => items.iter().any(has_content),
        Value::Map(entries) => entries.iter().any(|e| has_content(&e.value)),
    }
}

/// The date of the meeting `follows` names, read from its meeting.md (a
/// name that leads nowhere is `invalid-value`'s, in `follows.rs`).
fn followed_date(ctx: &Ctx, follows: &crate::case::meeting::Follows) -> Option<Date> {
    // Found the one way a `follows` is: never another case's meeting.
    let crate::case::meeting::Lookup::Found(dir) = &follows.lookup else {
        return None;
    };
    ctx.case.earlier.facts(dir, &ctx.case.root)?.date
}
