//! Nothing dropped silently, nothing written outside the case, nothing raw
//! to a terminal: a broken lsk.yaml stops every write, `actions` and `list`
//! name the meetings they cannot read, a team's check names the cases it
//! skips, no write goes through a link out of the case, and no control or
//! bidirectional character from a case file reaches the terminal.

use crate::common::*;

/// lsk.yaml as `git merge` leaves it after a conflict on the child's name.
fn conflicted_case_yaml() -> String {
    let yaml = case_yaml("2021-03", "en");
    edit(
        &yaml,
        "child:\n  name: Robin\n",
        "<<<<<<< HEAD\nchild:\n  name: Robin\n=======\nchild:\n  name: Robin B.\n>>>>>>> theirs\n",
    )
}

const NEW: [&str; 5] = ["new-meeting", "--kind", "school", "--date", "2026-12-01"];

#[test]
fn broken_case_file_stops_new_meeting() {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    let good = case_yaml("2021-03", "en");
    for (what, yaml) in [
        ("merge conflict", conflicted_case_yaml().into_bytes()),
        ("not UTF-8", b"child:\n  name: J\xf6rg\n".to_vec()),
        (
            "identity code",
            format!("{good}# Robin 131052-308T\n").into_bytes(),
        ),
    ] {
        env.write_bytes("lsk.yaml", &yaml);
        let before = snapshot(env.path());
        let run = env.lsk(&NEW);
        assert_eq!(run.code, 2, "{what}: {}", run.stderr);
        assert!(before == snapshot(env.path()), "{what}: something written");
        // The finding with file and line, and that nothing was written. An
        // lsk.yaml that cannot be read gives no language: Finnish, the default.
        assert!(
            run.stderr.contains("--> lsk.yaml:"),
            "{what}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("mitään ei kirjoitettu")
                || run.stderr.contains("nothing was written"),
            "{what}: {}",
            run.stderr
        );
    }
    // The conflict is named as such, on the marker's line.
    env.write("lsk.yaml", &conflicted_case_yaml());
    let run = env.lsk(&["--lang", "en", NEW[0], NEW[1], NEW[2], NEW[3], NEW[4]]);
    assert!(run.stderr.contains("merge conflict"), "{}", run.stderr);
    assert!(run.stderr.contains("--> lsk.yaml:1:"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("lsk.yaml must be fixed first (see above); nothing was written"),
        "{}",
        run.stderr
    );
    // lsk check names it too.
    let f = env.check(&[]).find("parse-error", "").expect("a finding");
    assert_eq!(
        (f["file"].as_str(), f["line"].as_i64()),
        (Some("lsk.yaml"), Some(1))
    );

    // Fixed, the same command writes (the refusal was not for another reason).
    env.write("lsk.yaml", &good);
    assert_eq!(env.lsk(&NEW).code, 0);
    assert!(env.join("meetings/2026-12-01-school/meeting.md").is_file());
}

/// `lsk render` must refuse on the same findings (`lsk::case::case_blockers`);
/// src/render/ is being changed by the lead, who wires it in there.
#[test]
fn broken_case_file_stops_render() {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    env.write("lsk.yaml", &conflicted_case_yaml());
    let before = snapshot(env.path());
    let run = env.lsk(&["render", "memo", "meetings/2026-11-10-daycare"]);
    assert_ne!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(before == snapshot(env.path()));
}

/// A case with one readable meeting (an action due 2026-12-01) and one in
/// `name` whose meeting.md holds `text`.
fn with_broken_meeting(name: &str, text: &[u8]) -> Env {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    env.write_bytes(&format!("meetings/{name}/meeting.md"), text);
    env
}

/// A meeting whose frontmatter git left in conflict: its overdue action is
/// exactly what must not vanish from the list.
fn conflicted_meeting() -> String {
    let text = edit(DAYCARE, "date: 2026-11-10", "date: 2026-10-01");
    edit(
        &text,
        "agreed:\n  - action: Morning chart at home\n",
        "agreed:\n<<<<<<< HEAD\n  - action: Overdue speech therapy referral\n=======\n  - action: Speech therapy referral\n>>>>>>> theirs\n",
    )
}

#[test]
fn actions_report_meetings_they_cannot_read() {
    let conflicted = conflicted_meeting();
    let marker_line = conflicted
        .lines()
        .position(|l| l.starts_with("<<<<<<<"))
        .unwrap()
        + 1;
    let env = with_broken_meeting("2026-10-01-daycare", conflicted.as_bytes());
    let file = "meetings/2026-10-01-daycare/meeting.md";

    let run = env.lsk(&["actions", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let json = run.json();
    assert_eq!(json["actions"].as_array().unwrap().len(), 1, "{json}");
    let lost = json["unreadable"].as_array().unwrap();
    assert_eq!(lost.len(), 1, "{json}");
    assert_eq!(lost[0]["file"], file);
    assert_eq!(lost[0]["line"], marker_line);
    assert!(
        lost[0]["message"]
            .as_str()
            .unwrap()
            .contains("merge conflict"),
        "{json}"
    );
    // Filters choose among the actions read; an unreadable meeting is still
    // reported, whoever its actions belong to.
    let run = env.lsk(&[
        "actions",
        "--format",
        "json",
        "--overdue",
        "--owner",
        "Nobody",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["actions"].as_array().unwrap().len(), 0);
    assert_eq!(run.json()["unreadable"].as_array().unwrap().len(), 1);

    // The table, and on stderr one line with file, line and what is wrong.
    let run = env.lsk(&["actions"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("Morning chart at home"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains(&format!("lsk: {file}:{marker_line}: a git merge conflict")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("not read: 1"), "{}", run.stderr);

    // In the case's language.
    let yaml = case_yaml("2021-03", "fi");
    env.write("lsk.yaml", &yaml);
    let run = env.lsk(&["actions"]);
    assert!(
        run.stderr.contains("yhdistämisristiriita"),
        "{}",
        run.stderr
    );

    // Other ways a meeting.md cannot be read: each named, never skipped.
    for (what, bytes) in [
        (
            "not UTF-8",
            b"---\nkind: daycare\ngoal: P\xe4iv\xe4\n---\n".to_vec(),
        ),
        ("no frontmatter", b"kind: daycare\n".to_vec()),
        ("empty", Vec::new()),
        ("broken YAML", b"---\nagreed: [\n---\n".to_vec()),
        ("a list", b"---\n- a\n---\n".to_vec()),
    ] {
        let env = with_broken_meeting("2026-10-01-daycare", &bytes);
        let run = env.lsk(&["actions", "--format", "json"]);
        assert_eq!(run.code, 1, "{what}: {}", run.stdout);
        assert_eq!(run.json()["unreadable"][0]["file"], file, "{what}");
    }
    // meeting.md that is a folder.
    let env = Env::case("2021-03");
    std::fs::create_dir_all(env.join(file)).unwrap();
    let run = env.lsk(&["actions", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);

    // All readable: the key is there, empty, and the exit status is 0.
    let env = with_broken_meeting("2026-10-01-daycare", DAYCARE.as_bytes());
    let run = env.lsk(&["actions", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["unreadable"], serde_json::json!([]));
    assert!(env.lsk(&["actions"]).stderr.is_empty());
    // A folder without meeting.md is not a meeting: nothing to report.
    std::fs::create_dir_all(env.join("meetings/drafts")).unwrap();
    assert_eq!(env.lsk(&["actions", "--format", "json"]).code, 0);
}

#[test]
fn list_marks_meetings_it_cannot_read() {
    let env = with_broken_meeting("2026-10-01-daycare", conflicted_meeting().as_bytes());
    let file = "meetings/2026-10-01-daycare/meeting.md";
    let run = env.lsk(&["list", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    let rows = json["meetings"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{json}");
    let broken = rows.iter().find(|m| m["file"] == file).unwrap();
    assert_eq!(broken["readable"], false);
    assert_eq!(broken["date"], serde_json::Value::Null);
    assert!(broken["errors"].as_u64().unwrap() > 0);
    let fine = rows.iter().find(|m| m["file"] != file).unwrap();
    assert_eq!(fine["readable"], true);
    assert_eq!(json["unreadable"][0]["file"], file);
    assert!(
        json["unreadable"][0]["message"]
            .as_str()
            .unwrap()
            .contains("merge conflict")
    );

    let run = env.lsk(&["list"]);
    // The row, with the lines its wrapped cells take (80 columns).
    let at = run
        .stdout
        .find("CANNOT BE READ")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    let row: Vec<&str> = run.stdout[at..].split_whitespace().collect();
    let row = row.join(" ");
    assert!(row.contains("merge conflict"), "{row}");
}

/// A team folder: `aino` a complete case, and beside it cases lsk would
/// otherwise pass over without a word.
fn odd_team() -> Env {
    let env = team(&["aino"]);
    let case = |dir: &str, file: &str| {
        env.write(&format!("{dir}/{file}"), &case_yaml("2021-03", "en"));
        env.write(
            &format!("{dir}/meetings/2026-11-10-daycare/meeting.md"),
            DAYCARE,
        );
    };
    case("bertta", "lsk.yml");
    case("celsius", "LSK.yaml");
    case("dora", "lsk.yaml.txt");
    case("eero", "lsk.yaml ");
    case("region/fanni", "Lsk.Yml.TXT");
    // Meetings and no case file at all.
    env.write("gustav/meetings/2026-11-10-daycare/meeting.md", DAYCARE);
    env
}

#[test]
fn team_check_names_every_case_it_skips() {
    let env = odd_team();
    // Checked alone, the one proper case has no errors.
    assert_eq!(env.lsk(&["check", "aino"]).code, 0);

    let run = env.check(&[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["meetings"], 1, "only aino is read");
    let skipped: Vec<(String, String)> = run
        .findings()
        .iter()
        .filter(|f| f["rule"] == "parse-error")
        .map(|f| {
            assert_eq!(f["severity"], "error");
            assert_eq!(f["line"], 1);
            (
                f["file"].as_str().unwrap().to_owned(),
                format!("{} {}", f["message"], f["help"]),
            )
        })
        .collect();
    let files: Vec<&str> = skipped.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        files,
        [
            "bertta/lsk.yml",
            "celsius/LSK.yaml",
            "dora/lsk.yaml.txt",
            "eero/lsk.yaml ",
            "gustav/lsk.yaml",
            "region/fanni/Lsk.Yml.TXT",
        ]
    );
    for (file, text) in &skipped {
        assert!(text.contains("`lsk.yaml`"), "{file}: {text}");
    }
    assert!(skipped[0].1.contains("rename"), "{}", skipped[0].1);
    assert!(skipped[4].1.contains("lsk init"), "{}", skipped[4].1);

    // The human report says the same.
    let run = env.lsk(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("--> bertta/lsk.yml"), "{}", run.stdout);

    // Only misnamed cases: exit 1 with the findings, not "no case here".
    let env = Env::new();
    env.write("bertta/lsk.yml", &case_yaml("2021-03", "en"));
    let run = env.check(&[]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.findings()[0]["file"], "bertta/lsk.yml");
    // In the misnamed case's own folder too.
    let run = env.lsk_in(&env.join("bertta"), &["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.findings()[0]["file"], "lsk.yml");

    // `actions` and `list` over the team say what they did not read.
    let env = odd_team();
    let run = env.lsk(&["actions", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["unreadable"].as_array().unwrap().len(), 6);
    let run = env.lsk(&["list"]);
    assert!(run.stderr.contains("bertta/lsk.yml:1:"), "{}", run.stderr);
    assert_eq!(
        env.lsk(&["list", "--format", "json"]).json()["unreadable"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
}

#[test]
fn team_check_skips_hidden_and_build_folders_silently() {
    let env = Env::new();
    for dir in [
        "aino",
        ".git/aino",
        ".trash/aino",
        "target/aino",
        "node_modules/aino",
    ] {
        env.write(&format!("{dir}/lsk.yaml"), &case_yaml("2021-03", "en"));
        env.write(
            &format!("{dir}/meetings/2026-11-10-daycare/meeting.md"),
            DAYCARE,
        );
    }
    env.write(".old/lsk.yml", "");
    let run = env.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["meetings"], 1);
}

#[cfg(unix)]
#[test]
fn team_check_names_a_case_behind_a_link() {
    use std::os::unix::fs::symlink;
    let env = Env::new();
    for dir in ["team/aino", "elsewhere/bertta", "other-team/celsius"] {
        env.write(&format!("{dir}/lsk.yaml"), &case_yaml("2021-03", "en"));
        env.write(
            &format!("{dir}/meetings/2026-11-10-daycare/meeting.md"),
            DAYCARE,
        );
    }
    env.write("plain/notes.md", "not a case\n");
    symlink(env.join("elsewhere/bertta"), env.join("team/bertta")).unwrap();
    symlink(env.join("other-team"), env.join("team/other")).unwrap();
    // Links to what is not a case are no finding.
    symlink(env.join("plain"), env.join("team/plain")).unwrap();
    symlink(env.join("nowhere"), env.join("team/broken")).unwrap();

    let run = env.lsk_in(&env.join("team"), &["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["meetings"], 1);
    let linked: Vec<_> = run
        .findings()
        .into_iter()
        .filter(|f| f["rule"] == "parse-error")
        .collect();
    assert_eq!(linked.len(), 2, "{linked:?}");
    assert_eq!(linked[0]["file"], "bertta");
    assert_eq!(linked[0]["severity"], "error");
    let real = std::fs::canonicalize(env.join("elsewhere/bertta")).unwrap();
    let help = linked[0]["help"].as_str().unwrap();
    assert!(
        help.contains(&format!("lsk check {}", real.display())),
        "{help}"
    );
    assert!(
        linked[0]["message"]
            .as_str()
            .unwrap()
            .contains("symbolic link")
    );
    assert_eq!(linked[1]["file"], "other");
    // Checked at its own place, the linked case is fine.
    assert_eq!(env.lsk(&["check", real.to_str().unwrap()]).code, 0);
}

/// A case beside a folder `elsewhere` that is not part of it.
#[cfg(unix)]
fn case_and_elsewhere() -> (Env, std::path::PathBuf, std::path::PathBuf) {
    let env = Env::new();
    env.write("case/lsk.yaml", &case_yaml("2021-03", "en"));
    env.write("case/meetings/2026-11-10-daycare/meeting.md", DAYCARE);
    env.write("elsewhere/meeting.schema.json", "someone else's file\n");
    env.write("elsewhere/m/notes.md", "someone else's notes\n");
    let (case, out) = (env.join("case"), env.join("elsewhere"));
    (env, case, out)
}

#[cfg(unix)]
#[test]
fn nothing_is_written_through_a_link_out_of_the_case() {
    use std::os::unix::fs::symlink;
    let new = ["new-meeting", "--kind", "daycare", "--date", "2026-12-01"];
    // Each link, the message it gives.
    let links: [(&str, &str, &str); 4] = [
        (".lsk", "", "outside the case folder"),
        (
            ".lsk/meeting.schema.json",
            "meeting.schema.json",
            "symbolic link",
        ),
        ("meetings", "", "outside the case folder"),
        (
            "meetings/2026-12-01-daycare",
            "m",
            "outside the case folder",
        ),
    ];
    for (link, target, says) in links {
        let (env, case, out) = case_and_elsewhere();
        if link == "meetings" {
            std::fs::remove_dir_all(case.join("meetings")).unwrap();
        }
        std::fs::create_dir_all(case.join(link).parent().unwrap()).unwrap();
        symlink(out.join(target), case.join(link)).unwrap();
        let before = (snapshot(&case), snapshot(&out));
        let run = env.lsk_in(&case, &new);
        assert_eq!(run.code, 2, "{link}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains(says), "{link}: {}", run.stderr);
        assert!(run.stderr.contains(link), "{link}: {}", run.stderr);
        assert!(
            before == (snapshot(&case), snapshot(&out)),
            "{link}: something was written"
        );
        assert_eq!(
            std::fs::read(out.join("meeting.schema.json")).unwrap(),
            b"someone else's file\n"
        );
    }

    // lsk init in a folder whose meetings/ leads out.
    let (env, _, out) = case_and_elsewhere();
    std::fs::create_dir_all(env.join("fresh")).unwrap();
    symlink(&out, env.join("fresh/meetings")).unwrap();
    let before = (snapshot(&env.join("fresh")), snapshot(&out));
    let run = env.lsk(&[
        "init",
        "fresh",
        "--child",
        "Robin",
        "--born",
        "2021-03",
        "--worker",
        "Sam Worker",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(before == (snapshot(&env.join("fresh")), snapshot(&out)));
    assert!(!env.join("fresh/lsk.yaml").exists());

    // Without the links the same commands write: the refusals were theirs.
    let (env, case, _) = case_and_elsewhere();
    let run = env.lsk_in(&case, &new);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(case.join(".lsk/meeting.schema.json").is_file());
    // A link that stays inside the case is a way through, not a way out.
    let (env, case, _) = case_and_elsewhere();
    std::fs::rename(case.join("meetings"), case.join("archive")).unwrap();
    symlink("archive", case.join("meetings")).unwrap();
    let run = env.lsk_in(&case, &new);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(case.join("archive/2026-12-01-daycare/meeting.md").is_file());
}

const OSC_TITLE: &str = "\x1b]0;title\x07";
const CLEAR: &str = "\x1b[2J";
const RLO: char = '\u{202e}';

/// No raw escape, bell or bidirectional control in what lsk printed.
fn assert_clean(what: &str, run: &Run) {
    for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        let bad: Vec<char> = text
            .chars()
            .filter(|c| {
                (c.is_control() && !matches!(c, '\n' | '\t'))
                    || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
            })
            .collect();
        assert!(bad.is_empty(), "{what} {stream}: {bad:?} in {text:?}");
    }
}

#[test]
fn nothing_raw_reaches_a_terminal() {
    let env = Env::case("2021-03");
    // Values with the characters written as YAML escapes (raw control
    // characters are not valid YAML), a raw U+202E where YAML allows it,
    // and a person nobody invited so that its line is shown in the report.
    let text = edit(
        DAYCARE,
        "goal: Agree how daycare supports Robin's mornings",
        &format!(
            "goal: \"Agree \\e]0;title\\a mornings \\e[2J \\u202E sgninrom\"\nplace: Lark {RLO}kraL"
        ),
    );
    let text = edit(&text, "place: Daycare Centre Lark\n", "");
    let text = edit(
        &text,
        "  - action: Morning chart at home\n",
        "  - action: \"Morning chart \\e]0;title\\a at home \\u202E\"\n",
    );
    let text = edit(
        &text,
        "  - name: Pat Parent\n",
        "  - name: \"Mallory \\e[2J\\u202E\"\n    role: other\n  - name: Pat Parent\n",
    );
    let text = edit(
        &text,
        "note_taker: Sam Worker",
        &format!("note_taker: Eve {RLO}evE"),
    );
    env.meeting("2026-11-10-daycare", &text);
    // A folder name with the sequences themselves, holding a meeting with an
    // error so that check shows its path.
    let odd = format!("2026-11-11-x{OSC_TITLE}{CLEAR}{RLO}");
    env.meeting(&odd, &drop_key(DAYCARE, "goal"));

    let meeting = "meetings/2026-11-10-daycare";
    let runs = [
        ("check", env.lsk(&["check"])),
        ("list", env.lsk_wide(&["list"])),
        ("actions", env.lsk_wide(&["actions"])),
        (
            "agenda",
            env.lsk(&["render", "agenda", meeting, "--stdout"]),
        ),
        (
            "memo",
            env.lsk(&["render", "memo", meeting, "--stdout", "--draft"]),
        ),
        (
            "unknown meeting",
            env.lsk(&[
                "render",
                "agenda",
                &format!("meetings/nope{OSC_TITLE}{RLO}"),
            ]),
        ),
        (
            "follow-up of an unknown meeting",
            env.lsk(&[
                "new-meeting",
                "--follow-up",
                &format!("x{CLEAR}{RLO}"),
                "--date",
                "2026-12-01",
            ]),
        ),
    ];
    for (what, run) in &runs {
        assert_clean(what, run);
    }
    let out = |what: &str| {
        let run = &runs.iter().find(|(w, _)| *w == what).unwrap().1;
        format!("{}{}", run.stdout, run.stderr)
    };
    // The values were there, shown escaped (the test is not vacuous).
    assert!(out("check").contains("\\u{202e}evE"), "{}", out("check"));
    assert!(
        out("check").contains("2026-11-11-x\\u{1b}]0;title\\u{7}"),
        "{}",
        out("check")
    );
    assert!(
        out("list").contains("\\u{1b}[2J\\u{202e}"),
        "{}",
        out("list")
    );
    assert!(
        out("actions").contains("Morning chart \\u{1b}]0;title\\u{7} at home"),
        "{}",
        out("actions")
    );
    // (Documents Markdown-escape the brackets: `\[2J`.)
    assert!(out("agenda").contains("Agree \\u{1b}"), "{}", out("agenda"));
    assert!(
        out("agenda").contains("\\u{202e} sgninrom"),
        "{}",
        out("agenda")
    );
    assert!(out("agenda").contains('\n'), "a document keeps its lines");
    assert!(out("memo").contains("Mallory \\u{1b}"), "{}", out("memo"));
    assert!(
        out("unknown meeting").contains("nope\\u{1b}]0;title\\u{7}\\u{202e}"),
        "{}",
        out("unknown meeting")
    );
    for (what, run) in &runs[5..] {
        assert_eq!(run.code, 2, "{what}: {}", run.stderr);
    }

    // JSON: the same values, escaped as JSON escapes, and read back whole.
    for args in [
        &["check", "--format", "json"][..],
        &["list", "--format", "json"],
        &["actions", "--format", "json"],
    ] {
        let run = env.lsk(args);
        assert_clean(args[0], &run);
        assert!(
            run.stdout.contains("\\u202e"),
            "{}: {}",
            args[0],
            run.stdout
        );
        let mut strings = Vec::new();
        all_strings(&run.json(), &mut strings);
        assert!(
            strings.iter().any(|s| s.contains(RLO)) && strings.iter().any(|s| s.contains('\x1b')),
            "{}: the values are kept",
            args[0]
        );
    }
}

fn all_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| all_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| all_strings(v, out)),
        _ => {}
    }
}
