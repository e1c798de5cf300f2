//! `child-not-prepared`: the child is prepared beforehand by their support
//! person, so that nothing is heard for the first time at the meeting (001).
//! What is asked depends on the age at the meeting's date (DOMAIN.md): from 3
//! the child is told who is coming and what is discussed; from 7 the child is
//! also asked what they want to say and what the adults should talk about.
//! Under 3 the adults around the child carry the information; from 18 the
//! young person is an adult in aftercare and is not prepared as a child.

use super::Ctx;
use crate::finding::Msg;
use crate::finding::{Severity, Sink};
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "child-not-prepared",
    severities: &[Severity::Error, Severity::Warning],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "001, 000",
};

pub const TOLD_FROM_AGE: i32 = 3;
pub const ASKED_FROM_AGE: i32 = 7;
/// From 18 the young person is an adult (in aftercare): no one prepares
/// them as a child.
pub const ADULT_AGE: i32 = 18;

/// Whether a child of `age` is prepared for the meeting by a support
/// person: from 3 until adulthood. An unknown age is checked.
pub fn prepared_at(age: Option<i32>) -> bool {
    age.is_none_or(|a| (TOLD_FROM_AGE..ADULT_AGE).contains(&a))
}

const TOLD: &[&str] = &["by", "told_who_is_coming", "told_topics"];
const ASKED: &[&str] = &["child_wants_to_talk_about", "child_wants_adults_to_discuss"];

/// Words that say "not done" in a `told_*` field.
const NOT_DONE: &[&str] = &["no", "ei", "nej", "false", "not yet", "ei vielä", "inte än"];

/// Whether a preparation part says it was done: a yes for the `told_*`
/// questions, an answer that is not "no" for what the child was asked.
pub fn done(part: &str, node: &crate::case::yaml::Node) -> bool {
    if part.starts_with("told_") {
        return crate::case::validate::yes_no(node) == Some(true);
    }
    !node.is_empty()
        && node.bool() != Some(false)
        && node
            .scalar()
            .is_none_or(|s| !NOT_DONE.contains(&s.trim().to_lowercase().as_str()))
}

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let Some(age) = ctx.age else { return };
    if !prepared_at(Some(age)) {
        return;
    }
    let severity = if ctx.acute {
        Severity::Warning
    } else {
        Severity::Error
    };
    let mut push = |line, field: String| {
        sink.push_field(
            RULE.id,
            severity,
            line,
            Some(field.clone()),
            Msg::ChildNotPrepared {
                field,
                age,
                acute: ctx.acute,
                fgc: ctx.kind.is_some_and(crate::model::Kind::is_fgc),
            },
        );
    };
    let Some(prep) = ctx.fm.get("child_preparation").filter(|p| !p.is_empty()) else {
        push(ctx.line_of("child_preparation"), "child_preparation".into());
        return;
    };
    let line = ctx.line_of("child_preparation");
    let asked: &[&str] = if age >= ASKED_FROM_AGE { ASKED } else { &[] };
    for part in TOLD.iter().chain(asked) {
        if !prep.get(part).is_some_and(|n| done(part, n)) {
            push(
                prep.entry(part).map_or(line, |e| e.key_line),
                format!("child_preparation.{part}"),
            );
        }
    }
}
