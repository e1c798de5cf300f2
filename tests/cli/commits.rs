//! Every change lsk makes is a commit when the case is in git (issue 23):
//! real git repositories, the real `lsk` binary and the server's router.
//! Each writer makes one commit with the worker as author, a message in
//! the case's language naming the child, the meeting and what changed,
//! and only the files lsk wrote (the worker's other staged change stays
//! staged); `--no-commit` and `git config lsk.commit false` turn it off;
//! no author, no commit (and the message says how); the hook's guard
//! refuses what it refuses; outside git, nothing changes.

use std::path::Path;
use std::process::Command;

use axum::http::StatusCode;

use crate::app::App;
use crate::common::{Env, case_yaml};
use crate::serve_edit::{form, set, with_op};

/// git in `dir`, with no user's or system's configuration: only the
/// repository's own says who the worker is.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A case in `lang` at the root of a new repository with one commit and
/// `Sanna Virtanen` as the repository's worker.
fn repo_case(lang: &str) -> Env {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-05", lang));
    let dir = env.path();
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["config", "user.name", "Sanna Virtanen"]);
    git(dir, &["config", "user.email", "sanna.virtanen@example.org"]);
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", "start"]);
    env
}

/// `lsk ARGS` in the case with no user's or system's git configuration.
fn lsk(env: &Env, args: &[&str]) -> crate::common::Run {
    env.lsk_with(
        env.path(),
        args,
        &[
            ("GIT_CONFIG_GLOBAL", "/dev/null"),
            ("GIT_CONFIG_NOSYSTEM", "1"),
        ],
    )
}

fn commits(env: &Env) -> usize {
    git(env.path(), &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .unwrap()
}

/// The last commit: `author name <email>`, its subject, the files in it.
fn last(env: &Env) -> (String, String, Vec<String>) {
    let head = git(env.path(), &["log", "-1", "--format=%an <%ae>%n%s"]);
    let mut lines = head.lines();
    let author = lines.next().unwrap_or_default().to_owned();
    let subject = lines.next().unwrap_or_default().to_owned();
    let files = git(env.path(), &["show", "--name-only", "--format=", "HEAD"])
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    (author, subject, files)
}

fn new_meeting(env: &Env) {
    let run = lsk(
        env,
        &[
            "new-meeting",
            "--kind",
            "daycare",
            "--date",
            "2026-12-01",
            "--time",
            "13:00",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

const MEETING_MD: &str = "meetings/2026-12-01-daycare/meeting.md";
const EDIT: &str = "/c/0/m/2026-12-01-daycare/edit";

#[test]
fn a_form_save_is_one_commit_by_the_worker_naming_the_child_the_meeting_and_the_fields() {
    for (lang, said, words) in [
        // The meeting by its day and the short name of its kind (S11).
        (
            "fi",
            "Tallennettu historiaan",
            "Robin, 1.12.2026 päiväkotineuvottelu: ",
        ),
        (
            "sv",
            "Sparat i historiken",
            "Robin, 1.12.2026 daghemsmöte: ",
        ),
    ] {
        let env = repo_case(lang);
        new_meeting(&env);
        // The worker's own change, staged and not lsk's: it stays so.
        env.write("oma.txt", "oma muistiinpano\n");
        git(env.path(), &["add", "oma.txt"]);
        let before = commits(&env);

        let app = App::new(&env);
        let page = app.get(EDIT);
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let mut pairs = form(&page.body, "meeting-form");
        set(&mut pairs, "place", "Päiväkoti Leppäkerttu");
        set(&mut pairs, "goal", "Aamut sujuvat");
        let r = app.post_pairs(EDIT, &with_op(pairs, "save"));
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        assert_eq!(commits(&env), before + 1, "{lang}: one commit");
        let (author, subject, files) = last(&env);
        assert_eq!(author, "Sanna Virtanen <sanna.virtanen@example.org>");
        let (place, goal) = match lang {
            "fi" => ("paikka", "tavoite"),
            _ => ("plats", "mål"),
        };
        assert!(subject.starts_with(words), "{lang}: {subject}");
        assert!(
            subject.ends_with(&format!(": {place}, {goal}")),
            "{lang}: {subject}"
        );
        assert!(!subject.contains("daycare"), "no English id: {subject}");
        assert_eq!(
            files,
            vec![MEETING_MD.to_owned()],
            "{lang}: only lsk's file"
        );
        // The worker's staged change is still staged, and not committed.
        let staged = git(env.path(), &["diff", "--cached", "--name-only"]);
        assert_eq!(staged.trim(), "oma.txt", "{lang}");
        // meeting.md is as committed: nothing left staged or changed.
        let status = git(env.path(), &["status", "--porcelain"]);
        assert!(!status.contains("meeting.md"), "{lang}: {status}");

        // The saved notice says it in words.
        let to = r.location();
        assert!(to.starts_with(&format!("{EDIT}?saved=")), "{to}");
        let shown = app.get(&to);
        assert!(shown.body.contains(said), "{lang}: {}", shown.body);
        assert!(
            shown.body.contains(&subject.replace('\'', "&#x27;")) || shown.body.contains(place)
        );
    }
}

#[test]
fn the_command_line_writers_each_make_one_commit_of_their_own_files() {
    // lsk init inside a team repository: the new case is one commit.
    let env = Env::new();
    let dir = env.path();
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["config", "user.name", "Sanna Virtanen"]);
    git(dir, &["config", "user.email", "sanna.virtanen@example.org"]);
    env.write("README.txt", "tiimin asiat\n");
    git(dir, &["add", "README.txt"]);
    git(dir, &["commit", "-q", "-m", "start"]);
    // The worker's own staged change stays staged through every writer.
    env.write("oma.txt", "oma\n");
    git(dir, &["add", "oma.txt"]);
    let run = lsk(
        &env,
        &[
            "init",
            "aino",
            "--child",
            "Aino Esimerkki",
            "--born",
            "2021-03",
            "--worker",
            "Sanna Virtanen",
            "--lang",
            "fi",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Tallennettu historiaan: Aino: uusi lapsen asia"),
        "{}",
        run.stderr
    );
    let (author, subject, files) = last(&env);
    assert_eq!(author, "Sanna Virtanen <sanna.virtanen@example.org>");
    assert_eq!(subject, "Aino: uusi lapsen asia");
    assert_eq!(files, vec!["aino/lsk.yaml".to_owned()]);

    // A new meeting, then its follow-up.
    let case = env.join("aino");
    let run = env.lsk_with(
        &case,
        &["new-meeting", "--kind", "daycare", "--date", "2026-11-24"],
        &[
            ("GIT_CONFIG_GLOBAL", "/dev/null"),
            ("GIT_CONFIG_NOSYSTEM", "1"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, subject, files) = last(&env);
    assert!(subject.starts_with("Aino, 24.11.2026 "), "{subject}");
    assert!(subject.ends_with(": uusi neuvottelu"), "{subject}");
    assert!(
        files.contains(&"aino/meetings/2026-11-24-daycare/meeting.md".to_owned()),
        "{files:?}"
    );
    assert!(files.iter().all(|f| f.starts_with("aino/")), "{files:?}");
    let run = env.lsk_with(
        &case,
        &[
            "new-meeting",
            "--follow-up",
            "2026-11-24-daycare",
            "--date",
            "2027-01-12",
        ],
        &[
            ("GIT_CONFIG_GLOBAL", "/dev/null"),
            ("GIT_CONFIG_NOSYSTEM", "1"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, subject, files) = last(&env);
    assert!(subject.starts_with("Aino, 12.1.2027 "), "{subject}");
    assert!(
        subject.ends_with("uusi seurantaneuvottelu (edellinen 24.11.2026)"),
        "{subject}"
    );
    assert_eq!(
        files,
        vec!["aino/meetings/2027-01-12-daycare/meeting.md".to_owned()]
    );

    // A document: the agenda (--draft: the scaffold is not filled in).
    let run = env.lsk_with(
        &case,
        &["render", "agenda", "meetings/2026-11-24-daycare", "--draft"],
        &[
            ("GIT_CONFIG_GLOBAL", "/dev/null"),
            ("GIT_CONFIG_NOSYSTEM", "1"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, subject, files) = last(&env);
    assert!(subject.ends_with(": esityslista tehty"), "{subject}");
    assert_eq!(
        files,
        vec!["aino/meetings/2026-11-24-daycare/agenda.md".to_owned()]
    );

    let staged = git(dir, &["diff", "--cached", "--name-only"]);
    assert_eq!(
        staged.trim(),
        "oma.txt",
        "the worker's staged change stays staged"
    );
    assert_eq!(commits(&env), 5, "start, case, meeting, follow-up, agenda");
}

#[test]
fn no_commit_and_the_team_setting_turn_it_off_and_outside_git_nothing_changes() {
    let env = repo_case("fi");
    let before = commits(&env);
    let run = lsk(
        &env,
        &[
            "--no-commit",
            "new-meeting",
            "--kind",
            "daycare",
            "--date",
            "2026-12-01",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("historiaan"), "{}", run.stderr);
    assert_eq!(commits(&env), before, "--no-commit");
    assert!(git(env.path(), &["status", "--porcelain"]).contains("meetings/"));

    git(env.path(), &["config", "lsk.commit", "false"]);
    let run = lsk(
        &env,
        &["new-meeting", "--kind", "school", "--date", "2026-12-02"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(commits(&env), before, "git config lsk.commit false");

    // The browser too: lsk serve --no-commit saves without a commit.
    git(env.path(), &["config", "lsk.commit", "true"]);
    let mut app = App::new(&env);
    std::sync::Arc::get_mut(&mut app.state).unwrap().commit =
        lsk::repo::commit::Options { commit: false };
    let page = app.get(EDIT);
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "place", "Päiväkoti Leppäkerttu");
    let r = app.post_pairs(EDIT, &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("{EDIT}?saved=1"));
    assert!(env.read(MEETING_MD).contains("Leppäkerttu"));
    assert_eq!(commits(&env), before);

    // Outside git: as before, nothing said, nothing made.
    let plain = Env::new();
    plain.write("lsk.yaml", &case_yaml("2021-05", "fi"));
    let run = lsk(
        &plain,
        &["new-meeting", "--kind", "daycare", "--date", "2026-12-01"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("historiaan"), "{}", run.stderr);
    assert!(!plain.join(".git").exists());
}

#[test]
fn without_an_author_nothing_is_committed_and_the_message_says_how_to_set_it() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-05", "sv"));
    let dir = env.path();
    git(dir, &["init", "-q", "-b", "main"]);
    let before = git(dir, &["rev-list", "--all", "--count"]);
    let run = lsk(
        &env,
        &["new-meeting", "--kind", "daycare", "--date", "2026-12-01"],
    );
    assert_eq!(run.code, 0, "the meeting is made: {}", run.stderr);
    assert!(env.join(MEETING_MD).exists());
    assert!(
        run.stderr.contains("Inte sparat i historiken"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("git config user.name"),
        "{}",
        run.stderr
    );
    assert_eq!(
        git(dir, &["rev-list", "--all", "--count"]),
        before,
        "no commit"
    );
}

/// Attack report 23, M1: paths went to git as pathspecs, so a meeting
/// folder named with `?` made a commit of another meeting's file.
#[test]
fn a_folder_named_like_a_pattern_commits_only_its_own_files() {
    let env = repo_case("en");
    new_meeting(&env);
    let text = env.read(MEETING_MD);
    env.write("meetings/2026-12-0?-daycare/meeting.md", &text);
    git(env.path(), &["add", "-A"]);
    git(env.path(), &["commit", "-q", "-m", "copy"]);
    let run = lsk(
        &env,
        &[
            "--no-commit",
            "render",
            "agenda",
            "meetings/2026-12-01-daycare",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let other = "meetings/2026-12-01-daycare/agenda.md";
    let mine = env.read(other);
    env.write(other, &format!("{mine}PRIVATE\n"));
    let run = lsk(&env, &["render", "agenda", "meetings/2026-12-0?-daycare"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, _, files) = last(&env);
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("meetings/2026-12-0?-daycare/")),
        "{files:?}"
    );
    assert!(!files.is_empty());
    let status = git(env.path(), &["status", "--porcelain", "--", other]);
    assert!(status.contains("agenda.md"), "still the worker's: {status}");
}

#[test]
fn the_hooks_guard_refuses_what_the_hook_refuses_and_says_why() {
    let env = repo_case("fi");
    new_meeting(&env);
    // A colleague's meeting with an identity code, committed past any hook:
    // the guard checks the whole case, as the hook does, so lsk's next
    // change to the case is not recorded, and says why.
    let text = env
        .read(MEETING_MD)
        .replacen("place:", "place: Huone 131052-308T #", 1);
    env.write("meetings/2026-11-02-school/meeting.md", &text);
    git(env.path(), &["add", "-A"]);
    git(env.path(), &["commit", "-q", "--no-verify", "-m", "vanha"]);
    let before = commits(&env);
    let run = lsk(
        &env,
        &["new-meeting", "--kind", "school", "--date", "2026-12-03"],
    );
    assert_eq!(
        run.code, 1,
        "the commit refused is an error: {}",
        run.stderr
    );
    assert!(
        env.join("meetings/2026-12-03-school/meeting.md").exists(),
        "written"
    );
    assert_eq!(commits(&env), before, "not committed");
    assert!(
        run.stderr.contains("Ei tallennettu historiaan"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("meetings/2026-11-02-school/meeting.md"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("henkilötunnus"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("131052-308T"),
        "never the code itself: {}",
        run.stderr
    );
    // Nothing of lsk's is left staged: the worker's index is as it was.
    assert_eq!(git(env.path(), &["diff", "--cached", "--name-only"]), "");
}

#[test]
fn an_identity_code_in_the_author_is_refused() {
    let env = repo_case("en");
    git(env.path(), &["config", "user.name", "Sanna 131052-308T"]);
    let before = commits(&env);
    let run = lsk(
        &env,
        &["new-meeting", "--kind", "daycare", "--date", "2026-12-01"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Not recorded in the history: the author's name"),
        "{}",
        run.stderr
    );
    assert_eq!(commits(&env), before);
}

/// The `Location` of an HTTP answer, and its status line.
fn answer_of(raw: &str) -> (String, String) {
    let status = raw.lines().next().unwrap_or_default().to_owned();
    let location = raw
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("location")
                .then(|| v.trim().to_owned())
        })
        .unwrap_or_default();
    (status, location)
}

fn body_of(raw: &str) -> &str {
    raw.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

/// A POST as the browser sends it to the real server.
fn post(server: &crate::common::Server, cookie: &str, path: &str, form: &str) -> String {
    server.request(&format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\
         Origin: http://127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{form}",
        form.len(),
        port = server.port
    ))
}

#[test]
fn the_browser_asks_once_who_makes_the_changes_and_the_save_waits_for_the_answer() {
    // A repository with no worker known: no user's configuration either.
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-05", "fi"));
    let dir = env.path();
    git(dir, &["init", "-q", "-b", "main"]);
    git(
        dir,
        &[
            "-c",
            "user.name=Alku",
            "-c",
            "user.email=alku@example.org",
            "add",
            "-A",
        ],
    );
    git(
        dir,
        &[
            "-c",
            "user.name=Alku",
            "-c",
            "user.email=alku@example.org",
            "commit",
            "-q",
            "-m",
            "start",
        ],
    );
    let run = lsk(
        &env,
        &["new-meeting", "--kind", "daycare", "--date", "2026-12-01"],
    );
    assert!(
        run.stderr.contains("Ei tallennettu historiaan"),
        "{}",
        run.stderr
    );
    let vars = [
        ("GIT_CONFIG_GLOBAL", "/dev/null"),
        ("GIT_CONFIG_NOSYSTEM", "1"),
    ];
    let server = env.server_with(&[], &vars);
    let cookie = server.cookie();
    let page = server.get(EDIT, &cookie);
    let mut pairs = form(body_of(&page), "meeting-form");
    set(&mut pairs, "place", "Päiväkoti Leppäkerttu");
    let before = env.read(MEETING_MD);
    let raw = post(
        &server,
        &cookie,
        EDIT,
        &crate::app::encode(&with_op(pairs, "save")),
    );
    let (status, to) = answer_of(&raw);
    assert!(status.contains("303"), "{raw}");
    assert!(to.starts_with("/who?draft="), "{raw}");
    assert_eq!(env.read(MEETING_MD), before, "the save waits");

    // The asking page, in the case's language.
    let who = server.get(&to, &cookie);
    assert!(who.contains("Kuka tekee muutokset?"), "{who}");
    let csrf = form(body_of(&who), "who-form");
    let field = |name: &str| csrf.iter().find(|(k, _)| k == name).unwrap().1.clone();
    // A name without an e-mail address: asked again, the name kept.
    let raw = post(
        &server,
        &cookie,
        "/who",
        &crate::app::encode(&vec![
            ("csrf".into(), field("csrf")),
            ("draft".into(), field("draft")),
            ("name".into(), "Sanna Virtanen".into()),
            ("email".into(), String::new()),
        ]),
    );
    let (_, again) = answer_of(&raw);
    assert!(again.starts_with("/who?draft="), "{raw}");
    let asked = server.get(&again, &cookie);
    assert!(asked.contains("422"), "{asked}");
    assert!(
        asked.contains("Kirjoita sekä nimi että sähköpostiosoite."),
        "{asked}"
    );
    assert!(asked.contains("value=\"Sanna Virtanen\""), "{asked}");
    assert_eq!(env.read(MEETING_MD), before, "still waiting, nothing lost");

    let again_form = form(body_of(&asked), "who-form");
    let field = |name: &str| {
        again_form
            .iter()
            .find(|(k, _)| k == name)
            .unwrap()
            .1
            .clone()
    };
    let raw = post(
        &server,
        &cookie,
        "/who",
        &crate::app::encode(&vec![
            ("csrf".into(), field("csrf")),
            ("draft".into(), field("draft")),
            ("name".into(), "Sanna Virtanen".into()),
            ("email".into(), "sanna.virtanen@example.org".into()),
        ]),
    );
    let (status, to) = answer_of(&raw);
    assert!(status.contains("303"), "{raw}");
    assert!(to.starts_with(&format!("{EDIT}?saved=")), "{raw}");
    // Saved, committed with her as author, her name kept in the repository.
    assert!(env.read(MEETING_MD).contains("Leppäkerttu"));
    let (author, subject, files) = last(&env);
    assert_eq!(author, "Sanna Virtanen <sanna.virtanen@example.org>");
    assert!(subject.ends_with(": paikka"), "{subject}");
    assert_eq!(files, vec![MEETING_MD.to_owned()]);
    assert_eq!(git(dir, &["config", "user.name"]).trim(), "Sanna Virtanen");
    let saved = server.get(&to, &cookie);
    assert!(saved.contains("Tallennettu historiaan"), "{saved}");

    // Asked once: the next save is committed straight away.
    let page = server.get(EDIT, &cookie);
    let mut pairs = form(body_of(&page), "meeting-form");
    set(&mut pairs, "goal", "Aamut sujuvat");
    let raw = post(
        &server,
        &cookie,
        EDIT,
        &crate::app::encode(&with_op(pairs, "save")),
    );
    let (_, to) = answer_of(&raw);
    assert!(to.starts_with(&format!("{EDIT}?saved=")), "{raw}");
    assert!(last(&env).1.ends_with(": tavoite"));
}

/// What a browser posts for the form whose `id` comes after other
/// attributes of its tag.
fn form_by_id(html: &str, id: &str) -> crate::app::Pairs {
    let attr = format!(" id=\"{id}\"");
    let at = html
        .find(&attr)
        .unwrap_or_else(|| panic!("no {id} in\n{html}"));
    let start = html[..at].rfind("<form").unwrap();
    let html = format!(
        "{}<form id=\"{id}\"{}",
        &html[..start],
        &html[at + attr.len()..]
    );
    form(&html, id)
}

/// `pairs` with `name` set, added when the form has no such input.
fn put(pairs: &mut crate::app::Pairs, name: &str, value: &str) {
    match pairs.iter_mut().find(|(k, _)| k == name) {
        Some(slot) => slot.1 = value.to_owned(),
        None => pairs.push((name.to_owned(), value.to_owned())),
    }
}

#[test]
fn every_browser_writer_makes_one_commit_of_its_own_files() {
    let env = repo_case("fi");
    env.meeting("2026-11-10-daycare", crate::common::DAYCARE);
    git(env.path(), &["add", "-A"]);
    git(env.path(), &["commit", "-q", "-m", "neuvottelu"]);
    env.write("oma.txt", "oma\n");
    git(env.path(), &["add", "oma.txt"]);
    let app = App::new(&env);
    let csrf = app.csrf();
    let mut n = commits(&env);
    let mut next = |env: &Env| {
        n += 1;
        assert_eq!(commits(env), n, "one commit each");
        last(env)
    };

    // The whole text of meeting.md.
    let text_page = "/c/0/m/2026-11-10-daycare/text";
    let page = app.get(text_page);
    let mut pairs = form(&page.body, "text-form");
    let text = pairs.iter().find(|(k, _)| k == "text").unwrap().1.clone();
    put(
        &mut pairs,
        "text",
        &text.replace("Notes.", "Notes, and more."),
    );
    let r = app.post_pairs(text_page, &pairs);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (author, subject, files) = next(&env);
    assert_eq!(author, "Sanna Virtanen <sanna.virtanen@example.org>");
    assert!(subject.starts_with("Robin, 10.11.2026 "), "{subject}");
    assert!(subject.ends_with(": muistiinpanot"), "{subject}");
    assert_eq!(
        files,
        vec!["meetings/2026-11-10-daycare/meeting.md".to_owned()]
    );
    assert!(
        app.get(&r.location())
            .body
            .contains("Tallennettu historiaan")
    );

    // A copy of the memo for the daycare (the family consented).
    let r = app.post(
        "/c/0/m/2026-11-10-daycare/render?doc=memo&for=daycare",
        &format!("csrf={csrf}&doc=memo&choice=ask"),
    );
    assert!(
        r.status.is_redirection() || r.status == StatusCode::OK,
        "{}",
        r.body
    );
    let (_, subject, files) = next(&env);
    assert!(subject.ends_with(": kopio: päiväkoti"), "{subject}");
    assert!(files.contains(&"disclosures.jsonl".to_owned()), "{files:?}");
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("meetings/2026-11-10-daycare/memo.")),
        "{files:?}"
    );

    // An agreed action marked done (recorded in lsk.yaml: no later meeting).
    let r = app.post(
        "/c/0/done",
        &format!("csrf={csrf}&meeting=2026-11-10-daycare&action=Morning%20chart%20at%20home"),
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (_, subject, files) = next(&env);
    // Named without its text: an action may be kept from a recipient, and
    // a commit message goes to the team's server and `git log` (attack23 L3).
    assert!(
        subject.ends_with(": sovittu asia merkitty tehdyksi"),
        "{subject}"
    );
    let message = git(env.path(), &["log", "-1", "--format=%B"]);
    assert!(!message.contains("Morning chart"), "{message}");
    assert_eq!(files, vec!["lsk.yaml".to_owned()]);
    let case_page = app.get(&r.location());
    assert!(
        case_page.body.contains("Tallennettu historiaan"),
        "{}",
        case_page.body
    );

    // The case's details.
    let page = app.get("/c/0/details");
    let mut pairs = form_by_id(&page.body, "case-details");
    put(&mut pairs, "worker", "Sanna Virtanen");
    let r = app.post_pairs("/c/0/details", &pairs);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (_, subject, files) = next(&env);
    assert!(
        subject.starts_with("Robin: lapsen asian tiedot: "),
        "{subject}"
    );
    assert!(!subject.contains("responsible_worker"), "{subject}");
    assert_eq!(files, vec!["lsk.yaml".to_owned()]);

    // A new meeting.
    let page = app.get("/c/0/new");
    let mut pairs = form(&page.body, "new-form");
    put(&mut pairs, "kind", "school");
    put(&mut pairs, "date", "2026-12-05");
    let r = app.post_pairs("/c/0/new", &pairs);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (_, subject, files) = next(&env);
    assert!(subject.starts_with("Robin, 5.12.2026 "), "{subject}");
    assert!(subject.ends_with(": uusi neuvottelu"), "{subject}");
    assert!(
        files.contains(&"meetings/2026-12-05-school/meeting.md".to_owned()),
        "{files:?}"
    );
    assert!(
        app.get(&r.location())
            .body
            .contains("Tallennettu historiaan")
    );

    let staged = git(env.path(), &["diff", "--cached", "--name-only"]);
    assert_eq!(
        staged.trim(),
        "oma.txt",
        "the worker's staged change stays staged"
    );
}

#[test]
fn a_new_case_in_a_team_repository_is_one_commit() {
    let env = Env::new();
    let dir = env.path();
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["config", "user.name", "Sanna Virtanen"]);
    git(dir, &["config", "user.email", "sanna.virtanen@example.org"]);
    env.write("README.txt", "tiimi\n");
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", "start"]);
    let app = App::new(&env);
    let page = app.get("/new-case");
    let mut pairs = form_by_id(&page.body, "new-case");
    // Radio buttons: one value each, as the browser posts the checked one.
    let mut seen = std::collections::BTreeSet::new();
    pairs.retain(|(k, _)| seen.insert(k.clone()));
    for (k, v) in [
        ("folder", "elsa"),
        ("child", "Elsa Esimerkki"),
        ("born", "2020-04"),
        ("worker", "Sanna Virtanen"),
        ("case_lang", "sv"),
    ] {
        put(&mut pairs, k, v);
    }
    let r = app.post_pairs("/new-case", &pairs);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(commits(&env), 2);
    let (author, subject, files) = last(&env);
    assert_eq!(author, "Sanna Virtanen <sanna.virtanen@example.org>");
    assert_eq!(subject, "Elsa: nytt ärende");
    assert_eq!(files, vec!["elsa/lsk.yaml".to_owned()]);
    assert!(app.get(&r.location()).body.contains("Sparat i historiken"));
}

#[test]
fn a_meeting_is_named_by_its_kind_in_meeting_md_never_its_folder() {
    // The native review of issue 24, S11: a folder named by hand
    // ("skolmote", without "ö") is not the meeting's name; the kind
    // meeting.md gives is, in its short form, so the message keeps to a
    // line.
    for (lang, head) in [
        ("sv", "Robin, 10.11.2026 skolmöte: "),
        ("fi", "Robin, 10.11.2026 kouluneuvottelu: "),
        ("en", "Robin, 10 Nov 2026 school meeting: "),
    ] {
        let env = repo_case(lang);
        let dir = "meetings/2026-11-10-skolmote";
        env.write(
            &format!("{dir}/meeting.md"),
            &crate::common::DAYCARE.replace("kind: daycare", "kind: school"),
        );
        git(env.path(), &["add", "-A"]);
        git(env.path(), &["commit", "-q", "-m", "meeting"]);
        let run = lsk(&env, &["render", "memo", dir]);
        assert_eq!(run.code, 0, "{lang}: {}", run.stderr);
        let (_, subject, _) = last(&env);
        assert!(subject.starts_with(head), "{lang}: {subject}");
        assert!(!subject.contains("skolmote"), "{lang}: {subject}");
        assert!(
            !subject.contains("child welfare"),
            "the long name: {subject}"
        );
    }
}

/// A team's .gitignore that lists the disclosure log (by name or by a
/// pattern) never keeps the record of a disclosure out of the commit of the
/// copy it records: the copy and its line in disclosures.jsonl are one
/// commit, from the command line and from the browser alike. A document
/// the team keeps out of the repository stays out; its record goes in.
#[test]
fn a_copy_is_committed_with_its_disclosure_record_whatever_the_gitignore_says() {
    for (ignore, copy_kept) in [
        ("disclosures.jsonl\n", true),
        ("*.jsonl\n", true),
        ("memo.*\n/disclosures.jsonl\n", false),
    ] {
        let env = repo_case("fi");
        env.meeting("2026-11-10-daycare", crate::common::DAYCARE);
        env.write(".gitignore", ignore);
        git(env.path(), &["add", "-A"]);
        git(env.path(), &["commit", "-q", "-m", "neuvottelu"]);
        let before = commits(&env);
        let run = lsk(
            &env,
            &[
                "render",
                "memo",
                "meetings/2026-11-10-daycare",
                "--for",
                "daycare",
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr.contains("Tallennettu historiaan"),
            "{}",
            run.stderr
        );
        assert_eq!(commits(&env), before + 1, "{ignore}");
        let (_, subject, files) = last(&env);
        assert!(subject.ends_with(": kopio: päiväkoti"), "{subject}");
        assert!(
            files.contains(&"disclosures.jsonl".to_owned()),
            "{ignore}: {files:?}"
        );
        assert_eq!(
            files
                .iter()
                .any(|f| f.starts_with("meetings/2026-11-10-daycare/memo.")),
            copy_kept,
            "{ignore}: {files:?}"
        );
        assert!(
            env.join("meetings/2026-11-10-daycare/memo.daycare.md")
                .is_file()
        );
        let recorded = git(env.path(), &["show", "HEAD:disclosures.jsonl"]);
        assert_eq!(recorded.lines().count(), 1, "{recorded}");
        assert!(recorded.contains("daycare"), "{recorded}");
        // From the browser: the copy made again, its line committed.
        let app = App::new(&env);
        let r = app.post(
            "/c/0/m/2026-11-10-daycare/render?doc=memo&for=daycare",
            &format!("csrf={}&doc=memo&choice=overwrite", app.csrf()),
        );
        assert!(
            r.status.is_redirection() || r.status == StatusCode::OK,
            "{}",
            r.body
        );
        let (_, _, files) = last(&env);
        assert!(
            files.contains(&"disclosures.jsonl".to_owned()),
            "{ignore}: {files:?}"
        );
        let recorded = git(env.path(), &["show", "HEAD:disclosures.jsonl"]);
        assert_eq!(recorded.lines().count(), 2, "{recorded}");
        // Nothing left behind: the work tree is what was committed.
        let status = git(env.path(), &["status", "--porcelain", "--ignored"]);
        assert!(!status.contains("disclosures"), "{status}");
    }
}
