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
use crate::finding::{Severity, Sink};
use super::{ALL_PHASES, Rule, StopsRender, rule};

pub const RULE: Rule = rule! {
    id: "stale-render",
    severities: &[Severity::Warning],
    phases: ALL_PHASES,
    // On a page, the way out is a button, not `lsk render …`.
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: Some("stale_help_page"),
    source: "FORMAT.md",
};

const PREFIX: &str = "<!-- lsk-render source=";
/// In a calendar file the marker is a private property, short enough to
/// stay on one line (RFC 5545 folds lines over 75 octets).
const ICS_PREFIX: &str = "X-LSK-RENDER:source=";

/// Where `lsk render --pdf` records the PDFs it wrote (`render::pdf`):
/// `sha256  path` lines, the path relative to the case root. A PDF has no
/// room for a text marker, so this record says it is lsk's and unchanged.
const PDF_RECORD: &str = ".lsk/pdf.sha256";
/// Which meeting.md fields each PDF lsk wrote was made from:
/// `pdf-sha256  fields-sha256` lines. With [`PDF_RECORD`] it is a PDF's
/// marker: a PDF found in both is lsk's, and current while the fields
/// hash as recorded; one lsk made without a recorded source (before this
/// record existed) counts as stale, since lsk cannot tell.
pub const PDF_SOURCES: &str = ".lsk/pdf.source";

/// A document in a meeting folder other than meeting.md.
pub struct Document {
    pub path: PathBuf,
    pub name: String,
    /// Its text; empty for a PDF.
    pub text: String,
    /// A PDF lsk made and nobody changed since: the hash of the fields it
    /// was made from, if recorded (`Some(None)` when not).
    pub pdf: Option<Option<String>>,
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
    /// A calendar's event UID (`uid=`, random, made on the first render):
    /// the next render updates the same event.
    pub uid: Option<String>,
    /// Lines the marker continues on (a calendar's folded marker).
    pub continued: usize,
}

impl Marker {
    /// Whether the document was made from meeting.md's (normalised) text
    /// `source`: from its fields (markers written since issue 13), or from
    /// the whole file as it is now (older markers hashed the whole file,
    /// and are current while the file is unchanged).
    pub fn made_from(&self, source: &str) -> bool {
        hash_matches(&self.source, &hashed(source))
            || hash_matches(&self.source, &without_record(source, true))
            || hash_matches(&self.source, fields(source))
            || hash_matches(&self.source, source)
    }

    /// Whether `text`, the whole document as read (LF line endings), is
    /// what lsk wrote: the text without the marker line hashes as recorded.
    pub fn unedited(&self, text: &str) -> bool {
        let rest: String = text
            .split_inclusive('\n')
            .enumerate()
            .filter(|(i, _)| i + 1 < self.line || i + 1 > self.line + self.continued)
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

/// What of meeting.md's text a document's marker hashes: its fields
/// without an agreed action's `done:` (M9 of the 2026-12 review). No
/// document prints `done`, and an action's later status belongs in the
/// next meeting's review: marking it done must not make the memo, filed
/// or not, look out of date. Markers made before this hashed the fields
/// with `done` ([`Marker::made_from`] accepts both).
fn hashed(source: &str) -> String {
    without_record(source, false)
}

/// [`fields`] without the filing and the corrections' list, and (unless
/// `keep_done`) without an action's `done:`.
fn without_record(source: &str, keep_done: bool) -> String {
    // The filing and its corrections' list (issue 24) are the memo's own
    // record-keeping: no other document prints them, and the memo is not
    // renewed once filed. A corrected field itself still counts.
    let mut in_record = false;
    fields(source)
        .split_inclusive('\n')
        .filter(|line| {
            let top = !line.starts_with([' ', '\t', '-', '#']) && !line.trim().is_empty();
            if top {
                in_record = line.starts_with("filed:") || line.starts_with("corrections:");
            }
            !in_record
        })
        .filter_map(|line| {
            let t = line.trim_start();
            let indent = &line[..line.len() - t.len()];
            let (dash, rest) = match t.strip_prefix("- ") {
                Some(rest) => ("- ", rest.trim_start()),
                None => ("", t),
            };
            if keep_done || !rest.starts_with("done:") {
                return Some(line.to_owned());
            }
            // `- done: true` as an item's first key keeps the item's dash.
            (!dash.is_empty()).then(|| format!("{indent}-\n"))
        })
        .collect()
}

/// Whether the document named `name` is a memo (or a copy of it) of a
/// meeting whose memo has been filed (meeting.md's normalised text
/// `source`): the filed record is changed by dated corrections, never by
/// rendering it again, so it is never asked to be renewed (issue 24).
pub fn filed_memo(name: &str, source: Option<&str>) -> bool {
    name.starts_with("memo.")
        && source.is_some_and(|t| crate::case::filed::filed_in_text(t).is_some())
}

/// The marker line for a document whose text above the marker is `output`,
/// made from meeting.md's normalised text `source`.
pub fn marker(source: &str, output: &str) -> String {
    format!(
        "{PREFIX}{} output={} -->\n",
        sha256(&hashed(source)),
        output_hash(output)
    )
}

/// The marker property for a calendar file whose text without it is `output`.
pub fn ics_marker(source: &str, output: &str) -> String {
    format!(
        "{ICS_PREFIX}{} output={}\r\n",
        &sha256(&hashed(source))[..16],
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
        Some("pdf") => command.push_str(" --pdf"),
        _ => {}
    }
    format!("{command} {dir}")
}

/// The calendar's marker with the event's SEQUENCE and UID (read from
/// `output`'s `UID:` line), which the next render reads back: one property
/// folded onto a second line as RFC 5545 does (no line over 75 octets).
pub fn ics_marker_seq(source: &str, output: &str, sequence: u32) -> String {
    let uid = output
        .lines()
        .find_map(|l| l.trim_end_matches('\r').strip_prefix("UID:"))
        .map(str::trim)
        .filter(|u| !u.is_empty() && u.len() <= 64 && !u.contains(char::is_whitespace));
    let mut out = format!(
        "{} seq={sequence}\r\n",
        ics_marker(source, output).trim_end()
    );
    if let Some(uid) = uid {
        out.push_str(&format!("  uid={uid}\r\n"));
    }
    out
}

/// The marker of a rendered document, if it has one.
pub fn find_marker(text: &str) -> Option<Marker> {
    let lines: Vec<&str> = text.lines().collect();
    let (line_no, rest, ics) = lines
        .iter()
        .enumerate()
        .rev()
        .filter_map(|(i, l)| {
            if let Some(r) = l
                .strip_prefix(PREFIX)
                .and_then(|r| r.trim_end().strip_suffix("-->"))
            {
                return Some((i, r.trim().to_owned(), false));
            }
            let r = l.strip_prefix(ICS_PREFIX)?;
            Some((i, r.trim_end_matches('\r').to_owned(), true))
        })
        .next()?;
    // A calendar's marker goes on in the folded lines after it.
    let mut rest = rest;
    let mut continued = 0;
    if ics {
        for l in lines.iter().skip(line_no + 1) {
            let Some(more) = l.strip_prefix([' ', '\t']) else {
                break;
            };
            rest.push_str(more.trim_end_matches('\r'));
            continued += 1;
        }
    }
    let rest = rest.trim();
    let (source, rest) = rest.split_once(" output=")?;
    let mut words = rest.split_whitespace();
    let output = words.next().unwrap_or("");
    let words: Vec<&str> = words.collect();
    let sequence = words
        .iter()
        .find_map(|w| w.strip_prefix("seq="))
        .and_then(|n| n.parse().ok());
    let uid = words
        .iter()
        .find_map(|w| w.strip_prefix("uid="))
        .filter(|u| !u.is_empty())
        .map(str::to_owned);
    Some(Marker {
        line: line_no + 1,
        source: source.to_owned(),
        output: output.to_owned(),
        sequence,
        uid,
        continued,
    })
}

/// Whether a file in a meeting folder is a document lsk may have rendered.
pub fn is_document(name: &str) -> bool {
    [".md", ".html", ".ics"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// The Markdown, HTML and calendar documents among a meeting folder's files (its
/// listing, sorted), read, and the PDFs lsk made there (`root`: the case's
/// folder, where lsk keeps its record of them).
pub fn documents(root: &Path, dir: &Path, files: &[String]) -> Vec<Document> {
    let mut records: Option<(String, String)> = None;
    files
        .iter()
        .filter(|name| name.as_str() != MEETING_FILE)
        .filter_map(|name| {
            let path = dir.join(name);
            if name.ends_with(".pdf") {
                let (made, sources) = records.get_or_insert_with(|| {
                    let read = |f: &str| std::fs::read_to_string(root.join(f)).unwrap_or_default();
                    (read(PDF_RECORD), read(PDF_SOURCES))
                });
                let pdf = pdf_source(root, &path, made, sources)?;
                return Some(Document {
                    path,
                    name: name.clone(),
                    text: String::new(),
                    pdf: Some(pdf),
                });
            }
            if !is_document(name) {
                return None;
            }
            let text = source::read_text(&path).ok()?;
            Some(Document {
                path,
                name: name.clone(),
                text,
                pdf: None,
            })
        })
        .collect()
}

/// A PDF's hash, as the records write it.
fn pdf_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// For a PDF lsk made and nobody changed (its hash recorded under its
/// name in `made`), the fields hash it was made from (from `sources`,
/// `None` when not recorded); `None` for any other PDF.
fn pdf_source(root: &Path, path: &Path, made: &str, sources: &str) -> Option<Option<String>> {
    let bytes = std::fs::read(path).ok()?;
    let hash = pdf_hash(&bytes);
    let name = crate::paths::relative(path, root);
    let ours = made
        .lines()
        .filter_map(|l| l.split_once("  "))
        .any(|(h, n)| h == hash && n == name);
    if !ours {
        return None;
    }
    Some(sources.lines().find_map(|l| {
        let (pdf, fields) = l.split_once("  ")?;
        (pdf == hash).then(|| fields.trim().to_owned())
    }))
}

/// Record that the PDF lsk just wrote at `pdf` (inside the case at `root`)
/// was made from meeting.md's normalised text `source`, so that `lsk
/// check` and `lsk list` can tell when it is out of date.
pub fn record_pdf_source(
    root: &Path,
    pdf: &Path,
    source: &str,
    access: crate::model::Access,
) -> std::io::Result<()> {
    let hash = pdf_hash(&std::fs::read(pdf)?);
    let record = root.join(PDF_SOURCES);
    // Only the PDFs still recorded as lsk's keep a line.
    let made = std::fs::read_to_string(root.join(PDF_RECORD)).unwrap_or_default();
    let kept: std::collections::BTreeSet<&str> = made
        .lines()
        .filter_map(|l| l.split_once("  "))
        .map(|(h, _)| h)
        .collect();
    let old = std::fs::read_to_string(&record).unwrap_or_default();
    let mut lines: Vec<String> = old
        .lines()
        .filter(|l| {
            l.split_once("  ")
                .is_some_and(|(h, _)| h != hash && kept.contains(h))
        })
        .map(str::to_owned)
        .collect();
    lines.push(format!("{hash}  {}", sha256(&hashed(source))));
    lines.sort();
    let text = lines.join("\n") + "\n";
    crate::fsutil::ensure_inside(root, &record).map_err(|_| std::io::Error::other("outside"))?;
    if let Some(dir) = record.parent() {
        crate::fsutil::create_dir_all(dir, access)?;
    }
    crate::fsutil::replace(&record, text.as_bytes(), access)
}

/// The agenda and the invitation: documents for the meeting itself.
fn for_the_meeting(name: &str) -> bool {
    ["agenda.", "invitation."]
        .iter()
        .any(|p| name.starts_with(p))
}

/// A document's state against meeting.md's normalised `text`, in the phase
/// the meeting is checked for: `current`, `stale` (made from an earlier
/// meeting.md) or `edited` (changed by hand since); `None` when lsk did not
/// make it. `lsk check` warns of what this calls stale, and `lsk list`
/// shows the same. Once the meeting has been held, the agenda and the
/// invitation are a record of what was sent: never stale.
pub fn status(
    doc: &Document,
    text: Option<&str>,
    phase: crate::model::Phase,
) -> Option<&'static str> {
    let made = match &doc.pdf {
        Some(source) => {
            let current = source
                .as_deref()
                .is_some_and(|s| {
                    text.is_some_and(|t| {
                        hash_matches(s, &hashed(t))
                            || hash_matches(s, &without_record(t, true))
                            || hash_matches(s, fields(t))
                    })
                });
            if current { "current" } else { "stale" }
        }
        None => {
            let marker = find_marker(&doc.text)?;
            if !marker.unedited(&doc.text) {
                "edited"
            } else if !text.is_some_and(|t| marker.made_from(t)) {
                "stale"
            } else {
                "current"
            }
        }
    };
    if made == "stale" && for_the_meeting(&doc.name) && phase == crate::model::Phase::After {
        return Some("current");
    }
    if made == "stale" && filed_memo(&doc.name, text) {
        return Some("current");
    }
    Some(made)
}

/// A name as text: as it is when UTF-8, else as a reader shows it (the
/// bytes as Windows-1252, as `hetu::decode_bytes` reads a file), so that
/// a code written with Notepad's en dash (0x96) in a name is found there,
/// not lost to a replacement character.
fn name_as_read(name: &std::ffi::OsStr) -> String {
    match name.to_str() {
        Some(text) => text.to_owned(),
        None => crate::hetu::decode_bytes(name.as_encoded_bytes()),
    }
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
            let mut name = name_as_read(&e.file_name());
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
            let mut rel = name_as_read(rel.as_os_str()).replace('\\', "/");
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
    if for_the_meeting(&doc.name) && ctx.phase == crate::model::Phase::After {
        return;
    }
    // A filed memo is the record as filed: corrected by a dated
    // correction, not renewed (issue 24, review M9).
    if filed_memo(&doc.name, Some(ctx.source)) {
        return;
    }
    // A document edited by hand since is still stale when it was made
    // from an earlier meeting.md (`lsk list` calls it edited).
    let (stale, line) = match &doc.pdf {
        Some(_) => (status(doc, Some(ctx.source), ctx.phase) == Some("stale"), 1),
        None => match find_marker(&doc.text) {
            Some(marker) => (!marker.made_from(ctx.source), marker.line),
            None => (false, 1),
        },
    };
    if stale {
        let folder = ctx
            .meeting_dir
            .file_name()
            .map(|n| format!("meetings/{}", n.to_string_lossy()))
            .unwrap_or_default();
        sink.push(
            RULE.id,
            Severity::Warning,
            line,
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
    fn an_action_marked_done_does_not_make_a_document_stale() {
        let before = "---\nkind: school\nagreed:\n  - action: Soittaa\n    owner: Maija\n  - done: false\n    action: Kirje\n---\n";
        let m = find_marker(&marker(before, "x\n")).unwrap();
        assert!(m.made_from(&before.replace("    owner: Maija\n", "    owner: Maija\n    done: true\n")));
        assert!(m.made_from(&before.replace("  - done: false", "  - done: true")));
        assert!(!m.made_from(&before.replace("Soittaa", "Kirjoittaa")));
        // Filing the memo does not make the other documents stale.
        let filed = before.replacen(
            "kind: school\n",
            "kind: school\nfiled:\n  date: 2026-11-24\n  by: S\ncorrections:\n  - field: goal\n    was: Vanha\n",
            1,
        );
        assert!(m.made_from(&filed));
    }

    #[test]
    fn a_filed_memo_is_never_stale() {
        let filed = "---\nkind: school\nfiled:\n  date: 2026-11-24\n  by: S\n---\n";
        assert!(filed_memo("memo.md", Some(filed)));
        assert!(filed_memo("memo.daycare.pdf", Some(filed)));
        assert!(!filed_memo("agenda.md", Some(filed)));
        assert!(!filed_memo("memo.md", Some("---\nkind: school\n---\n")));
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
