//! What a follow-up starts from (000: return to the last memo; 004: the
//! follow-up meeting evaluates the plan): the meeting named in `follows`,
//! its agreed actions and, back along the chain of `follows` to the family
//! group conference, the plan now in force: the conference's plan and the
//! changes each follow-up made to it, with the social worker's
//! evaluations.
//!
//! The chain is read, and seen as the document's reader may see it, by
//! the one reader view (`crate::view`): here it is only put into words.

use serde_json::{Value as Json, json};

use super::values::record;
use crate::case::yaml::Node;
use crate::date;
use crate::i18n::labels::meeting_title;
use crate::model::{Kind, Lang};
use crate::schema;
use crate::view::View;

/// What the document shows of the earlier meetings.
#[derive(Debug, Default)]
pub struct Earlier {
    /// The followed meeting in words: "läheisneuvonpito 1.9.2026".
    pub label: Option<String>,
    /// The day of the conference whose plan a follow-up follows: "1.9.2026".
    pub conference_day: Option<String>,
    /// Its agreed actions (`action`, `owner`, `due`).
    pub agreed: Json,
    /// The plan in force, oldest first: the conference's plan, then each
    /// follow-up's changes (`label`, `conference`, `plan`, `plan_lead`,
    /// `plan_evaluation`).
    pub plan: Vec<Json>,
}

/// What a document shows of the earlier meetings of `view`'s meeting, as
/// its reader may see them (the view read them, nearest first, and left
/// out what is kept from the reader).
pub fn of(view: &View, lang: Lang) -> Earlier {
    let mut out = Earlier {
        agreed: Json::Array(Vec::new()),
        ..Earlier::default()
    };
    let mut steps = Vec::new();
    for e in view.earlier() {
        let fm = e.fm();
        let m = record(fm, schema::MEETING, lang);
        let kind = fm
            .get("kind")
            .and_then(Node::scalar)
            .and_then(|k| Kind::parse(k.trim()));
        let acute = fm.get("acute").and_then(Node::bool) == Some(true);
        let day = fm
            .get("date")
            .and_then(Node::scalar)
            .and_then(date::parse_date)
            .map(|d| crate::i18n::dates::date(lang, d));
        let label = match (kind, day.clone()) {
            (Some(k), Some(d)) => format!("{} {d}", lower_first(meeting_title(lang, k, acute))),
            (Some(k), None) => lower_first(meeting_title(lang, k, acute)),
            (None, _) => e.name.clone(),
        };
        if kind == Some(Kind::FamilyGroupConference) && out.conference_day.is_none() {
            out.conference_day.clone_from(&day);
        }
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
    }
    let conference = steps.iter().any(|s| s["conference"] == Json::Bool(true));
    if conference {
        steps.reverse();
        out.plan = steps;
    }
    out
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
