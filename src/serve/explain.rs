//! A rule's explanation, the text `lsk explain RULE` prints.

use std::sync::Arc;

use axum::extract::{Path as UrlPath, Query, State};
use axum::response::Response;

use super::AppState;
use super::page::{self, LangQuery, lang_of};

pub async fn page(
    State(st): State<Arc<AppState>>,
    UrlPath(rule): UrlPath<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let case =
        crate::case::is_case_root(&st.root).then(|| crate::case::Case::load(&st.root, st.lang));
    let lang = lang_of(&st, &q, case.as_ref());
    match crate::help::explain(&rule, lang) {
        Some(text) => page::render(
            "explain.html",
            lang,
            &q,
            minijinja::context! { rule => rule, text => page::markdown(text) },
        ),
        None => page::not_found_in(lang),
    }
}
