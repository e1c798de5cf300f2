//! The value model: a located YAML node read as a [`FormValue`], and
//! whether two values read the same (the comparison every edit and the
//! read-back use).

use std::collections::HashMap;

use super::FormValue;
use super::locate::Doc;
use crate::case::yaml::{Node, Value};

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
pub(super) fn blank(value: &FormValue) -> bool {
    match value {
        FormValue::Empty => true,
        FormValue::Text(t) => t.is_empty(),
        FormValue::Record(fields) => fields.iter().all(|(_, v)| blank(v)),
        FormValue::List(_) => false,
    }
}

pub(super) fn text_of(v: &FormValue) -> &str {
    match v {
        FormValue::Text(t) => t,
        _ => "",
    }
}

/// The form value of a node read by lsk's reader.
pub(super) fn value_of(node: &Node<'_>) -> FormValue {
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

pub(super) fn values_of(root: &Node<'_>) -> Vec<(String, FormValue)> {
    root.entries()
        .iter()
        .map(|e| (e.key.to_string(), value_of(&e.value)))
        .collect()
}

/// The text after the closing `---` line (with its line ending), if the
/// file has frontmatter.
pub(super) fn notes_of(source: &str) -> Option<String> {
    let doc = Doc::split(source).ok()?;
    let mut out = String::new();
    for (text, end) in &doc.lines[doc.close + 1..] {
        out.push_str(text);
        out.push_str(end);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::FormValue::{Empty, List};
    use super::super::fixture::*;
    use super::super::*;

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
