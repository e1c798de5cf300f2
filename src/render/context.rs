//! The data a template sees: the meeting's frontmatter with every key
//! present (absent ones as none), text as plain strings, dates formatted
//! for the language, items kept from a recipient left out, and what lsk
//! computes (the child's age group, labels for roles and kinds).

use jiff::civil::Date;
use serde_json::{Map, Value as Json, json};

use super::format;
use crate::case::Case;
use crate::case::validate::minutes;
use crate::case::yaml::{Node, Value};
use crate::date;
use crate::model::{Kind, Lang, Role};
use crate::recipient::{Recipient, Recipients};
use crate::schema::{self, Field, Ty};

/// Age groups for guidance (DOMAIN.md, "The child's age").
pub fn age_group(age: i32) -> &'static str {
    match age {
        ..=2 => "toddler",
        3..=6 => "small",
        7..=12 => "school",
        _ => "teen",
    }
}

pub fn kind_label(lang: Lang, kind: Kind) -> &'static str {
    match (lang, kind) {
        (Lang::Fi, Kind::Daycare) => "Varhaiskasvatuksen ja lastensuojelun neuvottelu",
        (Lang::Fi, Kind::School) => "Koulun ja lastensuojelun neuvottelu",
        (Lang::Fi, Kind::FamilyGroupConference) => "Läheisneuvonpito",
        (Lang::Fi, Kind::FgcFollowUp) => "Läheisneuvonpidon seurantakokous",
        (Lang::Sv, Kind::Daycare) => "Möte mellan småbarnspedagogiken och barnskyddet",
        (Lang::Sv, Kind::School) => "Möte mellan skolan och barnskyddet",
        (Lang::Sv, Kind::FamilyGroupConference) => "Familjerådslag",
        (Lang::Sv, Kind::FgcFollowUp) => "Familjerådslagets uppföljningsmöte",
        (Lang::En, Kind::Daycare) => "Daycare and child-welfare meeting",
        (Lang::En, Kind::School) => "School and child-welfare meeting",
        (Lang::En, Kind::FamilyGroupConference) => "Family group conference",
        (Lang::En, Kind::FgcFollowUp) => "Family group conference follow-up meeting",
    }
}

pub fn role_label(lang: Lang, role: Role) -> &'static str {
    let i = Role::ALL.iter().position(|r| *r == role).unwrap_or(0);
    match lang {
        Lang::Fi => [
            "sosiaalityöntekijä",
            "sosiaaliohjaaja",
            "perhetyöntekijä",
            "vanhempi",
            "lapsi",
            "läheinen",
            "varhaiskasvatus",
            "koulu",
            "koollekutsuja",
            "muu",
        ][i],
        Lang::Sv => [
            "socialarbetare",
            "socialhandledare",
            "familjearbetare",
            "förälder",
            "barn",
            "närstående",
            "småbarnspedagogik",
            "skola",
            "sammankallare",
            "annan",
        ][i],
        Lang::En => [
            "social worker",
            "social instructor",
            "family worker",
            "parent",
            "child",
            "relative",
            "early childhood education",
            "school",
            "convener",
            "other",
        ][i],
    }
}

/// Everything a template sees.
pub struct Input<'a> {
    pub case: &'a Case,
    pub fm: &'a Node<'a>,
    pub lang: Lang,
    pub doc: &'a str,
    pub draft: bool,
    /// A copy's recipient: its id (`school`) and its name in words. `fm`
    /// is then already the copy's view of the frontmatter.
    pub recipient: Option<(String, String)>,
    pub vocab: &'a Recipients,
}

pub fn build(input: &Input) -> Json {
    let lang = input.lang;
    let fm = input.fm;
    let scalar = |key: &str| fm.get(key).and_then(Node::scalar).map(str::trim);
    let kind = scalar("kind").and_then(Kind::parse);
    let meeting_date = scalar("date").and_then(date::parse_date);
    let time = scalar("time").and_then(date::parse_time);
    let age = input
        .case
        .born
        .map(|b| date::age_on(b, meeting_date.unwrap_or_else(|| jiff::Zoned::now().date())));
    json!({
        "lang": lang.as_str(),
        "doc": input.doc,
        "draft": input.draft,
        "recipient": input.recipient.as_ref().map(|(id, _)| id),
        "recipient_label": input.recipient.as_ref().map(|(_, name)| name),
        "worker": input.case.responsible_worker,
        "child": {
            "name": input.case.child_name,
            "age": age,
            "age_group": age.map(age_group),
            "party": age.is_some_and(|a| a >= 12),
        },
        "kind": kind.map(Kind::as_str),
        "kind_label": kind.map(|k| kind_label(lang, k)),
        "is_fgc": kind == Some(Kind::FamilyGroupConference),
        "is_follow_up": kind == Some(Kind::FgcFollowUp),
        "date": meeting_date.map(|d| format::day(lang, d)),
        "when": meeting_date.map(|d| format::when(lang, d, time)),
        "duration": fm.get("duration_min").and_then(minutes).map(|m| format::duration(lang, m)),
        "consent_to": fm
            .get("memo_consent")
            .and_then(|c| c.get("recipients"))
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter_map(Node::scalar)
            .map(|r| match input.vocab.resolve(r) {
                Some(r) => recipient_name(lang, input.vocab, &r),
                None => r.trim().to_owned(),
            })
            .collect::<Vec<_>>(),
        "m": record(fm, schema::MEETING, lang),
    })
}

/// A recipient in words: an id in the language, an organisation as written.
pub fn recipient_name(lang: Lang, vocab: &Recipients, r: &Recipient) -> String {
    match r {
        Recipient::Id(id) => match Role::parse(id) {
            Some(role) if !matches!(role, Role::Daycare | Role::School) => {
                role_label(lang, role).to_owned()
            }
            _ => recipient_label(lang, id),
        },
        Recipient::Org(_) => vocab.name(r),
    }
}

/// A memo recipient in words: `daycare` is "päiväkoti" in Finnish.
pub fn recipient_label(lang: Lang, code: &str) -> String {
    let known = match (lang, code) {
        (Lang::Fi, "daycare") => "päiväkoti",
        (Lang::Fi, "school") => "koulu",
        (Lang::Fi, "family-work") => "perhetyö",
        (Lang::Fi, "all-participants") => "kaikki osallistujat",
        (Lang::Fi, "health-care") => "terveydenhuolto",
        (Lang::Sv, "daycare") => "daghemmet",
        (Lang::Sv, "school") => "skolan",
        (Lang::Sv, "family-work") => "familjearbetet",
        (Lang::Sv, "all-participants") => "alla deltagare",
        (Lang::Sv, "health-care") => "hälsovården",
        (Lang::En, "daycare") => "the daycare centre",
        (Lang::En, "school") => "the school",
        (Lang::En, "family-work") => "family work",
        (Lang::En, "all-participants") => "all participants",
        (Lang::En, "health-care") => "health care",
        _ => code,
    };
    known.to_owned()
}

/// A mapping with every key of `fields`, converted for templates.
fn record(node: &Node, fields: &[Field], lang: Lang) -> Json {
    let mut out = Map::new();
    for field in fields {
        let value = match node.get(field.key) {
            Some(n) => convert(n, &field.ty, lang),
            None => Json::Null,
        };
        out.insert(field.key.to_owned(), value);
    }
    if fields.iter().any(|f| f.key == "role") {
        // A role lsk does not know (an `invalid-value` in the check) is
        // shown as written, so that a draft still says who the person is.
        let written = node.get("role").and_then(Node::scalar).map(str::trim);
        let label = match written {
            Some(text) => Role::parse(text).map_or_else(
                || Json::String(text.to_owned()),
                |r| role_label(lang, r).into(),
            ),
            None => Json::Null,
        };
        out.insert("role_label".into(), label);
    }
    Json::Object(out)
}

fn convert(node: &Node, ty: &Ty, lang: Lang) -> Json {
    if node.is_empty() && !matches!(ty, Ty::Names) {
        return Json::Null;
    }
    let text = || {
        node.text()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map_or(Json::Null, |t| Json::String(t.to_owned()))
    };
    match ty {
        Ty::Text | Ty::Person | Ty::Enum(_) | Ty::Time | Ty::BirthDate => text(),
        Ty::Date => node
            .scalar()
            .and_then(date::parse_date)
            .map_or_else(text, |d: Date| Json::String(format::date(lang, d))),
        Ty::Minutes => minutes(node).map_or(Json::Null, Json::from),
        Ty::Bool => node.bool().map_or(Json::Null, Json::Bool),
        // Only a yes is a yes, in documents as in checks.
        Ty::YesNo => match crate::case::validate::yes_no(node) {
            Some(true) => Json::Bool(true),
            _ => Json::Null,
        },
        Ty::Names => Json::Array(
            node.items()
                .iter()
                .filter_map(Node::scalar)
                .map(|s| Json::String(s.trim().to_owned()))
                .collect(),
        ),
        Ty::TextList => Json::Array(
            node.items()
                .iter()
                .map(|i| convert(i, &Ty::Text, lang))
                .filter(|v| !v.is_null())
                .collect(),
        ),
        Ty::Records(sub) => Json::Array(
            node.items()
                .iter()
                .filter(|i| matches!(i.value, Value::Map(_)))
                .map(|i| record(i, sub, lang))
                .collect(),
        ),
        Ty::Record(sub) => record(node, sub, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_groups() {
        assert_eq!(age_group(2), "toddler");
        assert_eq!(age_group(3), "small");
        assert_eq!(age_group(12), "school");
        assert_eq!(age_group(13), "teen");
    }
}
