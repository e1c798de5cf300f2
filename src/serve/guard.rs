//! The security contract, around every request (docs/security.md):
//! a `Host` allow-list against DNS rebinding, the per-launch one-time
//! tokens exchanged for a cookie, `Origin` checks on every POST, request
//! bodies bounded in size and time, the launch's identity in every page
//! and form, and strict headers on every response.
//!
//! The ways in (docs/en/serve.md): the start file the browser is handed
//! (a form that posts its token to `/enter`), the printed address
//! (`/?token=`), and, for a browser without the cookie (a bookmark after a
//! restart, another browser), the page's "Open lsk again" button
//! (`/door`), which makes lsk hand the browser a new start file. A token
//! works once. The cookie is set by a response to a request the browser
//! itself counts as same-site: a token arriving from elsewhere (the
//! `file://` start file) is answered with a page of lsk's own that goes on
//! with a fresh one-time token, so that the cookie is set, and sent, in
//! the same site.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::page::{self, LangQuery};
use crate::i18n::serve::word;
use crate::model::Lang;

/// The policy of every page: nothing inline, nothing from elsewhere, never
/// in a frame.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The largest request body lsk reads (a form with a long meeting.md).
pub const MAX_BODY: usize = 4 << 20;
/// How long a request body may take to arrive.
pub const BODY_TIME: Duration = Duration::from_secs(10);
/// How long a token handed on by lsk's own page (the second step of the
/// start file's way in) stays usable.
const HOP_TIME: Duration = Duration::from_secs(60);
/// The "Open lsk again" button opens at most one new tab this often.
const DOOR_EVERY: Duration = Duration::from_secs(5);

/// Form fields that are lsk's own, not typed by the worker.
const TECHNICAL: &[&str] = &[
    "csrf", "launch", "hash", "op", "_k", "_notes", "doc", "choice", "token",
];

pub async fn guard(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let resp = check(&st, req, next).await;
    let mut resp = with_launch(&st, resp).await;
    let h = resp.headers_mut();
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // No CORS headers, ever: nothing here is for another origin.
    h.remove(header::ACCESS_CONTROL_ALLOW_ORIGIN);
    resp
}

/// Every page of lsk's own (those with live.js) carries the launch's
/// identity: its script compares it with the server's before a save.
async fn with_launch(st: &AppState, resp: Response) -> Response {
    let html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 << 20).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
    };
    let text = String::from_utf8_lossy(&bytes);
    if !text.contains("/static/live.js") {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let Some(at) = text.find("<body") else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let at = at + "<body".len();
    let out = format!(
        "{} data-launch=\"{}\"{}",
        &text[..at],
        st.launch,
        &text[at..]
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(out))
}

async fn check(st: &AppState, req: Request, next: Next) -> Response {
    let headers = req.headers();
    // DNS rebinding: a page on evil.example that resolves to 127.0.0.1
    // sends its own name as Host.
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    if !host.is_some_and(|h| allowed_host(st.port, h)) {
        return (StatusCode::MISDIRECTED_REQUEST, "421 Misdirected Request\n").into_response();
    }
    // Before a case is open (`door_lang`): asked only for the pages shown
    // without the cookie, so a signed-in request reads no lsk.yaml here.
    let browser = page::browser_lang(headers);
    let lang = || door_lang(st, browser);
    let path = req.uri().path().to_owned();
    let post = req.method() == Method::POST;
    // The style sheet holds no case data: the 401 page needs it too.
    if req.method() == Method::GET && path == "/static/style.css" {
        return next.run(req).await;
    }
    // The start file's way in: its token, posted.
    if post && path == "/enter" {
        let headers = req.headers().clone();
        let (_, pairs) = match read_form(req).await {
            Ok(read) => read,
            Err(resp) => return *resp,
        };
        let token = value(&pairs, "token").unwrap_or_default();
        return exchange(st, &headers, token, "/", true, lang());
    }
    // The printed address's way in: its token in the address.
    if let Some(token) = req.uri().query().and_then(|q| query_value(q, "token")) {
        // Never a protocol-relative `//elsewhere` (or `/\\elsewhere`, which
        // browsers read the same) as the next address.
        let to = if path.starts_with("//") || !path.starts_with('/') || path.contains('\\') {
            "/"
        } else {
            path.as_str()
        };
        let cross = !matches!(
            headers.get("sec-fetch-site").map(HeaderValue::as_bytes),
            None | Some(b"same-origin" | b"none")
        );
        return exchange(st, headers, token, to, cross, lang());
    }
    // "Open lsk again": a new start file for the browser, never a cookie.
    if post && path == "/door" {
        if !same_origin(st.port, headers) {
            return forbidden();
        }
        return door(st, lang());
    }
    if !has_session(st, headers) {
        // A form from an earlier launch (lsk restarted since the page was
        // opened): nothing is written, and what was typed is shown back.
        if post && same_origin(st.port, headers) {
            return match read_form(req).await {
                Ok((_, pairs)) => kept(lang(), &pairs, true),
                Err(resp) => *resp,
            };
        }
        return unauthorised(lang(), StatusCode::UNAUTHORIZED);
    }
    if req.method() != Method::GET && req.method() != Method::HEAD && !same_origin(st.port, headers)
    {
        return forbidden();
    }
    st.seen();
    if req.method() == Method::GET && path == "/launch" {
        return launch(st);
    }
    if post {
        let (parts, bytes, pairs) = match read_body(req).await {
            Ok(read) => read,
            Err(resp) => return *resp,
        };
        // Posted from a page of another launch: refused, the text kept.
        let other = |key: &str, ours: &str| {
            value(&pairs, key).is_some_and(|v| !same(v.as_bytes(), ours.as_bytes()))
        };
        if other("launch", &st.launch) || (other("csrf", &st.csrf) && !form_lang_only(&pairs)) {
            return kept(lang_of_page(st, &parts), &pairs, false);
        }
        return next
            .run(Request::from_parts(parts, Body::from(bytes)))
            .await;
    }
    next.run(req).await
}

/// The language of the pages shown without the cookie ("not signed in", a
/// used start address, "Open lsk again", a form from an earlier launch):
/// `--lang`; else the language the folder's own pages are in, from
/// lsk.yaml (the case's `language`; in a team folder, the one all its
/// cases name); only then the browser's (`Accept-Language`), else the
/// machine's. A Finnish worker's case answers in Finnish whatever the
/// browser is set to. Nothing of a case but that language is told.
fn door_lang(st: &AppState, browser: Option<Lang>) -> Lang {
    st.lang
        .or_else(|| folder_lang(st))
        .or(browser)
        .unwrap_or_else(|| crate::i18n::locale_lang(None))
}

/// The served folder's language as lsk.yaml names it: a case's own, or the
/// one every case of a team names (none when they differ or one names
/// none). The answer is kept until a file changes, so that a tab polling
/// without the cookie does not read lsk.yaml (every case's, in a team)
/// on each request.
fn folder_lang(st: &AppState) -> Option<Lang> {
    type Known = std::collections::HashMap<String, (u64, Option<Lang>)>;
    static KNOWN: std::sync::Mutex<Option<Known>> = std::sync::Mutex::new(None);
    let now = st.live.changes();
    if let Ok(known) = KNOWN.lock()
        && let Some((at, lang)) = known.as_ref().and_then(|k| k.get(&st.launch))
        && *at == now
        && st.live.fresh()
    {
        return *lang;
    }
    let lang = if crate::case::is_case_root(&st.root) {
        case_lang(&st.root)
    } else {
        let mut langs = page::cases(st).into_iter().map(|root| case_lang(&root));
        let first = langs.next().flatten();
        first.filter(|l| langs.all(|other| other == Some(*l)))
    };
    if let Ok(mut known) = KNOWN.lock() {
        known
            .get_or_insert_with(Known::new)
            .insert(st.launch.clone(), (now, lang));
    }
    lang
}

/// A case's `language:` in lsk.yaml, when it reads and names one of lsk's.
fn case_lang(root: &std::path::Path) -> Option<Lang> {
    let text = crate::case::read_case_file(root).ok()?;
    let node = crate::case::yaml::parse(&text).ok()?;
    node.get("language")?.scalar().and_then(Lang::parse)
}

/// A form with no typed text (only lsk's own fields): refused by its
/// handler as before, nothing to show back.
fn form_lang_only(pairs: &[(String, String)]) -> bool {
    pairs
        .iter()
        .all(|(k, v)| TECHNICAL.contains(&k.as_str()) || v.trim().is_empty())
}

/// The page's language as its address asks (`?lang=`), else `--lang`, else
/// the folder's as lsk.yaml names it (`folder_lang`), else the machine's.
fn lang_of_page(st: &AppState, parts: &axum::http::request::Parts) -> Lang {
    let q = LangQuery {
        lang: parts
            .uri
            .query()
            .and_then(|q| query_value(q, "lang"))
            .map(str::to_owned),
    };
    q.get()
        .or(st.lang)
        .or_else(|| folder_lang(st))
        .unwrap_or_else(|| crate::i18n::locale_lang(None))
}

/// `GET /launch`: this launch's identity, for the page's script to compare
/// with the one its page was made by.
fn launch(st: &AppState) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        format!("{{\"launch\":\"{}\"}}", st.launch),
    )
        .into_response()
}

fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "403 Forbidden: not from this page\n").into_response()
}

/// A token for the cookie: once. `cross`: the request came from elsewhere
/// (the start file's `file://` page), where the browser would neither
/// send nor keep a strict cookie set now; then lsk's own page goes on with
/// a fresh token, from this site.
fn exchange(
    st: &AppState,
    headers: &HeaderMap,
    token: &str,
    to: &str,
    cross: bool,
    lang: Lang,
) -> Response {
    if !st.take_token(token) {
        // Already in: the browser that used it (a reload, Back).
        if has_session(st, headers) {
            return see_other(to, None);
        }
        return used(lang);
    }
    if cross {
        let Some(hop) = st.mint_token(Some(HOP_TIME)) else {
            return unauthorised(lang, StatusCode::SERVICE_UNAVAILABLE);
        };
        let next = format!("{to}?token={hop}");
        return page::render(
            "message.html",
            lang,
            &LangQuery::default(),
            minijinja::context! {
                message => word(lang, "entering"),
                refresh => next.clone(),
                link => next,
                link_text => word(lang, "continue"),
            },
        );
    }
    let cookie = format!(
        "{}={}; HttpOnly; SameSite=Strict; Path=/",
        cookie_name(st.port),
        st.session
    );
    see_other(to, Some(&cookie))
}

fn see_other(to: &str, cookie: Option<&str>) -> Response {
    let mut resp = StatusCode::SEE_OTHER.into_response();
    let h = resp.headers_mut();
    if let Some(c) = cookie.and_then(|c| HeaderValue::from_str(c).ok()) {
        h.insert(header::SET_COOKIE, c);
    }
    if let Ok(l) = HeaderValue::from_str(to) {
        h.insert(header::LOCATION, l);
    }
    resp
}

/// A page without the cookie: what happened and the way in.
pub fn unauthorised(lang: Lang, status: StatusCode) -> Response {
    let mut resp = page::render(
        "message.html",
        lang,
        &LangQuery::default(),
        minijinja::context! {
            message => word(lang, "unauthorised"),
            door => true,
        },
    );
    *resp.status_mut() = status;
    resp
}

/// A token used a second time, by a browser without the cookie.
fn used(lang: Lang) -> Response {
    let mut resp = page::render(
        "message.html",
        lang,
        &LangQuery::default(),
        minijinja::context! {
            message => word(lang, "token_used"),
            link => "/",
            link_text => word(lang, "home"),
            door => true,
        },
    );
    *resp.status_mut() = StatusCode::FORBIDDEN;
    resp
}

/// "Open lsk again": a new one-time start file handed to the browser (the
/// desktop's, as at the start) and a new address in lsk's window. Whoever
/// presses it, the way in goes only to the worker's own browser and
/// window, never to the page that asked.
fn door(st: &AppState, lang: Lang) -> Response {
    let opened = st.open_door(DOOR_EVERY);
    let text = match opened {
        Some(true) => word(lang, "door_opened"),
        _ => word(lang, "door_printed"),
    };
    page::message(StatusCode::OK, lang, text)
}

/// A POST refused for coming from another launch's page: nothing written,
/// everything typed shown back to be copied.
fn kept(lang: Lang, pairs: &[(String, String)], door: bool) -> Response {
    let texts: Vec<String> = pairs
        .iter()
        .filter(|(k, v)| !TECHNICAL.contains(&k.as_str()) && !v.trim().is_empty())
        .map(|(_, v)| v.clone())
        .collect();
    let mut resp = page::render(
        "message.html",
        lang,
        &LangQuery::default(),
        minijinja::context! {
            message => word(lang, "kept"),
            kept => texts,
            door => door,
        },
    );
    *resp.status_mut() = StatusCode::FORBIDDEN;
    resp
}

type Pairs = Vec<(String, String)>;

/// A POST's form, read within the bounds.
async fn read_form(req: Request) -> Result<(axum::http::request::Parts, Pairs), Box<Response>> {
    read_body(req).await.map(|(parts, _, pairs)| (parts, pairs))
}

/// A request body: at most [`MAX_BODY`] bytes within [`BODY_TIME`], and,
/// when it is a form, its fields.
async fn read_body(
    req: Request,
) -> Result<(axum::http::request::Parts, Bytes, Pairs), Box<Response>> {
    let (parts, body) = req.into_parts();
    let bytes = match tokio::time::timeout(BODY_TIME, axum::body::to_bytes(body, MAX_BODY)).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => {
            return Err(Box::new(
                (StatusCode::PAYLOAD_TOO_LARGE, "413 Payload Too Large\n").into_response(),
            ));
        }
        Err(_) => {
            return Err(Box::new(
                (StatusCode::REQUEST_TIMEOUT, "408 Request Timeout\n").into_response(),
            ));
        }
    };
    let form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let pairs = if form {
        serde_urlencoded::from_bytes::<Pairs>(&bytes).unwrap_or_default()
    } else {
        Vec::new()
    };
    Ok((parts, bytes, pairs))
}

fn value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT`, nothing else.
pub fn allowed_host(port: u16, host: &str) -> bool {
    let Some((name, p)) = host.rsplit_once(':') else {
        return false;
    };
    p.parse::<u16>().is_ok_and(|p| p == port)
        && p == port.to_string()
        && matches!(
            name.to_ascii_lowercase().as_str(),
            "127.0.0.1" | "localhost" | "[::1]"
        )
}

/// A state change comes from this server's own pages: its `Origin` is
/// this server, or, without one, the browser says the request is
/// same-origin. A request with neither is refused.
///
/// `Origin: null` is what a browser sends for a form posted from a page
/// with `Referrer-Policy: no-referrer` (as every page here has): then only
/// the browser's own `Sec-Fetch-Site: same-origin` (a header no page can
/// set) lets it through. A sandboxed frame or a page elsewhere that sends
/// `null` is `cross-site` and refused.
fn same_origin(port: u16, headers: &HeaderMap) -> bool {
    let fetch_same = || {
        headers
            .get("sec-fetch-site")
            .is_some_and(|s| s.as_bytes() == b"same-origin")
    };
    match headers.get(header::ORIGIN).map(|o| o.to_str()) {
        Some(Ok("null")) => fetch_same(),
        Some(Ok(origin)) => origin
            .strip_prefix("http://")
            .is_some_and(|host| allowed_host(port, host)),
        Some(Err(_)) => false,
        None => fetch_same(),
    }
}

/// The cookie is per port: two servers on one machine keep their own.
fn cookie_name(port: u16) -> String {
    format!("lsk_{port}")
}

fn has_session(st: &AppState, headers: &HeaderMap) -> bool {
    let name = cookie_name(st.port);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .any(|(k, v)| k == name && same(v.as_bytes(), st.session.as_bytes()))
}

/// A form's CSRF token is this launch's.
pub fn csrf_ok(st: &AppState, token: &str) -> bool {
    same(token.as_bytes(), st.csrf.as_bytes())
}

/// Equal, in a time that does not depend on where they differ.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn query_value<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// One-time tokens: each opens the door once, some only for a while.
#[derive(Default)]
pub struct Tokens {
    live: Vec<(String, Option<Instant>)>,
}

impl Tokens {
    pub fn add(&mut self, token: String, until: Option<Instant>) {
        let now = Instant::now();
        self.live.retain(|(_, t)| t.is_none_or(|t| t > now));
        // Never more than a handful waiting (each "Open lsk again" adds one).
        if self.live.len() >= 64 {
            self.live.remove(0);
        }
        self.live.push((token, until));
    }

    /// Whether `token` was waiting (it no longer is).
    pub fn take(&mut self, token: &str) -> bool {
        let now = Instant::now();
        let found = self.live.iter().position(|(t, until)| {
            same(t.as_bytes(), token.as_bytes()) && until.is_none_or(|u| u > now)
        });
        match found {
            Some(i) => {
                self.live.remove(i);
                true
            }
            None => false,
        }
    }
}
