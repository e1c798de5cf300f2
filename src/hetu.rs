//! Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign,
//! an individual number and a check character. Only codes whose check
//! character is right are reported, so near-misses such as a case number are
//! not flagged.

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
    let Some(century) = century(code[6]) else {
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

/// Every valid identity code in `text`, as (1-based line, byte offset).
/// A code must stand on its own: not glued to other letters or digits.
pub fn find(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // One pass: count the run of digits; exactly six digits then a century
    // sign is a candidate, checked in full only then.
    let mut run = 0usize;
    let mut line = 1;
    let mut line_at = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            continue;
        }
        if run == 6 && century(b).is_some() {
            let start = i - 6;
            let boundary_before = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
            let boundary_after = bytes
                .get(start + 11)
                .is_none_or(|b| !b.is_ascii_alphanumeric());
            if boundary_before
                && boundary_after
                && bytes.len() >= start + 11
                && is_valid(&bytes[start..start + 11])
            {
                line += bytes[line_at..start]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count();
                line_at = start;
                found.push((line, start));
            }
        }
        run = 0;
    }
    found
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
    fn finds_with_lines() {
        let text = "a\nhetu 131052-308T here\nx131052-308T\n131052-308A\n";
        assert_eq!(find(text), vec![(2, 7)]);
    }
}
