//! `lsk render`: documents from a meeting.md through Markdown templates,
//! never sending anything the family did not agree to, never overwriting
//! what someone edited by hand.

pub mod context;
pub mod earlier;
/// Dates and durations in words moved to `i18n::dates`; this name is kept
/// for code written against it.
pub use crate::i18n::dates as format;
pub mod header;
pub mod html;
pub mod ics;
pub mod pdf;
pub mod pdfmeta;
pub mod templates;
pub mod values;

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::case::meeting::parse_meeting;
use crate::case::meeting::read_meeting_text;
use crate::case::{Case, MEETING_FILE, find_root};
use crate::check::{Options, check_meeting};
use crate::finding::Expected;
use crate::finding::Msg;
use crate::finding::{
    CONSENT, Finding, IDENTITY_CODE, INVALID_VALUE, PARSE_ERROR, Severity, Sink, UNKNOWN_FIELD,
};
use crate::fsutil;
use crate::model::{Access, Lang, Phase};
use crate::paths::relative;
use crate::recipient::{self, Recipients};
use crate::rules::stale::{find_marker, ics_marker_seq, marker};
use crate::view::{self, Reader};

// The documents are a vocabulary of the base layer (the words and the
// help name them); kept here for code written against `render::Doc`.
pub use crate::model::Doc;

pub struct Request {
    pub doc: Doc,
    pub recipient: Option<String>,
    pub html: bool,
    /// The invitation as a calendar file (.ics) instead of a letter.
    pub ics: bool,
    /// The print page (as `html`) printed to PDF by a browser.
    pub pdf: bool,
    pub draft: bool,
    pub lang: Option<Lang>,
    /// An organisation's template folder.
    pub org_templates: Option<PathBuf>,
    pub today: Date,
    /// When the document is made: a calendar's DTSTAMP (`--today`,
    /// `LSK_TODAY` or `SOURCE_DATE_EPOCH` make it reproducible).
    pub stamp: jiff::Timestamp,
}

#[derive(Debug)]
pub enum RenderError {
    /// Findings that stop rendering; nothing is written.
    Refused(Vec<Finding>),
    /// The document was edited since lsk wrote it; `--force` overwrites.
    HandEdited(PathBuf),
    /// Not a meeting folder or meeting.md.
    NotAMeeting(PathBuf),
    /// No lsk.yaml here or above.
    NoCase(PathBuf),
    /// `--for` is for the memo only.
    RecipientNotForDoc,
    /// `--ics` is for the invitation only.
    IcsNotForDoc,
    /// The output would be written through a symbolic link.
    Symlink(PathBuf),
    /// The meeting folder resolves outside its case (a link out).
    OutsideCase(PathBuf),
    Template(String),
    Io(PathBuf, String),
    /// `--pdf`: no Chromium-family browser on the machine.
    NoBrowser,
    /// `--pdf`: the browser did not print; what it said.
    Browser(String),
}

/// A rendered document, not yet written.
pub struct Rendered {
    pub path: PathBuf,
    pub case_root: PathBuf,
    pub lang: Lang,
    /// Permissions of the written file (lsk.yaml `permissions`).
    pub access: Access,
    /// The document's text, without the marker.
    pub body: String,
    /// meeting.md's normalised text, for the marker.
    pub(crate) source: String,
    /// Warnings from the check, shown but not blocking.
    pub warnings: Vec<Finding>,
    /// A calendar's event SEQUENCE, kept in its marker.
    pub sequence: Option<u32>,
    /// A calendar made without an organizer's address: a plain calendar
    /// entry the invitees cannot answer.
    pub no_organizer: bool,
}

/// Whether a refusal with these findings would be lifted by `--draft`:
/// a memo refused only for the errors of the after-phase check (not for
/// an identity code, an unreadable file, a missing consent or an unknown
/// recipient, which stop a draft too).
pub fn draft_would_help(req: &Request, findings: &[Finding]) -> bool {
    req.doc == Doc::Memo
        && !req.draft
        && !findings.is_empty()
        && findings.iter().all(|f| {
            ![PARSE_ERROR, IDENTITY_CODE, CONSENT].contains(&f.rule)
                && f.field.as_deref() != Some("--for")
                && !matches!(
                    f.msg,
                    Msg::UnclearNotFor { .. } | Msg::UnknownRecipient { .. }
                )
                // A copy is not made, draft or not, where lsk cannot read
                // who may see what.
                && !(req.recipient.is_some()
                    && (f.rule == UNKNOWN_FIELD
                        || matches!(
                            &f.msg,
                            Msg::InvalidValue {
                                expected: Expected::List | Expected::Mapping,
                                ..
                            }
                        )))
        })
}

/// The meeting folder `path` names: a meeting folder or its meeting.md.
pub fn meeting_dir(path: &Path) -> Result<PathBuf, RenderError> {
    let abs = std::path::absolute(path).map_err(|_| RenderError::NotAMeeting(path.into()))?;
    let dir = if abs.file_name().is_some_and(|n| n == MEETING_FILE) && abs.is_file() {
        abs.parent().map(Path::to_path_buf).unwrap_or(abs)
    } else {
        abs
    };
    if dir.join(MEETING_FILE).exists() {
        Ok(dir)
    } else {
        Err(RenderError::NotAMeeting(path.into()))
    }
}

pub fn render(path: &Path, req: &Request) -> Result<Rendered, RenderError> {
    let dir = meeting_dir(path)?;
    let root = find_root(&dir).ok_or_else(|| RenderError::NoCase(path.into()))?;
    if !crate::fsutil::inside(&dir, &root) {
        return Err(RenderError::OutsideCase(dir));
    }
    let case = Case::load(&root, req.lang);
    let lang = req.lang.unwrap_or(case.lang);
    let show = |mut findings: Vec<Finding>| {
        for f in &mut findings {
            f.shown = relative(&f.file, &root);
        }
        findings
    };

    if req.ics && req.doc != Doc::Invitation {
        return Err(RenderError::IcsNotForDoc);
    }
    if req.recipient.is_some() && req.doc != Doc::Memo {
        return Err(RenderError::RecipientNotForDoc);
    }
    // A case whose lsk.yaml cannot be read, or holds an identity code, is
    // not written from: the documents would carry the wrong language, no
    // child's name, or the code.
    let blockers = crate::case::case_blockers(&case);
    if !blockers.is_empty() {
        return Err(RenderError::Refused(show(blockers)));
    }

    // The memo is the record: it is made only from a complete meeting
    // (the after-phase check), unless it is marked as a draft.
    let opts = Options {
        phase: (req.doc == Doc::Memo).then_some(Phase::After),
        today: req.today,
        lang: Some(lang),
    };
    // Only what concerns the document being made: meeting.md's findings
    // (and an identity code in the folder's name). The other documents in
    // the folder, this one's old version included, are `lsk check`'s.
    let file = dir.join(MEETING_FILE);
    let findings: Vec<Finding> = show(check_meeting(&case, &dir, &opts).unwrap_or_default())
        .into_iter()
        .filter(|f| f.file == file || f.file == dir)
        .collect();
    let (errors, warnings): (Vec<Finding>, Vec<Finding>) = findings
        .into_iter()
        .partition(|f| f.severity == Severity::Error);
    let file = dir.join(MEETING_FILE);
    // A calendar entry needs the date and time; an invitation letter also
    // the place.
    let needed_for_ics = |f: &Finding| {
        let needed: &[&str] = match req.doc {
            Doc::Invitation if req.ics => &["date", "time"],
            Doc::Invitation => &["date", "time", "place"],
            _ => &[],
        };
        f.field.as_deref().is_some_and(|k| needed.contains(&k))
    };
    // No document is made while its meeting.md holds an identity code,
    // draft or not.
    let blocking: Vec<Finding> = errors
        .iter()
        .filter(|f| {
            f.rule == PARSE_ERROR
                || (f.rule == IDENTITY_CODE && (f.file == file || f.file == dir))
                || (req.doc == Doc::Memo && !req.draft)
                || needed_for_ics(f)
        })
        .cloned()
        .collect();
    if !blocking.is_empty() {
        return Err(RenderError::Refused(blocking));
    }
    // A document made from a meeting with errors for its phase is a draft,
    // and says so (the memo was refused above unless --draft).
    // Only errors about the meeting itself count, not about documents
    // beside it.
    let draft = req.draft || errors.iter().any(|f| f.file == file || f.file == dir);

    let mut sink = Sink::new(file.clone(), Some(Phase::After), lang);
    let Some(source) = read_meeting_text(&file, &mut sink) else {
        return Err(RenderError::Refused(show(sink.findings)));
    };
    let Some(fm) = parse_meeting(&source, &mut sink) else {
        return Err(RenderError::Refused(show(sink.findings)));
    };

    let ext = if req.ics {
        "ics"
    } else if req.pdf {
        "pdf"
    } else if req.html {
        "html"
    } else {
        "md"
    };
    let vocab = Recipients::of(&fm);
    let consent_line = fm.entry("memo_consent").map_or(1, |e| e.key_line);
    // Who reads the document: a copy's recipient; the family for its own
    // copy; every participant for the agenda, the invitation and the
    // child checklist, which everyone invited (or the child's support
    // person) receives; child welfare's file copy for the memo itself.
    let reader = match &req.recipient {
        Some(written) => match view::reader_for(&vocab, case.organisation.as_deref(), written) {
            Ok(r) => r,
            Err(why) => {
                let mut sink = Sink::new(file.clone(), Some(Phase::After), lang);
                let msg = match why {
                    view::NotAReader::Unknown(suggestion) => Msg::UnknownRecipient {
                        field: "--for".into(),
                        written: written.clone(),
                        suggestion,
                    },
                    view::NotAReader::ChildWelfare => Msg::CopyForChildWelfare {
                        written: written.clone(),
                    },
                };
                sink.push_field(
                    INVALID_VALUE,
                    Severity::Error,
                    consent_line,
                    Some("--for".into()),
                    msg,
                );
                return Err(RenderError::Refused(show(sink.findings)));
            }
        },
        None if req.doc == Doc::Memo => Reader::File,
        None => Reader::Participants,
    };
    let out_name = match &reader {
        Reader::Outside(r) => format!("{}.{}.{ext}", req.doc.name(), vocab.id(r)),
        Reader::Family => format!("{}.{}.{ext}", req.doc.name(), recipient::FAMILY),
        Reader::File | Reader::Participants => format!("{}.{ext}", req.doc.name()),
    };
    let out_path = dir.join(&out_name);
    // A copy is named after its recipient: never after an identity code.
    if !crate::hetu::find(&out_name).is_empty() {
        let mut sink = Sink::new(out_path.clone(), Some(Phase::After), lang);
        sink.error(IDENTITY_CODE, 1, Msg::IdentityCodeInName);
        return Err(RenderError::Refused(show(sink.findings)));
    }

    // The one view every part of the document is made from.
    let mut texts = view::Texts::default();
    let canonical = crate::case::validate::canonical_answers(&fm);
    let view = view::View::build(
        &view::Source {
            // `child_attends: Kyllä` reads as `yes` in the documents too.
            fm: &canonical,
            frontmatter: crate::case::source::frontmatter(&source).unwrap_or(""),
            file: &file,
            root: &root,
            lang,
        },
        reader,
        &mut texts,
    )
    .map_err(|findings| RenderError::Refused(show(findings)))?;
    // After the family withdrew its consent no copy leaves child welfare:
    // not written, previewed, printed or made a PDF of.
    if let Reader::Outside(_) = view.reader()
        && let Some(f) =
            crate::rules::consent::withdrawal_refusal(&fm, &file, req.today, lang, &out_name, &root)
    {
        return Err(RenderError::Refused(show(vec![f])));
    }
    let earlier = earlier::of(&view, lang);
    let data = context::build(&context::Input {
        case: &case,
        view: &view,
        earlier: &earlier,
        lang,
        doc: req.doc.name(),
        draft,
        today: req.today,
    });
    let mut folders = vec![root.join("templates")];
    folders.extend(req.org_templates.clone());
    let codes = templates::CodesFound::default();
    let env = templates::environment(folders, lang, codes.clone());
    let template_name = format!("{}.md", req.doc.name());
    let markdown = env
        .get_template(&template_name)
        .and_then(|t| t.render(minijinja::Value::from(minijinja::value::Serde(&data))))
        .map_err(|e| {
            let found = codes.lock().map(|c| c.clone()).unwrap_or_default();
            if found.is_empty() {
                return RenderError::Template(template_error(&e));
            }
            let mut findings = Vec::new();
            for (file, line) in found {
                let mut sink = Sink::new(file, None, lang);
                sink.error(IDENTITY_CODE, line, Msg::IdentityCode);
                findings.extend(sink.findings);
            }
            RenderError::Refused(show(findings))
        })?;
    let mut sequence = None;
    let mut no_organizer = false;
    let body = if req.ics {
        let scalar = |k: &str| view.fm().get(k).and_then(crate::case::yaml::Node::scalar);
        let (Some(date), Some(time)) = (
            scalar("date").and_then(crate::date::parse_date),
            scalar("time").and_then(crate::date::parse_time),
        ) else {
            return Err(RenderError::Refused(Vec::new()));
        };
        // The invitation this one replaces: its UID and SEQUENCE carry over
        // (never read through a link).
        let previous = out_path
            .symlink_metadata()
            .is_ok_and(|m| m.is_file())
            .then(|| crate::case::source::read_text(&out_path).ok())
            .flatten();
        let contact = ics::case_contact(&root);
        let worker = case.responsible_worker.as_deref().unwrap_or("");
        let cal = ics::calendar(&ics::Event {
            view: &view,
            lang,
            date,
            time,
            minutes: view
                .fm()
                .get("duration_min")
                .and_then(crate::case::validate::minutes)
                .unwrap_or(60),
            contact: contact.as_deref().map(|mail| (worker, mail)),
            stamp: req.stamp,
            previous: previous.as_deref(),
        });
        sequence = Some(cal.sequence);
        no_organizer = !cal.organizer;
        cal.text
    } else {
        let meeting_date = view
            .fm()
            .get("date")
            .and_then(crate::case::yaml::Node::scalar)
            .and_then(crate::date::parse_date)
            .map(|d| crate::i18n::dates::date(lang, d));
        let header =
            header::Header::new(&case, lang, req.doc.name(), draft, meeting_date.as_deref());
        if req.html || req.pdf {
            html::page_with_header(&markdown, lang.as_str(), &header)
        } else {
            format!("{}{markdown}", header.markdown())
        }
    };

    // Nothing meant for sharing carries an identity code: the output is
    // scanned as its reader will see it, a calendar's folded lines joined.
    let mut codes = Sink::new(out_path.clone(), Some(Phase::After), lang);
    if req.ics {
        crate::case::identity_codes(&ics::unfold(&body), &mut codes);
    } else {
        crate::case::identity_codes(&body, &mut codes);
    }
    if !codes.findings.is_empty() {
        return Err(RenderError::Refused(show(codes.findings)));
    }
    Ok(Rendered {
        path: out_path,
        case_root: root,
        lang,
        access: case.access,
        body,
        source,
        warnings,
        sequence,
        no_organizer,
    })
}

fn template_error(e: &minijinja::Error) -> String {
    let mut text = e.to_string();
    if let Some(detail) = e.detail().filter(|d| !text.contains(d)) {
        text.push_str(": ");
        text.push_str(detail);
    }
    text
}

/// Write a rendered document: atomically, and not over a hand edit unless
/// `force`.
pub fn write(rendered: &Rendered, force: bool) -> Result<(), RenderError> {
    let path = &rendered.path;
    // Nothing is written through a link, or into a folder that leads out
    // of the case.
    match fsutil::ensure_inside(&rendered.case_root, path) {
        Ok(()) => {}
        Err(fsutil::Outside::Link(p)) => return Err(RenderError::Symlink(p)),
        Err(fsutil::Outside::Escapes(p)) => return Err(RenderError::OutsideCase(p)),
    }
    if let Ok(meta) = path.symlink_metadata() {
        if meta.file_type().is_symlink() {
            return Err(RenderError::Symlink(path.clone()));
        }
        if !force && edited_by_hand(path) {
            return Err(RenderError::HandEdited(path.clone()));
        }
    }
    let text = match rendered.body.find(ics::MARKER_BEFORE) {
        // A calendar keeps its marker inside, among its own properties
        // before the time zone and the event, with the event's SEQUENCE.
        Some(at) if path.extension().is_some_and(|e| e == "ics") => format!(
            "{}{}{}",
            &rendered.body[..at],
            ics_marker_seq(
                &rendered.source,
                &rendered.body,
                rendered.sequence.unwrap_or(0)
            ),
            &rendered.body[at..]
        ),
        _ => format!(
            "{}{}",
            rendered.body,
            marker(&rendered.source, &rendered.body)
        ),
    };
    fsutil::replace(path, text.as_bytes(), rendered.access)
        .map_err(|e| RenderError::Io(path.clone(), e.to_string()))
}

/// Whether a document differs from what lsk last wrote there. A file
/// without lsk's marker was not written by lsk, so it counts as edited.
pub fn edited_by_hand(path: &Path) -> bool {
    let Ok(text) = crate::case::source::read_text(path) else {
        return true;
    };
    find_marker(&text).is_none_or(|m| !m.unedited(&text))
}

/// When a document is made, for a calendar's DTSTAMP: `SOURCE_DATE_EPOCH`
/// (seconds, as reproducible builds set it), else the start of `--today` /
/// `LSK_TODAY` in UTC, else now.
pub fn made_at(today: Option<Date>) -> jiff::Timestamp {
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok());
    epoch
        .or_else(|| {
            today.and_then(|d| {
                d.to_zoned(jiff::tz::TimeZone::UTC)
                    .ok()
                    .map(|z| z.timestamp())
            })
        })
        .unwrap_or_else(jiff::Timestamp::now)
}

/// Why a document was not made, in `lang`, with paths as the front end
/// shows them (empty for a refusal: its findings say why).
pub fn error_message(lang: Lang, e: RenderError, shown: &dyn Fn(&Path) -> String) -> String {
    use crate::i18n::{Say, say};
    let p = |p: &PathBuf| shown(p);
    match e {
        RenderError::HandEdited(path) => say(lang, Say::HandEdited(&p(&path))),
        RenderError::NotAMeeting(path) => say(lang, Say::NotAMeeting(&p(&path))),
        RenderError::NoCase(path) => say(lang, Say::NotInCase(&p(&path))),
        RenderError::RecipientNotForDoc => say(lang, Say::RecipientNotForDoc),
        RenderError::IcsNotForDoc => say(lang, Say::IcsNotForDoc),
        RenderError::Symlink(path) => say(lang, Say::Symlink(&p(&path))),
        RenderError::OutsideCase(path) => say(lang, Say::OutsideCase(&p(&path))),
        RenderError::Template(detail) => say(lang, Say::Template(&detail)),
        RenderError::Io(path, detail) => say(lang, Say::CannotWrite(&p(&path), &detail)),
        RenderError::NoBrowser => say(lang, Say::NoBrowser),
        RenderError::Browser(detail) => say(lang, Say::BrowserFailed(&detail)),
        RenderError::Refused(_) => String::new(),
    }
}
