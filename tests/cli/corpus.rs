//! A generated team repository (examples/gen-corpus.rs): the known problems
//! are found exactly, and the findings do not depend on the number of threads.

use std::path::PathBuf;

use crate::common::*;

fn generator() -> PathBuf {
    // cargo test builds the examples beside the test binaries.
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    dir.join("examples")
        .join(format!("gen-corpus{}", std::env::consts::EXE_SUFFIX))
}

#[test]
fn generated_corpus_findings_are_exact_and_thread_independent() {
    let env = Env::new();
    let out = std::process::Command::new(generator())
        .arg(env.join("team"))
        .args(["20", "10"])
        .output()
        .expect("gen-corpus is built by cargo test");
    assert!(out.status.success());
    let expected = env.read("team/expected.txt");
    let count = |label: &str| -> usize {
        expected
            .lines()
            .find(|l| l.starts_with(label))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap()
    };
    let run = env.check(&["team"]);
    let findings = run.findings();
    let n = |rule: &str, field: &str| {
        findings
            .iter()
            .filter(|f| f["rule"] == rule && (field.is_empty() || f["field"] == field))
            .count()
    };
    assert_eq!(run.json()["summary"]["meetings"], count("meetings"));
    assert_eq!(n("missing-field", "goal"), count("missing goal"));
    assert_eq!(n("double-assurance", ""), count("single informant"));
    assert_eq!(n("unknown-field", "gaol"), count("misspelt key"));
    assert_eq!(n("action-owner", ""), count("action without owner"));
    assert_eq!(
        findings.len(),
        count("missing goal")
            + count("single informant")
            + count("misspelt key")
            + count("action without owner")
    );

    let one_thread = env
        .cmd(&["check", "--format", "json", "--today", TODAY, "team"])
        .var("RAYON_NUM_THREADS", "1")
        .run();
    assert_eq!(one_thread.stdout, run.stdout);
}
