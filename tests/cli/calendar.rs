//! The invitation's calendar file read by real iCalendar software: the
//! `icalendar` crate's parser, and libical's iTIP restriction check (RFC
//! 5546) through a small C helper (tests/helpers/itip.c, Debian's
//! libical-dev). `.ci/run` installs libical-dev and sets LSK_REQUIRE_TOOLS,
//! so that a missing libical fails instead of skipping.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use icalendar::Component;

use crate::common::*;

const DIR: &str = "meetings/2026-11-30-daycare";
const ICS: &str = "meetings/2026-11-30-daycare/invitation.ics";

/// A daycare meeting on 2026-11-30 (after TODAY): the inviter, Sam Worker,
/// has no email; Pat Parent and Dana Carer have.
fn meeting() -> String {
    let text = edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-30");
    let text = edit(
        &text,
        "    role: parent\n",
        "    role: parent\n    email: pat.parent@example.invalid\n",
    );
    edit(
        &text,
        "    role: daycare\n",
        "    role: daycare\n    email: dana.carer@example.invalid\n",
    )
}

fn case_with_contact(email: Option<&str>) -> Env {
    let env = Env::new();
    let mut yaml = case_yaml("2021-03", "en");
    if let Some(mail) = email {
        yaml.push_str(&format!(
            "contact:\n  phone: 09 123 4567\n  email: {mail}\n"
        ));
    }
    env.write("lsk.yaml", &yaml);
    env
}

/// `lsk ARGS` with extra environment variables.
fn lsk_with(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> Run {
    env.cmd(args).vars(vars).run()
}

fn render_ics(env: &Env, vars: &[(&str, &str)]) -> String {
    let run = lsk_with(env, vars, &["render", "invitation", DIR, "--ics"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    env.read(ICS)
}

fn parse(ics: &str) -> icalendar::Calendar {
    ics.parse::<icalendar::Calendar>()
        .unwrap_or_else(|e| panic!("icalendar cannot read the file: {e}\n{ics}"))
}

fn event(cal: &icalendar::Calendar) -> &icalendar::Event {
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), 1, "one event");
    events[0]
}

/// libical's iTIP check, built once from tests/helpers/itip.c; `None` when
/// libical-dev or a C compiler is not installed (then LSK_REQUIRE_TOOLS
/// makes it a failure).
fn itip_helper() -> Option<&'static Path> {
    static HELPER: OnceLock<Option<PathBuf>> = OnceLock::new();
    HELPER
        .get_or_init(|| {
            let flags = std::process::Command::new("pkg-config")
                .args(["--cflags", "--libs", "libical"])
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
            flags.and_then(|flags| {
                let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
                    .join(format!("lsk-itip-{}", std::process::id()));
                let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/helpers/itip.c");
                let ok = std::process::Command::new("cc")
                    .arg(&src)
                    .arg("-o")
                    .arg(&out)
                    .args(flags.split_whitespace())
                    .status()
                    .is_ok_and(|s| s.success());
                ok.then_some(out)
            })
        })
        .as_deref()
        .or_else(|| {
            // Every test that wanted the check says it was skipped.
            skip("libical-dev (pkg-config libical) or cc");
            None
        })
}

/// libical reads the file and its iTIP check passes.
fn assert_itip_clean(env: &Env) {
    let Some(helper) = itip_helper() else { return };
    let out = std::process::Command::new(helper)
        .arg(env.join(ICS))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "libical's iTIP check failed:\n{}{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        env.read(ICS)
    );
}

fn param<'a>(p: &'a icalendar::Property, name: &str) -> Option<&'a str> {
    p.params().get(name).map(|v| v.value())
}

#[test]
fn an_invitation_with_an_organizer_is_an_itip_request() {
    let env = case_with_contact(Some("sam.worker@example.invalid"));
    env.meeting("2026-11-30-daycare", &meeting());
    let ics = render_ics(&env, &[]);
    assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
    assert_itip_clean(&env);

    let cal = parse(&ics);
    assert_eq!(cal.property_value("METHOD"), Some("REQUEST"));
    let ev = event(&cal);
    // The inviter has no email among the invitees: lsk.yaml's contact
    // address is the organizer, with the responsible worker's name.
    let organizer = &ev.properties()["ORGANIZER"];
    assert_eq!(organizer.value(), "mailto:sam.worker@example.invalid");
    assert_eq!(param(organizer, "CN"), Some("Sam Worker"));
    let attendees = &ev.multi_properties()["ATTENDEE"];
    assert_eq!(attendees.len(), 3, "the organizer and two invitees");
    for a in attendees {
        if a.value() == "mailto:sam.worker@example.invalid" {
            assert_eq!(param(a, "PARTSTAT"), Some("ACCEPTED"));
            assert_eq!(param(a, "RSVP"), None);
        } else {
            assert_eq!(param(a, "RSVP"), Some("TRUE"), "{a:?}");
            assert_eq!(param(a, "PARTSTAT"), Some("NEEDS-ACTION"));
        }
    }
    assert_eq!(ev.get_sequence(), Some(0));
    assert_eq!(
        ev.get_summary(),
        Some("Meeting of the family, daycare and child welfare")
    );
    // DTSTAMP is when the file was made: --today / LSK_TODAY, midnight UTC.
    assert_eq!(
        ev.get_timestamp().map(|t| t.to_rfc3339()),
        Some("2026-11-22T00:00:00+00:00".into())
    );
    match ev.get_start() {
        Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::WithTimezone {
            date_time,
            tzid,
        })) => {
            assert_eq!(tzid, "Europe/Helsinki");
            assert_eq!(date_time.to_string(), "2026-11-30 13:00:00");
        }
        other => panic!("start {other:?}"),
    }
    // The render marker is a property of the calendar itself, before its
    // components, and keeps the event's SEQUENCE
    let unfolded = icalendar::parser::unfold(&ics);
    let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
    let marker = parsed
        .properties
        .iter()
        .find(|p| p.name == "X-LSK-RENDER")
        .expect("X-LSK-RENDER among the calendar's properties");
    // (and the event's UID, on a folded line of its own)
    assert!(marker.val.as_str().contains(" seq=0 uid="), "{marker:?}");
    let at = ics.find("X-LSK-RENDER").unwrap();
    assert!(at < ics.find("BEGIN:VTIMEZONE").unwrap());
    assert!(at < ics.find("BEGIN:VEVENT").unwrap());
}

#[test]
fn the_inviters_own_address_comes_first() {
    let env = case_with_contact(Some("team@example.invalid"));
    let text = edit(
        &meeting(),
        "    organisation: Child welfare\n",
        "    organisation: Child welfare\n    email: sam.w@example.invalid\n",
    );
    env.meeting("2026-11-30-daycare", &text);
    let cal = parse(&render_ics(&env, &[]));
    let ev = event(&cal);
    assert_eq!(
        ev.properties()["ORGANIZER"].value(),
        "mailto:sam.w@example.invalid"
    );
    assert_eq!(ev.multi_properties()["ATTENDEE"].len(), 3);
    assert_itip_clean(&env);
}

#[test]
fn without_an_organizer_it_is_a_plain_calendar_entry() {
    let env = case_with_contact(None);
    env.meeting("2026-11-30-daycare", &meeting());
    let run = lsk_with(&env, &[], &["render", "invitation", DIR, "--ics"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("no organizer"), "{}", run.stderr);
    let ics = env.read(ICS);
    let cal = parse(&ics);
    assert_eq!(cal.property_value("METHOD"), None, "not an iTIP message");
    let ev = event(&cal);
    assert!(!ev.properties().contains_key("ORGANIZER"));
    let attendees = &ev.multi_properties()["ATTENDEE"];
    assert_eq!(attendees.len(), 2);
    assert!(attendees.iter().all(|a| param(a, "RSVP").is_none()));
    assert_itip_clean(&env);
}

#[test]
fn an_update_supersedes_the_earlier_file() {
    let env = case_with_contact(Some("sam.worker@example.invalid"));
    env.meeting("2026-11-30-daycare", &meeting());
    let first = render_ics(&env, &[]);
    let first_ev = event(&parse(&first)).clone();
    // The same meeting renders to the same bytes.
    assert_eq!(render_ics(&env, &[("LSK_TODAY", "2026-11-23")]), first);
    // Notes are not the event: same SEQUENCE, same DTSTAMP.
    env.meeting("2026-11-30-daycare", &format!("{}More notes.\n", meeting()));
    let notes = render_ics(&env, &[("LSK_TODAY", "2026-11-23")]);
    let ev = event(&parse(&notes)).clone();
    assert_eq!(ev.get_sequence(), Some(0));
    assert_eq!(ev.get_timestamp(), first_ev.get_timestamp());
    assert!(!env.check(&[]).has("stale-render"));

    // Moved an hour later and to another room: same UID, SEQUENCE 1, a
    // DTSTAMP of when it was made (SOURCE_DATE_EPOCH: 2026-11-24 10:00 UTC).
    let moved = edit(&meeting(), "time: 13:00", "time: 14:00");
    let moved = edit(&moved, "place: Daycare Centre Lark", "place: Room 2");
    env.meeting("2026-11-30-daycare", &moved);
    let second = render_ics(&env, &[("SOURCE_DATE_EPOCH", "1795514400")]);
    let ev2 = event(&parse(&second)).clone();
    assert_eq!(ev2.get_uid(), first_ev.get_uid());
    assert_eq!(ev2.get_sequence(), Some(1));
    assert_eq!(
        ev2.get_timestamp().map(|t| t.to_rfc3339()),
        Some("2026-11-24T10:00:00+00:00".into())
    );
    assert!(second.contains("seq=1"));
    assert_itip_clean(&env);

    // Moved earlier: the SEQUENCE still grows, DTSTAMP does not go back.
    let earlier = edit(&moved, "time: 14:00", "time: 09:00");
    env.meeting("2026-11-30-daycare", &earlier);
    let third = render_ics(&env, &[("LSK_TODAY", "2026-11-25")]);
    let ev3 = event(&parse(&third)).clone();
    assert_eq!(ev3.get_sequence(), Some(2));
    assert!(ev3.get_timestamp() > ev2.get_timestamp());

    // The folder renamed to the new date: the UID comes from the file.
    std::fs::rename(env.join(DIR), env.join("meetings/2026-12-01-daycare")).unwrap();
    let later = edit(&earlier, "date: 2026-11-30", "date: 2026-12-01");
    env.meeting("2026-12-01-daycare", &later);
    let run = lsk_with(
        &env,
        &[],
        &[
            "render",
            "invitation",
            "meetings/2026-12-01-daycare",
            "--ics",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let renamed = env.read("meetings/2026-12-01-daycare/invitation.ics");
    let ev4 = event(&parse(&renamed)).clone();
    assert_eq!(ev4.get_uid(), first_ev.get_uid());
    assert_eq!(ev4.get_sequence(), Some(3));
}

#[test]
fn times_the_clocks_skip_or_pass_twice_are_warned_about() {
    for (date, time, says) in [
        ("2027-03-28", "03:30", "does not exist"),
        ("2026-10-25", "03:30", "happens twice"),
    ] {
        let env = case_with_contact(None);
        let text = edit(&meeting(), "date: 2026-11-30", &format!("date: {date}"));
        let text = edit(&text, "time: 13:00", &format!("time: {time}"));
        env.meeting("2026-11-30-daycare", &text);
        let run = env.check(&[]);
        let f = run
            .find("invalid-value", "time")
            .unwrap_or_else(|| panic!("no warning for {date} {time}: {}", run.stdout));
        assert_eq!(f["severity"], "warning");
        assert!(f["message"].as_str().unwrap().contains(says), "{f}");
        // Rendering the calendar shows the same warning.
        let run = lsk_with(&env, &[], &["render", "invitation", DIR, "--ics"]);
        assert_eq!(run.code, 0);
        assert!(run.stderr.contains(says), "{}", run.stderr);
    }
    let env = case_with_contact(None);
    env.meeting("2026-11-30-daycare", &meeting());
    assert!(env.check(&[]).find("invalid-value", "time").is_none());
}

fn uid_of(ics: &str) -> String {
    event(&parse(ics)).get_uid().unwrap().to_owned()
}

#[test]
fn the_uid_is_random_and_kept_in_the_marker() {
    // Two children's cases with the same folder names: nothing in the UID
    // comes from the names, so a list of names cannot give it back.
    let a = case_with_contact(None);
    a.meeting("2026-11-30-daycare", &meeting());
    let b = case_with_contact(None);
    b.meeting("2026-11-30-daycare", &meeting());
    let (ua, ub) = (uid_of(&render_ics(&a, &[])), uid_of(&render_ics(&b, &[])));
    assert_ne!(ua, ub);
    for ics in [&a, &b].map(|env| env.read(ICS)) {
        let uid = uid_of(&ics);
        let hex = uid.strip_suffix("@lsk.invalid").expect(&uid);
        assert_eq!(hex.len(), 32, "{uid}");
        assert!(hex.bytes().all(|c| c.is_ascii_hexdigit()), "{uid}");
        // Not the hash of any path of the meeting folder, as before.
        let mut seeds = vec![
            "meetings/2026-11-30-daycare".to_owned(),
            "2026-11-30-daycare".to_owned(),
        ];
        for env in [&a, &b] {
            let case = env.path().canonicalize().unwrap();
            let name = case.file_name().unwrap().to_string_lossy().into_owned();
            seeds.push(format!("{name}/meetings/2026-11-30-daycare"));
            seeds.push(case.join(DIR).to_string_lossy().into_owned());
        }
        for seed in seeds {
            let digest = <sha2::Sha256 as sha2::Digest>::digest(seed.as_bytes());
            let hashed: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            assert!(!hashed.starts_with(hex), "{seed}");
        }
        // lsk's marker keeps it with the SEQUENCE; no line over 75 octets.
        let unfolded = ics.replace("\r\n ", "");
        let marker = unfolded
            .lines()
            .find(|l| l.starts_with("X-LSK-RENDER:"))
            .unwrap();
        assert!(marker.contains(&format!("seq=0 uid={uid}")), "{marker}");
        assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
    }
    // A re-render of a changed meeting updates the same event.
    let moved = edit(&meeting(), "time: 13:00", "time: 14:00");
    a.meeting("2026-11-30-daycare", &moved);
    let again = render_ics(&a, &[]);
    assert_eq!(uid_of(&again), ua);
    assert_eq!(event(&parse(&again)).get_sequence(), Some(1));
    assert!(!a.check(&[]).has("stale-render"), "{}", a.check(&[]).stdout);

    // An invitation made before (its UID a hash of the folder names, no
    // UID in its marker) gets a new random UID, as a new event.
    let old = again
        .replace(&ua, "0123456789abcdef0123456789abcdef@lsk.invalid")
        .replace("\r\n  uid=0123456789abcdef0123456789abcdef@lsk.invalid", "");
    std::fs::write(a.join(ICS), &old).unwrap();
    let run = lsk_with(&a, &[], &["render", "invitation", DIR, "--ics", "--force"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let renewed = a.read(ICS);
    let uid = uid_of(&renewed);
    assert!(!uid.starts_with("0123456789abcdef"), "{renewed}");
    assert_ne!(uid, ua);
    assert_eq!(event(&parse(&renewed)).get_sequence(), Some(0));
}
