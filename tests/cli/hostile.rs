//! Hostile and broken input: every case gives a clear finding or error that
//! names the file (and the line where there is one), exits 1 or 2, does not
//! panic, finishes in bounded time, and changes no file.

use std::time::Duration;

use crate::common::*;

const M: &str = "meetings/2026-11-10-daycare/meeting.md";

/// Run `lsk check --format json` with a time limit and the common checks.
fn hostile(env: &Env, expect_code: i32) -> Run {
    hostile_run(env, expect_code, env.cmd(&[]))
}

/// [`hostile`] with `cmd` (a wrapper, variables) for the run.
fn hostile_run(env: &Env, expect_code: i32, cmd: Cmd) -> Run {
    let before = snapshot(env.path());
    let run = cmd
        .arg("check")
        .arg("--format")
        .arg("json")
        .arg(".")
        .timeout(Duration::from_secs(60))
        .run();
    assert_eq!(run.code, expect_code, "{}\n{}", run.stdout, run.stderr);
    assert!(before == snapshot(env.path()), "a file changed");
    run
}

/// A meeting.md with these bytes: the finding `rule` on `M`, at `line` if given.
fn meeting_bytes(bytes: &[u8], rule: &str, line: Option<i64>) {
    let env = Env::case("2021-03");
    env.write_bytes(M, bytes);
    let run = hostile(&env, 1);
    let f = run
        .findings()
        .into_iter()
        .find(|f| f["rule"] == rule && f["file"] == M)
        .unwrap_or_else(|| panic!("no {rule} on {M}: {}", run.stdout));
    assert!(!f["message"].as_str().unwrap_or("").is_empty());
    if let Some(line) = line {
        assert_eq!(f["line"], line, "{f}");
    }
}

fn replaced(from: &str, to: &str) -> Vec<u8> {
    edit(DAYCARE, from, to).into_bytes()
}

#[test]
fn empty_and_missing_frontmatter() {
    meeting_bytes(b"", "parse-error", Some(1));
    meeting_bytes(b"\xEF\xBB\xBF", "parse-error", Some(1));
    meeting_bytes(b"Notes only, no fields.\n", "parse-error", Some(1));
    meeting_bytes(b"---\nkind: daycare\ngoal: x\n", "parse-error", Some(1));
    meeting_bytes(b"---\n- a\n- b\n---\n", "parse-error", Some(2));
    meeting_bytes(b"---\njust a sentence\n---\n", "parse-error", Some(2));
    meeting_bytes(b"---\n---\n", "missing-field", Some(1));
}

#[test]
fn broken_yaml() {
    meeting_bytes(
        b"---\nkind: daycare\n  goal: x\n---\n",
        "parse-error",
        Some(3),
    );
    meeting_bytes(
        b"---\nkind: daycare\ninvitees:\n\t- name: x\n---\n",
        "parse-error",
        Some(4),
    );
    meeting_bytes(
        b"---\ngoal: \"unclosed\nplace: x\n---\n",
        "parse-error",
        None,
    );
    meeting_bytes(b"---\n? [a, b]\n: c\n---\n", "parse-error", Some(2));
    meeting_bytes(
        &replaced(
            "place: Daycare Centre Lark\n",
            "place: Daycare Centre Lark\nplace: Home\n",
        ),
        "parse-error",
        Some(7),
    );
    meeting_bytes(
        b"---\ngoal: !python/object:os.system x\n---\n",
        "parse-error",
        Some(2),
    );
    meeting_bytes(
        b"---\ninvitees: !!set {a, b}\n---\n",
        "parse-error",
        Some(2),
    );
    meeting_bytes(b"---\ngoal: *nothing\n---\n", "parse-error", Some(2));
    meeting_bytes(b"---\nkind: daycare\x00\n---\n", "parse-error", None);
    // Found by fuzzing: lone CRs (old Mac line ends) are line breaks, so the
    // line given is the one an editor shows.
    meeting_bytes(
        b"---\rkind: daycare\r\r\rgoal: [unclosed\r---\r",
        "parse-error",
        Some(5),
    );
}

#[test]
fn not_utf8() {
    // Latin-1 and Windows-1252 (curly quotes 0x93 0x94).
    meeting_bytes(
        b"---\nkind: daycare\nplace: P\xe4iv\xe4koti\n---\n",
        "parse-error",
        Some(3),
    );
    meeting_bytes(
        b"---\nkind: daycare\ngoal: \x93Aamut\x94\n---\n",
        "parse-error",
        Some(3),
    );
    // Notepad's "Unicode" is UTF-16, with or without its byte-order mark.
    for bom in [&b"\xff\xfe"[..], b""] {
        let mut utf16 = bom.to_vec();
        for unit in DAYCARE.encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        let env = Env::case("2021-03");
        env.write_bytes(M, &utf16);
        let run = hostile(&env, 1);
        let f = run.find("parse-error", "").unwrap();
        assert!(f["message"].as_str().unwrap().contains("UTF-16"), "{f}");
    }
    let env = Env::case("2021-03");
    env.write_bytes(M, b"---\ngoal: \xff\n---\n");
    let run = hostile(&env, 1);
    assert!(run.stdout.contains("UTF-8"), "{}", run.stdout);
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
        .collect();
    meeting_bytes(&garbage, "parse-error", None);
    let mut binary = b"---\n".to_vec();
    binary.extend(std::iter::repeat_n(0u8, 1000));
    meeting_bytes(&binary, "parse-error", None);
}

#[test]
fn hostile_structures_are_bounded() {
    let mut laughs = String::from("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..12u8 {
        let (p, n) = ((b'a' + i) as char, (b'a' + i + 1) as char);
        laughs.push_str(&format!(
            "{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        ));
    }
    laughs.push_str("---\n");
    meeting_bytes(laughs.as_bytes(), "parse-error", None);
    let flow = format!(
        "---\ngoal: {}{}\n---\n",
        "[".repeat(20_000),
        "]".repeat(20_000)
    );
    meeting_bytes(flow.as_bytes(), "parse-error", Some(2));
    let mut block = String::from("---\n");
    for depth in 0..2_000 {
        block.push_str(&" ".repeat(depth));
        block.push_str("a:\n");
    }
    block.push_str("---\n");
    meeting_bytes(block.as_bytes(), "parse-error", None);
    let many = format!(
        "---\nkind: daycare\ninvitees:\n{}---\n",
        "  - name: X\n    role: other\n".repeat(10_000)
    );
    meeting_bytes(many.as_bytes(), "network-size", Some(3));
}

#[test]
fn huge_lines_and_bodies() {
    let long = format!("---\ngoal: {}\n---\n", "x".repeat(1 << 20));
    meeting_bytes(long.as_bytes(), "missing-field", Some(1));
    let mut big = DAYCARE.to_owned();
    big.push_str(&"Notes about the morning routine and the week.\n".repeat(20 << 20 >> 6));
    big.push_str("131052-308T\n");
    meeting_bytes(big.as_bytes(), "identity-code", None);
}

#[test]
fn every_field_with_the_wrong_type() {
    for (from, to, field) in [
        ("kind: daycare", "kind: [daycare]", "kind"),
        ("date: 2026-11-10", "date: {year: 2026}", "date"),
        ("time: 13:00", "time: [13, 0]", "time"),
        ("duration_min: 60", "duration_min: sixty", "duration_min"),
        ("place: Daycare Centre Lark", "place: [a, b]", "place"),
        (
            "goal: Agree how daycare supports Robin's mornings",
            "goal: {aim: x}",
            "goal.aim",
        ),
        (
            "invited_by: Sam Worker",
            "invited_by: {name: Sam}",
            "invited_by",
        ),
        ("child_attends: no", "child_attends: 5", "child_attends"),
        (
            "child_attendance_reason: A long meeting is too much for a five-year-old",
            "child_attendance_reason: [x]",
            "child_attendance_reason",
        ),
        (
            "family_views: The family wants calmer mornings",
            "family_views: [x]",
            "family_views",
        ),
        (
            "child_views: Robin likes the sandpit",
            "child_views: [x]",
            "child_views",
        ),
        (
            "summary: Daycare follows the mornings",
            "summary: [x]",
            "summary",
        ),
        ("evaluation: It went well", "evaluation: [x]", "evaluation"),
        (
            "next_meeting: 2027-01-10",
            "next_meeting: 12",
            "next_meeting",
        ),
        (
            "  recipients: [daycare]",
            "  recipients: {daycare: yes}",
            "memo_consent.recipients",
        ),
        ("    due: 2026-12-01", "    due: [2026]", "agreed[0].due"),
        (
            "  - who: Dana Carer",
            "  - who: [Dana, Carer]",
            "informing_child[1].who",
        ),
        (
            "  told_topics: yes",
            "  told_topics: [a]",
            "child_preparation.told_topics",
        ),
    ] {
        let env = Env::case("2021-03");
        env.write(M, &edit(DAYCARE, from, to));
        let run = hostile(&env, 1);
        assert!(
            run.findings().iter().any(|f| f["field"] == field
                && (f["rule"] == "invalid-value" || f["rule"] == "unknown-field")),
            "{to}: {}",
            run.stdout
        );
    }
    for (to, field) in [
        ("invitees: Sam Worker", "invitees"),
        ("invitees:\n  - Sam Worker", "invitees[0]"),
        ("child_preparation: told everything", "child_preparation"),
        ("memo_consent: [daycare]", "memo_consent"),
        ("agreed: {action: x}", "agreed"),
        ("informing_child: Pat", "informing_child"),
        ("observe: watch mornings", "observe"),
        ("acute: maybe", "acute"),
    ] {
        let env = Env::case("2021-03");
        env.write(
            M,
            &edit(
                DAYCARE,
                "kind: daycare\n",
                &format!("kind: daycare\n{to}\n"),
            ),
        );
        // The original key may follow: drop it so the test is about the type.
        let text = std::fs::read_to_string(env.join(M)).unwrap();
        let key = field.split('[').next().unwrap();
        let mut seen = false;
        let mut kept = Vec::new();
        let mut skipping = false;
        for l in text.lines() {
            if l.starts_with(&format!("{key}:")) {
                if seen {
                    skipping = true;
                    continue;
                }
                seen = true;
            } else if skipping && (l.starts_with(' ') || l.starts_with('-')) {
                continue;
            } else {
                skipping = false;
            }
            kept.push(l);
        }
        env.write(M, &(kept.join("\n") + "\n"));
        let run = hostile(&env, 1);
        assert!(
            run.findings()
                .iter()
                .any(|f| f["field"] == field && f["rule"] == "invalid-value"),
            "{to}: {}",
            run.stdout
        );
    }
}

#[test]
fn impossible_values() {
    meeting_bytes(
        &replaced("date: 2026-11-10", "date: 2026-02-30"),
        "invalid-value",
        Some(3),
    );
    meeting_bytes(
        &replaced("date: 2026-11-10", "date: 10.11.2026"),
        "invalid-value",
        Some(3),
    );
    meeting_bytes(
        &replaced("time: 13:00", "time: 24:61"),
        "invalid-value",
        Some(4),
    );
    meeting_bytes(
        &replaced("time: 13:00", "time: 9.3"),
        "invalid-value",
        Some(4),
    );
    meeting_bytes(
        &replaced("duration_min: 60", "duration_min: -30"),
        "invalid-value",
        Some(5),
    );
    meeting_bytes(
        &replaced("duration_min: 60", "duration_min: 0"),
        "invalid-value",
        Some(5),
    );
    meeting_bytes(
        &replaced("duration_min: 60", "duration_min: 99999999999999999999"),
        "invalid-value",
        Some(5),
    );
    meeting_bytes(
        &replaced("chair: Sam Worker", "chair: [Sam Worker, Pat Parent]"),
        "invalid-value",
        Some(9),
    );
    meeting_bytes(
        &replaced("next_meeting: 2027-01-10", "next_meeting: 0000-00-00"),
        "invalid-value",
        None,
    );
    meeting_bytes(
        &replaced("kind: daycare", "kind: Daycare"),
        "invalid-value",
        Some(2),
    );
}

#[test]
fn meeting_md_that_is_a_folder_and_symlink_loops() {
    let env = Env::case("2021-03");
    std::fs::create_dir_all(env.join(M)).unwrap();
    let run = hostile(&env, 1);
    assert!(run.find("parse-error", "").is_some());
    #[cfg(unix)]
    {
        let env = Env::case("2021-03");
        env.meeting("2026-11-10-daycare", DAYCARE);
        std::os::unix::fs::symlink("loop", env.join("meetings/loop")).unwrap();
        std::os::unix::fs::symlink("../meetings", env.join("meetings/2026-11-10-daycare/up"))
            .unwrap();
        std::os::unix::fs::symlink(".", env.join("self")).unwrap();
        let run = hostile(&env, 0);
        assert_eq!(run.json()["summary"]["meetings"], 1);
        std::os::unix::fs::symlink("nowhere", env.join("meetings/2026-11-10-daycare/agenda.md"))
            .unwrap();
        hostile(&env, 0);
    }
}

/// Things that are not files where files belong: a link to an endless
/// device, a named pipe nobody writes to, folder names that are not UTF-8.
#[cfg(unix)]
#[test]
fn devices_pipes_and_odd_names() {
    use std::os::unix::ffi::OsStrExt;
    // meeting.md a link to /dev/zero: read forever unless lsk refuses.
    let env = Env::case("2021-03");
    std::fs::create_dir_all(env.join("meetings/2026-11-10-daycare")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", env.join(M)).unwrap();
    let run = hostile(&env, 1);
    let f = run.find("parse-error", "").expect("a finding");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("not an ordinary file"),
        "{f}"
    );
    // lsk.yaml a link to /dev/urandom.
    std::fs::remove_file(env.join("lsk.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/urandom", env.join("lsk.yaml")).unwrap();
    hostile(&env, 1);

    // A named pipe: opening it would wait for a writer.
    let env = Env::case("2021-03");
    std::fs::create_dir_all(env.join("meetings/2026-11-10-daycare")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(env.join(M))
        .status();
    if made.is_ok_and(|s| s.success()) {
        let run = hostile(&env, 1);
        assert!(run.find("parse-error", "").is_some(), "{}", run.stdout);
        let run = env.lsk(&["render", "agenda", "meetings/2026-11-10-daycare"]);
        assert_ne!(run.code, 0);
    }

    // Folder and file names that are not UTF-8, or hold a line break.
    let env = Env::case("2021-03");
    let odd = env
        .join("meetings")
        .join(std::ffi::OsStr::from_bytes(b"2026-11-10-p\xe4iv\xe4koti"));
    std::fs::create_dir_all(&odd).unwrap();
    std::fs::write(odd.join("meeting.md"), DAYCARE).unwrap();
    let broken = env.join("meetings/2026-11-11-line\nbreak");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("meeting.md"), drop_key(DAYCARE, "goal")).unwrap();
    let run = hostile(&env, 1);
    assert_eq!(run.json()["summary"]["meetings"], 2);
    let f = run.find("missing-field", "goal").unwrap();
    assert!(f["file"].as_str().unwrap().contains("line\nbreak"), "{f}");
    // The human report does not let a name break its lines.
    let run = env.lsk(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        !run.stdout.contains("line\nbreak/meeting.md"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("line\\nbreak/meeting.md"),
        "{}",
        run.stdout
    );

    // Terminal escape sequences in a file are shown, not obeyed.
    let env = Env::case("2021-03");
    env.meeting(
        "2026-11-10-daycare",
        &edit(
            DAYCARE,
            "goal: Agree",
            r#""goal\e]0;pwned\a": x
goal: Agree"#,
        ),
    );
    let run = env.lsk(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("unknown field"), "{}", run.stdout);
    assert!(
        !run.stdout.contains('\x1b') && !run.stdout.contains('\x07'),
        "{:?}",
        run.stdout
    );
    // Raw, they are not valid YAML at all; the line is still shown safely.
    env.meeting(
        "2026-11-10-daycare",
        &edit(DAYCARE, "goal: Agree", "goal: \x1b]0;pwned\x07 Agree"),
    );
    let run = env.lsk(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        !run.stdout.contains('\x1b') && !run.stdout.contains('\x07'),
        "{:?}",
        run.stdout
    );
}

#[test]
fn huge_files_are_refused_not_read() {
    let env = Env::case("2021-03");
    let mut big = DAYCARE.as_bytes().to_vec();
    big.resize(65 << 20, b'a');
    env.write_bytes(M, &big);
    let run = hostile(&env, 1);
    let f = run.find("parse-error", "").unwrap();
    assert!(f["message"].as_str().unwrap().contains("64 MB"), "{f}");
}

#[test]
fn broken_case_files() {
    for (yaml, rule) in [
        ("child: [\n", "parse-error"),
        ("- a list\n", "parse-error"),
        (
            "child:\n  name: Robin\n  born: 2021-02-30\nresponsible_worker: Sam\n",
            "invalid-value",
        ),
        (
            "child:\n  name: Robin\n  born: soon\nresponsible_worker: Sam\n",
            "invalid-value",
        ),
        ("child: Robin\nresponsible_worker: Sam\n", "invalid-value"),
        (
            "child:\n  name: Robin\n  born: 2021\nresponsible_worker: Sam\nlanguage: de\n",
            "invalid-value",
        ),
        (
            "child:\n  name: Robin\n  born: 2021\nresponsible_worker: Sam\nlangauge: fi\n",
            "unknown-field",
        ),
    ] {
        let env = Env::new();
        env.write("lsk.yaml", yaml);
        env.meeting("2026-11-10-daycare", DAYCARE);
        let run = hostile(&env, 1);
        let f = run
            .find(rule, "")
            .unwrap_or_else(|| panic!("{yaml}: {}", run.stdout));
        assert_eq!(f["file"], "lsk.yaml");
    }
    let env = Env::new();
    env.write_bytes("lsk.yaml", b"child:\n  name: J\xf6rg\n");
    env.meeting("2026-11-10-daycare", DAYCARE);
    assert!(hostile(&env, 1).stdout.contains("UTF-8"));
}

/// A meeting.md lsk may not read: the finding `unreadable` names the
/// file and says why, nothing is written, and the rest of the case is
/// still checked. Permissions do not bind root (CI runs as root), so there
/// the check runs as `nobody` through util-linux's setpriv; without
/// setpriv, root skips it (a failure with LSK_REQUIRE_TOOLS).
#[cfg(unix)]
#[test]
fn unreadable_files() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    env.meeting("2026-11-11-daycare", &drop_key(DAYCARE, "goal"));
    let file = env.join(M);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    let run = if is_root() {
        let Some(setpriv) = tool("setpriv") else {
            return;
        };
        // nobody may enter the case (a temporary folder is its owner's
        // alone) but not read the one file.
        for dir in [env.path().to_owned(), env.join("meetings")] {
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups", "--"];
        let as_nobody = env.cmd(&[]).via(&setpriv, &nobody);
        hostile_run(&env, 1, as_nobody)
    } else {
        hostile(&env, 1)
    };
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let f = run
        .findings()
        .into_iter()
        .find(|f| f["file"] == M)
        .unwrap_or_else(|| panic!("no finding on {M}: {}", run.stdout));
    let message = f["message"].as_str().unwrap_or("");
    assert!(
        message.to_lowercase().contains("permission denied"),
        "{f}\n{}",
        run.stderr
    );
    // The other meeting is read and checked as ever.
    assert!(
        run.findings()
            .iter()
            .any(|f| f["file"] == "meetings/2026-11-11-daycare/meeting.md" && f["field"] == "goal"),
        "{}",
        run.stdout
    );
}

/// Whether this test runs as root (permissions do not stop root reading).
#[cfg(unix)]
fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A meeting.md that is a folder, and one that is a named pipe nobody
/// writes to: unreadable for anyone, root included. A clear finding on the
/// file, no hang, nothing written.
#[cfg(unix)]
#[test]
fn a_meeting_file_that_is_no_file() {
    let env = Env::case("2021-03");
    std::fs::create_dir_all(env.join(M)).unwrap();
    let run = hostile(&env, 1);
    assert!(
        run.findings().iter().any(|f| f["file"] == M),
        "a folder named meeting.md passes unnoticed: {}",
        run.stdout
    );
    let env = Env::case("2021-03");
    std::fs::create_dir_all(env.join("meetings/2026-11-10-daycare")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(env.join(M))
        .status()
        .is_ok_and(|s| s.success());
    assert!(made, "mkfifo");
    let run = hostile(&env, 1);
    assert!(
        run.findings().iter().any(|f| f["file"] == M),
        "a pipe named meeting.md passes unnoticed: {}",
        run.stdout
    );
}

#[test]
fn no_case_root_is_exit_2() {
    let env = Env::new();
    env.write("random/notes.md", "---\nkind: daycare\n---\n");
    let before = snapshot(env.path());
    let run = env.lsk(&["check", "random"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("random") && run.stderr.contains("lsk.yaml"),
        "{}",
        run.stderr
    );
    assert!(before == snapshot(env.path()));
    let run = env.lsk(&["render", "memo", "random"]);
    assert_eq!(run.code, 2);
    let run = env.lsk(&[
        "new-meeting",
        "--kind",
        "daycare",
        "--date",
        "2026-12-01",
        "--slug",
        "../../../tmp/x",
    ]);
    assert_eq!(run.code, 2);
    assert!(before == snapshot(env.path()));
}
