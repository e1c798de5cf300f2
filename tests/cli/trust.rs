//! What the family withheld stays withheld; identity codes never leave;
//! text is never silently cut. Each test is one way this broke before.

use crate::common::*;

/// The daycare meeting with a school among the invitees, consent for all
/// participants, and an action the family kept from the school.
fn withheld_from_school() -> String {
    let text = edit(
        DAYCARE,
        "    relation: Robin's key worker\n",
        "    relation: Robin's key worker\n  - name: Tove Teacher\n    role: school\n    organisation: Kirkonkylän koulu\n",
    );
    let text = edit(
        &text,
        "recipients: [daycare]",
        "recipients: [all-participants]",
    );
    edit(
        &text,
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n  - action: Substance-abuse treatment for mother\n    owner: Pat Parent\n    not_for: [school]\n",
    )
}

#[test]
fn a_recipient_is_the_same_however_it_is_written() {
    for written in ["school", "School", "SCHOOL", "koulu", " skolan "] {
        let env = env_with(&withheld_from_school());
        let run = render(&env, &["memo", DIR, "--for", written]);
        assert_eq!(run.code, 0, "{written}: {}{}", run.stdout, run.stderr);
        // Named by the id, whatever was typed.
        let copy = env.read(&format!("{DIR}/memo.school.md"));
        assert!(copy.contains("Morning chart at home"), "{copy}");
        assert!(!copy.contains("Substance-abuse"), "{written}: {copy}");
        // What render allowed, check accepts; and the full memo still renders.
        let check = env.check(&[]);
        assert!(!check.has("consent"), "{}", check.stdout);
        assert_eq!(render(&env, &["memo", DIR]).code, 0);
        assert!(
            env.read(&format!("{DIR}/memo.md"))
                .contains("Substance-abuse")
        );
    }
}

#[test]
fn an_item_kept_from_the_school_is_kept_from_its_organisation_and_the_reverse() {
    let env = env_with(&withheld_from_school());
    let run = render(&env, &["memo", DIR, "--for", "Kirkonkylän koulu"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let copy = env.read(&format!("{DIR}/memo.kirkonkylan-koulu.md"));
    assert!(!copy.contains("Substance-abuse"), "{copy}");
    assert!(!env.check(&[]).has("consent"));

    let text = edit(
        &withheld_from_school(),
        "not_for: [school]",
        "not_for: [kirkonkylän  KOULU]",
    );
    let env = env_with(&text);
    assert_eq!(render(&env, &["memo", DIR, "--for", "koulu"]).code, 0);
    let copy = env.read(&format!("{DIR}/memo.school.md"));
    assert!(!copy.contains("Substance-abuse"), "{copy}");
}

#[test]
fn a_not_for_lsk_cannot_read_stops_the_copy_even_as_a_draft() {
    for (bad, field) in [
        ("not_for: [schools]", "agreed[1].not_for[0]"),
        ("not_for: [sch\u{200b}ool]", "agreed[1].not_for[0]"),
        ("not_for: [sch\u{43e}ol]", "agreed[1].not_for[0]"),
        ("not_for: [koulut]", "agreed[1].not_for[0]"),
    ] {
        let text = edit(&withheld_from_school(), "not_for: [school]", bad);
        let env = env_with(&text);
        let check = env.check(&[]);
        let finding = check
            .find("invalid-value", field)
            .unwrap_or_else(|| panic!("{bad}: {}", check.stdout));
        assert!(
            finding["help"].as_str().unwrap().contains("`school`"),
            "did you mean: {finding}"
        );
        for args in [
            &["memo", DIR, "--for", "school"][..],
            &["memo", DIR, "--for", "school", "--draft"],
        ] {
            let run = render(&env, args);
            assert_eq!(run.code, 1, "{bad} {args:?}: {}", run.stdout);
            assert!(!env.join(&format!("{DIR}/memo.school.md")).exists());
        }
    }
    // A key that only looks like not_for, and a not_for on the whole file.
    for (from, to) in [
        ("    not_for: [school]", "    Not_for: [school]"),
        ("    not_for: [school]", "    not-for: [school]"),
        ("    not_for: [school]", "    not_for: {school: yes}"),
        (
            "evaluation: It went well",
            "evaluation: It went well\nnot_for: [school]",
        ),
    ] {
        let env = env_with(&edit(&withheld_from_school(), from, to));
        let run = render(&env, &["memo", DIR, "--for", "school", "--draft"]);
        assert_eq!(run.code, 1, "{to}: {}", run.stdout);
        assert!(!env.join(&format!("{DIR}/memo.school.md")).exists(), "{to}");
    }
}

#[test]
fn unknown_recipients_are_invalid_values_with_the_one_meant() {
    let text = edit(DAYCARE, "recipients: [daycare]", "recipients: [daycares]");
    let env = env_with(&text);
    let check = env.check(&[]);
    let f = check
        .find("invalid-value", "memo_consent.recipients[0]")
        .unwrap_or_else(|| panic!("{}", check.stdout));
    assert!(f["help"].as_str().unwrap().contains("`daycare`"));
    // --for says the same.
    let env = env_with(DAYCARE);
    let run = render(&env, &["memo", DIR, "--for", "daycares"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("`daycare`"), "{}", run.stderr);
    // Finnish and Swedish words are recipients too.
    let text = edit(
        DAYCARE,
        "recipients: [daycare]",
        "recipients: [päiväkoti, skola]",
    );
    assert!(!env_with(&text).check(&[]).has("invalid-value"));
}

#[test]
fn a_copy_needs_consent_in_any_format() {
    let env = env_with(DAYCARE);
    env.write(&format!("{DIR}/memo.school.pdf"), "%PDF-1.4");
    env.write(&format!("{DIR}/memo.Päiväkoti.md"), "copy");
    let check = env.check(&[]);
    let files: Vec<String> = check
        .findings()
        .iter()
        .filter(|f| f["rule"] == "consent")
        .map(|f| f["file"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        files,
        [format!("{DIR}/memo.school.pdf")],
        "{}",
        check.stdout
    );
}

#[test]
fn a_follow_up_keeps_every_not_for() {
    let text = edit(
        &withheld_from_school(),
        "  - name: Pat Parent\n    role: parent\n    relation: mother\n    guardian: true\n",
        "  - name: Pat Parent\n    role: parent\n    relation: mother\n    guardian: true\n  - name: Uncle Lee\n    role: relative\n    not_for: [school]\n",
    );
    // A text section kept from the school inside an action.
    let text = edit(
        &text,
        "  - action: Morning chart at home\n",
        "  - action:\n      text: Morning chart at home, as agreed with the clinic\n      not_for: [daycare]\n",
    );
    let env = env_with(&text);
    follow_up(&env);
    let path = "meetings/2026-12-15-daycare/meeting.md";
    let follow = env.read(path);
    assert!(
        follow.contains("  - action: Substance-abuse treatment for mother\n    owner: Pat Parent\n    status: open (due 1 Dec 2026)\n    not_for:\n      - school\n")
            || follow.contains("Substance-abuse treatment for mother\n    owner: Pat Parent\n    status: open\n    not_for:\n      - school\n"),
        "{follow}"
    );
    assert!(
        follow.contains("    name: Uncle Lee\n    role: relative\n    not_for:\n      - school\n")
            || follow.contains(
                "  - name: Uncle Lee\n    role: relative\n    not_for:\n      - school\n"
            ),
        "{follow}"
    );
    assert!(follow.contains("not_for:\n      - daycare\n"), "{follow}");
    // The school's copy of the follow-up memo leaves both out.
    let follow = follow.replace("  recipients:", "  recipients: [school]\n  # was:");
    env.write(path, &follow);
    let run = render(
        &env,
        &[
            "memo",
            "meetings/2026-12-15-daycare",
            "--for",
            "school",
            "--draft",
        ],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let copy = env.read("meetings/2026-12-15-daycare/memo.school.md");
    assert!(!copy.contains("Substance-abuse"), "{copy}");
    assert!(!copy.contains("Uncle Lee"), "{copy}");
}

#[test]
fn only_a_meeting_of_the_same_case_can_be_followed_up() {
    let other = Env::case("2019-05");
    other.meeting(
        "2026-11-10-daycare",
        &edit(
            DAYCARE,
            "Pat Parent\n    role: parent",
            "Other Parent\n    role: parent",
        ),
    );
    let env = env_with(DAYCARE);
    let elsewhere = other.join("meetings/2026-11-10-daycare");
    let run = env.lsk(&[
        "new-meeting",
        "--follow-up",
        elsewhere.to_str().unwrap(),
        "--date",
        "2026-12-15",
    ]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("same child"), "{}", run.stderr);
    assert!(!env.join("meetings/2026-12-15-daycare").exists());
}

#[test]
fn identity_codes_are_found_however_they_are_written() {
    for written in [
        "010110a1230",
        "131052\u{2013}308T",
        "131052\u{2011}308T",
        "131052\u{2212}308T",
        "1310\u{200b}52-308T",
        "131052-\u{ad}308T",
        "131052-308t",
        "\"131052\\x2D308T\"",
        "\"131052\\u2011308T\"",
    ] {
        let text = edit(
            DAYCARE,
            "goal: Agree how",
            &format!("goal: {written} Agree how"),
        );
        let text = if written.starts_with('"') {
            edit(
                DAYCARE,
                "goal: Agree how daycare supports Robin's mornings",
                &format!("goal: {written}"),
            )
        } else {
            text
        };
        let env = env_with(&text);
        let check = env.check(&[]);
        assert!(check.has("identity-code"), "{written:?}: {}", check.stdout);
        // No document while the code is there: not even the agenda.
        for doc in ["agenda", "invitation", "child-checklist"] {
            assert_eq!(render(&env, &[doc, DIR]).code, 1, "{written:?} {doc}");
        }
        let ics = render(&env, &["invitation", DIR, "--ics"]);
        assert_eq!(ics.code, 1, "{written:?}");
        assert!(!env.join(&format!("{DIR}/invitation.ics")).exists());
    }
}

#[test]
fn no_message_repeats_an_identity_code() {
    let text = edit(DAYCARE, "date: 2026-11-10", &format!("date: {CODE}"));
    let text = edit(&text, "goal: Agree how", &format!("goal: {CODE} Agree how"));
    let env = env_with(&text);
    let human = env.lsk(&["check"]);
    assert!(human.stdout.contains("identity-code"), "{}", human.stdout);
    assert!(!human.stdout.contains(CODE), "{}", human.stdout);
    assert!(human.stdout.contains("XXXXXX-XXXX"));
    let json = env.check(&[]);
    assert!(!json.stdout.contains(CODE), "{}", json.stdout);
}

#[test]
fn codes_in_names_and_arguments_are_refused() {
    let env = env_with(DAYCARE);
    let run = env.lsk(&[
        "new-meeting",
        "--kind",
        "school",
        "--date",
        "2026-12-01",
        "--slug",
        &format!("Aino {CODE}"),
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("identity code"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_dir(env.join("meetings")).unwrap().count(),
        1,
        "nothing written"
    );

    let dir = Env::new();
    for args in [
        vec![
            "init",
            "aino",
            "--child",
            "Aino 131052-308T",
            "--born",
            "2021-03",
            "--worker",
            "Sam",
        ],
        vec![
            "init",
            "aino-131052-308T",
            "--child",
            "Aino",
            "--born",
            "2021-03",
            "--worker",
            "Sam",
        ],
        vec![
            "init",
            "aino",
            "--child",
            "Aino",
            "--born",
            "2021-03",
            "--worker",
            "Sam 131052\u{2013}308T",
        ],
    ] {
        let run = dir.lsk(&args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            std::fs::read_dir(dir.path()).unwrap().next().is_none(),
            "{args:?}"
        );
    }

    // A folder or file name that already holds one is a finding.
    let env = Env::case("2021-03");
    env.meeting(&format!("2026-11-10-{}", CODE.to_lowercase()), DAYCARE);
    assert!(env.check(&[]).has("identity-code"));
}

#[test]
fn an_identity_code_in_lsk_yaml_stops_every_document() {
    let env = env_with(DAYCARE);
    env.write(
        "lsk.yaml",
        &case_yaml("2021-03", "en").replace("name: Robin", "name: \"Robin 131052\\x2D308T\""),
    );
    assert!(env.check(&[]).has("identity-code"));
    assert_eq!(render(&env, &["agenda", DIR]).code, 1);
    assert!(!env.join(&format!("{DIR}/agenda.md")).exists());
}

#[test]
fn a_broken_lsk_yaml_stops_rendering() {
    let env = env_with(DAYCARE);
    env.write(
        "lsk.yaml",
        "<<<<<<< HEAD\nchild:\n  name: Robin\n=======\nchild:\n  name: Robin R\n>>>>>>> other\n",
    );
    for doc in ["memo", "agenda"] {
        let run = render(&env, &[doc, DIR]);
        assert_eq!(run.code, 1, "{doc}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains("parse-error"), "{}", run.stderr);
        assert!(!env.join(&format!("{DIR}/{doc}.md")).exists());
    }
}

#[test]
fn text_yaml_would_cut_is_a_finding() {
    let text = edit(
        DAYCARE,
        "place: Daycare Centre Lark",
        "place: Daycare Centre Lark, room #3",
    );
    let env = env_with(&text);
    let check = env.check(&[]);
    let f = check
        .find("invalid-value", "place")
        .unwrap_or_else(|| panic!("{}", check.stdout));
    assert!(f["message"].as_str().unwrap().contains("comment"), "{f}");
    assert!(f["help"].as_str().unwrap().contains("quotes"));
    assert_eq!(
        render(&env, &["memo", DIR]).code,
        1,
        "the record is not cut"
    );
    // Quoted, it is whole; the scaffold's own comment after a value is fine.
    let text = edit(
        DAYCARE,
        "place: Daycare Centre Lark",
        "place: \"Daycare Centre Lark, room #3\"",
    );
    let text = edit(
        &text,
        "  given_by: [Pat Parent]",
        "  given_by: [Pat Parent]      # who consented",
    );
    assert!(!env_with(&text).check(&[]).has("invalid-value"));
}

#[test]
fn told_is_a_yes_or_no_question() {
    let text = edit(
        DAYCARE,
        "told_who_is_coming: yes",
        "told_who_is_coming: Ei ole vielä kerrottu",
    );
    let env = env_with(&text);
    let check = env.check(&[]);
    assert!(
        check
            .find("invalid-value", "child_preparation.told_who_is_coming")
            .is_some(),
        "{}",
        check.stdout
    );
    assert!(
        check
            .find("child-not-prepared", "child_preparation.told_who_is_coming")
            .is_some()
    );
    for yes in ["Yes", "kyllä", "ja", "true"] {
        let text = edit(
            DAYCARE,
            "told_who_is_coming: yes",
            &format!("told_who_is_coming: {yes}"),
        );
        let check = env_with(&text).check(&[]);
        assert!(check.findings().is_empty(), "{yes}: {}", check.stdout);
    }
    let text = edit(DAYCARE, "told_who_is_coming: yes", "told_who_is_coming: ei");
    assert!(env_with(&text).check(&[]).has("child-not-prepared"));
}

#[test]
fn documents_everyone_receives_leave_out_what_is_kept_from_anyone() {
    let text = edit(
        &withheld_from_school(),
        "  - by: Pat Parent\n    topic: Mornings\n",
        "  - by: Pat Parent\n    topic: Mornings\n  - by: Pat Parent\n    topic: Father's new address\n    not_for: [school]\n",
    );
    let text = edit(
        &text,
        "  - name: Pat Parent\n    role: parent\n    relation: mother\n    guardian: true\n",
        "  - name: Pat Parent\n    role: parent\n    relation: mother\n    guardian: true\n  - name: Uncle Lee\n    role: relative\n    email: lee@example.fi\n    not_for: [school]\n",
    );
    let env = env_with(&text);
    for (doc, file) in [("agenda", "agenda.md"), ("invitation", "invitation.md")] {
        let run = render(&env, &[doc, DIR]);
        assert_eq!(run.code, 0, "{doc}: {}{}", run.stdout, run.stderr);
        let out = env.read(&format!("{DIR}/{file}"));
        assert!(!out.contains("new address"), "{doc}: {out}");
        assert!(!out.contains("Uncle Lee"), "{doc}: {out}");
    }
    assert_eq!(render(&env, &["invitation", DIR, "--ics"]).code, 0);
    assert!(
        !env.read(&format!("{DIR}/invitation.ics"))
            .contains("lee@example.fi")
    );
    // The record keeps everything.
    assert_eq!(render(&env, &["memo", DIR]).code, 0);
    let memo = env.read(&format!("{DIR}/memo.md"));
    assert!(
        memo.contains("new address") && memo.contains("Uncle Lee"),
        "{memo}"
    );
    // And a not_for lsk cannot read stops them too.
    let env = env_with(&edit(&text, "not_for: [school]", "not_for: [schools]"));
    assert_eq!(render(&env, &["agenda", DIR]).code, 1);
}

#[test]
fn a_code_folded_in_a_calendar_file_is_found() {
    let env = env_with(DAYCARE);
    // A calendar written earlier, its LOCATION folded in the middle of a code.
    let ics = format!(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nLOCATION:{} 1310\r\n 52-308T\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "x".repeat(60)
    );
    env.write(&format!("{DIR}/invitation.ics"), &ics);
    let check = env.check(&[]);
    let found = check
        .findings()
        .into_iter()
        .find(|f| f["rule"] == "identity-code")
        .unwrap_or_else(|| panic!("{}", check.stdout));
    assert_eq!(found["file"], format!("{DIR}/invitation.ics"));
}

/// DAYCARE with an extra invitee line and an extra agreed action.
fn with(invitee: &str, action: &str, consent: &str) -> String {
    let text = edit(
        DAYCARE,
        "    relation: Robin's key worker\n",
        &format!("    relation: Robin's key worker\n{invitee}"),
    );
    let text = edit(
        &text,
        "recipients: [daycare]",
        &format!("recipients: {consent}"),
    );
    edit(
        &text,
        "    due: 2026-12-01\n",
        &format!("    due: 2026-12-01\n{action}"),
    )
}

#[test]
fn an_organisation_of_unknown_service_may_be_any_recipient() {
    // Kept from health care; the health centre's invitee has role `other`.
    let env = env_with(&with(
        "  - name: Nina Nurse\n    role: other\n    organisation: Kallion neuvola\n",
        "  - action: SECRET\n    owner: Pat Parent\n    not_for: [health-care]\n",
        "[daycare, Kallion neuvola]",
    ));
    assert_eq!(
        render(&env, &["memo", DIR, "--for", "Kallion neuvola"]).code,
        0
    );
    assert!(
        !env.read(&format!("{DIR}/memo.kallion-neuvola.md"))
            .contains("SECRET")
    );
    // Kept from an organisation whose invitee's role says nothing: kept
    // from the daycare's copy too.
    let env = env_with(&with(
        "  - name: Lea Special\n    role: other\n    organisation: Daycare Centre Lark\n",
        "  - action: SECRET\n    owner: Pat Parent\n    not_for: [Daycare Centre Lark]\n",
        "[daycare]",
    ));
    assert_eq!(render(&env, &["memo", DIR, "--for", "daycare"]).code, 0);
    assert!(
        !env.read(&format!("{DIR}/memo.daycare.md"))
            .contains("SECRET")
    );
}

#[test]
fn organisations_never_share_a_copy_with_another_recipient() {
    // Two spellings of one daycare are one organisation.
    let text = with(
        "  - name: Ella Director\n    role: daycare\n    organisation: Päiväkoti Leppis\n  - name: Eero Aide\n    role: daycare\n    organisation: Paivakoti Leppis\n",
        "  - action: SECRET\n    owner: Pat Parent\n    not_for: [Paivakoti Leppis]\n",
        "[all-participants]",
    );
    let env = env_with(&text);
    assert_eq!(
        render(&env, &["memo", DIR, "--for", "Päiväkoti Leppis"]).code,
        0
    );
    assert!(
        !env.read(&format!("{DIR}/memo.paivakoti-leppis.md"))
            .contains("SECRET")
    );
    // An organisation whose name is an id gets a file of its own, which
    // check then reads as the same recipient.
    let text = with(
        "  - name: Kim Curator\n    role: other\n    organisation: \"School.\"\n",
        "  - action: SECRET\n    owner: Pat Parent\n    not_for: [school]\n",
        "[daycare, \"School.\"]",
    );
    let env = env_with(&text);
    let run = render(&env, &["memo", DIR, "--for", "School."]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(!env.join(&format!("{DIR}/memo.school.md")).exists());
    let copy = run.stdout.trim().rsplit('/').next().unwrap().to_owned();
    assert!(
        !env.read(&format!("{DIR}/{copy}")).contains("SECRET"),
        "{copy}"
    );
    assert!(!env.check(&[]).has("consent"));
}

#[test]
fn consent_by_organisation_does_not_reach_someone_without_one() {
    // Dana Carer (daycare) has no organisation: consent for Lark is not
    // consent for "the daycare".
    let env = env_with(&with(
        "  - name: Lea Lark\n    role: daycare\n    organisation: Lark\n",
        "",
        "[Lark]",
    ));
    assert_eq!(render(&env, &["memo", DIR, "--for", "daycare"]).code, 1);
    assert_eq!(render(&env, &["memo", DIR, "--for", "Lark"]).code, 0);
}

#[test]
fn what_lsk_cannot_read_stops_every_shared_document() {
    for (action, why) in [
        (
            "  - action: SECRET\n    owner: Pat Parent\n    except: [daycare]\n",
            "unknown key",
        ),
        (
            "  - action: SECRET\n    owner: Pat Parent\n    nоt_for: [daycare]\n",
            "Cyrillic o",
        ),
        (
            "  - action: SECRET\n    owner: Pat Parent\n    not_for:\n",
            "empty not_for",
        ),
        (
            "  - action: SECRET\n    owner: Pat Parent\n    not_for: [~]\n",
            "not_for of nothing",
        ),
    ] {
        let env = env_with(&with("", action, "[daycare]"));
        assert!(
            env.check(&[])
                .findings()
                .iter()
                .any(|f| f["severity"] == "error"),
            "{why}"
        );
        for args in [
            &["memo", DIR, "--for", "daycare", "--draft"][..],
            &["agenda", DIR],
            &["child-checklist", DIR],
        ] {
            let run = render(&env, args);
            assert_eq!(run.code, 1, "{why} {args:?}: {}", run.stdout);
        }
        assert!(
            !env.join(&format!("{DIR}/memo.daycare.md")).exists(),
            "{why}"
        );
    }
    // An alias repeats a withheld text under a key without not_for.
    let text = edit(
        DAYCARE,
        "family_views: The family wants calmer mornings",
        "family_views:\n  text: &fv SECRET\n  not_for: [daycare]",
    );
    let text = edit(&text, "evaluation: It went well", "evaluation: *fv");
    let env = env_with(&text);
    assert_eq!(render(&env, &["memo", DIR, "--for", "daycare"]).code, 1);
    assert!(!env.join(&format!("{DIR}/memo.daycare.md")).exists());
}

#[test]
fn an_invitee_kept_from_a_recipient_is_kept_out_of_everything_naming_them() {
    let text = with(
        "  - name: Uncle Lee\n    role: relative\n    not_for: [daycare]\n",
        "  - action: Weekend visits\n    owner: Uncle Lee\n",
        "[daycare]",
    );
    let text = edit(
        &text,
        "  - by: Pat Parent\n    topic: Mornings\n",
        "  - by: Pat Parent\n    topic: Mornings\n  - by: Uncle Lee\n    topic: Weekends\n  - by: Pat Parent\n    topic:\n      text: Father's new address\n      not_for: [daycare]\n",
    );
    let env = env_with(&text);
    assert_eq!(render(&env, &["memo", DIR, "--for", "daycare"]).code, 0);
    let copy = env.read(&format!("{DIR}/memo.daycare.md"));
    for hidden in ["Uncle Lee", "Weekend", "address"] {
        assert!(!copy.contains(hidden), "{hidden}: {copy}");
    }
    assert!(copy.contains("Mornings"));
    assert_eq!(render(&env, &["agenda", DIR]).code, 0);
    assert!(!env.read(&format!("{DIR}/agenda.md")).contains("Uncle Lee"));
}

#[test]
fn codes_where_only_a_reader_sees_them() {
    for written in [
        "131052-308\u{422}",
        "HETU131052-308T",
        "\u{1d7cf}31052-308T",
    ] {
        let text = edit(
            DAYCARE,
            "goal: Agree how",
            &format!("goal: {written} Agree how"),
        );
        assert!(env_with(&text).check(&[]).has("identity-code"), "{written}");
    }
    // A name that becomes a code when made a file name.
    let env = env_with(&with(
        "  - name: Una Unit\n    role: daycare\n    organisation: Unit 131052 308T\n",
        "",
        "[all-participants]",
    ));
    let run = render(&env, &["memo", DIR, "--for", "Unit 131052 308T"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        std::fs::read_dir(env.join(DIR)).unwrap().count() == 1,
        "only meeting.md"
    );
    // A code only YAML's reading shows is masked on the line printed.
    let text = edit(
        DAYCARE,
        "goal: Agree how daycare supports Robin's mornings",
        "goal: \"Mornings\\t131052-308T\"",
    );
    let human = env_with(&text).lsk(&["check"]);
    assert!(human.stdout.contains("identity-code"));
    assert!(!human.stdout.contains("131052"), "{}", human.stdout);
    // Nor does a script's JSON carry one.
    let text = edit(
        DAYCARE,
        "Morning chart at home",
        "Morning chart 131052-308T at home",
    );
    let run = env_with(&text).lsk(&["actions", "--format", "json"]);
    assert!(run.stdout.contains("Morning chart"), "{}", run.stdout);
    assert!(!run.stdout.contains(CODE), "{}", run.stdout);
    // init reads what it writes as YAML does.
    let dir = Env::new();
    let run = dir.lsk(&[
        "init",
        "aino",
        "--child",
        "Robin\t131052-308T",
        "--born",
        "2021-03",
        "--worker",
        "Sam",
    ]);
    assert_eq!(run.code, 2);
    assert!(!dir.join("aino/lsk.yaml").exists());
}

#[test]
fn copies_by_any_name_and_anywhere_in_the_meeting_need_consent() {
    let env = env_with(DAYCARE);
    for name in [
        "Memo.school.md",
        "memo.school.md.pdf",
        "sent/memo.school.md",
        "memo.school.pages",
    ] {
        env.write(&format!("{DIR}/{name}"), "copy");
    }
    env.write(&format!("{DIR}/memo.md.bak"), "the memo, saved again");
    let check = env.check(&[]);
    let mut files: Vec<String> = check
        .findings()
        .iter()
        .filter(|f| f["rule"] == "consent")
        .map(|f| {
            f["file"]
                .as_str()
                .unwrap()
                .trim_start_matches(&format!("{DIR}/"))
                .to_owned()
        })
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "Memo.school.md",
            "memo.school.md.pdf",
            "memo.school.pages",
            "sent/memo.school.md"
        ],
        "{}",
        check.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_meeting_md_linked_from_another_case_is_not_this_case() {
    let other = other_childs_case();
    let env = env_with(DAYCARE);
    link_to_other(&env, &other, "meetings/2026-10-01-daycare/meeting.md");
    assert!(env.check(&[]).find("parse-error", "").is_some());
    let run = render(
        &env,
        &["memo", "meetings/2026-10-01-daycare", "--for", "daycare"],
    );
    assert_eq!(run.code, 1);
    let run = env.lsk(&[
        "new-meeting",
        "--follow-up",
        "2026-10-01-daycare",
        "--date",
        "2026-12-20",
    ]);
    assert_eq!(run.code, 2, "{}", run.stdout);
}

#[test]
#[cfg(unix)]
fn a_refused_file_is_named_never_quoted() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("other.md"),
        "Ola Other, a secret line\n",
    )
    .unwrap();
    let env = env_with(DAYCARE);
    std::fs::create_dir_all(env.join("meetings/2026-10-08-school")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("other.md"),
        env.join("meetings/2026-10-08-school/meeting.md"),
    )
    .unwrap();
    let run = env.lsk(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("2026-10-08-school"), "{}", run.stdout);
    assert!(!run.stdout.contains("secret"), "{}", run.stdout);
}

#[test]
#[cfg(unix)]
fn a_meeting_reached_through_a_linked_folder_is_not_this_case() {
    // The meeting's folder, or the meetings folder itself, a link into
    // another child's case: the meeting.md on the other side is not read
    // as this child's (the file itself is no link, so only the way to it
    // tells).
    for linked in ["meetings/2026-10-01-daycare", "meetings"] {
        let other = other_childs_case();
        let env = Env::case("2019-05");
        link_to_other(&env, &other, linked);
        let report = env.check(&[]);
        assert!(
            report.find("parse-error", "").is_some(),
            "{linked}: {}",
            report.stdout
        );
        assert!(
            !report.stdout.contains("Ola"),
            "{linked}: {}",
            report.stdout
        );
        let run = render(
            &env,
            &["memo", "meetings/2026-10-01-daycare", "--for", "daycare"],
        );
        assert_ne!(run.code, 0, "{linked}: {}", run.stdout);
        assert!(!run.stdout.contains("Ola"), "{linked}: {}", run.stdout);
    }
}

#[test]
fn text_cut_on_a_continuation_line_or_after_an_answer() {
    let text = edit(
        DAYCARE,
        "summary: Daycare follows the mornings",
        "summary: Daycare follows the mornings\n  and Pat calls room #3 if Robin is upset",
    );
    assert!(
        env_with(&text)
            .check(&[])
            .find("invalid-value", "summary")
            .is_some()
    );
    let text = edit(
        DAYCARE,
        "  told_topics: yes",
        "  told_topics: yes # only partly",
    );
    assert!(
        env_with(&text)
            .check(&[])
            .find("invalid-value", "child_preparation.told_topics")
            .is_some()
    );
}

#[test]
fn a_code_in_any_name_in_the_case_is_found() {
    let env = env_with(DAYCARE);
    env.write("liitteet/robin 131052-308T.txt", "nothing\n");
    let check = env.check(&[]);
    let f = check
        .find("identity-code", "")
        .unwrap_or_else(|| panic!("{}", check.stdout));
    assert!(f["file"].as_str().unwrap().starts_with("liitteet/"), "{f}");
}

#[test]
fn a_follow_up_keeps_guardians_and_interpreters() {
    let text = edit(
        DAYCARE,
        "    role: parent\n    relation: mother\n    guardian: true\n",
        "    role: parent\n    relation: mother\n    guardian: true\n    interpreter: tigrinja\n",
    );
    let env = env_with(&text);
    follow_up(&env);
    let follow = env.read("meetings/2026-12-15-daycare/meeting.md");
    assert!(follow.contains("    guardian: true\n"), "{follow}");
    assert!(follow.contains("    interpreter: tigrinja\n"), "{follow}");
    let check = env.check(&["meetings/2026-12-15-daycare"]);
    assert!(
        check
            .find("invalid-value", "invitees[1].guardian")
            .is_none(),
        "{}",
        check.stdout
    );
}

#[test]
fn documents_speak_of_a_young_adult_as_one() {
    // Robin is 19 at the meeting: an adult in aftercare.
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2007-03", "fi"));
    env.meeting("2026-11-10-daycare", DAYCARE);
    let run = render(&env, &["memo", DIR, "--stdout", "--draft"]);
    assert!(
        run.stdout.contains("## Nuorelle kertominen"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("ja perheen lisäksi"), "{}", run.stdout);
    // A child's memo keeps the family.
    let env = env_with(DAYCARE);
    let run = render(&env, &["memo", DIR, "--stdout", "--lang", "fi"]);
    assert!(run.stdout.contains("ja perheen lisäksi"), "{}", run.stdout);
    // The needs assessment does not make the child a client.
    let env = Env::new();
    env.write(
        "lsk.yaml",
        &case_yaml("2021-03", "fi").replace("stage: client", "stage: assessment"),
    );
    env.meeting("2026-11-10-daycare", DAYCARE);
    let run = render(&env, &["agenda", DIR, "--stdout"]);
    assert!(
        run.stdout.contains("asiakkuus alkaa vasta"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Asiakkuus alkoi"), "{}", run.stdout);
}

#[test]
fn a_conference_child_is_prepared_by_the_assistant() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2016-03", "fi"));
    env.meeting("2026-11-10-fgc", &drop_key(FGC, "child_preparation").replace("  by: Uncle Lee\n  told_who_is_coming: yes\n  told_topics: yes\n  child_wants_to_talk_about: football\n  child_wants_adults_to_discuss: evenings\n", ""));
    let check = env.check(&[]);
    let f = check
        .find("child-not-prepared", "")
        .unwrap_or_else(|| panic!("{}", check.stdout));
    assert!(f["message"].as_str().unwrap().contains("kokoukseen"), "{f}");
    assert!(f["help"].as_str().unwrap().contains("avustaja"), "{f}");
}

/// `lsk new-meeting --follow-up 2026-11-10-daycare --date 2026-12-15`, which must succeed.
fn follow_up(env: &Env) {
    let run = env.lsk(&[
        "new-meeting",
        "--follow-up",
        "2026-11-10-daycare",
        "--date",
        "2026-12-15",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
