//! The second document review (documents-2026-12.md): its M and L
//! findings on the texts, each read in the documents the real `lsk` makes,
//! in fi, sv and en. (M9 and the new warnings are tested where they are
//! built: filing.rs and the rules' tests.)

use std::path::Path;

use crate::common::*;
use crate::documents::{CONFERENCE, case_file, conference, folder, meeting};

/// A case of `lang` with one meeting of `kind` written as `text` (and the
/// conference a follow-up follows), the child born `born`; `case` is
/// lsk.yaml.
fn env_of(kind: &str, text: &str, case: &str) -> Env {
    let env = Env::new();
    env.write("lsk.yaml", case);
    env.meeting(CONFERENCE, &conference());
    env.meeting(&folder(kind), text);
    env
}

/// `lsk render DOC` of the meeting of `kind`, to standard output; it
/// must be made.
fn doc(env: &Env, kind: &str, doc: &[&str], lang: &str) -> String {
    let dir = format!("meetings/{}", folder(kind));
    let mut args = vec!["render"];
    args.extend_from_slice(doc);
    args.extend([dir.as_str(), "--stdout", "--lang", lang]);
    let run = env.lsk(&args);
    assert_eq!(
        run.code, 0,
        "{kind} {doc:?} {lang}: {}{}",
        run.stdout, run.stderr
    );
    run.stdout
}

/// `text` with every run of white space as one space: help is wrapped to
/// the terminal's width.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has(text: &str, part: &str, at: &str) {
    assert!(
        flat(text).contains(&flat(part)),
        "{at}: no `{part}` in:\n{text}"
    );
}

fn lacks(text: &str, part: &str, at: &str) {
    assert!(
        !flat(text).contains(&flat(part)),
        "{at}: `{part}` in:\n{text}"
    );
}

const FIVE: &str = "2021-06";
const NINE: &str = "2017-06";
const ONE: &str = "2025-06";
const THIRTEEN: &str = "2013-06";
const ADULT: &str = "2008-06";

/// M1, M2: the memo labels the child's part as the plan made beforehand
/// (no future tense passed off as a record), and the child's answers as
/// their wishes, not "their own words"; the agenda names the child once.
#[test]
fn m1_m2_the_childs_part_is_the_plan_and_the_answers_are_wishes() {
    for (lang, plan, wishes, own, agenda) in [
        (
            "fi",
            "**Lapsi paikalla osan aikaa.** Suunnitelma lapsen osallistumisesta: Robin comes",
            "Lapsen toiveet ennen neuvottelua (kysyi Dana Carer):",
            "omin sanoin",
            "Robin on mukana osan aikaa. Suunnitelma: Robin comes",
        ),
        (
            "sv",
            "**Barnet var med en del av tiden.** Planen för barnets deltagande: Robin comes",
            "Barnets önskemål före mötet (Dana Carer frågade):",
            "egna ord",
            "Robin är med en del av tiden. Planen: Robin comes",
        ),
        (
            "en",
            "**The child was there for part of the meeting.** Plan for the child's part: Robin comes",
            "The child's wishes before the meeting (asked by Dana Carer):",
            "own words",
            "Robin is there for part of the meeting. The plan: Robin comes",
        ),
    ] {
        let env = env_of("daycare", &meeting("daycare"), &case_file(FIVE, lang));
        let memo = doc(&env, "daycare", &["memo"], lang);
        has(&memo, plan, lang);
        has(&memo, wishes, lang);
        lacks(&memo, own, lang);
        has(&doc(&env, "daycare", &["agenda"], lang), agenda, lang);
    }
}

/// M3: a topic without discussion is listed under the topics with no
/// line saying the discussion was "not recorded".
#[test]
fn m3_a_topic_without_discussion_has_no_not_recorded_line() {
    for (lang, heading, not_recorded) in [
        (
            "fi",
            "### 1. Mornings (Pat Parent)",
            "Keskustelua ei kirjattu",
        ),
        ("sv", "### 1. Mornings (Pat Parent)", "antecknades inte"),
        (
            "en",
            "### 1. Mornings (Pat Parent)",
            "No notes were recorded",
        ),
    ] {
        let text = edit(
            &meeting("daycare"),
            "    discussion: Mornings are rushed; a picture chart helps\n",
            "",
        );
        let env = env_of("daycare", &text, &case_file(FIVE, lang));
        let memo = doc(&env, "daycare", &["memo"], lang);
        has(&memo, heading, lang);
        lacks(&memo, not_recorded, lang);
    }
}

/// M4: a conference's memo tells a toddler in a few words, asks an absent
/// child what the plan stirs in them, and goes through the feelings the
/// conference raised only with a child who was there.
#[test]
fn m4_the_conference_memo_tells_the_child_by_age_and_attendance() {
    let kind = "family-group-conference";
    let absent = edit(
        &meeting(kind),
        "child_attends: partly\nchild_attendance_reason: Robin comes for the beginning\n",
        "child_attends: no\nchild_attendance_reason: Robin stays at school\n",
    );
    for (lang, toddler, asked, feelings) in [
        (
            "fi",
            "Tuttu aikuinen kertoo lapselle sovituista asioista muutamalla yksinkertaisella sanalla",
            "häneltä kysytään, mitä ne herättävät hänessä",
            "kokouksessa heränneet tunteet",
        ),
        (
            "sv",
            "En välbekant vuxen berättar för barnet med några enkla ord",
            "barnet får frågan vad det väcker hos hen",
            "de känslor som mötet väckte",
        ),
        (
            "en",
            "A familiar adult tells the child about what was agreed, in a few simple words",
            "is asked how they feel about it",
            "the feelings the conference raised",
        ),
    ] {
        let env = env_of(kind, &absent, &case_file(ONE, lang));
        let memo = doc(&env, kind, &["memo"], lang);
        has(&memo, toddler, &format!("{lang} toddler"));
        lacks(&memo, feelings, &format!("{lang} toddler"));
        let env = env_of(kind, &absent, &case_file(NINE, lang));
        let memo = doc(&env, kind, &["memo"], lang);
        has(&memo, asked, &format!("{lang} absent"));
        lacks(&memo, feelings, &format!("{lang} absent"));
        let env = env_of(kind, &meeting(kind), &case_file(NINE, lang));
        has(
            &doc(&env, kind, &["memo"], lang),
            feelings,
            &format!("{lang} there"),
        );
    }
}

/// M5: a conference whose family agreed to send the memo to no one says
/// in the memo that the relatives who took part get neither it nor the
/// plan, so that it is not filed unnoticed.
#[test]
fn m5_a_conference_memo_sent_to_no_one_says_the_relatives_get_no_plan() {
    let kind = "family-group-conference";
    let text = edit(
        &meeting(kind),
        "recipients: [all-participants]",
        "recipients: []",
    );
    for (lang, said) in [
        (
            "fi",
            "Kokoukseen osallistuneet läheiset eivät siis saa muistiota eivätkä suunnitelmaa",
        ),
        (
            "sv",
            "De närstående som deltog i mötet får alltså varken minnesanteckningarna eller planen",
        ),
        (
            "en",
            "The relatives who took part in the conference therefore receive neither the record nor the plan",
        ),
    ] {
        let env = env_of(kind, &text, &case_file(NINE, lang));
        has(&doc(&env, kind, &["memo"], lang), said, lang);
        // Where the family agreed to share it, nothing of the kind.
        let env = env_of(kind, &meeting(kind), &case_file(NINE, lang));
        lacks(&doc(&env, kind, &["memo"], lang), said, lang);
    }
}

/// M6: a child there throughout is seated at the start (item 1), and the
/// child's item is their turn to speak.
#[test]
fn m6_a_child_there_throughout_is_seated_at_the_start() {
    let text = edit(
        &meeting("school"),
        "child_attends: partly\nchild_attendance_reason: Robin comes for the beginning\n",
        "child_attends: yes\nchild_attendance_reason: Robin wants to be there\n",
    );
    for (lang, seated, item, late) in [
        (
            "fi",
            "Robin on mukana koko ajan; sovitaan alussa, missä hän istuu",
            "Lapsen puheenvuoro",
            "Mietitään, missä lapsi istuu",
        ),
        (
            "sv",
            "Robin är med hela tiden; vi kommer i början överens om var barnet sitter",
            "Barnets ord",
            "Vi tänker på var barnet sitter",
        ),
        (
            "en",
            "Robin is there throughout; at the start we agree where they sit",
            "The child's turn to speak",
            "We think about where the child sits",
        ),
    ] {
        let env = env_of("school", &text, &case_file(NINE, lang));
        let agenda = doc(&env, "school", &["agenda"], lang);
        has(&agenda, seated, lang);
        has(&agenda, item, lang);
        lacks(&agenda, late, lang);
        // Item 1, before the goal.
        let first = agenda.split("## 2.").next().unwrap_or_default();
        has(first, seated, lang);
    }
}

/// M7: the agenda of a daycare meeting brings up what daycare pays
/// attention to in the child's everyday life; a school meeting's does not.
#[test]
fn m7_the_daycare_agenda_agrees_what_daycare_pays_attention_to() {
    for (lang, item) in [
        ("fi", "Mihin päiväkoti kiinnittää huomiota"),
        ("sv", "Vad daghemmet fäster uppmärksamhet vid"),
        ("en", "What daycare pays attention to"),
    ] {
        let env = env_of("daycare", &meeting("daycare"), &case_file(FIVE, lang));
        let agenda = doc(&env, "daycare", &["agenda"], lang);
        has(&agenda, item, lang);
        has(&agenda, "- when Robin arrives", lang);
        let env = env_of("school", &meeting("school"), &case_file(NINE, lang));
        lacks(&doc(&env, "school", &["agenda"], lang), item, lang);
    }
}

/// M8 (the text): an invitation that has no phone or e-mail for anyone
/// leaves a line to write them on, where the worker sees the gap; with
/// the worker's contact it has none.
#[test]
fn m8_an_invitation_without_contact_details_shows_the_gap() {
    for (lang, line) in [
        ("fi", "Puhelin ja sähköposti, joihin voi ilmoittaa: ____"),
        ("sv", "Telefon och e-post för meddelanden: ____"),
        ("en", "Phone and email for messages: ____"),
    ] {
        let env = env_of("daycare", &meeting("daycare"), &case_yaml(FIVE, lang));
        has(&doc(&env, "daycare", &["invitation"], lang), line, lang);
        let env = env_of("daycare", &meeting("daycare"), &case_file(FIVE, lang));
        lacks(&doc(&env, "daycare", &["invitation"], lang), line, lang);
    }
}

/// M12, M14 and the stage texts: the guide states when the client
/// relationship begins in grammatical sentences, cites the law apart from
/// the cooperation model, and no help text cites the repealed Act
/// 254/2015.
#[test]
fn m12_m14_help_states_the_current_law() {
    let env = Env::new();
    for (lang, begins, earlier) in [
        (
            "fi",
            "asiakkuus alkaa vasta, jos selvityksessä todetaan",
            "Asiakkuus alkaa jo aiemmin, jos lapselle annetaan sitä ennen kiireellisiä lastensuojelutoimia",
        ),
        (
            "sv",
            "klientrelationen börjar först om utredningen visar",
            "eller tidigare om barnet dessförinnan får brådskande barnskyddsåtgärder",
        ),
        (
            "en",
            "the client relationship begins only if the assessment finds",
            "or earlier if the child is given urgent child-welfare measures",
        ),
    ] {
        let guide = env
            .lsk(&["guide", "--stage", "assessment", "--lang", lang])
            .stdout;
        has(&guide, begins, lang);
        has(&guide, earlier, lang);
        for wrong in [
            "(tai kiireellisistä",
            "yhteistyömalli.)",
            "barnskydd.)",
            "cooperation model.)",
            "(The daycare",
            "LSL 27 §",
            "BSL 27 §",
        ] {
            lacks(&guide, wrong, lang);
        }
        let explain = env.lsk(&["explain", "stale-render", "--lang", lang]).stdout;
        lacks(&explain, "254/2015", lang);
        has(&explain, "703/2023", lang);
    }
    // No text lsk shows cites the repealed act.
    for dir in ["help", "templates", "src/i18n", "docs"] {
        no_text_cites(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), "254/2015");
    }
}

fn no_text_cites(dir: &Path, act: &str) {
    for entry in std::fs::read_dir(dir).expect("folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            no_text_cites(&path, act);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            for line in text.lines().filter(|l| l.contains(act)) {
                // Saying that the new act repealed the old one is right.
                assert!(
                    line.contains("703/2023"),
                    "{}: cites {act} alone: {line}",
                    path.display()
                );
            }
        }
    }
}

/// M13: the Swedish guide and checklist prepare the child's assistant for
/// the task ("förbereder"), not "introduce" them.
#[test]
fn m13_swedish_the_convener_prepares_the_assistant() {
    let env = Env::new();
    let guide = env
        .lsk(&["guide", "--kind", "family-group-conference", "--lang", "sv"])
        .stdout;
    lacks(&guide, "introducerar", "guide");
    has(
        &guide,
        "som sammankallaren förbereder för uppgiften",
        "guide",
    );
    let kind = "family-group-conference";
    let text = drop_key(&meeting(kind), "child_support_person");
    let text = edit(&text, "  by: Uncle Lee\n", "  by: Pat Parent\n");
    let env = env_of(kind, &text, &case_file(NINE, "sv"));
    let run = env.lsk(&[
        "render",
        "child-checklist",
        &format!("meetings/{}", folder(kind)),
        "--stdout",
        "--draft",
    ]);
    lacks(&run.stdout, "introducerar", "checklist");
    has(
        &run.stdout,
        "förbereds av sammankallaren för uppgiften att stödja barnet",
        "checklist",
    );
}

/// M17: at a conference the child's assistant is shown at every age, in
/// the agenda and the memo; a toddler's assistant speaks for their needs.
#[test]
fn m17_a_toddlers_assistant_is_shown_at_a_conference() {
    let kind = "family-group-conference";
    for (lang, row, needs) in [
        (
            "fi",
            "**Lapsen avustaja:** Uncle Lee",
            "Avustaja Uncle Lee tuo esiin lapsen tarpeet.",
        ),
        (
            "sv",
            "**Assistent för barnet:** Uncle Lee",
            "Assistenten Uncle Lee lyfter fram barnets behov.",
        ),
        (
            "en",
            "**The child's assistant:** Uncle Lee",
            "Their assistant Uncle Lee speaks for the child's needs.",
        ),
    ] {
        let text = edit(
            &meeting(kind),
            "child_attends: partly\nchild_attendance_reason: Robin comes for the beginning\n",
            "child_attends: no\nchild_attendance_reason: Robin is one\n",
        );
        let env = env_of(kind, &text, &case_file(ONE, lang));
        let agenda = doc(&env, kind, &["agenda"], lang);
        has(&agenda, row, lang);
        has(&agenda, needs, lang);
        has(&doc(&env, kind, &["memo"], lang), row, lang);
    }
}

/// M18: an answer kept from the checklist's readers is ticked as asked,
/// and the line says the answer is not in this copy.
#[test]
fn m18_an_answer_kept_from_the_reader_is_ticked_and_said_so() {
    let text = edit(
        &meeting("daycare"),
        "  child_wants_adults_to_discuss: Who is home in the evenings\n",
        "  child_wants_adults_to_discuss:\n    text: Who is home in the evenings\n    not_for: [parent]\n",
    );
    for (lang, line) in [
        (
            "fi",
            "- [x] Kysytty, mistä lapsen mielestä muiden pitäisi puhua. (Vastaus ei ole tässä kappaleessa.)",
        ),
        (
            "sv",
            "- [x] Barnet har fått frågan vad det tycker att de andra borde prata om. (Svaret finns inte i det här exemplaret.)",
        ),
        (
            "en",
            "- [x] The child has been asked what the others should talk about. (The answer is not in this copy.)",
        ),
    ] {
        let env = env_of("daycare", &text, &case_file(FIVE, lang));
        let list = doc(&env, "daycare", &["child-checklist"], lang);
        has(&list, line, lang);
        lacks(&list, "Who is home", lang);
        // Nothing kept: the answer itself, no such note.
        let env = env_of("daycare", &meeting("daycare"), &case_file(FIVE, lang));
        let list = doc(&env, "daycare", &["child-checklist"], lang);
        has(&list, "Who is home in the evenings", lang);
        lacks(&list, line, lang);
    }
}

/// M19: the 12+ paragraph says the child's view is found out at every
/// age, and what 12 adds.
#[test]
fn m19_the_child_is_heard_at_every_age() {
    for (lang, every, twelve) in [
        (
            "fi",
            "Lapsen mielipide selvitetään iästä riippumatta (LSL 20 §).",
            "12 vuotta täyttäneellä on lisäksi oikeus tulla kuulluksi omassa asiassaan (hallintolaki 34 §)",
        ),
        (
            "sv",
            "Barnets åsikt utreds oberoende av ålder (BSL 20 §).",
            "Ett barn som har fyllt 12 år har dessutom rätt att bli hört i sitt eget ärende (förvaltningslagen 34 §)",
        ),
        (
            "en",
            "The child's view is found out at any age (Child Welfare Act s. 20).",
            "From 12 the child also has the right to be heard in their own case (Administrative Procedure Act s. 34)",
        ),
    ] {
        let env = env_of("school", &meeting("school"), &case_file(THIRTEEN, lang));
        let list = doc(&env, "school", &["child-checklist"], lang);
        has(&list, every, lang);
        has(&list, twelve, lang);
    }
}

/// M20 and the English L findings: the conference agenda's sentence in
/// order, the child sharing wishes in person, the memo's title and
/// column, what the child said, the invitation's partly present child.
#[test]
fn m20_and_english_wordings() {
    let kind = "family-group-conference";
    let env = env_of(kind, &meeting(kind), &case_file(NINE, "en"));
    let agenda = doc(&env, kind, &["agenda"], "en");
    has(
        &agenda,
        "We agree who goes through the plan with the child, and the feelings the conference raised; often it is their assistant Uncle Lee.",
        "agenda",
    );
    has(
        &agenda,
        "Robin can share wishes, worries and fears in person, or their assistant Uncle Lee speaks for them.",
        "agenda",
    );
    let env = env_of("daycare", &meeting("daycare"), &case_file(FIVE, "en"));
    let memo = doc(&env, "daycare", &["memo"], "en");
    has(
        &memo,
        "# Meeting record: family, daycare and child welfare",
        "memo",
    );
    has(&memo, "| What | Responsible | By when |", "memo");
    has(
        &memo,
        "What the child said at the meeting (the child was there):",
        "memo",
    );
    has(
        &doc(&env, "daycare", &["agenda"], "en"),
        "**Interpreter:** Arabic (for Alex Parent).",
        "agenda",
    );
    let invitation = doc(&env, "daycare", &["invitation"], "en");
    has(
        &invitation,
        "Robin will be there for part of the meeting.",
        "invitation",
    );
}

/// The Finnish L findings.
#[test]
fn finnish_wordings() {
    let lang = "fi";
    let env = env_of("daycare", &meeting("daycare"), &case_file(FIVE, lang));
    let agenda = doc(&env, "daycare", &["agenda"], lang);
    has(
        &agenda,
        "Jos neuvottelussa sovitaan jotain, mikä muuttaa asiakassuunnitelmaa, se kirjataan siihen.",
        "agenda",
    );
    let copy = doc(&env, "daycare", &["memo", "--for", "daycare"], lang);
    has(&copy, "*Kopio: Lark Daycare Centre.*", "copy");
    // A draft agenda says who is still to be agreed.
    let text = drop_key(&meeting("daycare"), "note_taker");
    let env = env_of("daycare", &text, &case_file(FIVE, lang));
    let run = env.lsk(&[
        "render",
        "agenda",
        &format!("meetings/{}", folder("daycare")),
        "--stdout",
        "--draft",
    ]);
    has(
        &run.stdout,
        "**Muistion kirjoittaja:** (ei vielä sovittu)",
        "draft agenda",
    );
    // A conference: the plan's matters, the family's wish, no 3–6 h in
    // an acute one, the follow-up's one sentence.
    let kind = "family-group-conference";
    let env = env_of(kind, &meeting(kind), &case_file(NINE, lang));
    has(
        &doc(&env, kind, &["agenda"], lang),
        "Suunnitelma laaditaan näistä asioista:",
        "fgc agenda",
    );
    let invitation = doc(&env, kind, &["invitation"], lang);
    has(
        &invitation,
        "Suunnitelma laaditaan näistä asioista:",
        "fgc invitation",
    );
    has(
        &invitation,
        "Sinut on kutsuttu, koska olet lapselle tärkeä ja lapsen perhe toivoo sinua mukaan",
        "fgc invitation",
    );
    has(&invitation, "3–6 tuntia", "fgc invitation");
    let env = env_of("acute", &meeting("acute"), &case_file(NINE, lang));
    lacks(
        &doc(&env, "acute", &["invitation"], lang),
        "3–6 tuntia",
        "acute invitation",
    );
    let kind = "fgc-follow-up";
    let env = env_of(kind, &meeting(kind), &case_file(NINE, lang));
    let invitation = doc(&env, kind, &["invitation"], lang);
    has(
        &invitation,
        "Arvioimme yhdessä, miten 1.9.2026 pidetyssä läheisneuvonpidossa laadittu suunnitelma on toiminut",
        "follow-up invitation",
    );
    let absent = edit(
        &meeting(kind),
        "child_attends: partly\nchild_attendance_reason: Robin comes for the beginning\n",
        "child_attends: no\nchild_attendance_reason: Robin stays at school\n",
    );
    let env = env_of(kind, &absent, &case_file(NINE, lang));
    has(
        &doc(&env, kind, &["agenda"], lang),
        "Sovitaan tuplavarmistuksesta: kaksi aikuista (usein avustaja ja vanhempi) kertovat lapselle",
        "follow-up agenda",
    );
    // Stage III: the child is not yet a child-welfare client.
    let case = case_file(FIVE, lang).replace("stage: client", "stage: assessment");
    let env = env_of("daycare", &meeting("daycare"), &case);
    has(
        &doc(&env, "daycare", &["memo"], lang),
        "Muistio tallennetaan lapsen sosiaalihuollon asiakastietoihin.",
        "stage III memo",
    );
    // 18 or over: the young person, not the child; aftercare only when
    // the stage says so.
    let env = env_of("school", &meeting("school"), &case.replace(FIVE, ADULT));
    let memo = doc(&env, "school", &["memo"], lang);
    has(&memo, "- **Nuori:** Robin", "adult memo");
    has(&memo, "## Nuoren näkemykset", "adult memo");
    let list = doc(&env, "school", &["child-checklist"], lang);
    has(&list, "Robin on täyttänyt 18 vuotta.", "adult checklist");
    lacks(&list, "jälkihuollon asiakas", "adult checklist");
}

/// The Swedish L findings.
#[test]
fn swedish_wordings() {
    let lang = "sv";
    let env = env_of("daycare", &meeting("daycare"), &case_file(FIVE, lang));
    let agenda = doc(&env, "daycare", &["agenda"], lang);
    has(
        &agenda,
        "vilka stödåtgärder som ingår i den. Det vi kommer överens om och som ändrar planen förs in i klientplanen.",
        "agenda",
    );
    has(
        &agenda,
        "Om barnets situation blir svårare innan dess, sammankallas mötet tidigare.",
        "agenda",
    );
    has(&agenda, "om en förutsebar svårighet uppstår", "agenda");
    has(
        &agenda,
        "kommer överens om huruvida minnesanteckningarna också får skickas till daghemmet",
        "agenda (M10)",
    );
    has(&agenda, "**Tolk:** Arabic (för Alex Parent).", "agenda");
    let memo = doc(&env, "daycare", &["memo"], lang);
    has(&memo, "- **Anteckningarna skrivna:**", "memo");
    has(
        &memo,
        "## Vad daghemmet fäster uppmärksamhet vid i barnets vardag",
        "memo",
    );
    lacks(&memo, "förutsedd", "memo");
    let list = doc(&env, "daycare", &["child-checklist"], lang);
    has(
        &list,
        "Barnet förbereds så att det inte hör något för första gången på mötet.",
        "checklist",
    );
    has(
        &list,
        "- [x] Barnet har fått frågan vad det vill prata om.",
        "checklist",
    );
    let env = env_of("school", &meeting("school"), &case_file(NINE, lang));
    has(
        &doc(&env, "school", &["child-checklist"], lang),
        "vad barnet vill att stödpersonen berättar för barnets räkning",
        "checklist",
    );
    // The invitation: no "hen" for the child or the worker.
    let kind = "family-group-conference";
    let text = edit(&meeting(kind), "    email: kim@example.invalid\n", "");
    let env = env_of(kind, &text, &case_file(THIRTEEN, lang));
    let invitation = doc(&env, kind, &["invitation"], lang);
    has(
        &invitation,
        "så vi kommer också överens med Robin själv om delningen av de egna uppgifterna",
        "invitation",
    );
    has(
        &invitation,
        "Den ansvariga socialarbetaren för meddelandet vidare",
        "invitation",
    );
    lacks(&invitation, "Hen för", "invitation");
    let env = Env::new();
    let explain = env
        .lsk(&["explain", "double-assurance", "--lang", lang])
        .stdout;
    has(
        &explain,
        "vad som diskuterades och vad man kom överens om",
        "explain",
    );
    lacks(&explain, "coach", "explain");
    let guide = env
        .lsk(&["guide", "--stage", "support", "--lang", lang])
        .stdout;
    has(&guide, "Barnet deltar i småbarnspedagogik", "guide");
}

/// The check's messages: an action counted as a worker counts them, two
/// people asked for when nobody tells the child, and the next meeting
/// agreed before the participants leave (a conference has no
/// "neuvottelu").
#[test]
fn check_messages_count_from_one() {
    let text = edit(
        &meeting("daycare"),
        "    owner: Pat Parent\n",
        "    owner: Minna\n",
    );
    let text = edit(
        &text,
        "informing_child:\n  - who: Pat Parent\n  - who: Dana Carer\n",
        "informing_child:\n  - how: With picture cards\n",
    );
    let text = drop_key(&drop_key(&text, "next_meeting"), "follow_up");
    let env = env_of("daycare", &text, &case_file(FIVE, "fi"));
    let run = env.check(&[]);
    let out = run
        .findings()
        .iter()
        .map(|f| {
            format!(
                "{} {}",
                f["message"].as_str().unwrap_or_default(),
                f["help"].as_str().unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    has(
        &out,
        "kentän `agreed` 1. kohdassa (`owner`) mainittu Minna",
        "check",
    );
    has(
        &out,
        "lisää kenttään `informing_child` kaksi henkilöä",
        "check",
    );
    has(&out, "ennen kuin osallistujat lähtevät", "check");
    lacks(&out, "agreed[0]", "check");
}

/// Printed pages: a copy's running footer names its reader, a checklist's
/// lines have a box and no bullet, ticks are black, and the top margin
/// leaves room under the running header.
#[test]
fn printed_pages_name_the_copy_and_tick_in_black() {
    let env = env_of("daycare", &meeting("daycare"), &case_file(FIVE, "fi"));
    let dir = format!("meetings/{}", folder("daycare"));
    let page = env
        .lsk(&[
            "render", "memo", &dir, "--for", "daycare", "--html", "--stdout",
        ])
        .stdout;
    has(&page, "Kopio: Lark Daycare Centre", "copy page");
    let footer = page
        .lines()
        .find(|l| l.contains("@bottom-left { content"))
        .unwrap_or_default();
    has(
        footer,
        "Muistio · Robin · 10.11.2026 · Kopio: Lark Daycare Centre",
        "footer",
    );
    let full = env
        .lsk(&["render", "memo", &dir, "--html", "--stdout"])
        .stdout;
    lacks(&full, "Kopio:", "the file copy");
    let list = env
        .lsk(&["render", "child-checklist", &dir, "--html", "--stdout"])
        .stdout;
    has(
        &list,
        "li:has(> input[type=checkbox]) { list-style: none; }",
        "checklist",
    );
    has(
        &list,
        "input[type=checkbox]:checked { background: #000;",
        "checklist",
    );
    has(&list, "margin: 27mm 18mm 20mm 18mm", "checklist");
}

/// The examples a worker copies: the class teacher at a primary school,
/// and a second telling that is not conditional.
#[test]
fn examples_name_the_class_teacher_and_a_firm_second_telling() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cases");
    let eetu = std::fs::read_to_string(root.join("eetu/meetings/2026-09-15-school/meeting.md"))
        .expect("eetu");
    lacks(&eetu, "Luokanvalvoja", "eetu");
    has(&eetu, "Luokanopettaja selvittää", "eetu");
    let aino = std::fs::read_to_string(root.join("aino/meetings/2026-10-06-daycare/meeting.md"))
        .expect("aino");
    lacks(&aino, "jos Aino kysyy", "aino");
    has(&aino, "Päiväkodissa kuvakortein seuraavana aamuna", "aino");
}
