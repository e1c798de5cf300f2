//! Aligned tables for a terminal: columns padded by display width (so "ä"
//! and wide characters line up), an optional highlight per row, colour only
//! when asked for.

use unicode_width::UnicodeWidthStr;

pub struct Table {
    header: Vec<String>,
    rows: Vec<(Vec<String>, bool)>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    /// A row; `highlight` shows it in red (overdue, errors) when colour is on.
    pub fn row(&mut self, cells: Vec<String>, highlight: bool) {
        let cells = cells
            .into_iter()
            .map(|c| super::printable(&c).into_owned())
            .collect();
        self.rows.push((cells, highlight));
    }

    /// The table for stdout: as wide as the terminal (or `COLUMNS`, or 80).
    pub fn render(&self, color: bool) -> String {
        self.render_width(color, super::term::width(super::term::Stream::Stdout))
    }

    /// The table in at most `width` columns: the widest columns are made
    /// narrower until it fits, and their cells wrap onto more lines (at
    /// spaces, or after `/` and `-` in a path).
    pub fn render_width(&self, color: bool, width: usize) -> String {
        let cols = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        for (cells, _) in &self.rows {
            for (w, c) in widths.iter_mut().zip(cells) {
                *w = (*w).max(c.width());
            }
        }
        let gaps = 2 * cols.saturating_sub(1);
        while widths.iter().sum::<usize>() + gaps > width {
            let Some((widest, w)) = widths.iter().copied().enumerate().max_by_key(|(_, w)| *w)
            else {
                break;
            };
            if w <= MIN_COLUMN {
                break;
            }
            widths[widest] = w - 1;
        }
        let lines = |cells: &[String]| {
            let wrapped: Vec<Vec<String>> = cells
                .iter()
                .take(cols)
                .enumerate()
                .map(|(i, c)| wrap_cell(c, widths[i]))
                .collect();
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
            let mut out = Vec::new();
            for row in 0..height {
                let mut line = String::new();
                for (i, cell) in wrapped.iter().enumerate() {
                    let part = cell.get(row).map_or("", String::as_str);
                    line.push_str(part);
                    if i + 1 < wrapped.len() {
                        line.push_str(&" ".repeat(widths[i].saturating_sub(part.width()) + 2));
                    }
                }
                out.push(line.trim_end().to_owned());
            }
            out
        };
        let mut out = String::new();
        for head in lines(&self.header) {
            if color {
                out.push_str(&format!("\x1b[1m{head}\x1b[0m\n"));
            } else {
                out.push_str(&head);
                out.push('\n');
            }
        }
        for (cells, highlight) in &self.rows {
            for text in lines(cells) {
                if color && *highlight {
                    out.push_str(&format!("\x1b[31m{text}\x1b[0m\n"));
                } else {
                    out.push_str(&text);
                    out.push('\n');
                }
            }
        }
        out
    }
}

/// A column is never made narrower than this.
const MIN_COLUMN: usize = 8;

/// A cell's text in lines of at most `width` columns: broken at spaces,
/// and a word longer than a line after a `/`, `-` or `,` (a path, a
/// folder name), or anywhere when it has none.
fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let mut word = word.to_owned();
        loop {
            let room = if line.is_empty() {
                width
            } else {
                width.saturating_sub(line.width() + 1)
            };
            if word.width() <= room {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word wider than the whole column: break it.
            let mut cut = 0;
            let mut used = 0;
            let mut soft = None;
            for (i, c) in word.char_indices() {
                let w = c.to_string().width();
                if used + w > width {
                    break;
                }
                used += w;
                cut = i + c.len_utf8();
                if matches!(c, '/' | '-' | ',') {
                    soft = Some(cut);
                }
            }
            let at = soft
                .unwrap_or(cut)
                .max(word.chars().next().map_or(1, char::len_utf8));
            lines.push(word[..at].to_owned());
            word = word[at..].to_owned();
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_display_width() {
        let mut t = Table::new(&["WHO", "WHAT"]);
        t.row(vec!["Mäkelä".into(), "x".into()], false);
        t.row(vec!["Li".into(), "y".into()], true);
        let out = t.render_width(false, 80);
        assert_eq!(out, "WHO     WHAT\nMäkelä  x\nLi      y\n");
        assert!(t.render_width(true, 80).contains("\x1b[31m"));
    }

    #[test]
    fn fits_the_width() {
        let mut t = Table::new(&["DATE", "KIND", "DOCUMENTS"]);
        t.row(
            vec![
                "2026-11-10".into(),
                "family-group-conference".into(),
                "meetings/2026-11-10-family-group-conference/meeting.md  agenda.md, memo.md (stale), child-checklist.md, invitation.md".into(),
            ],
            false,
        );
        let out = t.render_width(false, 80);
        for line in out.lines() {
            assert!(line.width() <= 80, "{line}");
        }
        assert!(out.contains("(stale)"), "{out}");
        assert!(out.lines().count() > 2);
    }
}
