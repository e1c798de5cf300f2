//! `lsk serve` in process: the axum router with a fresh `AppState`, asked
//! as the browser asks once it holds the cookie. Shared by the serve test
//! files (serve.rs, serve_edit.rs, serve_live.rs).

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use lsk::serve::live::Watch;
use lsk::serve::{AppState, router};
use serde_json::Value;
use tower::ServiceExt;

use crate::common::{Env, TODAY};

/// The port in every `Host` and the cookie's name (nothing is bound).
pub const PORT: u16 = 41234;
/// Longer than any change on disk should take to show (the polling
/// fallback looks every two seconds), short enough that a broken watcher
/// fails the test.
pub const DEADLINE: Duration = Duration::from_secs(20);

pub struct App {
    pub state: Arc<AppState>,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// A POST answered 303 to a page holding what was posted and not saved
    /// (`?draft=`): that address; the status, headers and body are then
    /// the page's, as a browser shows it after the redirect.
    pub draft: Option<String>,
}

impl Resp {
    pub fn location(&self) -> String {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }
}

/// A form as the browser posts it: its inputs' names and values in order.
pub type Pairs = Vec<(String, String)>;

impl App {
    pub fn new(env: &Env) -> App {
        App::at(&env.path().canonicalize().unwrap())
    }

    pub fn at(root: &std::path::Path) -> App {
        let today = lsk::date::parse_given(TODAY);
        App {
            state: Arc::new(AppState::new(root.to_path_buf(), PORT, None, today).unwrap()),
        }
    }

    /// A server that follows the disk with `watch` (the watcher, or polling).
    pub fn watching(root: &std::path::Path, watch: Watch) -> App {
        let today = lsk::date::parse_given(TODAY);
        App {
            state: Arc::new(
                AppState::watching(root.to_path_buf(), PORT, None, today, watch).unwrap(),
            ),
        }
    }

    pub fn cookie(&self) -> String {
        format!("lsk_{PORT}={}", self.state.session)
    }

    pub fn csrf(&self) -> String {
        self.state.csrf.clone()
    }

    pub fn send(&self, req: Request<Body>) -> Resp {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        rt.block_on(async {
            let resp = router(self.state.clone()).oneshot(req).await.unwrap();
            let status = resp.status();
            let headers = resp.headers().clone();
            let bytes = axum::body::to_bytes(resp.into_body(), 10 << 20)
                .await
                .unwrap();
            Resp {
                status,
                headers,
                body: String::from_utf8_lossy(&bytes).into_owned(),
                draft: None,
            }
        })
    }

    /// A GET as the browser sends it once it has the cookie.
    pub fn get(&self, path: &str) -> Resp {
        self.send(
            Request::get(path)
                .header(header::HOST, format!("127.0.0.1:{PORT}"))
                .header(header::COOKIE, self.cookie())
                .body(Body::empty())
                .unwrap(),
        )
    }

    /// A GET with exactly these headers.
    pub fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Resp {
        let mut req = Request::get(path);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        self.send(req.body(Body::empty()).unwrap())
    }

    /// A form POST (`form` already encoded) from this server's own page.
    pub fn post(&self, path: &str, form: &str) -> Resp {
        self.post_with(
            path,
            form,
            &[("origin", &format!("http://127.0.0.1:{PORT}"))],
        )
    }

    /// A form POST with the cookie and these extra headers.
    pub fn post_with(&self, path: &str, form: &str, extra: &[(&str, &str)]) -> Resp {
        let mut req = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(header::HOST, format!("127.0.0.1:{PORT}"))
            .header(header::COOKIE, self.cookie())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let resp = self.send(req.body(Body::from(form.to_owned())).unwrap());
        // Every POST that holds unsaved input answers with a redirect to a
        // page made from it (never a page Back or reload would post again):
        // followed, as the browser follows it.
        if resp.status == StatusCode::SEE_OTHER {
            let to = resp.location();
            if to.contains("draft=") {
                let mut page = self.get(to.split('#').next().unwrap_or(&to));
                page.draft = Some(to);
                return page;
            }
        }
        resp
    }

    /// [`App::post`] of a form's pairs.
    pub fn post_pairs(&self, path: &str, pairs: &Pairs) -> Resp {
        self.post(path, &encode(pairs))
    }

    /// [`App::post_with`] of a form's pairs.
    pub fn post_pairs_with(&self, path: &str, pairs: &Pairs, extra: &[(&str, &str)]) -> Resp {
        self.post_with(path, &encode(pairs), extra)
    }

    /// `/live` as open pages poll it.
    pub fn live(&self) -> Value {
        let r = self.get("/live");
        assert_eq!(r.status, StatusCode::OK);
        serde_json::from_str(&r.body).unwrap()
    }

    pub fn changes(&self) -> u64 {
        self.live()["changes"].as_u64().unwrap()
    }

    /// Wait until `/live` reports a count other than `from`.
    pub fn changed_since(&self, from: u64) -> u64 {
        let start = Instant::now();
        loop {
            let now = self.changes();
            if now != from {
                return now;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "no change reported within {DEADLINE:?} ({})",
                self.live()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The page at `path` once it shows `text`, within the deadline.
    pub fn page_showing(&self, path: &str, text: &str) -> String {
        let start = Instant::now();
        loop {
            let body = self.get(path).body;
            if body.contains(text) {
                return body;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "{text:?} not on {path} within {DEADLINE:?}:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// One value as a form encodes it.
pub fn encode_value(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A form's pairs as the browser encodes them.
pub fn encode(pairs: &Pairs) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode_value(k), encode_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Text of a page as the browser shows it (the escapes templates write).
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2f;", "/")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}
