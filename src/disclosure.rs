//! The case's disclosure log (issue 20 §6; Act 703/2023, 11 §: the client's
//! right to know to whom their data were disclosed and on what basis).
//! Every copy made for an outside recipient appends one line to
//! `disclosures.jsonl` at the case root: when, which meeting and document,
//! to whom, made by whom, on whose consent, and the sha256 of the copy's
//! bytes. The log is append-only: lsk opens it for appending, writes one
//! line with one write and syncs it; it never rewrites or shortens it. A
//! line that cannot be read is reported with its line number, never
//! dropped. No identity code ever goes into it: every field is passed
//! through the detector first, and a field that holds one stops the entry.

use std::fs::OpenOptions;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::case::yaml::Node;

/// The log's file name, at the case root.
pub const LOG_FILE: &str = "disclosures.jsonl";

/// The family's own copy is not a disclosure (issue 20 §3).
pub use crate::recipient::FAMILY;

/// The log is read up to this size; a larger file is reported, not read.
const MAX_LOG: u64 = 64 << 20;

/// One disclosure, as one line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// When the copy was made, RFC 3339 with the offset (UTC).
    pub time: String,
    /// The meeting's folder name.
    pub meeting: String,
    /// `memo`.
    pub document: String,
    /// The copy's recipient id (`daycare`, `kirkonkylan-koulu`).
    pub recipient: String,
    /// The recipient as the meeting writes it (an organisation's name,
    /// "Päiväkoti Satakieli"); absent for a recipient lsk names by a word
    /// of its own, and in lines written before it was recorded.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recipient_name: String,
    /// Who made the copy: git's `user.name` in the case's repository, or
    /// the login name.
    pub by: String,
    /// The names of those who consented (`memo_consent.given_by`), or the
    /// legal basis; empty when the consent record names no one.
    pub consent: String,
    /// sha256 of the copy's bytes as written or served, in hex.
    pub sha256: String,
}

/// A line of the log that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// 1-based.
    pub line: usize,
    pub detail: String,
}

/// The log as read: its entries in order, and the lines that could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Log {
    pub entries: Vec<Entry>,
    pub broken: Vec<Broken>,
}

#[derive(Debug)]
pub enum Error {
    /// A field would carry an identity code: nothing was written.
    IdentityCode {
        field: &'static str,
    },
    /// The meeting has no consent record to name (`memo_consent`).
    NoConsent(PathBuf),
    /// The meeting is not inside the case, or the log would be written
    /// through a link or out of the case.
    Outside(PathBuf),
    Io(PathBuf, String),
    /// The log is larger than lsk reads.
    TooLarge(PathBuf),
    /// Consent was withdrawn: the copy may not exist.
    Withdrawn,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::IdentityCode { field } => write!(f, "identity code in `{field}`"),
            Error::NoConsent(p) => write!(f, "no consent record in {}", p.display()),
            Error::Outside(p) => write!(f, "{} is outside the case", p.display()),
            Error::Io(p, e) => write!(f, "{}: {e}", p.display()),
            Error::TooLarge(p) => write!(f, "{} is too large to read", p.display()),
            Error::Withdrawn => write!(f, "consent was withdrawn (memo_consent.withdrawn)"),
        }
    }
}

/// Whether a copy for `recipient_id` leaves child welfare and the family:
/// every copy but the family's own.
pub fn is_disclosure(recipient_id: &str) -> bool {
    !recipient_id.trim().eq_ignore_ascii_case(FAMILY)
}

/// sha256 of bytes, in lowercase hex.
pub fn digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Who makes a copy: git's `user.name` in the case's repository when it is
/// set, else the operating system user's full name (the passwd entry's
/// comment), else the login name (`USER`, `LOGNAME`, `USERNAME`, `id -un`),
/// else the user's number: never "?".
pub fn maker(case_root: &Path) -> String {
    let git = std::process::Command::new("git")
        .arg("-C")
        .arg(case_root)
        .args(["config", "user.name"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    git.or_else(full_name)
        .or_else(|| {
            ["USER", "LOGNAME", "USERNAME"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        })
        .or_else(|| command(&["id", "-un"]))
        .or_else(|| command(&["id", "-u"]).map(|uid| format!("uid {uid}")))
        .unwrap_or_else(|| "lsk".to_owned())
}

/// A command's first line of output, when it ran and said something.
fn command(args: &[&str]) -> Option<String> {
    let (cmd, rest) = args.split_first()?;
    std::process::Command::new(cmd)
        .args(rest)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.lines().next().map(|l| l.trim().to_owned()))
        .filter(|s| !s.is_empty())
}

/// The operating system user's full name: the comment of their passwd
/// entry (`getent passwd UID`), up to its first comma.
fn full_name() -> Option<String> {
    let uid = command(&["id", "-u"])?;
    let entry = command(&["getent", "passwd", &uid])?;
    let gecos = entry.split(':').nth(4)?;
    let name = gecos.split(',').next()?.trim();
    (!name.is_empty()).then(|| name.to_owned())
}

/// On whose consent a copy of the meeting in `meeting_dir` is made: the
/// names in `memo_consent.given_by` (the invitees the old `decided_with`
/// names, for a file of the old shape), joined by ", "; empty when the
/// record names no one (a draft). `None` when the meeting records no
/// consent at all (`memo_consent`), or cannot be read.
pub fn consent_of(meeting_dir: &Path) -> Option<String> {
    let file = meeting_dir.join(crate::case::MEETING_FILE);
    let text = crate::case::source::read_text(&file).ok()?;
    let fields = crate::case::source::frontmatter(&text).ok()?;
    let fm: Node = crate::case::yaml::parse(fields).ok()?;
    consent_in(&fm)
}

/// The recipient `recipient_id` as the meeting in `meeting_dir` writes
/// it: an organisation's name; empty for an id lsk has words for.
fn recipient_name(meeting_dir: &Path, recipient_id: &str) -> String {
    let file = meeting_dir.join(crate::case::MEETING_FILE);
    let Ok(text) = crate::case::source::read_text(&file) else {
        return String::new();
    };
    let Ok(fields) = crate::case::source::frontmatter(&text) else {
        return String::new();
    };
    let Ok(fm) = crate::case::yaml::parse(fields) else {
        return String::new();
    };
    let vocab = crate::recipient::Recipients::of(&fm);
    match vocab.resolve(recipient_id) {
        Some(r @ crate::recipient::Recipient::Org(_)) => vocab.name(&r).trim().to_owned(),
        _ => String::new(),
    }
}

fn consent_in(fm: &Node) -> Option<String> {
    let consent = crate::consent::Consent::read(fm)?;
    let names: Vec<String> = if consent.given_by.is_empty() {
        let invitees = fm.get("invitees").map(Node::items).unwrap_or_default();
        let who = consent.consenters(invitees, None);
        who.guardians.into_iter().chain(who.others).collect()
    } else {
        consent.given_by.clone()
    };
    Some(names.join(", "))
}

/// Append the disclosure of a copy to the case's log: the copy of
/// `document` (`memo`) of the meeting in `meeting_dir`, for
/// `recipient_id`, whose bytes as written or served are `bytes`, made by
/// `by` (see [`maker`]). The consent is read from the meeting's
/// `memo_consent`. Fails, writing nothing, when a field would carry an
/// identity code, when the meeting records no consent, or when the log
/// cannot be written safely.
pub fn record(
    case_root: &Path,
    meeting_dir: &Path,
    document: &str,
    recipient_id: &str,
    bytes: &[u8],
    by: &str,
) -> Result<Entry, Error> {
    if !crate::fsutil::inside(meeting_dir, case_root) {
        return Err(Error::Outside(meeting_dir.to_path_buf()));
    }
    let consent = consent_of(meeting_dir).ok_or_else(|| Error::NoConsent(meeting_dir.into()))?;
    let meeting = meeting_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let time = jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .unwrap_or_else(|_| jiff::Timestamp::now())
        .to_string();
    let entry = Entry {
        time,
        meeting,
        document: document.trim().to_owned(),
        recipient: recipient_id.trim().to_owned(),
        recipient_name: recipient_name(meeting_dir, recipient_id.trim()),
        by: by.trim().to_owned(),
        consent,
        sha256: digest(bytes),
    };
    append(case_root, &entry)?;
    Ok(entry)
}

/// The recipient id of a document that is a copy for someone outside
/// child welfare and the family, from its file name (`memo.<id>.<ext>`).
pub fn copy_recipient(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    crate::recipient::of_document(name)
        .or_else(|| notice_recipient(name))
        .filter(|id| is_disclosure(id))
        .map(str::to_owned)
}

/// A correction notice's file (`correction-notice.<id>.<ext>`, issue 24):
/// the recipient's id.
const NOTICE: &str = "correction-notice.";

fn notice_recipient(name: &str) -> Option<&str> {
    let rest = name.strip_prefix(NOTICE)?;
    let (id, ext) = rest.split_once('.')?;
    (!id.is_empty() && !ext.is_empty()).then_some(id)
}

/// The document a copy's file is of: `memo`, or `correction-notice`.
fn document_of(path: &Path) -> &'static str {
    let notice = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(NOTICE));
    if notice { "correction-notice" } else { "memo" }
}

/// After lsk wrote the document at `path` (`lsk render`, the browser's
/// save) on `today`: when it is a copy for an outside recipient, it is
/// checked against a withdrawal of consent (on or before `today`) and
/// logged with the digest of the bytes on disk, made by [`maker`]. When it
/// may not exist or cannot be logged, the copy is removed (no copy leaves
/// without its entry) and the error says why. Other documents are left
/// alone: `Ok(None)`.
pub fn after_write(
    case_root: &Path,
    path: &Path,
    today: jiff::civil::Date,
) -> Result<Option<Entry>, Error> {
    let Some(id) = copy_recipient(path) else {
        return Ok(None);
    };
    let dir = path.parent().unwrap_or(case_root);
    let logged = if withdrawn(dir, today) {
        Err(Error::Withdrawn)
    } else {
        std::fs::read(path)
            .map_err(|e| Error::Io(path.to_path_buf(), e.to_string()))
            .and_then(|bytes| {
                record(
                    case_root,
                    dir,
                    document_of(path),
                    &id,
                    &bytes,
                    &maker(case_root),
                )
            })
    };
    match logged {
        Ok(entry) => Ok(Some(entry)),
        Err(e) => {
            let _ = std::fs::remove_file(path);
            Err(e)
        }
    }
}

/// Whether the meeting's consent is withdrawn on or before `today`; a
/// meeting.md that cannot be read counts as withdrawn (fail closed).
fn withdrawn(meeting_dir: &Path, today: jiff::civil::Date) -> bool {
    let file = meeting_dir.join(crate::case::MEETING_FILE);
    let Ok(text) = crate::case::source::read_text(&file) else {
        return true;
    };
    let Some(fm) = crate::case::source::frontmatter(&text)
        .ok()
        .and_then(|f| crate::case::yaml::parse(f).ok())
    else {
        return true;
    };
    crate::consent::Consent::read(&fm).is_some_and(|c| c.withdrawn_by(today))
}

/// Append one entry, after checking every field for identity codes.
pub fn append(case_root: &Path, entry: &Entry) -> Result<(), Error> {
    for (field, value) in [
        ("time", &entry.time),
        ("meeting", &entry.meeting),
        ("document", &entry.document),
        ("recipient", &entry.recipient),
        ("recipient_name", &entry.recipient_name),
        ("by", &entry.by),
        ("consent", &entry.consent),
        ("sha256", &entry.sha256),
    ] {
        if crate::case::holds_code(value) {
            return Err(Error::IdentityCode { field });
        }
    }
    let path = case_root.join(LOG_FILE);
    let io_err = |e: io::Error| Error::Io(path.clone(), e.to_string());
    crate::fsutil::ensure_inside(case_root, &path).map_err(|_| Error::Outside(path.clone()))?;
    let mut line =
        serde_json::to_string(entry).map_err(|e| Error::Io(path.clone(), e.to_string()))?;
    line.push('\n');
    if crate::case::holds_code(&line) {
        return Err(Error::IdentityCode { field: "*" });
    }
    let access = crate::case::Case::load(case_root, None).access;
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(crate::fsutil::mode(access, false));
    }
    #[cfg(not(unix))]
    let _ = access;
    let mut file = options.open(&path).map_err(io_err)?;
    // A last line cut short (a crash, a full disk) stays a broken line of
    // its own: the new entry starts on a line of its own.
    let len = file.metadata().map_err(io_err)?.len();
    if len > 0 && !ends_with_newline(&path) {
        line.insert(0, '\n');
    }
    file.write_all(line.as_bytes()).map_err(io_err)?;
    file.sync_all().map_err(io_err)
}

fn ends_with_newline(path: &Path) -> bool {
    use std::io::{Seek, SeekFrom};
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let mut last = [0u8; 1];
    f.seek(SeekFrom::End(-1)).is_ok() && f.read_exact(&mut last).is_ok() && last[0] == b'\n'
}

/// Read the case's log. A missing log is an empty one.
pub fn read(case_root: &Path) -> Result<Log, Error> {
    let path = case_root.join(LOG_FILE);
    let meta = match path.symlink_metadata() {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Log::default()),
        Err(e) => return Err(Error::Io(path, e.to_string())),
    };
    if meta.file_type().is_symlink() || !meta.is_file() {
        return Err(Error::Outside(path));
    }
    if meta.len() > MAX_LOG {
        return Err(Error::TooLarge(path));
    }
    let bytes = std::fs::read(&path).map_err(|e| Error::Io(path.clone(), e.to_string()))?;
    Ok(parse(&bytes))
}

/// The entries of a log's bytes, and the lines that are no entry.
pub fn parse(bytes: &[u8]) -> Log {
    let mut log = Log::default();
    for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let broken = |detail: String| Broken {
            line: i + 1,
            detail,
        };
        match std::str::from_utf8(raw) {
            Err(_) => log.broken.push(broken("not UTF-8".into())),
            Ok(text) => match serde_json::from_str::<Entry>(text) {
                Ok(entry) => log.entries.push(entry),
                Err(e) => log.broken.push(broken(e.to_string())),
            },
        }
    }
    log
}

/// An entry as people read it, in `lang`: the time in Helsinki, the
/// document and the recipient in words.
#[derive(Debug, Clone, Serialize)]
pub struct InWords {
    pub when: String,
    pub meeting: String,
    pub document: String,
    pub recipient: String,
    pub by: String,
    pub consent: String,
}

impl Entry {
    pub fn in_words(&self, lang: crate::model::Lang) -> InWords {
        let when = self
            .time
            .parse::<jiff::Timestamp>()
            .map(|t| {
                let z = t.to_zoned(crate::date::helsinki());
                crate::render::format::when(lang, z.date(), Some(z.time()))
            })
            .unwrap_or_else(|_| self.time.clone());
        let recipient = match crate::model::Role::parse(&self.recipient) {
            _ if !self.recipient_name.trim().is_empty() => self.recipient_name.trim().to_owned(),
            Some(role)
                if !matches!(
                    role,
                    crate::model::Role::Daycare | crate::model::Role::School
                ) =>
            {
                crate::render::context::role_label(lang, role).to_owned()
            }
            _ => crate::render::context::recipient_label(lang, &self.recipient),
        };
        InWords {
            when,
            meeting: self.meeting.clone(),
            document: crate::i18n::consent::document_word(lang, &self.document),
            recipient,
            by: self.by.clone(),
            consent: if self.consent.trim().is_empty() {
                crate::i18n::consent::no_one_named(lang).to_owned()
            } else {
                self.consent.clone()
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_line_is_reported_with_its_number() {
        let good = r#"{"time":"2026-12-01T10:00:00Z","meeting":"m","document":"memo","recipient":"daycare","by":"Sam","consent":"Pat","sha256":"ab"}"#;
        let text = format!("{good}\n{{\"time\": \n\n{good}\n");
        let log = parse(text.as_bytes());
        assert_eq!(log.entries.len(), 2);
        assert_eq!(log.broken.len(), 1);
        assert_eq!(log.broken[0].line, 2);
    }

    #[test]
    fn appends_never_rewrite_and_a_cut_line_stays_apart() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join(LOG_FILE), b"{\"time\": cut").unwrap();
        let entry = Entry {
            time: "2026-12-01T10:00:00Z".into(),
            meeting: "2026-11-10-daycare".into(),
            document: "memo".into(),
            recipient: "daycare".into(),
            recipient_name: String::new(),
            by: "Sam Worker".into(),
            consent: "Pat Parent".into(),
            sha256: digest(b"copy"),
        };
        append(root, &entry).unwrap();
        append(root, &entry).unwrap();
        let text = std::fs::read_to_string(root.join(LOG_FILE)).unwrap();
        assert!(text.starts_with("{\"time\": cut\n"));
        let log = parse(text.as_bytes());
        assert_eq!(log.entries, vec![entry.clone(), entry]);
        assert_eq!(log.broken.len(), 1);
    }

    #[test]
    fn no_identity_code_enters_the_log() {
        let dir = tempfile::tempdir().unwrap();
        let entry = Entry {
            time: "2026-12-01T10:00:00Z".into(),
            meeting: "m".into(),
            document: "memo".into(),
            recipient: "daycare".into(),
            recipient_name: String::new(),
            by: "131052-308T".into(),
            consent: "Pat".into(),
            sha256: digest(b"x"),
        };
        assert!(matches!(
            append(dir.path(), &entry),
            Err(Error::IdentityCode { field: "by" })
        ));
        assert!(!dir.path().join(LOG_FILE).exists());
    }

    #[test]
    fn digests_are_never_taken_for_identity_codes() {
        // The hook scans the log like any staged file: a digest must not
        // read as a code.
        for i in 0..5000 {
            let d = digest(format!("copy {i}").as_bytes());
            assert!(!crate::case::holds_code(&d), "{d}");
        }
    }
}
