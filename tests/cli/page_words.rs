//! What a worker reads on the pages: meetings by their date and kind,
//! documents by their names, never a folder id, a file name or a path
//! (the new user's walk, faults 5, 6 and 10), in Finnish and Swedish.

use axum::http::StatusCode;

use crate::app::App;
use crate::common::{DAYCARE, Env, MEETING, case_yaml, edit};

/// A Finnish case with the daycare meeting of 10.11.2026.
fn finnish_case() -> Env {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-05", "fi"));
    env.meeting(MEETING, DAYCARE);
    env
}

/// The text a reader sees: the page without its tags.
fn shown(body: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&#x2f;", "/")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

const FI_NAME: &str = "10.11.2026 perheen, varhaiskasvatuksen ja lastensuojelun neuvottelu";
const SV_NAME: &str = "10.11.2026 möte mellan familjen, småbarnspedagogiken och barnskyddet";

#[test]
fn a_meeting_is_named_by_its_date_and_kind_not_its_folder() {
    let env = finnish_case();
    let app = App::new(&env);
    for (lang, name, kind) in [
        (
            "fi",
            FI_NAME,
            "Perheen, varhaiskasvatuksen ja lastensuojelun neuvottelu",
        ),
        (
            "sv",
            SV_NAME,
            "Möte mellan familjen, småbarnspedagogiken och barnskyddet",
        ),
    ] {
        // The meeting page's heading: the kind and the day.
        let page = app.get(&format!("/c/0/m/{MEETING}?lang={lang}"));
        assert_eq!(page.status, StatusCode::OK);
        let text = shown(&page.body);
        assert!(
            text.contains(&format!("{kind} 10.11.2026")),
            "{lang}: {text}"
        );
        assert!(
            !text.contains(MEETING),
            "{lang}: folder id on the meeting page: {text}"
        );
        // The case page's open actions name the meeting in words.
        let case = shown(&app.get(&format!("/c/0?lang={lang}")).body);
        assert!(case.contains("Morning chart at home"), "{case}");
        assert!(case.contains(name), "{lang}: {case}");
        assert!(
            !case.contains(MEETING),
            "{lang}: folder id on the case page: {case}"
        );
        // The meeting to follow up is chosen by its name.
        let new = app.get(&format!("/c/0/new?lang={lang}"));
        let text = shown(&new.body);
        assert!(text.contains(name), "{lang}: {text}");
        assert!(!text.contains(MEETING), "{lang}: {text}");
        assert!(
            new.body
                .contains(&format!("<option value=\"{MEETING}\">{name}")),
            "the form still sends the folder: {}",
            new.body
        );
        // The folder's name is no field of the first sight: a closed
        // details, and no English kind as its default.
        let folder = new.body.split("<details id=\"new-folder\"").nth(1).unwrap();
        assert!(folder.starts_with('>'), "closed: {folder}");
        assert!(folder.contains("id=\"new-slug\" value=\"\""), "{folder}");
        assert!(
            !text.contains("laji)") && !text.contains("typen)"),
            "{text}"
        );
        // The editing pages name the meeting in words too.
        for path in ["edit", "text"] {
            let text = shown(
                &app.get(&format!("/c/0/m/{MEETING}/{path}?lang={lang}"))
                    .body,
            );
            assert!(text.contains("10.11.2026"), "{lang} {path}: {text}");
            assert!(!text.contains(MEETING), "{lang} {path}: {text}");
        }
    }
    // A follow-up's read view names the meeting it follows in words (a
    // second walk found its folder there).
    let next = edit(
        &edit(DAYCARE, "date: 2026-11-10", "date: 2026-12-15"),
        "kind: daycare\n",
        &format!("kind: daycare\nfollows: {MEETING}\n"),
    );
    env.meeting("2026-12-15-daycare", &next);
    let app = App::new(&env);
    for (lang, name) in [("fi", FI_NAME), ("sv", SV_NAME)] {
        let text = shown(
            &app.get(&format!("/c/0/m/2026-12-15-daycare?lang={lang}"))
                .body,
        );
        assert!(text.contains(name), "{lang}: {text}");
        assert!(!text.contains(MEETING), "{lang}: {text}");
    }
}

#[test]
fn a_saved_or_stale_document_is_named_in_words_not_by_its_file() {
    let env = finnish_case();
    let app = App::new(&env);
    for (lang, saved, stale, files) in [
        (
            "fi",
            "Muistio tallennettiin.",
            "Muistio on tehty ennen neuvottelun tietojen viimeisimpiä muutoksia",
            "asiakirja on tehty ennen viimeisimpiä muutoksia",
        ),
        (
            "sv",
            "Minnesanteckningar sparades.",
            "Minnesanteckningar gjordes före de senaste ändringarna i mötets uppgifter",
            "dokumentet gjordes före de senaste ändringarna",
        ),
    ] {
        env.meeting(MEETING, DAYCARE);
        let form = format!("csrf={}&doc=memo&choice=overwrite", app.csrf());
        let r = app.post(&format!("/c/0/m/{MEETING}/render?lang={lang}"), &form);
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(env.join(&format!("meetings/{MEETING}/memo.md")).exists());
        let text = shown(&r.body);
        assert!(text.contains(saved), "{lang}: {text}");
        assert!(
            !text.contains("meetings/") && !text.contains("agenda.md"),
            "{lang}: {text}"
        );
        // The meeting changes after: the agenda is out of date, said in words.
        env.meeting(
            MEETING,
            &edit(DAYCARE, "place: Daycare Centre Lark", "place: Room 2"),
        );
        let text = shown(&app.get(&format!("/c/0/m/{MEETING}?lang={lang}")).body);
        assert!(text.contains(stale), "{lang}: {text}");
        assert!(
            text.contains(files),
            "{lang}: the rule's title in words: {text}"
        );
        for file in ["memo.md", "meeting.md"] {
            assert!(!text.contains(file), "{lang}: {file} on the page: {text}");
        }
    }
}

#[test]
fn the_new_case_form_names_no_file_and_findings_start_as_sentences() {
    let env = finnish_case();
    // Who prepared the child is missing: the finding, which the command
    // line starts in lower case, stands as a sentence after its label.
    env.meeting(MEETING, &edit(DAYCARE, "  by: Dana Carer\n", ""));
    let app = App::new(&env);
    for (lang, upper, lower) in [
        ("fi", "Lasta (5 v) ei ole valmennettu", "lasta (5 v)"),
        ("sv", "Barnet (5 år) är inte förberett", "barnet (5 år)"),
    ] {
        let text = shown(&app.get(&format!("/new-case?lang={lang}")).body);
        assert!(!text.contains("lsk.yaml"), "{lang}: {text}");
        let text = shown(&app.get(&format!("/c/0/m/{MEETING}?lang={lang}")).body);
        assert!(text.contains(upper), "{lang}: {text}");
        assert!(!text.contains(lower), "{lang}: {text}");
    }
}

#[test]
fn a_birth_date_lsk_cannot_read_is_refused_in_a_sentence_on_the_details_form() {
    let env = finnish_case();
    let app = App::new(&env);
    let before = env.read("lsk.yaml");
    for (lang, says) in [
        (
            "fi",
            "Syntymäaikaa ”maaliskuu 2021” ei voi käyttää: kirjoita VVVV, VVVV-KK tai VVVV-KK-PP.",
        ),
        (
            "sv",
            "Födelsedatumet ”maaliskuu 2021” kan inte användas: skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.",
        ),
    ] {
        let page = app.get(&format!("/c/0/details?lang={lang}"));
        assert_eq!(page.status, StatusCode::OK);
        let hash = page
            .body
            .split("name=\"hash\" value=\"")
            .nth(1)
            .and_then(|h| h.split('"').next())
            .unwrap_or_default()
            .to_owned();
        let form = format!(
            "csrf={}&hash={hash}&child=Robin&born=maaliskuu%202021&worker=Sam%20Worker",
            app.csrf()
        );
        let r = app.post(&format!("/c/0/details?lang={lang}"), &form);
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        let text = shown(&r.body);
        assert!(text.contains(says), "{lang}: {text}");
        assert!(!text.contains("`maaliskuu"), "{lang}: {text}");
        assert_eq!(env.read("lsk.yaml"), before, "nothing written");
    }
}

/// A used start address, asked for without the cookie, is explained in
/// the case's language whatever the browser asks for (a Finnish worker's
/// browser may well be set to English); the browser's language only where
/// lsk.yaml names none that the folder's cases share.
#[test]
fn a_used_start_address_is_explained_in_the_cases_language_else_the_browsers() {
    let env = finnish_case();
    let app = App::new(&env);
    let host = format!("127.0.0.1:{}", crate::app::PORT);
    let token = format!("/?token={}", app.state.token);
    let r = app.get_with(&token, &[("host", &host)]);
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for asked in [
        "sv-FI,sv;q=0.9,en;q=0.5",
        "fi-FI,fi;q=0.9",
        "en-GB,en;q=0.9",
    ] {
        let r = app.get_with(&token, &[("host", &host), ("accept-language", asked)]);
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let text = shown(&r.body);
        assert!(
            text.contains("Tämä avausosoite on jo käytetty"),
            "{asked}: {text}"
        );
    }
    // A team whose cases are in Finnish and Swedish: the browser's.
    let team = Env::new();
    team.write("aino/lsk.yaml", &case_yaml("2021-05", "fi"));
    team.write("alva/lsk.yaml", &case_yaml("2019-02", "sv"));
    let app = App::new(&team);
    let token = format!("/?token={}", app.state.token);
    let r = app.get_with(&token, &[("host", &host)]);
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for (asked, says) in [
        (
            "sv-FI,sv;q=0.9,en;q=0.5",
            "Den här adressen har redan använts",
        ),
        ("fi-FI,fi;q=0.9", "Tämä avausosoite on jo käytetty"),
        (
            "en-GB,en;q=0.9",
            "This opening address has already been used",
        ),
    ] {
        let r = app.get_with(&token, &[("host", &host), ("accept-language", asked)]);
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let text = shown(&r.body);
        assert!(text.contains(says), "{asked}: {text}");
    }
}

/// The page a browser without the cookie gets ("not signed in", and
/// "Open lsk again" pressed) is in the language of the folder's cases as
/// lsk.yaml names it, not the browser's: a Finnish case, a Swedish case,
/// a team all of whose cases are Finnish. It tells nothing of a case but
/// that language: no child's name, no worker, no meeting.
#[test]
fn the_page_without_the_cookie_is_in_the_cases_language_not_the_browsers() {
    let host = format!("127.0.0.1:{}", crate::app::PORT);
    let origin = format!("http://{host}");
    let finnish_team = Env::new();
    for (name, born) in [("aino", "2021-05"), ("eetu", "2019-02")] {
        finnish_team.write(&format!("{name}/lsk.yaml"), &case_yaml(born, "fi"));
        finnish_team.write(&format!("{name}/meetings/{MEETING}/meeting.md"), DAYCARE);
    }
    let swedish = Env::new();
    swedish.write("lsk.yaml", &case_yaml("2021-05", "sv"));
    swedish.meeting(MEETING, DAYCARE);
    for (env, lang, says, opened) in [
        (
            &finnish_case(),
            "fi",
            "Tämä selain ei ole nyt kirjautunut lsk:hon.",
            "lsk kirjoitti uuden avausosoitteen",
        ),
        (
            &swedish,
            "sv",
            "Den här webbläsaren är inte inloggad i lsk just nu.",
            "lsk skrev en ny adress",
        ),
        (
            &finnish_team,
            "fi",
            "Tämä selain ei ole nyt kirjautunut lsk:hon.",
            "lsk kirjoitti uuden avausosoitteen",
        ),
    ] {
        let app = App::new(env);
        for path in ["/", "/c/0", &format!("/c/0/m/{MEETING}")] {
            let r = app.get_with(
                path,
                &[("host", &host), ("accept-language", "en-US,en;q=0.9")],
            );
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{path}");
            assert!(
                r.body.contains(&format!("<html lang=\"{lang}\">")),
                "{lang} {path}: {}",
                r.body
            );
            let text = shown(&r.body);
            assert!(text.contains(says), "{lang} {path}: {text}");
            for private in [
                "Robin",
                "Sam Worker",
                "Pat Parent",
                "Daycare Centre Lark",
                "2021",
            ] {
                assert!(!text.contains(private), "{private} told: {text}");
            }
        }
        // "Open lsk again", pressed on that page: answered in that language.
        let r = app.send(
            axum::http::Request::post("/door")
                .header("host", &host)
                .header("origin", &origin)
                .header("accept-language", "en-US,en;q=0.9")
                .body(axum::body::Body::empty())
                .unwrap(),
        );
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(
            r.body.contains(&format!("<html lang=\"{lang}\">")),
            "{lang}: {}",
            r.body
        );
        assert!(shown(&r.body).contains(opened), "{}", r.body);
    }
}

#[test]
fn lsks_window_says_to_keep_it_open_in_the_cases_language() {
    for (lang, line) in [
        ("fi", "Pidä tämä ikkuna auki, kun käytät lsk:ta selaimessa."),
        (
            "sv",
            "Låt det här fönstret vara öppet medan du använder lsk i webbläsaren.",
        ),
    ] {
        let env = Env::new();
        env.write("lsk.yaml", &case_yaml("2021-05", lang));
        env.meeting(MEETING, DAYCARE);
        let server = env.server_with(&[], &[]);
        assert!(
            server.stderr().contains(line),
            "{lang}: {}",
            server.stderr()
        );
        assert!(
            server.url.contains("/?token="),
            "the address still first on its own line"
        );
    }
}

#[test]
fn a_copy_on_the_case_page_is_named_by_its_reader_not_its_file() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-05", "fi"));
    let meeting = DAYCARE
        .replace(
            "    relation: Robin's key worker\n",
            "    relation: Robin's key worker\n    organisation: Päiväkoti Satakieli\n",
        )
        .replace(
            "  recipients: [daycare]\n",
            "  recipients: [Päiväkoti Satakieli]\n",
        );
    env.meeting(MEETING, &meeting);
    let app = App::new(&env);
    let r = app.post(
        &format!("/c/0/m/{MEETING}/render?for=paivakoti-satakieli"),
        &format!("csrf={}&doc=memo&choice=overwrite", app.csrf()),
    );
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        env.join(&format!("meetings/{MEETING}/memo.paivakoti-satakieli.md"))
            .exists()
    );
    for (lang, title, log) in [
        (
            "fi",
            "Muistio, kopio: Päiväkoti Satakieli",
            "Kenelle tietoja on luovutettu",
        ),
        (
            "sv",
            "Minnesanteckningar, kopia: Päiväkoti Satakieli",
            "Till vem uppgifter har lämnats ut",
        ),
    ] {
        let text = shown(&app.get(&format!("/c/0?lang={lang}")).body);
        // The meetings and their documents, above the disclosure log
        // (which another change names in words).
        let meetings = text.split(log).next().unwrap_or_default();
        assert!(meetings.contains(title), "{lang}: {text}");
        assert!(!meetings.contains("paivakoti-satakieli"), "{lang}: {text}");
    }
}

/// The one case's language for the pages without the cookie is read from
/// its lsk.yaml once and kept until a file changes, as a team's is: a tab
/// polling without the cookie does not read lsk.yaml on every request. A
/// change the server has not seen (the same size and time, under polling)
/// leaves the answer as it was; once seen, the new language is used.
#[test]
fn the_single_cases_language_without_the_cookie_is_kept_until_a_file_changes() {
    let env = finnish_case();
    let root = env.path().canonicalize().unwrap();
    let app = App::watching(&root, lsk::serve::live::Watch::Poll);
    let host = format!("127.0.0.1:{}", crate::app::PORT);
    let lang_of = || {
        let r = app.get_with("/", &[("host", &host)]);
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        ["fi", "sv", "en"]
            .into_iter()
            .find(|l| r.body.contains(&format!("<html lang=\"{l}\">")))
            .unwrap_or_else(|| panic!("{}", r.body))
    };
    assert_eq!(lang_of(), "fi");
    // Swedish now, written over it in the same size and with its time.
    let file = root.join("lsk.yaml");
    let when = std::fs::metadata(&file).unwrap().modified().unwrap();
    let from = app.changes();
    std::fs::write(&file, case_yaml("2021-05", "sv")).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(when)
        .unwrap();
    let said = lang_of();
    if app.changes() != from {
        // The poll looked between the write and the time set back (a
        // window of microseconds in its two seconds): nothing to tell.
        eprintln!("the change was seen: the test cannot tell this time");
        return;
    }
    assert_eq!(said, "fi", "kept: no change was seen");
    // A change seen: read again.
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(when + std::time::Duration::from_secs(5))
        .unwrap();
    app.changed_since(from);
    assert_eq!(lang_of(), "sv");
}
