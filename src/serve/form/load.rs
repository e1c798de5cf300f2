//! The meeting as the form loads and saves it: the file's values, what a
//! posted form changes, the write, and the texts forms were loaded from.

use std::collections::HashMap;
use std::path::Path;

use super::decode::{Fields, Posted, parse};
use super::view::{ctx_for, label, pairs_of, text_of, views};
use crate::case::edit::{self, EditError, FormValue};
use crate::case::{Case, MEETING_FILE, source};
use crate::i18n::serve::word;
use crate::model::{Kind, Lang};
use crate::serve::AppState;
use crate::serve::page::Found;
use crate::serve::posted::{hash, say_code};

/// The meeting as the form sees it.
pub struct Loaded {
    pub text: String,
    pub hash: String,
    pub fields: Fields,
    pub notes: String,
    pub kind: Option<Kind>,
}

/// The heading lsk's new meeting puts above the notes, in each language:
/// the notes box shows the notes without it, and saving puts it back.
const NOTES_HEADINGS: [&str; 3] = ["## Muistiinpanot", "## Anteckningar", "## Notes"];

/// `notes` without lsk's own heading line, and that heading.
fn without_heading(notes: &str) -> (Option<&'static str>, &str) {
    let first = notes.lines().next().unwrap_or("");
    match NOTES_HEADINGS.iter().find(|h| first.trim_end() == **h) {
        Some(h) => (
            Some(*h),
            notes[first.len()..].trim_start_matches(['\r', '\n']),
        ),
        None => (None, notes),
    }
}

/// The notes after the frontmatter, as the form shows them: without
/// lsk's own heading ("## Muistiinpanot").
pub fn notes_of(text: &str) -> String {
    let all = raw_notes(text);
    without_heading(&all).1.to_owned()
}

/// The notes after the frontmatter as the file has them.
fn raw_notes(text: &str) -> String {
    let text = source::normalise(text);
    let Some(rest) = text.strip_prefix("---") else {
        return String::new();
    };
    let Some(end) = rest.find("\n---") else {
        return String::new();
    };
    let after = &rest[end + 4..];
    let after = after.split_once('\n').map_or("", |(_, b)| b);
    after.trim_start_matches('\n').trim_end().to_owned()
}

/// The notes as written after the closing `---`: with the blank line the
/// file had before them (the scaffold's), ending in a line break.
pub(super) fn notes_text(file: &str, notes: &str) -> String {
    // lsk's heading, which the form did not show, is put back.
    let heading = match without_heading(&raw_notes(file)) {
        (Some(h), _) if without_heading(notes.trim_start()).0.is_none() => Some(h),
        _ => None,
    };
    let notes = notes.trim_end();
    let notes = match heading {
        Some(h) if notes.trim().is_empty() => h.to_owned(),
        Some(h) => format!("{h}\n\n{}", notes.trim_start_matches(['\r', '\n'])),
        None => notes.to_owned(),
    };
    let notes = notes.as_str();
    if notes.is_empty() {
        return String::new();
    }
    let file = source::normalise(file);
    let after = file
        .strip_prefix("---")
        .and_then(|rest| rest.find("\n---").map(|end| &rest[end + 4..]))
        .map(|a| a.split_once('\n').map_or("", |(_, b)| b))
        .unwrap_or("\n");
    let blank = if after.trim().is_empty() {
        "\n".to_owned()
    } else {
        after
            .chars()
            .take_while(|c| *c == '\n' || *c == '\r')
            .collect::<String>()
            .replace("\r\n", "\n")
    };
    format!("{blank}{}\n", notes.trim_start_matches('\n'))
}

pub fn load(text: String) -> Result<Loaded, EditError> {
    let fields = edit::form_values(&text)?;
    let kind = fields
        .iter()
        .find(|(k, _)| k == "kind")
        .and_then(|(_, v)| text_of(v))
        .and_then(|k| Kind::parse(k.trim()));
    Ok(Loaded {
        hash: hash(text.as_bytes()),
        notes: notes_of(&text),
        fields,
        kind,
        text,
    })
}

/// The fields of a posted form that differ from the file's: only these
/// are written.
/// The posted fields the form cannot edit in the file as it is now (a
/// shape it shows as written): a save that would drop them is refused.
pub(super) fn not_editable(loaded: &Loaded, lang: Lang, posted: &Fields) -> Vec<String> {
    let (cx, _) = ctx_for(lang, loaded.kind, &loaded.fields, &loaded.text);
    let as_form = parse(&pairs_of(&views(&cx, &loaded.fields, &[], false)), false).fields;
    posted
        .iter()
        .filter(|(k, _)| !as_form.iter().any(|(x, _)| x == k))
        .map(|(k, _)| k.clone())
        .collect()
}

pub fn changed(loaded: &Loaded, lang: Lang, posted: &Fields) -> Fields {
    let (cx, _) = ctx_for(lang, loaded.kind, &loaded.fields, &loaded.text);
    let as_form = parse(&pairs_of(&views(&cx, &loaded.fields, &[], false)), false).fields;
    posted
        .iter()
        .filter(|(k, v)| {
            let on_disk = as_form.iter().find(|(x, _)| x == k).map(|(_, v)| v);
            // A field the form does not edit as it is on disk is not
            // written from a form that thought otherwise.
            match on_disk {
                Some(d) => d != v,
                None => false,
            }
        })
        .cloned()
        .collect()
}

/// meeting.md exactly as its bytes are (a byte-order mark and CRLF kept):
/// the form writes it back changing only the keys it changes, and its hash
/// is the bytes'.
pub(super) fn read_file(dir: &Path) -> Option<String> {
    source::read_exact(&dir.join(MEETING_FILE)).ok()
}

/// How many loaded texts the server keeps: far more forms than a person
/// has open; the oldest goes first.
pub(super) const KEEP_LOADED: usize = 256;

/// The file a form was loaded from, by its hash: a conflict tells what
/// the person changed from what someone else changed. Full, the text
/// loaded longest ago goes (one, never all: a form open now keeps its
/// base).
pub(super) fn remember(st: &AppState, loaded: &Loaded) {
    if let Ok(mut seen) = st.loaded.lock() {
        let next = seen.values().map(|(n, _)| n + 1).max().unwrap_or(0);
        if !seen.contains_key(&loaded.hash) {
            while seen.len() >= KEEP_LOADED {
                let Some(oldest) = seen
                    .iter()
                    .min_by_key(|(_, (n, _))| *n)
                    .map(|(h, _)| h.clone())
                else {
                    break;
                };
                seen.remove(&oldest);
            }
        }
        seen.insert(loaded.hash.clone(), (next, loaded.text.clone()));
    }
}

/// The text a form with `hash` was loaded from, when the server still has it.
pub(super) fn base_of(st: &AppState, hash: &str) -> Option<String> {
    st.loaded
        .lock()
        .ok()
        .and_then(|m| m.get(hash).map(|(_, t)| t.clone()))
}

/// Write the changed fields and notes onto `loaded`'s file: through
/// `case::edit`, checked for identity codes once more as a whole, inside
/// the case, atomically. The text written (`None`: nothing changed), or
/// the message when nothing was written.
pub(super) fn save(
    found: &Found,
    loaded: &Loaded,
    posted: &Posted,
) -> Result<Option<String>, String> {
    let lang = found.lang;
    if let Some(key) = not_editable(loaded, lang, &posted.fields).first() {
        return Err(format!(
            "{} {}",
            word(lang, "edit_refused").replace("{field}", &label(lang, key, None, loaded.kind)),
            word(lang, "fixed")
        ));
    }
    let changes = changed(loaded, lang, &posted.fields);
    let mut text = loaded.text.clone();
    if !changes.is_empty() {
        let refs: Vec<(&str, FormValue)> = changes
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        text = edit::set_fields(&text, &refs).map_err(|e| say_edit_error(lang, &e))?;
    }
    if let Some(notes) = &posted.notes
        && notes.trim_end() != loaded.notes.trim_end()
    {
        text = edit::set_notes(&text, &notes_text(&loaded.text, notes))
            .map_err(|e| say_edit_error(lang, &e))?;
    }
    if text == loaded.text {
        return Ok(None);
    }
    write(found, &text)?;
    Ok(Some(text))
}

/// meeting.md written inside the case, atomically; refused with a code.
pub fn write_meeting(
    root: &Path,
    dir: &Path,
    case: &Case,
    lang: Lang,
    text: &str,
) -> Result<(), String> {
    if crate::case::holds_code(text) {
        return Err(say_code(lang, MEETING_FILE));
    }
    let file = dir.join(MEETING_FILE);
    let shown = |p: &Path| crate::paths::relative(p, root);
    if let Err(out) = crate::fsutil::ensure_inside(root, &file) {
        let p = match out {
            crate::fsutil::Outside::Escapes(p) | crate::fsutil::Outside::Link(p) => p,
        };
        return Err(crate::i18n::say(
            lang,
            crate::i18n::Say::OutsideCase(&shown(&p)),
        ));
    }
    crate::fsutil::replace(&file, text.as_bytes(), case.access).map_err(|e| {
        crate::i18n::say(
            lang,
            crate::i18n::Say::CannotWrite(&shown(&file), &e.to_string()),
        )
    })
}

pub(super) fn write(found: &Found, text: &str) -> Result<(), String> {
    write_meeting(&found.root, &found.dir, &found.case, found.lang, text)
}

/// The fields as the form reads them back (what a save compares).
pub(super) fn as_form(lang: Lang, loaded: &Loaded) -> Fields {
    let (cx, _) = ctx_for(lang, loaded.kind, &loaded.fields, &loaded.text);
    parse(&pairs_of(&views(&cx, &loaded.fields, &[], false)), false).fields
}

/// The texts forms were loaded from, by their hash, each with the order
/// it was loaded in (the oldest is forgotten first): `AppState::loaded`.
pub type LoadedTexts = HashMap<String, (u64, String)>;

/// Why `case::edit` wrote nothing, in the page's language: which field,
/// at which line, and what about it.
pub(super) fn say_edit_error(lang: Lang, e: &EditError) -> String {
    use crate::case::edit::{EditErrorKind as K, Style};
    let field = if e.key.is_empty() {
        MEETING_FILE.to_owned()
    } else {
        label(lang, &e.key, None, None)
    };
    let mut text = word(lang, "edit_refused").replace("{field}", &field);
    if let Some(line) = e.line {
        text.push(' ');
        text.push_str(&word(lang, "at_line").replace("{line}", &line.to_string()));
    }
    let why = match &e.kind {
        K::Unreadable(_) | K::NoFrontmatter | K::UnterminatedFrontmatter | K::NotAMapping => {
            "edit_why_unreadable"
        }
        K::UnsupportedStyle(Style::Anchor | Style::Alias) => "edit_why_anchor",
        K::UnsupportedStyle(_) => "edit_why_style",
        K::NotReadBack => "edit_why_read_back",
        K::BadKey | K::DuplicateKey | K::TooDeep => "edit_why_form",
    };
    text.push(' ');
    text.push_str(word(lang, why));
    text
}
