//! Where lsk cannot tell who an item is kept from: a `not_for` it cannot
//! read, a key that looks like one, a name it does not know. A copy is
//! made only when there are none.

use std::path::PathBuf;

use unicode_normalization::UnicodeNormalization;

use super::{Recipient, Recipients};
use crate::case::validate::FieldPath;
use crate::case::yaml::{Node, Value};
use crate::finding::{Sink, UNKNOWN_FIELD};
use crate::model::Lang;

/// A place where lsk cannot tell who an item is kept from.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub line: usize,
    /// Where: `agreed[1].not_for[0]`.
    pub field: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// A name that is no known recipient.
    Unknown {
        written: String,
        suggestion: Option<String>,
    },
    /// `not_for` that is not a list of names.
    NotAList,
    /// A key that looks like `not_for` but is not (`Not_for`, `not-for`).
    LookAlike { key: String },
    /// `not_for` on the whole frontmatter: it cannot keep anything.
    AtTop,
    /// `not_for` that names no one (empty, `[]`, `[~]`): whom was it meant
    /// to keep the item from?
    Empty,
}

impl Problem {
    /// What the problem says, as a finding's message.
    pub fn message(&self) -> crate::finding::Msg {
        match &self.kind {
            ProblemKind::Unknown {
                written,
                suggestion,
            } => crate::finding::Msg::UnknownRecipient {
                field: self.field.clone(),
                written: written.clone(),
                suggestion: suggestion.clone(),
            },
            _ => crate::finding::Msg::UnclearNotFor {
                field: self.field.clone(),
            },
        }
    }
}

impl ProblemKind {
    /// Whether `lsk check`'s schema validation already reports it (as
    /// `unknown-field` or `invalid-value`), so the recipient rule need not.
    pub fn reported_by_schema(&self) -> bool {
        !matches!(self, ProblemKind::Unknown { .. } | ProblemKind::Empty)
    }
}

/// Whether a key is a spelling of `not_for` that is not `not_for`
/// itself (`Not_for`, `not-for`, full-width letters).
pub fn looks_like_not_for(key: &str) -> bool {
    // Six to a few dozen bytes, with an `o` or `O` somewhere: anything else
    // is no spelling of it (a cheap test, as every key of every meeting
    // passes here).
    if key.len() < 6 || key.len() > 64 || !key.contains(['o', 'O', 'ο', 'о', 'ｏ']) {
        return false;
    }
    // ASCII is its own NFKC form: its letters and digits, lower case,
    // without the normalising pass.
    if key.is_ascii() {
        let mut letters = key.bytes().filter(u8::is_ascii_alphanumeric);
        return b"notfor"
            .iter()
            .all(|w| letters.next().map(|c| c.to_ascii_lowercase()) == Some(*w))
            && letters.next().is_none()
            && key != "not_for";
    }
    let letters: String = key
        .nfkc()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    letters == "notfor" && key != "not_for"
}

/// The recipients a `not_for` (or `recipients`) list names, or where it
/// cannot be read. A single name without a list is read as a list of one.
pub(super) fn names(
    vocab: &Recipients,
    node: &Node,
    field: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Recipient> {
    let items: Vec<&Node> = match &node.value {
        Value::Null => Vec::new(),
        Value::Scalar { .. } => vec![node],
        Value::Seq(items) => items.iter().collect(),
        Value::Map(_) => {
            problems.push(Problem {
                line: node.line,
                field: field.to_owned(),
                kind: ProblemKind::NotAList,
            });
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = if matches!(node.value, Value::Seq(_)) {
            format!("{field}[{i}]")
        } else {
            field.to_owned()
        };
        match item.scalar() {
            Some(text) => match vocab.resolve(text) {
                Some(r) => out.push(r),
                None => problems.push(Problem {
                    line: item.line,
                    field: at,
                    kind: ProblemKind::Unknown {
                        written: text.to_owned(),
                        suggestion: vocab.suggest(text),
                    },
                }),
            },
            None if item.is_empty() => {}
            None => problems.push(Problem {
                line: item.line,
                field: at,
                kind: ProblemKind::NotAList,
            }),
        }
    }
    out
}

/// Every place in a frontmatter where who may see what cannot be read:
/// unknown names in `not_for` and `memo_consent.recipients`, a `not_for`
/// that is not a list, keys that look like `not_for`. A copy is made only
/// when there are none.
pub fn problems(fm: &Node, vocab: &Recipients) -> Vec<Problem> {
    fn walk(node: &Node, vocab: &Recipients, path: &FieldPath, out: &mut Vec<Problem>) {
        match &node.value {
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, vocab, &FieldPath::Index(path, i), out);
                }
            }
            Value::Map(entries) => {
                let top = matches!(path, FieldPath::Root);
                for e in entries {
                    let at = FieldPath::Key(path, &e.key);
                    if e.key == "not_for" {
                        if top {
                            out.push(Problem {
                                line: e.key_line,
                                field: at.to_string(),
                                kind: ProblemKind::AtTop,
                            });
                        }
                        let before = out.len();
                        let named = names(vocab, &e.value, &at.to_string(), out);
                        if named.is_empty() && out.len() == before {
                            out.push(Problem {
                                line: e.key_line,
                                field: at.to_string(),
                                kind: ProblemKind::Empty,
                            });
                        }
                    } else if looks_like_not_for(&e.key) {
                        out.push(Problem {
                            line: e.key_line,
                            field: at.to_string(),
                            kind: ProblemKind::LookAlike {
                                key: e.key.to_string(),
                            },
                        });
                    } else if e.key == "recipients"
                        && matches!(path, FieldPath::Key(FieldPath::Root, "memo_consent"))
                    {
                        names(vocab, &e.value, &at.to_string(), out);
                    }
                    walk(&e.value, vocab, &at, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(fm, vocab, &FieldPath::Root, &mut out);
    out
}

/// Whether no `not_for` stands anywhere in `node`.
pub fn no_not_for(node: &Node) -> bool {
    match &node.value {
        Value::Seq(items) => items.iter().all(no_not_for),
        Value::Map(entries) => entries
            .iter()
            .all(|e| e.key != "not_for" && no_not_for(&e.value)),
        _ => true,
    }
}

/// Every recipient named in a `not_for` anywhere inside `node` (and in
/// keys that look like one), as written: what a follow-up meeting carries
/// over, so that nothing withheld becomes visible in its copies.
pub fn kept_from(node: &Node) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut todo = vec![(node, false)];
    while let Some((n, in_not_for)) = todo.pop() {
        match &n.value {
            Value::Scalar { text, .. } if in_not_for => {
                let name = text.trim().to_owned();
                if !name.is_empty() && !out.contains(&name) {
                    out.push(name);
                }
            }
            Value::Seq(items) => {
                todo.extend(items.iter().rev().map(|i| (i, in_not_for)));
            }
            Value::Map(entries) => {
                for e in entries.iter().rev() {
                    let not_for = e.key == "not_for" || looks_like_not_for(&e.key);
                    todo.push((&e.value, in_not_for || not_for));
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether lsk cannot read whom the top-level `fields` of a frontmatter
/// (and what is inside them) are kept from: an unknown key among them, or
/// a [`problems`] place in them.
pub fn unclear_in(fm: &Node, fields: &[&str]) -> bool {
    let mut sink = Sink::new(PathBuf::new(), None, Lang::default());
    crate::case::validate::mapping(fm, crate::schema::MEETING, &FieldPath::Root, &mut sink);
    let inside = |field: &str| fields.iter().any(|k| field.starts_with(k));
    let unknown = sink
        .findings
        .iter()
        .any(|f| f.rule == UNKNOWN_FIELD && f.field.as_deref().is_some_and(inside));
    let vocab = Recipients::of(fm);
    unknown || problems(fm, &vocab).iter().any(|p| inside(&p.field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::yaml::parse;

    #[test]
    fn spellings_of_not_for() {
        for (key, expected) in [
            ("not_for", false),
            ("Not_for", true),
            ("not-for", true),
            ("NOT FOR", true),
            ("notfor", true),
            ("no_tfor", true),
            ("not_for2", false),
            ("not_fo", false),
            ("organisation", false),
            ("nöt_for", false),
            ("ｎｏｔ_ｆｏｒ", true),
            ("not\u{200b}_for", true),
        ] {
            assert_eq!(looks_like_not_for(key), expected, "{key:?}");
            // The ASCII way and the normalising way agree.
            let letters: String = key
                .nfkc()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(
                looks_like_not_for(key),
                letters == "notfor" && key != "not_for",
                "{key:?}"
            );
        }
    }

    #[test]
    fn what_a_follow_up_carries_and_when_it_cannot() {
        let fm = parse(
            "invitees:\n  - name: A\n    role: school\n    not_for: [daycare, ' daycare ']\n  - name: B\n    role: daycare\nagreed:\n  - action: x\n    owner: A\n    Not_for: [koulu]\n",
        )
        .unwrap();
        let invitees = fm.get("invitees").unwrap();
        assert_eq!(kept_from(invitees), ["daycare"]);
        // A look-alike key is carried too: what it withholds stays withheld.
        assert_eq!(kept_from(fm.get("agreed").unwrap()), ["koulu"]);
        // The look-alike makes the actions unclear, not the invitees.
        assert!(unclear_in(&fm, &["agreed"]));
        assert!(!unclear_in(&fm, &["invitees"]));
        let fm =
            parse("invitees:\n  - name: A\n    role: school\n    except: [daycare]\n").unwrap();
        assert!(
            unclear_in(&fm, &["invitees"]),
            "an unknown key might withhold"
        );
    }
}
