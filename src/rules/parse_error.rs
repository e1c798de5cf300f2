//! `parse-error`: a file lsk cannot read (not UTF-8, no or unclosed
//! frontmatter, broken YAML, a duplicate key, a tab in indentation, a
//! merge left half done, too deep or too large). Reported where a file is
//! read (`case/`, `check`, `render`, the hook), below this layer: so its
//! id lives in `finding::PARSE_ERROR`, and its entry here.

use super::{ALL_PHASES, Rule, StopsRender, rule};
use crate::finding::{PARSE_ERROR, Severity};

pub const RULE: Rule = rule! {
    id: "parse-error",
    severities: &[Severity::Error],
    phases: ALL_PHASES,
    // What cannot be read cannot be checked: nothing is committed or
    // written from it.
    stops_commit: true,
    stops_render: StopsRender::Every,
    page_help: None,
    source: "—",
};
const _: () = assert!(super::table::same_id(RULE.id, PARSE_ERROR));
