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
use crate::text::same_person;
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "consent",
    severities: &[Severity::Error, Severity::Warning],
    phases: ALL_PHASES,
    // A copy for someone the family did not agree to is never committed;
    // `--draft` does not lift it.
    stops_commit: true,
    stops_render: StopsRender::MemoEvenDraft,
    page_help: None,
    source: "000, 001",
};
const _: () = assert!(super::table::same_id(RULE.id, CONSENT));

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
    family_copy(ctx, files, findings);
}

/// A child may, for a weighty reason, keep something from a parent: then
/// the full memo is child welfare's file copy, and the family is given its
/// own copy without it. Once the memo is made, a missing family copy is a
/// warning, so that nobody hands the family the file copy.
fn family_copy(ctx: &Ctx, files: &[String], findings: &mut Vec<crate::finding::Finding>) {
    let name = |f: &String| f.rsplit('/').next().unwrap_or(f).to_ascii_lowercase();
    let memo_made = files.iter().any(|f| {
        let n = name(f);
        n.starts_with("memo.") && recipient::of_document(&n).is_none()
    });
    let family_made = files.iter().any(|f| {
        recipient::of_document(&name(f))
            .is_some_and(|r| recipient::is_family(&r.to_ascii_lowercase()))
    });
    if !memo_made || family_made {
        return;
    }
    let vocab = Recipients::of(ctx.fm);
    if recipient::redact_for_family(ctx.fm, &vocab) == *ctx.fm {
        return;
    }
    let mut sink = Sink::new(
        ctx.meeting_dir.join("memo.md"),
        Some(ctx.phase),
        ctx.case.lang,
    );
    sink.push(CONSENT, Severity::Warning, 1, Msg::FamilyCopyMissing);
    findings.append(&mut sink.findings);
}

/// The consent record (issue 20 §4). Consent to share is the guardians'
/// (DOMAIN.md; Act 703/2023): for a child under 18 a consent that names no
/// invitee recorded as a guardian (`guardian: true`) is a warning, since a
/// copy would state a legal ground the record does not establish. From 18
/// the young person decides alone. A consenter who is not an invitee (nor
/// the child) cannot be told from a typo, and is never printed in a copy.
/// The old free-text `decided_with` is read, with a warning that says what
/// to write instead.
fn record(ctx: &Ctx, sink: &mut Sink) {
    let Some(consent) = crate::consent::Consent::read(ctx.fm) else {
        return;
    };
    if let Some((text, line)) = &consent.decided_with {
        sink.push_field(
            CONSENT,
            Severity::Warning,
            *line,
            Some("memo_consent.decided_with".into()),
            Msg::ConsentOldShape {
                decided_with: text.clone(),
                named: named_invitees(ctx, text),
            },
        );
    }
    let child = ctx.case.child_name.as_deref();
    for (i, name) in consent.given_by.iter().enumerate() {
        let invited = ctx.invitee(name).is_some();
        if !invited && !child.is_some_and(|c| same_person(c, name)) {
            let line = ctx
                .fm
                .get("memo_consent")
                .and_then(|c| c.get("given_by"))
                .and_then(|g| g.items().get(i))
                .map_or(consent.given_by_line, |n| n.line);
            sink.push_field(
                CONSENT,
                Severity::Warning,
                line,
                Some(format!("memo_consent.given_by[{i}]")),
                Msg::ConsenterNotInvited { name: name.clone() },
            );
        }
    }
    if ctx.age.is_some_and(|a| a >= super::child::ADULT_AGE) {
        return;
    }
    // Nothing to consent to: `recipients: []` shares with no one.
    let shares = ctx
        .fm
        .get("memo_consent")
        .and_then(|c| c.get("recipients"))
        .is_some_and(|r| !r.items().is_empty());
    let named = !consent.given_by.is_empty() || consent.decided_with.is_some();
    if !shares || !named {
        return;
    }
    let invitees = ctx
        .fm
        .get("invitees")
        .map(crate::case::yaml::Node::items)
        .unwrap_or_default();
    let who = consent.consenters(invitees, child);
    if !who.guardians.is_empty() {
        return;
    }
    let guardians: Vec<String> = ctx
        .invitees()
        .filter(|i| i.get("guardian").and_then(crate::case::yaml::Node::bool) == Some(true))
        .filter_map(|i| i.get("name").and_then(crate::case::yaml::Node::scalar))
        .map(|n| n.trim().to_owned())
        .collect();
    let (line, field) = if consent.given_by.is_empty() {
        (
            consent
                .decided_with
                .as_ref()
                .map_or(consent.line, |(_, l)| *l),
            "memo_consent.decided_with",
        )
    } else {
        (consent.given_by_line, "memo_consent.given_by")
    };
    sink.push_field(
        CONSENT,
        Severity::Warning,
        line,
        Some(field.into()),
        Msg::ConsentWithoutGuardian {
            given_by: if consent.given_by.is_empty() {
                who.others.iter().chain(&who.child).cloned().collect()
            } else {
                consent.given_by.clone()
            },
            guardians,
        },
    );
}

/// The invitees marked `guardian: true` whom an old `decided_with` names:
/// what to write in `given_by` instead.
fn named_invitees(ctx: &Ctx, text: &str) -> Vec<String> {
    ctx.invitees()
        .filter_map(|i| i.get("name").and_then(crate::case::yaml::Node::scalar))
        .map(str::trim)
        .filter(|n| names_person(text, n))
        .map(str::to_owned)
        .collect()
}

/// Names in `memo_consent.recipients` and `not_for` that are no known
/// recipient (a `not_for` of the wrong shape is the schema's finding), and
/// a consent that names no guardian.
pub fn check(ctx: &Ctx, sink: &mut Sink) {
    record(ctx, sink);
    let vocab = Recipients::of(ctx.fm);
    let problems = recipient::problems(ctx.fm, &vocab);
    // Echoes only when lsk reads every `not_for`.
    if problems.is_empty() {
        echoes(ctx, &vocab, sink);
    }
    for p in problems {
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

pub use crate::consent::names_person;

/// A free-text field that repeats a distinctive word of what is kept from
/// a reader (the family, or a recipient the family consented to) is left
/// out of that reader's copy: the worker is told which field, so that she
/// can mark it or reword it. Only when lsk reads every `not_for`.
fn echoes(ctx: &Ctx, vocab: &Recipients, sink: &mut Sink) {
    let family = recipient::Recipient::Id(recipient::FAMILY);
    let mut readers = vec![family];
    for r in vocab.consent(ctx.fm) {
        if !readers.contains(&r) {
            readers.push(r);
        }
    }
    let names: Vec<&str> = ctx.case.child_name.as_deref().into_iter().collect();
    for r in &readers {
        let found = if matches!(r, recipient::Recipient::Id(id) if recipient::is_family(id)) {
            recipient::echoes(ctx.fm, vocab, &recipient::withheld_from_family, &names)
        } else {
            recipient::echoes(ctx.fm, vocab, &|not_for| vocab.withheld(not_for, r), &names)
        };
        for e in found {
            sink.push_field(
                CONSENT,
                Severity::Warning,
                e.line,
                Some(e.field.clone()),
                Msg::ConsentEcho {
                    field: e.field,
                    word: e.word,
                    recipient: vocab.name(r),
                },
            );
        }
    }
}

/// A copy of the memo dated `today` (`--today`, `LSK_TODAY`) is not made
/// once consent has been withdrawn (on or before that day; a withdrawal
/// without a date that reads stops every copy). The finding, on
/// meeting.md's `withdrawn` line, when it is refused. `document` names the
/// copy (`memo.daycare.md`); `shown_from` is the folder paths are shown
/// relative to.
pub fn withdrawal_refusal(
    fm: &crate::case::yaml::Node,
    file: &std::path::Path,
    today: jiff::civil::Date,
    lang: crate::model::Lang,
    document: &str,
    shown_from: &std::path::Path,
) -> Option<crate::finding::Finding> {
    let consent = crate::consent::Consent::read(fm)?;
    if !consent.withdrawn_by(today) {
        return None;
    }
    let w = consent.withdrawn.as_ref()?;
    let mut sink = Sink::new(file.to_path_buf(), Some(crate::model::Phase::After), lang);
    sink.push_field(
        CONSENT,
        Severity::Error,
        w.line,
        Some("memo_consent.withdrawn".into()),
        Msg::ConsentWithdrawn {
            document: document.to_owned(),
            date: w.date,
            by: w.by.clone(),
        },
    );
    let mut f = sink.findings.pop()?;
    f.shown = crate::paths::relative(file, shown_from);
    Some(f)
}
