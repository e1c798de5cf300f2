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
    dir: String,
    href: String,
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
    meeting_href: String,
    /// Where the "done" button posts (the action's case).
    done_href: String,
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

pub async fn home(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    uri: axum::http::Uri,
) -> Response {
    cached(&st, &uri, |stamp| {
        if crate::case::is_case_root(&st.root) {
            case_response(&st, &q, "0", &st.root, stamp, None)
        } else {
            team_response(&st, &q, stamp)
        }
    })
}

/// A case or team page as last made, while no file changed since (the
/// change count open pages poll, live.rs); made anew otherwise. `make` is
/// given the count read before anything on disk is: a change while the
/// page is made shows on the next request, and reloads the open page.
fn cached(
    st: &AppState,
    uri: &axum::http::Uri,
    make: impl FnOnce(u64) -> Result<String, String>,
) -> Response {
    use axum::response::{Html, IntoResponse};
    // The quiet line about sharing (sync.rs) is part of the page too.
    let key = format!("{} {} {uri}", st.today(), super::sync::stamp());
    let stamp = st.live.changes();
    if st.live.fresh()
        && let Ok(pages) = st.pages.lock()
        && let Some((at, html)) = pages.get(&key)
        && *at == stamp.to_string()
    {
        return Html(html.clone()).into_response();
    }
    match make(stamp) {
        Ok(html) => {
            if let Ok(mut pages) = st.pages.lock() {
                pages.insert(key, (stamp.to_string(), html.clone()));
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
            case_response(&st, &q, &id, &root, stamp, note.as_deref())
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

/// The last good state of what the case and team pages show: each meeting
/// as last read (its share of its case's counts; its row and open actions
/// once a case page has shown it), each case's lsk.yaml as last read.
/// While a file cannot be read (a save half done, a merge conflict), its
/// row shows this with the error beside it, not a blank.
#[derive(Default)]
pub struct Good {
    /// By case folder, then by meeting.md (its whole path): a case's
    /// map is made anew from each reading, so a meeting removed is forgotten.
    meetings: Mutex<HashMap<PathBuf, HashMap<PathBuf, Kept>>>,
    cases: Mutex<HashMap<PathBuf, (Details, Lang)>>,
    /// Each case's row on the team page as last made: shown again while
    /// nothing below the case changed (the watcher says where).
    rows: Mutex<HashMap<PathBuf, Row>>,
}

/// A team page row as made at a change count, in a language, on a day.
struct Row {
    at: u64,
    lang: Lang,
    today: jiff::civil::Date,
    row: CaseRow,
    late: Vec<Action>,
}

/// What is kept of a meeting that was read: small for the team page
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
    fn settle(&self, root: &Path, base: &Path, scan: follow::CaseScan, rows: bool) -> Settled {
        let mut out = Settled {
            meetings: Vec::with_capacity(scan.meetings.len()),
            open: Vec::new(),
            shares: Vec::with_capacity(scan.meetings.len()),
            from_good: Vec::new(),
        };
        let mut old = self
            .meetings
            .lock()
            .map(|mut m| m.remove(root).unwrap_or_default())
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
        if let Ok(mut m) = self.meetings.lock() {
            m.insert(root.to_path_buf(), known);
        }
        // The case page's order: by due date (undated last), then meeting.
        out.open.sort_by(|a, b| {
            (a.due.is_none(), &a.due, &a.meeting).cmp(&(b.due.is_none(), &b.due, &b.meeting))
        });
        out
    }

    /// The case's details, remembered when lsk.yaml was read; when it
    /// cannot be read now, the last good ones and their language.
    fn case(&self, case: &Case) -> (Details, Option<Lang>) {
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
        if !unreadable_case(case) {
            known.insert(case.root.clone(), (details.clone(), case.lang));
            return (details, None);
        }
        match known.get(&case.root) {
            Some((good, lang)) => (good.clone(), Some(*lang)),
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
        at: format!("{file}:{}", f.line),
        message: text.message,
        help: text.help,
    }
}

/// One case's meetings and agreed actions from one pass over its meetings
/// (each meeting.md read, parsed and checked once), with the last good
/// state of each meeting that cannot be read now. `base` names the files;
/// `rows`: for the case page (see [`Good::settle`]).
fn scan(st: &AppState, root: &Path, base: &Path, case: &Case, rows: bool) -> Settled {
    let mut target = case_target(root);
    target.base = base.to_path_buf();
    // Nothing through a link out of the case.
    target.meetings = meetings_inside(root, std::mem::take(&mut target.meetings));
    let scanned = follow::scan_case(&target, case, &options(st));
    st.good.settle(root, base, scanned, rows)
}

/// The meeting folders of the case at `root` that lie inside it, links
/// resolved: a real folder in a real `meetings/` folder is inside by where
/// it is (one `lstat`); a link is resolved (`fsutil::inside`).
fn meetings_inside(root: &Path, meetings: Vec<PathBuf>) -> Vec<PathBuf> {
    let Ok(real_root) = root.canonicalize() else {
        return Vec::new();
    };
    let plain = root
        .join(crate::case::MEETINGS_DIR)
        .canonicalize()
        .is_ok_and(|d| d == real_root.join(crate::case::MEETINGS_DIR));
    meetings
        .into_iter()
        .filter(|m| {
            (plain && m.symlink_metadata().is_ok_and(|md| md.is_dir()))
                || crate::fsutil::inside(m, root)
        })
        .collect()
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
    let text = crate::case::source::read_text(&root.join(crate::case::CASE_FILE)).ok()?;
    let node = crate::case::yaml::parse(&text).ok()?;
    let born = node.get("child")?.get("born")?.scalar()?.trim().to_owned();
    let day = crate::date::parse_born(&born)?;
    Some(match born.len() {
        4 => day.year().to_string(),
        7 => crate::i18n::dates::month_year(lang, day.year(), day.month()),
        _ => crate::i18n::dates::date(lang, day),
    })
}

/// Where an action's case's pages are: `/c/{id}`.
fn case_href_of(st: &AppState, a: &Action) -> String {
    let root = if &*a.case == "." {
        st.root.clone()
    } else {
        st.root.join(&*a.case)
    };
    format!("/c/{}", page::case_id(st, &root))
}

fn action_rows(
    actions: &[Action],
    lang: Lang,
    case_href: impl Fn(&Action) -> String,
) -> Vec<ActionRow> {
    actions
        .iter()
        .map(|a| ActionRow {
            meeting_title: page::meeting_name(lang, &a.meeting, None),
            meeting_href: format!("{}/m/{}", case_href(a), a.meeting),
            done_href: format!("{}/done", case_href(a)),
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
fn problems(case: &Case, lang: Lang) -> Vec<page::FindingView> {
    case.findings
        .iter()
        .map(|f| {
            let mut v = page::FindingView::of(f, lang);
            if f.rule == PARSE_ERROR {
                v.message = format!("{}:{}: {}", crate::case::CASE_FILE, f.line, v.message);
            }
            v
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
    let case = Case::load(root, st.lang);
    // While lsk.yaml cannot be read, the language it was last read in.
    let (details, good_lang) = st.good.case(&case);
    let lang = q
        .get()
        .or(st.lang)
        .or(good_lang)
        .unwrap_or_else(|| lang_of(st, q, Some(&case)));
    let mut details = details;
    if let Some(words) = born_in_words(lang, root) {
        details.born = Some(words);
    }
    let view = CaseView {
        details,
        problems: problems(&case, lang),
    };
    let case_last_good = good_lang.is_some();
    let scanned = scan(st, root, root, &case, true);
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
                href: format!("/c/{id}/m/{dir}"),
                dir,
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
                    if let Some(m) = rows.iter().find(|r| r.dir == e.meeting) {
                        w.meeting = match (&m.date, &m.kind) {
                            (Some(d), Some(k)) => format!("{d} {k}"),
                            _ => m.dir.clone(),
                        };
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
            actions => minijinja::Value::from(minijinja::value::Serde(&action_rows(open, lang, |_| format!("/c/{id}")))),
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

/// Cases scanned at once on the team page: every core busy, and memory
/// bounded by the batch, not the team (each case is folded into its row).
const BATCH: usize = 64;

fn team_response(st: &AppState, q: &LangQuery, stamp: u64) -> Result<String, String> {
    let listing = super::live::listing(st);
    let roots = &listing.roots;
    let lang = lang_of(st, q, None);
    let mut rows: Vec<CaseRow> = Vec::with_capacity(roots.len());
    let mut overdue: Vec<Action> = Vec::new();
    // One pass over every meeting of every case, as `lsk list` and `lsk
    // actions` over a team folder: each case named from the team folder.
    // A case in which nothing changed since its row was made keeps it:
    // after an editor's save the page reads one case, not the team.
    let today = st.today();
    let changed = st.live.last_change_below(roots);
    let mut kept: Vec<Option<(CaseRow, Vec<Action>)>> = match (st.good.rows.lock(), changed) {
        (Ok(known), Some(changed)) => roots
            .iter()
            .zip(changed)
            .map(|(root, changed)| {
                known
                    .get(root)
                    .filter(|r| r.lang == lang && r.today == today && changed <= r.at)
                    .map(|r| (r.row.clone(), r.late.clone()))
            })
            .collect(),
        _ => vec![None; roots.len()],
    };
    let all: Vec<usize> = (0..roots.len()).filter(|i| kept[*i].is_none()).collect();
    for batch in all.chunks(BATCH) {
        let done: Vec<(usize, (CaseRow, Vec<Action>))> = batch
            .par_iter()
            .map(|&i| (i, team_row(st, &roots[i], lang)))
            .collect();
        if let Ok(mut known) = st.good.rows.lock() {
            for (i, (row, late)) in &done {
                known.insert(
                    roots[*i].clone(),
                    Row {
                        at: stamp,
                        lang,
                        today,
                        row: row.clone(),
                        late: late.clone(),
                    },
                );
            }
        }
        for (i, made) in done {
            kept[i] = Some(made);
        }
    }
    if let Ok(mut known) = st.good.rows.lock() {
        // Cases no longer there are forgotten.
        let there: std::collections::HashSet<&PathBuf> = roots.iter().collect();
        known.retain(|root, _| there.contains(root));
    }
    for (row, late) in kept.into_iter().flatten() {
        rows.push(row);
        overdue.extend(late);
    }
    if all.len() > BATCH {
        // Many cases were read: what reading them freed goes back.
        super::give_back_memory();
    }
    // Folders that look like cases but are not read are named, as a
    // team's `lsk check` names them: never silently left out.
    let skipped: Vec<page::FindingView> = listing
        .skipped
        .iter()
        .map(|f| {
            let mut v = page::FindingView::of(f, lang);
            v.message = format!("{}: {}", f.shown, v.message);
            v
        })
        .collect();
    page::render_html(
        "team.html",
        lang,
        q,
        minijinja::context! {
            cases => minijinja::Value::from(minijinja::value::Serde(&rows)),
            actions => minijinja::Value::from(minijinja::value::Serde(&action_rows(&overdue, lang, |a| case_href_of(st, a)))),
            csrf => st.csrf.clone(),
            skipped => minijinja::Value::from(minijinja::value::Serde(&skipped)),
            live => stamp,
        },
    )
}

/// One case of a team as its row (counts from the one pass) and its
/// overdue actions; nothing else of it is kept.
fn team_row(st: &AppState, root: &Path, lang: Lang) -> (CaseRow, Vec<Action>) {
    let case = Case::load(root, st.lang);
    let name = crate::paths::relative(root, &st.root);
    let (details, _) = st.good.case(&case);
    let mut unreadable: Vec<Why> = case
        .findings
        .iter()
        .filter(|f| f.rule == PARSE_ERROR)
        .map(|f| why(f, &format!("{name}/{}", crate::case::CASE_FILE), lang))
        .collect();
    let scanned = scan(st, root, &st.root, &case, false);
    let mut row = CaseRow {
        href: format!("/c/{}", page::case_id(st, root)),
        child: details.child,
        meetings: scanned.meetings.len(),
        errors: 0,
        warnings: 0,
        open: 0,
        overdue: 0,
        unreadable: Vec::new(),
        name,
    };
    for m in &scanned.meetings {
        if let Some(f) = &m.unreadable {
            unreadable.push(why(f, &m.file, lang));
        }
    }
    row.unreadable = unreadable;
    let mut late = Vec::new();
    for share in scanned.shares {
        row.errors += share.errors;
        row.warnings += share.warnings;
        row.open += share.open;
        row.overdue += share.overdue.len();
        late.extend(share.overdue);
    }
    late.sort_by(|a, b| {
        (a.due.is_none(), &a.due, &a.meeting).cmp(&(b.due.is_none(), &b.due, &b.meeting))
    });
    (row, late)
}
