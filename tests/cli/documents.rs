//! Documents a Finnish social worker signs (review of 2026-11): every
//! document, in fi, sv and en, for every kind of meeting and for children
//! of every age band, read for what the review asked of them.

use lsk::model::{Kind, Lang};

use crate::common::*;

/// The meeting kinds a worker holds, read from the code, and `acute`, an
/// acute family group conference.
pub fn kinds() -> Vec<&'static str> {
    let mut kinds = Kind::NAMES.to_vec();
    kinds.push("acute");
    kinds
}

/// Birth dates for a child of 1, 5, 9, 13 and 18 on the meeting day
/// (2026-11-10).
pub const AGES: [(i32, &str); 5] = [
    (1, "2025-06"),
    (5, "2021-06"),
    (9, "2017-06"),
    (13, "2013-06"),
    (18, "2008-06"),
];

/// The languages of a case, read from the code.
pub const LANGS: &[&str] = Lang::NAMES;

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
            t += "  - name: Kim Convener\n    role: convener\n    organisation: Family group conferences\n    email: kim@example.invalid\n";
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
        "memo_consent:\n  given_by: [Pat Parent, Alex Parent]\n  date: 2026-11-10\n  recipients: {recipients}\n"
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

/// Words of early childhood education, which a school meeting or a family
/// group conference never uses, and of school, which a daycare meeting
/// never uses.
fn daycare_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fi" => &["päiväko", "varhaiskasvatus", "päivähoit", "vasu"],
        "sv" => &["daghem", "småbarnspedagogik", "dagvård"],
        _ => &["daycare", "ECEC", "early childhood"],
    }
}

fn school_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fi" => &["koulu"],
        "sv" => &["skola", "skolan"],
        _ => &["school"],
    }
}

/// The checklist's questions to the child that make no sense under three.
fn asked(lang: &str) -> [&'static str; 2] {
    match lang {
        "fi" => [
            "Kysytty, mistä lapsi haluaa puhua",
            "Lapselle on kerrottu, keitä",
        ],
        "sv" => [
            "Barnet har fått frågan vad det vill prata om",
            "Barnet har fått veta vem som kommer",
        ],
        _ => [
            "The child has been asked what they want to talk about",
            "The child has been told who is coming",
        ],
    }
}

// One test per kind, so that they run side by side; a new kind does not
// compile here until it has its test.
const _: fn(Kind) -> &'static str = |kind| match kind {
    Kind::Daycare => "every_document_of_a_daycare_meeting",
    Kind::School => "every_document_of_a_school_meeting",
    Kind::FamilyGroupConference => "every_document_of_a_family_group_conference",
    Kind::FgcFollowUp => "every_document_of_a_follow_up",
};

#[test]
fn every_document_of_a_daycare_meeting() {
    every_document(Kind::Daycare.as_str());
}

#[test]
fn every_document_of_a_school_meeting() {
    every_document(Kind::School.as_str());
}

#[test]
fn every_document_of_a_family_group_conference() {
    every_document(Kind::FamilyGroupConference.as_str());
}

#[test]
fn every_document_of_a_follow_up() {
    every_document(Kind::FgcFollowUp.as_str());
}

#[test]
fn every_document_of_an_acute_conference() {
    every_document("acute");
}

/// Every document of a kind of meeting, for every age and language.
fn every_document(kind: &str) {
    {
        for (age, born) in AGES {
            for lang in LANGS {
                let env = env_for(kind, born, lang);
                for (doc, text) in documents(&env, kind, lang) {
                    let at = format!("{kind}, {age} years, {lang}, {doc}");
                    // Text by kind: nothing of daycare outside a daycare
                    // meeting, nothing of school in one.
                    if kind != "daycare" {
                        for w in daycare_words(lang) {
                            lacks(&text.to_lowercase(), &w.to_lowercase(), &at);
                        }
                    } else {
                        for w in school_words(lang) {
                            lacks(&text.to_lowercase(), w, &at);
                        }
                    }
                    // By age: a toddler is not asked, an adult is not a
                    // child whose guardians consent.
                    if doc == "child-checklist" && age < 3 {
                        for q in asked(lang) {
                            lacks(&text, q, &at);
                        }
                    }
                    if doc == "child-checklist" && (3..18).contains(&age) {
                        for q in asked(lang) {
                            has(&text, q, &at);
                        }
                    }
                    if age >= 18 {
                        for w in [
                            "huoltajien",
                            "vårdnadshavarnas",
                            "guardians'",
                            "tuplavarmistus",
                            "dubbelkoll",
                            "double check",
                        ] {
                            lacks(&text, w, &at);
                        }
                    }
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
    for kind in kinds() {
        for lang in LANGS {
            let env = env_for(kind, "2017-06", lang);
            let dir = format!("meetings/{}", folder(kind));
            for doc in ["agenda", "memo", "child-checklist", "invitation"] {
                let run = env.lsk(&["render", doc, &dir, "--html", "--stdout", "--lang", lang]);
                let at = format!("{kind} {lang} {doc}");
                assert_eq!(run.code, 0, "{at}: {}", run.stdout);
                let html = &run.stdout;
                has(
                    html,
                    &format!("@top-right {{ content: \"{}\"", mark(lang)),
                    &at,
                );
                has(
                    html,
                    "@top-left { content: \"Eastside family social work\"",
                    &at,
                );
                has(html, "counter(page) \" (\" counter(pages) \")\"", &at);
                has(html, "<header class=\"doc-header\">", &at);
                lacks(html, "@top-center { content:", &at);
            }
        }
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
                run.stdout.contains("@top-center { content:"),
                "{lang} {doc}: the draft word on every page"
            );
        }
        // The memo is refused, or made as a draft on request.
        assert_eq!(env.lsk(&["render", "memo", dir, "--stdout"]).code, 1);
        let run = env.lsk(&["render", "memo", dir, "--stdout", "--draft"]);
        assert!(run.stdout.contains(draft_word(lang)));
        // An invitation without a time, date or place is not sent at all.
        let run = env.lsk(&["render", "invitation", dir]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(run.stderr.contains("time"), "{}", run.stderr);
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
                "**Lapsi paikalla osan aikaa.** Suunnitelma lapsen osallistumisesta: Robin comes for the beginning",
                "### 1. Mornings (Pat Parent)\n\nMornings are rushed; a picture chart helps",
                "Sovittiin, että muistion saa lähettää lastensuojelun ja perheen lisäksi seuraaville vastaanottajille: päiväkoti (Lark Daycare Centre).\nMuistio jaetaan suostumuksella, jonka huoltajat Pat Parent ja Alex Parent antoivat 10.11.2026.",
                "ottakaa yhteyttä vastuusosiaalityöntekijään (Sam Worker, puh. 09 310 12345)",
            ],
        ),
        (
            "sv",
            [
                "**Anteckningarna skrevs av:** Sam Worker",
                "**Anteckningarna skrivna:** 12.11.2026",
                "## Närvarande",
                "## Förhindrade",
                "- Alex Parent (förälder). Skickade i förväg: Evenings have been calmer",
                "**Barnet var med en del av tiden.** Planen för barnets deltagande: Robin comes for the beginning",
                "### 1. Mornings (Pat Parent)\n\nMornings are rushed; a picture chart helps",
                "Vi kom överens om att minnesanteckningarna utöver barnskyddet och familjen får skickas till följande mottagare: daghemmet (Lark Daycare Centre).\nMinnesanteckningarna delas med det samtycke som vårdnadshavarna Pat Parent och Alex Parent gav den 10.11.2026.",
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
                "**The child was there for part of the meeting.** Plan for the child's part: Robin comes for the beginning",
                "### 1. Mornings (Pat Parent)\n\nMornings are rushed; a picture chart helps",
                "It was agreed that besides child welfare and the family the record may be sent to the following recipients: the daycare centre (Lark Daycare Centre).\nShared with the consent of the guardians Pat Parent and Alex Parent, given on 10 Nov 2026.",
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
            "Muistio jaetaan suostumuksella, jonka huoltajat Pat Parent ja Alex Parent antoivat 10.11.2026. Sitä ei saa luovuttaa eteenpäin, ja vastaanottajaa sitoo vaitiolovelvollisuus.",
            "Kopiosta on jätetty pois",
        ),
        (
            "sv",
            "Minnesanteckningarna delas med det samtycke som vårdnadshavarna Pat Parent och Alex Parent gav den 10.11.2026. De får inte lämnas vidare, och mottagaren har tystnadsplikt.",
            "Uppgifter som familjen inte har gått med på att dela med denna mottagare har utelämnats.",
        ),
        (
            "en",
            "Shared with the consent of the guardians Pat Parent and Alex Parent, given on 10 Nov 2026. It may not be passed on, and the recipient is bound by confidentiality.",
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
            "Läheisten yksityinen neuvonpito (tarvittaessa)",
            "## Muutokset suunnitelmaan\n\nUncle Lee takes Wednesdays too",
        ),
        (
            "sv",
            "**Planen (familjerådslag 1.9.2026):** Grandmother stays the evenings; Uncle Lee drives Robin to football",
            "Ansvarig för att planen genomförs: Uncle Lee.",
            "Privat överläggning (vid behov)",
            "## Ändringar i planen\n\nUncle Lee takes Wednesdays too",
        ),
        (
            "en",
            "**The plan (family group conference 1 Sep 2026):** Grandmother stays the evenings; Uncle Lee drives Robin to football",
            "Family plan lead: Uncle Lee.",
            "Private family time (if needed)",
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
            "Suunnitelma laaditaan näistä asioista:",
            "Läheisneuvonpito on maksuton.",
            "esityslista laaditaan",
        ),
        (
            "sv",
            "Planen gäller dessa frågor:",
            "Familjerådslaget är avgiftsfritt.",
            "dagordningen görs",
        ),
        (
            "en",
            "The plan covers these matters:",
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

#[test]
fn the_process_is_explained_by_the_stage_of_the_case() {
    for (stage, expect, not) in [
        (
            "support",
            "Perhe ei ole lastensuojelun asiakas",
            ["lastensuojelutarpeen selvitys", "asiakassuunnitelma"],
        ),
        (
            "assessment",
            "mikä lastensuojelutarpeen selvitys on",
            ["Perhe ei ole lastensuojelun asiakas", "asiakassuunnitelma"],
        ),
        (
            "client",
            "mikä lapsen asiakassuunnitelma on",
            [
                "Perhe ei ole lastensuojelun asiakas",
                "lastensuojelutarpeen selvitys",
            ],
        ),
    ] {
        let env = env_for("school", "2017-06", "fi");
        env.write(
            "lsk.yaml",
            &case_file("2017-06", "fi").replace("stage: client", &format!("stage: {stage}")),
        );
        let agenda = render_doc(&env, "school", "fi", &["agenda"]);
        has(&agenda, expect, stage);
        for n in not {
            lacks(&agenda, n, stage);
        }
    }
}

#[test]
fn the_child_attending_partly_comes_first_and_is_marked() {
    for (lang, goal, part) in [
        ("fi", "## 2. Tavoite", "## 3. Lapsen osuus (lapsi paikalla)"),
        ("sv", "## 2. Mål", "## 3. Barnets del (barnet är med)"),
        ("en", "## 2. Goal", "## 3. The child's part (child present)"),
    ] {
        let env = env_for("daycare", "2017-06", lang);
        let agenda = render_doc(&env, "daycare", lang, &["agenda"]);
        has(&agenda, goal, lang);
        has(&agenda, part, lang);
        // Not attending: the child's voice comes later, unmarked.
        let absent = meeting("daycare").replace("child_attends: partly", "child_attends: no");
        env.meeting(&folder("daycare"), &absent);
        let agenda = render_doc(&env, "daycare", lang, &["agenda"]);
        let unmarked = &part[6..part.find(" (").unwrap()];
        let at = agenda
            .find(unmarked)
            .unwrap_or_else(|| panic!("{lang}: {agenda}"));
        assert!(at > agenda.find("## 8.").unwrap(), "{lang}: late");
        lacks(&agenda, part, lang);
    }
}

#[test]
fn the_toddlers_checklist_asks_nothing_of_the_child() {
    let env = env_for("daycare", "2025-06", "en");
    let text = meeting("daycare")
        .replace("child_attends: partly", "child_attends: maybe")
        .replace("child_support_person: Dana Carer\n", "");
    env.meeting(&folder("daycare"), &text);
    let run = env.lsk(&[
        "render",
        "child-checklist",
        "meetings/2026-11-10-daycare",
        "--stdout",
    ]);
    let list = &run.stdout;
    has(
        list,
        "A child under three need not be told about the meeting beforehand",
        "toddler",
    );
    // `maybe` is no decision: the box stays empty.
    has(
        list,
        "- [ ] Decided whether the child takes part.",
        "toddler",
    );
    for q in asked("en") {
        lacks(list, q, "toddler");
    }
    lacks(list, "supporter at the meeting", "toddler");
    lacks(list, "where the child sits", "toddler");
    // No support person or preparation is required of a one-year-old.
    let run = env.check(&[]);
    assert!(!run.has("child-not-prepared"), "{}", run.stdout);
    assert!(
        run.find("missing-field", "child_support_person").is_none(),
        "{}",
        run.stdout
    );
}

#[test]
fn the_double_check_counts_people_and_the_seat_only_an_attending_child() {
    let env = env_for("daycare", "2021-06", "en");
    let once = meeting("daycare")
        .replace("  - who: Dana Carer\n", "  - who: pat  parent\n")
        .replace("child_attends: partly", "child_attends: no");
    env.meeting(&folder("daycare"), &once);
    let list = render_doc(&env, "daycare", "en", &["child-checklist"]);
    has(
        &list,
        "- [ ] At least two different adults",
        "one person twice",
    );
    lacks(&list, "where the child sits", "not attending");
    env.meeting(&folder("daycare"), &meeting("daycare"));
    let list = render_doc(&env, "daycare", "en", &["child-checklist"]);
    has(&list, "- [x] At least two different adults", "two people");
    has(&list, "where the child sits", "attending");
}

#[test]
fn from_twelve_a_party_and_from_eighteen_an_adult() {
    // Thirteen: a party, whose own consent is recorded when given.
    let env = env_for("school", "2013-06", "en");
    let text = meeting("school").replace(
        "given_by: [Pat Parent, Alex Parent]",
        "given_by: [Pat Parent, Robin]",
    );
    env.meeting(&folder("school"), &text);
    let list = render_doc(&env, "school", "en", &["child-checklist"]);
    has(
        &list,
        "From 12 the child also has the right to be heard",
        "13",
    );
    has(&list, "whether the record may go to the school", "13");
    has(&list, "Ask them what may be shared about them", "13");
    let agenda = render_doc(&env, "school", "en", &["agenda"]);
    has(
        &agenda,
        "the sharing of their own information is agreed with them too",
        "13",
    );
    has(
        &agenda,
        "the right to talk to the social worker alone",
        "13",
    );
    let memo = render_doc(&env, "school", "en", &["memo"]);
    has(&memo, "It was agreed that besides child welfare", "13");
    has(
        &memo,
        "Shared with the consent of the guardian Pat Parent and Robin (for their own information), given on 10 Nov 2026.",
        "13",
    );
    // Nine: not yet.
    let env = env_for("school", "2017-06", "en");
    lacks(
        &render_doc(&env, "school", "en", &["child-checklist"]),
        "From 12",
        "9",
    );
    // Eighteen: an adult in aftercare, whose consent is their own.
    let env = env_for("school", "2008-06", "en");
    let list = render_doc(&env, "school", "en", &["child-checklist"]);
    has(
        &list,
        "# The young person's part in the meeting: Robin",
        "18",
    );
    has(&list, "Robin is 18 or over and in aftercare", "18");
    lacks(&list, "From 12", "18");
    let memo = render_doc(&env, "school", "en", &["memo"]);
    has(
        &memo,
        "Robin is an adult, and it was agreed with them that",
        "18",
    );
    has(
        &memo,
        "Robin is an adult. What was agreed is gone through with them",
        "18",
    );
    let copy = render_doc(&env, "school", "en", &["memo", "--for", "school"]);
    has(&copy, "Shared with the young adult's own consent.", "18");
}

#[test]
fn the_consent_line_names_the_guardians_grammatically() {
    let one = meeting("daycare").replace(
        "    relation: father\n    guardian: true\n",
        "    relation: father\n",
    );
    let none = meeting("daycare").replace("    guardian: true\n", "");
    let nobody = meeting("daycare").replace("recipients: [daycare]", "recipients: []");
    for (lang, text, line) in [
        (
            "fi",
            &one,
            "Muistio jaetaan suostumuksella, jonka huoltaja Pat Parent ja Alex Parent antoivat 10.11.2026.",
        ),
        (
            "fi",
            &none,
            "Muistio jaetaan suostumuksella, jonka Pat Parent ja Alex Parent antoivat 10.11.2026.",
        ),
        (
            "fi",
            &nobody,
            "Sovittiin, ettei muistiota lähetetä lastensuojelun ja perheen ulkopuolelle.",
        ),
        (
            "sv",
            &one,
            "Minnesanteckningarna delas med det samtycke som vårdnadshavaren Pat Parent och Alex Parent gav den 10.11.2026.",
        ),
        (
            "sv",
            &nobody,
            "Vi kom överens om att minnesanteckningarna inte skickas utanför barnskyddet och familjen.",
        ),
        (
            "en",
            &one,
            "Shared with the consent of the guardian Pat Parent and Alex Parent, given on 10 Nov 2026.",
        ),
        (
            "en",
            &none,
            "Shared with the consent of Pat Parent and Alex Parent, given on 10 Nov 2026.",
        ),
    ] {
        let env = env_for("daycare", "2021-06", lang);
        env.meeting(&folder("daycare"), text);
        let memo = render_doc(&env, "daycare", lang, &["memo"]);
        has(&memo, line, lang);
        lacks(&memo, "saa lähettää myös:", lang);
    }
}

#[test]
fn a_consent_naming_no_guardian_is_a_warning() {
    let env = env_for("daycare", "2021-06", "en");
    let text = meeting("daycare").replace(
        "given_by: [Pat Parent, Alex Parent]",
        "given_by: [Dana Carer]",
    );
    env.meeting(&folder("daycare"), &text);
    let run = env.check(&[]);
    let f = run
        .find("consent", "memo_consent.given_by")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert_eq!(f["severity"], "warning");
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("Dana Carer"), "{f}");
    assert!(message.contains("Pat Parent, Alex Parent"), "{f}");
    assert!(
        f["help"]
            .as_str()
            .unwrap()
            .contains("given_by: [Pat Parent]"),
        "{f}"
    );
    assert_eq!(run.code, 0);
    // With no guardian marked at all, it is a warning too (H2): a copy
    // would state a ground the record does not establish.
    let env = env_for("daycare", "2021-06", "en");
    env.meeting(
        &folder("daycare"),
        &meeting("daycare").replace("    guardian: true\n", ""),
    );
    assert!(
        env.check(&[])
            .find("consent", "memo_consent.given_by")
            .is_some()
    );
    // Naming one guardian is enough; an adult decides alone.
    for (born, text) in [
        (
            "2021-06",
            meeting("daycare").replace(
                "given_by: [Pat Parent, Alex Parent]",
                "given_by: [Alex Parent]",
            ),
        ),
        ("2008-06", text.clone()),
    ] {
        let env = env_for("daycare", born, "en");
        env.meeting(&folder("daycare"), &text);
        assert!(!env.check(&[]).has("consent"), "{born}: {text}");
    }
}

#[test]
fn the_invitation_says_how_to_reach_the_inviter_and_speaks_to_the_reader() {
    for (lang, reach, interpreter, support, third_person) in [
        (
            "fi",
            "ilmoita siitä etukäteen kutsujalle: Sam Worker, puh. 09 310 12345, sam.worker@example.invalid.",
            "tilataan tulkki: kieli Arabic, tulkattava Alex Parent.",
            "Voit halutessasi ottaa mukaan läheisen tai muun ihmisen tueksesi.",
            ["Perhe voi", "perheen kanssa", "Perhe on"],
        ),
        (
            "sv",
            "meddela i förväg den som bjöd in: Sam Worker, tfn 09 310 12345, sam.worker@example.invalid.",
            "beställs tolk: språk Arabic, för Alex Parent.",
            "Du får gärna ta med dig en närstående eller någon annan som stöd.",
            ["Familjen kan", "med familjen", "Familjen har"],
        ),
        (
            "en",
            "tell the person who invited you beforehand: Sam Worker, tel. 09 310 12345, sam.worker@example.invalid.",
            ": language Arabic, for Alex Parent.",
            "You may bring a relative or someone else to support you.",
            ["The family can", "with the family", "The family has"],
        ),
    ] {
        for kind in kinds() {
            let env = env_for(kind, "2017-06", lang);
            let letter = render_doc(&env, kind, lang, &["invitation"]);
            let at = format!("{lang} {kind}");
            has(&letter, interpreter, &at);
            for phrase in third_person {
                lacks(&letter, phrase, &at);
            }
            if matches!(kind, "daycare" | "school") {
                has(&letter, reach, &at);
                has(&letter, support, &at);
            } else {
                // The convener invites; the responsible worker is named
                // with their contact too, and the inviter's name once.
                has(&letter, "Kim Convener, kim@example.invalid.", &at);
                has(&letter, "Sam Worker", &at);
                has(&letter, "09 310 12345", &at);
                assert_eq!(letter.matches("Kim Convener").count(), 3, "{at}: {letter}");
                lacks(&letter, support, &at);
            }
        }
    }
}

#[test]
fn a_convener_without_an_address_is_reached_through_the_responsible_worker() {
    for (lang, tell, passes) in [
        (
            "fi",
            "ilmoita siitä etukäteen vastuusosiaalityöntekijälle: Sam Worker, puh. 09 310 12345, sam.worker@example.invalid.",
            "Hän välittää tiedon koollekutsujalle (Kim Convener).",
        ),
        (
            "sv",
            "meddela i förväg den ansvariga socialarbetaren: Sam Worker, tfn 09 310 12345, sam.worker@example.invalid.",
            "Den ansvariga socialarbetaren för meddelandet vidare till sammankallaren (Kim Convener).",
        ),
        (
            "en",
            "please tell the allocated social worker beforehand: Sam Worker, tel. 09 310 12345, sam.worker@example.invalid.",
            "They will pass the message on to the convener (Kim Convener).",
        ),
    ] {
        for kind in ["family-group-conference", "fgc-follow-up"] {
            let env = env_for(kind, "2017-06", lang);
            let dir = folder(kind);
            let text = env.read(&format!("meetings/{dir}/meeting.md"));
            env.write(
                &format!("meetings/{dir}/meeting.md"),
                &edit(&text, "    email: kim@example.invalid\n", ""),
            );
            let letter = render_doc(&env, kind, lang, &["invitation"]);
            let at = format!("{lang} {kind}");
            has(&letter, tell, &at);
            has(&letter, passes, &at);
            // The worker's contact once in the text (and once in the header).
            assert_eq!(letter.matches("09 310 12345").count(), 2, "{at}: {letter}");
        }
    }
}

#[test]
fn the_agenda_and_memo_name_the_interpreter_apart_from_the_participants() {
    for (lang, line) in [
        ("fi", "**Tulkki:** kieli Arabic, tulkattava Alex Parent."),
        ("sv", "**Tolk:** Arabic (för Alex Parent)."),
        ("en", "**Interpreter:** Arabic (for Alex Parent)."),
    ] {
        let env = env_for("school", "2017-06", lang);
        // The agenda names the interpreter under its participants.
        let agenda = render_doc(&env, "school", lang, &["agenda"]);
        has(&agenda, line, lang);
        // Alex Parent sent apologies: no interpreter is named for them.
        let memo = render_doc(&env, "school", lang, &["memo"]);
        assert!(!memo.contains("Arabic"), "{lang}: {memo}");
        let dir = folder("school");
        let text = env.read(&format!("meetings/{dir}/meeting.md"));
        env.write(
            &format!("meetings/{dir}/meeting.md"),
            &edit(
                &text,
                "absent:\n  - name: Alex Parent\n    update: Evenings have been calmer\n",
                "",
            ),
        );
        let memo = render_doc(&env, "school", lang, &["memo"]);
        has(&memo, line, lang);
        // Below the participants' table, not a row of it.
        let table_end = memo.find("| Terry Teacher |").expect("table");
        assert!(memo.find(line).unwrap() > table_end, "{lang}: {memo}");
        assert!(
            !memo
                .lines()
                .any(|l| l.starts_with('|') && l.contains("Arabic")),
            "{lang}: {memo}"
        );
    }
}

#[test]
fn a_school_meeting_s_chair_is_agreed_and_a_filed_memo_is_corrected() {
    for (lang, chair, filed, unsent) in [
        (
            "fi",
            "koulun neuvottelussa puheenjohtajasta sovitaan osallistujien kanssa",
            "jo tallennettuun muistioon tehdään sen sijaan päivätty korjaus",
            "jos sitä ei ole vielä lähetetty, tee se uudelleen",
        ),
        (
            "sv",
            "i ett skolmöte kommer deltagarna överens om vem som är ordförande",
            "i anteckningar som redan har sparats görs i stället en daterad rättelse",
            "om det ännu inte har skickats, gör det på nytt",
        ),
        (
            "en",
            "in a school meeting the participants agree who chairs",
            "a record already filed gets a dated correction instead",
            "if it has not been sent yet, make it again",
        ),
    ] {
        let env = env_for("school", "2017-06", lang);
        let dir = folder("school");
        let path = format!("meetings/{dir}/meeting.md");
        let text = env.read(&path);
        env.write(
            &path,
            &edit(&text, "chair: Sam Worker\n", "chair: Terry Teacher\n"),
        );
        let found = env
            .check(&["--today", "2026-11-01"])
            .find("chair-role", "chair")
            .expect("chair-role");
        let message = found["message"].as_str().unwrap_or("").to_owned();
        assert!(message.contains(chair), "{lang}: {found}");
        // The daycare meeting keeps the social worker's default.
        let env2 = env_for("daycare", "2017-06", lang);
        let dpath = format!("meetings/{}/meeting.md", folder("daycare"));
        let dtext = env2.read(&dpath);
        env2.write(
            &dpath,
            &edit(&dtext, "chair: Sam Worker\n", "chair: Dana Carer\n"),
        );
        let found = env2
            .check(&["--today", "2026-11-01"])
            .find("chair-role", "chair")
            .expect("chair-role");
        assert!(
            !found["message"].as_str().unwrap_or("").contains(chair),
            "{lang}: {found}"
        );

        // Stale documents: the memo's help speaks of a dated correction,
        // the invitation's of one not yet sent.
        for doc in ["memo", "invitation"] {
            let run = env.lsk(&[
                "render",
                doc,
                &format!("meetings/{dir}"),
                "--today",
                "2026-11-01",
            ]);
            assert_eq!(run.code, 0, "{lang} {doc}: {}", run.stderr);
        }
        let text = env.read(&path);
        env.write(&path, &text.replacen("goal: ", "goal: Again, ", 1));
        let run = env.lsk_wide(&["check", "--today", "2026-11-01"]);
        let out = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(out.contains(filed), "{lang}: {out}");
        assert!(out.contains(unsent), "{lang}: {out}");
    }
}

#[test]
fn help_texts_name_the_models_not_file_numbers() {
    let env = Env::new();
    let numbered = |t: &str| {
        t.as_bytes().windows(5).any(|w| {
            w[0] == b'(' && w[1..4].iter().all(u8::is_ascii_digit) && matches!(w[4], b')' | b',')
        })
    };
    for lang in LANGS {
        let mut texts = Vec::new();
        for rule in lsk::rules::RULE_IDS {
            texts.push(env.lsk(&["explain", rule, "--lang", lang]).stdout);
        }
        for stage in ["support", "assessment", "client"] {
            texts.push(env.lsk(&["guide", "--stage", stage, "--lang", lang]).stdout);
        }
        for kind in [
            "daycare",
            "school",
            "family-group-conference",
            "fgc-follow-up",
        ] {
            texts.push(env.lsk(&["guide", "--kind", kind, "--lang", lang]).stdout);
        }
        for text in &texts {
            assert!(!text.is_empty());
            assert!(!numbered(text), "{lang}: {text}");
            for file in [
                "DOMAIN.md",
                "FORMAT.md",
                "Source: 0",
                "Lähde: 0",
                "Källa: 0",
            ] {
                lacks(text, file, lang);
            }
        }
        // Parents are not told first of a notification about suspected
        // violence or a sexual offence.
        let support = env
            .lsk(&["guide", "--stage", "support", "--lang", lang])
            .stdout;
        has(&support, "25 §", lang);
    }
}

/// The documents committed beside the examples are what lsk renders now
/// (`sh examples/render.sh` renders them again).
#[test]
fn the_examples_documents_are_current() {
    let cases = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cases"));
    let env = Env::new();
    let mut seen = 0;
    for case in std::fs::read_dir(cases).unwrap() {
        let meetings = case.unwrap().path().join("meetings");
        for meeting in std::fs::read_dir(&meetings).unwrap() {
            let dir = meeting.unwrap().path();
            for file in std::fs::read_dir(&dir).unwrap() {
                let path = file.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if name == "meeting.md" || !name.ends_with(".md") {
                    continue;
                }
                let parts: Vec<&str> = name.trim_end_matches(".md").split('.').collect();
                let mut args = vec!["render", parts[0], dir.to_str().unwrap(), "--stdout"];
                if let Some(r) = parts.get(1) {
                    args.extend(["--for", r]);
                }
                let run = env.lsk(&args);
                assert_eq!(run.code, 0, "{name}: {}", run.stdout);
                let committed = std::fs::read_to_string(&path).unwrap();
                let body = committed.rsplit_once("<!-- lsk-render").unwrap().0;
                assert!(
                    body == run.stdout,
                    "{} is not what lsk renders now: run `sh examples/render.sh`",
                    path.display()
                );
                seen += 1;
            }
        }
    }
    assert_eq!(
        seen, 29,
        "every example meeting has its five documents and the copies"
    );
}

#[test]
fn without_organisation_or_contact_no_empty_label() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-06", "fi"));
    env.meeting(&folder("daycare"), &meeting("daycare"));
    for doc in ["agenda", "memo", "invitation"] {
        let text = render_doc(&env, "daycare", "fi", &[doc]);
        assert!(
            text.starts_with(&format!(
                "**{}**  \nVastuusosiaalityöntekijä Sam Worker\n\n",
                mark("fi")
            )),
            "{doc}: {text}"
        );
        lacks(&text, "puh. ", doc);
        lacks(&text, "()", doc);
        lacks(&text, ", ,", doc);
    }
    let letter = render_doc(&env, "daycare", "fi", &["invitation"]);
    has(
        &letter,
        "ilmoita siitä etukäteen kutsujalle: Sam Worker.",
        "invitation",
    );
    let memo = render_doc(&env, "daycare", "fi", &["memo"]);
    has(
        &memo,
        "ottakaa yhteyttä vastuusosiaalityöntekijään (Sam Worker);",
        "memo",
    );
}

#[test]
fn the_phase_line_calls_a_conference_a_kokous_in_finnish() {
    for (kind, before, after_) in [
        (
            "family-group-conference",
            "vaihe: ennen kokousta (before), koska kokous on 10.11.2026",
            "kokouksen jälkeen (after), koska kokous oli 10.11.2026",
        ),
        (
            "fgc-follow-up",
            "vaihe: ennen kokousta (before), koska kokous on 10.11.2026",
            "kokouksen jälkeen (after), koska kokous oli 10.11.2026",
        ),
        (
            "daycare",
            "vaihe: ennen neuvottelua (before), koska neuvottelu on 10.11.2026",
            "neuvottelun jälkeen (after), koska neuvottelu oli 10.11.2026",
        ),
    ] {
        let env = env_for(kind, "2017-06", "fi");
        let dir = format!("meetings/{}", folder(kind));
        for (today, said) in [("2026-11-01", before), ("2026-11-20", after_)] {
            let run = env.lsk_wide(&["check", &dir, "--today", today]);
            let out = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(out.contains(said), "{kind} {today}: {out}");
        }
    }
}

/// Swedish texts say what was agreed as the rest of the Swedish texts say
/// it ("det man kom överens om", "det vi har kommit överens om" at the
/// meeting), never with the dated passive
/// "överenskoms": a follow-up's agenda for a toddler and for a young adult,
/// and the meeting page's name of the review field.
#[test]
fn swedish_texts_say_what_was_agreed_in_present_day_words() {
    for (born, line) in [
        (
            "2025-01",
            "som med några enkla ord berättar för barnet om det vi har kommit överens om när det förändrar barnets vardag",
        ),
        (
            "2007-01",
            "om någon efteråt ska gå igenom det vi har kommit överens om tillsammans med hen.",
        ),
    ] {
        let env = Env::new();
        env.write("lsk.yaml", &case_yaml(born, "sv"));
        env.meeting("2026-11-10-daycare", DAYCARE);
        let second = edit(DAYCARE, "date: 2026-11-10", "date: 2026-12-15");
        let second = edit(
            &second,
            "kind: daycare\n",
            "kind: daycare\nfollows: 2026-11-10-daycare\nreview:\n  - action: Morning chart at home\n    owner: Pat Parent\n    status: gjord\n",
        );
        env.meeting("2026-12-15-daycare", &second);
        let run = env.lsk(&[
            "render",
            "agenda",
            "meetings/2026-12-15-daycare",
            "--stdout",
        ]);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        assert!(
            run.stdout
                .contains("hur har det man kom överens om genomförts?"),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains(line), "{born}: {}", run.stdout);
        assert!(!run.stdout.contains("överenskoms"), "{}", run.stdout);
        let app = crate::app::App::new(&env);
        let page = app.get("/c/0/m/2026-12-15-daycare?lang=sv").body;
        assert!(
            page.contains("Genomgång av det man tidigare kom överens om"),
            "{page}"
        );
        assert!(!page.contains("överenskoms"), "{page}");
    }
}
