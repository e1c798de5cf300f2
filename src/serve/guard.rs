//! The security contract, around every request (docs/security.md):
//! a `Host` allow-list against DNS rebinding, the per-launch token
//! exchanged for a cookie, `Origin` checks on every POST, and strict
//! headers on every response.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::page;

/// The policy of every page: nothing inline, nothing from elsewhere, never
/// in a frame.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

pub async fn guard(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let mut resp = check(&st, req, next).await;
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

async fn check(st: &AppState, req: Request, next: Next) -> Response {
    let headers = req.headers();
    // DNS rebinding: a page on evil.example that resolves to 127.0.0.1
    // sends its own name as Host.
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    if !host.is_some_and(|h| allowed_host(st.port, h)) {
        return (StatusCode::MISDIRECTED_REQUEST, "421 Misdirected Request\n").into_response();
    }
    let lang = st.lang.unwrap_or_else(|| crate::i18n::locale_lang(None));
    // The style sheet holds no case data: the 401 page needs it too.
    if req.method() == Method::GET && req.uri().path() == "/static/style.css" {
        return next.run(req).await;
    }
    // The token in the printed address, exchanged for a cookie; the
    // browser goes on to the address without it.
    if let Some(token) = req.uri().query().and_then(|q| query_value(q, "token")) {
        if !same(token.as_bytes(), st.token.as_bytes()) {
            return page::unauthorised(lang);
        }
        let path = req.uri().path();
        // Never a protocol-relative `//elsewhere` (or `/\\elsewhere`, which
        // browsers read the same) as the next address.
        let to = if path.starts_with("//") || !path.starts_with('/') || path.contains('\\') {
            "/"
        } else {
            path
        };
        let cookie = format!(
            "{}={}; HttpOnly; SameSite=Strict; Path=/",
            cookie_name(st.port),
            st.session
        );
        let mut resp = StatusCode::SEE_OTHER.into_response();
        let h = resp.headers_mut();
        if let (Ok(c), Ok(l)) = (HeaderValue::from_str(&cookie), HeaderValue::from_str(to)) {
            h.insert(header::SET_COOKIE, c);
            h.insert(header::LOCATION, l);
        }
        return resp;
    }
    if !has_session(st, headers) {
        return page::unauthorised(lang);
    }
    if req.method() != Method::GET && req.method() != Method::HEAD && !same_origin(st.port, headers)
    {
        return (StatusCode::FORBIDDEN, "403 Forbidden: not from this page\n").into_response();
    }
    st.seen();
    next.run(req).await
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
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn query_value<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}
