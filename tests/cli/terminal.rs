//! Output in a terminal and in a pipe: tables wrap only for a terminal (or
//! `COLUMNS`), never inside a word, a date or a path; colour follows
//! NO_COLOR over CLICOLOR_FORCE over the terminal. The terminal cases run
//! lsk under `script` (util-linux), which gives it a pty of a set width.

use std::process::Command;

use unicode_width::UnicodeWidthStr;

use crate::common::*;

const LONG_ACTION: &str =
    "Aamurutiinikaavio kuvineen kotiin ja päiväkotiin, viikoittain päivitettynä";

/// A case with a long action and a long meeting folder.
fn case() -> (Env, String) {
    let env = Env::case("2019-03");
    let long = "2026-11-10-daycare-with-the-grandparents".to_owned();
    env.meeting(
        &long,
        &edit(
            DAYCARE,
            "  - action: Morning chart at home\n",
            &format!("  - action: {LONG_ACTION}\n"),
        ),
    );
    (env, long)
}

/// Every word (split at spaces) of `cells` is on some line of `out`.
fn whole(out: &str, cells: &[&str]) {
    for cell in cells {
        for word in cell.split(' ') {
            assert!(
                out.lines().any(|l| l.split(' ').any(|w| w == word)),
                "`{word}` broken:\n{out}"
            );
        }
    }
}

#[test]
fn piped_tables_are_one_line_per_row() {
    let (env, long) = case();
    for cmd in ["list", "actions"] {
        let run = env.lsk(&[cmd]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        // The header and the one row, however long.
        assert_eq!(run.stdout.lines().count(), 2, "{cmd}:\n{}", run.stdout);
        assert!(
            run.stdout.lines().any(|l| l.width() > 80),
            "{cmd}:\n{}",
            run.stdout
        );
    }
    let actions = env.lsk(&["actions"]).stdout;
    assert!(actions.contains(LONG_ACTION), "{actions}");
    assert!(actions.contains(&long), "{actions}");
}

#[test]
fn narrow_tables_never_break_a_word_date_or_path() {
    let (env, long) = case();
    for width in ["40", "50", "64"] {
        let run = env.lsk_with(env.path(), &["actions"], &[("COLUMNS", width)]);
        let out = &run.stdout;
        assert!(out.lines().count() > 2, "{width}: not wrapped:\n{out}");
        whole(out, &[LONG_ACTION, "2026-12-01", "Pat Parent"]);
        assert!(out.contains(&long), "{width}:\n{out}");
        // Narrower than the whole row, though the folder (one token)
        // keeps the table wider than 40 columns.
        let piped = env.lsk(&["actions"]).stdout;
        let widest = |t: &str| t.lines().map(|l| l.width()).max().unwrap_or(0);
        assert!(widest(out) < widest(&piped), "{width}:\n{out}");
        let list = env
            .lsk_with(env.path(), &["list"], &[("COLUMNS", width)])
            .stdout;
        whole(&list, &["2026-11-10", "memo due"]);
        assert!(
            list.contains(&format!("meetings/{long}/meeting.md")),
            "{list}"
        );
    }
}

#[test]
fn clicolor_force_colours_a_pipe_and_no_color_wins() {
    let (env, _) = case();
    let with = |vars: &[(&str, &str)]| env.lsk_with(env.path(), &["actions"], vars).stdout;
    // Env::lsk_with sets NO_COLOR=1; an empty NO_COLOR counts as unset.
    assert!(!with(&[("NO_COLOR", "")]).contains("\x1b["), "a pipe");
    let forced = with(&[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")]);
    assert!(forced.contains("\x1b[1m"), "CLICOLOR_FORCE: {forced}");
    assert!(
        !with(&[("NO_COLOR", ""), ("CLICOLOR_FORCE", "0")]).contains("\x1b["),
        "CLICOLOR_FORCE=0"
    );
    assert!(
        !with(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]).contains("\x1b["),
        "NO_COLOR over CLICOLOR_FORCE"
    );
    // The same for findings (stdout) and lsk's messages.
    env.meeting(
        "2026-11-11-daycare",
        &edit(DAYCARE, "kind: daycare", "kind: lunch"),
    );
    let check = env.lsk_with(
        env.path(),
        &["check"],
        &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")],
    );
    assert!(check.stdout.contains("\x1b["), "{}", check.stdout);
}

/// `script` (util-linux) running `command` on a pty `cols` wide, with
/// COLUMNS unset: what lsk wrote, or None without `script`.
fn on_terminal(env: &Env, cols: u16, args: &str, vars: &[(&str, &str)]) -> Option<String> {
    if Command::new("script").arg("--version").output().is_err() {
        crate::common::skip("script (util-linux)");
        return None;
    }
    let lsk = crate::common::lsk_path();
    let out = Command::new("script")
        .args([
            "-qec",
            &format!("stty cols {cols} rows 50; {} {args}", lsk.display()),
            "/dev/null",
        ])
        .current_dir(env.path())
        .env("LSK_TODAY", TODAY)
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env_remove("COLUMNS")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .envs(vars.iter().copied())
        .output()
        .unwrap();
    Some(String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"))
}

/// Without colour codes, for measuring.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn a_terminal_gets_its_width_and_colour() {
    let (env, long) = case();
    let Some(out) = on_terminal(&env, 60, "actions", &[]) else {
        return;
    };
    assert!(out.contains("\x1b["), "colour on a terminal: {out:?}");
    let text = plain(&out);
    assert!(text.lines().count() > 2, "wrapped to 60:\n{text}");
    whole(&text, &[LONG_ACTION]);
    for line in text.lines().filter(|l| !l.contains(&long)) {
        assert!(line.width() <= 60, "{line}\n{text}");
    }
    // NO_COLOR and TERM=dumb turn it off there.
    let off = on_terminal(&env, 60, "actions", &[("NO_COLOR", "1")]).unwrap();
    assert!(!off.contains("\x1b["), "{off:?}");
    let dumb = on_terminal(&env, 60, "actions", &[("TERM", "dumb")]).unwrap();
    assert!(!dumb.contains("\x1b["), "{dumb:?}");
}
