//! Each rule in FORMAT.md's findings table, firing and not firing.

use crate::common::*;

const HELD: &str = "meetings/2026-11-10-daycare";

fn daycare(born: &str, text: &str) -> Env {
    let env = Env::case(born);
    env.meeting("2026-11-10-daycare", text);
    env
}

/// An English case that also says who keeps the record and how to reach
/// the worker, as an invitation needs (`contact-details`).
fn complete_case() -> String {
    format!(
        "{}organisation: Eastside family social work\ncontact:\n  phone: 09 310 12345\n",
        case_yaml("2021-03", "en")
    )
}

#[test]
fn complete_meeting_passes_every_phase() {
    // A complete case says who keeps the record and how to reach the
    // worker (`contact-details`, before the meeting).
    let env = daycare("2021-03", DAYCARE);
    env.write("lsk.yaml", &complete_case());
    for phase in ["before", "during", "after"] {
        let run = env.check(&["--phase", phase]);
        assert_eq!(run.code, 0, "{phase}: {}", run.stdout);
        assert!(run.findings().is_empty(), "{phase}: {}", run.stdout);
    }
    let fgc = Env::case("2021-03");
    fgc.meeting("2026-11-10-family-group-conference", FGC);
    let run = fgc.check(&["--phase", "after"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn missing_field_points_at_opening_line_or_empty_key() {
    let text = drop_key(DAYCARE, "goal");
    let text = edit(&text, "place: Daycare Centre Lark", "place:");
    let run = daycare("2021-03", &text).check(&[]);
    assert_eq!(run.code, 1);
    let goal = run.find("missing-field", "goal").expect("goal missing");
    assert_eq!(goal["line"], 1);
    assert_eq!(goal["severity"], "error");
    assert_eq!(goal["phase"], "after");
    assert_eq!(goal["file"], format!("{HELD}/meeting.md"));
    let place = run.find("missing-field", "place").expect("place empty");
    assert_eq!(place["line"], 6);
}

#[test]
fn phase_decides_what_is_required() {
    let text = drop_key(&drop_key(DAYCARE, "summary"), "child_views");
    let env = daycare("2021-03", &text);
    env.write("lsk.yaml", &complete_case());
    let before = env.check(&["--phase", "before"]);
    assert_eq!(before.code, 0, "{}", before.stdout);
    let during = env.check(&["--phase", "during"]);
    assert!(during.find("missing-field", "child_views").is_some());
    assert!(during.find("missing-field", "summary").is_none());
    let after = env.check(&["--phase", "after"]);
    assert!(after.find("missing-field", "summary").is_some());
    // Without --phase, the date against today decides: held 2026-11-10.
    // (The day before, what is filled in for after it is a `date-order`
    // warning, and nothing else.)
    let day_before = env.check(&["--today", "2026-11-09"]);
    assert!(
        day_before
            .findings()
            .iter()
            .all(|f| f["rule"] == "date-order" && f["severity"] == "warning"),
        "{}",
        day_before.stdout
    );
    assert!(
        env.check(&["--today", "2026-11-10"])
            .find("missing-field", "child_views")
            .is_some()
    );
    let run = env.check(&["--today", "2026-11-11"]);
    assert_eq!(
        run.find("missing-field", "summary").unwrap()["phase"],
        "after"
    );
}

#[test]
fn next_meeting_or_follow_up() {
    let text = drop_key(DAYCARE, "next_meeting");
    let run = daycare("2021-03", &text).check(&[]);
    assert!(run.find("missing-field", "next_meeting").is_some());
    let text = text.replace(
        "evaluation: It went well\n",
        "evaluation: It went well\nfollow_up: By phone in December\n",
    );
    assert!(daycare("2021-03", &text).check(&[]).findings().is_empty());
}

#[test]
fn topics_missing_is_a_warning() {
    let text = edit(
        DAYCARE,
        "topics:\n  - by: Pat Parent\n    topic: Mornings\n    discussion: Mornings are rushed; a picture chart was agreed\n",
        "",
    );
    let run = daycare("2021-03", &text).check(&[]);
    let f = run.find("missing-field", "topics").unwrap();
    assert_eq!(f["severity"], "warning");
    assert_eq!(run.code, 0, "warnings alone exit 0");
}

#[test]
fn consent_recipients_empty_list_is_a_decision() {
    let text = edit(DAYCARE, "recipients: [daycare]", "recipients: []");
    assert!(daycare("2021-03", &text).check(&[]).findings().is_empty());
    let text = edit(DAYCARE, "  recipients: [daycare]\n", "");
    let run = daycare("2021-03", &text).check(&[]);
    assert!(
        run.find("missing-field", "memo_consent.recipients")
            .is_some()
    );
}

#[test]
fn list_items_need_their_parts() {
    let text = edit(DAYCARE, "    relation: mother\n", "");
    let text = edit(
        &text,
        "  - name: Pat Parent\n    role: parent\n",
        "  - name: Pat Parent\n",
    );
    let run = daycare("2021-03", &text).check(&[]);
    let f = run.find("missing-field", "invitees[1].role").expect("role");
    assert_eq!(f["line"], 16);
}

#[test]
fn unknown_field_suggests() {
    let text = edit(DAYCARE, "goal:", "gaol:");
    let run = daycare("2021-03", &text).check(&["--lang", "en"]);
    let f = run.find("unknown-field", "gaol").unwrap();
    assert_eq!(f["line"], 7);
    assert!(f["help"].as_str().unwrap().contains("`goal`"), "{f}");
    // Nested keys too.
    let text = edit(DAYCARE, "    relation: mother", "    relaton: mother");
    let f = daycare("2021-03", &text)
        .check(&[])
        .find("unknown-field", "")
        .unwrap();
    assert_eq!(f["field"], "invitees[1].relaton");
    assert!(f["help"].as_str().unwrap().contains("`relation`"));
    // A Finnish word for a key.
    let text = edit(DAYCARE, "place:", "paikka:");
    let f = daycare("2021-03", &text)
        .check(&[])
        .find("unknown-field", "paikka")
        .unwrap();
    assert!(f["help"].as_str().unwrap().contains("`place`"));
}

#[test]
fn invalid_values() {
    for (from, to, field) in [
        ("date: 2026-11-10", "date: 2026-02-30", "date"),
        ("time: 13:00", "time: 25:00", "time"),
        ("duration_min: 60", "duration_min: -30", "duration_min"),
        ("duration_min: 60", "duration_min: an hour", "duration_min"),
        ("child_attends: no", "child_attends: maybe", "child_attends"),
        ("role: parent", "role: mum", "invitees[1].role"),
        (
            "chair: Sam Worker",
            "chair: [Sam Worker, Pat Parent]",
            "chair",
        ),
        ("due: 2026-12-01", "due: 1.12.2026", "agreed[0].due"),
        (
            "recipients: [daycare]",
            "recipients: daycare",
            "memo_consent.recipients",
        ),
        ("kind: daycare", "kind: kindergarten", "kind"),
        (
            "next_meeting: 2027-01-10",
            "next_meeting: soon",
            "next_meeting",
        ),
        (
            "goal: Agree how daycare supports Robin's mornings",
            "goal: [a, b]",
            "goal",
        ),
    ] {
        let run = daycare("2021-03", &edit(DAYCARE, from, to)).check(&[]);
        let f = run
            .find("invalid-value", field)
            .unwrap_or_else(|| panic!("{to}: {}", run.stdout));
        assert_eq!(run.code, 1);
        let line = DAYCARE.lines().position(|l| l.contains(from)).unwrap() + 1;
        assert_eq!(f["line"], line, "{to}");
    }
}

#[test]
fn yaml_1_2_values_read_as_written() {
    // `no` is the word no, `9.30` half past nine.
    let text = edit(DAYCARE, "time: 13:00", "time: 9.30");
    let run = daycare("2021-03", &text).check(&[]);
    assert!(run.findings().is_empty(), "{}", run.stdout);
    let fgc = edit(
        FGC,
        "kind: family-group-conference\n",
        "kind: family-group-conference\nacute: yes\n",
    );
    // A yes/no field reads `yes` as people write it (issue 13); an answer
    // it cannot read says what to write.
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-family-group-conference", &fgc);
    assert!(!env.check(&[]).has("invalid-value"));
    env.meeting(
        "2026-11-10-family-group-conference",
        &edit(&fgc, "acute: yes", "acute: sometimes"),
    );
    let f = env
        .check(&[])
        .find("invalid-value", "acute")
        .expect("acute: sometimes");
    assert!(f["message"].as_str().unwrap().contains("yes/no question"));
}

#[test]
fn bom_and_crlf_read_like_lf() {
    let broken = drop_key(DAYCARE, "goal");
    let lf = daycare("2021-03", &broken).check(&[]);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(broken.replace('\n', "\r\n").bytes());
    let env = Env::case("2021-03");
    env.write_bytes(&format!("{HELD}/meeting.md"), &bytes);
    let crlf = env.check(&[]);
    assert_eq!(lf.stdout, crlf.stdout);
    assert_eq!(lf.findings().len(), 1);
}

#[test]
fn unknown_person() {
    let text = edit(
        DAYCARE,
        "note_taker: Sam Worker",
        "note_taker: Alex Stranger",
    );
    let run = daycare("2021-03", &text).check(&[]);
    let f = run.find("unknown-person", "note_taker").unwrap();
    assert_eq!(f["line"], 10);
    let text = edit(DAYCARE, "    owner: Pat Parent", "    owner: Pat");
    assert!(
        daycare("2021-03", &text)
            .check(&[])
            .find("unknown-person", "agreed[0].owner")
            .is_some()
    );
    // Names match regardless of case and spacing.
    let text = edit(DAYCARE, "note_taker: Sam Worker", "note_taker: sam  worker");
    assert!(!daycare("2021-03", &text).check(&[]).has("unknown-person"));
}

fn with_invitees(n: usize, attends: &str) -> String {
    let mut extra = String::new();
    for i in 3..n {
        extra.push_str(&format!("  - name: Person {i}\n    role: other\n"));
    }
    let text = edit(
        DAYCARE,
        "child_attends: no\n",
        &format!("{extra}child_attends: {attends}\n"),
    );
    edit(&text, "evaluation:", "evaluation:")
}

#[test]
fn network_size() {
    let run = daycare("2021-03", &with_invitees(9, "no")).check(&[]);
    let f = run.find("network-size", "").expect("9 without the child");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["line"], 12);
    assert_eq!(run.code, 0);
    assert!(
        !daycare("2021-03", &with_invitees(8, "no"))
            .check(&[])
            .has("network-size")
    );
    assert!(
        daycare("2021-03", &with_invitees(7, "partly"))
            .check(&[])
            .has("network-size")
    );
    assert!(
        !daycare("2021-03", &with_invitees(6, "yes"))
            .check(&[])
            .has("network-size")
    );
    // Those who sent apologies do not count.
    let text = edit(
        &with_invitees(9, "no"),
        "child_views:",
        "absent:\n  - name: Person 8\n    update: Could not come\nchild_views:",
    );
    assert!(!daycare("2021-03", &text).check(&[]).has("network-size"));
}

#[test]
fn chair_role() {
    let env = Env::case("2021-03");
    let by_worker = edit(FGC, "chair: Kim Convener", "chair: Sam Worker");
    env.meeting("2026-11-10-family-group-conference", &by_worker);
    let run = env.check(&[]);
    let f = run
        .find("chair-role", "chair")
        .expect("worker chairs an FGC");
    assert_eq!(
        (f["severity"].as_str(), f["line"].as_i64()),
        (Some("error"), Some(9))
    );

    let by_relative = edit(FGC, "chair: Kim Convener", "chair: Uncle Lee");
    env.meeting("2026-11-10-family-group-conference", &by_relative);
    assert_eq!(
        env.check(&[]).find("chair-role", "").unwrap()["severity"],
        "error"
    );

    env.meeting("2026-11-10-family-group-conference", FGC);
    assert!(!env.check(&[]).has("chair-role"));

    let daycare_chair = edit(DAYCARE, "chair: Sam Worker", "chair: Dana Carer");
    let run = daycare("2021-03", &daycare_chair).check(&[]);
    assert_eq!(run.find("chair-role", "").unwrap()["severity"], "warning");
    assert_eq!(run.code, 0);
}

#[test]
fn child_preparation_by_age() {
    let unprepared = edit(
        DAYCARE,
        "child_preparation:\n  by: Dana Carer\n  told_who_is_coming: yes\n  told_topics: yes\n  child_wants_to_talk_about: friends\n  child_wants_adults_to_discuss: lunch\n",
        "",
    );
    // Five at the meeting: must be prepared.
    let run = daycare("2021-03", &unprepared).check(&[]);
    let f = run.find("child-not-prepared", "child_preparation").unwrap();
    assert_eq!(
        (f["severity"].as_str(), f["line"].as_i64()),
        (Some("error"), Some(1))
    );
    // Two at the meeting: the adults carry the information, and no
    // support person is required (review 2026-11: toddlers). Eighteen: an
    // adult in aftercare, not prepared as a child.
    let unsupported = edit(&unprepared, "child_support_person: Dana Carer\n", "");
    for born in ["2024-01", "2008-01"] {
        let run = daycare(born, &unsupported).check(&[]);
        assert!(!run.has("child-not-prepared"), "{born}: {}", run.stdout);
        assert!(
            run.find("missing-field", "child_support_person").is_none(),
            "{born}: {}",
            run.stdout
        );
    }
    assert!(
        daycare("2021-03", &unsupported)
            .check(&[])
            .find("missing-field", "child_support_person")
            .is_some()
    );
    // A five-year-old is told, not asked what the adults should discuss.
    let told_only = edit(
        DAYCARE,
        "  child_wants_to_talk_about: friends\n  child_wants_adults_to_discuss: lunch\n",
        "",
    );
    assert!(
        !daycare("2021-03", &told_only)
            .check(&[])
            .has("child-not-prepared")
    );
    // A nine-year-old is asked too.
    let run = daycare("2017-01", &told_only).check(&[]);
    assert!(
        run.find(
            "child-not-prepared",
            "child_preparation.child_wants_to_talk_about"
        )
        .is_some()
    );
    // "no" means not done.
    let not_told = edit(DAYCARE, "told_topics: yes", "told_topics: no");
    let f = daycare("2021-03", &not_told)
        .check(&[])
        .find("child-not-prepared", "")
        .unwrap();
    assert_eq!(f["field"], "child_preparation.told_topics");
    assert_eq!(f["line"], 28);
}

#[test]
fn acute_conference_preparation_is_a_warning() {
    let text = edit(
        FGC,
        "child_preparation:\n  by: Uncle Lee\n  told_who_is_coming: yes\n  told_topics: yes\n  child_wants_to_talk_about: football\n  child_wants_adults_to_discuss: evenings\n",
        "",
    );
    let text = edit(&text, "plan_topics:\n  - evenings\n", "");
    let env = Env::case("2014-01");
    env.meeting("2026-11-10-family-group-conference", &text);
    let run = env.check(&[]);
    assert_eq!(
        run.find("child-not-prepared", "").unwrap()["severity"],
        "error"
    );
    assert_eq!(
        run.find("missing-field", "plan_topics").unwrap()["severity"],
        "error"
    );
    let acute = edit(
        &text,
        "kind: family-group-conference\n",
        "kind: family-group-conference\nacute: true\n",
    );
    env.meeting("2026-11-10-family-group-conference", &acute);
    let run = env.check(&[]);
    assert_eq!(
        run.find("child-not-prepared", "").unwrap()["severity"],
        "warning"
    );
    assert_eq!(
        run.find("missing-field", "plan_topics").unwrap()["severity"],
        "warning"
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn double_assurance() {
    let one = edit(DAYCARE, "  - who: Dana Carer\n", "");
    let run = daycare("2021-03", &one).check(&[]);
    let f = run.find("double-assurance", "informing_child").unwrap();
    assert_eq!(f["line"], 46);
    let same_twice = edit(DAYCARE, "  - who: Dana Carer\n", "  - who: pat parent\n");
    assert!(
        daycare("2021-03", &same_twice)
            .check(&[])
            .has("double-assurance")
    );
    assert!(
        !daycare("2021-03", DAYCARE)
            .check(&[])
            .has("double-assurance")
    );
}

#[test]
fn action_owner() {
    let text = edit(DAYCARE, "    owner: Pat Parent\n", "");
    let run = daycare("2021-03", &text).check(&[]);
    let f = run.find("action-owner", "agreed[0].owner").unwrap();
    assert_eq!(f["line"], 43);
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("Morning chart at home")
    );
    assert!(!daycare("2021-03", DAYCARE).check(&[]).has("action-owner"));
}

#[test]
fn consent_for_a_recipient_copy() {
    let env = daycare("2021-03", DAYCARE);
    env.write(&format!("{HELD}/memo.school.md"), "# Memo\n");
    let run = env.check(&[]);
    let f = run
        .find("consent", "")
        .expect("school copy without consent");
    assert_eq!(f["file"], format!("{HELD}/memo.school.md"));
    assert_eq!(run.code, 1);
    std::fs::remove_file(env.join(&format!("{HELD}/memo.school.md"))).unwrap();
    env.write(&format!("{HELD}/memo.daycare.md"), "# Memo\n");
    assert!(!env.check(&[]).has("consent"));
}

#[test]
fn identity_code() {
    let text = DAYCARE.replace(
        "Notes.",
        "Notes.\n\nThe mother gave 131052-308T for the form.",
    );
    let run = daycare("2021-03", &text).check(&[]);
    let f = run.find("identity-code", "").unwrap();
    assert_eq!(f["line"], 55);
    // A wrong check character is not a code.
    let text = DAYCARE.replace("Notes.", "Case number 131052-308A.");
    assert!(!daycare("2021-03", &text).check(&[]).has("identity-code"));
    // In lsk.yaml and in rendered documents too.
    let env = daycare("2021-03", DAYCARE);
    env.write(
        "lsk.yaml",
        &format!("{}# 010110A1230\n", case_yaml("2021-03", "en")),
    );
    env.write(&format!("{HELD}/agenda.md"), "x\n131052-308T\n");
    let files: Vec<String> = env
        .check(&[])
        .findings()
        .iter()
        .filter(|f| f["rule"] == "identity-code")
        .map(|f| format!("{}:{}", f["file"].as_str().unwrap(), f["line"]))
        .collect();
    assert_eq!(
        files,
        vec!["lsk.yaml:7".to_owned(), format!("{HELD}/agenda.md:2")]
    );
}

#[test]
fn stale_render() {
    let env = daycare("2021-03", DAYCARE);
    let current = lsk::rules::stale::marker(DAYCARE, "# Agenda\n");
    env.write(
        &format!("{HELD}/agenda.md"),
        &format!("# Agenda\n{current}"),
    );
    assert!(!env.check(&[]).has("stale-render"));
    let old = lsk::rules::stale::marker("---\nkind: daycare\n---\n", "# Agenda\n");
    env.write(&format!("{HELD}/agenda.md"), &format!("# Agenda\n{old}"));
    let run = env.check(&["--phase", "during"]);
    let f = run.find("stale-render", "").unwrap();
    assert_eq!(
        (f["severity"].as_str(), f["line"].as_i64()),
        (Some("warning"), Some(2))
    );
    // Once the meeting is held, the agenda is a record of what was handed
    // out: notes added later do not make it stale. The memo still is.
    assert!(!env.check(&[]).has("stale-render"));
    env.write(&format!("{HELD}/memo.md"), &format!("# Memo\n{old}"));
    let run = env.check(&[]);
    assert_eq!(
        run.find("stale-render", "").unwrap()["file"],
        format!("{HELD}/memo.md")
    );
    std::fs::remove_file(env.join(&format!("{HELD}/memo.md"))).unwrap();
    // Content, not times: CRLF in meeting.md is the same content.
    env.write(
        &format!("{HELD}/meeting.md"),
        &DAYCARE.replace('\n', "\r\n"),
    );
    env.write(
        &format!("{HELD}/agenda.md"),
        &format!("# Agenda\n{current}"),
    );
    assert!(!env.check(&[]).has("stale-render"));
}

#[test]
fn follows_must_name_a_meeting() {
    let env = Env::case("2014-01");
    env.meeting("2026-11-10-family-group-conference", FGC);
    let follow_up = edit(FGC, "kind: family-group-conference", "kind: fgc-follow-up");
    let follow_up = edit(&follow_up, "plan_topics:\n  - evenings\n", "");
    let follow_up = edit(&follow_up, "plan: Grandmother stays the evenings\n", "");
    let follow_up = edit(
        &follow_up,
        "plan_evaluation: Accepted; family work supports the evenings\n",
        "",
    );
    env.meeting("2026-11-20-fgc-follow-up", &follow_up);
    let run = env.check(&["--phase", "before"]);
    assert!(
        run.find("missing-field", "follows").is_some(),
        "{}",
        run.stdout
    );
    let linked = edit(
        &follow_up,
        "date:",
        "follows: 2026-11-10-family-group-conference\ndate:",
    );
    env.meeting("2026-11-20-fgc-follow-up", &linked);
    let run = env.check(&["--phase", "after"]);
    assert!(run.findings().is_empty(), "{}", run.stdout);
    let broken = edit(&follow_up, "date:", "follows: 2026-10-01-nothing\ndate:");
    env.meeting("2026-11-20-fgc-follow-up", &broken);
    assert!(env.check(&[]).find("invalid-value", "follows").is_some());
}

#[test]
fn all_findings_at_once() {
    let text = edit(DAYCARE, "goal:", "gaol:");
    let text = edit(&text, "time: 13:00", "time: 31.00");
    let text = edit(&text, "  - who: Dana Carer\n", "");
    let text = edit(&text, "    owner: Pat Parent\n", "");
    let run = daycare("2021-03", &text).check(&[]);
    for rule in [
        "unknown-field",
        "invalid-value",
        "missing-field",
        "double-assurance",
        "action-owner",
    ] {
        assert!(run.has(rule), "{rule}: {}", run.stdout);
    }
    let summary = &run.json()["summary"];
    assert_eq!(summary["meetings"], 1);
    assert_eq!(summary["errors"], 5);
    assert_eq!(summary["warnings"], 0);
}

// ---- the table of rules (src/rules/: one entry in each rule's file) ----

/// What docs/rules.md's `stops` column says of a rule's entry.
fn stops_in_words(rule: &lsk::rules::Rule) -> String {
    let mut parts = Vec::new();
    if rule.stops_commit {
        parts.push("a commit");
    }
    match rule.stops_render {
        lsk::rules::StopsRender::Every => parts.push("every document"),
        lsk::rules::StopsRender::MemoEvenDraft => parts.push("the memo, even as a draft"),
        lsk::rules::StopsRender::Memo => {}
    }
    if parts.is_empty() {
        "—".to_owned()
    } else {
        parts.join("; ")
    }
}

#[test]
fn docs_rules_has_a_row_for_every_rule_in_the_table_and_no_other() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let text = std::fs::read_to_string(path).unwrap();
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r[0].trim_matches('`')).collect();
    assert_eq!(ids, lsk::rules::RULE_IDS, "docs/rules.md's rows, in order");
    for (row, rule) in rows.iter().zip(lsk::rules::RULES) {
        let [_, severity, _, stops, source] = row[..] else {
            panic!("{}: five columns: {row:?}", rule.id);
        };
        // The usual severity first, and every one the rule reports named.
        assert!(
            severity.starts_with(rule.severities[0].as_str()),
            "{}: {severity}",
            rule.id
        );
        for word in ["error", "warning"] {
            assert_eq!(
                severity.contains(word),
                rule.severities.iter().any(|s| s.as_str() == word),
                "{}: {word} in {severity:?}",
                rule.id
            );
        }
        assert_eq!(stops, stops_in_words(rule), "{}", rule.id);
        assert_eq!(source, rule.source, "{}", rule.id);
    }
}

#[test]
fn every_rule_has_its_explanation_in_every_language() {
    for rule in lsk::rules::RULES {
        assert!(
            !rule.severities.is_empty() && !rule.phases.is_empty(),
            "{}",
            rule.id
        );
        for lang in lsk::model::Lang::ALL {
            let text = rule.explain.get(*lang);
            assert!(
                text.starts_with(&format!("# {}", rule.id)),
                "{} ({lang}): {}",
                rule.id,
                text.lines().next().unwrap_or_default()
            );
            if let Some(word) = rule.page_help {
                assert!(
                    !lsk::i18n::serve::word(*lang, word).is_empty(),
                    "{}: page word {word} in {lang}",
                    rule.id
                );
            }
        }
    }
}

/// A rule whose entry names a page word (`page_help`): the meeting's page
/// shows that word, not the command line's help (which names a command).
#[test]
fn a_stale_document_on_a_page_offers_the_button_not_the_command() {
    let env = daycare("2021-03", DAYCARE);
    assert_eq!(render(&env, &["memo", HELD]).code, 0);
    env.meeting(
        "2026-11-10-daycare",
        &edit(DAYCARE, "It went well", "It went very well"),
    );
    let run = env.check(&[]);
    let stale = run.find("stale-render", "").expect("stale");
    let command_help = stale["help"].as_str().unwrap_or_default().to_owned();
    assert!(command_help.contains("lsk render"), "{command_help}");
    let app = crate::app::App::new(&env);
    let page = app.get("/c/0/m/2026-11-10-daycare").body;
    assert!(
        page.contains("open it below and choose Save the document"),
        "{page}"
    );
    assert!(!page.contains("lsk render memo"), "{page}");
}

/// A missing field is explained as the meeting's kind asks for it: a
/// conference's chair is the external convener, never "usually the
/// social worker" (a native reader's review) — on the command line and
/// in each language.
#[test]
fn a_missing_field_is_explained_for_the_kind_of_meeting() {
    for (lang, wrong, right) in [
        (
            "en",
            "usually the child-welfare social worker",
            "never the responsible social worker",
        ),
        (
            "fi",
            "yleensä lastensuojelun sosiaalityöntekijä",
            "koollekutsuja",
        ),
        (
            "sv",
            "vanligen barnskyddets socialarbetare",
            "sammankallare",
        ),
    ] {
        let env = Env::new();
        env.write("lsk.yaml", &case_yaml("2019-03", lang));
        env.meeting("2026-11-10-fgc", &drop_key(FGC, "chair"));
        let run = env.lsk(&["check", "--format", "json"]);
        let said: Vec<String> = run
            .findings()
            .into_iter()
            .filter(|f| f["rule"] == "missing-field" && f["field"] == "chair")
            .map(|f| f["message"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(said.len(), 1, "{lang}: {}", run.stdout);
        assert!(!said[0].contains(wrong), "{lang}: {}", said[0]);
        assert!(said[0].contains(right), "{lang}: {}", said[0]);
    }
}

// ---- issue 24: the review of 2026-12's new warnings (rules24) ----

/// FGC held on 2026-10-01, in `meetings/2026-10-01-family-group-conference`.
fn conference_of_october() -> String {
    edit(FGC, "date: 2026-11-10", "date: 2026-10-01")
}

/// A follow-up of the October conference on 2026-11-10, inviting `invitees`
/// (FGC's invitee lines), following `follows`.
fn follow_up(follows: &str, invitees: &str) -> String {
    let text = edit(FGC, "kind: family-group-conference", "kind: fgc-follow-up");
    let text = edit(
        &text,
        "date: 2026-11-10",
        &format!("follows: {follows}\ndate: 2026-11-10"),
    );
    let (head, rest) = text.split_once("invitees:\n").unwrap();
    let rest = rest.split_once("child_attends:").unwrap().1;
    format!("{head}invitees:\n{invitees}child_attends:{rest}")
}

const CONFERENCE: &str = "2026-10-01-family-group-conference";
const WITHOUT_LEE: &str = "  - name: Kim Convener\n    role: convener\n  - name: Sam Worker\n    role: social-worker\n  - name: Pat Parent\n    role: parent\n";

#[test]
fn follow_up_invitees_fires_and_is_mended() {
    let env = Env::case("2021-03");
    env.meeting(CONFERENCE, &conference_of_october());
    // Uncle Lee took part in the conference and is not invited: named, in
    // the case's language, before the meeting as after it.
    env.meeting(
        "2026-11-10-fgc-follow-up",
        &follow_up(CONFERENCE, WITHOUT_LEE),
    );
    for phase in ["before", "after"] {
        let run = env.check(&["--phase", phase]);
        let found = run
            .find("follow-up-invitees", "invitees")
            .expect(&run.stdout);
        assert_eq!(found["severity"], "warning");
        let message = found["message"].as_str().unwrap();
        assert!(message.contains("Uncle Lee"), "{message}");
        assert!(message.contains("1 Oct 2026"), "{message}");
        assert!(!message.contains("Pat Parent"), "{message}");
    }
    let fi = env.check(&["--lang", "fi"]);
    let found = fi.find("follow-up-invitees", "invitees").expect(&fi.stdout);
    assert_eq!(
        found["message"],
        "Uncle Lee osallistui läheisneuvonpitoon 1.10.2026, mutta ei ole seurantakokouksen kutsuttujen joukossa"
    );
    // …invited, though he cannot come (marked absent): no finding.
    let invited = follow_up(
        CONFERENCE,
        &format!("{WITHOUT_LEE}  - name: uncle  lee\n    role: relative\n"),
    );
    let invited = edit(
        &invited,
        "memo_consent:",
        "absent:\n  - name: Uncle Lee\n    update: The evenings work.\nmemo_consent:",
    );
    env.meeting("2026-11-10-fgc-follow-up", &invited);
    let run = env.check(&[]);
    assert!(!run.has("follow-up-invitees"), "{}", run.stdout);
}

#[test]
fn follow_up_invitees_reads_the_conference_back_along_the_chain() {
    let env = Env::case("2021-03");
    // Uncle Lee was absent from the conference: he did not take part.
    let conference = edit(
        &conference_of_october(),
        "memo_consent:",
        "absent:\n  - name: Uncle Lee\nmemo_consent:",
    );
    env.meeting(CONFERENCE, &conference);
    env.meeting(
        "2026-11-10-fgc-follow-up",
        &follow_up(CONFERENCE, WITHOUT_LEE),
    );
    let run = env.check(&[]);
    assert!(!run.has("follow-up-invitees"), "{}", run.stdout);
    // A second follow-up, of the first, is checked against the conference:
    // Pat Parent took part in it and is left out.
    let second = follow_up(
        "2026-11-10-fgc-follow-up",
        "  - name: Kim Convener\n    role: convener\n  - name: Sam Worker\n    role: social-worker\n",
    );
    let second = second
        .replace("2026-11-10", "2026-12-10")
        .replace("2027-01-10", "2027-02-10");
    let second = second.replace(
        "follows: 2026-12-10-fgc-follow-up",
        "follows: 2026-11-10-fgc-follow-up",
    );
    let second = second
        .replace(
            "child_support_person: Uncle Lee",
            "child_support_person: Kim Convener",
        )
        .replace("by: Uncle Lee", "by: Kim Convener")
        .replace("owner: Uncle Lee", "owner: Kim Convener")
        .replace("who: Uncle Lee", "who: Kim Convener")
        .replace("given_by: [Pat Parent]", "given_by: [Sam Worker]")
        .replace("who: Pat Parent", "who: Sam Worker");
    env.meeting("2026-12-10-fgc-follow-up", &second);
    let run = env.check(&["meetings/2026-12-10-fgc-follow-up"]);
    let found = run
        .find("follow-up-invitees", "invitees")
        .expect(&run.stdout);
    let message = found["message"].as_str().unwrap();
    assert!(
        message.contains("Pat Parent") && !message.contains("Uncle Lee"),
        "{message}"
    );
    // A follow-up whose `follows` leads nowhere says so elsewhere, not here.
    env.meeting(
        "2026-11-10-fgc-follow-up",
        &follow_up("2026-09-01-nothing", WITHOUT_LEE),
    );
    let run = env.check(&["meetings/2026-11-10-fgc-follow-up"]);
    assert!(!run.has("follow-up-invitees"), "{}", run.stdout);
    assert!(run.has("invalid-value"), "{}", run.stdout);
}

#[test]
fn child_wishes_in_plan_fires_and_is_mended() {
    let env = Env::case("2021-03");
    let without = FGC.replace(
        "child_wishes_in_plan: Robin wants to stay at home; the plan keeps him at home\n",
        "",
    );
    assert!(!without.contains("child_wishes_in_plan"));
    env.meeting("2026-11-10-family-group-conference", &without);
    let run = env.check(&[]);
    let found = run
        .find("child-wishes-in-plan", "child_wishes_in_plan")
        .expect(&run.stdout);
    assert_eq!(found["severity"], "warning");
    assert_eq!(found["phase"], "after");
    // Not before the conference is held, and not for other kinds.
    assert!(
        !env.check(&["--phase", "during"])
            .has("child-wishes-in-plan")
    );
    let fi = env.check(&["--lang", "fi"]);
    let found = fi
        .find("child-wishes-in-plan", "child_wishes_in_plan")
        .expect(&fi.stdout);
    assert_eq!(
        found["message"],
        "muistiosta puuttuu, miten lapsen toiveet on otettu huomioon läheisten suunnitelmassa"
    );
    // An empty one is missing too; written, no finding.
    env.meeting(
        "2026-11-10-family-group-conference",
        &edit(
            &without,
            "plan_evaluation:",
            "child_wishes_in_plan: \"\"\nplan_evaluation:",
        ),
    );
    assert!(env.check(&[]).has("child-wishes-in-plan"));
    env.meeting("2026-11-10-family-group-conference", FGC);
    let run = env.check(&[]);
    assert!(!run.has("child-wishes-in-plan"), "{}", run.stdout);
    assert!(
        !daycare("2021-03", DAYCARE)
            .check(&[])
            .has("child-wishes-in-plan")
    );
}

#[test]
fn contact_details_fires_and_is_mended() {
    let base = "child:\n  name: Robin\n  born: 2021-03\nresponsible_worker: Sam Worker\nlanguage: fi\nstage: client\n";
    let env = Env::new();
    env.write("lsk.yaml", base);
    env.meeting("2026-11-10-daycare", DAYCARE);
    // Before the meeting (the invitation): both missing, named in one warning.
    let run = env.check(&["--phase", "before"]);
    let found = run.find("contact-details", "contact").expect(&run.stdout);
    assert_eq!(found["severity"], "warning");
    let message = found["message"].as_str().unwrap();
    assert!(
        message.contains("yhteystiedot") && message.contains("organisaatio"),
        "{message}"
    );
    assert_eq!(run.code, 0, "a warning does not fail the check");
    // After the meeting the invitation has been sent: nothing.
    assert!(!env.check(&["--phase", "after"]).has("contact-details"));
    // The organisation alone still lacks a way to reach the worker.
    env.write(
        "lsk.yaml",
        &format!("{base}organisation: Itä-Helsingin lapsiperheiden sosiaalityö\n"),
    );
    let run = env.check(&["--phase", "before"]);
    let message = run.find("contact-details", "contact").expect(&run.stdout)["message"].clone();
    assert!(
        !message.as_str().unwrap().contains("organisaatio"),
        "{message}"
    );
    // An email address without the organisation: the organisation is named.
    env.write(
        "lsk.yaml",
        &format!("{base}contact:\n  email: sam@example.fi\n"),
    );
    let run = env.check(&["--phase", "before"]);
    assert!(
        run.find("contact-details", "organisation").is_some(),
        "{}",
        run.stdout
    );
    // Both: no finding. And the rendered invitation warns on stderr until then.
    env.write(
        "lsk.yaml",
        &format!("{base}organisation: Itä-Helsinki\ncontact:\n  phone: 09 310 12345\n"),
    );
    assert!(!env.check(&["--phase", "before"]).has("contact-details"));
    env.write("lsk.yaml", base);
    let run = env.lsk(&[
        "render",
        "invitation",
        "meetings/2026-11-10-daycare",
        "--today",
        "2026-11-07",
        "--stdout",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("contact-details"), "{}", run.stderr);
}

#[test]
fn topic_discussion_fires_and_is_mended() {
    let empty = DAYCARE.replace(
        "    discussion: Mornings are rushed; a picture chart was agreed\n",
        "",
    );
    assert!(!empty.contains("discussion:"));
    let env = daycare("2021-03", &empty);
    let run = env.check(&[]);
    let found = run
        .find("topic-discussion", "topics[0].discussion")
        .expect(&run.stdout);
    assert_eq!(found["severity"], "warning");
    assert!(
        found["message"].as_str().unwrap().contains("Mornings"),
        "{found}"
    );
    // Before the meeting a topic is only planned.
    assert!(!env.check(&["--phase", "during"]).has("topic-discussion"));
    // An empty discussion is none; a topic with no title is missing-field's.
    env.meeting(
        "2026-11-10-daycare",
        &edit(
            &empty,
            "    topic: Mornings\n",
            "    topic: Mornings\n    discussion:\n  - by: Dana Carer\n",
        ),
    );
    let run = env.check(&[]);
    assert_eq!(
        run.findings()
            .iter()
            .filter(|f| f["rule"] == "topic-discussion")
            .count(),
        1,
        "{}",
        run.stdout
    );
    env.meeting("2026-11-10-daycare", DAYCARE);
    let run = env.check(&[]);
    assert!(!run.has("topic-discussion"), "{}", run.stdout);
}

#[test]
fn contact_details_on_a_page_names_the_case_page_not_the_file() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    // A meeting still to come (the app's today is before it).
    env.meeting(
        "2026-12-10-daycare",
        &DAYCARE.replace("2026-11-10", "2026-12-10"),
    );
    let app = crate::app::App::new(&env);
    let page = app.get("/c/0/m/2026-12-10-daycare?lang=fi");
    assert!(
        page.body
            .contains("Lapsen asian tiedoista puuttuvat sekä vastuusosiaalityöntekijän yhteystiedot että organisaatio"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("(Muokkaa asian tietoja)"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("lsk.yaml"), "{}", page.body);
}
