//! `follow-up-invitees`: a family group conference's follow-up invites
//! everyone who took part in the conference. Seed 004: those who took part
//! in the conference evaluate how the plan has worked (the review of
//! 2026-12, M15). The conference is found back along `follows` (a
//! follow-up may follow an earlier follow-up); its participants are its
//! invitees who were not marked `absent`.

use std::path::PathBuf;

use jiff::civil::Date;

use super::{Ctx, Rule, StopsRender, person_key, rule};
use crate::case::meeting::{Facts, Lookup};
use crate::case::yaml::Node;
use crate::finding::{Msg, Severity, Sink};
use crate::model::{Kind, Phase};

pub const RULE: Rule = rule! {
    id: "follow-up-invitees",
    severities: &[Severity::Warning],
    phases: &[Phase::Before, Phase::During, Phase::After],
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "004",
};

/// How far back along `follows` the conference is looked for.
const MAX_CHAIN: usize = 20;

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    if ctx.kind != Some(Kind::FgcFollowUp) {
        return;
    }
    let Some((date, participants)) = conference(ctx) else {
        return;
    };
    let invited: Vec<String> = ctx
        .invitees()
        .filter_map(|i| i.get("name").and_then(Node::scalar))
        .map(person_key)
        .collect();
    let mut missing: Vec<String> = Vec::new();
    for name in participants {
        let key = person_key(&name);
        if !key.is_empty()
            && !invited.contains(&key)
            && !missing.iter().any(|m| person_key(m) == key)
        {
            missing.push(name);
        }
    }
    if !missing.is_empty() {
        sink.push_field(
            RULE.id,
            Severity::Warning,
            ctx.line_of("invitees"),
            Some("invitees".into()),
            Msg::FollowUpNotInvited {
                conference: date,
                names: missing,
            },
        );
    }
}

/// The conference this follow-up (or the follow-up it follows) follows: its
/// date and the names of those who took part. `None` when the chain leads
/// to no readable conference (`lsk check` says why elsewhere).
fn conference(ctx: &Ctx) -> Option<(Option<Date>, Vec<String>)> {
    let mut next = match ctx.follows.map(|f| &f.lookup) {
        Some(Lookup::Found(dir)) => Some(dir.clone()),
        _ => None,
    };
    let mut seen: Vec<PathBuf> = Vec::new();
    while let Some(dir) = next.take() {
        if seen.contains(&dir) || seen.len() >= MAX_CHAIN {
            return None;
        }
        seen.push(dir.clone());
        let earlier = ctx.case.earlier.facts(&dir, &ctx.case.root)?;
        match earlier.kind {
            Some(Kind::FamilyGroupConference) => return Some(participants(&earlier)),
            Some(Kind::FgcFollowUp) => next = earlier.follows.clone(),
            _ => return None,
        }
    }
    None
}

/// A conference's date and its participants: its invitees not marked absent.
fn participants(conference: &Facts) -> (Option<Date>, Vec<String>) {
    let absent: Vec<String> = conference.absent.iter().map(|n| person_key(n)).collect();
    let names = conference
        .invitees
        .iter()
        .filter(|n| !absent.contains(&person_key(n)))
        .cloned()
        .collect();
    (conference.date, names)
}
