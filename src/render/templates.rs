//! Templates: built-in ones embedded in the binary, overridden file by file
//! by a case's own `templates/` folder, then by an organisation's folder
//! (`--templates DIR` or `LSK_TEMPLATES`). In each folder a file is looked
//! for under the language's subfolder first (`templates/fi/memo.md`), then
//! directly (`templates/memo.md`).

use crate::case::MAX_TEMPLATE;
use std::path::{Path, PathBuf};

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;
use minijinja::{Environment, Error, ErrorKind, Output, State, UndefinedBehavior};

use crate::model::Lang;

macro_rules! builtin {
    ($($lang:literal / $name:literal),+ $(,)?) => {
        fn builtin(lang: Lang, name: &str) -> Option<&'static str> {
            match (lang.as_str(), name) {
                $(($lang, $name) => Some(include_str!(concat!("../../templates/", $lang, "/", $name))),)+
                _ => None,
            }
        }
    };
}

builtin!(
    "fi" / "agenda.md",
    "fi" / "memo.md",
    "fi" / "child-checklist.md",
    "fi" / "invitation.md",
    "sv" / "agenda.md",
    "sv" / "memo.md",
    "sv" / "child-checklist.md",
    "sv" / "invitation.md",
    "en" / "agenda.md",
    "en" / "memo.md",
    "en" / "child-checklist.md",
    "en" / "invitation.md",
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
/// cannot make links, HTML or emphasis, and cannot break a table.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
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
    env.add_filter("oneline", oneline);
    // Bounded work whatever a template override does.
    env.set_fuel(Some(5_000_000));
    env.set_recursion_limit(64);
    env.set_loader(move |name| {
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
            for name in [
                "agenda.md",
                "memo.md",
                "child-checklist.md",
                "invitation.md",
            ] {
                assert!(builtin(*lang, name).is_some());
            }
        }
    }

    #[test]
    fn markdown_escaping() {
        assert_eq!(
            escape_markdown("<b>[x](y)</b>"),
            "\\<b\\>\\[x\\](y)\\</b\\>"
        );
    }
}
