//! `lsk serve`, live: a change on disk moves the change count `/live`
//! reports, with the file watcher and with the polling fallback, in
//! process and in the real binary; the pages follow; and while a file
//! cannot be read, the case and team pages keep its last good state with
//! the error beside it. Every wait polls with a deadline.

use std::time::{Duration, Instant};

use lsk::serve::live::Watch;
use serde_json::Value;

use crate::app::{App, DEADLINE};
use crate::common::{DAYCARE, Env, MEETING, Server, browser_ready, case_yaml, edit, scenario};

fn case() -> Env {
    let env = Env::case("2021-05");
    env.meeting(MEETING, DAYCARE);
    env
}

/// The change count a page was made at (`data-live`).
fn made_at(body: &str) -> u64 {
    let at = body.find("data-live=\"").expect("the page has data-live") + 11;
    body[at..].split('"').next().unwrap().parse().unwrap()
}

#[test]
fn a_change_on_disk_moves_the_count_with_the_watcher() {
    let env = case();
    let app = App::watching(&env.path().canonicalize().unwrap(), Watch::Auto);
    let live = app.live();
    assert_eq!(live["mode"], "watch", "{live}");
    assert!(live["why"].is_null());
    let first = app.changes();
    // Asking changes nothing.
    assert_eq!(app.changes(), first);
    let page = app.get("/");
    assert_eq!(made_at(&page.body), first);
    env.meeting(
        MEETING,
        &edit(DAYCARE, "Morning chart at home", "Evening chart"),
    );
    let now = app.changed_since(first);
    // The page is made anew, at the new count: an open page reloads.
    let page = app.page_showing("/", "Evening chart");
    assert!(!page.contains("Morning chart"));
    assert!(made_at(&page) >= now);
    // A new meeting folder (a `git pull`) is seen too.
    let before = app.changes();
    env.meeting(
        "2026-12-01-daycare",
        &DAYCARE.replace("2026-11-10", "2026-12-01"),
    );
    app.changed_since(before);
    app.page_showing("/", "2026-12-01");
}

/// The watcher (on Linux lsk's own, over inotify) is told of writes, not
/// of reads: making a page, which opens every file, moves nothing; and a
/// folder made after the start is watched, so a file written into it
/// later is seen too.
#[test]
fn the_watcher_ignores_reads_and_watches_new_folders() {
    let env = case();
    let app = App::watching(&env.path().canonicalize().unwrap(), Watch::Auto);
    assert_eq!(app.live()["mode"], "watch");
    let first = app.changes();
    for _ in 0..3 {
        app.get("/");
        std::fs::read(env.join(&format!("meetings/{MEETING}/meeting.md"))).unwrap();
    }
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(app.changes(), first, "reading is no change");
    std::fs::create_dir_all(env.join("meetings/2026-12-01-daycare")).unwrap();
    let made = app.changed_since(first);
    std::thread::sleep(Duration::from_millis(200));
    let before = app.changes().max(made);
    std::fs::write(
        env.join("meetings/2026-12-01-daycare/meeting.md"),
        DAYCARE.replace("2026-11-10", "2026-12-01"),
    )
    .unwrap();
    app.changed_since(before);
    app.page_showing("/", "2026-12-01");
}

#[test]
fn a_change_on_disk_moves_the_count_when_polling() {
    let env = case();
    let app = App::watching(&env.path().canonicalize().unwrap(), Watch::Poll);
    let live = app.live();
    assert_eq!(live["mode"], "poll", "{live}");
    assert_eq!(live["why"], "LSK_SERVE_POLL");
    let first = app.changes();
    assert!(app.get("/").body.contains("Morning chart at home"));
    env.meeting(
        MEETING,
        &edit(DAYCARE, "Morning chart at home", "Evening chart"),
    );
    app.changed_since(first);
    app.page_showing("/", "Evening chart");
    // A file removed is a change too.
    let before = app.changes();
    std::fs::remove_file(env.join(&format!("meetings/{MEETING}/meeting.md"))).unwrap();
    app.changed_since(before);
    let page = app.page_showing("/", "No meetings");
    assert!(!page.contains("Evening chart"));
}

#[test]
fn the_page_carries_the_notice_for_unsaved_input_in_its_language() {
    let env = case();
    let app = App::watching(&env.path().canonicalize().unwrap(), Watch::Auto);
    for (lang, notice, reload) in [
        ("en", "The files have changed on disk", "Reload the page"),
        (
            "fi",
            "Tiedostot ovat muuttuneet levyllä",
            "Lataa sivu uudelleen",
        ),
        ("sv", "Filerna har ändrats på disken", "Ladda om sidan"),
    ] {
        for path in ["/", "/c/0", &format!("/c/0/m/{MEETING}")] {
            let r = app.get(&format!("{path}?lang={lang}"));
            assert!(
                r.body.contains(&format!("data-unsaved=\"{notice}"))
                    && r.body.contains(&format!("data-reload=\"{reload}\"")),
                "{path} {lang}: {}",
                r.body
            );
            // No inline script: the words travel as attributes.
            assert!(!r.body.contains("<script>"));
        }
    }
    // A page not made at a count (an explanation) carries the words too:
    // live.js pings from every page and warns on a form.
    let r = app.get("/explain/missing-field?lang=fi");
    assert!(!r.body.contains("data-live=") && r.body.contains("data-unsaved=\"Tiedostot"));
    let js = app.get("/static/live.js").body;
    // Forms marked for editing hold input a reload would lose.
    assert!(js.contains("form[data-lsk-form]") && js.contains("\"input\""));
    assert!(js.contains("form[data-lsk-form][data-lsk-unsaved]"));
    assert!(js.contains("/live") && js.contains("data-unsaved"));
}

#[test]
fn an_unreadable_meeting_keeps_its_last_good_row_with_the_error() {
    let env = case();
    let app = App::watching(&env.path().canonicalize().unwrap(), Watch::Auto);
    let good = app.get("/").body;
    assert!(good.contains("Morning chart at home") && !good.contains("Cannot be read"));
    let first = app.changes();
    // A merge left half done.
    env.meeting(
        MEETING,
        &DAYCARE.replacen("goal:", "<<<<<<< HEAD\ngoal:", 1),
    );
    app.changed_since(first);
    let r = app.page_showing("/", "Cannot be read");
    // The error beside the row: file, line, what is wrong.
    assert!(
        r.contains(&format!(
            "meetings&#x2f;{MEETING}&#x2f;meeting.md:7: the file holds two versions of the same place (a merge conflict)"
        )),
        "{r}"
    );
    // The row and its action as last read, said to be so.
    assert!(r.contains("The row shows the meeting as it was last read"));
    assert!(r.contains("2026-11-10") && r.contains("Morning chart at home"));
    // Mended: the row is current again, the note gone.
    let before = app.changes();
    env.meeting(MEETING, &edit(DAYCARE, "Morning chart", "Evening chart"));
    app.changed_since(before);
    let r = app.page_showing("/", "Evening chart");
    assert!(!r.contains("Cannot be read") && !r.contains("as it was last read"));
}

#[test]
fn a_meeting_never_read_well_is_shown_with_the_reason_only() {
    let env = case();
    env.meeting(MEETING, "---\nkind: daycare\n<<<<<<< HEAD\n---\n");
    let app = App::watching(&env.path().canonicalize().unwrap(), Watch::Auto);
    let r = app.get("/").body;
    assert!(
        r.contains("Cannot be read") && r.contains("meeting.md:3:"),
        "{r}"
    );
    assert!(!r.contains("as it was last read"));
}

#[test]
fn an_unreadable_lsk_yaml_keeps_the_last_good_case_details() {
    let env = case();
    let app = App::watching(&env.path().canonicalize().unwrap(), Watch::Poll);
    let good = app.get("/").body;
    assert!(good.contains("Robin") && good.contains("Sam Worker"));
    let first = app.changes();
    env.write("lsk.yaml", "child:\n  name: [Robin\n");
    app.changed_since(first);
    let r = app.page_showing("/", "cannot be read now");
    assert!(r.contains("Robin") && r.contains("Sam Worker"), "{r}");
    assert!(r.contains("lsk.yaml:"), "{r}");
    // Still in the case's language, English.
    assert!(r.contains("<html lang=\"en\">"));
}

#[test]
fn the_team_page_keeps_a_case_s_last_good_counts_with_the_error() {
    let team = Env::new();
    team.write(
        "aino/lsk.yaml",
        &case_yaml("2021-05", "en").replace("Robin", "Aino"),
    );
    team.write(
        &format!("aino/meetings/{MEETING}/meeting.md"),
        &edit(DAYCARE, "due: 2026-12-01", "due: 2026-11-15"),
    );
    team.write(
        "eetu/lsk.yaml",
        &case_yaml("2019-02", "en").replace("Robin", "Eetu"),
    );
    team.write(&format!("eetu/meetings/{MEETING}/meeting.md"), DAYCARE);
    let app = App::watching(&team.path().canonicalize().unwrap(), Watch::Auto);
    let good = app.get("/").body;
    // Aino's overdue action is listed.
    assert!(good.contains("Morning chart at home"), "{good}");
    // Aino's case page, opened once while it reads well.
    let at = good.find(">aino</a>").unwrap();
    let href = good[..at]
        .rsplit("href=\"")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let aino = href.replace("&#x2f;", "/");
    assert!(app.get(&aino).body.contains("Morning chart at home"));
    let first = app.changes();
    team.write(
        &format!("aino/meetings/{MEETING}/meeting.md"),
        &edit(DAYCARE, "due: 2026-12-01", "due: 2026-11-15").replacen(
            "goal:",
            "<<<<<<< HEAD\ngoal:",
            1,
        ),
    );
    app.changed_since(first);
    let r = app.page_showing("/?lang=en", "Cannot be read");
    assert!(
        r.contains(&format!(
            "aino&#x2f;meetings&#x2f;{MEETING}&#x2f;meeting.md:7:"
        )),
        "{r}"
    );
    // The overdue action of the meeting as last read is still there.
    assert!(r.contains("Morning chart at home"), "{r}");
    assert!(r.contains("Aino") && r.contains("Eetu"));
    // Aino's case page: the row as last read, the file named from the case.
    let c = app.get(&format!("{aino}?lang=en")).body;
    assert!(
        c.contains("The row shows the meeting as it was last read"),
        "{c}"
    );
    assert!(
        c.contains(&format!(
            ">Cannot be read</strong>: meetings&#x2f;{MEETING}&#x2f;meeting.md:7:"
        )),
        "{c}"
    );
    assert!(c.contains("Morning chart at home"));
    // The meeting removed: gone from the counts, nothing kept of it.
    let before = app.changes();
    std::fs::remove_dir_all(team.join(&format!("aino/meetings/{MEETING}"))).unwrap();
    app.changed_since(before);
    let r = app.page_showing("/?lang=en", "No overdue actions.");
    assert!(
        !r.contains("Cannot be read") && !r.contains("Morning chart at home"),
        "{r}"
    );
}

#[test]
fn the_team_page_makes_anew_only_the_case_that_changed_and_shows_it() {
    let team = Env::new();
    for name in ["aino", "eetu"] {
        team.write(
            &format!("{name}/lsk.yaml"),
            &case_yaml("2021-05", "en").replace("Robin", &name.replace('a', "A").replace('e', "E")),
        );
        team.write(&format!("{name}/meetings/{MEETING}/meeting.md"), DAYCARE);
    }
    let root = team.path().canonicalize().unwrap();
    for watch in [Watch::Auto, Watch::Poll] {
        let app = App::watching(&root, watch);
        let row = |body: &str, case: &str| -> String {
            let at = body.find(&format!(">{case}</a>")).expect("the case's row");
            body[at..].split("</tr>").next().unwrap().to_owned()
        };
        let page = app.get("/?lang=en").body;
        let (aino, eetu) = (row(&page, "aino"), row(&page, "eetu"));
        // A finding in Eetu's meeting: his row changes, Aino's does not.
        let first = app.changes();
        team.write(
            &format!("eetu/meetings/{MEETING}/meeting.md"),
            &crate::common::drop_key(DAYCARE, "goal"),
        );
        app.changed_since(first);
        let page = app.page_showing("/?lang=en", "has-errors");
        assert_ne!(row(&page, "eetu"), eetu, "{watch:?}: {page}");
        assert_eq!(row(&page, "aino"), aino, "{watch:?}");
        // And back, then a change in Aino's case: each row follows its files.
        let before = app.changes();
        team.write(&format!("eetu/meetings/{MEETING}/meeting.md"), DAYCARE);
        team.write(
            "aino/lsk.yaml",
            &case_yaml("2021-05", "en").replace("Robin", "Aino Renamed"),
        );
        app.changed_since(before);
        let page = app.page_showing("/?lang=en", "Aino Renamed");
        assert_eq!(row(&page, "eetu"), eetu, "{watch:?}");
    }
}

// ---- the real binary ----

/// What `/live` says now.
fn live(server: &Server, cookie: &str) -> Value {
    let answer = server.get("/live", cookie);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let body = answer.split("\r\n\r\n").nth(1).unwrap();
    serde_json::from_str(body).unwrap()
}

/// Poll `/live` until its change count moves from `from`'s.
fn changed_since(server: &Server, cookie: &str, from: &Value) -> Value {
    let start = Instant::now();
    loop {
        let now = live(server, cookie);
        if now["changes"] != from["changes"] {
            return now;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "no change within {DEADLINE:?}: {now}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_server_reports_a_change_with_the_watcher_and_with_forced_polling() {
    for (vars, mode) in [(&[][..], "watch"), (&[("LSK_SERVE_POLL", "1")][..], "poll")] {
        let env = case();
        let server = env.server_with(&[], vars);
        let cookie = server.cookie();
        let first = live(&server, &cookie);
        assert_eq!(first["mode"], mode, "{first}");
        env.meeting(
            MEETING,
            &edit(DAYCARE, "Morning chart at home", "Evening chart"),
        );
        changed_since(&server, &cookie, &first);
    }
}

// ---- a real browser ----

#[test]
fn a_page_follows_the_disk_and_a_form_with_typed_text_is_kept_in_a_real_browser() {
    if !browser_ready() {
        return;
    }
    let env = case();
    let root = env.path().to_str().expect("a UTF-8 temporary path");
    let server = env.server_with(&["--port", "0", root], &[]);
    let spec = serde_json::json!({
        "meeting_file": env.join(&format!("meetings/{MEETING}/meeting.md")),
        "first": edit(DAYCARE, "Morning chart at home", "Evening chart"),
        "second": edit(DAYCARE, "goal: Agree how daycare supports Robin's mornings", "goal: Changed in an editor"),
        "before": "Morning chart at home",
        "after": "Evening chart",
        "typed": "What the worker typed",
        "edit_path": format!("/c/0/m/{MEETING}/edit"),
        "notice": "The files have changed on disk",
    });
    scenario("live", &server, &spec, env.path());
}

// ---- the team page at a region's scale ----

/// A team of `n` cases `c000`, `c001`, …, each with one meeting; the
/// first `late` have their agreed action overdue, case i's due on day
/// i + 1 of October and named "Chart NN at home".
fn big_team(n: usize, late: usize) -> Env {
    let team = Env::new();
    for i in 0..n {
        team.write(
            &format!("c{i:03}/lsk.yaml"),
            &case_yaml("2021-05", "en").replace("Robin", &format!("Child {i:03}")),
        );
        let meeting = if i < late {
            edit(
                &edit(
                    DAYCARE,
                    "due: 2026-12-01",
                    &format!("due: 2026-10-{:02}", i + 1),
                ),
                "Morning chart at home",
                &format!("Chart {i:02} at home"),
            )
        } else {
            DAYCARE.to_owned()
        };
        team.write(&format!("c{i:03}/meetings/{MEETING}/meeting.md"), &meeting);
    }
    team
}

/// The team page's row of case `name`.
fn team_row(body: &str, name: &str) -> String {
    let at = body.find(&format!(">{name}</a>")).expect(name);
    body[at..].split("</tr>").next().unwrap().to_owned()
}

/// The cells of a team page row after the case's name: child, meetings,
/// errors, warnings, open actions, overdue actions.
fn cells(row: &str) -> Vec<String> {
    row.split("<td>")
        .skip(1)
        .map(|c| c.split("</td>").next().unwrap().to_owned())
        .collect()
}

/// Wait until `/live` says the team's summary was gathered in full.
fn gathered(app: &App) {
    let start = Instant::now();
    while app.live()["gathered"].as_u64().unwrap_or(0) == 0 {
        assert!(start.elapsed() < DEADLINE, "not gathered: {}", app.live());
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_large_team_s_page_shows_a_window_of_cases_and_the_most_overdue_actions() {
    let team = big_team(230, 25);
    // A case in a later window that cannot be read.
    team.write(
        &format!("c150/meetings/{MEETING}/meeting.md"),
        "---\nkind: daycare\n<<<<<<< HEAD\n---\n",
    );
    let app = App::watching(&team.path().canonicalize().unwrap(), Watch::Auto);
    // Asked before the team is read: the window's cases, read at once, and
    // in words that the overdue actions are still being gathered.
    let first = app.get("/?lang=en").body;
    assert!(first.contains("Showing cases 1–100 of 230."), "{first}");
    assert!(
        first.contains("The overdue actions are still being gathered:"),
        "{first}"
    );
    assert!(first.contains(" of 230 cases read."), "{first}");
    assert!(first.contains("data-gathered=\"0\""), "{first}");
    assert!(first.contains(">c000<") && first.contains(">c099<"));
    assert!(!first.contains(">c100<"), "only the window");
    assert!(!first.contains("Chart 00 at home"));
    // Once gathered (`/live` says so), the page is whole.
    gathered(&app);
    let page = app.page_showing("/?lang=en", "There are 25 overdue actions in all.");
    assert!(
        page.contains("These are the 20 whose due dates passed first."),
        "{page}"
    );
    assert!(!page.contains("data-gathered"), "{page}");
    for i in 0..25 {
        let chart = format!("Chart {i:02} at home");
        assert_eq!(page.contains(&chart), i < 20, "{chart}: {page}");
    }
    // The most overdue first.
    assert!(page.find("Chart 00 at home") < page.find("Chart 01 at home"));
    assert_eq!(
        cells(&team_row(&page, "c003")),
        // One error: the action is due before the meeting was held.
        ["Child 003", "1", "1", "0", "1", "1"]
    );
    // The way to the next window, in words, with the language kept.
    assert!(
        page.contains("href=\"&#x2f;?from=100&amp;lang=en\" rel=\"next\">Next cases</a>"),
        "{page}"
    );
    // The case that cannot be read, in the third window, is named here.
    let named = page
        .split("id=\"unreadable-cases\"")
        .nth(1)
        .expect("the unreadable cases are named")
        .split("</section>")
        .next()
        .unwrap();
    assert!(named.contains("One case cannot be read now."), "{named}");
    assert!(named.contains(">c150</a>"), "{named}");
    // The second window: its cases, and the ways back and on.
    let second = app.get("/?from=100&lang=en").body;
    assert!(second.contains("Showing cases 101–200 of 230."), "{second}");
    assert!(second.contains(">c100<") && second.contains(">c199<"));
    assert!(!second.contains(">c099<") && !second.contains(">c200<"));
    assert!(second.contains("rel=\"prev\">Previous cases</a>"));
    assert!(second.contains("rel=\"next\">Next cases</a>"));
    assert!(
        team_row(&second, "c150").contains("Cannot be read"),
        "{second}"
    );
    // The last window; a window past the end is the last one.
    let last = app.get("/?from=999&lang=en").body;
    assert!(last.contains("Showing cases 201–230 of 230."), "{last}");
    assert!(!last.contains("rel=\"next\""));
    // Every overdue action, in windows.
    let all = app.get("/?overdue=0&lang=en").body;
    assert!(
        all.contains("Showing overdue actions 1–25 of 25, in the order of the cases."),
        "{all}"
    );
    for i in 0..25 {
        assert!(all.contains(&format!("Chart {i:02} at home")), "{i}: {all}");
    }
    // Finnish and Swedish words, no keys.
    let fi = app.get("/?lang=fi").body;
    assert!(
        fi.contains("Näytetään lasten asiat 1–100, kaikkiaan 230."),
        "{fi}"
    );
    assert!(fi.contains("Seuraavat lasten asiat"), "{fi}");
    assert!(
        fi.contains("Myöhässä olevia tehtäviä on kaikkiaan 25."),
        "{fi}"
    );
    let sv = app.get("/?from=100&lang=sv").body;
    assert!(sv.contains("Ärendena 101–200 av 230 visas."), "{sv}");
    assert!(sv.contains("Föregående sida"), "{sv}");
    // A change in one case shows in its counts.
    let row = team_row(&page, "c003");
    let before = app.changes();
    team.write(
        &format!("c003/meetings/{MEETING}/meeting.md"),
        &crate::common::drop_key(DAYCARE, "goal"),
    );
    app.changed_since(before);
    let page = app.page_showing("/?lang=en", "There are 24 overdue actions in all.");
    assert_ne!(team_row(&page, "c003"), row);
    let now = cells(&team_row(&page, "c003"));
    // The goal missing (an error), the action due later (not overdue).
    assert_eq!(now, ["Child 003", "1", "1", "0", "1", "0"]);
    assert!(!page.contains("Chart 03 at home") && page.contains("Chart 20 at home"));
    // A case added after the start appears in its place; one removed goes.
    let before = app.changes();
    team.write(
        "b-new/lsk.yaml",
        &case_yaml("2020-01", "en").replace("Robin", "Newly Added"),
    );
    app.changed_since(before);
    let page = app.page_showing("/?lang=en", ">b-new<");
    assert!(page.contains("Showing cases 1–100 of 231."), "{page}");
    assert!(page.find(">b-new<") < page.find(">c000<"));
    let before = app.changes();
    std::fs::remove_dir_all(team.join("c000")).unwrap();
    app.changed_since(before);
    let page = app.page_showing("/?lang=en", "Showing cases 1–100 of 230.");
    assert!(!page.contains(">c000<"), "{page}");
    assert!(
        page.contains("There are 23 overdue actions in all."),
        "{page}"
    );
    // 01, 02 and 04–21 now.
    assert!(!page.contains("Chart 00 at home") && page.contains("Chart 21 at home"));
    assert!(!page.contains("Chart 22 at home"));
    // The broken case mended: no longer named.
    let before = app.changes();
    team.write(&format!("c150/meetings/{MEETING}/meeting.md"), DAYCARE);
    app.changed_since(before);
    let page = app.get("/?lang=en").body;
    assert!(!page.contains("unreadable-cases"), "{page}");
    assert!(
        page.contains("There are 23 overdue actions in all."),
        "{page}"
    );
}

#[test]
fn a_team_case_whose_meeting_cannot_be_read_keeps_its_counts_from_its_summary() {
    let team = Env::new();
    for name in ["aino", "eetu"] {
        team.write(
            &format!("{name}/lsk.yaml"),
            &case_yaml("2021-05", "en").replace("Robin", &format!("Child {name}")),
        );
        team.write(&format!("{name}/meetings/{MEETING}/meeting.md"), DAYCARE);
    }
    let overdue = edit(DAYCARE, "due: 2026-12-01", "due: 2026-11-15");
    let later = "2026-11-20-daycare";
    team.write(&format!("aino/meetings/{MEETING}/meeting.md"), &overdue);
    team.write(
        &format!("aino/meetings/{later}/meeting.md"),
        &edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-20"),
    );
    let app = App::watching(&team.path().canonicalize().unwrap(), Watch::Auto);
    let page = app.get("/?lang=en").body;
    let good = cells(&team_row(&page, "aino"));
    assert_eq!(
        (&good[1], &good[4], &good[5]),
        (&"2".into(), &"2".into(), &"1".into()),
        "{good:?}"
    );
    // The overdue meeting cannot be read (a merge conflict); Aino's page
    // was never opened: the case's summary keeps its share of the counts.
    let before = app.changes();
    team.write(
        &format!("aino/meetings/{MEETING}/meeting.md"),
        &overdue.replacen("goal:", "<<<<<<< HEAD\ngoal:", 1),
    );
    app.changed_since(before);
    let page = app.page_showing("/?lang=en", "Cannot be read");
    let now = cells(&team_row(&page, "aino"));
    assert_eq!(
        (&now[1], &now[4], &now[5]),
        (&"2".into(), &"2".into(), &"1".into()),
        "{now:?}"
    );
    assert!(
        team_row(&page, "aino").contains(&format!("{MEETING}&#x2f;meeting.md:7:")),
        "{page}"
    );
    // A change in the other meeting meanwhile: its share follows, the
    // unreadable one's stays.
    let before = app.changes();
    team.write(
        &format!("aino/meetings/{later}/meeting.md"),
        &edit(
            &edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-20"),
            "agreed:\n  - action: Morning chart at home\n    owner: Pat Parent\n    due: 2026-12-01\n",
            "",
        ),
    );
    app.changed_since(before);
    let page = app.page_showing("/?lang=en", "Cannot be read");
    let now = cells(&team_row(&page, "aino"));
    assert_eq!(
        (&now[1], &now[4], &now[5]),
        (&"2".into(), &"1".into(), &"1".into()),
        "{now:?}"
    );
    // Mended: read as it is.
    let before = app.changes();
    team.write(&format!("aino/meetings/{MEETING}/meeting.md"), DAYCARE);
    app.changed_since(before);
    let page = app.get("/?lang=en").body;
    assert!(!page.contains("Cannot be read"), "{page}");
    let now = cells(&team_row(&page, "aino"));
    assert_eq!(
        (&now[1], &now[4], &now[5]),
        (&"2".into(), &"1".into(), &"0".into()),
        "{now:?}"
    );
}

#[test]
fn the_server_gathers_a_large_team_s_summary_from_its_start() {
    let team = big_team(200, 3);
    let root = team.path().to_str().expect("a UTF-8 temporary path");
    let server = team.server_with(&[root], &[]);
    let cookie = server.cookie();
    // No page asked: `/live` comes to say the summary is gathered.
    let start = Instant::now();
    while live(&server, &cookie)["gathered"].as_u64().unwrap_or(0) == 0 {
        assert!(start.elapsed() < DEADLINE, "not gathered");
        std::thread::sleep(Duration::from_millis(100));
    }
    // The first page is then whole: the window, and the overdue actions.
    let page = server.get("/?lang=en", &cookie);
    assert!(page.contains("Showing cases 1–100 of 200."), "{page}");
    assert!(!page.contains("still being gathered"), "{page}");
    for i in 0..3 {
        assert!(page.contains(&format!("Chart {i:02} at home")), "{page}");
    }
}

#[test]
fn the_team_s_list_follows_cases_added_moved_and_removed_with_the_watcher() {
    let team = Env::new();
    for name in ["north/aino", "north/eetu", "south/ville"] {
        team.write(&format!("{name}/lsk.yaml"), &case_yaml("2021-05", "en"));
        team.write(&format!("{name}/meetings/{MEETING}/meeting.md"), DAYCARE);
    }
    let app = App::watching(&team.path().canonicalize().unwrap(), Watch::Auto);
    let page = app.get("/?lang=en").body;
    for name in ["north&#x2f;aino<", "north&#x2f;eetu<", "south&#x2f;ville<"] {
        assert!(page.contains(name), "{name}: {page}");
    }
    // A case in a new folder of the team.
    let before = app.changes();
    team.write("west/otto/lsk.yaml", &case_yaml("2020-01", "en"));
    app.changed_since(before);
    app.page_showing("/?lang=en", "west&#x2f;otto<");
    // A case folder renamed: gone under its old name, there under its new.
    let before = app.changes();
    std::fs::rename(team.join("north/eetu"), team.join("north/emil")).unwrap();
    app.changed_since(before);
    let page = app.page_showing("/?lang=en", "north&#x2f;emil<");
    assert!(!page.contains("north&#x2f;eetu<"), "{page}");
    // A case's lsk.yaml misnamed: the case is named as not read.
    let before = app.changes();
    std::fs::rename(
        team.join("south/ville/lsk.yaml"),
        team.join("south/ville/LSK.yaml"),
    )
    .unwrap();
    app.changed_since(before);
    let page = app.page_showing("/?lang=en", "LSK.yaml");
    assert!(!page.contains("south&#x2f;ville<"), "{page}");
    // A whole folder of cases removed.
    let before = app.changes();
    std::fs::remove_dir_all(team.join("north")).unwrap();
    app.changed_since(before);
    let page = app.get("/?lang=en").body;
    assert!(!page.contains("north&#x2f;"), "{page}");
    assert!(page.contains("west&#x2f;otto<"), "{page}");
}

/// The address of `name`'s case page, from the team page.
fn case_href(page: &str, name: &str) -> String {
    let at = page.find(&format!(">{name}</a>")).expect(name);
    page[..at]
        .rsplit("href=\"")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&#x2f;", "/")
        // Without the page's language (`?lang=`): the caller asks for one.
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

#[test]
fn a_case_folder_made_anew_under_a_name_never_shows_the_child_read_there_before() {
    let team = Env::new();
    team.write(
        "aino/lsk.yaml",
        &case_yaml("2021-05", "en").replace("Robin", "Aino Aalto"),
    );
    let overdue = edit(DAYCARE, "due: 2026-12-01", "due: 2026-11-15");
    team.write(&format!("aino/meetings/{MEETING}/meeting.md"), &overdue);
    team.write(
        "eetu/lsk.yaml",
        &case_yaml("2019-02", "en").replace("Robin", "Eetu Esko"),
    );
    team.write(&format!("eetu/meetings/{MEETING}/meeting.md"), DAYCARE);
    let root = team.path().canonicalize().unwrap();
    let app = App::watching(&root, Watch::Auto);
    // Aino's case read well: the team page, her case page, her meeting.
    let page = app.get("/?lang=en").body;
    assert!(team_row(&page, "aino").contains("Aino Aalto"), "{page}");
    let aino = case_href(&page, "aino");
    let c = app.get(&format!("{aino}?lang=en")).body;
    assert!(c.contains("Aino Aalto") && c.contains("Morning chart at home"));
    let m = app.get(&format!("{aino}/m/{MEETING}?lang=en")).body;
    assert!(m.contains("Morning chart at home"), "{m}");
    // Her folder moved away (out of the team's sight) and another child's
    // case put under the same name, both its files as a sync with a
    // conflict leaves them. It is made aside and moved in whole.
    std::fs::create_dir_all(team.join(".archive")).unwrap();
    std::fs::rename(team.join("aino"), team.join(".archive/aino")).unwrap();
    team.write(
        ".new/aino/lsk.yaml",
        &format!(
            "<<<<<<< HEAD\n{}=======\n{}>>>>>>> theirs\n",
            case_yaml("2019-03", "en")
                .replace("Robin", "Onni Other")
                .replace("Sam Worker", "Vera Else"),
            case_yaml("2019-03", "en")
                .replace("Robin", "Onni Other")
                .replace("Sam Worker", "Vera Elsewhere"),
        ),
    );
    team.write(
        &format!(".new/aino/meetings/{MEETING}/meeting.md"),
        &DAYCARE
            .replace("Sam Worker", "Vera Else")
            .replace("Robin", "Onni")
            .replace("Morning chart at home", "Speech therapy visit")
            .replacen("goal:", "<<<<<<< HEAD\ngoal:", 1),
    );
    let before = app.changes();
    std::fs::rename(team.join(".new/aino"), team.join("aino")).unwrap();
    app.changed_since(before);
    // The case page: unreadable, with nothing of the child before.
    let c = app.page_showing(&format!("{aino}?lang=en"), "lsk.yaml:");
    for former in [
        "Aino",
        "2021",
        "Sam Worker",
        "Morning chart at home",
        "as it was last read",
        "cannot be read now",
    ] {
        assert!(!c.contains(former), "{former:?} on the case page: {c}");
    }
    assert!(c.contains("Cannot be read"), "{c}");
    // The team page: the row says the case cannot be read, and neither
    // her name nor her overdue action is there.
    let page = app.page_showing("/?lang=en", "Cannot be read");
    let row = team_row(&page, "aino");
    assert!(!row.contains("Aino"), "{row}");
    assert!(!page.contains("Aino Aalto"), "{page}");
    assert!(!page.contains("Morning chart at home"), "{page}");
    assert_eq!(cells(&row)[5], "0", "{row}");
    // The meeting's page: not her meeting as last read.
    let m = app.get(&format!("{aino}/m/{MEETING}?lang=en")).body;
    assert!(!m.contains("Morning chart at home"), "{m}");
    assert!(!m.contains("Aino"), "{m}");
}

#[cfg(unix)]
#[test]
fn a_link_in_one_case_to_another_does_not_hide_the_other_s_changes() {
    let team = Env::new();
    for (name, child) in [("aino", "Aino"), ("eetu", "Eetu")] {
        team.write(
            &format!("{name}/lsk.yaml"),
            &case_yaml("2021-05", "en").replace("Robin", child),
        );
    }
    team.write(
        &format!("aino/meetings/{MEETING}/meeting.md"),
        &edit(DAYCARE, "due: 2026-12-01", "due: 2026-11-15"),
    );
    team.write(&format!("eetu/meetings/{MEETING}/meeting.md"), DAYCARE);
    // A link inside Eetu's case to Aino's folder.
    std::os::unix::fs::symlink("../aino", team.join("eetu/liitteet")).unwrap();
    let app = App::watching(&team.path().canonicalize().unwrap(), Watch::Auto);
    let page = app.get("/?lang=en").body;
    let row = cells(&team_row(&page, "aino"));
    assert_eq!((&row[0], &row[5]), (&"Aino".into(), &"1".into()), "{row:?}");
    // Aino's name and her action's due date change.
    let before = app.changes();
    team.write(
        "aino/lsk.yaml",
        &case_yaml("2021-05", "en").replace("Robin", "Aino-Maria"),
    );
    team.write(
        &format!("aino/meetings/{MEETING}/meeting.md"),
        &edit(DAYCARE, "due: 2026-12-01", "due: 2027-11-30"),
    );
    app.changed_since(before);
    let page = app.page_showing("/?lang=en", "Aino-Maria");
    let row = cells(&team_row(&page, "aino"));
    assert_eq!(
        (&row[0], &row[5]),
        (&"Aino-Maria".into(), &"0".into()),
        "{row:?}"
    );
}
