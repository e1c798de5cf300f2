//! The search page: the cases and meetings of the served folder in which
//! every word she typed begins a word (`search::Index`), each linking to
//! its page. The index is made at the first search — the page's script
//! asks for an empty one when the search box is first entered, so it is
//! made while she types her first letters — and not before: a server
//! whose worker never searches holds no index. It is kept in the server
//! and brought up to date from the change counter (live.rs): after a
//! change, only the cases below which something changed are looked at
//! again, and of those only the files whose size or time moved are read.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::page::{self, LangQuery, lang_of};
use crate::model::Lang;
use crate::search::{Found, Hit, Index, Place, Refused};

/// Results shown on one page: more are counted, not listed.
pub const SHOWN: usize = 50;

/// `?q=` (what she typed) and `?lang=`.
#[derive(Deserialize, Default)]
pub struct SearchQuery {
    pub q: Option<String>,
    pub lang: Option<String>,
}

/// The index kept by a server, with the change count it was brought to.
#[derive(Default)]
pub struct Kept {
    at: Option<u64>,
    index: Index,
}

/// One result as the page shows it.
#[derive(Serialize)]
struct Row {
    href: String,
    child: String,
    /// The meeting's date and kind in words; `None` for the case itself.
    meeting: Option<String>,
    places: String,
}

/// Search the served folder's index, brought up to date first.
fn search(st: &AppState, query: &str) -> Result<Found, Refused> {
    let stamp = st.live.changes();
    let listing = super::live::listing(st);
    let Ok(mut kept) = st.search.lock() else {
        return Ok(Found::default());
    };
    let current = st.live.fresh() && kept.at == Some(stamp);
    if !current {
        let changed = match kept.at {
            Some(at) => st
                .live
                .last_change_below(&listing.roots)
                .map(|c| c.into_iter().map(|n| n > at).collect::<Vec<bool>>()),
            None => None,
        };
        // Without a watcher's places (polling, or the first time) every
        // case is looked at; only the files that changed are read.
        let first = kept.at.is_none();
        kept.index
            .update(&listing.roots, |i| changed.as_ref().is_none_or(|c| c[i]));
        kept.at = Some(stamp);
        if first {
            // What the threads read the files into goes back to the
            // system: only the index stays.
            super::give_back_memory();
        }
    }
    kept.index.search(query, SHOWN)
}

/// A meeting's date and kind as the case page names them.
fn meeting_words(lang: Lang, date: Option<&str>, kind: Option<crate::model::Kind>) -> String {
    let date = date.map(|d| {
        d.parse::<jiff::civil::Date>()
            .map_or_else(|_| d.to_owned(), |d| crate::i18n::dates::date(lang, d))
    });
    let kind = kind.map(|k| crate::i18n::labels::kind_label(lang, k).to_owned());
    match (date, kind) {
        (Some(d), Some(k)) => format!("{d}, {k}"),
        (Some(d), None) => d,
        (None, Some(k)) => k,
        (None, None) => "—".to_owned(),
    }
}

fn row(st: &AppState, lang: Lang, hit: &Hit) -> Row {
    let id = page::case_id(st, &hit.root);
    let kind = hit.meeting.as_ref().and_then(|m| m.kind);
    let places: Vec<String> = hit
        .places
        .iter()
        .map(|p: &Place| p.label(lang, kind))
        .collect();
    Row {
        // A meeting's page; its case's for a folder whose name holds an
        // identity code (it has no page, and is not searched).
        href: hit
            .meeting
            .as_ref()
            .and_then(|m| page::meeting_href(&id, &m.dir))
            .unwrap_or_else(|| format!("/c/{id}")),
        child: hit.child.clone().unwrap_or_else(|| "—".to_owned()),
        meeting: hit
            .meeting
            .as_ref()
            .map(|m| meeting_words(lang, m.date.as_deref(), m.kind)),
        places: places.join(", "),
    }
}

pub async fn page(State(st): State<Arc<AppState>>, Query(sq): Query<SearchQuery>) -> Response {
    let q = LangQuery {
        lang: sq.lang.clone(),
    };
    let lang = lang_of(&st, &q, None);
    let query = sq.q.unwrap_or_default();
    // A query as long as a page is not a search: the first 200 characters.
    let query: String = query.chars().take(200).collect();
    let words = crate::i18n::serve::word;
    let (rows, refused, count) = match search(&st, &query) {
        Ok(found) => {
            let rows: Vec<Row> = found.hits.iter().map(|h| row(&st, lang, h)).collect();
            let count = if query.trim().is_empty() {
                String::new()
            } else if found.total == 0 {
                words(lang, "search_none").to_owned()
            } else if found.total > rows.len() {
                words(lang, "search_more")
                    .replace("{n}", &found.total.to_string())
                    .replace("{shown}", &rows.len().to_string())
            } else {
                words(lang, "search_count").replace("{n}", &found.total.to_string())
            };
            (rows, None, count)
        }
        Err(Refused::IdentityCode) => (Vec::new(), Some(words(lang, "search_code")), String::new()),
    };
    page::render(
        "search.html",
        lang,
        &q,
        minijinja::context! {
            query => if refused.is_some() { String::new() } else { query },
            hits => minijinja::Value::from(minijinja::value::Serde(&rows)),
            refused => refused,
            count => count,
        },
    )
}
