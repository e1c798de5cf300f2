//! A meeting time that the clocks skip or pass twice in Helsinki (the
//! change to and from summer time): a calendar would move it by an hour or
//! pick one of the two, and people would come at different times.

use super::Ctx;
use crate::case::yaml::Node;
use crate::date::{self, ClockChange};
use crate::finding::Msg;
use crate::finding::{INVALID_VALUE, Severity, Sink};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let scalar = |k: &str| ctx.fm.get(k).and_then(Node::scalar);
    let (Some(day), Some(time)) = (
        scalar("date").and_then(date::parse_date),
        scalar("time").and_then(date::parse_time),
    ) else {
        return;
    };
    if let Some(change) = date::clock_change(day, time) {
        sink.push_field(
            INVALID_VALUE,
            Severity::Warning,
            ctx.line_of("time"),
            Some("time".into()),
            Msg::ClockChange {
                date: day.to_string(),
                time: format!("{:02}:{:02}", time.hour(), time.minute()),
                skipped: change == ClockChange::Skipped,
            },
        );
    }
}
