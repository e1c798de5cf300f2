//! What a follow-up starts from (000: return to the last memo; 004: the
//! follow-up meeting evaluates the plan): the meeting named in `follows`,
//! its agreed actions and, back along the chain of `follows` to the family
//! group conference, the plan now in force: the conference's plan and the
//! changes each follow-up made to it, with the social worker's
//! evaluations.
//!
//! Only meetings of the same case are read (a plain folder name under
//! `meetings/`, inside the case). What each document's reader may not see
//! stays out: an earlier meeting's items kept from the reader are left out
//! as in the meeting itself, and an earlier meeting whose `not_for` lsk
//! cannot read gives nothing.

use std::path::Path;

use serde_json::{Value as Json, json};

use super::context::{meeting_title, record};
use crate::case::yaml::Node;
use crate::case::{MEETING_FILE, source};
use crate::check::parse_meeting;
use crate::date;
use crate::finding::Sink;
use crate::model::{Kind, Lang};
use crate::recipient::{self, ALL_PARTICIPANTS, Recipient, Recipients};
use crate::schema;

/// How far back a chain of follow-ups is read.
const MAX_CHAIN: usize = 20;

/// Who reads the document made from the follow-up.
#[derive(Debug, Clone, Copy)]
pub enum Reader<'a> {
    /// The full memo or the child checklist: everything.
    Everyone,
    /// Every participant (the agenda, the invitation).
    AllParticipants,
    /// The copy for one recipient, by the id its file is named with.
    Copy(&'a str),
}

/// What the document shows of the earlier meetings.
#[derive(Debug, Default)]
pub struct Earlier {
    /// The followed meeting in words: "läheisneuvonpito 1.9.2026".
    pub label: Option<String>,
    /// Its agreed actions (`action`, `owner`, `due`).
    pub agreed: Json,
    /// The plan in force, oldest first: the conference's plan, then each
    /// follow-up's changes (`label`, `conference`, `plan`, `plan_lead`,
    /// `plan_evaluation`).
    pub plan: Vec<Json>,
}

/// The earlier meetings of the meeting in `dir`, whose frontmatter is `fm`.
pub fn read(dir: &Path, root: &Path, fm: &Node, lang: Lang, reader: Reader) -> Earlier {
    let mut out = Earlier {
        agreed: Json::Array(Vec::new()),
        ..Earlier::default()
    };
    let Some(meetings) = dir.parent() else {
        return out;
    };
    let mut seen: Vec<String> = Vec::new();
    let mut next = follows(fm);
    let mut steps = Vec::new();
    while let Some(name) = next.take() {
        if seen.contains(&name) || seen.len() >= MAX_CHAIN {
            break;
        }
        seen.push(name.clone());
        let earlier_dir = meetings.join(&name);
        let file = earlier_dir.join(MEETING_FILE);
        if !crate::fsutil::inside(&earlier_dir, root) || !file.is_file() {
            break;
        }
        let Ok(text) = source::read_text(&file) else {
            break;
        };
        let mut sink = Sink::new(file.clone(), None, lang);
        let Some(earlier) = parse_meeting(&text, &mut sink) else {
            break;
        };
        let Some(view) = view_for(&earlier, reader) else {
            break;
        };
        let m = record(&view, schema::MEETING, lang);
        let kind = view
            .get("kind")
            .and_then(Node::scalar)
            .and_then(|k| Kind::parse(k.trim()));
        let acute = view.get("acute").and_then(Node::bool) == Some(true);
        let day = view
            .get("date")
            .and_then(Node::scalar)
            .and_then(date::parse_date)
            .map(|d| super::format::date(lang, d));
        let label = match (kind, day) {
            (Some(k), Some(d)) => format!("{} {d}", lower_first(meeting_title(lang, k, acute))),
            (Some(k), None) => lower_first(meeting_title(lang, k, acute)),
            (None, _) => name.clone(),
        };
        if steps.is_empty() {
            out.label = Some(label.clone());
            out.agreed = m["agreed"].clone();
        }
        steps.push(json!({
            "label": label,
            "conference": kind == Some(Kind::FamilyGroupConference),
            "plan": m["plan"],
            "plan_lead": m["plan_lead"],
            "plan_evaluation": m["plan_evaluation"],
        }));
        // The chain of a plan ends at its conference.
        if kind != Some(Kind::FgcFollowUp) {
            break;
        }
        next = follows(&view);
    }
    let conference = steps.iter().any(|s| s["conference"] == Json::Bool(true));
    if conference {
        steps.reverse();
        out.plan = steps;
    }
    out
}

fn follows(fm: &Node) -> Option<String> {
    let name = fm.get("follows").and_then(Node::scalar)?.trim();
    let plain = !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != "..";
    plain.then(|| name.to_owned())
}

/// What `reader` may see of an earlier meeting, or nothing when lsk cannot
/// tell what is kept from whom.
fn view_for<'a>(fm: &Node<'a>, reader: Reader) -> Option<Node<'a>> {
    let vocab = Recipients::of(fm);
    if !recipient::problems(fm, &vocab).is_empty() {
        return None;
    }
    let all = Recipient::Id(ALL_PARTICIPANTS);
    let r = match reader {
        Reader::Everyone => return Some(fm.clone()),
        Reader::AllParticipants => all,
        // A recipient the earlier meeting does not know is treated as
        // anyone: what is kept from anyone is left out.
        Reader::Copy(id) => vocab.resolve(id).unwrap_or(all),
    };
    Some(recipient::redact(fm, &vocab, &r))
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
