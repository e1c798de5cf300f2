//! PDFs count as documents in `lsk list` and `lsk check`: a memo made as a
//! PDF is the memo (not "memo due"), and a PDF made from an earlier
//! meeting.md is warned stale like the others. `lsk list` and `lsk check`
//! say the same of what is stale.

use sha2::{Digest, Sha256};

use crate::common::*;

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// meeting.md's fields as lsk hashes them: the frontmatter's text.
fn fields_hash(meeting: &str) -> String {
    lsk::rules::stale::sha256(lsk::case::source::frontmatter(meeting).unwrap())
}

fn list(env: &Env) -> serde_json::Value {
    env.lsk(&["list", "--format", "json"]).json()["meetings"][0].clone()
}

fn stale_files(env: &Env) -> Vec<String> {
    env.check(&[])
        .findings()
        .iter()
        .filter(|f| f["rule"] == "stale-render")
        .map(|f| f["file"].as_str().unwrap().to_owned())
        .collect()
}

/// A PDF lsk recorded as its own, made from `from`: without a browser, the
/// records `lsk render --pdf` writes.
fn lsk_pdf(env: &Env, name: &str, from: Option<&str>) {
    let bytes = format!("%PDF-1.7 {name}\n");
    env.write(&format!("{DIR}/{name}"), &bytes);
    let hash = hex(bytes.as_bytes());
    let mut made = std::fs::read_to_string(env.join(".lsk/pdf.sha256")).unwrap_or_default();
    made.push_str(&format!("{hash}  {DIR}/{name}\n"));
    env.write(".lsk/pdf.sha256", &made);
    if let Some(from) = from {
        let mut sources = std::fs::read_to_string(env.join(".lsk/pdf.source")).unwrap_or_default();
        sources.push_str(&format!("{hash}  {}\n", fields_hash(from)));
        env.write(".lsk/pdf.source", &sources);
    }
}

#[test]
fn a_memo_made_as_a_pdf_is_the_memo_and_goes_stale_like_the_others() {
    let env = env_with(DAYCARE);
    // Held, no memo: due.
    assert_eq!(list(&env)["memo_due"], true);
    lsk_pdf(&env, "memo.pdf", Some(DAYCARE));
    let state = list(&env);
    assert_eq!(state["memo_due"], false, "{state}");
    assert_eq!(state["rendered"]["memo.pdf"], "current", "{state}");
    assert!(stale_files(&env).is_empty());
    let run = env.lsk(&["list", "--lang", "en"]);
    assert!(
        run.stdout.contains("memo.pdf") && !run.stdout.contains("memo due"),
        "{}",
        run.stdout
    );

    // The summary changes: the PDF is out of date, in both.
    env.meeting(
        "2026-11-10-daycare",
        &DAYCARE.replace(
            "summary: Daycare follows the mornings",
            "summary: Daycare and home follow the mornings",
        ),
    );
    assert_eq!(list(&env)["rendered"]["memo.pdf"], "stale");
    assert_eq!(stale_files(&env), [format!("{DIR}/memo.pdf")]);
    let run = env.lsk(&["check", "--lang", "en"]);
    assert!(
        run.stdout.contains(&format!("lsk render memo --pdf {DIR}")),
        "{}",
        run.stdout
    );
    // Notes below the fields change nothing.
    env.meeting("2026-11-10-daycare", &format!("{DAYCARE}\nMore notes.\n"));
    assert_eq!(list(&env)["rendered"]["memo.pdf"], "current");
}

#[test]
fn a_pdf_lsk_cannot_place_is_stale_and_one_it_did_not_make_is_not_its() {
    let env = env_with(DAYCARE);
    // Made by lsk before it recorded sources: it cannot tell, so stale.
    lsk_pdf(&env, "child-checklist.pdf", None);
    // Not lsk's (signed by hand, or changed since): neither listed nor checked.
    env.write(&format!("{DIR}/memo.pdf"), "%PDF-1.4 signed\n");
    let state = list(&env);
    assert_eq!(state["rendered"]["child-checklist.pdf"], "stale", "{state}");
    assert!(state["rendered"].get("memo.pdf").is_none(), "{state}");
    assert_eq!(state["memo_due"], true);
    assert_eq!(stale_files(&env), [format!("{DIR}/child-checklist.pdf")]);
}

/// The newcomer's FGC: after the meeting, `lsk list` marked the agenda and
/// the invitation stale while `lsk check` did not. Now both say the same.
#[test]
fn list_and_check_agree_on_what_is_stale_after_the_meeting() {
    let env = env_with(DAYCARE);
    for doc in ["agenda", "invitation", "memo"] {
        let run = env.lsk(&["render", doc, DIR]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    env.meeting(
        "2026-11-10-daycare",
        &DAYCARE.replace("evaluation: It went well", "evaluation: It went very well"),
    );
    let state = list(&env);
    let listed: Vec<String> = state["rendered"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| *v == "stale")
        .map(|(k, _)| format!("{DIR}/{k}"))
        .collect();
    assert_eq!(listed, stale_files(&env), "{state}");
    assert_eq!(listed, [format!("{DIR}/memo.md")]);
    // Before the meeting, the agenda is stale in both.
    let before = env
        .lsk(&["list", "--format", "json", "--today", "2026-11-01"])
        .json()["meetings"][0]
        .clone();
    assert_eq!(before["rendered"]["agenda.md"], "stale", "{before}");
    assert!(
        env.check(&["--today", "2026-11-01"])
            .findings()
            .iter()
            .any(|f| f["rule"] == "stale-render" && f["file"] == format!("{DIR}/agenda.md"))
    );
}

/// With a browser on the machine: `lsk render memo --pdf` makes a PDF that
/// `lsk list` and `lsk check` follow.
#[test]
fn a_pdf_rendered_by_lsk_is_followed() {
    let has = |n: &str| {
        std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(n).is_file()))
    };
    if !["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .any(|n| has(n))
    {
        crate::common::skip("chromium");
        return;
    }
    let env = env_with(DAYCARE);
    let run = env.lsk(&["render", "memo", DIR, "--pdf"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let state = list(&env);
    assert_eq!(state["rendered"]["memo.pdf"], "current", "{state}");
    assert_eq!(state["memo_due"], false);
    env.meeting(
        "2026-11-10-daycare",
        &DAYCARE.replace(
            "summary: Daycare follows the mornings",
            "summary: Daycare and home follow the mornings",
        ),
    );
    assert_eq!(stale_files(&env), [format!("{DIR}/memo.pdf")]);
    assert_eq!(list(&env)["rendered"]["memo.pdf"], "stale");
    // Made again: current.
    assert_eq!(env.lsk(&["render", "memo", DIR, "--pdf"]).code, 0);
    assert!(stale_files(&env).is_empty());
}
