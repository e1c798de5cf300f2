//! The located YAML tree every reader of lsk's files builds (`yaml`'s
//! event reader and `yaml_fast`'s reader of the common shape alike): each
//! node keeps its line and, for scalars, the text exactly as written.

use std::borrow::Cow;

/// A node borrows its text from the parsed source where it can, so reading
/// a file allocates little.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub value: Value<'a>,
    /// 1-based line of the node's first character within the parsed text.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// An empty value, `~` or `null`.
    Null,
    /// A scalar as written; `plain` is false for quoted and block scalars.
    Scalar {
        text: Cow<'a, str>,
        plain: bool,
        /// Double-quoted: the only style with escapes (`\x2D`, `\u2011`),
        /// so the text may differ from what the file shows.
        double: bool,
    },
    Seq(Vec<Node<'a>>),
    Map(Vec<Entry<'a>>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub key: Cow<'a, str>,
    pub key_line: usize,
    /// 1-based column (in characters) where the key starts.
    pub key_col: usize,
    pub value: Node<'a>,
    /// Written inside `{...}`, where a comma ends a value.
    pub flow: bool,
}

impl<'a> Node<'a> {
    pub fn is_empty(&self) -> bool {
        match &self.value {
            Value::Null => true,
            Value::Scalar { text, .. } => text.trim().is_empty(),
            Value::Seq(items) => items.is_empty(),
            Value::Map(entries) => entries.is_empty(),
        }
    }

    /// The value of `key` when this node is a mapping.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.entry(key).map(|e| &e.value)
    }

    pub fn entry(&self, key: &str) -> Option<&Entry<'a>> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    pub fn entries(&self) -> &[Entry<'a>] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }

    pub fn items(&self) -> &[Node<'a>] {
        match &self.value {
            Value::Seq(items) => items,
            _ => &[],
        }
    }

    /// The text of a scalar, or of a `{text: ..., not_for: [...]}` section.
    pub fn text(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            Value::Map(_) => self.get("text").and_then(Node::scalar),
            _ => None,
        }
    }

    pub fn scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The value of a yes/no field (`done`, `acute`): `true`/`false`, and
    /// `yes`/`no` as people write them in any of lsk's languages and in
    /// any case (`text::answer`, the one reader of such answers).
    /// Asked only of fields that are yes/no questions: a text field's
    /// `no` stays the text "no".
    pub fn bool(&self) -> Option<bool> {
        crate::text::answer(self.scalar()?)
    }

    /// A short description of what kind of value this is, for messages.
    pub fn shape(&self) -> Shape {
        match &self.value {
            Value::Null => Shape::Empty,
            Value::Scalar { .. } => Shape::Scalar,
            Value::Seq(_) => Shape::List,
            Value::Map(_) => Shape::Mapping,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Empty,
    Scalar,
    List,
    Mapping,
}
