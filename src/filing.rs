//! Filing a memo into the client information system, and dated
//! corrections to a filed memo (issue 24; Act 703/2023: the official
//! record lives in the client information system, and a correction keeps
//! the original readable with the corrector's name, the date and the
//! reason).
//!
//! [`file`] checks that the memo is complete (the memo's after-phase
//! check, the consent and who may see what: the same gate as `lsk render
//! memo`), prints it to PDF into the meeting's `archive/` folder with a
//! JSON description for the client information system, and records
//! `filed: {date, by}` in meeting.md. After filing, the memo is read-only
//! in lsk (`render` writes no memo; see `render::output`). [`correct`]
//! changes a filed memo's text field as a dated correction that keeps the
//! original (`corrections:`); [`file`] again then archives the corrected
//! memo beside the original. Who had an earlier copy is read from the
//! disclosure log ([`earlier_recipients`]) and offered a correction notice
//! (`lsk render correction-notice --for RECIPIENT`), made through their
//! own view.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde_json::json;

use crate::case::edit::{FormValue, form_values, set_fields};
use crate::case::filed::{self, ARCHIVE_DIR, CORRECTIONS, FILED, Filed};
use crate::case::{Case, MEETING_FILE, find_root, source};
use crate::finding::Finding;
use crate::model::{Doc, Lang};
use crate::render::{self, RenderError, Request};
use crate::schema::{MEETING, Ty};

/// The document type of the national document structure for a meeting
/// memo, and its name in each language (the JSON carries both).
pub const DOCUMENT_TYPE: &str = "neuvottelumuistio";
/// The service task the record is filed under.
pub const SERVICE_TASK: &str = "lastensuojelu";

/// Why filing or a correction was not made; nothing was changed.
#[derive(Debug)]
pub enum Error {
    /// The memo could not be made (not a meeting, no case, no browser…).
    Render(RenderError),
    /// The memo is not complete: the findings that refuse it.
    Incomplete(Vec<Finding>),
    /// The consent, or who may see what, is unclear: the findings.
    ConsentProblems(Vec<Finding>),
    /// Filed already, with no correction since.
    AlreadyFiled(Filed),
    /// A correction to a memo that is not filed.
    NotFiled,
    NoReason,
    /// The field a correction names cannot be corrected.
    NotCorrectable(String),
    /// The correction would change nothing.
    Unchanged(String),
    /// meeting.md cannot be edited without losing something.
    Edit(String),
    Io(PathBuf, String),
    /// The description would carry an identity code.
    IdentityCode,
}

impl From<RenderError> for Error {
    fn from(e: RenderError) -> Error {
        Error::Render(e)
    }
}

/// Who files or corrects, when, and in which language.
pub struct Options {
    pub lang: Option<Lang>,
    pub today: Date,
    /// Who files: by default the worker as git knows her
    /// (`disclosure::maker`).
    pub by: Option<String>,
    pub org_templates: Option<PathBuf>,
}

/// The archive package written.
#[derive(Debug)]
pub struct Package {
    pub dir: PathBuf,
    pub folder: PathBuf,
    pub pdf: PathBuf,
    pub json: PathBuf,
    pub filed: Filed,
    /// The corrected memo's package (filed before): the number of
    /// corrections it carries.
    pub corrections: Option<usize>,
    pub lang: Lang,
}

/// The meeting folder, its case and meeting.md's text as written.
struct Meeting {
    dir: PathBuf,
    case: Case,
    file: PathBuf,
    text: String,
}

fn meeting(path: &Path, lang: Option<Lang>) -> Result<Meeting, Error> {
    let dir = render::meeting_dir(path)?;
    let root = find_root(&dir).ok_or_else(|| RenderError::NoCase(path.into()))?;
    if !crate::fsutil::inside(&dir, &root) {
        return Err(RenderError::OutsideCase(dir).into());
    }
    let case = Case::load(&root, lang);
    let file = dir.join(MEETING_FILE);
    let text = source::read_text(&file).map_err(|_| RenderError::NotAMeeting(path.into()))?;
    Ok(Meeting {
        dir,
        case,
        file,
        text,
    })
}

fn who(opts: &Options, root: &Path) -> String {
    opts.by
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map_or_else(|| crate::disclosure::maker(root), str::to_owned)
}

/// The file names of the package: the memo as filed, or the corrected
/// memo carrying `n` corrections.
pub fn package_names(corrections: Option<usize>) -> (String, String) {
    match corrections {
        None => ("memo.pdf".into(), "memo.json".into()),
        Some(n) => (
            format!("memo.correction-{n}.pdf"),
            format!("memo.correction-{n}.json"),
        ),
    }
}

/// File the memo of the meeting at `path`: check it, write the archive
/// package, record the filing. On a memo filed before with corrections
/// not yet archived, the corrected memo's package is written beside the
/// original. Refused, changing nothing, when the memo is incomplete, the
/// consent or who may see what is unclear, or nothing is new.
pub fn file(path: &Path, opts: &Options) -> Result<Package, Error> {
    let m = meeting(path, opts.lang)?;
    let root = m.case.root.clone();
    let lang = opts.lang.unwrap_or(m.case.lang);
    let fm_text = source::frontmatter(&m.text).unwrap_or("");
    let fm = crate::case::yaml::parse(fm_text).ok();
    let before = fm.as_ref().and_then(filed::filed);
    let n_corrections = fm.as_ref().map_or(0, |f| filed::corrections(f).len());
    let folder = m.dir.join(ARCHIVE_DIR);
    let corrections = match &before {
        None => None,
        Some(f) => {
            let (pdf, _) = package_names(Some(n_corrections));
            if n_corrections == 0 || folder.join(pdf).exists() {
                return Err(Error::AlreadyFiled(f.clone()));
            }
            Some(n_corrections)
        }
    };
    let by = who(opts, &root);
    let req = Request {
        doc: Doc::Memo,
        recipient: None,
        html: false,
        ics: false,
        pdf: true,
        draft: false,
        lang: opts.lang,
        org_templates: opts.org_templates.clone(),
        today: opts.today,
        stamp: render::made_at(Some(opts.today)),
    };
    let mut rendered = match render::render(&m.dir, &req) {
        Ok(r) => r,
        Err(RenderError::Refused(findings)) => {
            return Err(if findings.iter().any(is_consent_problem) {
                Error::ConsentProblems(findings)
            } else {
                Error::Incomplete(findings)
            });
        }
        Err(e) => return Err(e.into()),
    };
    // A warning about the consent (no guardian marked, a copy without
    // consent, a withdrawal) is a problem in the filed record: it says
    // who received it and on whose consent.
    let consent: Vec<Finding> = rendered
        .warnings
        .iter()
        .filter(|f| is_consent_problem(f))
        .cloned()
        .collect();
    if !consent.is_empty() {
        return Err(Error::ConsentProblems(consent));
    }
    let (pdf_name, json_name) = package_names(corrections);
    crate::fsutil::create_dir_all(&folder, m.case.access)
        .map_err(|e| Error::Io(folder.clone(), e.to_string()))?;
    rendered.path = folder.join(&pdf_name);
    // The package is written before the filing is recorded: a failure
    // leaves the memo unfiled, never filed without its package.
    rendered.filed = None;
    render::pdf::write(&rendered, false)?;
    let pdf_path = rendered.path.clone();
    let remove_pdf = || {
        let _ = std::fs::remove_file(&pdf_path);
    };
    let bytes = std::fs::read(&pdf_path).map_err(|e| Error::Io(pdf_path.clone(), e.to_string()))?;
    let filing = before.clone().unwrap_or(Filed {
        date: Some(opts.today),
        by: by.clone(),
        line: 0,
    });
    let description = describe(&Describe {
        case: &m.case,
        dir: &m.dir,
        fm: fm.as_ref(),
        lang,
        filed: &filing,
        pdf_name: &pdf_name,
        pdf: &bytes,
        corrections,
        today: opts.today,
    });
    let json_text = match serde_json::to_string_pretty(&description) {
        Ok(t) => t + "\n",
        Err(e) => {
            remove_pdf();
            return Err(Error::Io(folder.join(&json_name), e.to_string()));
        }
    };
    if crate::case::holds_code(&json_text) {
        remove_pdf();
        return Err(Error::IdentityCode);
    }
    let json_path = folder.join(&json_name);
    if let Err(e) = crate::fsutil::ensure_inside(&root, &json_path)
        .map_err(|_| std::io::Error::other("outside the case"))
        .and_then(|()| crate::fsutil::replace(&json_path, json_text.as_bytes(), m.case.access))
    {
        remove_pdf();
        return Err(Error::Io(json_path, e.to_string()));
    }
    if before.is_none() {
        let value = FormValue::Record(vec![
            ("date".into(), FormValue::Text(opts.today.to_string())),
            ("by".into(), FormValue::Text(by.clone())),
        ]);
        let written = set_fields(&m.text, &[(FILED, value)])
            .map_err(|e| Error::Edit(format!("{:?}", e.kind)))
            .and_then(|out| {
                crate::fsutil::replace(&m.file, out.as_bytes(), m.case.access)
                    .map_err(|e| Error::Io(m.file.clone(), e.to_string()))
            });
        if let Err(e) = written {
            remove_pdf();
            let _ = std::fs::remove_file(&json_path);
            return Err(e);
        }
    }
    Ok(Package {
        dir: m.dir,
        folder,
        pdf: pdf_path,
        json: json_path,
        filed: filing,
        corrections,
        lang,
    })
}

/// A finding about the consent or about who may see what: these stop
/// filing, warnings too.
fn is_consent_problem(f: &Finding) -> bool {
    f.rule == "consent"
        || matches!(
            f.msg,
            crate::finding::Msg::UnclearNotFor { .. }
                | crate::finding::Msg::UnknownRecipient { .. }
        )
}

struct Describe<'a> {
    case: &'a Case,
    dir: &'a Path,
    fm: Option<&'a crate::case::yaml::Node<'a>>,
    lang: Lang,
    filed: &'a Filed,
    pdf_name: &'a str,
    pdf: &'a [u8],
    corrections: Option<usize>,
    today: Date,
}

/// The document type's name in `lang`.
pub fn document_type_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "neuvottelumuistio",
        Lang::Sv => "mötesanteckning",
        Lang::En => "meeting record",
    }
}

/// The confidentiality basis, as the client information system records
/// it (JulkL 24.1 § 25 k), in the case's language.
pub fn confidentiality_basis(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "JulkL 621/1999 24 § 1 mom. 25 k",
        Lang::Sv => "OffL 621/1999 24 § 1 mom. 25 p.",
        Lang::En => "Act on the Openness of Government Activities 621/1999, s. 24(1)(25)",
    }
}

/// The machine-readable description the client information system reads
/// beside the PDF. Field names are English and fixed (docs/en/format.md,
/// "The archive package"); values are the record's own.
fn describe(d: &Describe) -> serde_json::Value {
    let scalar = |key: &str| {
        d.fm.and_then(|fm| fm.get(key))
            .and_then(|n| {
                n.text()
                    .or_else(|| n.get("text").and_then(crate::case::yaml::Node::text))
            })
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    };
    let folder = d
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let disclosed: Vec<serde_json::Value> = crate::disclosure::read(&d.case.root)
        .map(|log| log.entries)
        .unwrap_or_default()
        .into_iter()
        .filter(|e| e.meeting == folder)
        .map(|e| {
            json!({
                "time": e.time,
                "document": e.document,
                "recipient": e.recipient,
                "recipient_name": e.recipient_name,
                "consent": e.consent,
                "by": e.by,
                "sha256": e.sha256,
            })
        })
        .collect();
    let corrections: Vec<serde_json::Value> =
        d.fm.map(filed::corrections)
            .unwrap_or_default()
            .into_iter()
            .map(|c| {
                json!({
                    "date": c.date.map(|x| x.to_string()),
                    "by": c.by,
                    "field": c.field,
                    "was": c.was,
                    "why": c.why,
                })
            })
            .collect();
    let memo_date = scalar("memo_date")
        .and_then(|t| crate::date::parse_date(&t))
        .unwrap_or(d.today);
    let mut out = json!({
        "format": "lsk-archive-1",
        "document_type": DOCUMENT_TYPE,
        "document_type_name": document_type_name(d.lang),
        "service_task": SERVICE_TASK,
        "language": d.lang.as_str(),
        "child": {
            "name": d.case.child_name,
            "born": d.case.born.map(|b| b.to_string()),
        },
        "meeting": {
            "folder": folder,
            "kind": scalar("kind"),
            "date": scalar("date"),
        },
        "date": memo_date.to_string(),
        "author": scalar("note_taker"),
        "keeper": {
            "organisation": d.case.organisation,
            "responsible_worker": d.case.responsible_worker,
        },
        "confidential": true,
        "confidentiality_mark": crate::render::header::mark(d.lang),
        "confidentiality_basis": confidentiality_basis(d.lang),
        "filed": {
            "date": d.filed.date.map(|x| x.to_string()),
            "by": d.filed.by,
        },
        "disclosed": disclosed,
        "file": d.pdf_name,
        "sha256": crate::disclosure::digest(d.pdf),
    });
    if let Some(n) = d.corrections {
        out["corrects"] = json!("memo.pdf");
        out["corrections"] = json!(corrections[..n.min(corrections.len())]);
    }
    out
}

/// The top-level fields a correction may change: the memo's texts, names,
/// dates and times. Lists and records (invitees, agreed actions, the
/// consent) are not corrected field by field here.
pub fn correctable(field: &str) -> bool {
    !matches!(field, FILED | CORRECTIONS | "kind" | "follows" | "acute")
        && MEETING.iter().any(|f| {
            f.key == field
                && matches!(
                    f.ty,
                    Ty::Text | Ty::Person | Ty::Date | Ty::Time | Ty::Minutes
                )
        })
}

/// Every field [`correctable`] names, in the schema's order.
pub fn correctable_fields() -> Vec<&'static str> {
    MEETING
        .iter()
        .map(|f| f.key)
        .filter(|k| correctable(k))
        .collect()
}

/// One correction asked for: the field and its new text.
pub struct Change {
    pub field: String,
    pub text: String,
}

/// What a correction did.
#[derive(Debug)]
pub struct Corrected {
    pub dir: PathBuf,
    pub case_root: PathBuf,
    pub fields: Vec<String>,
    pub by: String,
    pub date: Date,
    pub lang: Lang,
}

/// A field's text as the form reads it, with its `not_for` when the field
/// is written `{text: ..., not_for: [...]}`; `None` for a shape a
/// correction cannot carry.
fn text_and_not_for(value: Option<&FormValue>) -> Option<(String, Option<FormValue>)> {
    match value {
        None | Some(FormValue::Empty) => Some((String::new(), None)),
        Some(FormValue::Text(t)) => Some((t.clone(), None)),
        Some(FormValue::Record(keys)) => {
            let get = |k: &str| keys.iter().find(|(key, _)| key == k).map(|(_, v)| v);
            let text = match get("text") {
                Some(FormValue::Text(t)) => t.clone(),
                None | Some(FormValue::Empty) => String::new(),
                _ => return None,
            };
            Some((text, get("not_for").cloned()))
        }
        Some(FormValue::List(_)) => None,
    }
}

/// Correct the filed memo of the meeting at `path`: each change becomes a
/// dated correction (`corrections:` in meeting.md) that keeps the
/// original text, the reason `why`, who and when. A field kept from some
/// recipients (`not_for`) keeps that on its new text, and its correction
/// carries the same `not_for`, so no one sees the correction of a thing
/// kept from them. Refused, changing nothing, for a memo not filed, no
/// reason, a field that cannot be corrected or a change that changes
/// nothing.
pub fn correct(
    path: &Path,
    changes: &[Change],
    why: &str,
    opts: &Options,
) -> Result<Corrected, Error> {
    let m = meeting(path, opts.lang)?;
    let lang = opts.lang.unwrap_or(m.case.lang);
    if filed::filed_in_text(&m.text).is_none() {
        return Err(Error::NotFiled);
    }
    let why = why.trim();
    if why.is_empty() {
        return Err(Error::NoReason);
    }
    let by = who(opts, &m.case.root);
    let values = form_values(&m.text).map_err(|e| Error::Edit(format!("{:?}", e.kind)))?;
    let value_of = |key: &str| values.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let mut list = match value_of(CORRECTIONS) {
        Some(FormValue::List(items)) => items.clone(),
        None | Some(FormValue::Empty) => Vec::new(),
        Some(_) => return Err(Error::Edit(CORRECTIONS.into())),
    };
    let mut set: Vec<(String, FormValue)> = Vec::new();
    let mut fields = Vec::new();
    for change in changes {
        let field = change.field.trim();
        if !correctable(field) || set.iter().any(|(k, _)| k == field) {
            return Err(Error::NotCorrectable(field.to_owned()));
        }
        let Some((was, not_for)) = text_and_not_for(value_of(field)) else {
            return Err(Error::NotCorrectable(field.to_owned()));
        };
        let new = change.text.replace("\r\n", "\n");
        if new.trim() == was.trim() {
            return Err(Error::Unchanged(field.to_owned()));
        }
        let text_value = if new.trim().is_empty() {
            FormValue::Empty
        } else {
            FormValue::Text(new.trim_end().to_owned())
        };
        let value = match &not_for {
            Some(nf) => FormValue::Record(vec![
                ("text".into(), text_value),
                ("not_for".into(), nf.clone()),
            ]),
            None => text_value,
        };
        let mut record = vec![
            ("date".into(), FormValue::Text(opts.today.to_string())),
            ("by".into(), FormValue::Text(by.clone())),
            ("field".into(), FormValue::Text(field.to_owned())),
            (
                "was".into(),
                if was.is_empty() {
                    FormValue::Empty
                } else {
                    FormValue::Text(was)
                },
            ),
            ("why".into(), FormValue::Text(why.to_owned())),
        ];
        if let Some(nf) = not_for {
            record.push(("not_for".into(), nf));
        }
        list.push(FormValue::Record(record));
        set.push((field.to_owned(), value));
        fields.push(field.to_owned());
    }
    if fields.is_empty() {
        return Err(Error::Unchanged(String::new()));
    }
    set.push((CORRECTIONS.to_owned(), FormValue::List(list)));
    let pairs: Vec<(&str, FormValue)> = set.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let out =
        set_fields(&m.text, &pairs).map_err(|e| Error::Edit(format!("{}: {:?}", e.key, e.kind)))?;
    if crate::case::holds_code(&out) && !crate::case::holds_code(&m.text) {
        return Err(Error::IdentityCode);
    }
    crate::fsutil::replace(&m.file, out.as_bytes(), m.case.access)
        .map_err(|e| Error::Io(m.file.clone(), e.to_string()))?;
    Ok(Corrected {
        dir: m.dir,
        case_root: m.case.root,
        fields,
        by,
        date: opts.today,
        lang,
    })
}

fn folder_name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The commit a filing is (`repo::commit::record`): the case, what
/// happened, and the files written (the package, meeting.md, the PDF
/// record).
pub fn filed_record(p: &Package) -> (Case, crate::repo::commit::What, Vec<PathBuf>) {
    let root = find_root(&p.dir).unwrap_or_else(|| p.dir.clone());
    let case = Case::load(&root, None);
    let paths = vec![
        p.pdf.clone(),
        p.json.clone(),
        p.dir.join(MEETING_FILE),
        root.join(crate::render::pdf::RECORD),
    ];
    let what = crate::repo::commit::What::Filed {
        meeting: folder_name(&p.dir),
    };
    (case, what, paths)
}

/// The commit a correction is: meeting.md, with the corrected fields.
pub fn corrected_record(c: &Corrected) -> (Case, crate::repo::commit::What, Vec<PathBuf>) {
    let case = Case::load(&c.case_root, None);
    let what = crate::repo::commit::What::Corrected {
        meeting: folder_name(&c.dir),
        fields: c.fields.clone(),
    };
    (case, what, vec![c.dir.join(MEETING_FILE)])
}

/// Who received a copy of the meeting's memo before (the disclosure log):
/// each recipient once, with the day of their latest copy (UTC date of the
/// entry), in the order of the log.
pub fn earlier_recipients(case_root: &Path, dir: &Path) -> Vec<(String, String)> {
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut out: Vec<(String, String)> = Vec::new();
    for e in crate::disclosure::read(case_root)
        .map(|l| l.entries)
        .unwrap_or_default()
        .into_iter()
        .filter(|e| e.meeting == folder && e.document == "memo")
    {
        let day = e.time.get(..10).unwrap_or("").to_owned();
        match out.iter_mut().find(|(r, _)| *r == e.recipient) {
            Some(found) => found.1 = day,
            None => out.push((e.recipient, day)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_names_and_dates_are_correctable_lists_are_not() {
        assert!(correctable("summary"));
        assert!(correctable("note_taker"));
        assert!(correctable("next_meeting"));
        assert!(!correctable("agreed"));
        assert!(!correctable("invitees"));
        assert!(!correctable("filed"));
        assert!(!correctable("corrections"));
        assert!(!correctable("kind"));
        assert!(!correctable("nonsense"));
    }

    #[test]
    fn a_field_kept_from_someone_keeps_its_not_for() {
        let v = FormValue::Record(vec![
            ("text".into(), FormValue::Text("Vanha".into())),
            (
                "not_for".into(),
                FormValue::List(vec![FormValue::Text("parent".into())]),
            ),
        ]);
        let (text, nf) = text_and_not_for(Some(&v)).unwrap();
        assert_eq!(text, "Vanha");
        assert!(nf.is_some());
        assert!(text_and_not_for(Some(&FormValue::List(vec![]))).is_none());
    }
}
