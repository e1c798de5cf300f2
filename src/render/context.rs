//! The data a template sees: the meeting's frontmatter with every key
//! present (absent ones as none), text as plain strings, dates formatted
//! for the language, items kept from a recipient left out, and what lsk
//! computes (the child's age group, labels for roles and kinds).

pub use super::values::record;
// Where they lived before `i18n::labels`: kept for code written against it.
pub use crate::i18n::labels::{kind_label, meeting_title, role_label};
use jiff::civil::Date;
use serde_json::{Value as Json, json};

use crate::case::Case;
use crate::case::validate::minutes;
use crate::case::yaml::{Node, Value};
use crate::date;
use crate::i18n::dates as format;
use crate::model::{Kind, Lang, Role};
use crate::recipient::{Recipient, Recipients};
use crate::rules::child::ADULT_AGE;
use crate::schema;
use crate::text::same_person;
use crate::view::Reader;

/// Age groups for guidance (DOMAIN.md, "The child's age"): from 18 the
/// young person is an adult in aftercare.
pub fn age_group(age: i32) -> &'static str {
    match age {
        ..=2 => "toddler",
        3..=6 => "small",
        7..=12 => "school",
        13..=17 => "teen",
        _ => "adult",
    }
}

/// Everything a template sees: made from one reader's view of the
/// meeting, never from the meeting itself.
pub struct Input<'a, 'v> {
    pub case: &'a Case,
    pub view: &'a crate::view::View<'v>,
    /// The earlier meetings in words, from the same view
    /// (`earlier::of(view)`).
    pub earlier: &'a super::earlier::Earlier,
    pub lang: Lang,
    pub doc: &'a str,
    pub draft: bool,
    /// The day of rendering: the memo's date when `memo_date` is not set.
    pub today: Date,
}

/// What kind of copy a view makes: `family`, `relatives` (at a family
/// group conference or its follow-up), `outside`, or none.
fn copy_kind(view: &crate::view::View, fgc: bool) -> Option<&'static str> {
    match view.reader() {
        Reader::Family => Some("family"),
        Reader::Outside(Recipient::Id("relative")) if fgc => Some("relatives"),
        Reader::Outside(_) => Some("outside"),
        Reader::File | Reader::Participants | Reader::Child => None,
    }
}

pub fn build(input: &Input) -> Json {
    let lang = input.lang;
    let fm = input.view.fm();
    let vocab = input.view.vocab();
    let earlier = input.earlier;
    let recipient = match input.view.reader() {
        Reader::Outside(r) => Some((vocab.id(r), recipient_name(lang, vocab, r))),
        Reader::Family => Some((
            crate::recipient::FAMILY.to_owned(),
            recipient_label(lang, crate::recipient::FAMILY),
        )),
        Reader::File | Reader::Participants | Reader::Child => None,
    };
    let scalar = |key: &str| fm.get(key).and_then(Node::scalar).map(str::trim);
    let kind = scalar("kind").and_then(Kind::parse);
    let meeting_date = scalar("date").and_then(date::parse_date);
    let time = scalar("time").and_then(date::parse_time);
    let age = input
        .case
        .born
        .map(|b| date::age_on(b, meeting_date.unwrap_or(input.today)));
    let acute =
        kind.is_some_and(Kind::is_fgc) && fm.get("acute").and_then(Node::bool) == Some(true);
    let m = record(fm, schema::MEETING, lang);
    let people = people(input, &m, age);
    // The letter to the child: its band and what it tells (`letter.rs`).
    let letter = (input.doc == crate::model::Doc::ChildLetter.name())
        .then(|| super::letter::band(age).ok())
        .flatten()
        .map(|band| {
            let year = meeting_date.unwrap_or(input.today).year();
            let next = fm
                .get("next_meeting")
                .and_then(Node::scalar)
                .and_then(date::parse_date);
            super::letter::data(&super::letter::Input {
                lang,
                band,
                kind,
                m: &m,
                child: input.case.child_name.as_deref(),
                worker: input.case.responsible_worker.as_deref(),
                phone: input.case.contact.phone.as_deref(),
                email: input.case.contact.email.as_deref(),
                date: meeting_date.map(|d| format::day_in_words(lang, d, year)),
                next: next.map(|d| format::day_in_words(lang, d, year)),
            })
        });
    // Parts of a record that is not there read as none.
    let null = Node {
        value: Value::Null,
        line: 0,
    };
    let mut data = json!({
        "lang": lang.as_str(),
        "doc": input.doc,
        "draft": input.draft,
        "recipient": recipient.as_ref().map(|(id, _)| id),
        "recipient_label": recipient.as_ref().map(|(_, name)| name),
        "copy": copy_kind(input.view, kind.is_some_and(Kind::is_fgc)),
        // The full memo holds something kept from the family: it is child
        // welfare's file copy, and the family gets its own.
        "file_copy": *input.view.reader() == Reader::File && input.view.kept_from_family(),
        "worker": input.case.responsible_worker,
        "contact": {
            "phone": input.case.contact.phone,
            "email": input.case.contact.email,
        },
        "organisation": input.case.organisation,
        "stage": input.case.stage.map(|s| s.as_str()),
        "child": {
            "name": input.case.child_name,
            "age": age,
            "age_group": age.map(age_group),
            // From 12 a party to their own case; from 18 an adult.
            "party": age.is_some_and(|a| a >= 12),
            "adult": age.is_some_and(|a| a >= ADULT_AGE),
        },
        "kind": kind.map(Kind::as_str),
        "kind_label": kind.map(|k| meeting_title(lang, k, acute)),
        "acute": acute,
        "withheld": input.view.withheld(),
        "memo_date": fm
            .get("memo_date")
            .and_then(Node::scalar)
            .and_then(date::parse_date)
            .map_or_else(|| format::date(lang, input.today), |d| format::date(lang, d)),
        "present": people.present,
        "absent": people.absent,
        "guardians": people.guardians,
        "consent": people.consent,
        "interpreters": people.interpreters,
        "inviter": people.inviter,
        // The double check counts people, not lines.
        "informing_people": people.informing,
        "prep": record(fm.get("child_preparation").unwrap_or(&null), schema::CHILD_PREPARATION, lang),
        // Whether the child was asked if their answers may be shown
        // beforehand (H4): any answer, yes or no.
        "child_asked_may_share": fm
            .get("child_preparation")
            .and_then(|p| p.get("may_share_answers"))
            .and_then(crate::case::validate::yes_no)
            .is_some(),
        "skipped": if acute { skipped(fm, lang, age) } else { Vec::new() },
        "is_fgc": kind == Some(Kind::FamilyGroupConference),
        "is_follow_up": kind == Some(Kind::FgcFollowUp),
        "date": meeting_date.map(|d| format::day(lang, d)),
        // The next meeting with its weekday: "ti 8.12.2026".
        "next_day": fm
            .get("next_meeting")
            .and_then(Node::scalar)
            .and_then(date::parse_date)
            .map(|d| format::day(lang, d)),
        "when": meeting_date.map(|d| format::when(lang, d, time)),
        // "ti 24.11.2026 klo 13.00–14.00" when the time available is known.
        "when_until": match (meeting_date, time, fm.get("duration_min").and_then(minutes)) {
            (Some(d), Some(t), Some(min)) => Some(format::when_until(lang, d, t, min)),
            (Some(d), t, _) => Some(format::when(lang, d, t)),
            _ => None,
        },
        "duration": fm.get("duration_min").and_then(minutes).map(|m| format::duration(lang, m)),
        "duration_words": fm
            .get("duration_min")
            .and_then(minutes)
            .map(|m| format::duration_words(lang, m)),
        "consent_to": fm
            .get("memo_consent")
            .and_then(|c| c.get("recipients"))
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter_map(Node::scalar)
            .filter_map(|r| match input.view.seen_vocab().resolve(r) {
                Some(r) => Some(recipient_name(lang, input.view.seen_vocab(), &r)),
                // A name only the meeting's hidden invitees stand for is
                // not shown to a reader they are kept from.
                None => (*input.view.reader() == Reader::File).then(|| r.trim().to_owned()),
            })
            .collect::<Vec<_>>(),
        "follows_label": earlier.label,
        "earlier_actions": earlier.agreed,
        "plan_history": earlier.plan,
        "letter": letter,
        "m": m,
    });
    // The copy's reader as a heading names them: "Päiväkoti Satakieli"
    // (the organisation of the invitees who stand for the role), or the
    // recipient in words (review 2026-12).
    data["recipient_heading"] = json!(
        recipient
            .as_ref()
            .map(|(id, name)| recipient_org(fm, id).unwrap_or_else(|| name.clone()))
    );
    // The child's answers this reader does not see although the child was
    // asked (a `not_for` of their own): the checklist ticks the question
    // and says the answer is not in this copy (M18).
    data["prep_kept"] = json!(prep_kept(input.view));
    // The day of the conference whose plan a follow-up follows.
    data["conference_day"] = json!(earlier.conference_day);
    // Issue 24: the filing and the dated corrections the reader may see
    // (a correction of something kept from them is left out of their
    // view, as the thing itself is).
    data["filed"] = filed_of(fm, lang);
    // The day the document is made: a correction notice is dated.
    data["today"] = json!(format::date(lang, input.today));
    data["corrections"] = corrections_of(fm, lang);
    data
}

/// The child's preparation answers left empty in `view` because they are
/// kept from its reader (none in child welfare's own file copy).
fn prep_kept(view: &crate::view::View) -> Vec<&'static str> {
    if *view.reader() == Reader::File || !view.withheld() {
        return Vec::new();
    }
    let prep = view.fm().get("child_preparation");
    ["child_wants_to_talk_about", "child_wants_adults_to_discuss"]
        .into_iter()
        .filter(|k| {
            prep.and_then(|p| p.get(k))
                .is_some_and(|n| matches!(n.value, Value::Null))
        })
        .collect()
}

/// The preparation an acute conference went without (004; DOMAIN.md: lsk
/// flags what was skipped instead of blocking).
fn skipped(fm: &Node, lang: Lang, age: Option<i32>) -> Vec<&'static str> {
    let prepared = crate::rules::child::prepared_at(age);
    [
        "plan_topics",
        "family_views",
        "child_attendance_reason",
        "child_support_person",
        "child_preparation",
    ]
    .into_iter()
    .filter(|k| prepared || !matches!(*k, "child_support_person" | "child_preparation"))
    .filter(|k| fm.get(k).is_none_or(Node::is_empty))
    .map(|k| preparation_label(lang, k))
    .collect()
}

fn preparation_label(lang: Lang, key: &str) -> &'static str {
    crate::i18n::words(lang).preparation.of(key)
}

/// Who was there, who was not, whose consent it is.
struct People {
    present: Json,
    absent: Json,
    guardians: Vec<String>,
    consent: Json,
    interpreters: Json,
    inviter: Json,
    informing: usize,
}

fn people(input: &Input, m: &Json, age: Option<i32>) -> People {
    let lang = input.lang;
    let name_of = |v: &Json| v["name"].as_str().unwrap_or("").to_owned();
    let invitees: Vec<Json> = m["invitees"].as_array().cloned().unwrap_or_default();
    let absent_names: Vec<String> = m["absent"]
        .as_array()
        .map(|a| a.iter().map(name_of).collect())
        .unwrap_or_default();
    let is_absent = |name: &str| absent_names.iter().any(|a| same_person(a, name));
    // Whose absence is kept from the reader is not said to be present.
    let unplaced = |name: &str| input.view.unplaced().iter().any(|a| same_person(a, name));
    let present: Vec<Json> = invitees
        .iter()
        .filter(|i| !is_absent(&name_of(i)) && !unplaced(&name_of(i)))
        .cloned()
        .collect();
    // An apology with the role of the one who sent it.
    let absent: Vec<Json> = m["absent"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|a| {
            let role = invitees
                .iter()
                .find(|i| same_person(&name_of(i), &name_of(&a)))
                .map_or(Json::Null, |i| i["role_label"].clone());
            json!({"name": a["name"], "update": a["update"], "role_label": role})
        })
        .collect();
    let guardians: Vec<String> = invitees
        .iter()
        .filter(|i| i["guardian"] == Json::Bool(true))
        .map(name_of)
        .collect();
    // Who consented, as the reader may see them: only invitees of this
    // view (a consenter withheld from the copy's recipient is no invitee
    // here) and the child; never the old free text (issue 20 §4).
    let record = crate::consent::Consent::read(input.view.fm());
    let view_invitees: Vec<Node> = input
        .view
        .fm()
        .get("invitees")
        .map(Node::items)
        .unwrap_or_default()
        .to_vec();
    let who = record
        .as_ref()
        .map(|c| c.consenters(&view_invitees, input.case.child_name.as_deref()))
        .unwrap_or_default();
    let adult = age.is_some_and(|a| a >= ADULT_AGE);
    // The child's own consent counts from 12, for their own information.
    let child_consents = who.child.is_some() && age.is_some_and(|a| (12..ADULT_AGE).contains(&a));
    let named = if adult {
        Vec::new()
    } else {
        who.guardians.clone()
    };
    let consent_date = record
        .as_ref()
        .and_then(|c| c.date)
        .map(|d| format::date(lang, d));
    let words = crate::i18n::consent::Who {
        guardians: &who.guardians,
        child: who.child.as_deref().filter(|_| child_consents),
        others: &who.others,
    };
    let sentence = crate::i18n::consent::sentence(lang, adult, &words, consent_date.as_deref());
    // A withdrawal, in the full memo (a copy is not made after one).
    let withdrawn = record
        .as_ref()
        .and_then(|c| c.withdrawn.as_ref())
        .filter(|_| *input.view.reader() == Reader::File)
        .map(|w| {
            let by = w.by.as_deref().filter(|b| {
                view_invitees.iter().any(|i| {
                    i.get("name")
                        .and_then(Node::scalar)
                        .is_some_and(|n| same_person(n, b))
                })
            });
            let date = w.date.map(|d| format::date(lang, d));
            json!({
                "date": date,
                "by": by,
                "sentence": crate::i18n::consent::withdrawn(lang, date.as_deref(), by),
            })
        });
    let recipients: Vec<String> = m["memo_consent"]["recipients"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(Json::as_str)
        .filter_map(|r| match input.view.seen_vocab().resolve(r) {
            Some(r) => {
                let seen = input.view.seen_vocab();
                let name = recipient_name(lang, seen, &r);
                let orgs: Vec<&str> = seen
                    .organisations_of(&r)
                    .into_iter()
                    .filter(|o| crate::text::key(o) != crate::text::key(&name))
                    .collect();
                Some(if orgs.is_empty() {
                    name
                } else {
                    format!("{name} ({})", orgs.join(", "))
                })
            }
            None => (*input.view.reader() == Reader::File).then(|| r.trim().to_owned()),
        })
        .collect();
    let interpreters: Vec<Json> = invitees
        .iter()
        .filter(|i| i["interpreter"].is_string())
        // The memo names the interpreters of those who came.
        .map(|i| {
            json!({
                "name": i["name"],
                "language": i["interpreter"],
                "absent": is_absent(&name_of(i)),
            })
        })
        .collect();
    // How to reach the one who invites: the responsible worker through
    // lsk.yaml's contact, anyone else through their email.
    let inviter = m["invited_by"].as_str().map(|name| {
        let is_worker = input
            .case
            .responsible_worker
            .as_deref()
            .is_some_and(|w| same_person(w, name));
        let email = invitees
            .iter()
            .find(|i| same_person(&name_of(i), name))
            .and_then(|i| i["email"].as_str().map(str::to_owned));
        json!({
            "name": name,
            "phone": if is_worker { input.case.contact.phone.clone() } else { None },
            "email": if is_worker { input.case.contact.email.clone().or(email) } else { email },
        })
    });
    let mut informing: Vec<String> = Vec::new();
    for who in m["informing_child"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|i| i["who"].as_str())
    {
        if !informing.iter().any(|w| same_person(w, who)) {
            informing.push(who.to_owned());
        }
    }
    People {
        inviter: inviter.unwrap_or(Json::Null),
        informing: informing.len(),
        present: Json::Array(present),
        absent: Json::Array(absent),
        consent: json!({
            "given": m["memo_consent"].is_object(),
            // The old free text is never printed: it may name anyone.
            "decided_with": Json::Null,
            // The guardians among those who consented; from 12 the
            // child's own, for their own information; from 18 the young
            // person's alone.
            "guardians": named,
            "child_named": child_consents,
            "others": who.others,
            "by": (!adult && !words_empty(&words)).then(|| crate::i18n::consent::who(lang, &words)),
            "date": consent_date,
            "sentence": sentence,
            "withdrawn": withdrawn,
            "recipients": recipients,
        }),
        guardians,
        interpreters: Json::Array(interpreters),
    }
}

fn words_empty(w: &crate::i18n::consent::Who) -> bool {
    w.guardians.is_empty() && w.child.is_none() && w.others.is_empty()
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

/// The one organisation the meeting's invitees of role `id` (`daycare`,
/// `school`) belong to, as the reader's view shows them: none when there
/// are none or several.
pub fn recipient_org(fm: &Node, id: &str) -> Option<String> {
    let mut orgs = fm
        .get("invitees")
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .filter(|i| i.get("role").and_then(Node::scalar).map(str::trim) == Some(id))
        .filter_map(|i| i.get("organisation").and_then(Node::text))
        .map(|o| o.trim().to_owned())
        .filter(|o| !o.is_empty())
        .collect::<Vec<_>>();
    orgs.sort_by_key(|o| crate::text::key(o));
    orgs.dedup_by(|a, b| crate::text::key(a) == crate::text::key(b));
    match orgs.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// A memo recipient in words: `daycare` is "päiväkoti" in Finnish, the
/// role `parent` "vanhempi"; never an English id where lsk has words.
pub fn recipient_label(lang: Lang, code: &str) -> String {
    if let Some(w) = crate::i18n::words(lang).recipients.of(code) {
        return w.to_owned();
    }
    match Role::parse(code.trim()) {
        Some(role) => role_label(lang, role).to_owned(),
        None => code.to_owned(),
    }
}

/// The filing, in words: `{date, by}`; null when the memo is not filed.
fn filed_of(fm: &Node, lang: Lang) -> Json {
    match crate::case::filed::filed(fm) {
        Some(f) => json!({
            "date": f.date.map(|d| format::date(lang, d)),
            "by": f.by,
        }),
        None => Json::Null,
    }
}

/// The corrections in `fm` (the reader's view), in words: when, by whom,
/// what (the field's label), the original text, the text now, and why.
fn corrections_of(fm: &Node, lang: Lang) -> Json {
    let now = |field: &str| {
        fm.get(field)
            .and_then(|n| n.text().or_else(|| n.get("text").and_then(Node::text)))
            .map(|t| t.trim().to_owned())
            .unwrap_or_default()
    };
    let all = crate::case::filed::corrections(fm);
    all.iter()
        .enumerate()
        .map(|(i, c)| {
            // What the correction made the text: the next correction of the
            // same field kept it as its original; else the text now.
            let after = all[i + 1..]
                .iter()
                .find(|later| later.field == c.field)
                .map_or_else(|| now(&c.field), |later| later.was.clone());
            json!({
                "date": c.date.map(|d| format::date(lang, d)),
                "by": c.by,
                "field": crate::i18n::fields::field_label(lang, &c.field).unwrap_or(&c.field),
                "was": c.was,
                "now": after,
                "why": c.why,
            })
        })
        .collect()
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
