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
        ("fi", "Tallennettu historiaan", "Robin, 1.12.2026 "),
        ("sv", "Sparat i historiken", "Robin, 1.12.2026 "),
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
        &["init", "aino", "--child", "Aino Esimerkki", "--born", "2021-03", "--worker", "Sanna Virtanen", "--lang", "fi"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("Tallennettu historiaan: Aino: uusi lapsen asia"), "{}", run.stderr);
    let (author, subject, files) = last(&env);
    assert_eq!(author, "Sanna Virtanen <sanna.virtanen@example.org>");
    assert_eq!(subject, "Aino: uusi lapsen asia");
    assert_eq!(files, vec!["aino/lsk.yaml".to_owned()]);

    // A new meeting, then its follow-up.
    let case = env.join("aino");
    let run = env.lsk_with(
        &case,
        &["new-meeting", "--kind", "daycare", "--date", "2026-11-24"],
        &[("GIT_CONFIG_GLOBAL", "/dev/null"), ("GIT_CONFIG_NOSYSTEM", "1")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, subject, files) = last(&env);
    assert!(subject.starts_with("Aino, 24.11.2026 "), "{subject}");
    assert!(subject.ends_with(": uusi neuvottelu"), "{subject}");
    assert!(files.contains(&"aino/meetings/2026-11-24-daycare/meeting.md".to_owned()), "{files:?}");
    assert!(files.iter().all(|f| f.starts_with("aino/")), "{files:?}");
    let run = env.lsk_with(
        &case,
        &["new-meeting", "--follow-up", "2026-11-24-daycare", "--date", "2027-01-12"],
        &[("GIT_CONFIG_GLOBAL", "/dev/null"), ("GIT_CONFIG_NOSYSTEM", "1")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, subject, files) = last(&env);
    assert!(subject.starts_with("Aino, 12.1.2027 "), "{subject}");
    assert!(subject.ends_with("uusi seurantaneuvottelu (edellinen 24.11.2026)"), "{subject}");
    assert_eq!(files, vec!["aino/meetings/2027-01-12-daycare/meeting.md".to_owned()]);

    // A document: the agenda (--draft: the scaffold is not filled in).
    let run = env.lsk_with(
        &case,
        &["render", "agenda", "meetings/2026-11-24-daycare", "--draft"],
        &[("GIT_CONFIG_GLOBAL", "/dev/null"), ("GIT_CONFIG_NOSYSTEM", "1")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (_, subject, files) = last(&env);
    assert!(subject.ends_with(": esityslista tehty"), "{subject}");
    assert_eq!(files, vec!["aino/meetings/2026-11-24-daycare/agenda.md".to_owned()]);

    let staged = git(dir, &["diff", "--cached", "--name-only"]);
    assert_eq!(staged.trim(), "oma.txt", "the worker's staged change stays staged");
    assert_eq!(commits(&env), 5, "start, case, meeting, follow-up, agenda");
}

#[test]
fn no_commit_and_the_team_setting_turn_it_off_and_outside_git_nothing_changes() {
    let env = repo_case("fi");
    let before = commits(&env);
    let run = lsk(
        &env,
        &["--no-commit", "new-meeting", "--kind", "daycare", "--date", "2026-12-01"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("historiaan"), "{}", run.stderr);
    assert_eq!(commits(&env), before, "--no-commit");
    assert!(git(env.path(), &["status", "--porcelain"]).contains("meetings/"));

    git(env.path(), &["config", "lsk.commit", "false"]);
    let run = lsk(&env, &["new-meeting", "--kind", "school", "--date", "2026-12-02"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(commits(&env), before, "git config lsk.commit false");

    // The browser too: lsk serve --no-commit saves without a commit.
    git(env.path(), &["config", "lsk.commit", "true"]);
    let mut app = App::new(&env);
    std::sync::Arc::get_mut(&mut app.state).unwrap().commit = lsk::repo::commit::Options { commit: false };
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
    let run = lsk(&plain, &["new-meeting", "--kind", "daycare", "--date", "2026-12-01"]);
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
    let run = lsk(&env, &["new-meeting", "--kind", "daycare", "--date", "2026-12-01"]);
    assert_eq!(run.code, 0, "the meeting is made: {}", run.stderr);
    assert!(env.join(MEETING_MD).exists());
    assert!(run.stderr.contains("Inte sparat i historiken"), "{}", run.stderr);
    assert!(run.stderr.contains("git config user.name"), "{}", run.stderr);
    assert_eq!(git(dir, &["rev-list", "--all", "--count"]), before, "no commit");
}

#[test]
fn the_hooks_guard_refuses_what_the_hook_refuses_and_says_why() {
    let env = repo_case("fi");
    new_meeting(&env);
    // A colleague's meeting with an identity code, committed past any hook:
    // the guard checks the whole case, as the hook does, so lsk's next
    // change to the case is not recorded, and says why.
    let text = env.read(MEETING_MD).replacen("place:", "place: Huone 131052-308T #", 1);
    env.write("meetings/2026-11-02-school/meeting.md", &text);
    git(env.path(), &["add", "-A"]);
    git(env.path(), &["commit", "-q", "--no-verify", "-m", "vanha"]);
    let before = commits(&env);
    let run = lsk(&env, &["new-meeting", "--kind", "school", "--date", "2026-12-03"]);
    assert_eq!(run.code, 1, "the commit refused is an error: {}", run.stderr);
    assert!(env.join("meetings/2026-12-03-school/meeting.md").exists(), "written");
    assert_eq!(commits(&env), before, "not committed");
    assert!(run.stderr.contains("Ei tallennettu historiaan"), "{}", run.stderr);
    assert!(run.stderr.contains("meetings/2026-11-02-school/meeting.md"), "{}", run.stderr);
    assert!(run.stderr.contains("henkilötunnus"), "{}", run.stderr);
    assert!(!run.stderr.contains("131052-308T"), "never the code itself: {}", run.stderr);
    // Nothing of lsk's is left staged: the worker's index is as it was.
    assert_eq!(git(env.path(), &["diff", "--cached", "--name-only"]), "");
}

#[test]
fn an_identity_code_in_the_author_is_refused() {
    let env = repo_case("en");
    git(env.path(), &["config", "user.name", "Sanna 131052-308T"]);
    let before = commits(&env);
    let run = lsk(&env, &["new-meeting", "--kind", "daycare", "--date", "2026-12-01"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("Not recorded in the history: the author's name"), "{}", run.stderr);
    assert_eq!(commits(&env), before);
}
