//! `consent`: a copy of the memo made for a recipient (`memo.<recipient>.md`,
//! `.html`, or a PDF printed from one) exists only when the family agreed
//! to share the memo with them (000, 001; DOMAIN.md: nothing leaves without
//! consent). And every name in `memo_consent.recipients` and in a
//! `not_for` is a recipient lsk knows (`invalid-value` otherwise), so that
//! what the family withheld is never lost to a spelling.

use super::Ctx;
use crate::finding::{CONSENT, INVALID_VALUE, Severity, Sink};
use crate::i18n::Msg;
use crate::recipient::{self, Recipients};

/// The copies of the memo among a meeting folder's files that the family
/// has not agreed to: (file name, recipient as named).
pub fn without_consent<'a>(
    fm: &crate::case::yaml::Node,
    files: &'a [String],
) -> Vec<(&'a str, &'a str)> {
    let copies: Vec<(&str, &str)> = files
        .iter()
        .filter_map(|path| {
            let name = path.rsplit('/').next().unwrap_or(path);
            Some((path.as_str(), recipient::of_document(name)?))
        })
        .collect();
    if copies.is_empty() {
        return copies;
    }
    let vocab = Recipients::of(fm);
    let consent = vocab.consent(fm);
    copies
        .into_iter()
        .filter(|(_, r)| !vocab.resolve(r).is_some_and(|r| vocab.covers(&consent, &r)))
        .collect()
}

/// Copies without consent, each reported on its own file.
pub fn check_documents(ctx: &Ctx, files: &[String], findings: &mut Vec<crate::finding::Finding>) {
    for (name, recipient) in without_consent(ctx.fm, files) {
        let mut sink = Sink::new(ctx.meeting_dir.join(name), Some(ctx.phase), ctx.case.lang);
        sink.push(
            CONSENT,
            Severity::Error,
            1,
            Msg::Consent {
                recipient: recipient.to_owned(),
                document: name.to_owned(),
            },
        );
        findings.append(&mut sink.findings);
    }
}

/// Names in `memo_consent.recipients` and `not_for` that are no known
/// recipient. (A `not_for` of the wrong shape is the schema's finding.)
pub fn check(ctx: &Ctx, sink: &mut Sink) {
    let vocab = Recipients::of(ctx.fm);
    for p in recipient::problems(ctx.fm, &vocab) {
        if p.kind.reported_by_schema() {
            continue;
        }
        sink.push_field(
            INVALID_VALUE,
            Severity::Error,
            p.line,
            Some(p.field.clone()),
            p.message(),
        );
    }
}
