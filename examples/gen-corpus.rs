//! Generates a synthetic team repository of fictional case folders for
//! benchmarks: `cargo run --release --example gen-corpus -- OUT CASES MEETINGS_PER_CASE`.
//!
//! Every meeting kind appears; a known share of meetings carry known
//! problems (printed at the end, and written to OUT/expected.txt), so a run
//! of `lsk check` over the corpus can be checked for the right counts.
//! The output is the same for the same arguments (a fixed-seed generator).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

const FIRST: &[&str] = &[
    "Aino", "Eetu", "Mikael", "Elsa", "Onni", "Helmi", "Leo", "Venla", "Eino", "Siiri", "Niilo",
    "Lilja", "Väinö", "Isla", "Toivo", "Kerttu",
];
const ADULT_FIRST: &[&str] = &[
    "Sanna", "Pekka", "Outi", "Johanna", "Marja", "Jukka", "Leena", "Tiina", "Riikka", "Mikko",
    "Hanna", "Anna", "Kaisa", "Heikki", "Raili", "Jari", "Petra", "Karin", "Maria", "Erik",
];
// Separate surnames for each role, so two roles never share a name by chance.
const FAMILIES: &[&str] = &[
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Hämäläinen",
    "Koskinen",
    "Järvinen",
];
const WORKERS: &[&str] = &["Virtanen", "Laine", "Heikkinen", "Niemi"];
const CONVENERS: &[&str] = &["Rantanen", "Lindqvist", "Aalto"];
const CARERS: &[&str] = &[
    "Mäkelä", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
];
const GOALS: &[&str] = &[
    "Sovitaan, miten päiväkoti tukee lapsen arkea ja miten tietoa vaihdetaan perheen kanssa.",
    "Kootaan yhteinen kuva koulunkäynnistä ja sovitaan, miten poissaoloihin tartutaan.",
    "Läheiset laativat suunnitelman siitä, miten he tukevat lapsen arkea.",
    "Arvioidaan, miten suunnitelma on toiminut, ja muutetaan sitä tarvittaessa.",
];
const KINDS: [&str; 4] = [
    "daycare",
    "school",
    "family-group-conference",
    "fgc-follow-up",
];
const NOTES: &str = "Keskustelussa käytiin läpi lapsen arki kotona ja päivähoidossa. \
Vanhemmat kertoivat aamujen kiireestä ja siitä, miten iltarutiinit ovat muuttuneet. \
Päiväkodin työntekijä kuvasi lapsen leikkiä ja kaverisuhteita. Sovittiin, että \
seuraavassa tapaamisessa palataan muistioon ja arvioidaan, miten sovitut asiat ovat \
toteutuneet.\n";

/// A small fixed-seed generator (SplitMix64): reproducible, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[derive(Default)]
struct Expected {
    meetings: usize,
    missing_goal: usize,
    double_assurance: usize,
    unknown_field: usize,
    action_owner: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen-corpus OUT CASES MEETINGS_PER_CASE";
    let [out, cases, per_case] = args.as_slice() else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let (Ok(cases), Ok(per_case)) = (cases.parse::<usize>(), per_case.parse::<usize>()) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let out = Path::new(out);
    let mut rng = Rng(0x5EED);
    let mut expected = Expected::default();
    for c in 0..cases {
        let child = rng.pick(FIRST);
        let family = rng.pick(FAMILIES);
        let worker = format!("{} {}", rng.pick(ADULT_FIRST), rng.pick(WORKERS));
        let case_dir = out.join(format!("team-{:02}", c % 20)).join(format!(
            "{}-{c:05}",
            child.to_lowercase().replace(['ä', 'ö'], "a")
        ));
        fs::create_dir_all(case_dir.join("meetings")).expect("create case");
        let born_year = 2010 + (rng.next() % 15) as i32;
        fs::write(
            case_dir.join("lsk.yaml"),
            format!(
                "child:\n  name: {child}\n  born: {born_year}-{:02}\nresponsible_worker: {worker}\norganisation: Lapsiperheiden sosiaalityö\ncontact:\n  phone: 09 310 10000\nlanguage: fi\nstage: client\n",
                1 + rng.next() % 12
            ),
        )
        .expect("write lsk.yaml");
        let mut previous = String::new();
        // Who took part in the conference before: its follow-up invites them
        // (`follow-up-invitees`).
        let mut people: Option<[String; 3]> = None;
        for m in 0..per_case {
            let n = c * per_case + m;
            // Kinds cycle within a case, so a follow-up always follows the
            // conference just before it.
            let kind = KINDS[m % 4];
            let date = format!("2025-{:02}-{:02}", 1 + (m / 28) % 12, 1 + m % 28);
            let name = format!("{date}-{kind}-{m}");
            let follows = (kind == "fgc-follow-up").then(|| previous.clone());
            previous = name.clone();
            let (text, took_part) = meeting(
                &mut rng,
                kind,
                &date,
                follows.as_deref(),
                people.as_ref().filter(|_| follows.is_some()),
                &worker,
                child,
                family,
                n,
                &mut expected,
            );
            people = Some(took_part);
            let dir = case_dir.join("meetings").join(&name);
            fs::create_dir_all(&dir).expect("create meeting");
            fs::write(dir.join("meeting.md"), text).expect("write meeting");
            expected.meetings += 1;
        }
    }
    let summary = format!(
        "meetings {}\nmissing goal (missing-field goal) {}\nsingle informant (double-assurance) {}\nmisspelt key gaol (unknown-field) {}\naction without owner (action-owner) {}\n",
        expected.meetings,
        expected.missing_goal,
        expected.double_assurance,
        expected.unknown_field,
        expected.action_owner
    );
    fs::write(out.join("expected.txt"), &summary).expect("write expected.txt");
    print!("{summary}");
}

#[allow(clippy::too_many_arguments)]
fn meeting(
    rng: &mut Rng,
    kind: &str,
    date: &str,
    follows: Option<&str>,
    same_people: Option<&[String; 3]>,
    worker: &str,
    child: &str,
    family: &str,
    n: usize,
    expected: &mut Expected,
) -> (String, [String; 3]) {
    let fgc = kind == "family-group-conference" || kind == "fgc-follow-up";
    let convener = format!("{} {}", rng.pick(ADULT_FIRST), rng.pick(CONVENERS));
    let parent = format!("{} {family}", rng.pick(ADULT_FIRST));
    let carer = format!("{} {}", rng.pick(ADULT_FIRST), rng.pick(CARERS));
    // A follow-up's people are the conference's (drawn all the same, so the
    // rest of the corpus stays as it was).
    let [convener, parent, carer] = match same_people {
        Some(p) => p.clone(),
        None => [convener, parent, carer],
    };
    let chair = if fgc { &convener } else { worker };
    let goal = GOALS[n % GOALS.len()];
    let mut t = String::with_capacity(3000);
    let _ = writeln!(t, "---\nkind: {kind}");
    if let Some(follows) = follows {
        let _ = writeln!(t, "follows: {follows}");
    }
    let _ = writeln!(
        t,
        "date: {date}\ntime: 13:00\nduration_min: 90\nplace: Perhekeskus, neuvotteluhuone 2"
    );
    // Known problems, each in a known share of meetings.
    if n % 10 == 3 {
        expected.missing_goal += 1;
    } else if n % 50 == 7 {
        expected.unknown_field += 1;
        expected.missing_goal += 1;
        let _ = writeln!(t, "gaol: {goal}");
    } else {
        let _ = writeln!(t, "goal: {goal}");
    }
    let _ = writeln!(
        t,
        "invited_by: {chair}\nchair: {chair}\nnote_taker: {worker}\nchild_support_person: {carer}\ninvitees:"
    );
    if fgc {
        let _ = writeln!(
            t,
            "  - name: {convener}\n    role: convener\n    relation: ulkopuolinen koollekutsuja"
        );
    }
    let _ = writeln!(
        t,
        "  - name: {worker}\n    role: social-worker\n    organisation: Lastensuojelu\n    relation: vastuusosiaalityöntekijä\n  - name: {parent}\n    role: parent\n    relation: vanhempi\n    guardian: true\n  - name: {carer}\n    role: {}\n    relation: lapsen tukihenkilö",
        if fgc {
            "relative"
        } else if kind == "school" {
            "school"
        } else {
            "daycare"
        }
    );
    let _ = writeln!(
        t,
        "child_attends: partly\nchild_attendance_reason: {child} on mukana alussa ja kertoo itse kuulumisensa.\nchild_preparation:\n  by: {carer}\n  told_who_is_coming: yes\n  told_topics: yes\n  child_wants_to_talk_about: Kaverit ja harrastukset.\n  child_wants_adults_to_discuss: Aamut ja kotimatkat."
    );
    let _ = writeln!(
        t,
        "family_views: Perhe toivoo rauhallisempia aamuja ja tietoa hyvistäkin päivistä."
    );
    if kind == "family-group-conference" {
        let _ = writeln!(t, "plan_topics:\n  - arki ja asuminen\n  - koulunkäynti");
    }
    let _ = writeln!(
        t,
        "topics:\n  - by: {parent}\n    topic: Aamujen kiire\n    discussion: Aamut ovat kiireisiä; sovittiin kuvakartasta.\n  - by: {carer}\n    topic: Väsymys iltapäivisin\n    discussion: Lepohetki siirretään aiemmaksi.\nmemo_consent:\n  given_by: [{parent}]\n  recipients: [daycare]\nchild_views: {child} kertoi pitävänsä ulkoilusta ja kavereista.\nsummary: Sovittiin aamurutiineista ja tiedonkulusta.",
    );
    if fgc && kind == "family-group-conference" {
        let _ = writeln!(
            t,
            "plan: Läheiset jakavat illat ja viikonloput vuorolistan mukaan.\nchild_wishes_in_plan: Lapsi toivoi asuvansa kotona; suunnitelma mahdollistaa sen.\nplan_evaluation: Sosiaalityöntekijä hyväksyi suunnitelman."
        );
    }
    let _ = writeln!(
        t,
        "agreed:\n  - action: Aamurutiinikaavio kotiin\n    owner: {parent}\n    due: 2026-01-15"
    );
    if n % 20 == 5 {
        expected.action_owner += 1;
        let _ = writeln!(t, "  - action: Tuloaikojen seuranta");
    } else {
        let _ = writeln!(
            t,
            "  - action: Tuloaikojen seuranta\n    owner: {carer}\n    due: 2026-02-01\n    done: true"
        );
    }
    let _ = writeln!(
        t,
        "informing_child:\n  - who: {parent}\n    how: Kotona illalla"
    );
    if n % 25 == 11 {
        expected.double_assurance += 1;
    } else {
        let _ = writeln!(t, "  - who: {carer}\n    how: Seuraavana päivänä");
    }
    let _ = writeln!(
        t,
        "evaluation: Keskustelu oli avointa ja kaikki tulivat kuulluiksi.\nnext_meeting: 2026-03-01\n---\n\n## Muistiinpanot\n"
    );
    for _ in 0..(1 + rng.next() % 3) {
        t.push_str(NOTES);
    }
    (t, [convener, parent, carer])
}
