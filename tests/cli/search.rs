//! Search across a team folder: `lsk search` (the real binary) and the
//! search page of `lsk serve` (the real router), on a generated team of
//! fictional cases with names written with ä and ö, a word kept from a
//! reader (`not_for`) and identity codes that must never be found or shown.

use axum::http::StatusCode;

use crate::app::{App, encode_value};
use crate::common::{DAYCARE, Env, case_yaml, edit};

/// A team of `n` cases (`case-000`…), each with the child `Lapsi NNN` and
/// two meetings; case 7 is Äino Mäkelä's (a Finnish case), whose second
/// meeting has Leena Öhman as the owner of an action, a topic kept from
/// the daycare's copy, a note with an identity code, and a word in the
/// notes only.
fn team(n: usize) -> Env {
    let env = Env::new();
    for i in 0..n {
        let (child, lang) = if i == 7 {
            ("Äino Mäkelä".to_owned(), "fi")
        } else {
            (format!("Lapsi {i:03}"), "en")
        };
        let case = format!("case-{i:03}");
        env.write(
            &format!("{case}/lsk.yaml"),
            &case_yaml("2021-03", lang).replace("Robin", &child),
        );
        env.write(
            &format!("{case}/meetings/2026-11-10-daycare/meeting.md"),
            DAYCARE,
        );
        let second = if i == 7 {
            let text = edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-20");
            let text = edit(&text, "owner: Pat Parent", "owner: Leena Öhman");
            let text = edit(
                &text,
                "topics:\n",
                "topics:\n  - topic: Kummitustarinat ennen unta\n    not_for: [daycare]\n",
            );
            format!("{text}\nÄidin mukaan 131052-308T ja hammaslääkäri.\n")
        } else {
            edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-20")
        };
        env.write(
            &format!("{case}/meetings/2026-11-20-daycare/meeting.md"),
            &second,
        );
    }
    env
}

fn search(env: &Env, words: &[&str]) -> crate::common::Run {
    let mut args = vec!["search", "."];
    args.extend_from_slice(words);
    args.extend_from_slice(&["--format", "json"]);
    env.lsk(&args)
}

fn results(run: &crate::common::Run) -> Vec<serde_json::Value> {
    run.json()["results"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn a_childs_name_is_found_without_case_or_accents() {
    let env = team(12);
    for query in ["äino", "AINO", "aino mäk", "Makela", "ÄIN"] {
        let run = search(&env, &[query]);
        assert_eq!(run.code, 0, "{query}: {}", run.stderr);
        let found = results(&run);
        // The case, not each of its meetings (none names her).
        assert_eq!(found.len(), 1, "{query}: {found:?}");
        assert_eq!(found[0]["child"], "Äino Mäkelä");
        assert_eq!(found[0]["case"], "case-007");
        assert!(found[0]["meeting"].is_null());
        assert_eq!(found[0]["fields"], serde_json::json!(["child"]));
        assert_eq!(found[0]["found_in"], serde_json::json!(["Lapsi"]));
    }
    // A word that begins no word finds nothing, and says so (status 1).
    let none = search(&env, &["ainox"]);
    assert_eq!(none.code, 1);
    assert_eq!(none.json()["total"], 0);
}

#[test]
fn a_person_and_words_in_a_meeting_are_found_with_their_place() {
    let env = team(12);
    let run = search(&env, &["öhman"]);
    let found = results(&run);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["meeting"], "2026-11-20-daycare");
    assert_eq!(found[0]["kind"], "daycare");
    assert_eq!(found[0]["fields"], serde_json::json!(["agreed"]));
    assert_eq!(found[0]["found_in"], serde_json::json!(["Sovitut asiat"]));
    // The notes below the fields; two words, both needed, any order.
    let notes = results(&search(&env, &["hammas", "äidin"]));
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["fields"], serde_json::json!(["notes"]));
    assert!(results(&search(&env, &["hammas", "eetu"])).is_empty());
    // Meetings are listed newest first.
    let sandpit = results(&search(&env, &["lapsi", "001", "sandpit"]));
    assert_eq!(sandpit.len(), 2, "{sandpit:?}");
    assert_eq!(sandpit[0]["date"], "2026-11-20");
    assert_eq!(sandpit[1]["date"], "2026-11-10");
    // A word of the case and one of the meeting: the meeting.
    let both = results(&search(&env, &["aino", "hammas"]));
    assert_eq!(both.len(), 1);
    assert_eq!(
        both[0]["fields"],
        serde_json::json!(["child", "notes"]),
        "{both:?}"
    );
    // A topic kept from the daycare's copy is found: search is the
    // worker's own tool over child welfare's file.
    let kept = results(&search(&env, &["kummitus"]));
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0]["fields"], serde_json::json!(["topics"]));
    // Every case's meetings hold "Lark": 24 meetings.
    let all = search(&env, &["lark"]);
    assert_eq!(all.json()["total"], 24);
}

#[test]
fn identity_codes_are_never_found_nor_shown() {
    let env = team(12);
    // A code as a query is refused, in the words of the language asked.
    let run = env.lsk(&["search", ".", "131052-308T", "--lang", "fi"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("Henkilötunnuksella"), "{}", run.stderr);
    assert!(!run.stdout.contains("131052") && !run.stderr.contains("131052"));
    // Its parts are not words of the index.
    for part in ["131052", "308t"] {
        let r = search(&env, &[part]);
        assert_eq!(r.json()["total"], 0, "{part}: {}", r.stdout);
    }
    // A child named with a code is found by the name, shown masked.
    env.write(
        "case-003/lsk.yaml",
        &case_yaml("2021-03", "en").replace("Robin", "Bertta 131052-308T"),
    );
    for format in ["json", "table"] {
        let run = env.lsk(&["search", ".", "bertta", "--format", format]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains("Bertta"), "{}", run.stdout);
        assert!(!run.stdout.contains("131052"), "{}", run.stdout);
    }
}

#[test]
fn the_table_names_child_meeting_place_and_folder() {
    let env = team(3);
    let run = env.lsk(&["search", ".", "lapsi", "001", "--lang", "sv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for text in ["Barn", "Lapsi 001", "Hittades i", "case-001", "Träffar: 1."] {
        assert!(run.stdout.contains(text), "{text}: {}", run.stdout);
    }
    let missing = env.lsk(&["search", "nowhere", "x"]);
    assert_eq!(missing.code, 2);
}

/// The search page: the words, a list of results linking to each page,
/// refreshed after a change on disk.
#[test]
fn the_search_page_finds_links_and_follows_changes() {
    let env = team(12);
    let app = App::at(&env.path().canonicalize().unwrap());
    // The box is on the team page and on a case page.
    let home = app.get("/");
    assert!(home.body.contains("role=\"search\""), "{}", home.body);
    assert!(home.body.contains("<label for=\"search-q\">"));
    // Behind the same guard as every page: no cookie, no search; another
    // host, no search.
    let port = format!("127.0.0.1:{}", crate::app::PORT);
    let bare = app.get_with("/search?q=aino", &[("host", &port)]);
    assert_eq!(bare.status, StatusCode::UNAUTHORIZED);
    assert!(!bare.body.contains("Mäkelä"));
    let foreign = app.get_with(
        "/search?q=aino",
        &[("host", "example.com"), ("cookie", &app.cookie())],
    );
    assert!(foreign.status.is_client_error(), "{}", foreign.status);
    assert!(!foreign.body.contains("Mäkelä"));
    let r = app.get(&format!(
        "/search?q={}&lang=fi",
        encode_value("makel hammas")
    ));
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("<ol class=\"search-results\">"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Osumia: 1."), "{}", r.body);
    assert!(
        r.body.contains("Löytyi kohdasta: Lapsi, Muistiinpanot"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("Perheen, varhaiskasvatuksen ja lastensuojelun neuvottelu")
    );
    assert!(r.body.contains("20.11.2026"), "{}", r.body);
    // Each result leads to its page, which shows the child.
    let start = r.body.find("<ol").unwrap();
    let href = r.body[start..]
        .split("href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .replace("&#x2f;", "/")
        .replace("&amp;", "&");
    assert!(href.contains("/m/2026-11-20-daycare"), "{href}");
    let meeting = app.get(&href);
    assert_eq!(meeting.status, StatusCode::OK, "{href}");
    // No field key on the page: labels only.
    for key in ["agreed", "topics", "notes\"", "child_"] {
        assert!(!r.body.contains(key), "{key}: {}", r.body);
    }
    // A code is refused with a message and not echoed.
    let code = app.get(&format!(
        "/search?q={}&lang=sv",
        encode_value("131052-308T")
    ));
    assert!(code.body.contains("personbeteckning"), "{}", code.body);
    assert!(!code.body.contains("131052"));
    // A change on disk is found at the next search.
    env.write(
        "case-002/meetings/2026-11-10-daycare/meeting.md",
        &edit(DAYCARE, "place: Daycare Centre Lark", "place: Satakieli"),
    );
    let after = app.page_showing("/search?q=satakieli&lang=en", "Found: 1.");
    assert!(after.contains("Lapsi 002"), "{after}");
}

/// After changes on disk — a meeting edited (twice), a meeting and a case
/// added, a child renamed, a meeting and a case removed — the next search
/// of the server finds what is there now and nothing that is gone.
#[test]
fn the_index_follows_every_change_at_the_next_search() {
    let env = team(12);
    let app = App::at(&env.path().canonicalize().unwrap());
    let ask = |words: &str, shown: &str| {
        app.page_showing(&format!("/search?q={}&lang=en", encode_value(words)), shown)
    };
    // The index is made by the first search.
    ask("satakieli", "Nothing found.");
    let place = "case-002/meetings/2026-11-10-daycare/meeting.md";
    env.write(
        place,
        &edit(DAYCARE, "place: Daycare Centre Lark", "place: Satakieli"),
    );
    assert!(ask("satakieli", "Found: 1.").contains("Lapsi 002"));
    env.write(
        place,
        &edit(DAYCARE, "place: Daycare Centre Lark", "place: Peippo"),
    );
    ask("satakieli", "Nothing found.");
    assert!(ask("peippo", "Found: 1.").contains("Lapsi 002"));
    // A meeting added to a case, a case added.
    env.write(
        "case-005/meetings/2026-12-01-daycare/meeting.md",
        &edit(
            &edit(DAYCARE, "date: 2026-11-10", "date: 2026-12-01"),
            "place: Daycare Centre Lark",
            "place: Tikkapuu",
        ),
    );
    let tikka = ask("tikkapuu", "Found: 1.");
    assert!(tikka.contains("2026-12-01-daycare"), "{tikka}");
    env.write(
        "case-100/lsk.yaml",
        &case_yaml("2021-03", "en").replace("Robin", "Kuukkeli Uusi"),
    );
    ask("kuukkeli", "Found: 1.");
    // A child's name changed in lsk.yaml.
    env.write(
        "case-004/lsk.yaml",
        &case_yaml("2021-03", "en").replace("Robin", "Taimi Koivu"),
    );
    assert!(ask("taimi koivu", "Found: 1.").contains("Taimi Koivu"));
    ask("lapsi 004", "Nothing found.");
    // A meeting removed, a case removed.
    std::fs::remove_dir_all(env.join("case-002/meetings/2026-11-10-daycare")).unwrap();
    ask("peippo", "Nothing found.");
    std::fs::remove_dir_all(env.join("case-100")).unwrap();
    ask("kuukkeli", "Nothing found.");
    // What did not change is still found: the 24 meetings' place, less
    // the one edited (and later removed).
    ask("lark", "Found: 23.");
}

/// The queries of `tests/golden/search-queries.txt` over a generated team
/// (examples/gen-corpus.rs, 12 cases of 5 meetings): names, prefixes,
/// capitals and accents (ä/a), several words, words that match nothing
/// and identity codes. The golden was written by the index before it was
/// made small (each result: case, meeting, date, kind, fields, child).
#[test]
fn the_same_results_as_before_over_a_generated_team() {
    let env = Env::new();
    let exe = std::env::current_exe().unwrap();
    let generator = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join(format!("gen-corpus{}", std::env::consts::EXE_SUFFIX));
    let out = std::process::Command::new(generator)
        .arg(env.join("team"))
        .args(["12", "5"])
        .output()
        .expect("gen-corpus is built by cargo test");
    assert!(out.status.success());
    let golden_file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/search-queries.txt");
    let golden = std::fs::read_to_string(&golden_file).unwrap();
    let queries: Vec<&str> = golden
        .lines()
        .filter_map(|l| l.strip_prefix("? "))
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert!(queries.len() >= 40, "{}", queries.len());
    let mut now = Vec::new();
    for q in &queries {
        let mut args = vec!["search", "."];
        args.extend(q.split(' '));
        args.extend(["--format", "json"]);
        let run = env.cmd(&args).dir(env.join("team")).run();
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_default();
        let total = json.get("total").map_or("-".to_owned(), |t| t.to_string());
        now.push(format!("? {q}\t{}\t{total}", run.code));
        let text = |v: &serde_json::Value| v.as_str().unwrap_or("-").to_owned();
        for h in json["results"].as_array().into_iter().flatten() {
            let fields: Vec<String> = h["fields"].as_array().unwrap().iter().map(text).collect();
            now.push(
                [
                    text(&h["case"]),
                    text(&h["meeting"]),
                    text(&h["date"]),
                    text(&h["kind"]),
                    fields.join(","),
                    text(&h["child"]),
                ]
                .join("\t"),
            );
        }
    }
    let now = now.join("\n") + "\n";
    // A change of results meant later: LSK_UPDATE_GOLDEN=1, as golden.rs.
    if std::env::var_os("LSK_UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&golden_file, &now).unwrap();
    }
    assert!(
        now == golden,
        "results differ from {}",
        golden_file.display()
    );
}
