//! Where each key, value and list item of the frontmatter is, from the
//! same event parser lsk's reader uses; the styles lsk does not edit.

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, StructureStyle};

use super::{EditError, EditErrorKind, Style, err, whole};

/// A file split into lines, each with its own line ending.
pub(super) struct Doc<'a> {
    pub(super) bom: bool,
    /// (text, line ending): `\n`, `\r\n`, `\r`, or "" for a last line without one.
    pub(super) lines: Vec<(&'a str, &'a str)>,
    /// Index of the closing `---` (or `...`) line.
    pub(super) close: usize,
    /// The line ending new lines get: the opening line's.
    pub(super) nl: &'static str,
}

impl<'a> Doc<'a> {
    pub(super) fn split(source: &'a str) -> Result<Doc<'a>, EditError> {
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
    pub(super) fn yaml(&self) -> String {
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
pub(super) struct Pos {
    pub(super) line: usize,
    pub(super) col: usize,
}

/// A node of the frontmatter with where it is written.
#[derive(Debug)]
pub(super) struct Loc {
    pub(super) start: Pos,
    pub(super) end: Pos,
    pub(super) kind: K,
    /// A style inside this node itself (not its children) lsk does not edit.
    pub(super) odd: Option<Style>,
}

#[derive(Debug)]
pub(super) enum K {
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

pub(super) enum Open {
    Seq(Pos, bool, Option<Style>, Vec<Loc>),
    Map(Pos, bool, Option<Style>, Vec<(Loc, Loc)>, Option<Loc>),
}

/// The frontmatter's nodes with their positions, from the parser's events.
/// The text has been read by `yaml::parse` already, which bounds depth and
/// size; any error here is one the reader did not see, and refuses.
pub(super) fn locate(text: &str) -> Result<Loc, EditError> {
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
pub(super) fn odd_style(loc: &Loc) -> Option<(usize, Style)> {
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
pub(super) fn byte_at(line: &str, col: usize) -> usize {
    line.char_indices().nth(col).map_or(line.len(), |(b, _)| b)
}

pub(super) fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

pub(super) fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::super::FormValue::List;
    use super::super::fixture::*;
    use super::super::*;

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
}
