//! `lsk render child-letter` (issue 24 §3): a letter the child can read,
//! by age band and language, made through the child's own view; none for
//! a child under three; the checklist says who hands it over; the browser
//! offers it once the meeting is held.

use crate::common::*;

/// The meeting: a daycare meeting held on 2026-11-10, complete, with
/// agreed actions of every sort the letter chooses from.
const MEETING: &str = "2026-11-10-daycare";

fn meeting() -> String {
    edit(
        DAYCARE,
        "agreed:
  - action: Morning chart at home
    owner: Pat Parent
    due: 2026-12-01
",
        "agreed:
  - action: Morning chart at home
    owner: Pat Parent
    due: 2026-12-01
  - action: Robin gets breakfast at daycare
    owner: Dana Carer
  - action: Pat starts her own counselling
    owner: Pat Parent
  - action: Robin's overnight stays with grandmother pause
    owner: Sam Worker
    not_for: [child]
  - action: Dad's supervised visits with Robin on Sundays
    owner: Sam Worker
    not_for: [family]
",
    )
}

/// Words of the actions the letter must leave out: one kept from the
/// child, one from the family, one about a parent's own matter.
const LEFT_OUT: &[&str] = &[
    "overnight",
    "grandmother",
    "supervised",
    "Sundays",
    "counselling",
    "Morning chart",
];

/// The meeting's words a reader of the letter sees, in `lang` (the rest
/// of the fixture stays English).
fn localised(text: &str, lang: &str) -> String {
    let words: &[(&str, &str)] = match lang {
        "fi" => &[
            (
                "Robin gets breakfast at daycare",
                "Robin syö aamupalan päiväkodissa",
            ),
            ("Robin's key worker", "Robinin omahoitaja"),
            ("relation: mother", "relation: äiti"),
            (
                "Agree how daycare supports Robin's mornings",
                "Sovitaan, miten päiväkoti tukee Robinin aamuja",
            ),
        ],
        "sv" => &[
            (
                "Robin gets breakfast at daycare",
                "Robin äter frukost på daghemmet",
            ),
            ("Robin's key worker", "Robins egen pedagog"),
            ("relation: mother", "relation: mamma"),
            (
                "Agree how daycare supports Robin's mornings",
                "Komma överens om hur daghemmet stöder Robins morgnar",
            ),
        ],
        _ => &[],
    };
    words
        .iter()
        .fold(text.to_owned(), |t, (from, to)| t.replace(from, to))
}

/// A case in `lang` whose child was born on `born`, with the meeting.
fn case(born: &str, lang: &str) -> Env {
    let env = Env::new();
    env.write(
        "lsk.yaml",
        &format!(
            "child:\n  name: Robin\n  born: {born}\nresponsible_worker: Sam Worker\n\
             organisation: Example City child welfare\n\
             contact:\n  phone: 040 123 4567\n  email: sam.worker@example.fi\n\
             language: {lang}\nstage: client\n"
        ),
    );
    env.meeting(MEETING, &localised(&meeting(), lang));
    env
}

fn letter(env: &Env) -> Run {
    env.lsk(&[
        "render",
        "child-letter",
        &format!("meetings/{MEETING}"),
        "--stdout",
    ])
}

/// The letter's own text: from its title on (lsk's header, the
/// confidentiality mark and the worker's line, comes before it).
fn body(text: &str) -> &str {
    let at = text.find("\n# ").expect("the letter has a title");
    &text[at + 1..]
}

/// Every sentence of the letter with its words: a sentence ends at `.`,
/// `!`, `?`, `:` or a line's end; Markdown marks are not words, nor are
/// numbers (a phone number); a word has a letter.
fn sentences(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim_start_matches(['#', '-', '*', '>', ' ']);
        for s in line.split(['.', '!', '?', ':']) {
            let words = s
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            if words > 0 {
                out.push((words, s.trim().to_owned()));
            }
        }
    }
    out
}

/// (band, a birth date that falls in it on 2026-11-10, the most words a
/// sentence may have): 3–6 read aloud, 7–11 plain language (≤ 12 words),
/// 12–17 plain but fuller.
const BANDS: &[(&str, &str, usize)] = &[
    ("small", "2021-06-01", 8),
    ("school", "2017-06-01", 12),
    ("teen", "2012-06-01", 16),
];

/// What each band and language must say: the day of the meeting and of
/// the next in words, what was agreed about the child and who does it,
/// the worker to ask with the phone number, and the band's own part.
fn expected(band: &str, lang: &str) -> Vec<&'static str> {
    let mut want = match lang {
        "fi" => vec![
            "Hei Robin!",
            "tiistaina 10. marraskuuta",
            "sunnuntaina 10. tammikuuta 2027",
            "Robin syö aamupalan päiväkodissa. Tästä huolehtii Dana Carer (omahoitaja).",
            "Sam Worker, sosiaalityöntekijä, puhelin 040 123 4567",
        ],
        "sv" => vec![
            "Hej Robin!",
            "tisdagen den 10 november",
            "söndagen den 10 januari 2027",
            "Robin äter frukost på daghemmet. Det tar Dana Carer (egen pedagog) hand om.",
            "Sam Worker, socialarbetare, telefon 040 123 4567",
        ],
        _ => vec![
            "Hello Robin!",
            "on Tuesday 10 November",
            "on Sunday 10 January 2027",
            "Robin gets breakfast at daycare. Dana Carer (key worker) does this.",
            "Sam Worker, social worker, phone 040 123 4567",
        ],
    };
    want.push(match (band, lang) {
        ("small", "fi") => "Tämä kirje luetaan sinulle ääneen.",
        ("small", "sv") => "Det här brevet läses högt för dig.",
        ("small", _) => "This letter is read out to you.",
        ("school", "fi") => "## Mitä sovittiin",
        ("school", "sv") => "## Det här bestämde de",
        ("school", _) => "## What was agreed",
        (_, "fi") => "Sinulla on oikeus nähdä sinua koskevat asiakirjat.",
        (_, "sv") => "Du har rätt att se handlingarna om dig.",
        _ => "You have the right to see the documents about you.",
    });
    want
}

#[test]
fn each_age_band_in_each_language_in_short_sentences() {
    for (band, born, most) in BANDS {
        for lang in ["fi", "sv", "en"] {
            let env = case(born, lang);
            let run = letter(&env);
            assert_eq!(run.code, 0, "{band} {lang}: {}", run.stderr);
            let text = body(&run.stdout);
            for want in expected(band, lang) {
                assert!(text.contains(want), "{band} {lang}: no {want:?} in\n{text}");
            }
            // Only the teenager's letter speaks of their rights; only the
            // small child's is read aloud.
            let rights = [
                "## Sinun oikeutesi",
                "## Dina rättigheter",
                "## Your rights",
            ];
            assert_eq!(
                rights.iter().any(|r| text.contains(r)),
                *band == "teen",
                "{band} {lang}"
            );
            let longest = sentences(text).into_iter().max().unwrap();
            assert!(
                longest.0 <= *most,
                "{band} {lang}: a sentence of {} words (at most {most}): {:?}",
                longest.0,
                longest.1
            );
        }
    }
}

#[test]
fn every_kind_of_meeting_in_short_sentences() {
    // A school meeting, and a family group conference where no agreed
    // action names the child: the letter says who will tell them (S2 of
    // the native review), the small child's that the adults will.
    let school = edit(&meeting(), "kind: daycare", "kind: school");
    for (kind, text, says) in [
        (
            "school",
            school.as_str(),
            ["koulussa", "i skolan", "at school"],
        ),
        (
            "family-group-conference",
            FGC,
            [
                "Uncle Lee ja Pat Parent kertovat sinulle, mitä sovittiin.",
                "Uncle Lee och Pat Parent berättar för dig vad de vuxna bestämde.",
                "Uncle Lee and Pat Parent will tell you what was agreed.",
            ],
        ),
    ] {
        for (band, born, most) in BANDS {
            for (lang, said) in ["fi", "sv", "en"].into_iter().zip(says) {
                let env = case(born, lang);
                env.meeting(MEETING, &localised(text, lang));
                let run = letter(&env);
                assert_eq!(run.code, 0, "{kind} {band} {lang}: {}", run.stderr);
                let body = body(&run.stdout);
                // The small child's letter does not name places, nor who
                // tells them.
                let said = match (kind, *band, lang) {
                    ("family-group-conference", "small", "fi") => {
                        "Aikuiset kertovat sinulle, mitä sovittiin."
                    }
                    ("family-group-conference", "small", "sv") => {
                        "De vuxna berättar för dig vad de bestämde."
                    }
                    ("family-group-conference", "small", _) => {
                        "The adults will tell you what was agreed."
                    }
                    _ => said,
                };
                if !(kind == "school" && *band == "small") {
                    assert!(body.contains(said), "{kind} {band} {lang}:\n{body}");
                }
                let longest = sentences(body).into_iter().max().unwrap();
                assert!(
                    longest.0 <= *most,
                    "{kind} {band} {lang}: {} words: {:?}",
                    longest.0,
                    longest.1
                );
            }
        }
    }
}

#[test]
fn sentence_lengths_are_measured() {
    // The measure itself: a long sentence is caught, a phone number is no
    // words, a list item is a sentence of its own.
    let text = "# Title\n\nOne two three four five six seven eight nine ten eleven twelve thirteen.\n\
                - Sam Worker, phone 040 123 4567\n";
    let counted = sentences(text);
    assert_eq!(counted.iter().max().unwrap().0, 13);
    assert!(counted.contains(&(3, "Sam Worker, phone 040 123 4567".into())));
}

#[test]
fn nothing_kept_from_the_child_or_the_family_is_in_the_letter() {
    for (band, born, _) in BANDS {
        for lang in ["fi", "sv", "en"] {
            let env = case(born, lang);
            let run = letter(&env);
            assert_eq!(run.code, 0, "{band} {lang}: {}", run.stderr);
            for word in LEFT_OUT {
                assert!(
                    !run.stdout.contains(word),
                    "{band} {lang}: {word:?} in the letter:\n{}",
                    run.stdout
                );
            }
        }
    }
    // The full memo holds them: the letter left them out, they were there.
    let env = case("2017-06-01", "en");
    let memo = env.lsk(&["render", "memo", &format!("meetings/{MEETING}"), "--stdout"]);
    assert_eq!(memo.code, 0, "{}", memo.stderr);
    for word in LEFT_OUT {
        assert!(memo.stdout.contains(word), "{word:?} not in the memo");
    }
}

#[test]
fn a_not_for_lsk_cannot_read_stops_the_letter() {
    let env = case("2017-06-01", "en");
    env.meeting(
        MEETING,
        &edit(&meeting(), "not_for: [child]", "not_for: [the kid]"),
    );
    let run = letter(&env);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("the kid"), "{}", run.stderr);
}

#[test]
fn no_letter_for_a_child_under_three_an_adult_or_without_a_birth_date() {
    for (lang, said) in [
        (
            "fi",
            "kirjettä lapselle ei tehdä alle kolmevuotiaalle: Robin on neuvottelupäivänä 2-vuotias",
        ),
        (
            "sv",
            "inget brev görs till ett barn under tre år: Robin är 2 år på mötesdagen",
        ),
        (
            "en",
            "no letter is made for a child under three: Robin is 2 on the day of the meeting",
        ),
    ] {
        let env = case("2024-06-01", lang);
        let before = env.snapshot();
        let run = env.lsk_wide(&["render", "child-letter", &format!("meetings/{MEETING}")]);
        assert_eq!(run.code, 2, "{lang}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains(said), "{lang}: {}", run.stderr);
        assert!(run.stdout.is_empty());
        assert_eq!(env.snapshot(), before, "{lang}: nothing written");
    }
    let adult = case("2006-06-01", "en");
    let run = adult.lsk_wide(&["render", "child-letter", &format!("meetings/{MEETING}")]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("Robin is 20 on the day of the meeting"),
        "{}",
        run.stderr
    );
    // S12: the Swedish words for an adult.
    let vuxen = case("2006-06-01", "sv");
    let run = vuxen.lsk_wide(&["render", "child-letter", &format!("meetings/{MEETING}")]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("inget brev görs till en vuxen: Robin är 20 år på mötesdagen och får själv minnesanteckningarna (lsk render memo --for family)"),
        "{}",
        run.stderr
    );
    let unknown = case("2017-06-01", "fi");
    unknown.write(
        "lsk.yaml",
        &unknown.read("lsk.yaml").replace("  born: 2017-06-01\n", ""),
    );
    let run = unknown.lsk_wide(&["render", "child-letter", &format!("meetings/{MEETING}")]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("lapsen syntymäaikaa ei ole"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_letter_is_written_beside_the_memo_and_only_after_a_complete_meeting() {
    let env = case("2017-06-01", "fi");
    let dir = format!("meetings/{MEETING}");
    let run = env.lsk(&["render", "child-letter", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), format!("{dir}/child-letter.md"));
    let written = env.read(&format!("{dir}/child-letter.md"));
    assert!(written.starts_with("**Salassa pidettävä (JulkL 24.1 § 25 k)**"));
    assert!(written.contains("# Kirje sinulle, Robin"));
    // As a print page too.
    let html = env.lsk(&["render", "child-letter", &dir, "--html"]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    assert!(
        env.read(&format!("{dir}/child-letter.html"))
            .contains("Kirje sinulle, Robin")
    );
    // What was agreed is not complete without a summary: no letter, unless
    // a draft.
    env.meeting(MEETING, &drop_key(&meeting(), "summary"));
    let refused = env.lsk(&["render", "child-letter", &dir, "--stdout"]);
    assert_eq!(refused.code, 1, "{}", refused.stdout);
    assert!(
        refused.stderr.contains("lsk render child-letter"),
        "{}",
        refused.stderr
    );
    let draft = env.lsk(&["render", "child-letter", &dir, "--stdout", "--draft"]);
    assert_eq!(draft.code, 0, "{}", draft.stderr);
    assert!(draft.stdout.contains("LUONNOS"));
}

#[test]
fn the_checklist_says_who_hands_the_letter_over() {
    let dir = format!("meetings/{MEETING}");
    for (born, lang, line) in [
        (
            "2017-06-01",
            "en",
            "Dana Carer gives it to the child within a week, together with another adult the child knows well",
        ),
        (
            "2017-06-01",
            "fi",
            "Sen antaa viikon kuluessa Dana Carer yhdessä toisen lapselle tutun aikuisen",
        ),
        (
            "2017-06-01",
            "sv",
            "Dana Carer ger barnet brevet inom en vecka tillsammans med en annan vuxen",
        ),
        ("2021-06-01", "fi", "ja he lukevat sen lapselle ääneen."),
        ("2017-06-01", "fi", "ja he lukevat sen lapsen kanssa."),
        ("2021-06-01", "sv", "och de läser det högt för barnet."),
        (
            "2017-06-01",
            "sv",
            "och de läser det tillsammans med barnet.",
        ),
        ("2021-06-01", "en", "and they read it aloud to the child."),
        (
            "2024-06-01",
            "en",
            "No letter is made for a child under three: the adults tell the child about what was agreed in their own way.",
        ),
        (
            "2024-06-01",
            "fi",
            "Alle kolmevuotiaalle ei tehdä kirjettä: aikuiset kertovat hänelle sovituista asioista omalla tavallaan.",
        ),
    ] {
        let env = case(born, lang);
        let run = env.lsk(&["render", "child-checklist", &dir, "--stdout"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains(line), "{lang} {born}:\n{}", run.stdout);
    }
}

#[test]
fn the_browser_offers_the_letter_once_the_meeting_is_held() {
    let env = case("2017-06-01", "en");
    env.meeting(
        "2026-12-15-daycare",
        &edit(&meeting(), "date: 2026-11-10", "date: 2026-12-15"),
    );
    let server = env.server_with(&[], &[("LSK_TODAY", TODAY)]);
    let cookie = server.cookie();
    let held = server.get(&format!("/c/0/m/{MEETING}"), &cookie);
    assert!(held.starts_with("HTTP/1.1 200"), "{held}");
    assert!(held.contains("data-doc=\"child-letter\""), "{held}");
    assert!(held.contains("Letter to the child"));
    let coming = server.get("/c/0/m/2026-12-15-daycare", &cookie);
    assert!(coming.starts_with("HTTP/1.1 200"), "{coming}");
    assert!(coming.contains("data-doc=\"memo\""));
    assert!(!coming.contains("data-doc=\"child-letter\""), "{coming}");
    // Its preview is the letter, through the child's view.
    let preview = server.get(&format!("/c/0/m/{MEETING}/doc/child-letter"), &cookie);
    assert!(preview.starts_with("HTTP/1.1 200"), "{preview}");
    assert!(preview.contains("A letter for you, Robin"), "{preview}");
    assert!(preview.contains("Robin gets breakfast at daycare"));
    // What `lsk render child-letter` tells the worker, the page tells too.
    assert!(
        preview.contains("<p class=\"letter-note\" role=\"note\" lang=\"en\">The letter to the child quotes an agreed action as written: “Robin gets breakfast at daycare”. Read it before the letter is handed over"),
        "{preview}"
    );
    for word in LEFT_OUT {
        assert!(!preview.contains(word), "{word:?} in the preview");
    }
}

#[test]
fn the_letters_as_files_to_review() {
    // tests/golden/child-letter-*.md: every band of a daycare meeting, and
    // a school meeting and a family group conference for a school child,
    // in each language, for the native readers' review.
    let school = edit(&meeting(), "kind: daycare", "kind: school");
    let cases: &[(&str, &str, &[usize])] = &[
        ("daycare", &meeting(), &[0, 1, 2]),
        ("school", &school, &[1]),
        ("family-group-conference", FGC, &[1]),
    ];
    for (kind, text, bands) in cases {
        for &b in *bands {
            let (band, born, _) = BANDS[b];
            for lang in ["fi", "sv", "en"] {
                let env = case(born, lang);
                env.meeting(MEETING, &localised(text, lang));
                let run = letter(&env);
                assert_eq!(run.code, 0, "{kind} {band} {lang}: {}", run.stderr);
                crate::golden::golden(
                    &format!("child-letter-{kind}-{band}-{lang}.md"),
                    &run.stdout,
                );
            }
        }
    }
}

/// `lsk render child-letter`, written to its file, in `lang`: what it
/// said on stderr, and the letter.
fn written(env: &Env) -> (Run, String) {
    let run = env.lsk_wide(&["render", "child-letter", &format!("meetings/{MEETING}")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = env.read(&format!("meetings/{MEETING}/child-letter.md"));
    (run, text)
}

#[test]
fn every_action_the_letter_quotes_is_named_for_the_worker() {
    // The native review of issue 24, M1: a quoted action speaks of the
    // child in the third person and may say what the child is not to be
    // told, short or long; its words are counted only when over the
    // band's most.
    let long = "Robin gets breakfast at daycare every morning before nine o'clock";
    for (lang, born, action, said, count) in [
        (
            "en",
            "2017-06-01",
            "Robin gets breakfast at daycare",
            "the letter to the child quotes an agreed action as written: “Robin gets breakfast at daycare”. Read it before the letter is handed over: put it in words the child understands, speaking to the child as “you”, and leave out what it was not agreed to tell the child",
            None,
        ),
        (
            "en",
            "2021-06-01",
            long,
            "the letter to the child quotes an agreed action as written: “Robin gets breakfast at daycare every morning before nine o'clock” (10 words; at most 8 for this age). Read it",
            Some("10 words"),
        ),
        (
            "fi",
            "2021-06-01",
            "Isä ei saa hakea Robinia päiväkodista",
            "kirje lapselle lainaa sovitun asian sellaisenaan: ”Isä ei saa hakea Robinia päiväkodista”. Lue se ennen kuin kirje annetaan: kirjoita se lapselle sopivin sanoin sinä-muodossa, ja jätä pois, mitä lapselle ei ole sovittu kerrottavaksi",
            None,
        ),
        (
            "fi",
            "2021-06-01",
            "Jos isä hakee Robinin päihtyneenä, päiväkoti ei anna Robinia hänelle ja soittaa poliisille",
            "kirje lapselle lainaa sovitun asian sellaisenaan: ”Jos isä hakee Robinin päihtyneenä, päiväkoti ei anna Robinia hänelle ja soittaa poliisille” (13 sanaa; tämän ikäiselle enintään 8). Lue se",
            Some("13 sanaa"),
        ),
        (
            "sv",
            "2017-06-01",
            "Robin äter frukost på daghemmet",
            "brevet till barnet citerar det överenskomna som det står: ”Robin äter frukost på daghemmet”. Läs det innan brevet ges: skriv om det med ord som barnet förstår, i du-form, och stryk det som man inte har kommit överens om att berätta för barnet",
            None,
        ),
        (
            "sv",
            "2021-06-01",
            "Robin äter frukost på daghemmet varje morgon före klockan nio",
            "”Robin äter frukost på daghemmet varje morgon före klockan nio” (10 ord; för den här åldern högst 8). Läs det",
            Some("10 ord"),
        ),
    ] {
        let env = case(born, lang);
        env.meeting(
            MEETING,
            &localised(
                &edit(&meeting(), "Robin gets breakfast at daycare", action),
                lang,
            ),
        );
        let (run, text) = written(&env);
        assert!(run.stderr.contains(said), "{lang} {born}: {}", run.stderr);
        match count {
            Some(c) => assert!(run.stderr.contains(c), "{}", run.stderr),
            None => assert!(
                !run.stderr.contains(&format!("{action}” (")),
                "{lang}: {}",
                run.stderr
            ),
        }
        // The letter is written all the same: the worker reads it first.
        assert!(text.contains(action), "{text}");
        // An action the letter does not quote is not named.
        assert!(!run.stderr.contains("Morning chart"), "{}", run.stderr);
    }
}

#[test]
fn a_letter_that_quotes_nothing_agreed_says_so_and_names_who_tells() {
    // M2: none of the agreed actions is the child's own or names them:
    // the worker is told; the letter names who tells the child (S2).
    for (lang, said, tells) in [
        (
            "fi",
            "kirjeessä lapselle ei ole yhtään sovittua asiaa: siihen tulevat vain asiat, joista lapsi itse vastaa tai joissa hänet mainitaan nimeltä. Kirjoita kirjeeseen lapselle sopivin sanoin, mitä häntä koskien sovittiin",
            "Pat Parent (äiti) ja Dana Carer (omahoitaja) kertovat sinulle, mitä sovittiin.",
        ),
        (
            "sv",
            "brevet till barnet tar inte upp något av det som man kom överens om: bara det som barnet själv ansvarar för eller där barnet nämns vid namn kommer med. Skriv in i brevet, med ord som barnet förstår, det som man kom överens om och som gäller barnet",
            "Pat Parent (mamma) och Dana Carer (egen pedagog) berättar för dig vad de vuxna bestämde.",
        ),
        (
            "en",
            "the letter to the child tells none of what was agreed",
            "Pat Parent (mother) and Dana Carer (key worker) will tell you what was agreed.",
        ),
    ] {
        let env = case("2017-06-01", lang);
        env.meeting(
            MEETING,
            &localised(&meeting(), lang).replace(
                localised("Robin gets breakfast at daycare", lang).as_str(),
                "Breakfast at daycare",
            ),
        );
        let (run, text) = written(&env);
        assert!(run.stderr.contains(said), "{lang}: {}", run.stderr);
        assert!(!run.stderr.contains("quotes"), "{}", run.stderr);
        assert!(text.contains(tells), "{lang}:\n{text}");
        // A letter that quotes an action gets no such notice.
        let env = case("2017-06-01", lang);
        let (run, _) = written(&env);
        assert!(!run.stderr.contains(said), "{lang}: {}", run.stderr);
    }
}

#[test]
fn a_relation_is_said_to_the_child_without_their_name_or_a_second_role() {
    // S1: "Robin's key worker, also the football coach" reads "(key
    // worker)" in the letter; a relation without the child's name in
    // front is as written.
    let env = case("2017-06-01", "en");
    env.meeting(
        MEETING,
        &edit(
            &meeting(),
            "relation: Robin's key worker",
            "relation: Robin's key worker, also the football coach",
        ),
    );
    let (_, text) = written(&env);
    assert!(text.contains("Dana Carer (key worker)"), "{text}");
    assert!(!text.contains("football"), "{text}");
    assert!(!text.contains("Robin's key"), "{text}");
    assert!(text.contains("Pat Parent (mother)"), "{text}");
}

#[test]
fn the_letter_thanks_only_a_child_who_was_heard_and_says_disagreeing_once() {
    // S3: the 12–17 letter says once that the young person may disagree;
    // S4: thanks only when the child's views are written down.
    for (lang, thanks, disagree) in [
        ("fi", "Kiitos, että kerroit ajatuksesi.", "eri mieltä"),
        (
            "sv",
            "Tack för att du berättade vad du tycker.",
            "inte håller med",
        ),
        ("en", "Thank you for saying what you think.", "disagree"),
    ] {
        let heard = localised(
            &edit(&meeting(), "child_attends: no", "child_attends: yes"),
            lang,
        );
        // The child's views kept from the child: none in the child's view.
        let unheard = edit(
            &heard,
            "child_views: Robin likes the sandpit\n",
            "child_views:\n  text: Robin likes the sandpit\n  not_for: [child]\n",
        );
        for (born, text, thanked) in [
            ("2017-06-01", &heard, true),
            ("2017-06-01", &unheard, false),
            ("2012-06-01", &heard, true),
        ] {
            let env = case(born, lang);
            env.meeting(MEETING, text);
            let (_, letter) = written(&env);
            assert_eq!(letter.contains(thanks), thanked, "{lang} {born}:\n{letter}");
            assert_eq!(
                letter.matches(disagree).count(),
                1,
                "{lang} {born}:\n{letter}"
            );
        }
    }
}

#[test]
fn a_small_childs_conference_letter_says_who_met_in_their_words() {
    // S5: ages 3–6 of a family group conference.
    for (lang, born, said) in [
        ("fi", "2021-06-01", "Sinulle tärkeät aikuiset tapasivat"),
        ("fi", "2017-06-01", "Läheisesi ja työntekijät tapasivat"),
        ("sv", "2021-06-01", "Vuxna som är viktiga för dig träffades"),
        ("sv", "2017-06-01", "Dina närstående träffades"),
        (
            "en",
            "2021-06-01",
            "Adults who matter to you met.\n\nIt was on Tuesday 10 November.",
        ),
        (
            "sv",
            "2021-06-01",
            "träffades.\n\nDet var tisdagen den 10 november.",
        ),
    ] {
        let env = case(born, lang);
        env.meeting(MEETING, &localised(FGC, lang));
        let (_, letter) = written(&env);
        assert!(letter.contains(said), "{lang} {born}:\n{letter}");
    }
}
