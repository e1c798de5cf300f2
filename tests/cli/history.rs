//! Issue 23 §2: `lsk history` and the history pages, with real git — who
//! changed what and when, fields named in words, documents made and copies
//! disclosed, identity codes masked; and "Restore this version" through
//! HTTP: a new commit, the old version's words, nothing lost.

use axum::http::StatusCode;
use serde_json::Value;

use crate::app::App;
use crate::common::*;

fn meeting_file() -> String {
    format!("meetings/{MEETING}/meeting.md")
}

/// A case in `lang` with the DAYCARE meeting, in a git repository of its
/// own, first recorded by Sam Worker.
fn repo_case(lang: &str) -> Env {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", lang));
    env.meeting(MEETING, DAYCARE);
    git_ok(env.path(), &["init", "-q", "-b", "main"]);
    commit(&env, "Sam Worker", "new case");
    env
}

/// Record everything in the folder as `author` (set as the repository's
/// worker too, so that a commit lsk makes itself is hers as well). An lsk
/// that has committed already leaves nothing: the empty commit is not
/// part of any history.
fn commit(env: &Env, author: &str, message: &str) {
    let email = be(env, author);
    git_ok(env.path(), &["add", "-A"]);
    let out = std::process::Command::new("git")
        .current_dir(env.path())
        .args([
            "commit",
            "-q",
            "--allow-empty",
            "--no-verify",
            "-m",
            message,
        ])
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", &email)
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", &email)
        .env_remove("GIT_DIR")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `author` as the repository's worker (lsk commits as her); her e-mail.
fn be(env: &Env, author: &str) -> String {
    let email = format!(
        "{}@example.invalid",
        author.replace(' ', ".").to_lowercase()
    );
    git_ok(env.path(), &["config", "user.name", author]);
    git_ok(env.path(), &["config", "user.email", &email]);
    email
}

fn change_meeting(env: &Env, from: &str, to: &str) {
    let text = env.read(&meeting_file());
    env.write(&meeting_file(), &edit(&text, from, to));
}

fn changes(run: &Run) -> Vec<Value> {
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    run.json()["changes"].as_array().expect("changes").clone()
}

#[test]
fn who_changed_which_fields_is_told_in_words_in_every_language() {
    let env = repo_case("fi");
    change_meeting(
        &env,
        "place: Daycare Centre Lark",
        "place: Päiväkoti Satakieli",
    );
    commit(&env, "Leena Mäkelä", "paikka");
    change_meeting(
        &env,
        "child_views: Robin likes the sandpit",
        "child_views: Robin likes swings",
    );
    let text = env.read(&meeting_file());
    env.write(&meeting_file(), &format!("{text}\nA new line of notes.\n"));
    commit(&env, "Aino Virtanen", "lapsen näkemykset");

    let fi = env.lsk_wide(&["history", &format!("meetings/{MEETING}")]);
    assert_eq!(fi.code, 0, "{}", fi.stderr);
    let lines: Vec<&str> = fi.stdout.lines().collect();
    assert!(
        lines[0].contains("Kuka") && lines[0].contains("Mitä tehtiin"),
        "{}",
        fi.stdout
    );
    // Newest first, each author by name, the fields by their names.
    assert!(lines[1].contains("Aino Virtanen"), "{}", fi.stdout);
    assert!(
        lines[1].contains("Muutettu: Lapsen näkemykset, Muistiinpanot"),
        "{}",
        fi.stdout
    );
    assert!(
        lines[2].contains("Leena Mäkelä") && lines[2].contains("Muutettu: Paikka"),
        "{}",
        fi.stdout
    );
    assert!(
        lines[3].contains("Sam Worker") && lines[3].contains("Uusi neuvottelu"),
        "{}",
        fi.stdout
    );
    assert!(
        lines[1].contains("10.11.2026"),
        "the meeting by its day: {}",
        fi.stdout
    );
    assert!(!fi.stdout.contains("child_views") && !fi.stdout.contains(MEETING));

    let sv = env.lsk_wide(&["history", &meeting_file(), "--lang", "sv"]);
    assert!(
        sv.stdout
            .contains("Ändrat: Barnets synpunkter, Anteckningar"),
        "{}",
        sv.stdout
    );
    assert!(sv.stdout.contains("Nytt möte"), "{}", sv.stdout);
    let en = env.lsk_wide(&["history", &meeting_file(), "--lang", "en"]);
    assert!(en.stdout.contains("Changed: Place"), "{}", en.stdout);
    assert!(
        en.stdout.contains("Who") && en.stdout.contains("What was done"),
        "{}",
        en.stdout
    );
}

#[test]
fn the_json_has_exactly_the_documented_keys() {
    let env = repo_case("en");
    change_meeting(&env, "place: Daycare Centre Lark", "place: Room 2");
    commit(&env, "Leena Mäkelä", "place");
    let run = env.lsk(&["history", "--format", "json"]);
    let all = changes(&run);
    let object = run.json();
    assert_eq!(object.as_object().unwrap().len(), 1, "only `changes`");
    let first = all[0].as_object().unwrap();
    let mut keys: Vec<&str> = first.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "author",
            "commit",
            "fields",
            "fields_words",
            "meeting",
            "summary",
            "time"
        ]
    );
    assert_eq!(first["author"], "Leena Mäkelä");
    assert_eq!(first["meeting"], MEETING);
    assert_eq!(first["fields"], serde_json::json!(["place"]));
    assert_eq!(first["fields_words"], serde_json::json!(["Place"]));
    assert_eq!(first["summary"], "Changed: Place");
    let commit = first["commit"].as_str().unwrap();
    assert_eq!(commit.len(), 40);
    let head = git_ok(env.path(), &["rev-parse", "HEAD"]);
    assert_eq!(String::from_utf8_lossy(&head.stdout).trim(), commit);
    assert!(
        first["time"]
            .as_str()
            .unwrap()
            .parse::<jiff::Timestamp>()
            .is_ok(),
        "RFC 3339: {}",
        first["time"]
    );
    // The case's first commit: the case started, and the meeting made.
    let last = &all[all.len() - 1];
    assert!(
        all.iter()
            .any(|c| c["meeting"].is_null() && c["summary"] == "Case started")
    );
    assert_eq!(last["author"], "Sam Worker");
}

#[test]
fn a_document_made_and_a_copy_disclosed_are_in_the_history() {
    let env = repo_case("en");
    let run = env.lsk(&["render", "memo", &format!("meetings/{MEETING}")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    commit(&env, "Sam Worker", "memo");
    be(&env, "Leena Mäkelä");
    let run = env.lsk(&[
        "render",
        "memo",
        &format!("meetings/{MEETING}"),
        "--for",
        "daycare",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(env.join("disclosures.jsonl").exists());
    commit(&env, "Leena Mäkelä", "copy for daycare");

    let all = changes(&env.lsk(&["history", &meeting_file(), "--format", "json"]));
    let summaries: Vec<&str> = all.iter().map(|c| c["summary"].as_str().unwrap()).collect();
    assert!(
        summaries[0].contains("Document made: Meeting record (the daycare centre)")
            && summaries[0].contains("Copy disclosed: "),
        "{summaries:?}"
    );
    assert_eq!(all[0]["author"], "Leena Mäkelä");
    assert!(
        summaries[1] == "Document made: Meeting record",
        "{summaries:?}"
    );
    assert_eq!(all[0]["fields"], serde_json::json!([]));
}

#[test]
fn an_identity_code_from_a_commit_made_outside_lsk_is_never_printed() {
    let env = repo_case("en");
    change_meeting(&env, "place: Daycare Centre Lark", "place: Room 2");
    commit(&env, &format!("Leena {CODE}"), &format!("fixed {CODE}"));
    // A field key with a code in it, too.
    let text = env.read(&meeting_file());
    env.write(
        &meeting_file(),
        &edit(
            &text,
            "kind: daycare\n",
            &format!("kind: daycare\nx{CODE}: 1\n"),
        ),
    );
    commit(&env, "Sam Worker", "x");
    for format in ["table", "json"] {
        let run = env.lsk_wide(&["history", "--format", format]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(!run.stdout.contains(CODE), "{}", run.stdout);
        assert!(!run.stdout.contains("131052"), "{}", run.stdout);
        assert!(run.stdout.contains("XXXXXX-XXXX"), "{}", run.stdout);
    }
}

#[test]
fn a_meeting_has_its_own_changes_and_the_case_has_them_all() {
    let env = repo_case("en");
    env.meeting(
        "2026-12-08-daycare",
        &DAYCARE.replace("2026-11-10", "2026-12-08"),
    );
    commit(&env, "Leena Mäkelä", "second meeting");
    let yaml = env.read("lsk.yaml");
    env.write(
        "lsk.yaml",
        &edit(
            &yaml,
            "responsible_worker: Sam Worker",
            "responsible_worker: Leena Mäkelä",
        ),
    );
    commit(&env, "Leena Mäkelä", "worker");

    let one = changes(&env.lsk(&["history", &meeting_file(), "--format", "json"]));
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0]["meeting"], MEETING);

    let case = changes(&env.lsk(&["history", "--format", "json"]));
    let said: Vec<(String, String)> = case
        .iter()
        .map(|c| {
            (
                c["meeting"].to_string(),
                c["summary"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(case[0]["meeting"], Value::Null, "{said:?}");
    assert_eq!(
        case[0]["summary"], "Case details changed: Allocated social worker",
        "{said:?}"
    );
    assert_eq!(case[1]["meeting"], "2026-12-08-daycare", "{said:?}");
    assert_eq!(case[1]["summary"], "New meeting", "{said:?}");
    assert_eq!(case.len(), 4, "{said:?}");
    // From a folder inside the case, the same.
    let inside = env.lsk_in(&env.join("meetings"), &["history", "--format", "json"]);
    assert_eq!(changes(&inside).len(), 4);
}

#[test]
fn outside_git_there_is_no_history_and_lsk_says_so() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    env.meeting(MEETING, DAYCARE);
    let run = env
        .cmd(&["history"])
        .var("GIT_CEILING_DIRECTORIES", env.path().parent().unwrap())
        .run();
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("ei ole versionhallinnassa"),
        "{}",
        run.stderr
    );
    let json = env
        .cmd(&["history", "--format", "json"])
        .var("GIT_CEILING_DIRECTORIES", env.path().parent().unwrap())
        .run();
    assert_eq!(json.code, 2);
    assert!(
        json.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("git")
    );
    // Not a case at all: as the other commands say it.
    let none = Env::new();
    let run = none.lsk(&["history"]);
    assert_eq!(run.code, 2);
    // A path that is not there.
    let run = env.lsk(&["history", "meetings/nothing-here"]);
    assert_eq!(run.code, 2);
}

// ---- the pages and restoring, through HTTP ----

fn restore_form(app: &App, commit: &str) -> String {
    format!("csrf={}&commit={commit}", app.csrf())
}

fn log(env: &Env) -> Vec<String> {
    let out = git_ok(env.path(), &["log", "--format=%H %an %s"]);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_meeting_page_shows_each_difference_in_words() {
    let env = repo_case("en");
    change_meeting(&env, "date: 2026-11-10", "date: 2026-11-12");
    change_meeting(
        &env,
        "  recipients: [daycare]",
        "  recipients: [daycare, school]",
    );
    change_meeting(
        &env,
        "\nmemo_consent:\n",
        "\n  - by: Sam Worker\n    topic: Lunch at daycare\nmemo_consent:\n",
    );
    commit(&env, "Leena Mäkelä", "date");
    let app = App::new(&env);
    let page = app.get(&format!("/c/0/m/{MEETING}/history"));
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let body = page.body;
    assert!(body.contains("Leena Mäkelä"), "{body}");
    // The date in words, earlier → new.
    assert!(
        body.contains("10 Nov 2026") && body.contains("12 Nov 2026"),
        "{body}"
    );
    assert!(body.contains("Consent to share the memo"), "{body}");
    // A list item by item: only the topic added, with who raised it.
    let newest = body.split("class=\"change\"").nth(1).unwrap();
    assert!(newest.contains("Added:"), "{newest}");
    assert!(newest.contains("<ins><dl class=\"record\"><dt>Who</dt><dd>Sam Worker</dd><dt>Topic</dt><dd>Lunch at daycare</dd></dl></ins>"), "{newest}");
    assert!(
        !newest.contains("<ins><dl class=\"record\"><dt>Who</dt><dd>Pat Parent</dd>"),
        "{newest}"
    );
    assert!(
        !body.contains("2026-11-12"),
        "no YAML date on the page: {body}"
    );
    assert!(body.contains("Restore this version"), "{body}");
    assert!(body.contains("(the current version)"), "{body}");
    // The meeting and the case pages lead to it.
    let meeting = app.get(&format!("/c/0/m/{MEETING}")).body;
    let unescape = |html: &str| html.replace("&#x2f;", "/");
    assert!(
        unescape(&meeting).contains(&format!(
            "id=\"history-link\" href=\"/c/0/m/{MEETING}/history\""
        )),
        "{meeting}"
    );
    let case = app.get("/c/0");
    assert!(
        unescape(&case.body).contains("id=\"history-link\" href=\"/c/0/history\""),
        "{}",
        case.body
    );
    let case_history = app.get("/c/0/history");
    assert_eq!(case_history.status, StatusCode::OK);
    assert!(
        case_history.body.contains("Case started"),
        "{}",
        case_history.body
    );
}

#[test]
fn restoring_a_version_makes_a_new_commit_and_loses_nothing() {
    let env = repo_case("en");
    let first = env.read(&meeting_file());
    change_meeting(&env, "place: Daycare Centre Lark", "place: Room 2");
    commit(&env, "Leena Mäkelä", "place");
    let second = env.read(&meeting_file());
    let before = log(&env);
    let app = App::new(&env);
    let oldest = before.last().unwrap().split(' ').next().unwrap().to_owned();

    let resp = app.post(
        &format!("/c/0/m/{MEETING}/history/restore"),
        &restore_form(&app, &oldest),
    );
    assert_eq!(resp.status, StatusCode::SEE_OTHER, "{}", resp.body);
    assert!(
        resp.location().contains("said=history_restored"),
        "{}",
        resp.location()
    );
    // The folder holds the old version's words, recorded as a new commit
    // by the worker; the version it replaced is still in the history.
    assert_eq!(env.read(&meeting_file()), first);
    let after = log(&env);
    assert_eq!(after.len(), before.len() + 1, "{after:?}");
    assert_eq!(after[1..], before[..]);
    assert!(after[0].contains("Leena Mäkelä"), "{after:?}");
    assert!(
        after[0].contains("Robin, 10 Nov 2026") && after[0].contains("earlier version restored ("),
        "the message names the meeting and the restore: {after:?}"
    );
    let head = git_ok(env.path(), &["show", &format!("HEAD:{}", meeting_file())]);
    assert_eq!(String::from_utf8_lossy(&head.stdout), first);
    let kept = git_ok(env.path(), &["show", &format!("HEAD~1:{}", meeting_file())]);
    assert_eq!(String::from_utf8_lossy(&kept.stdout), second);
    let status = git_ok(env.path(), &["status", "--porcelain"]);
    assert!(
        status.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );
    // The page says so, and the history tells the restore.
    let page = app.get(&format!("/c/0/m/{MEETING}/history?said=history_restored"));
    assert!(
        page.body.contains("recorded as a new change"),
        "{}",
        page.body
    );
    let run = env.lsk(&["history", &meeting_file(), "--format", "json"]);
    let all = changes(&run);
    assert_eq!(all[0]["fields"], serde_json::json!(["place"]));
}

#[test]
fn a_restore_never_writes_over_words_not_yet_recorded_nor_takes_a_forged_form() {
    let env = repo_case("en");
    change_meeting(&env, "place: Daycare Centre Lark", "place: Room 2");
    commit(&env, "Leena Mäkelä", "place");
    let oldest = log(&env)
        .last()
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_owned();
    // Words typed and saved, but not in the history.
    change_meeting(&env, "place: Room 2", "place: Room 3");
    let unsaved = env.read(&meeting_file());
    let before = log(&env);
    let app = App::new(&env);
    let resp = app.post(
        &format!("/c/0/m/{MEETING}/history/restore"),
        &restore_form(&app, &oldest),
    );
    assert!(
        resp.location().contains("said=history_restore_unsaved"),
        "{}",
        resp.location()
    );
    assert_eq!(env.read(&meeting_file()), unsaved);
    assert_eq!(log(&env), before);
    // Without the page's token: refused, nothing written.
    let forged = app.post(
        &format!("/c/0/m/{MEETING}/history/restore"),
        &format!("csrf=wrong&commit={oldest}"),
    );
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // A version that is not there.
    let resp = app.post(
        &format!("/c/0/m/{MEETING}/history/restore"),
        &restore_form(&app, "not-a-commit"),
    );
    assert_eq!(resp.status, StatusCode::BAD_REQUEST);
    assert_eq!(env.read(&meeting_file()), unsaved);
}

#[test]
fn a_version_holding_an_identity_code_is_not_restored() {
    let env = repo_case("en");
    change_meeting(
        &env,
        "place: Daycare Centre Lark",
        &format!("place: Room {CODE}"),
    );
    commit(&env, "Leena Mäkelä", "code");
    let with_code = log(&env)[0].split(' ').next().unwrap().to_owned();
    change_meeting(&env, &format!("place: Room {CODE}"), "place: Room 2");
    commit(&env, "Sam Worker", "fixed");
    let now = env.read(&meeting_file());
    let before = log(&env);
    let app = App::new(&env);
    let page = app.get(&format!("/c/0/m/{MEETING}/history")).body;
    assert!(!page.contains(CODE), "{page}");
    let resp = app.post(
        &format!("/c/0/m/{MEETING}/history/restore"),
        &restore_form(&app, &with_code),
    );
    assert!(
        resp.location().contains("said=history_restore_refused"),
        "{}",
        resp.location()
    );
    assert_eq!(env.read(&meeting_file()), now);
    assert_eq!(log(&env), before);
}

/// attack23 M3: a restore never gives a recipient what the meeting keeps
/// from them now — a version without that `not_for` is refused, saying why
/// in words, and nothing changes; and only a version the meeting's history
/// lists is restored (not any commit named in the form).
#[test]
fn a_restore_never_drops_what_is_kept_from_a_recipient_nor_takes_an_unlisted_version() {
    let env = repo_case("en");
    let oldest = log(&env)[0].split(' ').next().unwrap().to_owned();
    change_meeting(
        &env,
        "family_views: The family wants calmer mornings",
        "family_views:\n  text: The family wants calmer mornings\n  not_for: [daycare]",
    );
    commit(&env, "Leena Mäkelä", "kept from daycare");
    let now = env.read(&meeting_file());
    let before = log(&env);
    let app = App::new(&env);
    let resp = app.post(
        &format!("/c/0/m/{MEETING}/history/restore"),
        &restore_form(&app, &oldest),
    );
    assert_eq!(resp.status, StatusCode::SEE_OTHER, "{}", resp.body);
    assert!(
        resp.location().contains("said=history_restore_withheld"),
        "{}",
        resp.location()
    );
    assert_eq!(env.read(&meeting_file()), now);
    assert_eq!(log(&env), before);
    let page = app.get(&resp.location()).body;
    assert!(
        page.contains("keeps some details from certain recipients"),
        "{page}"
    );

    // A version kept from daycare too restores (the place changed since).
    change_meeting(&env, "place: Daycare Centre Lark", "place: Room 2");
    commit(&env, "Sam Worker", "place");
    let kept = log(&env)[1].split(' ').next().unwrap().to_owned();
    let resp = app.post(
        &format!("/c/0/m/{MEETING}/history/restore"),
        &restore_form(&app, &kept),
    );
    assert!(
        resp.location().contains("said=history_restored"),
        "{}",
        resp.location()
    );
    assert_eq!(env.read(&meeting_file()), now);

    // A commit the meeting's history does not list (one that changed only
    // another file): not restored, nothing changes.
    env.write("other.txt", "other\n");
    commit(&env, "Sam Worker", "other file");
    let unlisted = log(&env)[0].split(' ').next().unwrap().to_owned();
    change_meeting(&env, "place: Daycare Centre Lark", "place: Room 3");
    commit(&env, "Sam Worker", "room 3");
    let now = env.read(&meeting_file());
    let before = log(&env);
    let resp = app.post(
        &format!("/c/0/m/{MEETING}/history/restore"),
        &restore_form(&app, &unlisted),
    );
    assert!(
        resp.location().contains("said=history_restore_failed"),
        "{}",
        resp.location()
    );
    assert_eq!(env.read(&meeting_file()), now);
    assert_eq!(log(&env), before);
}

// ---- in a real browser ----

#[test]
fn a_worker_saves_sees_her_change_in_the_history_and_restores_in_a_real_browser() {
    if !browser_ready() {
        return;
    }
    let env = repo_case("fi");
    be(&env, "Leena Mäkelä");
    let original = env.read(&meeting_file());
    let server = env.server_with(&["--port", "0"], &[]);
    let spec = serde_json::json!({
        "meeting": MEETING,
        "place_old": "Daycare Centre Lark",
        "place_new": "Päiväkoti Satakieli, sali",
        "place_label": "Paikka",
        "worker": "Leena Mäkelä",
        "restored": "Versio on palautettu",
    });
    // The spec is written outside the case: it is not the case's file.
    let side = Env::new();
    let out = scenario("history", &server, &spec, side.path());
    for page in [
        "meeting history",
        "meeting history after a restore",
        "case history",
    ] {
        assert!(out.contains(&format!("ok axe {page} (")), "{page}:\n{out}");
    }
    // On disk and in git: the version before the save, as a new commit by
    // her; the save is still in the history.
    assert_eq!(env.read(&meeting_file()), original);
    let log = log(&env);
    assert_eq!(log.len(), 3, "{log:?}");
    assert!(
        log[0].contains("Leena Mäkelä") && log[0].contains("palautettu aiempi versio"),
        "{log:?}"
    );
    assert!(log[1].contains("Leena Mäkelä"), "{log:?}");
    let saved = git_ok(env.path(), &["show", &format!("HEAD~1:{}", meeting_file())]);
    assert!(String::from_utf8_lossy(&saved.stdout).contains("place: Päiväkoti Satakieli, sali"));
    let status = git_ok(env.path(), &["status", "--porcelain"]);
    assert!(
        status.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );
}

#[test]
fn the_history_pages_keep_the_servers_security_contract() {
    let env = repo_case("en");
    let app = App::new(&env);
    let m = format!("/c/0/m/{MEETING}/history");
    for path in ["/c/0/history", m.as_str()] {
        // Without the cookie: not shown.
        let r = app.get_with(
            path,
            &[("host", &format!("127.0.0.1:{}", crate::app::PORT))],
        );
        assert_ne!(r.status, StatusCode::OK, "{path}");
        assert!(!r.body.contains("Sam Worker"), "{path}");
        // From a foreign host: refused.
        let r = app.get_with(path, &[("host", "evil.example"), ("cookie", &app.cookie())]);
        assert_eq!(r.status, StatusCode::MISDIRECTED_REQUEST, "{path}");
    }
    // A restore from another site's page: refused before anything is read.
    let oldest = log(&env)
        .last()
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_owned();
    let r = app.post_with(
        &format!("{m}/restore"),
        &restore_form(&app, &oldest),
        &[("origin", "http://evil.example")],
    );
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(log(&env).len(), 1);
}

#[test]
fn a_restore_is_told_as_a_restore_and_new_notes_without_markup_in_fi_and_sv() {
    for (lang, restored, case_word, place) in [
        ("fi", "Palautettu aiempi versio (", "Lapsen asia", "Paikka"),
        ("sv", "Återställd tidigare version (", "Ärende", "Plats"),
    ] {
        let env = repo_case(lang);
        // A new meeting whose notes begin with the scaffold's heading.
        let new = "2026-12-03-daycare";
        env.meeting(
            new,
            &DAYCARE.replace("\nNotes.\n", "\n## Muistiinpanot\n\n- Aamut sujuvat\n"),
        );
        commit(&env, "Leena Mäkelä", "new meeting");
        let app = App::new(&env);
        let page = app.get(&format!("/c/0/m/{new}/history")).body;
        assert!(!page.contains("## Muistiinpanot"), "{lang}: {page}");
        assert!(!page.contains("- Aamut"), "{lang}: {page}");
        // The breadcrumb leads to the case, then the meeting.
        let nav = &page[page.find("<nav aria-label=\"lsk\">").expect(&page)..];
        let nav = &nav[..nav.find("</nav>").expect(nav)];
        assert!(nav.contains(&format!(">{case_word}</a>")), "{lang}: {nav}");
        assert!(
            nav.contains("&#x2f;c&#x2f;0\"") || nav.contains("/c/0\""),
            "{nav}"
        );

        // A restore of the first meeting's place.
        change_meeting(&env, "place: Daycare Centre Lark", "place: Room 2");
        commit(&env, "Leena Mäkelä", "place");
        let oldest = log(&env)
            .last()
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .to_owned();
        let resp = app.post(
            &format!("/c/0/m/{MEETING}/history/restore"),
            &restore_form(&app, &oldest),
        );
        assert_eq!(resp.status, StatusCode::SEE_OTHER, "{}", resp.body);
        let page = app.get(&format!("/c/0/m/{MEETING}/history")).body;
        let newest = page.split("class=\"change\"").nth(1).expect(&page);
        let summary = &newest[newest.find("class=\"summary\"").expect(newest)..];
        let summary = &summary[..summary.find("</p>").unwrap()];
        assert!(summary.contains(restored), "{lang}: {summary}");
        // Then what it changed back.
        assert!(summary.contains(place), "{lang}: {summary}");
        // The case's history says it too.
        let page = app.get("/c/0/history").body;
        assert!(page.contains(restored), "{lang}: {page}");
    }
}

#[test]
fn the_finnish_history_pages_say_newest_first_in_the_plural() {
    // The native review of issue 24, S14: "uusimmat ensin".
    let env = repo_case("fi");
    let app = App::new(&env);
    let m = format!("/c/0/m/{MEETING}/history");
    for path in ["/c/0/history", m.as_str()] {
        let page = app.get(path);
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
        assert!(
            page.body.contains("muutokset uusimmat ensin"),
            "{path}: {}",
            page.body
        );
        assert!(!page.body.contains("uusin ensin"), "{path}");
    }
}

/// Every commit-graph file of the repository, and whether each holds
/// git's changed-path Bloom filters (its `BIDX` chunk).
fn graphs(env: &Env) -> Vec<bool> {
    let info = env.path().join(".git/objects/info");
    let mut files = vec![info.join("commit-graph")];
    if let Ok(dir) = std::fs::read_dir(info.join("commit-graphs")) {
        files.extend(
            dir.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "graph")),
        );
    }
    files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|bytes| bytes.windows(4).any(|w| w == b"BIDX"))
        .collect()
}

#[test]
fn history_keeps_the_path_filters_that_make_it_fast_over_a_long_history() {
    // git answers one path's history quickly only with the commit-graph's
    // changed-path filters: lsk writes them when a clone has none, and
    // adds the commits made since on the next history.
    let env = repo_case("fi");
    assert!(graphs(&env).is_empty(), "a new repository has no graph");
    let run = env.lsk(&["history", &meeting_file()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = graphs(&env);
    assert!(
        !written.is_empty() && written.iter().all(|f| *f),
        "{written:?}"
    );
    change_meeting(&env, "duration_min: 60", "duration_min: 45");
    commit(&env, "Sam Worker", "shorter");
    let run = env.lsk(&["history", &meeting_file(), "--format", "json"]);
    assert_eq!(changes(&run).len(), 2, "{}", run.stdout);
    let after = graphs(&env);
    assert!(after.iter().all(|f| *f), "{after:?}");
    // The graph git reads is whole and agrees with the objects.
    let out = std::process::Command::new("git")
        .current_dir(env.path())
        .args(["commit-graph", "verify"])
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Issue 26 §3: a team's folder (cases below it, not itself a case) has a
/// history too: every case's changes, newest first, each naming its case;
/// a window of the newest commits unless `--limit` says otherwise.
#[test]
fn a_teams_folder_tells_every_cases_changes_naming_the_case() {
    let env = Env::new();
    for case in ["aino", "robin"] {
        env.write(&format!("{case}/lsk.yaml"), &case_yaml("2021-03", "fi"));
        env.write(&format!("{case}/{}", meeting_file()), DAYCARE);
    }
    git_ok(env.path(), &["init", "-q", "-b", "main"]);
    commit(&env, "Sam Worker", "two cases");
    let file = |case: &str| format!("{case}/{}", meeting_file());
    let text = env.read(&file("aino"));
    env.write(
        &file("aino"),
        &edit(
            &text,
            "place: Daycare Centre Lark",
            "place: Päiväkoti Satakieli",
        ),
    );
    commit(&env, "Leena Mäkelä", "paikka");
    let text = env.read(&file("robin"));
    env.write(
        &file("robin"),
        &edit(
            &text,
            "child_views: Robin likes the sandpit",
            "child_views: Robin likes swings",
        ),
    );
    commit(&env, "Aino Virtanen", "näkemykset");

    let all = changes(&env.lsk(&["history", ".", "--format", "json"]));
    let said: Vec<(String, String, String)> = all
        .iter()
        .map(|c| {
            (
                c["case"].as_str().unwrap_or("").to_owned(),
                c["author"].as_str().unwrap_or("").to_owned(),
                c["summary"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    // Newest first, each change with its case.
    assert_eq!(said[0].0, "robin", "{said:?}");
    assert_eq!(said[0].1, "Aino Virtanen", "{said:?}");
    assert!(said[0].2.contains("Lapsen näkemykset"), "{said:?}");
    assert_eq!(said[1].0, "aino", "{said:?}");
    assert!(said[1].2.contains("Paikka"), "{said:?}");
    // The first commit: each case started, in each its meeting made.
    let first: Vec<&str> = said[2..].iter().map(|s| s.0.as_str()).collect();
    assert!(
        first.contains(&"aino") && first.contains(&"robin"),
        "{said:?}"
    );
    assert!(said[2..].iter().all(|s| s.1 == "Sam Worker"), "{said:?}");

    // A window: the newest commit only.
    let newest = changes(&env.lsk(&["history", ".", "--format", "json", "--limit", "1"]));
    assert_eq!(newest.len(), 1, "{newest:?}");
    assert_eq!(newest[0]["case"], "robin");

    // The table names the case in a column of its own, and says when
    // older changes were left out.
    let table = env.lsk_wide(&["history", ".", "--limit", "2"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert!(
        lines[0].contains("Lapsen asia") && lines[0].contains("Neuvottelu"),
        "{}",
        table.stdout
    );
    assert!(
        lines[1].contains("robin") && lines[2].contains("aino"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("--limit 0"), "{}", table.stdout);

    // A case's own history still names no case.
    let own = changes(&env.lsk(&["history", "aino", "--format", "json"]));
    assert!(own.iter().all(|c| c.get("case").is_none()), "{own:?}");
    assert!(
        own[0]["summary"].as_str().unwrap_or("").contains("Paikka"),
        "{own:?}"
    );
}

#[test]
fn a_teams_folder_outside_git_has_no_history_and_says_so() {
    let env = Env::new();
    env.write("aino/lsk.yaml", &case_yaml("2021-03", "en"));
    env.write(&format!("aino/{}", meeting_file()), DAYCARE);
    let run = env.lsk(&["history", "."]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("not under version control"),
        "{}",
        run.stderr
    );
}
