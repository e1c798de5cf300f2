//! A meeting folder's name in the pages of `lsk serve`: every address of a
//! meeting is made one way (its name percent-encoded, so that the route
//! finds exactly that folder), and a folder whose name holds an identity
//! code in any form `lsk check` and the hook read in a name (plainly, or
//! percent-encoded, which the browser would decode into its address bar
//! and history) has no address at all and is named masked.

use axum::http::StatusCode;

use crate::app::{App, unescape};
use crate::common::*;
#[cfg(unix)]
use crate::serve_edit::{form, set};

/// Every `href` and `action` of a page, as the browser reads them.
fn addresses(body: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .chain(body.split("action=\"").skip(1))
        .map(|rest| unescape(rest.split('"').next().unwrap_or_default()))
        .collect()
}

/// The addresses of a page that lead to a meeting, without `?lang=`.
fn meeting_links(body: &str) -> Vec<String> {
    addresses(body)
        .into_iter()
        .filter(|a| a.contains("/m/"))
        .collect()
}

/// A folder named with `%`, `#`, `?`, `+`, a space and a letter beyond
/// ASCII is linked from the case page by an address that opens exactly
/// that meeting, and so are its form, its text, its history and its
/// documents; a save goes back to its form.
#[cfg(unix)] // `?` cannot be in a folder's name on Windows
#[test]
fn a_meeting_named_with_odd_characters_is_linked_and_opens() {
    const ODD: &str = "2026-11-10-sali ä 100% #2?+";
    const HREF: &str = "/c/0/m/2026-11-10-sali%20%C3%A4%20100%25%20%232%3F%2B";
    let env = Env::case("2021-05");
    env.meeting(ODD, &DAYCARE.replace("Daycare Centre Lark", "Room Sparrow"));
    let app = App::new(&env);
    let case = app.get("/c/0");
    assert_eq!(case.status, StatusCode::OK);
    let links = meeting_links(&case.body);
    assert!(!links.is_empty(), "{}", case.body);
    for link in &links {
        assert!(link.starts_with(HREF), "{link}");
    }
    let page = app.get(HREF);
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Room Sparrow"), "{}", page.body);
    // Every page below it that the meeting page links to.
    let below = meeting_links(&page.body);
    for want in ["/edit", "/text", "/history", "/doc/memo", "/file"] {
        assert!(
            below.iter().any(|l| l == &format!("{HREF}{want}")),
            "{want}: {below:?}"
        );
    }
    for link in below.iter().filter(|l| !l.ends_with("/file")) {
        let r = app.get(link);
        assert_eq!(r.status, StatusCode::OK, "{link}: {}", r.body);
    }
    // "Follow up this meeting": the new meeting's form with it chosen.
    let follow = addresses(&page.body)
        .into_iter()
        .find(|a| a.contains("follow_up="))
        .expect("a follow-up link");
    let new = app.get(&follow);
    assert_eq!(new.status, StatusCode::OK);
    assert_eq!(
        form(&new.body, "new-form")
            .into_iter()
            .find(|(k, _)| k == "follow_up")
            .map(|(_, v)| unescape(&v)),
        Some(ODD.to_owned()),
        "{}",
        new.body
    );
    // A save through the whole text goes back to this meeting's form.
    let text = app.get(&format!("{HREF}/text"));
    let mut pairs = form(&text.body, "text-form");
    set(
        &mut pairs,
        "text",
        &DAYCARE.replace("Daycare Centre Lark", "Room Robin"),
    );
    let r = app.post_pairs(&format!("{HREF}/text"), &pairs);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        r.location().starts_with(&format!("{HREF}/edit")),
        "{}",
        r.location()
    );
    assert_eq!(app.get(&r.location()).status, StatusCode::OK);
    assert!(
        env.read(&format!("meetings/{ODD}/meeting.md"))
            .contains("Room Robin")
    );
}

/// A meeting folder whose name holds an identity code percent-encoded
/// (`%31%33%31%30%35%32-308T`, which a browser shows decoded) has no
/// address on any page — the case page, its overdue action, the
/// follow-up chain of the meeting it follows, the case's history, search,
/// the new meeting's form — and is named masked; its would-be address is
/// not found.
#[test]
fn a_meeting_named_with_an_encoded_code_has_no_address_anywhere() {
    const CODED: &str = "2026-11-12-%31%33%31%30%35%32-308T";
    let env = Env::case("2021-05");
    env.meeting(MEETING, DAYCARE);
    env.meeting(
        CODED,
        &edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-12")
            .replace("due: 2026-12-01", "due: 2026-11-16")
            .replace("Morning chart at home", "Evening chart at home")
            .replace(
                "kind: daycare",
                &format!("kind: daycare\nfollows: {MEETING}"),
            )
            .replace("Notes.", "Sparrowhawk."),
    );
    git_ok(env.path(), &["init", "-q", "-b", "main"]);
    git_ok(env.path(), &["add", "-A"]);
    git_ok(
        env.path(),
        &["commit", "-q", "--no-verify", "-m", "meetings"],
    );
    let app = App::new(&env);
    let pages = [
        "/",
        "/c/0",
        &format!("/c/0/m/{MEETING}"),
        "/c/0/history",
        "/search?q=Sparrowhawk",
        "/search?q=chart",
        "/c/0/new",
        "/c/0/new?follow_up=2026-11-12-%2531%2533%2531%2530%2535%2532-308T",
    ];
    for path in pages {
        let r = app.get(path);
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
        for told in ["%31%33", "%2531", "131052", "308T", "308t"] {
            assert!(!r.body.contains(told), "{told} on {path}: {}", r.body);
        }
        for link in meeting_links(&r.body) {
            assert!(
                link.starts_with(&format!("/c/0/m/{MEETING}")),
                "{path}: {link}"
            );
        }
    }
    // Named masked, and why it has no link, where it is shown.
    let case = app.get("/c/0").body;
    assert!(case.contains("Evening chart at home"), "{case}");
    assert!(case.contains("12 Nov 2026 XXXXXX-XXXX"), "{case}");
    assert!(case.contains("code-in-name"), "{case}");
    let chain = app.get(&format!("/c/0/m/{MEETING}")).body;
    let chain = chain.split("id=\"follow\"").nth(1).unwrap_or(&chain);
    assert!(chain.contains("12 Nov 2026 XXXXXX-XXXX"), "{chain}");
    assert!(chain.contains("code-in-name"), "{chain}");
    let history = app.get("/c/0/history").body;
    assert!(history.contains("12 Nov 2026 XXXXXX-XXXX"), "{history}");
    let new = app.get("/c/0/new").body;
    assert!(!new.contains("12 Nov 2026"), "not offered to follow: {new}");
    // Its action cannot be marked done (its name would be written into
    // lsk.yaml), even by a form made by hand.
    let before = env.read("lsk.yaml");
    let r = app.post_pairs(
        "/c/0/done",
        &vec![
            ("csrf".to_owned(), app.csrf()),
            ("meeting".to_owned(), CODED.to_owned()),
            ("action".to_owned(), "Evening chart at home".to_owned()),
        ],
    );
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert_eq!(env.read("lsk.yaml"), before);
    // Its address, made as every other is, leads nowhere.
    let at = "/c/0/m/2026-11-12-%2531%2533%2531%2530%2535%2532-308T";
    for below in ["", "/edit", "/text", "/history", "/doc/memo"] {
        let r = app.get(&format!("{at}{below}"));
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{below}");
    }
}

/// A folder name typed for a new meeting that holds an identity code
/// percent-encoded: the command makes its folder name of letters, digits
/// and dashes only (no code in it, as `lsk check` reads a name); the page
/// refuses it as it refuses a code typed in any field, and does not show
/// it back; nothing is made.
#[test]
fn a_new_meeting_named_with_an_encoded_code_is_not_made() {
    let slug = "%31%33%31%30%35%32-308T";
    let env = Env::case("2021-05");
    let run = env.lsk(&[
        "new-meeting",
        "--kind",
        "daycare",
        "--date",
        "2026-12-01",
        "--slug",
        slug,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!env.check(&[]).has("identity-code"));
    let env = Env::case("2021-05");
    let app = App::new(&env);
    let r = app.post_pairs(
        "/c/0/new",
        &vec![
            ("csrf".to_owned(), app.csrf()),
            ("kind".to_owned(), "daycare".to_owned()),
            ("date".to_owned(), "2026-12-01".to_owned()),
            ("time".to_owned(), String::new()),
            ("slug".to_owned(), slug.to_owned()),
            ("follow_up".to_owned(), String::new()),
        ],
    );
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(!r.body.contains("%31%33"), "{}", r.body);
    assert!(!env.join("meetings").exists());
}
