//! Dates, times and durations as people write them in each language:
//! "ti 24.11.2026 klo 13.00", "tis 24.11.2026 kl. 13.00",
//! "Tue 24 Nov 2026, 13:00".

use jiff::civil::{Date, Time, Weekday};

use crate::model::Lang;

fn weekday(lang: Lang, day: Weekday) -> &'static str {
    let i = day.to_monday_zero_offset() as usize;
    match lang {
        Lang::Fi => ["ma", "ti", "ke", "to", "pe", "la", "su"][i],
        Lang::Sv => ["mån", "tis", "ons", "tors", "fre", "lör", "sön"][i],
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date without the weekday: "24.11.2026" or "24 Nov 2026".
pub fn date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", d.day(), d.month(), d.year()),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            MONTHS_EN[d.month() as usize - 1],
            d.year()
        ),
    }
}

/// A date with its weekday: "ti 24.11.2026".
pub fn day(lang: Lang, d: Date) -> String {
    format!("{} {}", weekday(lang, d.weekday()), date(lang, d))
}

/// "8.30", "13.00", "8:30": the hour as people write it, without a zero.
pub fn time(lang: Lang, t: Time) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{:02}", t.hour(), t.minute()),
        Lang::En => format!("{}:{:02}", t.hour(), t.minute()),
    }
}

/// Date with the start and end time: "ti 24.11.2026 klo 13.00–14.30".
pub fn when_until(lang: Lang, d: Date, t: Time, minutes: u32) -> String {
    // A meeting that would run past midnight is shown with its start only.
    match t.checked_add(jiff::SignedDuration::from_mins(i64::from(minutes))) {
        Ok(end) if end > t => format!("{}–{}", when(lang, d, Some(t)), time(lang, end)),
        _ => when(lang, d, Some(t)),
    }
}

/// Date and start time: "ti 24.11.2026 klo 13.00".
pub fn when(lang: Lang, d: Date, t: Option<Time>) -> String {
    let Some(t) = t else { return day(lang, d) };
    match lang {
        Lang::Fi => format!("{} klo {}", day(lang, d), time(lang, t)),
        Lang::Sv => format!("{} kl. {}", day(lang, d), time(lang, t)),
        Lang::En => format!("{}, {}", day(lang, d), time(lang, t)),
    }
}

/// Minutes as hours and minutes: "1 h 30 min", "1 tim 30 min".
pub fn duration(lang: Lang, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let hours = match lang {
        Lang::Sv => "tim",
        Lang::Fi | Lang::En => "h",
    };
    match (h, m) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} {hours}"),
        (h, m) => format!("{h} {hours} {m} min"),
    }
}

/// Minutes in words, for running text: "tunti", "puolitoista tuntia",
/// "kaksi ja puoli tuntia", "en timme", "two hours", "1 tunti ja 20
/// minuuttia" (numbers in words up to ten hours, by the half hour).
pub fn duration_words(lang: Lang, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    const FI: [&str; 11] = [
        "",
        "yksi",
        "kaksi",
        "kolme",
        "neljä",
        "viisi",
        "kuusi",
        "seitsemän",
        "kahdeksan",
        "yhdeksän",
        "kymmenen",
    ];
    const SV: [&str; 11] = [
        "", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
    ];
    const EN: [&str; 11] = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let i = h as usize;
    if (1..=10).contains(&h) && (m == 0 || m == 30) {
        return match (lang, h, m) {
            (Lang::Fi, 1, 0) => "tunti".into(),
            (Lang::Fi, 1, 30) => "puolitoista tuntia".into(),
            (Lang::Fi, _, 0) => format!("{} tuntia", FI[i]),
            (Lang::Fi, _, _) => format!("{} ja puoli tuntia", FI[i]),
            (Lang::Sv, 1, 0) => "en timme".into(),
            (Lang::Sv, 1, 30) => "en och en halv timme".into(),
            (Lang::Sv, _, 0) => format!("{} timmar", SV[i]),
            (Lang::Sv, _, _) => format!("{} och en halv timme", SV[i]),
            (Lang::En, 1, 0) => "an hour".into(),
            (Lang::En, 1, 30) => "an hour and a half".into(),
            (Lang::En, _, 0) => format!("{} hours", EN[i]),
            (Lang::En, _, _) => format!("{} and a half hours", EN[i]),
        };
    }
    let word = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let (hours, mins, and) = match lang {
        Lang::Fi => (
            word(h, "tunti", "tuntia"),
            word(m, "minuutti", "minuuttia"),
            "ja",
        ),
        Lang::Sv => (
            word(h, "timme", "timmar"),
            word(m, "minut", "minuter"),
            "och",
        ),
        Lang::En => (
            word(h, "hour", "hours"),
            word(m, "minute", "minutes"),
            "and",
        ),
    };
    match (h, m) {
        (0, _) => mins,
        (_, 0) => hours,
        _ => format!("{hours} {and} {mins}"),
    }
}

/// A month's name as it stands before the year, in the nominative
/// ("toukokuu" of "toukokuu 2022").
pub(crate) fn month_nominative(lang: Lang, month: i8) -> &'static str {
    const FI: [&str; 12] = [
        "tammikuu",
        "helmikuu",
        "maaliskuu",
        "huhtikuu",
        "toukokuu",
        "kesäkuu",
        "heinäkuu",
        "elokuu",
        "syyskuu",
        "lokakuu",
        "marraskuu",
        "joulukuu",
    ];
    const SV: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = usize::try_from(month - 1).unwrap_or(0).min(11);
    match lang {
        Lang::Fi => FI[i],
        Lang::Sv => SV[i],
        Lang::En => EN[i],
    }
}

/// A day in words, as a letter to a child says it: "maanantaina 12.
/// tammikuuta", "måndagen den 12 januari", "on Monday 12 January"; with
/// the year when it is not `year` (the letter's own).
pub fn day_in_words(lang: Lang, d: Date, year: i16) -> String {
    const FI_DAYS: [&str; 7] = [
        "maanantaina",
        "tiistaina",
        "keskiviikkona",
        "torstaina",
        "perjantaina",
        "lauantaina",
        "sunnuntaina",
    ];
    const SV_DAYS: [&str; 7] = [
        "måndagen",
        "tisdagen",
        "onsdagen",
        "torsdagen",
        "fredagen",
        "lördagen",
        "söndagen",
    ];
    const EN_DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let i = d.weekday().to_monday_zero_offset() as usize;
    let month = month_nominative(lang, d.month());
    let day = d.day();
    let text = match lang {
        // The month in the partitive: "tammikuu" → "tammikuuta".
        Lang::Fi => format!("{} {day}. {month}ta", FI_DAYS[i]),
        Lang::Sv => format!("{} den {day} {month}", SV_DAYS[i]),
        Lang::En => format!("on {} {day} {month}", EN_DAYS[i]),
    };
    if d.year() == year {
        text
    } else {
        format!("{text} {}", d.year())
    }
}

/// A month of a year, as a birth month is shown: "toukokuu 2022",
/// "maj 2022", "May 2022".
pub fn month_year(lang: Lang, year: i16, month: i8) -> String {
    format!("{} {year}", month_nominative(lang, month))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_people_write_them() {
        let d = Date::constant(2026, 11, 24);
        let t = Some(Time::constant(13, 0, 0, 0));
        assert_eq!(when(Lang::Fi, d, t), "ti 24.11.2026 klo 13.00");
        assert_eq!(when(Lang::Sv, d, t), "tis 24.11.2026 kl. 13.00");
        assert_eq!(when(Lang::En, d, t), "Tue 24 Nov 2026, 13:00");
        assert_eq!(duration(Lang::Fi, 90), "1 h 30 min");
        let early = Time::constant(8, 30, 0, 0);
        assert_eq!(when(Lang::Fi, d, Some(early)), "ti 24.11.2026 klo 8.30");
        assert_eq!(
            when_until(Lang::Fi, d, early, 90),
            "ti 24.11.2026 klo 8.30–10.00"
        );
        assert_eq!(
            when_until(Lang::En, d, Time::constant(23, 0, 0, 0), 120),
            "Tue 24 Nov 2026, 23:00"
        );
        assert_eq!(duration(Lang::Sv, 240), "4 tim");
        assert_eq!(duration(Lang::En, 45), "45 min");
        assert_eq!(duration_words(Lang::Fi, 90), "puolitoista tuntia");
        assert_eq!(duration_words(Lang::Fi, 60), "tunti");
        assert_eq!(duration_words(Lang::Fi, 150), "kaksi ja puoli tuntia");
        assert_eq!(duration_words(Lang::Fi, 80), "1 tunti ja 20 minuuttia");
        assert_eq!(duration_words(Lang::Sv, 60), "en timme");
        assert_eq!(duration_words(Lang::Sv, 240), "fyra timmar");
        assert_eq!(duration_words(Lang::En, 45), "45 minutes");
        assert_eq!(duration_words(Lang::En, 240), "four hours");
        let jan = Date::constant(2027, 1, 11);
        assert_eq!(
            day_in_words(Lang::Fi, jan, 2027),
            "maanantaina 11. tammikuuta"
        );
        assert_eq!(day_in_words(Lang::Sv, jan, 2027), "måndagen den 11 januari");
        assert_eq!(
            day_in_words(Lang::En, jan, 2026),
            "on Monday 11 January 2027"
        );
    }
}
