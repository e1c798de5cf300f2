//! `lsk actions`, `lsk list` and `lsk new-meeting --follow-up`.

use crate::common::*;

fn two_meetings() -> Env {
    let env = Env::case("2021-03");
    // The first meeting: one action done, one overdue, one owned by someone
    // who is not invited to the latest meeting.
    let first = edit(
        DAYCARE,
        "    due: 2026-12-01\n",
        "    due: 2026-11-20\n  - action: Speech therapy referral\n    owner: Dana Carer\n    due: 2026-11-15\n    done: true\n  - action: Ask about the evening routine\n    owner: Pat Parent\n    due: 2026-12-20\n",
    );
    env.meeting("2026-11-10-daycare", &first);
    let second = edit(DAYCARE, "date: 2026-11-10", "date: 2026-12-15");
    let second = edit(
        &second,
        "  - name: Dana Carer\n    role: daycare\n    relation: Robin's key worker\n",
        "  - name: Alex New\n    role: daycare\n",
    );
    let second = second
        .replace(
            "child_support_person: Dana Carer",
            "child_support_person: Alex New",
        )
        .replace("  by: Dana Carer", "  by: Alex New")
        .replace("  - who: Dana Carer", "  - who: Alex New");
    env.meeting("2026-12-15-daycare", &second);
    env
}

#[test]
fn actions_json_has_the_documented_shape() {
    let env = two_meetings();
    let run = env.lsk(&["actions", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    let actions = json["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 4);
    let chart = actions
        .iter()
        .find(|a| a["action"] == "Morning chart at home" && a["meeting"] == "2026-11-10-daycare")
        .unwrap();
    for key in [
        "file", "meeting", "action", "owner", "due", "done", "overdue",
    ] {
        assert!(chart.get(key).is_some(), "{key}");
    }
    assert_eq!(chart["file"], "meetings/2026-11-10-daycare/meeting.md");
    assert_eq!(chart["due"], "2026-11-20");
    assert_eq!(
        chart["overdue"], true,
        "due before today ({TODAY}), not done"
    );
    let speech = actions
        .iter()
        .find(|a| a["action"] == "Speech therapy referral")
        .unwrap();
    assert_eq!(
        (speech["done"].as_bool(), speech["overdue"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(
        speech["owner_not_in_latest"], true,
        "Dana is not invited to the latest meeting"
    );
    let evening = actions
        .iter()
        .find(|a| a["action"] == "Ask about the evening routine")
        .unwrap();
    assert_eq!(evening["overdue"], false);
    assert_eq!(evening["owner_not_in_latest"], false);
}

#[test]
fn actions_filters_and_table() {
    let env = two_meetings();
    let run = env.lsk(&["actions", "--overdue", "--format", "json"]);
    let actions = run.json()["actions"].as_array().unwrap().clone();
    assert_eq!(actions.len(), 1);
    let run = env.lsk(&["actions", "--owner", "dana  carer", "--format", "json"]);
    assert_eq!(run.json()["actions"].as_array().unwrap().len(), 1);
    let run = env.lsk(&[
        "actions",
        "--today",
        "2026-10-01",
        "--overdue",
        "--format",
        "json",
    ]);
    assert!(run.json()["actions"].as_array().unwrap().is_empty());
    let run = env.lsk(&["actions"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("DUE"), "{}", run.stdout);
    // Aligned: the ACTION column starts at the same place on every row.
    let col = lines[0].find("ACTION").unwrap();
    assert!(
        lines[1..5]
            .iter()
            .all(|l| l.len() > col && !l[..col].ends_with(|c: char| !c.is_whitespace())),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("overdue"));
    assert!(run.stdout.contains("Dana Carer !"));
    assert!(!run.stdout.contains('\u{1b}'), "NO_COLOR");
}

#[test]
fn list_shows_phase_findings_and_documents() {
    let env = two_meetings();
    env.lsk(&["render", "agenda", "meetings/2026-12-15-daycare"]);
    env.lsk(&["render", "memo", "meetings/2026-11-10-daycare"]);
    let memo = env.join("meetings/2026-11-10-daycare/memo.md");
    let text = std::fs::read_to_string(&memo)
        .unwrap()
        .replace("Meeting record:", "Minutes:");
    std::fs::write(&memo, text).unwrap();
    let run = env.lsk(&["list", "--format", "json"]);
    let meetings = run.json()["meetings"].as_array().unwrap().clone();
    assert_eq!(meetings.len(), 2);
    let held = &meetings[0];
    for key in [
        "file", "case", "date", "kind", "phase", "errors", "warnings", "rendered",
    ] {
        assert!(held.get(key).is_some(), "{key}");
    }
    assert_eq!(held["phase"], "after");
    assert_eq!(held["kind"], "daycare");
    assert_eq!(held["rendered"]["memo.md"], "edited");
    assert_eq!(held["memo_due"], false);
    let coming = &meetings[1];
    assert_eq!(coming["phase"], "before");
    assert_eq!(coming["rendered"]["agenda.md"], "current");
    // Change the meeting: the agenda is stale.
    let path = env.join("meetings/2026-12-15-daycare/meeting.md");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("It went well", "Fine");
    std::fs::write(&path, text).unwrap();
    let run = env.lsk(&["list", "--format", "json"]);
    assert_eq!(run.json()["meetings"][1]["rendered"]["agenda.md"], "stale");
    // A held meeting without a memo is due.
    let run = env.lsk(&["list", "--format", "json", "--today", "2027-01-01"]);
    assert_eq!(run.json()["meetings"][1]["memo_due"], true);
    let run = env.lsk(&["list", "--today", "2027-01-01"]);
    assert!(run.stdout.contains("memo due"), "{}", run.stdout);
}

#[test]
fn follow_up_meeting_starts_from_the_last_one() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "en"));
    env.meeting("2026-11-10-daycare", DAYCARE);
    let run = env.lsk(&[
        "new-meeting",
        "--follow-up",
        "2026-11-10-daycare",
        "--date",
        "2027-01-10",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = env.read("meetings/2027-01-10-daycare/meeting.md");
    assert!(text.contains("follows: 2026-11-10-daycare"), "{text}");
    assert!(text.contains("kind: daycare"));
    assert!(
        text.contains("  - name: Pat Parent\n    role: parent\n    relation: mother"),
        "{text}"
    );
    assert!(text.contains("note_taker: Sam Worker"));
    assert!(text.contains("child_support_person: Dana Carer"));
    assert!(text.contains("review:\n  - action: Morning chart at home\n    owner: Pat Parent\n    status: open (due 1 Dec 2026)"), "{text}");
    let run = env.lsk(&["check", "--format", "json", "--phase", "before"]);
    assert!(
        !run.has("parse-error") && !run.has("unknown-field") && !run.has("invalid-value"),
        "{}",
        run.stdout
    );
    // Its agenda returns to the last memo after the introductions and the
    // goal (review 2026-11).
    let run = env.lsk(&[
        "render",
        "agenda",
        "meetings/2027-01-10-daycare",
        "--stdout",
    ]);
    assert!(
        run.stdout
            .contains("## 3. The last meeting's agreed actions"),
        "{}",
        run.stdout
    );
    // A family group conference's follow-up is an fgc-follow-up.
    env.meeting("2026-11-20-family-group-conference", FGC);
    let run = env.lsk(&[
        "new-meeting",
        "--follow-up",
        "meetings/2026-11-20-family-group-conference",
        "--date",
        "2027-02-01",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = env.read("meetings/2027-02-01-fgc-follow-up/meeting.md");
    assert!(
        text.contains("kind: fgc-follow-up") && text.contains("chair: Kim Convener"),
        "{text}"
    );
    assert_eq!(
        env.lsk(&[
            "new-meeting",
            "--follow-up",
            "nothing-here",
            "--date",
            "2027-02-01"
        ])
        .code,
        2
    );
}
