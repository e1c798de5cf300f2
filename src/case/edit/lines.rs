//! The line buffer edits go into: lines set, deleted or inserted before a
//! line, never moved, written out with the file's own line endings and
//! byte-order mark.

use std::collections::BTreeMap;

use super::locate::{Doc, byte_at};

/// The edits to a file's lines: changed lines, deleted lines, and lines
/// inserted before a line. Lines are never moved, so what is not edited
/// stays where and as it was.
pub(super) struct Editor<'a> {
    pub(super) doc: &'a Doc<'a>,
    pub(super) changed: BTreeMap<usize, Option<String>>,
    /// Lines inserted before a line, each group with the depth of what
    /// it holds: at one place, deeper groups (the end of the value above)
    /// come before shallower ones (a new sibling).
    pub(super) before: BTreeMap<usize, Vec<(usize, Vec<String>)>>,
}

impl<'a> Editor<'a> {
    pub(super) fn new(doc: &'a Doc<'a>) -> Self {
        Editor {
            doc,
            changed: BTreeMap::new(),
            before: BTreeMap::new(),
        }
    }

    /// Line `i` as edited so far ("" when deleted or past the end).
    pub(super) fn get(&self, i: usize) -> &str {
        match self.changed.get(&i) {
            Some(Some(s)) => s,
            Some(None) => "",
            None => self.doc.lines.get(i).map_or("", |(l, _)| l),
        }
    }

    /// The original line `i`.
    pub(super) fn orig(&self, i: usize) -> &'a str {
        self.doc.lines.get(i).map_or("", |(l, _)| l)
    }

    pub(super) fn set(&mut self, i: usize, text: String) {
        self.changed.insert(i, Some(text));
    }

    pub(super) fn delete(&mut self, from: usize, to: usize) {
        for i in from..=to {
            self.changed.insert(i, None);
        }
    }

    pub(super) fn insert(&mut self, at: usize, depth: usize, lines: Vec<String>) {
        if !lines.is_empty() {
            self.before.entry(at).or_default().push((depth, lines));
        }
    }

    pub(super) fn finish(self) -> String {
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
    pub(super) fn inline(
        &mut self,
        a: usize,
        from: usize,
        to: usize,
        new: &str,
        tail: Option<&str>,
    ) {
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
}

#[cfg(test)]
mod tests {
    use super::super::fixture::*;
    use super::super::*;

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
}
