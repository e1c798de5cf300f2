//! Each reader sees exactly their copy: the family's own copy, outside
//! recipients, relatives, child welfare's file copy; content of earlier
//! meetings only when lsk can read them exactly; withholding carried into
//! a follow-up. Every test drives the real `lsk`.

use crate::common::*;

const CHILD_SECRET: &str = "Robin told the counsellor alone that the stepfather shouts";

/// The daycare meeting with a sentence the child keeps from the parents.
fn kept_from_parent() -> String {
    edit(
        DAYCARE,
        "child_views: Robin likes the sandpit\n",
        &format!("child_views:\n  text: {CHILD_SECRET}\n  not_for: [parent]\n"),
    )
}

#[test]
fn the_family_gets_its_own_copy_without_what_the_child_kept_from_them() {
    // No consent is needed for the family's own copy.
    let text = edit(
        &kept_from_parent(),
        "recipients: [daycare]",
        "recipients: []",
    );
    let env = env_with(&text);
    for word in ["family", "parent", "child", "guardians"] {
        let run = render(&env, &["memo", DIR, "--for", word, "--force"]);
        assert_eq!(run.code, 0, "{word}: {}{}", run.stdout, run.stderr);
        let copy = env.read(&format!("{DIR}/memo.family.md"));
        assert!(!copy.contains(CHILD_SECRET), "{word}: {copy}");
        assert!(copy.contains("This is the family's own copy."), "{copy}");
        // The family's own record carries no duty of confidentiality.
        assert!(!copy.contains("may not be passed on"), "{copy}");
        assert!(!copy.contains("bound by confidentiality"), "{copy}");
        // Nor does it tell the parents that something was kept from them.
        assert!(!copy.contains("left out"), "{copy}");
    }
    // The family's copy is no copy without consent, for check and the hook.
    let check = env.check(&[]);
    assert!(!check.has("consent"), "{}", check.stdout);
    // The full memo keeps it, and says it is child welfare's file copy.
    let run = render(&env, &["memo", DIR]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let memo = env.read(&format!("{DIR}/memo.md"));
    assert!(memo.contains(CHILD_SECRET), "{memo}");
    assert!(
        memo.contains("Child welfare's file copy. It is not given to the family"),
        "{memo}"
    );
    // Everyone invited (the parent too) never sees it in the agenda.
    let run = render(&env, &["agenda", DIR]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!env.read(&format!("{DIR}/agenda.md")).contains(CHILD_SECRET));
}

#[test]
fn a_memo_with_nothing_kept_from_the_family_is_not_marked_as_a_file_copy() {
    let env = env_with(DAYCARE);
    let run = render(&env, &["memo", DIR]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!env.read(&format!("{DIR}/memo.md")).contains("file copy"));
}

#[test]
fn an_outside_copy_keeps_consent_and_confidentiality() {
    let env = env_with(&kept_from_parent());
    let run = render(&env, &["memo", DIR, "--for", "daycare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("{DIR}/memo.daycare.md"));
    assert!(copy.contains("bound by confidentiality"), "{copy}");
    // Kept from the parent only: the daycare may read it.
    assert!(copy.contains(CHILD_SECRET), "{copy}");
}

#[test]
fn no_copy_for_child_welfare_itself() {
    let text = edit(
        DAYCARE,
        "recipients: [daycare]",
        "recipients: [all-participants]",
    );
    let env = env_with(&text);
    for word in [
        "social-worker",
        "sosiaalityöntekijä",
        "social-instructor",
        "convener",
        // The worker's organisation, as the invitees name it.
        "Child welfare",
    ] {
        let run = render(&env, &["memo", DIR, "--for", word]);
        assert_eq!(run.code, 1, "{word}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains("child welfare itself"),
            "{word}: {}",
            run.stderr
        );
    }
    assert!(!env.join(DIR).join("memo.social-worker.md").exists());
}

#[test]
fn relatives_get_the_conferences_agreement_not_a_duty_of_confidentiality() {
    let text = edit(FGC, "  recipients: []", "  recipients: [relative]");
    let env = Env::case("2016-03");
    env.meeting("2026-11-10-family-group-conference", &text);
    let dir = "meetings/2026-11-10-family-group-conference";
    let run = render(&env, &["memo", dir, "--for", "relative"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let copy = env.read(&format!("{dir}/memo.relative.md"));
    assert!(
        copy.contains(
            "What the conference agreed about passing on what was said applies to this copy."
        ),
        "{copy}"
    );
    assert!(!copy.contains("bound by confidentiality"), "{copy}");
}

#[test]
fn a_text_naming_an_invitee_kept_from_the_recipient_is_left_out() {
    let text = edit(
        DAYCARE,
        "  - name: Dana Carer\n",
        "  - name: Uncle Lee\n    role: relative\n    not_for: [daycare]\n  - name: Dana Carer\n",
    );
    let text = edit(
        &text,
        "summary: Daycare follows the mornings\n",
        "summary: Daycare follows the mornings; Uncle Lee fetches Robin on Fridays\n",
    );
    let text = edit(
        &text,
        "topics:\n  - by: Pat Parent\n    topic: Mornings\n",
        "topics:\n  - by: Pat Parent\n    topic: Mornings\n  - by: Pat Parent\n    topic: What uncle lee does at weekends\n",
    );
    let env = env_with(&text);
    let run = render(&env, &["memo", DIR, "--for", "daycare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("{DIR}/memo.daycare.md"));
    assert!(!copy.to_lowercase().contains("uncle lee"), "{copy}");
    assert!(copy.contains("Mornings"), "{copy}");
}

/// The daycare meeting, and a follow-up of it whose documents draw on it.
fn with_follow_up(earlier: &str) -> Env {
    let env = env_with(earlier);
    // Its own action is due after it (one due before is a `date-order` error).
    let follow = edit(
        &edit(
            &edit(DAYCARE, "date: 2026-11-10", "date: 2026-12-15"),
            "due: 2026-12-01",
            "due: 2027-01-05",
        ),
        "kind: daycare\n",
        "kind: daycare\nfollows: 2026-11-10-daycare\n",
    );
    env.meeting("2026-12-15-daycare", &follow);
    env
}

#[test]
fn an_earlier_meeting_lsk_cannot_read_exactly_stops_the_follow_ups_documents() {
    for (what, withholding) in [
        ("misspelt key", "    nor_for: [school]\n"),
        ("unknown key", "    except: [school]\n"),
        ("cyrillic o", "    not_f\u{43e}r: [school]\n"),
        ("unknown recipient", "    not_for: [schoool]\n"),
    ] {
        let earlier = edit(
            DAYCARE,
            "    due: 2026-12-01\n",
            &format!(
                "    due: 2026-12-01\n  - action: Visit the addiction clinic\n    owner: Pat Parent\n{withholding}"
            ),
        );
        let env = with_follow_up(&earlier);
        for doc in ["agenda", "invitation", "memo"] {
            let run = render(&env, &[doc, "meetings/2026-12-15-daycare"]);
            assert_eq!(run.code, 1, "{what} {doc}: {}{}", run.stdout, run.stderr);
            assert!(
                run.stderr.contains("2026-11-10-daycare"),
                "{what} {doc}: {}",
                run.stderr
            );
            assert!(
                !env.join("meetings/2026-12-15-daycare")
                    .join(format!("{doc}.md"))
                    .exists(),
                "{what} {doc}"
            );
        }
    }
}

#[test]
fn an_earlier_meeting_read_exactly_flows_in_as_the_reader_may_see_it() {
    let earlier = edit(
        DAYCARE,
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n  - action: Visit the addiction clinic\n    owner: Pat Parent\n    not_for: [daycare]\n",
    );
    let env = with_follow_up(&earlier);
    let run = render(&env, &["agenda", "meetings/2026-12-15-daycare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let agenda = env.read("meetings/2026-12-15-daycare/agenda.md");
    assert!(agenda.contains("Morning chart at home"), "{agenda}");
    assert!(!agenda.contains("addiction"), "{agenda}");
    let run = render(&env, &["memo", "meetings/2026-12-15-daycare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = render(
        &env,
        &["memo", "meetings/2026-12-15-daycare", "--for", "daycare"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read("meetings/2026-12-15-daycare/memo.daycare.md");
    assert!(!copy.contains("addiction"), "{copy}");
}

#[test]
fn a_follow_up_keeps_the_not_for_of_a_person_field() {
    let text = edit(
        DAYCARE,
        "  - name: Dana Carer\n",
        "  - name: Tove Teacher\n    role: school\n    organisation: Kirkonkylän koulu\n  - name: Dana Carer\n",
    );
    let text = edit(
        &text,
        "child_support_person: Dana Carer\n",
        "child_support_person:\n  text: Dana Carer\n  not_for: [school]\n",
    );
    let env = env_with(&text);
    let check = env.check(&["--phase", "after"]);
    assert!(
        !check.has("invalid-value") && !check.has("unknown-person"),
        "{}",
        check.stdout
    );
    let run = env.lsk(&[
        "new-meeting",
        "--follow-up",
        "2026-11-10-daycare",
        "--date",
        "2026-12-15",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let follow = env.read("meetings/2026-12-15-daycare/meeting.md");
    assert!(
        follow.contains("child_support_person:\n  text: Dana Carer\n  not_for:\n    - school\n"),
        "{follow}"
    );
    // The follow-up's agenda, which the school receives, does not name her
    // as the child's supporter, as the first meeting's did not.
    for dir in ["meetings/2026-11-10-daycare", "meetings/2026-12-15-daycare"] {
        let run = render(&env, &["agenda", dir]);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        let agenda = env.read(&format!("{dir}/agenda.md"));
        assert!(
            !agenda.contains("supporter at the meeting:** Dana"),
            "{agenda}"
        );
    }
}

/// The daycare meeting with a school teacher among the invitees, consent
/// for all participants and the school, and a therapist whom the family
/// keeps from the school.
fn with_hidden_therapist() -> String {
    let text = edit(
        DAYCARE,
        "  - name: Dana Carer\n",
        "  - name: Tove Teacher\n    role: school\n    organisation: Kirkonkylän koulu\n  - name: Sanna Virta\n    role: other\n    organisation: Youth Psychiatry Clinic\n    not_for: [school]\n  - name: Dana Carer\n",
    );
    edit(
        &text,
        "recipients: [daycare]",
        "recipients: [all-participants, school, Youth Psychiatry Clinic]",
    )
}

#[test]
fn the_consent_line_names_no_organisation_of_someone_kept_from_the_reader() {
    let env = env_with(&with_hidden_therapist());
    let run = render(&env, &["memo", DIR, "--for", "school"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("{DIR}/memo.school.md"));
    assert!(!copy.contains("Psychiatry"), "{copy}");
    assert!(!copy.contains("Sanna"), "{copy}");
    // The whole memo names them all.
    let run = render(&env, &["memo", DIR]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        env.read(&format!("{DIR}/memo.md"))
            .contains("Youth Psychiatry Clinic")
    );
}

#[test]
fn a_hidden_person_written_another_way_is_still_left_out() {
    let text = edit(
        &with_hidden_therapist(),
        "topics:\n  - by: Pat Parent\n    topic: Mornings\n",
        "topics:\n  - by: Pat Parent\n    topic: Mornings\n  - by: Virta Sanna\n    topic: Treatment of the depression\n",
    );
    let text = edit(
        &text,
        "evaluation: It went well\n",
        "evaluation: It went well\ndissent:\n  - by: \"Sanna\u{200b}-Virta\"\n    view: The therapist disagrees\n",
    );
    let env = env_with(&text);
    let run = render(&env, &["memo", DIR, "--for", "school", "--draft"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("{DIR}/memo.school.md"));
    for leak in ["Virta", "depression", "therapist disagrees"] {
        assert!(!copy.contains(leak), "{leak}: {copy}");
    }
    assert!(copy.contains("Mornings"), "{copy}");
    // Before the meeting: the agenda everyone receives.
    let text = edit(
        &text,
        "child_support_person: Dana Carer\n",
        "child_support_person: Virta Sanna\n",
    );
    env.write(&format!("{DIR}/meeting.md"), &text);
    let run = render(&env, &["agenda", DIR]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let agenda = env.read(&format!("{DIR}/agenda.md"));
    assert!(!agenda.contains("Virta"), "{agenda}");
}

#[test]
fn a_follow_up_keeps_from_them_what_names_a_hidden_invitee() {
    let text = edit(
        &with_hidden_therapist(),
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n  - action: Therapy sessions start\n    owner: Sanna Virta\n",
    );
    let env = env_with(&text);
    let run = env.lsk(&[
        "new-meeting",
        "--follow-up",
        "2026-11-10-daycare",
        "--date",
        "2026-12-15",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let follow = env.read("meetings/2026-12-15-daycare/meeting.md");
    let at = follow.find("Therapy sessions start").expect("carried");
    let row = &follow[at..follow[at..].find("\n  -").map_or(follow.len(), |e| at + e)];
    assert!(row.contains("not_for:\n      - school"), "{follow}");
}

#[test]
fn no_copy_for_the_organisation_that_keeps_the_record() {
    let env = Env::new();
    env.write(
        "lsk.yaml",
        &format!(
            "{}organisation: Northside family social work\n",
            case_yaml("2021-03", "en")
        ),
    );
    let text = edit(
        DAYCARE,
        "  - name: Dana Carer\n",
        "  - name: Olli Other\n    role: other\n    organisation: Northside Family Social Work\n  - name: Dana Carer\n",
    );
    env.meeting(
        "2026-11-10-daycare",
        &edit(
            &text,
            "recipients: [daycare]",
            "recipients: [all-participants]",
        ),
    );
    let run = render(
        &env,
        &["memo", DIR, "--for", "Northside family social work"],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("child welfare itself"),
        "{}",
        run.stderr
    );
}

#[test]
fn relatives_do_not_read_what_is_kept_from_the_family() {
    let text = edit(FGC, "  recipients: []", "  recipients: [relative]");
    let text = edit(
        &text,
        "  - action: Rota of evenings\n",
        "  - action: Robin may call the helpline when frightened at home\n    owner: Uncle Lee\n    not_for: [parent]\n  - action: Rota of evenings\n",
    );
    let env = Env::case("2016-03");
    env.meeting("2026-11-10-family-group-conference", &text);
    let dir = "meetings/2026-11-10-family-group-conference";
    let run = render(&env, &["memo", dir, "--for", "relative"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let copy = env.read(&format!("{dir}/memo.relative.md"));
    assert!(!copy.contains("helpline"), "{copy}");
    assert!(copy.contains("Rota of evenings"), "{copy}");
}

#[test]
fn someone_from_an_organisation_of_unclear_service_may_be_any_recipient() {
    // The school nurse (`other`) beside the teacher: health care's copy
    // leaves out what is kept from their school.
    let text = edit(
        DAYCARE,
        "  - name: Dana Carer\n",
        "  - name: Tove Teacher\n    role: school\n    organisation: Kirkonkylän koulu\n  - name: Nina Nurse\n    role: other\n    organisation: Kirkonkylän koulu\n  - name: Dana Carer\n",
    );
    let text = edit(&text, "recipients: [daycare]", "recipients: [health-care]");
    let text = edit(
        &text,
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n  - action: The mother's treatment plan\n    owner: Pat Parent\n    not_for: [Kirkonkylän koulu]\n",
    );
    let env = env_with(&text);
    let run = render(&env, &["memo", DIR, "--for", "health-care"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("{DIR}/memo.health-care.md"));
    assert!(!copy.contains("treatment plan"), "{copy}");
}

#[test]
fn someone_whose_absence_is_kept_from_the_reader_is_not_said_to_be_present() {
    let text = edit(
        DAYCARE,
        "evaluation: It went well\n",
        "evaluation: It went well\nabsent:\n  - name: Pat Parent\n    update: In hospital this week\n    not_for: [daycare]\n",
    );
    let env = env_with(&text);
    let run = render(&env, &["memo", DIR, "--for", "daycare", "--draft"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("{DIR}/memo.daycare.md"));
    assert!(!copy.contains("hospital"), "{copy}");
    let present = copy.split("## Present").nth(1).unwrap_or("");
    let present = present.split("\n## ").next().unwrap_or("");
    assert!(!present.contains("Pat Parent"), "{present}");
}

#[test]
fn a_memo_with_something_kept_from_the_family_asks_for_the_familys_copy() {
    let env = env_with(&kept_from_parent());
    assert!(!env.check(&[]).has("consent"));
    let run = render(&env, &["memo", DIR]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = env.check(&[]);
    let f = check
        .find("consent", "")
        .unwrap_or_else(|| panic!("{}", check.stdout));
    assert_eq!(f["severity"], "warning", "{f}");
    assert!(f["help"].as_str().unwrap().contains("--for family"), "{f}");
    let run = render(&env, &["memo", DIR, "--for", "family"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!env.check(&[]).has("consent"), "{}", env.check(&[]).stdout);
    // Nothing kept from the family: no family copy is asked for.
    let env = env_with(DAYCARE);
    let run = render(&env, &["memo", DIR]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!env.check(&[]).has("consent"));
}

/// The walk's daycare meeting (fi) or school meeting (sv): an agreed item
/// kept from the organisation, and a summary written by the worker.
fn echo_case(lang: &str, summary: &str) -> Env {
    let (org, kept, recipient) = match lang {
        "fi" => (
            "Päiväkoti Satakieli",
            "Äiti aloittaa päihdekuntoutuksen A-klinikalla.",
            "vanhempi",
        ),
        _ => (
            "Vasa övningsskola",
            "Pappa går på samtal vid familjerådgivningen.",
            "förälder",
        ),
    };
    let text = edit(
        DAYCARE,
        "    relation: Robin's key worker\n",
        &format!("    relation: Robin's key worker\n    organisation: {org}\n"),
    );
    let text = edit(
        &text,
        "recipients: [daycare]",
        &format!("recipients: [{recipient}, {org}]"),
    );
    let text = edit(
        &text,
        "summary: Daycare follows the mornings",
        &format!("summary: {summary}"),
    );
    let text = edit(
        &text,
        "    due: 2026-12-01\n",
        &format!(
            "    due: 2026-12-01\n  - action: {kept}\n    owner: Pat Parent\n    due: 2027-01-31\n    not_for: [{org}]\n"
        ),
    );
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", lang));
    env.meeting("2026-11-10-daycare", &text);
    env
}

const ECHO_FI: &str = "Äiti aloittaa päihdekuntoutuksen tammikuussa.";
const ECHO_SV: &str = "Pappa går på samtal vid familjerådgivningen varje vecka.";

#[test]
fn a_summary_repeating_what_is_kept_from_the_daycare_is_left_out_of_its_copy() {
    for (lang, summary, slug, left_out) in [
        ("fi", ECHO_FI, "paivakoti-satakieli", "jätetty pois"),
        ("sv", ECHO_SV, "vasa-ovningsskola", "utelämnats"),
    ] {
        let env = echo_case(lang, summary);
        let run = render(&env, &["memo", DIR, "--for", slug]);
        assert_eq!(run.code, 0, "{lang}: {}{}", run.stdout, run.stderr);
        let copy = env.read(&format!("{DIR}/memo.{slug}.md"));
        for word in [
            "päihdekuntoutu",
            "A-klinikalla",
            "familjerådgivningen",
            "samtal",
        ] {
            assert!(!copy.contains(word), "{lang} {word}: {copy}");
        }
        // The copy still says that something was left out, and it is true.
        assert!(copy.contains(left_out), "{lang}: {copy}");
        // The full memo and the parent's copy keep the summary.
        let run = render(&env, &["memo", DIR]);
        assert_eq!(run.code, 0, "{lang}: {}", run.stderr);
        assert!(env.read(&format!("{DIR}/memo.md")).contains(summary));
        // `lsk check` names the field and whom it is kept from.
        let check = env.lsk(&["check", DIR]);
        let out = format!("{}{}", check.stdout, check.stderr);
        let (field, word, whom) = match lang {
            "fi" => (
                "”Yhteenveto” toistaa sanan ”päihdekuntoutuksen”",
                "",
                "Päiväkoti Satakieli",
            ),
            _ => (
                "upprepar ordet ”familjerådgivningen”",
                "",
                "Vasa övningsskola",
            ),
        };
        assert!(out.contains(field), "{lang}: {out}");
        assert!(out.contains(whom), "{lang}: {out}");
        let _ = word;
        let json = env.check(&[DIR]);
        assert!(json.has("consent"), "{lang}: {}", json.stdout);
        assert!(
            json.stdout.contains("\"field\": \"summary\""),
            "{lang}: {}",
            json.stdout
        );
    }
}

#[test]
fn an_unrelated_summary_stays_in_the_daycare_copy() {
    for (lang, summary, slug) in [
        (
            "fi",
            "Lapsi viihtyy päiväkodissa ja leikkii mielellään hiekkalaatikolla.",
            "paivakoti-satakieli",
        ),
        (
            "sv",
            "Ella trivs i skolan och har fått nya kompisar.",
            "vasa-ovningsskola",
        ),
    ] {
        let env = echo_case(lang, summary);
        let run = render(&env, &["memo", DIR, "--for", slug]);
        assert_eq!(run.code, 0, "{lang}: {}{}", run.stdout, run.stderr);
        let copy = env.read(&format!("{DIR}/memo.{slug}.md"));
        assert!(copy.contains(summary), "{lang}: {copy}");
        assert!(
            !copy.contains("klinikalla") && !copy.contains("familjerådgivningen"),
            "{copy}"
        );
        let json = env.check(&[DIR]);
        assert!(
            !json.stdout.contains("\"field\": \"summary\""),
            "{lang}: {}",
            json.stdout
        );
    }
}

/// A word every family meeting uses ("pappa", "äidille") is no sign of a
/// kept item: the school's own action that names the father stays in the
/// school's copy (a second walk found it left out, and the copy then said
/// there were no agreed actions).
#[test]
fn a_common_word_shared_with_a_kept_item_leaves_nothing_out() {
    for (lang, summary, slug, action) in [
        (
            "sv",
            "Ella trivs i skolan.",
            "vasa-ovningsskola",
            "Skolan ringer pappa varje fredag.",
        ),
        (
            "fi",
            "Lapsi viihtyy päiväkodissa.",
            "paivakoti-satakieli",
            "Päiväkoti soittaa äidille perjantaisin.",
        ),
    ] {
        let env = echo_case(lang, summary);
        let text = env.read(&format!("{DIR}/meeting.md"));
        env.meeting(
            "2026-11-10-daycare",
            &edit(
                &text,
                "  - action: Morning chart at home\n",
                &format!("  - action: {action}\n"),
            ),
        );
        let run = render(&env, &["memo", DIR, "--for", slug]);
        assert_eq!(run.code, 0, "{lang}: {}{}", run.stdout, run.stderr);
        let copy = env.read(&format!("{DIR}/memo.{slug}.md"));
        assert!(copy.contains(action), "{lang}: {copy}");
        assert!(copy.contains(summary), "{lang}: {copy}");
    }
}
