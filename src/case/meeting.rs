//! Reading one meeting.md: its text (normalised, identity codes found
//! anywhere in it) and its frontmatter as a located tree, every way it
//! cannot be read made a `parse-error`. The one way every command and page
//! reads a meeting (checking it is `check`'s).

use std::path::Path;

use super::yaml::{self, Node, Value};
use super::{identity_codes, merge_conflict_line, source, traps};
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
    let parsed = source::frontmatter(text)
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
    if let Some(trap) = source::frontmatter(text)
        .ok()
        .and_then(traps::special_indent)
    {
        sink.error_at(PARSE_ERROR, trap.line, trap.col, Msg::Yaml(trap.kind));
        return None;
    }
    if !matches!(root.value, Value::Map(_) | Value::Null) {
        match source::frontmatter(text).ok().and_then(traps::in_text) {
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
