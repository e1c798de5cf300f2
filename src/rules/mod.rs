//! The rules behind `lsk check`, one file per rule or family of rules. Each
//! reads a meeting's located frontmatter and pushes findings; none prints.

mod table;

pub(crate) use table::rule;
pub use table::{ALL_PHASES, Explain, Rule, StopsRender};

/// The registry: one line per rule file, in FORMAT.md's order of the rule
/// ids, which is also the order the meeting checks run in. `rule`: the
/// file declares `pub const RULE: Rule` (its table entry); `check`: it has
/// `pub fn check(&Ctx, &mut Sink)`, run on every meeting by `run`.
/// Adding a rule is adding a line here (docs/design.md, "How to add").
macro_rules! registry {
    (@count rule) => { 1 };
    (@count check) => { 0 };
    (@fill rule $m:ident $out:ident $i:ident) => {
        $out[$i] = $m::RULE;
        $i += 1;
    };
    (@fill check $m:ident $out:ident $i:ident) => {};
    (@run rule $m:ident $ctx:ident $sink:ident) => {};
    (@run check $m:ident $ctx:ident $sink:ident) => {
        $m::check($ctx, $sink);
    };
    ($($vis:vis mod $m:ident => $($part:ident),+;)+) => {
        $($vis mod $m;)+

        const COUNT: usize = 0 $($(+ registry!(@count $part))+)+;

        const TABLE: [Rule; COUNT] = {
            let blank = Rule {
                id: "",
                severities: &[],
                phases: &[],
                stops_commit: false,
                stops_render: StopsRender::Memo,
                page_help: None,
                source: "",
                explain: Explain { fi: "", sv: "", en: "" },
            };
            let mut out = [blank; COUNT];
            let mut i = 0;
            $($(registry! { @fill $part $m out i })+)+
            let _ = i;
            out
        };

        /// Run every meeting rule.
        pub fn run(ctx: &Ctx, sink: &mut Sink) {
            $($(registry! { @run $part $m ctx sink })+)+
        }
    };
}

registry! {
    mod parse_error => rule;
    mod unknown_field => rule;
    mod invalid_value => rule;
    pub mod required => rule, check;
    mod persons => rule, check;
    mod network => rule, check;
    mod chair => rule, check;
    pub mod child => rule, check;
    mod informing => rule, check;
    mod actions => rule, check;
    mod follows => check;
    pub mod consent => rule, check;
    mod prose => check;
    pub mod clock => check;
    mod identity_code => rule;
    pub mod stale => rule;
    mod dates => rule, check;
    mod follow_up_invitees => rule, check;
    mod child_wishes_in_plan => rule, check;
    mod contact_details => rule, check;
    mod topic_discussion => rule, check;
}

/// Every rule, in FORMAT.md's order: the one table.
pub const RULES: &[Rule] = &TABLE;
const _: () = assert!(table::unique(RULES), "two rules with one id");

const IDS: [&str; COUNT] = {
    let mut out = [""; COUNT];
    let mut i = 0;
    while i < COUNT {
        out[i] = TABLE[i].id;
        i += 1;
    }
    out
};

/// Every rule id, in FORMAT.md's order.
pub const RULE_IDS: &[&str] = &IDS;

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// Whether the pre-commit hook refuses a commit with a finding of this
/// rule even when it is not strict.
pub fn stops_commit(id: &str) -> bool {
    rule(id).is_some_and(|r| r.stops_commit)
}

/// Which documents an error of this rule keeps `lsk render` from making
/// (an id not in the table: the memo, as every error of its check).
pub fn stops_render(id: &str) -> StopsRender {
    rule(id).map_or(StopsRender::Memo, |r| r.stops_render)
}

/// Whether a finding is one the table declares: its rule, a severity and
/// a phase the rule's entry gives.
pub fn declares(f: &crate::finding::Finding) -> bool {
    rule(f.rule).is_some_and(|r| {
        r.severities.contains(&f.severity) && f.phase.is_none_or(|p| r.phases.contains(&p))
    })
}

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
    /// Today (`--today`, `LSK_TODAY`, or the clock).
    pub today: Date,
    /// The child's age on the meeting's date, when lsk.yaml gives the birth date.
    pub age: Option<i32>,
    /// An acute family group conference (akuuttineuvonpito).
    pub acute: bool,
    pub meeting_dir: &'a Path,
    /// meeting.md's text (BOM removed, LF line endings).
    pub source: &'a str,
    /// What its `follows` leads to (`case::meeting::resolve_follows`),
    /// resolved once for every rule that looks back.
    pub follows: Option<&'a crate::case::meeting::Follows>,
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
