//! The JSON shape of `lsk check --format json` (FORMAT.md): stable keys, in
//! this order, one object for the whole run.

use std::fmt::Write;

use serde::Serialize;

use super::{counts, is_bidi};
use crate::finding::Finding;
use crate::i18n;

#[derive(Serialize)]
struct JsonFinding<'a> {
    file: &'a str,
    line: usize,
    rule: &'a str,
    field: Option<&'a str>,
    severity: &'a str,
    phase: Option<&'a str>,
    message: String,
    help: Option<String>,
}

impl<'a> JsonFinding<'a> {
    fn of(f: &'a Finding) -> JsonFinding<'a> {
        let text = i18n::text(f.lang, &f.msg);
        JsonFinding {
            file: &f.shown,
            line: f.line,
            rule: f.rule,
            field: f.field.as_deref(),
            severity: f.severity.as_str(),
            phase: f.phase.map(|p| p.as_str()),
            message: text.message,
            help: text.help,
        }
    }
}

#[derive(Serialize)]
struct Summary {
    meetings: usize,
    errors: usize,
    warnings: usize,
}

pub fn render(findings: &[Finding], meetings: usize) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write(&mut out, findings, meetings);
    String::from_utf8(out).unwrap_or_default()
}

/// [`render`], written to `w` a finding at a time: a run of 100,000
/// findings never holds their JSON text all at once. The same bytes as
/// the whole document made by serde_json's pretty printer: each finding
/// is made by it and set in at its depth (JSON text holds no raw line
/// break inside a string, so its lines are the printer's own).
pub fn write(
    w: &mut impl std::io::Write,
    findings: &[Finding],
    meetings: usize,
) -> std::io::Result<()> {
    let c = counts(findings);
    let summary = Summary {
        meetings,
        errors: c.errors,
        warnings: c.warnings,
    };
    if findings.is_empty() {
        w.write_all(b"{\n  \"findings\": [],\n  \"summary\": ")?;
    } else {
        w.write_all(b"{\n  \"findings\": [\n")?;
        for (i, f) in findings.iter().enumerate() {
            let one = JsonFinding::of(f);
            if i > 0 {
                w.write_all(b",\n")?;
            }
            indented(w, &to_json(&one, true), "    ")?;
        }
        w.write_all(b"\n  ],\n  \"summary\": ")?;
    }
    indented_rest(w, &to_json(&summary, true), "  ")?;
    w.write_all(b"\n}\n")
}

/// `json` with every line after the first indented by `pad`, the first
/// too.
fn indented(w: &mut impl std::io::Write, json: &str, pad: &str) -> std::io::Result<()> {
    w.write_all(pad.as_bytes())?;
    indented_rest(w, json, pad)
}

/// `json` with every line but the first indented by `pad`.
fn indented_rest(w: &mut impl std::io::Write, json: &str, pad: &str) -> std::io::Result<()> {
    for (i, line) in json.split('\n').enumerate() {
        if i > 0 {
            w.write_all(b"\n")?;
            w.write_all(pad.as_bytes())?;
        }
        w.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// A meeting (or case) that could not be read, as `lsk actions` and
/// `lsk list` report it under `unreadable`: the finding `lsk check` gives.
#[derive(Serialize)]
pub struct Unreadable<'a> {
    file: &'a str,
    line: usize,
    message: String,
    help: Option<String>,
}

impl<'a> Unreadable<'a> {
    pub fn of(f: &'a Finding) -> Unreadable<'a> {
        let text = i18n::text(f.lang, &f.msg);
        Unreadable {
            file: &f.shown,
            line: f.line,
            message: text.message,
            help: text.help,
        }
    }
}

/// `value` as JSON that is safe to print to a terminal. serde_json escapes
/// C0 control characters but leaves DEL, the C1 controls and the
/// bidirectional controls raw inside strings; they are written as `\uXXXX`
/// escapes here, which is the same JSON value. (U+2028 and U+2029 too, for
/// readers that treat them as line ends.)
pub fn to_json<T: Serialize>(value: &T, pretty: bool) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    // No identity code in a script's output either: it ends up in CI logs
    // and dashboards. (A code's characters never include a JSON string's
    // quote, so masking keeps the JSON whole.)
    let json = mask_escaped(escape(json.unwrap_or_default()));
    match crate::hetu::mask(&json) {
        std::borrow::Cow::Borrowed(_) => json,
        std::borrow::Cow::Owned(masked) => masked,
    }
}

/// Every string of `json` written with an escape (`\n`, `\t`, `\u200f`…)
/// read as the text it stands for and masked: a code with a line break
/// or an invisible character inside is a code the escaped form hides from
/// the scan of the whole text. Strings without an escape are the text
/// itself, and are masked with the whole.
fn mask_escaped(json: String) -> String {
    if !json.contains('\\') {
        return json;
    }
    let b = json.as_bytes();
    let mut out = String::new();
    let (mut last, mut i) = (0, 0);
    while i < b.len() {
        if b[i] != b'"' {
            i += 1;
            continue;
        }
        let start = i;
        let mut escaped = false;
        i += 1;
        while i < b.len() && b[i] != b'"' {
            if b[i] == b'\\' {
                escaped = true;
                i += 1;
            }
            i += 1;
        }
        let end = (i + 1).min(b.len());
        i = end;
        if !escaped {
            continue;
        }
        let Ok(text) = serde_json::from_str::<String>(&json[start..end]) else {
            continue;
        };
        if let std::borrow::Cow::Owned(masked) = crate::hetu::mask(&text) {
            out.push_str(&json[last..start]);
            out.push_str(&escape(serde_json::to_string(&masked).unwrap_or_default()));
            last = end;
        }
    }
    if last == 0 {
        return json;
    }
    out.push_str(&json[last..]);
    out
}

fn needs_escape(c: char) -> bool {
    // C0 controls are escaped by serde_json already; a raw `\n` outside a
    // string is the pretty printer's own line break.
    c >= '\u{7f}' && (c.is_control() || is_bidi(c) || matches!(c, '\u{2028}' | '\u{2029}'))
}

/// Every character [`needs_escape`] names written as `\uXXXX` (all lie in
/// the Basic Multilingual Plane, so one escape each). Outside strings JSON
/// text is ASCII, so every such character is inside a string.
fn escape(json: String) -> String {
    if !json.chars().any(needs_escape) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if needs_escape(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_an_escape_hides_is_masked() {
        for text in [
            "Soita isälle 131052\n-308T",
            "131052\u{200f}-308T",
            "131052\t-308T",
            "folder 131052\u{7f}-308T",
        ] {
            let json = to_json(&serde_json::json!({ "action": text, "n": 1 }), true);
            assert!(!json.contains("308T"), "{json}");
            assert!(json.contains("XXXXXX-XXXX"), "{json}");
            let back: serde_json::Value = serde_json::from_str(&json).expect("still JSON");
            assert!(
                back["action"]
                    .as_str()
                    .is_some_and(|a| a.contains("XXXXXX-XXXX")),
                "{json}"
            );
        }
        // Nothing else is touched.
        let plain = serde_json::json!({ "a": "line\nbreak \"quoted\" 12\\34", "b": "ok" });
        assert_eq!(
            to_json(&plain, false),
            serde_json::to_string(&plain).expect("json")
        );
    }

    /// The whole document as serde_json's pretty printer makes it: what
    /// [`write`] must give byte for byte.
    #[derive(Serialize)]
    struct Whole<'a> {
        findings: Vec<JsonFinding<'a>>,
        summary: Summary,
    }

    fn whole(findings: &[Finding], meetings: usize) -> String {
        let c = counts(findings);
        let out = Whole {
            findings: findings.iter().map(JsonFinding::of).collect(),
            summary: Summary {
                meetings,
                errors: c.errors,
                warnings: c.warnings,
            },
        };
        to_json(&out, true) + "\n"
    }

    #[test]
    fn written_a_finding_at_a_time_is_the_whole_document() {
        use crate::finding::{Msg, Sink};
        use crate::model::Lang;
        assert_eq!(render(&[], 0), whole(&[], 0));
        assert_eq!(render(&[], 3), whole(&[], 3));
        let mut sink = Sink::new("a/meeting.md".into(), None, Lang::Fi);
        sink.error(crate::finding::PARSE_ERROR, 3, Msg::MergeConflict);
        sink.error(crate::finding::IDENTITY_CODE, 9, Msg::IdentityCode);
        let mut findings = sink.findings;
        for f in &mut findings {
            f.shown = "case/meetings/a \"b\"\u{202e}/meeting.md".into();
        }
        assert_eq!(render(&findings[..1], 1), whole(&findings[..1], 1));
        assert_eq!(render(&findings, 2), whole(&findings, 2));
    }

    #[test]
    fn unsafe_characters_are_escaped_and_read_back_the_same() {
        let value = serde_json::json!({"goal": "a\u{202e}b\x1b[2J\u{9b}c\u{7f}\u{2066}ä", "n": 1});
        for pretty in [false, true] {
            let text = to_json(&value, pretty);
            for c in ['\u{202e}', '\x1b', '\u{9b}', '\u{7f}', '\u{2066}'] {
                assert!(!text.contains(c), "{c:?} in {text}");
            }
            assert!(text.contains("\\u202e") && text.contains('ä'), "{text}");
            let back: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(back, value);
        }
    }
}
