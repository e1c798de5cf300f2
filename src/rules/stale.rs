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

pub fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The marker line for a document whose text above the marker is `output`,
/// made from meeting.md's normalised text `source`.
pub fn marker(source: &str, output: &str) -> String {
    format!("{PREFIX}{} output={} -->\n", sha256(source), sha256(output))
}

/// The marker of a rendered document, if it has one.
pub fn find_marker(text: &str) -> Option<Marker> {
    let (line_no, line) = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with(PREFIX))
        .last()?;
    let rest = line.strip_prefix(PREFIX)?.strip_suffix("-->")?.trim();
    let (source, output) = rest.split_once(" output=")?;
    Some(Marker {
        line: line_no + 1,
        source: source.to_owned(),
        output: output.trim().to_owned(),
    })
}

/// The Markdown and HTML documents among a meeting folder's files (its
/// listing, sorted), read.
pub fn documents(dir: &Path, files: &[String]) -> Vec<Document> {
    files
        .iter()
        .filter(|name| {
            name.as_str() != MEETING_FILE && (name.ends_with(".md") || name.ends_with(".html"))
        })
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
            // meeting.md is listed whatever it is (a folder named so is a finding).
            name == MEETING_FILE || e.file_type().is_ok_and(|t| t.is_file())
        })
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Some(names)
}

pub fn check(ctx: &Ctx, doc: &Document, sink: &mut Sink) {
    let Some(marker) = find_marker(&doc.text) else {
        return;
    };
    if marker.source != sha256(ctx.source) {
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
        assert_eq!(found.source, sha256("---\nkind: school\n---\n"));
        assert_eq!(found.output, sha256("# Memo\n"));
    }
}
