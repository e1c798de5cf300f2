//! The invitation as an RFC 5545 calendar file: one event in Helsinki time,
//! an ATTENDEE for each invitee with an email address. Only what a calendar
//! needs goes in (kind, time, place, names): calendars sync to services
//! outside the case folder, so no goal, child's name or notes.

use jiff::civil::{Date, Time};

use super::context::kind_label;
use crate::case::yaml::Node;
use crate::model::{Kind, Lang};
use crate::rules::stale::sha256;

pub const END: &str = "END:VCALENDAR";
const ZONE: &str = "Europe/Helsinki";

/// Finland's time-zone rules (EET/EEST, EU summer time), for calendars that
/// do not know the zone by name.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Helsinki",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0300",
    "TZNAME:EEST",
    "DTSTART:19700329T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0300",
    "TZOFFSETTO:+0200",
    "TZNAME:EET",
    "DTSTART:19701025T040000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// TEXT value escaping (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (CN): quoted, without the characters it cannot hold.
fn param(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    format!("\"{clean}\"")
}

/// One content line, folded at 75 octets without splitting a character,
/// ended with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The text as a calendar reads it: folded lines joined again (RFC 5545
/// 3.1), so that nothing split across a fold escapes a scan.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
        .replace("\r\n\t", "")
        .replace("\n ", "")
        .replace("\n\t", "")
}

fn stamp(date: Date, time: Time) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}00",
        date.year(),
        date.month(),
        date.day(),
        time.hour(),
        time.minute()
    )
}

pub struct Event<'a> {
    pub fm: &'a Node<'a>,
    pub lang: Lang,
    pub date: Date,
    pub time: Time,
    pub minutes: u32,
    /// Names the event for ever: the case folder and meeting folder.
    pub uid_seed: &'a str,
}

pub fn calendar(e: &Event) -> String {
    let start = e.date.to_datetime(e.time);
    let end = start
        .checked_add(jiff::Span::new().minutes(i64::from(e.minutes)))
        .unwrap_or(start);
    // DTSTAMP must be UTC; the start in UTC keeps the file the same for the
    // same meeting (no clock reading), so re-rendering changes nothing.
    let utc = start
        .in_tz(ZONE)
        .map(|z| z.with_time_zone(jiff::tz::TimeZone::UTC).datetime())
        .unwrap_or(start);
    let scalar = |k: &str| {
        e.fm.get(k)
            .and_then(Node::text)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let kind = scalar("kind").and_then(Kind::parse);
    let mut out = String::new();
    for l in ["BEGIN:VCALENDAR", "VERSION:2.0"] {
        line(&mut out, l);
    }
    line(
        &mut out,
        &format!(
            "PRODID:-//lsk//lsk {}//{}",
            env!("CARGO_PKG_VERSION"),
            e.lang.as_str().to_uppercase()
        ),
    );
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    for l in VTIMEZONE {
        line(&mut out, l);
    }
    line(&mut out, "BEGIN:VEVENT");
    line(
        &mut out,
        &format!("UID:{}@lsk.invalid", &sha256(e.uid_seed)[..32]),
    );
    line(
        &mut out,
        &format!("DTSTAMP:{}Z", stamp(utc.date(), utc.time())),
    );
    line(
        &mut out,
        &format!("DTSTART;TZID={ZONE}:{}", stamp(start.date(), start.time())),
    );
    line(
        &mut out,
        &format!("DTEND;TZID={ZONE}:{}", stamp(end.date(), end.time())),
    );
    if let Some(kind) = kind {
        line(
            &mut out,
            &format!("SUMMARY:{}", text(kind_label(e.lang, kind))),
        );
    }
    if let Some(place) = scalar("place") {
        line(&mut out, &format!("LOCATION:{}", text(place)));
    }
    let invitees = e.fm.get("invitees").map(Node::items).unwrap_or_default();
    let email_of = |name: &str| {
        invitees
            .iter()
            .find(|i| {
                i.get("name")
                    .and_then(Node::scalar)
                    .is_some_and(|n| crate::rules::same_person(n, name))
            })
            .and_then(|i| i.get("email"))
            .and_then(Node::scalar)
            .map(str::trim)
            .filter(|m| m.contains('@') && !m.contains(char::is_whitespace))
    };
    if let Some(by) = scalar("invited_by")
        && let Some(mail) = email_of(by)
    {
        line(
            &mut out,
            &format!("ORGANIZER;CN={}:mailto:{mail}", param(by)),
        );
    }
    for invitee in invitees {
        let name = invitee
            .get("name")
            .and_then(Node::scalar)
            .map(str::trim)
            .unwrap_or("");
        let mail = invitee
            .get("email")
            .and_then(Node::scalar)
            .map(str::trim)
            .filter(|m| m.contains('@') && !m.contains(char::is_whitespace));
        if let Some(mail) = mail {
            line(
                &mut out,
                &format!(
                    "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{mail}",
                    param(name)
                ),
            );
        }
    }
    line(&mut out, "END:VEVENT");
    line(&mut out, END);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_escapes() {
        let mut out = String::new();
        line(
            &mut out,
            &format!("LOCATION:{}", text(&"Päiväkoti, Kiuru; huone 2 ".repeat(5))),
        );
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
        assert!(out.contains("\\,") && out.contains("\\;"));
        assert_eq!(param("A \"B\" C"), "\"A B C\"");
    }

    #[test]
    fn a_code_split_by_folding_is_found_unfolded() {
        // Put the code across the 75-octet fold.
        let mut out = String::new();
        line(
            &mut out,
            &format!("LOCATION:{}131052-308T", "x ".repeat(30)),
        );
        assert!(out.contains("\r\n "), "folded: {out:?}");
        assert!(crate::hetu::find(&out).is_empty(), "split in the raw text");
        assert_eq!(crate::hetu::find(&unfold(&out)).len(), 1);
    }
}
