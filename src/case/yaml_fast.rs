//! A reader of lsk's own for the common shape of meeting.md's frontmatter
//! and lsk.yaml: block mappings with plain keys, block lists, one-line
//! plain and quoted scalars, `[a, b]`, `{}`, `[]` and `|` / `|-` blocks.
//!
//! It builds exactly the tree `yaml::parse` builds through granit_parser
//! (values, lines, key columns, styles) and gives up, returning `None`, the
//! moment it meets anything else: anchors, tags, folding, multi-line plain
//! or quoted scalars, tabs, odd indentation, duplicate keys, a second
//! document. The caller then reads the text through granit_parser as
//! before, so an invalid file gets the same message it always got. The
//! fast path never makes an error of its own.
//!
//! That the two agree is tested on every meeting.md and lsk.yaml the
//! repository holds, on generated corpora, on the fuzz inputs and on
//! random YAML made of this subset's pieces and their near misses
//! (`tests/yaml_fast.rs`).

use std::borrow::Cow;
use std::collections::HashSet;

use super::node::{Entry, Node, Value};

/// Deeper nesting than this is handed to granit_parser (which bounds it).
const MAX_DEPTH: usize = 24;
/// More values than this are handed to granit_parser (which bounds them).
const MAX_NODES: usize = 100_000;
/// Mappings larger than this are searched for a duplicate key through a set.
const SET_FROM: usize = 64;

/// Read `text` if it is in the subset; `None` when it is not (or may not be).
pub fn parse(text: &str) -> Option<Node<'_>> {
    let lines = lines_of(text)?;
    let mut from = 0;
    if lines.first() == Some(&"---") {
        from = 1;
    }
    for line in &lines[from..] {
        // Document markers and directives belong to granit_parser.
        if line.starts_with("---") || line.starts_with("...") || line.starts_with('%') {
            return None;
        }
    }
    let mut reader = Reader {
        lines,
        nodes: 0,
        depth: 0,
    };
    let Some(first) = reader.next_content(from) else {
        return Some(Node {
            value: Value::Null,
            line: 1,
        });
    };
    if reader.indent(first) != 0 || key_of(reader.lines[first]).is_none() {
        return None;
    }
    let (root, next) = reader.map(first, 0)?;
    if next.is_some() {
        return None;
    }
    Some(root)
}

/// The lines of `text` (a final line break ends the last line, it does
/// not begin another), when every character is one YAML prints and treats
/// as nothing but itself: no tab, no carriage return, no control
/// character, no byte order mark, no Unicode line or paragraph separator.
/// One pass over the bytes; `text` is UTF-8, so a lead byte is followed
/// by its continuation bytes.
fn lines_of(text: &str) -> Option<Vec<&str>> {
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut lines = Vec::with_capacity(bytes.len() / 32 + 1);
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b' '..=b'~' | 0x80..=0xC1 | 0xC3..=0xE1 | 0xE3..=0xEE | 0xF0..=0xFF => {}
            b'\n' => {
                lines.push(&text[start..i]);
                start = i + 1;
            }
            // U+0080 to U+009F: the C1 control characters.
            0xC2 if at(i + 1) < 0xA0 => return None,
            // U+2028 and U+2029.
            0xE2 if at(i + 1) == 0x80 && matches!(at(i + 2), 0xA8 | 0xA9) => return None,
            // U+FEFF, U+FFFE and U+FFFF.
            0xEF if (at(i + 1) == 0xBB && at(i + 2) == 0xBF)
                || (at(i + 1) == 0xBF && matches!(at(i + 2), 0xBE | 0xBF)) =>
            {
                return None;
            }
            0xC2 | 0xE2 | 0xEF => {}
            _ => return None,
        }
    }
    if start < bytes.len() {
        lines.push(&text[start..]);
    }
    Some(lines)
}

/// The key of a line at its start (`key:` followed by a space or the end
/// of the line): plain ASCII letters, digits, `_`, `-` and `.`, not
/// beginning with `-` or `.`, and not a word YAML reads as empty.
/// Returns the key and the rest of the line after the colon.
fn key_of(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    let first = *bytes.first()?;
    if !(first.is_ascii_alphanumeric() || first == b'_') {
        return None;
    }
    let end = bytes
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')))?;
    if bytes[end] != b':' || !matches!(bytes.get(end + 1), None | Some(b' ')) {
        return None;
    }
    let key = &line[..end];
    if matches!(key, "null" | "Null" | "NULL") {
        return None;
    }
    Some((key, &line[end + 1..]))
}

/// Whether what follows a value on its line is nothing, spaces, or a
/// comment after at least one space.
fn rest_is_blank(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches(' ');
    trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len())
}

/// The characters that may not begin a plain scalar (YAML's indicators).
fn indicator(c: u8) -> bool {
    matches!(
        c,
        b'-' | b'?'
            | b':'
            | b','
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'#'
            | b'&'
            | b'*'
            | b'!'
            | b'|'
            | b'>'
            | b'\''
            | b'"'
            | b'%'
            | b'@'
            | b'`'
    )
}

/// A plain scalar's node, or `Null` for `~`, `null` and their kin.
fn plain_node(text: &str, line: usize) -> Node<'_> {
    let value = if matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        Value::Null
    } else {
        Value::Scalar {
            text: Cow::Borrowed(text),
            plain: true,
            double: false,
        }
    };
    Node { value, line }
}

struct Reader<'a> {
    lines: Vec<&'a str>,
    nodes: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn indent(&self, i: usize) -> usize {
        let line = self.lines[i];
        line.len() - line.trim_start_matches(' ').len()
    }

    /// The first line from `i` on that holds more than spaces or a comment.
    fn next_content(&self, mut i: usize) -> Option<usize> {
        while i < self.lines.len() {
            let body = self.lines[i].trim_start_matches(' ');
            if !body.is_empty() && !body.starts_with('#') {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn count(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= MAX_NODES).then_some(())
    }

    /// A block mapping whose keys stand at column `col` (0-based), the
    /// first on line `i` (which may begin with a list item's `- `).
    /// Returns the mapping and the next content line after it.
    fn map(&mut self, i: usize, col: usize) -> Option<(Node<'a>, Option<usize>)> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        self.count()?;
        let mut entries: Vec<Entry<'a>> = Vec::new();
        let mut at = Some(i);
        while let Some(l) = at {
            if l != i {
                let indent = self.indent(l);
                if indent < col {
                    break;
                }
                if indent > col {
                    return None;
                }
            }
            let line: &'a str = self.lines[l];
            let (key, rest) = key_of(&line[col..])?;
            let (value, next) = self.value(l, rest, col, true)?;
            entries.push(Entry {
                key: Cow::Borrowed(key),
                key_line: l + 1,
                key_col: col + 1,
                value,
                flow: false,
            });
            at = next;
        }
        if has_duplicate(&entries) {
            return None;
        }
        self.depth -= 1;
        Some((
            Node {
                value: Value::Map(entries),
                line: i + 1,
            },
            at,
        ))
    }

    /// A block list whose dashes stand at column `col`, the first on line `i`.
    fn seq(&mut self, i: usize, col: usize) -> Option<(Node<'a>, Option<usize>)> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        self.count()?;
        let mut items = Vec::new();
        let mut at = Some(i);
        while let Some(l) = at {
            let indent = self.indent(l);
            if indent < col {
                break;
            }
            if indent > col {
                return None;
            }
            let line: &'a str = self.lines[l];
            let body = &line[col..];
            if !body.starts_with("- ") {
                // A key at the list's own column ends a list that is a
                // mapping's value written without indentation.
                break;
            }
            let content = &body[2..];
            if content.starts_with(' ') || content.is_empty() {
                return None;
            }
            let (item, next) = if key_of(content).is_some() {
                self.map(l, col + 2)?
            } else {
                let (item, next) = self.value(l, content, col, false)?;
                if let Some(n) = next
                    && self.indent(n) > col
                {
                    return None;
                }
                (item, next)
            };
            items.push(item);
            at = next;
        }
        self.depth -= 1;
        Some((
            Node {
                value: Value::Seq(items),
                line: i + 1,
            },
            at,
        ))
    }

    /// The value written after a key's colon or a list item's dash on line
    /// `i`: `rest` is the text after the colon (or dash and space), `col`
    /// the key's or dash's column. Returns the value and the next content
    /// line after it.
    fn value(
        &mut self,
        i: usize,
        rest: &'a str,
        col: usize,
        in_map: bool,
    ) -> Option<(Node<'a>, Option<usize>)> {
        let text = rest.trim_start_matches(' ');
        let line = i + 1;
        if text.is_empty() || text.starts_with('#') {
            if !in_map {
                return None;
            }
            let next = self.next_content(i + 1);
            if let Some(n) = next {
                let indent = self.indent(n);
                let body = &self.lines[n][indent..];
                let dash = body.starts_with("- ");
                if indent > col {
                    if dash {
                        return self.seq(n, indent);
                    }
                    if key_of(body).is_some() {
                        return self.map(n, indent);
                    }
                    return None;
                }
                if indent == col && dash {
                    return self.seq(n, indent);
                }
            }
            self.count()?;
            return Some((
                Node {
                    value: Value::Null,
                    line,
                },
                next,
            ));
        }
        self.count()?;
        let first = text.as_bytes()[0];
        let node = match first {
            b'|' => return self.literal(i, text, col),
            b'\'' => {
                let body = &text[1..];
                let mut end = 0;
                let mut doubled = false;
                loop {
                    let at = end + body[end..].find('\'')?;
                    if body.as_bytes().get(at + 1) == Some(&b'\'') {
                        doubled = true;
                        end = at + 2;
                    } else {
                        end = at;
                        break;
                    }
                }
                if !rest_is_blank(&body[end + 1..]) {
                    return None;
                }
                let inner = &body[..end];
                let text = if doubled {
                    Cow::Owned(inner.replace("''", "'"))
                } else {
                    Cow::Borrowed(inner)
                };
                Node {
                    value: Value::Scalar {
                        text,
                        plain: false,
                        double: false,
                    },
                    line,
                }
            }
            b'"' => {
                let body = &text[1..];
                let end = body.find(['"', '\\'])?;
                if body.as_bytes()[end] != b'"' || !rest_is_blank(&body[end + 1..]) {
                    return None;
                }
                Node {
                    value: Value::Scalar {
                        text: Cow::Borrowed(&body[..end]),
                        plain: false,
                        double: true,
                    },
                    line,
                }
            }
            b'[' => {
                let body = &text[1..];
                let end = body.find(']')?;
                if !rest_is_blank(&body[end + 1..]) {
                    return None;
                }
                let inner = &body[..end];
                let mut items = Vec::new();
                if !inner.trim_matches(' ').is_empty() {
                    for item in inner.split(',') {
                        let item = item.trim_matches(' ');
                        let bytes = item.as_bytes();
                        if bytes.is_empty()
                            || indicator(bytes[0])
                            || bytes
                                .iter()
                                .any(|b| matches!(b, b'[' | b'{' | b'}' | b'#' | b':' | b'"'))
                        {
                            return None;
                        }
                        self.count()?;
                        items.push(plain_node(item, line));
                    }
                }
                Node {
                    value: Value::Seq(items),
                    line,
                }
            }
            b'{' => {
                let body = &text[1..];
                let end = body.find('}')?;
                if !body[..end].trim_matches(' ').is_empty() || !rest_is_blank(&body[end + 1..]) {
                    return None;
                }
                Node {
                    value: Value::Map(Vec::new()),
                    line,
                }
            }
            c if indicator(c) => return None,
            _ => {
                // A comment begins at ` #`; a `: ` or a final `:` before
                // it would make the line a mapping.
                let bytes = text.as_bytes();
                let mut end = bytes.len();
                for (at, &b) in bytes.iter().enumerate() {
                    if b == b'#' && at > 0 && bytes[at - 1] == b' ' {
                        end = at - 1;
                        break;
                    }
                    if b == b':' && matches!(bytes.get(at + 1), None | Some(b' ')) {
                        return None;
                    }
                }
                plain_node(text[..end].trim_end_matches(' '), line)
            }
        };
        Some((node, self.next_content(i + 1)))
    }

    /// A literal block scalar (`|` or `|-`) whose header is `header` on line
    /// `i`, inside a node at column `col`: its lines are those indented
    /// more than `col`, at the indentation of the first that is not empty.
    fn literal(
        &mut self,
        i: usize,
        header: &'a str,
        col: usize,
    ) -> Option<(Node<'a>, Option<usize>)> {
        let strip = match header.as_bytes().get(1) {
            Some(b'-') => true,
            None | Some(b' ') => false,
            _ => return None,
        };
        let after = if strip { &header[2..] } else { &header[1..] };
        if !rest_is_blank(after) || i + 1 >= self.lines.len() {
            return None;
        }
        // Leading lines of nothing but spaces, then the first that holds text.
        let mut first = i + 1;
        let mut widest = 0;
        while first < self.lines.len() && self.lines[first].bytes().all(|b| b == b' ') {
            widest = widest.max(self.lines[first].len());
            first += 1;
        }
        // granit_parser places the scalar where its first line with text
        // is (or the line that ends an empty one).
        if first >= self.lines.len() {
            return None;
        }
        let line = first + 1;
        let empty = Node {
            value: Value::Scalar {
                text: Cow::Borrowed(""),
                plain: false,
                double: false,
            },
            line,
        };
        if self.indent(first) <= col {
            if widest > col {
                return None;
            }
            return Some((empty, self.next_content(first)));
        }
        let m = self.indent(first);
        if widest > m {
            return None;
        }
        let mut kept: Vec<&'a str> = Vec::new();
        let mut at = i + 1;
        let mut last = i + 1;
        while at < self.lines.len() {
            let l = self.lines[at];
            if l.bytes().all(|b| b == b' ') {
                if l.len() > m {
                    return None;
                }
                kept.push("");
            } else if self.indent(at) >= m {
                kept.push(&l[m..]);
                last = at;
            } else {
                break;
            }
            at += 1;
        }
        let content = &kept[..=last - (i + 1)];
        let text = if content.len() == 1 && strip {
            Cow::Borrowed(content[0])
        } else {
            let mut s = content.join("\n");
            if !strip {
                s.push('\n');
            }
            Cow::Owned(s)
        };
        Some((
            Node {
                value: Value::Scalar {
                    text,
                    plain: false,
                    double: false,
                },
                line,
            },
            self.next_content(last + 1),
        ))
    }
}

fn has_duplicate(entries: &[Entry<'_>]) -> bool {
    if entries.len() <= SET_FROM {
        // Compare short fingerprints first, the keys only when they agree.
        let mut seen = [0u64; SET_FROM];
        for (i, e) in entries.iter().enumerate() {
            let print = fingerprint(&e.key);
            if seen[..i]
                .iter()
                .zip(entries)
                .any(|(p, f)| *p == print && f.key == e.key)
            {
                return true;
            }
            seen[i] = print;
        }
        false
    } else {
        let mut seen = HashSet::with_capacity(entries.len());
        !entries.iter().all(|e| seen.insert(&*e.key))
    }
}

/// FNV-1a of a key's bytes.
fn fingerprint(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
