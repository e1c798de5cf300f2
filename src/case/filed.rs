//! A memo filed into the client information system (issue 24): meeting.md
//! records who filed it and when (`filed: {date, by}`), and every change
//! to its content since as a dated correction that keeps the original
//! (`corrections: [{date, by, field, was, why}]`, Act 703/2023). Read
//! here, in the reading layer, so that the rules (`stale-render`), the
//! renderer and the browser all see the same state; made by
//! `crate::filing`.

use jiff::civil::Date;

use super::yaml::Node;

/// meeting.md's key that records the filing.
pub const FILED: &str = "filed";
/// meeting.md's key that lists the corrections made after filing.
pub const CORRECTIONS: &str = "corrections";
/// The folder inside a meeting folder where the archive package is
/// written: one fixed name, whatever the case's language (FORMAT.md).
pub const ARCHIVE_DIR: &str = "archive";

/// The filing as meeting.md records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filed {
    /// `None` when no date that reads is written: the memo still counts
    /// as filed (fail closed), the check names the date.
    pub date: Option<Date>,
    /// Who filed it; empty when not written.
    pub by: String,
    /// The line of `filed`.
    pub line: usize,
}

/// One dated correction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub date: Option<Date>,
    pub by: String,
    /// The top-level field corrected (`summary`).
    pub field: String,
    /// The field's text before the correction.
    pub was: String,
    /// Why it was corrected.
    pub why: String,
}

fn text_of(node: Option<&Node>) -> String {
    node.and_then(|n| n.text().or_else(|| n.get("text").and_then(Node::text)))
        .map(|t| t.trim().to_owned())
        .unwrap_or_default()
}

/// The filing recorded in a frontmatter. Any `filed:` that is not empty
/// counts, even one whose shape does not read (a typing mistake must not
/// unlock a filed record).
pub fn filed(fm: &Node) -> Option<Filed> {
    let entry = fm.entry(FILED)?;
    let node = &entry.value;
    // `filed:` with its keys left empty (as a hand-copied template has
    // them) is no filing; anything written in it is.
    let written = |n: &Node| !n.is_empty();
    let any = written(node)
        && (node.entries().is_empty() || node.entries().iter().any(|e| written(&e.value)));
    if !any {
        return None;
    }
    let date_node = node.get("date").unwrap_or(node);
    Some(Filed {
        date: date_node
            .scalar()
            .and_then(|d| crate::date::parse_date(d.trim())),
        by: text_of(node.get("by")),
        line: entry.key_line,
    })
}

/// The corrections recorded in a frontmatter, in the order written.
pub fn corrections(fm: &Node) -> Vec<Correction> {
    fm.get(CORRECTIONS)
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .map(|item| Correction {
            date: item
                .get("date")
                .and_then(Node::scalar)
                .and_then(|d| crate::date::parse_date(d.trim())),
            by: text_of(item.get("by")),
            field: text_of(item.get("field")),
            was: text_of(item.get("was")),
            why: text_of(item.get("why")),
        })
        .collect()
}

/// The filing recorded in meeting.md's text, when its frontmatter reads;
/// `None` for a memo not filed. A frontmatter that does not read at all is
/// the check's finding (and stops every document), not a filing.
pub fn filed_in_text(text: &str) -> Option<Filed> {
    let fields = super::source::frontmatter(text).ok()?;
    let fm = super::yaml::parse(fields).ok()?;
    filed(&fm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_filing_and_corrections() {
        let text = "---\nkind: school\nfiled:\n  date: 2026-11-24\n  by: Sanna Virtanen\ncorrections:\n  - date: 2026-11-28\n    by: Sanna Virtanen\n    field: summary\n    was: Vanha.\n    why: Väärä päivä.\n---\n";
        let f = filed_in_text(text).unwrap();
        assert_eq!(f.by, "Sanna Virtanen");
        assert_eq!(f.date, Some(jiff::civil::date(2026, 11, 24)));
        let fields = super::super::source::frontmatter(text).unwrap();
        let fm = super::super::yaml::parse(fields).unwrap();
        let c = corrections(&fm);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].was, "Vanha.");
        assert_eq!(c[0].field, "summary");
    }

    #[test]
    fn any_written_filing_counts_and_none_does_not() {
        assert!(filed_in_text("---\nfiled: yes\n---\n").is_some());
        assert!(filed_in_text("---\nfiled:\n---\n").is_none());
        assert!(filed_in_text("---\nfiled:\n  date:\n  by:\n---\n").is_none());
        assert!(filed_in_text("---\nfiled:\n  date:\n  by: S\n---\n").is_some());
        assert!(filed_in_text("---\nkind: school\n---\n").is_none());
    }
}
