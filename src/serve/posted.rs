//! What every form's POST shares: the hash a form carries, the refusal of
//! a form that is not this page's, an identity code named, and the answer
//! every POST gives — a redirect (303), never a page the browser would
//! post again on Back or reload.
//!
//! A POST whose answer holds what the person typed and did not save (a
//! refused save, a row added or removed, a conflict) keeps that state
//! here, in memory only, under an unguessable id; the redirect's address
//! carries the id (`?draft=ID`) and the page is made from it, with the
//! file on disk as it is then. Nothing typed is written anywhere outside
//! the case: the drafts live as long as the server, the oldest is
//! forgotten first ([`KEEP_DRAFTS`]), and a draft is shown only on the
//! page it was made for.

use std::any::Any;
use std::collections::VecDeque;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::Digest;

use super::AppState;
use super::page::LangQuery;
use crate::i18n::serve::word;
use crate::model::Lang;

/// sha256 of the file's bytes, as hex: what a form was loaded from.
pub fn hash(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A posted hash as it may be shown again: a sha256 in hex, or nothing
/// (anything else in its place, an identity code say, is never echoed).
pub fn posted_hash(h: &str) -> &str {
    if h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()) {
        h
    } else {
        ""
    }
}

/// A form whose csrf token is not this server's.
pub fn forbidden() -> Response {
    (
        StatusCode::FORBIDDEN,
        "403 Forbidden: the form is not this page's\n",
    )
        .into_response()
}

/// "An identity code in FIELD", in the page's language.
pub fn say_code(lang: Lang, field: &str) -> String {
    word(lang, "code_in_field").replace("{field}", field)
}

/// 303 to `path` with `params`, the chosen language kept (`?lang=`), and
/// the `fragment` (`row-agreed-2`) the browser scrolls to.
pub fn see_other(
    path: &str,
    params: &[(&str, &str)],
    q: &LangQuery,
    fragment: Option<&str>,
) -> Response {
    let lang = q.get().map(|l| l.as_str());
    let mut to = path.to_owned();
    let all = params
        .iter()
        .copied()
        .chain(lang.map(|l| ("lang", l)))
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>();
    if !all.is_empty() {
        to.push('?');
        to.push_str(&all.join("&"));
    }
    if let Some(f) = fragment {
        to.push('#');
        to.push_str(&encode(f));
    }
    let mut resp = StatusCode::SEE_OTHER.into_response();
    match header::HeaderValue::from_str(&to) {
        Ok(v) => {
            resp.headers_mut().insert(header::LOCATION, v);
            resp
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// A query value: letters, digits and `-_.~` as they are, the rest
/// percent-encoded (`page::encode`, as a meeting's name in its address).
fn encode(v: &str) -> String {
    super::page::encode(v)
}

/// How many unsaved forms the server keeps: far more than a person has
/// open; the oldest is forgotten first. Each is at most one request body
/// (`guard::MAX_BODY`), so the store is bounded.
pub const KEEP_DRAFTS: usize = 64;

/// The unsaved forms, newest last: id, the page it belongs to, the state.
#[derive(Default)]
pub struct Drafts {
    made: u64,
    items: VecDeque<(String, String, Box<dyn Any + Send>)>,
}

/// Keep `state` for the page at `page` (its path, `/c/X/m/Y/edit`); the
/// id for the redirect's `?draft=`.
pub fn keep<T: Any + Send>(st: &AppState, page: &str, state: T) -> Result<String, T> {
    let Ok(mut d) = st.drafts.lock() else {
        return Err(state);
    };
    d.made += 1;
    // Unguessable: from the server's secret and a counter.
    let id = hash(format!("{}:{}:{page}", st.csrf, d.made).as_bytes())[..32].to_owned();
    while d.items.len() >= KEEP_DRAFTS {
        d.items.pop_front();
    }
    d.items
        .push_back((id.clone(), page.to_owned(), Box::new(state)));
    Ok(id)
}

/// The state kept under `id` for `page`: shown again on Back and reload
/// (kept until it is the oldest of [`KEEP_DRAFTS`]).
pub fn get<T: Any + Clone>(st: &AppState, page: &str, id: &str) -> Option<T> {
    let d = st.drafts.lock().ok()?;
    d.items
        .iter()
        .find(|(i, p, _)| i == id && p == page)
        .and_then(|(_, _, s)| s.downcast_ref::<T>().cloned())
}

/// The answer to a POST whose page holds unsaved input: that state kept,
/// and a redirect to `page?PARAMS&draft=ID#fragment`; without a store (a
/// poisoned lock) the page itself, as before.
pub fn to_draft<T: Any + Send>(
    st: &AppState,
    page: &str,
    params: &[(&str, &str)],
    state: T,
    q: &LangQuery,
    fragment: Option<&str>,
    fallback: impl FnOnce(T) -> Response,
) -> Response {
    match keep(st, page, state) {
        Ok(id) => {
            let mut all = params.to_vec();
            all.push(("draft", &id));
            see_other(page, &all, q, fragment)
        }
        Err(state) => fallback(state),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_query_values() {
        assert_eq!(encode("row-agreed-2"), "row-agreed-2");
        assert_eq!(encode("a b&c"), "a%20b%26c");
    }

    #[test]
    fn posted_hash_is_hex_or_nothing() {
        let h = hash(b"x");
        assert_eq!(posted_hash(&h), h);
        assert_eq!(posted_hash("131052-308T"), "");
    }
}
