//! Text as lsk compares and names it: people's names, recipient words,
//! folder-name slugs, a calendar's folded lines. The base layer: it
//! imports only `hetu`'s reading of invisible characters.

use unicode_normalization::UnicodeNormalization;

/// Names compare without regard to case or spacing: "sanna  Virtanen" is
/// "Sanna Virtanen".
pub fn person_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `person_key(a) == person_key(b)`, without allocating.
pub fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Most names compared are another person's: told apart by the first
    // letter when it is ASCII (whose small letter is itself one byte).
    if let (Some(x), Some(y)) = (a.trim_start().bytes().next(), b.trim_start().bytes().next())
        && x.is_ascii()
        && y.is_ascii()
        && !x.eq_ignore_ascii_case(&y)
    {
        return false;
    }
    let mut a = a.split_whitespace();
    let mut b = b.split_whitespace();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            // A capital sigma's small letter depends on its place in the
            // word (ς at its end), which only the whole word's lowering
            // knows: such a word is lowered as person_key lowers it.
            (Some(x), Some(y)) if x.contains('Σ') || y.contains('Σ') => {
                if x.to_lowercase() != y.to_lowercase() {
                    return false;
                }
            }
            (Some(x), Some(y))
                if x == y
                    || x.chars()
                        .flat_map(char::to_lowercase)
                        .eq(y.chars().flat_map(char::to_lowercase)) => {}
            _ => return false,
        }
    }
}

/// A written name made comparable: Unicode compatibility normalisation
/// (NFKC), lower case, surrounding space dropped, and spaces and
/// underscores inside read as `-`.
pub fn key(text: &str) -> String {
    let folded: String = if unicode_normalization::is_nfkc_quick(text.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        text.to_lowercase()
    } else {
        text.nfkc().flat_map(char::to_lowercase).collect()
    };
    folded
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The longest slug (ASCII, so bytes are characters).
pub const MAX_SLUG: usize = 60;

/// A folder-name slug: ASCII a-z, 0-9 and '-', from whatever the user wrote.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ó' | 'ò' | 'ô' | 'ø' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            'š' => 's',
            'ž' => 'z',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    // A folder name stays well below every file system's limit.
    out.truncate(MAX_SLUG);
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The text as a calendar reads it: folded lines joined again (RFC 5545
/// 3.1), so that nothing split across a fold escapes a scan.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
        .replace("\r\n\t", "")
        .replace("\n ", "")
        .replace("\n\t", "")
}

/// Words for yes, in English, Finnish and Swedish.
pub const YES: &[&str] = &["yes", "true", "kyllä", "kylla", "joo", "ja"];
/// Words for no.
pub const NO: &[&str] = &["no", "false", "ei", "nej"];

/// A yes/no answer as people write it: `yes`/`no`, `true`/`false`,
/// `kyllä`/`ei`, `ja`/`nej`, in any case; anything else is no answer.
pub fn answer(text: &str) -> Option<bool> {
    let word = text.trim().to_lowercase();
    if YES.contains(&word.as_str()) {
        Some(true)
    } else if NO.contains(&word.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// The words of a text as names are compared: compatibility-normalised,
/// what a reader would not see removed, lower case, split at anything that
/// is not a letter or a digit ("Sanna-Virta" and "virta  SANNA" give the
/// same words).
pub fn name_words(text: &str) -> Vec<String> {
    // What a reader would not see (zero-width, direction and format
    // characters), as the identity-code detector reads past it.
    let seen = |c: &char| !(crate::hetu::invisible(*c) || (c.is_control() && *c != '\n'));
    // Most text is already in its NFKC form (the quick check says so
    // without composing anything): then it is read as it is.
    let clean: String = if unicode_normalization::is_nfkc_quick(text.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        text.chars().filter(seen).collect()
    } else {
        text.nfkc().filter(seen).collect()
    };
    clean
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `text` names the person `name` in any word order: every word of
/// the name stands in it ("Virta Sanna" and "Sanna Virta kertoi" name
/// Sanna Virta). An inflected form ("Sanna Virran") is not recognised.
pub fn names(text: &str, name: &str) -> bool {
    let wanted = name_words(name);
    if wanted.is_empty() {
        return false;
    }
    let words = name_words(text);
    wanted.iter().all(|w| words.contains(w))
}

/// Whether two written names are the same person's, in any word order and
/// spacing: the same words.
pub fn same_name(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (name_words(a), name_words(b));
    if a.is_empty() {
        return false;
    }
    a.sort();
    b.sort();
    a == b
}

/// Where `needle` first stands in `hay` (bytes), from `from` on (an empty
/// needle stands at `from`).
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|at| at + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `same_person` is `person_key` equality, its quick answers included.
    #[test]
    fn same_person_is_person_key_equality() {
        let names = [
            "Mikko Aalto",
            "mikko  aalto",
            " MIKKO\tAalto ",
            "Mikko Heinonen",
            "Äijä Öst",
            "äijä öst",
            "Aijä Öst",
            "ÉVA",
            "éva",
            "İlkay",
            "i̇lkay",
            "",
            "  ",
            "m",
            "M",
            "1a",
            "AΣ",
            "aσ",
            "aς",
            "ΣΑΣ Mikko",
            "σας mikko",
        ];
        for a in names {
            for b in names {
                assert_eq!(
                    same_person(a, b),
                    person_key(a) == person_key(b),
                    "{a:?} {b:?}"
                );
            }
        }
    }
}
