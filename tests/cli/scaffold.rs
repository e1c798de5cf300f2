//! `lsk init` and `lsk new-meeting`.

use crate::common::*;

fn init_case(env: &Env, lang: &str) {
    let run = env.lsk(&[
        "init",
        "case",
        "--child",
        "Robin",
        "--born",
        "2019-05",
        "--worker",
        "Sam Worker",
        "--lang",
        lang,
        "--stage",
        "client",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The worker fills in who keeps the record and how to reach her: an
    // invitation needs them (`contact-details`).
    let yaml: String = env
        .read("case/lsk.yaml")
        .lines()
        .map(|l| {
            if l.starts_with("organisation:") {
                "organisation: Eastside family social work".to_owned()
            } else if l.starts_with("  phone:") {
                "  phone: 09 310 12345".to_owned()
            } else {
                l.to_owned()
            }
        })
        .map(|l| l + "\n")
        .collect();
    env.write("case/lsk.yaml", &yaml);
}

#[test]
fn init_writes_case_and_refuses_to_overwrite() {
    let env = Env::new();
    init_case(&env, "fi");
    let yaml = env.read("case/lsk.yaml");
    assert!(yaml.contains("responsible_worker: Sam Worker"));
    assert!(yaml.contains("language: fi"));
    assert!(env.join("case/meetings").is_dir());
    env.write("case/lsk.yaml", "child:\n  name: Edited by hand\n");
    let run = env.lsk(&[
        "init", "case", "--child", "X", "--born", "2019", "--worker", "Y",
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("lsk.yaml"), "{}", run.stderr);
    assert_eq!(
        env.read("case/lsk.yaml"),
        "child:\n  name: Edited by hand\n"
    );
    let run = env.lsk(&[
        "init",
        "other",
        "--child",
        "X",
        "--born",
        "20.5.2019",
        "--worker",
        "Y",
    ]);
    assert_eq!(run.code, 2);
    assert!(!env.join("other").exists(), "nothing written on bad input");
}

#[test]
fn new_meeting_scaffolds_and_never_overwrites() {
    let env = Env::new();
    init_case(&env, "fi");
    let case = env.join("case/meetings");
    let run = env.lsk_in(
        &case,
        &[
            "new-meeting",
            "--kind",
            "daycare",
            "--date",
            "2026-12-01",
            "--time",
            "9.30",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("2026-12-01-daycare/meeting.md"),
        "{}",
        run.stdout
    );
    let rel = "case/meetings/2026-12-01-daycare/meeting.md";
    let text = env.read(rel);
    assert!(text.contains("chair: Sam Worker"));
    assert!(text.contains("invited_by: Sam Worker"));
    assert!(text.contains("time: 09:30"));
    assert!(text.contains("# neuvottelun tavoite"), "Finnish comments");
    assert!(text.contains("observe:"), "daycare keeps observations");
    env.write(rel, "edited by hand\n");
    let again = env.lsk_in(
        &case,
        &["new-meeting", "--kind", "daycare", "--date", "2026-12-01"],
    );
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("--slug"), "{}", again.stderr);
    assert_eq!(env.read(rel), "edited by hand\n");
}

#[test]
fn family_group_conference_is_never_chaired_by_the_worker() {
    let env = Env::new();
    init_case(&env, "en");
    let case = env.join("case");
    let run = env.lsk_in(
        &case,
        &[
            "new-meeting",
            "--kind",
            "family-group-conference",
            "--date",
            "2026-12-01",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = env.read("case/meetings/2026-12-01-family-group-conference/meeting.md");
    assert!(text.contains("\nchair:\n"), "{text}");
    assert!(!text.contains("chair: Sam Worker"));
    assert!(text.contains("external convener"));
    assert!(text.contains("plan_topics:"));
    assert!(!text.contains("observe:"));
    let run = env.lsk_in(
        &case,
        &[
            "new-meeting",
            "--kind",
            "fgc-follow-up",
            "--date",
            "2027-01-20",
        ],
    );
    assert_eq!(run.code, 0);
    let text = env.read("case/meetings/2027-01-20-fgc-follow-up/meeting.md");
    assert!(
        text.contains("follows: 2026-12-01-family-group-conference"),
        "{text}"
    );
}

#[test]
fn new_meeting_refuses_bad_input_and_outside_a_case() {
    let env = Env::new();
    let run = env.lsk(&["new-meeting", "--kind", "daycare", "--date", "2026-12-01"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("lsk.yaml"), "{}", run.stderr);
    init_case(&env, "sv");
    let case = env.join("case");
    for args in [
        vec!["--kind", "daycare", "--date", "2026-13-01"],
        vec![
            "--kind",
            "daycare",
            "--date",
            "2026-12-01",
            "--time",
            "25.00",
        ],
        vec!["--kind", "daycare", "--date", "2026-12-01", "--slug", "///"],
        vec!["--kind", "party", "--date", "2026-12-01"],
    ] {
        let mut all = vec!["new-meeting"];
        all.extend(args.iter());
        let run = env.lsk_in(&case, &all);
        assert_eq!(run.code, 2, "{args:?}");
    }
    let run = env.lsk_in(
        &case,
        &["new-meeting", "--kind", "daycare", "--date", "2026-13-01"],
    );
    assert!(
        run.stderr.contains("ÅÅÅÅ-MM-DD"),
        "Swedish case, Swedish message: {}",
        run.stderr
    );
    assert!(
        std::fs::read_dir(env.join("case/meetings"))
            .unwrap()
            .next()
            .is_none()
    );
    // A slug cannot leave the case.
    let run = env.lsk_in(
        &case,
        &[
            "new-meeting",
            "--kind",
            "school",
            "--date",
            "2026-12-01",
            "--slug",
            "../../x",
        ],
    );
    assert_eq!(run.code, 0);
    assert!(env.join("case/meetings/2026-12-01-x/meeting.md").is_file());
}

/// Replace the block of a top-level key (its line up to the next blank line)
/// in a scaffold.
fn fill(text: &str, key: &str, block: &str) -> String {
    let start = text
        .find(&format!("\n{key}:"))
        .unwrap_or_else(|| panic!("no {key} in scaffold"))
        + 1;
    let end = start + text[start..].find("\n\n").unwrap();
    format!("{}{}{}", &text[..start], block.trim_end(), &text[end..])
}

/// The scaffold with what the phases up to `phase` need filled in.
fn fill_common(text: String, kind: &str) -> String {
    fill_up_to(text, kind, "after")
}

const DURING_FROM: &str = "topics";
const AFTER_FROM: &str = "summary";

fn fill_up_to(mut text: String, kind: &str, phase: &str) -> String {
    let fgc = kind == "family-group-conference" || kind == "fgc-follow-up";
    let chair = if fgc { "Kim Convener" } else { "Sam Worker" };
    for (key, block) in [
        ("duration_min", "duration_min: 90".to_owned()),
        ("place", "place: Family centre".into()),
        ("goal", "goal: |\n  Agree on support for Robin.\n  Hear everyone.".into()),
        ("invited_by", format!("invited_by: {chair}")),
        ("chair", format!("chair: {chair}")),
        ("note_taker", "note_taker: Sam Worker".into()),
        ("child_support_person", "child_support_person: Dana Carer".into()),
        (
            "invitees",
            "invitees:\n  - name: Sam Worker\n    role: social-worker\n  - name: Kim Convener\n    role: convener\n  - name: Pat Parent\n    role: parent\n  - name: Dana Carer\n    role: daycare".into(),
        ),
        ("child_attends", "child_attends: partly".into()),
        ("child_attendance_reason", "child_attendance_reason: The beginning only".into()),
        (
            "child_preparation",
            "child_preparation:\n  by: Dana Carer\n  told_who_is_coming: yes\n  told_topics: yes\n  child_wants_to_talk_about: friends\n  child_wants_adults_to_discuss: lunch".into(),
        ),
        ("family_views", "family_views: Calmer mornings".into()),
        (
            "topics",
            "topics:\n  - by: Pat Parent\n    topic: Mornings\n    discussion: Mornings are rushed".into(),
        ),
        ("memo_consent", "memo_consent:\n  given_by: [Pat Parent]\n  date: 2026-12-01\n  recipients: []".into()),
        ("child_views", "child_views: Likes drawing".into()),
        ("summary", "summary: Agreed on mornings".into()),
        ("agreed", "agreed:\n  - action: Morning chart\n    owner: Pat Parent\n    due: 2027-01-15".into()),
        ("informing_child", "informing_child:\n  - who: Pat Parent\n  - who: Dana Carer".into()),
        ("evaluation", "evaluation: Good".into()),
        ("next_meeting", "next_meeting: 2027-02-01".into()),
    ] {
        if (phase == "before" && key == DURING_FROM) || (phase != "after" && key == AFTER_FROM) {
            break;
        }
        text = fill(&text, key, &block);
    }
    if kind == "family-group-conference" {
        text = fill(&text, "plan_topics", "plan_topics:\n  - mornings");
        if phase == "after" {
            text = fill(&text, "plan", "plan: Grandmother takes Robin to daycare");
            text = fill(
                &text,
                "child_wishes_in_plan",
                "child_wishes_in_plan: Robin wished to stay at home; he does",
            );
            text = fill(
                &text,
                "plan_evaluation",
                "plan_evaluation: Accepted; family work supports it",
            );
        }
    }
    text
}

/// The meeting kinds, read from the code.
const KINDS: &[&str] = lsk::model::Kind::NAMES;

/// `lsk new-meeting` of `kind` on 2026-12-01 in the case at `case/`; the
/// new meeting.md's path relative to `env`.
fn scaffold_meeting(env: &Env, kind: &str) -> String {
    let run = env.lsk_in(
        &env.join("case"),
        &[
            "new-meeting",
            "--kind",
            kind,
            "--date",
            "2026-12-01",
            "--time",
            "13:00",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    format!("case/meetings/2026-12-01-{kind}/meeting.md")
}

/// A worker fills in only what the preparation needs: the check before the
/// meeting is then clean, with the scaffold's empty later parts untouched.
#[test]
fn every_scaffold_prepared_passes_before() {
    let env = Env::new();
    init_case(&env, "en");
    for &kind in KINDS {
        let rel = scaffold_meeting(&env, kind);
        let mut text = fill_up_to(env.read(&rel), kind, "before");
        if kind == "fgc-follow-up" {
            text = fill(
                &text,
                "follows",
                "follows: 2026-12-01-family-group-conference",
            );
        }
        env.write(&rel, &text);
        let dir = env.join(&format!("case/meetings/2026-12-01-{kind}"));
        // The meeting's date is after LSK_TODAY: the before phase.
        let run = env.lsk_in(&dir, &["check", "--format", "json", "."]);
        assert!(run.findings().is_empty(), "{kind}: {}", run.stdout);
        let run = env.lsk_in(
            &dir,
            &["check", "--format", "json", "--phase", "during", "."],
        );
        assert!(
            run.find("missing-field", "memo_consent.given_by").is_some(),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn every_scaffold_filled_in_passes_after() {
    for lang in ["fi", "sv", "en"] {
        let env = Env::new();
        init_case(&env, lang);
        let case = env.join("case");
        for &kind in KINDS {
            let rel = scaffold_meeting(&env, kind);
            let fresh = env.read(&rel);
            // Unfilled, it is valid YAML and says what is missing.
            let run = env.lsk_in(&case, &["check", "--format", "json", "--phase", "before"]);
            assert!(
                !run.has("parse-error") && !run.has("unknown-field"),
                "{}",
                run.stdout
            );
            assert!(run.find("missing-field", "goal").is_some());
            env.write(&rel, &fill_common(fresh, kind));
            // Checked the day after it (filled in before its day, the
            // after-phase fields are a `date-order` warning).
            let run = env.lsk_in(
                &env.join(&format!("case/meetings/2026-12-01-{kind}")),
                &[
                    "check",
                    "--format",
                    "json",
                    "--phase",
                    "after",
                    "--today",
                    "2026-12-02",
                    ".",
                ],
            );
            assert!(run.findings().is_empty(), "{lang} {kind}: {}", run.stdout);
            assert_eq!(run.code, 0);
        }
    }
}
