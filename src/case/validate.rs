//! Checks a located YAML tree against `schema`: unknown keys (with the key
//! probably meant) and values of the wrong kind. Every problem is reported,
//! not just the first.

use crate::case::yaml::{Node, Value};
use crate::date;
use crate::finding::Expected;
use crate::finding::Msg;
use crate::finding::{INVALID_VALUE, Severity, Sink, UNKNOWN_FIELD};
use crate::model::Attendance;
use crate::schema::{Field, Ty};

/// Where a value is: `invitees[1].role`. Built on the stack and written out
/// only when a finding needs it, so valid files cost no allocations.
#[derive(Clone, Copy)]
pub enum FieldPath<'a> {
    Root,
    Key(&'a FieldPath<'a>, &'a str),
    Index(&'a FieldPath<'a>, usize),
}

impl std::fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldPath::Root => Ok(()),
            FieldPath::Key(FieldPath::Root, key) => f.write_str(key),
            FieldPath::Key(parent, key) => write!(f, "{parent}.{key}"),
            FieldPath::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// Validate the entries of a mapping against `fields`; `at` is where the
/// mapping is (the root, or `invitees[0]` in a list).
pub fn mapping(node: &Node, fields: &'static [Field], at: &FieldPath, sink: &mut Sink) {
    for (i, entry) in node.entries().iter().enumerate() {
        let path = FieldPath::Key(at, &entry.key);
        if entry.key == "not_for" && !matches!(at, FieldPath::Root) {
            value(&entry.value, &Ty::Names, &path, sink);
            continue;
        }
        let comma = || {
            // In `{who: Eva, how: Hemma, med bilder.}` the comma ended
            // `how`, and `med bilder.` became a key of its own.
            let before = node.entries().get(i.checked_sub(1)?)?;
            let kept = before.value.scalar()?;
            if !entry.flow {
                return None;
            }
            let mut whole = format!("{kept}, {}", entry.key);
            if let Some(rest) = entry.value.scalar() {
                whole = format!("{whole}: {rest}");
            }
            Some(Msg::CommaInBraces {
                key: entry.key.to_string(),
                field: before.key.to_string(),
                kept: kept.to_owned(),
                fixed: format!("{}: {}", before.key, crate::case::traps::quoted(&whole)),
            })
        };
        let Some(field) = fields.iter().find(|f| f.key == entry.key) else {
            let suggestion = suggest(&entry.key, fields);
            let run_together = || {
                crate::case::traps::run_together(&entry.key, |k| fields.iter().any(|f| f.key == k))
                    .map(Msg::Yaml)
            };
            let msg = match run_together().or_else(|| suggestion.is_none().then(comma).flatten()) {
                Some(msg) => msg,
                None => Msg::UnknownField {
                    key: entry.key.to_string(),
                    suggestion: suggestion.map(str::to_owned),
                },
            };
            sink.push_field(
                UNKNOWN_FIELD,
                Severity::Error,
                entry.key_line,
                Some(path.to_string()),
                msg,
            );
            if let Some(f) = sink.findings.last_mut() {
                f.column = Some(entry.key_col);
            }
            continue;
        };
        value(&entry.value, &field.ty, &path, sink);
    }
}

fn invalid(node: &Node, path: &FieldPath, expected: Expected, sink: &mut Sink) {
    let found = match &node.value {
        Value::Scalar { text, .. } => short(text),
        Value::Seq(_) => "[…]".into(),
        Value::Map(_) => "{…}".into(),
        Value::Null => String::new(),
    };
    sink.push_field(
        INVALID_VALUE,
        Severity::Error,
        node.line,
        Some(path.to_string()),
        Msg::InvalidValue {
            field: path.to_string(),
            expected,
            found,
        },
    );
}

const TEXT_SECTION: &[Field] = &[Field {
    key: "text",
    ty: Ty::Text,
}];

fn value(node: &Node, ty: &Ty, path: &FieldPath, sink: &mut Sink) {
    if matches!(node.value, Value::Null) {
        return; // empty: whether that is allowed is the phase's business
    }
    let scalar = node.scalar();
    match ty {
        Ty::Text => match &node.value {
            Value::Scalar { .. } => {}
            Value::Map(_) => mapping(node, TEXT_SECTION, path, sink),
            _ => invalid(node, path, Expected::Text, sink),
        },
        // A person field may carry `not_for` like a text:
        // `chair: {text: Maija Koski, not_for: [school]}`.
        Ty::Person => match &node.value {
            Value::Scalar { .. } => {}
            Value::Map(_) if node.get("text").is_some() => mapping(node, TEXT_SECTION, path, sink),
            _ => invalid(node, path, Expected::Person, sink),
        },
        // One name, or a list of names.
        Ty::People => match &node.value {
            Value::Scalar { .. } => {}
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    if item.scalar().is_none() {
                        invalid(item, &FieldPath::Index(path, i), Expected::Person, sink);
                    }
                }
            }
            _ => invalid(node, path, Expected::List, sink),
        },
        Ty::Date => {
            if scalar.is_none_or(|s| date::parse_date(s).is_none()) {
                bad_date(node, path, Expected::Date, sink);
            }
        }
        Ty::BirthDate => {
            if scalar.is_none_or(|s| date::parse_born(s).is_none()) {
                bad_date(node, path, Expected::BirthDate, sink);
            }
        }
        Ty::Time => {
            if scalar.is_none_or(|s| date::parse_time(s).is_none()) {
                invalid(node, path, Expected::Time, sink);
            }
        }
        Ty::Minutes => {
            if minutes(node).is_none() {
                invalid(node, path, Expected::Minutes, sink);
            }
        }
        Ty::Bool | Ty::YesNo => {
            if yes_no(node).is_none() {
                not_an_answer(node, path, false, sink);
            }
        }
        // `child_attends`: a yes/no question with a third answer.
        Ty::Enum(options) if *options == Attendance::NAMES => {
            if attendance(node).is_none() {
                not_an_answer(node, path, true, sink);
            }
        }
        Ty::Enum(options) => {
            if !scalar.is_some_and(|s| options.contains(&s)) {
                match scalar {
                    Some(found) => sink.push_field(
                        INVALID_VALUE,
                        Severity::Error,
                        node.line,
                        Some(path.to_string()),
                        Msg::UnknownChoice {
                            field: path.to_string(),
                            options,
                            found: short(found),
                            suggestion: choice(found, options),
                        },
                    ),
                    None => invalid(node, path, Expected::OneOf(options), sink),
                }
            }
        }
        Ty::Names => match &node.value {
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    if item.scalar().is_none() {
                        invalid(item, &FieldPath::Index(path, i), Expected::Text, sink);
                    }
                }
            }
            _ => invalid(node, path, Expected::List, sink),
        },
        Ty::TextList => match &node.value {
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    value(item, &Ty::Text, &FieldPath::Index(path, i), sink);
                }
            }
            _ => invalid(node, path, Expected::List, sink),
        },
        Ty::Records(sub) => match &node.value {
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    let item_path = FieldPath::Index(path, i);
                    match &item.value {
                        Value::Map(_) => mapping(item, sub, &item_path, sink),
                        Value::Null => {}
                        _ => invalid(item, &item_path, Expected::Mapping, sink),
                    }
                }
            }
            _ => invalid(node, path, Expected::List, sink),
        },
        Ty::Record(sub) => match &node.value {
            Value::Map(_) => mapping(node, sub, path, sink),
            _ => invalid(node, path, Expected::Mapping, sink),
        },
    }
}

pub use crate::text::{NO, YES, answer};
/// Words for "partly" (`child_attends`).
pub const PARTLY: &[&str] = &["partly", "osittain", "osin", "osaksi", "delvis"];

/// The answer to a yes/no question as people write it, in any case:
/// `yes`/`no`, `true`/`false`, `kyllä`/`ei`, `ja`/`nej`. Anything else is
/// no answer: "Ei ole vielä kerrottu" is not "yes". The one reader of
/// yes/no answers: `Node::bool` reads through it too.
pub fn yes_no(node: &Node) -> Option<bool> {
    answer(node.scalar()?)
}

/// Whether the child takes part, as people write it: the yes/no words,
/// or `partly` (`osittain`, `delvis`), in any case.
pub fn attendance(node: &Node) -> Option<Attendance> {
    let text = node.scalar()?;
    match answer(text) {
        Some(true) => Some(Attendance::Yes),
        Some(false) => Some(Attendance::No),
        None => PARTLY
            .contains(&text.trim().to_lowercase().as_str())
            .then_some(Attendance::Partly),
    }
}

/// The meeting as documents read it: `child_attends` written in the case's
/// language or another case (`Kyllä`, `osittain`) becomes the id templates
/// compare with (`yes`, `partly`).
pub fn canonical_answers<'a>(fm: &Node<'a>) -> Node<'a> {
    let mut out = fm.clone();
    if let Value::Map(entries) = &mut out.value {
        for e in entries.iter_mut().filter(|e| e.key == "child_attends") {
            if let Some(a) = attendance(&e.value) {
                e.value.value = Value::Scalar {
                    text: std::borrow::Cow::Borrowed(a.as_str()),
                    plain: true,
                    double: false,
                };
            }
        }
    }
    out
}

/// A value that answers no yes/no question lsk can read.
fn not_an_answer(node: &Node, path: &FieldPath, partly: bool, sink: &mut Sink) {
    let Some(found) = node.scalar() else {
        let expected = if partly {
            Expected::OneOf(Attendance::NAMES)
        } else {
            Expected::YesNo
        };
        return invalid(node, path, expected, sink);
    };
    // "Ei ole vielä kerrottu": the answer is the first word.
    let first = found
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let leading = match answer(&first) {
        Some(true) => Some("yes"),
        Some(false) => Some("no"),
        None if partly && PARTLY.contains(&first.as_str()) => Some("partly"),
        None => None,
    };
    sink.push_field(
        INVALID_VALUE,
        Severity::Error,
        node.line,
        Some(path.to_string()),
        Msg::NotAnAnswer {
            field: path.to_string(),
            found: short(found),
            partly,
            leading,
        },
    );
}

/// A date value that is not `YYYY-MM-DD`: what it was meant to be, or why
/// the day does not exist.
fn bad_date(node: &Node, path: &FieldPath, expected: Expected, sink: &mut Sink) {
    let Some(found) = node.scalar() else {
        return invalid(node, path, expected, sink);
    };
    let field = path.to_string();
    let msg = match date::diagnose(found) {
        date::DateProblem::WrittenAs(d) => Msg::DateWrittenAs {
            field,
            found: short(found),
            iso: d.to_string(),
        },
        date::DateProblem::NoSuchDay { year, month, days } => Msg::NoSuchDay {
            field,
            found: short(found),
            year,
            month,
            days,
        },
        date::DateProblem::NoSuchMonth { month } => Msg::NoSuchMonth {
            field,
            found: short(found),
            month,
        },
        date::DateProblem::Unreadable => return invalid(node, path, expected, sink),
    };
    sink.push_field(
        INVALID_VALUE,
        Severity::Error,
        node.line,
        Some(path.to_string()),
        msg,
    );
}

/// A value quoted in a message: at most 40 characters.
fn short(text: &str) -> String {
    let mut t: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        t.push('…');
    }
    t
}

/// Words people write for a role, a kind or a language, in Finnish,
/// Swedish or plain English, and the id lsk reads.
const CHOICES: &[(&str, &str)] = &[
    ("sosiaalityöntekijä", "social-worker"),
    ("vastuusosiaalityöntekijä", "social-worker"),
    ("socialarbetare", "social-worker"),
    ("sosiaaliohjaaja", "social-instructor"),
    ("socialhandledare", "social-instructor"),
    ("perhetyöntekijä", "family-worker"),
    ("perhetyö", "family-worker"),
    ("familjearbetare", "family-worker"),
    ("vanhempi", "parent"),
    ("äiti", "parent"),
    ("isä", "parent"),
    ("huoltaja", "parent"),
    ("förälder", "parent"),
    ("mamma", "parent"),
    ("pappa", "parent"),
    ("mother", "parent"),
    ("father", "parent"),
    ("guardian", "parent"),
    ("lapsi", "child"),
    ("barn", "child"),
    ("sukulainen", "relative"),
    ("läheinen", "relative"),
    ("isovanhempi", "relative"),
    ("mummo", "relative"),
    ("släkting", "relative"),
    ("päiväkoti", "daycare"),
    ("varhaiskasvatus", "daycare"),
    ("daghem", "daycare"),
    ("förskola", "daycare"),
    ("koulu", "school"),
    ("opettaja", "school"),
    ("skola", "school"),
    ("lärare", "school"),
    ("koollekutsuja", "convener"),
    ("sammankallare", "convener"),
    ("muu", "other"),
    ("annan", "other"),
    ("läheisneuvonpito", "family-group-conference"),
    ("familjerådslag", "family-group-conference"),
    ("seurantakokous", "fgc-follow-up"),
    ("uppföljningsmöte", "fgc-follow-up"),
    ("suomi", "fi"),
    ("finnish", "fi"),
    ("finska", "fi"),
    ("ruotsi", "sv"),
    ("svenska", "sv"),
    ("swedish", "sv"),
    ("englanti", "en"),
    ("english", "en"),
    ("engelska", "en"),
];

/// The option a value that is none of `options` probably means: the same
/// in another case or with spaces (`Social worker`), a Finnish or Swedish
/// word (`vanhempi`), or a near spelling (`socail-worker`).
pub fn choice(found: &str, options: &'static [&'static str]) -> Option<&'static str> {
    let wanted = found.trim().to_lowercase().replace([' ', '_'], "-");
    if let Some(o) = options.iter().find(|o| **o == wanted) {
        return Some(o);
    }
    if let Some((_, id)) = CHOICES.iter().find(|(word, _)| *word == wanted)
        && let Some(o) = options.iter().find(|o| *o == id)
    {
        return Some(o);
    }
    options
        .iter()
        .filter_map(|o| Some((within(&wanted, o, (o.len() / 3).clamp(1, 3))?, *o)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, o)| o)
}

/// A positive whole number of minutes, as written.
pub fn minutes(node: &Node) -> Option<u32> {
    let text = node.scalar()?.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|m| *m > 0)
}

/// Words people write for a key, in Finnish, Swedish or plain English, and
/// the key they mean.
const ALIASES: &[(&str, &str)] = &[
    ("tavoite", "goal"),
    ("mål", "goal"),
    ("aim", "goal"),
    ("purpose", "goal"),
    ("paikka", "place"),
    ("plats", "place"),
    ("location", "place"),
    ("aika", "time"),
    ("kellonaika", "time"),
    ("tid", "time"),
    ("start", "time"),
    ("päivämäärä", "date"),
    ("pvm", "date"),
    ("datum", "date"),
    ("kesto", "duration_min"),
    ("duration", "duration_min"),
    ("längd", "duration_min"),
    ("puheenjohtaja", "chair"),
    ("pj", "chair"),
    ("ordförande", "chair"),
    ("chairperson", "chair"),
    ("kirjaaja", "note_taker"),
    ("muistion_kirjoittaja", "note_taker"),
    ("sekreterare", "note_taker"),
    ("secretary", "note_taker"),
    ("minute_taker", "note_taker"),
    ("kutsuja", "invited_by"),
    ("kutsutut", "invitees"),
    ("osallistujat", "invitees"),
    ("inbjudna", "invitees"),
    ("deltagare", "invitees"),
    ("participants", "invitees"),
    ("attendees", "invitees"),
    ("tukihenkilö", "child_support_person"),
    ("valmentaja", "child_support_person"),
    ("avustaja", "child_support_person"),
    ("stödperson", "child_support_person"),
    ("support_person", "child_support_person"),
    ("yhteenveto", "summary"),
    ("sammanfattning", "summary"),
    ("sovitut", "agreed"),
    ("sovitut_asiat", "agreed"),
    ("actions", "agreed"),
    ("agreed_actions", "agreed"),
    ("arviointi", "evaluation"),
    ("utvärdering", "evaluation"),
    ("suostumus", "memo_consent"),
    ("samtycke", "memo_consent"),
    ("consent", "memo_consent"),
    ("seuraava_tapaaminen", "next_meeting"),
    ("next", "next_meeting"),
    ("suunnitelma", "plan"),
    ("eriävä_näkemys", "dissent"),
    ("organization", "organisation"),
    ("organisaatio", "organisation"),
    ("nimi", "name"),
    ("namn", "name"),
    ("rooli", "role"),
    ("roll", "role"),
    ("vastuuhenkilö", "owner"),
    ("vastaa", "owner"),
    ("ansvarig", "owner"),
    ("who", "owner"),
];

/// The known key a misspelt one probably means.
pub fn suggest(key: &str, fields: &'static [Field]) -> Option<&'static str> {
    let lower = key.to_lowercase().replace([' ', '-'], "_");
    if let Some(f) = fields.iter().find(|f| f.key == lower) {
        return Some(f.key);
    }
    if let Some((_, to)) = ALIASES.iter().find(|(from, _)| *from == lower)
        && let Some(f) = fields.iter().find(|f| f.key == *to)
    {
        return Some(f.key);
    }
    fields
        .iter()
        .filter_map(|f| Some((within(&lower, f.key, (f.key.len() / 3).max(2))?, f.key)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Optimal string alignment distance (Levenshtein plus transpositions).
/// Three rows, not a matrix: a file with a hundred thousand misspelt keys
/// is checked in linear time.
pub fn distance(a: &str, b: &str) -> usize {
    within(a, b, usize::MAX).unwrap_or(usize::MAX)
}

/// [`distance`] when it is at most `max`; `None` as soon as every way of
/// aligning the two has gone past it.
pub fn within(a: &str, b: &str, max: usize) -> Option<usize> {
    if a.is_ascii() && b.is_ascii() {
        // Every character of `a` that `b` does not have at all costs an
        // edit: a cheap lower bound that rules most candidates out.
        let set = b.bytes().fold(0u128, |m, c| m | 1 << c);
        if a.bytes().filter(|c| set & 1 << c == 0).count() > max {
            return None;
        }
        return osa(a.as_bytes(), b.as_bytes(), max);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    osa(&a, &b, max)
}

fn osa<T: PartialEq>(a: &[T], b: &[T], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rows, on the stack for every key lsk knows.
    let n = b.len() + 1;
    let mut stack = [0usize; 3 * 48];
    let mut heap = Vec::new();
    let buf: &mut [usize] = if 3 * n <= stack.len() {
        &mut stack[..3 * n]
    } else {
        heap.resize(3 * n, 0);
        &mut heap
    };
    let (mut before, rest) = buf.split_at_mut(n);
    let (mut prev, mut row) = rest.split_at_mut(n);
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    let mut prev_min = 0;
    for i in 1..=a.len() {
        row[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            row_min = row_min.min(d);
        }
        // A transposition reaches back two rows, so both must be past `max`.
        if row_min > max && prev_min > max {
            return None;
        }
        prev_min = row_min;
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[b.len()]).filter(|d| *d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::MEETING;

    #[test]
    fn suggestions() {
        assert_eq!(suggest("gaol", MEETING), Some("goal"));
        assert_eq!(suggest("notetaker", MEETING), Some("note_taker"));
        assert_eq!(suggest("Chair", MEETING), Some("chair"));
        assert_eq!(suggest("tavoite", MEETING), Some("goal"));
        assert_eq!(suggest("participants", MEETING), Some("invitees"));
        assert_eq!(suggest("child_attendence", MEETING), Some("child_attends"));
        assert_eq!(suggest("xyzzy", MEETING), None);
        assert_eq!(distance("ab", "ba"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("ca", "abc"), 3);
    }
}
