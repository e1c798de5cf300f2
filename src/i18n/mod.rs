//! All user-facing text, one module per language. Rules build a [`Msg`];
//! only this module turns it into words.

mod cli;
pub mod consent;
pub mod dates;
mod en;
mod fi;
pub mod fields;
pub mod filing;
pub mod history;
pub mod labels;
pub mod lang_mix;
pub mod record;
pub mod serve;
mod sv;
pub mod sync;
pub mod usage;
pub mod words;

use std::cmp::Ordering;

use crate::check::PhaseWhy;
use crate::model::{Lang, Phase};

pub use cli::{Say, say};
pub use words::words;
// Where they lived before `finding::msg`: kept for code written against it.
pub use crate::finding::{Expected, Msg};

pub struct Text {
    pub message: String,
    pub help: Option<String>,
}

pub fn text(lang: Lang, msg: &Msg) -> Text {
    let (message, help) = match lang {
        Lang::En => en::message(msg),
        Lang::Fi => fi::message(msg),
        Lang::Sv => sv::message(msg),
    };
    // A message quotes what a file says (an invalid value, a name): never
    // an identity code, which would reach a terminal, a CI log or JSON.
    let masked = |t: String| match crate::hetu::mask(&t) {
        std::borrow::Cow::Borrowed(_) => t,
        std::borrow::Cow::Owned(m) => m,
    };
    Text {
        message: masked(message),
        help: (!help.is_empty()).then(|| masked(help)),
    }
}

/// A finding as a page shows it: fields named as the page names them
/// ("”Tavoite” puuttuu", not "`goal` puuttuu"), what to do in the page's
/// terms (its buttons, never a command, a flag or YAML). The command
/// line's words ([`text`]) are unchanged.
pub fn page_text(lang: Lang, msg: &Msg) -> Text {
    let quote = |s: &str| match lang {
        Lang::En => format!("“{s}”"),
        Lang::Fi | Lang::Sv => format!("”{s}”"),
    };
    let label = |field: &str| fields::field_label(lang, field).map_or_else(|| quote(field), &quote);
    let (message, help) = match lang {
        Lang::En => en::page_message(msg, &label),
        Lang::Fi => fi::page_message(msg, &label),
        Lang::Sv => sv::page_message(msg, &label),
    }
    .unwrap_or_else(|| match lang {
        Lang::En => en::message(msg),
        Lang::Fi => fi::message(msg),
        Lang::Sv => sv::message(msg),
    });
    let message = in_page_words(&message, &label, &quote);
    // Advice for the file or the terminal: the page's own way instead.
    let for_terminal = |h: &str| {
        ["lsk ", "--", "git ", "`", ": ...", "- "]
            .iter()
            .any(|w| h.contains(w))
    };
    let help = if for_terminal(&help) {
        let plain = in_page_words(&help, &label, &quote);
        if for_terminal(&plain) {
            serve::word(lang, "page_fix_help").to_owned()
        } else {
            plain
        }
    } else {
        help
    };
    let masked = |t: String| crate::hetu::mask(&t).into_owned();
    Text {
        message: masked(message),
        help: (!help.is_empty()).then(|| masked(help)),
    }
}

/// A field's meaning for a page's help, unless it names the file's codes
/// (`yes, no tai partly`, `private`): those are for the file and the
/// command line, and the page's form offers them as choices.
pub(crate) fn plain_doc(doc: &'static str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "yes",
        "no",
        "partly",
        "true",
        "false",
        "private",
        "group",
        "normal",
        "strict",
        "support",
        "assessment",
        "client",
        "fi",
        "sv",
        "en",
    ];
    let coded = doc.contains('`')
        || doc
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| CODES.contains(&w));
    (!doc.is_empty() && !coded).then_some(doc)
}

/// Every `` `field` `` in a command line's text named as the page names
/// it; any other `` `code` `` quoted without the backticks, unless it is
/// a command, a flag or YAML (left for the caller to see).
fn in_page_words(
    text: &str,
    label: &dyn Fn(&str) -> String,
    quote: &dyn Fn(&str) -> String,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut parts = text.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    let rest: Vec<&str> = parts.collect();
    let mut i = 0;
    while i < rest.len() {
        let code = rest[i];
        let after = rest.get(i + 1);
        let is_key = !code.is_empty()
            && code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.[]".contains(c));
        if after.is_none() {
            // An odd backtick: kept as written.
            out.push('`');
            out.push_str(code);
            break;
        }
        if is_key && fields::field_label(Lang::Fi, code).is_some() {
            out.push_str(&label(code));
        } else if code.contains(": ") || code.starts_with('-') || code.starts_with("lsk ") {
            out.push('`');
            out.push_str(code);
            out.push('`');
        } else {
            out.push_str(&quote(code));
        }
        if let Some(a) = after {
            out.push_str(a);
        }
        i += 2;
    }
    out
}

/// The language for messages when no case says: --lang, then the locale.
pub fn locale_lang(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_else(|| {
        let locale = std::env::var("LC_ALL")
            .or_else(|_| std::env::var("LANG"))
            .unwrap_or_default();
        match locale.get(..2) {
            Some("sv") => Lang::Sv,
            Some("en") => Lang::En,
            _ => Lang::Fi,
        }
    })
}

// Where it lived before `schema::docs`: kept for code written against it.
pub use crate::schema::docs::field_doc;

/// Small words the reporters need.
pub struct Labels {
    pub error: &'static str,
    pub warning: &'static str,
    pub help: &'static str,
    pub ok: &'static str,
    /// Before `lsk explain RULE` under each finding.
    pub more: &'static str,
    /// "line 5", where findings of several lines are listed together.
    pub line: &'static str,
}

pub fn labels(lang: Lang) -> Labels {
    match lang {
        Lang::En => Labels {
            error: "error",
            warning: "warning",
            help: "help",
            ok: "no problems found",
            more: "why",
            line: "line",
        },
        Lang::Fi => Labels {
            error: "virhe",
            warning: "varoitus",
            help: "ohje",
            ok: "ei huomautettavaa",
            more: "miksi",
            line: "rivi",
        },
        Lang::Sv => Labels {
            error: "fel",
            warning: "varning",
            help: "hjälp",
            ok: "inga problem hittades",
            more: "varför",
            line: "rad",
        },
    }
}

/// "3 meetings: 2 errors, 1 warning".
pub fn summary(lang: Lang, meetings: usize, errors: usize, warnings: usize) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match lang {
        Lang::En => format!(
            "{}: {}, {}",
            plural(meetings, "meeting", "meetings"),
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings")
        ),
        Lang::Fi => format!(
            "{}: {}, {}",
            plural(meetings, "neuvottelu", "neuvottelua"),
            plural(errors, "virhe", "virhettä"),
            plural(warnings, "varoitus", "varoitusta")
        ),
        Lang::Sv => format!(
            "{}: {}, {}",
            plural(meetings, "möte", "möten"),
            plural(errors, "fel", "fel"),
            plural(warnings, "varning", "varningar")
        ),
    }
}

/// "phase: before the meeting (before), as the meeting is on 10 Dec 2026,
/// after today (24 Nov 2026)": the phase a meeting was checked for, and why.
/// A family group conference and its follow-up are a "kokous" in Finnish.
pub fn checked_phase(lang: Lang, phase: Phase, why: PhaseWhy, fgc: bool) -> String {
    let on = |d| crate::i18n::dates::date(lang, d);
    let (label, name) = match (lang, phase, fgc) {
        (Lang::Fi, Phase::Before, false) => ("vaihe", "ennen neuvottelua"),
        (Lang::Fi, Phase::During, false) => ("vaihe", "neuvottelun aikana"),
        (Lang::Fi, Phase::After, false) => ("vaihe", "neuvottelun jälkeen"),
        (Lang::Fi, Phase::Before, true) => ("vaihe", "ennen kokousta"),
        (Lang::Fi, Phase::During, true) => ("vaihe", "kokouksen aikana"),
        (Lang::Fi, Phase::After, true) => ("vaihe", "kokouksen jälkeen"),
        (Lang::Sv, Phase::Before, _) => ("skede", "före mötet"),
        (Lang::Sv, Phase::During, _) => ("skede", "under mötet"),
        (Lang::Sv, Phase::After, _) => ("skede", "efter mötet"),
        (Lang::En, Phase::Before, _) => ("phase", "before the meeting"),
        (Lang::En, Phase::During, _) => ("phase", "during the meeting"),
        (Lang::En, Phase::After, _) => ("phase", "after the meeting"),
    };
    let because = match (lang, why) {
        (Lang::Fi, PhaseWhy::Asked) => "kuten valitsimella --phase pyydettiin".to_owned(),
        (Lang::Sv, PhaseWhy::Asked) => "som begärt med --phase".to_owned(),
        (Lang::En, PhaseWhy::Asked) => "as asked with --phase".to_owned(),
        (Lang::Fi, PhaseWhy::NoDate) if fgc => {
            "koska kokouksella ei ole vielä päivämäärää".to_owned()
        }
        (Lang::Fi, PhaseWhy::NoDate) => "koska neuvottelulla ei ole vielä päivämäärää".to_owned(),
        (Lang::Sv, PhaseWhy::NoDate) => "eftersom mötet inte har något datum än".to_owned(),
        (Lang::En, PhaseWhy::NoDate) => "as the meeting has no date yet".to_owned(),
        (Lang::Fi, PhaseWhy::BadDate) => "koska päivämäärää ei voi lukea".to_owned(),
        (Lang::Sv, PhaseWhy::BadDate) => "eftersom datumet inte kan läsas".to_owned(),
        (Lang::En, PhaseWhy::BadDate) => "as its date cannot be read".to_owned(),
        (lang, PhaseWhy::Dated { date, today }) => {
            let (d, t) = (on(date), on(today));
            let it = if fgc { "kokous" } else { "neuvottelu" };
            match (lang, date.cmp(&today)) {
                (Lang::Fi, Ordering::Greater) => {
                    format!("koska {it} on {d}, tämän päivän ({t}) jälkeen")
                }
                (Lang::Fi, Ordering::Equal) => format!("koska {it} on tänään ({t})"),
                (Lang::Fi, Ordering::Less) => {
                    format!("koska {it} oli {d}, ennen tätä päivää ({t})")
                }
                (Lang::Sv, Ordering::Greater) => {
                    format!("eftersom mötet är {d}, efter i dag ({t})")
                }
                (Lang::Sv, Ordering::Equal) => format!("eftersom mötet är i dag ({t})"),
                (Lang::Sv, Ordering::Less) => format!("eftersom mötet var {d}, före i dag ({t})"),
                (Lang::En, Ordering::Greater) => {
                    format!("as the meeting is on {d}, after today ({t})")
                }
                (Lang::En, Ordering::Equal) => format!("as the meeting is today ({t})"),
                (Lang::En, Ordering::Less) => {
                    format!("as the meeting was on {d}, before today ({t})")
                }
            }
        }
    };
    format!("{label}: {name} ({phase}), {because}")
}

/// The title of several findings of one rule in one file shown together.
pub fn group_title(lang: Lang, msgs: &[&Msg]) -> String {
    let n = msgs.len();
    match (lang, msgs.first()) {
        (Lang::Fi, Some(Msg::ChildNotPrepared { age, fgc, .. })) => {
            let to = if *fgc { "kokoukseen" } else { "neuvotteluun" };
            format!("lasta ({age} v) ei ole valmennettu {to}: {n} kohtaa puuttuu")
        }
        (Lang::Sv, Some(Msg::ChildNotPrepared { age, .. })) => {
            format!("barnet ({age} år) är inte förberett: det saknas {n} uppgifter")
        }
        (Lang::En, Some(Msg::ChildNotPrepared { age, .. })) => {
            format!("the child ({age} years) is not prepared: {n} parts are missing")
        }
        (Lang::Fi, Some(Msg::MissingField { .. })) => format!("{n} kenttää puuttuu"),
        (Lang::Sv, Some(Msg::MissingField { .. })) => format!("{n} fält saknas"),
        (Lang::En, Some(Msg::MissingField { .. })) => format!("{n} fields are missing"),
        (Lang::Fi, Some(Msg::UnknownField { .. })) => format!("{n} tuntematonta kenttää"),
        (Lang::Sv, Some(Msg::UnknownField { .. })) => format!("{n} okända fält"),
        (Lang::En, Some(Msg::UnknownField { .. })) => format!("{n} unknown fields"),
        (Lang::Fi, Some(Msg::UnknownPerson { .. })) => {
            format!("{n} nimeä, jotka eivät ole kutsuttujen joukossa")
        }
        (Lang::Sv, Some(Msg::UnknownPerson { .. })) => {
            format!("{n} namn som inte finns bland de inbjudna")
        }
        (Lang::En, Some(Msg::UnknownPerson { .. })) => {
            format!("{n} names that are not among the invitees")
        }
        (Lang::Fi, _) => format!("{n} samanlaista huomiota"),
        (Lang::Sv, _) => format!("{n} likadana anmärkningar"),
        (Lang::En, _) => format!("{n} findings of one kind"),
    }
}

/// One finding's line under a group's title.
pub fn group_item(lang: Lang, msg: &Msg) -> String {
    match msg {
        Msg::ChildNotPrepared { field, .. } => {
            format!("`{}`: {}", leaf(field), field_doc(lang, leaf(field), None))
        }
        _ => text(lang, msg).message,
    }
}

/// One help for a group whose findings' helps differ, where the rule has
/// one (missing fields: each its own "add `goal: ...`").
pub fn group_help(lang: Lang, msgs: &[&Msg]) -> Option<String> {
    let missing = |m: &&Msg| matches!(m, Msg::MissingField { .. } | Msg::MissingNextMeeting);
    if !msgs.iter().all(missing) {
        return None;
    }
    Some(match lang {
        Lang::Fi => "lisää kukin omalle rivilleen muodossa `avain: arvo`; `lsk guide` kertoo, mihin kukin kuuluu".into(),
        Lang::Sv => "lägg till vart och ett på en egen rad som `nyckel: värde`; `lsk guide` visar vad vart och ett är till för".into(),
        Lang::En => "add each on a line of its own as `key: value`; `lsk guide` says what each is for".into(),
    })
}

/// A list of allowed spellings, quoted: `yes`, `no` or `partly`.
fn one_of(options: &[&str], or: &str) -> String {
    let quoted: Vec<String> = options.iter().map(|o| format!("`{o}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The name of a special space, by its code point.
fn space_name(lang: Lang, code: u32) -> &'static str {
    match (lang, code) {
        (Lang::Fi, 0xA0) => "sitova välilyönti",
        (Lang::Sv, 0xA0) => "hårt mellanslag",
        (Lang::En, 0xA0) => "no-break space",
        (Lang::Fi, 0x202F) => "kapea sitova välilyönti",
        (Lang::Sv, 0x202F) => "smalt hårt mellanslag",
        (Lang::En, 0x202F) => "narrow no-break space",
        (Lang::Fi, 0x200B) => "leveydetön välilyönti",
        (Lang::Sv, 0x200B) => "nollbrett mellanslag",
        (Lang::En, 0x200B) => "zero-width space",
        (Lang::Fi, 0xFEFF) => "BOM-merkki",
        (Lang::Sv, 0xFEFF) => "BOM-tecken",
        (Lang::En, 0xFEFF) => "byte-order mark",
        (Lang::Fi, _) => "erikoisvälilyönti",
        (Lang::Sv, _) => "specialmellanslag",
        (Lang::En, _) => "special space",
    }
}

/// A character quoted for a message: `@`, or "`" for the backtick itself.
fn char_shown(c: char) -> String {
    if c == '`' {
        "\"`\"".into()
    } else {
        format!("`{c}`")
    }
}

/// A month's name, as in "November has 30 days".
fn month_name(lang: Lang, month: i8) -> &'static str {
    const FI: [&str; 12] = [
        "tammikuussa",
        "helmikuussa",
        "maaliskuussa",
        "huhtikuussa",
        "toukokuussa",
        "kesäkuussa",
        "heinäkuussa",
        "elokuussa",
        "syyskuussa",
        "lokakuussa",
        "marraskuussa",
        "joulukuussa",
    ];
    let i = usize::try_from(month - 1).unwrap_or(0).min(11);
    match lang {
        Lang::Fi => FI[i],
        // Swedish and English say the month as it stands before a year.
        Lang::Sv | Lang::En => dates::month_nominative(lang, month),
    }
}

/// The reason a file cannot be read (`case::source::io_detail`, English)
/// in `lang`; a reason lsk has no words for is left out of Finnish and
/// Swedish rather than shown in English.
fn io_words(lang: Lang, detail: &str) -> &str {
    let known: &[(&str, &str, &str)] = &[
        ("not found", "tiedostoa ei ole", "filen finns inte"),
        ("permission denied", "ei lukuoikeutta", "ingen läsrätt"),
        (
            crate::finding::LINK_OUT,
            "se on linkki tämän asian ulkopuolella olevaan tiedostoon",
            "det är en länk till en fil utanför detta ärende",
        ),
        (
            "it is a folder, not a file",
            "se on kansio eikä tiedosto",
            "det är en mapp, inte en fil",
        ),
        (
            "not an ordinary file (a device, pipe or socket)",
            "se ei ole tavallinen tiedosto (laite, putki tai pistoke)",
            "det är ingen vanlig fil (en enhet, ett rör eller en socket)",
        ),
        (
            "larger than 64 MB; a case file is text of a few kilobytes",
            "yli 64 Mt; asian tiedosto on muutaman kilotavun tekstiä",
            "större än 64 MB; en ärendefil är text på några kilobyte",
        ),
    ];
    match (lang, known.iter().find(|(en, _, _)| *en == detail)) {
        (Lang::En, _) => detail,
        (Lang::Fi, Some((_, fi, _))) => fi,
        (Lang::Sv, Some((_, _, sv))) => sv,
        (Lang::Fi, None) => "käyttöjärjestelmä ei anna lukea sitä",
        (Lang::Sv, None) => "operativsystemet tillåter inte att den läses",
    }
}

/// The bracket that closes `open`.
fn closing(open: char) -> char {
    match open {
        '[' => ']',
        '(' => ')',
        _ => '}',
    }
}

/// Indentation levels as words: "0, 2 or 4".
fn levels(levels: &[usize], or: &str) -> String {
    let names: Vec<String> = levels.iter().map(ToString::to_string).collect();
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => "0".into(),
    }
}

/// A field inside a list item, `agreed[1].owner`, as the list, the item
/// counted from one (the second action is 2, as a worker counts) and the
/// key: `("agreed", 2, "owner")`.
fn list_item(field: &str) -> Option<(&str, usize, &str)> {
    let (list, rest) = field.split_once('[')?;
    let (index, leaf) = rest.split_once("].")?;
    let index: usize = index.parse().ok()?;
    if list.is_empty() || leaf.is_empty() || leaf.contains('[') {
        return None;
    }
    Some((list, index + 1, leaf))
}

/// The last part of a field path (`invitees[2].role` -> `role`), to look up its doc.
fn leaf(field: &str) -> &str {
    field.rsplit('.').next().unwrap_or(field)
}

/// A rendered document's file ("agenda.md", "memo.koulu.md") by its
/// name in `lang` ("Esityslista", "Muistio"), for a page.
pub(crate) fn document_in_words(lang: Lang, file: &str) -> String {
    let doc = file.split('.').next().unwrap_or(file);
    match crate::model::Doc::parse(doc) {
        Some(d) => words(lang).documents.of(d).to_owned(),
        None => file.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema;

    #[test]
    fn every_field_is_documented_in_every_language() {
        for lang in Lang::ALL {
            for key in schema::all_keys() {
                assert!(!field_doc(*lang, key, None).is_empty(), "{lang} {key}");
            }
        }
    }

    #[test]
    fn the_parsers_english_reaches_english_readers_only() {
        let msg = Msg::Yaml(crate::case::yaml::YamlErrorKind::Syntax(
            "did not find expected key".into(),
        ));
        for lang in [Lang::Fi, Lang::Sv] {
            let t = text(lang, &msg);
            assert!(!t.message.contains("expected"), "{}", t.message);
        }
        assert!(
            text(Lang::En, &msg)
                .message
                .contains("the YAML parser says")
        );
    }

    #[test]
    fn one_of_reads_naturally() {
        assert_eq!(
            one_of(&["yes", "no", "partly"], "or"),
            "`yes`, `no` or `partly`"
        );
    }
}
