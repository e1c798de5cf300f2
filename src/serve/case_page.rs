//! The first page: the case (child, stage, worker, meetings, open actions)
//! or, for a team folder, the cases with their counts.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::extract::{Path as UrlPath, Query, State};
use axum::response::Response;

use rayon::prelude::*;
use serde::Serialize;

use super::AppState;
use super::page::{self, LangQuery, lang_of};
use crate::case::Case;
use crate::case::discover::case_target;
use crate::check::Options;
use crate::finding::{Finding, PARSE_ERROR};
use crate::follow::{self, Action, MeetingState};
use crate::model::Lang;

/// What lsk.yaml says of the case, as the page shows it.
#[derive(Serialize, Clone)]
struct Details {
    child: Option<String>,
    /// As written, in words: "toukokuu 2022" for `2022-05`.
    born: Option<String>,
    stage: Option<String>,
    worker: Option<String>,
    organisation: Option<String>,
    phone: Option<String>,
    email: Option<String>,
}

#[derive(Serialize)]
struct CaseView {
    #[serde(flatten)]
    details: Details,
    problems: Vec<page::FindingView>,
}

#[derive(Serialize)]
struct MeetingRow {
    /// The folder's name as the page shows it (`meeting_name` for one
    /// whose name holds an identity code: its day and the mask).
    dir: String,
    /// The folder's own name, never shown (the disclosure log is matched
    /// with it).
    #[serde(skip)]
    name: String,
    /// `None` for a folder whose name holds an identity code (no page).
    href: Option<String>,
    date: Option<String>,
    kind: Option<String>,
    phase: &'static str,
    errors: usize,
    warnings: usize,
    memo_due: bool,
    /// Why meeting.md cannot be read now: file, line, what is wrong.
    unreadable: Option<Why>,
    /// The row is the meeting as last read (it cannot be read now).
    last_good: bool,
    docs: Vec<DocStatus>,
}

#[derive(Serialize)]
struct DocStatus {
    name: String,
    status: &'static str,
}

#[derive(Serialize)]
struct ActionRow {
    action: String,
    owner: Option<String>,
    due: Option<String>,
    overdue: bool,
    /// The meeting folder that agreed it (posted by the "done" button).
    meeting: String,
    /// The meeting as the page names it, and its page.
    meeting_title: String,
    /// `None` for a meeting whose folder's name holds an identity code:
    /// it has no page and no "done" button (`page::meeting_at`), and the
    /// row says why instead.
    meeting_href: Option<String>,
    /// Where the "done" button posts (the action's case).
    done_href: Option<String>,
}

#[derive(Serialize, Clone)]
struct CaseRow {
    name: String,
    href: String,
    child: Option<String>,
    meetings: usize,
    errors: usize,
    warnings: usize,
    open: usize,
    overdue: usize,
    /// Files of the case that cannot be read now, each with why; the
    /// counts are from their last good reading where there was one.
    unreadable: Vec<Why>,
}

/// Which part of the team page is asked for: `?from=N`, the window of
/// cases from the Nth; `?overdue=N`, the team's overdue actions from the
/// Nth. Anything that is not a number is the first window.
#[derive(serde::Deserialize, Default)]
pub struct WindowQuery {
    from: Option<String>,
    overdue: Option<String>,
}

pub async fn home(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    Query(w): Query<WindowQuery>,
    uri: axum::http::Uri,
) -> Response {
    cached(&st, &uri, |stamp| {
        if crate::case::is_case_root(&st.root) {
            case_response(&st, &q, "0", &st.root, stamp, None).map(|html| (html, true))
        } else {
            team_response(&st, &q, &w, stamp)
        }
    })
}

/// How many case and team pages are kept at most (each a few hundred
/// kilobytes at most: a window of cases).
const KEPT_PAGES: usize = 32;

/// A case or team page as last made, while no file changed since (the
/// change count open pages poll, live.rs); made anew otherwise. `make` is
/// given the count read before anything on disk is: a change while the
/// page is made shows on the next request, and reloads the open page.
/// A page made while the team's summary was still being gathered (`make`
/// says `false`) is not kept: the next request makes it anew.
fn cached(
    st: &AppState,
    uri: &axum::http::Uri,
    make: impl FnOnce(u64) -> Result<(String, bool), String>,
) -> Response {
    use axum::response::{Html, IntoResponse};
    // The quiet line about sharing (sync.rs) is part of the page too.
    let key = format!("{} {} {uri}", st.today(), super::share_line::stamp());
    let stamp = st.live.changes();
    if st.live.fresh()
        && let Ok(pages) = st.pages.lock()
        && let Some((at, html)) = pages.get(&key)
        && *at == stamp.to_string()
    {
        return Html(html.clone()).into_response();
    }
    match make(stamp) {
        Ok((html, keep)) => {
            if keep && let Ok(mut pages) = st.pages.lock() {
                // Pages made before the last change are never served
                // again; and however many addresses are asked (`?from=`,
                // `?overdue=`, `?lang=`), only the last few are kept.
                let now = stamp.to_string();
                pages.retain(|_, (at, _)| *at == now);
                if pages.len() >= KEPT_PAGES {
                    pages.clear();
                }
                pages.insert(key, (now, html.clone()));
            }
            Html(html).into_response()
        }
        Err(e) => (axum::http::StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

pub async fn case(
    State(st): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    Query(q): Query<LangQuery>,
    Query(saved): Query<super::record::SavedQuery>,
    uri: axum::http::Uri,
) -> Response {
    // What a save's commit did, said once on the page it redirected to.
    let note = super::record::said(&st, &format!("/c/{id}"), saved.saved.as_deref());
    match page::case_at(&st, &id) {
        Some(root) => cached(&st, &uri, |stamp| {
            case_response(&st, &q, &id, &root, stamp, note.as_deref()).map(|html| (html, true))
        }),
        None => page::not_found_in(lang_of(&st, &q, None)),
    }
}

fn options(st: &AppState) -> Options {
    Options {
        phase: None,
        today: st.today(),
        lang: st.lang,
    }
}

/// Which folder a case's state was read from
/// ([`crate::fsutil::folder_identity`]).
type Folder = std::num::NonZeroU64;

/// A case's meetings as last read, by meeting.md (its whole path).
type KeptMeetings = HashMap<PathBuf, Kept>;

/// The last good state of what the case and team pages show: each meeting
/// as last read (its share of its case's counts; its row and open actions
/// once a case page has shown it), each case's lsk.yaml as last read.
/// While a file cannot be read (a save half done, a merge conflict), its
/// row shows this with the error beside it, not a blank.
#[derive(Default)]
pub struct Good {
    /// By case folder, then by meeting.md (its whole path): a case's
    /// map is made anew from each reading, so a meeting removed is forgotten.
    /// Each case's with the folder it was read from
    /// ([`crate::fsutil::folder_identity`]): a folder of the same name made
    /// in its place (another child's case) is not shown with it.
    meetings: Mutex<HashMap<PathBuf, (Folder, KeptMeetings)>>,
    /// By case folder: its lsk.yaml as last read, with the folder it was
    /// read from, as above.
    cases: Mutex<HashMap<PathBuf, (Folder, Details, Lang)>>,
    /// The team's summary: a few numbers a case ([`Summary`]),
    /// gathered in the background from the start and kept while nothing
    /// below the case changes.
    team: Mutex<TeamKept>,
    /// Whether the summary is being gathered in the background now.
    gathering: std::sync::atomic::AtomicBool,
    /// How many times it was gathered in full (`/live` says it).
    gathered: std::sync::atomic::AtomicU64,
    /// Team pages being made now: the background gathering waits for them
    /// between its batches, so that a page has the cores for its window.
    asking: std::sync::atomic::AtomicUsize,
}

/// A team page being made, counted in [`Good::asking`] while it lives.
struct Asking<'a>(&'a std::sync::atomic::AtomicUsize);

impl<'a> Asking<'a> {
    fn new(n: &'a std::sync::atomic::AtomicUsize) -> Self {
        n.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Asking(n)
    }
}

impl Drop for Asking<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// What is kept of a meeting that was read for its case's page: small for the team page
/// (counts and overdue actions), its whole row only for the cases whose
/// page was shown.
#[derive(Clone)]
struct Kept {
    share: Share,
    row: Option<(MeetingState, Vec<Action>)>,
}

/// One meeting's share of its case's row on the team page.
#[derive(Clone, Default)]
struct Share {
    errors: usize,
    warnings: usize,
    open: usize,
    overdue: Vec<Action>,
}

/// One case's meetings after [`Good::settle`]: what the pages show.
struct Settled {
    meetings: Vec<MeetingState>,
    /// The open actions (the case page's list).
    open: Vec<Action>,
    shares: Vec<Share>,
    /// The meetings shown as last read (they cannot be read now), by file.
    from_good: Vec<String>,
}

impl Good {
    /// The meetings of one case as scanned, each that cannot be read now
    /// replaced by its last good state with the new error beside it; each
    /// that was read remembered. `rows`: the case page, which keeps whole
    /// rows; the team page keeps counts only (memory stays small).
    /// `folder`: the case folder's identity, looked at before it was read;
    /// what was kept of another folder of the same name is forgotten, and
    /// nothing is kept when there is none.
    fn settle(
        &self,
        root: &Path,
        base: &Path,
        scan: follow::CaseScan,
        rows: bool,
        folder: Option<Folder>,
    ) -> Settled {
        let mut out = Settled {
            meetings: Vec::with_capacity(scan.meetings.len()),
            open: Vec::new(),
            shares: Vec::with_capacity(scan.meetings.len()),
            from_good: Vec::new(),
        };
        let mut old = self
            .meetings
            .lock()
            .ok()
            .and_then(|mut m| m.remove(root))
            .filter(|(of, _)| Some(*of) == folder)
            .map(|(_, kept)| kept)
            .unwrap_or_default();
        let mut known: HashMap<PathBuf, Kept> = HashMap::with_capacity(scan.meetings.len());
        for mut state in scan.meetings {
            let key = base.join(&state.file);
            let open: Vec<Action> = scan
                .actions
                .iter()
                .filter(|a| !a.done && *a.file == *state.file)
                .cloned()
                .collect();
            if state.readable {
                let share = Share {
                    errors: state.errors,
                    warnings: state.warnings,
                    open: open.len(),
                    overdue: open.iter().filter(|a| a.overdue).cloned().collect(),
                };
                let full = rows || old.get(&key).is_some_and(|k| k.row.is_some());
                known.insert(
                    key,
                    Kept {
                        share: share.clone(),
                        row: full.then(|| (state.clone(), open.clone())),
                    },
                );
                out.shares.push(share);
                out.open.extend(open);
                out.meetings.push(state);
                continue;
            }
            match old.remove(&key) {
                Some(kept) => {
                    out.from_good.push(state.file.clone());
                    out.shares.push(kept.share.clone());
                    match (&kept.row, rows) {
                        (Some((good, good_open)), true) => {
                            let mut good = good.clone();
                            // Named as this page names it.
                            good.file = state.file.clone();
                            good.case = state.case.clone();
                            good.readable = false;
                            good.unreadable = state.unreadable.take();
                            out.open.extend(good_open.iter().cloned());
                            out.meetings.push(good);
                        }
                        // Only counts kept: the row says it cannot be read.
                        _ => out.meetings.push(state.clone()),
                    }
                    // Still the last good state while it cannot be read.
                    known.insert(key, kept);
                }
                None => {
                    out.shares.push(Share {
                        errors: state.errors,
                        warnings: state.warnings,
                        ..Share::default()
                    });
                    out.meetings.push(state);
                }
            }
        }
        if let (Some(folder), Ok(mut m)) = (folder, self.meetings.lock()) {
            m.insert(root.to_path_buf(), (folder, known));
        }
        // The case page's order: by due date (undated last), then meeting.
        out.open.sort_by(|a, b| {
            (a.due.is_none(), &a.due, &a.meeting).cmp(&(b.due.is_none(), &b.due, &b.meeting))
        });
        out
    }

    /// The case's details, remembered when lsk.yaml was read; when it
    /// cannot be read now, the last good ones and their language, if they
    /// were read from the same folder (`folder`, looked at before lsk.yaml
    /// was read): never another child's, whose folder had the name before.
    fn case(&self, case: &Case, folder: Option<Folder>) -> (Details, Option<Lang>) {
        let details = Details {
            child: case.child_name.clone(),
            born: case.born.map(|d| d.to_string()),
            stage: case.stage.map(|s| s.as_str().to_owned()),
            worker: case.responsible_worker.clone(),
            organisation: case.organisation.clone(),
            phone: case.contact.phone.clone(),
            email: case.contact.email.clone(),
        };
        let Ok(mut known) = self.cases.lock() else {
            return (details, None);
        };
        let Some(folder) = folder else {
            known.remove(&case.root);
            return (details, None);
        };
        if !unreadable_case(case) {
            known.insert(case.root.clone(), (folder, details.clone(), case.lang));
            return (details, None);
        }
        match known.get(&case.root) {
            Some((of, good, lang)) if *of == folder => (good.clone(), Some(*lang)),
            Some(_) => {
                known.remove(&case.root);
                (details, None)
            }
            None => (details, None),
        }
    }
}

/// lsk.yaml cannot be read or parsed.
fn unreadable_case(case: &Case) -> bool {
    case.findings.iter().any(|f| f.rule == PARSE_ERROR)
}

/// Why a file cannot be read, as a row shows it: the file (as named from
/// `base`) and line, what is wrong, and how to fix it.
#[derive(Serialize, Clone)]
struct Why {
    at: String,
    message: String,
    help: Option<String>,
}

fn why(f: &Finding, file: &str, lang: Lang) -> Why {
    let text = crate::i18n::page_text(lang, &f.msg);
    Why {
        // A folder named with a code on the way is shown masked.
        at: format!("{}:{}", crate::i18n::labels::shown_path(file), f.line),
        message: text.message,
        help: text.help,
    }
}

/// One case's meetings and agreed actions from one pass over its meetings
/// (each meeting.md read, parsed and checked once), with the last good
/// state of each meeting that cannot be read now. `base` names the files;
/// `rows`: for the case page (see [`Good::settle`]).
/// `folder`: the case folder's identity, looked at before `case` was read.
fn scan(
    st: &AppState,
    root: &Path,
    base: &Path,
    case: &Case,
    rows: bool,
    folder: Option<Folder>,
) -> (Settled, Vec<String>) {
    let mut target = case_target(root);
    target.base = base.to_path_buf();
    // Nothing through a link out of the case.
    let (inside, out) = meetings_inside(root, std::mem::take(&mut target.meetings));
    target.meetings = inside;
    let scanned = follow::scan_case(&target, case, &options(st));
    (st.good.settle(root, base, scanned, rows, folder), out)
}

/// The meeting folders of the case at `root` that lie inside it, links
/// resolved: a real folder in a real `meetings/` folder is inside by where
/// it is (one `lstat`); a link is resolved (`fsutil::inside`). Beside them,
/// what leads out of the case, as the pages name it: `meetings` when that
/// folder is a link out, else each `meetings/NAME` that is.
fn meetings_inside(root: &Path, meetings: Vec<PathBuf>) -> (Vec<PathBuf>, Vec<String>) {
    let dir = root.join(crate::case::MEETINGS_DIR);
    let Ok(real_root) = root.canonicalize() else {
        return (Vec::new(), Vec::new());
    };
    let plain = dir
        .canonicalize()
        .is_ok_and(|d| d == real_root.join(crate::case::MEETINGS_DIR));
    let (inside, out): (Vec<PathBuf>, Vec<PathBuf>) = meetings.into_iter().partition(|m| {
        (plain && m.symlink_metadata().is_ok_and(|md| md.is_dir()))
            || crate::fsutil::inside(m, root)
    });
    let linked = !plain
        && dir
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        && !crate::fsutil::inside(&dir, root);
    let out = if linked {
        vec![crate::case::MEETINGS_DIR.to_owned()]
    } else {
        out.iter()
            .filter_map(|m| m.file_name())
            .map(|n| format!("{}/{}", crate::case::MEETINGS_DIR, n.to_string_lossy()))
            .collect()
    };
    (inside, out)
}

fn meeting_dir_name(file: &str) -> String {
    Path::new(file)
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A rendered document's file name as the page names it: the document's
/// own title in the page's language, the copy's recipient, and the format
/// when it is not the Markdown one ("Muistio (daycare)", "Kutsu (ics)").
fn document_title(lang: Lang, file: &str, copies: &[(String, String)]) -> String {
    let mut parts: Vec<&str> = file.split('.').collect();
    let ext = if parts.len() > 1 { parts.pop() } else { None };
    let (Some(doc), Some(ext)) = (parts.first().copied(), ext) else {
        return file.to_owned();
    };
    if crate::render::Doc::parse(doc).is_none() {
        return file.to_owned();
    }
    let mut title = crate::render::header::document_name(lang, doc).to_owned();
    // A copy by its reader's name ("Muistio, kopio: Päiväkoti Satakieli"),
    // never the file's id.
    let copy = parts[1..].join(".");
    if !copy.is_empty() {
        let name = copies.iter().find(|(id, _)| *id == copy).map_or_else(
            || crate::render::context::recipient_label(lang, &copy),
            |(_, n)| n.clone(),
        );
        title.push_str(&format!(
            ", {} {name}",
            page::lower_first(crate::i18n::serve::word(lang, "copy_for"))
        ));
    }
    if ext != "md" {
        title.push_str(&format!(" ({ext})"));
    }
    title
}

/// A date as people read it on a page in `lang` ("1.12.2026",
/// "1 Dec 2026"); anything that is not a date is shown as written.
fn shown_date(lang: Lang, text: &str) -> String {
    text.trim()
        .parse::<jiff::civil::Date>()
        .map_or_else(|_| text.to_owned(), |d| crate::i18n::dates::date(lang, d))
}

/// A birth date as written in lsk.yaml, in words: a year ("2022"), a month
/// and year ("toukokuu 2022", "maj 2022", "May 2022") or a date; `None`
/// when lsk.yaml gives none that reads.
fn born_in_words(lang: Lang, root: &Path) -> Option<String> {
    let text = crate::case::read_case_file(root).ok()?;
    let node = crate::case::yaml::parse(&text).ok()?;
    let born = node.get("child")?.get("born")?.scalar()?.trim().to_owned();
    let day = crate::date::parse_born(&born)?;
    Some(match born.len() {
        4 => day.year().to_string(),
        7 => crate::i18n::dates::month_year(lang, day.year(), day.month()),
        _ => crate::i18n::dates::date(lang, day),
    })
}

fn action_rows(
    actions: &[Action],
    lang: Lang,
    case_id: impl Fn(&Action) -> String,
) -> Vec<ActionRow> {
    actions
        .iter()
        .map(|a| ActionRow {
            meeting_title: page::meeting_name(lang, &a.meeting, None),
            // A folder named with a code has no page, and a "done" form
            // would post its name masked (found nowhere): neither is made.
            meeting_href: page::meeting_href(&case_id(a), &a.meeting),
            done_href: page::addressable(&a.meeting).then(|| format!("/c/{}/done", case_id(a))),
            action: crate::hetu::mask(&a.action).into_owned(),
            owner: a
                .owner
                .as_deref()
                .map(|o| crate::hetu::mask(o).into_owned()),
            due: a.due.as_deref().map(|d| shown_date(lang, d)),
            overdue: a.overdue,
            meeting: a.meeting.to_string(),
        })
        .collect()
}

/// Findings about lsk.yaml, in the page's language; one that makes it
/// unreadable names the file and line.
fn problems(case: &Case, linked: &[String], lang: Lang) -> Vec<page::FindingView> {
    let mut out: Vec<page::FindingView> = case
        .findings
        .iter()
        .map(|f| {
            let mut v = page::FindingView::of(f, lang);
            if f.rule == PARSE_ERROR {
                v.message = format!("{}:{}: {}", crate::case::CASE_FILE, f.line, v.message);
            }
            v
        })
        .collect();
    // A meetings folder, or a meeting's folder, that is a link out of the
    // case: its meetings are not read here (they are another case's), and
    // the page says so, as `lsk check` does, instead of showing the case
    // clean.
    for (name, f) in linked_out(&case.root, linked, lang) {
        let mut v = page::FindingView::of(&f, lang);
        v.message = format!("{}: {}", crate::i18n::labels::shown_path(&name), v.message);
        out.push(v);
    }
    out
}

/// The findings of what leads out of the case (`meetings_inside`'s
/// names), as `lsk check` says them.
fn linked_out(root: &Path, names: &[String], lang: Lang) -> Vec<(String, Finding)> {
    names
        .iter()
        .filter_map(|name| {
            let mut sink = crate::finding::Sink::new(root.join(name), None, lang);
            sink.error(PARSE_ERROR, 1, crate::finding::Msg::link_out());
            let f = sink.findings.pop()?;
            Some((name.clone(), f))
        })
        .collect()
}

fn case_response(
    st: &AppState,
    q: &LangQuery,
    id: &str,
    root: &Path,
    stamp: u64,
    note: Option<&str>,
) -> Result<String, String> {
    // Which folder this is, looked at before anything in it is read: what
    // was kept of a folder of the same name before is not this case's.
    let folder = crate::fsutil::folder_identity(root);
    let case = Case::load(root, st.lang);
    // While lsk.yaml cannot be read, the language it was last read in.
    let (details, good_lang) = st.good.case(&case, folder);
    let lang = q
        .get()
        .or(st.lang)
        .or(good_lang)
        .unwrap_or_else(|| lang_of(st, q, Some(&case)));
    let mut details = details;
    if let Some(words) = born_in_words(lang, root) {
        details.born = Some(words);
    }
    let (scanned, linked) = scan(st, root, root, &case, true, folder);
    let view = CaseView {
        details,
        problems: problems(&case, &linked, lang),
    };
    let case_last_good = good_lang.is_some();
    let from_good = &scanned.from_good;
    let rows: Vec<MeetingRow> = scanned
        .meetings
        .iter()
        .map(|m| {
            let dir = meeting_dir_name(&m.file);
            // The copies' readers by name, read only where there is a copy.
            let copies = if m.rendered.iter().any(|(n, _)| n.split('.').count() > 2) {
                Path::new(&m.file)
                    .parent()
                    .map(|d| page::copy_names(lang, root, &root.join(d)))
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            MeetingRow {
                href: page::meeting_href(id, &dir),
                dir: if page::addressable(&dir) {
                    dir.clone()
                } else {
                    page::meeting_name(lang, &dir, None)
                },
                name: dir,
                date: m.date.as_deref().map(|d| shown_date(lang, d)),
                // The kind as the documents name it, in the page's language.
                kind: m.kind.as_deref().map(|k| {
                    crate::model::Kind::parse(k).map_or_else(
                        || k.to_owned(),
                        |kind| crate::i18n::labels::kind_label(lang, kind).to_owned(),
                    )
                }),
                phase: m.phase,
                errors: m.errors,
                warnings: m.warnings,
                memo_due: m.memo_due,
                unreadable: m.unreadable.as_ref().map(|f| why(f, &m.file, lang)),
                last_good: from_good.contains(&m.file),
                docs: m
                    .rendered
                    .iter()
                    .map(|(name, status)| DocStatus {
                        name: document_title(lang, name, &copies),
                        status,
                    })
                    .collect(),
            }
        })
        .collect();
    let open = &scanned.open;
    // The disclosure log, in words; a line that cannot be read is shown
    // with its number, and a log that cannot be read at all says so.
    let (disclosures, disclosures_broken) = match crate::disclosure::read(root) {
        Ok(log) => (
            log.entries
                .iter()
                .map(|e| {
                    let mut w = e.in_words(lang);
                    if let Some(m) = rows.iter().find(|r| r.name == e.meeting) {
                        w.meeting = match (&m.date, &m.kind) {
                            (Some(d), Some(k)) => format!("{d} {k}"),
                            _ => m.dir.clone(),
                        };
                    } else if !page::addressable(&w.meeting) {
                        w.meeting = page::meeting_name(lang, &w.meeting, None);
                    }
                    w
                })
                .collect::<Vec<_>>(),
            log.broken
                .iter()
                .map(|b| format!("{}:{}", crate::disclosure::LOG_FILE, b.line))
                .collect::<Vec<_>>(),
        ),
        Err(e) => (
            Vec::new(),
            vec![format!("{}: {e}", crate::disclosure::LOG_FILE)],
        ),
    };
    page::render_html(
        "case.html",
        lang,
        q,
        minijinja::context! {
            case => minijinja::Value::from(minijinja::value::Serde(&view)),
            case_last_good => case_last_good,
            note => note,
            meetings => minijinja::Value::from(minijinja::value::Serde(&rows)),
            actions => minijinja::Value::from(minijinja::value::Serde(&action_rows(open, lang, |_| id.to_owned()))),
            live => stamp,
            new_href => format!("/c/{id}/new"),
            edit_case_href => format!("/c/{id}/details"),
            history_href => format!("/c/{id}/history"),
            csrf => st.csrf.clone(),
            disclosures => minijinja::Value::from(minijinja::value::Serde(&disclosures)),
            disclosures_broken => disclosures_broken,
        },
    )
}

/// Cases read at once for the team's summary: every core busy, and memory
/// bounded by the batch, not the team (each case is folded into its
/// summary). Also how many cases outside the window a page reads itself
/// rather than wait for the background.
const BATCH: usize = 64;

/// Cases in one window of the team page.
const WINDOW: usize = 100;

/// Overdue actions the team page lists (the most overdue, team-wide).
const TOP: usize = 20;

/// Overdue actions in one window of the team's list of all of them.
const ACTIONS_WINDOW: usize = 100;

/// What the team page keeps between requests: a few numbers a case,
/// whatever its meetings, and nothing else per case. The summaries are a
/// list in the order of the list of cases (`live::Listing`, whose folders
/// they are not copied from), the children's names one text side by side:
/// 64 bytes and a name a case, none of it allocated on its own (a small
/// allocation made while every core reads the files would pin the pages
/// of the memory the reading freed).
#[derive(Default)]
pub struct TeamKept {
    /// The list of cases the summaries are in the order of.
    of: Option<Arc<super::live::Listing>>,
    /// Each case's summary, by its place in `of`.
    sums: Vec<Option<Packed>>,
    /// The children's names, one after the other.
    names: String,
    /// Bytes of `names` no summary names any more.
    dropped: usize,
    /// The overdue actions of the cases the last team page listed them
    /// from (a few cases: those with the most overdue), as read at a
    /// change count on a day.
    late: HashMap<PathBuf, (u64, jiff::civil::Date, Vec<Action>)>,
}

/// A case's summary as kept ([`TeamKept`]).
struct Packed {
    /// The change count it was made at, and the day.
    at: u64,
    today: jiff::civil::Date,
    /// The case folder it was read from: nothing of it is taken for a
    /// folder of the same name made since.
    folder: Option<Folder>,
    /// The child's name: where it starts in [`TeamKept::names`] and its
    /// length; [`NO_NAME`] for none.
    child: (u32, u32),
    meetings: u32,
    counts: Tally,
    /// Only for a case with a file that cannot be read.
    rare: Option<Box<Rare>>,
}

const NO_NAME: u32 = u32::MAX;

/// What a case with a file that cannot be read keeps beside its counts.
#[derive(Clone, Default)]
struct Rare {
    /// Its files that cannot be read, each named from the team folder.
    unreadable: Vec<(String, Finding)>,
    /// Its meetings that cannot be read now, by file, with their share of
    /// the counts as last read: they keep their place in the counts.
    held: Vec<(String, Tally)>,
}

impl TeamKept {
    /// Keep the summaries in the order of `listing` from now on, unless
    /// they are in the order of a later one; the summaries of cases no
    /// longer listed are forgotten.
    fn adopt(&mut self, listing: &Arc<super::live::Listing>) {
        if let Some(of) = &self.of
            && (Arc::ptr_eq(of, listing) || of.made > listing.made)
        {
            return;
        }
        let mut sums: Vec<Option<Packed>> = Vec::with_capacity(listing.roots.len());
        let mut old = std::mem::take(&mut self.sums);
        for root in &listing.roots {
            // Both lists are in `Path`'s order; a case not found (never,
            // were either not) is read again, never taken for another.
            let at = self
                .of
                .as_ref()
                .and_then(|of| of.roots.binary_search(root).ok());
            sums.push(at.and_then(|j| old.get_mut(j)).and_then(Option::take));
        }
        for gone in old.iter().flatten() {
            if gone.child.1 != NO_NAME {
                self.dropped += gone.child.1 as usize;
            }
        }
        self.sums = sums;
        self.of = Some(Arc::clone(listing));
        self.late
            .retain(|root, _| listing.roots.binary_search(root).is_ok());
        self.compact();
    }

    /// Where the summary of case `i` of `listing` is kept.
    fn slot(&self, listing: &super::live::Listing, i: usize) -> Option<usize> {
        let of = self.of.as_ref()?;
        if std::ptr::eq(&**of, listing) {
            return (i < self.sums.len()).then_some(i);
        }
        of.roots.binary_search(listing.roots.get(i)?).ok()
    }

    /// The summary of case `i` of `listing`, if there is one.
    fn get(&self, listing: &super::live::Listing, i: usize) -> Option<&Packed> {
        self.slot(listing, i)
            .and_then(|j| self.sums.get(j))
            .and_then(Option::as_ref)
    }

    fn child(&self, p: &Packed) -> Option<&str> {
        let (at, len) = p.child;
        if len == NO_NAME {
            return None;
        }
        self.names.get(at as usize..(at + len) as usize)
    }

    /// A kept summary as read.
    fn summary(&self, p: &Packed) -> Summary {
        let rare = p.rare.as_deref().cloned().unwrap_or_default();
        Summary {
            at: p.at,
            today: p.today,
            folder: p.folder,
            child: self.child(p).map(str::to_owned),
            meetings: p.meetings,
            counts: p.counts,
            unreadable: rare.unreadable,
            held: rare.held,
        }
    }

    /// Keep `s` as the summary at place `j`.
    fn put(&mut self, j: usize, s: Summary) {
        let Some(slot) = self.sums.get_mut(j) else {
            return;
        };
        let old = slot.take();
        let same = old.as_ref().is_some_and(|o| {
            let (at, len) = o.child;
            match &s.child {
                None => len == NO_NAME,
                Some(c) => {
                    len != NO_NAME && self.names.get(at as usize..(at + len) as usize) == Some(c)
                }
            }
        });
        let child = match (&s.child, old) {
            (_, Some(o)) if same => o.child,
            (child, old) => {
                if let Some(o) = old
                    && o.child.1 != NO_NAME
                {
                    self.dropped += o.child.1 as usize;
                }
                match child
                    .as_ref()
                    .map(|c| (u32::try_from(self.names.len()), u32::try_from(c.len()), c))
                {
                    Some((Ok(at), Ok(len), c))
                        if len != NO_NAME && at.checked_add(len).is_some() =>
                    {
                        self.names.push_str(c);
                        (at, len)
                    }
                    _ => (0, NO_NAME),
                }
            }
        };
        let rare = (!s.unreadable.is_empty() || !s.held.is_empty()).then(|| {
            Box::new(Rare {
                unreadable: s.unreadable,
                held: s.held,
            })
        });
        if let Some(slot) = self.sums.get_mut(j) {
            *slot = Some(Packed {
                at: s.at,
                today: s.today,
                folder: s.folder,
                child,
                meetings: s.meetings,
                counts: s.counts,
                rare,
            });
        }
        self.compact();
    }

    /// Once most of the names are of cases gone or renamed, they are
    /// written out again without them.
    fn compact(&mut self) {
        if self.dropped <= 4096 || self.dropped * 2 <= self.names.len() {
            return;
        }
        let mut names =
            String::with_capacity(self.names.len() - self.dropped.min(self.names.len()));
        for p in self.sums.iter_mut().flatten() {
            let (at, len) = p.child;
            if len == NO_NAME {
                continue;
            }
            p.child = match (
                self.names.get(at as usize..(at + len) as usize),
                u32::try_from(names.len()),
            ) {
                (Some(name), Ok(new)) => {
                    names.push_str(name);
                    (new, len)
                }
                _ => (0, NO_NAME),
            };
        }
        self.names = names;
        self.dropped = 0;
    }

    /// No room kept beyond what is used (after the whole team was read).
    fn settle(&mut self) {
        self.names.shrink_to_fit();
        self.sums.shrink_to_fit();
    }
}

/// One case as the team page needs it: small and the same size whatever
/// the number of its meetings and actions (the files that cannot be read,
/// and the last good counts of its meetings that cannot, are few). Kept
/// as a [`Packed`].
#[derive(Clone)]
struct Summary {
    /// The change count it was made at, and the day.
    at: u64,
    today: jiff::civil::Date,
    /// The case folder it was read from (looked at before it was read).
    folder: Option<Folder>,
    child: Option<String>,
    meetings: u32,
    counts: Tally,
    /// Its files that cannot be read, each named from the team folder.
    unreadable: Vec<(String, Finding)>,
    /// Its meetings that cannot be read now, by file, with their share of
    /// the counts as last read: they keep their place in the counts.
    held: Vec<(String, Tally)>,
}

/// A count as kept: a case with more than four thousand million of
/// anything is counted as that many.
fn n32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Counts of a case, or one meeting's share of them.
#[derive(Clone, Copy, Default)]
struct Tally {
    errors: u32,
    warnings: u32,
    open: u32,
    overdue: u32,
    /// The earliest due date of its overdue actions.
    earliest: Option<jiff::civil::Date>,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.errors = self.errors.saturating_add(o.errors);
        self.warnings = self.warnings.saturating_add(o.warnings);
        self.open = self.open.saturating_add(o.open);
        self.overdue = self.overdue.saturating_add(o.overdue);
        self.earliest = match (self.earliest, o.earliest) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
}

fn due_date(a: &Action) -> Option<jiff::civil::Date> {
    a.due.as_deref().and_then(|d| d.trim().parse().ok())
}

/// The order of actions within a case: by due date (undated last), then
/// meeting.
fn by_due(actions: &mut [Action]) {
    actions.sort_by(|a, b| {
        (a.due.is_none(), &a.due, &a.meeting).cmp(&(b.due.is_none(), &b.due, &b.meeting))
    });
}

impl Good {
    /// How many times the team's summary was gathered in full.
    pub fn gathered(&self) -> u64 {
        self.gathered.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// Read one case of the team: its summary, made at change count `stamp`,
/// and its overdue actions (by due date), which the caller keeps only if
/// the page lists them. A meeting that cannot be read keeps its share of
/// the counts as last read: from the case's page where it was opened
/// (with its actions), otherwise from the case's summary before (all
/// that the summary counted less what its other meetings count now).
fn read_case(
    st: &AppState,
    listing: &super::live::Listing,
    i: usize,
    stamp: u64,
) -> (Summary, Vec<Action>) {
    let root = &listing.roots[i];
    // Which folder this is, looked at before anything in it is read: what
    // was kept of another folder of the same name (another child's case,
    // moved away) is not this one's.
    let folder = crate::fsutil::folder_identity(root);
    let case = Case::load(root, st.lang);
    let name = crate::paths::relative(root, &st.root);
    let old = st
        .good
        .team
        .lock()
        .ok()
        .and_then(|t| t.get(listing, i).map(|p| t.summary(p)))
        .filter(|o| folder.is_some() && o.folder == folder);
    let mut unreadable: Vec<(String, Finding)> = case
        .findings
        .iter()
        .filter(|f| f.rule == PARSE_ERROR)
        .map(|f| (format!("{name}/{}", crate::case::CASE_FILE), f.clone()))
        .collect();
    // While lsk.yaml cannot be read, the child as last read.
    let child = if unreadable.is_empty() {
        case.child_name.clone()
    } else {
        old.as_ref().and_then(|o| o.child.clone()).or_else(|| {
            st.good.cases.lock().ok().and_then(|c| {
                c.get(root)
                    .filter(|(of, _, _)| Some(*of) == folder)
                    .and_then(|(_, d, _)| d.child.clone())
            })
        })
    };
    let mut target = case_target(root);
    target.base = st.root.clone();
    // Nothing through a link out of the case; what leads out is named as
    // a file that cannot be read, as the case page does.
    let (inside, out) = meetings_inside(root, std::mem::take(&mut target.meetings));
    target.meetings = inside;
    for (rel, f) in linked_out(root, &out, case.lang) {
        unreadable.push((format!("{name}/{rel}"), f));
    }
    let scan = follow::scan_case(&target, &case, &options(st));
    // The case page's last good rows of this case, where it was opened.
    let page_kept: HashMap<PathBuf, Kept> = if scan.meetings.iter().all(|m| m.readable) {
        HashMap::new()
    } else {
        st.good
            .meetings
            .lock()
            .ok()
            .and_then(|m| {
                m.get(root)
                    .filter(|(of, _)| Some(*of) == folder)
                    .map(|(_, kept)| kept.clone())
            })
            .unwrap_or_default()
    };
    let mut counts = Tally::default();
    let mut late: Vec<Action> = Vec::new();
    let mut held: Vec<(String, Tally)> = Vec::new();
    // Meetings that cannot be read, with nothing of them kept but the
    // case's summary before.
    let mut unknown: Vec<String> = Vec::new();
    for state in &scan.meetings {
        if state.readable {
            continue;
        }
        if let Some(f) = &state.unreadable {
            unreadable.push((state.file.clone(), f.clone()));
        }
        let from_page = page_kept.get(&st.root.join(&state.file));
        let from_old = old
            .as_ref()
            .and_then(|o| o.held.iter().find(|(f, _)| *f == state.file));
        if let Some(kept) = from_page {
            let share = &kept.share;
            let mut overdue = share.overdue.clone();
            for a in &mut overdue {
                // Named as the team page names them.
                a.file = Arc::from(state.file.as_str());
            }
            let tally = Tally {
                errors: n32(share.errors),
                warnings: n32(share.warnings),
                open: n32(share.open),
                overdue: n32(overdue.len()),
                earliest: overdue.iter().filter_map(due_date).min(),
            };
            late.extend(overdue);
            counts.add(&tally);
            held.push((state.file.clone(), tally));
        } else if let Some((_, tally)) = from_old {
            counts.add(tally);
            held.push((state.file.clone(), *tally));
        } else {
            unknown.push(state.file.clone());
        }
    }
    for a in scan.actions.iter().filter(|a| !a.done) {
        counts.open = counts.open.saturating_add(1);
        if a.overdue {
            counts.overdue = counts.overdue.saturating_add(1);
            late.push(a.clone());
        }
    }
    counts.earliest = late
        .iter()
        .filter_map(due_date)
        .chain(counts.earliest)
        .min();
    for state in scan.meetings.iter().filter(|m| m.readable) {
        counts.errors = counts.errors.saturating_add(n32(state.errors));
        counts.warnings = counts.warnings.saturating_add(n32(state.warnings));
    }
    for file in &unknown {
        let state = scan.meetings.iter().find(|m| m.file == *file);
        let mut tally = Tally {
            errors: state.map_or(0, |m| n32(m.errors)),
            warnings: state.map_or(0, |m| n32(m.warnings)),
            ..Tally::default()
        };
        // Read well in the summary before: its share is what that summary
        // counted less what the case's other meetings count now.
        if let Some(o) = old
            .as_ref()
            .filter(|o| !o.unreadable.iter().any(|(f, _)| f == file))
        {
            let rest = counts;
            tally = Tally {
                errors: o
                    .counts
                    .errors
                    .saturating_sub(rest.errors)
                    .max(tally.errors),
                warnings: o
                    .counts
                    .warnings
                    .saturating_sub(rest.warnings)
                    .max(tally.warnings),
                open: o.counts.open.saturating_sub(rest.open),
                overdue: o.counts.overdue.saturating_sub(rest.overdue),
                earliest: o.counts.earliest,
            };
            if tally.overdue == 0 {
                tally.earliest = None;
            }
        }
        counts.add(&tally);
        held.push((file.clone(), tally));
    }
    by_due(&mut late);
    let summary = Summary {
        at: stamp,
        today: st.today(),
        folder,
        child,
        meetings: n32(scan.meetings.len()),
        counts,
        unreadable,
        held,
    };
    (summary, late)
}

/// Read the cases `which` of `roots` (in batches, every core busy) and
/// keep their summaries; the overdue actions of each are handed back.
fn read_cases(
    st: &AppState,
    listing: &Arc<super::live::Listing>,
    which: &[usize],
    stamp: u64,
) -> HashMap<usize, Vec<Action>> {
    let mut out = HashMap::new();
    for batch in which.chunks(BATCH) {
        let done: Vec<(usize, Summary, Vec<Action>)> = batch
            .par_iter()
            .map(|&i| {
                let (s, late) = read_case(st, listing, i, stamp);
                (i, s, late)
            })
            .collect();
        let mut late_ones = Vec::new();
        if let Ok(mut team) = st.good.team.lock() {
            team.adopt(listing);
            for (i, s, late) in done {
                if let Some(j) = team.slot(listing, i)
                    && team
                        .sums
                        .get(j)
                        .is_some_and(|o| o.as_ref().is_none_or(|o| o.at <= s.at))
                {
                    team.put(j, s);
                }
                if !late.is_empty() {
                    late_ones.push((i, late));
                }
            }
        }
        out.extend(late_ones);
    }
    out
}

/// Which of `roots` have no summary made since anything below them last
/// changed, on this day (all of them when the counter does not follow
/// the files).
fn stale(
    st: &AppState,
    listing: &Arc<super::live::Listing>,
    today: jiff::civil::Date,
) -> Vec<usize> {
    let roots = &listing.roots;
    let changed = st.live.last_change_below(roots);
    let Ok(mut team) = st.good.team.lock() else {
        return (0..roots.len()).collect();
    };
    team.adopt(listing);
    (0..roots.len())
        .filter(|&i| {
            let fresh = team.get(listing, i).is_some_and(|s| {
                s.today == today && changed.as_ref().is_some_and(|c| c[i] <= s.at)
            });
            !fresh
        })
        .collect()
}

/// Gather the team's summary in the background (one thread at a time),
/// until every case's is up to date; then give back what reading freed
/// and say so on `/live`. The server calls it at its start, so that the
/// summary is usually ready when the first page is asked for.
pub fn gather(st: &Arc<AppState>) {
    use std::sync::atomic::Ordering;
    if crate::case::is_case_root(&st.root) || st.good.gathering.swap(true, Ordering::SeqCst) {
        return;
    }
    let state = Arc::clone(st);
    let started = std::thread::Builder::new()
        .name("lsk-serve-team".into())
        .spawn(move || {
            let st = state;
            loop {
                let stamp = st.live.changes();
                let listing = super::live::listing(&st);
                let todo = stale(&st, &listing, st.today());
                if todo.is_empty() || !st.live.fresh() {
                    break;
                }
                for batch in todo.chunks(BATCH) {
                    // A page being made goes first (for at most a second).
                    for _ in 0..200 {
                        if st.good.asking.load(Ordering::SeqCst) == 0 {
                            break;
                        }
                        std::thread::sleep(std::time::Duration::from_millis(5));
                    }
                    read_cases(&st, &listing, batch, stamp);
                }
            }
            forget_gone(&st);
            super::give_back_memory();
            st.good.gathering.store(false, Ordering::SeqCst);
            st.good.gathered.fetch_add(1, Ordering::SeqCst);
        });
    if started.is_err() {
        st.good.gathering.store(false, Ordering::SeqCst);
    }
}

/// Summaries of cases no longer listed are forgotten, and no room is kept
/// beyond what the summaries use.
fn forget_gone(st: &AppState) {
    let listing = super::live::listing(st);
    if let Ok(mut team) = st.good.team.lock() {
        team.adopt(&listing);
        team.settle();
    }
}

/// A number from the address; anything else is 0.
fn number(text: Option<&str>) -> usize {
    text.and_then(|t| t.trim().parse().ok()).unwrap_or(0)
}

/// A word of the pages with `{name}`s filled in.
fn fill(lang: Lang, key: &str, values: &[(&str, usize)]) -> String {
    let mut text = crate::i18n::serve::word(lang, key).to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), &value.to_string());
    }
    text
}

/// A case named on the team page, with its page.
#[derive(Serialize)]
struct CaseLink {
    name: String,
    href: String,
}

/// The link to another window of the team page.
#[derive(Serialize)]
struct Step {
    href: String,
    label: String,
}

fn team_response(
    st: &Arc<AppState>,
    q: &LangQuery,
    w: &WindowQuery,
    stamp: u64,
) -> Result<(String, bool), String> {
    let _asking = Asking::new(&st.good.asking);
    let listing = super::live::listing(st);
    let roots = &listing.roots;
    let lang = lang_of(st, q, None);
    let today = st.today();
    let total = roots.len();
    // The language chosen is kept by the window links.
    let keep_lang = q
        .get()
        .map(|l| format!("&lang={}", l.as_str()))
        .unwrap_or_default();
    let overdue_page = w.overdue.is_some();
    let from = if overdue_page {
        0
    } else {
        (number(w.from.as_deref()).min(total.saturating_sub(1)) / WINDOW) * WINDOW
    };
    let window = if overdue_page {
        0..0
    } else {
        from..(from + WINDOW).min(total)
    };
    // What is not up to date: the window's cases are read now; the rest
    // too when they are few (a change in one case), otherwise in the
    // background while this page says so.
    let todo = stale(st, &listing, today);
    let outside = todo.iter().filter(|i| !window.contains(i)).count();
    let complete = outside <= BATCH || !st.live.fresh();
    let now: Vec<usize> = if complete {
        todo
    } else {
        todo.into_iter().filter(|i| window.contains(i)).collect()
    };
    let mut late = read_cases(st, &listing, &now, stamp);
    if !complete {
        gather(st);
    }
    // Read and up to date: all but the cases left to the background.
    let read = total - if complete { 0 } else { outside };
    let (rows, elsewhere, sums_overdue) = {
        let team = st.good.team.lock().map_err(|e| e.to_string())?;
        let rows: Vec<CaseRow> = window
            .clone()
            .filter_map(|i| {
                team.get(&listing, i)
                    .map(|p| case_row(st, &roots[i], &team.summary(p), lang))
            })
            .collect();
        // Cases outside the window that cannot be read are named on
        // every window: a hidden error is worse than a long page.
        let elsewhere: Vec<CaseLink> = roots
            .iter()
            .enumerate()
            .filter(|(i, _)| !window.contains(i))
            .filter(|(i, _)| {
                team.get(&listing, *i)
                    .is_some_and(|p| p.rare.as_ref().is_some_and(|r| !r.unreadable.is_empty()))
            })
            .map(|(_, r)| CaseLink {
                name: crate::i18n::labels::shown_path(&crate::paths::relative(r, &st.root)),
                href: format!("/c/{}", page::case_id(st, r)),
            })
            .collect();
        let overdue: Vec<(usize, Option<jiff::civil::Date>)> = (0..roots.len())
            .map(|i| {
                team.get(&listing, i).map_or((0, None), |s| {
                    (s.counts.overdue as usize, s.counts.earliest)
                })
            })
            .collect();
        (rows, elsewhere, overdue)
    };
    let overdue_total: usize = sums_overdue.iter().map(|(n, _)| n).sum();
    let actions: Vec<(usize, Action)> = if !complete {
        Vec::new()
    } else if overdue_page {
        overdue_window(
            st,
            &listing,
            &sums_overdue,
            number(w.overdue.as_deref()),
            stamp,
            &mut late,
        )
    } else {
        most_overdue(st, &listing, &sums_overdue, stamp, &mut late)
    };
    if now.len() > BATCH {
        // Many cases were read: what reading them freed goes back.
        super::give_back_memory();
    }
    if complete {
        forget_gone(st);
    }
    let action_rows: Vec<ActionRow> = actions
        .iter()
        .map(|(i, a)| {
            let id = page::case_id(st, &roots[*i]);
            let mut row = action_rows(std::slice::from_ref(a), lang, |_| id.clone());
            row.remove(0)
        })
        .collect();
    // Folders that look like cases but are not read are named, as a
    // team's `lsk check` names them: never silently left out.
    let skipped: Vec<page::FindingView> = listing
        .skipped
        .iter()
        .map(|f| {
            let mut v = page::FindingView::of(f, lang);
            v.message = format!(
                "{}: {}",
                crate::i18n::labels::shown_path(&f.shown),
                v.message
            );
            v
        })
        .collect();
    let step = |key: &str, href: String| Step {
        href,
        label: crate::i18n::serve::word(lang, key).to_owned(),
    };
    let (shown_text, prev, next) = if overdue_page {
        let at = (number(w.overdue.as_deref()).min(overdue_total.saturating_sub(1))
            / ACTIONS_WINDOW)
            * ACTIONS_WINDOW;
        let last = (at + ACTIONS_WINDOW).min(overdue_total);
        (
            (overdue_total > 0).then(|| {
                fill(
                    lang,
                    "overdue_window",
                    &[("first", at + 1), ("last", last), ("total", overdue_total)],
                )
            }),
            (at > 0).then(|| {
                step(
                    "overdue_prev",
                    format!("/?overdue={}{keep_lang}", at - ACTIONS_WINDOW),
                )
            }),
            (last < overdue_total)
                .then(|| step("overdue_next", format!("/?overdue={last}{keep_lang}"))),
        )
    } else {
        (
            (total > WINDOW).then(|| {
                fill(
                    lang,
                    "team_window",
                    &[("first", from + 1), ("last", window.end), ("total", total)],
                )
            }),
            (from > 0).then(|| step("team_prev", format!("/?from={}{keep_lang}", from - WINDOW))),
            (window.end < total)
                .then(|| step("team_next", format!("/?from={}{keep_lang}", window.end))),
        )
    };
    let unreadable_text = match elsewhere.len() {
        0 => None,
        1 => Some(crate::i18n::serve::word(lang, "cases_unreadable_one").to_owned()),
        n => Some(fill(lang, "cases_unreadable", &[("n", n)])),
    };
    let overdue_text =
        (complete && !overdue_page && overdue_total > action_rows.len()).then(|| {
            fill(
                lang,
                "overdue_total",
                &[("total", overdue_total), ("shown", action_rows.len())],
            )
        });
    let gathering_text =
        (!complete).then(|| fill(lang, "gathering", &[("read", read), ("total", total)]));
    let html = page::render_html(
        "team.html",
        lang,
        q,
        minijinja::context! {
            overdue_page => overdue_page,
            cases => minijinja::Value::from(minijinja::value::Serde(&rows)),
            shown_text => shown_text,
            prev => minijinja::Value::from(minijinja::value::Serde(&prev)),
            next => minijinja::Value::from(minijinja::value::Serde(&next)),
            elsewhere => minijinja::Value::from(minijinja::value::Serde(&elsewhere)),
            unreadable_text => unreadable_text,
            actions => minijinja::Value::from(minijinja::value::Serde(&action_rows)),
            overdue_text => overdue_text,
            all_overdue_href => format!("/?overdue=0{keep_lang}"),
            team_href => format!("/{}", keep_lang.replacen('&', "?", 1)),
            gathering_text => gathering_text,
            gathered => st.good.gathered(),
            csrf => st.csrf.clone(),
            skipped => minijinja::Value::from(minijinja::value::Serde(&skipped)),
            live => stamp,
        },
    )?;
    Ok((html, complete))
}

/// A case's row on the team page, from its summary.
fn case_row(st: &AppState, root: &Path, s: &Summary, lang: Lang) -> CaseRow {
    CaseRow {
        name: crate::i18n::labels::shown_path(&crate::paths::relative(root, &st.root)),
        href: format!("/c/{}", page::case_id(st, root)),
        child: s.child.clone(),
        meetings: s.meetings as usize,
        errors: s.counts.errors as usize,
        warnings: s.counts.warnings as usize,
        open: s.counts.open as usize,
        overdue: s.counts.overdue as usize,
        unreadable: s
            .unreadable
            .iter()
            .map(|(file, f)| why(f, file, lang))
            .collect(),
    }
}

/// The overdue actions of case `i` (by due date): read just now, kept
/// from the last page while nothing below the case changed, or read now.
fn case_late(
    st: &AppState,
    listing: &Arc<super::live::Listing>,
    i: usize,
    stamp: u64,
    changed: Option<&Vec<u64>>,
    late: &mut HashMap<usize, Vec<Action>>,
) -> Vec<Action> {
    if let Some(a) = late.get(&i) {
        return a.clone();
    }
    let today = st.today();
    let kept = st.good.team.lock().ok().and_then(|t| {
        t.late
            .get(&listing.roots[i])
            .filter(|(at, day, _)| *day == today && changed.is_some_and(|c| c[i] <= *at))
            .map(|(_, _, a)| a.clone())
    });
    if let Some(a) = kept {
        return a;
    }
    let got = read_cases(st, listing, &[i], stamp)
        .remove(&i)
        .unwrap_or_default();
    late.insert(i, got.clone());
    got
}

/// The team's most overdue actions ([`TOP`], by due date, then case and
/// meeting), read only from the cases whose earliest overdue dates come
/// first; the actions of those cases are kept for the next page.
fn most_overdue(
    st: &AppState,
    listing: &Arc<super::live::Listing>,
    sums: &[(usize, Option<jiff::civil::Date>)],
    stamp: u64,
    late: &mut HashMap<usize, Vec<Action>>,
) -> Vec<(usize, Action)> {
    let roots = &listing.roots;
    let changed = st.live.last_change_below(roots);
    let mut order: Vec<(Option<jiff::civil::Date>, usize)> = sums
        .iter()
        .enumerate()
        .filter(|(_, (n, _))| *n > 0)
        .map(|(i, (_, e))| (*e, i))
        .collect();
    // Undated (cannot be, for an overdue action) last.
    order.sort_by_key(|(e, i)| (e.is_none(), *e, *i));
    let mut got: Vec<(usize, Action)> = Vec::new();
    let mut used: Vec<(usize, Vec<Action>)> = Vec::new();
    for (earliest, i) in order {
        // Every action of case i comes after (earliest, i) in the list's
        // order: once that is past the TOPth found, no case left can add
        // one (however many cases share the same earliest date).
        if got.len() >= TOP {
            let (j, cut) = &got[TOP - 1];
            let cut = due_date(cut);
            if (earliest.is_none(), earliest, i) > (cut.is_none(), cut, *j) {
                break;
            }
        }
        let actions = case_late(st, listing, i, stamp, changed.as_ref(), late);
        got.extend(actions.iter().cloned().map(|a| (i, a)));
        used.push((i, actions));
        got.sort_by(|(i, a), (j, b)| {
            let (da, db) = (due_date(a), due_date(b));
            (da.is_none(), da, *i, &a.meeting).cmp(&(db.is_none(), db, *j, &b.meeting))
        });
        got.truncate(TOP);
    }
    let today = st.today();
    if let Ok(mut team) = st.good.team.lock() {
        team.late = used
            .into_iter()
            .map(|(i, a)| (roots[i].clone(), (stamp, today, a)))
            .collect();
    }
    got
}

/// The team's overdue actions from the `at`th, [`ACTIONS_WINDOW`] of them,
/// in the order of the cases (and by due date within a case): only the
/// cases that hold them are read.
fn overdue_window(
    st: &AppState,
    listing: &Arc<super::live::Listing>,
    sums: &[(usize, Option<jiff::civil::Date>)],
    at: usize,
    stamp: u64,
    late: &mut HashMap<usize, Vec<Action>>,
) -> Vec<(usize, Action)> {
    let total: usize = sums.iter().map(|(n, _)| n).sum();
    let at = (at.min(total.saturating_sub(1)) / ACTIONS_WINDOW) * ACTIONS_WINDOW;
    let end = at + ACTIONS_WINDOW;
    let changed = st.live.last_change_below(&listing.roots);
    let mut out = Vec::new();
    let mut first = 0;
    for (i, (n, _)) in sums.iter().enumerate() {
        let (start, stop) = (first, first + n);
        first = stop;
        if *n == 0 || stop <= at {
            continue;
        }
        if start >= end {
            break;
        }
        let actions = case_late(st, listing, i, stamp, changed.as_ref(), late);
        let skip = at.saturating_sub(start);
        let take = end.min(stop) - start.max(at);
        out.extend(actions.into_iter().skip(skip).take(take).map(|a| (i, a)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::live::Listing;

    fn listing(names: &[&str], made: u64) -> Arc<Listing> {
        Arc::new(Listing {
            roots: names
                .iter()
                .map(|n| PathBuf::from(format!("/t/{n}")))
                .collect(),
            skipped: Vec::new(),
            made,
        })
    }

    fn summary(child: Option<&str>, errors: u32) -> Summary {
        Summary {
            at: 1,
            today: jiff::civil::date(2026, 11, 22),
            folder: None,
            child: child.map(str::to_owned),
            meetings: 5,
            counts: Tally {
                errors,
                ..Tally::default()
            },
            unreadable: Vec::new(),
            held: Vec::new(),
        }
    }

    #[test]
    fn a_kept_summary_is_small() {
        assert!(std::mem::size_of::<Option<Packed>>() <= 64);
    }

    #[test]
    fn summaries_follow_the_list_of_cases() {
        let mut team = TeamKept::default();
        let first = listing(&["a", "b", "c"], 1);
        team.adopt(&first);
        team.put(0, summary(Some("Aino"), 1));
        team.put(1, summary(None, 2));
        team.put(2, summary(Some("Cecilia"), 3));
        let got = |team: &TeamKept, l: &Listing, i| {
            team.get(l, i)
                .map(|p| (team.child(p).map(str::to_owned), p.counts.errors))
        };
        assert_eq!(got(&team, &first, 0), Some((Some("Aino".into()), 1)));
        assert_eq!(got(&team, &first, 1), Some((None, 2)));
        // A case added between, one removed: each summary stays its case's.
        let second = listing(&["a", "aa", "c"], 2);
        // An older listing read through the newer one's order, by path.
        team.adopt(&second);
        assert_eq!(got(&team, &second, 0), Some((Some("Aino".into()), 1)));
        assert_eq!(got(&team, &second, 1), None);
        assert_eq!(got(&team, &second, 2), Some((Some("Cecilia".into()), 3)));
        assert_eq!(got(&team, &first, 2), Some((Some("Cecilia".into()), 3)));
        assert_eq!(got(&team, &first, 1), None);
        // A listing older than the one kept does not reorder them.
        team.adopt(&first);
        assert_eq!(got(&team, &second, 0), Some((Some("Aino".into()), 1)));
        // A name changed is the new one; the old ones are written out once
        // most of the text is of names no longer used.
        for n in 0..2000 {
            team.put(0, summary(Some(&format!("Aino {n}")), n));
        }
        assert_eq!(
            got(&team, &second, 0),
            Some((Some("Aino 1999".into()), 1999))
        );
        assert_eq!(got(&team, &second, 2), Some((Some("Cecilia".into()), 3)));
        assert!(team.names.len() < 4096 * 3, "{}", team.names.len());
    }
}
