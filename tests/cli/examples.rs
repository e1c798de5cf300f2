//! The bundled examples: the README's main command runs over them.

use std::path::Path;

use crate::common::*;

fn examples() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
}

#[test]
fn the_complete_cases_pass() {
    let env = Env::new();
    let run = env.lsk(&[
        "check",
        "--format",
        "json",
        examples().join("cases").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["meetings"], 5);
    assert!(run.findings().is_empty());
}

#[test]
fn the_case_with_mistakes_shows_them() {
    let env = Env::new();
    let run = env.lsk(&[
        "check",
        "--format",
        "json",
        examples().join("mistakes").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    for rule in [
        "unknown-field",
        "invalid-value",
        "missing-field",
        "unknown-person",
        "chair-role",
        "child-not-prepared",
        "double-assurance",
        "action-owner",
        "identity-code",
    ] {
        assert!(run.has(rule), "{rule}");
    }
    let f = run.find("unknown-field", "gaol").unwrap();
    assert_eq!(f["file"], "ville/meetings/2026-11-03-daycare/meeting.md");
    assert_eq!(f["line"], 7);
}

#[test]
fn human_output_shows_file_line_source_and_help() {
    let env = Env::new();
    let run = env.lsk(&["check", examples().join("mistakes").to_str().unwrap()]);
    assert_eq!(run.code, 1);
    let out = &run.stdout;
    assert!(
        out.contains("virhe[unknown-field]: tuntematon kenttä `gaol`"),
        "{out}"
    );
    assert!(
        out.contains("--> ville/meetings/2026-11-03-daycare/meeting.md:7:1"),
        "{out}"
    );
    assert!(
        out.contains("7 | gaol: Sovitaan Villen päivärytmistä."),
        "{out}"
    );
    assert!(out.contains("= ohje: tarkoititko `goal`?"), "{out}");
    assert!(out.contains("2 neuvottelua:"), "{out}");
    assert!(!out.contains('\u{1b}'), "NO_COLOR: no escape codes");
}

#[test]
fn swedish_case_speaks_swedish_and_english_on_request() {
    let env = Env::new();
    let root = tempfile::tempdir().unwrap();
    // Copy the Swedish case and break it.
    let src = examples().join("cases/elsa");
    let dst = root.path().join("elsa");
    copy_dir(&src, &dst);
    let file = dst.join("meetings/2026-10-13-skolmote/meeting.md");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("goal:", "mål:");
    std::fs::write(&file, text).unwrap();
    let run = env.lsk(&["check", dst.to_str().unwrap()]);
    assert!(
        run.stdout.contains("fel[unknown-field]: okänt fält `mål`"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("menade du `goal`?"));
    let run = env.lsk(&["check", "--lang", "en", dst.to_str().unwrap()]);
    assert!(
        run.stdout
            .contains("error[unknown-field]: unknown field `mål`"),
        "{}",
        run.stdout
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
