//! `date-order`: dates that cannot happen, through `lsk check`.

use crate::common::*;

fn date_findings(run: &Run) -> Vec<(String, String, String)> {
    run.findings()
        .iter()
        .filter(|f| f["rule"] == "date-order")
        .map(|f| {
            (
                f["field"].as_str().unwrap_or("").to_owned(),
                f["severity"].as_str().unwrap_or("").to_owned(),
                f["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_complete_held_meeting_has_no_date_finding() {
    let env = env_with(DAYCARE);
    let run = env.check(&[]);
    assert!(date_findings(&run).is_empty(), "{}", run.stdout);
}

#[test]
fn an_action_due_before_its_meeting_is_an_error() {
    let env = env_with(&DAYCARE.replace("due: 2026-12-01", "due: 2025-12-01"));
    let run = env.check(&[]);
    let found = date_findings(&run);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "agreed[0].due");
    assert_eq!(found[0].1, "error");
    assert!(found[0].2.contains("Morning chart at home"), "{found:?}");
    // Due on the meeting's own day is fine.
    let env = env_with(&DAYCARE.replace("due: 2026-12-01", "due: 2026-11-10"));
    assert!(date_findings(&env.check(&[])).is_empty());
}

#[test]
fn a_memo_dated_before_the_meeting_is_an_error() {
    let text = DAYCARE.replace("next_meeting:", "memo_date: 2026-11-09\nnext_meeting:");
    let env = env_with(&text);
    let found = date_findings(&env.check(&[]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "memo_date");
    assert_eq!(found[0].1, "error");
    let env = env_with(&text.replace("memo_date: 2026-11-09", "memo_date: 2026-11-11"));
    assert!(date_findings(&env.check(&[])).is_empty());
}

#[test]
fn what_is_written_after_the_meeting_in_a_meeting_to_come_is_a_warning() {
    // The same complete meeting, a month ahead of today.
    let env = env_with(
        &DAYCARE
            .replace("date: 2026-11-10", "date: 2026-12-20")
            .replace("due: 2026-12-01", "due: 2027-01-15")
            .replace("next_meeting:", "memo_date: 2026-12-20\nnext_meeting:"),
    );
    let run = env.check(&[]);
    let found = date_findings(&run);
    let fields: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        fields,
        [
            "summary",
            "agreed",
            "informing_child",
            "evaluation",
            "memo_date"
        ],
        "{found:?}"
    );
    assert!(found.iter().all(|f| f.1 == "warning"), "{found:?}");
    // Also when the phase is asked for: the dates decide, not the phase.
    assert_eq!(date_findings(&env.check(&["--phase", "after"])).len(), 5);
    // Empty fields left by the scaffold are no content.
    let before = DAYCARE.split("summary:").next().unwrap();
    let env = env_with(
        &format!("{before}summary:\nagreed: []\nevaluation: \"\"\n---\n")
            .replace("date: 2026-11-10", "date: 2026-12-20"),
    );
    let run = env.check(&[]);
    assert!(date_findings(&run).is_empty(), "{}", run.stdout);
}

#[test]
fn a_follow_up_before_the_meeting_it_follows_is_an_error() {
    let env = env_with(DAYCARE);
    let follow = DAYCARE
        .replace("date: 2026-11-10", "date: 2026-10-01")
        .replace("due: 2026-12-01", "due: 2026-10-20")
        .replace(
            "kind: daycare\n",
            "kind: daycare\nfollows: 2026-11-10-daycare\n",
        );
    env.meeting("2026-10-01-daycare", &follow);
    let run = env.check(&[]);
    let found = date_findings(&run);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "follows");
    assert_eq!(found[0].1, "error");
    // In the case's language.
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    let run = env.lsk(&["check"]);
    assert!(
        run.stdout.contains("virhe[date-order]")
            && run.stdout.contains("seurattavan neuvottelun jälkeen"),
        "{}",
        run.stdout
    );
    env.write("lsk.yaml", &case_yaml("2021-03", "sv"));
    let run = env.lsk(&["check"]);
    assert!(
        run.stdout.contains("[date-order]") && run.stdout.contains("följer upp"),
        "{}",
        run.stdout
    );
}
