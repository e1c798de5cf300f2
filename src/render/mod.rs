//! `lsk render`: documents from a meeting.md through Markdown templates,
//! never sending anything the family did not agree to, never overwriting
//! what someone edited by hand.

pub mod context;
pub mod earlier;
mod gate;
/// Dates and durations in words moved to `i18n::dates`; this name is kept
/// for code written against it.
pub use crate::i18n::dates as format;
pub mod header;
pub mod html;
pub mod ics;
pub mod letter;
mod output;
pub mod pdf;
pub mod pdfmeta;
mod reader;
pub mod templates;
pub mod values;

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::case::meeting::read_meeting_text;
use crate::case::yaml::Node;
use crate::case::{Case, MEETING_FILE, find_root};
use crate::check::{Options, check_meeting_with};
use crate::finding::Msg;
use crate::finding::{Finding, IDENTITY_CODE, Sink};
use crate::model::{Access, Lang, Phase};
use crate::paths::relative;
use crate::view;

pub use gate::draft_would_help;
pub use output::{edited_by_hand, write};

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
    /// The memo was filed (issue 24): lsk writes no memo of it again, the
    /// file it would have written and the filing.
    Filed(PathBuf, crate::case::filed::Filed),
    /// A correction notice is made for one recipient (`--for`).
    NoticeNeedsRecipient,
    /// Nothing corrected that this recipient may see.
    NoticeNothing(String),
    /// No letter for this child (under three, an adult, no birth date),
    /// with the child's name as lsk.yaml gives it.
    NoChildLetter(letter::NoLetter, Option<String>),
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
    /// The document made.
    pub doc: Doc,
    /// The memo's filing, when it was filed: no memo is written then.
    pub filed: Option<crate::case::filed::Filed>,
    /// The letter to the child: the agreed actions it quotes as written
    /// (the action, its words, the most words of a sentence for the
    /// child's age); empty when it quotes none. `None` for any other
    /// document.
    pub quoted_actions: Option<Vec<(String, usize, usize)>>,
    /// The language the meeting's content is written in (the case's),
    /// when the document's fixed texts are in another (`--lang`): the
    /// front end warns, in this language (`i18n::lang_mix::warning`).
    pub content_lang: Option<Lang>,
}

/// The meeting folder `path` names: a meeting folder or its meeting.md.
pub fn meeting_dir(path: &Path) -> Result<PathBuf, RenderError> {
    crate::case::meeting::dir_of_path(path).ok_or_else(|| RenderError::NotAMeeting(path.into()))
}

/// The meeting a document is made from, as the check read it: one read of
/// meeting.md, its findings and its fields from the same bytes.
struct Meeting<'s, 'a> {
    case: &'s Case,
    root: &'s Path,
    dir: &'s Path,
    file: &'s Path,
    lang: Lang,
    /// The language the case's content is written in (lsk.yaml `language`).
    content_lang: Lang,
    /// meeting.md's normalised text.
    source: &'a str,
    fm: &'s Node<'a>,
}

/// Make a document, in steps: the meeting and its case found; meeting.md
/// read and checked once, its findings through the gate (`gate.rs`); the
/// reader and their view (`reader.rs`); the document made (`make`) and
/// scanned (`output.rs`). Nothing is written here ([`write`] does).
pub fn render(path: &Path, req: &Request) -> Result<Rendered, RenderError> {
    let dir = meeting_dir(path)?;
    let root = find_root(&dir).ok_or_else(|| RenderError::NoCase(path.into()))?;
    if !crate::fsutil::inside(&dir, &root) {
        return Err(RenderError::OutsideCase(dir));
    }
    let case = Case::load(&root, req.lang);
    let lang = req.lang.unwrap_or(case.lang);
    // The content's language is the case's own, whatever `--lang` says.
    let content_lang = match req.lang {
        Some(_) => Case::load(&root, None).lang,
        None => case.lang,
    };
    let refused = |findings: Vec<Finding>| RenderError::Refused(shown(findings, &root));
    gate::arguments(req)?;
    // A case whose lsk.yaml cannot be read, or holds an identity code, is
    // not written from: the documents would carry the wrong language, no
    // child's name, or the code.
    let blockers = crate::case::case_blockers(&case);
    if !blockers.is_empty() {
        return Err(refused(blockers));
    }
    // The memo and the letter to the child are checked as after the
    // meeting (see `gate::gate`).
    let opts = Options {
        phase: req.doc.after_meeting().then_some(Phase::After),
        today: req.today,
        lang: Some(lang),
    };
    let file = dir.join(MEETING_FILE);
    let checked = check_meeting_with(&case, &dir, &opts, |seen| {
        let (errors, warnings) =
            gate::concerning(shown(seen.findings.to_vec(), &root), &file, &dir);
        let draft = gate::gate(req, &errors).map_err(RenderError::Refused)?;
        let (Some(source), Some(fm)) = (seen.text, seen.root) else {
            return Err(refused(seen.unreadable.cloned().into_iter().collect()));
        };
        let meeting = Meeting {
            case: &case,
            root: &root,
            dir: &dir,
            file: &file,
            lang,
            content_lang,
            source,
            fm,
        };
        make(&meeting, req, draft, warnings)
    });
    match checked {
        Some((_, _, made)) => made,
        // No meeting.md the check could list after all: why it cannot be
        // read (a folder by that name, an unreadable folder).
        None => {
            let mut sink = Sink::new(file.clone(), Some(Phase::After), lang);
            match read_meeting_text(&file, &mut sink) {
                None => Err(refused(sink.findings)),
                Some(_) => Err(RenderError::NotAMeeting(path.into())),
            }
        }
    }
}

/// Findings with their files named from the case folder.
fn shown(mut findings: Vec<Finding>, root: &Path) -> Vec<Finding> {
    for f in &mut findings {
        f.shown = relative(&f.file, root);
    }
    findings
}

/// The document made from a meeting that passed the gate, for its reader,
/// scanned for identity codes; `draft` when the meeting has errors.
fn make(
    m: &Meeting,
    req: &Request,
    draft: bool,
    warnings: Vec<Finding>,
) -> Result<Rendered, RenderError> {
    let refused = |findings: Vec<Finding>| RenderError::Refused(shown(findings, m.root));
    let ext = if req.ics {
        "ics"
    } else if req.pdf {
        "pdf"
    } else if req.html {
        "html"
    } else {
        "md"
    };
    let (reader, out_name) = reader::reader(m, req, ext).map_err(refused)?;
    let out_path = m.dir.join(&out_name);
    let mut texts = view::Texts::default();
    let canonical = crate::case::validate::canonical_answers(m.fm);
    let view = reader::view(m, req, reader, &out_name, &canonical, &mut texts).map_err(refused)?;
    // A correction notice tells only what the reader may see: a
    // correction of something kept from them is not in their view.
    if req.doc == Doc::CorrectionNotice
        && (crate::case::filed::filed(view.fm()).is_none()
            || crate::case::filed::corrections(view.fm()).is_empty())
    {
        return Err(RenderError::NoticeNothing(
            req.recipient.clone().unwrap_or_default().trim().to_owned(),
        ));
    }
    if req.doc == Doc::ChildLetter {
        let on = view
            .fm()
            .get("date")
            .and_then(Node::scalar)
            .and_then(crate::date::parse_date)
            .unwrap_or(req.today);
        let age = m.case.born.map(|b| crate::date::age_on(b, on));
        if let Err(why) = letter::band(age) {
            return Err(RenderError::NoChildLetter(why, m.case.child_name.clone()));
        }
    }
    let earlier = earlier::of(&view, m.lang);
    let data = context::build(&context::Input {
        case: m.case,
        view: &view,
        earlier: &earlier,
        lang: m.lang,
        doc: req.doc.name(),
        draft,
        today: req.today,
    });
    let markdown = markdown(m, req, &data)?;
    let quoted_actions = letter::band(
        data["child"]["age"]
            .as_i64()
            .and_then(|a| i32::try_from(a).ok()),
    )
    .ok()
    .filter(|_| req.doc == Doc::ChildLetter)
    .map(|band| {
        letter::quoted_actions(&data["letter"])
            .into_iter()
            .map(|(action, n)| (action, n, band.most_words()))
            .collect::<Vec<_>>()
    });
    let mut sequence = None;
    let mut no_organizer = false;
    let body = if req.ics {
        let cal = calendar(m, req, &view, &out_path)?;
        sequence = Some(cal.sequence);
        no_organizer = !cal.organizer;
        cal.text
    } else {
        let meeting_date = view
            .fm()
            .get("date")
            .and_then(crate::case::yaml::Node::scalar)
            .and_then(crate::date::parse_date)
            .map(|d| crate::i18n::dates::date(m.lang, d));
        let header = header::Header::new(
            m.case,
            m.lang,
            req.doc.name(),
            draft,
            meeting_date.as_deref(),
        )
        .with_content(m.lang, m.content_lang)
        .for_copy(m.lang, data["recipient_heading"].as_str());
        if req.html || req.pdf {
            html::page_with_header(&markdown, m.lang.as_str(), &header)
        } else {
            format!("{}{markdown}", header.markdown())
        }
    };
    let codes = output::codes(&body, req.ics, &out_path, m.lang);
    if !codes.is_empty() {
        return Err(refused(codes));
    }
    Ok(Rendered {
        path: out_path,
        case_root: m.root.to_path_buf(),
        lang: m.lang,
        access: m.case.access,
        body,
        source: m.source.to_owned(),
        warnings,
        sequence,
        no_organizer,
        doc: req.doc,
        filed: crate::case::filed::filed(m.fm),
        quoted_actions,
        content_lang: (m.content_lang != m.lang).then_some(m.content_lang),
    })
}

/// The document's Markdown from its template (the case's, an
/// organisation's, or lsk's own); an identity code a template writes in
/// refuses it.
fn markdown(m: &Meeting, req: &Request, data: &serde_json::Value) -> Result<String, RenderError> {
    let mut folders = vec![m.root.join("templates")];
    folders.extend(req.org_templates.clone());
    let codes = templates::CodesFound::default();
    let env = templates::environment(folders, m.lang, codes.clone());
    let template_name = format!("{}.md", req.doc.name());
    env.get_template(&template_name)
        .and_then(|t| t.render(minijinja::Value::from(minijinja::value::Serde(data))))
        .map_err(|e| {
            let found = codes.lock().map(|c| c.clone()).unwrap_or_default();
            if found.is_empty() {
                return RenderError::Template(template_error(&e));
            }
            let mut findings = Vec::new();
            for (file, line) in found {
                let mut sink = Sink::new(file, None, m.lang);
                sink.error(IDENTITY_CODE, line, Msg::IdentityCode);
                findings.extend(sink.findings);
            }
            RenderError::Refused(shown(findings, m.root))
        })
}

/// The invitation as a calendar file, carrying over the UID and SEQUENCE
/// of the one it replaces at `out_path`.
fn calendar(
    m: &Meeting,
    req: &Request,
    view: &view::View,
    out_path: &Path,
) -> Result<ics::Calendar, RenderError> {
    let scalar = |k: &str| view.fm().get(k).and_then(crate::case::yaml::Node::scalar);
    let (Some(date), Some(time)) = (
        scalar("date").and_then(crate::date::parse_date),
        scalar("time").and_then(crate::date::parse_time),
    ) else {
        return Err(RenderError::Refused(Vec::new()));
    };
    // The invitation this one replaces (never read through a link).
    let previous = out_path
        .symlink_metadata()
        .is_ok_and(|meta| meta.is_file())
        .then(|| crate::case::source::read_text(out_path).ok())
        .flatten();
    let contact = ics::case_contact(m.root);
    let worker = m.case.responsible_worker.as_deref().unwrap_or("");
    Ok(ics::calendar(&ics::Event {
        view,
        lang: m.lang,
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
    }))
}

fn template_error(e: &minijinja::Error) -> String {
    let mut text = e.to_string();
    if let Some(detail) = e.detail().filter(|d| !text.contains(d)) {
        text.push_str(": ");
        text.push_str(detail);
    }
    text
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
        RenderError::NoChildLetter(why, name) => {
            let name = name.as_deref().unwrap_or("");
            match why {
                letter::NoLetter::NoBirthDate => say(lang, Say::ChildLetterNoBirthDate),
                letter::NoLetter::UnderThree { age } => {
                    say(lang, Say::ChildLetterUnderThree(name, age))
                }
                letter::NoLetter::Adult { age } => say(lang, Say::ChildLetterAdult(name, age)),
            }
        }
        RenderError::Refused(_) => String::new(),
        RenderError::Filed(path, filed) => {
            use crate::i18n::filing::{Filing, say as filing_say};
            let meeting = path.parent().map(shown).unwrap_or_default();
            let date = filed
                .date
                .map(|d| crate::i18n::dates::date(lang, d))
                .unwrap_or_default();
            filing_say(
                lang,
                Filing::NotRewritten {
                    file: &p(&path),
                    date: &date,
                    by: &filed.by,
                    meeting: &meeting,
                },
            )
        }
        RenderError::NoticeNeedsRecipient => {
            crate::i18n::filing::say(lang, crate::i18n::filing::Filing::NoticeNeedsRecipient)
        }
        RenderError::NoticeNothing(recipient) => crate::i18n::filing::say(
            lang,
            crate::i18n::filing::Filing::NoticeNothing {
                recipient: &recipient,
            },
        ),
    }
}
