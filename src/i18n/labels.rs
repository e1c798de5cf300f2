//! The names of meeting kinds and roles in each language, as documents
//! and pages show them (the words are in `words/`).

use crate::model::{Kind, Lang, Role};

pub fn kind_label(lang: Lang, kind: Kind) -> &'static str {
    super::words(lang).kinds.of(kind)
}

pub fn role_label(lang: Lang, role: Role) -> &'static str {
    super::words(lang).roles.of(role)
}

/// A kind's title, "Akuuttineuvonpito" for an acute conference.
pub fn meeting_title(lang: Lang, kind: Kind, acute: bool) -> &'static str {
    if acute && kind == Kind::FamilyGroupConference {
        super::words(lang).acute_conference
    } else {
        kind_label(lang, kind)
    }
}
