//! Identity codes however they are spelt, through the real binary: `lsk
//! check` reports each on its line of meeting.md, and `lsk render` makes no
//! document while one is there.

use crate::common::*;

/// The spellings of the review (2026-12) and their neighbours: each a
/// valid code (01.02.1903 individual 123 is `010203-1230`).
const SPELLINGS: &[&str] = &[
    "1310~~52~~-308T",
    "~~131052-308T~~",
    "1310**52**-308T",
    "1310_52_-308T",
    "131052*-*308T",
    "`1310``52`-308T",
    "ID131052-308T",
    "HETU:131052-308Tlausunto",
    "010203 -1230",
    "010203 - 1230",
    "131052 \u{2013} 308T",
    "131052\u{2212}308T",
    "131052\u{2011}308T",
    "131052\u{fe63}308T",
    "\u{ff11}\u{ff13}1052\u{ff0d}308T",
    "131052-308t",
    "13\u{301}1052-308T",
    "131052-3\u{20e5}08T",
    "1310\u{200b}52-308T",
    "1310\u{200d}52-308T",
    "1310\u{ad}52-308T",
    "1310\u{202e}52-308T",
    "1310\u{2066}52-308T",
    "1310\u{1b}52-308T",
    "131052<b>-</b>308T",
    "1310<span>52</span>-308T",
    "131052&#45;308T",
    "131052&ndash;308T",
    "1310&shy;52-308T",
];

#[test]
fn check_finds_every_spelling_on_its_line() {
    for written in SPELLINGS {
        let text = format!("{DAYCARE}\nFirst line of notes.\nRobin's code {written} here.\n");
        let line = text.lines().position(|l| l.contains(written)).unwrap() + 1;
        let env = env_with(&text);
        let check = env.check(&[]);
        let found: Vec<u64> = check
            .findings()
            .iter()
            .filter(|f| f["rule"] == "identity-code")
            .filter_map(|f| f["line"].as_u64())
            .collect();
        assert_eq!(found, vec![line as u64], "{written:?}: {}", check.stdout);
        assert!(!check.stdout.contains(written), "masked: {written:?}");
        // No document while it is there.
        for doc in ["agenda", "invitation"] {
            let run = render(&env, &[doc, DIR]);
            assert_eq!(run.code, 1, "{written:?} {doc}: {}", run.stderr);
        }
        assert!(
            !env.join(&format!("{DIR}/agenda.md")).exists(),
            "{written:?}"
        );
    }
}

#[test]
fn near_misses_are_not_codes() {
    for written in [
        "131052-308A",
        "5131052-308T",
        "131052-308T5",
        "131052 A308T",
        "puh. 040 123 4567",
        "+358 40 1234567",
        "FI21 1234 5600 0007 85",
        "commit 3fa9010110a0023c0ffee0123456789abcdef01",
        "0bad1310-5200-4abc-9def-0123456789ab 0bad131052-0040-4abc-9def-0123456789ab",
    ] {
        let text = format!("{DAYCARE}\nNote {written}.\n");
        let check = env_with(&text).check(&[]);
        assert!(!check.has("identity-code"), "{written:?}: {}", check.stdout);
    }
}

/// A bug that stops lsk (a panic) prints its message with every code in
/// it masked: the standard message repeats the text the failing line
/// held, and it goes to a terminal, a CI log or the server's window.
#[test]
fn a_panic_prints_no_identity_code() {
    let env = Env::new();
    let run = env.lsk_with(
        env.path(),
        &["--version"],
        &[(
            "LSK_DEBUG_PANIC",
            "byte index 9 is inside `{\\rtf1 \\ä Eetu 131052-308T}`",
        )],
    );
    assert_eq!(run.code, 101, "{}{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("131052-308T"), "{}", run.stderr);
    assert!(run.stderr.contains("XXXXXX-XXXX"), "{}", run.stderr);
    assert!(run.stderr.contains("internal error"), "{}", run.stderr);
}
