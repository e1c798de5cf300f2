//! The gate of `lsk render`: which findings of the meeting's check refuse
//! a document, and which make it a draft. The policy is here, in one
//! place: [`gate`] for a render, [`draft_would_help`] for the message that
//! offers `--draft`.

use std::path::Path;

use super::{Doc, RenderError, Request};
use crate::finding::Expected;
use crate::finding::Msg;
use crate::finding::{Finding, Severity, UNKNOWN_FIELD};
use crate::rules::StopsRender;

/// The arguments that ask for something no document is: a calendar of a
/// document other than the invitation, a copy of one other than the memo.
pub(super) fn arguments(req: &Request) -> Result<(), RenderError> {
    if req.ics && req.doc != Doc::Invitation {
        return Err(RenderError::IcsNotForDoc);
    }
    if req.recipient.is_some() && !matches!(req.doc, Doc::Memo | Doc::CorrectionNotice) {
        return Err(RenderError::RecipientNotForDoc);
    }
    if req.doc == Doc::CorrectionNotice
        && req.recipient.as_deref().is_none_or(|r| r.trim().is_empty())
    {
        return Err(RenderError::NoticeNeedsRecipient);
    }
    Ok(())
}

/// Only what concerns the document being made: the findings about
/// meeting.md (`file`) and its folder `dir` (an identity code in the
/// folder's name). The other documents in the folder, this one's old
/// version included, are `lsk check`'s. Errors first, then warnings.
pub(super) fn concerning(
    findings: Vec<Finding>,
    file: &Path,
    dir: &Path,
) -> (Vec<Finding>, Vec<Finding>) {
    findings
        .into_iter()
        .filter(|f| f.file == file || f.file == dir)
        .partition(|f| f.severity == Severity::Error)
}

/// Whether a document is made from a meeting with these `errors` (those
/// [`concerning`] it): `Ok(draft)`, or the findings that refuse it.
///
/// The memo is the record: it is made only from a complete meeting (the
/// after-phase check), unless it is marked as a draft; so is the letter to
/// the child, which tells what was agreed. No document is made
/// while its meeting.md cannot be read or holds an identity code, draft or
/// not; a calendar entry needs the date and time, an invitation letter
/// also the place. A document made from a meeting with errors for its
/// phase is a draft, and says so.
pub(super) fn gate(req: &Request, errors: &[Finding]) -> Result<bool, Vec<Finding>> {
    let needed_for_ics = |f: &Finding| {
        let needed: &[&str] = match req.doc {
            Doc::Invitation if req.ics => &["date", "time"],
            Doc::Invitation => &["date", "time", "place"],
            _ => &[],
        };
        f.field.as_deref().is_some_and(|k| needed.contains(&k))
    };
    let blocking: Vec<Finding> = errors
        .iter()
        .filter(|f| {
            crate::rules::stops_render(f.rule) == StopsRender::Every
                || (req.doc.after_meeting() && !req.draft)
                || needed_for_ics(f)
        })
        .cloned()
        .collect();
    if !blocking.is_empty() {
        return Err(blocking);
    }
    Ok(req.draft || !errors.is_empty())
}

/// Whether a refusal with these findings would be lifted by `--draft`:
/// a memo refused only for the errors of the after-phase check (not for
/// an identity code, an unreadable file, a missing consent or an unknown
/// recipient, which stop a draft too).
pub fn draft_would_help(req: &Request, findings: &[Finding]) -> bool {
    req.doc.after_meeting()
        && !req.draft
        && !findings.is_empty()
        && findings.iter().all(|f| {
            crate::rules::stops_render(f.rule) == StopsRender::Memo
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
