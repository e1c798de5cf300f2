//! The consent record (`memo_consent`) as data: who consented (invitees by
//! name, `given_by`), when (`date`), for which recipients (`recipients`,
//! read by `recipient::Recipients::consent`), and a withdrawal
//! (`withdrawn: {date, by}`) after which no further copy is made. The old
//! shape (`decided_with`, free text) is still read, but never printed: it
//! may name anyone, even someone withheld from a copy's recipient.
//!
//! Guardianship is read from the invitees (`guardian: true`), never from
//! the words of the consent: a copy says "the guardian" only of someone
//! recorded as one (DOMAIN.md, "The record and the law").

use jiff::civil::Date;

use crate::case::yaml::Node;
use crate::text::same_person;

/// One `memo_consent`, read leniently: what cannot be read is left out
/// (its shape is the schema's finding).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Consent {
    /// The names in `given_by`, as written (trimmed), in order.
    pub given_by: Vec<String>,
    /// The line of `given_by` (or of `memo_consent`).
    pub given_by_line: usize,
    /// When consent was given.
    pub date: Option<Date>,
    /// The old free-text `decided_with`, and its line.
    pub decided_with: Option<(String, usize)>,
    pub withdrawn: Option<Withdrawal>,
    /// The line of `memo_consent`.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Withdrawal {
    /// `None` when no date (or none that reads) is written: then consent
    /// counts as withdrawn from the start (fail closed).
    pub date: Option<Date>,
    pub by: Option<String>,
    pub line: usize,
}

/// The people whose consent a record names, sorted for the documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Consenters {
    /// Invitees marked `guardian: true`.
    pub guardians: Vec<String>,
    /// The child (12–17: their own consent for their own information; from
    /// 18 the young person's alone).
    pub child: Option<String>,
    /// Invitees who are neither.
    pub others: Vec<String>,
    /// Names that are no invitee (or one the reader may not see): never
    /// printed in a copy.
    pub unknown: usize,
}

impl Consenters {
    pub fn is_empty(&self) -> bool {
        self.guardians.is_empty() && self.child.is_none() && self.others.is_empty()
    }
}

impl Consent {
    /// `memo_consent` of a frontmatter, when there is one.
    pub fn read(fm: &Node) -> Option<Consent> {
        let entry = fm.entry("memo_consent")?;
        let node = &entry.value;
        let mut out = Consent {
            line: entry.key_line,
            given_by_line: entry.key_line,
            ..Consent::default()
        };
        if let Some(e) = node.entry("given_by") {
            out.given_by_line = e.key_line;
            out.given_by = names(&e.value);
        }
        out.date = node
            .get("date")
            .and_then(Node::scalar)
            .and_then(|d| crate::date::parse_date(d.trim()));
        out.decided_with = node.entry("decided_with").and_then(|e| {
            e.value
                .text()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| (t.to_owned(), e.key_line))
        });
        out.withdrawn = node.entry("withdrawn").and_then(|e| {
            if e.value.is_empty() {
                return None;
            }
            // `withdrawn: 2026-12-01` is read as the date alone.
            let date_node = e.value.get("date").unwrap_or(&e.value);
            Some(Withdrawal {
                date: date_node
                    .scalar()
                    .and_then(|d| crate::date::parse_date(d.trim())),
                by: e
                    .value
                    .get("by")
                    .and_then(Node::scalar)
                    .map(|b| b.trim().to_owned())
                    .filter(|b| !b.is_empty()),
                line: e.key_line,
            })
        });
        Some(out)
    }

    /// Whether consent has been withdrawn on or before `today`: from the
    /// day of the withdrawal no copy is made (a withdrawal without a date
    /// that reads stops every copy).
    pub fn withdrawn_by(&self, today: Date) -> bool {
        self.withdrawn
            .as_ref()
            .is_some_and(|w| w.date.is_none_or(|d| d <= today))
    }

    /// Who consented, sorted by what the record establishes about them.
    /// `invitees` are the invitee records the reader may see; `child` the
    /// child's name from lsk.yaml. With the old `decided_with`, only the
    /// invitees it names (by whole name, or first name as a word) count,
    /// and nothing else of its text.
    pub fn consenters(&self, invitees: &[Node], child: Option<&str>) -> Consenters {
        let mut out = Consenters::default();
        let name_of = |i: &Node| {
            i.get("name")
                .and_then(Node::scalar)
                .map(|n| n.trim().to_owned())
        };
        // (name as the invitee list writes it, the invitee's record)
        let mut named: Vec<(String, Option<&Node>)> = Vec::new();
        if self.given_by.is_empty() {
            if let Some((text, _)) = &self.decided_with {
                for i in invitees {
                    if let Some(name) = name_of(i).filter(|n| names_person(text, n)) {
                        named.push((name, Some(i)));
                    }
                }
                if let Some(c) = child.filter(|c| names_person(text, c)) {
                    named.push((c.to_owned(), None));
                }
            }
        } else {
            for name in &self.given_by {
                let invitee = invitees
                    .iter()
                    .find(|i| name_of(i).is_some_and(|n| same_person(&n, name)));
                let shown = invitee.and_then(name_of).unwrap_or_else(|| name.clone());
                named.push((shown, invitee));
            }
        }
        for (name, invitee) in named {
            let guardian =
                invitee.and_then(|i| i.get("guardian")).and_then(Node::bool) == Some(true);
            let list = if guardian {
                &mut out.guardians
            } else if child.is_some_and(|c| same_person(c, &name)) {
                out.child.get_or_insert(name);
                continue;
            } else if invitee.is_some() {
                &mut out.others
            } else {
                out.unknown += 1;
                continue;
            };
            if !list.iter().any(|n| same_person(n, &name)) {
                list.push(name);
            }
        }
        out
    }
}

/// The names of `given_by`: a list, or one name written without brackets.
fn names(node: &Node) -> Vec<String> {
    let mut out: Vec<String> = match node.scalar() {
        Some(one) => vec![one.trim().to_owned()],
        None => node
            .items()
            .iter()
            .filter_map(Node::scalar)
            .map(|n| n.trim().to_owned())
            .collect(),
    };
    out.retain(|n| !n.is_empty());
    out
}

/// Whether a `decided_with` text names the person `name`: the whole name,
/// or the first name as a word ("Marja ja Jukka Korpela" names both).
pub fn names_person(text: &str, name: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let text = words(text);
    let name = words(name);
    let Some(first) = name.first() else {
        return false;
    };
    text.windows(name.len()).any(|w| w == name.as_slice()) || text.contains(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fm(text: &str) -> Node<'static> {
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        crate::case::yaml::parse(text).expect("yaml")
    }

    #[test]
    fn a_consent_names_people_by_full_or_first_name() {
        assert!(names_person("Marja ja Jukka Korpela", "Marja Korpela"));
        assert!(names_person("Marja ja Jukka Korpela", "Jukka Korpela"));
        assert!(names_person("sari salminen ja Mikael", "Sari Salminen"));
        assert!(names_person("Hanna Lindroos ja Eetu", "Eetu"));
        assert!(!names_person("Uncle Lee", "Pat Parent"));
        assert!(!names_person("Patrick", "Pat Parent"));
        assert!(!names_person("anything", ""));
    }

    #[test]
    fn the_record_is_read_with_its_withdrawal() {
        let fm = fm(
            "invitees:\n  - {name: Karin Nyström, role: parent, guardian: true}\n  - {name: Ola, role: relative}\nmemo_consent:\n  given_by: [karin  nyström, Ola, Stranger]\n  date: 2026-11-10\n  recipients: [daycare]\n  withdrawn: {date: 2026-12-01, by: Karin Nyström}\n",
        );
        let c = Consent::read(&fm).expect("consent");
        assert_eq!(c.given_by.len(), 3);
        assert_eq!(c.date, Some(jiff::civil::date(2026, 11, 10)));
        assert!(!c.withdrawn_by(jiff::civil::date(2026, 11, 30)));
        assert!(c.withdrawn_by(jiff::civil::date(2026, 12, 1)));
        let who = c.consenters(fm.get("invitees").unwrap().items(), Some("Robin"));
        assert_eq!(who.guardians, vec!["Karin Nyström".to_owned()]);
        assert_eq!(who.others, vec!["Ola".to_owned()]);
        assert_eq!(who.unknown, 1);
    }

    #[test]
    fn a_withdrawal_without_a_date_stops_every_copy() {
        let fm = fm("memo_consent:\n  given_by: Pat\n  withdrawn: {by: Pat}\n");
        let c = Consent::read(&fm).expect("consent");
        assert_eq!(c.given_by, vec!["Pat".to_owned()]);
        assert!(c.withdrawn_by(jiff::civil::date(2000, 1, 1)));
    }

    #[test]
    fn the_old_text_counts_only_the_guardians_it_names() {
        let fm = fm(
            "invitees:\n  - {name: Pat Parent, role: parent, guardian: true}\n  - {name: Secret Person, role: relative}\nmemo_consent:\n  decided_with: Pat and Secret Person\n",
        );
        let c = Consent::read(&fm).expect("consent");
        let who = c.consenters(fm.get("invitees").unwrap().items(), None);
        assert_eq!(who.guardians, vec!["Pat Parent".to_owned()]);
        // The old text is matched against invitees, and a non-guardian it
        // names is counted as one of the others (still only by the
        // invitee's own name, never the text).
        assert_eq!(who.others, vec!["Secret Person".to_owned()]);
    }
}
