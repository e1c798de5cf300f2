//! Manual pages: one per command, installed into a folder; EXIT STATUS,
//! ENVIRONMENT and FILES; examples as verbatim lines; SEE ALSO names only
//! pages that are installed; `man --warnings` (man-db) and `mandoc -T
//! lint` find nothing to say (where they are installed; required with
//! LSK_REQUIRE_TOOLS).

use std::process::Command;

use crate::common::*;

const COMMANDS: &[&str] = &[
    "init",
    "new-meeting",
    "check",
    "render",
    "actions",
    "list",
    "schema",
    "completions",
    "man",
    "hook",
    "hook-install",
    "hook-run",
    "explain",
    "guide",
];

#[test]
fn one_page_per_command_installed_into_a_folder() {
    let env = Env::new();
    let run = env.lsk(&["man", "--dir", "man1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dir = env.join("man1");
    let mut pages = vec!["lsk".to_owned()];
    pages.extend(COMMANDS.iter().map(|c| format!("lsk-{c}")));
    for page in &pages {
        let text = std::fs::read_to_string(dir.join(format!("{page}.1")))
            .unwrap_or_else(|_| panic!("{page}.1 not installed"));
        assert!(
            text.contains(&format!("\n.TH {} 1 ", page.to_uppercase())),
            "{page}"
        );
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO"] {
            assert!(
                text.contains(&format!(".SH \"{section}\"")),
                "{page}: {section}"
            );
        }
        for var in [
            "LSK_TODAY",
            "LSK_TEMPLATES",
            "NO_COLOR",
            "LSK_BROWSER",
            "SOURCE_DATE_EPOCH",
        ] {
            assert!(text.contains(var), "{page}: {var}");
        }
        // SEE ALSO names only pages in the folder.
        let see_also = &text[text.find(".SH \"SEE ALSO\"").unwrap()..];
        let see_also = &see_also[..see_also[1..].find(".SH").map_or(see_also.len(), |i| i + 1)];
        for line in see_also.lines().filter(|l| l.starts_with(".BR ")) {
            let name = line[4..].split(' ').next().unwrap().replace("\\-", "-");
            assert!(
                dir.join(format!("{name}.1")).is_file(),
                "{page} names {name}(1)"
            );
        }
    }
    // A single page on stdout.
    let check = env.lsk(&["man", "check"]);
    assert_eq!(check.code, 0);
    assert_eq!(
        check.stdout,
        std::fs::read_to_string(dir.join("lsk-check.1")).unwrap()
    );
    assert!(check.stdout.contains(".SH EXAMPLES\n.RS 4\n.nf\n"));
    assert_eq!(env.lsk(&["man", "no-such-command"]).code, 2);
    assert!(env.lsk(&["man"]).stdout.contains("\n.TH LSK 1 "));
}

#[test]
fn man_reads_every_page_without_warnings() {
    let man = Command::new("man").arg("--version").output();
    if man.is_err() {
        skip("man (man-db)");
        return;
    }
    let env = Env::new();
    assert_eq!(env.lsk(&["man", "--dir", "man1"]).code, 0);
    for entry in std::fs::read_dir(env.join("man1")).unwrap() {
        let path = entry.unwrap().path();
        let out = Command::new("man")
            .args(["--warnings", "-l"])
            .arg(&path)
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap();
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && warnings.trim().is_empty(),
            "{}: {warnings}",
            path.display()
        );
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("EXIT STATUS") && text.contains("ENVIRONMENT"),
            "{}",
            path.display()
        );
        if path.ends_with("lsk-check.1") {
            // Examples stay as written, one per line, spaces kept.
            assert!(
                text.lines()
                    .any(|l| l.trim() == "lsk check --format json --today 2026-11-24 ~/cases"),
                "{text}"
            );
        }
    }
}

/// mandoc (the man of the BSDs, macOS and Alpine) reads every page without
/// an error, a warning or a style note: a date in `.TH`, no `.br` next to
/// a paragraph break, no trailing space, text lines of at most 80 bytes.
#[test]
fn mandoc_lints_every_page_clean() {
    if Command::new("mandoc").arg("-V").output().is_err()
        && Command::new("mandoc").arg("-h").output().is_err()
    {
        skip("mandoc");
        return;
    }
    let env = Env::new();
    let run = env.lsk_with(
        env.path(),
        &["man", "--dir", "man1"],
        &[("SOURCE_DATE_EPOCH", "1764547200")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut pages: Vec<std::path::PathBuf> = std::fs::read_dir(env.join("man1"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    assert!(pages.len() >= COMMANDS.len());
    let out = Command::new("mandoc")
        .args(["-T", "lint", "-W", "style"])
        .args(&pages)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && said.trim().is_empty(), "{said}");
    // The date where the date belongs (SOURCE_DATE_EPOCH: reproducible).
    let page = std::fs::read_to_string(env.join("man1/lsk-check.1")).unwrap();
    assert!(
        page.contains("\n.TH LSK-CHECK 1 2025-12-01 \"lsk-check "),
        "{}",
        &page[..200]
    );
    // What mandoc renders still holds the examples as written.
    let text = Command::new("mandoc")
        .args(["-T", "utf8"])
        .arg(env.join("man1/lsk-check.1"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.lines()
            .any(|l| l.trim() == "lsk check --format json --today 2026-11-24 ~/cases"),
        "{text}"
    );
}
