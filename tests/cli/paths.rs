//! What `lsk check PATH` covers, relative file names, and exit status 2.

use crate::common::*;

#[test]
fn meeting_case_and_team_folders() {
    let team = Env::new();
    for case in ["a", "b"] {
        team.write(&format!("{case}/lsk.yaml"), &case_yaml("2021-03", "en"));
        team.write(
            &format!("{case}/meetings/2026-11-10-daycare/meeting.md"),
            &drop_key(DAYCARE, "goal"),
        );
    }
    team.write(".git/lsk.yaml", "not: a case\n");
    let run = team.check(&[]);
    assert_eq!(run.code, 1);
    let files: Vec<String> = run
        .findings()
        .iter()
        .map(|f| f["file"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        files,
        vec![
            "a/meetings/2026-11-10-daycare/meeting.md",
            "b/meetings/2026-11-10-daycare/meeting.md"
        ]
    );
    assert_eq!(run.json()["summary"]["meetings"], 2);
    // A case folder.
    let run = team.check(&["a"]);
    assert_eq!(
        run.findings()[0]["file"],
        "meetings/2026-11-10-daycare/meeting.md"
    );
    // A meeting folder, and meeting.md itself.
    let run = team.check(&["a/meetings/2026-11-10-daycare"]);
    assert_eq!(run.findings()[0]["file"], "meeting.md");
    // A file given is named from the working directory (FORMAT.md).
    let run = team.check(&["b/meetings/2026-11-10-daycare/meeting.md"]);
    assert_eq!(
        run.findings()[0]["file"],
        "b/meetings/2026-11-10-daycare/meeting.md"
    );
    // No path: the case around the working directory.
    let run = team.lsk_in(
        &team.join("b/meetings/2026-11-10-daycare"),
        &["check", "--format", "json"],
    );
    assert_eq!(run.findings().len(), 1, "{}", run.stdout);
    assert_eq!(
        run.findings()[0]["file"],
        "meetings/2026-11-10-daycare/meeting.md"
    );
    // Several paths.
    let run = team.check(&["a", "b"]);
    assert_eq!(run.json()["summary"]["meetings"], 2);
}

#[test]
fn could_not_run_is_exit_2() {
    let env = Env::new();
    env.write("notes/readme.md", "nothing here\n");
    let run = env.check(&["notes"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("lsk.yaml"), "{}", run.stderr);
    assert_eq!(env.check(&["missing-folder"]).code, 2);
    assert_eq!(env.check(&["--phase", "later"]).code, 2);
    assert_eq!(env.check(&["--today", "tomorrow"]).code, 2);
    let run = env.lsk(&["check"]);
    assert_eq!(run.code, 2);
}

#[test]
fn json_is_one_object_with_the_documented_keys() {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", &drop_key(DAYCARE, "goal"));
    let run = env.check(&[]);
    let json = run.json();
    let f = &json["findings"][0];
    for key in [
        "file", "line", "rule", "field", "severity", "phase", "message",
    ] {
        assert!(f.get(key).is_some(), "{key} in {f}");
    }
    assert_eq!(json["summary"]["errors"], 1);
    assert_eq!(json["summary"]["warnings"], 0);
    // Clean: exit 0, empty findings.
    env.meeting("2026-11-10-daycare", DAYCARE);
    let run = env.check(&[]);
    assert_eq!(run.code, 0);
    assert_eq!(run.json()["findings"], serde_json::json!([]));
}

#[test]
fn case_file_problems() {
    let env = Env::new();
    env.write(
        "lsk.yaml",
        "child:\n  name: Robin\n  born: 2021-13\nlangauge: en\n",
    );
    env.meeting("2026-11-10-daycare", DAYCARE);
    let run = env.check(&[]);
    assert_eq!(
        run.find("invalid-value", "child.born").unwrap()["file"],
        "lsk.yaml"
    );
    assert_eq!(run.find("unknown-field", "langauge").unwrap()["line"], 4);
    assert!(run.find("missing-field", "responsible_worker").is_some());
    env.write("lsk.yaml", "child: [\n");
    let run = env.check(&[]);
    assert_eq!(run.find("parse-error", "").unwrap()["file"], "lsk.yaml");
    assert_eq!(run.code, 1);
}

/// A path is read by where it leads, not as written: in
/// `cases/eetu/meetings`, `../../../other` is a folder outside every case,
/// though the path as written has `cases/eetu` as an ancestor; through a
/// link, `link/..` is the parent of the link's target. Every command that
/// takes a path says it is not in a case, and writes nothing; a path that
/// leads into the case still works.
#[test]
fn a_path_is_read_by_where_it_leads_not_as_written() {
    let env = Env::new();
    env.write("cases/eetu/lsk.yaml", &case_yaml("2021-03", "en"));
    env.write(
        &format!("cases/eetu/meetings/{MEETING}/meeting.md"),
        DAYCARE,
    );
    env.write("other/notes.txt", "not a case\n");
    env.write(&format!("other/{MEETING}/meeting.md"), DAYCARE);
    git_ok(env.path(), &["init", "-q", "-b", "main"]);
    git_ok(env.path(), &["add", "-A"]);
    git_ok(
        env.path(),
        &[
            "-c",
            "user.name=Sam Worker",
            "-c",
            "user.email=sam@example.invalid",
            "commit",
            "-q",
            "--no-verify",
            "-m",
            "cases",
        ],
    );
    let here = env.join("cases/eetu/meetings");
    #[cfg(unix)]
    std::os::unix::fs::symlink(env.join("other"), here.join("link")).unwrap();
    let before = snapshot(env.path());
    // Through the link only where links are made (Unix).
    let outside: Vec<String> = std::iter::once("../../../other".to_owned())
        .chain(cfg!(unix).then(|| "link/..".to_owned()))
        .collect();
    for path in &outside {
        // `link/..` leads to the folder above `other`: the Env's root,
        // which has a case below it (a team), so only the path into
        // `other` is tried there.
        let other = if path.starts_with("link") {
            "link/../other".to_owned()
        } else {
            path.clone()
        };
        let meeting = format!("{other}/{MEETING}");
        for args in [
            vec!["history", other.as_str()],
            vec!["disclosures", other.as_str()],
            vec!["check", other.as_str()],
            vec!["list", other.as_str()],
            vec!["actions", other.as_str()],
            vec![
                "new-meeting",
                "--case",
                other.as_str(),
                "--kind",
                "daycare",
                "--date",
                "2026-11-24",
            ],
            vec!["render", "memo", meeting.as_str()],
            vec!["file", meeting.as_str()],
        ] {
            let run = env.lsk_in(&here, &args);
            assert_ne!(run.code, 0, "{args:?}: {}\n{}", run.stdout, run.stderr);
            assert!(
                run.stderr.contains("ei ole asian kansiossa")
                    || run.stdout.contains("ei ole asian kansiossa"),
                "{args:?}: {}\n{}",
                run.stdout,
                run.stderr
            );
            assert!(
                !run.stdout.contains("Case started"),
                "{args:?}: {}",
                run.stdout
            );
        }
    }
    assert_eq!(snapshot(env.path()), before, "nothing is written");
    // Into the case, `..` still finds it.
    let run = env.lsk_in(&here, &["history", ".."]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("Case started"), "{}", run.stdout);
    let run = env.lsk_in(
        &here,
        &[
            "check",
            &format!("../meetings/{MEETING}"),
            "--format",
            "json",
        ],
    );
    assert_eq!(run.json()["summary"]["meetings"], 1, "{}", run.stdout);
}
