//! One way to find a meeting by its name (`case::meeting::find_by_name`,
//! `resolve_follows`): a `follows:` value, an address's `{meeting}`, a
//! follow-up's name. A plain folder name (trimmed) of a meeting beside it,
//! inside the case; `x/`, `../x`, `x/y`, a link out of the case and a
//! missing meeting lead nowhere — and `lsk check`, `lsk render`, the
//! meeting page and `lsk new-meeting` agree. Every test drives the real
//! `lsk` (the binary, or the server's router).

use axum::http::StatusCode;

use crate::app::App;
use crate::common::*;

const EARLIER: &str = "2026-11-10-daycare";
const LATER: &str = "2026-12-15-daycare";
/// An action agreed only in the earlier meeting: it reaches the later
/// meeting's agenda only when its `follows` leads there.
const CARRIED: &str = "Borrow picture books on Fridays";

/// The daycare meeting, and a later one whose `follows` is `follows`.
fn following(follows: &str) -> Env {
    let earlier = edit(
        DAYCARE,
        "    due: 2026-12-01\n",
        &format!("    due: 2026-12-01\n  - action: {CARRIED}\n    owner: Pat Parent\n"),
    );
    let env = env_with(&earlier);
    // Its own action is due after it (one due before is a `date-order` error).
    let later = edit(
        &edit(
            &edit(DAYCARE, "date: 2026-11-10", "date: 2026-12-15"),
            "due: 2026-12-01",
            "due: 2027-01-05",
        ),
        "kind: daycare\n",
        &format!("kind: daycare\nfollows: {follows}\n"),
    );
    env.meeting(LATER, &later);
    env
}

/// `lsk check` of the later meeting: whether its `follows` is reported.
fn follows_reported(env: &Env) -> bool {
    let run = env.check(&[&format!("meetings/{LATER}")]);
    run.find("invalid-value", "follows").is_some()
}

/// The later meeting's agenda, made by `lsk render`.
fn agenda(env: &Env) -> String {
    let run = render(env, &["agenda", &format!("meetings/{LATER}")]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    env.read(&format!("meetings/{LATER}/agenda.md"))
}

/// The follow-up chain the meeting page of `name` shows, if any.
fn chain(env: &Env, name: &str) -> Option<String> {
    let app = App::new(env);
    let r = app.get(&format!("/c/0/m/{name}"));
    assert_eq!(r.status, StatusCode::OK, "{name}: {}", r.body);
    r.body
        .split("id=\"follow\"")
        .nth(1)
        .and_then(|c| c.split("</section>").next())
        .map(str::to_owned)
}

#[test]
fn a_plain_name_of_a_meeting_of_the_case_is_followed_everywhere() {
    for written in [EARLIER.to_owned(), format!("\"  {EARLIER}  \"")] {
        let env = following(&written);
        assert!(!follows_reported(&env), "{written}");
        assert!(agenda(&env).contains(CARRIED), "{written}");
        for page in [EARLIER, LATER] {
            let chain = chain(&env, page).unwrap_or_else(|| panic!("{written} {page}: no chain"));
            assert!(
                chain.contains(EARLIER) && chain.contains(LATER),
                "{written} {page}: {chain}"
            );
        }
    }
}

#[test]
fn a_follows_that_is_not_a_plain_name_or_not_there_leads_nowhere_everywhere() {
    for written in [
        format!("{EARLIER}/"),
        format!("../meetings/{EARLIER}"),
        format!("{EARLIER}/."),
        format!("{EARLIER}\\"),
        "2026-10-01-nothing".to_owned(),
        "..".to_owned(),
    ] {
        let env = following(&written);
        // `lsk check` says the link leads nowhere...
        assert!(follows_reported(&env), "{written}");
        // ...the documents carry nothing of the meeting it seems to name...
        let agenda = agenda(&env);
        assert!(!agenda.contains(CARRIED), "{written}: {agenda}");
        // ...and the meeting pages show no chain (`x/` used to make one).
        for page in [EARLIER, LATER] {
            assert_eq!(chain(&env, page), None, "{written} {page}");
        }
    }
}

/// A meeting of another child's case, reached by a link in this case's
/// meetings folder.
#[cfg(unix)]
fn linked_out(env: &Env, name: &str, text: &str) -> Env {
    let other = Env::case("2019-05");
    other.meeting(name, text);
    std::fs::create_dir_all(env.join("meetings")).unwrap();
    std::os::unix::fs::symlink(
        other.join(&format!("meetings/{name}")),
        env.join(&format!("meetings/{name}")),
    )
    .unwrap();
    other
}

#[cfg(unix)]
#[test]
fn a_meeting_behind_a_link_out_of_the_case_is_never_followed() {
    const LINKED: &str = "2026-11-01-daycare";
    let env = following(LINKED);
    let secret = edit(
        DAYCARE,
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n  - action: Another child's secret action\n    owner: Pat Parent\n",
    );
    // Dated after the meeting that follows it: read as this case's, its
    // date would make a `date-order` error.
    let secret = edit(&secret, "date: 2026-11-10", "date: 2027-02-01");
    let _other = linked_out(&env, LINKED, &secret);
    // `lsk check`: not a meeting of this case, and nothing read from it.
    assert!(follows_reported(&env));
    let run = env.check(&[&format!("meetings/{LATER}")]);
    assert!(
        run.find("date-order", "follows").is_none(),
        "{}",
        run.stdout
    );
    // `lsk render`: nothing is made from another case's meeting.
    let run = render(&env, &["agenda", &format!("meetings/{LATER}")]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains(LINKED), "{}", run.stderr);
    assert!(!env.join(&format!("meetings/{LATER}/agenda.md")).exists());
    // The meeting page: no chain through it, and no page of it.
    assert_eq!(chain(&env, LATER), None);
    let app = App::new(&env);
    assert_eq!(
        app.get(&format!("/c/0/m/{LINKED}")).status,
        StatusCode::NOT_FOUND
    );
    // `lsk new-meeting --follow-up`: another case's meeting.
    let run = env.lsk(&["new-meeting", "--follow-up", LINKED, "--date", "2027-01-10"]);
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stderr.contains("is not a meeting of this case"),
        "{}",
        run.stderr
    );
    assert!(!env.join("meetings/2027-01-10-daycare").exists());
}

#[cfg(unix)]
#[test]
fn a_new_follow_up_never_follows_a_conference_behind_a_link_out() {
    const CONFERENCE: &str = "2026-10-01-family-group-conference";
    let env = Env::case("2021-03");
    let conference = edit(DAYCARE, "kind: daycare", "kind: family-group-conference");
    let _other = linked_out(&env, CONFERENCE, &conference);
    let run = env.lsk(&[
        "new-meeting",
        "--kind",
        "fgc-follow-up",
        "--date",
        "2027-01-10",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("no family group conference"),
        "{}",
        run.stderr
    );
    let made = env.read("meetings/2027-01-10-fgc-follow-up/meeting.md");
    assert!(!made.contains(CONFERENCE), "{made}");
    // The same conference in the case itself is followed.
    std::fs::remove_file(env.join(&format!("meetings/{CONFERENCE}"))).unwrap();
    env.meeting(CONFERENCE, &conference);
    let run = env.lsk(&[
        "new-meeting",
        "--kind",
        "fgc-follow-up",
        "--date",
        "2027-01-11",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let made = env.read("meetings/2027-01-11-fgc-follow-up/meeting.md");
    assert!(made.contains(&format!("follows: {CONFERENCE}")), "{made}");
}

#[test]
fn a_follow_up_is_named_by_a_plain_name_or_a_path() {
    let env = env_with(DAYCARE);
    for written in [format!("{EARLIER}/"), format!("../{EARLIER}"), "x/y".into()] {
        let run = env.lsk(&[
            "new-meeting",
            "--follow-up",
            &written,
            "--date",
            "2027-01-10",
        ]);
        assert_ne!(run.code, 0, "{written}: {}", run.stdout);
        assert!(
            run.stderr.contains("is not a meeting folder"),
            "{written}: {}",
            run.stderr
        );
        assert!(
            !env.join("meetings/2027-01-10-daycare").exists(),
            "{written}"
        );
    }
    // A path to the folder is a path, wherever it is given from.
    let run = env.lsk(&[
        "new-meeting",
        "--follow-up",
        &format!("meetings/{EARLIER}/"),
        "--date",
        "2027-01-10",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let made = env.read("meetings/2027-01-10-daycare/meeting.md");
    assert!(made.contains(&format!("follows: {EARLIER}")), "{made}");
}

#[test]
fn a_meeting_page_is_found_by_its_exact_name_only() {
    let env = env_with(DAYCARE);
    // A folder without a meeting.md is not a meeting.
    std::fs::create_dir_all(env.join("meetings/2026-11-20-daycare")).unwrap();
    let app = App::new(&env);
    assert_eq!(app.get(&format!("/c/0/m/{EARLIER}")).status, StatusCode::OK);
    for address in [
        format!("/c/0/m/%20{EARLIER}"),
        format!("/c/0/m/{EARLIER}%2F"),
        format!("/c/0/m/..%2Fmeetings%2F{EARLIER}"),
        "/c/0/m/..".to_owned(),
        "/c/0/m/2026-11-20-daycare".to_owned(),
        "/c/0/m/2026-10-01-nothing".to_owned(),
    ] {
        assert_eq!(app.get(&address).status, StatusCode::NOT_FOUND, "{address}");
    }
}
