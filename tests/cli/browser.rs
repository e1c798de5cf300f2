//! `lsk serve` in a real browser: the scenarios in tests/browser/*.mjs
//! (Playwright's playwright-core driving Debian's chromium, axe-core for
//! WCAG 2.1 A/AA) against the real `lsk serve` binary on fictional cases.
//!
//! Each test builds its case folders, starts `lsk serve --no-open --port 0`,
//! reads the address from its first line of output, runs
//! `node tests/browser/<scenario>.mjs URL SPEC`, and then checks what the
//! scenario left behind (the printed PDF, the files on disk).
//!
//! Without node, `npm ci --prefix tests/browser` or chromium a test is
//! skipped with the reason, unless LSK_REQUIRE_BROWSER is set (as in
//! .ci/run): then it fails.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::common::{DAYCARE, Env, TODAY, case_yaml, drop_key, edit};

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// tests/browser, where the scenarios and their node_modules are.
fn scenarios() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// What a browser test needs, or why it cannot run here: `None` after
/// saying so (skipped), a failure when LSK_REQUIRE_BROWSER is set.
fn browser_ready() -> bool {
    let modules = scenarios().join("node_modules");
    let missing = if on_path("node").is_none() {
        Some("no node on PATH (install nodejs)".to_owned())
    } else if !modules.join("playwright-core/package.json").is_file()
        || !modules.join("axe-core/axe.min.js").is_file()
    {
        Some("tests/browser/node_modules is missing (run `npm ci --prefix tests/browser`)".into())
    } else if ["chromium", "chromium-browser"]
        .iter()
        .all(|n| on_path(n).is_none())
    {
        Some("no chromium on PATH".into())
    } else {
        None
    };
    match missing {
        None => true,
        Some(why) => {
            assert!(
                std::env::var_os("LSK_REQUIRE_BROWSER").is_none(),
                "LSK_REQUIRE_BROWSER is set but {why}"
            );
            eprintln!("skipped: {why}");
            false
        }
    }
}

/// The real `lsk serve` over `root`, stopped when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(root: &Path) -> Server {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("lsk"))
            .args(["serve", "--no-open", "--port", "0"])
            .arg(root)
            .env("LSK_TODAY", TODAY)
            .env("LSK_SERVE_IDLE_SECS", "300")
            // A team page has no case language: the locale's, Finnish.
            .env("LANG", "fi_FI.UTF-8")
            .env_remove("LC_ALL")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().to_owned();
        assert!(url.starts_with("http://127.0.0.1:"), "first line: {url}");
        Server { child, url }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Run a scenario against `server` with its SPEC; it must end with
/// `NAME: N passed, 0 failed` and exit 0. Returns what it printed.
fn scenario(name: &str, server: &Server, spec: &Value, dir: &Path) -> String {
    let spec_path = dir.join(format!("{name}-spec.json"));
    std::fs::write(&spec_path, serde_json::to_string_pretty(spec).unwrap()).unwrap();
    let out = assert_cmd::Command::new("node")
        .arg(scenarios().join(format!("{name}.mjs")))
        .arg(&server.url)
        .arg(&spec_path)
        .timeout(Duration::from_secs(240))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let report = format!("{stdout}\n{stderr}");
    assert!(
        out.status.success(),
        "the {name} scenario failed:\n{report}"
    );
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with(&format!("{name}: ")) && last.ends_with(" passed, 0 failed"),
        "no closing line:\n{report}"
    );
    assert!(!stdout.contains("\nFAIL "), "{report}");
    stdout
}

/// Whitespace as one space: text out of a PDF wraps where it likes.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A team folder: Robin's Finnish case (stage client) with a held meeting
/// whose memo can be made and one without its goal; Alva's Swedish case.
fn team() -> Env {
    let env = Env::new();
    env.write("robin/lsk.yaml", &case_yaml("2021-05", "fi"));
    env.write(
        "robin/meetings/2026-10-01-daycare/meeting.md",
        &edit(DAYCARE, "date: 2026-11-10", "date: 2026-10-01"),
    );
    env.write(
        "robin/meetings/2026-11-10-daycare/meeting.md",
        &drop_key(DAYCARE, "goal"),
    );
    env.write(
        "alva/lsk.yaml",
        "child:\n  name: Alva\n  born: 2019-02\nresponsible_worker: Sam Worker\nlanguage: sv\nstage: assessment\n",
    );
    env
}

#[test]
fn a_worker_reads_checks_previews_and_prints_in_a_real_browser() {
    if !browser_ready() {
        return;
    }
    let env = team();
    let robin = env.join("robin");
    // What the page must show, from the command line's own answers.
    let check = env.lsk_in(&robin, &["check", "--format", "json"]);
    let findings: Vec<Value> = check
        .findings()
        .into_iter()
        .filter(|f| f["file"] == "meetings/2026-11-10-daycare/meeting.md")
        .map(|f| json!({"field": f["field"], "rule": f["rule"], "message": f["message"]}))
        .collect();
    assert!(
        findings.iter().any(|f| f["field"] == "goal"),
        "{}",
        check.stdout
    );
    let memo = env.lsk_in(
        &robin,
        &["render", "memo", "meetings/2026-10-01-daycare", "--stdout"],
    );
    assert_eq!(memo.code, 0, "{}", memo.stderr);
    let heading = memo
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .expect("the memo's heading")
        .to_owned();
    let mark = memo
        .stdout
        .lines()
        .next()
        .unwrap()
        .trim()
        .trim_matches('*')
        .to_owned();
    assert!(mark.starts_with("Salassa pidettävä"), "{mark}");
    let pdf = env.join("memo.pdf");

    let server = Server::start(env.path());
    let spec = json!({
        "case_link": "robin",
        "child": "Robin",
        "meeting": "2026-11-10-daycare",
        "findings": findings,
        "memo_meeting": "2026-10-01-daycare",
        "memo_text": "Morning chart at home",
        "heading": heading,
        "mark": mark,
        "pdf": pdf,
    });
    let out = scenario("read", &server, &spec, env.path());

    // Every page the worker saw was checked, and the keyboard on the main ones.
    for page in [
        "401 page",
        "team page",
        "case page",
        "meeting page",
        "explain page",
        "memo preview",
        "404 page",
        "case page (sv)",
        "case page (en)",
    ] {
        assert!(out.contains(&format!("ok axe {page} (")), "{page}:\n{out}");
    }
    for page in ["team page", "case page", "meeting page", "memo preview"] {
        assert!(
            out.contains(&format!("ok keyboard {page} (")),
            "{page}:\n{out}"
        );
    }
    assert!(
        out.contains("ok finding missing-field beside goal"),
        "{out}"
    );

    // The memo as printed: lsk's heading and the confidentiality mark.
    let bytes = std::fs::read(&pdf).expect("the scenario printed the memo");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    match Command::new("pdftotext").arg(&pdf).arg("-").output() {
        Ok(text) => {
            let text = squash(&String::from_utf8_lossy(&text.stdout));
            for part in [&heading, &mark, "Robin", "Morning chart at home"] {
                assert!(text.contains(&squash(part)), "{part} not printed:\n{text}");
            }
        }
        Err(_) => assert!(
            std::env::var_os("LSK_REQUIRE_BROWSER").is_none(),
            "LSK_REQUIRE_BROWSER is set but pdftotext (poppler-utils) is missing"
        ),
    }
}
