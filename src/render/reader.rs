//! Whom `lsk render` makes a document for, and what that reader may see:
//! the reader a `--for` names (or the document's own), the file the copy
//! is written to, and the one reader view (`crate::view`) every part of
//! the document is made from, with the findings that refuse it.

use super::{Doc, Meeting, Request};
use crate::finding::Msg;
use crate::finding::{Finding, IDENTITY_CODE, INVALID_VALUE, Severity, Sink};
use crate::model::Phase;
use crate::recipient::{self, Recipients};
use crate::view::{self, Reader, View};

/// Who reads the document: a copy's recipient; the family for its own
/// copy; every participant for the agenda, the invitation and the child
/// checklist, which everyone invited (or the child's support person)
/// receives; child welfare's file copy for the memo itself; the child for
/// the letter to the child. With the file
/// name the document is written to (a copy is named after its recipient).
pub(super) fn reader(
    m: &Meeting,
    req: &Request,
    ext: &str,
) -> Result<(Reader, String), Vec<Finding>> {
    let vocab = Recipients::of(m.fm);
    let reader = match &req.recipient {
        Some(written) => match view::reader_for(&vocab, m.case.organisation.as_deref(), written) {
            Ok(r) => r,
            Err(why) => {
                let consent_line = m.fm.entry("memo_consent").map_or(1, |e| e.key_line);
                let mut sink = Sink::new(m.file.to_path_buf(), Some(Phase::After), m.lang);
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
                return Err(sink.findings);
            }
        },
        None if req.doc == Doc::Memo => Reader::File,
        // The letter to the child: through the child's own view.
        None if req.doc == Doc::ChildLetter => Reader::Child,
        None => Reader::Participants,
    };
    let out_name = match &reader {
        Reader::Outside(r) => format!("{}.{}.{ext}", req.doc.name(), vocab.id(r)),
        Reader::Family => format!("{}.{}.{ext}", req.doc.name(), recipient::FAMILY),
        Reader::File | Reader::Participants | Reader::Child => {
            format!("{}.{ext}", req.doc.name())
        }
    };
    // A copy is named after its recipient: never after an identity code.
    if crate::hetu::name_holds_code(&out_name) {
        let mut sink = Sink::new(m.dir.join(&out_name), Some(Phase::After), m.lang);
        sink.error(IDENTITY_CODE, 1, Msg::IdentityCodeInName);
        return Err(sink.findings);
    }
    Ok((reader, out_name))
}

/// The one view every part of the document is made from: `reader`'s, of
/// the meeting and the earlier meetings it draws on (read into `texts`).
/// Refused where lsk cannot read exactly who may see what, and for an
/// outside recipient after the family withdrew its consent: no copy then
/// leaves child welfare, not written, previewed, printed or made a PDF of.
pub(super) fn view<'a>(
    m: &Meeting<'_, 'a>,
    req: &Request,
    reader: Reader,
    out_name: &str,
    canonical: &'a crate::case::yaml::Node<'a>,
    texts: &'a mut view::Texts,
) -> Result<View<'a>, Vec<Finding>> {
    let view = View::build(
        &view::Source {
            // `child_attends: Kyllä` reads as `yes` in the documents too.
            fm: canonical,
            frontmatter: crate::case::source::frontmatter(m.source).unwrap_or(""),
            file: m.file,
            root: m.root,
            lang: m.lang,
            child: m.case.child_name.as_deref(),
        },
        reader,
        texts,
    )?;
    if let Reader::Outside(_) = view.reader()
        && let Some(f) = crate::rules::consent::withdrawal_refusal(
            m.fm, m.file, req.today, m.lang, out_name, m.root,
        )
    {
        return Err(vec![f]);
    }
    Ok(view)
}
