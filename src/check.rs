//! `lsk check` as a library: read a case and its meetings, decide each
//! meeting's phase, run the rules, and collect the findings in a stable order.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use rayon::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::case::discover::Target;
use crate::case::yaml::Node;
use crate::case::{
    Case, MEETING_FILE, identity_code_in_name, identity_codes_in_values, template_codes, validate,
};
use crate::date;
use crate::finding::Msg;
use crate::finding::{Finding, PARSE_ERROR, Sink};
use crate::model::{Kind, Lang, Phase};
use crate::rules::{self, Ctx, stale};
use crate::schema;
// Where it lived before `paths`: kept for code written against it.
pub use crate::case::meeting::{parse_meeting, read_meeting_text};
pub use crate::paths::relative;

#[derive(Debug, Clone)]
pub struct Options {
    /// Check every meeting for this phase instead of the one its date gives.
    pub phase: Option<Phase>,
    pub today: Date,
    /// Messages in this language instead of each case's own.
    pub lang: Option<Lang>,
}

/// The findings for one target (a case, or some meetings of one).
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub meetings: usize,
    pub lang: Lang,
    /// The phase each meeting read was checked for, and why, in the
    /// findings' order.
    pub phases: Vec<MeetingPhase>,
}

/// The phase a meeting was checked for, and why: said by the human report.
#[derive(Debug, Clone)]
pub struct MeetingPhase {
    /// The meeting folder.
    pub dir: PathBuf,
    /// The folder as shown (relative to the folder checked).
    pub shown: String,
    pub phase: Phase,
    pub why: PhaseWhy,
    pub lang: Lang,
    /// A family group conference or its follow-up: in Finnish a "kokous",
    /// not a "neuvottelu".
    pub fgc: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseWhy {
    /// `--phase` said so.
    Asked,
    /// The meeting's date against today.
    Dated { date: Date, today: Date },
    /// No date yet: before.
    NoDate,
    /// A date that cannot be read: taken as none.
    BadDate,
}

/// The phase a meeting is in on `today`: a later date is before, the same
/// day during, an earlier one after (FORMAT.md, "Phases").
pub fn phase_on(meeting_date: Option<Date>, today: Date) -> Phase {
    match meeting_date {
        Some(d) if d < today => Phase::After,
        Some(d) if d == today => Phase::During,
        _ => Phase::Before,
    }
}

/// Check every target: cases are read first, then all their meetings are
/// checked in parallel on all cores. The findings come back in a stable
/// order whatever the number of threads.
pub fn check_targets(targets: &[Target], opts: &Options) -> Outcome {
    // Each case read, and what is found across a whole case (lsk.yaml,
    // templates, the names of its files), on all cores.
    let (cases, case_wide): (Vec<Case>, Vec<Vec<Finding>>) = targets
        .par_iter()
        .map(|t| {
            let case = Case::load(&t.case_root, opts.lang);
            let wide = if t.whole_case {
                case.findings
                    .iter()
                    .cloned()
                    .chain(template_codes(&case))
                    .chain(crate::case::name_codes(&case))
                    .chain(identity_code_in_name(&case.root, case.lang))
                    .map(|mut f| {
                        f.shown = relative(&f.file, &t.base);
                        f
                    })
                    .collect()
            } else {
                Vec::new()
            };
            (case, wide)
        })
        .unzip();
    let jobs: Vec<(usize, &PathBuf)> = targets
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.meetings.iter().map(move |m| (i, m)))
        .collect();
    // What a case's meetings keep of each other (`Case::earlier`) is let
    // go once its last meeting is checked: memory stays that of the cases
    // in progress.
    let left: Vec<AtomicUsize> = targets
        .iter()
        .map(|t| AtomicUsize::new(t.meetings.len()))
        .collect();
    let checked: Vec<(Vec<Finding>, Option<MeetingPhase>)> = jobs
        .par_iter()
        .filter_map(|(i, dir)| {
            let done = check_meeting_phase(&cases[*i], dir, opts);
            if left[*i].fetch_sub(1, Ordering::AcqRel) == 1 {
                cases[*i].earlier.forget();
            }
            let (mut found, mut phase) = done?;
            for f in &mut found {
                f.shown = relative(&f.file, &targets[*i].base);
            }
            if let Some(p) = &mut phase {
                p.shown = relative(&p.dir, &targets[*i].base);
                // Checked from inside the meeting's folder: its name.
                if p.shown.is_empty() {
                    p.shown = p
                        .dir
                        .file_name()
                        .map_or_else(|| ".".into(), |n| n.to_string_lossy().into_owned());
                }
            }
            Some((found, phase))
        })
        .collect();
    let meetings = checked.len();
    let mut phases = Vec::new();
    let mut findings: Vec<Finding> = Vec::new();
    for (found, phase) in checked {
        findings.extend(found);
        phases.extend(phase);
    }
    findings.extend(case_wide.into_iter().flatten());
    sort(&mut findings);
    // Every finding is one the table of rules declares (its id, severity
    // and phase): a test build stops on one it does not.
    debug_assert!(
        findings.iter().all(crate::rules::declares),
        "a finding the table of rules does not declare: {:?}",
        findings.iter().find(|f| !crate::rules::declares(f))
    );
    phases.sort_by(|a, b| a.shown.cmp(&b.shown));
    Outcome {
        findings,
        meetings,
        lang: cases.first().map_or_else(Lang::default, |c| c.lang),
        phases,
    }
}

/// Findings sorted by file, then line, then rule: the same order whatever
/// order they were found in.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.shown, a.line, a.rule, &a.field).cmp(&(&b.shown, b.line, b.rule, &b.field))
    });
}

/// Check one meeting folder of `case`; `None` when the folder holds no
/// meeting.md (it is not a meeting).
pub fn check_meeting(case: &Case, dir: &Path, opts: &Options) -> Option<Vec<Finding>> {
    check_meeting_phase(case, dir, opts).map(|(findings, _)| findings)
}

/// [`check_meeting`], with the phase it was checked for when meeting.md
/// could be read.
pub fn check_meeting_phase(
    case: &Case,
    dir: &Path,
    opts: &Options,
) -> Option<(Vec<Finding>, Option<MeetingPhase>)> {
    check_meeting_with(case, dir, opts, |_| ()).map(|(findings, phase, ())| (findings, phase))
}

/// What the one pass over a meeting folder read, for those that need more
/// than its findings (`lsk list`'s states, the agreed actions, the pages of
/// `lsk serve`): the same text and the same parse the rules saw, so no
/// meeting.md is read or parsed twice.
pub struct Seen<'a> {
    /// The folder's listing (sorted; folders end in `/`).
    pub files: &'a [String],
    /// Whether the folder holds a meeting.md at all (without one it is
    /// checked only for copies of documents without consent).
    pub has_meeting_file: bool,
    /// meeting.md's text, when it could be read as this case's file.
    pub text: Option<&'a str>,
    /// Its frontmatter, when it could be parsed.
    pub root: Option<&'a Node<'a>>,
    /// The `parse-error` finding that says why meeting.md cannot be read,
    /// as the check found it.
    pub unreadable: Option<&'a Finding>,
    /// The documents beside meeting.md, read (Markdown, HTML, calendar).
    pub documents: &'a [stale::Document],
    /// The check's findings about the folder, every one made from this
    /// same read (what `lsk render` decides a refusal or a draft by).
    pub findings: &'a [Finding],
}

/// [`check_meeting_phase`], and `see` run on what the check read.
pub fn check_meeting_with<T>(
    case: &Case,
    dir: &Path,
    opts: &Options,
    see: impl FnOnce(Seen<'_>) -> T,
) -> Option<(Vec<Finding>, Option<MeetingPhase>, T)> {
    // One listing of the folder serves both "is this a meeting" and the
    // rendered documents beside meeting.md.
    let files = stale::list_files(dir)?;
    if files
        .binary_search_by(|n| n.as_str().cmp(MEETING_FILE))
        .is_err()
    {
        // Not a meeting; but a copy of a memo without its meeting has no
        // consent to go by.
        let copies = crate::rules::consent::without_consent(
            &crate::case::yaml::Node {
                value: crate::case::yaml::Value::Null,
                line: 1,
            },
            &files,
        );
        if copies.is_empty() {
            return None;
        }
        let mut findings = Vec::new();
        for (name, recipient) in copies {
            let mut sink = Sink::new(dir.join(name), opts.phase, case.lang);
            sink.error(
                crate::finding::CONSENT,
                1,
                Msg::Consent {
                    recipient: recipient.to_owned(),
                    document: name.to_owned(),
                },
            );
            findings.append(&mut sink.findings);
        }
        let seen = see(Seen {
            files: &files,
            has_meeting_file: false,
            text: None,
            root: None,
            unreadable: None,
            documents: &[],
            findings: &findings,
        });
        return Some((findings, None, seen));
    }
    let mut phase = None;
    let (findings, seen) = check_listed_meeting(case, dir, &files, opts, &mut phase, see);
    Some((findings, phase, seen))
}

fn check_listed_meeting<T>(
    case: &Case,
    dir: &Path,
    files: &[String],
    opts: &Options,
    checked_for: &mut Option<MeetingPhase>,
    see: impl FnOnce(Seen<'_>) -> T,
) -> (Vec<Finding>, T) {
    let file = dir.join(MEETING_FILE);
    let mut sink = Sink::new(file.clone(), opts.phase, case.lang);
    // A code in the meeting folder's name or a file's name travels with
    // every copy and every commit; so does a copy filed in a folder.
    let nested = stale::nested(dir, files);
    for path in
        std::iter::once(dir.to_path_buf()).chain(files.iter().chain(&nested).map(|n| dir.join(n)))
    {
        sink.findings
            .extend(identity_code_in_name(&path, case.lang));
    }
    // A meeting.md that leads out of the case (it, its folder or a folder
    // on the way being a link) is another case's meeting: not read as this
    // one (a copy of it would carry another child's details under this
    // child's name). The usual meeting, no link on the way, is known by
    // one lstat a name.
    if crate::fsutil::plain_below(&file, &case.root).is_none()
        && file.metadata().is_ok_and(|m| m.is_file())
        && !crate::fsutil::inside(&file, &case.root)
    {
        sink.error(PARSE_ERROR, 1, Msg::link_out());
        let seen = unreadable_seen(files, None, &sink.findings, see);
        return (sink.findings, seen);
    }
    let Some(text) = read_meeting_text(&file, &mut sink) else {
        let seen = unreadable_seen(files, None, &sink.findings, see);
        return (sink.findings, seen);
    };
    let Some(root) = parse_meeting(&text, &mut sink) else {
        let seen = unreadable_seen(files, Some(&text), &sink.findings, see);
        return (sink.findings, seen);
    };
    identity_codes_in_values(&root, &mut sink);
    // Resolved once: the facts kept for later meetings and every rule
    // that looks back use this one answer.
    let follows = crate::case::meeting::resolve_follows(&root, dir, &case.root);
    case.earlier.remember(dir, &root, follows.as_ref());
    validate::mapping(
        &root,
        schema::MEETING,
        &validate::FieldPath::Root,
        &mut sink,
    );

    let kind = root
        .get("kind")
        .and_then(Node::scalar)
        .and_then(Kind::parse);
    let meeting_date = root
        .get("date")
        .and_then(Node::scalar)
        .and_then(date::parse_date);
    let phase = opts
        .phase
        .unwrap_or_else(|| phase_on(meeting_date, opts.today));
    *checked_for = Some(MeetingPhase {
        dir: dir.to_path_buf(),
        shown: String::new(),
        phase,
        why: match (opts.phase, meeting_date) {
            (Some(_), _) => PhaseWhy::Asked,
            (None, Some(date)) => PhaseWhy::Dated {
                date,
                today: opts.today,
            },
            (None, None) if root.get("date").is_some_and(|d| !d.is_empty()) => PhaseWhy::BadDate,
            (None, None) => PhaseWhy::NoDate,
        },
        lang: case.lang,
        fgc: kind.is_some_and(Kind::is_fgc),
    });
    sink.phase = Some(phase);
    for f in &mut sink.findings {
        f.phase = Some(phase);
    }
    let on = meeting_date.unwrap_or(opts.today);
    let ctx = Ctx {
        case,
        fm: &root,
        kind,
        phase,
        date: on,
        today: opts.today,
        age: case.born.map(|born| date::age_on(born, on)),
        acute: kind.is_some_and(Kind::is_fgc)
            && root.get("acute").and_then(Node::bool) == Some(true),
        meeting_dir: dir,
        source: &text,
        follows: follows.as_ref(),
    };
    rules::run(&ctx, &mut sink);
    let documents = stale::documents(&case.root, dir, files);
    rules::run_on_documents(&ctx, &documents, files, &nested, &mut sink);
    let seen = see(Seen {
        files,
        has_meeting_file: true,
        text: Some(&text),
        root: Some(&root),
        unreadable: None,
        documents: &documents,
        findings: &sink.findings,
    });
    (sink.findings, seen)
}

/// [`Seen`] for a meeting.md that cannot be read: the last finding made is
/// the `parse-error` that says why. Its documents are read for their
/// state (stale or edited, as nothing current can be made from it).
fn unreadable_seen<T>(
    files: &[String],
    text: Option<&str>,
    findings: &[Finding],
    see: impl FnOnce(Seen<'_>) -> T,
) -> T {
    see(Seen {
        files,
        has_meeting_file: true,
        text,
        root: None,
        unreadable: findings.iter().rev().find(|f| f.rule == PARSE_ERROR),
        documents: &[],
        findings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_from_dates() {
        let today = date::parse_date("2026-11-24").unwrap();
        assert_eq!(
            phase_on(date::parse_date("2026-11-25"), today),
            Phase::Before
        );
        assert_eq!(
            phase_on(date::parse_date("2026-11-24"), today),
            Phase::During
        );
        assert_eq!(
            phase_on(date::parse_date("2026-11-23"), today),
            Phase::After
        );
        assert_eq!(phase_on(None, today), Phase::Before);
    }
}
