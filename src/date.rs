//! Dates and times as written in case files: `YYYY-MM-DD`, `13:00` or
//! `13.00`, and a birth date that may be only `YYYY` or `YYYY-MM`.

use jiff::civil::{Date, Time};

/// `YYYY-MM-DD`, with a real calendar day.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim();
    let b = t.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&t[0..4])?;
    let month = digits(&t[5..7])?;
    let day = digits(&t[8..10])?;
    Date::new(year as i16, month as i8, day as i8).ok()
}

/// Why a text is not a `YYYY-MM-DD` date, or the date it names when it is
/// one written another way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// A real date, written another way (`10.11.2026`, `2026-1-5`):
    /// write it as this.
    WrittenAs(Date),
    /// The day does not exist in that month: `days` is how many it has.
    NoSuchDay {
        year: i16,
        month: i8,
        days: i8,
    },
    NoSuchMonth {
        month: i64,
    },
    /// Not a date at all.
    Unreadable,
}

/// What a date value that `parse_date` refuses was meant to be:
/// `10.11.2026` (the Finnish and Swedish way: day, month, year; also
/// with `/`), `2026-1-5` or `2026.11.10` (year first), and whether the
/// day it names exists.
pub fn diagnose(text: &str) -> DateProblem {
    let t = text.trim().trim_end_matches('.');
    let parts: Vec<&str> = t.split(['.', '-', '/']).map(str::trim).collect();
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i64>().ok())
            .flatten()
    };
    let [a, b, c] = parts[..] else {
        return DateProblem::Unreadable;
    };
    let (Some(x), Some(y), Some(z)) = (number(a), number(b), number(c)) else {
        return DateProblem::Unreadable;
    };
    // Year first when it has four digits there; otherwise day, month, year.
    let (year, month, day) = if a.len() == 4 {
        (x, y, z)
    } else if c.len() == 4 {
        (z, y, x)
    } else {
        return DateProblem::Unreadable;
    };
    if !(1..=12).contains(&month) {
        return DateProblem::NoSuchMonth { month };
    }
    let (Ok(year), Ok(month)) = (i16::try_from(year), i8::try_from(month)) else {
        return DateProblem::Unreadable;
    };
    let Ok(first) = Date::new(year, month, 1) else {
        return DateProblem::Unreadable;
    };
    let days = first.days_in_month();
    match i8::try_from(day) {
        Ok(d) if (1..=days).contains(&d) => {
            Date::new(year, month, d).map_or(DateProblem::Unreadable, DateProblem::WrittenAs)
        }
        _ => DateProblem::NoSuchDay { year, month, days },
    }
}

/// A date given on the command line (`--date`, `--today`): `YYYY-MM-DD`,
/// or a real date written the Finnish way, `3.2.2027`.
pub fn parse_given(text: &str) -> Option<Date> {
    parse_date(text).or(match diagnose(text) {
        DateProblem::WrittenAs(d) => Some(d),
        _ => None,
    })
}

/// `13:00`, `13.00`, `9.30` or `9:30`. Seconds are not used in meetings.
pub fn parse_time(text: &str) -> Option<Time> {
    let t = text.trim();
    let (h, m) = t.split_once([':', '.'])?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    Time::new(digits(h)? as i8, digits(m)? as i8, 0, 0).ok()
}

/// A birth date given as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial date is
/// taken as the first day of the period it names.
pub fn parse_born(text: &str) -> Option<Date> {
    let t = text.trim();
    match t.len() {
        4 => Date::new(digits(t)? as i16, 1, 1).ok(),
        7 if t.as_bytes()[4] == b'-' => {
            Date::new(digits(&t[0..4])? as i16, digits(&t[5..7])? as i8, 1).ok()
        }
        _ => parse_date(t),
    }
}

/// Whole years of age on `on`.
pub fn age_on(born: Date, on: Date) -> i32 {
    let mut years = i32::from(on.year()) - i32::from(born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    years
}

/// Finland's time zone: from the system's time-zone database, or else the
/// same EU rules written out (EET, EEST from the last Sunday of March at
/// 03:00 to the last Sunday of October at 04:00).
pub fn helsinki() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get("Europe/Helsinki")
        .or_else(|_| jiff::tz::TimeZone::posix("EET-2EEST,M3.5.0/3,M10.5.0/4"))
        .unwrap_or(jiff::tz::TimeZone::UTC)
}

/// A local time at a change of the clocks in Helsinki.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockChange {
    /// The clocks jump over it (spring): the time does not exist that day.
    Skipped,
    /// The clocks go back over it (autumn): the time happens twice.
    Twice,
}

/// Whether `time` on `date` does not exist or happens twice in Helsinki.
pub fn clock_change(date: Date, time: Time) -> Option<ClockChange> {
    use jiff::tz::AmbiguousOffset;
    match helsinki()
        .to_ambiguous_timestamp(date.to_datetime(time))
        .offset()
    {
        AmbiguousOffset::Unambiguous { .. } => None,
        AmbiguousOffset::Gap { .. } => Some(ClockChange::Skipped),
        AmbiguousOffset::Fold { .. } => Some(ClockChange::Twice),
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(parse_date("2026-11-24").is_some());
        assert!(parse_date("2026-02-30").is_none());
        assert!(parse_date("24.11.2026").is_none());
        assert!(parse_date("2026-1-24").is_none());
    }

    #[test]
    fn dates_as_people_write_them() {
        let d = |t| parse_date(t).unwrap();
        assert_eq!(
            diagnose("10.11.2026"),
            DateProblem::WrittenAs(d("2026-11-10"))
        );
        assert_eq!(
            diagnose("3.2.2027."),
            DateProblem::WrittenAs(d("2027-02-03"))
        );
        assert_eq!(
            diagnose("10/11/2026"),
            DateProblem::WrittenAs(d("2026-11-10"))
        );
        assert_eq!(
            diagnose("2026-1-5"),
            DateProblem::WrittenAs(d("2026-01-05"))
        );
        assert_eq!(
            diagnose("2026-11-31"),
            DateProblem::NoSuchDay {
                year: 2026,
                month: 11,
                days: 30
            }
        );
        assert_eq!(
            diagnose("29.2.2027"),
            DateProblem::NoSuchDay {
                year: 2027,
                month: 2,
                days: 28
            }
        );
        assert_eq!(
            diagnose("2026-13-01"),
            DateProblem::NoSuchMonth { month: 13 }
        );
        assert_eq!(diagnose("next week"), DateProblem::Unreadable);
        assert_eq!(diagnose("10.11.26"), DateProblem::Unreadable);
        assert_eq!(parse_given("3.2.2027"), Some(d("2027-02-03")));
        assert_eq!(parse_given("31.2.2027"), None);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("9.30"), Some(Time::constant(9, 30, 0, 0)));
        assert_eq!(parse_time("13:00"), Some(Time::constant(13, 0, 0, 0)));
        assert!(parse_time("25:00").is_none());
        assert!(parse_time("9.3").is_none());
        assert!(parse_time("noon").is_none());
    }

    #[test]
    fn clock_changes_in_helsinki() {
        let d = |s| parse_date(s).unwrap();
        let t = |s| parse_time(s).unwrap();
        // 2027-03-28: 03:00 EET becomes 04:00 EEST.
        assert_eq!(
            clock_change(d("2027-03-28"), t("03:30")),
            Some(ClockChange::Skipped)
        );
        // 2026-10-25: 04:00 EEST becomes 03:00 EET.
        assert_eq!(
            clock_change(d("2026-10-25"), t("03:30")),
            Some(ClockChange::Twice)
        );
        assert_eq!(clock_change(d("2026-10-25"), t("13:00")), None);
        assert_eq!(clock_change(d("2027-03-28"), t("02:59")), None);
    }

    #[test]
    fn ages() {
        let born = parse_born("2021-03").unwrap();
        assert_eq!(age_on(born, parse_date("2024-02-28").unwrap()), 2);
        assert_eq!(age_on(born, parse_date("2024-03-01").unwrap()), 3);
        assert_eq!(
            age_on(
                parse_born("2015").unwrap(),
                parse_date("2026-11-24").unwrap()
            ),
            11
        );
    }
}
