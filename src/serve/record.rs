//! Every save of the browser is a commit when the case is in git
//! (`repo::commit`): the record made after a write, and what it did said
//! in the saved notice (`?saved=ID`: the words kept for the page, as
//! drafts are kept, `posted.rs`).

use std::path::PathBuf;
use std::sync::Arc;

use axum::Form;
use axum::body::{Body, Bytes};
use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tower::ServiceExt;

use super::AppState;
use super::page::{self, LangQuery};
use super::posted;
use crate::case::Case;
use crate::i18n::record::word as record_word;
use crate::model::Lang;
use crate::repo::commit::{Outcome, What, record};

/// `?saved=ID` of a page a save redirects to.
#[derive(serde::Deserialize, Default)]
pub struct SavedQuery {
    pub saved: Option<String>,
}

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
    let id = keep_said(st, page, outcome, lang);
    posted::see_other(page, &[("saved", id.as_deref().unwrap_or("1"))], q, None)
}

/// What `outcome` says, kept for `page`: the id for its `?saved=`.
pub fn keep_said(st: &AppState, page: &str, outcome: &Outcome, lang: Lang) -> Option<String> {
    outcome
        .say(lang, true)
        .and_then(|text| posted::keep(st, page, Said(text)).ok())
}

/// The answer to a save on a page that shows no notice otherwise (the
/// case's page): 303 to `page`, with `?saved=ID` only when the record
/// has something to tell.
pub fn back_to(
    st: &AppState,
    page: &str,
    outcome: &Outcome,
    case: &Case,
    q: &LangQuery,
) -> Response {
    let lang = q.get().unwrap_or(case.lang);
    match keep_said(st, page, outcome, lang) {
        Some(id) => posted::see_other(page, &[("saved", &id)], q, None),
        None => posted::see_other(page, &[], q, None),
    }
}

/// The words kept under `?saved=ID` for `page`.
pub fn said(st: &AppState, page: &str, id: Option<&str>) -> Option<String> {
    posted::get::<Said>(st, page, id?).map(|s| s.0)
}

/// The page that asks who makes the changes.
pub const WHO: &str = "/who";

/// A save waiting for the worker's name: the request as it came, kept in
/// memory (`posted::Drafts`) until she has said who she is, then made.
#[derive(Clone)]
struct Waiting {
    /// The path and query the save was posted to.
    target: String,
    content_type: Option<HeaderValue>,
    body: Bytes,
    /// The repository's work tree, where the name is kept.
    repo: PathBuf,
    lang: Lang,
    /// What she typed on the asking page, and why it was not taken.
    name: String,
    email: String,
    problem: Option<&'static str>,
}

/// The case a POST to `path` writes in, for the routes that write.
fn writer_case(st: &AppState, path: &str) -> Option<PathBuf> {
    if path == "/new-case" {
        return Some(st.root.clone());
    }
    let rest = path.strip_prefix("/c/")?;
    let (id, tail) = rest.split_once('/')?;
    let writes = matches!(tail, "details" | "done" | "new")
        || tail
            .strip_prefix("m/")
            .and_then(|t| t.split_once('/'))
            .is_some_and(|(_, what)| matches!(what, "edit" | "text" | "render"));
    if !writes {
        return None;
    }
    page::case_at(st, id)
}

/// Whether a posted form writes: a row added or removed (`op`), or a
/// document kept as it is (`choice=keep`), does not.
fn writes(body: &[u8]) -> bool {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).unwrap_or_default();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    get("op").is_none_or(|op| op == "save") && get("choice") != Some("keep")
}

/// Around every request: a save in a case kept in git whose worker git
/// does not know waits — kept whole, nothing typed lost — while the
/// worker is asked once who she is ([`who_page`]); then it is made.
pub async fn ask_author(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let path = req.uri().path().to_owned();
    let Some(root) = writer_case(&st, &path) else {
        return next.run(req).await;
    };
    let Some(repo) = crate::repo::commit::needs_author(&root, st.commit) else {
        return next.run(req).await;
    };
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, super::guard::MAX_BODY).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    if !writes(&bytes) {
        return next
            .run(Request::from_parts(parts, Body::from(bytes)))
            .await;
    }
    let q: LangQuery = parts
        .uri
        .query()
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let case = Case::load(&root, st.lang);
    let waiting = Waiting {
        target: parts
            .uri
            .path_and_query()
            .map_or_else(|| path.clone(), |p| p.as_str().to_owned()),
        content_type: parts.headers.get(header::CONTENT_TYPE).cloned(),
        body: bytes.clone(),
        repo: repo.root,
        lang: page::lang_of(&st, &q, Some(&case)),
        name: String::new(),
        email: String::new(),
        problem: None,
    };
    match posted::keep(&st, WHO, waiting) {
        Ok(id) => posted::see_other(WHO, &[("draft", &id)], &q, None),
        // No store: the save is made, and the notice says it was not
        // recorded (no author).
        Err(_) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct WhoQuery {
    lang: Option<String>,
    draft: Option<String>,
}

/// "Who is making the changes?": name and e-mail, once.
pub async fn who_page(State(st): State<Arc<AppState>>, Query(wq): Query<WhoQuery>) -> Response {
    let q = LangQuery {
        lang: wq.lang.clone(),
    };
    let Some(w) = wq
        .draft
        .as_deref()
        .and_then(|id| posted::get::<Waiting>(&st, WHO, id))
    else {
        let lang = page::lang_of(&st, &q, None);
        return page::message(StatusCode::NOT_FOUND, lang, record_word(lang, "who_gone"));
    };
    let lang = q.get().unwrap_or(w.lang);
    let mut resp = page::render(
        "who.html",
        lang,
        &q,
        minijinja::context! {
            w => minijinja::context! {
                title => record_word(lang, "who_title"),
                intro => record_word(lang, "who_intro"),
                name => record_word(lang, "who_name"),
                email => record_word(lang, "who_email"),
                save => record_word(lang, "who_save"),
            },
            action => WHO,
            csrf => st.csrf.clone(),
            draft => wq.draft.clone().unwrap_or_default(),
            name => w.name,
            email => w.email,
            problem => w.problem.map(|p| record_word(lang, p)),
        },
    );
    if w.problem.is_some() {
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    resp
}

#[derive(Deserialize, Default)]
pub struct WhoForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    draft: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
}

/// The name and e-mail kept in the repository's git configuration, then
/// the waiting save made as it was posted (through every check a save
/// passes) and its answer given.
pub async fn who_post(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
    Form(form): Form<WhoForm>,
) -> Response {
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return posted::forbidden();
    }
    let Some(w) = posted::get::<Waiting>(&st, WHO, &form.draft) else {
        let lang = page::lang_of(&st, &q, None);
        return page::message(StatusCode::NOT_FOUND, lang, record_word(lang, "who_gone"));
    };
    let (name, email) = (form.name.trim(), form.email.trim());
    let problem = if !crate::hetu::find(name).is_empty() || !crate::hetu::find(email).is_empty() {
        Some("who_code")
    } else if name.is_empty() || email.is_empty() {
        Some("who_missing")
    } else {
        None
    };
    if let Some(problem) = problem {
        // Asked again, with what she typed (a code never shown again).
        let coded = problem == "who_code";
        let again = Waiting {
            name: if coded {
                String::new()
            } else {
                name.to_owned()
            },
            email: if coded {
                String::new()
            } else {
                email.to_owned()
            },
            problem: Some(problem),
            ..w
        };
        return match posted::keep(&st, WHO, again) {
            Ok(id) => posted::see_other(WHO, &[("draft", &id)], &q, None),
            Err(_) => posted::forbidden(),
        };
    }
    let author = crate::repo::Author {
        name: name.to_owned(),
        email: email.to_owned(),
    };
    let repo = crate::repo::Repo {
        root: w.repo.clone(),
    };
    if let Err(e) = crate::repo::commit::set_author(&repo, &author) {
        let lang = q.get().unwrap_or(w.lang);
        let text = record_word(lang, "failed").replace("{why}", &e.to_string());
        return page::message(StatusCode::INTERNAL_SERVER_ERROR, lang, &text);
    }
    // The waiting save, made now as the browser posted it: the same
    // cookie, origin and host, through the same checks.
    let mut req = Request::post(&w.target);
    for (k, v) in &headers {
        if k != header::CONTENT_TYPE && k != header::CONTENT_LENGTH {
            req = req.header(k, v);
        }
    }
    if let Some(ct) = &w.content_type {
        req = req.header(header::CONTENT_TYPE, ct);
    }
    let Ok(req) = req.body(Body::from(w.body.clone())) else {
        return posted::forbidden();
    };
    match super::router(st.clone()).oneshot(req).await {
        Ok(resp) => resp,
        Err(never) => match never {},
    }
}
