//! Findings for people, shaped like rustc's and hledger's: the problem, the
//! file and line, the source line marked, and what to do about it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};

use super::{counts, printable};
use crate::finding::{Finding, Severity};
use crate::i18n;
use crate::model::Lang;

pub fn render(findings: &[Finding], meetings: usize, lang: Lang, color: bool) -> String {
    let mut out = render_findings(findings, color);
    let c = counts(findings);
    out.push_str(&i18n::summary(lang, meetings, c.errors, c.warnings));
    out.push('\n');
    out
}

/// The findings alone, without the summary line: for a command that stops
/// on them before doing its work (`new-meeting` on a broken lsk.yaml).
pub fn render_findings(findings: &[Finding], color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut sources: HashMap<&PathBuf, Vec<String>> = HashMap::new();
    let mut out = String::new();
    for f in findings {
        let lines = sources
            .entry(&f.file)
            .or_insert_with(|| read_lines(&f.file));
        let line_text = lines
            .get(f.line.saturating_sub(1))
            .map_or("", String::as_str);
        let line_text = printable(line_text);
        let line_text = line_text.as_ref();
        let shown = printable(&f.shown);
        let mut text = i18n::text(f.lang, &f.msg);
        text.message = printable(&text.message).into_owned();
        text.help = text.help.map(|h| printable(&h).into_owned());
        let labels = i18n::labels(f.lang);
        let level = match f.severity {
            Severity::Error => Level::ERROR.with_name(labels.error),
            Severity::Warning => Level::WARNING.with_name(labels.warning),
        };
        let group = level.primary_title(text.message.as_str()).id(f.rule);
        // A stale document is named, not shown: its marker line is lsk's
        // own comment, nothing for the reader to mend.
        let mut group = if matches!(f.msg, crate::i18n::Msg::StaleRender { .. }) {
            group.element(Origin::path(shown.as_ref()))
        } else {
            group.element(
                Snippet::source(line_text)
                    .line_start(f.line)
                    .path(shown.as_ref())
                    .annotation(AnnotationKind::Primary.span(match f.column {
                        Some(col) => at_column(line_text, col),
                        None => mark(line_text),
                    })),
            )
        };
        if let Some(help) = &text.help {
            group = group.element(Level::HELP.with_name(labels.help).message(help.as_str()));
        }
        let explain = format!("lsk explain {}", f.rule);
        group = group.element(Level::NOTE.with_name(labels.more).message(explain.as_str()));
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out
}

/// The part of a line to underline: the key of a `key: value` line, or the
/// text without its indentation.
fn mark(line: &str) -> std::ops::Range<usize> {
    let mut start = line.len() - line.trim_start().len();
    let mut body = line[start..].trim_end();
    if let Some(rest) = body.strip_prefix("- ") {
        start += 2;
        body = rest;
    }
    let len = body
        .find(": ")
        .or_else(|| body.strip_suffix(':').map(str::len))
        .unwrap_or(body.len());
    start..start + len
}

/// The character at 1-based column `col` (in characters) of `line`, as a
/// byte range; the end of the line when it is shorter.
fn at_column(line: &str, col: usize) -> std::ops::Range<usize> {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let Some((start, first)) = line.char_indices().nth(col.saturating_sub(1)) else {
        return line.len()..line.len();
    };
    // A word (a key) is marked whole; any other character alone.
    let len = if word(first) {
        line[start..]
            .char_indices()
            .find(|(_, c)| !word(*c))
            .map_or(line.len() - start, |(i, _)| i)
    } else {
        first.len_utf8()
    };
    start..start + len
}

fn read_lines(path: &Path) -> Vec<String> {
    match crate::case::source::read_text(path) {
        Ok(text) => text.lines().map(str::to_owned).collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::mark;

    #[test]
    fn marks_the_key() {
        assert_eq!(mark("goal: x"), 0..4);
        assert_eq!(mark("  - owner: Sanna"), 4..9);
        assert_eq!(mark("child_preparation:"), 0..17);
        assert_eq!(mark("---"), 0..3);
        assert_eq!(mark(""), 0..0);
    }
}
