//! `follows` names an earlier meeting of the same case: a follow-up starts
//! from the previous meeting's memo (000), so the link must lead somewhere.

use super::Ctx;
use crate::case::meeting::Lookup;
use crate::finding::Expected;
use crate::finding::Msg;
use crate::finding::{INVALID_VALUE, Severity, Sink};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    // The one way a `follows` is resolved: a plain folder name of a
    // meeting beside this one, inside the case.
    let Some(follows) = ctx.follows else {
        return;
    };
    if !matches!(follows.lookup, Lookup::Found(_)) {
        sink.push_field(
            INVALID_VALUE,
            Severity::Error,
            follows.line,
            Some("follows".into()),
            Msg::InvalidValue {
                field: "follows".into(),
                expected: Expected::Meeting,
                found: follows.name.chars().take(60).collect(),
            },
        );
    }
}
