//! The rules behind `lsk check`, one file per rule or family of rules. Each
//! reads a meeting's located frontmatter and pushes findings; none prints.

mod actions;
mod chair;
pub mod child;
pub mod clock;
pub mod consent;
mod follows;
mod informing;
mod network;
mod persons;
mod prose;
pub mod required;
pub mod stale;

use std::path::Path;
// Kept here for code written before `text`.
pub use crate::text::{person_key, same_person};

use jiff::civil::Date;

use crate::case::Case;
use crate::case::yaml::Node;
use crate::finding::Sink;
use crate::model::{Attendance, Kind, Phase};

/// What every rule needs to know about the meeting being checked.
pub struct Ctx<'a> {
    pub case: &'a Case,
    /// The frontmatter: a mapping, or `Null` when it is empty.
    pub fm: &'a Node<'a>,
    pub kind: Option<Kind>,
    pub phase: Phase,
    /// The meeting's date, or today when it has none yet.
    pub date: Date,
    /// The child's age on the meeting's date, when lsk.yaml gives the birth date.
    pub age: Option<i32>,
    /// An acute family group conference (akuuttineuvonpito).
    pub acute: bool,
    pub meeting_dir: &'a Path,
    /// meeting.md's text (BOM removed, LF line endings).
    pub source: &'a str,
}

impl Ctx<'_> {
    /// The invitee entries, as mappings.
    pub fn invitees(&self) -> impl Iterator<Item = &Node<'_>> {
        self.fm
            .get("invitees")
            .map(Node::items)
            .unwrap_or_default()
            .iter()
    }

    pub fn invitee(&self, name: &str) -> Option<&Node<'_>> {
        self.invitees().find(|i| {
            i.get("name")
                .and_then(Node::scalar)
                .is_some_and(|n| same_person(n, name))
        })
    }

    pub fn child_present(&self) -> bool {
        matches!(
            self.fm
                .get("child_attends")
                .and_then(crate::case::validate::attendance),
            Some(Attendance::Yes | Attendance::Partly)
        )
    }

    /// The line of a top-level key, or the frontmatter's opening line.
    pub fn line_of(&self, key: &str) -> usize {
        self.fm.entry(key).map_or(1, |e| e.key_line)
    }
}

/// Run every meeting rule.
pub fn run(ctx: &Ctx, sink: &mut Sink) {
    required::check(ctx, sink);
    persons::check(ctx, sink);
    network::check(ctx, sink);
    chair::check(ctx, sink);
    child::check(ctx, sink);
    informing::check(ctx, sink);
    actions::check(ctx, sink);
    follows::check(ctx, sink);
    consent::check(ctx, sink);
    prose::check(ctx, sink);
    clock::check(ctx, sink);
}

/// Rules about the documents rendered beside meeting.md: each reports on
/// the document's own file, so it takes the meeting's context and returns
/// findings for other files.
/// `docs`: the folder's documents, read once (`stale::documents`).
pub fn run_on_documents(
    ctx: &Ctx,
    docs: &[stale::Document],
    files: &[String],
    nested: &[String],
    sink: &mut Sink,
) {
    for doc in docs {
        let mut doc_sink = Sink::new(doc.path.clone(), sink.phase, sink.lang);
        // A calendar is read unfolded: a code split by a fold is one.
        if doc.name.ends_with(".ics") {
            crate::case::identity_codes(&crate::text::unfold(&doc.text), &mut doc_sink);
        } else {
            crate::case::identity_codes(&doc.text, &mut doc_sink);
        }
        // A document left half-merged by git must not be sent as it is.
        if let Some(line) = crate::case::merge_conflict_line(&doc.text) {
            doc_sink.error(
                crate::finding::PARSE_ERROR,
                line,
                crate::finding::Msg::MergeConflict,
            );
        }
        stale::check(ctx, doc, &mut doc_sink);
        sink.findings.append(&mut doc_sink.findings);
    }
    let all: Vec<String> = files.iter().chain(nested).cloned().collect();
    consent::check_documents(ctx, &all, &mut sink.findings);
}
