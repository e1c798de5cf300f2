//! The HTML memo printed to PDF in a real browser (headless Chromium), the
//! way a worker prints it. `.ci/run` installs Debian's chromium and sets
//! LSK_REQUIRE_BROWSER so that a missing browser fails instead of skipping.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::*;

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

fn browser() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|n| on_path(n));
    if found.is_none() {
        assert!(
            std::env::var_os("LSK_REQUIRE_BROWSER").is_none(),
            "LSK_REQUIRE_BROWSER is set but no chromium is installed"
        );
        eprintln!("skipped: no chromium on PATH (install Debian's chromium to run this test)");
    }
    found
}

fn print_to_pdf(browser: &Path, html: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // No --no-pdf-header-footer: the page's own running header and
            // footer must keep the browser's (date, file path) out.
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert!(
        pdf.is_file(),
        "no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn html_memo_prints_to_pdf_in_a_real_browser() {
    let Some(browser) = browser() else { return };
    let env = Env::new();
    env.write(
        "lsk.yaml",
        &format!(
            "{}organisation: Itä-Helsingin lapsiperheiden sosiaalityö\ncontact:\n  phone: 09 310 12345\n",
            case_yaml("2021-03", "fi")
        ),
    );
    // Long enough for more than one page.
    let long = "Robin kertoi hiekkalaatikosta ja kavereista. ".repeat(120);
    env.meeting(
        "2026-11-10-daycare",
        &edit(
            DAYCARE,
            "child_views: Robin likes the sandpit",
            &format!("child_views: {long}"),
        ),
    );
    let run = env.lsk(&["render", "memo", "meetings/2026-11-10-daycare", "--html"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let html = env.join("meetings/2026-11-10-daycare/memo.html");
    let pdf = env.join("memo.pdf");
    print_to_pdf(&browser, &html, &pdf);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = bytes
        .windows(10)
        .filter(|w| w == b"/Type /Pag" || w == b"/Type/Page")
        .count();
    assert!(pages >= 1, "no pages in the PDF");
    // With poppler's pdftotext, read the printed text back.
    if let Some(pdftotext) = on_path("pdftotext") {
        let out = std::process::Command::new(pdftotext)
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        for part in ["Muistio", "Robin", "Morning chart at home", "Sovitut asiat"] {
            assert!(text.contains(part), "{part} not printed:\n{text}");
        }
        // Every page: the mark, the organisation and "n (N)" of lsk's own;
        // never the browser's header and footer (its date, the file path).
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        let n = pages.len();
        assert!(n >= 2, "one page only:\n{text}");
        for (i, page) in pages.iter().enumerate() {
            for part in [
                "Salassa pidettävä (JulkL 24.1 § 25 k)",
                "Itä-Helsingin lapsiperheiden sosiaalityö",
                &format!("{} ({n})", i + 1),
            ] {
                assert!(page.contains(part), "page {}: no {part}:\n{page}", i + 1);
            }
        }
        let dir = env.path().to_string_lossy();
        assert!(
            !text.contains("file:") && !text.contains(dir.as_ref()),
            "{text}"
        );
        assert!(!text.contains("memo.html"), "{text}");
        let us_date = regex_lite_us_date(&text);
        assert!(us_date.is_none(), "browser's date {us_date:?}:\n{text}");
    }
}

/// A date as the browser prints it in its header (`11/23/26, 8:06 PM`).
fn regex_lite_us_date(text: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| {
            let parts: Vec<&str> = w.trim_end_matches(',').split('/').collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_owned)
}
