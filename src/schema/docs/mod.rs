//! The documentation of every field, per language: part of the schema,
//! so that what a field means sits beside what it takes, below every rule
//! and front end that shows it.

mod en;
mod fi;
mod sv;

use crate::model::{Kind, Lang};

/// What a key is for, in a few words: scaffold comments and messages.
pub fn field_doc(lang: Lang, key: &str, kind: Option<Kind>) -> &'static str {
    let fgc = kind.is_some_and(Kind::is_fgc);
    if kind == Some(Kind::FgcFollowUp) {
        let follow_up = match lang {
            Lang::En => en::follow_up_field(key),
            Lang::Fi => fi::follow_up_field(key),
            Lang::Sv => sv::follow_up_field(key),
        };
        if let Some(doc) = follow_up {
            return doc;
        }
    }
    match lang {
        Lang::En => en::field(key, fgc),
        Lang::Fi => fi::field(key, fgc),
        Lang::Sv => sv::field(key, fgc),
    }
}
