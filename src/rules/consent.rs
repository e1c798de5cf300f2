//! `consent`: a copy of the memo made for a recipient (`memo.<recipient>.md`,
//! `.html`, or a PDF printed from one) exists only when the family agreed
//! to share the memo with them (000, 001; DOMAIN.md: nothing leaves without
//! consent). And every name in `memo_consent.recipients` and in a
//! `not_for` is a recipient lsk knows (`invalid-value` otherwise), so that
//! what the family withheld is never lost to a spelling.

use super::Ctx;
use crate::finding::Msg;
use crate::finding::{CONSENT, INVALID_VALUE, Severity, Sink};
use crate::recipient::{self, Recipients};

/// The copies of the memo among a meeting folder's files that the family
/// has not agreed to: (file name, recipient as named).
pub fn without_consent<'a>(
    fm: &crate::case::yaml::Node,
    files: &'a [String],
) -> Vec<(&'a str, &'a str)> {
    let copies: Vec<(&str, &str)> = files
        .iter()
        .filter_map(|path| {
            let name = path.rsplit('/').next().unwrap_or(path);
            Some((path.as_str(), recipient::of_document(name)?))
        })
        .collect();
    if copies.is_empty() {
        return copies;
    }
    let vocab = Recipients::of(fm);
    let consent = vocab.consent(fm);
    // The family's own copy needs no consent: it is the family's record.
    copies
        .into_iter()
        .filter(|(_, r)| {
            !vocab.resolve(r).is_some_and(|r| {
                matches!(r, recipient::Recipient::Id(id) if recipient::is_family(id))
                    || vocab.covers(&consent, &r)
            })
        })
        .collect()
}

/// Copies without consent, each reported on its own file.
pub fn check_documents(ctx: &Ctx, files: &[String], findings: &mut Vec<crate::finding::Finding>) {
    for (name, recipient) in without_consent(ctx.fm, files) {
        let mut sink = Sink::new(ctx.meeting_dir.join(name), Some(ctx.phase), ctx.case.lang);
        sink.push(
            CONSENT,
            Severity::Error,
            1,
            Msg::Consent {
                recipient: recipient.to_owned(),
                document: name.to_owned(),
            },
        );
        findings.append(&mut sink.findings);
    }
}

/// Consent to share is the guardians' (Act 812/2000 on social welfare
/// clients, s. 16): where invitees are marked `guardian: true`, a
/// `decided_with` that names none of them is a warning. From 18 the young
/// person decides alone, so nothing is asked of guardians.
fn guardians(ctx: &Ctx, sink: &mut Sink) {
    if ctx.age.is_some_and(|a| a >= super::child::ADULT_AGE) {
        return;
    }
    let Some(consent) = ctx.fm.get("memo_consent") else {
        return;
    };
    let Some(decided_with) = consent
        .get("decided_with")
        .and_then(crate::case::yaml::Node::text)
        .map(str::trim)
        .filter(|t| !t.is_empty())
    else {
        return;
    };
    let guardians: Vec<String> = ctx
        .invitees()
        .filter(|i| i.get("guardian").and_then(crate::case::yaml::Node::bool) == Some(true))
        .filter_map(|i| i.get("name").and_then(crate::case::yaml::Node::scalar))
        .map(|n| n.trim().to_owned())
        .collect();
    if guardians.is_empty() || guardians.iter().any(|g| names_person(decided_with, g)) {
        return;
    }
    let line = consent
        .entry("decided_with")
        .map_or(ctx.line_of("memo_consent"), |e| e.key_line);
    sink.push_field(
        CONSENT,
        Severity::Warning,
        line,
        Some("memo_consent.decided_with".into()),
        Msg::ConsentWithoutGuardian {
            decided_with: decided_with.to_owned(),
            guardians,
        },
    );
}

/// Names in `memo_consent.recipients` and `not_for` that are no known
/// recipient (a `not_for` of the wrong shape is the schema's finding), and
/// a consent that names no guardian.
pub fn check(ctx: &Ctx, sink: &mut Sink) {
    guardians(ctx, sink);
    let vocab = Recipients::of(ctx.fm);
    for p in recipient::problems(ctx.fm, &vocab) {
        if p.kind.reported_by_schema() {
            continue;
        }
        sink.push_field(
            INVALID_VALUE,
            Severity::Error,
            p.line,
            Some(p.field.clone()),
            p.message(),
        );
    }
}

/// Whether a `decided_with` text names the person `name`: the whole name,
/// or the first name as a word ("Marja ja Jukka Korpela" names both).
pub fn names_person(text: &str, name: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let text = words(text);
    let name = words(name);
    let Some(first) = name.first() else {
        return false;
    };
    text.windows(name.len()).any(|w| w == name.as_slice()) || text.contains(first)
}

#[cfg(test)]
mod tests {
    use super::names_person;

    #[test]
    fn a_consent_names_people_by_full_or_first_name() {
        assert!(names_person("Marja ja Jukka Korpela", "Marja Korpela"));
        assert!(names_person("Marja ja Jukka Korpela", "Jukka Korpela"));
        assert!(names_person("sari salminen ja Mikael", "Sari Salminen"));
        assert!(names_person("Hanna Lindroos ja Eetu", "Eetu"));
        assert!(!names_person("Uncle Lee", "Pat Parent"));
        assert!(!names_person("Patrick", "Pat Parent"));
        assert!(!names_person("anything", ""));
    }
}
