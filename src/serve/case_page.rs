//! The first page: the case (child, stage, worker, meetings, open actions)
//! or, for a team folder, the cases with their counts.

use std::path::Path;
use std::sync::Arc;

use axum::extract::{Path as UrlPath, Query, State};
use axum::response::Response;

use rayon::prelude::*;
use serde::Serialize;

use super::AppState;
use super::page::{self, LangQuery, lang_of};
use crate::case::Case;
use crate::case::discover::case_target;
use crate::check::Options;
use crate::follow::{self, Action, MeetingState};
use crate::model::Lang;

#[derive(Serialize)]
struct CaseView {
    child: Option<String>,
    born: Option<String>,
    stage: Option<String>,
    worker: Option<String>,
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
    unreadable: Option<String>,
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
    meeting: String,
}

#[derive(Serialize)]
struct CaseRow {
    name: String,
    href: String,
    child: Option<String>,
    meetings: usize,
    errors: usize,
    warnings: usize,
    open: usize,
    overdue: usize,
}

pub async fn home(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    uri: axum::http::Uri,
) -> Response {
    let root = st.root.clone();
    cached(&st, &uri, &root, || {
        if crate::case::is_case_root(&st.root) {
            case_response(&st, &q, "0", &st.root)
        } else {
            team_response(&st, &q)
        }
    })
}

/// A case or team page as last made, while no file under `root` changed
/// (the same hash the open pages poll); made anew otherwise.
fn cached(
    st: &AppState,
    uri: &axum::http::Uri,
    root: &Path,
    make: impl FnOnce() -> Result<String, String>,
) -> Response {
    use axum::response::{Html, IntoResponse};
    let key = format!("{} {uri}", st.today());
    let hash = super::live::case_hash(root);
    if let Ok(pages) = st.pages.lock()
        && let Some((h, html)) = pages.get(&key)
        && *h == hash
    {
        return Html(html.clone()).into_response();
    }
    match make() {
        Ok(html) => {
            if let Ok(mut pages) = st.pages.lock() {
                pages.insert(key, (hash, html.clone()));
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
    uri: axum::http::Uri,
) -> Response {
    match page::case_at(&st, &id) {
        Some(root) => cached(&st, &uri, &root, || case_response(&st, &q, &id, &root)),
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

/// The meetings and the open actions of one case, as the list and the
/// actions commands see them.
fn state_of(st: &AppState, root: &Path, lang: Lang) -> (Vec<MeetingState>, Vec<Action>) {
    let mut target = case_target(root);
    // Nothing through a link out of the case.
    target.meetings.retain(|m| crate::fsutil::inside(m, root));
    let targets = [target];
    let meetings = follow::meetings(&targets, &options(st));
    let (actions, _) = follow::actions(&targets, st.today(), Some(lang));
    (meetings, actions.into_iter().filter(|a| !a.done).collect())
}

fn meeting_dir_name(file: &str) -> String {
    Path::new(file)
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn action_rows(actions: &[Action]) -> Vec<ActionRow> {
    actions
        .iter()
        .map(|a| ActionRow {
            action: crate::hetu::mask(&a.action).into_owned(),
            owner: a
                .owner
                .as_deref()
                .map(|o| crate::hetu::mask(o).into_owned()),
            due: a.due.clone(),
            overdue: a.overdue,
            meeting: a.meeting.to_string(),
        })
        .collect()
}

fn case_response(st: &AppState, q: &LangQuery, id: &str, root: &Path) -> Result<String, String> {
    let case = Case::load(root, st.lang);
    let lang = lang_of(st, q, Some(&case));
    let (meetings, actions) = state_of(st, root, lang);
    let rows: Vec<MeetingRow> = meetings
        .iter()
        .map(|m| {
            let dir = meeting_dir_name(&m.file);
            MeetingRow {
                href: format!("/c/{id}/m/{dir}"),
                dir,
                date: m.date.clone(),
                // The kind as the documents name it, in the page's language.
                kind: m.kind.as_deref().map(|k| {
                    crate::model::Kind::parse(k).map_or_else(
                        || k.to_owned(),
                        |kind| crate::render::context::kind_label(lang, kind).to_owned(),
                    )
                }),
                phase: m.phase,
                errors: m.errors,
                warnings: m.warnings,
                memo_due: m.memo_due,
                unreadable: m
                    .unreadable
                    .as_ref()
                    .map(|f| crate::i18n::text(lang, &f.msg).message),
                docs: m
                    .rendered
                    .iter()
                    .map(|(name, status)| DocStatus {
                        name: name.clone(),
                        status,
                    })
                    .collect(),
            }
        })
        .collect();
    let view = CaseView {
        child: case.child_name.clone(),
        born: case.born.map(|d| d.to_string()),
        stage: case.stage.map(|s| s.as_str().to_owned()),
        worker: case.responsible_worker.clone(),
        problems: case
            .findings
            .iter()
            .map(|f| page::FindingView::of(f, lang))
            .collect(),
    };
    let live = super::live::case_hash(root);
    page::render_html(
        "case.html",
        lang,
        q,
        minijinja::context! {
            case => minijinja::Value::from(minijinja::value::Serde(&view)),
            meetings => minijinja::Value::from(minijinja::value::Serde(&rows)),
            actions => minijinja::Value::from(minijinja::value::Serde(&action_rows(&actions))),
            live => live,
        },
    )
}

fn team_response(st: &AppState, q: &LangQuery) -> Result<String, String> {
    let roots = page::cases(st);
    let lang = lang_of(st, q, None);
    // One pass over every case, in parallel, as `lsk list` and `lsk
    // actions` over a team folder: each case named from the team folder.
    let targets: Vec<_> = roots
        .iter()
        .map(|root| {
            let mut t = case_target(root);
            t.base = st.root.clone();
            t.meetings.retain(|m| crate::fsutil::inside(m, root));
            t
        })
        .collect();
    let meetings = follow::meetings(&targets, &options(st));
    let (actions, _) = follow::actions(&targets, st.today(), Some(lang));
    let names: Vec<String> = roots
        .iter()
        .map(|r| crate::check::relative(r, &st.root))
        .collect();
    let mut rows: Vec<CaseRow> = roots
        .par_iter()
        .zip(&names)
        .map(|(root, name)| CaseRow {
            name: name.clone(),
            href: format!("/c/{}", page::case_id(st, root)),
            child: Case::load(root, st.lang).child_name,
            meetings: 0,
            errors: 0,
            warnings: 0,
            open: 0,
            overdue: 0,
        })
        .collect();
    let index: std::collections::HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    for m in &meetings {
        if let Some(row) = index.get(m.case.as_str()).map(|i| &mut rows[*i]) {
            row.meetings += 1;
            row.errors += m.errors;
            row.warnings += m.warnings;
        }
    }
    let mut all_actions = Vec::new();
    for a in actions.into_iter().filter(|a| !a.done) {
        if let Some(row) = index.get(&*a.case).map(|i| &mut rows[*i]) {
            row.open += 1;
            row.overdue += usize::from(a.overdue);
        }
        if a.overdue {
            all_actions.push(a);
        }
    }
    // Folders that look like cases but are not read are named, as a
    // team's `lsk check` names them: never silently left out.
    let skipped: Vec<page::FindingView> = crate::case::discover::cases_below(&st.root)
        .skipped
        .iter()
        .map(|f| {
            let mut v = page::FindingView::of(f, lang);
            v.message = format!("{}: {}", f.shown, v.message);
            v
        })
        .collect();
    let live = super::live::case_hash(&st.root);
    page::render_html(
        "team.html",
        lang,
        q,
        minijinja::context! {
            cases => minijinja::Value::from(minijinja::value::Serde(&rows)),
            actions => minijinja::Value::from(minijinja::value::Serde(&action_rows(&all_actions))),
            skipped => minijinja::Value::from(minijinja::value::Serde(&skipped)),
            live => live,
        },
    )
}
