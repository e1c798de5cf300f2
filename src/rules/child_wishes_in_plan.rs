//! `child-wishes-in-plan`: after a family group conference, the record says
//! how the child's wishes were taken into account in the relatives' plan.
//! Seed 004: the plan shows how its solutions affect the child and how the
//! child's wishes were taken into account (the review of 2026-12, M16).

use super::{Ctx, Rule, StopsRender, rule};
use crate::case::yaml::Node;
use crate::finding::{Msg, Severity, Sink};
use crate::model::{Kind, Phase};

pub const RULE: Rule = rule! {
    id: "child-wishes-in-plan",
    severities: &[Severity::Warning],
    phases: &[Phase::After],
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "004",
};

pub const FIELD: &str = "child_wishes_in_plan";

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    if ctx.phase < Phase::After || ctx.kind != Some(Kind::FamilyGroupConference) {
        return;
    }
    let written = ctx
        .fm
        .get(FIELD)
        .and_then(Node::text)
        .is_some_and(|t| !t.trim().is_empty());
    if !written {
        // Beside the plan, where the worker writes it.
        let line = ctx
            .fm
            .entry(FIELD)
            .or_else(|| ctx.fm.entry("plan"))
            .map_or(1, |e| e.key_line);
        sink.push_field(
            RULE.id,
            Severity::Warning,
            line,
            Some(FIELD.into()),
            Msg::ChildWishesInPlan,
        );
    }
}
