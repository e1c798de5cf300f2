//! What a rule is, as data: the entry each rule file declares (`RULE`), and
//! the lookups the rest of lsk asks of the table `rules/mod.rs` builds
//! from those entries (`RULES`). The hook's policy, the render's refusals,
//! `lsk explain` and the browser's special cases read these fields; nothing
//! else lists rules by hand.

use crate::finding::Severity;
use crate::model::{Lang, Phase};

/// One rule of `lsk check`: its public id (FORMAT.md, "Findings"), what it
/// reports, when, what it stops, where it comes from, and its explanation.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The id in brackets in `lsk check`'s report: a public interface.
    pub id: &'static str,
    /// The severities its findings take, the usual one first.
    pub severities: &'static [Severity],
    /// The phases of a meeting in which it reports.
    pub phases: &'static [Phase],
    /// The pre-commit hook refuses a commit with this finding even when
    /// not strict (a strict hook refuses every error).
    pub stops_commit: bool,
    /// Which documents an error of this rule keeps `lsk render` from making.
    pub stops_render: StopsRender,
    /// On a page of `lsk serve`, the page word shown instead of the
    /// command line's help (which names a command to run), if any.
    pub page_help: Option<&'static str>,
    /// The practice or law it comes from, as in docs/rules.md's `source`
    /// column (000–004: the seed documents; see docs/practices.md).
    pub source: &'static str,
    /// `lsk explain ID`: help/{fi,sv,en}/explain/ID.md, embedded.
    pub explain: Explain,
}

/// Which documents an error of a rule refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopsRender {
    /// The memo (the record, made only from a complete meeting), unless
    /// it is made as a draft: the errors of the after-phase check.
    Memo,
    /// The memo even as a draft: `--draft` would not help.
    MemoEvenDraft,
    /// Every document, draft or not.
    Every,
}

/// A rule's explanation in each language.
#[derive(Debug, Clone, Copy)]
pub struct Explain {
    pub fi: &'static str,
    pub sv: &'static str,
    pub en: &'static str,
}

impl Explain {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => self.fi,
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}

/// Every phase: most rules report in all three.
pub const ALL_PHASES: &[Phase] = Phase::ALL;

/// A rule's entry, with its explanations embedded at build time: a missing
/// help/{fi,sv,en}/explain/ID.md is a build error.
///
/// ```ignore
/// pub const RULE: Rule = rule! {
///     id: "network-size",
///     severities: &[Severity::Warning],
///     phases: ALL_PHASES,
///     stops_commit: false,
///     stops_render: StopsRender::Memo,
///     page_help: None,
///     source: "000",
/// };
/// ```
macro_rules! rule {
    (
        id: $id:literal,
        severities: $severities:expr,
        phases: $phases:expr,
        stops_commit: $stops_commit:expr,
        stops_render: $stops_render:expr,
        page_help: $page_help:expr,
        source: $source:expr $(,)?
    ) => {
        $crate::rules::Rule {
            id: $id,
            severities: $severities,
            phases: $phases,
            stops_commit: $stops_commit,
            stops_render: $stops_render,
            page_help: $page_help,
            source: $source,
            explain: $crate::rules::Explain {
                fi: include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/help/fi/explain/",
                    $id,
                    ".md"
                )),
                sv: include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/help/sv/explain/",
                    $id,
                    ".md"
                )),
                en: include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/help/en/explain/",
                    $id,
                    ".md"
                )),
            },
        }
    };
}
pub(crate) use rule;

/// Whether two ids are the same, at build time: a rule whose id lives in
/// `finding` (because a layer below the rules reports it) checks that its
/// entry spells it the same.
pub const fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether no two entries share an id, at build time.
pub const fn unique(rules: &[Rule]) -> bool {
    let mut i = 0;
    while i < rules.len() {
        let mut j = i + 1;
        while j < rules.len() {
            if same_id(rules[i].id, rules[j].id) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}
