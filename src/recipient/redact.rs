//! What a reader's copy shows of the frontmatter: every item a `not_for`
//! keeps from the reader left out, and the names of the people in it.

use super::problems::names;
use super::{Recipient, Recipients, withheld_from_family};
use crate::case::yaml::{Node, Value};

/// Keys whose value names a person (an invitee).
const PERSON_KEYS: &[&str] = &[
    "name",
    "by",
    "who",
    "owner",
    "chair",
    "note_taker",
    "invited_by",
    "child_support_person",
    "plan_lead",
];

/// What the family's own copy shows of the frontmatter: everything but
/// what is kept from the family, a parent, the child or everyone.
pub fn redact_for_family<'a>(fm: &Node<'a>, vocab: &Recipients) -> Node<'a> {
    redact_named(fm, vocab, &withheld_from_family, &[])
}

/// What a reader sees of the frontmatter, where `kept(not_for)` says
/// whether an item with that `not_for` is kept from the reader. A list
/// item is left out whole when a `not_for` anywhere inside it keeps it
/// from the reader (a text section of it, too: the rest of the item would
/// point at what is left out), and so is every item that names an invitee
/// kept from the reader; a field with a `not_for` of its own, or naming
/// such an invitee, is left empty — a person field by the name, any other
/// text when it mentions that invitee by their full name. Call only when
/// [`problems`] found none.
///
/// And, failing closed, every free-text field or list item the reader
/// would still see that repeats a distinctive word of what is kept from
/// them (see [`echoes`]) is left out too: a summary that repeats a kept
/// item would tell the reader what the family kept from them.
///
/// `names` (the child's) are names, not words of what is kept: a kept
/// item naming the child does not make every text naming the child a
/// repeat of it.
pub fn redact_named<'a>(
    fm: &Node<'a>,
    vocab: &Recipients,
    kept: &dyn Fn(&[Recipient]) -> bool,
    names: &[&str],
) -> Node<'a> {
    let plain = redact_plain(fm, vocab, kept);
    let words = kept_words(fm, vocab, kept, names);
    if words.is_empty() {
        return plain;
    }
    drop_echoes("", &plain, &words)
}

/// `node` without the free texts that repeat one of `words`: a list item
/// whole, a field left empty.
fn drop_echoes<'a>(key: &str, node: &Node<'a>, words: &[String]) -> Node<'a> {
    if key == "invitees" || PERSON_KEYS.contains(&key) || NOT_FREE_TEXT.contains(&key) {
        return node.clone();
    }
    let value = match &node.value {
        Value::Seq(items) => Value::Seq(
            items
                .iter()
                .filter(|i| !echoes_in("", i, words))
                .map(|i| drop_echoes("", i, words))
                .collect(),
        ),
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|e| {
                    let mut e = e.clone();
                    e.value = drop_echoes(&e.key, &e.value, words);
                    e
                })
                .collect(),
        ),
        _ if node.text().is_some_and(|t| echoed(t, words).is_some()) => Value::Null,
        other => other.clone(),
    };
    Node {
        value,
        line: node.line,
    }
}

/// What a reader sees of the frontmatter before echoes are left out.
fn redact_plain<'a>(
    fm: &Node<'a>,
    vocab: &Recipients,
    kept: &dyn Fn(&[Recipient]) -> bool,
) -> Node<'a> {
    let (hidden, visible): (Vec<&Node>, Vec<&Node>) = fm
        .get("invitees")
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .partition(|i| withholds(i, vocab, kept));
    let names = |list: Vec<&Node>| -> Vec<String> {
        list.iter()
            .filter_map(|i| i.get("name").and_then(Node::text))
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect()
    };
    let people = People {
        hidden: names(hidden),
        visible: names(visible),
    };
    redact_node(fm, vocab, kept, &people)
}

/// Whether a `not_for` anywhere in `node` keeps it from the reader.
fn withholds(node: &Node, vocab: &Recipients, kept: &dyn Fn(&[Recipient]) -> bool) -> bool {
    match &node.value {
        Value::Seq(items) => items.iter().any(|i| withholds(i, vocab, kept)),
        Value::Map(entries) => entries.iter().any(|e| {
            if e.key == "not_for" {
                let mut ignored = Vec::new();
                kept(&names(vocab, &e.value, "", &mut ignored))
            } else {
                withholds(&e.value, vocab, kept)
            }
        }),
        _ => false,
    }
}

/// The invitees kept from a reader, and those the reader may see.
struct People {
    hidden: Vec<String>,
    visible: Vec<String>,
}

/// Whether a list item names someone kept from the reader: see
/// [`People::named_in`].
fn item_names_hidden(item: &Node, people: &People) -> bool {
    match &item.value {
        Value::Scalar { text, .. } => people.mentioned(text),
        _ => item
            .entries()
            .iter()
            .any(|e| people.named_in(&e.key, &e.value)),
    }
}

impl People {
    /// Whether a field of `key` names someone kept from the reader. When
    /// someone is, a person field that names no one the reader may see is
    /// taken as naming them (a name written surname first, shortened, or
    /// misspelt is not safe to show), and any other text that holds every
    /// word of a hidden person's name, in any order, is left out.
    fn named_in(&self, key: &str, value: &Node) -> bool {
        if self.hidden.is_empty() {
            return false;
        }
        let Some(text) = value.text() else {
            return false;
        };
        if PERSON_KEYS.contains(&key) {
            let text = text.trim();
            !text.is_empty() && !self.visible.iter().any(|v| crate::text::same_name(v, text))
        } else {
            self.mentioned(text)
        }
    }

    fn mentioned(&self, text: &str) -> bool {
        self.hidden.iter().any(|h| crate::text::names(text, h))
    }
}

fn redact_node<'a>(
    node: &Node<'a>,
    vocab: &Recipients,
    kept: &dyn Fn(&[Recipient]) -> bool,
    hidden: &People,
) -> Node<'a> {
    let empty = |line| Node {
        value: Value::Null,
        line,
    };
    let value = match &node.value {
        Value::Seq(items) => Value::Seq(
            items
                .iter()
                .filter(|i| !withholds(i, vocab, kept) && !item_names_hidden(i, hidden))
                .map(|i| redact_node(i, vocab, kept, hidden))
                .collect(),
        ),
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|e| {
                    let mut e = e.clone();
                    let own = e.value.get("not_for").is_some() && withholds(&e.value, vocab, kept);
                    e.value = if own || hidden.named_in(&e.key, &e.value) {
                        empty(e.value.line)
                    } else {
                        redact_node(&e.value, vocab, kept, hidden)
                    };
                    e
                })
                .collect(),
        ),
        other => other.clone(),
    };
    Node {
        value,
        line: node.line,
    }
}

/// Keys whose value is no free text a withheld item could be repeated in:
/// people (handled by name above), roles, recipients and the `not_for`s.
const NOT_FREE_TEXT: &[&str] = &[
    "not_for",
    "recipients",
    "given_by",
    "role",
    "organisation",
    "kind",
    "guardian",
];

/// Common words of meetings (folded as `text::key` folds), in Finnish,
/// Swedish and English: a withheld item repeating one of them says nothing
/// of what was kept. Compared by stem like every other word.
const COMMON: &[&str] = &[
    // fi
    "lapsi",
    "lapsen",
    "lasta",
    "lapselle",
    "lapsella",
    "lapsesta",
    "lapset",
    "lasten",
    "vanhemmat",
    "vanhempi",
    "vanhempien",
    "vanhemmille",
    "huoltaja",
    "huoltajat",
    "perhe",
    "perheen",
    "perheelle",
    "perheessä",
    "kanssa",
    "kertoo",
    "kertoi",
    "kertomaan",
    "sovittiin",
    "sovitaan",
    "sovittu",
    "aloittaa",
    "aloitetaan",
    "jatkaa",
    "jatkuu",
    "jatketaan",
    "neuvottelu",
    "neuvottelussa",
    "neuvottelun",
    "palaveri",
    "palaverissa",
    "päiväkoti",
    "päiväkodissa",
    "päiväkodin",
    "koulu",
    "koulussa",
    "koulun",
    "sosiaalityöntekijä",
    "sosiaalityö",
    "tukea",
    "tukee",
    "tuetaan",
    "tarvitsee",
    "tarvitaan",
    "asiasta",
    "asiaa",
    "asiat",
    "seuraava",
    "seuraavaksi",
    "seuraavassa",
    "tapaaminen",
    "tapaamisessa",
    "viikolla",
    "viikon",
    "kuukauden",
    "kuukausi",
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
    "hyvin",
    "myös",
    "ovat",
    "olla",
    "tämä",
    "sekä",
    "joka",
    "jotka",
    "mutta",
    "koska",
    "kotona",
    "arjessa",
    "aamuisin",
    "illalla",
    "yhdessä",
    "edelleen",
    "kaikki",
    "kanssaan",
    "toivoo",
    "haluaa",
    "mukaan",
    "äidin",
    "äitiä",
    "äidille",
    "äidiltä",
    "äidillä",
    "isälle",
    "isältä",
    "isällä",
    "vanhemmat",
    "vanhempi",
    "vanhemmille",
    "vanhempien",
    // sv
    "pappa",
    "pappan",
    "pappas",
    "mamma",
    "mamman",
    "mammas",
    "barnet",
    "barnets",
    "barnen",
    "föräldrarna",
    "förälder",
    "föräldrar",
    "vårdnadshavare",
    "familjen",
    "familj",
    "mötet",
    "möten",
    "skolan",
    "daghemmet",
    "förskolan",
    "socialarbetare",
    "socialarbetaren",
    "börjar",
    "fortsätter",
    "kommer",
    "behöver",
    "tillsammans",
    "berättar",
    "berättade",
    "överens",
    "nästa",
    "veckan",
    "månaden",
    "januari",
    "februari",
    "mars",
    "april",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "hemma",
    "också",
    "eller",
    "efter",
    "under",
    "mellan",
    "mycket",
    "alltid",
    "stöder",
    "stödja",
    "vill",
    "gärna",
    // en
    "meeting",
    "child",
    "children",
    "parents",
    "parent",
    "mother",
    "father",
    "family",
    "school",
    "daycare",
    "worker",
    "social",
    "starts",
    "start",
    "begins",
    "continue",
    "continues",
    "agreed",
    "together",
    "about",
    "their",
    "there",
    "which",
    "would",
    "should",
    "could",
    "where",
    "after",
    "before",
    "every",
    "month",
    "weeks",
    "january",
    "february",
    "march",
    "april",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mornings",
    "morning",
    "evening",
    "support",
    "supports",
    "wants",
    "needs",
    "other",
    "these",
    "those",
    "still",
];

/// Two words read as one word: the same, or (for Finnish inflections) a
/// common stem of at least six letters that each word ends at most five
/// letters after ("päihdekuntoutuksen", "päihdekuntoutukseen"), so that a
/// compound ("familjerådgivningen") is not read as its first part
/// ("familjen").
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let stem = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    stem >= 6 && a.chars().count() <= stem + 5 && b.chars().count() <= stem + 5
}

/// The distinctive words of a text, folded as [`crate::text::key`] folds:
/// five letters or more, not a common word of meetings.
pub fn distinctive(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in crate::text::key(text).split(|c: char| !c.is_alphabetic()) {
        if w.chars().count() >= 5
            && !COMMON.iter().any(|c| same_word(c, w))
            && !out.iter().any(|o| o == w)
        {
            out.push(w.to_owned());
        }
    }
    out
}

/// Every free text inside `node` (not a person, role or recipient).
fn free_texts<'n>(key: &str, node: &'n Node, out: &mut Vec<&'n str>) {
    if PERSON_KEYS.contains(&key) || NOT_FREE_TEXT.contains(&key) {
        return;
    }
    match &node.value {
        Value::Seq(items) => items.iter().for_each(|i| free_texts("", i, out)),
        Value::Map(entries) => entries
            .iter()
            .for_each(|e| free_texts(&e.key, &e.value, out)),
        _ => {
            if let Some(t) = node.text() {
                out.push(t);
            }
        }
    }
}

/// The distinctive words of what is kept from the reader: of every list
/// item and field a `not_for` keeps from them. Words of the invitees'
/// names and organisations are not counted: a name is handled as a name.
fn kept_words(
    fm: &Node,
    vocab: &Recipients,
    kept: &dyn Fn(&[Recipient]) -> bool,
    names: &[&str],
) -> Vec<String> {
    let mut texts = Vec::new();
    collect_kept(fm, vocab, kept, &mut texts);
    // Nothing kept from this reader: no word of it to look for (and the
    // names need not be read).
    if texts.is_empty() {
        return Vec::new();
    }
    let mut known: Vec<String> = Vec::new();
    for n in names {
        known.extend(
            crate::text::key(n)
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_owned),
        );
    }
    for i in fm.get("invitees").map(Node::items).unwrap_or_default() {
        for k in ["name", "organisation"] {
            if let Some(t) = i.get(k).and_then(Node::text) {
                known.extend(
                    crate::text::key(t)
                        .split(|c: char| !c.is_alphabetic())
                        .filter(|w| !w.is_empty())
                        .map(str::to_owned),
                );
            }
        }
    }
    let mut words: Vec<String> = Vec::new();
    for t in texts {
        for w in distinctive(t) {
            // A name, inflected too ("Robinin"), is no word of what is kept.
            let named = known
                .iter()
                .any(|k| same_word(k, &w) || (k.chars().count() >= 4 && w.starts_with(k.as_str())));
            if !named && !words.contains(&w) {
                words.push(w);
            }
        }
    }
    words
}

fn collect_kept<'n>(
    node: &'n Node,
    vocab: &Recipients,
    kept: &dyn Fn(&[Recipient]) -> bool,
    out: &mut Vec<&'n str>,
) {
    match &node.value {
        Value::Seq(items) => {
            for i in items {
                if withholds(i, vocab, kept) {
                    free_texts("", i, out);
                } else {
                    collect_kept(i, vocab, kept, out);
                }
            }
        }
        Value::Map(entries) => {
            for e in entries {
                if e.key == "invitees" {
                    continue;
                }
                if e.value.get("not_for").is_some() && withholds(&e.value, vocab, kept) {
                    free_texts(&e.key, &e.value, out);
                } else {
                    collect_kept(&e.value, vocab, kept, out);
                }
            }
        }
        _ => {}
    }
}

/// A free-text field the reader would see that repeats a word of what is
/// kept from them: it is left out of their copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Echo {
    /// The field, as a path: `summary`, `agreed[0].action`.
    pub field: String,
    pub line: usize,
    /// The word it repeats, as it stands in the field (folded).
    pub word: String,
}

/// The word of `text` that repeats one of `kept`, if any.
fn echoed(text: &str, kept: &[String]) -> Option<String> {
    if kept.is_empty() {
        return None;
    }
    // The longest word repeated says best what is repeated.
    distinctive(text)
        .into_iter()
        .filter(|w| kept.iter().any(|k| same_word(k, w)))
        .max_by_key(|w| w.chars().count())
}

/// Whether any free text inside `node` repeats a kept word.
fn echoes_in(key: &str, node: &Node, kept: &[String]) -> bool {
    let mut texts = Vec::new();
    free_texts(key, node, &mut texts);
    texts.iter().any(|t| echoed(t, kept).is_some())
}

/// The free-text fields and items a reader would see that repeat a
/// distinctive word of what is kept from them (`kept`, as in
/// [`redact_named`]): what `lsk check` tells the worker to mark or reword.
pub fn echoes(
    fm: &Node,
    vocab: &Recipients,
    kept: &dyn Fn(&[Recipient]) -> bool,
    names: &[&str],
) -> Vec<Echo> {
    let words = kept_words(fm, vocab, kept, names);
    let mut out = Vec::new();
    if words.is_empty() {
        return out;
    }
    // What the reader would see apart from the echoes themselves.
    let seen = redact_plain(fm, vocab, kept);
    find_echoes("", "", &seen, &words, &mut out);
    out
}

fn find_echoes(path: &str, key: &str, node: &Node, words: &[String], out: &mut Vec<Echo>) {
    if key == "invitees" || PERSON_KEYS.contains(&key) || NOT_FREE_TEXT.contains(&key) {
        return;
    }
    match &node.value {
        Value::Seq(items) => {
            for (n, i) in items.iter().enumerate() {
                find_echoes(&format!("{path}[{n}]"), "", i, words, out);
            }
        }
        Value::Map(entries) => {
            for e in entries {
                let p = if path.is_empty() {
                    e.key.to_string()
                } else {
                    format!("{path}.{}", e.key)
                };
                find_echoes(&p, &e.key, &e.value, words, out);
            }
        }
        _ => {
            if let Some(word) = node.text().and_then(|t| echoed(t, words)) {
                out.push(Echo {
                    field: path.to_owned(),
                    line: node.line,
                    word,
                });
            }
        }
    }
}
