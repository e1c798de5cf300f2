//! `identity-code`: a valid personal identity code in meeting.md, lsk.yaml,
//! a folder's name or a rendered document. The detector is `hetu.rs`; the
//! scan runs where a file is read (`case/`, `render`, the hook), below this
//! layer: so its id lives in `finding::IDENTITY_CODE`, and its entry here.

use super::{ALL_PHASES, Rule, StopsRender, rule};
use crate::finding::{IDENTITY_CODE, Severity};

pub const RULE: Rule = rule! {
    id: "identity-code",
    severities: &[Severity::Error],
    phases: ALL_PHASES,
    // A code is never committed or written into a document (DOMAIN.md).
    stops_commit: true,
    stops_render: StopsRender::Every,
    page_help: None,
    source: "DOMAIN.md",
};
const _: () = assert!(super::table::same_id(RULE.id, IDENTITY_CODE));
