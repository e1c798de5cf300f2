//! lsk's one YAML writer: a scalar at an indentation, a key, a record's
//! entry or a list's item as lines. Nothing else in lsk writes YAML
//! values (`scaffold::scalar` wraps [`scalar_line`]), so no newline or
//! `: ` a person types can add a key.

use std::fmt::Write;

use super::{EditError, FormValue};
use crate::case::yaml;
use crate::schema::{self, Ty};

/// lsk's own YAML writer for one scalar at an indentation: plain when lsk's reader
/// reads it back identically and nothing in it is special, double-quoted otherwise,
/// a literal block (`|`) for multi-line text, its lines indented by
/// `indent + 2`. No newline or `: ` in a value can ever add a key.
pub fn scalar(text: &str, indent: usize) -> String {
    if text.contains('\n')
        && let Some(block) = literal(text, indent)
    {
        return block;
    }
    if plain(text) {
        text.to_owned()
    } else {
        double_quoted(text)
    }
}

/// Whether `text` reads back the same written plain, with nothing in it
/// YAML or a person could read otherwise: words and the punctuation of
/// names, or a number, date or time (`9.30`, `2026-12-01`, `17:00`).
pub(super) fn plain(text: &str) -> bool {
    let words = text
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && !c.is_ascii_digit())
        && text.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '\'' | ',' | '(' | ')' | '/')
        })
        && !text.ends_with(' ')
        && !matches!(
            text,
            "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        );
    let number = text.starts_with(|c: char| c.is_ascii_digit())
        && text.ends_with(|c: char| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ':' | '-'));
    words || number
}

/// The same writer for a value that must stay on its line (a trailing
/// comment follows it): plain or double-quoted, never a block.
pub fn scalar_line(text: &str) -> String {
    if plain(text) {
        text.to_owned()
    } else {
        double_quoted(text)
    }
}

/// A literal block (`|` or `|-`) for multi-line text, when lsk's
/// reader reads it back as exactly `text`.
pub(super) fn literal(text: &str, indent: usize) -> Option<String> {
    // Characters YAML does not allow raw, or reads as line breaks or
    // indentation: these texts are double-quoted.
    if text
        .chars()
        .any(|c| (c.is_control() && c != '\n') || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}'))
    {
        return None;
    }
    let body = text.strip_suffix('\n').unwrap_or(text);
    // Blank lines at the end (`|+`) would take in the blank line that
    // follows the value in the file: such texts are double-quoted.
    if body.ends_with('\n') {
        return None;
    }
    let chomp = if text.ends_with('\n') { "" } else { "-" };
    // The first line that has text sets the block's indentation: it must
    // not start with a space, and blank lines before it must be empty.
    let first = body.split('\n').find(|l| !l.is_empty())?;
    if first.starts_with(' ')
        || body
            .split('\n')
            .any(|l| !l.is_empty() && l.trim().is_empty())
    {
        return None;
    }
    let write = |indent: usize| {
        let pad = " ".repeat(indent + 2);
        let mut out = format!("|{chomp}");
        for line in body.split('\n') {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(&pad);
                out.push_str(line);
            }
        }
        out
    };
    let probe = format!("k: {}\n", write(0));
    let read = yaml::parse(&probe).ok()?;
    (read.get("k")?.scalar()? == text).then(|| write(indent))
}

/// A YAML double-quoted scalar. YAML allows only printable characters raw
/// (YAML 1.2, c-printable), so C0 and C1 controls, DEL and the
/// non-characters U+FFFE/U+FFFF are escaped.
pub(crate) fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            ' '..='~' | '\u{a0}'..='\u{fffd}' | '\u{10000}'.. if c != '\u{feff}' => out.push(c),
            c => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
        }
    }
    out.push('"');
    out
}

/// How a scalar is written for key `key`: a yes/no field's `true` and
/// `false` stay plain booleans; everything else through [`scalar`].
pub(super) fn scalar_for(key: &str, text: &str, indent: usize) -> String {
    if matches!(text, "true" | "false") && is_bool_key(key) {
        text.to_owned()
    } else {
        scalar(text, indent)
    }
}

pub(super) fn is_bool_key(key: &str) -> bool {
    pub(super) fn walk(fields: &[schema::Field], key: &str) -> bool {
        fields.iter().any(|f| match &f.ty {
            Ty::Bool | Ty::YesNo => f.key == key,
            Ty::Records(sub) | Ty::Record(sub) => walk(sub, key),
            _ => false,
        })
    }
    walk(schema::MEETING, key)
}

/// A key as written: plain when it is a word (`not_for`, `born`),
/// double-quoted otherwise.
pub(super) fn write_key(key: &str) -> String {
    let word = key.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        && !matches!(
            key,
            "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        );
    if word {
        key.to_owned()
    } else {
        double_quoted(key)
    }
}

/// `key: value` at indentation `indent`, in lines.
pub(super) fn render_entry(
    key: &str,
    value: &FormValue,
    indent: usize,
) -> Result<Vec<String>, EditError> {
    let pad = " ".repeat(indent);
    let k = write_key(key);
    let mut lines = Vec::new();
    match value {
        FormValue::Empty => lines.push(format!("{pad}{k}:")),
        FormValue::Text(t) if t.is_empty() => lines.push(format!("{pad}{k}:")),
        FormValue::Text(t) => {
            let written = scalar_for(key, t, indent);
            let mut parts = written.split('\n');
            lines.push(format!("{pad}{k}: {}", parts.next().unwrap_or_default()));
            lines.extend(parts.map(str::to_owned));
        }
        FormValue::List(items) if items.is_empty() => lines.push(format!("{pad}{k}: []")),
        FormValue::Record(fields) if fields.is_empty() => lines.push(format!("{pad}{k}: {{}}")),
        FormValue::List(items) => {
            lines.push(format!("{pad}{k}:"));
            for item in items {
                lines.extend(render_item(item, indent + 2)?);
            }
        }
        FormValue::Record(fields) => {
            lines.push(format!("{pad}{k}:"));
            for (f, v) in fields {
                lines.extend(render_entry(f, v, indent + 2)?);
            }
        }
    }
    Ok(lines)
}

/// A list item `- value` with its dash at column `dash`, in lines.
pub(super) fn render_item(value: &FormValue, dash: usize) -> Result<Vec<String>, EditError> {
    let pad = " ".repeat(dash);
    let mut lines = Vec::new();
    match value {
        FormValue::Empty => lines.push(format!("{pad}-")),
        FormValue::Text(t) if t.is_empty() => lines.push(format!("{pad}-")),
        FormValue::Text(t) => {
            let written = scalar(t, dash);
            let mut parts = written.split('\n');
            lines.push(format!("{pad}- {}", parts.next().unwrap_or_default()));
            lines.extend(parts.map(str::to_owned));
        }
        FormValue::List(items) if items.is_empty() => lines.push(format!("{pad}- []")),
        FormValue::Record(fields) if fields.is_empty() => lines.push(format!("{pad}- {{}}")),
        FormValue::List(items) => {
            lines.push(format!("{pad}-"));
            for item in items {
                lines.extend(render_item(item, dash + 2)?);
            }
        }
        FormValue::Record(fields) => {
            for (n, (f, v)) in fields.iter().enumerate() {
                let mut entry = render_entry(f, v, dash + 2)?;
                if n == 0
                    && let Some(first) = entry.first_mut()
                {
                    *first = format!("{pad}- {}", &first[dash + 2..]);
                }
                lines.extend(entry);
            }
        }
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::super::fixture::*;
    use super::super::*;

    #[test]
    fn text_with_newlines_and_colons_adds_no_key() {
        for t in [
            "a: b\nc: d",
            "x\n---\ny: z",
            " alkaa välilyönnillä\nja jatkuu",
            "# ei kommentti\n",
            "\"lainaus\" ja 'toinen'",
            "loppuu rivinvaihtoihin\n\n",
            "tab\there",
        ] {
            let out = set_fields(MEETING, &[("summary", text(t)), ("goal", text(t))]).unwrap();
            assert_eq!(get(&out, "summary"), text(t), "{out}");
            assert_eq!(get(&out, "goal"), text(t), "{out}");
            assert_eq!(
                form_values(&out).unwrap().len(),
                form_values(MEETING).unwrap().len() + 1
            );
        }
    }

    #[test]
    fn scalars_read_back() {
        for t in [
            "Sanna Virtanen",
            "O'Brien",
            "x: y",
            "#1",
            "null",
            "12",
            "9.30",
            "2026-12-01",
            "- a",
            "Åsa",
            "a\nb",
            "a\n\nb\n",
            "a\n",
            " a\nb",
            "\u{80}",
            "a\u{7f}b\u{feff}",
            "two\nlines\t\"q\" \\",
            "",
        ] {
            for indent in [0, 4] {
                let doc = format!("{}k: {}\n", " ".repeat(indent), scalar(t, indent));
                let doc = if indent > 0 {
                    format!("o:\n{doc}")
                } else {
                    doc
                };
                let node = yaml::parse(&doc).unwrap();
                let node = if indent > 0 {
                    node.get("o").unwrap().clone()
                } else {
                    node
                };
                assert_eq!(node.get("k").and_then(|n| n.scalar()), Some(t), "{doc}");
            }
        }
        assert_eq!(scalar("9.30", 0), "9.30");
        assert_eq!(scalar("a\nb", 2), "|-\n    a\n    b");
    }
}
