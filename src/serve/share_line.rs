//! The quiet line on every page of `lsk serve` in a team's repository:
//! something to share, something to get, a choice waiting ([`strip`]).
//! What the server knows of its repository and its server, noted once at
//! the start; the server fetches in the background at most every
//! [`FETCH_EVERY`], never while a page waits. Below the pages: every page
//! (`page::render_html`) shows the line, and the sharing pages
//! (`serve::sync`) use the same repository and the one network lock.

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::AppState;
use crate::i18n::sync::counts as counts_words;
use crate::model::Lang;
use crate::repo::Repo;
use crate::repo::sync::{self as repo_sync, Upstream};

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
pub(super) static NET: Mutex<()> = Mutex::new(());

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
pub(super) fn waiting(dir: Option<&std::path::Path>) -> bool {
    dir.and_then(repo_sync::pending_in)
        .is_some_and(|p| !p.choices.is_empty())
}

/// A sync has just fetched: the background waits a whole
/// [`FETCH_EVERY`] again.
pub(super) fn fetched_now() {
    if let Some(shared) = SHARED.get()
        && let Ok(mut s) = shared.lock()
    {
        s.last_fetch = Some(Instant::now());
    }
}
