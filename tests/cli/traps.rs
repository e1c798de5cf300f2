//! The mistakes a new user typed, fed to the real binary as typed: each
//! message names the real cause and the fix, on the right line, in the
//! case's language, and no parser English reaches a Finnish or Swedish
//! reader.

use serde_json::Value;

use crate::common::*;

/// A case in `lang` with one meeting whose meeting.md is `text`.
pub fn case_with(lang: &str, text: &str) -> Env {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2019-03", lang));
    env.meeting("2026-11-10-daycare", text);
    env
}

/// The one finding of `rule` for a meeting written as `text`, in `lang`.
pub fn finding(lang: &str, text: &str, rule: &str) -> Value {
    let run = case_with(lang, text).check(&[]);
    run.find(rule, "")
        .unwrap_or_else(|| panic!("no {rule} ({lang}):\n{}", run.stdout))
}

/// `message` and `help` of a finding, joined.
pub fn said(f: &Value) -> String {
    format!(
        "{} | {}",
        f["message"].as_str().unwrap_or(""),
        f["help"].as_str().unwrap_or("")
    )
}

fn frontmatter(lines: &str) -> String {
    format!("---\nkind: daycare\ndate: 2026-11-10\n{lines}---\n\nNotes.\n")
}

/// Words of the YAML parser's English that must never reach a Finnish or
/// Swedish reader.
const PARSER_WORDS: &[&str] = &[
    "mapping",
    "while parsing",
    "while scanning",
    "did not find",
    "expected",
    "scalar",
    "indicator",
    "simple key",
    "not allowed",
    "context",
    "token",
];

#[test]
fn comma_inside_braces_says_to_quote() {
    let text = frontmatter("informing_child:\n  - {who: Eva, how: Hemma, med bilder.}\n");
    for (lang, words) in [
        ("fi", "pilkku päättää tekstin"),
        ("en", "a comma ends the text"),
        ("sv", "avslutar ett kommatecken texten"),
    ] {
        let f = finding(lang, &text, "unknown-field");
        let s = said(&f);
        assert_eq!(f["line"], 5, "{s}");
        assert!(s.contains(words), "{lang}: {s}");
        assert!(s.contains("`med bilder.`"), "{lang}: {s}");
        assert!(
            s.contains("`how: \"Hemma, med bilder.\"`"),
            "{lang}: the fix is shown: {s}"
        );
    }
}

#[test]
fn typographic_quotes_are_named() {
    let text = frontmatter("goal: ”Tavoite: rauhallinen aamu”\n");
    let f = finding("fi", &text, "parse-error");
    let s = said(&f);
    assert_eq!(f["line"], 4);
    assert!(s.contains("typografisissa lainausmerkeissä"), "{s}");
    assert!(s.contains("`goal: \"Tavoite: rauhallinen aamu\"`"), "{s}");
    let s = said(&finding("en", &text, "parse-error"));
    assert!(s.contains("typographic quotes"), "{s}");
    assert!(!s.contains("put text with"), "{s}");
    let s = said(&finding("sv", &text, "parse-error"));
    assert!(s.contains("typografiska citattecken"), "{s}");
    // The human output points at the quote: line 4, column 7.
    let run = case_with("fi", &text).lsk(&["check"]);
    assert!(
        run.stdout
            .contains("meetings/2026-11-10-daycare/meeting.md:4:7"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_invitee_without_its_dash_is_not_deleted() {
    let text = frontmatter(
        "invitees:\n  - name: Eva Esimerkki\n    role: parent\n    name: Pekka Esimerkki\n    role: parent\n",
    );
    let f = finding("fi", &text, "parse-error");
    let s = said(&f);
    assert_eq!(f["line"], 7, "{s}");
    assert!(s.contains("puuttuu `- `"), "{s}");
    assert!(s.contains("`  - name: Pekka Esimerkki`"), "{s}");
    assert!(
        !s.contains("säilytä oikea"),
        "advice that deletes a person: {s}"
    );
    let s = said(&finding("en", &text, "parse-error"));
    assert!(s.contains("has no `- `"), "{s}");
    assert!(s.contains("`  - name: Pekka Esimerkki`"), "{s}");
    // Left at the list's own level, the same line says the same.
    let text = frontmatter(
        "invitees:\n  - name: Eva Esimerkki\n    role: parent\n  name: Pekka Esimerkki\n",
    );
    let f = finding("en", &text, "parse-error");
    assert_eq!(f["line"], 7);
    assert!(
        said(&f).contains("`  - name: Pekka Esimerkki`"),
        "{}",
        said(&f)
    );
}

#[test]
fn merge_conflicts_are_named_wherever_they_are() {
    let conflict =
        "<<<<<<< HEAD\ngoal: Calmer mornings\n=======\ngoal: Calm mornings\n>>>>>>> other\n";
    let in_fields = frontmatter(conflict);
    let in_notes = format!("{}\n{conflict}", frontmatter(""));
    let around_start = format!("{conflict}{}", frontmatter(""));
    for text in [&in_fields, &in_notes, &around_start] {
        let f = finding("fi", text, "parse-error");
        let s = said(&f);
        assert!(s.contains("yhdistämisristiriita"), "{s}");
        assert!(!s.contains("sisennyk"), "no indentation advice: {s}");
        let s = said(&finding("en", text, "parse-error"));
        assert!(s.contains("merge conflict"), "{s}");
    }
    // A Markdown heading underlined with `=======` is no conflict.
    let heading = format!("{}\nMornings\n=======\n", frontmatter(""));
    assert!(!case_with("en", &heading).check(&[]).has("parse-error"));
}

#[test]
fn a_no_break_space_after_the_colon_is_named_on_its_line() {
    let text = frontmatter("goal:\u{a0}Calm mornings\nplace: Daycare\n");
    let f = finding("fi", &text, "parse-error");
    let s = said(&f);
    assert_eq!(f["line"], 4, "the line with the space, not the next: {s}");
    assert!(s.contains("sitova välilyönti"), "{s}");
    assert!(said(&finding("en", &text, "parse-error")).contains("no-break space"));
    assert!(said(&finding("sv", &text, "parse-error")).contains("hårt mellanslag"));
    let run = case_with("en", &text).lsk(&["check"]);
    assert!(run.stdout.contains("meeting.md:4:6"), "{}", run.stdout);
    // Alone on the last line too.
    let f = finding("en", "---\ngoal:\u{a0}x\n---\n", "parse-error");
    assert!(said(&f).contains("no-break space"), "{}", said(&f));
}

#[test]
fn colons_spaces_quotes_and_brackets() {
    let cases: &[(&str, usize, &str, &str)] = &[
        // (lines, line of the fault, Finnish words, English words)
        (
            "goal: Tavoite: rauhallinen aamu\n",
            4,
            "`goal: \"Tavoite: rauhallinen aamu\"`",
            "holds `: `",
        ),
        (
            "child_preparation:\n  told_topics:yes\n  by: Eva\n",
            5,
            "`  told_topics: yes`",
            "no space after `told_topics:`",
        ),
        (
            "goal: {a: b\nplace: x\n",
            4,
            "ei suljeta merkillä `}`",
            "never closed with `}`",
        ),
        (
            "goal: \"unfinished\nplace: x\n",
            4,
            "ei suljeta",
            "not closed",
        ),
        (
            "goal: 'it's fine'\n",
            4,
            "`goal: \"it's fine\"`",
            "other kind of quotes",
        ),
        (
            "goal: @home\n",
            4,
            "`goal: \"@home\"`",
            "cannot start with `@`",
        ),
        (
            "goal: Calm\n  place: Daycare\n",
            5,
            "enemmän kuin rivi 4",
            "indented more than line 4",
        ),
        (
            "goal: Calm\nplace Daycare\n",
            5,
            "kaksoispistettä",
            "no colon",
        ),
        (
            "invitees:\n  - name: Eva\n   role: parent\n",
            6,
            "3 välilyönnillä",
            "by 3 spaces",
        ),
        (
            "goal: [b, c]d\n",
            4,
            "`goal: \"[b, c]d\"`",
            "after the closing bracket",
        ),
        ("place: x\ngoal: - a\n", 5, "luettelon kohta", "list item"),
    ];
    for (lines, line, fi, en) in cases {
        let text = frontmatter(lines);
        let f = finding("fi", &text, "parse-error");
        let s = said(&f);
        assert_eq!(f["line"], *line as i64, "{lines}: {s}");
        assert!(s.contains(fi), "fi {lines}: {s}");
        for word in PARSER_WORDS {
            assert!(
                !s.contains(word),
                "fi {lines}: parser English `{word}`: {s}"
            );
        }
        let s = said(&finding("en", &text, "parse-error"));
        assert!(s.contains(en), "en {lines}: {s}");
        let s = said(&finding("sv", &text, "parse-error"));
        for word in PARSER_WORDS {
            assert!(
                !s.contains(word),
                "sv {lines}: parser English `{word}`: {s}"
            );
        }
    }
}

/// Mistakes not written out above: whatever breaks the fields, a Finnish
/// or Swedish reader gets lsk's words, a line and a way out.
#[test]
fn no_parser_english_for_any_broken_line() {
    let broken = [
        "goal: [a, b\n",
        "goal: {a: b}}\n",
        "goal: `x`\n",
        "goal: %x\n",
        "goal: &\n",
        "goal: *nothing\n",
        "goal: |x\n  text\n",
        "goal: ? x\n",
        "a:\n  b: 1\n c: 2\n",
        "goal: \"a\" b\n",
        "goal: [b, c]d\n",
        "- a\ngoal: b\n",
        "goal: >\n  t\n t2\nplace: c\n",
        "goal: !<x\n",
        "  goal: x\nplace: y\n",
    ];
    for lines in broken {
        let text = frontmatter(lines);
        for lang in ["fi", "sv"] {
            let f = finding(lang, &text, "parse-error");
            let s = said(&f);
            for word in PARSER_WORDS {
                assert!(!s.contains(word), "{lang} {lines:?}: `{word}` in {s}");
            }
            assert!(f["help"].as_str().is_some_and(|h| !h.is_empty()), "{s}");
        }
    }
}

#[test]
fn yes_and_no_as_people_write_them() {
    // Every spelling of an answer is read, in any case and language.
    for (attends, done, acute) in [
        ("Yes", "yes", "yes"),
        ("kyllä", "Kyllä", "KYLLÄ"),
        ("ja", "Ja", "true"),
        ("Osittain", "no", "ei"),
        ("delvis", "nej", "False"),
    ] {
        let text = edit(
            &edit(
                &edit(
                    FGC,
                    "child_attends: yes",
                    &format!("child_attends: {attends}"),
                ),
                "    owner: Uncle Lee\n",
                &format!("    owner: Uncle Lee\n    done: {done}\n"),
            ),
            "kind: family-group-conference\n",
            &format!("kind: family-group-conference\nacute: {acute}\n"),
        );
        let env = Env::case("2019-03");
        env.meeting("2026-11-10-fgc", &text);
        let run = env.check(&[]);
        assert!(
            !run.has("invalid-value"),
            "{attends} {done} {acute}: {}",
            run.stdout
        );
    }
    // `Kyllä` is `yes` in the documents too.
    let env = Env::case("2019-03");
    env.meeting(
        "2026-11-10-daycare",
        &edit(DAYCARE, "child_attends: no", "child_attends: Kyllä"),
    );
    let run = env.lsk(&[
        "render",
        "agenda",
        "meetings/2026-11-10-daycare",
        "--stdout",
        "--today",
        "2026-11-01",
    ]);
    assert!(
        run.stdout
            .contains("Robin is there throughout; at the start we agree where they sit"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_answer_lsk_cannot_read_says_what_to_write() {
    let text = frontmatter("child_attends: maybe\n");
    let f = finding("fi", &text, "invalid-value");
    assert!(
        said(&f).contains("`kyllä`, `ei` tai `osittain`"),
        "{}",
        said(&f)
    );
    let f = finding("en", &text, "invalid-value");
    assert!(said(&f).contains("`yes`, `no` or `partly`"), "{}", said(&f));
    // A sentence where a yes/no answer belongs: keep its first word.
    let text = frontmatter("child_preparation:\n  by: Eva\n  told_topics: Ei ole vielä kerrottu\n");
    let f = finding("fi", &text, "invalid-value");
    assert!(said(&f).contains("pelkkä `ei`"), "{}", said(&f));
    let f = finding("sv", &text, "invalid-value");
    assert!(said(&f).contains("bara `nej`"), "{}", said(&f));
    let f = finding("en", &text, "invalid-value");
    assert!(said(&f).contains("only `no`"), "{}", said(&f));
    // A role written in Finnish: the id to write.
    let text = frontmatter("invitees:\n  - name: Eva\n    role: vanhempi\n");
    let f = finding("fi", &text, "invalid-value");
    assert!(said(&f).contains("kirjoita `parent`"), "{}", said(&f));
    let text = frontmatter("invitees:\n  - name: Eva\n    role: Social worker\n");
    let f = finding("en", &text, "invalid-value");
    assert!(said(&f).contains("write `social-worker`"), "{}", said(&f));
}

#[test]
fn dates_written_the_finnish_way_and_days_that_do_not_exist() {
    let text = "---\nkind: daycare\ndate: 10.11.2026\n---\n";
    let f = finding("fi", text, "invalid-value");
    assert_eq!(f["line"], 3);
    assert!(said(&f).contains("kirjoita `2026-11-10`"), "{}", said(&f));
    let f = finding("en", text, "invalid-value");
    assert!(said(&f).contains("write `2026-11-10`"), "{}", said(&f));
    assert!(!said(&f).contains("2026-11-24"), "{}", said(&f));
    let f = finding("sv", text, "invalid-value");
    assert!(said(&f).contains("skriv `2026-11-10`"), "{}", said(&f));

    let text = "---\nkind: daycare\ndate: 2026-11-31\n---\n";
    let f = finding("fi", text, "invalid-value");
    assert!(
        said(&f).contains("marraskuussa on 30 päivää"),
        "{}",
        said(&f)
    );
    let f = finding("en", text, "invalid-value");
    assert!(said(&f).contains("November has 30 days"), "{}", said(&f));
    let text = "---\nkind: daycare\nnext_meeting: 29.2.2027\n---\n";
    let f = finding("en", text, "invalid-value");
    assert!(
        said(&f).contains("February 2027 has 28 days"),
        "{}",
        said(&f)
    );
}

#[test]
fn new_meeting_takes_a_finnish_date_and_warns_of_a_past_one() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2019-03", "fi"));
    let run = env.lsk(&[
        "new-meeting",
        "--kind",
        "daycare",
        "--date",
        "3.2.2027",
        "--today",
        "1.2.2027",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("meetings/2027-02-03-daycare/meeting.md")
    );
    assert!(!run.stderr.contains("mennyt"), "{}", run.stderr);
    assert!(
        env.read("meetings/2027-02-03-daycare/meeting.md")
            .contains("date: 2027-02-03")
    );

    let run = env.lsk(&[
        "new-meeting",
        "--kind",
        "school",
        "--date",
        "2027-01-20",
        "--today",
        "2027-02-01",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("20.1.2027 on mennyt päivä"),
        "{}",
        run.stderr
    );

    let run = env.lsk(&["new-meeting", "--kind", "school", "--date", "31.2.2027"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("helmikuussa 2027 on 28 päivää"),
        "{}",
        run.stderr
    );

    // --today takes the same spellings everywhere.
    assert_eq!(env.lsk(&["check", "--today", "10.2.2027"]).code, 1);
    assert_eq!(env.lsk(&["list", "--today", "10.2.2027"]).code, 0);
}

#[test]
fn render_says_what_concerns_its_document_on_one_stream() {
    const DIR: &str = "meetings/2026-11-10-daycare";
    let env = Env::case("2019-03");
    let file = env.meeting("2026-11-10-daycare", DAYCARE);
    for doc in ["memo", "child-checklist"] {
        let run = env.lsk(&["render", doc, DIR]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(run.stdout.trim(), format!("{DIR}/{doc}.md"));
    }
    // Notes written below the fields never go into a document.
    let text = env.read(&file);
    env.write(&file, &format!("{text}\nMore private notes.\n"));
    assert!(!env.check(&[]).has("stale-render"));

    // A changed field: each document once, short, with its command, and
    // lsk's own marker comment not shown.
    env.write(
        &file,
        &env.read(&file)
            .replace("It went well", "It went well, everyone spoke"),
    );
    let run = env.lsk(&["check"]);
    assert_eq!(
        run.stdout.matches("[stale-render]").count(),
        2,
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("memo.md is out of date"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(&format!("`lsk render child-checklist {DIR}`")),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("lsk-render source="), "{}", run.stdout);

    // Rendering the memo again speaks of the memo only: not of the
    // checklist, nor of the memo's own old version; warnings on stderr.
    let run = env.lsk(&["render", "memo", DIR]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), format!("{DIR}/memo.md"));
    assert!(!run.stderr.contains("stale-render"), "{}", run.stderr);
    assert!(!run.stdout.contains("warning"), "{}", run.stdout);

    // Finnish: the refusal names the file and the draft.
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2019-03", "fi"));
    env.meeting("2026-11-10-daycare", &drop_key(DAYCARE, "evaluation"));
    let run = env.lsk(&["render", "memo", DIR]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr.contains("tiedostoa memo.md ei kirjoitettu") && run.stderr.contains("--draft`"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_old_marker_of_the_whole_file_is_current_while_the_file_is() {
    use sha2::{Digest, Sha256};
    let env = Env::case("2019-03");
    let file = env.meeting("2026-11-10-daycare", DAYCARE);
    let whole: String = Sha256::digest(DAYCARE.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let body = "# Memo\n";
    let output: String = Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    env.write(
        "meetings/2026-11-10-daycare/memo.md",
        &format!("{body}<!-- lsk-render source={whole} output={output} -->\n"),
    );
    assert!(!env.check(&[]).has("stale-render"));
    env.write(&file, &format!("{DAYCARE}\nMore notes.\n"));
    assert!(env.check(&[]).has("stale-render"));
}

/// Every line of `text` fits `width` columns, except source lines quoted
/// from the file (after `| `), which are the file's own.
fn fits(text: &str, width: usize) {
    use unicode_width::UnicodeWidthStr;
    for line in text.lines() {
        let quoted = line
            .split_once(" | ")
            .is_some_and(|(n, _)| n.trim().parse::<usize>().is_ok());
        assert!(
            quoted || line.width() <= width,
            "{} > {width}: {line}\n{text}",
            line.width()
        );
    }
}

#[test]
fn messages_wrap_at_80_columns_at_word_boundaries() {
    let env = case_with("fi", &frontmatter("child_preparation:\n  by:\n"));
    let run = env.lsk(&["check"]);
    fits(&run.stdout, 80);
    // Words are whole: the long ones are there unbroken.
    for word in [
        "tilannekohtaisesti",
        "valmentaja",
        "ensimmäistä",
        "lsk explain child-not-prepared",
    ] {
        assert!(run.stdout.contains(word), "{word}: {}", run.stdout);
    }
    // The continuation of a title is indented under its text.
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("                      ")),
        "{}",
        run.stdout
    );
    // COLUMNS is respected.
    let run = env.lsk_with(env.path(), &["check"], &[("COLUMNS", "60")]);
    fits(&run.stdout, 60);
    // lsk's own messages on stderr too.
    let run = env.lsk_with(
        env.path(),
        &["new-meeting", "--kind", "daycare", "--date", "2026-11-01"],
        &[("COLUMNS", "50")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    fits(&run.stderr, 50);
}

#[test]
fn list_and_actions_on_80_columns_keep_words_whole() {
    let env = Env::case("2019-03");
    let long = "2026-11-10-family-group-conference-with-the-grandparents";
    env.meeting(
        long,
        &edit(
            FGC,
            "  - action: Rota of evenings\n",
            "  - action: Rota of evenings, written down and shared with every relative who takes part\n",
        ),
    );
    for doc in ["agenda", "child-checklist"] {
        env.lsk(&["render", doc, &format!("meetings/{long}"), "--draft"]);
    }
    // On an 80-column terminal (COLUMNS stands in for it: piped, a table
    // is not wrapped; tests/cli/terminal.rs).
    let eighty = [("COLUMNS", "80")];
    let run = env.lsk_with(env.path(), &["list"], &eighty);
    // A word, a date or a path is never broken, so a table with a path
    // longer than its share of 80 columns runs past them (the terminal
    // wraps those lines); tests/cli/terminal.rs.
    let path = format!("meetings/{long}/meeting.md");
    assert!(run.stdout.contains(&path), "{}", run.stdout);
    assert!(run.stdout.contains("child-checklist.md"), "{}", run.stdout);
    let run = env.lsk_with(env.path(), &["actions"], &eighty);
    for word in "Rota of evenings, written down and shared with every relative".split(' ') {
        assert!(
            run.stdout.lines().any(|l| l.split(' ').any(|w| w == word)),
            "{word}: {}",
            run.stdout
        );
    }
    assert!(run.stdout.contains(long), "{}", run.stdout);
}

#[test]
fn guide_shows_tables_as_aligned_text() {
    for lang in ["fi", "sv", "en"] {
        let run = Env::new().lsk(&[
            "guide", "--stage", "client", "--kind", "daycare", "--lang", lang,
        ]);
        assert_eq!(run.code, 0);
        assert!(
            !run.stdout.lines().any(|l| l.trim_start().starts_with('|')),
            "{lang}: a Markdown table: {}",
            run.stdout
        );
        fits(&run.stdout, 80);
    }
}

/// Colour only where a terminal can show it: not with NO_COLOR, not with
/// TERM=dumb (run under `script`, which gives lsk a terminal).
#[cfg(unix)]
#[test]
fn no_colour_for_a_dumb_terminal() {
    let Some(script) = tool("script") else {
        return;
    };
    let env = case_with("en", &frontmatter(""));
    let run = |term: &str, no_color: bool| {
        let mut cmd = std::process::Command::new(&script);
        cmd.args([
            "-qec",
            &format!("{} check", lsk_path().display()),
            "/dev/null",
        ])
        .current_dir(env.path())
        .env("LSK_TODAY", TODAY)
        .env("TERM", term)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS");
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd.output().expect("script runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(!text.contains("panicked"), "{text}");
        text
    };
    let coloured = run("xterm", false);
    if !coloured.contains("\x1b[") {
        // `script` gave lsk no terminal here, so nothing would be proved.
        skip("a terminal from `script`");
        return;
    }
    assert!(!run("dumb", false).contains("\x1b["), "TERM=dumb");
    assert!(!run("xterm", true).contains("\x1b["), "NO_COLOR");
}

#[test]
fn check_says_which_phase_and_why() {
    let text = edit(DAYCARE, "date: 2026-11-10", "date: 2026-12-10");
    let env = Env::case("2019-03");
    env.meeting("2026-12-10-daycare", &text);
    let run = env.lsk_wide(&["check"]);
    assert!(
        run.stdout.contains(
            "meetings/2026-12-10-daycare: phase: before the meeting (before), as the meeting is on 10 Dec 2026, after today (22 Nov 2026)"
        ),
        "{}",
        run.stdout
    );
    let run = env.lsk_wide(&["check", "--phase", "after"]);
    assert!(
        run.stdout.contains("(after), as asked with --phase"),
        "{}",
        run.stdout
    );
    let run = env.lsk_wide(&["check", "--lang", "fi"]);
    assert!(
        run.stdout.contains(
            "vaihe: ennen neuvottelua (before), koska neuvottelu on 10.12.2026, tämän päivän (22.11.2026) jälkeen"
        ),
        "{}",
        run.stdout
    );
    let run = env.lsk_wide(&["check", "--lang", "sv", "--today", "2026-12-10"]);
    assert!(
        run.stdout.contains("eftersom mötet är i dag (10.12.2026)"),
        "{}",
        run.stdout
    );
    // A meeting held: after.
    let env = Env::case("2019-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    let run = env.lsk_wide(&["check"]);
    assert!(
        run.stdout
            .contains("(after), as the meeting was on 10 Nov 2026, before today (22 Nov 2026)"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_parts_of_the_childs_preparation_are_one_finding_with_one_help() {
    let text = edit(
        DAYCARE,
        "child_preparation:\n  by: Dana Carer\n  told_who_is_coming: yes\n  told_topics: yes\n  child_wants_to_talk_about: friends\n  child_wants_adults_to_discuss: lunch\n",
        "child_preparation:\n  by:\n",
    );
    for (lang, help) in [
        ("en", "tells the child beforehand"),
        ("fi", "kertoo lapselle etukäteen"),
    ] {
        let env = Env::new();
        env.write("lsk.yaml", &case_yaml("2018-03", lang));
        env.meeting("2026-11-10-daycare", &text);
        assert_eq!(
            env.check(&[])
                .findings()
                .iter()
                .filter(|f| f["rule"] == "child-not-prepared")
                .count(),
            5,
            "JSON keeps each finding"
        );
        let run = env.lsk_wide(&["check"]);
        assert_eq!(
            run.stdout.matches("[child-not-prepared]").count(),
            1,
            "{}",
            run.stdout
        );
        assert_eq!(run.stdout.matches(help).count(), 1, "{}", run.stdout);
        for part in [
            "told_who_is_coming",
            "told_topics",
            "child_wants_to_talk_about",
        ] {
            assert!(run.stdout.contains(&format!("`{part}`")), "{}", run.stdout);
        }
    }
}

#[test]
fn help_in_the_readers_language_with_the_flags_as_they_are() {
    let env = Env::new();
    for (lang, usage, options, phase) in [
        (
            "fi",
            "Käyttö:",
            "Valitsimet:",
            "Tarkista tämän vaiheen mukaan",
        ),
        (
            "sv",
            "Användning:",
            "Flaggor:",
            "Kontrollera för detta skede",
        ),
        ("en", "Usage:", "Options:", "Check for this phase"),
    ] {
        let run = env.lsk(&["check", "--help", "--lang", lang]);
        assert_eq!(run.code, 0);
        let out = &run.stdout;
        for words in [
            usage,
            options,
            phase,
            "--phase <PHASE>",
            "--today <TODAY>",
            "--phase after",
        ] {
            assert!(out.contains(words), "{lang}: {words}\n{out}");
        }
        // -h is the summary, --help the whole text.
        let short = env.lsk(&["check", "-h", "--lang", lang]);
        assert!(short.stdout.contains(phase) && short.stdout.len() < out.len());
    }
    let fi = env.lsk(&["--help", "--lang", "fi"]).stdout;
    for english in [
        "Print help",
        "Print version",
        "Commands:",
        "Usage:",
        "[default:",
        "[possible values",
    ] {
        assert!(!fi.contains(english), "`{english}` in Finnish help:\n{fi}");
    }
    // `lsk help check` is `lsk check --help`.
    let run = env.lsk(&["help", "check", "--lang", "fi"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("Tarkista neuvottelut"),
        "{}",
        run.stdout
    );

    // The case's language, else the locale.
    let case = Env::new();
    case.write("lsk.yaml", &case_yaml("2019-03", "sv"));
    assert!(
        case.lsk(&["check", "--help"])
            .stdout
            .contains("Användning:")
    );
    let run = env.lsk_with(env.path(), &["check", "--help"], &[("LANG", "en_GB.UTF-8")]);
    assert!(run.stdout.contains("Usage:"), "{}", run.stdout);
}

/// Words of a wrapped text, one space apart.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn command_line_mistakes_in_the_readers_language() {
    let env = Env::new();
    let run = env.lsk(&["chek", "--lang", "fi"]);
    assert_eq!(run.code, 2);
    assert!(
        flat(&run.stderr).contains("tuntematon komento `chek`"),
        "{}",
        run.stderr
    );
    assert!(flat(&run.stderr).contains("`check`"), "{}", run.stderr);
    assert!(
        !flat(&run.stderr).contains("error:"),
        "clap's English: {}",
        run.stderr
    );

    let run = env.lsk(&["check", "--phase", "soon", "--lang", "sv"]);
    assert_eq!(run.code, 2);
    assert!(
        flat(&run.stderr).contains("använd `before`, `during` eller `after`"),
        "{}",
        run.stderr
    );
    assert!(
        flat(&run.stderr).contains("Användning: lsk check"),
        "{}",
        run.stderr
    );

    let run = env.lsk(&["check", "--today", "soon", "--lang", "fi"]);
    assert!(
        flat(&run.stderr).contains("VVVV-KK-PP tai P.K.VVVV"),
        "{}",
        run.stderr
    );

    let run = env.lsk(&["new-meeting", "--kind", "daycare", "--lang", "fi"]);
    assert_eq!(run.code, 2);
    assert!(
        flat(&run.stderr).contains("pakollinen mutta antamatta: `--date <DATE>`"),
        "{}",
        run.stderr
    );
    assert!(
        flat(&run.stderr).contains("Ohje: lsk new-meeting --help"),
        "{}",
        run.stderr
    );

    let run = env.lsk(&["render", "memo", "--html", "--ics", "--lang", "en"]);
    assert!(
        flat(&run.stderr).contains("cannot be used together"),
        "{}",
        run.stderr
    );

    let run = env.lsk(&["check", "--frmat", "json", "--lang", "en"]);
    assert!(
        flat(&run.stderr).contains("unknown option `--frmat`; did you mean `--format`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn run_together_keys_and_hidden_spaces_that_yaml_reads_quietly() {
    // The last line of a record: YAML reads `told_topics:yes` as one key.
    let text = frontmatter("child_preparation:\n  by: Eva\n  told_topics:yes\n");
    let f = finding("fi", &text, "parse-error");
    assert_eq!(f["line"], 6);
    assert!(said(&f).contains("`  told_topics: yes`"), "{}", said(&f));
    // Inside braces it is one key to YAML, with no error of its own.
    let text = frontmatter("child_preparation: {by: Eva, told_topics:yes}\n");
    let f = finding("en", &text, "unknown-field");
    assert!(said(&f).contains("`told_topics: yes`"), "{}", said(&f));
    // A no-break space in the indentation joins `place` to the goal's text.
    let text = frontmatter("goal: Calm mornings\n\u{a0} place: Daycare\n");
    let f = finding("en", &text, "parse-error");
    assert_eq!(f["line"], 5);
    assert!(said(&f).contains("no-break space"), "{}", said(&f));
}

#[test]
fn merge_conflict_markers_in_lsk_yaml_templates_and_documents() {
    let conflict = "<<<<<<< HEAD\nstage: client\n=======\nstage: assessment\n>>>>>>> other\n";
    let env = Env::new();
    env.write(
        "lsk.yaml",
        &format!(
            "{}{conflict}",
            case_yaml("2019-03", "fi").replace("stage: client\n", "")
        ),
    );
    env.meeting("2026-11-10-daycare", DAYCARE);
    env.write(
        "templates/agenda.md",
        "<<<<<<< HEAD\n# Agenda\n=======\n# Esityslista\n>>>>>>> other\n",
    );
    env.write(
        "meetings/2026-11-10-daycare/memo.md",
        "<<<<<<< HEAD\n# Memo\n=======\n# Muistio\n>>>>>>> other\n",
    );
    let run = env.check(&[]);
    let files: Vec<String> = run
        .findings()
        .iter()
        .filter(|f| f["rule"] == "parse-error" && said(f).contains("yhdistämisristiriita"))
        .map(|f| f["file"].as_str().unwrap_or("").to_owned())
        .collect();
    for file in [
        "lsk.yaml",
        "templates/agenda.md",
        "meetings/2026-11-10-daycare/memo.md",
    ] {
        assert!(files.iter().any(|f| f == file), "{file}: {}", run.stdout);
    }
}

/// The newcomer's trap: one field of an invitee lost its indentation. The
/// error names that line and says how far to indent it, not the good
/// line below it; and following the help mends the file.
#[test]
fn a_field_that_lost_its_indentation_is_named_not_the_line_below() {
    let broken = DAYCARE.replace(
        "  - name: Pat Parent\n    role: parent\n",
        "  - name: Pat Parent\nrole: parent\n",
    );
    let line = broken.lines().position(|l| l == "role: parent").unwrap() + 1;
    for (lang, words) in [
        ("en", "indent it like line"),
        ("fi", "sisennä se kuten rivi"),
        ("sv", "dra in det som rad"),
    ] {
        let f = finding(lang, &broken, "parse-error");
        assert_eq!(f["line"], line, "{lang}: {}", said(&f));
        let text = said(&f);
        assert!(text.contains(words), "{lang}: {text}");
        assert!(text.contains("`    role: parent`"), "{lang}: {text}");
        assert!(text.contains('4'), "{lang}: {text}");
    }
    // Doing what the help says gives back a file that reads.
    let env = case_with("en", DAYCARE);
    assert!(!env.check(&[]).has("parse-error"));
    // A line indented too far after a plain field is still that line's.
    let f = finding(
        "en",
        &frontmatter("goal: Calm\n  place: Daycare\n"),
        "parse-error",
    );
    assert_eq!(f["line"], 5, "{}", said(&f));
}

/// A list-shaped field written as one line, or missing: the help shows
/// the list's right form, in each language (the newcomer's `topics:` and
/// `recipients:`).
#[test]
fn list_shaped_fields_show_their_form_in_the_help() {
    let topics = DAYCARE.replace(
        "topics:\n  - by: Pat Parent\n    topic: Mornings\n    discussion: Mornings are rushed; a picture chart was agreed\n",
        "topics: Evenings and the way to school\n",
    );
    let recipients = DAYCARE.replace(
        "  recipients: [daycare]\n",
        "  recipients: Sunflower daycare\n",
    );
    for (lang, words) in [
        ("en", "starting with `- `"),
        ("fi", "viivalla `- ` alkaen"),
        ("sv", "med `- ` först"),
    ] {
        let run = case_with(lang, &topics).check(&[]);
        let f = run
            .find("invalid-value", "topics")
            .unwrap_or_else(|| panic!("{lang}: {}", run.stdout));
        let text = said(&f);
        assert!(
            text.contains("`topics`") && text.contains(words),
            "{lang}: {text}"
        );
        assert!(text.contains("`  - topic: ...`"), "{lang}: {text}");
        let run = case_with(lang, &recipients).check(&[]);
        let f = run
            .find("invalid-value", "memo_consent.recipients")
            .unwrap_or_else(|| panic!("{lang}: {}", run.stdout));
        assert!(said(&f).contains("`    - daycare`"), "{lang}: {}", said(&f));
        // Missing: the same form, not `topics: ...`.
        let missing = DAYCARE.replace("topics:\n  - by: Pat Parent\n    topic: Mornings\n    discussion: Mornings are rushed; a picture chart was agreed\n", "");
        let run = case_with(lang, &missing).check(&[]);
        let f = run
            .find("missing-field", "topics")
            .unwrap_or_else(|| panic!("{lang}: {}", run.stdout));
        let text = said(&f);
        assert!(
            text.contains("`topics:`") && text.contains("`  - topic: ...`"),
            "{lang}: {text}"
        );
    }
}
