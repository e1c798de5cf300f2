//! Output that fits the terminal: how wide it is (`COLUMNS`, the
//! terminal's own width from the `terminal_size` crate, on Unix and
//! Windows), text wrapped at word boundaries with its continuation
//! indented, and whether colour may be used (`anstyle-query`: `NO_COLOR`,
//! `CLICOLOR_FORCE`, `CLICOLOR`, `TERM=dumb`; on Windows the console is
//! switched to escape codes first).

use std::io::IsTerminal;

use unicode_width::UnicodeWidthStr;

/// Where output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Narrower than this, wrapping helps no one: lines are cut at this width.
const MIN_WIDTH: usize = 40;
/// Width for messages when the output is not a terminal (a file, a pipe,
/// a CI log) and `COLUMNS` is not set.
pub const DEFAULT_WIDTH: usize = 80;

/// `COLUMNS`, when it is set to a width.
fn columns() -> Option<usize> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
}

/// The width to wrap messages for: `COLUMNS` when it is set, else the
/// terminal's width, else 80 (a message in a CI log stays readable).
pub fn width(stream: Stream) -> usize {
    columns()
        .or_else(|| terminal_width(stream))
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// The width a table must fit: `COLUMNS` when it is set, else the
/// terminal's width (80 for a terminal that does not say); `None` (no
/// limit: one line per row, for scripts that read lines) when the output
/// is a file or a pipe.
pub fn table_width(stream: Stream) -> Option<usize> {
    let width = match columns() {
        Some(w) => Some(w),
        None if is_terminal(stream) => Some(terminal_width(stream).unwrap_or(DEFAULT_WIDTH)),
        None => None,
    };
    width.map(|w| w.max(MIN_WIDTH))
}

fn is_terminal(stream: Stream) -> bool {
    match stream {
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
    }
}

/// Whether colour may be used on `stream`, as no-color.org and
/// bixense.com/clicolors say: never with `NO_COLOR` (any value but
/// empty); always with `CLICOLOR_FORCE` (any value but `0`), also into a
/// pipe; otherwise on a terminal, unless `CLICOLOR=0` or `TERM=dumb`.
pub fn color(stream: Stream) -> bool {
    if anstyle_query::no_color() {
        return false;
    }
    let forced = anstyle_query::clicolor_force()
        && std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| v != "0");
    let on = forced
        || (is_terminal(stream)
            && anstyle_query::clicolor() != Some(false)
            && std::env::var_os("TERM").is_none_or(|t| t != "dumb"));
    on && console_shows_escapes()
}

/// A Windows console shows escape codes once asked to (virtual terminal
/// processing); elsewhere they always work.
fn console_shows_escapes() -> bool {
    #[cfg(windows)]
    {
        anstyle_query::windows::enable_ansi_colors().unwrap_or(false)
    }
    #[cfg(not(windows))]
    {
        true
    }
}

fn terminal_width(stream: Stream) -> Option<usize> {
    if !is_terminal(stream) {
        return None;
    }
    let size = match stream {
        Stream::Stdout => terminal_size::terminal_size_of(std::io::stdout()),
        Stream::Stderr => terminal_size::terminal_size_of(std::io::stderr()),
    };
    size.map(|(w, _)| usize::from(w.0)).filter(|w| *w > 0)
}

/// `text` wrapped to `width` columns at spaces. The first line has
/// `first` columns taken already (a prefix printed before it); the
/// following lines are indented by `indent` spaces, which the width counts.
/// A word longer than a line is kept whole, never broken. Line breaks in
/// `text` are kept.
pub fn wrap(text: &str, width: usize, first: usize, indent: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let pad = " ".repeat(indent);
    for (n, paragraph) in text.split('\n').enumerate() {
        let mut used = if n == 0 { first } else { indent };
        if n > 0 {
            out.push('\n');
            out.push_str(&pad);
        }
        let mut line_empty = true;
        // A code span kept whole unless it is wider than a line itself.
        let room = width.saturating_sub(indent);
        let split: Vec<&str> = words(paragraph)
            .into_iter()
            .flat_map(|w| {
                if w.width() > room && w.contains(' ') {
                    w.split(' ').filter(|p| !p.is_empty()).collect()
                } else {
                    vec![w]
                }
            })
            .collect();
        for word in split {
            let w = word.width();
            if !line_empty && used + 1 + w > width {
                out.push('\n');
                out.push_str(&pad);
                used = indent;
                line_empty = true;
            }
            if !line_empty {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += w;
            line_empty = false;
        }
    }
    out
}

/// The words of a line: split at spaces, except inside a `code span`
/// (`goal: ...` stays on one line, as it is to be typed).
fn words(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut in_code = false;
    for (i, c) in line.char_indices() {
        if c == '`' {
            in_code = !in_code;
        }
        match (c == ' ' && !in_code, start) {
            (true, Some(s)) => {
                out.push(&line[s..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&line[s..]);
    }
    out
}

/// [`wrap`] for text annotate-snippets prints after a prefix: it indents
/// the continuation lines itself, to where the text began.
pub fn wrap_after(text: &str, width: usize, prefix: usize) -> String {
    wrap(text, width, prefix, prefix)
        .lines()
        .map(str::trim_start)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words_with_an_indent() {
        let text = "the child is not prepared: `told_topics` is missing";
        let out = wrap(text, 30, 5, 2);
        for line in out.lines() {
            assert!(line.width() <= 30 - if line.starts_with("  ") { 0 } else { 5 });
        }
        assert_eq!(out.replace("\n  ", " "), text);
        // A word longer than the line stays whole.
        let long = "see meetings/2026-11-10-daycare-and-a-very-long-slug/meeting.md now";
        assert!(
            wrap(long, 20, 0, 2)
                .contains("meetings/2026-11-10-daycare-and-a-very-long-slug/meeting.md")
        );
        assert_eq!(wrap("a\nb", 80, 0, 2), "a\n  b");
        // A code span stays whole on a line, and breaks when wider.
        assert_eq!(wrap("x `a b` y", 6, 0, 0), "x\n`a b`\ny");
        assert_eq!(wrap("`aa bb cc`", 6, 0, 0), "`aa bb\ncc`");
        assert_eq!(wrap_after("aa bb cc", 6, 2), "aa\nbb\ncc");
    }
}
