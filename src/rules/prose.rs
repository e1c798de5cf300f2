//! Text that YAML silently cuts: in an unquoted value, ` #` starts a
//! comment, so `place: Päiväkoti Pikkukäpälä, huone #3` is read as
//! "Päiväkoti Pikkukäpälä, huone" and the room would be lost from every
//! document. Such prose is an `invalid-value`: nothing a person typed may
//! vanish without a word.

use super::Ctx;
use crate::case::validate::FieldPath;
use crate::case::yaml::{Node, Value};
use crate::finding::Msg;
use crate::finding::{INVALID_VALUE, Severity, Sink};
use crate::model::Lang;
use crate::schema::docs::field_doc;
use crate::schema::{self, Field, Ty};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    // Only the fields' lines hold values, and without a `#` among them
    // nothing is cut.
    let fields = crate::case::source::frontmatter(ctx.source).unwrap_or(ctx.source);
    if memchr::memchr(b'#', fields.as_bytes()).is_none() {
        return;
    }
    let lines: Vec<&str> = fields.lines().collect();
    mapping(ctx, &lines, ctx.fm, schema::MEETING, &FieldPath::Root, sink);
}

fn mapping(
    ctx: &Ctx,
    lines: &[&str],
    node: &Node,
    fields: &'static [Field],
    at: &FieldPath,
    sink: &mut Sink,
) {
    for entry in node.entries() {
        if let Some(field) = fields.iter().find(|f| f.key == entry.key) {
            let path = FieldPath::Key(at, &entry.key);
            value(ctx, lines, &entry.value, field, &path, sink);
        }
    }
}

fn value(
    ctx: &Ctx,
    lines: &[&str],
    node: &Node,
    field: &'static Field,
    path: &FieldPath,
    sink: &mut Sink,
) {
    match (&field.ty, &node.value) {
        // A yes/no answer qualified after ` #` (`yes # only partly`) is
        // not the answer the reader sees either.
        (Ty::Text | Ty::YesNo, Value::Scalar { .. }) => {
            scalar(ctx, lines, node, field.key, path, sink)
        }
        (Ty::Text, Value::Map(_)) => {
            if let Some(text) = node.get("text") {
                scalar(
                    ctx,
                    lines,
                    text,
                    field.key,
                    &FieldPath::Key(path, "text"),
                    sink,
                );
            }
        }
        (Ty::TextList, Value::Seq(items)) => {
            for (i, item) in items.iter().enumerate() {
                let at = FieldPath::Index(path, i);
                match &item.value {
                    Value::Scalar { .. } => scalar(ctx, lines, item, field.key, &at, sink),
                    Value::Map(_) => {
                        if let Some(t) = item.get("text") {
                            scalar(ctx, lines, t, field.key, &FieldPath::Key(&at, "text"), sink);
                        }
                    }
                    _ => {}
                }
            }
        }
        (Ty::Records(sub), Value::Seq(items)) => {
            for (i, item) in items.iter().enumerate() {
                mapping(ctx, lines, item, sub, &FieldPath::Index(path, i), sink);
            }
        }
        (Ty::Record(sub), Value::Map(_)) => mapping(ctx, lines, node, sub, path, sink),
        _ => {}
    }
}

/// A plain scalar whose line goes on with ` #` after the value.
fn scalar(ctx: &Ctx, lines: &[&str], node: &Node, key: &str, path: &FieldPath, sink: &mut Sink) {
    let Value::Scalar {
        text, plain: true, ..
    } = &node.value
    else {
        return;
    };
    let Some(first_line) = node.line.checked_sub(1).and_then(|i| lines.get(i)) else {
        return;
    };
    // The value's lines: its first, and the lines that go on with it (more
    // indented than the key, their words in the value).
    let key_column = first_line.len() - first_line.trim_start_matches([' ', '-']).len();
    let goes_on = lines
        .get(node.line)
        .is_some_and(|l| l.len() - l.trim_start().len() > key_column);
    if !first_line.contains('#') && !goes_on {
        return;
    }
    // Where the value starts on its line: its first few characters.
    let first = text.char_indices().nth(12).map_or(text.len(), |(i, _)| i);
    let Some(at) = first_line.find(&text[..first]) else {
        return;
    };
    let rest_lines = lines[node.line..]
        .iter()
        .take_while(|l| {
            let indent = l.len() - l.trim_start().len();
            let words = l.split(" #").next().unwrap_or("").trim();
            indent > key_column && !words.is_empty() && text.contains(words)
        })
        .map(|l| l.trim_start());
    let Some((rest, hash)) = std::iter::once(&first_line[at..])
        .chain(rest_lines)
        .find_map(|l| Some((l, l.find(" #").or_else(|| l.find("\t#"))?)))
    else {
        return;
    };
    let comment = rest[hash + 2..].trim();
    // The scaffold's own comment after a value the worker filled in.
    let kind = ctx.kind;
    if Lang::ALL
        .iter()
        .any(|lang| field_doc(*lang, key, kind) == comment)
    {
        return;
    }
    let mut kept: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        kept.push('…');
    }
    sink.push_field(
        INVALID_VALUE,
        Severity::Error,
        node.line,
        Some(path.to_string()),
        Msg::CutByComment {
            field: path.to_string(),
            kept,
        },
    );
}
