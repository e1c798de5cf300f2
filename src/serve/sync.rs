//! Sharing with the team from the browser: the quiet line on every page
//! (something to share, something to get; [`strip`]), the button "Share
//! and get changes" (`POST /sync`), and the page where the worker chooses,
//! side by side, for a field she and a colleague both changed (`GET
//! /sync`, `POST /sync/choose`). The work is `repo::sync`'s, run off the
//! page's thread; the server fetches in the background at most every
//! [`FETCH_EVERY`], never while a page waits.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::page::{self, LangQuery, lang_of};
use super::posted::{self, forbidden};
use crate::case::Case;
use crate::i18n::serve::word;
use crate::i18n::sync::{counts as counts_words, merge_message};
use crate::model::Lang;
use crate::repo::Repo;
use crate::repo::sync::{self as repo_sync, Decision, Upstream};

/// How often the server asks the team's server for news.
pub const FETCH_EVERY: Duration = Duration::from_secs(60);

/// What the server knows of its repository, for every page.
struct Shared {
    repo: Repo,
    /// lsk's folder in the git folder (`.git/lsk`): where a choice waits.
    dir: Option<PathBuf>,
    up: Upstream,
    csrf: String,
    last_fetch: Option<Instant>,
    fetching: bool,
}

static SHARED: OnceLock<Mutex<Shared>> = OnceLock::new();

/// One git with the network at a time from this server: the background
/// fetch and the button's sync would otherwise race for the same refs.
static NET: Mutex<()> = Mutex::new(());

/// Note the served folder's repository and its server, if it has both
/// (called once when `lsk serve` starts): from then on every page shows
/// whether there is something to share or to get.
pub fn start(st: &AppState) {
    let Some(repo) = Repo::find(&st.root) else {
        return;
    };
    let Ok(up) = repo_sync::upstream(&repo) else {
        return;
    };
    let _ = SHARED.set(Mutex::new(Shared {
        dir: repo_sync::lsk_dir(&repo),
        repo,
        up,
        csrf: st.csrf.clone(),
        last_fetch: None,
        fetching: false,
    }));
}

/// The quiet line of every page: what there is to share and to get, the
/// button, and whether a choice waits. `None` outside a repository with a
/// server. Starts a fetch in the background when the last is older than
/// [`FETCH_EVERY`].
#[derive(Serialize)]
pub struct Strip {
    text: String,
    csrf: String,
    pending: bool,
    busy: bool,
}

pub fn strip(lang: Lang) -> Option<Strip> {
    let shared = SHARED.get()?;
    let (repo, up, csrf, busy, dir) = {
        let mut s = shared.lock().ok()?;
        let due = s.last_fetch.is_none_or(|t| t.elapsed() >= FETCH_EVERY);
        if due && !s.fetching {
            s.fetching = true;
            s.last_fetch = Some(Instant::now());
            let (repo, up) = (s.repo.clone(), s.up.clone());
            std::thread::spawn(move || {
                if let Ok(_one) = NET.lock() {
                    let _ = repo_sync::fetch(&repo, &up);
                }
                if let Some(shared) = SHARED.get()
                    && let Ok(mut s) = shared.lock()
                {
                    s.fetching = false;
                }
            });
        }
        (
            s.repo.clone(),
            s.up.clone(),
            s.csrf.clone(),
            s.fetching,
            s.dir.clone(),
        )
    };
    let c = repo_sync::counts(&repo, &up);
    Some(Strip {
        text: counts_words(lang, c.to_share, c.to_get),
        csrf,
        pending: waiting(dir.as_deref()),
        busy,
    })
}

/// What the quiet line would say now, as a key for the pages kept
/// (`case_page::cached`): "" outside a repository with a server.
pub fn stamp() -> String {
    let Some((repo, up, dir)) = SHARED.get().and_then(|s| {
        s.lock()
            .ok()
            .map(|s| (s.repo.clone(), s.up.clone(), s.dir.clone()))
    }) else {
        return String::new();
    };
    let c = repo_sync::counts(&repo, &up);
    format!("{}/{}/{}", c.to_share, c.to_get, waiting(dir.as_deref()))
}

/// Whether a choice waits (`.git/lsk/sync.json` with fields in it).
fn waiting(dir: Option<&std::path::Path>) -> bool {
    dir.and_then(repo_sync::pending_in)
        .is_some_and(|p| !p.choices.is_empty())
}

/// What a sync said, kept for the page it redirects to.
#[derive(Clone)]
struct Said {
    text: String,
    ok: bool,
}

#[derive(Deserialize, Default)]
pub struct SyncQuery {
    lang: Option<String>,
    done: Option<String>,
}

#[derive(Serialize)]
struct ChoiceView {
    n: usize,
    meeting: String,
    field: String,
    mine: String,
    theirs: String,
    colleague: String,
    writable: bool,
    /// Whom it is kept from whichever is chosen, said in words.
    kept: String,
}

/// The served folder's language: `?lang=`, `--lang`, the case's.
fn lang_here(st: &AppState, q: &LangQuery) -> Lang {
    let case = crate::case::is_case_root(&st.root).then(|| Case::load(&st.root, st.lang));
    lang_of(st, q, case.as_ref())
}

/// `GET /sync`: what there is to share and to get, the outcome of the
/// last press of the button, and the fields waiting for her choice.
pub async fn page(State(st): State<Arc<AppState>>, Query(sq): Query<SyncQuery>) -> Response {
    let q = LangQuery { lang: sq.lang };
    let lang = lang_here(&st, &q);
    let Some(repo) = Repo::find(&st.root) else {
        return page::message(
            StatusCode::NOT_FOUND,
            lang,
            &crate::i18n::sync::say(lang, crate::i18n::sync::SyncSay::NotInGit),
        );
    };
    let said: Option<Said> = sq
        .done
        .as_deref()
        .and_then(|id| posted::get(&st, "/sync", id));
    let choices: Vec<ChoiceView> = repo_sync::pending(&repo)
        .map(|p| p.choices)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let kind = None;
            let show = |v: &serde_json::Value| {
                crate::hetu::mask(&super::form::readable(
                    &repo_sync::from_json(v),
                    lang,
                    &c.field,
                    kind,
                ))
                .into_owned()
            };
            ChoiceView {
                n,
                meeting: meeting_name(lang, &c.path),
                field: repo_sync::field_name(lang, &c.field),
                mine: show(&c.mine),
                theirs: show(&c.theirs),
                colleague: crate::hetu::mask(&c.colleague).into_owned(),
                writable: c.writable(),
                kept: {
                    let who = repo_sync::kept_from_words(lang, c);
                    if who.is_empty() {
                        who
                    } else {
                        crate::i18n::sync::say(
                            lang,
                            crate::i18n::sync::SyncSay::KeptWhichever(&who),
                        )
                    }
                },
            }
        })
        .collect();
    let status = repo_sync::upstream(&repo)
        .ok()
        .map(|up| {
            let c = repo_sync::counts(&repo, &up);
            counts_words(lang, c.to_share, c.to_get)
        })
        .unwrap_or_else(|| crate::i18n::sync::say(lang, crate::i18n::sync::SyncSay::NoRemote));
    page::render(
        "sync.html",
        lang,
        &q,
        minijinja::context! {
            status => status,
            said => said.as_ref().map(|s| s.text.lines().map(str::to_owned).collect::<Vec<_>>()),
            said_ok => said.as_ref().is_some_and(|s| s.ok),
            choices => minijinja::Value::from(minijinja::value::Serde(&choices)),
            csrf => st.csrf.clone(),
        },
    )
}

/// A meeting's day and kind from its meeting.md's path, or the file.
fn meeting_name(lang: Lang, path: &str) -> String {
    match path.strip_suffix("/meeting.md") {
        Some(dir) => {
            let name = dir.rsplit('/').next().unwrap_or(dir);
            page::meeting_name(lang, name, None)
        }
        // A case's lsk.yaml: its details, with the case's folder.
        None => match path.strip_suffix("lsk.yaml") {
            Some(dir) => {
                let case = dir.trim_end_matches('/');
                let details = word(lang, "case_details");
                if case.is_empty() {
                    details.to_owned()
                } else {
                    format!("{details} ({case})")
                }
            }
            None => path.to_owned(),
        },
    }
}

#[derive(Deserialize)]
pub struct ShareForm {
    csrf: String,
}

/// `POST /sync`: share and get, then 303 to the page saying what happened.
pub async fn share(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    Form(form): Form<ShareForm>,
) -> Response {
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return forbidden();
    }
    run_and_show(st, q).await
}

/// Run the sync off the page's thread and redirect to its outcome.
async fn run_and_show(st: Arc<AppState>, q: LangQuery) -> Response {
    let lang = lang_here(&st, &q);
    let root: PathBuf = st.root.clone();
    let said = tokio::task::spawn_blocking(move || {
        let Some(repo) = Repo::find(&root) else {
            return Said {
                text: crate::i18n::sync::say(lang, crate::i18n::sync::SyncSay::NotInGit),
                ok: false,
            };
        };
        let lsk = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("lsk"));
        let _one = NET.lock();
        let report = repo_sync::sync(
            &repo,
            &repo_sync::Options {
                lsk,
                merge_message: merge_message(lang).into(),
                lang,
            },
        );
        Said {
            ok: report.outcome == repo_sync::Outcome::Done,
            text: repo_sync::said(lang, &report),
        }
    })
    .await
    .unwrap_or_else(|_| Said {
        text: word(lang, "sync_failed").to_owned(),
        ok: false,
    });
    if let Some(shared) = SHARED.get()
        && let Ok(mut s) = shared.lock()
    {
        s.last_fetch = Some(Instant::now());
    }
    match posted::keep(&st, "/sync", said) {
        Ok(id) => posted::see_other("/sync", &[("done", &id)], &q, None),
        Err(_) => posted::see_other("/sync", &[], &q, None),
    }
}

/// `POST /sync/choose`: the worker's choice for every field both changed
/// (`c0=mine|theirs|own`, `own0=TEXT`), recorded, then the sync again,
/// which merges with them. A choice missing keeps the others and asks.
pub async fn choose(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let get = |k: &str| form.iter().find(|(x, _)| x == k).map(|(_, v)| v.as_str());
    if !super::guard::csrf_ok(&st, get("csrf").unwrap_or("")) {
        return forbidden();
    }
    let lang = lang_here(&st, &q);
    let Some(repo) = Repo::find(&st.root) else {
        return page::not_found_in(lang);
    };
    let Some(pending) = repo_sync::pending(&repo) else {
        return posted::see_other("/sync", &[], &q, None);
    };
    let mut decisions = Vec::new();
    let mut missing = false;
    for (n, c) in pending.choices.iter().enumerate() {
        let d = match get(&format!("c{n}")) {
            Some("mine") => Some(Decision::Mine),
            Some("theirs") => Some(Decision::Theirs),
            Some("own") if c.writable() => {
                let text = get(&format!("own{n}")).unwrap_or("").replace("\r\n", "\n");
                Some(Decision::Own(text))
            }
            _ => None,
        };
        match d {
            Some(d) => decisions.push((c.path.clone(), c.field.clone(), d)),
            None => missing = true,
        }
    }
    // Her own words are recorded before anything else runs: never lost.
    if let Err(_e) = repo_sync::choose(&repo, &decisions) {
        return page::message(StatusCode::CONFLICT, lang, word(lang, "sync_failed"));
    }
    if missing {
        let said = Said {
            text: word(lang, "sync_choose_each").to_owned(),
            ok: false,
        };
        return match posted::keep(&st, "/sync", said) {
            Ok(id) => posted::see_other("/sync", &[("done", &id)], &q, None),
            Err(_) => posted::see_other("/sync", &[], &q, None),
        };
    }
    run_and_show(st, q).await
}
