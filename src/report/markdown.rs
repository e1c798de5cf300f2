//! The help texts (Markdown under help/) for a terminal: tables as aligned
//! text that fits the width, long lines wrapped with list items'
//! continuation indented under their text. Headings, lists, checkboxes and
//! `code` read well as they are and are kept; code blocks are kept whole.

use unicode_width::UnicodeWidthStr;

use super::table::Table;
use super::term;

/// `markdown` laid out for a terminal `width` columns wide.
pub fn for_terminal(markdown: &str, width: usize) -> String {
    let mut out = String::new();
    let mut lines = markdown.lines().peekable();
    let mut in_code = false;
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code || line.trim_start().starts_with("```") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if is_row(line) {
            let mut rows = vec![cells(line)];
            while let Some(next) = lines.peek().copied().filter(|l| is_row(l)) {
                lines.next();
                if !is_rule(next) {
                    rows.push(cells(next));
                }
            }
            out.push_str(&table(&rows, width));
            continue;
        }
        if line.width() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        // A list item's continuation goes under its text.
        let lead = line.len() - line.trim_start().len();
        let body = &line[lead..];
        let marker = ["- [ ] ", "- [x] ", "- ", "* "]
            .iter()
            .find(|m| body.starts_with(*m))
            .map_or(0, |m| m.len());
        let indent = lead + marker;
        out.push_str(&" ".repeat(lead));
        out.push_str(&term::wrap(body, width, lead, indent));
        out.push('\n');
    }
    out
}

fn is_row(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// `|---|:---:|`: the line under a table's header.
fn is_rule(line: &str) -> bool {
    line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_owned()).collect()
}

fn table(rows: &[Vec<String>], width: usize) -> String {
    let Some((header, body)) = rows.split_first() else {
        return String::new();
    };
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut t = Table::new(&header);
    for row in body {
        t.row(row.clone(), false);
    }
    // A blank line between rows: a row of wrapped cells reads as one.
    let text = t.render_width(false, width);
    let mut out = String::new();
    let mut lines = text.lines();
    if let Some(head) = lines.next() {
        out.push_str(head);
        out.push('\n');
        out.push_str(&"-".repeat(head.width().min(width)));
        out.push('\n');
    }
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_become_aligned_text() {
        let md = "# Title\n\n| who | what |\n|---|---|\n| child welfare | arranges the joint meetings and chairs them; meets the child in the daycare group |\n| family | brings its views |\n\n- [ ] `goal`: why we meet\n";
        let out = for_terminal(md, 60);
        assert!(!out.contains('|'), "{out}");
        assert!(out.contains("# Title"));
        assert!(out.contains("- [ ] `goal`: why we meet"));
        for line in out.lines() {
            assert!(line.width() <= 60, "{line}");
        }
        assert!(out.contains("child welfare"), "{out}");
    }
}
