//! The identity-code detector against people who write a code so that a
//! reader still reads it (property tests), and against everything that is
//! not a code (false positives, measured). Part of `cargo test`; the
//! figures are printed with `cargo test --test hetu_props -- --nocapture`
//! and stated in docs/security.md.

use lsk::hetu;
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

fn check_char(nine: u64) -> char {
    CHECK[(nine % 31) as usize] as char
}

/// A valid code for a real day, with a correct check character.
fn valid_code() -> impl Strategy<Value = String> {
    (0..SIGNS.len(), 0..100i32, 1..=12i8, 1..=31i8, 2..900u32).prop_filter_map(
        "a real day",
        |(s, yy, m, d, n)| {
            let (sign, century) = SIGNS[s];
            jiff::civil::Date::new((century + yy) as i16, m, d).ok()?;
            let six = u64::from(d as u8) * 10000 + u64::from(m as u8) * 100 + yy as u64;
            let nine = six * 1000 + u64::from(n);
            Some(format!("{six:06}{sign}{n:03}{}", check_char(nine)))
        },
    )
}

/// What may be put inside a code without a reader losing it.
const INSIDE: &[&str] = &[
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{AD}",
    "\u{200E}",
    "\u{200F}",
    "\u{202A}",
    "\u{202C}",
    "\u{202E}",
    "\u{2066}",
    "\u{2069}",
    "\u{061C}",
    "\u{180E}",
    "\u{034F}",
    "\u{FE0F}",
    "\u{E0020}",
    "\u{0}",
    "\u{1}",
    "\u{7}",
    "\u{1B}",
    "\u{7F}",
    "\u{9C}",
    "\u{0301}",
    "\u{0336}",
    "\u{0483}",
    "\u{0591}",
    "\u{20E3}",
    "\u{1AB0}",
    "\u{1DC0}",
    "\u{FE20}",
    "**",
    "*",
    "__",
    "_",
    "~~",
    "`",
    "\\",
    "<b>",
    "</b>",
    "<span class=\"x\">",
    "</span>",
    "<!-- x -->",
    "&shy;",
    "&#8203;",
    "&zwj;",
    "&#x200B;",
];

/// Dashes a word processor or keyboard puts for `-`.
const DASHES: &[&str] = &[
    "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FE63}",
    "\u{FF0D}", "\u{2E3A}", "&#45;", "&ndash;", "&minus;", "&#x2011;",
];

/// Words a code may touch (never a hexadecimal run: that is a hash).
const WORDS: &[&str] = &[
    "", "ID", "hetu", "Hetu:", "x", "Robin", "ä", "sotu", "(", "\"",
];
const AFTER: &[&str] = &["", "lausunto", "x", "ö", ".", ")", ",", "\n"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_spelling_of_a_valid_code_is_found(
        code in valid_code(),
        inserts in prop::collection::vec((0..12usize, 0..INSIDE.len()), 0..4),
        dash in 0..DASHES.len(),
        spaces in (0..4usize, 0..4usize),
        case in prop::collection::vec(any::<bool>(), 11),
        fullwidth in prop::collection::vec(any::<bool>(), 11),
        before in 0..WORDS.len(),
        after in 0..AFTER.len(),
        lines in 0..4usize,
    ) {
        // Per character of the code, how it is written.
        let mut parts: Vec<String> = code
            .chars()
            .enumerate()
            .map(|(i, c)| {
                let c = if case[i] { c.to_ascii_lowercase() } else { c };
                if fullwidth[i] && c.is_ascii_digit() {
                    char::from_u32(c as u32 + 0xFEE0).unwrap().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect();
        if parts[6] == "-" {
            parts[6] = format!(
                "{}{}{}",
                " ".repeat(spaces.0),
                DASHES[dash],
                " ".repeat(spaces.1)
            );
        }
        // Invisible characters and markup between any two characters.
        for (at, what) in &inserts {
            let at = (*at).min(10);
            parts[at].push_str(INSIDE[*what]);
        }
        let written: String = parts.concat();
        let text = format!(
            "{}Muistio {}{}{} jatkuu\n",
            "rivi\n".repeat(lines),
            WORDS[before],
            written,
            AFTER[after]
        );
        let found = hetu::find(&text);
        prop_assert_eq!(found.len(), 1, "{:?}", text);
        prop_assert_eq!(found[0].0, lines + 1, "{:?}", text);
        // The mask takes all of it.
        let masked = hetu::mask(&text);
        prop_assert!(hetu::find(&masked).is_empty(), "{:?}", masked);
        prop_assert!(masked.contains(hetu::MASK));
        // And a file holding it, however encoded.
        prop_assert_eq!(hetu::file_lines(text.as_bytes()), vec![lines + 1]);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        prop_assert_eq!(hetu::file_lines(&utf16), vec![lines + 1]);
    }

    #[test]
    fn no_input_breaks_the_file_layers(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
        for line in hetu::file_lines(&bytes) {
            prop_assert!(line >= 1 && line <= lines.max(bytes.len()));
        }
    }
}

/// A small deterministic generator, so the figures are the same each run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
    fn hex(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b"0123456789abcdef"[self.below(16) as usize]))
            .collect()
    }
}

/// How many of each kind are generated: 20,000 in `cargo test`,
/// `LSK_FP_N` for the full measurement (docs/security.md: 100,000, with
/// `--release`).
fn how_many() -> usize {
    std::env::var("LSK_FP_N")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000)
}

/// How many of `texts` the detector flags.
fn flagged(texts: &[String]) -> usize {
    texts.iter().filter(|t| !hetu::find(t).is_empty()).count()
}

#[test]
fn false_positives_are_measured() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut report = Vec::new();

    // Every day 1800-2099, written every way dates are written, with a
    // time or a number after it.
    let (mut dates, mut date_numbers, mut valid_dates) = (Vec::new(), Vec::new(), 0);
    let mut day = jiff::civil::date(1800, 1, 1);
    // Every day when measuring, every fifth in `cargo test`.
    let step = if how_many() >= 100_000 { 1 } else { 5 };
    while day.year() < 2100 {
        let (d, m, y) = (day.day(), day.month(), day.year());
        let yy = y % 100;
        let n = rng.digits(4);
        dates.push(format!(
            "{d}.{m}.{y} {d:02}.{m:02}.{y} {y}-{m:02}-{d:02} {d:02}{m:02}{yy:02} klo 13.30 \
             {d:02}.{m:02}.{yy:02}-{n} {y}{m:02}{d:02}-{n} {d:02}/{m:02}/{y} {d:02}{m:02}{yy:02}/{n}"
        ));
        // A six-digit date, a dash and four digits is the shape of a code
        // of the 1900s: flagged exactly when its check digit is right.
        let spaced = if rng.below(2) == 0 { " - " } else { "-" };
        if hetu::is_valid(format!("{d:02}{m:02}{yy:02}-{n}").as_bytes()) {
            valid_dates += 1;
        }
        date_numbers.push(format!("nro {d:02}{m:02}{yy:02}{spaced}{n}"));
        day = day.checked_add(jiff::Span::new().days(step)).unwrap();
    }
    let dates_flagged = flagged(&dates);
    report.push(format!(
        "dates: {dates_flagged} of {} days flagged",
        dates.len()
    ));
    assert_eq!(dates_flagged, 0);
    let numbers_flagged = flagged(&date_numbers);
    report.push(format!(
        "a six-digit date, a dash and four digits (DDMMYY-NNNN): {numbers_flagged} of {} flagged, all of them valid codes ({valid_dates} valid)",
        date_numbers.len()
    ));
    assert_eq!(numbers_flagged, valid_dates);

    // Finnish phone numbers, as people write them.
    let phones: Vec<String> = (0..how_many())
        .map(|_| {
            let op = ["040", "041", "044", "045", "046", "050", "09", "02"][rng.below(8) as usize];
            let a = rng.digits(3);
            let b = rng.digits(4);
            let local = &op[1..];
            match rng.below(6) {
                0 => format!("puh. {op} {a} {b}"),
                1 => format!("{op}-{a} {b}"),
                2 => format!("{op}{a}{b}"),
                3 => format!("+358 {local} {a} {b}"),
                4 => format!("+358{local}{a}{b}"),
                _ => format!("({op}) {a}-{b}"),
            }
        })
        .collect();
    let phones_flagged = flagged(&phones);
    report.push(format!(
        "phone numbers: {phones_flagged} of {} flagged",
        phones.len()
    ));
    assert_eq!(phones_flagged, 0);

    // IBANs, grouped and not; Finnish and RF invoice references; business
    // IDs; invoice and order numbers with a year.
    let accounts: Vec<String> = (0..how_many())
        .map(|_| {
            let iban = format!("FI{}{}", rng.digits(2), rng.digits(14));
            let grouped: Vec<String> = iban
                .as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect();
            let reference = format!("{} {} {}", rng.digits(5), rng.digits(5), rng.digits(3));
            format!(
                "{iban} {} viite {reference} RF{} {} {} Y-tunnus {}-{} lasku 2026-{} tilaus {}-{}",
                grouped.join(" "),
                rng.digits(2),
                rng.digits(4),
                rng.digits(4),
                rng.digits(7),
                rng.digits(1),
                rng.digits(6),
                rng.digits(8),
                rng.digits(4),
            )
        })
        .collect();
    let accounts_flagged = flagged(&accounts);
    report.push(format!(
        "IBANs, invoice references, business IDs, invoice and order numbers: {accounts_flagged} of {} lines flagged",
        accounts.len()
    ));
    assert_eq!(accounts_flagged, 0);

    // A six-digit number at a line's end, then a list item starting with
    // a number: the bullet is no sign.
    let lists: Vec<String> = (0..how_many())
        .map(|_| format!("Summa {}\n- {} maksettu\n", rng.digits(6), rng.digits(4)))
        .collect();
    let lists_flagged = flagged(&lists);
    report.push(format!(
        "a six-digit number, then a list item `- 1234`: {lists_flagged} of {} flagged",
        lists.len()
    ));
    assert_eq!(lists_flagged, 0);

    // Hashes and UUIDs: every code-shaped part inside them is left alone.
    let hashes: Vec<String> = (0..how_many())
        .map(|_| {
            format!(
                "commit {} sha256 {} id {}-{}-{}-{}-{}",
                rng.hex(40),
                rng.hex(64),
                rng.hex(8),
                rng.hex(4),
                rng.hex(4),
                rng.hex(4),
                rng.hex(12)
            )
        })
        .collect();
    let hashes_flagged = flagged(&hashes);
    report.push(format!(
        "git object names, SHA-256 digests and UUIDs: {hashes_flagged} of {} lines flagged",
        hashes.len()
    ));
    assert_eq!(hashes_flagged, 0);

    // Code-shaped identifiers touching letters (`ORD131052-308T`): the
    // touching-letter rule flags exactly those whose 11 characters are a
    // valid code, nothing else.
    let mut shaped = Vec::new();
    let mut valid = 0;
    for _ in 0..how_many() {
        let sign = ["-", "A", "B", "C", "Y", "X", "+"][rng.below(7) as usize];
        let body = format!("{}{sign}{}", rng.digits(6), rng.digits(3));
        let check = char::from(CHECK[rng.below(31) as usize]);
        let code = format!("{body}{check}");
        if hetu::is_valid(code.as_bytes()) {
            valid += 1;
        }
        let prefix = ["ORD", "INV", "ID", "AB", "Tilaus", "x", "SKU"][rng.below(7) as usize];
        shaped.push(format!("{prefix}{code}"));
    }
    let shaped_flagged = flagged(&shaped);
    report.push(format!(
        "code-shaped identifiers touching letters: {shaped_flagged} of {} flagged, all of them valid codes ({valid} valid)",
        shaped.len()
    ));
    assert_eq!(shaped_flagged, valid);

    // Ordinary Finnish and Swedish text with numbers in it.
    let words = [
        "Lastensuojeluilmoitus 2026-11-10 klo 9.00, huone 3, asia 1234/2026.",
        "Perhetyöntekijä soittaa 12.12. klo 14–15; puh. 040 123 4567.",
        "Barnskyddsanmälan 2026-11-10, ärende 1234/2026, tfn 040-123 4567.",
        "Summa 1 234,56 € eräpäivä 31.12.2026, viite 12345 67890 12.",
        "Huoneet 101–112, 201-212 ja 301 – 312; koodit A1, B2.",
    ];
    let text: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
    assert_eq!(flagged(&text), 0);

    // The bundled examples and documentation: what is flagged is the
    // deliberate mistake of examples/mistakes only.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut files, mut flagged_files) = (0, Vec::new());
    for dir in ["examples", "docs", "templates", "help"] {
        for entry in walkdir::WalkDir::new(root.join(dir))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
        {
            let Ok(bytes) = std::fs::read(entry.path()) else {
                continue;
            };
            files += 1;
            if !hetu::file_lines(&bytes).is_empty() {
                let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
                flagged_files.push(rel.display().to_string());
            }
        }
    }
    report.push(format!(
        "bundled examples, docs, templates and help: {} of {files} files flagged: {flagged_files:?}",
        flagged_files.len()
    ));
    for line in &report {
        eprintln!("{line}");
    }
}
