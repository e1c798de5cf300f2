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
///
/// A folder whose name holds an identity code in any form
/// (`hetu::name_holds_code`, `%31%33…` too) is named by its day, when the
/// name starts with one, and the mask in place of everything else in it.
pub fn meeting_name(lang: Lang, dir: &str, kind: Option<crate::model::Kind>) -> String {
    if crate::hetu::name_holds_code(dir) {
        return match dir.get(..10).and_then(crate::date::parse_date) {
            Some(d) => format!(
                "{} {}",
                crate::i18n::dates::date(lang, d),
                crate::hetu::MASK
            ),
            None => crate::hetu::MASK.to_owned(),
        };
    }
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

/// A file's or folder's name as a page or a message shows it: the mask in
/// place of the whole name when it holds an identity code in any form
/// (`hetu::name_holds_code`: also one a browser or tool would decode,
/// `%31%33…`), else the name, any code in it masked.
pub fn shown_name(name: &str) -> String {
    if crate::hetu::name_holds_code(name) {
        crate::hetu::MASK.to_owned()
    } else {
        crate::hetu::mask(name).into_owned()
    }
}

/// A path as a page or a message shows it: each of its names by
/// [`shown_name`] (`meetings/XXXXXX-XXXX/meeting.md`).
pub fn shown_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for part in path.split_inclusive(['/', '\\']) {
        let name = part.trim_end_matches(['/', '\\']);
        out.push_str(&shown_name(name));
        out.push_str(&part[name.len()..]);
    }
    out
}

/// "Perheen neuvottelu" → "perheen neuvottelu", for a word after a date.
pub fn lower_first(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}
