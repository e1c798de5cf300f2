//! `chair-role`: a family group conference (and its follow-up) is chaired by
//! the external convener, never the responsible social worker (004); a
//! daycare meeting by the child-welfare social worker (000); in a school
//! meeting the participants agree who chairs (001), and the warning asks
//! that it was agreed.

use super::{Ctx, person_key};
use crate::case::yaml::Node;
use crate::finding::Msg;
use crate::finding::{Severity, Sink};
use crate::model::Role;
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "chair-role",
    severities: &[Severity::Error, Severity::Warning],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "000, 004",
};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let (Some(kind), Some(node)) = (ctx.kind, ctx.fm.get("chair")) else {
        return;
    };
    let Some(chair) = node.text().map(str::trim).filter(|c| !c.is_empty()) else {
        return;
    };
    let role = ctx
        .invitee(chair)
        .and_then(|i| i.get("role"))
        .and_then(Node::scalar)
        .and_then(Role::parse);
    let chair_owned = chair.to_owned();
    let is_worker = ctx
        .case
        .responsible_worker
        .as_deref()
        .is_some_and(|w| person_key(w) == person_key(chair));
    let mut push = |severity, msg| {
        sink.push_field(RULE.id, severity, node.line, Some("chair".into()), msg);
    };
    if kind.is_fgc() {
        if is_worker {
            push(
                Severity::Error,
                Msg::ChairIsResponsibleWorker { chair: chair_owned },
            );
        } else if role.is_some_and(|r| r != Role::Convener) {
            push(
                Severity::Error,
                Msg::ChairNotConvener { chair: chair_owned },
            );
        }
    } else if !is_worker && role.is_some_and(|r| r != Role::SocialWorker) {
        push(
            Severity::Warning,
            Msg::ChairNotSocialWorker {
                chair: chair_owned,
                school: kind == crate::model::Kind::School,
            },
        );
    }
}
