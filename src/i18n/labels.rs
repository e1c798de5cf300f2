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
/// A meeting as a worker names it, never its folder: "8.12.2026
/// perheen, varhaiskasvatuksen ja lastensuojelun neuvottelu" for
/// `2026-12-08-daycare`. The kind is the one given, else the one the
/// folder name ends with (a folder made twice on a day ends "-2");
/// a folder named by hand keeps its own words after the date.
pub fn meeting_name(lang: Lang, dir: &str, kind: Option<crate::model::Kind>) -> String {
    let (day, rest) = match (dir.get(..10), dir.get(10..)) {
        (Some(d), Some(r)) => match crate::date::parse_date(d) {
            Some(d) => (
                Some(crate::i18n::dates::date(lang, d)),
                r.trim_start_matches('-'),
            ),
            None => (None, dir),
        },
        _ => (None, dir),
    };
    let bare = rest
        .rsplit_once('-')
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(rest, |(k, _)| k);
    let kind = kind
        .or_else(|| crate::model::Kind::parse(rest).or_else(|| crate::model::Kind::parse(bare)));
    let what = match kind {
        Some(k) => lower_first(kind_label(lang, k)),
        None => crate::hetu::mask(rest).into_owned(),
    };
    match day {
        Some(d) if what.is_empty() => d,
        Some(d) => format!("{d} {what}"),
        None => what,
    }
}

/// "Perheen neuvottelu" → "perheen neuvottelu", for a word after a date.
pub fn lower_first(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}
