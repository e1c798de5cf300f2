//! Text kept as typed: what a worker typed or pasted into a field reaches
//! the memo as she wrote it, in Markdown, HTML and PDF alike — each line
//! break kept, and no list, rule, heading or emphasis made of her words.

use std::path::PathBuf;

use crate::common::*;

/// A summary pasted from a word processor: lines that look like Markdown.
const PASTED: &str = "summary: |
  Mornings are calmer now.
  - the bus at 7.40
  1. breakfast at home
  ---
  # not a heading
  *not emphasis* and _not this_ ~~nor this~~
  Second paragraph follows:

  Robin sleeps better.
  ====
";

fn meeting() -> String {
    DAYCARE.replace("summary: Daycare follows the mornings\n", PASTED)
}

#[test]
fn pasted_lines_stay_lines_in_markdown_and_html() {
    let env = env_with(&meeting());
    let run = render(&env, &["memo", DIR]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let md = env.read(&format!("{DIR}/memo.md"));
    // Each line break is a hard break, and block starts are escaped.
    assert!(
        md.contains(
            "Mornings are calmer now.\\\n\\- the bus at 7.40\\\n1\\. breakfast at home\\\n\\---\\\n\\# not a heading\\\n"
        ),
        "{md}"
    );
    // A blank line still parts paragraphs.
    assert!(
        md.contains("Second paragraph follows:\n\nRobin sleeps better.\\\n\\===="),
        "{md}"
    );

    let run = render(&env, &["memo", DIR, "--html"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let html = env.read(&format!("{DIR}/memo.html"));
    assert!(
        html.contains(
            "Mornings are calmer now.<br />\n- the bus at 7.40<br />\n1. breakfast at home<br />\n---<br />\n# not a heading<br />\n*not emphasis* and _not this_ ~~nor this~~"
        ),
        "{html}"
    );
    assert!(
        html.contains("<p>Robin sleeps better.<br />\n====</p>"),
        "{html}"
    );
    for made in [
        "<hr",
        "<h1>not",
        "<h2>Robin",
        "<em>",
        "<del>",
        "<ol>",
        "<li>the bus",
    ] {
        assert!(!html.contains(made), "{made} made of typed text:\n{html}");
    }
    // The lists the template writes stay lists.
    assert!(html.contains("<ul>\n<li><strong>Child:</strong>"), "{html}");
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

#[test]
fn pasted_lines_stay_lines_in_the_pdf() {
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|n| on_path(n));
    if browser.is_none() || on_path("pdftotext").is_none() {
        crate::common::skip("chromium or pdftotext");
        return;
    }
    let env = env_with(&meeting());
    let run = render(&env, &["memo", DIR, "--pdf"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(env.join(&format!("{DIR}/memo.pdf")))
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for line in [
        "Mornings are calmer now.",
        "- the bus at 7.40",
        "1. breakfast at home",
        "---",
        "# not a heading",
        "*not emphasis* and _not this_ ~~nor this~~",
    ] {
        assert!(
            lines.contains(&line),
            "{line:?} not a line of its own:\n{text}"
        );
    }
}
