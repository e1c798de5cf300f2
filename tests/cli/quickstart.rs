//! The quick starts, run as written: every fenced `sh` block of
//! docs/en/quick-start.md and docs/fi/pikaopas.md, in order, in one shell
//! in a temporary folder, with the real `lsk` first on PATH. Three steps
//! are the reader's own and are stood in for: installing lsk (it is
//! built), filling in meeting.md in an editor (step 5: a complete meeting
//! is written where the guide says), and opening the memo in a browser
//! (the file the guide opens must be there).

use std::path::Path;

use crate::common::*;

/// The fenced `sh` blocks of a Markdown text.
fn sh_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        match &mut current {
            None if trimmed == "```sh" => current = Some(String::new()),
            Some(block) if trimmed == "```" => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(trimmed);
                block.push('\n');
            }
            None => {}
        }
    }
    blocks
}

/// The meeting the reader fills in at step 5: complete for every phase.
fn filled() -> String {
    DAYCARE
        .replace("date: 2026-11-10", "date: 2026-11-24")
        .replace("next_meeting: 2027-01-10", "next_meeting: 2027-01-12")
}

fn walk(guide: &str, cases_word: &str) {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(guide)).unwrap();
    let blocks = sh_blocks(&text);
    assert!(blocks.len() >= 8, "{guide}: {blocks:?}");
    let cases = tempfile::tempdir().unwrap();
    let meeting = cases.path().join("filled-meeting.md");
    std::fs::write(&meeting, filled()).unwrap();
    let mut script = String::from("set -eu\n");
    let mut opened = false;
    for block in &blocks {
        if block.contains("cargo install") {
            continue; // installing: lsk is built
        }
        for line in block.lines() {
            if let Some(path) = line
                .strip_prefix("open ")
                .or_else(|| line.strip_prefix("start "))
                .or_else(|| line.strip_prefix("xdg-open "))
            {
                // Opening in a browser: the file must be there.
                script.push_str(&format!(
                    "test -f {path} || {{ echo \"no {path} in $PWD\"; exit 9; }}\n"
                ));
                opened = true;
                continue;
            }
            script.push_str(&line.replace(cases_word, "\"$CASES\""));
            script.push('\n');
        }
        if block.contains("lsk new-meeting") {
            // Step 5: the reader fills in meeting.md.
            script.push_str(
                "cp \"$CASES/filled-meeting.md\" meetings/2026-11-24-daycare/meeting.md\n",
            );
        }
    }
    assert!(opened, "{guide}: no command opens the memo");
    let lsk = crate::common::lsk_path();
    let bin = lsk.parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(cases.path())
        .env("CASES", cases.path())
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env_remove("LSK_TODAY")
        .env_remove("LSK_TEMPLATES")
        .env("GIT_AUTHOR_NAME", "Sanna Virtanen")
        .env("GIT_AUTHOR_EMAIL", "sanna@example.org")
        .env("GIT_COMMITTER_NAME", "Sanna Virtanen")
        .env("GIT_COMMITTER_EMAIL", "sanna@example.org")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", cases.path())
        .output()
        .unwrap();
    let said = format!(
        "{guide}:\n{script}\n--- stdout\n{}\n--- stderr\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{said}");
    let memo = cases
        .path()
        .join("aino/meetings/2026-11-24-daycare/memo.html");
    assert!(memo.is_file(), "{said}");
    // The versions were saved: lsk's own (the meeting, the agenda, the
    // memo), then hers, each under her name.
    let log = std::process::Command::new("git")
        .args(["log", "--format=%an|%s"])
        .current_dir(cases.path().join("aino"))
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&log.stdout).into_owned();
    assert_eq!(log.lines().count(), 4, "{log}\n{said}");
    assert!(
        log.lines().all(|l| l.starts_with("Sanna Virtanen|")),
        "{log}"
    );
}

#[test]
fn the_english_quick_start_works_as_written() {
    walk("docs/en/quick-start.md", "CASES-FOLDER");
}

#[test]
fn the_finnish_quick_start_works_as_written() {
    walk("docs/fi/pikaopas.md", "ASIOIDEN-KANSIO");
}
