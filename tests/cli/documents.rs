//! Documents a Finnish social worker signs (review of 2026-11): every
//! document, in fi, sv and en, for every kind of meeting and for children
//! of every age band, read for what the review asked of them.

use crate::common::*;

/// The meeting kinds a worker holds; `acute` is an acute family group
/// conference.
pub const KINDS: [&str; 5] = [
    "daycare",
    "school",
    "family-group-conference",
    "fgc-follow-up",
    "acute",
];

/// Birth dates for a child of 1, 5, 9, 13 and 18 on the meeting day
/// (2026-11-10).
pub const AGES: [(i32, &str); 5] = [
    (1, "2025-06"),
    (5, "2021-06"),
    (9, "2017-06"),
    (13, "2013-06"),
    (18, "2008-06"),
];

pub const LANGS: [&str; 3] = ["fi", "sv", "en"];

pub fn mark(lang: &str) -> &'static str {
    match lang {
        "fi" => "Salassa pidettävä (JulkL 24.1 § 25 k)",
        "sv" => "Sekretessbelagd (OffL 24 § 1 mom. 25 p.)",
        _ => "Confidential (Act on the Openness of Government Activities 621/1999, s. 24(1)(25))",
    }
}

pub fn draft_word(lang: &str) -> &'static str {
    match lang {
        "fi" => "**LUONNOS**",
        "sv" => "**UTKAST**",
        _ => "**DRAFT**",
    }
}

/// lsk.yaml with the organisation and the worker's contact.
pub fn case_file(born: &str, lang: &str) -> String {
    format!(
        "{}organisation: Eastside family social work\ncontact:\n  phone: 09 310 12345\n  email: sam.worker@example.invalid\n",
        case_yaml(born, lang)
    )
}

/// The conference a follow-up follows: its plan is carried forward.
pub const CONFERENCE: &str = "2026-09-01-family-group-conference";

/// The meeting folder of a kind.
pub fn folder(kind: &str) -> String {
    let slug = match kind {
        "acute" => "family-group-conference",
        k => k,
    };
    format!("2026-11-10-{slug}")
}

/// A meeting of `kind` held on 2026-11-10, complete for every phase.
pub fn meeting(kind: &str) -> String {
    let fgc = matches!(kind, "family-group-conference" | "fgc-follow-up" | "acute");
    let mut t = String::from("---\n");
    let real_kind = if kind == "acute" {
        "family-group-conference\nacute: true"
    } else {
        kind
    };
    t += &format!("kind: {real_kind}\n");
    if kind == "fgc-follow-up" {
        t += &format!("follows: {CONFERENCE}\n");
    }
    t += "date: 2026-11-10\ntime: 13:00\nduration_min: 90\nplace: Meeting room Oak\n";
    t += "goal: Agree how Robin's evenings and mornings are supported\n";
    let (lead, supporter) = if fgc {
        ("Kim Convener", "Uncle Lee")
    } else if kind == "school" {
        ("Sam Worker", "Terry Teacher")
    } else {
        ("Sam Worker", "Dana Carer")
    };
    t += &format!(
        "invited_by: {lead}\nchair: {lead}\nnote_taker: {lead}\nchild_support_person: {supporter}\ninvitees:\n"
    );
    t += "  - name: Sam Worker\n    role: social-worker\n    organisation: Child welfare\n";
    t += "  - name: Pat Parent\n    role: parent\n    relation: mother\n    guardian: true\n    email: pat@example.invalid\n";
    t += "  - name: Alex Parent\n    role: parent\n    relation: father\n    guardian: true\n    interpreter: Arabic\n";
    match kind {
        "daycare" => {
            t += "  - name: Dana Carer\n    role: daycare\n    organisation: Lark Daycare Centre\n    relation: Robin's teacher\n";
        }
        "school" => {
            t += "  - name: Terry Teacher\n    role: school\n    organisation: Hill School\n    relation: class teacher\n";
        }
        _ => {
            t += "  - name: Kim Convener\n    role: convener\n    organisation: Family group conferences\n";
            t +=
                "  - name: Uncle Lee\n    role: relative\n    relation: uncle, Robin's assistant\n";
        }
    }
    t += "child_attends: partly\nchild_attendance_reason: Robin comes for the beginning\n";
    t += &format!(
        "child_preparation:\n  by: {supporter}\n  told_who_is_coming: yes\n  told_topics: yes\n  child_wants_to_talk_about: Football on Tuesdays\n  child_wants_adults_to_discuss: Who is home in the evenings\n"
    );
    t += "family_views: The family wants Robin to stay at home\n";
    if fgc {
        t += "plan_topics:\n  - Who is with Robin in the evenings\n  - School mornings\n";
        t += "bottom_lines:\n  - An adult is with Robin every night\n";
    }
    if kind == "daycare" {
        t += "observe:\n  - when Robin arrives\n";
    }
    if kind == "fgc-follow-up" {
        t += "review:\n  - action: Rota of evenings\n    owner: Uncle Lee\n    status: works\n";
    }
    t += "topics:\n  - by: Pat Parent\n    topic: Mornings\n    discussion: Mornings are rushed; a picture chart helps\n";
    let recipients = match kind {
        "daycare" => "[daycare]",
        "school" => "[school]",
        _ => "[all-participants]",
    };
    t += &format!(
        "memo_consent:\n  decided_with: Pat Parent and Alex Parent\n  recipients: {recipients}\n"
    );
    t += "child_views: I want to play football\n";
    t += "going_well: Robin has good friends and the family keeps in touch\n";
    t += "absent:\n  - name: Alex Parent\n    update: Evenings have been calmer\n";
    t += "summary: The evenings are shared\n";
    let owner = if fgc { "Uncle Lee" } else { "Pat Parent" };
    t += &format!(
        "agreed:\n  - action: Rota of evenings\n    owner: {owner}\n    due: 2026-12-01\n    done: true\n"
    );
    t += "  - action: Parent's own treatment appointment\n    owner: Pat Parent\n    not_for: [all-participants]\n";
    t += "contingency:\n  - situation: Nobody fetches Robin\n    action: Call the other parent, then the emergency social services\n";
    t += "cooperation: A weekly message on Fridays\n";
    if kind == "daycare" {
        t += "ecec_plan: Picture cards for the mornings\n";
    }
    t += &format!("informing_child:\n  - who: Pat Parent\n  - who: {supporter}\n");
    t += "evaluation: It went well\n";
    if fgc {
        let plan = if kind == "fgc-follow-up" {
            "Uncle Lee takes Wednesdays too"
        } else {
            "Grandmother stays the evenings"
        };
        t += &format!(
            "plan: {plan}\nplan_lead: Uncle Lee\nchild_wishes_in_plan: Robin stays at home as he wished\nplan_evaluation: Accepted; family work supports the evenings\n"
        );
    }
    t += "next_meeting: 2027-01-10\nfollow_up: The convener calls the family in December\nmemo_date: 2026-11-12\n---\n\nNotes.\n";
    t
}

/// The conference the follow-up follows.
pub fn conference() -> String {
    meeting("family-group-conference")
        .replace("date: 2026-11-10", "date: 2026-09-01")
        .replace("next_meeting: 2027-01-10", "next_meeting: 2026-11-10")
        .replace(
            "plan: Grandmother stays the evenings",
            "plan: Grandmother stays the evenings; Uncle Lee drives Robin to football",
        )
}

/// A case of a child born `born` with a meeting of `kind` in it (and the
/// conference a follow-up follows).
pub fn env_for(kind: &str, born: &str, lang: &str) -> Env {
    let env = Env::new();
    env.write("lsk.yaml", &case_file(born, lang));
    env.meeting(CONFERENCE, &conference());
    env.meeting(&folder(kind), &meeting(kind));
    env
}

/// The copy a kind's memo is made for.
pub fn copy_for(kind: &str) -> &'static str {
    match kind {
        "daycare" => "daycare",
        "school" => "school",
        _ => "relative",
    }
}

/// Every document of the meeting of `kind`, as (name, text): agenda, memo,
/// the memo's copy, child checklist and invitation, in Markdown.
pub fn documents(env: &Env, kind: &str, lang: &str) -> Vec<(String, String)> {
    let dir = format!("meetings/{}", folder(kind));
    let mut out = Vec::new();
    for args in [
        vec!["agenda"],
        vec!["memo"],
        vec!["memo", "--for", copy_for(kind)],
        vec!["child-checklist"],
        vec!["invitation"],
    ] {
        let mut all = vec!["render"];
        all.extend(&args);
        all.extend([dir.as_str(), "--stdout", "--lang", lang]);
        let run = env.lsk(&all);
        assert_eq!(
            run.code, 0,
            "{kind} {lang} {args:?}: {}{}",
            run.stdout, run.stderr
        );
        out.push((args.join(" "), run.stdout));
    }
    out
}

#[test]
fn every_document_carries_the_mark_and_the_header() {
    for kind in KINDS {
        for (age, born) in AGES {
            for lang in LANGS {
                let env = env_for(kind, born, lang);
                for (doc, text) in documents(&env, kind, lang) {
                    let at = format!("{kind}, {age} years, {lang}, {doc}");
                    assert!(
                        text.starts_with(&format!("**{}**", mark(lang))),
                        "{at}:\n{text}"
                    );
                    assert!(text.contains("Eastside family social work"), "{at}");
                    assert!(
                        text.contains("Sam Worker") && text.contains("09 310 12345"),
                        "{at}"
                    );
                    assert!(text.contains("sam.worker@example.invalid"), "{at}");
                    // A complete meeting makes no draft.
                    assert!(!text.contains(draft_word(lang)), "{at}:\n{text}");
                    assert!(!text.contains("{{") && !text.contains("{%"), "{at}");
                }
            }
        }
    }
}

#[test]
fn html_prints_the_mark_and_page_numbers_on_every_page() {
    let env = env_for("daycare", "2021-06", "sv");
    for doc in ["agenda", "memo", "child-checklist", "invitation"] {
        let run = env.lsk(&[
            "render",
            doc,
            "meetings/2026-11-10-daycare",
            "--html",
            "--stdout",
        ]);
        assert_eq!(run.code, 0, "{doc}: {}", run.stdout);
        let html = &run.stdout;
        assert!(
            html.contains("@top-right { content: \"Sekretessbelagd (OffL 24 § 1 mom. 25 p.)\""),
            "{doc}: {html}"
        );
        assert!(
            html.contains("@top-left { content: \"Eastside family social work\""),
            "{doc}"
        );
        assert!(
            html.contains("counter(page) \" (\" counter(pages) \")\""),
            "{doc}"
        );
        assert!(html.contains("<header class=\"doc-header\">"), "{doc}");
    }
}

#[test]
fn a_meeting_with_errors_makes_drafts_and_no_invitation() {
    for lang in LANGS {
        let env = Env::new();
        env.write("lsk.yaml", &case_file("2021-06", lang));
        let dir = "meetings/2026-11-10-daycare";
        // The time is impossible: an error in every phase.
        env.meeting(
            "2026-11-10-daycare",
            &meeting("daycare").replace("time: 13:00", "time: 25:00"),
        );
        for doc in ["agenda", "child-checklist"] {
            let run = env.lsk(&["render", doc, dir, "--stdout"]);
            assert_eq!(run.code, 0, "{doc}: {}", run.stdout);
            assert!(
                run.stdout.contains(draft_word(lang)),
                "{lang} {doc}:\n{}",
                run.stdout
            );
            let run = env.lsk(&["render", doc, dir, "--stdout", "--html"]);
            assert!(
                run.stdout.contains("@top-center"),
                "{lang} {doc}: the draft word on every page"
            );
        }
        // The memo is refused, or made as a draft on request.
        assert_eq!(env.lsk(&["render", "memo", dir, "--stdout"]).code, 1);
        let run = env.lsk(&["render", "memo", dir, "--stdout", "--draft"]);
        assert!(run.stdout.contains(draft_word(lang)));
        // An invitation without a time, date or place is not sent at all.
        let run = env.lsk(&["render", "invitation", dir]);
        assert_eq!(run.code, 1, "{}", run.stdout);
        assert!(run.stdout.contains("time"), "{}", run.stdout);
        assert!(!env.join(&format!("{dir}/invitation.md")).exists());
        for key in ["date", "place"] {
            let text = meeting("daycare")
                .lines()
                .filter(|l| !l.starts_with(&format!("{key}:")))
                .map(|l| format!("{l}\n"))
                .collect::<String>();
            env.meeting("2026-11-10-daycare", &text);
            let run = env.lsk(&["render", "invitation", dir, "--stdout"]);
            assert_eq!(run.code, 1, "{key}: {}", run.stdout);
        }
    }
}

/// Render one document of the meeting of `kind` to stdout.
pub fn render_doc(env: &Env, kind: &str, lang: &str, args: &[&str]) -> String {
    let dir = format!("meetings/{}", folder(kind));
    let mut all = vec!["render"];
    all.extend(args);
    all.extend([dir.as_str(), "--stdout", "--lang", lang]);
    let run = env.lsk(&all);
    assert_eq!(
        run.code, 0,
        "{kind} {lang} {args:?}: {}{}",
        run.stdout, run.stderr
    );
    run.stdout
}

fn has(text: &str, part: &str, at: &str) {
    assert!(text.contains(part), "{at}: no `{part}` in:\n{text}");
}

fn lacks(text: &str, part: &str, at: &str) {
    assert!(!text.contains(part), "{at}: `{part}` in:\n{text}");
}

#[test]
fn the_memo_is_a_record() {
    // (language, author, date written, present, absent with update, the
    // child's part, what was said, the consent, whom to contact)
    let expect = [
        (
            "fi",
            [
                "**Muistion kirjoittaja:** Sam Worker",
                "**Muistio kirjoitettu:** 12.11.2026",
                "## Läsnä",
                "## Estyneenä",
                "- Alex Parent (vanhempi). Etukäteen toimitettu tieto: Evenings have been calmer",
                "**Lapsi paikalla osan aikaa.** Robin comes for the beginning",
                "### 1. Mornings (Pat Parent)\n\nMornings are rushed; a picture chart helps",
                "Huoltajien (Pat Parent, Alex Parent) kanssa sovittiin, että muistion saa lähettää lastensuojelun ja perheen lisäksi seuraaville vastaanottajille: päiväkoti (Lark Daycare Centre).",
                "ottakaa yhteyttä vastuusosiaalityöntekijään (Sam Worker, puh. 09 310 12345)",
            ],
        ),
        (
            "sv",
            [
                "**Anteckningarna skrevs av:** Sam Worker",
                "**Anteckningarna daterade:** 12.11.2026",
                "## Närvarande",
                "## Förhindrade",
                "- Alex Parent (förälder). Skickade i förväg: Evenings have been calmer",
                "**Barnet var med en del av tiden.** Robin comes for the beginning",
                "### 1. Mornings (Pat Parent)\n\nMornings are rushed; a picture chart helps",
                "Med vårdnadshavarna (Pat Parent, Alex Parent) kom vi överens om att minnesanteckningarna utöver barnskyddet och familjen får skickas till följande mottagare: daghemmet (Lark Daycare Centre).",
                "kontakta den ansvariga socialarbetaren (Sam Worker, tfn 09 310 12345)",
            ],
        ),
        (
            "en",
            [
                "**Written by:** Sam Worker",
                "**Date written:** 12 Nov 2026",
                "## Present",
                "## Absent",
                "- Alex Parent (parent). Update sent beforehand: Evenings have been calmer",
                "**The child was there for part of the meeting.** Robin comes for the beginning",
                "### 1. Mornings (Pat Parent)\n\nMornings are rushed; a picture chart helps",
                "It was agreed with the guardians (Pat Parent, Alex Parent) that besides child welfare and the family the record may be sent to the following recipients: the daycare centre (Lark Daycare Centre).",
                "contact the allocated social worker (Sam Worker, tel. 09 310 12345)",
            ],
        ),
    ];
    for (lang, parts) in expect {
        let env = env_for("daycare", "2021-06", lang);
        let memo = render_doc(&env, "daycare", lang, &["memo"]);
        for part in parts {
            has(&memo, part, lang);
        }
        // An absent invitee is not among those present.
        let present = &memo[..memo.find("## ").unwrap()
            + memo[memo.find("## ").unwrap() + 3..].find("## ").unwrap()];
        lacks(present, "| Alex Parent |", lang);
        has(present, "| Pat Parent |", lang);
        // The seeds' practices: what goes well, what if, how we keep in
        // touch, the ECEC plan.
        for part in [
            "Robin has good friends",
            "| Nobody fetches Robin | Call the other parent, then the emergency social services |",
            "A weekly message on Fridays",
            "Picture cards for the mornings",
        ] {
            has(&memo, part, lang);
        }
        // No "done" column: the record does not change after the meeting.
        let actions = &memo[memo.find("| Rota of evenings").unwrap()..];
        let row = actions.lines().next().unwrap();
        assert_eq!(row.matches('|').count(), 4, "{lang}: {row}");
        // The child's own words apart from the adults'.
        has(&memo, "Football on Tuesdays", lang);
        has(&memo, "I want to play football", lang);
    }
    // Without memo_date, the day it is rendered.
    let env = env_for("daycare", "2021-06", "fi");
    let text = meeting("daycare").replace("memo_date: 2026-11-12\n", "");
    env.meeting(&folder("daycare"), &text);
    has(
        &render_doc(&env, "daycare", "fi", &["memo"]),
        "**Muistio kirjoitettu:** 22.11.2026",
        "default memo_date",
    );
}

#[test]
fn a_copy_says_it_is_shared_with_consent_and_what_was_left_out() {
    let notes = [
        (
            "fi",
            "Muistio jaetaan huoltajien suostumuksen perusteella. Sitä ei saa luovuttaa eteenpäin, ja vastaanottajaa sitoo vaitiolovelvollisuus.",
            "Kopiosta on jätetty pois",
        ),
        (
            "sv",
            "Minnesanteckningarna delas med vårdnadshavarnas samtycke. De får inte lämnas vidare, och mottagaren har tystnadsplikt.",
            "Uppgifter som familjen inte har gått med på att dela med denna mottagare har lämnats bort.",
        ),
        (
            "en",
            "Shared with the guardians' consent. It may not be passed on, and the recipient is bound by confidentiality.",
            "Items the family did not agree to share with this recipient have been left out.",
        ),
    ];
    for (lang, shared, left_out) in notes {
        for kind in ["daycare", "school"] {
            let env = env_for(kind, "2017-06", lang);
            let copy = render_doc(&env, kind, lang, &["memo", "--for", copy_for(kind)]);
            has(&copy, shared, lang);
            has(&copy, left_out, lang);
            lacks(&copy, "treatment appointment", lang);
            // Nothing withheld: no note that something was.
            let whole = meeting(kind).replace("    not_for: [all-participants]\n", "");
            env.meeting(&folder(kind), &whole);
            let copy = render_doc(&env, kind, lang, &["memo", "--for", copy_for(kind)]);
            has(&copy, shared, lang);
            lacks(&copy, left_out, lang);
            // The full memo says nothing of copies.
            let full = render_doc(&env, kind, lang, &["memo"]);
            lacks(&full, shared, lang);
        }
    }
}

#[test]
fn the_conference_memo_records_the_plan_its_evaluation_and_follow_up() {
    for (lang, parts) in [
        (
            "fi",
            [
                "Suunnitelman toteutumista koordinoi läheisistä Uncle Lee.",
                "**Miten lapsen toiveet näkyvät suunnitelmassa:** Robin stays at home as he wished",
                "## Sosiaalityöntekijän arvio suunnitelmasta\n\nAccepted; family work supports the evenings",
                "**Miten suunnitelman toteutumista seurataan:** The convener calls the family in December",
            ],
        ),
        (
            "sv",
            [
                "Ansvarig för att planen genomförs: Uncle Lee.",
                "**Hur barnets önskemål syns i planen:** Robin stays at home as he wished",
                "## Socialarbetarens bedömning av planen\n\nAccepted; family work supports the evenings",
                "**Så följs planen upp:** The convener calls the family in December",
            ],
        ),
        (
            "en",
            [
                "Family plan lead: Uncle Lee.",
                "**How the child's wishes show in the plan:** Robin stays at home as he wished",
                "## The social worker's evaluation of the plan\n\nAccepted; family work supports the evenings",
                "**How the plan is followed up:** The convener calls the family in December",
            ],
        ),
    ] {
        let env = env_for("family-group-conference", "2013-06", lang);
        let memo = render_doc(&env, "family-group-conference", lang, &["memo"]);
        for part in parts {
            has(&memo, part, lang);
        }
    }
    // The evaluation is required once the conference is over.
    let env = env_for("family-group-conference", "2013-06", "en");
    let text = meeting("family-group-conference").replace(
        "plan_evaluation: Accepted; family work supports the evenings\n",
        "",
    );
    env.meeting(&folder("family-group-conference"), &text);
    let run = env.check(&[]);
    assert!(
        run.find("missing-field", "plan_evaluation").is_some(),
        "{}",
        run.stdout
    );
}

#[test]
fn a_follow_up_starts_from_the_plan_and_carries_it_forward() {
    for (lang, plan, label, family_time, changes) in [
        (
            "fi",
            "**Suunnitelma (läheisneuvonpito 1.9.2026):** Grandmother stays the evenings; Uncle Lee drives Robin to football",
            "Toteutumista koordinoi Uncle Lee.",
            "Läheisten oma aika (tarvittaessa)",
            "## Muutokset suunnitelmaan\n\nUncle Lee takes Wednesdays too",
        ),
        (
            "sv",
            "**Planen (familjerådslag 1.9.2026):** Grandmother stays the evenings; Uncle Lee drives Robin to football",
            "Ansvarig för att planen genomförs: Uncle Lee.",
            "De närståendes egen tid (vid behov)",
            "## Ändringar i planen\n\nUncle Lee takes Wednesdays too",
        ),
        (
            "en",
            "**The plan (family group conference 1 Sep 2026):** Grandmother stays the evenings; Uncle Lee drives Robin to football",
            "Family plan lead: Uncle Lee.",
            "Family time (if needed)",
            "## Changes to the plan\n\nUncle Lee takes Wednesdays too",
        ),
    ] {
        let env = env_for("fgc-follow-up", "2013-06", lang);
        let agenda = render_doc(&env, "fgc-follow-up", lang, &["agenda"]);
        has(&agenda, plan, lang);
        has(&agenda, label, lang);
        has(&agenda, family_time, lang);
        has(&agenda, "| Rota of evenings | Uncle Lee | works |", lang);
        // The plan comes before its review, and the social worker
        // evaluates it again.
        assert!(
            agenda.find(plan) < agenda.find("| Rota of evenings"),
            "{lang}"
        );
        let memo = render_doc(&env, "fgc-follow-up", lang, &["memo"]);
        has(&memo, plan, lang);
        has(&memo, changes, lang);
        has(&memo, "Accepted; family work supports the evenings", lang);
        // A second follow-up carries the plan and the first one's changes.
        let second = meeting("fgc-follow-up")
            .replace(
                &format!("follows: {CONFERENCE}"),
                "follows: 2026-11-10-fgc-follow-up",
            )
            .replace("date: 2026-11-10", "date: 2026-11-20")
            .replace(
                "plan: Uncle Lee takes Wednesdays too",
                "plan: Grandmother rests on Fridays",
            );
        env.meeting("2026-11-20-fgc-follow-up", &second);
        let run = env.lsk(&[
            "render",
            "agenda",
            "meetings/2026-11-20-fgc-follow-up",
            "--stdout",
            "--lang",
            lang,
        ]);
        assert_eq!(run.code, 0, "{}", run.stdout);
        let a = &run.stdout;
        has(a, plan, lang);
        let first_changes = a
            .find("Uncle Lee takes Wednesdays too")
            .unwrap_or_else(|| panic!("{lang}: {a}"));
        assert!(
            a.find(plan).unwrap() < first_changes,
            "{lang}: the plan first"
        );
    }
}

#[test]
fn a_follow_up_leaves_out_what_the_plan_kept_from_the_reader() {
    let env = env_for("fgc-follow-up", "2013-06", "en");
    let conference = conference().replace(
        "plan: Grandmother stays the evenings; Uncle Lee drives Robin to football\n",
        "plan:\n  text: Mother's treatment continues until March\n  not_for: [relative]\n",
    );
    env.meeting(CONFERENCE, &conference);
    // The full record has it; the relatives' copy, the agenda and the
    // invitation do not.
    has(
        &render_doc(&env, "fgc-follow-up", "en", &["memo"]),
        "Mother's treatment",
        "full",
    );
    for args in [
        &["memo", "--for", "relative"][..],
        &["agenda"],
        &["invitation"],
    ] {
        lacks(
            &render_doc(&env, "fgc-follow-up", "en", args),
            "Mother's treatment",
            &format!("{args:?}"),
        );
    }
}

#[test]
fn an_acute_conference_is_titled_so_and_lists_what_was_skipped() {
    for (lang, title, skipped) in [
        (
            "fi",
            "Akuuttineuvonpito",
            "suunnitelman kysymykset (valmistelusopimus), perheen toiveiden ja näkemysten kuuleminen",
        ),
        (
            "sv",
            "Akut familjerådslag",
            "planens frågor (beredningsavtalet), att höra familjens önskemål och synpunkter",
        ),
        (
            "en",
            "Acute family group conference",
            "the plan's questions (preparation agreement), hearing the family's wishes and views",
        ),
    ] {
        let env = env_for("acute", "2017-06", lang);
        let text = meeting("acute")
            .replace(
                "plan_topics:\n  - Who is with Robin in the evenings\n  - School mornings\n",
                "",
            )
            .replace("family_views: The family wants Robin to stay at home\n", "");
        env.meeting(&folder("acute"), &text);
        for doc in ["agenda", "memo", "invitation", "child-checklist"] {
            let out = render_doc(&env, "acute", lang, &[doc]);
            has(&out, title, &format!("{lang} {doc}"));
            // Missing preparation is a warning, not a draft.
            lacks(&out, draft_word(lang), &format!("{lang} {doc}"));
        }
        for doc in ["agenda", "memo"] {
            has(
                &render_doc(&env, "acute", lang, &[doc]),
                skipped,
                &format!("{lang} {doc}"),
            );
        }
        // Nothing is listed as skipped when it was done.
        let env = env_for("acute", "2017-06", lang);
        lacks(&render_doc(&env, "acute", lang, &["agenda"]), skipped, lang);
    }
}

#[test]
fn the_conference_invitation_lists_the_questions_and_says_it_is_free() {
    for (lang, questions, free, built) in [
        (
            "fi",
            "Etsimme yhdessä vastauksia näihin kysymyksiin:",
            "Läheisneuvonpito on maksuton.",
            "esityslista laaditaan",
        ),
        (
            "sv",
            "Tillsammans söker vi svar på dessa frågor:",
            "Familjerådslaget är avgiftsfritt.",
            "dagordningen görs",
        ),
        (
            "en",
            "Together we look for answers to these questions:",
            "The family group conference is free of charge.",
            "agenda is built",
        ),
    ] {
        let env = env_for("family-group-conference", "2013-06", lang);
        let letter = render_doc(&env, "family-group-conference", lang, &["invitation"]);
        has(&letter, questions, lang);
        has(
            &letter,
            "- Who is with Robin in the evenings\n- School mornings",
            lang,
        );
        has(&letter, free, lang);
        lacks(&letter, built, lang);
        // A daycare meeting's invitation does build its agenda at the start.
        let env = env_for("daycare", "2017-06", lang);
        has(
            &render_doc(&env, "daycare", lang, &["invitation"]),
            built,
            lang,
        );
    }
}
