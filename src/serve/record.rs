//! Every save of the browser is a commit when the case is in git
//! (`repo::commit`): the record made after a write, and what it did said
//! in the saved notice (`?saved=ID`: the words kept for the page, as
//! drafts are kept, `posted.rs`).

use std::path::PathBuf;

use super::AppState;
use super::page::LangQuery;
use super::posted;
use crate::case::Case;
use crate::repo::commit::{Outcome, What, record};

/// What a commit did, said on the page a save redirects to.
#[derive(Clone)]
pub struct Said(pub String);

/// Record what a save wrote; what happened.
pub fn after_save(st: &AppState, case: &Case, what: &What, paths: &[PathBuf]) -> Outcome {
    record(case, what, paths, st.commit)
}

/// The answer to a save: 303 to `page?saved=…`, carrying the words of
/// what the record did when there is something to tell.
pub fn saved(
    st: &AppState,
    page: &str,
    outcome: &Outcome,
    case: &Case,
    q: &LangQuery,
) -> axum::response::Response {
    let lang = q.get().unwrap_or(case.lang);
    let id = outcome
        .say(lang, true)
        .and_then(|text| posted::keep(st, page, Said(text)).ok());
    posted::see_other(page, &[("saved", id.as_deref().unwrap_or("1"))], q, None)
}

/// The words kept under `?saved=ID` for `page`.
pub fn said(st: &AppState, page: &str, id: Option<&str>) -> Option<String> {
    posted::get::<Said>(st, page, id?).map(|s| s.0)
}
