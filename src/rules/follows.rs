//! `follows` names an earlier meeting of the same case: a follow-up starts
//! from the previous meeting's memo (000), so the link must lead somewhere.

use super::Ctx;
use crate::case::MEETING_FILE;
use crate::finding::Expected;
use crate::finding::Msg;
use crate::finding::{INVALID_VALUE, Severity, Sink};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let Some(node) = ctx.fm.get("follows") else {
        return;
    };
    let Some(name) = node.scalar().map(str::trim).filter(|n| !n.is_empty()) else {
        return;
    };
    let plain_name = !name.contains(['/', '\\']) && name != "." && name != "..";
    let exists = plain_name
        && ctx
            .meeting_dir
            .parent()
            .is_some_and(|meetings| meetings.join(name).join(MEETING_FILE).is_file());
    if !exists {
        sink.push_field(
            INVALID_VALUE,
            Severity::Error,
            node.line,
            Some("follows".into()),
            Msg::InvalidValue {
                field: "follows".into(),
                expected: Expected::Meeting,
                found: name.chars().take(60).collect(),
            },
        );
    }
}
