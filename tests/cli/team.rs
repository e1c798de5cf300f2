//! A team's CI: `lsk check --format junit` read by a real XML parser,
//! `--changed-since REV` with real git, and the CI examples of the team
//! guide (docs/en/team.md) as YAML with the keys CI needs.

use crate::common::*;

fn git(env: &Env, args: &[&str]) {
    git_ok(env.path(), args);
}

/// Two cases, `aino` and `bertta`, two meetings each.
fn two_cases() -> Env {
    let env = team(&["aino", "bertta"]);
    for case in ["aino", "bertta"] {
        env.write(
            &format!("{case}/meetings/2026-11-11-daycare/meeting.md"),
            &edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-11"),
        );
    }
    env
}

#[test]
fn junit_has_a_suite_per_case_a_case_per_meeting_and_a_failure_per_error() {
    let env = two_cases();
    // aino: errors in one meeting, one with markup and a code in its
    // value; a warning (a time that happens twice) in the other.
    env.write(
        "aino/meetings/2026-11-10-daycare/meeting.md",
        &edit(
            &drop_key(DAYCARE, "goal"),
            "duration_min: 60",
            "duration_min: \"<b>&'\\\" 131052-308T\"",
        ),
    );
    env.write(
        "aino/meetings/2026-11-11-daycare/meeting.md",
        &edit(
            &edit(DAYCARE, "date: 2026-11-10", "date: 2026-10-25"),
            "time: 13:00",
            "time: 03:30",
        ),
    );
    let run = env.lsk(&["check", ".", "--format", "junit"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        !run.stdout.contains("131052-308T"),
        "identity code in the report"
    );
    let doc = roxmltree::Document::parse(&run.stdout).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let names: Vec<&str> = suites
        .iter()
        .map(|s| s.attribute("name").unwrap())
        .collect();
    assert_eq!(names, ["aino", "bertta"]);
    let aino = suites[0];
    let cases: Vec<_> = aino
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    let case_names: Vec<&str> = cases.iter().map(|c| c.attribute("name").unwrap()).collect();
    assert_eq!(
        case_names,
        [
            "meetings/2026-11-10-daycare",
            "meetings/2026-11-11-daycare",
            "lsk.yaml"
        ]
    );
    let failures: Vec<_> = cases[0]
        .children()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    // goal missing, the value invalid, and the identity code in it.
    assert_eq!(failures.len(), 3, "{}", run.stdout);
    // As many failures as `lsk check` counts errors.
    let errors = env.check(&["."]).json()["summary"]["errors"].to_string();
    assert_eq!(aino.attribute("failures"), Some(errors.as_str()));
    assert_eq!(root.attribute("failures"), Some(errors.as_str()));
    let types: Vec<&str> = failures
        .iter()
        .map(|f| f.attribute("type").unwrap())
        .collect();
    assert!(
        types.contains(&"missing-field") && types.contains(&"invalid-value"),
        "{types:?}"
    );
    for f in &failures {
        let message = f.attribute("message").unwrap();
        assert!(
            message.starts_with("aino/meetings/2026-11-10-daycare/meeting.md:"),
            "file:line: {message}"
        );
    }
    // The markup in the value reads back as text.
    let invalid = failures
        .iter()
        .find(|f| f.attribute("type") == Some("invalid-value"))
        .unwrap();
    assert!(
        invalid.text().unwrap().contains("<b>&'\""),
        "{:?}",
        invalid.text()
    );
    // The warning is output, not a failure.
    let out = cases[1]
        .children()
        .find(|n| n.has_tag_name("system-out"))
        .unwrap_or_else(|| panic!("warnings as system-out: {}", run.stdout));
    assert!(out.text().unwrap().contains("[invalid-value]"));
    assert!(cases[1].children().all(|n| !n.has_tag_name("failure")));
    // A clean case: test cases without failures.
    assert_eq!(suites[1].attribute("failures"), Some("0"));
}

#[test]
fn changed_since_checks_only_what_changed() {
    let env = two_cases();
    git(&env, &["init", "-q"]);
    git(&env, &["add", "."]);
    git(&env, &["commit", "-q", "-m", "cases"]);
    // Nothing changed: nothing checked.
    let run = env.check(&["--changed-since", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["summary"]["meetings"], 0);
    // One meeting of aino changed (committed), one new and staged.
    env.write(
        "aino/meetings/2026-11-10-daycare/meeting.md",
        &drop_key(DAYCARE, "goal"),
    );
    git(&env, &["commit", "-qam", "goal"]);
    env.write(
        "aino/meetings/2026-11-20-school/meeting.md",
        &edit(&drop_key(DAYCARE, "place"), "kind: daycare", "kind: school"),
    );
    // Untracked: git does not know it yet.
    let run = env.check(&["--changed-since", "HEAD~1"]);
    assert_eq!(run.json()["summary"]["meetings"], 1, "{}", run.stdout);
    git(&env, &["add", "aino/meetings/2026-11-20-school"]);
    let run = env.check(&["--changed-since", "HEAD~1"]);
    assert_eq!(run.json()["summary"]["meetings"], 2, "{}", run.stdout);
    let files: Vec<String> = run
        .findings()
        .iter()
        .map(|f| f["file"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        files.contains(&"aino/meetings/2026-11-10-daycare/meeting.md".into()),
        "{files:?}"
    );
    assert!(
        files.contains(&"aino/meetings/2026-11-20-school/meeting.md".into()),
        "{files:?}"
    );
    assert_eq!(run.code, 1);
    // bertta's lsk.yaml changed: the whole case, lsk.yaml included. Not
    // yet staged, it is not seen (the index is compared, as in CI).
    env.write(
        "bertta/lsk.yaml",
        &format!("{}hook: sometimes\n", case_yaml("2021-03", "en")),
    );
    let run = env.check(&["--changed-since", "HEAD~1"]);
    assert_eq!(run.json()["summary"]["meetings"], 2, "{}", run.stdout);
    git(&env, &["add", "bertta/lsk.yaml"]);
    let run = env.check(&["--changed-since", "HEAD~1"]);
    assert_eq!(run.json()["summary"]["meetings"], 4, "{}", run.stdout);
    assert!(
        run.find("invalid-value", "hook").is_some(),
        "{}",
        run.stdout
    );
    // Only under the path given.
    let run = env.check(&["bertta", "--changed-since", "HEAD~1"]);
    assert_eq!(run.json()["summary"]["meetings"], 2, "{}", run.stdout);
    // A revision git does not know, or an option in disguise: exit 2, JSON.
    for rev in ["no-such-branch", "--output=x"] {
        let run = env.lsk(&[
            "check",
            "--format",
            "json",
            &format!("--changed-since={rev}"),
        ]);
        assert_eq!(run.code, 2, "{rev}");
        assert!(run.json()["error"]["message"].is_string());
    }
    assert!(!env.join("x").exists());
}

#[test]
#[cfg(unix)]
fn changed_since_reads_a_path_by_where_it_leads() {
    let env = two_cases();
    git(&env, &["init", "-q"]);
    git(&env, &["add", "."]);
    git(&env, &["commit", "-q", "-m", "cases"]);
    env.write(
        "aino/meetings/2026-11-10-daycare/meeting.md",
        &drop_key(DAYCARE, "goal"),
    );
    git(&env, &["commit", "-qam", "goal"]);
    // The team folder reached through a link (a home folder's shortcut, a
    // CI workspace): the change is still found, and named as given.
    let outside = tempfile::tempdir().unwrap();
    let link = outside.path().join("team");
    std::os::unix::fs::symlink(env.path(), &link).unwrap();
    for scope in [link.clone(), link.join("aino")] {
        let run = env.check(&[scope.to_str().unwrap(), "--changed-since", "HEAD~1"]);
        assert_eq!(run.code, 1, "{scope:?}: {}", run.stdout);
        assert_eq!(run.json()["summary"]["meetings"], 1, "{}", run.stdout);
        assert!(
            run.find("missing-field", "goal").is_some(),
            "{}",
            run.stdout
        );
    }
    // A path that is not there, or outside the repository: nothing it
    // could cover is passed as checked.
    let elsewhere = tempfile::tempdir().unwrap();
    for scope in [env.join("no-such-case"), elsewhere.path().to_path_buf()] {
        let run = env.check(&[
            env.path().to_str().unwrap(),
            scope.to_str().unwrap(),
            "--changed-since",
            "HEAD~1",
        ]);
        assert_eq!(run.code, 2, "{scope:?}: {}", run.stdout);
        assert!(run.json()["error"]["message"].is_string());
    }
}

#[test]
#[cfg(unix)]
fn changed_since_and_the_hook_leave_no_changed_meeting_unchecked() {
    use std::os::unix::ffi::OsStrExt;
    let env = two_cases();
    git(&env, &["init", "-q"]);
    git(&env, &["add", "."]);
    git(&env, &["commit", "-q", "-m", "cases"]);
    let fresh = || {
        git(&env, &["reset", "-q", "--hard"]);
        git(&env, &["clean", "-fdq"]);
    };
    let meeting = "aino/meetings/2026-11-10-daycare";
    // A copy nobody consented to, and a stray lsk.yaml beside it (in the
    // meeting's folder, or in meetings/): the meeting is still its case's.
    for stray in [
        format!("{meeting}/lsk.yaml"),
        "aino/meetings/lsk.yaml".into(),
    ] {
        fresh();
        env.write(&format!("{meeting}/memo.police.md"), "Muistio.\n");
        std::fs::copy(env.join("aino/lsk.yaml"), env.join(&stray)).unwrap();
        git(&env, &["add", "-A"]);
        let run = env.check(&["--changed-since", "HEAD"]);
        assert_eq!(run.code, 1, "{stray}: {}", run.stdout);
        assert!(run.has("consent"), "{stray}: {}", run.stdout);
        let hook = env.lsk(&["hook", "run"]);
        assert_eq!(hook.code, 1, "{stray}: {}{}", hook.stdout, hook.stderr);
    }
    // A link in a case's meetings/ to another child's meeting (the
    // meeting's folder, or its meeting.md): not this child's, and not
    // passed.
    for (link, to) in [
        (
            "aino/meetings/2026-11-12-daycare",
            "../../bertta/meetings/2026-11-10-daycare",
        ),
        (
            "aino/meetings/2026-11-13-daycare/meeting.md",
            "../../../bertta/meetings/2026-11-11-daycare/meeting.md",
        ),
    ] {
        fresh();
        let at = env.join(link);
        std::fs::create_dir_all(at.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(to, &at).unwrap();
        git(&env, &["add", "-A"]);
        let run = env.check(&["--changed-since", "HEAD"]);
        assert_eq!(run.code, 1, "{link}: {}", run.stdout);
        let hook = env.lsk(&["hook", "run"]);
        assert_eq!(hook.code, 1, "{link}: {}{}", hook.stdout, hook.stderr);
    }
    // meeting.md removed, the copy left: no consent to go by.
    fresh();
    git(&env, &["rm", "-q", &format!("{meeting}/meeting.md")]);
    env.write(&format!("{meeting}/memo.police.md"), "Muistio.\n");
    git(&env, &["add", "-A"]);
    let run = env.check(&["--changed-since", "HEAD"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.has("consent"), "{}", run.stdout);
    // A meeting folder named in Latin-1 (an old Windows share): read by
    // its own name, not a look-alike.
    fresh();
    let dir = env
        .join("aino/meetings")
        .join(std::ffi::OsStr::from_bytes(b"2026-11-12-p\xe4iv\xe4koti"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("meeting.md"),
        edit(
            &drop_key(DAYCARE, "goal"),
            "date: 2026-11-10",
            "date: 2026-11-12",
        ),
    )
    .unwrap();
    git(&env, &["add", "-A"]);
    let run = env.check(&["--changed-since", "HEAD"]);
    assert_eq!(run.json()["summary"]["meetings"], 1, "{}", run.stdout);
    assert!(
        run.find("missing-field", "goal").is_some(),
        "{}",
        run.stdout
    );
    // A case kept as a git submodule: its changes are another
    // repository's; not passed as checked.
    fresh();
    let head = String::from_utf8(git_ok(env.path(), &["rev-parse", "HEAD"]).stdout).unwrap();
    git(
        &env,
        &[
            "update-index",
            "--add",
            "--cacheinfo",
            &format!("160000,{},carl", head.trim()),
        ],
    );
    let run = env.check(&["--changed-since", "HEAD"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.json()["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("carl")),
        "{}",
        run.stdout
    );
}

#[test]
fn a_path_outside_the_repository_is_named_in_finnish_and_swedish_as_a_sentence() {
    let env = two_cases();
    git(&env, &["init", "-q"]);
    git(&env, &["add", "."]);
    git(&env, &["commit", "-q", "-m", "cases"]);
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().to_str().unwrap();
    // The path is the sentence's subject (no "{p}: ei ole"), and the
    // message says git cannot tell what changed there, as its neighbour
    // `ChangedSinceGit` does, and what to do.
    for (lang, said) in [
        (
            "fi",
            " ei ole samassa git-tietovarastossa kuin muut tarkistettavat polut, joten sen muutoksia ei saada gitistä (--changed-since). Tarkista se erikseen.",
        ),
        (
            "sv",
            " finns inte i samma git-arkiv som de andra sökvägarna som ska kontrolleras, så git kan inte ange vad som har ändrats i den (--changed-since). Kontrollera den separat.",
        ),
    ] {
        let run = env.check(&[
            "--lang",
            lang,
            env.path().to_str().unwrap(),
            outside,
            "--changed-since",
            "HEAD",
        ]);
        assert_eq!(run.code, 2, "{lang}: {}", run.stdout);
        let message = run.json()["error"]["message"].as_str().unwrap().to_owned();
        assert_eq!(message, format!("{outside}{said}"), "{lang}");
    }
}

/// The YAML blocks of the team guide, read as YAML.
fn yaml_blocks(markdown: &str) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    let mut rest = markdown;
    while let Some(start) = rest.find("```yaml\n") {
        let body = &rest[start + 8..];
        let end = body.find("```").unwrap();
        let options = serde_saphyr::options! { strict_booleans: true };
        out.push(
            serde_saphyr::from_str_with_options(&body[..end], options)
                .unwrap_or_else(|e| panic!("not YAML: {e}\n{}", &body[..end])),
        );
        rest = &body[end..];
    }
    out
}

#[test]
fn the_team_guides_ci_examples_are_valid_yaml_with_the_keys_ci_needs() {
    let guide =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/en/team.md")).unwrap();
    let blocks = yaml_blocks(&guide);
    // GitLab and Forgejo first; the sharing section's rule fragment after
    // them (every block is YAML: `yaml_blocks` parses each).
    assert!(blocks.len() >= 2, "GitLab and Forgejo");
    // GitLab CI: a job whose script runs lsk check --format junit, and the
    // report declared as JUnit.
    let gitlab = &blocks[0]["lsk-check"];
    let script: Vec<&str> = gitlab["script"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let check = script.iter().find(|s| s.starts_with("lsk check")).unwrap();
    assert!(check.contains("--format junit") && check.contains("--changed-since"));
    assert!(check.ends_with("> lsk-report.xml"));
    assert_eq!(gitlab["artifacts"]["reports"]["junit"], "lsk-report.xml");
    assert_eq!(gitlab["artifacts"]["when"], "always");
    // Forgejo Actions: triggers, a job on the organisation's runner, steps.
    let forgejo = &blocks[1];
    assert!(forgejo["on"]["pull_request"].is_null() && forgejo["on"].get("pull_request").is_some());
    let job = &forgejo["jobs"]["check"];
    assert_eq!(job["runs-on"], "self-hosted");
    let steps = job["steps"].as_array().unwrap();
    assert!(steps.iter().any(|s| {
        s["run"]
            .as_str()
            .is_some_and(|r| r.contains("lsk check --format junit"))
    }));
    assert!(steps.iter().any(|s| s["with"]["fetch-depth"] == 0));
    // The commands in the examples are ones lsk accepts.
    let env = two_cases();
    git(&env, &["init", "-q"]);
    git(&env, &["add", "."]);
    git(&env, &["commit", "-q", "-m", "cases"]);
    let run = env.lsk(&["check", "--format", "junit", "--changed-since", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    roxmltree::Document::parse(&run.stdout).unwrap();
}
