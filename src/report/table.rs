//! Aligned tables for a terminal: columns padded by display width (so "ä"
//! and wide characters line up), an optional highlight per row, colour only
//! when asked for. On a terminal (or with `COLUMNS`) a table fits the
//! width, its cells wrapped at spaces, never inside a word, a date or a
//! path; piped into a file or another program it is one line per row.

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

    /// The table for stdout: as wide as the terminal (or `COLUMNS`); not
    /// wrapped when stdout is not a terminal.
    pub fn render(&self, color: bool) -> String {
        let width = super::term::table_width(super::term::Stream::Stdout);
        self.render_width(color, width.unwrap_or(usize::MAX))
    }

    /// The table in at most `width` columns where it can be: the widest
    /// columns are made narrower until it fits, and their cells wrap onto
    /// more lines at spaces. A column is never narrower than its longest
    /// word, so a table of long words may stay wider than `width`.
    pub fn render_width(&self, color: bool, width: usize) -> String {
        let cols = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        let mut least: Vec<usize> = self.header.iter().map(|h| longest_word(h)).collect();
        for (cells, _) in &self.rows {
            for (i, c) in cells.iter().enumerate().take(cols) {
                widths[i] = widths[i].max(c.width());
                least[i] = least[i].max(longest_word(c));
            }
        }
        let gaps = 2 * cols.saturating_sub(1);
        while widths.iter().sum::<usize>().saturating_add(gaps) > width {
            let Some((widest, w)) = widths
                .iter()
                .copied()
                .enumerate()
                .filter(|(i, w)| *w > least[*i].max(MIN_COLUMN))
                .max_by_key(|(_, w)| *w)
            else {
                break;
            };
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

/// The display width of the longest word of `text` (words split at spaces).
fn longest_word(text: &str) -> usize {
    text.split(' ').map(|w| w.width()).max().unwrap_or(0)
}

/// A cell's text in lines of at most `width` columns, broken at spaces. A
/// word is never broken (the column is at least as wide as its longest).
fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
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
        let out = t.render_width(false, 100);
        for line in out.lines() {
            assert!(line.width() <= 100, "{line}");
        }
        assert!(out.contains("(stale)"), "{out}");
        assert!(out.lines().count() > 2);
        // Narrow: words, dates and paths stay whole.
        let narrow = t.render_width(false, 30);
        for word in [
            "2026-11-10",
            "family-group-conference",
            "meetings/2026-11-10-family-group-conference/meeting.md",
        ] {
            assert!(narrow.lines().any(|l| l.contains(word)), "{word}: {narrow}");
        }
        // Unlimited: one line per row.
        assert_eq!(t.render_width(false, usize::MAX).lines().count(), 2);
    }
}
