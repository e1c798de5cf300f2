//! The letter to the child (issue 24 §3; LSL 20 §, UNCRC art. 12; seeds
//! 000 and 001: the child is told what was agreed, in a way that fits
//! their age). Which children get one (by age band), and what of the
//! meeting it tells, chosen from the child's own view (`view::Reader::
//! Child`): what was agreed that concerns the child, who helps, when the
//! adults meet next and whom the child can ask.
//!
//! What concerns the child is chosen by what lsk can read, erring on
//! leaving out: an agreed action is in the letter when its owner is the
//! child, or when its words name the child (the first name, also
//! inflected: "Eetun", "Eetulle", "Robins"). An action that does neither —
//! a parent's own treatment, what daycare does if a parent comes to fetch
//! the child intoxicated — is left for the adults to tell in their own
//! way; the child checklist says who does.

use serde_json::{Value as Json, json};

use crate::model::{Kind, Lang, Role};
use crate::text::same_person;

/// The age bands of the letter: 3–6 read aloud by an adult, 7–11 plain
/// language, 12–17 a party to their own case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Small,
    School,
    Teen,
}

impl Band {
    /// The most words a sentence of the letter has in this band: lsk's own
    /// sentences keep to it (tests/cli/child_letter.rs measures them), and
    /// an agreed action quoted as written that is longer is named when the
    /// letter is made, for the worker to say it in words the child reads.
    pub fn most_words(self) -> usize {
        match self {
            Band::Small => 8,
            Band::School => 12,
            Band::Teen => 16,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Small => "small",
            Band::School => "school",
            Band::Teen => "teen",
        }
    }
}

/// Why no letter is made for the child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoLetter {
    /// lsk.yaml has no birth date that reads: the words depend on the age.
    NoBirthDate,
    /// Under three on the meeting day: the adults tell the child in their
    /// own way (DOMAIN.md: the adults around a toddler carry it).
    UnderThree { age: i32 },
    /// An adult in aftercare reads the memo themself.
    Adult { age: i32 },
}

/// The band for a child of `age` (on the meeting day), or why none.
pub fn band(age: Option<i32>) -> Result<Band, NoLetter> {
    match age {
        None => Err(NoLetter::NoBirthDate),
        Some(age) if age < 3 => Err(NoLetter::UnderThree { age }),
        Some(3..=6) => Ok(Band::Small),
        Some(7..=11) => Ok(Band::School),
        Some(12..=17) => Ok(Band::Teen),
        Some(age) => Err(NoLetter::Adult { age }),
    }
}

/// Endings a Finnish, Swedish or English name takes in a sentence: the
/// cases of a name ending in a vowel ("Eetu-n", "Eetu-lle") or, with an
/// `i`, in a consonant ("Robin-ille"), and the genitive `s`. Anything else
/// after the name ("Ainoastaan" after Aino) is another word.
const ENDINGS: &[&str] = &[
    "", "n", "a", "ä", "ta", "tä", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä",
    "na", "nä", "ksi", "han", "hen", "hin", "hon", "hun", "hyn", "hän", "hön", "in", "ia", "iä",
    "ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ista", "istä", "ina", "inä", "iksi",
    "ihin", "s",
];

/// Whether `text` names the child by `first` name (as written, with a
/// capital, in any of the [`ENDINGS`]) or by the whole `full` name.
pub fn names_child(text: &str, first: &str, full: &str) -> bool {
    if !full.trim().is_empty()
        && full.split_whitespace().count() > 1
        && crate::text::names(text, full)
    {
        return true;
    }
    let first = first.trim();
    if first.chars().count() < 2 {
        return false;
    }
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .flat_map(|w| w.split('-'))
        .any(|word| {
            word.strip_prefix(first)
                .is_some_and(|rest| ENDINGS.contains(&rest))
        })
}

/// The agreed actions the letter quotes (`data`'s `actions`), each with
/// its number of words: every one is named when the letter is made (the
/// native review of issue 24, M1: a quoted action speaks of the child in
/// the third person, and may tell what the child is not to be told), and
/// its length too when it is longer than a sentence of the band.
pub fn quoted_actions(letter: &Json) -> Vec<(String, usize)> {
    letter["actions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|a| a["action"].as_str())
        .map(|a| (a.to_owned(), words(a)))
        .collect()
}

/// The words of a sentence: what holds a letter (a number is none).
fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// Everything the letter's template sees beyond the common context: made
/// from `m`, the child's view of the meeting as the templates see it.
pub struct Input<'a> {
    pub lang: Lang,
    pub band: Band,
    pub kind: Option<Kind>,
    pub m: &'a Json,
    pub child: Option<&'a str>,
    pub worker: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    /// The meeting's date and the next meeting's, in words.
    pub date: Option<String>,
    pub next: Option<String>,
}

pub fn data(input: &Input) -> Json {
    let m = input.m;
    let lang = input.lang;
    let full = input.child.unwrap_or("").trim();
    let first = full.split_whitespace().next().unwrap_or("");
    let invitees: Vec<&Json> = m["invitees"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let invitee = |name: &str| {
        invitees
            .iter()
            .find(|i| i["name"].as_str().is_some_and(|n| same_person(n, name)))
            .copied()
    };
    let is_child = |name: &str| {
        let name = name.trim();
        !name.is_empty()
            && ((!full.is_empty() && same_person(name, full))
                || (!first.is_empty() && same_person(name, first))
                || invitee(name).is_some_and(|i| i["role"] == Role::Child.as_str()))
    };
    // A person as the child knows them: the name, and how they are related
    // to the child as the meeting wrote it ("Pat Parent (mother)").
    let person = |name: &str| -> String {
        let name = name.trim();
        match invitee(name)
            .and_then(|i| i["relation"].as_str())
            .map(str::trim)
        {
            Some(rel) if !rel.is_empty() => {
                // The letter speaks to the child: only the first part of
                // the relation, and without the child's own name in front
                // ("Ainon varhaiskasvatuksen opettaja" → "varhaiskasvatuksen
                // opettaja"; "eno, Mikaelin avustaja" → "eno").
                let rel = rel.split(',').next().unwrap_or(rel).trim();
                let rel = match rel.split_once(' ') {
                    Some((w, r)) if names_child(w, first, full) => r.trim(),
                    _ => rel,
                };
                if rel.is_empty() {
                    name.to_owned()
                } else {
                    format!("{name} ({rel})")
                }
            }
            _ => name.to_owned(),
        }
    };
    let support = m["child_support_person"]
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty() && !is_child(s));
    let mut actions = Vec::new();
    let mut helpers: Vec<String> = Vec::new();
    let add = |list: &mut Vec<String>, name: &str| {
        let name = name.trim();
        if !name.is_empty() && !is_child(name) && !list.iter().any(|h| same_person(h, name)) {
            list.push(name.to_owned());
        }
    };
    for a in m["agreed"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let Some(action) = a["action"]
            .as_str()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            continue;
        };
        let owner = a["owner"].as_str().unwrap_or("").trim();
        let mine = is_child(owner);
        if !mine && !names_child(action, first, full) {
            continue;
        }
        // The supporter is named on their own.
        if !mine && support.is_none_or(|s| !same_person(s, owner)) {
            add(&mut helpers, owner);
        }
        actions.push(json!({
            // The template ends the sentence itself.
            "action": action.trim_end_matches(['.', ' ']),
            "owner": (!mine && !owner.is_empty()).then(|| person(owner)),
            "mine": mine,
        }));
    }
    // Who tells the child what was agreed (the double check, 000).
    let mut tellers: Vec<String> = Vec::new();
    for i in m["informing_child"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        if let Some(who) = i["who"].as_str() {
            add(&mut tellers, who);
        }
    }
    // Whom the child can ask: their supporter, those who tell them, and
    // the responsible social worker, who is reached by phone or email.
    let worker = input.worker.map(str::trim).filter(|w| !w.is_empty());
    let mut ask: Vec<String> = Vec::new();
    if let Some(s) = support {
        add(&mut ask, s);
    }
    for t in &tellers {
        add(&mut ask, t);
    }
    ask.retain(|a| worker.is_none_or(|w| !same_person(a, w)));
    let attended = m["child_attends"].as_str();
    json!({
        "band": input.band.as_str(),
        "first_name": (!first.is_empty()).then_some(first),
        "date": input.date,
        "next": input.next,
        "fgc": input.kind.is_some_and(Kind::is_fgc),
        "follow_up": input.kind == Some(Kind::FgcFollowUp),
        "attended": attended,
        "heard": m["child_views"].as_str().is_some_and(|v| !v.trim().is_empty()),
        "actions": actions,
        "helpers": helpers.iter().map(|h| person(h)).collect::<Vec<_>>(),
        "support": support.map(person),
        "tellers": tellers.iter().map(|t| person(t)).collect::<Vec<_>>(),
        "ask": ask.iter().map(|a| person(a)).collect::<Vec<_>>(),
        "worker": worker,
        "phone": input.phone,
        "email": input.email,
        "goal": (input.band == Band::Teen).then(|| m["goal"].as_str()).flatten(),
        "lang": lang.as_str(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_by_age() {
        assert_eq!(band(None), Err(NoLetter::NoBirthDate));
        assert_eq!(band(Some(2)), Err(NoLetter::UnderThree { age: 2 }));
        assert_eq!(band(Some(3)), Ok(Band::Small));
        assert_eq!(band(Some(6)), Ok(Band::Small));
        assert_eq!(band(Some(7)), Ok(Band::School));
        assert_eq!(band(Some(11)), Ok(Band::School));
        assert_eq!(band(Some(12)), Ok(Band::Teen));
        assert_eq!(band(Some(17)), Ok(Band::Teen));
        assert_eq!(band(Some(18)), Err(NoLetter::Adult { age: 18 }));
    }

    #[test]
    fn the_child_named_in_an_action() {
        let n = |t: &str| names_child(t, "Eetu", "Eetu Esimerkki");
        assert!(n("Eetu saa aamupalan päiväkodissa"));
        assert!(n("Päiväkoti seuraa Eetun aamuja"));
        assert!(n("Isä vie Eetulle uudet kengät"));
        assert!(n("Esimerkki Eetu kerhoon"));
        assert!(!n("Äiti aloittaa kuntoutuksen"));
        assert!(!n("eetu pienellä"));
        let aino = |t: &str| names_child(t, "Aino", "Aino");
        assert!(!aino("Ainoastaan äiti hakee"));
        assert!(aino("Ainolle oma kerhopäivä"));
        let robin = |t: &str| names_child(t, "Robin", "Robin");
        assert!(robin("Robin's football on Tuesdays"));
        assert!(robin("Robins fotboll"));
        assert!(robin("Robinille uusi kypärä"));
        assert!(!robin("Robinson visits"));
    }
}
