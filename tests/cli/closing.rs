//! An agreed action closed without touching the memo that agreed it: by a
//! later meeting's review (`status: tehty`), or by lsk.yaml's
//! `actions_done` (the browser's "done" button when no later meeting
//! exists). `lsk actions` counts it done, `lsk check` finds no stale memo.

use crate::common::*;

/// A held meeting agreeing "Morning chart at home" (due 20.11., overdue on
/// TODAY), its memo rendered; and a later meeting with `review`.
fn with_review(status: &str) -> Env {
    let env = Env::case("2021-03");
    let first = edit(DAYCARE, "    due: 2026-12-01\n", "    due: 2026-11-20\n");
    env.meeting("2026-11-10-daycare", &first);
    let run = env.lsk(&["render", "memo", "meetings/2026-11-10-daycare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let second = edit(DAYCARE, "date: 2026-11-10", "date: 2026-12-15");
    let second = edit(
        &second,
        "kind: daycare\n",
        &format!(
            "kind: daycare\nfollows: 2026-11-10-daycare\nreview:\n  - action: morning  chart at HOME\n    owner: Pat Parent\n    status: {status}\n"
        ),
    );
    env.meeting("2026-12-15-daycare", &second);
    env
}

fn chart(env: &Env, meeting: &str) -> serde_json::Value {
    let run = env.lsk(&["actions", "--format", "json"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.json()["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "Morning chart at home" && a["meeting"] == meeting)
        .cloned()
        .unwrap()
}

#[test]
fn a_later_review_marked_done_closes_the_earlier_action() {
    for status in ["tehty, kaavio on käytössä", "gjort", "Done."] {
        let env = with_review(status);
        let memo_before = env.read("meetings/2026-11-10-daycare/memo.md");
        let a = chart(&env, "2026-11-10-daycare");
        assert_eq!(a["done"], true, "{status}: {a}");
        assert_eq!(a["overdue"], false, "{status}: {a}");
        // The filed memo is untouched and not stale.
        assert_eq!(env.read("meetings/2026-11-10-daycare/memo.md"), memo_before);
        let check = env.lsk(&["check", "--format", "json"]);
        assert!(
            !check.stdout.contains("stale-render"),
            "{status}: {}",
            check.stdout
        );
        // The human list says it too.
        let run = env.lsk(&["actions"]);
        assert!(!run.stdout.contains("overdue"), "{}", run.stdout);
    }
}

#[test]
fn a_review_still_open_keeps_the_action_open() {
    for status in ["kesken (määräaika 20.11.2026)", "ei tehty", "pågår", ""] {
        let env = with_review(status);
        let a = chart(&env, "2026-11-10-daycare");
        assert_eq!(a["done"], false, "{status}: {a}");
        assert_eq!(a["overdue"], true, "{status}: {a}");
    }
}

#[test]
fn a_review_closes_only_earlier_meetings_actions() {
    let env = with_review("tehty");
    // The later meeting agreed the same words itself: its own review row
    // does not close its own action.
    let a = chart(&env, "2026-12-15-daycare");
    assert_eq!(a["done"], false, "{a}");
}

#[test]
fn actions_done_in_lsk_yaml_closes_the_action_and_is_a_known_field() {
    let env = Env::case("2021-03");
    let first = edit(DAYCARE, "    due: 2026-12-01\n", "    due: 2026-11-20\n");
    env.meeting("2026-11-10-daycare", &first);
    let run = env.lsk(&["render", "memo", "meetings/2026-11-10-daycare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(chart(&env, "2026-11-10-daycare")["overdue"], true);
    env.write(
        "lsk.yaml",
        &format!(
            "{}actions_done:\n  - meeting: 2026-11-10-daycare\n    action: Morning chart at home\n    date: 2026-11-21\n",
            case_yaml("2021-03", "en")
        ),
    );
    let a = chart(&env, "2026-11-10-daycare");
    assert_eq!(
        (a["done"].as_bool(), a["overdue"].as_bool()),
        (Some(true), Some(false)),
        "{a}"
    );
    let check = env.lsk(&["check", "--format", "json"]);
    assert!(!check.stdout.contains("stale-render"), "{}", check.stdout);
    assert!(!check.stdout.contains("unknown-field"), "{}", check.stdout);
    // Another meeting's action of the same words stays open.
    env.write(
        "lsk.yaml",
        &format!(
            "{}actions_done:\n  - meeting: 2026-10-01-daycare\n    action: Morning chart at home\n",
            case_yaml("2021-03", "en")
        ),
    );
    assert_eq!(chart(&env, "2026-11-10-daycare")["done"], false);
}
