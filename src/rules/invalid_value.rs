//! `invalid-value`: a value of the wrong kind. Reported while a meeting is
//! read against the schema (`case/validate.rs`, below this layer: so its
//! id lives in `finding::INVALID_VALUE`), and by the checks `follows.rs`,
//! `prose.rs`, `clock.rs` (a warning) and `consent.rs`.

use super::{ALL_PHASES, Rule, StopsRender, rule};
use crate::finding::{INVALID_VALUE, Severity};

pub const RULE: Rule = rule! {
    id: "invalid-value",
    severities: &[Severity::Error, Severity::Warning],
    phases: ALL_PHASES,
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "FORMAT.md",
};
const _: () = assert!(super::table::same_id(RULE.id, INVALID_VALUE));
