//! Reading one meeting.md: its text (normalised, identity codes found
//! anywhere in it) and its frontmatter as a located tree, every way it
//! cannot be read made a `parse-error`. The one way every command and page
//! reads a meeting (checking it is `check`'s), and the one way a meeting
//! is found by its name — a `follows:` value, an address's `{meeting}`, a
//! follow-up's name — with what the name leads to as a typed answer.

use std::path::{Path, PathBuf};

use super::yaml::{self, Node, Value};
use super::{MEETING_FILE, identity_codes, merge_conflict_line, source, traps};
use crate::finding::{Msg, PARSE_ERROR, Sink};

/// Read a meeting.md's text (normalised). What cannot be read becomes a
/// `parse-error` in `sink`; identity codes anywhere in the file are
/// reported too.
pub fn read_meeting_text(file: &Path, sink: &mut Sink) -> Option<String> {
    match source::read_text(file) {
        Ok(text) => {
            // Codes are looked for in the whole file, notes included, and
            // even when the frontmatter cannot be read.
            identity_codes(&text, sink);
            Some(text)
        }
        Err((line, msg)) => {
            sink.error(PARSE_ERROR, line, msg);
            None
        }
    }
}

/// The frontmatter of a meeting.md's text: a mapping, or `Null` when empty.
/// What cannot be read becomes a `parse-error` in `sink`.
pub fn parse_meeting<'a>(text: &'a str, sink: &mut Sink) -> Option<Node<'a>> {
    // Lines left by a git merge make the file two versions at once, in the
    // fields or in the notes (or around the opening `---`): the one thing
    // to say, wherever they are.
    if let Some(line) = merge_conflict_line(text) {
        sink.error(PARSE_ERROR, line, Msg::MergeConflict);
        return None;
    }
    // Found once: the same lines are read for what the parser passes over.
    let fields = source::frontmatter(text);
    let parsed = fields
        .clone()
        .map_err(|(line, msg)| (line, None, msg))
        .and_then(|fm| yaml::parse(fm).map_err(|e| (e.line, e.col, Msg::Yaml(e.kind))));
    let root = match parsed {
        Ok(root) => root,
        Err((line, col, msg)) => {
            sink.error_at(PARSE_ERROR, line, col, msg);
            return None;
        }
    };
    // Read without an error, but not as written: a special space in the
    // indentation joins a line to the text above it.
    if let Some(trap) = fields.as_ref().ok().and_then(|f| traps::special_indent(f)) {
        sink.error_at(PARSE_ERROR, trap.line, trap.col, Msg::Yaml(trap.kind));
        return None;
    }
    if !matches!(root.value, Value::Map(_) | Value::Null) {
        match fields.ok().and_then(traps::in_text) {
            Some(trap) => sink.error_at(PARSE_ERROR, trap.line, trap.col, Msg::Yaml(trap.kind)),
            None => sink.error(
                PARSE_ERROR,
                root.line,
                Msg::NotAMapping {
                    shape: root.shape(),
                },
            ),
        }
        return None;
    }
    Some(root)
}

/// What a later meeting's checks need to know of an earlier one (the
/// meeting a follow-up `follows`, a family group conference's chain), each
/// meeting read and parsed once however many meetings and rules ask.
///
/// Kept by a [`super::Case`], which is made for one command or one page
/// (`Case::load`): what it holds is what the files said during that one
/// run, never carried over to a later one. Shared between the threads that
/// check the case's meetings; one that asks while another is reading the
/// same meeting reads it too (the same text gives the same facts). Only
/// the facts are kept, not the meeting's tree, so a team's check does not
/// grow by the follow-ups' earlier meetings.
#[derive(Debug, Clone, Default)]
pub struct Earlier {
    read: std::sync::Arc<std::sync::Mutex<EarlierMap>>,
}

type EarlierMap = std::collections::HashMap<PathBuf, Option<std::sync::Arc<Facts>>>;

/// An earlier meeting, as far as later meetings look back to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub kind: Option<crate::model::Kind>,
    pub date: Option<jiff::civil::Date>,
    /// The meeting its own `follows` leads to in the case, if any.
    pub follows: Option<PathBuf>,
    /// Its invitees' names as written (trimmed; empty ones left out).
    pub invitees: Vec<String>,
    /// The names under `absent`, as written.
    pub absent: Vec<String>,
}

impl Facts {
    /// `follows` is where the meeting's own `follows` leads, resolved.
    fn of(fm: &Node, follows: Option<&Follows>) -> Facts {
        let names = |key: &str| -> Vec<String> {
            fm.get(key)
                .map(Node::items)
                .unwrap_or_default()
                .iter()
                .filter_map(|i| i.get("name").and_then(Node::scalar))
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty())
                .collect()
        };
        Facts {
            kind: fm
                .get("kind")
                .and_then(Node::scalar)
                .and_then(|k| crate::model::Kind::parse(k.trim())),
            date: fm
                .get("date")
                .and_then(Node::scalar)
                .and_then(crate::date::parse_date),
            follows: match follows.map(|f| &f.lookup) {
                Some(Lookup::Found(dir)) => Some(dir.clone()),
                _ => None,
            },
            invitees: names("invitees"),
            absent: names("absent"),
        }
    }
}

impl Earlier {
    /// What the meeting in `dir` (of the case at `case_root`) says of
    /// itself, or `None` when its meeting.md cannot be read or parsed (its
    /// own check says why; nothing is reported here).
    pub fn facts(&self, dir: &Path, case_root: &Path) -> Option<std::sync::Arc<Facts>> {
        if let Some(known) = self.read.lock().ok().and_then(|m| m.get(dir).cloned()) {
            return known;
        }
        let file = dir.join(MEETING_FILE);
        let facts = source::read_text(&file).ok().and_then(|text| {
            let mut quiet = Sink::new(file, None, crate::model::Lang::default());
            parse_meeting(&text, &mut quiet).map(|fm| {
                let follows = resolve_follows(&fm, dir, case_root);
                std::sync::Arc::new(Facts::of(&fm, follows.as_ref()))
            })
        });
        if let Ok(mut m) = self.read.lock() {
            m.insert(dir.to_path_buf(), facts.clone());
        }
        facts
    }

    /// Lets go of everything kept (the case's meetings are all checked).
    pub fn forget(&self) {
        if let Ok(mut m) = self.read.lock() {
            *m = EarlierMap::new();
        }
    }

    /// Keeps what the meeting in `dir` says of itself, from the
    /// frontmatter its own check has just parsed (and where its `follows`
    /// leads, resolved there): a later meeting that looks back to it then
    /// reads nothing again.
    pub fn remember(&self, dir: &Path, fm: &Node, follows: Option<&Follows>) {
        if self.read.lock().is_ok_and(|m| m.contains_key(dir)) {
            return;
        }
        let facts = std::sync::Arc::new(Facts::of(fm, follows));
        if let Ok(mut m) = self.read.lock() {
            m.entry(dir.to_path_buf()).or_insert(Some(facts));
        }
    }
}

/// A frontmatter that owns its text: kept beyond the text it was parsed
/// from, so what was read and parsed once is not parsed again.
pub fn owned(node: &Node<'_>) -> Node<'static> {
    use std::borrow::Cow;
    let value = match &node.value {
        Value::Null => Value::Null,
        Value::Scalar {
            text,
            plain,
            double,
        } => Value::Scalar {
            text: Cow::Owned(text.clone().into_owned()),
            plain: *plain,
            double: *double,
        },
        Value::Seq(items) => Value::Seq(items.iter().map(owned).collect()),
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|e| yaml::Entry {
                    key: Cow::Owned(e.key.clone().into_owned()),
                    key_line: e.key_line,
                    key_col: e.key_col,
                    value: owned(&e.value),
                    flow: e.flow,
                })
                .collect(),
        ),
    };
    Node {
        value,
        line: node.line,
    }
}

/// What a meeting's name leads to, among the meetings beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// A meeting of the case: its folder (as named, not resolved).
    Found(PathBuf),
    /// Not a plain folder name: empty, `.`, `..`, or holding `/` or `\`
    /// (`x/`, `../x`, `x/y`).
    NotAName,
    /// A folder whose meeting.md resolves outside the case (a symbolic
    /// link out): another case's meeting, never read as this one's.
    OutsideCase,
    /// No meeting.md by that name.
    Missing,
}

/// The name as a meeting folder's name: trimmed, and only a plain folder
/// name (`x/`, `../x`, `x/y`, `.` and `..` are not).
pub fn plain_name(written: &str) -> Option<&str> {
    let name = written.trim();
    let plain = !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != "..";
    plain.then_some(name)
}

/// The meeting named `written` among the folders of `meetings` (a case's
/// meetings folder, or the folder a meeting is in), in the case at
/// `case_root`: the one way every command and page finds a meeting by its
/// name.
pub fn find_by_name(meetings: &Path, case_root: &Path, written: &str) -> Lookup {
    let Some(name) = plain_name(written) else {
        return Lookup::NotAName;
    };
    let dir = meetings.join(name);
    let file = dir.join(MEETING_FILE);
    // The usual meeting: every name from the case's folder down to its
    // meeting.md a plain folder or file, none a link; one lstat each.
    if let Some(meta) = crate::fsutil::plain_below(&file, case_root) {
        return if meta.is_file() {
            Lookup::Found(dir)
        } else {
            Lookup::Missing
        };
    }
    if !file.is_file() {
        return Lookup::Missing;
    }
    if !crate::fsutil::inside(&dir, case_root) || !crate::fsutil::inside(&file, case_root) {
        return Lookup::OutsideCase;
    }
    Lookup::Found(dir)
}

/// A meeting's `follows:`: the name as written (trimmed), where it is, and
/// what it leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Follows {
    pub name: String,
    /// The line of the `follows` key.
    pub key_line: usize,
    /// The line of its value.
    pub line: usize,
    pub lookup: Lookup,
}

/// What the `follows:` of the meeting in `dir` (frontmatter `fm`) leads to:
/// a meeting beside it in the case at `case_root`. `None` when it names
/// nothing (no `follows`, empty, or not a single value).
pub fn resolve_follows(fm: &Node, dir: &Path, case_root: &Path) -> Option<Follows> {
    let entry = fm.entry("follows")?;
    let name = entry.value.scalar()?.trim();
    if name.is_empty() {
        return None;
    }
    let lookup = match dir.parent() {
        Some(meetings) => find_by_name(meetings, case_root, name),
        None => Lookup::Missing,
    };
    Some(Follows {
        name: name.to_owned(),
        key_line: entry.key_line,
        line: entry.value.line,
        lookup,
    })
}

/// The meeting folder a path names: the folder itself or its meeting.md.
/// `None` when there is no meeting.md there.
pub fn dir_of_path(path: &Path) -> Option<PathBuf> {
    let abs = crate::paths::resolve(path).ok()?;
    let dir = if abs.file_name().is_some_and(|n| n == MEETING_FILE) && abs.is_file() {
        abs.parent().map(Path::to_path_buf).unwrap_or(abs)
    } else {
        abs
    };
    dir.join(MEETING_FILE).exists().then_some(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_plain_folder_name_names_a_meeting() {
        assert_eq!(
            plain_name(" 2026-09-01-daycare \t"),
            Some("2026-09-01-daycare")
        );
        for bad in ["", "  ", ".", "..", "x/", "../x", "x/y", "x\\y", "/x"] {
            assert_eq!(plain_name(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_name_leads_to_a_meeting_beside_it_inside_the_case() {
        let tmp = std::env::temp_dir().join(format!("lsk-find-{}", std::process::id()));
        let meetings = tmp.join("case/meetings");
        std::fs::create_dir_all(meetings.join("a")).unwrap();
        std::fs::create_dir_all(meetings.join("empty")).unwrap();
        std::fs::write(meetings.join("a").join(MEETING_FILE), "---\n---\n").unwrap();
        let root = tmp.join("case");
        assert_eq!(
            find_by_name(&meetings, &root, " a "),
            Lookup::Found(meetings.join("a"))
        );
        assert_eq!(find_by_name(&meetings, &root, "a/"), Lookup::NotAName);
        assert_eq!(find_by_name(&meetings, &root, "empty"), Lookup::Missing);
        assert_eq!(find_by_name(&meetings, &root, "none"), Lookup::Missing);
        #[cfg(unix)]
        {
            std::fs::create_dir_all(tmp.join("other/b")).unwrap();
            std::fs::write(tmp.join("other/b").join(MEETING_FILE), "---\n---\n").unwrap();
            std::os::unix::fs::symlink(tmp.join("other/b"), meetings.join("b")).unwrap();
            assert_eq!(find_by_name(&meetings, &root, "b"), Lookup::OutsideCase);
        }
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}
