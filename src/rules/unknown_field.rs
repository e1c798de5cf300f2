//! `unknown-field`: a key lsk does not know, with the key probably meant.
//! Reported while a meeting is read against the schema
//! (`case/validate.rs`), below this layer: so its id lives in
//! `finding::UNKNOWN_FIELD`, and its entry here.

use super::{ALL_PHASES, Rule, StopsRender, rule};
use crate::finding::{Severity, UNKNOWN_FIELD};

pub const RULE: Rule = rule! {
    id: "unknown-field",
    severities: &[Severity::Error],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "FORMAT.md",
};
const _: () = assert!(super::table::same_id(RULE.id, UNKNOWN_FIELD));
