//! `stale-render`: a rendered document carries a marker with a hash of the
//! meeting.md fields it was made from and of its own text. Comparing
//! content, not file times, works across git checkouts, which do not keep
//! times. Only the fields (the frontmatter) go into documents, so notes
//! written below them do not make a document stale.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::Ctx;
use crate::case::{MEETING_FILE, source};
use crate::finding::Msg;
use crate::finding::{STALE_RENDER, Severity, Sink};

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
    /// A calendar's event SEQUENCE (`seq=`), so that the next render can
    /// make an update that supersedes it.
    pub sequence: Option<u32>,
}

impl Marker {
    /// Whether the document was made from meeting.md's (normalised) text
    /// `source`: from its fields (markers written since issue 13), or from
    /// the whole file as it is now (older markers hashed the whole file,
    /// and are current while the file is unchanged).
    pub fn made_from(&self, source: &str) -> bool {
        hash_matches(&self.source, fields(source)) || hash_matches(&self.source, source)
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

/// What of meeting.md's text goes into documents: its frontmatter (the
/// whole text when it has none, which no document is made from anyway).
fn fields(source: &str) -> &str {
    crate::case::source::frontmatter(source).unwrap_or(source)
}

/// The marker line for a document whose text above the marker is `output`,
/// made from meeting.md's normalised text `source`.
pub fn marker(source: &str, output: &str) -> String {
    format!(
        "{PREFIX}{} output={} -->\n",
        sha256(fields(source)),
        output_hash(output)
    )
}

/// The marker property for a calendar file whose text without it is `output`.
pub fn ics_marker(source: &str, output: &str) -> String {
    format!(
        "{ICS_PREFIX}{} output={}\r\n",
        &sha256(fields(source))[..16],
        &output_hash(output)[..16]
    )
}

/// The command that renews a rendered document, from its file name:
/// `memo.daycare.html` → `lsk render memo --for daycare --html DIR`.
pub fn renew_command(name: &str, dir: &str) -> String {
    let mut parts: Vec<&str> = name.split('.').collect();
    let ext = if parts.len() > 1 { parts.pop() } else { None };
    let mut command = format!("lsk render {}", parts.first().copied().unwrap_or(name));
    if let Some(recipient) = parts.get(1) {
        command.push_str(&format!(" --for {recipient}"));
    }
    match ext {
        Some("html") => command.push_str(" --html"),
        Some("ics") => command.push_str(" --ics"),
        _ => {}
    }
    format!("{command} {dir}")
}

/// The calendar's marker with the event's SEQUENCE, which the next render
/// reads back (still one line of at most 75 octets).
pub fn ics_marker_seq(source: &str, output: &str, sequence: u32) -> String {
    format!(
        "{} seq={sequence}\r\n",
        ics_marker(source, output).trim_end()
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
    let (source, rest) = rest.split_once(" output=")?;
    let mut words = rest.split_whitespace();
    let output = words.next().unwrap_or("");
    let sequence = words
        .find_map(|w| w.strip_prefix("seq="))
        .and_then(|n| n.parse().ok());
    Some(Marker {
        line: line_no + 1,
        source: source.to_owned(),
        output: output.to_owned(),
        sequence,
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
        let folder = ctx
            .meeting_dir
            .file_name()
            .map(|n| format!("meetings/{}", n.to_string_lossy()))
            .unwrap_or_default();
        sink.push(
            STALE_RENDER,
            Severity::Warning,
            marker.line,
            Msg::StaleRender {
                document: doc.name.clone(),
                command: renew_command(&doc.name, &folder),
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
        let with_seq = ics_marker_seq("s", "x", 4_000_000_000);
        assert!(with_seq.trim_end().len() <= 75, "{with_seq}");
        let m = find_marker(&with_seq).unwrap();
        assert_eq!(m.sequence, Some(4_000_000_000));
        assert!(m.made_from("s"));
    }

    #[test]
    fn notes_do_not_make_a_document_stale() {
        let source = "---\nkind: school\n---\nNotes.\n";
        let m = find_marker(&marker(source, "x\n")).unwrap();
        assert!(m.made_from(source));
        assert!(m.made_from("---\nkind: school\n---\nMore notes.\n"));
        assert!(!m.made_from("---\nkind: daycare\n---\nNotes.\n"));
        // A marker of the whole file, as lsk wrote them before: current
        // while the file is as it was.
        let old = find_marker(&format!("{PREFIX}{} output=x -->\n", sha256(source))).unwrap();
        assert!(old.made_from(source));
        assert!(!old.made_from("---\nkind: school\n---\nMore notes.\n"));
    }

    #[test]
    fn renew_commands() {
        let dir = "meetings/2026-11-10-daycare";
        assert_eq!(
            renew_command("memo.md", dir),
            format!("lsk render memo {dir}")
        );
        assert_eq!(
            renew_command("memo.daycare.html", dir),
            format!("lsk render memo --for daycare --html {dir}")
        );
        assert_eq!(
            renew_command("invitation.ics", dir),
            format!("lsk render invitation --ics {dir}")
        );
    }
}
