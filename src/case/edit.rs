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

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, StructureStyle};

use super::yaml::{self, Node, Value, YamlError};
use crate::schema::{self, Ty};

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
fn plain(text: &str) -> bool {
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
fn literal(text: &str, indent: usize) -> Option<String> {
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

/// Whether two values read the same: an empty text is an empty field, a
/// record's keys may come in any order, and a key a record lacks reads as
/// the same key left empty.
pub fn same(a: &FormValue, b: &FormValue) -> bool {
    use FormValue::*;
    match (a, b) {
        (Empty | Text(_), Empty | Text(_)) => text_of(a) == text_of(b),
        (List(x), List(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Record(x), Record(y)) => {
            let index = |r: &'_ [(String, FormValue)]| -> HashMap<String, usize> {
                r.iter()
                    .enumerate()
                    .map(|(i, (k, _))| (k.clone(), i))
                    .collect()
            };
            let (ix, iy) = (index(x), index(y));
            x.iter().all(|(k, v)| match iy.get(k) {
                Some(&i) => same(v, &y[i].1),
                None => blank(v),
            }) && y.iter().all(|(k, v)| ix.contains_key(k) || blank(v))
        }
        _ => false,
    }
}

/// Whether a value is as good as absent: empty, or a record of such values.
fn blank(value: &FormValue) -> bool {
    match value {
        FormValue::Empty => true,
        FormValue::Text(t) => t.is_empty(),
        FormValue::Record(fields) => fields.iter().all(|(_, v)| blank(v)),
        FormValue::List(_) => false,
    }
}

fn text_of(v: &FormValue) -> &str {
    match v {
        FormValue::Text(t) => t,
        _ => "",
    }
}

/// The form value of a node read by lsk's reader.
fn value_of(node: &Node<'_>) -> FormValue {
    match &node.value {
        Value::Null => FormValue::Empty,
        Value::Scalar { text, .. } if text.is_empty() => FormValue::Empty,
        Value::Scalar { text, .. } => FormValue::Text(text.to_string()),
        Value::Seq(items) => FormValue::List(items.iter().map(value_of).collect()),
        Value::Map(entries) => FormValue::Record(
            entries
                .iter()
                .map(|e| (e.key.to_string(), value_of(&e.value)))
                .collect(),
        ),
    }
}

fn values_of(root: &Node<'_>) -> Vec<(String, FormValue)> {
    root.entries()
        .iter()
        .map(|e| (e.key.to_string(), value_of(&e.value)))
        .collect()
}

/// The text after the closing `---` line (with its line ending), if the
/// file has frontmatter.
fn notes_of(source: &str) -> Option<String> {
    let doc = Doc::split(source).ok()?;
    let mut out = String::new();
    for (text, end) in &doc.lines[doc.close + 1..] {
        out.push_str(text);
        out.push_str(end);
    }
    Some(out)
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

/// A file split into lines, each with its own line ending.
struct Doc<'a> {
    bom: bool,
    /// (text, line ending): `\n`, `\r\n`, `\r`, or "" for a last line without one.
    lines: Vec<(&'a str, &'a str)>,
    /// Index of the closing `---` (or `...`) line.
    close: usize,
    /// The line ending new lines get: the opening line's.
    nl: &'static str,
}

impl<'a> Doc<'a> {
    fn split(source: &'a str) -> Result<Doc<'a>, EditError> {
        let (bom, text) = match source.strip_prefix('\u{feff}') {
            Some(rest) => (true, rest),
            None => (false, source),
        };
        let mut lines = Vec::new();
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => {
                    lines.push((&text[start..i], &text[i..i + 1]));
                    i += 1;
                    start = i;
                }
                b'\r' => {
                    let len = if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    lines.push((&text[start..i], &text[i..i + len]));
                    i += len;
                    start = i;
                }
                _ => i += 1,
            }
        }
        if start < text.len() {
            lines.push((&text[start..], ""));
        }
        if lines.first().is_none_or(|(l, _)| l.trim_end() != "---") {
            return Err(err("", Some(1), EditErrorKind::NoFrontmatter));
        }
        let close = lines
            .iter()
            .skip(1)
            .position(|(l, _)| matches!(l.trim_end(), "---" | "..."))
            .map(|i| i + 1)
            .ok_or_else(|| err("", Some(1), EditErrorKind::UnterminatedFrontmatter))?;
        let nl = match lines[0].1 {
            "\r\n" => "\r\n",
            "\r" => "\r",
            _ => "\n",
        };
        Ok(Doc {
            bom,
            lines,
            close,
            nl,
        })
    }

    /// The frontmatter as lsk reads it: LF line endings, the opening `---`
    /// as line 1.
    fn yaml(&self) -> String {
        let mut out = String::new();
        for (text, _) in &self.lines[..self.close] {
            out.push_str(text);
            out.push('\n');
        }
        out
    }
}

/// A position: 0-based line index in the file, 0-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    line: usize,
    col: usize,
}

/// A node of the frontmatter with where it is written.
#[derive(Debug)]
struct Loc {
    start: Pos,
    end: Pos,
    kind: K,
    /// A style inside this node itself (not its children) lsk does not edit.
    odd: Option<Style>,
}

#[derive(Debug)]
enum K {
    Scalar {
        style: ScalarStyle,
        /// A block scalar whose value ends in blank lines (`|+`): they are
        /// part of it.
        keeps_blank: bool,
        empty: bool,
    },
    Seq {
        flow: bool,
        items: Vec<Loc>,
    },
    Map {
        flow: bool,
        entries: Vec<(Loc, Loc)>,
    },
    Alias,
}

enum Open {
    Seq(Pos, bool, Option<Style>, Vec<Loc>),
    Map(Pos, bool, Option<Style>, Vec<(Loc, Loc)>, Option<Loc>),
}

/// The frontmatter's nodes with their positions, from the parser's events.
/// The text has been read by `yaml::parse` already, which bounds depth and
/// size; any error here is one the reader did not see, and refuses.
fn locate(text: &str) -> Result<Loc, EditError> {
    let lines: Vec<&str> = text.split('\n').collect();
    let pos = |m: &serde_saphyr::granit_parser::Marker| Pos {
        line: m.line().saturating_sub(1),
        col: m.col(),
    };
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Loc> = None;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|_| whole(EditErrorKind::NotReadBack))?;
        let (start, end) = (pos(&span.start), pos(&span.end));
        let node = match event {
            Event::Scalar(value, style, anchor, tag) => {
                let mut odd = if tag.is_some() {
                    Some(Style::Tag)
                } else if anchor != 0 {
                    Some(Style::Anchor)
                } else {
                    None
                };
                // A key written `? key` is a complex key.
                if let Some(Open::Map(_, false, _, _, None)) = stack.last() {
                    let before: String = lines
                        .get(start.line)
                        .map(|l| l.chars().take(start.col).collect())
                        .unwrap_or_default();
                    if before.trim_end().ends_with('?') {
                        odd = Some(Style::ComplexKey);
                    }
                }
                Loc {
                    start,
                    end,
                    kind: K::Scalar {
                        style,
                        keeps_blank: matches!(style, ScalarStyle::Literal | ScalarStyle::Folded)
                            && value.ends_with("\n\n"),
                        empty: start == end,
                    },
                    odd,
                }
            }
            Event::Alias(_) => Loc {
                start,
                end,
                kind: K::Alias,
                odd: Some(Style::Alias),
            },
            Event::SequenceStart(st, anchor, ref tag)
            | Event::MappingStart(st, anchor, ref tag) => {
                let odd = if tag.is_some() {
                    Some(Style::Tag)
                } else if anchor != 0 {
                    Some(Style::Anchor)
                } else {
                    None
                };
                let flow = st == StructureStyle::Flow;
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Open::Seq(start, flow, odd, Vec::new())
                } else {
                    Open::Map(start, flow, odd, Vec::new(), None)
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Open::Seq(s, flow, odd, items)) => Loc {
                    start: s,
                    end: if flow { end } else { s },
                    kind: K::Seq { flow, items },
                    odd,
                },
                Some(Open::Map(s, flow, odd, entries, _)) => Loc {
                    start: s,
                    end: if flow { end } else { s },
                    kind: K::Map { flow, entries },
                    odd,
                },
                None => return Err(whole(EditErrorKind::NotReadBack)),
            },
            _ => continue,
        };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Open::Seq(_, _, _, items)) => items.push(node),
            Some(Open::Map(_, _, _, entries, key)) => match key.take() {
                None => *key = Some(node),
                Some(k) => entries.push((k, node)),
            },
        }
    }
    Ok(root.unwrap_or(Loc {
        start: Pos { line: 0, col: 0 },
        end: Pos { line: 0, col: 0 },
        kind: K::Scalar {
            style: ScalarStyle::Plain,
            keeps_blank: false,
            empty: true,
        },
        odd: None,
    }))
}

/// The first style inside `loc` (itself or any child) lsk does not edit,
/// with its line.
fn odd_style(loc: &Loc) -> Option<(usize, Style)> {
    let mut todo = vec![loc];
    while let Some(l) = todo.pop() {
        if let Some(s) = l.odd {
            return Some((l.start.line, s));
        }
        match &l.kind {
            K::Seq { flow, items } => {
                if *flow && l.start.line != l.end.line {
                    return Some((l.start.line, Style::MultiLineFlow));
                }
                todo.extend(items);
            }
            K::Map { flow, entries } => {
                if *flow && l.start.line != l.end.line {
                    return Some((l.start.line, Style::MultiLineFlow));
                }
                for (k, v) in entries {
                    todo.push(k);
                    todo.push(v);
                }
            }
            _ => {}
        }
    }
    None
}

/// Byte offset of character column `col` in `line` (its end if shorter).
fn byte_at(line: &str, col: usize) -> usize {
    line.char_indices().nth(col).map_or(line.len(), |(b, _)| b)
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// The edits to a file's lines: changed lines, deleted lines, and lines
/// inserted before a line. Lines are never moved, so what is not edited
/// stays where and as it was.
struct Editor<'a> {
    doc: &'a Doc<'a>,
    changed: BTreeMap<usize, Option<String>>,
    /// Lines inserted before a line, each group with the depth of what
    /// it holds: at one place, deeper groups (the end of the value above)
    /// come before shallower ones (a new sibling).
    before: BTreeMap<usize, Vec<(usize, Vec<String>)>>,
}

impl<'a> Editor<'a> {
    fn new(doc: &'a Doc<'a>) -> Self {
        Editor {
            doc,
            changed: BTreeMap::new(),
            before: BTreeMap::new(),
        }
    }

    /// Line `i` as edited so far ("" when deleted or past the end).
    fn get(&self, i: usize) -> &str {
        match self.changed.get(&i) {
            Some(Some(s)) => s,
            Some(None) => "",
            None => self.doc.lines.get(i).map_or("", |(l, _)| l),
        }
    }

    /// The original line `i`.
    fn orig(&self, i: usize) -> &'a str {
        self.doc.lines.get(i).map_or("", |(l, _)| l)
    }

    fn set(&mut self, i: usize, text: String) {
        self.changed.insert(i, Some(text));
    }

    fn delete(&mut self, from: usize, to: usize) {
        for i in from..=to {
            self.changed.insert(i, None);
        }
    }

    fn insert(&mut self, at: usize, depth: usize, lines: Vec<String>) {
        if !lines.is_empty() {
            self.before.entry(at).or_default().push((depth, lines));
        }
    }

    fn finish(self) -> String {
        let doc = self.doc;
        let mut out = String::new();
        if doc.bom {
            out.push('\u{feff}');
        }
        for (i, (text, end)) in doc.lines.iter().enumerate() {
            if let Some(groups) = self.before.get(&i) {
                let mut groups: Vec<&(usize, Vec<String>)> = groups.iter().collect();
                groups.sort_by_key(|(depth, _)| std::cmp::Reverse(*depth));
                for l in groups.iter().flat_map(|(_, lines)| lines) {
                    out.push_str(l);
                    out.push_str(doc.nl);
                }
            }
            match self.changed.get(&i) {
                Some(None) => {}
                Some(Some(s)) => {
                    out.push_str(s);
                    out.push_str(end);
                }
                None => {
                    out.push_str(text);
                    out.push_str(end);
                }
            }
        }
        out
    }

    /// Line `a` with the characters `from..to` replaced by `new` after
    /// one space (nothing when `new` is empty). What followed them — a
    /// comment — stays at its column where there is room; `tail`, when
    /// given, is put there instead.
    fn inline(&mut self, a: usize, from: usize, to: usize, new: &str, tail: Option<&str>) {
        let cur = self.get(a).to_owned();
        let (bf, bt) = (byte_at(&cur, from), byte_at(&cur, to.max(from)));
        let head = cur[..bf].trim_end();
        let rest = tail.unwrap_or(&cur[bt..]);
        let comment = rest.trim_start();
        let mut out = head.to_owned();
        if !new.is_empty() {
            out.push(' ');
            out.push_str(new);
        }
        if !comment.is_empty() {
            let col = if tail.is_some() {
                0
            } else {
                to + (rest.chars().count() - comment.chars().count())
            };
            let now = out.chars().count();
            let pad = if col > now { col - now } else { 1 };
            out.push_str(&" ".repeat(pad));
            out.push_str(comment);
        }
        self.set(a, out);
    }

    /// The last line (index) that belongs to a node's value.
    fn last_line(&self, loc: &Loc) -> usize {
        match &loc.kind {
            K::Seq { flow: false, items } => {
                items.last().map_or(loc.start.line, |i| self.last_line(i))
            }
            K::Map {
                flow: false,
                entries,
            } => entries
                .last()
                .map_or(loc.start.line, |(k, v)| self.last_line(v).max(k.end.line)),
            K::Scalar {
                style: ScalarStyle::Literal | ScalarStyle::Folded,
                keeps_blank,
                ..
            } => {
                // The span ends where the next line's text starts.
                let at_indent = self
                    .orig(loc.end.line)
                    .chars()
                    .take(loc.end.col)
                    .all(|c| c == ' ');
                let mut e = if at_indent && loc.end.line > loc.start.line {
                    loc.end.line - 1
                } else {
                    loc.end.line
                };
                if !keeps_blank {
                    while e > loc.start.line && is_blank(self.orig(e)) {
                        e -= 1;
                    }
                }
                e
            }
            _ => loc.end.line,
        }
    }

    /// The column just after the `:` that follows key `k`.
    fn after_colon(&self, path: &str, k: &Loc) -> Result<usize, EditError> {
        if k.start.line != k.end.line {
            return Err(style(path, k.start.line, Style::Layout));
        }
        let line = self.orig(k.end.line);
        let mut col = k.end.col;
        for c in line.chars().skip(k.end.col) {
            col += 1;
            match c {
                ' ' => {}
                ':' => return Ok(col),
                _ => break,
            }
        }
        Err(style(path, k.start.line, Style::Layout))
    }

    /// Set a mapping entry (key `k`, value `v` read as `node`) to `new`.
    fn edit_entry(
        &mut self,
        path: &str,
        k: &Loc,
        v: &Loc,
        node: &Node<'_>,
        new: &FormValue,
    ) -> Result<(), EditError> {
        if let Some(s) = k.odd {
            return Err(style(path, k.start.line, s));
        }
        let h = self.after_colon(path, k)?;
        let key = path.rsplit('.').next().unwrap_or(path);
        self.edit_value(path, key, k.start.line, h, k.start.col, v, node, new)
    }

    /// Set a value to `new`: the value is written on line `a` from column
    /// `h` on (after its key's `:` or its item's `-`), at indentation
    /// `indent` (the key's or dash's column).
    #[allow(clippy::too_many_arguments)]
    fn edit_value(
        &mut self,
        path: &str,
        key: &str,
        a: usize,
        h: usize,
        indent: usize,
        v: &Loc,
        node: &Node<'_>,
        new: &FormValue,
    ) -> Result<(), EditError> {
        if same(&value_of(node), new) {
            return Ok(());
        }
        if let Some(s) = v.odd {
            return Err(style(path, v.start.line, s));
        }
        match (&v.kind, &node.value, new) {
            (
                K::Map {
                    flow: false,
                    entries,
                },
                Value::Map(old),
                FormValue::Record(fields),
            ) if fields.iter().any(|(f, _)| old.iter().any(|e| e.key == *f))
                && entries.len() == old.len() =>
            {
                self.diff_map(path, entries, old, fields)
            }
            (K::Seq { flow: false, items }, Value::Seq(old), FormValue::List(list))
                if !list.is_empty() && items.len() == old.len() =>
            {
                self.diff_seq(path, v.start.col, items, old, list)
            }
            _ => self.replace(path, key, a, h, indent, v, new),
        }
    }

    /// Write `new` in place of value `v` whole.
    #[allow(clippy::too_many_arguments)]
    fn replace(
        &mut self,
        path: &str,
        key: &str,
        a: usize,
        h: usize,
        indent: usize,
        v: &Loc,
        new: &FormValue,
    ) -> Result<(), EditError> {
        if let Some((line, s)) = odd_style(v) {
            return Err(style(path, line, s));
        }
        // Where the old value is: characters on line `a`, lines after it.
        let mut tail: Option<String> = None;
        let (from, to, drop) = match &v.kind {
            K::Scalar { empty: true, .. } => (h, h, None),
            K::Scalar {
                style: ScalarStyle::Literal | ScalarStyle::Folded,
                ..
            } => {
                let line = self.orig(a);
                let chars: Vec<char> = line.chars().collect();
                let mut s = h;
                while chars.get(s) == Some(&' ') {
                    s += 1;
                }
                if !matches!(chars.get(s), Some('|' | '>')) {
                    return Err(style(path, a, Style::Layout));
                }
                let mut e = s;
                while chars.get(e).is_some_and(|c| *c != ' ') {
                    e += 1;
                }
                let last = self.last_line(v);
                (s, e, (last > a).then_some((a + 1, last)))
            }
            _ if v.start.line > a => {
                let last = self.last_line(v);
                (h, h, Some((v.start.line, last)))
            }
            _ if v.start.line < a => return Err(style(path, v.start.line, Style::Layout)),
            K::Scalar { .. } if v.end.line > a => {
                let end_line = self.orig(v.end.line);
                let rest = &end_line[byte_at(end_line, v.end.col)..];
                tail = Some(rest.to_owned());
                (v.start.col, usize::MAX, Some((a + 1, v.end.line)))
            }
            _ if v.end.line > a => return Err(style(path, a, Style::MultiLineFlow)),
            _ => (v.start.col, v.end.col, None),
        };
        let (inline, lines) = match new {
            FormValue::Empty => (String::new(), Vec::new()),
            FormValue::Text(t) if t.is_empty() => (String::new(), Vec::new()),
            FormValue::Text(t) => {
                let written = scalar_for(key, t, indent);
                let mut parts = written.split('\n').map(str::to_owned);
                let first = parts.next().unwrap_or_default();
                (first, parts.collect())
            }
            FormValue::List(items) if items.is_empty() => ("[]".to_owned(), Vec::new()),
            FormValue::Record(fields) if fields.is_empty() => ("{}".to_owned(), Vec::new()),
            // A list written `[a, b]` stays so while its items are short texts.
            FormValue::List(items)
                if matches!(v.kind, K::Seq { flow: true, .. })
                    && items.iter().all(|i| matches!(i, FormValue::Text(t) if !t.is_empty() && !t.contains(['\n', '\r']))) =>
            {
                let words: Vec<String> = items
                    .iter()
                    .map(|i| {
                        let t = text_of(i);
                        let w = scalar_line(t);
                        if w == t && t.contains(',') {
                            double_quoted(t)
                        } else {
                            w
                        }
                    })
                    .collect();
                (format!("[{}]", words.join(", ")), Vec::new())
            }
            FormValue::List(items) => {
                let mut lines = Vec::new();
                for item in items {
                    lines.extend(render_item(item, indent + 2)?);
                }
                (String::new(), lines)
            }
            FormValue::Record(fields) => {
                let mut lines = Vec::new();
                for (k, value) in fields {
                    lines.extend(render_entry(k, value, indent + 2)?);
                }
                (String::new(), lines)
            }
        };
        self.inline(a, from, to, &inline, tail.as_deref());
        if let Some((first, last)) = drop {
            self.delete(first, last);
        }
        self.insert(a + 1, depth(path) + 1, lines);
        Ok(())
    }

    /// Edit a block mapping key by key: keys the record keeps and that
    /// read the same are untouched, changed keys are edited, keys it
    /// lacks are removed, new keys are added after the key before them.
    fn diff_map(
        &mut self,
        path: &str,
        entries: &[(Loc, Loc)],
        old: &[yaml::Entry<'_>],
        fields: &[(String, FormValue)],
    ) -> Result<(), EditError> {
        // A key the form leaves out goes, unless it is empty: then it
        // reads the same, and stays with its comment.
        let kept: Vec<bool> = old
            .iter()
            .map(|e| fields.iter().any(|(f, _)| *f == e.key) || blank(&value_of(&e.value)))
            .collect();
        let Some(first_kept) = kept.iter().position(|k| *k) else {
            return Err(err(path, None, EditErrorKind::NotReadBack));
        };
        // The first key of a list item carries the item's `-`: when it
        // goes, the next key the item keeps takes the dash.
        if first_kept > 0 {
            let (k0, _) = &entries[0];
            let line0 = self.orig(k0.start.line);
            let prefix: String = line0.chars().take(k0.start.col).collect();
            if let Some(dash) = prefix.rfind('-') {
                let dash_col = prefix[..dash].chars().count();
                let (kj, _) = &entries[first_kept];
                let cur = self.get(kj.start.line).to_owned();
                let before: String = cur.chars().take(kj.start.col).collect();
                if before.chars().count() != kj.start.col || !before.chars().all(|c| c == ' ') {
                    return Err(style(path, kj.start.line, Style::Layout));
                }
                let moved: String = cur
                    .chars()
                    .enumerate()
                    .map(|(i, c)| if i == dash_col { '-' } else { c })
                    .collect();
                self.set(kj.start.line, moved);
            }
        }
        let indent = entries[0].0.start.col;
        for (i, ((k, v), e)) in entries.iter().zip(old).enumerate() {
            let here = format!("{path}.{}", e.key);
            match fields.iter().find(|(f, _)| *f == e.key) {
                Some((_, value)) => self.edit_entry(&here, k, v, &e.value, value)?,
                None if kept[i] => {}
                None => {
                    if let Some((line, s)) = odd_style(v).or(k.odd.map(|s| (k.start.line, s))) {
                        return Err(style(&here, line, s));
                    }
                    self.delete(k.start.line, self.last_line(v).max(k.start.line));
                }
            }
        }
        // New keys: after the key the record names before them, or after
        // the record's last key.
        let last_kept = kept.iter().rposition(|k| *k).unwrap_or(first_kept);
        for (n, (f, value)) in fields.iter().enumerate() {
            // A key the record lacks already reads as empty.
            if old.iter().any(|e| e.key == *f) || blank(value) {
                continue;
            }
            let after = fields[..n]
                .iter()
                .rev()
                .find_map(|(p, _)| old.iter().position(|e| e.key == *p))
                .unwrap_or(last_kept);
            let (k, v) = &entries[after];
            let at = self.last_line(v).max(k.end.line) + 1;
            let lines = render_entry(f, value, indent)?;
            self.insert(at, depth(path) + 1, lines);
        }
        Ok(())
    }

    /// Edit a block list item by item: items are matched by value (a
    /// longest common subsequence), so removing or adding a row touches
    /// that row's lines only.
    fn diff_seq(
        &mut self,
        path: &str,
        seq_col: usize,
        items: &[Loc],
        old: &[Node<'_>],
        new: &[FormValue],
    ) -> Result<(), EditError> {
        let old_values: Vec<FormValue> = old.iter().map(value_of).collect();
        let script = align(&old_values, new);
        let dashes = items
            .iter()
            .map(|item| self.dash_of(path, item))
            .collect::<Result<Vec<_>, _>>()?;
        let seq_col = dashes.first().map_or(seq_col, |d| d.1);
        if dashes.iter().any(|d| d.1 != seq_col) {
            return Err(style(path, items[0].start.line, Style::Layout));
        }
        let dash_lines: Vec<usize> = dashes.iter().map(|d| d.0).collect();
        // Where items added before the next old item go.
        let mut at = dash_lines.first().copied().unwrap_or(0);
        let mut dels: Vec<usize> = Vec::new();
        let mut ins: Vec<usize> = Vec::new();
        let flush = |ed: &mut Self, dels: &mut Vec<usize>, ins: &mut Vec<usize>, at: &mut usize| {
            let pairs = dels.len().min(ins.len());
            for (n, &o) in dels.iter().enumerate() {
                let here = format!("{path}.{}", o + 1);
                if n < pairs {
                    let j = ins[n];
                    ed.edit_item(&here, seq_col, dash_lines[o], &items[o], &old[o], &new[j])?;
                } else {
                    if let Some((line, s)) = odd_style(&items[o]) {
                        return Err(style(&here, line, s));
                    }
                    ed.delete(dash_lines[o], ed.last_line(&items[o]).max(dash_lines[o]));
                }
                *at = ed.last_line(&items[o]).max(dash_lines[o]) + 1;
            }
            for &j in &ins[pairs..] {
                let lines = render_item(&new[j], seq_col)?;
                ed.insert(*at, depth(path) + 1, lines);
            }
            dels.clear();
            ins.clear();
            Ok::<(), EditError>(())
        };
        for step in script {
            match step {
                Step::Keep(o, _) => {
                    flush(self, &mut dels, &mut ins, &mut at)?;
                    at = self.last_line(&items[o]).max(dash_lines[o]) + 1;
                }
                Step::Del(o) => dels.push(o),
                Step::Ins(j) => ins.push(j),
            }
        }
        flush(self, &mut dels, &mut ins, &mut at)
    }

    /// The line and column of an item's `-`: on the item's own line, or
    /// alone on the line above.
    fn dash_of(&self, path: &str, item: &Loc) -> Result<(usize, usize), EditError> {
        let dash = |text: &str| -> Option<usize> {
            // A comment after a lone dash: `-   # note`.
            let text = text.find(" #").map_or(text, |i| &text[..i]);
            let body = text.trim_end();
            let col = body.chars().count().checked_sub(1)?;
            (body.ends_with('-') && body[..body.len() - 1].chars().all(|c| c == ' ')).then_some(col)
        };
        if let K::Scalar {
            style: ScalarStyle::Literal | ScalarStyle::Folded,
            ..
        } = item.kind
        {
            // A block scalar starts at its text: its `- |` is the first
            // line above that is not blank.
            let mut l = item.start.line;
            while l > 0 {
                l -= 1;
                let text = self.orig(l);
                if is_blank(text) {
                    continue;
                }
                let body = text.trim_start_matches(' ');
                let col = text.len() - body.len();
                if let Some(rest) = body.strip_prefix("- ")
                    && rest.trim_start().starts_with(['|', '>'])
                {
                    return Ok((l, col));
                }
                break;
            }
            return Err(style(path, item.start.line, Style::Layout));
        }
        let line = self.orig(item.start.line);
        let before: String = line.chars().take(item.start.col).collect();
        if let Some(col) = dash(&before) {
            return Ok((item.start.line, col));
        }
        if before.chars().all(|c| c == ' ')
            && let Some(above) = item.start.line.checked_sub(1)
            && let Some(col) = dash(self.orig(above))
        {
            return Ok((above, col));
        }
        Err(style(path, item.start.line, Style::Layout))
    }

    /// Set one list item to `new`: a record key by key, a text in place
    /// (its comment kept), anything else written anew where it was.
    fn edit_item(
        &mut self,
        path: &str,
        seq_col: usize,
        dash: usize,
        item: &Loc,
        node: &Node<'_>,
        new: &FormValue,
    ) -> Result<(), EditError> {
        if same(&value_of(node), new) {
            return Ok(());
        }
        if let Some(s) = item.odd {
            return Err(style(path, item.start.line, s));
        }
        let key = path.split('.').next().unwrap_or(path);
        match (&item.kind, &node.value, new) {
            (
                K::Map {
                    flow: false,
                    entries,
                },
                Value::Map(old),
                FormValue::Record(fields),
            ) if fields.iter().any(|(f, _)| old.iter().any(|e| e.key == *f))
                && entries.len() == old.len() =>
            {
                self.diff_map(path, entries, old, fields)
            }
            (K::Scalar { .. } | K::Seq { flow: true, .. } | K::Map { flow: true, .. }, _, _)
                if !matches!(new, FormValue::List(l) if !l.is_empty())
                    && !matches!(new, FormValue::Record(r) if !r.is_empty()) =>
            {
                self.replace(path, key, dash, seq_col + 1, seq_col, item, new)
            }
            _ => {
                if let Some((line, s)) = odd_style(item) {
                    return Err(style(path, line, s));
                }
                self.delete(dash, self.last_line(item).max(dash));
                let lines = render_item(new, seq_col)?;
                self.insert(dash, depth(path), lines);
                Ok(())
            }
        }
    }

    /// Where a new top-level key goes: after the nearest key before it in
    /// the schema's order (and the comments that close that key's block),
    /// else at the end of the frontmatter.
    fn top_level_place(&self, key: &str, root: &Node<'_>, located: &Loc) -> usize {
        let end = self.doc.close;
        let K::Map { entries, .. } = &located.kind else {
            return end;
        };
        let Some(pos) = schema::MEETING.iter().position(|f| f.key == key) else {
            return end;
        };
        let previous = schema::MEETING[..pos]
            .iter()
            .rev()
            .find_map(|f| root.entries().iter().position(|e| e.key == f.key));
        let Some(i) = previous else {
            return end;
        };
        let Some((k, v)) = entries.get(i) else {
            return end;
        };
        let last = self.last_line(v).max(k.end.line);
        let mut j = last + 1;
        while j < end && is_comment(self.orig(j)) {
            j += 1;
        }
        if j == end || is_blank(self.orig(j)) {
            j
        } else {
            last + 1
        }
    }
}

/// How deep the value at `path` is: 0 for a top-level key.
fn depth(path: &str) -> usize {
    path.matches('.').count()
}

/// How a scalar is written for key `key`: a yes/no field's `true` and
/// `false` stay plain booleans; everything else through [`scalar`].
fn scalar_for(key: &str, text: &str, indent: usize) -> String {
    if matches!(text, "true" | "false") && is_bool_key(key) {
        text.to_owned()
    } else {
        scalar(text, indent)
    }
}

fn is_bool_key(key: &str) -> bool {
    fn walk(fields: &[schema::Field], key: &str) -> bool {
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
fn write_key(key: &str) -> String {
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
fn render_entry(key: &str, value: &FormValue, indent: usize) -> Result<Vec<String>, EditError> {
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
fn render_item(value: &FormValue, dash: usize) -> Result<Vec<String>, EditError> {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Keep(usize, usize),
    Del(usize),
    Ins(usize),
}

/// The edit script from `old` to `new`: a longest common subsequence of
/// values that read the same, after the common start and end.
fn align(old: &[FormValue], new: &[FormValue]) -> Vec<Step> {
    let mut pre = 0;
    while pre < old.len() && pre < new.len() && same(&old[pre], &new[pre]) {
        pre += 1;
    }
    let mut suf = 0;
    while suf < old.len() - pre
        && suf < new.len() - pre
        && same(&old[old.len() - 1 - suf], &new[new.len() - 1 - suf])
    {
        suf += 1;
    }
    let (o, n) = (&old[pre..old.len() - suf], &new[pre..new.len() - suf]);
    let mut steps: Vec<Step> = (0..pre).map(|i| Step::Keep(i, i)).collect();
    if o.len().saturating_mul(n.len()) <= MAX_LCS {
        // lcs[i][j]: the longest common subsequence of o[i..] and n[j..].
        let w = n.len() + 1;
        let mut lcs = vec![0u32; (o.len() + 1) * w];
        for i in (0..o.len()).rev() {
            for j in (0..n.len()).rev() {
                lcs[i * w + j] = if same(&o[i], &n[j]) {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < o.len() || j < n.len() {
            if i < o.len() && j < n.len() && same(&o[i], &n[j]) {
                steps.push(Step::Keep(pre + i, pre + j));
                i += 1;
                j += 1;
            } else if j < n.len() && (i == o.len() || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
                steps.push(Step::Ins(pre + j));
                j += 1;
            } else {
                steps.push(Step::Del(pre + i));
                i += 1;
            }
        }
    } else {
        steps.extend((0..o.len()).map(|i| Step::Del(pre + i)));
        steps.extend((0..n.len()).map(|j| Step::Ins(pre + j)));
    }
    steps.extend((0..suf).map(|k| Step::Keep(old.len() - suf + k, new.len() - suf + k)));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use FormValue::{Empty, List, Record, Text};

    const MEETING: &str = r#"---
# kuka kutsuu
invited_by: Sari Sosiaalityö

# kaikki kutsutut
invitees:
  - name: Sari Sosiaalityö
    role: social-worker
    organisation: Lastensuojelu
  - name: Äiti Esimerkki
    role: parent
    guardian: true
  - name: Isä Esimerkki
    role: parent
  - name: Leena Lastentarha
    role: daycare
    not_for: [school]
  - name: Opettaja
    role: school
#  (esimerkki)
#  - name:                         # nimi
#    role:                         # rooli

# miten lapsi valmennetaan
child_preparation:
  by:                              # kuka
  told_topics:                     # kerrottu

# mitä päiväkoti seuraa
observe:
#  - ...

summary: |
  Ensimmäinen rivi.
  Toinen rivi.
time: 9.30   # klo
custom_key: "pidetään"
memo_consent:
  decided_with: Äiti
  recipients: [daycare]
---

## Muistiinpanot

Sana sanalta.
"#;

    fn text(s: &str) -> FormValue {
        Text(s.to_owned())
    }

    fn rec(pairs: &[(&str, FormValue)]) -> FormValue {
        Record(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        )
    }

    fn get(source: &str, key: &str) -> FormValue {
        form_values(source)
            .unwrap()
            .into_iter()
            .find(|(k, _)| k == key)
            .map_or(Empty, |(_, v)| v)
    }

    /// The lines of `a` missing from `b`, and those of `b` missing from
    /// `a`, in order (a line diff).
    fn diff(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
        let (x, y): (Vec<FormValue>, Vec<FormValue>) =
            (a.lines().map(text).collect(), b.lines().map(text).collect());
        let mut gone = Vec::new();
        let mut added = Vec::new();
        for step in align(&x, &y) {
            match step {
                Step::Del(i) => gone.push(a.lines().nth(i).unwrap().to_owned()),
                Step::Ins(j) => added.push(b.lines().nth(j).unwrap().to_owned()),
                Step::Keep(..) => {}
            }
        }
        (gone, added)
    }

    #[test]
    fn untouched_when_the_form_says_the_same() {
        let fields = form_values(MEETING).unwrap();
        let refs: Vec<(&str, FormValue)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        assert_eq!(set_fields(MEETING, &refs).unwrap(), MEETING);
        // Missing keys the form leaves empty are not added.
        assert_eq!(set_fields(MEETING, &[("goal", Empty)]).unwrap(), MEETING);
    }

    #[test]
    fn record_key_keeps_its_comment_and_column() {
        let out = set_fields(
            MEETING,
            &[(
                "child_preparation",
                rec(&[
                    ("by", text("Äiti Esimerkki")),
                    ("told_topics", text("kyllä")),
                ]),
            )],
        )
        .unwrap();
        let (gone, added) = diff(MEETING, &out);
        assert_eq!(
            gone,
            [
                "  by:                              # kuka",
                "  told_topics:                     # kerrottu"
            ]
        );
        assert_eq!(
            added,
            [
                "  by: Äiti Esimerkki               # kuka",
                "  told_topics: kyllä               # kerrottu"
            ]
        );
    }

    #[test]
    fn scalar_keeps_trailing_comment() {
        let out = set_fields(MEETING, &[("time", text("10.15"))]).unwrap();
        assert_eq!(
            diff(MEETING, &out),
            (
                vec!["time: 9.30   # klo".into()],
                vec!["time: 10.15  # klo".into()]
            )
        );
    }

    fn invitees() -> Vec<FormValue> {
        match get(MEETING, "invitees") {
            List(items) => items,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn adding_a_row_appends_before_the_example() {
        let mut rows = invitees();
        rows.push(rec(&[
            ("name", text("Uusi: Ihminen")),
            ("role", text("other")),
            ("not_for", List(vec![text("school")])),
        ]));
        let out = set_fields(MEETING, &[("invitees", List(rows))]).unwrap();
        let (gone, added) = diff(MEETING, &out);
        assert!(gone.is_empty(), "{gone:?}");
        assert_eq!(
            added,
            [
                "  - name: \"Uusi: Ihminen\"",
                "    role: other",
                "    not_for:",
                "      - school"
            ]
        );
        assert!(out.contains("    role: school\n  - name: \"Uusi: Ihminen\"\n"));
        assert!(out.contains("      - school\n#  (esimerkki)\n"));
    }

    #[test]
    fn removing_a_row_removes_its_lines_only() {
        let mut rows = invitees();
        rows.remove(1);
        let out = set_fields(MEETING, &[("invitees", List(rows))]).unwrap();
        let (gone, added) = diff(MEETING, &out);
        assert!(added.is_empty(), "{added:?}");
        assert_eq!(
            gone,
            [
                "  - name: Äiti Esimerkki",
                "    role: parent",
                "    guardian: true"
            ]
        );
    }

    #[test]
    fn changing_one_key_of_a_row() {
        let mut rows = invitees();
        let Record(fields) = &mut rows[3] else {
            panic!()
        };
        fields[0].1 = text("Leena Päiväkoti");
        fields.retain(|(k, _)| k != "not_for");
        let out = set_fields(MEETING, &[("invitees", List(rows))]).unwrap();
        let (gone, added) = diff(MEETING, &out);
        assert_eq!(
            gone,
            ["  - name: Leena Lastentarha", "    not_for: [school]"]
        );
        assert_eq!(added, ["  - name: Leena Päiväkoti"]);
    }

    #[test]
    fn removing_the_first_key_moves_the_dash() {
        let mut rows = invitees();
        let Record(fields) = &mut rows[2] else {
            panic!()
        };
        fields.remove(0);
        let out = set_fields(MEETING, &[("invitees", List(rows))]).unwrap();
        let (gone, added) = diff(MEETING, &out);
        assert_eq!(gone, ["  - name: Isä Esimerkki", "    role: parent"]);
        assert_eq!(added, ["  - role: parent"]);
    }

    #[test]
    fn empty_key_gets_its_items_under_it() {
        let out = set_fields(
            MEETING,
            &[("observe", List(vec![text("leikit"), text("- ruokailu")]))],
        )
        .unwrap();
        assert!(
            out.contains("observe:\n  - leikit\n  - \"- ruokailu\"\n#  - ...\n"),
            "{out}"
        );
    }

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
    fn block_scalar_replaced_with_its_lines() {
        let out = set_fields(MEETING, &[("summary", text("Yksi rivi"))]).unwrap();
        let (gone, added) = diff(MEETING, &out);
        assert_eq!(
            gone,
            ["summary: |", "  Ensimmäinen rivi.", "  Toinen rivi."]
        );
        assert_eq!(added, ["summary: Yksi rivi"]);
    }

    #[test]
    fn flow_list_replaced_whole() {
        let out = set_fields(
            MEETING,
            &[(
                "memo_consent",
                rec(&[("decided_with", text("Äiti")), ("recipients", List(vec![]))]),
            )],
        )
        .unwrap();
        assert_eq!(
            diff(MEETING, &out),
            (
                vec!["  recipients: [daycare]".into()],
                vec!["  recipients: []".into()]
            )
        );
        let out = set_fields(
            MEETING,
            &[(
                "memo_consent",
                rec(&[
                    ("decided_with", text("Äiti")),
                    (
                        "recipients",
                        List(vec![text("daycare"), text("Koulu, 2b"), text("x]")]),
                    ),
                ]),
            )],
        )
        .unwrap();
        assert_eq!(
            diff(MEETING, &out).1,
            ["  recipients: [daycare, \"Koulu, 2b\", \"x]\"]"]
        );
    }

    #[test]
    fn new_key_goes_where_the_schema_puts_it() {
        let out = set_fields(MEETING, &[("chair", text("Sari Sosiaalityö"))]).unwrap();
        assert!(
            out.starts_with(
                "---\n# kuka kutsuu\ninvited_by: Sari Sosiaalityö\nchair: Sari Sosiaalityö\n\n"
            ),
            "{out}"
        );
        let out = set_fields(MEETING, &[("extra", text("x"))]).unwrap();
        assert!(
            out.contains("  recipients: [daycare]\nextra: x\n---\n"),
            "{out}"
        );
    }

    #[test]
    fn crlf_and_bom_are_kept() {
        let crlf = format!("\u{feff}{}", MEETING.replace('\n', "\r\n"));
        let out = set_fields(&crlf, &[("summary", text("a\nb")), ("goal", text("g"))]).unwrap();
        assert!(out.starts_with('\u{feff}'));
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
        assert_eq!(get(&out, "summary"), text("a\nb"));
        let notes = set_notes(&crlf, "uusi\nteksti\n").unwrap();
        assert!(notes.ends_with("---\r\nuusi\r\nteksti\r\n"), "{notes:?}");
    }

    #[test]
    fn notes_replaced_frontmatter_kept() {
        let out = set_notes(MEETING, "## Muistiinpanot\n\nUusi.\n").unwrap();
        assert!(out.starts_with(&MEETING[..MEETING.find("\n---\n").unwrap() + 5]));
        assert!(out.ends_with("---\n## Muistiinpanot\n\nUusi.\n"));
        assert_eq!(
            set_notes("no frontmatter", "x").unwrap_err().kind,
            EditErrorKind::NoFrontmatter
        );
    }

    #[test]
    fn styles_lsk_does_not_edit_are_named() {
        let src = "---\nbase: &b x\nother: *b\nplain: y\n---\n";
        let e = set_fields(src, &[("base", text("z"))]).unwrap_err();
        assert_eq!(e.key, "base");
        assert_eq!(e.kind, EditErrorKind::UnsupportedStyle(Style::Anchor));
        let e = set_fields(src, &[("other", text("z"))]).unwrap_err();
        assert_eq!(e.kind, EditErrorKind::UnsupportedStyle(Style::Alias));
        // Untouched keys may use any style.
        let out = set_fields(src, &[("plain", text("z"))]).unwrap();
        assert_eq!(out, "---\nbase: &b x\nother: *b\nplain: z\n---\n");
        let src = "---\nm: {a: [1,\n  2]}\n---\n";
        let e = set_fields(src, &[("m", text("z"))]).unwrap_err();
        assert_eq!(
            e.kind,
            EditErrorKind::UnsupportedStyle(Style::MultiLineFlow)
        );
        let src = "---\nm: !!str x\n---\n";
        let e = set_fields(src, &[("m", text("z"))]).unwrap_err();
        assert_eq!(e.kind, EditErrorKind::UnsupportedStyle(Style::Tag));
    }

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

    #[test]
    fn not_for_text_sections_round_trip() {
        let src = "---\nchild_views:\n  text: Lapsi toivoo.\n  not_for: [school]\ngoal: x\n---\n";
        let v = get(src, "child_views");
        assert_eq!(
            v,
            rec(&[
                ("text", text("Lapsi toivoo.")),
                ("not_for", List(vec![text("school")]))
            ])
        );
        let new = rec(&[
            ("text", text("Lapsi toivoo\nkovasti.")),
            ("not_for", List(vec![text("school")])),
        ]);
        let out = set_fields(src, &[("child_views", new.clone())]).unwrap();
        assert!(same(&get(&out, "child_views"), &new));
        assert!(
            out.contains("  text: |-\n    Lapsi toivoo\n    kovasti.\n  not_for: [school]\n"),
            "{out}"
        );
        // A text becomes a section and back.
        let out = set_fields(src, &[("goal", new.clone())]).unwrap();
        assert!(same(&get(&out, "goal"), &new));
        let out2 = set_fields(&out, &[("goal", text("x"))]).unwrap();
        assert_eq!(out2, src);
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

    /// Sets `key` in `src` to `value`; the result must read back.
    fn set(src: &str, key: &str, value: FormValue) -> String {
        let out =
            set_fields(src, &[(key, value.clone())]).unwrap_or_else(|e| panic!("{e:?}\n{src}"));
        assert!(same(&get(&out, key), &value), "{out}");
        out
    }

    #[test]
    fn other_styles_people_write() {
        // A plain text over two lines, a quoted one with a comment after it.
        let src = "---\ngoal: Sovitaan miten\n  aamut sujuvat\nplace: \"Päiväkoti\n  Tähti\"  # huone 2\nnext: x\n---\n";
        assert_eq!(
            set(src, "goal", text("Uusi")),
            "---\ngoal: Uusi\nplace: \"Päiväkoti\n  Tähti\"  # huone 2\nnext: x\n---\n"
        );
        assert_eq!(
            set(src, "place", text("Koulu")),
            "---\ngoal: Sovitaan miten\n  aamut sujuvat\nplace: Koulu # huone 2\nnext: x\n---\n"
        );
        // A value on the line below its key; `~`; a folded block.
        let src = "---\ngoal:\n  alla\nchair: ~   # pj\nsummary: >\n  taitettu\n  teksti\n\nnext: x\n...\nmuistiinpanot\n";
        assert_eq!(
            set(src, "goal", text("Uusi")),
            "---\ngoal: Uusi\nchair: ~   # pj\nsummary: >\n  taitettu\n  teksti\n\nnext: x\n...\nmuistiinpanot\n"
        );
        assert_eq!(
            set(src, "chair", text("Sari")),
            "---\ngoal:\n  alla\nchair: Sari # pj\nsummary: >\n  taitettu\n  teksti\n\nnext: x\n...\nmuistiinpanot\n"
        );
        assert_eq!(
            set(src, "summary", text("a\nb\n")),
            "---\ngoal:\n  alla\nchair: ~   # pj\nsummary: |\n  a\n  b\n\nnext: x\n...\nmuistiinpanot\n"
        );
        // Items at the key's own indentation, a dash alone on its line,
        // comments between items.
        let src =
            "---\nobserve:\n- yksi\n# väli\n-\n  name: kaksi\n- kolme   # huom\nnext: x\n---\n";
        let out = set(
            src,
            "observe",
            List(vec![
                text("yksi"),
                rec(&[("name", text("kaksi"))]),
                text("neljä"),
                text("viisi"),
            ]),
        );
        assert_eq!(
            out,
            "---\nobserve:\n- yksi\n# väli\n-\n  name: kaksi\n- neljä   # huom\n- viisi\nnext: x\n---\n"
        );
        let out = set(src, "observe", List(vec![text("yksi"), text("kolme")]));
        assert_eq!(
            out,
            "---\nobserve:\n- yksi\n# väli\n- kolme   # huom\nnext: x\n---\n"
        );
        // A quoted key, a lone CR file.
        let src = "---\r\"goal\": a\rnext: x\r---\rnotes\r";
        assert_eq!(
            set(src, "goal", text("b\nc")),
            "---\r\"goal\": |-\r  b\r  c\rnext: x\r---\rnotes\r"
        );
        // `not_for` under an item, in block style, edited in place.
        let src = "---\nagreed:\n  - action: Soitto\n    not_for:\n      - school\n    due: 2026-12-01\n---\n";
        let out = set(
            src,
            "agreed",
            List(vec![rec(&[
                ("action", text("Soitto")),
                ("not_for", List(vec![text("school"), text("daycare")])),
                ("due", text("2026-12-01")),
            ])]),
        );
        assert_eq!(
            out,
            "---\nagreed:\n  - action: Soitto\n    not_for:\n      - school\n      - daycare\n    due: 2026-12-01\n---\n"
        );
        // A whole frontmatter in braces is read, not edited.
        let src = "---\n{goal: a, next: x}\n---\n";
        assert_eq!(get(src, "goal"), text("a"));
        assert_eq!(
            set_fields(src, &[("goal", text("b"))]).unwrap_err().kind,
            EditErrorKind::UnsupportedStyle(Style::FlowFrontmatter)
        );
        let src = "---\n? goal\n: a\n---\n";
        assert_eq!(
            set_fields(src, &[("goal", text("b"))]).unwrap_err().kind,
            EditErrorKind::UnsupportedStyle(Style::ComplexKey)
        );
    }

    #[test]
    fn empty_keys_read_the_same_as_missing_ones() {
        // The form leaves out an empty key: it stays, with its comment.
        let out = set(MEETING, "child_preparation", rec(&[("by", text("Isä"))]));
        assert!(out.contains("  by: Isä                          # kuka\n  told_topics:                     # kerrottu\n"), "{out}");
        // The form names empty keys the file lacks: none is added.
        let form = rec(&[
            ("decided_with", text("Äiti")),
            ("recipients", List(vec![text("daycare")])),
            ("extra", Empty),
            ("more", rec(&[("x", Empty)])),
        ]);
        assert_eq!(
            set_fields(
                MEETING,
                &[("memo_consent", form), ("goal", rec(&[("text", Empty)]))]
            )
            .unwrap(),
            MEETING
        );
    }
}
