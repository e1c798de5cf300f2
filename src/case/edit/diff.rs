//! The structural diff: the old and the new value of a key walked
//! together, each change made at the smallest unit that changed (a
//! scalar on its line, a list item, a record's key).

use super::align::{Step, align};
use super::emit::{double_quoted, render_entry, render_item, scalar_for, scalar_line};
use super::lines::Editor;
use super::locate::{K, Loc, byte_at, is_blank, is_comment, odd_style};
use super::value::{blank, same, text_of, value_of};
use super::{EditError, EditErrorKind, FormValue, Style, err, style};
use crate::case::yaml::{self, Node, Value};
use crate::schema;
use serde_saphyr::granit_parser::ScalarStyle;

/// Whether a value is, or holds, a block text ending in blank lines (`|+`).
fn holds_kept_blank(loc: &Loc) -> bool {
    match &loc.kind {
        K::Scalar { keeps_blank, .. } => *keeps_blank,
        K::Seq { items, .. } => items.iter().any(holds_kept_blank),
        K::Map { entries, .. } => entries.iter().any(|(_, v)| holds_kept_blank(v)),
        _ => false,
    }
}

impl<'a> Editor<'a> {
    /// The last line (index) that belongs to a node's value.
    pub(super) fn last_line(&self, loc: &Loc) -> usize {
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
    pub(super) fn after_colon(&self, path: &str, k: &Loc) -> Result<usize, EditError> {
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
    pub(super) fn edit_entry(
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
    pub(super) fn edit_value(
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
        // A text kept with its blank lines at the end (`|+`) would take in
        // the blank lines that come to follow it when what is after it
        // goes: in a value being edited it is written anew, read the same,
        // the blank lines inside its quotes (the writer keeps no blank
        // lines at a block's end).
        if same(&value_of(node), new) && !holds_kept_blank(v) {
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
    pub(super) fn replace(
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
    pub(super) fn diff_map(
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
    pub(super) fn diff_seq(
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
                    if holds_kept_blank(&items[o]) {
                        let here = format!("{path}.{}", o + 1);
                        let same = old_values[o].clone();
                        self.edit_item(&here, seq_col, dash_lines[o], &items[o], &old[o], &same)?;
                    }
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
    pub(super) fn dash_of(&self, path: &str, item: &Loc) -> Result<(usize, usize), EditError> {
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
    pub(super) fn edit_item(
        &mut self,
        path: &str,
        seq_col: usize,
        dash: usize,
        item: &Loc,
        node: &Node<'_>,
        new: &FormValue,
    ) -> Result<(), EditError> {
        if same(&value_of(node), new) && !holds_kept_blank(item) {
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
    pub(super) fn top_level_place(&self, key: &str, root: &Node<'_>, located: &Loc) -> usize {
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
pub(super) fn depth(path: &str) -> usize {
    path.matches('.').count()
}

#[cfg(test)]
mod tests {
    use super::super::FormValue::{Empty, List, Record};
    use super::super::fixture::*;
    use super::super::*;

    /// A text kept with blank lines at its end (`|+`), then an item or a
    /// key after it removed: the blank line that came to follow it is not
    /// taken into the text.
    #[test]
    fn a_text_ending_in_blank_lines_keeps_its_value_when_what_follows_goes() {
        for (src, key, value) in [
            (
                "---\nkind:\n  - |+\n    a\n\n    b\n\n  -\n\n# date: note\ndate:\n---\n",
                "kind",
                List(vec![text("a\n\nb\n\n")]),
            ),
            (
                "---\ntime:\n  - name: |+ # c\n      !\n\n  - role:\n    by: Aa\n\nplace:\n---\n",
                "time",
                List(vec![rec(&[("name", text("!\n\n"))])]),
            ),
            (
                "---\ntime:\n  - name: |+\n      !\n\n    role: x\n\nplace:\n---\n",
                "time",
                List(vec![rec(&[("name", text("!\n\n"))])]),
            ),
        ] {
            let out =
                set_fields(src, &[(key, value.clone())]).unwrap_or_else(|e| panic!("{e:?}\n{src}"));
            let back = form_values(&out).unwrap();
            let got = back.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
            assert!(same(&got.unwrap(), &value), "{src}\n=>\n{out}");
        }
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
}
