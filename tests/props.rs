//! Property tests for the parts with invariants: identity codes, dates,
//! slugs and YAML scalars written by the scaffold.

use lsk::{date, hetu, scaffold};
use proptest::prelude::*;

const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
const SIGNS: &[(char, i32)] = &[
    ('+', 1800),
    ('-', 1900),
    ('Y', 1900),
    ('X', 1900),
    ('W', 1900),
    ('V', 1900),
    ('U', 1900),
    ('A', 2000),
    ('B', 2000),
    ('C', 2000),
    ('D', 2000),
    ('E', 2000),
    ('F', 2000),
];

/// A valid code for a real day, made the way the Digital and Population
/// Data Services Agency defines it.
fn code(day: jiff::civil::Date, sign: char, individual: u32) -> String {
    let (d, m, y) = (day.day(), day.month(), i32::from(day.year()) % 100);
    let nine =
        (u32::from(d as u8) * 10000 + u32::from(m as u8) * 100 + y as u32) * 1000 + individual;
    format!(
        "{d:02}{m:02}{y:02}{sign}{individual:03}{}",
        CHECK[(nine % 31) as usize] as char
    )
}

fn valid_code() -> impl Strategy<Value = String> {
    (0..SIGNS.len(), 0..100i32, 1..=12i8, 1..=31i8, 2..900u32).prop_filter_map(
        "a real day",
        |(s, yy, m, d, n)| {
            let (sign, century) = SIGNS[s];
            let day = jiff::civil::Date::new((century + yy) as i16, m, d).ok()?;
            Some(code(day, sign, n))
        },
    )
}

proptest! {
    #[test]
    fn every_valid_code_is_found_with_its_line(
        code in valid_code(),
        before in "[a-z ]{0,20}",
        lines in 0..5usize,
    ) {
        prop_assert!(hetu::is_valid(code.as_bytes()), "{code}");
        let text = format!("{}{before} {code} ja muuta\n", "rivi\n".repeat(lines));
        let found = hetu::find(&text);
        prop_assert_eq!(found.len(), 1, "{}", text);
        prop_assert_eq!(found[0].0, lines + 1);
    }

    #[test]
    fn a_code_is_found_however_it_is_typed(
        code in valid_code(),
        lower in any::<bool>(),
        dash in 0..6usize,
        hide in 0..6usize,
        at in 1..11usize,
    ) {
        // Autocorrect's dashes for `-`, either case, and an invisible
        // character anywhere inside: still a code.
        let mut text: String = if lower { code.to_lowercase() } else { code.clone() };
        if text.as_bytes()[6] == b'-' {
            let dashes = ["-", "\u{2013}", "\u{2011}", "\u{2212}", "\u{2010}", "\u{FF0D}"];
            text.replace_range(6..7, dashes[dash]);
        }
        let invisible = ["", "\u{200B}", "\u{AD}", "\u{2060}", "\u{FEFF}", "\u{200E}"][hide];
        let at = text.char_indices().nth(at).map(|(i, _)| i).unwrap_or(0);
        text.insert_str(at, invisible);
        let found = hetu::find(&format!("hetu: {text}."));
        prop_assert_eq!(found.len(), 1, "{:?}", text);
        prop_assert!(!hetu::mask(&text).contains(&code[7..10]));
    }

    #[test]
    fn a_wrong_check_character_is_not_a_code(code in valid_code(), other in 0..31usize) {
        let mut bytes = code.clone().into_bytes();
        prop_assume!(CHECK[other] != bytes[10]);
        bytes[10] = CHECK[other];
        prop_assert!(!hetu::is_valid(&bytes));
        prop_assert!(hetu::find(std::str::from_utf8(&bytes).unwrap()).is_empty());
    }

    #[test]
    fn one_changed_digit_is_not_a_code(code in valid_code(), at in 0..9usize, by in 1..10u8) {
        // Changing one digit of the nine changes the number mod 31 (31 is prime
        // and does not divide k·10^i for 0 < k < 10).
        let at = if at < 6 { at } else { at + 1 };
        let mut bytes = code.into_bytes();
        bytes[at] = b'0' + (bytes[at] - b'0' + by) % 10;
        prop_assert!(!hetu::is_valid(&bytes));
    }

    #[test]
    fn finding_codes_never_fails_on_any_text(text in any::<String>()) {
        let lines = text.lines().count().max(1) + 1;
        for (line, at) in hetu::find(&text) {
            prop_assert!(line <= lines && at < text.len());
        }
    }

    #[test]
    fn dates_read_back(y in 1900..2100i16, m in 1..=12i8, d in 1..=31i8) {
        let text = format!("{y:04}-{m:02}-{d:02}");
        let real = jiff::civil::Date::new(y, m, d).ok();
        prop_assert_eq!(date::parse_date(&text), real);
        prop_assert_eq!(date::parse_born(&text), real);
        if let Some(day) = real {
            prop_assert_eq!(day.to_string(), text);
        }
    }

    #[test]
    fn times_read_back(h in 0..30i8, m in 0..70i8, dot in any::<bool>()) {
        let text = format!("{h}{}{m:02}", if dot { '.' } else { ':' });
        let real = jiff::civil::Time::new(h, m, 0, 0).ok();
        prop_assert_eq!(date::parse_time(&text), real);
    }

    #[test]
    fn date_parsers_take_any_text(text in any::<String>()) {
        let _ = date::parse_date(&text);
        let _ = date::parse_time(&text);
        let _ = date::parse_born(&text);
    }

    #[test]
    fn slugs_are_safe_folder_names(text in any::<String>()) {
        let slug = scaffold::slug(&text);
        prop_assert!(slug.len() <= scaffold::MAX_SLUG);
        prop_assert!(slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
        prop_assert_eq!(scaffold::slug(&slug), slug.clone(), "idempotent");
    }

    #[test]
    fn scaffold_scalars_read_back(text in any::<String>()) {
        // Whatever a worker gives on the command line is written so that it
        // reads back the same.
        let doc = format!("k: {}\n", scaffold::scalar(&text));
        let node = lsk::case::yaml::parse(&doc).map_err(|e| TestCaseError::fail(format!("{doc}: {e:?}")))?;
        let read = node.get("k").and_then(|n| n.scalar()).unwrap_or("");
        prop_assert_eq!(read, text.as_str(), "{}", doc);
    }
}
