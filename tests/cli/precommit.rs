//! The pre-commit framework (https://pre-commit.com) running this
//! repository's `.pre-commit-hooks.yaml` in a case repository, as a team
//! sets it up (docs/en/team.md): the hooks that use the installed lsk
//! (`language: system`) and the ones that build lsk with
//! `scripts/pre-commit-build` (here given this build's lsk, so that the
//! test does not compile lsk again). `.ci/run` installs pre-commit from
//! PyPI and sets LSK_REQUIRE_TOOLS, so a missing pre-commit fails there.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::*;

fn pre_commit() -> bool {
    let found = Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        crate::common::skip("pre-commit (pip install pre-commit)");
    }
    found
}

/// A command in `dir` with git and pre-commit kept to the test's folders,
/// and this build's lsk first on PATH (as IT's installed lsk would be).
fn command(program: &str, dir: &Path, home: &Path) -> Command {
    let lsk_dir = Path::new(env!("CARGO_BIN_EXE_lsk")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(lsk_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut cmd = Command::new(program);
    cmd.current_dir(dir)
        .env("PATH", path)
        .env("PRE_COMMIT_HOME", home.join("pre-commit"))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test Worker")
        .env("GIT_AUTHOR_EMAIL", "worker@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test Worker")
        .env("GIT_COMMITTER_EMAIL", "worker@example.invalid")
        .env("GIT_CEILING_DIRECTORIES", home)
        .env("LSK_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("GIT_WORK_TREE");
    cmd
}

fn run(program: &str, dir: &Path, home: &Path, args: &[&str]) -> Output {
    command(program, dir, home).args(args).output().unwrap()
}

fn ok(out: &Output) -> String {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    text
}

/// The hook repository: this repository's hook definitions and build
/// script, committed, with this build's lsk where the script builds it.
fn hook_repo(home: &Path) -> (std::path::PathBuf, String) {
    let repo = home.join("lsk-hooks");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(repo.join("scripts")).unwrap();
    std::fs::create_dir_all(repo.join("target/release")).unwrap();
    std::fs::copy(
        root.join(".pre-commit-hooks.yaml"),
        repo.join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    std::fs::copy(
        root.join("scripts/pre-commit-build"),
        repo.join("scripts/pre-commit-build"),
    )
    .unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_lsk"), repo.join("target/release/lsk")).unwrap();
    ok(&run("git", &repo, home, &["init", "-q"]));
    ok(&run("git", &repo, home, &["add", "-A"]));
    ok(&run("git", &repo, home, &["commit", "-q", "-m", "hooks"]));
    let rev = String::from_utf8(run("git", &repo, home, &["rev-parse", "HEAD"]).stdout).unwrap();
    (repo, rev.trim().to_owned())
}

/// A case repository with pre-commit installed for `hooks`; a staged
/// identity code is refused, and so is one in the message; a clean
/// commit passes.
fn refuses_codes_with(hooks: [&str; 2]) {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let (repo, rev) = hook_repo(home);
    let cases = home.join("cases");
    std::fs::create_dir_all(cases.join("aino/meetings/2026-11-10-daycare")).unwrap();
    std::fs::write(cases.join("aino/lsk.yaml"), case_yaml("2021-03", "fi")).unwrap();
    std::fs::write(
        cases.join("aino/meetings/2026-11-10-daycare/meeting.md"),
        DAYCARE,
    )
    .unwrap();
    std::fs::write(
        cases.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: file://{}\n    rev: {rev}\n    hooks:\n      - id: {}\n      - id: {}\n",
            repo.display(),
            hooks[0],
            hooks[1]
        ),
    )
    .unwrap();
    ok(&run("git", &cases, home, &["init", "-q"]));
    ok(&run(
        "pre-commit",
        &cases,
        home,
        &[
            "install",
            "--install-hooks",
            "--hook-type",
            "pre-commit",
            "--hook-type",
            "commit-msg",
        ],
    ));
    ok(&run("git", &cases, home, &["add", "-A"]));
    let first = ok(&run("git", &cases, home, &["commit", "-q", "-m", "Aino"]));
    assert!(first.contains("lsk hook run"), "{first}");
    // A staged identity code: refused, and shown masked.
    let notes = cases.join("aino/meetings/2026-11-10-daycare/meeting.md");
    std::fs::write(&notes, format!("{DAYCARE}\nHetu 131052-308T.\n")).unwrap();
    ok(&run("git", &cases, home, &["add", "-A"]));
    let refused = run("git", &cases, home, &["commit", "-q", "-m", "notes"]);
    let text = String::from_utf8_lossy(&refused.stdout).into_owned()
        + &String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "committed: {text}");
    assert!(text.contains("Failed"), "{text}");
    assert!(!text.contains("131052-308T"), "the code is masked: {text}");
    // In the message: refused too.
    std::fs::write(&notes, format!("{DAYCARE}\nLisätty muistiinpano.\n")).unwrap();
    ok(&run("git", &cases, home, &["add", "-A"]));
    let refused = run(
        "git",
        &cases,
        home,
        &["commit", "-q", "-m", "Aino 131052-308T"],
    );
    assert!(!refused.status.success());
    ok(&run("git", &cases, home, &["commit", "-q", "-m", "notes"]));
}

#[test]
fn pre_commit_with_the_installed_lsk() {
    if !pre_commit() {
        return;
    }
    refuses_codes_with(["lsk-check-installed", "lsk-commit-msg-installed"]);
}

#[test]
fn pre_commit_with_the_building_hooks() {
    if !pre_commit() {
        return;
    }
    refuses_codes_with(["lsk-check", "lsk-commit-msg"]);
}
