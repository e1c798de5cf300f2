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

    pub fn render(&self, color: bool) -> String {
        let cols = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        for (cells, _) in &self.rows {
            for (w, c) in widths.iter_mut().zip(cells) {
                *w = (*w).max(c.width());
            }
        }
        let line = |cells: &[String]| {
            let mut out = String::new();
            for (i, cell) in cells.iter().enumerate().take(cols) {
                out.push_str(cell);
                if i + 1 < cols {
                    out.push_str(&" ".repeat(widths[i] - cell.width() + 2));
                }
            }
            out.trim_end().to_owned()
        };
        let mut out = String::new();
        let head = line(&self.header);
        if color {
            out.push_str(&format!("\x1b[1m{head}\x1b[0m\n"));
        } else {
            out.push_str(&head);
            out.push('\n');
        }
        for (cells, highlight) in &self.rows {
            let text = line(cells);
            if color && *highlight {
                out.push_str(&format!("\x1b[31m{text}\x1b[0m\n"));
            } else {
                out.push_str(&text);
                out.push('\n');
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_display_width() {
        let mut t = Table::new(&["WHO", "WHAT"]);
        t.row(vec!["Mäkelä".into(), "x".into()], false);
        t.row(vec!["Li".into(), "y".into()], true);
        let out = t.render(false);
        assert_eq!(out, "WHO     WHAT\nMäkelä  x\nLi      y\n");
        assert!(t.render(true).contains("\x1b[31m"));
    }
}
