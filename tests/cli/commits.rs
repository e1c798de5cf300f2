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
