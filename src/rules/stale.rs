//! `stale-render`: a rendered document carries a marker with a hash of the
//! meeting.md it was made from and of its own text. Comparing content, not
//! file times, works across git checkouts, which do not keep times.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::Ctx;
use crate::case::{MEETING_FILE, source};
use crate::finding::{STALE_RENDER, Severity, Sink};
use crate::i18n::Msg;

const PREFIX: &str = "<!-- lsk-render source=";
/// In a calendar file the marker is a private property, short enough to
/// stay on one line (RFC 5545 folds lines over 75 octets).
const ICS_PREFIX: &str = "X-LSK-RENDER:source=";

/// A document in a meeting folder other than meeting.md.
pub struct Document {
    pub path: PathBuf,
    pub name: String,
    pub text: String,
}

/// What a rendered document's marker records.
#[derive(Debug, PartialEq, Eq)]
pub struct Marker {
    /// 1-based line of the marker.
    pub line: usize,
    pub source: String,
    pub output: String,
}

impl Marker {
    /// Whether the document was made from meeting.md's (normalised) text `source`.
    pub fn made_from(&self, source: &str) -> bool {
        hash_matches(&self.source, source)
    }

    /// Whether `text`, the whole document as read (LF line endings), is
    /// what lsk wrote: the text without the marker line hashes as recorded.
    pub fn unedited(&self, text: &str) -> bool {
        let rest: String = text
            .split_inclusive('\n')
            .enumerate()
            .filter(|(i, _)| i + 1 != self.line)
            .map(|(_, l)| l)
            .collect();
        hash_matches(&self.output, &rest)
    }
}

/// A recorded hash (possibly shortened) against the text it should be of.
fn hash_matches(stored: &str, text: &str) -> bool {
    stored.len() >= 16 && sha256(text).starts_with(stored)
}

/// The hash of a document's text as it reads back: line endings as LF.
fn output_hash(output: &str) -> String {
    sha256(&output.replace("\r\n", "\n"))
}

pub fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The marker line for a document whose text above the marker is `output`,
/// made from meeting.md's normalised text `source`.
pub fn marker(source: &str, output: &str) -> String {
    format!(
        "{PREFIX}{} output={} -->\n",
        sha256(source),
        output_hash(output)
    )
}

/// The marker property for a calendar file whose text without it is `output`.
pub fn ics_marker(source: &str, output: &str) -> String {
    format!(
        "{ICS_PREFIX}{} output={}\r\n",
        &sha256(source)[..16],
        &output_hash(output)[..16]
    )
}

/// The marker of a rendered document, if it has one.
pub fn find_marker(text: &str) -> Option<Marker> {
    let (line_no, rest) = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let rest = l
                .strip_prefix(PREFIX)
                .and_then(|r| r.trim_end().strip_suffix("-->"))
                .or_else(|| l.strip_prefix(ICS_PREFIX))?;
            Some((i, rest.trim()))
        })
        .last()?;
    let (source, output) = rest.split_once(" output=")?;
    Some(Marker {
        line: line_no + 1,
        source: source.to_owned(),
        output: output.trim().to_owned(),
    })
}

/// Whether a file in a meeting folder is a document lsk may have rendered.
pub fn is_document(name: &str) -> bool {
    [".md", ".html", ".ics"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// The Markdown, HTML and calendar documents among a meeting folder's files (its
/// listing, sorted), read.
pub fn documents(dir: &Path, files: &[String]) -> Vec<Document> {
    files
        .iter()
        .filter(|name| name.as_str() != MEETING_FILE && is_document(name))
        .filter_map(|name| {
            let path = dir.join(name);
            let text = source::read_text(&path).ok()?;
            Some(Document {
                path,
                name: name.clone(),
                text,
            })
        })
        .collect()
}

/// The regular files in a folder, by name, sorted; `None` if it cannot be listed.
pub fn list_files(dir: &Path) -> Option<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            if crate::fsutil::is_temp(&name.to_string_lossy()) {
                return false;
            }
            // meeting.md is listed whatever it is (a folder named so is a finding).
            name == MEETING_FILE || e.file_type().is_ok_and(|t| t.is_file() || t.is_dir())
        })
        .map(|e| {
            let mut name = e.file_name().to_string_lossy().into_owned();
            // A folder inside a meeting folder (`sent/`) is listed with its
            // slash: what is in it is looked at by name (`nested`).
            if name != MEETING_FILE && e.file_type().is_ok_and(|t| t.is_dir()) {
                name.push('/');
            }
            name
        })
        .collect();
    names.sort();
    Some(names)
}

/// Everything inside the folders of a meeting folder (`listed` is its
/// listing, folders ending in `/`), a few levels deep, as paths relative
/// to the meeting folder; folders end in `/`. Links are not followed.
pub fn nested(dir: &Path, listed: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for sub in listed.iter().filter(|n| n.ends_with('/')) {
        for entry in walkdir::WalkDir::new(dir.join(sub))
            .min_depth(1)
            .max_depth(4)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            let Ok(rel) = entry.path().strip_prefix(dir) else {
                continue;
            };
            let mut rel = rel.to_string_lossy().replace('\\', "/");
            if entry.file_type().is_dir() {
                rel.push('/');
            }
            out.push(rel);
        }
    }
    out
}

pub fn check(ctx: &Ctx, doc: &Document, sink: &mut Sink) {
    // The agenda and the invitation serve the meeting itself: once it has
    // been held they are a record of what was sent, and the notes added
    // afterwards do not make them out of date.
    let for_the_meeting = ["agenda.", "invitation."]
        .iter()
        .any(|p| doc.name.starts_with(p));
    if for_the_meeting && ctx.phase == crate::model::Phase::After {
        return;
    }
    let Some(marker) = find_marker(&doc.text) else {
        return;
    };
    if !marker.made_from(ctx.source) {
        sink.push(
            STALE_RENDER,
            Severity::Warning,
            marker.line,
            Msg::StaleRender {
                document: doc.name.clone(),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_round_trip() {
        let m = marker("---\nkind: school\n---\n", "# Memo\n");
        let doc = format!("# Memo\n{m}");
        let found = find_marker(&doc).unwrap();
        assert_eq!(found.line, 2);
        assert!(found.made_from("---\nkind: school\n---\n"));
        assert!(found.unedited(&doc));
        assert!(!found.unedited(&doc.replace("Memo", "Minutes")));
        let ics = format!(
            "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
            ics_marker("s", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        );
        let read_back = ics.replace("\r\n", "\n");
        let m = find_marker(&read_back).unwrap();
        assert_eq!(m.line, 2);
        assert!(m.made_from("s") && m.unedited(&read_back));
        assert!(ics.lines().all(|l| l.len() <= 75));
    }
}
