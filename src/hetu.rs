//! Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign,
//! an individual number and a check character. Only codes whose date is a
//! real day and whose check character is right are reported, so
//! near-misses such as a case number are not flagged.
//!
//! One detector for every reader of a text: `lsk check`, `lsk render`, the
//! git hooks and `lsk serve`. It reads a text the way a person reads it,
//! through a *skeleton*: every character is classified ([`classify`]) as
//! part of a code (a digit, a letter, a sign; look-alikes folded onto
//! them: dashes, full-width and mathematical digits, Cyrillic and Greek
//! letters, lower case), a space, a gap, or nothing at all (format and
//! control characters, combining marks, Markdown emphasis and
//! strikethrough markers, backslash escapes, HTML tags); HTML character
//! references stand for their character. The skeleton is walked lazily
//! from each digit, and every character keeps its byte range in the
//! original text, so a finding gives the right line and a mask covers
//! exactly the code as written.
//!
//! Files (the hooks) are read through decoding layers first
//! ([`file_lines`]): UTF-16 and UTF-32, Windows-1252, RTF, quoted-printable,
//! percent-encoding, calendar line folding and base64 runs.

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
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Part of a code: an ASCII digit, upper-case letter, `+` or `-`.
    Part(u8),
    /// Another letter or digit (not ASCII).
    Word,
    /// A space or tab on the line: may stand around a dash sign
    /// (`010203 - 1230`), nowhere else in a code.
    Space,
    /// A line break (`\n`): one may stand beside a dash sign, as a
    /// paragraph of Markdown or a wrapped line draws it as a space.
    Break,
    /// Anything else: punctuation, a line break.
    Gap,
    /// Nothing to a reader: format and control characters, combining
    /// marks, the markers of Markdown emphasis, strikethrough and code
    /// (`*`, `_`, `~`, `` ` ``), the backslash of an escape. Skipped as if
    /// not there.
    Invisible,
}

/// Whether `c` is a Unicode format character (general category Cf) or
/// another default-ignorable one: nothing a reader sees.
fn format_char(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{034F}'
        | '\u{0600}'..='\u{0605}'
        | '\u{061C}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{0890}'..='\u{0891}'
        | '\u{08E2}'
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
        | '\u{FFF0}'..='\u{FFFB}'
        | '\u{110BD}'
        | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

fn classify(c: char) -> Class {
    match c {
        '0'..='9' | 'A'..='Z' | '+' | '-' => Class::Part(c as u8),
        'a'..='z' => Class::Part(c.to_ascii_uppercase() as u8),
        ' ' | '\t' | '\r' => Class::Space,
        '\n' => Class::Break,
        '\u{85}' | '\u{2028}' | '\u{2029}' => Class::Gap,
        // Markdown emphasis, strikethrough and code markers, and the
        // backslash of a Markdown or YAML escape: read through.
        '*' | '_' | '~' | '`' | '\\' => Class::Invisible,
        // Control characters (NUL, escape, DEL, the C1 set): invisible.
        c if c.is_control() => Class::Invisible,
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
        '\u{FF01}'..='\u{FF5E}' => classify(char::from_u32(c as u32 - 0xFEE0).unwrap_or('.')),
        c if format_char(c) => Class::Invisible,
        // Combining marks: a line through a digit, a dot above it, is
        // still the digit.
        c if unicode_normalization::char::is_combining_mark(c) => Class::Invisible,
        // Latin letters with marks (ä, ö, å, é): letters, quickly.
        '\u{00C0}'..='\u{024F}' if c.is_alphabetic() => Class::Word,
        // A space of another width (no-break, thin, ideographic).
        c if c.is_whitespace() => Class::Space,
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
        _ => Class::Gap,
    }
}

/// Whether `c` is invisible to a reader (a zero-width space, a soft
/// hyphen, a direction mark, a control character): looking for codes and
/// names skips it. Markup characters are not counted here.
pub fn invisible(c: char) -> bool {
    !matches!(c, '*' | '_' | '~' | '`' | '\\') && classify(c) == Class::Invisible
}

/// An HTML character reference at the start of `rest` (`&#45;`, `&#x2011;`,
/// `&ndash;`): the character it stands for and its length.
fn entity(rest: &str) -> Option<(char, usize)> {
    let end = rest.get(..12).unwrap_or(rest).find(';')?;
    let name = rest.get(1..end)?;
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
            "zwj" => '\u{200D}',
            "zwnj" => '\u{200C}',
            "lrm" => '\u{200E}',
            "rlm" => '\u{200F}',
            "ZeroWidthSpace"
            | "NegativeThinSpace"
            | "NegativeMediumSpace"
            | "NegativeThickSpace"
            | "NegativeVeryThinSpace" => '\u{200B}',
            "NoBreak" => '\u{2060}',
            "InvisibleTimes" | "it" => '\u{2062}',
            "InvisibleComma" | "ic" => '\u{2063}',
            "nbsp" | "ensp" | "emsp" | "thinsp" | "numsp" | "puncsp" | "hairsp" => ' ',
            "plus" => '+',
            "lowbar" | "UnderBar" => '_',
            "ast" | "midast" => '*',
            "grave" | "DiacriticalGrave" => '`',
            "tilde" | "DiacriticalTilde" => '~',
            "bsol" => '\\',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

/// The length of an HTML or XML tag at the start of `rest` (`<b>`,
/// `</span>`, `<span style="x">`, `<!-- -->`): markup a browser draws as
/// nothing. A `<` that starts no tag is `None`.
fn tag(rest: &[u8]) -> Option<usize> {
    let next = *rest.get(1)?;
    if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
        return None;
    }
    let window = &rest[1..rest.len().min(512)];
    if rest[1..].starts_with(b"!--") {
        let close = window.windows(3).position(|w| w == b"-->")?;
        return Some(close + 4);
    }
    let close = window.iter().position(|b| matches!(b, b'>' | b'<'))?;
    (window[close] == b'>').then_some(close + 2)
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
/// first character). It is found however it is written: a lower-case
/// century sign or check character, a dash look-alike as the sign, spaces
/// around a dash sign, invisible, format and control characters or
/// combining marks inside, Markdown emphasis or strikethrough splitting it,
/// HTML tags or character references inside, full-width digits, touching
/// a word (`ID131052-308T`). Not found: a code glued to more digits, or
/// inside a hexadecimal hash or identifier (a run of at least 16
/// hexadecimal digits and dashes, such as a git object name or a UUID,
/// with a hexadecimal digit touching the code).
pub fn find(text: &str) -> Vec<(usize, usize)> {
    scan(text)
        .into_iter()
        .map(|f| (f.line, f.span.start))
        .collect()
}

/// `text` with every identity code in it blotted out, so that a message,
/// a terminal or a CI log never repeats one. Masking one code can free
/// another that was glued to it (`131052-308T131052-308T`): the text is
/// read again until none is left.
pub fn mask(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(text);
    for _ in 0..16 {
        let found = scan(&out);
        if found.is_empty() {
            break;
        }
        let mut next = String::with_capacity(out.len());
        let mut at = 0;
        for f in found {
            if f.span.start < at {
                continue;
            }
            next.push_str(&out[at..f.span.start]);
            next.push_str(MASK);
            at = f.span.end;
        }
        next.push_str(&out[at..]);
        out = std::borrow::Cow::Owned(next);
    }
    out
}

/// What stands in place of a code in lsk's own output.
pub const MASK: &str = "XXXXXX-XXXX";

/// How many spaces may stand on each side of a dash sign (and one line
/// break besides).
const SPACES: usize = 3;

/// How many spaces may start the line after that one line break: the
/// indentation of a block of text (a YAML list item's `|` block is
/// indented six or eight), not a gap typed inside the code.
const INDENT: usize = 64;

/// Every valid identity code in `text`, with where it stands.
pub fn scan(text: &str) -> Vec<Found> {
    // A code has ten digits (nine, and one that may be the check
    // character). Most text has far fewer: nothing to look for. Full-width
    // digits and other forms of them (full-width, mathematical, circled)
    // count too: any character beyond ASCII except the Latin letters of
    // the byte 0xC3 (ä, ö, å, é…), which are never digits.
    // (The shortest code, `131052-308T`, is eleven bytes: most keys and
    // short values are fewer.)
    if text.len() < 11 || text.bytes().filter(|b| maybe_digit(*b)).take(9).count() < 9 {
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
    while let Some(off) = bytes[pos..].iter().position(|b| RUN_START[usize::from(*b)]) {
        let run_start = pos + off;
        // Most runs are short numbers (a date's parts, a line number)
        // ended by an ASCII character the reading below would take as a
        // visible non-digit: fewer than six digits, no code; the search
        // goes on from that character, as it would below.
        if let Some(after) = short_ascii_run(bytes, run_start) {
            pos = after;
            continue;
        }
        pos = text.len();
        // Glued to a digit before: part of a longer number.
        if class_before(text, run_start) == Some(Class::Part(b'0')) {
            pos = next_char(text, run_start);
            continue;
        }
        let mut run = 0usize;
        let mut digits = [0u8; 6];
        let mut chars = visible(text, run_start);
        while let Some((class, start, end)) = chars.next() {
            if let Class::Part(b) = class
                && b.is_ascii_digit()
            {
                if run < 6 {
                    digits[run] = b;
                }
                run += 1;
                continue;
            }
            pos = start.max(next_char(text, run_start));
            if run != 6 {
                break;
            }
            // Six digits, then the sign: spaces (and one line break) may
            // stand around a dash or a plus, never around a letter.
            let (mut class, mut end) = (class, end);
            let (mut spaces, mut breaks) = (0, 0);
            loop {
                match class {
                    Class::Space if spaces < SPACES => spaces += 1,
                    Class::Space if breaks > 0 && spaces < SPACES + INDENT => spaces += 1,
                    Class::Break if breaks == 0 => breaks += 1,
                    _ => break,
                }
                match chars.next() {
                    Some((c, _, e)) => (class, end) = (c, e),
                    None => break,
                }
            }
            let Class::Part(sign) = class else { break };
            if century(sign).is_none() || (spaces + breaks > 0 && !matches!(sign, b'-' | b'+')) {
                break;
            }
            // A dash that starts a line and has a space after it is a list
            // item's bullet, not a sign.
            let dash = match sign {
                b'-' | b'+' if breaks > 0 => Spacing::NoSpaceAfter,
                b'-' | b'+' => Spacing::Any,
                _ => Spacing::None,
            };
            if let Some((code_end, check)) = rest_of_code(text, end, &digits, sign, dash)
                && !in_hash(text, run_start, code_end, sign, check)
            {
                line += text[counted..run_start].matches('\n').count();
                counted = run_start;
                found.push(Found {
                    line,
                    span: run_start..code_end,
                });
                pos = code_end;
            }
            break;
        }
    }
    found
}

/// Where a run of fewer than six ASCII digits from `at` ends, when the
/// byte after it is an ASCII character that ends a run of digits as the
/// reading of visible characters ([`Visible`]) sees it: not a digit, not
/// read through (`*`, `_`, `~`, `` ` ``, `\\`, control characters), not
/// the start of a character reference (`&`) or a tag (`<`). `None`
/// otherwise: the run is read character by character.
fn short_ascii_run(bytes: &[u8], at: usize) -> Option<usize> {
    let n = bytes[at..]
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if n == 0 || n >= 6 {
        return None;
    }
    let b = *bytes.get(at + n)?;
    let ends = matches!(b, b' ' | b'\t' | b'\r' | b'\n')
        || (b.is_ascii_graphic()
            && !b.is_ascii_digit()
            && !matches!(b, b'&' | b'<' | b'*' | b'_' | b'~' | b'`' | b'\\'));
    ends.then_some(at + n)
}

/// The byte after the character at `at`.
fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// Whether a byte may start a digit: an ASCII digit, or the first byte of
/// a character beyond ASCII other than the Latin letters starting 0xC3.
const fn maybe_digit(b: u8) -> bool {
    b.is_ascii_digit() || (b >= 0xC0 && b != 0xC3)
}

/// Where [`scan`] stops to read: a byte that may start a digit, or `&`
/// (a character reference), looked up once per byte.
static RUN_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = maybe_digit(b as u8) || b == b'&' as usize;
        b += 1;
    }
    t
};

/// The visible character before byte `at`, read backwards (a character
/// reference or tag is not recognised this way): `Part(b'0')` for any
/// digit, `None` at the start.
fn class_before(text: &str, at: usize) -> Option<Class> {
    text[..at]
        .chars()
        .rev()
        .map(classify)
        .find(|c| *c != Class::Invisible)
        .map(|c| match c {
            Class::Part(b) if b.is_ascii_digit() => Class::Part(b'0'),
            c => c,
        })
}

/// Whether a hexadecimal digit or dash (what hashes and UUIDs are made of).
fn hexish(b: u8) -> bool {
    b.is_ascii_hexdigit() || b == b'-'
}

/// Whether the code at `start..end` is part of a hexadecimal hash or
/// identifier: the letters, digits and dashes glued to it on both sides
/// are all hexadecimal digits and dashes, the code too, and together at
/// least 16 long (a git object name, a SHA-256 digest, a UUID), and a
/// hexadecimal digit touches it on one side at least (in a hash or a UUID
/// the code's ten characters never fill a group of their own: in a dated
/// name such as `2026-10-07-150314A300C`, dashes and the end around it, it
/// is a code).
fn in_hash(text: &str, start: usize, end: usize, sign: u8, check: u8) -> bool {
    if !hexish(sign) || !hexish(check) {
        return false;
    }
    let touches =
        |class: Option<Class>| matches!(class, Some(Class::Part(b)) if b.is_ascii_hexdigit());
    let before = text[..start]
        .chars()
        .rev()
        .map(classify)
        .find(|c| *c != Class::Invisible);
    let after = visible(text, end)
        .map(|(c, _, _)| c)
        .find(|c| *c != Class::Invisible);
    if !touches(before) && !touches(after) {
        return false;
    }
    let mut len = 11;
    let mut token = |class: Class| match class {
        Class::Invisible => Some(true),
        Class::Part(b) if b.is_ascii_alphanumeric() || b == b'-' => {
            len += 1;
            Some(hexish(b))
        }
        Class::Word => Some(false),
        _ => None,
    };
    for class in text[..start].chars().rev().map(classify).take(64) {
        match token(class) {
            Some(true) => {}
            Some(false) => return false,
            None => break,
        }
    }
    for (class, _, _) in visible(text, end).take(64) {
        match token(class) {
            Some(true) => {}
            Some(false) => return false,
            None => break,
        }
    }
    len >= 16
}

/// The visible characters of `text` from byte `from`: each with its class
/// and its bytes. Invisible characters and tags are skipped; a character
/// reference is one character.
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
                b' ' | b'\t' | b'\r' => (Class::Space, 1),
                b'\n' => (Class::Break, 1),
                b'&' => entity(&self.text[start..])
                    .map_or((Class::Gap, 1), |(c, len)| (classify(c), len)),
                b'<' => tag(&bytes[start..]).map_or((Class::Gap, 1), |len| (Class::Invisible, len)),
                0..=0x7F => (classify(b as char), 1),
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
/// individual number and check character, not glued to a digit after
/// them (spaces may follow a dash sign). The end of the code when it is a
/// valid one.
/// What may stand after a sign before the individual number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spacing {
    /// Nothing (a letter sign).
    None,
    /// Spaces and one line break (a dash or plus).
    Any,
    /// One line break, no space (a dash at the start of a line).
    NoSpaceAfter,
}

fn rest_of_code(
    text: &str,
    from: usize,
    digits: &[u8; 6],
    sign: u8,
    dash: Spacing,
) -> Option<(usize, u8)> {
    let mut code = [0u8; 11];
    code[..6].copy_from_slice(digits);
    code[6] = sign;
    let mut next = visible(text, from).peekable();
    if dash != Spacing::None {
        let (mut spaces, mut breaks) = (0, 0);
        loop {
            match next.peek() {
                Some((Class::Space, _, _)) if dash == Spacing::NoSpaceAfter => return None,
                Some((Class::Space, _, _)) if spaces < SPACES => spaces += 1,
                Some((Class::Space, _, _)) if breaks > 0 && spaces < SPACES + INDENT => {
                    spaces += 1;
                }
                Some((Class::Break, _, _)) if breaks == 0 => breaks += 1,
                _ => break,
            }
            next.next();
        }
    }
    let mut end = from;
    for byte in &mut code[7..] {
        let (class, _, e) = next.next()?;
        let Class::Part(b) = class else { return None };
        *byte = b;
        end = e;
    }
    if matches!(next.next(), Some((Class::Part(b), _, _)) if b.is_ascii_digit()) {
        return None;
    }
    is_valid(&code).then_some((end, code[10]))
}

// ---------------------------------------------------------------------
// Files: the decoding layers.

/// How deep decoded text is decoded again (base64 inside quoted-printable
/// inside base64...).
const DEPTH: usize = 3;

/// The 1-based lines of a file on which an identity code stands, in its
/// text however the file is encoded: UTF-8, UTF-16 or UTF-32 (by
/// byte-order mark, or by the zero bytes of mostly-ASCII text),
/// Windows-1252 where it is not UTF-8; and in what its text decodes to:
/// RTF escapes and formatting, quoted-printable (soft line breaks too),
/// percent-encoding, folded calendar and vCard lines, and base64 runs of
/// at least 16 characters (a mail attachment, a `data:` address). A code
/// found in decoded text is reported on the line where its encoded form
/// starts. Sorted, each line once.
pub fn file_lines(bytes: &[u8]) -> Vec<usize> {
    text_lines(&decode_bytes(bytes))
}

/// Whether a file's or folder's name (or a path) holds an identity code,
/// read as the git hook reads a staged path: its bytes as a file's
/// ([`file_lines`]), so that a code counts written plainly and in what
/// the name decodes to (`%31%33%31%30%35%32-308T`, base64,
/// quoted-printable...), which a browser, a mail reader or a tool would
/// show decoded. The one test of a name: the hook, `lsk check` and the
/// pages (a folder so named has no address) all ask it.
pub fn name_holds_code(name: impl AsRef<[u8]>) -> bool {
    !file_lines(name.as_ref()).is_empty()
}

/// [`file_lines`] for a text already read: the lines of the codes in it
/// and in what it decodes to (RTF escapes, quoted-printable,
/// percent-encoding, folded lines, base64 runs). Sorted, each line once.
pub fn text_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut budget = text.len().saturating_mul(4).max(1 << 20);
    let layer = Layer {
        text: std::borrow::Cow::Borrowed(text),
        map: None,
    };
    layers(&layer, 0, &mut budget, &mut lines);
    lines.sort_unstable();
    lines.dedup();
    lines
}

/// A file's bytes as text: UTF-32 and UTF-16 decoded (by byte-order mark,
/// or by zero bytes where ASCII text in them has them), otherwise UTF-8
/// with every byte that is not UTF-8 read as Windows-1252 (an en dash
/// typed in Notepad is the byte 0x96).
pub fn decode_bytes(bytes: &[u8]) -> String {
    fn units<const N: usize>(rest: &[u8], f: fn([u8; N]) -> u32) -> impl Iterator<Item = u32> {
        rest.chunks_exact(N)
            .map(move |c| f(c.try_into().unwrap_or([0; N])))
    }
    let utf32 = |rest: &[u8], f: fn([u8; 4]) -> u32| {
        units(rest, f)
            .map(|u| char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    let utf16 = |rest: &[u8], f: fn([u8; 2]) -> u32| {
        char::decode_utf16(units(rest, f).map(|u| u as u16))
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    let (le32, be32) = (u32::from_le_bytes, u32::from_be_bytes);
    let le16 = |b: [u8; 2]| u32::from(u16::from_le_bytes(b));
    let be16 = |b: [u8; 2]| u32::from(u16::from_be_bytes(b));
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE, 0, 0]) {
        return utf32(rest, le32);
    }
    if let Some(rest) = bytes.strip_prefix(&[0, 0, 0xFE, 0xFF]) {
        return utf32(rest, be32);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, le16);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, be16);
    }
    // Without a byte-order mark: zero bytes where ASCII text has them.
    let zeros = |width: usize, at: &[usize]| {
        bytes.len() >= 2 * width
            && bytes
                .chunks_exact(width)
                .take(64)
                .all(|c| at.iter().all(|i| c[*i] == 0) && c.iter().any(|b| *b != 0))
    };
    if zeros(4, &[1, 2, 3]) {
        return utf32(bytes, le32);
    }
    if zeros(4, &[0, 1, 2]) {
        return utf32(bytes, be32);
    }
    if zeros(2, &[1]) {
        return utf16(bytes, le16);
    }
    if zeros(2, &[0]) {
        return utf16(bytes, be16);
    }
    utf8_or_1252(bytes)
}

/// UTF-8, with each byte that is not part of UTF-8 read as Windows-1252.
fn utf8_or_1252(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len()).max(1);
                out.extend(rest[..bad].iter().map(|b| cp1252(*b)));
                bytes = &rest[bad..];
            }
        }
    }
}

/// A Windows-1252 byte as a character (the five undefined ones as the
/// C1 controls ISO 8859-1 has there).
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// A text and where its parts came from: `map` holds (byte offset, line of
/// the file) at each change of line; `None` for the file's own text.
struct Layer<'a> {
    text: std::borrow::Cow<'a, str>,
    map: Option<Vec<(usize, usize)>>,
}

impl Layer<'_> {
    /// The file's line of the byte at `off` of this layer.
    fn line(&self, off: usize) -> usize {
        match &self.map {
            None => {
                1 + self.text.as_bytes()[..off.min(self.text.len())]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
            }
            Some(map) => {
                let i = map.partition_point(|(o, _)| *o <= off);
                map[i.saturating_sub(1)].1
            }
        }
    }

    /// A reader of this layer's lines at increasing offsets.
    fn cursor(&self) -> Cursor<'_> {
        Cursor {
            layer: self,
            off: 0,
            line: 1,
            idx: 0,
        }
    }
}

struct Cursor<'a> {
    layer: &'a Layer<'a>,
    off: usize,
    line: usize,
    idx: usize,
}

impl Cursor<'_> {
    /// The file's line of byte `off` (never less than the last one asked).
    fn at(&mut self, off: usize) -> usize {
        match &self.layer.map {
            None => {
                if off > self.off {
                    let end = off.min(self.layer.text.len());
                    let from = self.off.min(end);
                    self.line += self.layer.text.as_bytes()[from..end]
                        .iter()
                        .filter(|b| **b == b'\n')
                        .count();
                    self.off = off;
                }
                self.line
            }
            Some(map) => {
                while self.idx + 1 < map.len() && map[self.idx + 1].0 <= off {
                    self.idx += 1;
                }
                map.get(self.idx).map_or(1, |m| m.1)
            }
        }
    }
}

/// A decoded text being written, with the file's line of each part.
struct Out {
    text: String,
    map: Vec<(usize, usize)>,
}

impl Out {
    fn new(cap: usize) -> Out {
        Out {
            text: String::with_capacity(cap),
            map: Vec::new(),
        }
    }

    fn mark(&mut self, line: usize) {
        if self.map.last().is_none_or(|(_, l)| *l != line) {
            self.map.push((self.text.len(), line));
        }
    }

    fn push(&mut self, c: char, line: usize) {
        self.mark(line);
        self.text.push(c);
    }

    fn push_str(&mut self, s: &str, line: usize) {
        self.mark(line);
        self.text.push_str(s);
    }

    fn layer(self) -> Layer<'static> {
        Layer {
            text: std::borrow::Cow::Owned(self.text),
            map: Some(self.map),
        }
    }
}

/// A decoding layer: what a text decodes to, if anything.
type Decoder = fn(&Layer) -> Option<Out>;

/// Scan a layer, then what it decodes to.
fn layers(layer: &Layer, depth: usize, budget: &mut usize, lines: &mut Vec<usize>) {
    lines.extend(scan(&layer.text).iter().map(|f| layer.line(f.span.start)));
    if depth >= DEPTH {
        return;
    }
    // One pass says which decoders have anything to decode: most texts
    // have none.
    let wanted = triggers(&layer.text);
    let decoders: [(bool, Decoder); 5] = [
        (wanted.rtf, rtf),
        (wanted.qp, quoted_printable),
        (wanted.percent, percent),
        (layer.text.contains("BEGIN:V"), unfold),
        (wanted.base64, base64),
    ];
    for (wanted, decode) in decoders {
        if !wanted {
            continue;
        }
        if *budget == 0 {
            return;
        }
        let Some(out) = decode(layer) else { continue };
        if out.text == *layer.text {
            continue;
        }
        *budget = budget.saturating_sub(out.text.len());
        layers(&out.layer(), depth + 1, budget, lines);
    }
}

/// Which decoders may find something in a text.
struct Triggers {
    rtf: bool,
    qp: bool,
    percent: bool,
    base64: bool,
}

/// The shortest base64 run decoded.
const MIN_BASE64: usize = 15;

/// The base64 alphabet of mail and `data:` addresses. (Not the `-_` of
/// the address-safe one: those join every file name, date and YAML key
/// into a run.)
const fn is_base64(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/')
}

/// The base64 alphabet as a table, looked up once per byte read.
static BASE64: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = is_base64(b as u8);
        b += 1;
    }
    t
};

fn triggers(text: &str) -> Triggers {
    let b = text.as_bytes();
    let mut t = Triggers {
        rtf: text
            .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
            .starts_with("{\\rtf"),
        qp: false,
        percent: false,
        base64: base64_run(b),
    };
    let hex2 = |i: usize| {
        b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
    };
    for i in memchr::memchr3_iter(b'\\', b'=', b'%', b) {
        match b[i] {
            b'\\' => {
                t.rtf |= matches!(b.get(i + 1), Some(b'\''))
                    && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
                    || matches!(b.get(i + 1), Some(b'u'))
                        && b.get(i + 2)
                            .is_some_and(|d| d.is_ascii_digit() || *d == b'-');
            }
            b'=' => t.qp |= hex2(i) || matches!(b.get(i + 1), Some(b'\n' | b'\r')),
            _ => t.percent |= hex2(i),
        }
    }
    t
}

/// Whether `b` holds a run of the base64 alphabet that is decoded: long
/// enough and holding something other than small letters after its first
/// character (a long word is no base64), or long enough and ending its
/// line (it may go on, wrapped, on the next). A run that long covers one
/// byte of every [`MIN_BASE64`]th, so only those are looked at, and the
/// run around one that is in the alphabet.
fn base64_run(b: &[u8]) -> bool {
    let mut at = MIN_BASE64 - 1;
    while let Some(c) = b.get(at) {
        if !BASE64[usize::from(*c)] {
            at += MIN_BASE64;
            continue;
        }
        let start = at
            - b[..at]
                .iter()
                .rev()
                .take_while(|c| BASE64[usize::from(**c)])
                .count();
        let end = at
            + b[at..]
                .iter()
                .take_while(|c| BASE64[usize::from(**c)])
                .count();
        if end - start >= MIN_BASE64
            && (b[start + 1..end].iter().any(|c| !c.is_ascii_lowercase())
                || matches!(b.get(end), Some(b'\r' | b'\n')))
        {
            return true;
        }
        // The next run starts after `end`: the first of its bytes looked
        // at is at most MIN_BASE64 on.
        at = end + MIN_BASE64;
    }
    false
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Runs of escaped bytes (`=E2=80=93`, `%E2%80%93`) as text: UTF-8 where
/// they are, Windows-1252 otherwise.
struct Bytes {
    pending: Vec<u8>,
    line: usize,
}

impl Bytes {
    fn flush(&mut self, out: &mut Out) {
        if !self.pending.is_empty() {
            out.push_str(&utf8_or_1252(&self.pending), self.line);
            self.pending.clear();
        }
    }

    fn add(&mut self, b: u8, line: usize) {
        if self.pending.is_empty() {
            self.line = line;
        }
        self.pending.push(b);
    }
}

/// Quoted-printable (mail, MIME parts): `=XX` is a byte, `=` at the end of
/// a line joins it to the next.
fn quoted_printable(layer: &Layer) -> Option<Out> {
    escaped_bytes(layer, b'=', true)
}

/// Percent-encoding (a web address, a form's data): `%XX` is a byte.
fn percent(layer: &Layer) -> Option<Out> {
    escaped_bytes(layer, b'%', false)
}

fn escaped_bytes(layer: &Layer, mark: u8, soft_breaks: bool) -> Option<Out> {
    let text = &*layer.text;
    let b = text.as_bytes();
    let escape_at = |i: usize| {
        b.get(i + 1).copied().and_then(hex).is_some()
            && b.get(i + 2).copied().and_then(hex).is_some()
    };
    let soft_at = |i: usize| {
        soft_breaks && (b.get(i + 1) == Some(&b'\n') || b.get(i + 1..i + 3) == Some(b"\r\n"))
    };
    if !b
        .iter()
        .enumerate()
        .any(|(i, c)| *c == mark && (escape_at(i) || soft_at(i)))
    {
        return None;
    }
    let mut out = Out::new(text.len());
    let mut cur = layer.cursor();
    let mut bytes = Bytes {
        pending: Vec::new(),
        line: 1,
    };
    let mut i = 0;
    while i < b.len() {
        let line = cur.at(i);
        if b[i] == mark && escape_at(i) {
            let byte = hex(b[i + 1]).unwrap_or(0) * 16 + hex(b[i + 2]).unwrap_or(0);
            bytes.add(byte, line);
            i += 3;
            continue;
        }
        if b[i] == mark && soft_at(i) {
            i += if b[i + 1] == b'\n' { 2 } else { 3 };
            continue;
        }
        bytes.flush(&mut out);
        let c = text[i..].chars().next()?;
        out.push(c, line);
        i += c.len_utf8();
    }
    bytes.flush(&mut out);
    Some(out)
}

/// Folded lines of a calendar or vCard (a line break followed by a space
/// or tab continues the line), joined. Only in text that holds one.
fn unfold(layer: &Layer) -> Option<Out> {
    let text = &*layer.text;
    if !text.contains("BEGIN:V") {
        return None;
    }
    let b = text.as_bytes();
    let mut out = Out::new(text.len());
    let mut cur = layer.cursor();
    let mut i = 0;
    while i < b.len() {
        let line = cur.at(i);
        let brk = match (b[i], b.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\n', _) => 1,
            _ => 0,
        };
        if brk > 0 && matches!(b.get(i + brk), Some(b' ' | b'\t')) {
            i += brk + 1;
            continue;
        }
        let c = text[i..].chars().next()?;
        out.push(c, line);
        i += c.len_utf8();
    }
    Some(out)
}

/// RTF (WordPad, Word's "rich text"): `\'96` is a Windows-1252 byte,
/// `\u8211?` a character (the `?` its fallback, dropped); in a file that is
/// RTF, control words (`\b`, `\par`), groups and raw line breaks are
/// formatting, not text.
fn rtf(layer: &Layer) -> Option<Out> {
    let text = &*layer.text;
    let whole = text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with("{\\rtf");
    let b = text.as_bytes();
    let unicode_at = |i: usize| {
        b.get(i + 1) == Some(&b'u')
            && b.get(i + 2)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'-')
    };
    let byte_at = |i: usize| {
        b.get(i + 1) == Some(&b'\'')
            && b.get(i + 2).copied().and_then(hex).is_some()
            && b.get(i + 3).copied().and_then(hex).is_some()
    };
    if !whole
        && !b
            .iter()
            .enumerate()
            .any(|(i, c)| *c == b'\\' && (unicode_at(i) || byte_at(i)))
    {
        return None;
    }
    let mut out = Out::new(text.len());
    let mut cur = layer.cursor();
    let mut bytes = Bytes {
        pending: Vec::new(),
        line: 1,
    };
    let mut high: Option<u16> = None;
    let mut i = 0;
    while i < b.len() {
        let line = cur.at(i);
        if b[i] == b'\\' && byte_at(i) {
            let byte = hex(b[i + 2]).unwrap_or(0) * 16 + hex(b[i + 3]).unwrap_or(0);
            bytes.add(byte, line);
            i += 4;
            continue;
        }
        if b[i] != b'\\' {
            bytes.flush(&mut out);
        }
        if b[i] == b'\\' && unicode_at(i) {
            bytes.flush(&mut out);
            let start = i + 2;
            let mut end = start + 1;
            while end < b.len() && b[end].is_ascii_digit() && end - start < 6 {
                end += 1;
            }
            let n: i32 = text[start..end].parse().unwrap_or(0);
            let unit = if n < 0 { n + 65536 } else { n } as u32;
            i = end;
            if b.get(i) == Some(&b' ') {
                i += 1;
            }
            // The fallback for readers without Unicode: one `\'XX`, or one
            // character that is not a letter or digit (`?`, `-`).
            if b.get(i) == Some(&b'\\') && byte_at(i) {
                i += 4;
            } else if i < b.len() && !b[i].is_ascii_alphanumeric() && !b"\\{}\r\n".contains(&b[i]) {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
            match (high.take(), unit) {
                (_, 0xD800..=0xDBFF) => high = Some(unit as u16),
                (Some(h), 0xDC00..=0xDFFF) => {
                    if let Some(Ok(c)) = char::decode_utf16([h, unit as u16]).next() {
                        out.push(c, line);
                    }
                }
                (_, u) => {
                    if let Some(c) = char::from_u32(u) {
                        out.push(c, line);
                    }
                }
            }
            continue;
        }
        if whole {
            match b[i] {
                b'{' | b'}' | b'\r' | b'\n' => {
                    i += 1;
                    continue;
                }
                b'\\' => {
                    let next = b.get(i + 1).copied().unwrap_or(b' ');
                    if next.is_ascii_alphabetic() {
                        let start = i + 1;
                        let mut end = start;
                        while end < b.len() && b[end].is_ascii_alphabetic() {
                            end += 1;
                        }
                        let word = &text[start..end];
                        if b.get(end) == Some(&b'-') {
                            end += 1;
                        }
                        while end < b.len() && b[end].is_ascii_digit() {
                            end += 1;
                        }
                        if b.get(end) == Some(&b' ') {
                            end += 1;
                        }
                        bytes.flush(&mut out);
                        match word {
                            "par" | "line" | "sect" | "page" | "row" | "cell" => {
                                out.push('\n', line)
                            }
                            "tab" => out.push(' ', line),
                            "endash" | "emdash" => out.push('\u{2013}', line),
                            _ => {}
                        }
                        i = end;
                        continue;
                    }
                    // A control symbol: `\` and one character, which may be
                    // beyond ASCII (a Windows-1252 file read as text).
                    bytes.flush(&mut out);
                    let Some(c) = text[i + 1..].chars().next() else {
                        i += 1;
                        continue;
                    };
                    match c {
                        '~' => out.push(' ', line),
                        '_' => out.push('-', line),
                        '-' => {}
                        '\r' | '\n' => out.push('\n', line),
                        c => out.push(c, line),
                    }
                    i += 1 + c.len_utf8();
                    continue;
                }
                _ => {}
            }
        }
        bytes.flush(&mut out);
        let c = text[i..].chars().next()?;
        out.push(c, line);
        i += c.len_utf8();
    }
    bytes.flush(&mut out);
    Some(out)
}

/// Base64 runs of at least 15 characters (wrapped over lines as mail
/// wraps them, padded or not), each
/// decoded, read as a file's bytes, on the line where the run starts.
fn base64(layer: &Layer) -> Option<Out> {
    const MIN: usize = MIN_BASE64;
    let text = &*layer.text;
    let b = text.as_bytes();
    let is_b64 = is_base64;
    let mut out: Option<Out> = None;
    let mut cur = layer.cursor();
    let mut chars: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !is_b64(b[i]) {
            i += 1;
            continue;
        }
        // One run: base64 characters, across line breaks when the next
        // line goes on with them.
        let start = i;
        chars.clear();
        while i < b.len() {
            if is_b64(b[i]) {
                chars.push(b[i]);
                i += 1;
            } else if matches!(b[i], b'\r' | b'\n') && chars.len() >= MIN {
                let mut j = i;
                while j < b.len() && matches!(b[j], b'\r' | b'\n' | b' ' | b'\t') {
                    j += 1;
                }
                if j < b.len() && is_b64(b[j]) && j - i <= 4 {
                    i = j;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        while i < b.len() && b[i] == b'=' {
            i += 1;
        }
        // A word is no base64: base64 of any text has a digit, `+`, `/`
        // or a capital letter after the first character.
        if chars.len() < MIN || !chars.iter().skip(1).any(|c| !c.is_ascii_lowercase()) {
            continue;
        }
        let line = cur.at(start);
        // Where the run starts is not always where the encoding does
        // (`id:MTMx…`): every alignment.
        for skip in 0..4 {
            let decoded = decode_base64(&chars[skip.min(chars.len())..]);
            let text = decode_bytes(&decoded);
            let o = out.get_or_insert_with(|| Out::new(0));
            o.push_str(&text, line);
            o.push('\n', line);
        }
    }
    out
}

/// Standard base64; a trailing partial group dropped.
fn decode_base64(chars: &[u8]) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            _ => 63,
        }
    };
    let mut out = Vec::with_capacity(chars.len() / 4 * 3);
    for group in chars.chunks(4) {
        let n = group.iter().fold(0u32, |acc, c| (acc << 6) | value(*c))
            << (6 * (4 - group.len() as u32));
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..group.len()]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_broken_over_an_indented_line_is_found() {
        // A YAML list item's `|-` block: the line after the break indented.
        for text in [
            "    - action: |-\n        Soita isälle 131052\n        -308T\n",
            "Soita 131052-\n      308T tänään",
        ] {
            assert_eq!(scan(text).len(), 1, "{text}");
        }
        // A list's bullet after the break is still no sign.
        assert!(scan("131052\n      - 308T").is_empty());
    }

    #[test]
    fn a_short_run_is_skipped_only_where_reading_through_would_end_it() {
        // Ended by a visible ASCII character: skipped whole.
        assert_eq!(short_ascii_run(b"2026-11-22", 0), Some(4));
        assert_eq!(short_ascii_run(b"12 ", 0), Some(2));
        // Six digits, or a character read through or decoded: the slow way.
        for text in [
            "131052-308T",
            "1310**52**-308T",
            "1310_52-308T",
            "1310&#53;2-308T",
            "1310<b>52</b>-308T",
            "1310\u{200B}52-308T",
            "1310`52`-308T",
            "1310\\52-308T",
        ] {
            assert_eq!(short_ascii_run(text.as_bytes(), 0), None, "{text}");
        }
        // And every one of those codes is still found.
        for text in [
            "ID 1310**52**-308T",
            "1310&#53;2-308T",
            "1310<b>52</b>-308T",
            "1310\u{200B}52-308T",
            "1310`52`-308T",
        ] {
            assert_eq!(scan(text).len(), 1, "{text}");
        }
    }

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
            // Review 2026-12: strikethrough, emphasis, combining marks,
            // controls, touching letters, spaces around the sign, tags.
            "1310~~52~~-308T".into(),
            "1310**52**-308T".into(),
            "1310_52_-308T".into(),
            "`131052`-308T".into(),
            "13\u{0483}1052-308T".into(),
            "1310\u{0}52-308T".into(),
            "1310\u{1b}52-308T".into(),
            "1310\u{9c}52-308T".into(),
            "1310\u{200d}52-308T".into(),
            "1310\u{202e}52-308T".into(),
            "ID131052-308T".into(),
            "b131052-308T".into(),
            "131052-308Tf".into(),
            "010203 -1230".into(),
            "131052 \u{2013} 308T".into(),
            "131052\u{a0}-\u{a0}308T".into(),
            "131052-308t".into(),
            "131052<b>-</b>308T".into(),
            "1310<span class=\"x\">52</span>-308T".into(),
            "131052<!-- x -->-308T".into(),
            "131052&nbsp;-308T".into(),
            "131052&shy;-308T".into(),
            "131052\n-308T".into(),
            "131052 -\r\n  308T".into(),
        ] {
            assert_eq!(find(&text).len(), 1, "{text:?}");
        }
        for text in [
            "131052-308T5",
            "5131052-308T",
            "131052-308A",
            "131052 A308T",
            "131052    -308T",
            "131052\n\n-308T",
            "131052-\n\n308T",
            "131052\n- 308T",
            "131052\u{2013}308",
            // A git object name and a UUID that happen to hold one
            // (`010110A0023` and `131052-0040` are valid codes).
            "3fa9010110a0023c0ffee",
            "0bad131052-0040-4abc-9def-0123456789ab",
        ] {
            assert!(find(text).is_empty(), "{text:?}");
        }
    }

    /// A code that fills a dated name's last part (dashes and the end
    /// around it, no hexadecimal digit touching it) is a code, though the
    /// name is all hexadecimal digits and dashes; and the base64 of a bare
    /// code (15 characters, `=` after them) is read.
    #[test]
    fn a_dated_name_of_hexadecimal_digits_holds_its_code() {
        assert!(is_valid(b"150314A300C") && is_valid(b"131052-3140"));
        for name in [
            "2026-10-07-150314A300C",
            "2026-10-07-150314a300c",
            "2026-10-07-131052-3140",
            "2026-10-07-MTMxMDUyLTMwOFQ=",
            "MTMxMDUyLTMwOFQ",
        ] {
            assert_eq!(text_lines(name), vec![1], "{name}");
        }
        // Touching more hexadecimal digits, as in a hash: left alone.
        assert!(find("2026-10-07-150314A300Cabc0").is_empty());
    }

    #[test]
    fn hashes_hold_valid_codes() {
        assert!(is_valid(b"010110A0023") && is_valid(b"131052-0040"));
        assert_eq!(find("x010110a0023 131052-0040").len(), 2);
    }

    #[test]
    fn masks_every_code() {
        assert_eq!(
            mask("a 131052\u{2011}308T b 131052-308T."),
            format!("a {MASK} b {MASK}.")
        );
        assert_eq!(mask("no code 131052-308A"), "no code 131052-308A");
        assert_eq!(mask("131052-308T131052-308T"), format!("{MASK}{MASK}"));
    }

    #[test]
    fn finds_with_lines() {
        let text = "a\nhetu 131052-308T here\nb131052-308T\n131052-308A\nHETU131052-308T\n";
        assert_eq!(find(text), vec![(2, 7), (3, 25), (5, 53)]);
    }

    /// A control symbol of a character beyond ASCII (`\\ä`, `\\１`) is
    /// stepped over whole: no panic (whose message would repeat the
    /// text, code and all), and the code after it is found; also when the
    /// RTF comes out of base64 in a meeting's notes.
    #[test]
    fn an_rtf_control_symbol_beyond_ascii_is_read_whole() {
        for sym in ["ä", "１", "€", "\u{10348}", "\u{301}"] {
            let rtf = format!("{{\\rtf1\\ansi Lausunto \\{sym} Eetu 131052-308T}}");
            assert_eq!(text_lines(&rtf), vec![1], "{rtf:?}");
            let b64 = encode_base64(rtf.as_bytes());
            assert_eq!(
                text_lines(&format!("Muistio\n\nLiite: {b64}\n")),
                vec![3],
                "{b64}"
            );
        }
        let mut cp1252 = b"{\\rtf1\\ansi \\".to_vec();
        cp1252.extend([0xE4, b' ']);
        cp1252.extend(b"131052-308T}");
        assert_eq!(file_lines(&cp1252), vec![1]);
        // Ends on a backslash.
        assert!(text_lines("{\\rtf1 x \\").is_empty());
    }

    /// Standard base64 with padding (the tests' own encoder).
    fn encode_base64(bytes: &[u8]) -> String {
        const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(ABC[(n >> (18 - 6 * i) & 63) as usize]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    #[test]
    fn files_in_any_encoding() {
        let lines = |bytes: &[u8]| file_lines(bytes);
        // Windows-1252 with an en dash.
        assert_eq!(lines(b"a\r\nRobin 131052\x96308T\r\n"), vec![2]);
        // UTF-32 with and without a byte-order mark, UTF-16.
        let utf32: Vec<u8> = "x\n131052-308T\n"
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        assert_eq!(lines(&utf32), vec![2]);
        let mut bom = vec![0, 0, 0xFE, 0xFF];
        bom.extend("131052-308T".chars().flat_map(|c| (c as u32).to_be_bytes()));
        assert_eq!(lines(&bom), vec![1]);
        // RTF escapes and formatting.
        assert_eq!(lines(b"x\n131052\\'96308T\n"), vec![2]);
        assert_eq!(lines(b"131052\\u8211?308T"), vec![1]);
        assert_eq!(lines(b"131052\\u8211\\'96308T"), vec![1]);
        assert_eq!(
            lines(b"{\\rtf1\\ansi\n{\\b 1310}\n52\\endash 308T\\par}"),
            vec![2]
        );
        // Quoted-printable, with a soft line break inside.
        assert_eq!(lines(b"a\n131052=E2=80=93308T\n"), vec![2]);
        assert_eq!(lines(b"a\nb\n1310=\n52-308T\n"), vec![3]);
        assert_eq!(lines(b"131052=2D308T"), vec![1]);
        // Percent-encoding.
        assert_eq!(lines(b"see ?q=131052%E2%80%93308T"), vec![1]);
        // Base64: plain, in a data: address, wrapped, misaligned.
        let b64 = |s: &[u8]| {
            const A: &[u8; 64] =
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut out = String::new();
            for c in s.chunks(3) {
                let n = c.iter().fold(0u32, |a, b| (a << 8) | u32::from(*b)) << (8 * (3 - c.len()));
                for k in 0..=c.len() {
                    out.push(A[((n >> (18 - 6 * k)) & 63) as usize] as char);
                }
            }
            out
        };
        let coded = b64(b"Robin Example 131052-308T, born 1952");
        assert_eq!(lines(format!("x\ny\n{coded}\n").as_bytes()), vec![3]);
        assert_eq!(
            lines(format!("<img src=\"data:text/plain;base64,{coded}\">").as_bytes()),
            vec![1]
        );
        let (a, b) = coded.split_at(20);
        assert_eq!(lines(format!("x\n{a}\r\n{b}\n").as_bytes()), vec![2]);
        assert_eq!(lines(format!("id:x{coded}").as_bytes()), vec![1]);
        let nested = b64(format!("Content-Transfer-Encoding: base64\n\n{coded}\n").as_bytes());
        assert_eq!(lines(nested.as_bytes()), vec![1]);
        // Nothing where there is nothing.
        assert!(lines(b"131052-308A =E2=80=93 %20 \\'96").is_empty());
        assert!(lines("Lastensuojeluilmoitus Perhetyöntekijä".as_bytes()).is_empty());
    }

    /// `triggers` (escapes by memchr, base64 runs at every 16th byte) says
    /// what a reading byte by byte says,
    /// on texts made of the bytes that matter, in runs of every length.
    #[test]
    fn triggers_as_read_byte_by_byte() {
        fn reference(text: &str) -> (bool, bool, bool, bool) {
            let b = text.as_bytes();
            let (mut qp, mut percent, mut base64, mut rtf) = (false, false, false, false);
            let hex2 = |i: usize| {
                b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
            };
            let (mut run, mut mixed) = (0usize, false);
            for (i, c) in b.iter().enumerate() {
                if is_base64(*c) {
                    mixed |= run > 0 && !c.is_ascii_lowercase();
                    run += 1;
                    base64 |= run >= MIN_BASE64 && mixed;
                    continue;
                }
                base64 |= run >= MIN_BASE64 && matches!(c, b'\r' | b'\n');
                run = 0;
                mixed = false;
                match c {
                    b'\\' => {
                        rtf |= matches!(b.get(i + 1), Some(b'\''))
                            && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
                            || matches!(b.get(i + 1), Some(b'u'))
                                && b.get(i + 2)
                                    .is_some_and(|d| d.is_ascii_digit() || *d == b'-');
                    }
                    b'=' => qp |= hex2(i) || matches!(b.get(i + 1), Some(b'\n' | b'\r')),
                    b'%' => percent |= hex2(i),
                    _ => {}
                }
            }
            (rtf, qp, percent, base64)
        }
        let pieces = [
            "a",
            "Q",
            "7",
            "+",
            "/",
            " ",
            "\n",
            "\r",
            "=",
            "%",
            "\\",
            "'",
            "u",
            "-",
            "ä",
            "e9",
            "abcdefghijklmnop",
            "ABCDEFGHIJKLMNO",
            "abcdefghijklmno",
            "abcdefg",
            "xyzw",
        ];
        // A run of just the shortest length, after any other run.
        for before in 0..40 {
            for between in [" ", "  ", "ä", " \n"] {
                for run in [
                    "QUJDREVGR0hJSktM",
                    "abcdefghijklmnop\n",
                    "abcdefghijklmno\n",
                ] {
                    let text = format!("{}{between}{run}", "a".repeat(before));
                    assert_eq!(triggers(&text).base64, reference(&text).3, "{text:?}");
                }
            }
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..50_000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let t = triggers(&text);
            let (rtf, qp, percent, base64) = reference(&text);
            assert_eq!(
                (
                    t.rtf & !text.trim_start().starts_with("{\\rtf"),
                    t.qp,
                    t.percent,
                    t.base64
                ),
                (rtf, qp, percent, base64),
                "{text:?}"
            );
        }
    }

    /// The quick look (`triggers`) never says "no base64" of a text in
    /// which the decoder finds a run; and a text of long words only, the
    /// usual meeting, is not decoded at all.
    #[test]
    fn base64_trigger_misses_no_run() {
        let layer = |t: &str| Layer {
            text: std::borrow::Cow::Owned(t.to_owned()),
            map: None,
        };
        let words = [
            "varhaiskasvatuksen",
            "asiakassuunnitelmaan",
            "Lastensuojeluilmoitus",
            "QUJDREVGR0hJSktMTU5PUA",
            "abcdefghijklmnopQ",
            "abcdefghijklmnop",
            "Abcdefghijklmnopq",
            "x",
            "ab+cd/ef",
            "0123456789012345",
        ];
        let seps = [" ", "\n", "\r\n", "\n  ", "\n\n", "=", "=\n", "ä"];
        for a in words {
            for sep in seps {
                for b in words {
                    for sep2 in seps {
                        let text = format!("{a}{sep}{b}{sep2}{a}");
                        let l = layer(&text);
                        if base64(&l).is_some() {
                            assert!(triggers(&text).base64, "{text:?}");
                        }
                    }
                }
            }
        }
        assert!(
            !triggers(
                "Päiväkoti varhaiskasvatuksen asiakassuunnitelmaan ja\nLastensuojeluilmoitus."
            )
            .base64
        );
    }
}
