//! `lsk check --format junit`: JUnit XML for a team's CI (GitLab shows it
//! in merge requests, Jenkins' `junit` step reads it). One `testsuite` per
//! case, one `testcase` per meeting (and one for the case's own files), one
//! `failure` per error with `file:line`; warnings in `system-out`. Text is
//! the masked message text (no identity code ever), XML-escaped; characters
//! XML 1.0 cannot hold are written as `\u{..}`.
//!
//! Every file named in the report is relative to the folder checked, as in
//! the other reporters. A `testcase` has no `file` attribute: the JUnit
//! schema Jenkins' xUnit plugin validates with (junit-10.xsd) does not allow
//! one there and would skip the whole report; the file is in each
//! failure's `message` instead (tests/cli/junit.rs validates the output
//! against that schema with xmllint).

use std::fmt::Write;
use std::path::PathBuf;

use crate::case::discover::Target;
use crate::finding::{Finding, Severity};
use crate::i18n;
use crate::paths::relative;

/// Text for an XML attribute or element: escaped, masked, and without the
/// characters XML 1.0 forbids.
fn xml(text: &str) -> String {
    let text = crate::hetu::mask(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c if c.is_control() || crate::report::is_bidi(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

struct Case {
    name: String,
    root: PathBuf,
    /// (testcase name, meeting folder)
    meetings: Vec<(String, PathBuf)>,
    findings: Vec<usize>,
}

/// The line a finding is reported as: `file:line: [rule] message — help`.
fn line_of(f: &Finding) -> String {
    let text = i18n::text(f.lang, &f.msg);
    let help = text.help.map(|h| format!(" — {h}")).unwrap_or_default();
    format!(
        "{}:{}: [{}] {}{}",
        f.shown, f.line, f.rule, text.message, help
    )
}

pub fn render(targets: &[Target], findings: &[Finding]) -> String {
    // Cases in the order given, several targets of one case merged.
    let mut cases: Vec<Case> = Vec::new();
    for t in targets {
        let at = match cases.iter().position(|c| c.root == t.case_root) {
            Some(at) => at,
            None => {
                let mut name = relative(&t.case_root, &t.base);
                if name.is_empty() || name == "." || name.starts_with("..") {
                    name = t
                        .case_root
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| ".".into());
                }
                cases.push(Case {
                    name,
                    root: t.case_root.clone(),
                    meetings: Vec::new(),
                    findings: Vec::new(),
                });
                cases.len() - 1
            }
        };
        for m in &t.meetings {
            if !cases[at].meetings.iter().any(|(_, d)| d == m) {
                let name = relative(m, &t.case_root);
                cases[at].meetings.push((name, m.clone()));
            }
        }
    }
    // Findings outside every case (a folder that looks like a case but is
    // not read) get a suite of their own.
    let mut loose: Vec<usize> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        match cases
            .iter_mut()
            .filter(|c| f.file.starts_with(&c.root))
            .max_by_key(|c| c.root.components().count())
        {
            Some(c) => c.findings.push(i),
            None => loose.push(i),
        }
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let tests: usize =
        cases.iter().map(|c| c.meetings.len() + 1).sum::<usize>() + usize::from(!loose.is_empty());
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"lsk check\" tests=\"{tests}\" failures=\"{errors}\" errors=\"0\">"
    );
    for case in &cases {
        let mut testcases: Vec<(String, Vec<&Finding>)> = Vec::new();
        for (name, dir) in &case.meetings {
            let mine: Vec<&Finding> = case
                .findings
                .iter()
                .map(|i| &findings[*i])
                .filter(|f| f.file.starts_with(dir))
                .collect();
            testcases.push((name.clone(), mine));
        }
        // The case's own files: lsk.yaml, templates, names.
        let own: Vec<&Finding> = case
            .findings
            .iter()
            .map(|i| &findings[*i])
            .filter(|f| !case.meetings.iter().any(|(_, d)| f.file.starts_with(d)))
            .collect();
        testcases.push((crate::case::CASE_FILE.to_owned(), own));
        write_suite(&mut out, &case.name, &testcases);
    }
    if !loose.is_empty() {
        let testcases: Vec<(String, Vec<&Finding>)> = vec![(
            "not read".into(),
            loose.iter().map(|i| &findings[*i]).collect(),
        )];
        write_suite(&mut out, "folders not read", &testcases);
    }
    out.push_str("</testsuites>\n");
    out
}

fn write_suite(out: &mut String, name: &str, testcases: &[(String, Vec<&Finding>)]) {
    let failures: usize = testcases
        .iter()
        .map(|(_, f)| f.iter().filter(|f| f.severity == Severity::Error).count())
        .sum();
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">",
        xml(name),
        testcases.len()
    );
    for (case_name, found) in testcases {
        let _ = write!(
            out,
            "    <testcase classname=\"{}\" name=\"{}\"",
            xml(name),
            xml(case_name)
        );
        if found.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        for f in found.iter().filter(|f| f.severity == Severity::Error) {
            let text = i18n::text(f.lang, &f.msg);
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}:{}: {}\">{}</failure>",
                xml(f.rule),
                xml(&f.shown),
                f.line,
                xml(&text.message),
                xml(&line_of(f))
            );
        }
        let warnings: Vec<String> = found
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .map(|f| line_of(f))
            .collect();
        if !warnings.is_empty() {
            let _ = writeln!(
                out,
                "      <system-out>{}</system-out>",
                xml(&warnings.join("\n"))
            );
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_masks() {
        assert_eq!(xml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(xml("x\u{1b}[2J\u{0}"), "x\\u{1b}[2J\\u{0}");
        assert!(!xml("Robin 131052-308T").contains("131052-308T"));
    }
}
