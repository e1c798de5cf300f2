//! Scripts: with `--format json`, every command prints JSON also when it
//! cannot run (exit 2), and `file` never names two meetings alike.

use crate::common::*;

fn error_of(run: &Run) -> serde_json::Value {
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let json = run.json();
    let error = json["error"].clone();
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{json}"
    );
    assert!(error.get("path").is_some(), "{json}");
    error
}

#[test]
fn a_missing_path_is_a_json_error_for_every_json_command() {
    let env = Env::case("2021-03");
    for cmd in ["check", "list", "actions"] {
        for format in [&["--format", "json"][..], &["--format=json"][..]] {
            let mut args = vec![cmd, "no-such-folder"];
            args.extend_from_slice(format);
            let error = error_of(&env.lsk(&args));
            assert_eq!(error["path"], "no-such-folder", "{cmd}");
            assert!(
                error["message"]
                    .as_str()
                    .unwrap()
                    .contains("no-such-folder")
            );
        }
        // The message is on stderr too, for people.
        let run = env.lsk(&[cmd, "no-such-folder", "--format", "json"]);
        assert!(run.stderr.contains("no-such-folder"), "{cmd}");
    }
}

#[test]
fn no_case_and_bad_arguments_are_json_errors() {
    let env = Env::new();
    env.write("notes/readme.md", "nothing here\n");
    for cmd in ["check", "list", "actions"] {
        let error = error_of(&env.lsk(&[cmd, "notes", "--format", "json"]));
        assert_eq!(error["path"], "notes", "{cmd}");
        // Bad arguments: clap's words, no path.
        let error = error_of(&env.lsk(&[cmd, "--format", "json", "--no-such-option"]));
        assert!(error["path"].is_null());
        assert!(
            error["message"]
                .as_str()
                .unwrap()
                .contains("--no-such-option")
        );
    }
    let error = error_of(&env.lsk(&["check", "--format", "json", "--phase", "later"]));
    assert!(error["message"].as_str().unwrap().contains("later"));
    // Without --format json, nothing on stdout, as before.
    let run = env.lsk(&["check", "no-such-folder"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    // Help and version are not errors.
    assert_eq!(env.lsk(&["check", "--format", "json", "--help"]).code, 0);
}

#[test]
fn several_paths_never_share_a_file_name() {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", &drop_key(DAYCARE, "goal"));
    env.meeting("2026-11-11-daycare", &drop_key(DAYCARE, "goal"));
    let run = env.check(&["meetings/2026-11-10-daycare", "meetings/2026-11-11-daycare"]);
    let files: Vec<String> = run
        .findings()
        .iter()
        .map(|f| f["file"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        files.contains(&"meetings/2026-11-10-daycare/meeting.md".to_owned()),
        "{files:?}"
    );
    assert!(
        files.contains(&"meetings/2026-11-11-daycare/meeting.md".to_owned()),
        "{files:?}"
    );
    // A file given: named from the working directory too.
    let run = env.check(&["meetings/2026-11-10-daycare/meeting.md"]);
    assert!(
        run.findings()
            .iter()
            .all(|f| f["file"] == "meetings/2026-11-10-daycare/meeting.md"),
        "{}",
        run.stdout
    );
    // One meeting folder: named from that folder, as before.
    let run = env.check(&["meetings/2026-11-10-daycare"]);
    assert!(run.findings().iter().all(|f| f["file"] == "meeting.md"));
    // Two cases, from a folder above both.
    let list = env.lsk(&[
        "list",
        "--format",
        "json",
        "meetings/2026-11-10-daycare",
        "meetings/2026-11-11-daycare",
    ]);
    let names: Vec<String> = list.json()["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["file"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), 2);
    assert_ne!(names[0], names[1], "{names:?}");
}
