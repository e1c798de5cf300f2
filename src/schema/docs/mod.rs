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

/// What a key is for, as a form in the browser says it: [`field_doc`]'s
/// words without the file's codes (`yes, no or partly`, `(true)`, `[]`,
/// a date's written form), which a form shows as choices and dates of
/// its own. The scaffold, the JSON schema and `lsk check` keep
/// [`field_doc`].
pub fn page_doc(lang: Lang, key: &str, kind: Option<Kind>) -> &'static str {
    let page = if kind == Some(Kind::FgcFollowUp) {
        match lang {
            Lang::En => en::page_follow_up_field(key),
            Lang::Fi => fi::page_follow_up_field(key),
            Lang::Sv => sv::page_follow_up_field(key),
        }
    } else {
        None
    };
    let page = page.or(match lang {
        Lang::En => en::page_field(key),
        Lang::Fi => fi::page_field(key),
        Lang::Sv => sv::page_field(key),
    });
    page.unwrap_or_else(|| field_doc(lang, key, kind))
}

/// How a list-shaped field is written, for help lines: the field's own line
/// and its first item's line, indented as in meeting.md — `("topics:",
/// "  - topic: ...")`, `("  recipients:", "    - daycare")`. `field` is a
/// finding's field (`memo_consent.recipients`, `agreed[0].due`); `None`
/// when it is not a list.
pub fn list_form(field: &str) -> Option<(String, String)> {
    use crate::schema::{MEETING, Ty};
    let parts: Vec<&str> = field
        .split('.')
        .map(|p| p.split('[').next().unwrap_or(p))
        .collect();
    let mut fields = MEETING;
    let mut ty = None;
    for (depth, part) in parts.iter().enumerate() {
        let found = fields.iter().find(|f| f.key == *part)?;
        if depth + 1 < parts.len() {
            match &found.ty {
                Ty::Record(sub) | Ty::Records(sub) => fields = sub,
                _ => return None,
            }
        } else {
            ty = Some(&found.ty);
        }
    }
    let key = parts.last()?;
    let pad = "  ".repeat(parts.len() - 1);
    let item = match ty? {
        Ty::Names if *key == "recipients" || *key == "not_for" => "daycare".to_owned(),
        Ty::Names | Ty::TextList => "...".to_owned(),
        Ty::Records(sub) => {
            let first = ["name", "topic", "action", "who"]
                .iter()
                .find(|k| sub.iter().any(|f| f.key == **k))
                .copied()
                .or_else(|| sub.first().map(|f| f.key))?;
            format!("{first}: ...")
        }
        _ => return None,
    };
    Some((format!("{pad}{key}:"), format!("{pad}  - {item}")))
}

#[cfg(test)]
mod list_tests {
    use super::list_form;

    #[test]
    fn list_forms() {
        assert_eq!(
            list_form("topics"),
            Some(("topics:".into(), "  - topic: ...".into()))
        );
        assert_eq!(
            list_form("memo_consent.recipients"),
            Some(("  recipients:".into(), "    - daycare".into()))
        );
        assert_eq!(
            list_form("informing_child"),
            Some(("informing_child:".into(), "  - who: ...".into()))
        );
        assert_eq!(list_form("goal"), None);
        assert_eq!(list_form("agreed[0].due"), None);
    }
}
