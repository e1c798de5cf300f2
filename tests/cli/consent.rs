//! Issue 20 §4–6 through the real binary (and the server in process): the
//! consent record, the child's confidences and the disclosure log.

use crate::app::App;
use crate::common::*;

/// DAYCARE with `memo_consent` replaced by `consent` (its lines, indented).
fn with_consent(consent: &str) -> String {
    let start = DAYCARE.find("memo_consent:\n").unwrap();
    let end = DAYCARE[start..].find("child_views:").unwrap() + start;
    format!(
        "{}memo_consent:\n{consent}{}",
        &DAYCARE[..start],
        &DAYCARE[end..]
    )
}

/// A daycare case in `lang` with one meeting.
fn case(text: &str, lang: &str) -> Env {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", lang));
    env.meeting(MEETING, text);
    env
}

fn dir() -> String {
    format!("meetings/{MEETING}")
}

fn make_copy(env: &Env, lang: &str) -> Run {
    env.lsk(&["render", "memo", &dir(), "--for", "daycare", "--lang", lang])
}

#[test]
fn a_copy_names_who_consented_and_calls_only_recorded_guardians_guardians() {
    // Pat Parent is marked `guardian: true` in DAYCARE.
    let env = case(DAYCARE, "en");
    let run = make_copy(&env, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = env.read(&format!("{}/memo.daycare.md", dir()));
    assert!(
        text.contains("Shared with the consent of the guardian Pat Parent, given on 10 Nov 2026."),
        "{text}"
    );
    // Not a guardian: named, and never called one.
    let env = case(&DAYCARE.replace("    guardian: true\n", ""), "fi");
    let run = make_copy(&env, "fi");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = env.read(&format!("{}/memo.daycare.md", dir()));
    assert!(
        text.contains("Muistio jaetaan suostumuksella, jonka Pat Parent antoi 10.11.2026."),
        "{text}"
    );
    assert!(!text.contains("huoltaj"), "{text}");
    let env = case(&DAYCARE.replace("    guardian: true\n", ""), "sv");
    make_copy(&env, "sv");
    let text = env.read(&format!("{}/memo.daycare.md", dir()));
    assert!(
        text.contains(
            "Minnesanteckningarna delas med det samtycke som Pat Parent gav den 10.11.2026."
        ),
        "{text}"
    );
    assert!(!text.contains("vårdnadshavar"), "{text}");
}

#[test]
fn a_copy_never_names_a_consenter_withheld_from_its_recipient() {
    // The second parent is kept from the daycare; the old free text named
    // both and was printed verbatim.
    let text = with_consent(
        "  given_by: [Pat Parent, Alex Hidden]\n  date: 2026-11-10\n  recipients: [daycare]\n",
    )
    .replace(
        "  - name: Dana Carer\n",
        "  - name: Alex Hidden\n    role: parent\n    guardian: true\n    not_for: [daycare]\n  - name: Dana Carer\n",
    );
    let env = case(&text, "en");
    let run = make_copy(&env, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("{}/memo.daycare.md", dir()));
    assert!(!copy.contains("Alex"), "{copy}");
    assert!(copy.contains("the guardian Pat Parent"), "{copy}");
    // The old shape: its text is never printed, in the copy or the memo.
    let old = with_consent(
        "  decided_with: Pat and Alex Hidden, agreed by phone\n  recipients: [daycare]\n",
    )
    .replace(
        "  - name: Dana Carer\n",
        "  - name: Alex Hidden\n    role: parent\n    not_for: [daycare]\n  - name: Dana Carer\n",
    );
    let env = case(&old, "en");
    let run = make_copy(&env, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("{}/memo.daycare.md", dir()));
    assert!(!copy.contains("Alex"), "{copy}");
    assert!(!copy.contains("by phone"), "{copy}");
    assert!(!copy.contains("guardians'"), "{copy}");
    // The reader view may drop the old text whole, since it names someone
    // kept from the daycare: then the consent is said to be on file.
    assert!(copy.contains("Shared with"), "{copy}");
    let memo = env.lsk(&["render", "memo", &dir(), "--stdout"]);
    assert!(!memo.stdout.contains("by phone"), "{}", memo.stdout);
}

#[test]
fn check_warns_when_no_consenter_is_a_recorded_guardian() {
    // H2: nobody marked as a guardian.
    let env = case(&DAYCARE.replace("    guardian: true\n", ""), "en");
    let run = env.check(&[]);
    let f = run
        .find("consent", "memo_consent.given_by")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert_eq!(f["severity"], "warning");
    assert!(
        f["message"].as_str().unwrap().contains("guardian: true"),
        "{f}"
    );
    // In Finnish, with what to do.
    let env = case(&DAYCARE.replace("    guardian: true\n", ""), "fi");
    let run = env.check(&[]);
    let f = run.find("consent", "memo_consent.given_by").unwrap();
    assert!(f["message"].as_str().unwrap().contains("huoltaja"), "{f}");
    // A guardian is marked but another person consented.
    let text = DAYCARE.replace("given_by: [Pat Parent]", "given_by: [Dana Carer]");
    let run = case(&text, "en").check(&[]);
    let f = run.find("consent", "memo_consent.given_by").unwrap();
    assert!(
        f["help"]
            .as_str()
            .unwrap()
            .contains("given_by: [Pat Parent]"),
        "{f}"
    );
    // A guardian consented: no warning; an adult decides alone.
    assert!(!case(DAYCARE, "en").check(&[]).has("consent"));
    let adult = Env::new();
    adult.write("lsk.yaml", &case_yaml("2007-01", "en"));
    adult.meeting(MEETING, &DAYCARE.replace("    guardian: true\n", ""));
    assert!(!adult.check(&[]).has("consent"), "18");
}

#[test]
fn check_warns_for_a_consenter_who_is_no_invitee_and_for_the_old_shape() {
    let text = DAYCARE.replace(
        "given_by: [Pat Parent]",
        "given_by: [Pat Parent, Pat Parnet]",
    );
    let run = case(&text, "en").check(&[]);
    let f = run
        .find("consent", "memo_consent.given_by[1]")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert!(f["message"].as_str().unwrap().contains("Pat Parnet"), "{f}");
    // The child (lsk.yaml) may consent without being invited.
    let text = DAYCARE.replace("given_by: [Pat Parent]", "given_by: [Pat Parent, Robin]");
    assert!(!case(&text, "en").check(&[]).has("consent"));
    // The old free text: still read, a warning saying what to write, in
    // the case's language.
    let old = with_consent("  decided_with: Pat Parent\n  recipients: [daycare]\n");
    for (lang, word) in [
        ("en", "given_by: [Pat Parent]"),
        ("fi", "given_by: [Pat Parent]"),
        ("sv", "given_by: [Pat Parent]"),
    ] {
        let run = case(&old, lang).check(&[]);
        let f = run
            .find("consent", "memo_consent.decided_with")
            .unwrap_or_else(|| panic!("{}", run.stdout));
        assert_eq!(f["severity"], "warning");
        assert!(f["help"].as_str().unwrap().contains(word), "{lang}: {f}");
        assert_eq!(run.code, 0, "{lang}: a warning only");
    }
}

#[test]
fn no_copy_is_made_from_the_day_consent_is_withdrawn() {
    let text = DAYCARE.replace(
        "  recipients: [daycare]\n",
        "  recipients: [daycare]\n  withdrawn: {date: 2026-11-20, by: Pat Parent}\n",
    );
    let env = case(&text, "en");
    // Before the withdrawal: made, and logged.
    let run = env.lsk_with(
        env.path(),
        &["render", "memo", &dir(), "--for", "daycare"],
        &[("LSK_TODAY", "2026-11-19")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(env.join(&format!("{}/memo.daycare.md", dir())).exists());
    // On the day and after: refused, nothing written, nothing logged.
    for today in ["2026-11-20", "2026-11-22"] {
        let run = env.lsk_with(
            env.path(),
            &["render", "memo", &dir(), "--for", "daycare", "--force"],
            &[("LSK_TODAY", today), ("COLUMNS", "1000")],
        );
        assert_eq!(run.code, 1, "{today}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("withdrawn on 20 Nov 2026 by Pat Parent"),
            "{}",
            run.stderr
        );
    }
    let log = env.lsk(&["disclosures", "--format", "json"]).json();
    assert_eq!(log["disclosures"].as_array().unwrap().len(), 1, "{log}");
    // The full memo, child welfare's record, is still made and says so.
    let memo = env.lsk(&["render", "memo", &dir(), "--stdout"]);
    assert_eq!(memo.code, 0, "{}", memo.stderr);
    assert!(
        memo.stdout
            .contains("Pat Parent withdrew the consent on 20 Nov 2026."),
        "{}",
        memo.stdout
    );
    // A withdrawal without a date stops every copy.
    let env = case(
        &DAYCARE.replace(
            "  recipients: [daycare]\n",
            "  recipients: [daycare]\n  withdrawn: {by: Pat Parent}\n",
        ),
        "fi",
    );
    let run = make_copy(&env, "fi");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("peruttu"), "{}", run.stderr);
    assert!(!env.join(&format!("{}/memo.daycare.md", dir())).exists());
}

#[test]
fn the_agenda_shows_the_childs_answers_only_when_the_child_agreed() {
    // Dana Carer is the child's supporter in DAYCARE; the child is absent.
    let env = case(DAYCARE, "en");
    let agenda = env.lsk(&["render", "agenda", &dir(), "--stdout"]);
    assert_eq!(agenda.code, 0, "{}", agenda.stderr);
    assert!(!agenda.stdout.contains("lunch"), "{}", agenda.stdout);
    assert!(!agenda.stdout.contains("friends"), "{}", agenda.stdout);
    assert!(
        agenda
            .stdout
            .contains("Dana Carer will tell the meeting what Robin wishes."),
        "{}",
        agenda.stdout
    );
    // The child attends: the child tells, or the supporter for them (fi).
    let attends = DAYCARE.replace("child_attends: no", "child_attends: yes");
    let env = case(&attends, "fi");
    let agenda = env.lsk(&["render", "agenda", &dir(), "--stdout"]);
    assert!(!agenda.stdout.contains("lunch"), "{}", agenda.stdout);
    assert!(
        agenda.stdout.contains(
            "Robin voi kertoa toiveistaan itse tai pyytää valmentajaa (Dana Carer) kertomaan ne."
        ),
        "{}",
        agenda.stdout
    );
    // The child agreed: shown.
    let shared = DAYCARE.replace(
        "  child_wants_adults_to_discuss: lunch\n",
        "  child_wants_adults_to_discuss: lunch\n  may_share_answers: yes\n",
    );
    let env = case(&shared, "sv");
    let agenda = env.lsk(&["render", "agenda", &dir(), "--stdout"]);
    assert!(agenda.stdout.contains("lunch"), "{}", agenda.stdout);
    assert!(agenda.stdout.contains("friends"), "{}", agenda.stdout);
    // `no` is no.
    let env = case(
        &shared.replace("may_share_answers: yes", "may_share_answers: ei"),
        "en",
    );
    let agenda = env.lsk(&["render", "agenda", &dir(), "--stdout"]);
    assert!(!agenda.stdout.contains("lunch"), "{}", agenda.stdout);
}

#[test]
fn the_child_checklist_asks_whether_the_answers_may_be_shown() {
    for (lang, line) in [
        (
            "fi",
            "- [ ] Kysytty lapselta, saako hänen toiveensa kirjoittaa esityslistaan, jonka kaikki kutsutut saavat etukäteen.",
        ),
        (
            "sv",
            "- [ ] Frågat barnet om svaren får skrivas in i dagordningen, som alla inbjudna får före mötet.",
        ),
        (
            "en",
            "- [ ] The child has been asked whether their answers may be shown to the other participants beforehand.",
        ),
    ] {
        let env = case(DAYCARE, lang);
        let list = env.lsk(&["render", "child-checklist", &dir(), "--stdout"]);
        assert!(list.stdout.contains(line), "{lang}: {}", list.stdout);
    }
    let env = case(
        &DAYCARE.replace(
            "  child_wants_adults_to_discuss: lunch\n",
            "  child_wants_adults_to_discuss: lunch\n  may_share_answers: no\n",
        ),
        "en",
    );
    let list = env.lsk(&["render", "child-checklist", &dir(), "--stdout"]);
    assert!(
        list.stdout
            .contains("- [x] The child has been asked whether"),
        "{}",
        list.stdout
    );
    assert!(
        list.stdout.contains("They are not shown"),
        "{}",
        list.stdout
    );
}

#[test]
fn every_copy_for_an_outside_recipient_is_logged_and_listed() {
    let env = case(DAYCARE, "fi");
    assert_eq!(
        env.lsk(&["disclosures", "--format", "json"]).json()["disclosures"],
        serde_json::json!([])
    );
    // The full memo is no disclosure.
    let run = env.lsk(&["render", "memo", &dir()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!env.join("disclosures.jsonl").exists());
    let run = make_copy(&env, "fi");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = env.lsk(&["render", "memo", &dir(), "--for", "daycare", "--html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let log = env.lsk(&["disclosures", "--format", "json"]);
    assert_eq!(log.code, 0, "{}", log.stderr);
    let entries = log.json()["disclosures"].as_array().cloned().unwrap();
    assert_eq!(entries.len(), 2, "{}", log.stdout);
    for (e, file) in entries.iter().zip(["memo.daycare.md", "memo.daycare.html"]) {
        for key in [
            "time",
            "meeting",
            "document",
            "recipient",
            "by",
            "consent",
            "sha256",
        ] {
            assert!(e[key].is_string(), "{key}: {e}");
        }
        assert_eq!(e["meeting"], MEETING);
        assert_eq!(e["document"], "memo");
        assert_eq!(e["recipient"], "daycare");
        assert_eq!(e["consent"], "Pat Parent");
        assert!(!e["by"].as_str().unwrap().is_empty());
        assert!(
            e["time"]
                .as_str()
                .unwrap()
                .parse::<jiff::Timestamp>()
                .is_ok(),
            "{e}"
        );
        // The digest of the bytes as written.
        let bytes = std::fs::read(env.join(&format!("{}/{file}", dir()))).unwrap();
        assert_eq!(e["sha256"], lsk::disclosure::digest(&bytes), "{file}");
    }
    // The table, in the case's language, from inside the case.
    let table = env.lsk_in(&env.join(&dir()), &["disclosures"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(table.stdout.contains("KENELLE"), "{}", table.stdout);
    assert!(table.stdout.contains("päiväkoti"), "{}", table.stdout);
    assert!(table.stdout.contains("Pat Parent"), "{}", table.stdout);
}

#[test]
fn the_log_is_only_appended_to_and_a_broken_line_is_reported() {
    let env = case(DAYCARE, "en");
    make_copy(&env, "en");
    let first = std::fs::read(env.join("disclosures.jsonl")).unwrap();
    // Someone's editor broke a line; the next copy appends after it.
    let mut broken = first.clone();
    broken.extend_from_slice(b"{\"time\": \"2026-");
    std::fs::write(env.join("disclosures.jsonl"), &broken).unwrap();
    let run = env.lsk(&["render", "memo", &dir(), "--for", "daycare", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = std::fs::read(env.join("disclosures.jsonl")).unwrap();
    assert!(after.starts_with(&broken), "never rewritten");
    let run = env.lsk(&["disclosures", "--format", "json"]);
    assert_eq!(run.code, 1, "a broken line is a finding");
    let json = run.json();
    assert_eq!(json["disclosures"].as_array().unwrap().len(), 2, "{json}");
    assert_eq!(json["unreadable"][0]["line"], 2, "{json}");
    let human = env.lsk(&["disclosures"]);
    assert_eq!(human.code, 1);
    assert!(
        human.stderr.contains("disclosures.jsonl:2:"),
        "{}",
        human.stderr
    );
}

#[test]
fn the_hook_commits_the_log() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        crate::common::skip("git");
        return;
    }
    let env = case(DAYCARE, "en");
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(env.path())
            .args(args)
            .env("GIT_AUTHOR_NAME", "Sam Worker")
            .env("GIT_AUTHOR_EMAIL", "sam@example.invalid")
            .env("GIT_COMMITTER_NAME", "Sam Worker")
            .env("GIT_COMMITTER_EMAIL", "sam@example.invalid")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "Sam Worker"]);
    let run = make_copy(&env, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let log = env.lsk(&["disclosures", "--format", "json"]).json();
    assert_eq!(log["disclosures"][0]["by"], "Sam Worker", "git's user.name");
    git(&["add", "-A"]);
    let hook = env.lsk(&["hook", "run"]);
    assert_eq!(hook.code, 0, "{}\n{}", hook.stdout, hook.stderr);
}

#[test]
fn the_case_page_shows_the_log_in_words() {
    let env = case(DAYCARE, "fi");
    let run = make_copy(&env, "fi");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let app = App::new(&env);
    let page = app.get("/c/0");
    assert_eq!(page.status, axum::http::StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("Kenelle tietoja on luovutettu"), "{body}");
    assert!(body.contains("id=\"disclosure-log\""), "{body}");
    for word in [
        "muistion kopio",
        "päiväkoti",
        "Pat Parent",
        "Kenen suostumuksella",
    ] {
        assert!(body.contains(word), "{word}: {body}");
    }
    // A broken line is shown by its number, never dropped.
    let mut bytes = std::fs::read(env.join("disclosures.jsonl")).unwrap();
    bytes.extend_from_slice(b"garbage\n");
    std::fs::write(env.join("disclosures.jsonl"), bytes).unwrap();
    let body = App::new(&env).get("/c/0").body;
    assert!(body.contains("disclosures.jsonl:2"), "{body}");
    assert!(body.contains("Pat Parent"), "{body}");
}

#[test]
fn the_browsers_save_of_a_copy_is_logged() {
    let env = case(DAYCARE, "en");
    let app = App::new(&env);
    let form = format!("csrf={}&doc=memo&choice=ask", app.csrf());
    let r = app.post_with(
        &format!("/c/0/m/{MEETING}/render?for=daycare"),
        &form,
        &[("sec-fetch-site", "same-origin")],
    );
    assert!(r.status.is_success(), "{}: {}", r.status, r.body);
    assert!(env.join(&format!("{}/memo.daycare.md", dir())).exists());
    let log = env.lsk(&["disclosures", "--format", "json"]).json();
    assert_eq!(log["disclosures"].as_array().unwrap().len(), 1, "{log}");
    let bytes = std::fs::read(env.join(&format!("{}/memo.daycare.md", dir()))).unwrap();
    assert_eq!(
        log["disclosures"][0]["sha256"],
        lsk::disclosure::digest(&bytes)
    );
    // After a withdrawal (the server's today is TODAY, 2026-11-22), the
    // save makes no copy and logs nothing.
    let text = DAYCARE.replace(
        "  recipients: [daycare]\n",
        "  recipients: [daycare]\n  withdrawn: {date: 2026-11-21, by: Pat Parent}\n",
    );
    let env = case(&text, "en");
    let app = App::new(&env);
    let form = format!("csrf={}&doc=memo&choice=ask", app.csrf());
    let r = app.post_with(
        &format!("/c/0/m/{MEETING}/render?for=daycare"),
        &form,
        &[("sec-fetch-site", "same-origin")],
    );
    assert!(!r.status.is_success(), "{}", r.status);
    assert!(!env.join(&format!("{}/memo.daycare.md", dir())).exists());
    assert!(!env.join("disclosures.jsonl").exists());
}

/// The walk (leak22): the log on the case page names the organisation as
/// the meeting writes it, not its folder-name slug, and who made the copy
/// is never "?" (here neither git nor `USER` says who: the system does).
#[test]
fn the_case_page_log_names_the_organisation_and_who_made_the_copy() {
    for (lang, org, slug, heading, consent_col) in [
        (
            "fi",
            "Päiväkoti Satakieli",
            "paivakoti-satakieli",
            "Kenelle tietoja on luovutettu",
            "Kenen suostumuksella",
        ),
        (
            "sv",
            "Vasa övningsskola",
            "vasa-ovningsskola",
            "Till vem uppgifter har lämnats ut",
            "Med vems samtycke",
        ),
    ] {
        let text = edit(
            DAYCARE,
            "    relation: Robin's key worker\n",
            &format!("    relation: Robin's key worker\n    organisation: {org}\n"),
        );
        let text = edit(
            &text,
            "recipients: [daycare]",
            &format!("recipients: [{org}]"),
        );
        let env = case(&text, lang);
        let home = env.join("home");
        std::fs::create_dir_all(&home).unwrap();
        let out = crate::common::lsk_command(env.path())
            .args(["render", "memo", &dir(), "--for", slug])
            .env_remove("USER")
            .env_remove("LOGNAME")
            .env_remove("USERNAME")
            .env("HOME", &home)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let log = env.lsk(&["disclosures", "--format", "json"]).json();
        let by = log["disclosures"][0]["by"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        assert!(!by.is_empty() && by != "?", "{lang}: {log}");
        let body = App::new(&env).get("/c/0").body;
        let section = body
            .split("id=\"disclosure-log\"")
            .nth(1)
            .unwrap_or_else(|| panic!("{lang}: {body}"));
        let section = section.split("</table>").next().unwrap_or("");
        assert!(body.contains(heading), "{lang}: {body}");
        assert!(section.contains(consent_col), "{lang}: {section}");
        assert!(section.contains(org), "{lang}: {section}");
        assert!(!section.contains(slug), "{lang}: {section}");
        assert!(section.contains(&by), "{lang} {by}: {section}");
        assert!(!section.contains(">?<"), "{lang}: {section}");
    }
}

/// The walk (leak22): the memo's page offers only the copies the family
/// consented to; asked for anyway, a copy for everyone is refused in
/// words, with no file name or id, and nothing is made.
#[test]
fn the_memo_page_offers_only_copies_the_family_consented_to() {
    for (lang, refusal) in [
        (
            "fi",
            "Kopiota kaikille osallistujille ei voi tehdä: huoltajat eivät ole antaneet suostumusta.",
        ),
        (
            "sv",
            "Kopian till alla deltagare kan inte göras: vårdnadshavarna har inte gett sitt samtycke.",
        ),
    ] {
        let env = case(DAYCARE, lang);
        let app = App::new(&env);
        let page = app.get(&format!("/c/0/m/{MEETING}/doc/memo"));
        assert_eq!(page.status, axum::http::StatusCode::OK);
        assert!(page.body.contains("for=daycare"), "{lang}: {}", page.body);
        assert!(
            !page.body.contains("for=all-participants"),
            "{lang}: {}",
            page.body
        );
        let page = app.get(&format!("/c/0/m/{MEETING}/doc/memo?for=all-participants"));
        let body = &page.body;
        assert!(body.contains(refusal), "{lang}: {body}");
        assert!(!body.contains("memo.all-participants"), "{lang}: {body}");
        assert!(!body.contains("”all-participants”"), "{lang}: {body}");
        assert!(
            !env.join(&format!("{}/memo.all-participants.md", dir()))
                .exists()
        );
    }
}

/// The walk (leak22): the meeting page shows a consent to a role in
/// words, never its id ("Kenelle muistion saa antaa: parent").
#[test]
fn the_meeting_page_shows_consent_recipients_in_words() {
    for (lang, label, word) in [
        ("fi", "Kenelle muistion saa antaa", "vanhempi"),
        ("sv", "", "förälder"),
    ] {
        let text = edit(
            DAYCARE,
            "recipients: [daycare]",
            "recipients: [parent, daycare]",
        );
        let env = case(&text, lang);
        let page = App::new(&env).get(&format!("/c/0/m/{MEETING}"));
        assert_eq!(page.status, axum::http::StatusCode::OK);
        let body = &page.body;
        assert!(body.contains(label), "{lang}: {body}");
        assert!(body.contains(&format!("<li>{word}</li>")), "{lang}: {body}");
        assert!(!body.contains("<li>parent</li>"), "{lang}: {body}");
    }
}
