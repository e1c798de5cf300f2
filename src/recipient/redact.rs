//! What a reader's copy shows of the frontmatter: every item a `not_for`
//! keeps from the reader left out, and the names of the people in it.

use super::problems::names;
use super::{Recipient, Recipients, withheld_from_family};
use crate::case::yaml::{Node, Value};

/// Keys whose value names a person (an invitee).
const PERSON_KEYS: &[&str] = &[
    "name",
    "by",
    "who",
    "owner",
    "chair",
    "note_taker",
    "invited_by",
    "child_support_person",
    "plan_lead",
];

/// What the family's own copy shows of the frontmatter: everything but
/// what is kept from the family, a parent, the child or everyone.
pub fn redact_for_family<'a>(fm: &Node<'a>, vocab: &Recipients) -> Node<'a> {
    redact_with(fm, vocab, &withheld_from_family)
}

/// What the document for `r` shows of the frontmatter: see
/// [`redact_with`].
pub fn redact<'a>(fm: &Node<'a>, vocab: &Recipients, r: &Recipient) -> Node<'a> {
    redact_with(fm, vocab, &|not_for| vocab.withheld(not_for, r))
}

/// What a reader sees of the frontmatter, where `kept(not_for)` says
/// whether an item with that `not_for` is kept from the reader. A list
/// item is left out whole when a `not_for` anywhere inside it keeps it
/// from the reader (a text section of it, too: the rest of the item would
/// point at what is left out), and so is every item that names an invitee
/// kept from the reader; a field with a `not_for` of its own, or naming
/// such an invitee, is left empty — a person field by the name, any other
/// text when it mentions that invitee by their full name. Call only when
/// [`problems`] found none.
pub fn redact_with<'a>(
    fm: &Node<'a>,
    vocab: &Recipients,
    kept: &dyn Fn(&[Recipient]) -> bool,
) -> Node<'a> {
    let (hidden, visible): (Vec<&Node>, Vec<&Node>) = fm
        .get("invitees")
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .partition(|i| withholds(i, vocab, kept));
    let names = |list: Vec<&Node>| -> Vec<String> {
        list.iter()
            .filter_map(|i| i.get("name").and_then(Node::text))
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect()
    };
    let people = People {
        hidden: names(hidden),
        visible: names(visible),
    };
    redact_node(fm, vocab, kept, &people)
}

/// Whether a `not_for` anywhere in `node` keeps it from the reader.
fn withholds(node: &Node, vocab: &Recipients, kept: &dyn Fn(&[Recipient]) -> bool) -> bool {
    match &node.value {
        Value::Seq(items) => items.iter().any(|i| withholds(i, vocab, kept)),
        Value::Map(entries) => entries.iter().any(|e| {
            if e.key == "not_for" {
                let mut ignored = Vec::new();
                kept(&names(vocab, &e.value, "", &mut ignored))
            } else {
                withholds(&e.value, vocab, kept)
            }
        }),
        _ => false,
    }
}

/// The invitees kept from a reader, and those the reader may see.
struct People {
    hidden: Vec<String>,
    visible: Vec<String>,
}

/// Whether a list item names someone kept from the reader: see
/// [`People::named_in`].
fn item_names_hidden(item: &Node, people: &People) -> bool {
    match &item.value {
        Value::Scalar { text, .. } => people.mentioned(text),
        _ => item
            .entries()
            .iter()
            .any(|e| people.named_in(&e.key, &e.value)),
    }
}

impl People {
    /// Whether a field of `key` names someone kept from the reader. When
    /// someone is, a person field that names no one the reader may see is
    /// taken as naming them (a name written surname first, shortened, or
    /// misspelt is not safe to show), and any other text that holds every
    /// word of a hidden person's name, in any order, is left out.
    fn named_in(&self, key: &str, value: &Node) -> bool {
        if self.hidden.is_empty() {
            return false;
        }
        let Some(text) = value.text() else {
            return false;
        };
        if PERSON_KEYS.contains(&key) {
            let text = text.trim();
            !text.is_empty() && !self.visible.iter().any(|v| crate::text::same_name(v, text))
        } else {
            self.mentioned(text)
        }
    }

    fn mentioned(&self, text: &str) -> bool {
        self.hidden.iter().any(|h| crate::text::names(text, h))
    }
}

fn redact_node<'a>(
    node: &Node<'a>,
    vocab: &Recipients,
    kept: &dyn Fn(&[Recipient]) -> bool,
    hidden: &People,
) -> Node<'a> {
    let empty = |line| Node {
        value: Value::Null,
        line,
    };
    let value = match &node.value {
        Value::Seq(items) => Value::Seq(
            items
                .iter()
                .filter(|i| !withholds(i, vocab, kept) && !item_names_hidden(i, hidden))
                .map(|i| redact_node(i, vocab, kept, hidden))
                .collect(),
        ),
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|e| {
                    let mut e = e.clone();
                    let own = e.value.get("not_for").is_some() && withholds(&e.value, vocab, kept);
                    e.value = if own || hidden.named_in(&e.key, &e.value) {
                        empty(e.value.line)
                    } else {
                        redact_node(&e.value, vocab, kept, hidden)
                    };
                    e
                })
                .collect(),
        ),
        other => other.clone(),
    };
    Node {
        value,
        line: node.line,
    }
}
