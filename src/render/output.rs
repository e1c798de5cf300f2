//! The output of `lsk render`: the document scanned as its reader will
//! see it, written atomically with lsk's marker (the meeting.md and the
//! document it was made from), and never over a hand edit.

use std::path::Path;

use super::{RenderError, Rendered, ics};
use crate::finding::{Finding, Sink};
use crate::fsutil;
use crate::model::{Lang, Phase};
use crate::rules::stale::{find_marker, ics_marker_seq, marker};

/// The identity codes in a document about to be written to `out_path`:
/// nothing meant for sharing carries one. The output is scanned as its
/// reader will see it, a calendar's folded lines joined.
pub(super) fn codes(body: &str, ics: bool, out_path: &Path, lang: Lang) -> Vec<Finding> {
    let mut codes = Sink::new(out_path.to_path_buf(), Some(Phase::After), lang);
    if ics {
        crate::case::identity_codes(&ics::unfold(body), &mut codes);
    } else {
        crate::case::identity_codes(body, &mut codes);
    }
    codes.findings
}

/// Write a rendered document: atomically, and not over a hand edit unless
/// `force`.
pub fn write(rendered: &Rendered, force: bool) -> Result<(), RenderError> {
    let path = &rendered.path;
    // A filed memo is the record in the client information system: lsk
    // writes no memo of it again (issue 24); it is corrected instead.
    if rendered.doc == super::Doc::Memo
        && let Some(filed) = &rendered.filed
    {
        return Err(RenderError::Filed(path.clone(), filed.clone()));
    }
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
