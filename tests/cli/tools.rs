//! `lsk schema`, `lsk completions`, `lsk man` and `lsk hook install` with
//! real git.

use crate::common::*;

#[test]
fn schema_rejects_unknown_keys_and_knows_every_key() {
    let env = Env::new();
    let run = env.lsk(&["schema"]);
    assert_eq!(run.code, 0);
    let schema = run.json();
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let props = schema["properties"].as_object().unwrap();
    for key in [
        "kind",
        "goal",
        "invitees",
        "child_preparation",
        "memo_consent",
        "agreed",
        "informing_child",
        "next_meeting",
    ] {
        assert!(props.contains_key(key), "{key}");
    }
    assert_eq!(props["invitees"]["items"]["additionalProperties"], false);
    assert!(
        props["kind"]["enum"]
            .as_array()
            .unwrap()
            .contains(&"fgc-follow-up".into())
    );
    let case = env.lsk(&["schema", "case"]).json();
    assert!(case["properties"]["child"]["properties"]["born"].is_object());
}

#[test]
fn scaffolds_point_editors_at_the_schema() {
    let env = Env::case("2021-03");
    assert_eq!(
        env.lsk(&["new-meeting", "--kind", "school", "--date", "2026-12-01"])
            .code,
        0
    );
    let text = env.read("meetings/2026-12-01-school/meeting.md");
    assert!(
        text.starts_with("---\n# yaml-language-server: $schema=../../.lsk/meeting.schema.json\n")
    );
    assert_eq!(
        env.read(".lsk/meeting.schema.json"),
        env.lsk(&["schema"]).stdout
    );
}

#[test]
fn completions_and_man_page() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = env.lsk(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}");
        assert!(run.stdout.contains("new-meeting"), "{shell}");
    }
    let run = env.lsk(&["man"]);
    assert!(run.stdout.contains(".TH LSK 1"));
    assert!(run.stdout.contains("check"));
    assert_eq!(env.lsk(&["completions", "tcsh"]).code, 2);
}

fn git(env: &Env, args: &[&str]) -> std::process::Output {
    crate::common::git(env.path(), args)
}

/// Installing the hook; what it refuses and reports is tested in hook.rs.
#[test]
fn pre_commit_hook_is_installed_once() {
    let env = Env::case("2021-03");
    assert!(git(&env, &["init", "-q"]).status.success());
    let run = env.lsk(&["hook", "install"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hook = env.join(".git/hooks/pre-commit");
    assert!(hook.is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&hook).unwrap().permissions().mode() & 0o777,
            0o700
        );
    }
    let script = std::fs::read_to_string(&hook).unwrap();
    assert!(script.contains("exec \"$lsk\" hook run"), "{script}");
    // A second install does not replace the hook.
    std::fs::write(&hook, "#!/bin/sh\n# my own hook\nexit 0\n").unwrap();
    assert_eq!(env.lsk(&["hook", "install"]).code, 2);
    assert!(
        std::fs::read_to_string(&hook)
            .unwrap()
            .contains("my own hook")
    );
    assert_eq!(env.lsk(&["hook", "install", "--force"]).code, 0);

    // A meeting with an error that may be committed: reported, committed.
    env.meeting("2026-11-10-daycare", &drop_key(DAYCARE, "goal"));
    git(&env, &["add", "."]);
    let out = git(&env, &["commit", "-q", "-m", "meeting"]);
    // git shows a hook's output on its standard error.
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("missing-field") && said.contains("goal"),
        "{said}"
    );
    // An identity code: the commit is stopped.
    env.meeting(
        "2026-11-10-daycare",
        &format!("{DAYCARE}\nBorn 131052-308T.\n"),
    );
    git(&env, &["add", "."]);
    let out = git(&env, &["commit", "-q", "-m", "code"]);
    assert!(!out.status.success(), "a commit with a code went through");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("identity-code"), "{said}");
}

#[test]
fn hook_outside_git_is_exit_2() {
    // A temporary folder outside any repository (GIT_CEILING_DIRECTORIES
    // keeps git from finding one above it).
    let env = Env::new();
    let run = env
        .cmd(&["hook", "install"])
        .var("GIT_CEILING_DIRECTORIES", env.path().parent().unwrap())
        .run();
    assert_eq!(run.code, 2, "{}", run.stderr);
}
