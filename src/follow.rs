//! Follow-through across meetings: every agreed action with its owner, due
//! date and state (000, 001: everyone follows up what they agreed), and
//! each meeting's state (phase, findings, rendered documents). A meeting
//! whose meeting.md cannot be read is reported with the reason, never
//! dropped (FORMAT.md): a merge conflict must not make an overdue action
//! vanish from the list.

use std::path::Path;
use std::sync::Arc;

use jiff::civil::Date;
use rayon::prelude::*;
use serde::Serialize;

use crate::case::discover::Target;
use crate::case::yaml::Node;
use crate::case::{Case, MEETING_FILE, source};
use crate::check::{Options, check_meeting, parse_meeting, phase_on, relative};
use crate::date;
use crate::finding::{Finding, PARSE_ERROR, Severity, Sink};
use crate::model::{Kind, Lang, Phase};
use crate::render::edited_by_hand;
use crate::rules::same_person;
use crate::rules::stale::{find_marker, is_document, list_files};

/// One agreed action (FORMAT.md, `lsk actions --format json`).
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    // Shared by all actions of a meeting (or case): a repository can hold a
    // hundred thousand actions.
    pub file: Arc<str>,
    pub meeting: Arc<str>,
    pub action: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub done: bool,
    pub overdue: bool,
    /// The case folder, relative to the folder given.
    pub case: Arc<str>,
    /// The owner is not among the invitees of the case's latest meeting:
    /// someone may have left, and the action needs a new owner.
    pub owner_not_in_latest: bool,
}

/// What one meeting.md says, as far as follow-through needs it.
struct Read {
    dir_name: String,
    file: String,
    date: Option<Date>,
    invitees: Vec<String>,
    agreed: Vec<Agreed>,
}

struct Agreed {
    action: String,
    owner: Option<String>,
    due: Option<Date>,
    /// The due date as written, when it is not a valid date.
    due_text: Option<String>,
    done: bool,
}

/// Why a meeting.md cannot be read: the `parse-error` finding `lsk check`
/// gives for it, its file named from `base`.
fn unreadable(file: &Path, base: &Path, line: usize, msg: crate::i18n::Msg, lang: Lang) -> Finding {
    let mut sink = Sink::new(file.to_path_buf(), None, lang);
    sink.error(PARSE_ERROR, line, msg);
    let mut found = sink.findings.remove(0);
    found.shown = relative(file, base);
    found
}

/// A meeting.md's frontmatter, or the finding that says why it cannot be
/// read (not UTF-8, no frontmatter, broken YAML such as a merge conflict).
fn frontmatter<'a>(
    file: &Path,
    text: &'a str,
    base: &Path,
    lang: Lang,
) -> Result<Node<'a>, Box<Finding>> {
    let mut sink = Sink::new(file.to_path_buf(), None, lang);
    match parse_meeting(text, &mut sink) {
        Some(node) => Ok(node),
        None => {
            let mut found = sink.findings.into_iter().next().unwrap_or_else(|| {
                unreadable(file, base, 1, crate::i18n::Msg::NoFrontmatter, lang)
            });
            found.shown = relative(file, base);
            Err(Box::new(found))
        }
    }
}

/// What the meeting in `dir` says; `Ok(None)` when the folder holds no
/// meeting.md (it is not a meeting), `Err` when it cannot be read.
fn read(dir: &Path, base: &Path, lang: Lang) -> Result<Option<Read>, Box<Finding>> {
    let file = dir.join(MEETING_FILE);
    // Anything named meeting.md makes a meeting, as for `lsk check`: a
    // folder or a broken link by that name is reported, not skipped.
    if file.symlink_metadata().is_err() {
        return Ok(None);
    }
    let text = source::read_text(&file)
        .map_err(|(line, msg)| Box::new(unreadable(&file, base, line, msg, lang)))?;
    let fm = frontmatter(&file, &text, base, lang)?;
    let scalar = |n: &Node| {
        n.scalar()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    Ok(Some(Read {
        dir_name: dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        file: relative(&file, base),
        date: fm
            .get("date")
            .and_then(Node::scalar)
            .and_then(date::parse_date),
        invitees: fm
            .get("invitees")
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter_map(|i| i.get("name").and_then(scalar))
            .collect(),
        agreed: fm
            .get("agreed")
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter_map(|i| {
                let action = i.get("action").and_then(Node::text)?.trim().to_owned();
                let owner = i.get("owner").and_then(scalar);
                let due_text = i.get("due").and_then(scalar);
                let due = due_text.as_deref().and_then(date::parse_date);
                let done = i.get("done").and_then(Node::bool).unwrap_or(false);
                Some(Agreed {
                    action,
                    owner,
                    due,
                    due_text,
                    done,
                })
            })
            .collect(),
    }))
}

/// Cases read at once: enough to keep every core busy, few enough that
/// memory does not grow with the size of the repository.
const BATCH: usize = 64;

/// Every agreed action under the targets, case by case in the targets'
/// order; within a case by due date (undated last), then meeting. `each`
/// sees them one at a time, so the whole list is never held. Returns the
/// meetings that could not be read (`parse-error` findings, in the case's
/// language or `lang`), whose actions are therefore missing.
pub fn each_action(
    targets: &[Target],
    today: Date,
    lang: Option<Lang>,
    mut each: impl FnMut(Action),
) -> Vec<Finding> {
    let mut unreadable = Vec::new();
    for batch in targets.chunks(BATCH) {
        let found: Vec<(Vec<Action>, Vec<Finding>)> = batch
            .par_iter()
            .map(|t| case_actions(t, today, lang))
            .collect();
        for (actions, lost) in found {
            actions.into_iter().for_each(&mut each);
            unreadable.extend(lost);
        }
    }
    unreadable
}

/// Every agreed action under the targets, in [`each_action`]'s order, and
/// the meetings that could not be read.
pub fn actions(targets: &[Target], today: Date, lang: Option<Lang>) -> (Vec<Action>, Vec<Finding>) {
    let mut out = Vec::new();
    let unreadable = each_action(targets, today, lang, |a| out.push(a));
    (out, unreadable)
}

fn case_actions(t: &Target, today: Date, lang: Option<Lang>) -> (Vec<Action>, Vec<Finding>) {
    // The case's language is read only when there is something to say.
    let mut reads = Vec::new();
    let mut unreadable = Vec::new();
    for dir in &t.meetings {
        match read(dir, &t.base, lang.unwrap_or_default()) {
            Ok(Some(r)) => reads.push(r),
            Ok(None) => {}
            Err(f) => unreadable.push(*f),
        }
    }
    if !unreadable.is_empty() && lang.is_none() {
        let case_lang = Case::load(&t.case_root, None).lang;
        for f in &mut unreadable {
            f.lang = case_lang;
        }
    }
    let latest_invitees: Vec<String> = reads
        .iter()
        .max_by_key(|r| (r.date, &r.dir_name))
        .map(|r| r.invitees.clone())
        .unwrap_or_default();
    let case = relative(&t.case_root, &t.base);
    let case: Arc<str> = if case.is_empty() {
        ".".into()
    } else {
        case.into()
    };
    let mut out = Vec::new();
    for r in reads {
        let file: Arc<str> = r.file.into();
        let meeting: Arc<str> = r.dir_name.into();
        for a in r.agreed {
            out.push(Action {
                file: file.clone(),
                meeting: meeting.clone(),
                overdue: !a.done && a.due.is_some_and(|d| d < today),
                owner_not_in_latest: a
                    .owner
                    .as_deref()
                    .is_some_and(|o| !latest_invitees.iter().any(|i| same_person(i, o))),
                due: a.due.map(|d| d.to_string()).or(a.due_text),
                action: a.action,
                owner: a.owner,
                done: a.done,
                case: case.clone(),
            });
        }
    }
    out.sort_by(|a, b| {
        (a.due.is_none(), &a.due, &a.meeting).cmp(&(b.due.is_none(), &b.due, &b.meeting))
    });
    (out, unreadable)
}

/// A rendered document's state against the meeting.md `text` it should
/// be made from: `current`, `stale` (made from an earlier meeting.md) or
/// `edited` (changed by hand since); `None` when lsk did not make it.
pub fn document_status(path: &Path, text: Option<&str>) -> Option<&'static str> {
    let doc = source::read_text(path).ok()?;
    let marker = find_marker(&doc)?;
    Some(if edited_by_hand(path) {
        "edited"
    } else if !text.is_some_and(|t| marker.made_from(t)) {
        "stale"
    } else {
        "current"
    })
}

/// One meeting's state (FORMAT.md, `lsk list --format json`).
#[derive(Debug, Clone, Serialize)]
pub struct MeetingState {
    pub file: String,
    pub case: String,
    pub date: Option<String>,
    pub kind: Option<String>,
    pub phase: &'static str,
    pub errors: usize,
    pub warnings: usize,
    /// Each rendered document by name: `current`, `stale` (made from an
    /// earlier meeting.md) or `edited` (changed by hand since rendering).
    pub rendered: std::collections::BTreeMap<String, &'static str>,
    /// Held, and no memo rendered yet.
    pub memo_due: bool,
    /// Whether meeting.md could be read; when not, `date` and `kind` are
    /// unknown and `unreadable` says why.
    pub readable: bool,
    /// The `parse-error` that makes meeting.md unreadable.
    #[serde(skip)]
    pub unreadable: Option<Finding>,
}

pub fn meetings(targets: &[Target], opts: &Options) -> Vec<MeetingState> {
    let cases: Vec<Case> = targets
        .par_iter()
        .map(|t| Case::load(&t.case_root, opts.lang))
        .collect();
    let jobs: Vec<(usize, &std::path::PathBuf)> = targets
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.meetings.iter().map(move |m| (i, m)))
        .collect();
    let mut out: Vec<MeetingState> = jobs
        .par_iter()
        .filter_map(|(i, dir)| state(&cases[*i], &targets[*i], dir, opts))
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

fn state(case: &Case, target: &Target, dir: &Path, opts: &Options) -> Option<MeetingState> {
    let findings = check_meeting(case, dir, opts)?;
    let file = dir.join(MEETING_FILE);
    let read = source::read_text(&file);
    let (text, fm, unreadable) = match &read {
        Ok(t) => match frontmatter(&file, t, &target.base, case.lang) {
            Ok(fm) => (Some(t.as_str()), Some(fm), None),
            Err(f) => (Some(t.as_str()), None, Some(*f)),
        },
        Err((line, msg)) => (
            None,
            None,
            Some(unreadable(
                &file,
                &target.base,
                *line,
                msg.clone(),
                case.lang,
            )),
        ),
    };
    let scalar = |key: &str| {
        fm.as_ref()
            .and_then(|n| n.get(key))
            .and_then(Node::scalar)
            .map(|s| s.trim().to_owned())
    };
    let meeting_date = scalar("date").as_deref().and_then(date::parse_date);
    let phase = opts
        .phase
        .unwrap_or_else(|| phase_on(meeting_date, opts.today));
    let mut rendered = std::collections::BTreeMap::new();
    for name in list_files(dir).unwrap_or_default() {
        if name == MEETING_FILE || !is_document(&name) {
            continue;
        }
        if let Some(status) = document_status(&dir.join(&name), text) {
            rendered.insert(name, status);
        }
    }
    let memo_due =
        phase == Phase::After && !rendered.keys().any(|n| n == "memo.md" || n == "memo.html");
    let case_rel = relative(&target.case_root, &target.base);
    Some(MeetingState {
        file: relative(&file, &target.base),
        case: if case_rel.is_empty() {
            ".".into()
        } else {
            case_rel
        },
        date: meeting_date.map(|d| d.to_string()),
        kind: scalar("kind").filter(|k| Kind::parse(k).is_some()),
        phase: phase.as_str(),
        errors: findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count(),
        warnings: findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count(),
        rendered,
        memo_due,
        readable: unreadable.is_none(),
        unreadable,
    })
}
