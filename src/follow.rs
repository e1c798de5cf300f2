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
use crate::case::meeting::parse_meeting;
use crate::case::yaml::Node;
use crate::case::{Case, MEETING_FILE, source};
use crate::check::{Options, Seen, check_meeting_with, phase_on};
use crate::date;
use crate::finding::{Finding, PARSE_ERROR, Severity, Sink};
use crate::model::{Kind, Lang, Phase};
use crate::paths::relative;
use crate::rules::stale::{find_marker, is_document};
use crate::text::same_person;

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
    /// The actions this meeting's `review` records as done, by
    /// [`action_key`]: they close the same action agreed in an earlier
    /// meeting of the case (the filed memo that agreed it is untouched).
    reviewed_done: Vec<String>,
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
fn unreadable(
    file: &Path,
    base: &Path,
    line: usize,
    msg: crate::finding::Msg,
    lang: Lang,
) -> Finding {
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
                unreadable(file, base, 1, crate::finding::Msg::NoFrontmatter, lang)
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
    Ok(Some(read_of(dir, &file, base, &fm)))
}

/// What follow-through needs from a meeting's frontmatter `fm`: its date,
/// invitees and agreed actions. The one place both the light reading of
/// `lsk actions` and the full pass ([`scan_case`]) take them from.
fn read_of(dir: &Path, file: &Path, base: &Path, fm: &Node) -> Read {
    let scalar = |n: &Node| {
        n.scalar()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    Read {
        dir_name: dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        file: relative(file, base),
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
        reviewed_done: fm
            .get("review")
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter(|i| {
                i.get("status")
                    .and_then(Node::text)
                    .is_some_and(status_is_done)
            })
            .filter_map(|i| i.get("action").and_then(Node::text).map(action_key))
            .collect(),
    }
}

/// An action's text made comparable across meetings: a review row copies
/// the agreed action's words, perhaps with other spacing or case.
pub fn action_key(text: &str) -> String {
    crate::text::key(text)
}

/// The words a review's status starts with when the action is done, in
/// the three languages (the scaffold writes `tehty`, `gjort`, `done`).
const DONE_WORDS: &[&str] = &[
    "tehty",
    "valmis",
    "toteutunut",
    "toteutui",
    "gjort",
    "gjord",
    "klart",
    "klar",
    "genomfört",
    "genomförd",
    "done",
    "completed",
    "complete",
];

/// A review's `status` says the action is done: its first word is one of
/// [`DONE_WORDS`] ("tehty, kaavio on käytössä", "Gjort.", "done 3.12.").
/// "kesken", "ei tehty" and anything else keep it open.
pub fn status_is_done(status: &str) -> bool {
    let first: String = status
        .trim()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    DONE_WORDS.contains(&first.as_str())
}

/// The key under which lsk.yaml records actions marked done while no later
/// meeting exists to review them (the browser's "done" button): a list of
/// `meeting` (the folder that agreed it), `action` and `date`.
pub const ACTIONS_DONE: &str = "actions_done";

/// The actions lsk.yaml's [`ACTIONS_DONE`] records as done: (meeting
/// folder, [`action_key`]). Empty when lsk.yaml cannot be read.
pub fn done_in_case(case_root: &Path) -> Vec<(String, String)> {
    let Ok(text) = crate::case::read_case_file(case_root) else {
        return Vec::new();
    };
    let Ok(root) = crate::case::yaml::parse(&text) else {
        return Vec::new();
    };
    root.get(ACTIONS_DONE)
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .filter_map(|i| {
            let meeting = i.get("meeting").and_then(Node::scalar)?;
            let action = i.get("action").and_then(Node::text)?;
            Some((
                meeting.trim().trim_end_matches('/').to_owned(),
                action_key(action),
            ))
        })
        .collect()
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
    (actions_of(reads, t, today), unreadable)
}

/// The actions of one case's meetings, each owner looked up among the
/// invitees of the case's latest meeting; by due date (undated last), then
/// meeting.
fn actions_of(reads: Vec<Read>, t: &Target, today: Date) -> Vec<Action> {
    // Closed elsewhere: by a later meeting's review, or in lsk.yaml.
    let in_case = done_in_case(&t.case_root);
    let order = |r: &Read| (r.date, r.dir_name.clone());
    let closed: Vec<(Order, Vec<String>)> = reads
        .iter()
        .filter(|r| !r.reviewed_done.is_empty())
        .map(|r| (order(r), r.reviewed_done.clone()))
        .collect();
    let latest_invitees: Vec<String> = reads
        .iter()
        .max_by_key(|r| (r.date, &r.dir_name))
        .map(|r| r.invitees.clone())
        .unwrap_or_default();
    let case = case_name(t);
    let mut out = Vec::new();
    for r in reads {
        let at = order(&r);
        let file: Arc<str> = r.file.into();
        let later = |(when, _): &&(Order, Vec<String>)| later_than(when, &at);
        let meeting: Arc<str> = r.dir_name.into();
        for a in r.agreed {
            let key = action_key(&a.action);
            let done = a.done
                || closed
                    .iter()
                    .filter(later)
                    .any(|(_, keys)| keys.contains(&key))
                || in_case.iter().any(|(m, k)| **m == *meeting && *k == key);
            out.push(Action {
                file: file.clone(),
                meeting: meeting.clone(),
                overdue: !done && a.due.is_some_and(|d| d < today),
                owner_not_in_latest: a
                    .owner
                    .as_deref()
                    .is_some_and(|o| !latest_invitees.iter().any(|i| same_person(i, o))),
                due: a.due.map(|d| d.to_string()).or(a.due_text),
                action: a.action,
                owner: a.owner,
                done,
                case: case.clone(),
            });
        }
    }
    out.sort_by(|a, b| {
        (a.due.is_none(), &a.due, &a.meeting).cmp(&(b.due.is_none(), &b.due, &b.meeting))
    });
    out
}

/// Where a meeting stands in its case: its date and its folder's name.
type Order = (Option<Date>, String);

/// A meeting at `a` (date, folder) comes after one at `b`: by date when
/// both have one, by folder name (which starts with the date) otherwise.
fn later_than(a: &Order, b: &Order) -> bool {
    match (a.0, b.0) {
        (Some(x), Some(y)) if x != y => x > y,
        _ => a.1 > b.1,
    }
}

/// The case folder as named from the folder given: `.` for itself.
fn case_name(t: &Target) -> Arc<str> {
    let case = relative(&t.case_root, &t.base);
    if case.is_empty() {
        ".".into()
    } else {
        case.into()
    }
}

/// A rendered document's state against the meeting.md `text` it should
/// be made from: `current`, `stale` (made from an earlier meeting.md) or
/// `edited` (changed by hand since); `None` when lsk did not make it.
pub fn document_status(path: &Path, text: Option<&str>) -> Option<&'static str> {
    let doc = source::read_text(path).ok()?;
    let status = status_of(&doc, text)?;
    // A filed memo is renewed by no render (issue 24, review M9).
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if status == "stale" && name.is_some_and(|n| crate::rules::stale::filed_memo(&n, text)) {
        return Some("current");
    }
    Some(status)
}

/// [`document_status`] of a document's text `doc`, already read.
pub fn status_of(doc: &str, text: Option<&str>) -> Option<&'static str> {
    let marker = find_marker(doc)?;
    // As `render::edited_by_hand`, on the text in hand.
    Some(if !marker.unedited(doc) {
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

/// Every meeting's state under the targets (`lsk list`), by file: every
/// meeting of every case checked in parallel, each read and parsed once.
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
        .filter_map(|(i, dir)| scan_meeting(&cases[*i], &targets[*i], dir, opts).map(|s| s.state))
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// One meeting after the one pass: its state, its findings and what
/// follow-through needs, all from one reading and one parse of meeting.md.
pub struct Scanned {
    pub state: MeetingState,
    pub findings: Vec<Finding>,
    /// The phase it was checked for, when meeting.md could be read.
    pub phase: Option<crate::check::MeetingPhase>,
    read: Option<Read>,
}

/// Read, parse and check one meeting folder once, and take its state and
/// agreed actions from that same parse; `None` when it is not a meeting.
pub fn scan_meeting(case: &Case, target: &Target, dir: &Path, opts: &Options) -> Option<Scanned> {
    let file = dir.join(MEETING_FILE);
    let (mut findings, mut phase, (state, read)) = check_meeting_with(case, dir, opts, |seen| {
        see(case, target, dir, &file, opts, seen)
    })?;
    // As `lsk check` shows them: named from the folder given.
    for f in &mut findings {
        f.shown = relative(&f.file, &target.base);
    }
    if let Some(p) = &mut phase {
        p.shown = relative(&p.dir, &target.base);
        if p.shown.is_empty() {
            p.shown = p
                .dir
                .file_name()
                .map_or_else(|| ".".into(), |n| n.to_string_lossy().into_owned());
        }
    }
    let mut state = state;
    state.errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    state.warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    Some(Scanned {
        state,
        findings,
        phase,
        read,
    })
}

/// A meeting's state (counts left for [`scan_meeting`]) and its reading for
/// follow-through, from what the check read.
fn see(
    case: &Case,
    target: &Target,
    dir: &Path,
    file: &Path,
    opts: &Options,
    seen: Seen<'_>,
) -> (MeetingState, Option<Read>) {
    let unreadable = match (seen.root, seen.unreadable) {
        (Some(_), _) => None,
        (None, Some(f)) => {
            let mut f = f.clone();
            f.shown = relative(file, &target.base);
            f.phase = None;
            Some(f)
        }
        // Not a meeting.md at all (a folder of copies): why it cannot be read.
        (None, None) => Some(match source::read_text(file) {
            Err((line, msg)) => unreadable(file, &target.base, line, msg, case.lang),
            Ok(_) => unreadable(
                file,
                &target.base,
                1,
                crate::finding::Msg::NoFrontmatter,
                case.lang,
            ),
        }),
    };
    let scalar = |key: &str| {
        seen.root
            .and_then(|n| n.get(key))
            .and_then(Node::scalar)
            .map(|s| s.trim().to_owned())
    };
    let meeting_date = scalar("date").as_deref().and_then(date::parse_date);
    let phase = opts
        .phase
        .unwrap_or_else(|| phase_on(meeting_date, opts.today));
    let mut rendered = std::collections::BTreeMap::new();
    if seen.root.is_some() {
        // The documents the rules read, judged against the same text.
        for doc in seen.documents {
            if let Some(status) = crate::rules::stale::status(doc, seen.text, phase) {
                rendered.insert(doc.name.clone(), status);
            }
        }
    } else {
        for name in seen.files {
            if name == MEETING_FILE || !is_document(name) {
                continue;
            }
            if let Some(status) = document_status(&dir.join(name), seen.text) {
                rendered.insert(name.clone(), status);
            }
        }
    }
    // A memo made in any format (a PDF too) is the memo.
    // A filed memo is in the client information system (issue 24).
    let memo_due = phase == Phase::After
        && seen
            .text
            .is_none_or(|t| crate::case::filed::filed_in_text(t).is_none())
        && !rendered
            .keys()
            .any(|n| n == "memo.md" || n == "memo.html" || n == "memo.pdf");
    let case_rel = relative(&target.case_root, &target.base);
    let state = MeetingState {
        file: relative(file, &target.base),
        case: if case_rel.is_empty() {
            ".".into()
        } else {
            case_rel
        },
        date: meeting_date.map(|d| d.to_string()),
        kind: scalar("kind").filter(|k| Kind::parse(k).is_some()),
        phase: phase.as_str(),
        errors: 0,
        warnings: 0,
        rendered,
        memo_due,
        readable: unreadable.is_none(),
        unreadable,
    };
    let read = seen.root.map(|root| read_of(dir, file, &target.base, root));
    (state, read)
}

/// One case after the one pass: its meetings' states (by file), its
/// agreed actions (as [`each_action`] orders them) and every finding.
pub struct CaseScan {
    pub meetings: Vec<MeetingState>,
    pub actions: Vec<Action>,
    pub findings: Vec<Finding>,
}

/// Every meeting of one case (`case` is its lsk.yaml, read), read, parsed
/// and checked once, in parallel: the states `lsk list` shows, the actions
/// `lsk actions` shows, and the findings behind the counts.
pub fn scan_case(target: &Target, case: &Case, opts: &Options) -> CaseScan {
    let scanned: Vec<Scanned> = target
        .meetings
        .par_iter()
        .filter_map(|dir| scan_meeting(case, target, dir, opts))
        .collect();
    let mut meetings = Vec::with_capacity(scanned.len());
    let mut reads = Vec::new();
    let mut findings = Vec::new();
    for s in scanned {
        meetings.push(s.state);
        reads.extend(s.read);
        findings.extend(s.findings);
    }
    meetings.sort_by(|a, b| a.file.cmp(&b.file));
    CaseScan {
        meetings,
        actions: actions_of(reads, target, opts.today),
        findings,
    }
}
