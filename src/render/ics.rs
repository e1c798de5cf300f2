//! The invitation as an RFC 5545 calendar file: one event in Helsinki time,
//! an ATTENDEE for each invitee with an email address; an iTIP REQUEST
//! (RFC 5546) when there is an organizer's address to answer to. Only what a calendar
//! needs goes in (kind, time, place, names): calendars sync to services
//! outside the case folder, so no goal, child's name or notes.

use jiff::civil::{Date, Time};
// Kept here for code written before `text`.
pub use crate::text::unfold;

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

/// A UTC date-time as iCalendar writes it: `20261122T101500Z`.
fn utc_stamp(at: jiff::Timestamp) -> String {
    let dt = at.to_zoned(jiff::tz::TimeZone::UTC).datetime();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

/// An e-mail address that can stand in a `mailto:` URI of a content line:
/// one `@`, no spaces, controls, quotes or the characters that separate
/// parameters and values. Anything else is not used.
pub fn address(text: &str) -> Option<&str> {
    let t = text.trim();
    let t = t.strip_prefix("mailto:").unwrap_or(t);
    let ok = t.matches('@').count() == 1
        && !t.starts_with('@')
        && !t.ends_with('@')
        && t.chars()
            .all(|c| !c.is_control() && !c.is_whitespace() && !"\"(),:;<>[\\]".contains(c));
    ok.then_some(t)
}

/// `contact.email` in the case's lsk.yaml, if it is set: the address the
/// responsible worker is reached at (FORMAT.md). Read here on its own so
/// that a calendar does not depend on the rest of lsk.yaml.
pub fn case_contact(root: &std::path::Path) -> Option<String> {
    let text = crate::case::read_case_file(root).ok()?;
    let node = crate::case::yaml::parse(&text).ok()?;
    let mail = node.get("contact")?.get("email")?.scalar()?;
    address(mail).map(str::to_owned)
}

pub struct Event<'a> {
    /// The invitation's view: every participant's.
    pub view: &'a crate::view::View<'a>,
    pub lang: Lang,
    pub date: Date,
    pub time: Time,
    pub minutes: u32,
    /// lsk.yaml's `contact.email` and the responsible worker: the
    /// organizer when the inviter has no address among the invitees.
    pub contact: Option<(&'a str, &'a str)>,
    /// When the file is made (DTSTAMP).
    pub stamp: jiff::Timestamp,
    /// The invitation.ics this one replaces, as read (LF line endings).
    pub previous: Option<&'a str>,
}

/// A calendar file, without its render marker.
pub struct Calendar {
    pub text: String,
    /// The event's SEQUENCE: 0 for the first file, one more each time the
    /// event changes; kept in the render marker.
    pub sequence: u32,
    /// Whether the file names an ORGANIZER, so that it is an invitation
    /// (METHOD:REQUEST) the invitees can answer.
    pub organizer: bool,
}

/// What an earlier invitation.ics says: its UID, DTSTAMP, SEQUENCE and
/// the event's other lines, to tell whether the event changed.
struct Previous {
    uid: Option<String>,
    dtstamp: Option<String>,
    sequence: u32,
    content: Vec<String>,
}

/// The lines of an event that say what it is: all but UID, DTSTAMP and
/// SEQUENCE, which say which version of it this is.
fn is_version_line(l: &str) -> bool {
    ["UID:", "DTSTAMP:", "SEQUENCE:"]
        .iter()
        .any(|p| l.starts_with(p))
}

fn read_previous(text: &str) -> Previous {
    let unfolded = unfold(text);
    let lines: Vec<&str> = unfolded.lines().map(|l| l.trim_end_matches('\r')).collect();
    let value = |prefix: &str| {
        lines
            .iter()
            .find_map(|l| l.strip_prefix(prefix))
            .map(str::to_owned)
    };
    let marker = crate::rules::stale::find_marker(text);
    let sequence = marker
        .as_ref()
        .and_then(|m| m.sequence)
        .or_else(|| value("SEQUENCE:").and_then(|s| s.trim().parse().ok()))
        .unwrap_or(0);
    // The event's UID as lsk's marker keeps it, and only if the file says
    // the same: an invitation made before UIDs were random (a hash of the
    // folder names, which a list of names undoes) has none there, and
    // gets a new random UID.
    let uid = marker
        .and_then(|m| m.uid)
        .filter(|u| value("UID:").is_some_and(|v| v.trim() == u));
    let method = lines.iter().find(|l| l.starts_with("METHOD:"));
    let content = method
        .into_iter()
        .chain(
            lines
                .iter()
                .skip_while(|l| **l != "BEGIN:VEVENT")
                .skip(1)
                .take_while(|l| **l != "END:VEVENT")
                .filter(|l| !is_version_line(l)),
        )
        .map(|l| (*l).to_owned())
        .collect();
    Previous {
        uid,
        dtstamp: value("DTSTAMP:").filter(|s| !s.trim().is_empty()),
        sequence,
        content,
    }
}

/// A new event's UID: 128 random bits from the operating system, nothing
/// derived from the case (a hash of the folder names, as lsk once made,
/// gives the child's name back to anyone with a list of names). Were the
/// operating system's source to fail, the time to the nanosecond, the
/// process and a hash of them stand in: still nothing of the case.
fn new_uid() -> String {
    let mut bytes = [0u8; 16];
    let hex = match getrandom::fill(&mut bytes) {
        Ok(()) => bytes.iter().map(|b| format!("{b:02x}")).collect::<String>(),
        Err(_) => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let local = 0u8;
            sha256(&format!(
                "{now} {} {:p}",
                std::process::id(),
                std::ptr::addr_of!(local)
            ))[..32]
                .to_owned()
        }
    };
    format!("{hex}@lsk.invalid")
}

pub fn calendar(e: &Event) -> Calendar {
    let start = e.date.to_datetime(e.time);
    let end = start
        .checked_add(jiff::Span::new().minutes(i64::from(e.minutes)))
        .unwrap_or(start);
    let scalar = |k: &str| {
        e.view
            .fm()
            .get(k)
            .and_then(Node::text)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let kind = scalar("kind").and_then(Kind::parse);
    let invitees = e
        .view
        .fm()
        .get("invitees")
        .map(Node::items)
        .unwrap_or_default();
    let name_of = |i: &Node| {
        i.get("name")
            .and_then(Node::scalar)
            .map(str::trim)
            .unwrap_or("")
            .to_owned()
    };
    fn mail_of<'n>(i: &'n Node<'n>) -> Option<&'n str> {
        i.get("email").and_then(Node::scalar).and_then(address)
    }
    // The organizer is who invites: the inviter's own address among the
    // invitees, or else the case's contact address (the responsible
    // worker's, from lsk.yaml), the mailbox the file is sent from.
    let inviter = e
        .view
        .fm()
        .get("invited_by")
        .and_then(Node::text)
        .and_then(|by| {
            invitees
                .iter()
                .find(|i| {
                    i.get("name")
                        .and_then(Node::scalar)
                        .is_some_and(|n| crate::text::same_person(n, by))
                })
                .and_then(|i| mail_of(i).map(|m| (by.to_owned(), m.to_owned())))
        });
    let organizer = inviter.or_else(|| {
        e.contact
            .and_then(|(name, mail)| address(mail).map(|m| (name.to_owned(), m.to_owned())))
    });

    // The event's own lines, without its version (UID, DTSTAMP, SEQUENCE).
    let mut content = Vec::new();
    if organizer.is_some() {
        content.push("METHOD:REQUEST".to_owned());
    }
    content.push(format!(
        "DTSTART;TZID={ZONE}:{}",
        stamp(start.date(), start.time())
    ));
    content.push(format!(
        "DTEND;TZID={ZONE}:{}",
        stamp(end.date(), end.time())
    ));
    let summary = match kind {
        Some(kind) => kind_label(e.lang, kind),
        None => crate::i18n::words(e.lang).meeting,
    };
    content.push(format!("SUMMARY:{}", text(summary)));
    if let Some(place) = scalar("place") {
        content.push(format!("LOCATION:{}", text(place)));
    }
    let mut listed: Vec<String> = Vec::new();
    if let Some((name, mail)) = &organizer {
        content.push(format!("ORGANIZER;CN={}:mailto:{mail}", param(name)));
        // The organizer takes part and needs no question.
        content.push(format!(
            "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{mail}",
            param(name)
        ));
        listed.push(mail.to_lowercase());
    }
    for invitee in invitees {
        let Some(mail) = mail_of(invitee) else {
            continue;
        };
        if listed.contains(&mail.to_lowercase()) {
            continue;
        }
        listed.push(mail.to_lowercase());
        // Asked to answer only in an invitation with an organizer to
        // answer to (RFC 5546: REQUEST); without one, the file is a plain
        // calendar entry and names the invitees.
        let rsvp = if organizer.is_some() {
            ";RSVP=TRUE"
        } else {
            ""
        };
        content.push(format!(
            "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION{rsvp}:mailto:{mail}",
            param(&name_of(invitee))
        ));
    }

    // An update supersedes the earlier file: same UID; the SEQUENCE grows
    // when the event changed, and DTSTAMP says when this version was made.
    // A new UID starts the event anew: nothing of a file whose UID is
    // not kept carries over.
    let previous = e.previous.map(read_previous).filter(|p| p.uid.is_some());
    let uid = previous
        .as_ref()
        .and_then(|p| p.uid.clone())
        .unwrap_or_else(new_uid);
    let (sequence, dtstamp) = match &previous {
        Some(p) if p.content == content => (
            p.sequence,
            p.dtstamp.clone().unwrap_or_else(|| utc_stamp(e.stamp)),
        ),
        Some(p) => (p.sequence.saturating_add(1), utc_stamp(e.stamp)),
        None => (0, utc_stamp(e.stamp)),
    };

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
    let (method, event) = match content.split_first() {
        Some((m, rest)) if m.starts_with("METHOD:") => (Some(m), rest),
        _ => (None, content.as_slice()),
    };
    if let Some(m) = method {
        line(&mut out, m);
    }
    for l in VTIMEZONE {
        line(&mut out, l);
    }
    line(&mut out, "BEGIN:VEVENT");
    line(&mut out, &format!("UID:{uid}"));
    line(&mut out, &format!("DTSTAMP:{dtstamp}"));
    line(&mut out, &format!("SEQUENCE:{sequence}"));
    for l in event {
        line(&mut out, l);
    }
    line(&mut out, "END:VEVENT");
    line(&mut out, END);
    Calendar {
        text: out,
        sequence,
        organizer: organizer.is_some(),
    }
}

/// Where the render marker goes: among the calendar's own properties,
/// before its first component (RFC 5545: `calprops` come first).
pub const MARKER_BEFORE: &str = "BEGIN:VTIMEZONE\r\n";

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
        // Put the code across the 75-octet fold, between its digits (a
        // fold beside the dash reads as a line break there, which the
        // detector reads through).
        let mut out = String::new();
        line(
            &mut out,
            &format!("LOCATION:{} 131052-308T", "x ".repeat(30)),
        );
        assert!(out.contains("\r\n "), "folded: {out:?}");
        assert!(crate::hetu::find(&out).is_empty(), "split in the raw text");
        assert_eq!(crate::hetu::find(&unfold(&out)).len(), 1);
    }
}
