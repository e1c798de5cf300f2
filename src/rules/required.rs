//! `missing-field`: what each phase requires (FORMAT.md's table; 000, 001,
//! 004), and the parts every list item needs.

use super::Ctx;
use crate::case::yaml::{Node, Value};
use crate::finding::Msg;
use crate::finding::{MISSING_FIELD, Severity, Sink};
use crate::model::{Kind, Phase};
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "missing-field",
    severities: &[Severity::Error, Severity::Warning],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "000, 001, 004",
};
const _: () = assert!(super::table::same_id(RULE.id, MISSING_FIELD));

/// Before the meeting: who, when, where, why, and the child's part (001).
const BEFORE: &[&str] = &[
    "kind",
    "date",
    "time",
    "duration_min",
    "place",
    "goal",
    "invited_by",
    "chair",
    "note_taker",
    "child_support_person",
    "invitees",
    "child_attends",
    "child_attendance_reason",
    "family_views",
];
/// During: the consent for sharing the memo and the child's voice (000).
const DURING: &[&str] = &["memo_consent", "child_views"];
/// After: what was agreed, who owns it, who tells the child (000, 001).
const AFTER: &[&str] = &["summary", "agreed", "informing_child", "evaluation"];

/// The preparation an acute conference may shorten: missing is a warning (004).
pub const PREPARATION: &[&str] = &[
    "plan_topics",
    "child_support_person",
    "family_views",
    "child_attendance_reason",
];

/// Parts each list item (or nested record) needs whenever it is written.
pub const ITEM_PARTS: &[(&str, &[&str])] = &[
    ("invitees", &["name", "role"]),
    ("topics", &["topic"]),
    ("absent", &["name"]),
    ("review", &["action"]),
    ("agreed", &["action"]),
    ("informing_child", &["who"]),
    ("dissent", &["by", "view"]),
];

/// The fields a phase adds to the earlier phases' for a kind of meeting, in
/// the order of the practice. `topics` is advised (a warning), and
/// `next_meeting` may be replaced by `follow_up`.
/// The fields a page shows under each phase: those the phase requires, and
/// the ones other rules ask for then (the child's preparation, checked by
/// `child-not-prepared` before the meeting), so that a form lists them
/// where the worker fills them.
pub fn shown_in_phase(kind: Option<Kind>, phase: Phase) -> Vec<&'static str> {
    let mut fields = phase_fields(kind, phase);
    if phase == Phase::Before && kind.is_some_and(|k| !k.is_fgc()) {
        fields.push("child_preparation");
    }
    fields
}

pub fn phase_fields(kind: Option<Kind>, phase: Phase) -> Vec<&'static str> {
    let fgc = kind == Some(Kind::FamilyGroupConference);
    let mut fields = Vec::new();
    match phase {
        Phase::Before => {
            fields.extend(BEFORE);
            if fgc {
                fields.push("plan_topics");
            }
            if kind == Some(Kind::FgcFollowUp) {
                fields.push("follows");
            }
        }
        Phase::During => {
            fields.extend(DURING);
            fields.push("topics");
        }
        Phase::After => {
            fields.extend(AFTER);
            if fgc {
                // 004: the social worker evaluates the family's plan and
                // says how child welfare supports it.
                fields.extend(["plan", "plan_evaluation"]);
            }
            fields.push("next_meeting");
        }
    }
    fields
}

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let required = Phase::ALL
        .iter()
        .filter(|p| **p <= ctx.phase)
        .flat_map(|p| phase_fields(ctx.kind, *p))
        .filter(|k| !matches!(*k, "topics" | "next_meeting"))
        // Under 3 the adults around the child carry the information; from
        // 18 the young person is an adult in aftercare, who speaks for
        // themself (DOMAIN.md, the child's age).
        .filter(|k| *k != "child_support_person" || super::child::prepared_at(ctx.age));
    for key in required {
        if ctx.fm.get(key).is_none_or(Node::is_empty) {
            let severity = if ctx.acute && PREPARATION.contains(&key) {
                Severity::Warning
            } else {
                Severity::Error
            };
            missing(sink, ctx.kind, severity, ctx.line_of(key), key.to_owned());
        }
    }
    if ctx.phase >= Phase::During && ctx.fm.get("topics").is_none_or(Node::is_empty) {
        // 000: the agenda is built from everyone's topics; a meeting can
        // still be held without them written down.
        missing(
            sink,
            ctx.kind,
            Severity::Warning,
            ctx.line_of("topics"),
            "topics".into(),
        );
    }
    if ctx.phase >= Phase::After
        && ctx.fm.get("next_meeting").is_none_or(Node::is_empty)
        && ctx.fm.get("follow_up").is_none_or(Node::is_empty)
    {
        sink.push_field(
            MISSING_FIELD,
            Severity::Error,
            ctx.line_of("next_meeting"),
            Some("next_meeting".into()),
            Msg::MissingNextMeeting,
        );
    }
    item_parts(ctx, sink);
}

fn item_parts(ctx: &Ctx, sink: &mut Sink) {
    for (list, parts) in ITEM_PARTS {
        let Some(node) = ctx.fm.get(list) else {
            continue;
        };
        for (i, item) in node.items().iter().enumerate() {
            if !matches!(item.value, Value::Map(_)) {
                continue; // a wrong shape is `invalid-value`'s business
            }
            for part in *parts {
                if item.get(part).is_none_or(Node::is_empty) {
                    missing(
                        sink,
                        ctx.kind,
                        Severity::Error,
                        item.line,
                        format!("{list}[{i}].{part}"),
                    );
                }
            }
        }
    }
    // `recipients: []` is a decision (no one); only an absent list is missing.
    // Consent is agreed at the meeting: before it, the scaffold's empty
    // parts are not yet missing.
    if ctx.phase >= Phase::During
        && let Some(consent) = ctx.fm.get("memo_consent")
        && matches!(consent.value, Value::Map(_))
    {
        let line = ctx.line_of("memo_consent");
        // Who consented, by name (the old free-text `decided_with` still
        // counts, with the `consent` rule's warning).
        if consent.get("given_by").is_none_or(Node::is_empty)
            && consent.get("decided_with").is_none_or(Node::is_empty)
        {
            missing(sink, ctx.kind, Severity::Error, line, "memo_consent.given_by".into());
        }
        if consent
            .get("recipients")
            .is_none_or(|r| matches!(r.value, Value::Null))
        {
            missing(
                sink,
                ctx.kind,
                Severity::Error,
                line,
                "memo_consent.recipients".into(),
            );
        }
    }
}

/// The meeting's kind goes with the finding: what a field asks for is
/// said as that kind of meeting asks it (a conference's chair is never
/// the allocated worker).
fn missing(sink: &mut Sink, kind: Option<Kind>, severity: Severity, line: usize, field: String) {
    sink.push_field(
        MISSING_FIELD,
        severity,
        line,
        Some(field.clone()),
        Msg::MissingField { field, kind },
    );
}
