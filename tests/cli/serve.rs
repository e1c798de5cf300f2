//! `lsk serve`: every route and every point of the security contract
//! (docs/security.md), in process on the axum router; and the real binary
//! on 127.0.0.1 read with a plain TcpStream.

// Scenarios that start lsk as the Linux desktop icon does are Linux-only;
// on other targets their imports are unused.
#![cfg_attr(not(target_os = "linux"), allow(unused_imports))]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use axum::http::{StatusCode, header};

use crate::app::{App, PORT, encode_value};
use crate::common::{
    DAYCARE, Env, MEETING, case_yaml, drop_key, edit, http, lsk_command, snapshot, tool,
};
#[cfg(unix)]
use crate::common::{link_to_other, other_childs_case};

fn case() -> Env {
    let env = Env::case("2021-05");
    env.meeting(MEETING, DAYCARE);
    env
}

/// Every route lsk serves, for the tests that must hold on each.
fn routes() -> Vec<String> {
    let m = format!("/c/0/m/{MEETING}");
    vec![
        "/".into(),
        "/c/0".into(),
        m.clone(),
        format!("{m}/doc/memo"),
        format!("{m}/print/memo"),
        format!("{m}/pdf/agenda"),
        "/explain/missing-field".into(),
        "/live".into(),
        "/static/live.js".into(),
        "/new-case".into(),
    ]
}

// ---- the security contract ----

#[test]
fn a_foreign_host_is_refused_on_every_route() {
    let env = case();
    let app = App::new(&env);
    let token = format!("/?token={}", app.state.token);
    let mut paths = routes();
    paths.push("/static/style.css".into());
    paths.push(token);
    for path in &paths {
        for host in [
            "evil.example".to_owned(),
            format!("evil.example:{PORT}"),
            format!("127.0.0.1:{}", PORT + 1),
            "127.0.0.1".to_owned(),
            format!("127.0.0.2:{PORT}"),
            format!("localhost.evil.example:{PORT}"),
            format!("[::2]:{PORT}"),
        ] {
            let r = app.get_with(path, &[("host", &host), ("cookie", &app.cookie())]);
            assert_eq!(
                r.status,
                StatusCode::MISDIRECTED_REQUEST,
                "{path} with Host {host}"
            );
            assert!(!r.body.contains("Robin"), "{path}");
        }
        // No Host at all.
        let r = app.get_with(path, &[("cookie", &app.cookie())]);
        assert_eq!(
            r.status,
            StatusCode::MISDIRECTED_REQUEST,
            "{path} without Host"
        );
    }
}

#[test]
fn the_loopback_names_are_allowed() {
    let env = case();
    let app = App::new(&env);
    for host in ["127.0.0.1", "localhost", "LocalHost", "[::1]"] {
        let r = app.get_with(
            "/",
            &[
                ("host", &format!("{host}:{PORT}")),
                ("cookie", &app.cookie()),
            ],
        );
        assert_eq!(r.status, StatusCode::OK, "{host}");
        assert!(r.body.contains("Robin"));
    }
}

#[test]
fn the_token_is_exchanged_for_a_cookie_and_dropped_from_the_address() {
    let env = case();
    let app = App::new(&env);
    assert_eq!(app.state.token.len(), 32, "128 bits as hex");
    assert!(app.state.token.bytes().all(|b| b.is_ascii_hexdigit()));
    let other = App::new(&env);
    assert_ne!(app.state.token, other.state.token, "a token per launch");
    assert_ne!(app.state.token, app.state.session);

    let host = format!("127.0.0.1:{PORT}");
    let r = app.get_with(
        &format!("/c/0?token={}", app.state.token),
        &[("host", &host)],
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.headers[header::LOCATION], "/c/0");
    let cookie = r.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with(&format!("lsk_{PORT}={}", app.state.session)));
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attr), "{cookie}");
    }
    assert!(!cookie.contains(&app.state.token));
    // The cookie opens the page.
    let r = app.get_with(
        "/c/0",
        &[
            ("host", &host),
            ("cookie", cookie.split(';').next().unwrap()),
        ],
    );
    assert_eq!(r.status, StatusCode::OK);

    // A wrong token sets nothing.
    let r = app.get_with(
        "/?token=0123456789abcdef0123456789abcdef",
        &[("host", &host)],
    );
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!r.headers.contains_key(header::SET_COOKIE));
    // Never a redirect to another site.
    // `/\\evil.example` is `//evil.example` to a browser.
    for path in ["//evil.example/", "/\\evil.example/"] {
        let token = app.state.mint_token(None).unwrap();
        let r = app.get_with(&format!("{path}?token={token}"), &[("host", &host)]);
        assert_eq!(r.headers[header::LOCATION], "/", "{path}");
    }
}

#[test]
fn a_token_opens_the_door_once() {
    let env = case();
    let app = App::new(&env);
    let host = format!("127.0.0.1:{PORT}");
    let token = format!("/?token={}", app.state.token);
    let r = app.get_with(&token, &[("host", &host)]);
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.headers.contains_key(header::SET_COOKIE));
    // Used: a browser without the cookie is refused, and told what to do.
    for _ in 0..2 {
        let r = app.get_with(&token, &[("host", &host)]);
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(!r.headers.contains_key(header::SET_COOKIE));
        assert!(says(&r.body, "token_used"), "{}", r.body);
        assert!(r.body.contains("action=\"/door\""), "{}", r.body);
        assert!(!r.body.contains("Robin"));
    }
    // The browser that used it (a reload, Back) goes on in.
    let r = app.get_with(&token, &[("host", &host), ("cookie", &app.cookie())]);
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.headers[header::LOCATION], "/");
    assert!(!r.headers.contains_key(header::SET_COOKIE));
}

/// Whether a page without the cookie says `key`'s words: in the case's
/// language (`case()`'s lsk.yaml: English), not the browser's or the
/// machine's.
fn says(body: &str, key: &str) -> bool {
    let words = lsk::i18n::serve::word(lsk::model::Lang::En, key);
    let start: String = words.chars().take(24).collect();
    !start.is_empty() && body.contains(&start)
}

/// The address a page's `<meta http-equiv="refresh">` goes on to.
fn refresh_of(body: &str) -> String {
    body.split("http-equiv=\"refresh\" content=\"0;url=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no refresh in {body}"))
        .replace("&#x2f;", "/")
        .replace("&#x3d;", "=")
        .replace("&#x3f;", "?")
}

#[test]
fn the_start_file_posts_its_token_and_the_cookie_is_set_in_the_same_site() {
    let env = case();
    let app = App::new(&env);
    let host = format!("127.0.0.1:{PORT}");
    let token = app.state.mint_token(None).unwrap();
    // The start file: a private page that posts its token to /enter.
    let page = lsk::serve::start_page(PORT, &token, lsk::model::Lang::Fi);
    assert!(page.contains(&format!("action=\"http://127.0.0.1:{PORT}/enter\"")));
    assert!(page.contains(&format!("name=\"token\" value=\"{token}\"")));
    assert!(
        page.contains(">Avaa lsk</button>"),
        "a button where scripts do not run"
    );
    assert!(page.contains("script-src 'sha256-"), "{page}");
    assert!(!page.contains("?token="), "the token never in an address");
    // Posted from the file (a cross-site top-level POST, Origin null):
    // lsk's own page goes on, with a fresh token, from this site.
    let r = app.send(
        axum::http::Request::post("/enter")
            .header(header::HOST, &host)
            .header(header::ORIGIN, "null")
            .header("sec-fetch-site", "cross-site")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(format!("token={token}")))
            .unwrap(),
    );
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(!r.headers.contains_key(header::SET_COOKIE));
    let next = refresh_of(&r.body);
    let hop = next.strip_prefix("/?token=").expect(&next);
    assert_ne!(hop, token);
    assert!(r.body.contains("id=\"next\""), "a link too: {}", r.body);
    // The refresh, from lsk's own page: same-origin, the cookie is set.
    let r = app.get_with(&next, &[("host", &host), ("sec-fetch-site", "same-origin")]);
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.headers[header::LOCATION], "/");
    let cookie = r.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with(&app.cookie()), "{cookie}");
    // Both tokens are spent.
    for again in [format!("token={token}"), format!("token={hop}")] {
        let r = app.send(
            axum::http::Request::post("/enter")
                .header(header::HOST, &host)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(again.clone()))
                .unwrap(),
        );
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{again}");
    }
    // The printed address opened from another site's page is handed on
    // the same way; a wrong token gets nothing.
    let r = app.get_with(
        &format!("/c/0?token={}", app.state.token),
        &[("host", &host), ("sec-fetch-site", "cross-site")],
    );
    assert_eq!(r.status, StatusCode::OK);
    assert!(refresh_of(&r.body).starts_with("/c/0?token="));
}

#[test]
fn without_the_cookie_a_page_offers_the_way_in() {
    let env = case();
    let app = App::new(&env);
    let host = format!("127.0.0.1:{PORT}");
    let r = app.get_with("/c/0", &[("host", &host)]);
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("action=\"/door\""), "{}", r.body);
    assert!(says(&r.body, "door"), "{}", r.body);
    // The door from this page: a new address in lsk's window (this server
    // opens no browser), never a cookie to the page that asked.
    let r = app.send(
        axum::http::Request::post("/door")
            .header(header::HOST, &host)
            .header(header::ORIGIN, format!("http://{host}"))
            .body(axum::body::Body::empty())
            .unwrap(),
    );
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(!r.headers.contains_key(header::SET_COOKIE));
    assert!(says(&r.body, "door_printed"), "{}", r.body);
    // From another site: refused.
    for origin in ["http://evil.example", "null"] {
        let r = app.send(
            axum::http::Request::post("/door")
                .header(header::HOST, &host)
                .header(header::ORIGIN, origin)
                .body(axum::body::Body::empty())
                .unwrap(),
        );
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{origin}");
    }
}

#[test]
fn every_page_carries_its_launch_and_a_post_from_another_launch_keeps_the_text() {
    let env = case();
    let app = App::new(&env);
    let launch = &app.state.launch;
    assert_eq!(launch.len(), 32);
    for path in ["/", "/c/0", &format!("/c/0/m/{MEETING}/edit")] {
        let r = app.get(path);
        assert!(
            r.body.contains(&format!("data-launch=\"{launch}\"")),
            "{path}: {}",
            r.body
        );
    }
    let r = app.get("/launch");
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body, format!("{{\"launch\":\"{launch}\"}}"));
    let r = app.get_with("/launch", &[("host", &format!("127.0.0.1:{PORT}"))]);
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "no launch without the cookie"
    );

    // A page of an earlier launch on this port, posted to this one.
    let earlier = App::new(&env);
    let before = env.read(&format!("meetings/{MEETING}/meeting.md"));
    let typed = "Perhe toivoo, että aamut sujuvat rauhassa.";
    let form = format!(
        "csrf={}&goal={}&op=save",
        earlier.csrf(),
        crate::app::encode_value(typed)
    );
    let path = format!("/c/0/m/{MEETING}/edit");
    // With this launch's cookie (the browser got in again meanwhile) …
    let r = app.post(&path, &form);
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    assert!(r.body.contains(typed), "{}", r.body);
    assert!(says(&r.body, "kept"), "{}", r.body);
    // … and with the earlier launch's cookie: the same, and the way in.
    let r = earlier.state.clone();
    let stale = format!("lsk_{PORT}={}", r.session);
    let post = |origin: &str| {
        app.send(
            axum::http::Request::post(&path)
                .header(header::HOST, format!("127.0.0.1:{PORT}"))
                .header(header::ORIGIN, origin)
                .header(header::COOKIE, &stale)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(form.clone()))
                .unwrap(),
        )
    };
    let r = post(&format!("http://127.0.0.1:{PORT}"));
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    assert!(r.body.contains(typed), "{}", r.body);
    assert!(r.body.contains("action=\"/door\""), "{}", r.body);
    assert_eq!(env.read(&format!("meetings/{MEETING}/meeting.md")), before);
    // From another site nothing is shown back.
    let r = post("http://evil.example");
    assert!(!r.body.contains(typed));
}

#[test]
fn without_the_cookie_every_page_is_401_and_says_what_to_open() {
    let env = case();
    let app = App::new(&env);
    let host = format!("127.0.0.1:{PORT}");
    for path in routes() {
        for cookie in [
            None,
            Some(format!("lsk_{PORT}=wrong")),
            Some(format!("lsk_{}={}", PORT + 1, app.state.session)),
            Some(format!("lsk_{PORT}={}", app.state.token)),
        ] {
            let mut headers = vec![("host", host.as_str())];
            if let Some(c) = &cookie {
                headers.push(("cookie", c));
            }
            let r = app.get_with(&path, &headers);
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{path} {cookie:?}");
            assert!(r.body.contains("action=\"/door\""), "{path}: {}", r.body);
            assert!(!r.body.contains("Robin"));
        }
    }
    // A POST without the cookie changes nothing either.
    let r = app.get_with(&format!("/c/0/m/{MEETING}/render"), &[("host", &host)]);
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[test]
fn every_response_has_the_strict_headers_and_no_cors() {
    let env = case();
    let app = App::new(&env);
    let mut paths = routes();
    paths.push("/no/such/page".into());
    paths.push("/static/style.css".into());
    for path in paths {
        let r = app.get_with(
            &path,
            &[
                ("host", &format!("127.0.0.1:{PORT}")),
                ("cookie", &app.cookie()),
                ("origin", "http://evil.example"),
            ],
        );
        let h = |name: &str| {
            r.headers
                .get(name)
                .unwrap_or_else(|| panic!("{path}: no {name}"))
                .to_str()
                .unwrap()
                .to_owned()
        };
        let csp = h("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(!csp.contains("script-src *"), "{path}: {csp}");
        assert_eq!(h("x-content-type-options"), "nosniff");
        assert_eq!(h("referrer-policy"), "no-referrer");
        assert_eq!(h("cache-control"), "no-store");
        assert!(
            !r.headers
                .keys()
                .any(|k| k.as_str().starts_with("access-control-")),
            "{path}: CORS headers"
        );
    }
}

#[test]
fn a_post_from_elsewhere_or_without_the_form_token_is_refused() {
    let env = case();
    let app = App::new(&env);
    let path = format!("/c/0/m/{MEETING}/render");
    let form = format!("csrf={}&doc=agenda&choice=ask", app.csrf());
    for extra in [
        vec![],
        vec![("origin", "http://evil.example")],
        vec![("origin", "null")],
        vec![("origin", "null"), ("sec-fetch-site", "cross-site")],
        vec![("origin", "http://127.0.0.1:1")],
        vec![("sec-fetch-site", "cross-site")],
        vec![("sec-fetch-site", "same-site")],
    ] {
        let r = app.post_with(&path, &form, &extra);
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{extra:?}");
    }
    // From this page, but without this launch's form token.
    for bad in ["", "csrf=&doc=agenda", "csrf=00&doc=agenda"] {
        let r = app.post(&path, bad);
        assert!(r.status.is_client_error(), "{bad}: {}", r.status);
    }
    let r = app.post_with(
        &path,
        "csrf=wrong&doc=agenda",
        &[("sec-fetch-site", "same-origin")],
    );
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!env.join(&format!("meetings/{MEETING}/agenda.md")).exists());
    // A GET never writes.
    let r = app.get(&format!("{path}?csrf={}&doc=agenda", app.csrf()));
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(!env.join(&format!("meetings/{MEETING}/agenda.md")).exists());
    // Same-origin without Origin (an older browser) is accepted.
    let r = app.post_with(&path, &form, &[("sec-fetch-site", "same-origin")]);
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(env.join(&format!("meetings/{MEETING}/agenda.md")).exists());
    // `Origin: null` from lsk's own page, as Chromium sends a form POST
    // under `Referrer-Policy: no-referrer` (tests/cli/browser.rs).
    std::fs::remove_file(env.join(&format!("meetings/{MEETING}/agenda.md"))).unwrap();
    let r = app.post_with(
        &path,
        &form,
        &[("origin", "null"), ("sec-fetch-site", "same-origin")],
    );
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(env.join(&format!("meetings/{MEETING}/agenda.md")).exists());
}

#[test]
fn only_what_lsk_knows_in_the_case_is_served() {
    let env = case();
    env.write("secret.txt", "Robin's secret");
    env.write(&format!("meetings/{MEETING}/notes.txt"), "private");
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(outside.path().join("2026-12-01-daycare")).unwrap();
    std::fs::write(
        outside.path().join("2026-12-01-daycare/meeting.md"),
        DAYCARE.replace("Pat Parent", "Outside Person"),
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        outside.path().join("2026-12-01-daycare"),
        env.join("meetings/2026-12-01-daycare"),
    )
    .unwrap();
    let app = App::new(&env);
    let m = format!("/c/0/m/{MEETING}");
    for path in [
        "/lsk.yaml".to_owned(),
        "/secret.txt".into(),
        "/static/../secret.txt".into(),
        "/static/%2e%2e/secret.txt".into(),
        "/static/%2e%2e%2fsecret.txt".into(),
        "/static/style.css.map".into(),
        "/c/1".into(),
        "/c/00".into(),
        "/c/-1".into(),
        "/c/0/m/..".into(),
        "/c/0/m/%2e%2e".into(),
        "/c/0/m/%2e%2e%2f%2e%2e".into(),
        "/c/0/m/..%2fsecret.txt".into(),
        "/c/0/m/2026-12-01-daycare".into(),
        format!("{m}/notes.txt"),
        format!("{m}/doc/notes.txt"),
        format!("{m}/doc/%2e%2e%2f%2e%2e%2fsecret.txt"),
        format!("{m}/print/..%2fmeeting.md"),
        "/explain/..%2f..%2fsecret".into(),
        "/meetings".into(),
    ] {
        let r = app.get(&path);
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}: {}", r.body);
        assert!(!r.body.contains("secret"), "{path}");
        assert!(!r.body.contains("Outside Person"), "{path}");
    }
    // The link out is not among the case's meetings either.
    let r = app.get("/");
    assert!(!r.body.contains("Outside Person"));
}

#[test]
fn text_from_case_files_is_escaped_and_markdown_has_no_raw_html() {
    let env = case();
    let text = edit(
        DAYCARE,
        "goal: Agree how daycare supports Robin's mornings",
        "goal: \"<script>alert(1)</script> & <b>bold</b>\"",
    );
    let text = edit(
        &text,
        "Notes.",
        "Notes <img src=x onerror=alert(2)>\n\n<script>alert(3)</script>\n\n[link](javascript:alert(4))",
    );
    env.meeting(MEETING, &text);
    let app = App::new(&env);
    for path in [
        format!("/c/0/m/{MEETING}"),
        "/".into(),
        format!("/c/0/m/{MEETING}/doc/agenda"),
        format!("/c/0/m/{MEETING}/doc/memo"),
    ] {
        let r = app.get(&path);
        assert_eq!(r.status, StatusCode::OK, "{path}");
        for raw in ["<script>alert", "<img src=x", "<b>bold", "javascript:"] {
            assert!(!r.body.contains(raw), "{path} has raw {raw}");
        }
    }
    let r = app.get(&format!("/c/0/m/{MEETING}"));
    assert!(r.body.contains("&lt;script&gt;alert(1)"), "{}", r.body);
    assert!(r.body.contains("&lt;img src=x"));
}

// ---- the pages ----

#[test]
fn the_case_page_shows_the_child_meetings_and_open_actions() {
    let env = case();
    let app = App::new(&env);
    let r = app.get("/");
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    for text in [
        "Robin",
        "Sam Worker",
        "client",
        "2026-11-10",
        "daycare",
        "Morning chart at home",
        "Pat Parent",
    ] {
        assert!(r.body.contains(text), "{text} not on the case page");
    }
    assert!(
        r.body
            .contains(&format!("&#x2f;c&#x2f;0&#x2f;m&#x2f;{MEETING}"))
    );
    // The case's language is English; ?lang= switches.
    assert!(r.body.contains("<html lang=\"en\">"));
    let sv = app.get("/?lang=sv");
    assert!(sv.body.contains("<html lang=\"sv\">") && sv.body.contains("Möten"));
    let fi = app.get("/c/0?lang=fi");
    assert!(fi.body.contains("Neuvottelut"));
}

#[test]
fn an_overdue_action_is_marked() {
    let env = case();
    env.meeting(
        MEETING,
        &edit(DAYCARE, "due: 2026-12-01", "due: 2026-11-15"),
    );
    let app = App::new(&env);
    let r = app.get("/");
    assert!(r.body.contains("class=\"overdue\""), "{}", r.body);
}

#[test]
fn the_team_page_lists_the_cases_with_counts() {
    let team = Env::new();
    team.write(
        "aino/lsk.yaml",
        &case_yaml("2021-05", "fi").replace("Robin", "Aino"),
    );
    team.write(&format!("aino/meetings/{MEETING}/meeting.md"), DAYCARE);
    team.write(
        "eetu/lsk.yaml",
        &case_yaml("2019-02", "fi").replace("Robin", "Eetu"),
    );
    team.write(
        &format!("eetu/meetings/{MEETING}/meeting.md"),
        &drop_key(DAYCARE, "goal"),
    );
    // A folder that looks like a case but is not read is named.
    team.write("ville/LSK.yaml", &case_yaml("2020-01", "fi"));
    let app = App::at(&team.path().canonicalize().unwrap());
    let r = app.get("/");
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("LSK.yaml"), "{}", r.body);
    for text in ["aino", "eetu", "Aino", "Eetu", "has-errors"] {
        assert!(r.body.contains(text), "{text}: {}", r.body);
    }
    let href = case_href(&r.body, "eetu");
    let eetu = app.get(&href);
    assert!(eetu.body.contains("Eetu") && !eetu.body.contains("Aino"));
    let m = app.get(&format!("{href}/m/{MEETING}"));
    assert_eq!(m.status, StatusCode::OK);
    for other in ["/c/0", "/c/1", "/c/2"] {
        assert_eq!(app.get(other).status, StatusCode::NOT_FOUND, "{other}");
    }
    // A case added before it in the list: the address still names Eetu,
    // so a page left open never shows (or saves to) another child's case.
    team.write(
        "adam/lsk.yaml",
        &case_yaml("2019-01", "en").replace("Robin", "Adam"),
    );
    let again = app.get(&href);
    assert!(
        again.body.contains("Eetu") && !again.body.contains("Adam"),
        "{}",
        again.body
    );
    assert_eq!(case_href(&app.get("/").body, "eetu"), href);
}

/// The address of the case `name` on a team page.
fn case_href(body: &str, name: &str) -> String {
    let end = body.find(&format!("\">{name}</a>")).expect(name);
    let start = body[..end].rfind("href=\"").expect("href") + 6;
    let href = body[start..end].replace("&#x2f;", "/");
    href.split('?').next().unwrap().to_owned()
}

#[test]
fn the_meeting_page_shows_each_finding_beside_its_field() {
    let env = case();
    env.meeting(MEETING, &drop_key(DAYCARE, "goal"));
    let app = App::new(&env);
    let r = app.get(&format!("/c/0/m/{MEETING}"));
    assert_eq!(r.status, StatusCode::OK);
    let field = r
        .body
        .split("id=\"field-goal\"")
        .nth(1)
        .expect("the goal field is shown");
    let field = field.split("class=\"field").next().unwrap();
    assert!(field.contains("finding error"), "{field}");
    assert!(field.contains("/explain/missing-field"), "{field}");
    // Fields are grouped by phase, and values are readable.
    for text in [
        "Before the meeting",
        "During the meeting",
        "After the meeting",
        "Dana Carer",
        "Notes.",
    ] {
        assert!(r.body.contains(text), "{text}");
    }
    assert!(r.body.contains("memo due"), "held, no memo yet");
    // Every document with its state.
    for doc in ["agenda", "memo", "child-checklist", "invitation"] {
        assert!(r.body.contains(&format!("doc&#x2f;{doc}")), "{doc}");
    }
    // The explanation is one click away.
    let e = app.get("/explain/missing-field");
    assert_eq!(e.status, StatusCode::OK);
    assert!(e.body.contains("missing-field"));
    assert_eq!(
        app.get("/explain/no-such-rule").status,
        StatusCode::NOT_FOUND
    );
}

#[test]
fn an_unreadable_meeting_is_shown_with_the_reason() {
    let env = case();
    env.meeting(
        "2026-11-20-daycare",
        "---\nkind: daycare\n<<<<<<< HEAD\n---\n",
    );
    let app = App::new(&env);
    let r = app.get("/");
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Cannot be read"), "{}", r.body);
    let m = app.get("/c/0/m/2026-11-20-daycare");
    assert_eq!(m.status, StatusCode::OK);
    assert!(m.body.contains("finding error"));
}

// ---- documents ----

#[test]
fn a_document_is_previewed_and_printed_with_lsks_print_page() {
    let env = case();
    let app = App::new(&env);
    let r = app.get(&format!("/c/0/m/{MEETING}/doc/memo"));
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Morning chart at home"), "{}", r.body);
    assert!(r.body.contains("class=\"document\""));
    let p = app.get(&format!("/c/0/m/{MEETING}/print/memo"));
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("Morning chart at home"));
    let csp = p.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("style-src 'sha256-"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("script-src"));
    // The hash is the page's own style sheet: the print is styled.
    let style = p
        .body
        .split("<style>")
        .nth(1)
        .unwrap()
        .split("</style>")
        .next()
        .unwrap();
    let digest = <sha2::Sha256 as sha2::Digest>::digest(style.as_bytes());
    assert!(
        csp.contains(&format!("'sha256-{}'", base64(&digest))),
        "{csp}"
    );
    for doc in ["agenda", "child-checklist", "invitation"] {
        assert_eq!(
            app.get(&format!("/c/0/m/{MEETING}/doc/{doc}")).status,
            StatusCode::OK,
            "{doc}"
        );
    }
    // Previews write nothing.
    assert!(!env.join(&format!("meetings/{MEETING}/memo.md")).exists());
}

#[test]
fn a_refused_document_shows_its_findings() {
    let env = case();
    env.meeting(MEETING, &drop_key(DAYCARE, "summary"));
    let app = App::new(&env);
    let r = app.get(&format!("/c/0/m/{MEETING}/doc/memo"));
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("class=\"refused\""), "{}", r.body);
    assert!(r.body.contains("summary"));
}

#[test]
fn rendering_from_the_page_writes_keeps_or_overwrites_a_hand_edit() {
    let env = case();
    let app = App::new(&env);
    let path = format!("/c/0/m/{MEETING}/render");
    let memo = env.join(&format!("meetings/{MEETING}/memo.md"));
    let form = |choice: &str| format!("csrf={}&doc=memo&choice={choice}", app.csrf());
    let r = app.post(&path, &form("ask"));
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("memo.md"));
    assert!(!lsk::render::edited_by_hand(&memo));
    // Edited by hand: asked, not overwritten.
    let edited = std::fs::read_to_string(&memo).unwrap() + "\nA hand-written line\n";
    std::fs::write(&memo, &edited).unwrap();
    let r = app.post(&path, &form("ask"));
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("value=\"keep\"") && r.body.contains("value=\"overwrite\""));
    assert_eq!(std::fs::read_to_string(&memo).unwrap(), edited);
    let r = app.post(&path, &form("keep"));
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(std::fs::read_to_string(&memo).unwrap(), edited);
    let r = app.post(&path, &form("overwrite"));
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        !std::fs::read_to_string(&memo)
            .unwrap()
            .contains("A hand-written line")
    );
    // No temporary files left beside it.
    let names: Vec<String> = std::fs::read_dir(memo.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
}

#[test]
fn a_copy_is_only_for_a_recipient_with_consent() {
    let env = case();
    let app = App::new(&env);
    let path = format!("/c/0/m/{MEETING}/render");
    let r = app.post(
        &format!("{path}?for=school"),
        &format!("csrf={}&doc=memo&choice=ask", app.csrf()),
    );
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("class=\"refused\""));
    assert!(
        !env.join(&format!("meetings/{MEETING}/memo.school.md"))
            .exists()
    );
    let r = app.post(
        &format!("{path}?for=daycare"),
        &format!("csrf={}&doc=memo&choice=ask", app.csrf()),
    );
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        env.join(&format!("meetings/{MEETING}/memo.daycare.md"))
            .exists()
    );
    // A recipient for another document is refused.
    let r = app.post(
        &format!("{path}?for=daycare"),
        &format!("csrf={}&doc=agenda&choice=ask", app.csrf()),
    );
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A form field names no reader: only the address does.
    let r = app.post(
        &path,
        &format!(
            "csrf={}&doc=memo&recipient=daycare&choice=overwrite",
            app.csrf()
        ),
    );
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let memo = std::fs::read_to_string(env.join(&format!("meetings/{MEETING}/memo.md"))).unwrap();
    assert!(!memo.contains("Copy for"), "{memo}");
}

/// A copy's page shows, prints, makes a PDF of and saves the copy, never
/// the whole memo: one `?for=` on each address.
#[test]
fn a_copys_preview_print_and_save_hold_only_the_copy() {
    let env = case();
    let text = edit(
        DAYCARE,
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n  - action: Visit the addiction clinic\n    owner: Pat Parent\n    not_for: [daycare]\n",
    );
    env.meeting(MEETING, &text);
    let app = App::new(&env);
    let m = format!("/c/0/m/{MEETING}");
    let whole = app.get(&format!("{m}/doc/memo")).body;
    assert!(whole.contains("addiction"), "{whole}");
    // The page offers the copies by name, each as an address.
    assert!(whole.contains("memo?for=daycare"), "{whole}");
    assert!(whole.contains("memo?for=family"), "{whole}");
    // Never a copy for child welfare itself (the worker's organisation).
    assert!(!whole.contains("for=child-welfare"), "{whole}");
    for lang in ["", "lang=fi&", "lang=sv&"] {
        let preview =
            crate::app::unescape(&app.get(&format!("{m}/doc/memo?{lang}for=daycare")).body);
        assert!(preview.contains("Morning chart at home"), "{preview}");
        assert!(!preview.contains("addiction"), "{lang}: {preview}");
        // Its print and save addresses carry the same reader.
        assert!(
            preview.contains("print/memo?") && preview.contains("for=daycare"),
            "{preview}"
        );
        assert!(!preview.contains("name=\"recipient\""), "{preview}");
        let print = app.get(&format!("{m}/print/memo?{lang}for=daycare"));
        assert_eq!(print.status, StatusCode::OK);
        assert!(
            print.body.contains("Morning chart at home"),
            "{}",
            print.body
        );
        assert!(!print.body.contains("addiction"), "{lang}: {}", print.body);
    }
    // Each print page served for the daycare is in the disclosure log,
    // with the digest of what was served; previews are not.
    let log = std::fs::read_to_string(env.join("disclosures.jsonl")).unwrap_or_default();
    assert_eq!(log.lines().count(), 3, "{log}");
    let print = app.get(&format!("{m}/print/memo?for=daycare")).body;
    let digest = <sha2::Sha256 as sha2::Digest>::digest(print.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    let log = std::fs::read_to_string(env.join("disclosures.jsonl")).unwrap();
    let last: serde_json::Value = serde_json::from_str(log.lines().last().unwrap()).unwrap();
    assert_eq!(last["recipient"], "daycare", "{last}");
    assert_eq!(last["sha256"], hex.as_str(), "{last}");
    let r = app.post(
        &format!("{m}/render?for=daycare"),
        &format!("csrf={}&doc=memo&choice=ask", app.csrf()),
    );
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let copy =
        std::fs::read_to_string(env.join(&format!("meetings/{MEETING}/memo.daycare.md"))).unwrap();
    assert!(!copy.contains("addiction"), "{copy}");
    // After the family withdrew its consent: refused on every address.
    let withdrawn = edit(
        &text,
        "  recipients: [daycare]\n",
        "  recipients: [daycare]\n  withdrawn:\n    date: 2026-11-20\n    by: Pat Parent\n",
    );
    env.meeting(MEETING, &withdrawn);
    let before = std::fs::read_to_string(env.join("disclosures.jsonl")).unwrap();
    for path in [
        format!("{m}/doc/memo?for=daycare"),
        format!("{m}/print/memo?for=daycare"),
    ] {
        let r = app.get(&path);
        assert!(r.body.contains("class=\"refused\""), "{path}: {}", r.body);
        assert!(!r.body.contains("Morning chart"), "{path}: {}", r.body);
    }
    assert_eq!(
        std::fs::read_to_string(env.join("disclosures.jsonl")).unwrap(),
        before
    );
    env.meeting(MEETING, &text);
    // A copy without consent is refused on every address.
    for path in [
        format!("{m}/doc/memo?for=school"),
        format!("{m}/print/memo?for=school"),
    ] {
        let r = app.get(&path);
        assert!(r.body.contains("class=\"refused\""), "{path}: {}", r.body);
        assert!(!r.body.contains("Morning chart"), "{path}: {}", r.body);
    }
}

// ---- live ----

// The change count and the pages that follow it: serve_live.rs.

#[test]
fn an_unreadable_meeting_keeps_its_last_good_page_with_the_error() {
    let env = case();
    let app = App::new(&env);
    let path = format!("/c/0/m/{MEETING}");
    assert!(app.get(&path).body.contains("Dana Carer"));
    env.meeting(
        MEETING,
        &format!("{DAYCARE}\n<<<<<<< HEAD\n").replacen("---\n", "---\n<<<<<<< HEAD\n", 1),
    );
    let r = app.get(&path);
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("cannot be read now"), "{}", r.body);
    assert!(r.body.contains("meeting.md:"), "{}", r.body);
    assert!(r.body.contains("Dana Carer"), "the last good state is kept");
}

// ---- the real server ----

#[test]
fn the_server_prints_its_address_answers_and_stops_when_idle() {
    let env = case();
    let mut server = env.server_with(&[], &[("LSK_SERVE_IDLE_SECS", "2")]);
    let port = server.port;
    let token = server.token.clone();
    assert!(token.len() >= 32);
    let resp = http(
        port,
        &format!(
            "GET /?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp}");
    let cookie = resp
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let resp = http(
        port,
        &format!(
            "GET / HTTP/1.1\r\nHost: localhost:{port}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    assert!(resp.contains("Robin"));
    let resp = http(
        port,
        &format!(
            "GET / HTTP/1.1\r\nHost: attacker.example:{port}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(resp.starts_with("HTTP/1.1 421"), "{resp}");
    // Quiet for 2 s: the server stops by itself.
    let status = server.stopped_within(Duration::from_secs(20));
    assert!(status.is_some_and(|s| s.success()), "{status:?}");
}

#[test]
fn the_server_listens_on_loopback_only() {
    assert_eq!(lsk::serve::LOOPBACK, std::net::Ipv4Addr::LOCALHOST);
}

// ---- the real server, started as a worker starts it ----
// (the real-browser tests are in browser.rs)

#[cfg(unix)]
#[test]
#[allow(unsafe_code)] // libc::kill: the signals a terminal sends
fn ctrl_c_stops_the_server() {
    // Ctrl-C, the terminal closing (the desktop shortcut's window) and a
    // plain kill: each a clean stop (the opener file removed on the way).
    for signal in [libc::SIGINT, libc::SIGHUP, libc::SIGTERM] {
        let env = case();
        let server = env.server();
        let pid = i32::try_from(server.child.id()).unwrap();
        // SAFETY: a signal to the child this test started.
        #[allow(unsafe_code)]
        unsafe {
            libc::kill(pid, signal)
        };
        let mut server = server;
        let start = Instant::now();
        loop {
            if let Some(status) = server.child.try_wait().unwrap() {
                assert!(status.success(), "{signal}: {status:?}");
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "still running after signal {signal}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        assert_ne!(server.port, 0);
    }
}

#[cfg(unix)]
#[test]
fn the_address_is_opened_with_browser_and_a_missing_browser_is_no_failure() {
    use std::os::unix::fs::PermissionsExt;
    let env = case();
    let opened = env.join("opened.txt");
    let script = env.join("browser.sh");
    let content = env.join("content.txt");
    let mode = env.join("mode.txt");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$1\" > '{}'\n/bin/cat \"$1\" > '{}'\n/usr/bin/stat -c %a \"$1\" \"$(/usr/bin/dirname \"$1\")\" > '{}'\n",
            opened.display(),
            content.display(),
            mode.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    for browser in [
        format!("/nonexistent-browser:{}", script.display()),
        "/nonexistent-browser".to_owned(),
    ] {
        let _ = std::fs::remove_file(&opened);
        let mut child = lsk_command(env.path())
            .arg("serve")
            .env("LSK_SERVE_IDLE_SECS", "1")
            .env("BROWSER", &browser)
            .env("PATH", "/nonexistent")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(status.success(), "{browser}: {status:?}");
        if browser.contains("browser.sh") {
            // The browser gets a file of the user's own that forwards to
            // the address: the token is never in a program's arguments,
            // which every user of the machine can read.
            let got = std::fs::read_to_string(&opened).unwrap();
            let token = line.trim().split("token=").nth(1).unwrap();
            assert!(!got.contains(token), "{got}");
            let page = std::fs::read_to_string(&content).unwrap();
            // A form that posts its own one-time token to the server: not
            // the printed address's, and never in an address.
            let port = line
                .trim()
                .split(':')
                .nth(2)
                .unwrap()
                .split('/')
                .next()
                .unwrap();
            assert!(
                page.contains(&format!(
                    "<form id=\"lsk\" method=\"post\" action=\"http://127.0.0.1:{port}/enter\">"
                )),
                "{page}"
            );
            assert!(!page.contains(token), "{page}");
            assert!(!page.contains("?token="), "{page}");
            assert_eq!(std::fs::read_to_string(&mode).unwrap(), "600\n700\n");
            // Gone when lsk stops.
            assert!(!std::path::Path::new(got.trim()).exists());
        }
    }
}

#[test]
fn an_identity_code_in_the_file_is_shown_masked() {
    let env = case();
    let text = edit(
        DAYCARE,
        "family_views: The family wants calmer mornings",
        "family_views: Robin 131052-308T wants calmer mornings",
    );
    let text = edit(&text, "Notes.", "Notes about 131052-308T.");
    let text = edit(
        &text,
        "action: Morning chart at home",
        "action: Morning chart for 131052-308T",
    );
    env.meeting(MEETING, &text);
    let app = App::new(&env);
    for path in ["/".to_owned(), format!("/c/0/m/{MEETING}")] {
        let r = app.get(&path);
        assert!(!r.body.contains("131052"), "{path}");
    }
    assert!(
        app.get(&format!("/c/0/m/{MEETING}"))
            .body
            .contains("XXXXXX-XXXX")
    );
}

#[test]
fn port_and_lang_are_taken_from_the_command_line() {
    let env = case();
    let free = std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = env.server_with(&["--port", &free.to_string(), "--lang", "sv"], &[]);
    assert_eq!(server.port, free);
    let resp = http(
        free,
        &format!(
            "GET /?token={} HTTP/1.1\r\nHost: 127.0.0.1:{free}\r\nConnection: close\r\n\r\n",
            server.token
        ),
    );
    let cookie = resp
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let resp = http(
        free,
        &format!(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1:{free}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(
        resp.contains("<html lang=\"sv\">") && resp.contains("Möten"),
        "{resp}"
    );
}

#[test]
fn the_meeting_page_shows_the_follow_up_chain() {
    let env = case();
    env.meeting(
        "2026-12-01-daycare",
        &edit(
            DAYCARE,
            "kind: daycare\n",
            &format!("kind: daycare\nfollows: {MEETING}\n"),
        ),
    );
    env.meeting("2026-12-20-daycare", DAYCARE);
    let app = App::new(&env);
    let r = app.get(&format!("/c/0/m/{MEETING}"));
    let chain = r
        .body
        .split("id=\"follow\"")
        .nth(1)
        .expect("a follow-up chain");
    assert!(chain.contains("2026-12-01-daycare"), "{chain}");
    assert!(!chain.contains("2026-12-20-daycare"), "{chain}");
    let r = app.get("/c/0/m/2026-12-20-daycare");
    assert!(!r.body.contains("id=\"follow\""));
}

/// Standard base64, for a CSP hash.
fn base64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = String::new();
    for b in bytes {
        bits = (bits << 8) | u32::from(*b);
        n += 8;
        while n >= 6 {
            n -= 6;
            out.push(A[((bits >> n) & 63) as usize] as char);
        }
    }
    if n > 0 {
        out.push(A[((bits << (6 - n)) & 63) as usize] as char);
    }
    while !out.len().is_multiple_of(4) {
        out.push('=');
    }
    out
}

// ---- a new case from the browser ----

/// A team folder with one case in it.
fn one_case_team() -> Env {
    let env = Env::new();
    env.write("robin/lsk.yaml", &case_yaml("2021-05", "en"));
    env
}

fn new_case_form(app: &App, fields: &[(&str, &str)]) -> String {
    let mut form = format!("csrf={}", app.csrf());
    for (k, v) in fields {
        form.push_str(&format!("&{k}={}", encode_value(v)));
    }
    form
}

#[test]
fn a_new_case_is_made_from_the_team_page_as_lsk_init_makes_it() {
    let env = one_case_team();
    let app = App::new(&env);
    let page = app.get("/?lang=fi");
    assert!(
        page.body.contains("href=\"/new-case?lang=fi\""),
        "{}",
        page.body
    );
    let form = app.get("/new-case?lang=fi");
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("<label for=\"child\">Lapsen nimi</label>")
    );
    assert!(form.body.contains(&format!("value=\"{}\"", app.csrf())));
    let r = app.post(
        "/new-case?lang=fi",
        &new_case_form(
            &app,
            &[
                ("child", "Äiti-Lumi"),
                ("born", "2020-04"),
                ("worker", "Sari Sosiaalityö"),
                ("folder", ""),
                ("case_lang", "sv"),
                ("stage", "assessment"),
                ("permissions", "group"),
            ],
        ),
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The folder is named after the child; its page is where the browser goes.
    let made = env.read("aiti-lumi/lsk.yaml");
    assert!(env.join("aiti-lumi/meetings").is_dir());
    let location = r.headers["location"].to_str().unwrap().to_owned();
    assert_eq!(
        location,
        format!("{}?lang=fi", case_href(&app.get("/").body, "aiti-lumi"))
    );
    assert!(app.get(&location).body.contains("Äiti-Lumi"));
    // Byte for byte what `lsk init` writes for the same answers.
    let cli = Env::new();
    let run = cli.lsk(&[
        "init",
        "aiti-lumi",
        "--child",
        "Äiti-Lumi",
        "--born",
        "2020-04",
        "--worker",
        "Sari Sosiaalityö",
        "--stage",
        "assessment",
        "--permissions",
        "group",
        "--lang",
        "sv",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(made, cli.read("aiti-lumi/lsk.yaml"));
    let check = env.lsk_in(&env.join("aiti-lumi"), &["check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
}

#[test]
fn a_refused_new_case_keeps_what_was_typed_and_writes_nothing() {
    let env = one_case_team();
    let app = App::new(&env);
    let before: Vec<_> = std::fs::read_dir(env.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    let fields = |born: &'static str, folder: &'static str| {
        vec![
            ("child", "Lumi"),
            ("born", born),
            ("worker", "Sari Sosiaalityö"),
            ("folder", folder),
            ("case_lang", "fi"),
        ]
    };
    // A birth date lsk cannot read: the reason, and every word kept.
    let r = app.post(
        "/new-case?lang=en",
        &new_case_form(&app, &fields("maaliskuu", "lumi")),
    );
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains(
            "The birth date “maaliskuu” cannot be used: write YYYY, YYYY-MM or YYYY-MM-DD."
        ),
        "{}",
        r.body
    );
    // In Finnish and Swedish alike, as a sentence, no backticks.
    for (lang, says) in [
        (
            "fi",
            "Syntymäaikaa ”maaliskuu 2021” ei voi käyttää: kirjoita VVVV, VVVV-KK tai VVVV-KK-PP.",
        ),
        (
            "sv",
            "Födelsedatumet ”maaliskuu 2021” kan inte användas: skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.",
        ),
    ] {
        let r = app.post(
            &format!("/new-case?lang={lang}"),
            &new_case_form(&app, &fields("maaliskuu 2021", "lumi")),
        );
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains(says), "{lang}: {}", r.body);
        assert!(!r.body.contains("`maaliskuu"), "{lang}: {}", r.body);
    }
    assert!(r.body.contains("value=\"maaliskuu\""));
    assert!(r.body.contains("value=\"Sari Sosiaalityö\""));
    assert!(r.body.contains("id=\"born\" name=\"born\" value=\"maaliskuu\" required autocomplete=\"off\" aria-describedby=\"born-hint\" aria-invalid=\"true\""));
    // A folder that exists (a case, or anything else) is never used.
    for folder in [
        "robin",
        "Robin",
        "../outside",
        ".git",
        "a/b",
        "con:x",
        "CON",
        "nul.txt",
        "com1",
        "a\u{202e}b",
        "x\u{200b}y",
    ] {
        let r = app.post(
            "/new-case?lang=en",
            &new_case_form(&app, &fields("2020", folder)),
        );
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{folder}");
        assert!(
            r.body.contains("choose another name"),
            "{folder}: {}",
            r.body
        );
    }
    // An identity code, in a name or the folder: refused, and not sent back.
    for (field, value) in [
        ("child", "Lumi 010203A1230"),
        ("folder", "lumi-010203A1230"),
        ("born", "010203A1230"),
        ("folder", "a/010203A1230"),
        ("folder", "lumi-%30%31%30%32%30%33A1230"),
        ("worker", "Sari 010203-1230"),
    ] {
        let mut f = fields("2020", "lumi");
        f.retain(|(k, _)| *k != field);
        f.push((field, value));
        let r = app.post("/new-case?lang=fi", &new_case_form(&app, &f));
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{value}");
        assert!(!r.body.contains("010203"), "{}", r.body);
        assert!(!r.body.contains("%30%31"), "{}", r.body);
    }
    // Without the form token: 403.
    let r = app.post("/new-case", "child=Lumi&born=2020&worker=Sari&folder=lumi");
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let after: Vec<_> = std::fs::read_dir(env.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(before, after);
    // A server on one case has no new-case page.
    let one = case();
    let app = App::new(&one);
    assert_eq!(app.get("/new-case").status, StatusCode::NOT_FOUND);
    let r = app.post("/new-case", &new_case_form(&app, &fields("2020", "lumi")));
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(!one.join("lumi").exists());
}

#[test]
fn a_document_as_a_pdf_is_printed_by_the_browser_and_nothing_is_written() {
    let env = case();
    let app = App::new(&env);
    let before = snapshot(env.path());
    let r = app.get(&format!("/c/0/m/{MEETING}/pdf/agenda"));
    let browser = lsk::render::pdf::find_browser();
    if browser.is_none() {
        // What a worker without a browser sees; the printing is skipped.
        tool("chromium");
        assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(r.body.contains("Chromium"), "{}", r.body);
        return;
    }
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.headers["content-type"], "application/pdf");
    assert_eq!(
        r.headers["content-disposition"],
        "inline; filename=\"agenda.pdf\""
    );
    assert!(r.body.starts_with("%PDF-"));
    assert_eq!(r.headers["cache-control"], "no-store");
    assert_eq!(before, snapshot(env.path()));
    // The preview links to it.
    let preview = app.get(&format!("/c/0/m/{MEETING}/doc/agenda"));
    assert!(preview.body.contains("pdf&#x2f;agenda"), "{}", preview.body);
    // A document that cannot be made is refused as the preview refuses it.
    env.meeting(MEETING, &drop_key(DAYCARE, "summary"));
    let memo = app.get(&format!("/c/0/m/{MEETING}/pdf/memo"));
    assert_ne!(memo.headers["content-type"], "application/pdf");
    assert!(memo.body.contains("summary"), "{}", memo.body);
}

/// A code in lsk.yaml or in a folder's name is masked on every page, in
/// titles, headings and links as well as in fields.
#[test]
fn identity_codes_in_lsk_yaml_and_folder_names_are_masked_on_every_page() {
    let env = Env::new();
    env.write(
        "010203A1230/lsk.yaml",
        &case_yaml("2021-05", "fi").replace("Robin", "Elsa 010203A1230"),
    );
    env.write(
        "010203A1230/meetings/2026-11-05-010203a1230/meeting.md",
        DAYCARE,
    );
    env.write("robin/lsk.yaml", &case_yaml("2021-05", "fi"));
    env.write(&format!("robin/meetings/{MEETING}/meeting.md"), DAYCARE);
    env.write(
        "robin/meetings/2026-11-12-131052-308t/meeting.md",
        &edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-12"),
    );
    let app = App::new(&env);
    let team = app.get("/");
    assert_eq!(team.status, StatusCode::OK);
    let mut pages = vec![team.body.clone()];
    let robin = case_href(&team.body, "robin");
    let case = app.get(&robin);
    pages.push(case.body.clone());
    pages.push(app.get(&format!("{robin}/m/{MEETING}")).body);
    pages.push(app.get(&format!("{robin}/m/{MEETING}/edit")).body);
    pages.push(app.get(&format!("{robin}/new")).body);
    for body in &pages {
        for code in ["010203", "131052"] {
            assert!(!body.contains(code), "{code} in {body}");
        }
    }
    assert!(team.body.contains("XXXXXX-XXXX"), "{}", team.body);
    // A meeting folder named with a code has no page at all (its address
    // would carry the code into the history), nor a form to save from.
    for path in [
        format!("{robin}/m/2026-11-12-131052-308t"),
        format!("{robin}/m/2026-11-12-131052-308t/edit"),
        format!("{robin}/m/2026-11-12-131052-308t/text"),
    ] {
        assert_eq!(app.get(&path).status, StatusCode::NOT_FOUND, "{path}");
    }
}

/// An overdue action of a meeting whose folder's name holds an identity
/// code: on the team page and the case page its row has no link to the
/// meeting (which has no page) and no "done" form (which would post the
/// masked name); it says in words why, and the code is nowhere on the page.
/// The case page's meeting row says the same. The other meeting's rows
/// keep their link and form.
#[test]
fn a_meeting_folder_named_with_a_code_gets_no_link_and_no_done_form() {
    let env = Env::new();
    env.write("robin/lsk.yaml", &case_yaml("2021-05", "fi"));
    env.write(
        &format!("robin/meetings/{MEETING}/meeting.md"),
        &edit(DAYCARE, "due: 2026-12-01", "due: 2026-11-15"),
    );
    env.write(
        "robin/meetings/2026-11-12-131052-308t/meeting.md",
        &edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-12")
            .replace("due: 2026-12-01", "due: 2026-11-16")
            .replace("Morning chart at home", "Evening chart at home"),
    );
    env.write(
        "aino/lsk.yaml",
        &case_yaml("2020-01", "fi").replace("Robin", "Aino"),
    );
    let app = App::new(&env);
    let team = app.get("/?lang=fi");
    let robin = case_href(&team.body, "robin");
    let case = app.get(&format!("{robin}?lang=fi"));
    let why = "Tämän neuvottelun kansion nimessä on henkilötunnus";
    for (name, body) in [("team", &team.body), ("case", &case.body)] {
        assert!(body.contains("Evening chart at home"), "{name}: {body}");
        assert!(body.contains("Morning chart at home"), "{name}: {body}");
        assert!(!body.contains("131052"), "{name}: {body}");
        // No address on the page names the masked folder.
        for attr in body.split("href=\"").chain(body.split("action=\"")).skip(1) {
            let value = attr.split('"').next().unwrap_or_default();
            assert!(!value.contains("XXXXXX"), "{name}: {value}");
        }
        assert!(
            !body.contains("name=\"meeting\" value=\"2026-11-12-XXXXXX"),
            "{name}: {body}"
        );
        // One "done" form: the other meeting's, with its link.
        assert_eq!(
            body.matches("class=\"done-form\"").count(),
            1,
            "{name}: {body}"
        );
        assert!(
            body.contains(&format!("name=\"meeting\" value=\"{MEETING}\"")),
            "{name}: {body}"
        );
        assert!(
            body.contains(&format!("&#x2f;m&#x2f;{MEETING}")),
            "{name}: {body}"
        );
        assert!(body.contains(why), "{name}: {body}");
    }
    // The case page's meeting row says it too (the overdue row and the
    // meeting row).
    assert_eq!(case.body.matches(why).count(), 2, "{}", case.body);
    let sv = app.get(&format!("{robin}?lang=sv"));
    assert!(
        sv.body
            .contains("Namnet på det här mötets mapp innehåller en personbeteckning"),
        "{}",
        sv.body
    );
}

/// A meeting.md that is a link out of the case is not shown on any page.
#[cfg(unix)]
#[test]
fn a_meeting_file_linked_out_of_the_case_is_not_shown() {
    let env = case();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("meeting.md");
    std::fs::write(
        &target,
        DAYCARE.replace("Morning chart at home", "Outside secret"),
    )
    .unwrap();
    std::fs::create_dir_all(env.join("meetings/2026-12-01-daycare")).unwrap();
    std::os::unix::fs::symlink(&target, env.join("meetings/2026-12-01-daycare/meeting.md"))
        .unwrap();
    let app = App::new(&env);
    for path in [
        "/c/0/m/2026-12-01-daycare",
        "/c/0/m/2026-12-01-daycare/doc/memo",
        "/c/0/m/2026-12-01-daycare/print/memo",
    ] {
        let r = app.get(path);
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!r.body.contains("Outside secret"), "{path}");
    }
}

/// A code split by Markdown emphasis (`010203**A**1230`) reads whole once
/// drawn: the notes are then shown as plain text, masked.
#[test]
fn a_code_split_by_markdown_is_masked_in_the_notes() {
    let env = Env::case("2021-05");
    env.meeting(
        MEETING,
        &edit(DAYCARE, "Notes.", "Huomio: 010203**A**1230 ja *muuta*."),
    );
    let app = App::new(&env);
    let r = app.get(&format!("/c/0/m/{MEETING}"));
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("010203"), "{}", r.body);
    assert!(r.body.contains("XXXXXX-XXXX"), "{}", r.body);
}

/// Dates on the case page are written as people read them in the page's
/// language, not in the file's ISO form.
#[test]
fn the_case_page_writes_dates_as_people_read_them() {
    let env = case();
    let app = App::new(&env);
    let fi = app.get("/c/0?lang=fi").body;
    assert!(
        fi.contains("10.11.2026") && fi.contains("1.12.2026"),
        "{fi}"
    );
    assert!(!fi.contains("2026-12-01"), "{fi}");
    let en = app.get("/c/0?lang=en").body;
    assert!(
        en.contains("10 Nov 2026") && en.contains("1 Dec 2026"),
        "{en}"
    );
    // Documents by their own titles, a copy with its recipient.
    let r = app.post(
        &format!("/c/0/m/{MEETING}/render?for=daycare"),
        &format!("csrf={}&doc=memo&choice=ask", app.csrf()),
    );
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // (An address not asked before: the page is made from the files now.)
    let sv = app.get("/c/0?lang=sv").body;
    assert!(sv.contains("Minnesanteckningar, kopia: daghemmet"), "{sv}");
    assert!(!sv.contains("(daycare)"), "{sv}");
    assert!(!sv.contains("memo.daycare.md"), "{sv}");
}

/// The child's preparation is asked for before the meeting: the meeting
/// page and the form list it there, not among the other fields.
#[test]
fn the_childs_preparation_is_shown_before_the_meeting() {
    let env = case();
    let app = App::new(&env);
    for path in [
        format!("/c/0/m/{MEETING}"),
        format!("/c/0/m/{MEETING}/edit"),
    ] {
        let body = app.get(&path).body;
        let before = body.find("id=\"g-before\"").expect("before");
        let field = body.find("id=\"field-child_preparation\"").expect("field");
        let during = body.find("id=\"g-during\"").expect("during");
        assert!(before < field && field < during, "{path}");
    }
}

// ---- connections: idle, slow, many; bodies; restarts ----

/// How long until the server closes `s` (it reads end of file), if it
/// does within `within`.
fn closed_after(s: &mut TcpStream, within: Duration) -> Option<Duration> {
    let start = Instant::now();
    s.set_read_timeout(Some(within)).unwrap();
    let mut buf = [0u8; 512];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return Some(start.elapsed()),
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return Some(start.elapsed());
            }
            Err(_) => return None,
        }
    }
}

#[test]
fn idle_and_slow_connections_are_closed() {
    let env = case();
    let server = env.server();
    // Sends nothing.
    let mut idle = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    // Sends its headers a byte every second.
    let mut slow = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let port = server.port;
    let trickle = std::thread::spawn(move || {
        let request = format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Slow: ");
        for b in request.bytes().chain(std::iter::repeat(b'a')).take(40) {
            if slow.write_all(&[b]).is_err() {
                return Some(());
            }
            std::thread::sleep(Duration::from_millis(1000));
        }
        None
    });
    let after = closed_after(&mut idle, Duration::from_secs(20)).expect("never closed");
    assert!(after <= Duration::from_secs(9), "{after:?}");
    assert!(
        trickle.join().unwrap().is_some(),
        "a request whose headers come a byte a second is cut off"
    );
    // A kept-alive connection (a browser's, between pages) may wait for
    // its next request; once that begins it must come whole in time.
    let cookie = server.cookie();
    let mut kept = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let request = format!(
        "GET /live HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {cookie}\r\n\r\n",
        server.port
    );
    kept.write_all(request.as_bytes()).unwrap();
    assert!(
        closed_after(&mut kept, Duration::from_secs(7)).is_none(),
        "a kept-alive connection closed within 7 s"
    );
    kept.write_all(b"GET /live HTTP/1.1\r\n").unwrap();
    let after = closed_after(&mut kept, Duration::from_secs(20)).expect("never closed");
    assert!(after <= Duration::from_secs(9), "{after:?}");
}

#[test]
fn a_thousand_idle_connections_do_not_stop_the_workers_page() {
    let env = case();
    let server = env.server();
    let cookie = server.cookie();
    // Another program of the machine holds as many connections as it can.
    let mut held = Vec::new();
    for _ in 0..1100 {
        match TcpStream::connect(("127.0.0.1", server.port)) {
            Ok(s) => held.push(s),
            Err(_) => break,
        }
    }
    assert!(held.len() >= 1000, "{}", held.len());
    // Half of them start a request and never finish it.
    for s in held.iter_mut().step_by(2) {
        let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    }
    let start = Instant::now();
    let resp = server.get("/", &cookie);
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    assert!(resp.contains("Robin"));
    eprintln!(
        "answered in {:?} with {} connections held",
        start.elapsed(),
        held.len()
    );
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    drop(held);
}

#[test]
fn a_request_body_is_bounded() {
    let env = case();
    let server = env.server();
    let cookie = server.cookie();
    let big = 5 << 20;
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let head = format!(
        "POST /c/0/m/{MEETING}/edit HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {cookie}\r\n\
         Origin: http://127.0.0.1:{}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {big}\r\nConnection: close\r\n\r\n",
        server.port, server.port
    );
    s.write_all(head.as_bytes()).unwrap();
    let chunk = vec![b'a'; 1 << 16];
    for _ in 0..(big / chunk.len()) {
        if s.write_all(&chunk).is_err() {
            break;
        }
    }
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(
        out.starts_with("HTTP/1.1 413"),
        "{}",
        &out[..out.len().min(300)]
    );
    // A body that does not come: cut off after its time (10 s).
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let head = format!(
        "POST /c/0/m/{MEETING}/edit HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {cookie}\r\n\
         Origin: http://127.0.0.1:{}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: 100\r\nConnection: close\r\n\r\ncsrf=",
        server.port, server.port
    );
    let start = Instant::now();
    s.write_all(head.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 408"), "{out}");
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn after_a_restart_an_old_page_address_leads_back_in() {
    let env = case();
    let first = env.server();
    let port = first.port;
    let cookie = first.cookie();
    let page = format!("/c/0/m/{MEETING}");
    assert!(first.get(&page, &cookie).starts_with("HTTP/1.1 200"));
    drop(first);
    // Started again for the same folder: the same port, so the bookmark
    // (or the open tab) reaches lsk, which explains and offers the way in.
    let second = env.server();
    assert_eq!(second.port, port, "a folder keeps its port");
    assert_eq!(
        port,
        lsk::serve::folder_port(&env.path().canonicalize().unwrap())
    );
    let resp = second.get(&page, &cookie);
    assert!(resp.starts_with("HTTP/1.1 401"), "{resp}");
    assert!(resp.contains("action=\"/door\""), "{resp}");
    assert!(!resp.contains("Robin"));
    // The way in: a new one-time address in lsk's window (--no-open).
    let resp = http(
        port,
        &format!(
            "POST /door HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n\
             Content-Length: 0\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    let mut second = second;
    let mut line = String::new();
    second.out.read_line(&mut line).unwrap();
    let token = line.trim().split("?token=").nth(1).expect(&line);
    assert_ne!(token, second.token);
    let resp = http(
        port,
        &format!(
            "GET {page}?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
        ),
    );
    let cookie = resp
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .unwrap_or_else(|| panic!("{resp}"))
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert!(second.get(&page, &cookie).contains("Robin"));
}

/// A case whose meetings folder, or a meeting folder of it, is a link out
/// of the case: the page does not show the case clean (nor the other
/// case's meetings), it says what `lsk check` says.
#[test]
#[cfg(unix)]
fn a_meetings_folder_linked_out_of_the_case_is_said_on_its_page() {
    for linked in ["meetings", "meetings/2026-10-01-daycare"] {
        let other = other_childs_case();
        let env = Env::case("2021-03");
        link_to_other(&env, &other, linked);
        let app = App::new(&env);
        let page = app.get("/c/0?lang=en").body;
        assert!(
            page.contains("a link to a file outside this case"),
            "{linked}: {page}"
        );
        assert!(
            page.contains(&format!("{}: ", linked.replace('/', "&#x2f;"))),
            "{linked}: {page}"
        );
        assert!(!page.contains("Ola"), "{linked}: {page}");
    }
}

/// The team page names a case whose meetings folder is a link out of it
/// as one with a file that cannot be read, not as a clean case.
#[test]
#[cfg(unix)]
fn the_team_page_names_a_case_whose_meetings_are_a_link_out() {
    let team = Env::new();
    for (name, child) in [("aino", "Aino"), ("eetu", "Eetu")] {
        team.write(
            &format!("{name}/lsk.yaml"),
            &case_yaml("2021-05", "en").replace("Robin", child),
        );
    }
    team.write("aino/meetings/2026-10-01-daycare/meeting.md", DAYCARE);
    std::os::unix::fs::symlink("../aino/meetings", team.join("eetu/meetings")).unwrap();
    let app = App::new(&team);
    let page = app.get("/?lang=en").body;
    assert!(page.contains("eetu&#x2f;meetings"), "{page}");
}
