//! Saving a form into meeting.md without losing anything the file held.
//!
//! A form says what some top-level keys should hold. Only what changed is
//! rewritten, at the smallest unit that changed: one scalar on its line
//! (keeping the line's trailing comment at its column), one list item, one
//! key of a record. Everything else — comments, key order, unknown keys, the
//! formatting of untouched values, the notes — stays byte for byte, with
//! the file's line endings and byte-order mark. Every value is written by
//! one writer, [`scalar`], so no newline or `: ` a person types can add a
//! key.
//!
//! Positions come from the same event parser lsk's reader uses
//! (`granit_parser`, through serde-saphyr), values from lsk's reader
//! (`yaml::parse`). The edit fails closed: the result is read back, and
//! unless it holds exactly the original values with the form's fields
//! substituted, and the same notes, nothing is returned but an error.
//!
//! The parts, one concept each: [`emit`] is lsk's one YAML writer (also
//! behind `scaffold`); `value` reads a node as a form value and compares
//! values; `locate` finds every key's and item's span with the event
//! parser; `lines` is the line buffer the edits go into; `diff` walks the
//! old and new values and edits only what changed; `align` matches list
//! items (a longest common subsequence).

mod align;
mod diff;
pub mod emit;
#[cfg(test)]
mod fixture;
mod lines;
mod locate;
mod value;

use super::yaml::{self, Value, YamlError};
use emit::render_entry;
use lines::Editor;
use locate::{Doc, K, locate};
use value::{blank, notes_of, values_of};

pub use emit::{scalar, scalar_line};
pub use value::same;

/// What a form says a field should hold: the text as the person typed it,
/// a list, or a record of keys. `Empty` is an empty field (`key:` / null / "").
#[derive(Debug, Clone, PartialEq)]
pub enum FormValue {
    Empty,
    Text(String),
    List(Vec<FormValue>),
    Record(Vec<(String, FormValue)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct EditError {
    /// Dotted path of the value, e.g. `invitees.2.name`; "" for the whole file.
    pub key: String,
    /// 1-based line in the file, where one is known.
    pub line: Option<usize>,
    pub kind: EditErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EditErrorKind {
    /// The frontmatter does not read as YAML (line numbers are the file's).
    Unreadable(YamlError),
    /// The file does not start with a `---` line.
    NoFrontmatter,
    /// No closing `---` line after the frontmatter.
    UnterminatedFrontmatter,
    /// The frontmatter is a list or a text, not keys with values.
    NotAMapping,
    /// A value written in a style lsk does not edit (untouched values may
    /// use any style).
    UnsupportedStyle(Style),
    /// A key the form gives cannot be written as a key (empty, or with a
    /// line break).
    BadKey,
    /// The form gives the same key twice.
    DuplicateKey,
    /// The form's value nests deeper than any meeting.
    TooDeep,
    /// The edited file would not read back as the form said: refused,
    /// nothing is written.
    NotReadBack,
}

/// A YAML style inside a changed value that lsk does not rewrite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `{...}` or `[...]` over more than one line.
    MultiLineFlow,
    /// `&name`: a value other places may repeat.
    Anchor,
    /// `*name`: a repeat of a value written elsewhere.
    Alias,
    /// `!tag`.
    Tag,
    /// `? key`: a key written in the explicit form.
    ComplexKey,
    /// The whole frontmatter written as one `{...}`.
    FlowFrontmatter,
    /// A value laid out in a way lsk cannot locate safely (a block
    /// scalar's `|` on its own line, a key over several lines).
    Layout,
}

/// Deepest form value accepted (a meeting needs four levels).
const MAX_DEPTH: usize = 64;
/// Lists longer than this on both sides are matched by their common start
/// and end only: the full match costs the product of their lengths.
const MAX_LCS: usize = 1 << 20;

/// meeting.md's text with the frontmatter's top-level keys in `fields` set to
/// what the form says. Keys not in `fields` are untouched. A key in `fields`
/// whose value already reads the same as the form's is untouched (byte for
/// byte), whatever its style in the file. A missing key is added (at the
/// place the schema order suggests, or at the end of the frontmatter); a
/// missing key the form leaves empty is not added.
pub fn set_fields(source: &str, fields: &[(&str, FormValue)]) -> Result<String, EditError> {
    let doc = Doc::split(source)?;
    let yaml_text = doc.yaml();
    let root = yaml::parse(&yaml_text).map_err(unreadable)?;
    let located = locate(&yaml_text)?;
    match (&root.value, &located.kind) {
        (Value::Map(_) | Value::Null, _) => {}
        _ => return Err(whole(EditErrorKind::NotAMapping)),
    }
    for (i, (key, value)) in fields.iter().enumerate() {
        if fields[..i].iter().any(|(k, _)| k == key) {
            return Err(err(key, None, EditErrorKind::DuplicateKey));
        }
        check_form(key, value)?;
    }
    let original = values_of(&root);
    let mut ed = Editor::new(&doc);
    let mut expected = original.clone();
    for (key, value) in fields {
        let at = root.entries().iter().position(|e| e.key == *key);
        match at {
            Some(i) => {
                if same(&expected[i].1, value) {
                    continue;
                }
                expected[i].1 = value.clone();
                let K::Map { flow, entries } = &located.kind else {
                    return Err(err(key, None, EditErrorKind::NotReadBack));
                };
                if *flow {
                    return Err(style(key, located.start.line, Style::FlowFrontmatter));
                }
                let Some((k, v)) = entries.get(i) else {
                    return Err(err(key, None, EditErrorKind::NotReadBack));
                };
                ed.edit_entry(key, k, v, &root.entries()[i].value, value)?;
            }
            None => {
                // A key the file lacks already reads as empty.
                if blank(value) {
                    continue;
                }
                if matches!(&located.kind, K::Map { flow: true, .. }) {
                    return Err(style(key, located.start.line, Style::FlowFrontmatter));
                }
                expected.push(((*key).to_owned(), value.clone()));
                let at = ed.top_level_place(key, &root, &located);
                let lines = render_entry(key, value, 0)?;
                ed.insert(at, 0, lines);
            }
        }
    }
    let out = ed.finish();
    // Fail closed: the result must read back as the form said.
    let back = form_values(&out).map_err(|e| EditError {
        kind: EditErrorKind::NotReadBack,
        ..e
    })?;
    let order_kept = {
        let keys: Vec<&str> = back.iter().map(|(k, _)| k.as_str()).collect();
        let old: Vec<&str> = original.iter().map(|(k, _)| k.as_str()).collect();
        keys.iter().filter(|k| old.contains(k)).eq(old.iter())
    };
    if !order_kept
        || !same(
            &FormValue::Record(back),
            &FormValue::Record(expected.clone()),
        )
        || notes_of(&out) != notes_of(source)
        || out.starts_with('\u{feff}') != source.starts_with('\u{feff}')
    {
        return Err(whole(EditErrorKind::NotReadBack));
    }
    Ok(out)
}

/// meeting.md's text with the notes (everything after the closing `---`) replaced.
/// The notes take the file's line endings.
pub fn set_notes(source: &str, notes: &str) -> Result<String, EditError> {
    let doc = Doc::split(source)?;
    let close = doc.close;
    let mut out = String::with_capacity(source.len() + notes.len());
    if doc.bom {
        out.push('\u{feff}');
    }
    for (text, end) in &doc.lines[..=close] {
        out.push_str(text);
        out.push_str(end);
    }
    let unified = notes.replace("\r\n", "\n").replace('\r', "\n");
    if !unified.is_empty() {
        if doc.lines[close].1.is_empty() {
            out.push_str(doc.nl);
        }
        if doc.nl == "\n" {
            out.push_str(&unified);
        } else {
            out.push_str(&unified.replace('\n', doc.nl));
        }
    }
    // Fail closed: the frontmatter is the same, the notes are the form's.
    let again = Doc::split(&out).map_err(|e| EditError {
        kind: EditErrorKind::NotReadBack,
        ..e
    })?;
    let same_front = again.close == close && again.lines[..close] == doc.lines[..close];
    let back = notes_of(&out).map(|n| n.replace("\r\n", "\n").replace('\r', "\n"));
    if !same_front || back.as_deref() != Some(unified.as_str()) {
        return Err(whole(EditErrorKind::NotReadBack));
    }
    Ok(out)
}

/// The frontmatter's current values as a form would show them (for filling a form
/// and for comparing): the same FormValue tree, read with lsk's own YAML reader
/// (src/case/yaml.rs), scalars as written (text of `time: 9.30` is "9.30").
pub fn form_values(source: &str) -> Result<Vec<(String, FormValue)>, EditError> {
    let doc = Doc::split(source)?;
    let text = doc.yaml();
    let root = yaml::parse(&text).map_err(unreadable)?;
    match root.value {
        Value::Map(_) | Value::Null => Ok(values_of(&root)),
        _ => Err(EditError {
            key: String::new(),
            line: Some(root.line),
            kind: EditErrorKind::NotAMapping,
        }),
    }
}

fn whole(kind: EditErrorKind) -> EditError {
    EditError {
        key: String::new(),
        line: None,
        kind,
    }
}

fn err(key: &str, line: Option<usize>, kind: EditErrorKind) -> EditError {
    EditError {
        key: key.to_owned(),
        line,
        kind,
    }
}

/// An unsupported style at a 0-based line index.
fn style(key: &str, line: usize, style: Style) -> EditError {
    err(key, Some(line + 1), EditErrorKind::UnsupportedStyle(style))
}

fn unreadable(e: YamlError) -> EditError {
    EditError {
        key: String::new(),
        line: Some(e.line),
        kind: EditErrorKind::Unreadable(e),
    }
}

/// Form values lsk can write: keys that are keys, a bounded depth.
fn check_form(path: &str, value: &FormValue) -> Result<(), EditError> {
    if path.is_empty() || path.contains(['\n', '\r']) {
        return Err(err(path, None, EditErrorKind::BadKey));
    }
    let mut todo = vec![(value, 0usize, path.to_owned())];
    while let Some((v, depth, at)) = todo.pop() {
        if depth > MAX_DEPTH {
            return Err(err(&at, None, EditErrorKind::TooDeep));
        }
        match v {
            FormValue::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    todo.push((item, depth + 1, format!("{at}.{}", i + 1)));
                }
            }
            FormValue::Record(entries) => {
                for (i, (k, item)) in entries.iter().enumerate() {
                    let here = format!("{at}.{k}");
                    if k.is_empty() || k.contains(['\n', '\r']) {
                        return Err(err(&here, None, EditErrorKind::BadKey));
                    }
                    if entries[..i].iter().any(|(k2, _)| k2 == k) {
                        return Err(err(&here, None, EditErrorKind::DuplicateKey));
                    }
                    todo.push((item, depth + 1, here));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::fixture::*;
    use super::*;

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        for src in [
            "",
            "---\n",
            "---\n: :\n---\n",
            "---\n- a\n---\n",
            "---\na: [\n---\n",
            "---\r---",
        ] {
            let _ = set_fields(src, &[("a", text("x"))]);
            let _ = form_values(src);
            let _ = set_notes(src, "x");
        }
        assert_eq!(
            set_fields("---\n- a\n---\n", &[("a", text("x"))])
                .unwrap_err()
                .kind,
            EditErrorKind::NotAMapping
        );
        assert_eq!(
            set_fields(MEETING, &[("a", text("x")), ("a", text("y"))])
                .unwrap_err()
                .kind,
            EditErrorKind::DuplicateKey
        );
    }
}
