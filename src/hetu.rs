//! Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign,
//! an individual number and a check character. Only codes whose check
//! character is right are reported, so near-misses such as a case number are
//! not flagged.

use unicode_normalization::UnicodeNormalization;

const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

fn century(sign: u8) -> Option<i32> {
    match sign {
        b'+' => Some(1800),
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => Some(1900),
        b'A' | b'B' | b'C' | b'D' | b'E' | b'F' => Some(2000),
        _ => None,
    }
}

/// Whether `code` (exactly 11 characters) is a valid identity code.
pub fn is_valid(code: &[u8]) -> bool {
    if code.len() != 11 {
        return false;
    }
    let digits_ok = |r: std::ops::Range<usize>| code[r].iter().all(u8::is_ascii_digit);
    if !digits_ok(0..6) || !digits_ok(7..10) {
        return false;
    }
    let Some(century) = century(code[6].to_ascii_uppercase()) else {
        return false;
    };
    let num = |r: std::ops::Range<usize>| {
        code[r]
            .iter()
            .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
    };
    let (day, month, year) = (num(0..2), num(2..4), num(4..6));
    let year = century + year as i32;
    if jiff::civil::Date::new(year as i16, month as i8, day as i8).is_err() {
        return false;
    }
    if num(7..10) < 2 {
        return false;
    }
    let nine = num(0..6) * 1000 + num(7..10);
    // A lower-case check letter is still a leaked code.
    CHECK[(nine % 31) as usize] == code[10].to_ascii_uppercase()
}

/// How a character counts when looking for a code: what people type into a
/// meeting file, an editor's autocorrect, a word processor or a web page
/// all read back as the same code.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Part of a code: an ASCII digit, upper-case letter, `+` or `-`.
    Part(u8),
    /// Another letter or digit (not ASCII).
    Word,
    /// Anything else: space, punctuation, a line break.
    Gap,
    /// Nothing to a reader: invisible characters, and the backslash of
    /// a Markdown or YAML escape. Skipped as if not there.
    Invisible,
}

fn classify(c: char) -> Class {
    match c {
        '0'..='9' | 'A'..='Z' | '+' | '-' => Class::Part(c as u8),
        'a'..='z' => Class::Part(c.to_ascii_uppercase() as u8),
        // Dashes that look like the century sign `-` (autocorrect types an
        // en dash, word processors a non-breaking hyphen).
        '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{2E3A}'
        | '\u{2E3B}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{FF0D}'
        | '\u{02D7}'
        | '\u{058A}'
        | '\u{05BE}'
        | '\u{1806}'
        | '\u{2043}'
        | '\u{207B}'
        | '\u{208B}'
        | '\u{2500}'
        | '\u{2501}'
        | '\u{2796}'
        | '\u{2E17}'
        | '\u{2E1A}'
        | '\u{2E40}'
        | '\u{301C}'
        | '\u{30FC}'
        | '\u{FE31}'
        | '\u{FE32}'
        | '\u{10EAD}' => Class::Part(b'-'),
        '\u{207A}' | '\u{208A}' | '\u{2795}' | '\u{FE62}' => Class::Part(b'+'),
        // Cyrillic and Greek letters that look like the Latin ones of a
        // century sign or check character.
        'А' | 'а' | 'Α' | 'α' => Class::Part(b'A'),
        'В' | 'в' | 'Β' | 'β' => Class::Part(b'B'),
        'С' | 'с' | 'Ϲ' | 'ϲ' => Class::Part(b'C'),
        'Е' | 'е' | 'Ε' | 'ε' => Class::Part(b'E'),
        'Н' | 'н' | 'Η' => Class::Part(b'H'),
        'І' | 'і' | 'Ι' | 'ι' => Class::Part(b'I'),
        'Ј' | 'ј' => Class::Part(b'J'),
        'К' | 'к' | 'Κ' | 'κ' => Class::Part(b'K'),
        'М' | 'м' | 'Μ' => Class::Part(b'M'),
        'Ν' => Class::Part(b'N'),
        'О' | 'о' | 'Ο' | 'ο' => Class::Part(b'O'),
        'Р' | 'р' | 'Ρ' | 'ρ' => Class::Part(b'P'),
        'Ѕ' | 'ѕ' => Class::Part(b'S'),
        'Т' | 'т' | 'Τ' | 'τ' => Class::Part(b'T'),
        'Х' | 'х' | 'Χ' | 'χ' => Class::Part(b'X'),
        'У' | 'у' | 'Υ' | 'Ү' | 'ү' => Class::Part(b'Y'),
        'Ζ' => Class::Part(b'Z'),
        // Full-width forms of ASCII (East Asian input methods).
        '\u{FF01}'..='\u{FF5E}' => classify(char::from_u32(c as u32 - 0xFEE0).unwrap_or(' ')),
        '\u{00AD}'
        | '\u{034F}'
        | '\u{061C}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{17B4}'
        | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}'
        // Combining marks: a line through a digit is still the digit.
        | '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\\' => Class::Invisible,
        // Latin letters with marks (ä, ö, å, é): letters, quickly.
        '\u{00C0}'..='\u{024F}' if c.is_alphabetic() => Class::Word,
        // Any other compatibility form of one character (mathematical
        // bold digits, circled and superscript ones) reads as that one.
        c if !c.is_ascii() => {
            let mut nfkc = std::iter::once(c).nfkc();
            match (nfkc.next(), nfkc.next()) {
                (Some(d), None) if d != c && d.is_ascii() => classify(d),
                _ if c.is_alphanumeric() => Class::Word,
                _ => Class::Gap,
            }
        }
        c if c.is_alphanumeric() => Class::Word,
        _ => Class::Gap,
    }
}

/// What a code may not be glued to: digits, and the letters of a
/// hexadecimal number (a hash such as lsk's own render marker could hold
/// six digits, a letter and four more by chance). Other letters may touch
/// it: `HETU131052-308T`, `131052-308Tlausunto` are leaks.
fn glued(c: Class) -> bool {
    matches!(c, Class::Part(b) if b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
}

/// Whether `c` is invisible to a reader (a zero-width space, a soft
/// hyphen, a direction mark): looking for codes and names skips it.
pub fn invisible(c: char) -> bool {
    c != '\\' && classify(c) == Class::Invisible
}

/// An HTML character reference at the start of `rest` (`&#45;`, `&#x2011;`,
/// `&ndash;`): the character it stands for and its length.
fn entity(rest: &str) -> Option<(char, usize)> {
    let end = rest.get(..12).unwrap_or(rest).find(';')?;
    let name = &rest[1..end];
    let c = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        char::from_u32(u32::from_str_radix(num, 16).ok()?)?
    } else if let Some(num) = name.strip_prefix('#') {
        char::from_u32(num.parse().ok()?)?
    } else {
        match name {
            "minus" => '\u{2212}',
            "ndash" => '\u{2013}',
            "mdash" => '\u{2014}',
            "hyphen" | "dash" => '\u{2010}',
            "shy" => '\u{00AD}',
            "ZeroWidthSpace" => '\u{200B}',
            "plus" => '+',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

/// One identity code found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// 1-based line of its first character.
    pub line: usize,
    /// Its bytes in the text, invisible characters and escapes inside included.
    pub span: std::ops::Range<usize>,
}

/// Every valid identity code in `text`, as (1-based line, byte offset of its
/// first character). A code must stand on its own: not glued to other
/// letters or digits. It is found however it is written: a lower-case
/// century sign or check character, a dash look-alike as the sign,
/// invisible characters or escapes inside, full-width digits, HTML
/// character references.
pub fn find(text: &str) -> Vec<(usize, usize)> {
    scan(text)
        .into_iter()
        .map(|f| (f.line, f.span.start))
        .collect()
}

/// `text` with every identity code in it blotted out, so that a message,
/// a terminal or a CI log never repeats one.
pub fn mask(text: &str) -> std::borrow::Cow<'_, str> {
    let found = scan(text);
    if found.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in found {
        out.push_str(&text[at..f.span.start]);
        out.push_str(MASK);
        at = f.span.end;
    }
    out.push_str(&text[at..]);
    std::borrow::Cow::Owned(out)
}

/// What stands in place of a code in lsk's own output.
pub const MASK: &str = "XXXXXX-XXXX";

/// Every valid identity code in `text`, with where it stands.
pub fn scan(text: &str) -> Vec<Found> {
    // A code has ten digits (nine, and one that may be the check
    // character). Most text has far fewer: nothing to look for. Full-width
    // digits and other forms of them (full-width, mathematical, circled)
    // count too: any character beyond ASCII except the Latin letters of
    // the byte 0xC3 (ä, ö, å, é…), which are never digits.
    if text.bytes().filter(|b| maybe_digit(*b)).count() < 9 {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // Lines are counted only up to a code found, from the last one.
    let (mut line, mut counted) = (1usize, 0usize);
    let mut pos = 0;
    // Only runs of digits matter: jump from one to the next (a digit, a
    // full-width form, a character reference), and read each run with what
    // stands before it.
    while let Some(off) = bytes[pos..]
        .iter()
        .position(|b| maybe_digit(*b) || *b == b'&')
    {
        let run_start = pos + off;
        let glued_before = glued(class_before(text, run_start));
        let mut run = 0usize;
        let mut digits = [0u8; 6];
        pos = text.len();
        for (class, _, end) in visible(text, run_start) {
            if let Class::Part(b) = class
                && b.is_ascii_digit()
            {
                if run < 6 {
                    digits[run] = b;
                }
                run += 1;
                continue;
            }
            // Exactly six digits standing on their own, then a sign.
            if let (6, false, Class::Part(sign)) = (run, glued_before, class)
                && century(sign).is_some()
                && let Some(code_end) = rest_of_code(text, end, &digits, sign)
            {
                line += text[counted..run_start].matches('\n').count();
                counted = run_start;
                found.push(Found {
                    line,
                    span: run_start..code_end,
                });
            }
            pos = end;
            break;
        }
    }
    found
}

/// Whether a byte may start a digit: an ASCII digit, or the first byte of
/// a character beyond ASCII other than the Latin letters starting 0xC3.
fn maybe_digit(b: u8) -> bool {
    b.is_ascii_digit() || (b >= 0xC0 && b != 0xC3)
}

/// The class of the visible character before byte `at` (a gap at the start).
fn class_before(text: &str, at: usize) -> Class {
    text[..at]
        .chars()
        .rev()
        .map(classify)
        .find(|c| *c != Class::Invisible)
        .unwrap_or(Class::Gap)
}

/// The visible characters of `text` from byte `from`: each with its class
/// and its bytes. Invisible characters are skipped; a character reference
/// is one character.
fn visible(text: &str, from: usize) -> Visible<'_> {
    Visible { text, at: from }
}

struct Visible<'a> {
    text: &'a str,
    at: usize,
}

impl Iterator for Visible<'_> {
    type Item = (Class, usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        loop {
            let start = self.at;
            let b = *bytes.get(start)?;
            // ASCII, most of every file, without decoding.
            let (class, len) = match b {
                b'0'..=b'9' | b'A'..=b'Z' | b'+' | b'-' => (Class::Part(b), 1),
                b'a'..=b'z' => (Class::Part(b.to_ascii_uppercase()), 1),
                b'\\' => (Class::Invisible, 1),
                b'&' => entity(&self.text[start..])
                    .map_or((Class::Gap, 1), |(c, len)| (classify(c), len)),
                0..=0x7F => (Class::Gap, 1),
                _ => {
                    let c = self.text.get(start..)?.chars().next()?;
                    (classify(c), c.len_utf8())
                }
            };
            self.at += len;
            if class != Class::Invisible {
                return Some((class, start, self.at));
            }
        }
    }
}

/// After six digits and a century sign ending at byte `from`: the
/// individual number and check character, standing on their own. The end
/// of the code when it is a valid one.
fn rest_of_code(text: &str, from: usize, digits: &[u8; 6], sign: u8) -> Option<usize> {
    let mut code = [0u8; 11];
    code[..6].copy_from_slice(digits);
    code[6] = sign;
    let mut next = visible(text, from);
    let mut end = from;
    for byte in &mut code[7..] {
        let (class, _, e) = next.next()?;
        let Class::Part(b) = class else { return None };
        *byte = b;
        end = e;
    }
    let after = next.next().map_or(Class::Gap, |(c, _, _)| c);
    if glued(after) {
        return None;
    }
    is_valid(&code).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_domain_example() {
        assert!(is_valid(b"131052-308T"));
        assert!(!is_valid(b"131052-308A"));
    }

    #[test]
    fn new_century_signs() {
        // Same nine digits, so the same check character, with each sign.
        for sign in ["-", "Y", "X", "W", "V", "U"] {
            let code = format!("131052{sign}308T");
            assert!(is_valid(code.as_bytes()), "{code}");
        }
        // 2000s: 01.01.2010, individual 123.
        let nine = 10110 * 1000 + 123;
        let check = CHECK[nine % 31] as char;
        for sign in ["A", "B", "C", "D", "E", "F"] {
            let code = format!("010110{sign}123{check}");
            assert!(is_valid(code.as_bytes()), "{code}");
        }
        assert!(!is_valid(b"131052G308T"));
    }

    #[test]
    fn impossible_date_is_not_a_code() {
        // 31.02. never exists; even a matching check character is no code.
        let nine = 310252 * 1000 + 308;
        let code = format!("310252-308{}", CHECK[nine % 31] as char);
        assert!(!is_valid(code.as_bytes()));
    }

    #[test]
    fn however_it_is_written() {
        // 01.01.2010, individual 123.
        let check = CHECK[(10110 * 1000 + 123) % 31] as char;
        let lower = check.to_ascii_lowercase();
        for text in [
            format!("hetu 010110a123{check}"),
            format!("hetu 010110A123{lower}"),
            "131052\u{2013}308T".into(),
            "131052\u{2011}308T".into(),
            "131052\u{2212}308T".into(),
            "1310\u{200b}52-308T".into(),
            "131052-\u{ad}308T".into(),
            "131052\\-308T".into(),
            "131052&#45;308T".into(),
            "131052&#x2011;308T".into(),
            "131052&ndash;308T".into(),
            "\u{ff11}31052-308T".into(),
            "(131052-308T)".into(),
            "x131052-308T".into(),
            "HETU131052-308Tlausunto".into(),
            "robin131052-308T.pdf".into(),
            "131052-308\u{422}".into(),
            "131052-308\u{3a4}".into(),
            "\u{1d7cf}\u{1d7d1}\u{1d7cf}\u{1d7ce}\u{1d7d3}\u{1d7d0}-\u{1d7d1}\u{1d7ce}\u{1d7d6}T"
                .into(),
            "1310\u{e0020}52-308T".into(),
            "1310\u{e0100}52-308T".into(),
            "13\u{336}1052-308T".into(),
            "131052\u{2796}308T".into(),
            "131052\u{30fc}308T".into(),
            "131052\u{207b}308T".into(),
            "1310\u{fff9}52-308T".into(),
        ] {
            assert_eq!(find(&text).len(), 1, "{text:?}");
        }
        for text in [
            "b131052-308T",
            "131052-308Tf",
            "131052-308T5",
            "131052-308A",
            "131052 -308T",
            "131052\u{2013}308",
        ] {
            assert!(find(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn masks_every_code() {
        assert_eq!(
            mask("a 131052\u{2011}308T b 131052-308T."),
            format!("a {MASK} b {MASK}.")
        );
        assert_eq!(mask("no code 131052-308A"), "no code 131052-308A");
    }

    #[test]
    fn finds_with_lines() {
        let text = "a\nhetu 131052-308T here\nb131052-308T\n131052-308A\nHETU131052-308T\n";
        assert_eq!(find(text), vec![(2, 7), (5, 53)]);
    }
}
