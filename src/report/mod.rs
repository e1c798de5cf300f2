//! Printing findings: one reporter for people, one for scripts.

pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod table;
pub mod term;

use std::borrow::Cow;

use crate::finding::{Finding, Severity};

/// Bidirectional formatting characters: overrides and embeddings
/// (U+202A–U+202E), isolates (U+2066–U+2069) and the marks U+200E, U+200F
/// and U+061C. Shown raw they reorder what a terminal displays, so that a
/// name or a path reads as something it is not ("Trojan Source").
pub fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// A character that must not reach a terminal raw: a control character
/// (escape sequences, carriage returns) or a bidirectional control.
fn unsafe_char(c: char) -> bool {
    c.is_control() || is_bidi(c)
}

/// Text from a case file made safe for one line of a terminal: control
/// characters (line breaks in a folder name, escape sequences that would
/// move the cursor or retitle the window) and bidirectional controls are
/// shown as escapes (`\n`, `\u{1b}`, `\u{202e}`), never sent raw.
pub fn printable(text: &str) -> Cow<'_, str> {
    escaped(text, false)
}

/// Like [`printable`], for text of several lines (a document printed with
/// `--stdout`, a message): line breaks (LF, and CRLF as in a calendar file)
/// and tabs stay as they are. A lone CR is escaped: it would let a line
/// overwrite the one before it on screen.
pub fn printable_text(text: &str) -> Cow<'_, str> {
    escaped(text, true)
}

/// An identity code is blotted out too: what a terminal shows may end up
/// in a CI log.
fn escaped(text: &str, lines: bool) -> Cow<'_, str> {
    let text = crate::hetu::mask(text);
    if !text.chars().any(unsafe_char) {
        return text;
    }
    let mut chars = text.chars().peekable();
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    while let Some(c) = chars.next() {
        let kept = lines && (c == '\n' || c == '\t' || (c == '\r' && chars.peek() == Some(&'\n')));
        if kept || !unsafe_char(c) {
            out.push(c);
            continue;
        }
        changed = true;
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("    "),
            c => out.extend(c.escape_unicode()),
        }
    }
    if changed { Cow::Owned(out) } else { text }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi() {
        assert_eq!(printable("plain ä"), "plain ä");
        assert_eq!(
            printable("a\x1b]0;t\x07\nb\u{202e}c\r"),
            "a\\u{1b}]0;t\\u{7}\\nb\\u{202e}c\\u{d}"
        );
        for c in [
            '\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{2069}', '\u{9b}',
        ] {
            assert!(!printable(&c.to_string()).contains(c), "{c:?}");
            assert!(!printable_text(&c.to_string()).contains(c), "{c:?}");
        }
        assert_eq!(printable_text("a\n\tb\x1b[2J"), "a\n\tb\\u{1b}[2J");
        assert_eq!(printable_text("a\r\nb\rc"), "a\r\nb\\u{d}c");
        // Escaping is idempotent: an escaped text holds nothing to escape.
        let once = printable("\x1b\u{202e}").into_owned();
        assert_eq!(printable(&once), once);
    }
}
