//! Templates: built-in ones embedded in the binary, overridden file by file
//! by a case's own `templates/` folder, then by an organisation's folder
//! (`--templates DIR` or `LSK_TEMPLATES`). In each folder a file is looked
//! for under the language's subfolder first (`templates/fi/memo.md`), then
//! directly (`templates/memo.md`).

use crate::case::MAX_TEMPLATE;
use std::path::{Path, PathBuf};

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};

use crate::model::Lang;

/// The built-in templates: every document in every language. The match on
/// the language is exhaustive, so a new language does not build until its
/// templates are listed; `every_builtin_is_there` checks every document.
macro_rules! builtin {
    ($($lang:ident = $dir:literal),+ ; $names:tt) => {
        fn builtin(lang: Lang, name: &str) -> Option<&'static str> {
            match lang {
                $(Lang::$lang => builtin!(@in $dir, name, $names),)+
            }
        }
    };
    (@in $dir:literal, $name:ident, [$($file:literal),+ $(,)?]) => {
        match $name {
            $($file => Some(include_str!(concat!("../../templates/", $dir, "/", $file))),)+
            _ => None,
        }
    };
}

builtin!(
    Fi = "fi",
    Sv = "sv",
    En = "en";
    [
        "agenda.md",
        "memo.md",
        "child-checklist.md",
        "child-letter.md",
        "invitation.md",
        "correction-notice.md",
    ]
);

/// A template name is a plain file name: no folders, no way out.
pub fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Read `dir/name` only if it really lies inside `dir` (a symbolic link
/// out of the folder is not followed).
fn read_inside(dir: &Path, name: &str) -> Option<String> {
    let path = dir.join(name);
    let real = path.canonicalize().ok()?;
    let root = dir.canonicalize().ok()?;
    // Only ordinary files of a sensible size (a template is a page of
    // text; what is larger is not a template and is not used).
    if !real.starts_with(&root) || !real.is_file() || real.metadata().ok()?.len() > MAX_TEMPLATE {
        return None;
    }
    std::fs::read_to_string(real).ok()
}

/// Where a template was found: for messages and for identity-code checks.
pub fn find(folders: &[PathBuf], lang: Lang, name: &str) -> Option<(Option<PathBuf>, String)> {
    if !safe_name(name) {
        return None;
    }
    for dir in folders {
        for sub in [dir.join(lang.as_str()), dir.clone()] {
            if let Some(text) = read_inside(&sub, name) {
                return Some((Some(sub.join(name)), text));
            }
        }
    }
    builtin(lang, name).map(|t| (None, t.to_owned()))
}

/// Markdown escaping for values from meeting.md: they are data, so they
/// cannot make links, HTML or emphasis, and cannot break a table. What a
/// worker typed reaches the document as she wrote it: each line break is
/// kept (a hard break, not joined to the line before), and a line that
/// starts like Markdown's own blocks ("- ", "1.", "#", "---", "> ", "===")
/// stays text, not a list, a heading or a rule. A blank line still parts
/// paragraphs. Lists the template itself writes stay lists: only the value
/// is escaped.
pub fn escape_markdown(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len() + 16);
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        // Leading spaces would make an indented code block or a nested
        // list; Markdown cannot show them anyway.
        let line = if i == 0 { *line } else { line.trim_start() };
        escape_line(line, &mut out);
        if i + 1 < lines.len() {
            let next_blank = lines[i + 1].trim().is_empty();
            if line.trim().is_empty() || next_blank {
                out.push('\n');
            } else {
                // A hard line break: the line is not joined to the next.
                out.push_str("\\\n");
            }
        }
    }
    out
}

/// One line of a value: the characters that make inline Markdown always,
/// and the first ones when the line would start a block: a list item
/// (`- `, `+ `, `1. `, `1) `), a heading (`# `), a rule or an underline
/// (`---`, `===`). A date like `12.11.2026` or a word like `-5 °C` starts
/// no block and is left as it is.
fn escape_line(line: &str, out: &mut String) {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    out.push_str(indent);
    let bytes = trimmed.as_bytes();
    // Whether the text after `at` leaves a block marker standing: a space,
    // a tab or the end of the line.
    let marker_end = |at: usize| matches!(bytes.get(at), None | Some(b' ' | b'\t'));
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let ordered = (1..=9).contains(&digits)
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && marker_end(digits + 1);
    let hashes = bytes.iter().take_while(|b| **b == b'#').count();
    let only = |c: char| trimmed.trim_end().chars().all(|x| x == c || x == ' ');
    let block = match bytes.first() {
        Some(b'-' | b'+') => marker_end(1) || only(bytes[0] as char),
        Some(b'=') => only('='),
        Some(b'#') => hashes <= 6 && marker_end(hashes),
        _ => false,
    };
    let mut rest = trimmed;
    if ordered {
        out.push_str(&trimmed[..digits]);
        out.push('\\');
        rest = &trimmed[digits..];
    } else if block {
        out.push('\\');
    }
    for c in rest.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}

fn formatter(out: &mut Output, _state: &mut State, value: &Value) -> Result<(), Error> {
    let text = if value.is_none() || value.is_undefined() {
        String::new()
    } else if value.is_safe() {
        value.to_string()
    } else {
        escape_markdown(&value.to_string())
    };
    out.write_str(&text)
        .map_err(|e| Error::new(ErrorKind::WriteFailure, e.to_string()))
}

/// `oneline`: a text on one line, for table cells.
fn oneline(value: String) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The filter every document's output passes through.
const PLAIN_LINKS: &str = "lsk_plain_links";

/// Where the loader serves a template's own text: `./memo.md`.
const INNER: &str = "./";

/// A document that cannot call out: the Markdown a template made, with
/// every image that is not inline data (`data:image/…`) replaced by its
/// description, every link by its text and, when the address is not the
/// text itself, the address in brackets as plain text; reference
/// definitions removed and raw HTML made text. An organisation's template
/// with `![](https://host/x.png?name={{ child }})` or
/// `<img src="https://…">` then sends nothing anywhere when the Markdown,
/// HTML or PDF is opened.
pub fn plain_links(markdown: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TASKLISTS);
    let parser = Parser::new_ext(markdown, options);
    let mut edits: Vec<(std::ops::Range<usize>, String)> = parser
        .reference_definitions()
        .iter()
        .map(|(_, def)| (def.span.clone(), String::new()))
        .collect();
    // The outermost link or image being read: where it is, where it
    // points, whether it is an image, its text, how deep inside it we are.
    struct Open {
        range: std::ops::Range<usize>,
        dest: String,
        image: bool,
        text: String,
        depth: usize,
    }
    let mut open: Option<Open> = None;
    for (event, range) in parser.into_offset_iter() {
        match (event, open.as_mut()) {
            (Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }), Some(o)) => {
                let _ = dest_url;
                o.depth += 1;
            }
            (Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })), None) => {
                let (dest, image) = match tag {
                    Tag::Image { dest_url, .. } => (dest_url.to_string(), true),
                    Tag::Link { dest_url, .. } => (dest_url.to_string(), false),
                    _ => (String::new(), false),
                };
                open = Some(Open {
                    range,
                    dest,
                    image,
                    text: String::new(),
                    depth: 1,
                });
            }
            (Event::End(TagEnd::Link | TagEnd::Image), Some(o)) => {
                o.depth -= 1;
                if o.depth == 0 {
                    let text = o.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let inline_image = o.image
                        && o.dest
                            .trim()
                            .to_ascii_lowercase()
                            .starts_with("data:image/");
                    if !inline_image {
                        let dest = o.dest.trim();
                        let replacement = if o.image || dest.is_empty() || dest.starts_with('#') {
                            escape_markdown(&text)
                        } else if text.is_empty()
                            || text == dest
                            || dest.ends_with(&format!(":{text}"))
                        {
                            escape_markdown(dest)
                        } else {
                            format!("{} ({})", escape_markdown(&text), escape_markdown(dest))
                        };
                        edits.push((o.range.clone(), replacement));
                    }
                    open = None;
                }
            }
            (Event::Text(t) | Event::Code(t), Some(o)) => o.text.push_str(&t),
            (Event::Html(t) | Event::InlineHtml(t), Some(o)) => o.text.push_str(&t),
            // Raw HTML that names an address (`<img src=…>`, `href`,
            // `url(…)`) goes; any other is shown as text.
            (Event::Html(t) | Event::InlineHtml(t), None) => {
                let lower = t.to_ascii_lowercase();
                let calls = ["//", "src", "href", "url(", "@import", "srcset", "data:"]
                    .iter()
                    .any(|w| lower.contains(w));
                let text = if calls {
                    String::new()
                } else {
                    t.replace('&', "&amp;").replace('<', "&lt;")
                };
                edits.push((range, text));
            }
            _ => {}
        }
    }
    edits.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut out = String::with_capacity(markdown.len());
    let mut at = 0;
    for (range, replacement) in edits {
        if range.start < at || range.end > markdown.len() {
            continue;
        }
        out.push_str(&markdown[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&markdown[at..]);
    out
}

/// Identity codes found in template overrides while loading: (file, line).
pub type CodesFound = std::sync::Arc<std::sync::Mutex<Vec<(PathBuf, usize)>>>;

/// An environment that loads from `folders`, then the built-in templates.
/// An override holding a personal identity code is not loaded; where the
/// code is goes to `codes`.
pub fn environment(folders: Vec<PathBuf>, lang: Lang, codes: CodesFound) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    if let Ok(syntax) = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env.set_formatter(formatter);
    // Values are escaped for Markdown by `formatter`. Marking the
    // templates as auto-escaped makes what a template writes itself (a
    // macro's output, a captured block) "safe", kept as Markdown: a
    // section heading or list a macro makes stays a heading or a list.
    env.set_auto_escape_callback(|_| AutoEscape::Custom("markdown".into()));
    env.add_filter("oneline", oneline);
    // Bounded work whatever a template override does.
    env.set_fuel(Some(5_000_000));
    env.set_recursion_limit(64);
    env.add_filter(PLAIN_LINKS, |text: String| {
        Value::from_safe_string(plain_links(&text))
    });
    env.set_loader(move |name| {
        // Every template asked for by name is a wrapper around its own
        // text (served as `./NAME`): whatever the text does, its whole
        // output passes through `plain_links`, which a template cannot
        // close early (a stray `{% endfilter %}` is an error in its own
        // file, never the end of the wrapper's block).
        let Some(name) = name.strip_prefix(INNER) else {
            if !safe_name(name) {
                return Ok(None);
            }
            return Ok(Some(format!(
                "{{% filter {PLAIN_LINKS} %}}{{% include \"{INNER}{name}\" %}}{{% endfilter %}}"
            )));
        };
        let Some((path, text)) = find(&folders, lang, name) else {
            return Ok(None);
        };
        let found: Vec<usize> = crate::hetu::text_lines(&text);
        match path {
            Some(path) if !found.is_empty() => {
                if let Ok(mut codes) = codes.lock() {
                    codes.extend(found.into_iter().map(|line| (path.clone(), line)));
                }
                Err(Error::new(
                    ErrorKind::InvalidOperation,
                    "identity code in a template",
                ))
            }
            _ => Ok(Some(text)),
        }
    });
    env
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(safe_name("memo.md"));
        assert!(!safe_name("../memo.md"));
        assert!(!safe_name("/etc/passwd"));
        assert!(!safe_name("fi/memo.md"));
    }

    #[test]
    fn every_builtin_is_there() {
        for lang in Lang::ALL {
            for doc in crate::model::Doc::ALL {
                let name = format!("{}.md", doc.name());
                assert!(builtin(*lang, &name).is_some(), "{lang}/{name}");
            }
        }
    }

    #[test]
    fn typed_lines_stay_lines() {
        assert_eq!(escape_markdown("a\nb"), "a\\\nb");
        assert_eq!(escape_markdown("a\n\nb"), "a\n\nb");
        assert_eq!(escape_markdown("- x"), "\\- x");
        assert_eq!(escape_markdown("1. x"), "1\\. x");
        assert_eq!(escape_markdown("12.11.2026"), "12.11.2026");
        assert_eq!(escape_markdown("-5 degrees"), "-5 degrees");
        assert_eq!(escape_markdown("x\n---"), "x\\\n\\---");
        assert_eq!(escape_markdown("x\n==="), "x\\\n\\===");
        assert_eq!(escape_markdown("# x"), "\\# x");
        assert_eq!(escape_markdown("Room #3"), "Room #3");
        assert_eq!(escape_markdown("a\r\nb"), "a\\\nb");
    }

    #[test]
    fn markdown_escaping() {
        assert_eq!(
            escape_markdown("<b>[x](y)</b>"),
            "\\<b\\>\\[x\\](y)\\</b\\>"
        );
    }
}
