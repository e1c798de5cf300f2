//! Printing findings: one reporter for people, one for scripts.

pub mod human;
pub mod json;
pub mod table;

use crate::finding::{Finding, Severity};

/// Text from a case file made safe for a terminal: control characters
/// (line breaks in a folder name, escape sequences that would move the
/// cursor or retitle the window) are shown as escapes, never sent raw; an
/// identity code is blotted out (a terminal's output may end in a CI log).
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let text = crate::hetu::mask(text);
    if !text.chars().any(char::is_control) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("    "),
            c if c.is_control() => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
}

pub fn counts(findings: &[Finding]) -> Counts {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    Counts {
        errors,
        warnings: findings.len() - errors,
    }
}
