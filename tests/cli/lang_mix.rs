//! A document made in another language than its case's (the review of
//! 2026-12, M11): lsk's fixed texts in the chosen language around content
//! written in the case's. The document says what language its content is
//! in, and the worker is told, in the case's language, that it is not a
//! translation and how to make one: on the command line (`lsk render
//! --lang`) and on the document's page (another page language).

use crate::app::App;
use crate::common::{DAYCARE, Env, MEETING, case_yaml};

fn finnish_case() -> Env {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    env.meeting(MEETING, DAYCARE);
    env
}

const FI_WARNING: &str = "Asiakirjan vakiotekstit ovat ruotsiksi, mutta kokouksen tiedot on kirjoitettu suomeksi: asiakirja on kahdella kielellä eikä ole käännös";

#[test]
fn render_in_another_language_says_so_in_the_document_and_warns_in_the_cases_language() {
    let env = finnish_case();
    let dir = format!("meetings/{MEETING}");
    // Swedish frame, Finnish case: the line in Swedish, the warning in Finnish.
    let run = env.lsk(&[
        "render",
        "agenda",
        &dir,
        "--lang",
        "sv",
        "--today",
        "2026-11-07",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains(FI_WARNING), "{}", run.stderr);
    assert!(
        run.stderr.contains("ilman valintaa --lang"),
        "{}",
        run.stderr
    );
    let agenda = env.read(&format!("{dir}/agenda.md"));
    assert!(
        agenda.contains("*Innehållet är skrivet på finska.*"),
        "{agenda}"
    );
    // The memo, its copy and the print page carry it too.
    let run = env.lsk(&[
        "render", "memo", &dir, "--lang", "en", "--for", "daycare", "--html",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Asiakirjan vakiotekstit ovat englanniksi"),
        "{}",
        run.stderr
    );
    let copy = env.read(&format!("{dir}/memo.daycare.html"));
    assert!(
        copy.contains("<p class=\"content-lang\"><em>The content is written in Finnish.</em></p>"),
        "{copy}"
    );
    // In the case's own language, asked for or not: no line, no warning.
    for args in [vec![], vec!["--lang", "fi"]] {
        let mut all = vec![
            "render",
            "agenda",
            dir.as_str(),
            "--stdout",
            "--today",
            "2026-11-07",
        ];
        all.extend(args);
        let run = env.lsk(&all);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(!run.stderr.contains("vakiotekstit"), "{}", run.stderr);
        assert!(
            !run.stdout.contains("Sisältö on kirjoitettu"),
            "{}",
            run.stdout
        );
        assert!(
            !run.stdout.contains("Innehållet är skrivet"),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn a_swedish_case_in_finnish_is_told_in_swedish() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "sv"));
    env.meeting(MEETING, DAYCARE);
    let run = env.lsk(&[
        "render",
        "invitation",
        &format!("meetings/{MEETING}"),
        "--lang",
        "fi",
        "--stdout",
        "--today",
        "2026-11-07",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("*Sisältö on kirjoitettu ruotsiksi.*"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains(
            "Handlingens fasta texter är på finska, men mötets uppgifter är skrivna på svenska"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn the_document_page_in_another_language_warns_in_the_cases_language() {
    let env = finnish_case();
    let app = App::new(&env);
    let page = app.get(&format!("/c/0/m/{MEETING}/doc/memo?lang=sv"));
    assert_eq!(page.status, axum::http::StatusCode::OK, "{}", page.body);
    let body = &page.body;
    assert!(
        body.contains("class=\"mixed-lang\" role=\"note\" lang=\"fi\""),
        "{body}"
    );
    assert!(body.contains(FI_WARNING), "{body}");
    assert!(body.contains("kun sivun kieleksi valitaan suomi"), "{body}");
    assert!(
        !body.contains("--lang"),
        "no command-line words on a page: {body}"
    );
    assert!(body.contains("Innehållet är skrivet på finska."), "{body}");
    // The page in the case's language: nothing of it.
    let page = app.get(&format!("/c/0/m/{MEETING}/doc/memo?lang=fi"));
    assert_eq!(page.status, axum::http::StatusCode::OK);
    assert!(!page.body.contains("mixed-lang"), "{}", page.body);
    assert!(
        !page.body.contains("Sisältö on kirjoitettu"),
        "{}",
        page.body
    );
}
