//! `consent`: a copy of the memo made for a recipient (`memo.<recipient>.md`
//! or `.html`) exists only when the family agreed to share the memo with
//! them (000, 001; DOMAIN.md: nothing leaves without consent).

use super::Ctx;
use super::stale::Document;
use crate::case::yaml::Node;
use crate::finding::{CONSENT, Severity, Sink};
use crate::i18n::Msg;

/// The recipient a document was made for, from its name `memo.<recipient>.md`.
pub fn recipient_of(name: &str) -> Option<&str> {
    let stem = name
        .strip_suffix(".md")
        .or_else(|| name.strip_suffix(".html"))?;
    stem.strip_prefix("memo.").filter(|r| !r.is_empty())
}

/// Whether the frontmatter's `memo_consent.recipients` allows `recipient`.
pub fn allowed(fm: &Node, recipient: &str) -> bool {
    fm.get("memo_consent")
        .and_then(|c| c.get("recipients"))
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .filter_map(Node::scalar)
        .any(|r| r.trim() == recipient)
}

pub fn check(ctx: &Ctx, doc: &Document, sink: &mut Sink) {
    let Some(recipient) = recipient_of(&doc.name) else {
        return;
    };
    if !allowed(ctx.fm, recipient) {
        sink.push(
            CONSENT,
            Severity::Error,
            1,
            Msg::Consent {
                recipient: recipient.to_owned(),
                document: doc.name.clone(),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_from_names() {
        assert_eq!(recipient_of("memo.daycare.md"), Some("daycare"));
        assert_eq!(recipient_of("memo.school.html"), Some("school"));
        assert_eq!(recipient_of("memo.md"), None);
        assert_eq!(recipient_of("agenda.md"), None);
    }
}
