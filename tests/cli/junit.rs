//! `lsk check --format junit` as CI servers read it: valid against the
//! JUnit schema Jenkins' xUnit plugin validates with (tests/junit/
//! junit-10.xsd, checked with xmllint from Debian's libxml2-utils; skipped
//! without it, a failure with LSK_REQUIRE_TOOLS), and every file it names
//! relative to the folder checked, for passing and failing meetings alike.

use std::process::Command;

use crate::common::*;

/// Whether xmllint is there (a failure when LSK_REQUIRE_TOOLS is set).
fn xmllint() -> bool {
    if Command::new("xmllint").arg("--version").output().is_ok() {
        return true;
    }
    skip("xmllint (libxml2-utils)");
    false
}

/// Validate `xml` against the xUnit plugin's JUnit schema.
fn valid(env: &Env, xml: &str) {
    env.write("report.xml", xml);
    let xsd = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/junit/junit-10.xsd");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(env.join("report.xml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\n{xml}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Two cases under `team/`: `aino` with a passing and a failing meeting, a
/// clean `bertta`, and a folder that looks like a case but is not read.
fn team() -> Env {
    let env = Env::new();
    for case in ["aino", "bertta"] {
        env.write(
            &format!("team/{case}/lsk.yaml"),
            &case_yaml("2021-03", "en"),
        );
        env.write(
            &format!("team/{case}/meetings/2026-11-10-daycare/meeting.md"),
            DAYCARE,
        );
    }
    env.write(
        "team/aino/meetings/2026-11-11-daycare/meeting.md",
        &edit(
            &edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-11"),
            "goal: Agree how daycare supports Robin's mornings\n",
            "",
        ),
    );
    env.write("team/loose/LSK.yaml", &case_yaml("2021-03", "en"));
    env
}

fn junit(env: &Env, dir: &str, path: &str) -> String {
    let run = env.lsk_in(&env.join(dir), &["check", path, "--format", "junit"]);
    assert_ne!(run.code, 2, "{}", run.stderr);
    run.stdout
}

#[test]
fn junit_is_valid_for_jenkins_xunit_and_names_files_from_the_checked_folder() {
    let env = team();
    let meeting = "meetings/2026-11-11-daycare/meeting.md";
    for (dir, path, shown) in [
        ("", "team", format!("aino/{meeting}")),
        ("team", ".", format!("aino/{meeting}")),
        ("team", "aino", meeting.to_owned()),
        ("team/aino", ".", meeting.to_owned()),
        (
            "team/aino",
            "meetings/2026-11-11-daycare",
            "meeting.md".to_owned(),
        ),
    ] {
        let xml = junit(&env, dir, path);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed");
        // No testcase/@file (junit-10.xsd has none); the file of every
        // finding, in each failure's message, is relative to the folder
        // checked, as `lsk check` prints it.
        let mut failures = 0;
        for case in doc.descendants().filter(|n| n.has_tag_name("testcase")) {
            assert_eq!(case.attribute("file"), None, "{xml}");
            if case.attribute("name") == Some("not read") {
                continue;
            }
            for f in case.children().filter(|n| n.has_tag_name("failure")) {
                failures += 1;
                let message = f.attribute("message").unwrap();
                assert!(
                    message.starts_with(&format!("{shown}:")),
                    "{dir} {path}: {message}"
                );
            }
        }
        assert!(failures >= 1, "{dir} {path}: {xml}");
        let human = env.lsk_in(&env.join(dir), &["check", path]);
        assert!(
            human.stdout.contains(&format!("{shown}:")),
            "{}",
            human.stdout
        );
        if xmllint() {
            valid(&env, &xml);
        }
    }
    // A passing case alone, and a report with a folder that is not read.
    if xmllint() {
        valid(&env, &junit(&env, "team/bertta", "."));
        let xml = junit(&env, "", "team");
        assert!(xml.contains("folders not read"), "{xml}");
        valid(&env, &xml);
    }
}
