//! Mistakes people make when they type YAML by hand, recognised from the
//! parser's error and from the source text, so that a message names the
//! real cause and the fix instead of repeating the parser's English.
//!
//! The parser notices a mistake where the text stops making sense, which
//! is often a line or a character after the mistake itself (a no-break
//! space after `goal:` shows as an error on the next line). So the source
//! text is looked at too: the error line and the line above it.

/// What is wrong, in lsk's own terms (`case::traps` names the parser's
/// errors); `fixed` is the line as it should be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlErrorKind {
    /// The parser's own message (English, from granit-parser), for an
    /// error lsk has no words of its own for: shown to English readers
    /// only, marked as the parser's.
    Syntax(String),
    DuplicateKey {
        key: String,
        first_line: usize,
    },
    /// A list item's first key given again inside the same item: the line
    /// that starts the next item lacks its `- `.
    MissingDash {
        key: String,
        first_line: usize,
        fixed: String,
    },
    /// A line at a list's indentation that does not start with `- `:
    /// `item` begins a new item, `inside` continues the one above.
    NotListItem {
        item: String,
        inside: String,
    },
    /// `key: text: more`: an unquoted value with `: ` in it.
    ColonInValue {
        key: String,
        fixed: String,
    },
    /// A value in typographic quotes (” “ „ «), which YAML reads as text.
    TypographicQuotes {
        quote: char,
        fixed: String,
    },
    /// A no-break space (or another special space) after a colon or in
    /// the indentation; `code` is its Unicode code point.
    SpecialSpace {
        code: u32,
    },
    /// `key:value` without a space after the colon.
    NoSpaceAfterColon {
        key: String,
        fixed: String,
    },
    /// A line indented more than the line above (`above`), read as the
    /// rest of that line's text.
    Indented {
        above: usize,
        fixed: String,
    },
    /// A field that lost its indentation inside a list item: the fields
    /// before (`like`, 1-based) and after it are indented by `spaces`.
    Outdented {
        like: usize,
        spaces: usize,
        fixed: String,
    },
    /// A line indented by `spaces`, which matches none of the `levels`
    /// the fields above use.
    Misaligned {
        spaces: usize,
        levels: Vec<usize>,
    },
    /// A list item (`- `) where a field was expected.
    ListHere,
    /// A line without `key:`.
    NoColon,
    /// A `{` or `[` not closed.
    Unclosed {
        bracket: char,
    },
    /// A `}` or `]` with nothing open.
    StrayBracket {
        bracket: char,
    },
    UnclosedQuote {
        quote: char,
    },
    /// Text after a quoted value's closing quote.
    TextAfterQuote {
        fixed: Option<String>,
    },
    /// Text after a list or record in brackets closed on the same line.
    AfterBrackets {
        fixed: String,
    },
    /// A line starting with a character YAML reads as punctuation
    /// (`,ime: 13:00`): a key cannot start with it.
    BadStart {
        ch: char,
    },
    /// A value starting with a character YAML reserves (`@`, `` ` ``,
    /// `%`, `&`, `*`, `!`, `?`, `|`, `>`).
    Reserved {
        ch: char,
        fixed: Option<String>,
    },
    ComplexKey,
    UnknownTag(String),
    TooDeep,
    /// Aliases expand to too many values.
    TooLarge,
    /// More values than any meeting file has (without aliases).
    TooManyValues,
    MultipleDocuments,
    Tab,
}

/// Spaces that look like a space but are not one to YAML: the no-break
/// space Finnish and Swedish keyboards type with AltGr+Space (and word
/// processors put after a colon), and their typographic relatives.
pub fn special_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}'
    )
}

/// Typographic quotes, which autocorrect types for `"` and `'`: YAML reads
/// them as ordinary characters, not as quotes.
pub fn typographic_quote(c: char) -> bool {
    matches!(
        c,
        '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201A}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2039}'
            | '\u{203A}'
    )
}

/// A classified parse error: 1-based line and column (in characters) of
/// the fault, and what it is.
pub struct Trap {
    pub line: usize,
    pub col: Option<usize>,
    pub kind: YamlErrorKind,
}

/// A line split as `indent`, an optional `- `, `key`, `:` and the rest.
struct KeyLine<'a> {
    /// Characters before the key (indentation and `- `).
    lead: usize,
    key: &'a str,
    /// What follows the colon, as written (with its leading space).
    rest: &'a str,
}

fn key_line(line: &str) -> Option<KeyLine<'_>> {
    let body = line.trim_start_matches(' ');
    let mut lead = line.len() - body.len();
    let body = match body.strip_prefix("- ") {
        Some(b) => {
            lead += 2;
            b
        }
        None => body,
    };
    let end = body
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '-'))
        .map_or(body.len(), |(i, _)| i);
    if end == 0 || !body[end..].starts_with(':') {
        return None;
    }
    Some(KeyLine {
        lead: line[..lead].chars().count(),
        key: &body[..end],
        rest: &body[end + 1..],
    })
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// `text` as a quoted YAML value: in double quotes, or in single quotes
/// when it holds a double quote.
pub fn quoted(text: &str) -> String {
    if text.contains('"') && !text.contains('\'') {
        format!("'{text}'")
    } else if text.contains('"') {
        format!("'{}'", text.replace('\'', "''"))
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\"))
    }
}

/// The line of a special space that YAML would take for text: right
/// after a key's colon, or in the indentation. `(column, character)`.
fn special_space_in(line: &str) -> Option<(usize, char)> {
    for (i, c) in line.chars().enumerate() {
        if special_space(c) {
            return Some((i + 1, c));
        }
        if c != ' ' && c != '-' {
            break;
        }
    }
    let k = key_line(line)?;
    let first = k.rest.chars().next()?;
    special_space(first).then(|| (k.lead + k.key.chars().count() + 2, first))
}

/// `key:value` with no space after the colon (a time such as `13:00` is
/// a value, never a key, so it is not taken for one).
fn no_space_after_colon(line: &str) -> Option<(usize, String, String)> {
    let k = key_line(line)?;
    let first = k.rest.chars().next()?;
    if first.is_whitespace() || special_space(first) || k.key.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let at = line.len() - k.rest.len();
    let fixed = format!("{} {}", &line[..at], k.rest);
    Some((k.lead + k.key.chars().count() + 2, k.key.to_owned(), fixed))
}

/// The value of `key: value` starts with a typographic quote.
fn typographic_value(line: &str) -> Option<(usize, char, String)> {
    let k = key_line(line)?;
    let value = k.rest.trim();
    let quote = value.chars().next().filter(|c| typographic_quote(*c))?;
    let inner: &str = value
        .trim_start_matches(typographic_quote)
        .trim_end_matches(typographic_quote);
    let at = line.len() - k.rest.len();
    let fixed = format!("{} {}", &line[..at], quoted(inner));
    let col = k.lead
        + k.key.chars().count()
        + 1
        + (k.rest.chars().count() - k.rest.trim_start().chars().count())
        + 1;
    Some((col, quote, fixed))
}

/// The previous line that holds something, 1-based.
fn previous(lines: &[&str], line: usize) -> Option<usize> {
    (1..line)
        .rev()
        .find(|l| lines.get(l - 1).is_some_and(|t| !t.trim().is_empty()))
}

/// The last bracket `{` or `[` opened and not closed before `(line, col)`
/// (1-based line, 0-based column), outside quotes: `(line, col, bracket)`.
fn open_bracket(lines: &[&str], line: usize, col0: usize) -> Option<(usize, usize, char)> {
    let mut open: Vec<(usize, usize, char)> = Vec::new();
    for (i, text) in lines.iter().enumerate().take(line) {
        let mut quote: Option<char> = None;
        for (j, c) in text.chars().enumerate() {
            if i + 1 == line && j > col0 {
                break;
            }
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if open.last().is_some() => quote = Some(c),
                (None, '#')
                    if j == 0
                        || text[..text.char_indices().nth(j).map_or(0, |(b, _)| b)]
                            .ends_with(' ') =>
                {
                    break;
                }
                (None, '{' | '[') => open.push((i + 1, j + 1, c)),
                (None, '}' | ']') => {
                    open.pop();
                }
                _ => {}
            }
        }
    }
    open.pop()
}

/// A mistake that leaves the fields something other than `key: value`
/// lines without a parser error (a file of one line `goal:x` is a single
/// text to YAML): a special space or a missing space after a colon.
pub fn in_text(text: &str) -> Option<Trap> {
    text.lines().enumerate().find_map(|(i, line)| {
        if let Some((col, c)) = special_space_in(line) {
            return Some(Trap {
                line: i + 1,
                col: Some(col),
                kind: YamlErrorKind::SpecialSpace { code: c as u32 },
            });
        }
        no_space_after_colon(line).map(|(col, key, fixed)| Trap {
            line: i + 1,
            col: Some(col),
            kind: YamlErrorKind::NoSpaceAfterColon { key, fixed },
        })
    })
}

/// A special space in a line's indentation, where YAML reads it as text
/// and the line joins the text above it without a parser error:
/// `goal: x` then `\u{a0} place: y` makes the goal "x place: y".
pub fn special_indent(text: &str) -> Option<Trap> {
    let bytes = text.as_bytes();
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|at| at + 1));
    starts.enumerate().find_map(|(i, start)| {
        // A line that starts with a visible ASCII character (most) has no
        // indentation to look into.
        let first = *bytes.get(start)?;
        if first.is_ascii() && !first.is_ascii_whitespace() {
            return None;
        }
        let (col, c) = text[start..]
            .chars()
            .take_while(|c| *c != '\n' && (c.is_whitespace() || special_space(*c)))
            .enumerate()
            .find(|(_, c)| special_space(*c))?;
        Some(Trap {
            line: i + 1,
            col: Some(col + 1),
            kind: YamlErrorKind::SpecialSpace { code: c as u32 },
        })
    })
}

/// A key that is a known field run together with its value: `told_topics:yes`
/// (no space after the colon) or `goal:\u{a0}x` (a special space), which
/// YAML reads as one key. `known` says whether a name is a field.
pub fn run_together(key: &str, known: impl Fn(&str) -> bool) -> Option<YamlErrorKind> {
    let (name, rest) = key.split_once(':')?;
    if !known(name) || rest.is_empty() {
        return None;
    }
    let first = rest.chars().next()?;
    Some(if special_space(first) {
        YamlErrorKind::SpecialSpace { code: first as u32 }
    } else {
        YamlErrorKind::NoSpaceAfterColon {
            key: name.to_owned(),
            fixed: format!("{name}: {}", rest.trim_start_matches(special_space)),
        }
    })
}

/// Name a parser error: `line` 1-based, `col0` the parser's 0-based column,
/// `info` its English text.
pub fn classify(text: &str, line: usize, col0: usize, info: &str) -> Trap {
    let lines: Vec<&str> = text.lines().collect();
    let at = |l: usize| lines.get(l.wrapping_sub(1)).copied().unwrap_or("");
    let this = at(line);
    let above = previous(&lines, line);
    let trap = |line, col, kind| Trap {
        line,
        col: Some(col),
        kind,
    };

    // What the parser cannot see: a special space, a missing space after a
    // colon, typographic quotes. On the error line or the line above it.
    for l in [Some(line), above].into_iter().flatten() {
        if let Some((col, c)) = special_space_in(at(l)) {
            return trap(l, col, YamlErrorKind::SpecialSpace { code: c as u32 });
        }
    }
    for l in [Some(line), above].into_iter().flatten() {
        if let Some((col, key, fixed)) = no_space_after_colon(at(l)) {
            return trap(l, col, YamlErrorKind::NoSpaceAfterColon { key, fixed });
        }
    }
    if let Some((col, quote, fixed)) = typographic_value(this) {
        return trap(line, col, YamlErrorKind::TypographicQuotes { quote, fixed });
    }

    let col = col0 + 1;
    let here = this.chars().nth(col0).unwrap_or(' ');
    if info.contains("mapping values are not allowed") {
        // Two fields run into one line (`chair: Sam note_taker: Eva`), or
        // a colon in a text: either way, the text in quotes reads.
        if key_line(this).is_none()
            && let Some(at) = this.find(": ")
            && col > this[..at].chars().count() + 2
        {
            let key = this[..at].trim().trim_start_matches("- ");
            let value = this[at + 2..].trim();
            return trap(
                line,
                col,
                YamlErrorKind::ColonInValue {
                    key: key.to_owned(),
                    fixed: format!("{}: {}", &this[..at], quoted(value)),
                },
            );
        }
        if let Some(k) = key_line(this) {
            let colon = k.lead + k.key.chars().count() + 1;
            if col > colon + 1 && !k.rest.trim().is_empty() {
                let value = k.rest.trim();
                let start = this.len() - k.rest.len();
                let fixed = format!("{} {}", &this[..start], quoted(value));
                return trap(
                    line,
                    col,
                    YamlErrorKind::ColonInValue {
                        key: k.key.to_owned(),
                        fixed,
                    },
                );
            }
        }
        // The line above is no `key: value` (its colon was lost): YAML
        // took it for the start of this line's key.
        if let Some(a) = above
            && key_line(at(a)).is_none()
            && !at(a).contains(": ")
            && !at(a).trim_end().ends_with(':')
            && !at(a).trim_start().starts_with('-')
            && indent(at(a)) == indent(this)
        {
            return trap(a, indent(at(a)) + 1, YamlErrorKind::NoColon);
        }
        // A field of a list item that lost its indentation: the fields
        // before and after it are indented alike, further than it. The
        // line above is the wrong one, not this.
        if let Some(a) = above
            && indent(this) > indent(at(a))
            && key_line(at(a)).is_some_and(|k| !k.rest.trim().is_empty())
            && let Some(b) = previous(&lines, a)
            && key_line(at(b)).is_some_and(|k| k.lead == indent(this))
        {
            let spaces = indent(this);
            let fixed = format!("{}{}", " ".repeat(spaces), at(a).trim_start());
            return trap(
                a,
                indent(at(a)) + 1,
                YamlErrorKind::Outdented {
                    like: b,
                    spaces,
                    fixed,
                },
            );
        }
        if let Some(a) = above
            && indent(this) > indent(at(a))
        {
            let fixed = format!("{}{}", " ".repeat(indent(at(a))), this.trim_start());
            return trap(
                line,
                indent(this) + 1,
                YamlErrorKind::Indented { above: a, fixed },
            );
        }
    }
    if info.contains("only valid inside a block")
        && let Some((open_line, open_col, bracket)) = open_bracket(&lines, line, col0)
    {
        return trap(open_line, open_col, YamlErrorKind::Unclosed { bracket });
    }
    if info.contains("block sequence entries are not allowed")
        || info.contains("only valid inside a block")
    {
        return trap(line, col, YamlErrorKind::ListHere);
    }
    if info.contains("simple key expected") || info.contains("could not find expected ':'") {
        return trap(line, indent(this) + 1, YamlErrorKind::NoColon);
    }
    if info.contains("did not find expected '-' indicator") {
        let pad = indent(this);
        // The list's own level: where the dash of the item above is.
        let dash = lines[..line.saturating_sub(1).min(lines.len())]
            .iter()
            .rev()
            .find(|l| l.trim_start().starts_with("- ") && indent(l) <= pad)
            .map_or(pad, |l| indent(l));
        let body = this.trim_start();
        let inside = format!("{}{body}", " ".repeat(dash + 2));
        if pad != dash {
            return trap(
                line,
                pad + 1,
                YamlErrorKind::Misaligned {
                    spaces: pad,
                    levels: vec![dash + 2],
                },
            );
        }
        return trap(
            line,
            pad + 1,
            YamlErrorKind::NotListItem {
                item: format!("{}- {body}", " ".repeat(dash)),
                inside,
            },
        );
    }
    if (info.contains("unclosed bracket")
        || info.contains("did not find expected ',' or")
        || info.contains("illegal placement of ':'"))
        && let Some((open_line, open_col, bracket)) = open_bracket(&lines, line, col0)
    {
        return trap(open_line, open_col, YamlErrorKind::Unclosed { bracket });
    }
    if info.contains("misplaced bracket") || info.contains("mismatched bracket") {
        return trap(line, col, YamlErrorKind::StrayBracket { bracket: here });
    }
    if info.contains("unclosed quote") {
        return trap(line, col, YamlErrorKind::UnclosedQuote { quote: here });
    }
    if info.contains("trailing content after") {
        let fixed = key_line(this).map(|k| {
            let value = k.rest.trim();
            let inner = value
                .get(1..)
                .map(|v| {
                    v.strip_suffix(value.chars().next().unwrap_or('"'))
                        .unwrap_or(v)
                })
                .unwrap_or(value);
            let start = this.len() - k.rest.len();
            format!("{} {}", &this[..start], quoted(inner))
        });
        return trap(line, col, YamlErrorKind::TextAfterQuote { fixed });
    }
    if info.contains("unexpected character")
        || info.contains("mapping keys are not allowed")
        || info.contains("anchor or alias")
        || info.contains("unknown anchor")
        || info.contains("while scanning a block scalar")
        || info.contains(" tag")
        || info.contains("cannot start any token")
    {
        let fixed = key_line(this).map(|k| {
            let start = this.len() - k.rest.len();
            format!("{} {}", &this[..start], quoted(k.rest.trim()))
        });
        return trap(line, col, YamlErrorKind::Reserved { ch: here, fixed });
    }
    if info.contains("did not find expected key")
        && let Some(k) = key_line(this)
        && k.rest.trim_start().starts_with(['[', '{'])
        && col > k.lead + k.key.chars().count() + 2
    {
        let start = this.len() - k.rest.len();
        let fixed = format!("{} {}", &this[..start], quoted(k.rest.trim()));
        return trap(line, col, YamlErrorKind::AfterBrackets { fixed });
    }
    if info.contains("did not find expected key") || info.contains("expected <document start>") {
        let pad = indent(this);
        let mut levels: Vec<usize> = lines[..line.saturating_sub(1).min(lines.len())]
            .iter()
            .filter(|l| key_line(l).is_some())
            .map(|l| indent(l))
            .chain(above.map(|a| indent(at(a))))
            .collect();
        levels.sort_unstable();
        levels.dedup();
        if this.trim_start().starts_with("- ") || this.trim() == "-" {
            return trap(line, pad + 1, YamlErrorKind::ListHere);
        }
        if !levels.contains(&pad) || info.contains("document start") {
            // The first line of the fields indented: the error shows where
            // a line at the left edge follows it.
            if info.contains("document start")
                && let Some(first) = lines.iter().position(|l| key_line(l).is_some())
            {
                let first_pad = indent(lines[first]);
                if first_pad > 0 {
                    return trap(
                        first + 1,
                        first_pad + 1,
                        YamlErrorKind::Misaligned {
                            spaces: first_pad,
                            levels: vec![0],
                        },
                    );
                }
            }
            return trap(
                line,
                pad + 1,
                YamlErrorKind::Misaligned {
                    spaces: pad,
                    levels,
                },
            );
        }
    }
    // A line or a value that starts with a character YAML reads as
    // punctuation (`,ime: 13:00`, `chair: ,Sam`, `% note`).
    let first = this.trim_start().chars().next();
    if let Some(ch) = first.filter(|c| INDICATORS.contains(*c)) {
        return trap(line, indent(this) + 1, YamlErrorKind::BadStart { ch });
    }
    if let Some(k) = key_line(this)
        && let Some(ch) = k
            .rest
            .trim_start()
            .chars()
            .next()
            .filter(|c| INDICATORS.contains(*c))
    {
        let start = this.len() - k.rest.len();
        let fixed = format!("{} {}", &this[..start], quoted(k.rest.trim()));
        return trap(
            line,
            k.lead + k.key.chars().count() + 3,
            YamlErrorKind::Reserved {
                ch,
                fixed: Some(fixed),
            },
        );
    }
    trap(line, col, YamlErrorKind::Syntax(info.to_owned()))
}

/// Characters YAML reads as punctuation at the start of a value or a line.
const INDICATORS: &str = ",[]{}#&*!|>'\"%@`?:";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::yaml::parse;

    fn kind(text: &str) -> (usize, Option<usize>, YamlErrorKind) {
        let e = parse(text).unwrap_err();
        (e.line, e.col, e.kind)
    }

    #[test]
    fn typographic_quotes() {
        let (line, col, k) = kind("goal: x\nplace: ”Tavoite: rauhallinen aamu”\n");
        assert_eq!((line, col), (2, Some(8)));
        assert_eq!(
            k,
            YamlErrorKind::TypographicQuotes {
                quote: '”',
                fixed: "place: \"Tavoite: rauhallinen aamu\"".into()
            }
        );
    }

    #[test]
    fn special_indent_only_in_the_indentation() {
        let at = |t: &str| special_indent(t).map(|t| (t.line, t.col));
        assert_eq!(at("a: 1\n\u{2003}b: 2\n"), Some((2, Some(1))));
        assert_eq!(at("a: 1\n  -\u{a0}b: 2\n"), None);
        assert_eq!(at("a:\n  \u{a0}b: 2"), Some((2, Some(3))));
        assert_eq!(at("\u{feff}a: 1"), Some((1, Some(1))));
        assert_eq!(at("a: 1\n  b: ä \u{a0}– ö\n\n"), None);
        assert_eq!(at("a: 1\n\t\n\u{3000}"), Some((3, Some(1))));
    }

    #[test]
    fn special_space_after_colon() {
        let (line, col, k) = kind("a: 1\ngoal:\u{a0}x\nplace: y\n");
        assert_eq!((line, col), (2, Some(6)));
        assert_eq!(k, YamlErrorKind::SpecialSpace { code: 0xA0 });
    }

    #[test]
    fn colon_in_value() {
        let (line, col, k) = kind("goal: Tavoite: aamu\n");
        assert_eq!((line, col), (1, Some(14)));
        assert_eq!(
            k,
            YamlErrorKind::ColonInValue {
                key: "goal".into(),
                fixed: "goal: \"Tavoite: aamu\"".into()
            }
        );
    }

    #[test]
    fn no_space_after_colon() {
        let (line, _, k) = kind("child_preparation:\n  told_topics:yes\n  by: x\n");
        assert_eq!(line, 2);
        assert!(
            matches!(k, YamlErrorKind::NoSpaceAfterColon { .. }),
            "{k:?}"
        );
    }

    #[test]
    fn brackets_and_quotes() {
        let (line, col, k) = kind("goal: {a: b\nplace: x\n");
        assert_eq!(
            (line, col, k),
            (1, Some(7), YamlErrorKind::Unclosed { bracket: '{' })
        );
        let (line, _, k) = kind("goal: [a, b\nplace: c\nx: [d]\n");
        assert_eq!((line, k), (1, YamlErrorKind::Unclosed { bracket: '[' }));
        assert!(matches!(
            kind("goal: \"abc\n").2,
            YamlErrorKind::UnclosedQuote { quote: '"' }
        ));
        assert_eq!(
            kind("goal: 'it's fine'\n").2,
            YamlErrorKind::TextAfterQuote {
                fixed: Some("goal: \"it's fine\"".into())
            }
        );
        assert!(matches!(
            kind("goal: @home\n").2,
            YamlErrorKind::Reserved { ch: '@', .. }
        ));
    }

    #[test]
    fn unknown_errors_keep_the_parsers_words() {
        let t = classify("a: b\n", 1, 0, "something new");
        assert_eq!(t.kind, YamlErrorKind::Syntax("something new".into()));
        assert_eq!(kind("a: - b\n").2, YamlErrorKind::ListHere);
    }

    #[test]
    fn punctuation_and_run_together_lines() {
        assert_eq!(
            kind("kind: x\n,ime: 13:00\nplace: y\n").2,
            YamlErrorKind::BadStart { ch: ',' }
        );
        let (line, _, k) = kind("chair: Sam Worker\nn?te: Sam child: Dana\n");
        assert_eq!(line, 2);
        assert!(matches!(k, YamlErrorKind::ColonInValue { .. }), "{k:?}");
        let (line, _, k) = kind("prep:\n  by\" Dana\n  told: yes\n");
        assert_eq!((line, k), (2, YamlErrorKind::NoColon));
    }

    #[test]
    fn indentation() {
        let (line, _, k) = kind("goal: x\n  place: y\n");
        assert_eq!(line, 2);
        assert!(
            matches!(k, YamlErrorKind::Indented { above: 1, .. }),
            "{k:?}"
        );
        let (line, _, k) = kind("a:\n  b: 1\n c: 2\n");
        assert_eq!(line, 3);
        assert_eq!(
            k,
            YamlErrorKind::Misaligned {
                spaces: 1,
                levels: vec![0, 2]
            }
        );
        let (line, _, k) = kind("invitees:\n  - name: A\n    role: x\n  name: B\n");
        assert_eq!(line, 4);
        assert!(matches!(k, YamlErrorKind::NotListItem { .. }), "{k:?}");
        assert_eq!(kind("goal: x\nplace y\n").2, YamlErrorKind::NoColon);
    }
}
