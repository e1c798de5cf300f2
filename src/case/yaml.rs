//! A located YAML tree: every node keeps its line and, for scalars, the text
//! exactly as written, so checks can point at the offending key and read
//! `time: 9.30` as half past nine (YAML 1.2 would make it the float 9.3).
//!
//! The events come from `granit_parser`, the parser inside serde-saphyr. We
//! build our own tree instead of deserialising with serde because serde stops
//! at the first error, and `lsk check` must report every finding at once.
//! The common shape of lsk's own files is read first by `yaml_fast`, which
//! builds the same tree in a fraction of the time, or hands the text back.
//! The tree's types live in `node`, below both readers (re-exported here,
//! where every user reads them), so neither reader imports the other back.

pub use super::node::{Entry, Node, Shape, Value};
pub use super::traps::YamlErrorKind;
use std::borrow::Cow;
use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, StructureStyle};

use super::traps;

/// Deepest nesting accepted. meeting.md needs four levels; the margin is wide,
/// and the bound keeps hostile input from exhausting the stack or memory.
const MAX_DEPTH: usize = 64;
/// Upper bound on nodes: a meeting has a few hundred; a million keeps
/// memory bounded (tens of megabytes) for any file lsk reads.
const MAX_NODES: usize = 1_000_000;
/// Upper bound on nodes made by expanding aliases ("billion laughs").
const MAX_ALIASED: usize = 200_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line within the parsed text.
    pub line: usize,
    /// 1-based column (in characters) of the fault, where it is known.
    pub col: Option<usize>,
    pub kind: YamlErrorKind,
}

enum Frame<'a> {
    Seq {
        items: Vec<Node<'a>>,
        line: usize,
        anchor: usize,
    },
    Map {
        entries: Vec<Entry<'a>>,
        key: Option<(Cow<'a, str>, usize, usize)>,
        line: usize,
        anchor: usize,
        flow: bool,
        /// Each key's index in `entries`, once the mapping is large enough
        /// that scanning them for duplicates would be quadratic.
        index: Option<HashMap<Cow<'a, str>, usize>>,
    },
}

/// Mappings up to this size are searched for a duplicate key directly;
/// larger ones through an index, so 100,000 keys cost linear time.
const INDEX_FROM: usize = 16;

/// Parse one YAML document. An empty document is `Null`.
///
/// The common shape of lsk's files is read by `yaml_fast`, which builds
/// the same tree; anything else, and every error, goes through
/// granit_parser ([`parse_slow`]).
pub fn parse(text: &str) -> Result<Node<'_>, YamlError> {
    match super::yaml_fast::parse(text) {
        Some(node) => Ok(node),
        None => parse_slow(text),
    }
}

/// Parse one YAML document through granit_parser, whatever its shape.
/// Public for the tests that compare it with the fast reader.
#[doc(hidden)]
pub fn parse_slow(text: &str) -> Result<Node<'_>, YamlError> {
    let source = text;
    // A tab in indentation is a YAML error, but the parser's message for it is
    // cryptic; say it plainly (editors on Windows often insert tabs).
    if let Some(line) = tab_indented_line(text) {
        return Err(YamlError {
            line,
            col: Some(1),
            kind: YamlErrorKind::Tab,
        });
    }
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut anchors: Vec<(usize, Node<'_>)> = Vec::new();
    let mut root: Option<Node<'_>> = None;
    let mut nodes = 0usize;
    let mut aliased = 0usize;
    let mut documents = 0usize;

    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            let trap = traps::classify(text, e.marker().line().max(1), e.marker().col(), &e.info());
            YamlError {
                line: trap.line,
                col: trap.col,
                kind: trap.kind,
            }
        })?;
        let line = span.start.line().max(1);
        let col = span.start.col() + 1;
        let err = |kind| {
            Err(YamlError {
                line,
                col: Some(col),
                kind,
            })
        };
        let node = match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => continue,
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return err(YamlErrorKind::MultipleDocuments);
                }
                continue;
            }
            Event::Alias(id) => {
                let Some((_, target)) = anchors.iter().rev().find(|(a, _)| *a == id) else {
                    return err(YamlErrorKind::Reserved {
                        ch: '*',
                        fixed: None,
                    });
                };
                let count = count_nodes(target);
                nodes += count;
                aliased += count;
                if aliased > MAX_ALIASED || nodes > MAX_NODES {
                    return err(YamlErrorKind::TooLarge);
                }
                Node {
                    value: target.value.clone(),
                    line,
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                let plain = style == ScalarStyle::Plain;
                let double = style == ScalarStyle::DoubleQuoted;
                if let Some(tag) = tag.as_deref() {
                    match tag.core_suffix() {
                        Some("str" | "int" | "float" | "bool" | "null") => {}
                        _ => {
                            return err(YamlErrorKind::UnknownTag(format!(
                                "{}{}",
                                tag.original_handle(),
                                tag.suffix()
                            )));
                        }
                    }
                }
                let value = if plain && matches!(&*text, "" | "~" | "null" | "Null" | "NULL") {
                    Value::Null
                } else {
                    Value::Scalar {
                        text,
                        plain,
                        double,
                    }
                };
                let node = Node { value, line };
                if anchor != 0 {
                    anchors.push((anchor, node.clone()));
                }
                node
            }
            Event::SequenceStart(_, anchor, ref tag) | Event::MappingStart(_, anchor, ref tag) => {
                let flow = matches!(event, Event::MappingStart(StructureStyle::Flow, ..));
                if let Some(tag) = tag.as_deref()
                    && !matches!(tag.core_suffix(), Some("seq" | "map"))
                {
                    return err(YamlErrorKind::UnknownTag(format!(
                        "{}{}",
                        tag.original_handle(),
                        tag.suffix()
                    )));
                }
                if stack.len() >= MAX_DEPTH {
                    return err(YamlErrorKind::TooDeep);
                }
                nodes += 1;
                if nodes > MAX_NODES {
                    return err(too_many(aliased));
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        line,
                        anchor,
                    }
                } else {
                    Frame::Map {
                        entries: Vec::new(),
                        key: None,
                        line,
                        anchor,
                        flow,
                        index: None,
                    }
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match stack.pop() {
                    Some(Frame::Seq {
                        items,
                        line,
                        anchor,
                    }) => (
                        Node {
                            value: Value::Seq(items),
                            line,
                        },
                        anchor,
                    ),
                    Some(Frame::Map {
                        entries,
                        line,
                        anchor,
                        ..
                    }) => (
                        Node {
                            value: Value::Map(entries),
                            line,
                        },
                        anchor,
                    ),
                    None => continue,
                };
                if anchor != 0 {
                    anchors.push((anchor, node.clone()));
                }
                node
            }
            _ => continue,
        };
        nodes += 1;
        if nodes > MAX_NODES {
            return Err(YamlError {
                line,
                col: None,
                kind: too_many(aliased),
            });
        }
        // A list item's mapping: its first key, repeated, starts the next
        // item whose `- ` was left out.
        let in_item = stack.len() >= 2 && matches!(stack[stack.len() - 2], Frame::Seq { .. });
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries,
                key,
                index,
                flow,
                ..
            }) => match key.take() {
                None => {
                    let text = match node.value {
                        Value::Scalar { text, .. } => text,
                        Value::Null => Cow::Borrowed(""),
                        _ => {
                            return Err(YamlError {
                                line: node.line,
                                col: Some(col),
                                kind: YamlErrorKind::ComplexKey,
                            });
                        }
                    };
                    if index.is_none() && entries.len() >= INDEX_FROM {
                        *index = Some(
                            entries
                                .iter()
                                .enumerate()
                                .map(|(i, e)| (e.key.clone(), i))
                                .collect(),
                        );
                    }
                    let first = match index {
                        Some(index) => index.get(&text).map(|i| &entries[*i]),
                        None => entries.iter().find(|e| e.key == text),
                    };
                    if let Some(first) = first {
                        let first_line = first.key_line;
                        let key = text.into_owned();
                        let kind = match text_line(source, node.line) {
                            Some(written) if in_item && !*flow && entries[0].key == key => {
                                YamlErrorKind::MissingDash {
                                    key,
                                    first_line,
                                    fixed: with_dash(written),
                                }
                            }
                            _ => YamlErrorKind::DuplicateKey { key, first_line },
                        };
                        return Err(YamlError {
                            line: node.line,
                            col: Some(col),
                            kind,
                        });
                    }
                    if let Some(index) = index {
                        index.insert(text.clone(), entries.len());
                    }
                    *key = Some((text, node.line, col));
                }
                Some((key, key_line, key_col)) => entries.push(Entry {
                    key,
                    key_line,
                    key_col,
                    value: node,
                    flow: *flow,
                }),
            },
        }
    }
    Ok(root.unwrap_or(Node {
        value: Value::Null,
        line: 1,
    }))
}

/// Line `line` (1-based) of `text`.
fn text_line(text: &str, line: usize) -> Option<&str> {
    text.lines().nth(line.checked_sub(1)?)
}

/// A line with `- ` put where its indentation ends: the last two spaces
/// of the indentation become the dash, so the key stays where it was.
fn with_dash(line: &str) -> String {
    let pad = line.len() - line.trim_start_matches(' ').len();
    let body = line.trim_start_matches(' ');
    format!("{}- {body}", " ".repeat(pad.saturating_sub(2)))
}

/// Whether the text uses an alias (`*name`): a value written once and
/// read in two places.
pub fn uses_aliases(text: &str) -> bool {
    // An alias is written with `*`: without one, nothing to parse.
    if !text.contains('*') {
        return false;
    }
    Parser::new_from_str(text).any(|e| matches!(e, Ok((Event::Alias(_), _))))
}

/// Why there are too many nodes: aliases, or the file itself.
fn too_many(aliased: usize) -> YamlErrorKind {
    if aliased > 0 {
        YamlErrorKind::TooLarge
    } else {
        YamlErrorKind::TooManyValues
    }
}

fn count_nodes(node: &Node<'_>) -> usize {
    // Iterative, so a deep alias target cannot overflow the stack.
    let mut count = 0;
    let mut todo = vec![node];
    while let Some(n) = todo.pop() {
        count += 1;
        if count > MAX_ALIASED {
            return count;
        }
        match &n.value {
            Value::Seq(items) => todo.extend(items),
            Value::Map(entries) => todo.extend(entries.iter().map(|e| &e.value)),
            _ => {}
        }
    }
    count
}

fn tab_indented_line(text: &str) -> Option<usize> {
    let mut in_block_scalar = false;
    for (i, line) in text.lines().enumerate() {
        let indent: String = line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        if in_block_scalar && !line.trim().is_empty() && !indent.is_empty() {
            continue;
        }
        in_block_scalar = line.trim_end().ends_with('|') || line.trim_end().ends_with('>');
        if indent.contains('\t') && !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            return Some(i + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_scalar_text_and_lines() {
        let n = parse("time: 9.30\nchild_attends: no\nlist:\n  - a\n").unwrap();
        assert_eq!(n.get("time").unwrap().scalar(), Some("9.30"));
        assert_eq!(n.get("child_attends").unwrap().scalar(), Some("no"));
        assert_eq!(n.entry("list").unwrap().key_line, 3);
        assert_eq!(n.get("list").unwrap().items()[0].line, 4);
    }

    #[test]
    fn duplicate_key_points_at_second() {
        let e = parse("goal: a\nplace: b\ngoal: c\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(matches!(
            e.kind,
            YamlErrorKind::DuplicateKey { first_line: 1, .. }
        ));
    }

    #[test]
    fn billion_laughs_is_bounded() {
        let mut y = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = (b'a' + i) as char;
            let next = (b'a' + i + 1) as char;
            y.push_str(&format!(
                "{next}: &{next} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        assert_eq!(parse(&y).unwrap_err().kind, YamlErrorKind::TooLarge);
    }

    #[test]
    fn deep_nesting_is_refused() {
        // The parser's own recursion limit or ours: either way an error, not a crash.
        let y = "[".repeat(20_000) + &"]".repeat(20_000);
        assert!(parse(&y).is_err());
        let y = "[".repeat(100) + &"]".repeat(100);
        assert_eq!(parse(&y).unwrap_err().kind, YamlErrorKind::TooDeep);
    }

    #[test]
    fn unknown_tag_is_refused() {
        assert!(matches!(
            parse("goal: !python/object x\n").unwrap_err().kind,
            YamlErrorKind::UnknownTag(_)
        ));
        assert!(parse("goal: !!str 12\n").is_ok());
    }

    #[test]
    fn aliases_are_found() {
        assert!(uses_aliases("a: &x b\nc: *x\n"));
        assert!(!uses_aliases("a: b\nc: '*x'\n"));
        assert!(!uses_aliases("a: b\n"));
    }

    #[test]
    fn tabs_are_named() {
        assert_eq!(parse("a:\n\tb: 1\n").unwrap_err().kind, YamlErrorKind::Tab);
    }
}
