//! Property test for lossless saving (`case::edit::set_fields`): for
//! generated meetings — comments, trailing comments, unknown keys, block
//! and quoted scalars, flow lists, `not_for` items, CRLF line endings — and
//! random form edits, reading the result back gives exactly the edited
//! values and the same notes, and every line outside the changed keys is
//! kept, in order, with every comment the form did not remove.

use lsk::case::edit::{self, FormValue};
use proptest::prelude::*;

/// Texts a person may type: words, numbers and times, and everything YAML
/// reads specially.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-ZäöåÄÖ][a-zäöå .,'()/-]{0,14}[a-zäöå]",
        2 => "[0-9]{1,4}([.:-][0-9]{1,2}){0,2}",
        3 => "[ -~äöå€\n]{0,24}",
        2 => prop::sample::select(vec![
            "a: b", "x #y", "- item", "---", "...", "\"q\"", "'s'", "null", "true", "false",
            "~", "", " ", "a\n", "a\n\nb\n\n", " lead\nx", "#c", "|", ">", "&a", "*a",
            "!t", "%p", "@x", "`x", "[a, b]", "{a: b}", "ä\u{2028}b", "r\r\nn", "é\u{85}",
            "tab\there", "Äiti: \"kyllä\" # 2\n---\nkind: school", "emoji 🙂\n  sisennetty",
        ])
        .prop_map(String::from),
        1 => any::<String>().prop_map(|s| s.chars().take(20).collect()),
    ]
}

fn word() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["school", "daycare", "all-participants", "Äiti", "Isä"])
        .prop_map(String::from)
}

fn names() -> impl Strategy<Value = FormValue> {
    prop::collection::vec(word().prop_map(FormValue::Text), 0..3).prop_map(FormValue::List)
}

fn scalarish() -> impl Strategy<Value = FormValue> {
    prop_oneof![
        1 => Just(FormValue::Empty),
        5 => text().prop_map(FormValue::Text),
    ]
}

const SUB: &[&str] = &[
    "name",
    "role",
    "by",
    "update",
    "action",
    "owner",
    "due",
    "done",
    "ääkkönen",
];

/// A record of sub-keys: texts, and sometimes `not_for`.
fn record() -> impl Strategy<Value = FormValue> {
    (
        prop::sample::subsequence(SUB.to_vec(), 1..5),
        prop::collection::vec(scalarish(), 5),
        prop::option::weighted(0.3, names()),
    )
        .prop_map(|(keys, values, not_for)| {
            let mut fields: Vec<(String, FormValue)> = keys
                .into_iter()
                .zip(values)
                .map(|(k, v)| (k.to_owned(), v))
                .collect();
            if let Some(n) = not_for {
                fields.push(("not_for".into(), n));
            }
            FormValue::Record(fields)
        })
}

fn value() -> impl Strategy<Value = FormValue> {
    prop_oneof![
        3 => scalarish(),
        2 => prop::collection::vec(scalarish(), 1..4).prop_map(FormValue::List),
        1 => names(),
        3 => prop::collection::vec(record(), 1..5).prop_map(FormValue::List),
        2 => record(),
        1 => (text(), names()).prop_map(|(t, n)| FormValue::Record(vec![
            ("text".into(), FormValue::Text(t)),
            ("not_for".into(), n),
        ])),
    ]
}

const KEYS: &[&str] = &[
    "kind",
    "date",
    "time",
    "place",
    "goal",
    "invitees",
    "child_preparation",
    "observe",
    "topics",
    "memo_consent",
    "child_views",
    "review",
    "summary",
    "agreed",
    "oma_avain",
    "x-muu",
];

/// A small deterministic source of style choices.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn dq(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A scalar in one of the styles a person or another tool writes.
fn written(text: &str, indent: usize, dice: &mut Dice) -> String {
    let ours = edit::scalar(text, indent);
    let simple = !text.is_empty()
        && !text.chars().any(|c| {
            c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}' | '\u{85}')
        })
        && !text.starts_with(' ')
        && !text.ends_with(' ');
    let blockable = text.ends_with("\n\n")
        && !text.starts_with([' ', '\n'])
        && !text.chars().any(|c| {
            c != '\n'
                && (c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}' | '\u{85}'))
        })
        && text
            .split('\n')
            .all(|l| l.is_empty() || !l.trim().is_empty());
    match dice.roll(5) {
        0 if simple => format!("'{}'", text.replace('\'', "''")),
        4 if blockable => {
            // Blank lines kept at the end: `|+`.
            let pad = " ".repeat(indent + 2);
            let mut out = String::from("|+");
            for line in text[..text.len() - 1].split('\n') {
                out.push('\n');
                if !line.is_empty() {
                    out.push_str(&pad);
                    out.push_str(line);
                }
            }
            out
        }
        1 => dq(text),
        _ => ours,
    }
}

/// Whether `text` can stand in a flow list unquoted.
fn flow_word(text: &str) -> bool {
    edit::scalar(text, 0) == text && !text.contains(',')
}

struct Written {
    text: String,
    /// For each top-level key, the lines (0-based, end exclusive) of its
    /// key and value.
    ranges: Vec<(String, usize, usize)>,
    /// (path, comment) for each trailing comment.
    trailing: Vec<(String, String)>,
}

/// A meeting.md holding `entries`, in styles the dice choose.
fn write(entries: &[(String, FormValue)], dice: &mut Dice) -> Written {
    let mut lines: Vec<String> = vec!["---".into()];
    if dice.roll(2) == 0 {
        lines.push("# yaml-language-server: $schema=../../.lsk/meeting.schema.json".into());
    }
    let mut ranges = Vec::new();
    let mut trailing = Vec::new();
    let mut n = 0;
    let mut comment = |path: &str, trailing: &mut Vec<(String, String)>| {
        n += 1;
        let c = format!("# huom {n}");
        trailing.push((path.to_owned(), c.clone()));
        c
    };
    for (key, value) in entries {
        // Blank lines after a `|+` block would be part of its text.
        let keep = ends_in_keep(&lines);
        match dice.roll(3) {
            0 if !keep => lines.push(String::new()),
            1 => {
                if !keep {
                    lines.push(String::new());
                }
                lines.push(format!("# {key}: mitä tähän kirjoitetaan"));
            }
            _ => {}
        }
        let start = lines.len();
        let mut examples = false;
        match value {
            FormValue::Empty | FormValue::Text(_) => {
                let mut line = match value {
                    FormValue::Text(t) if !t.is_empty() => {
                        format!("{key}: {}", written(t, 0, dice))
                    }
                    _ => format!("{key}:"),
                };
                if dice.roll(2) == 0 {
                    let c = comment(key, &mut trailing);
                    let first = line.split('\n').next().unwrap_or("").len();
                    line.insert_str(
                        first,
                        &format!("{:w$}{c}", "", w = 36usize.saturating_sub(first).max(1)),
                    );
                }
                lines.extend(line.split('\n').map(String::from));
                if matches!(value, FormValue::Empty) && dice.roll(2) == 0 {
                    lines.push("#  - ...".into());
                    ranges.push((key.clone(), start, start + 1));
                    continue;
                }
            }
            FormValue::List(items) => {
                lines.extend(list(key, items, 0, dice));
                examples = !items.is_empty();
            }
            FormValue::Record(fields) => {
                lines.extend(record_lines(
                    key,
                    fields,
                    0,
                    dice,
                    &mut trailing,
                    &mut comment,
                ));
            }
        }
        ranges.push((key.clone(), start, lines.len()));
        if examples && dice.roll(2) == 0 {
            lines.push("#  (esimerkki)".into());
            lines.push("#  - name:                         # nimi".into());
        }
    }
    lines.push("---".into());
    lines.push(String::new());
    lines.push("## Muistiinpanot".into());
    lines.push(String::new());
    lines.push("name: ei avain, vaan muistiinpano".into());
    let mut text = lines.join("\n");
    text.push('\n');
    Written {
        text,
        ranges,
        trailing,
    }
}

/// Whether `lines` end inside a `|+` block.
fn ends_in_keep(lines: &[String]) -> bool {
    let Some(h) = lines
        .iter()
        .rposition(|l| l.ends_with("|+") || l.contains("|+ "))
    else {
        return false;
    };
    let indent = lines[h].len() - lines[h].trim_start().len();
    lines[h + 1..]
        .iter()
        .all(|l| l.is_empty() || l.len() - l.trim_start().len() > indent)
}

fn list(key: &str, items: &[FormValue], indent: usize, dice: &mut Dice) -> Vec<String> {
    let pad = " ".repeat(indent);
    let words = items
        .iter()
        .all(|i| matches!(i, FormValue::Text(t) if flow_word(t)));
    if items.is_empty() {
        return vec![format!("{pad}{key}: []")];
    }
    if words && dice.roll(2) == 0 {
        let inner: Vec<&str> = items
            .iter()
            .map(|i| match i {
                FormValue::Text(t) => t.as_str(),
                _ => "",
            })
            .collect();
        return vec![format!("{pad}{key}: [{}]", inner.join(", "))];
    }
    let mut out = vec![format!("{pad}{key}:")];
    // Items at the key's indentation or two further, as editors write them.
    let dash = if dice.roll(4) == 0 {
        indent
    } else {
        indent + 2
    };
    let dpad = " ".repeat(dash);
    for item in items {
        match item {
            FormValue::Empty => out.push(format!("{dpad}-")),
            FormValue::Text(t) if t.is_empty() => out.push(format!("{dpad}-")),
            FormValue::Text(t) => {
                let w = written(t, dash, dice);
                let mut parts = w.split('\n');
                out.push(format!("{dpad}- {}", parts.next().unwrap_or("")));
                out.extend(parts.map(String::from));
            }
            FormValue::Record(fields) => {
                let mut none = Vec::new();
                let mut nothing = |_: &str, _: &mut Vec<(String, String)>| String::new();
                let body = record_body(fields, dash + 2, dice, &mut none, &mut nothing, false);
                for (n, line) in body.into_iter().enumerate() {
                    if n == 0 {
                        out.push(format!("{dpad}- {}", &line[dash + 2..]));
                    } else {
                        out.push(line);
                    }
                }
            }
            FormValue::List(_) => unreachable!("lists of lists are not generated"),
        }
    }
    out
}

/// Makes a trailing comment for a path and records it.
type Commenter<'a> = dyn FnMut(&str, &mut Vec<(String, String)>) -> String + 'a;

fn record_lines(
    key: &str,
    fields: &[(String, FormValue)],
    indent: usize,
    dice: &mut Dice,
    trailing: &mut Vec<(String, String)>,
    comment: &mut Commenter<'_>,
) -> Vec<String> {
    let mut out = vec![format!("{}{key}:", " ".repeat(indent))];
    let body = record_body_at(key, fields, indent + 2, dice, trailing, comment, true);
    out.extend(body);
    out
}

fn record_body(
    fields: &[(String, FormValue)],
    indent: usize,
    dice: &mut Dice,
    trailing: &mut Vec<(String, String)>,
    comment: &mut Commenter<'_>,
    comments: bool,
) -> Vec<String> {
    record_body_at("", fields, indent, dice, trailing, comment, comments)
}

fn record_body_at(
    path: &str,
    fields: &[(String, FormValue)],
    indent: usize,
    dice: &mut Dice,
    trailing: &mut Vec<(String, String)>,
    comment: &mut Commenter<'_>,
    comments: bool,
) -> Vec<String> {
    let pad = " ".repeat(indent);
    let mut out = Vec::new();
    for (k, v) in fields {
        match v {
            FormValue::List(items) => out.extend(list(k, items, indent, dice)),
            FormValue::Record(_) => unreachable!("records in records are not generated"),
            _ => {
                let mut line = match v {
                    FormValue::Text(t) if !t.is_empty() => {
                        format!("{pad}{k}: {}", written(t, indent, dice))
                    }
                    _ => format!("{pad}{k}:"),
                };
                if comments && dice.roll(2) == 0 {
                    let c = comment(&format!("{path}.{k}"), trailing);
                    let first = line.split('\n').next().unwrap_or("").chars().count();
                    let at = line.split('\n').next().unwrap_or("").len();
                    line.insert_str(
                        at,
                        &format!("{:w$}{c}", "", w = 35usize.saturating_sub(first).max(1)),
                    );
                }
                out.extend(line.split('\n').map(String::from));
            }
        }
    }
    out
}

/// The form's edit: `ops` pick a key and what to do to it.
fn edited(
    values: &[(String, FormValue)],
    ops: &[u32],
    texts: &[String],
    new_item: &FormValue,
) -> Vec<(String, FormValue)> {
    let mut fields: Vec<(String, FormValue)> = Vec::new();
    for (n, &op) in ops.iter().enumerate() {
        let t = |i: u32| FormValue::Text(texts[(i as usize + n) % texts.len()].clone());
        let pick = op as usize % (values.len() + 1);
        if pick == values.len() {
            // A key the file lacks.
            let key = KEYS[(op as usize / 7) % KEYS.len()];
            if !values.iter().any(|(k, _)| k == key) && !fields.iter().any(|(k, _)| k == key) {
                fields.push((key.to_owned(), t(op)));
            }
            continue;
        }
        let key = &values[pick].0;
        let at = fields
            .iter()
            .position(|(k, _)| k == key)
            .unwrap_or_else(|| {
                fields.push((key.clone(), values[pick].1.clone()));
                fields.len() - 1
            });
        let v = &mut fields[at].1;
        let how = (op >> 8) % 4;
        match v {
            FormValue::Empty | FormValue::Text(_) => {
                *v = match how {
                    0 => FormValue::Empty,
                    1 => FormValue::List(vec![t(op), t(op + 1)]),
                    _ => t(op),
                };
            }
            FormValue::List(items) => {
                let i = (op >> 12) as usize % (items.len() + 1);
                match how {
                    0 if !items.is_empty() => {
                        items.remove(i.min(items.len() - 1));
                    }
                    1 => items.insert(i, new_item.clone()),
                    2 if !items.is_empty() => {
                        let j = i.min(items.len() - 1);
                        items[j] = match &items[j] {
                            FormValue::Record(f) => {
                                let mut f = f.clone();
                                let k = (op >> 16) as usize % f.len().max(1);
                                if let Some((_, x)) = f.get_mut(k) {
                                    *x = t(op);
                                }
                                FormValue::Record(f)
                            }
                            _ => t(op),
                        };
                    }
                    3 => *v = FormValue::Empty,
                    _ => items.push(t(op)),
                }
            }
            FormValue::Record(f) => {
                let k = (op >> 12) as usize % f.len().max(1);
                match how {
                    0 if f.len() > 1 => {
                        f.remove(k);
                    }
                    1 => {
                        let name = SUB[(op >> 16) as usize % SUB.len()];
                        if !f.iter().any(|(x, _)| x == name) {
                            f.push((name.to_owned(), t(op)));
                        }
                    }
                    _ => {
                        if let Some((_, x)) = f.get_mut(k)
                            && !matches!(x, FormValue::List(_))
                        {
                            *x = t(op);
                        }
                    }
                }
            }
        }
    }
    fields
}

/// Whether the value at `path` (`key` or `key.sub`) is in `values`.
fn has_path(values: &[(String, FormValue)], path: &str) -> bool {
    let mut parts = path.splitn(2, '.');
    let key = parts.next().unwrap_or("");
    let Some((_, v)) = values.iter().find(|(k, _)| k == key) else {
        return false;
    };
    match (parts.next(), v) {
        (None, _) => true,
        (Some(sub), FormValue::Record(f)) => f.iter().any(|(k, _)| k == sub),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn saving_a_form_is_lossless(
        entries in prop::collection::vec((0..KEYS.len(), value()), 1..8),
        seed in any::<u64>(),
        crlf in any::<bool>(),
        ops in prop::collection::vec(any::<u32>(), 1..6),
        texts in prop::collection::vec(text(), 4),
        new_item in prop_oneof![record(), text().prop_map(FormValue::Text)],
    ) {
        // Unique keys, in the generated order.
        let mut values: Vec<(String, FormValue)> = Vec::new();
        for (k, v) in entries {
            if !values.iter().any(|(key, _)| key == KEYS[k]) {
                values.push((KEYS[k].to_owned(), v));
            }
        }
        let mut dice = Dice(seed | 1);
        let file = write(&values, &mut dice);
        let source = if crlf { file.text.replace('\n', "\r\n") } else { file.text.clone() };
        // The generator wrote what it meant to.
        let read = edit::form_values(&source).map_err(|e| TestCaseError::fail(format!("{e:?}\n{source}")))?;
        prop_assert!(
            edit::same(&FormValue::Record(read.clone()), &FormValue::Record(values.clone())),
            "generated\n{}\nreads\n{:?}", source, read
        );

        let fields = edited(&read, &ops, &texts, &new_item);
        let refs: Vec<(&str, FormValue)> = fields.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let out = edit::set_fields(&source, &refs)
            .map_err(|e| TestCaseError::fail(format!("{e:?}\n{source}\n{fields:?}")))?;

        let mut expected = read.clone();
        for (k, v) in &fields {
            match expected.iter_mut().find(|(key, _)| key == k) {
                Some(slot) => slot.1 = v.clone(),
                None if !edit::same(v, &FormValue::Empty) => expected.push((k.clone(), v.clone())),
                None => {}
            }
        }
        let back = edit::form_values(&out).map_err(|e| TestCaseError::fail(format!("{e:?}\n{out}")))?;
        prop_assert!(
            edit::same(&FormValue::Record(back.clone()), &FormValue::Record(expected.clone())),
            "{}\n=>\n{}\nexpected {:?}\nread {:?}", source, out, expected, back
        );
        let notes = |s: &str| s[s.find("---\n## ").or(s.find("---\r\n\r\n##")).unwrap_or(0)..].to_owned();
        let tail = |s: &str| { let i = s[3..].find("\n---").map_or(0, |i| i + 3); s[i..].to_owned() };
        prop_assert_eq!(tail(&out), tail(&source));
        let _ = notes;
        if crlf {
            prop_assert!(!out.replace("\r\n", "").contains('\n'), "{:?}", out);
        }

        // Every line outside the changed keys is kept, in order; no
        // comment line is lost.
        let changed: Vec<&str> = fields
            .iter()
            .filter(|(k, v)| {
                read.iter().find(|(key, _)| key == k).is_some_and(|(_, old)| !edit::same(old, v))
            })
            .map(|(k, _)| k.as_str())
            .collect();
        let lines: Vec<&str> = file.text.lines().collect();
        let out_lf = out.replace("\r\n", "\n");
        let out_lines: Vec<&str> = out_lf.lines().collect();
        let kept: Vec<(usize, &str)> = lines
            .iter()
            .enumerate()
            .filter(|(i, l)| {
                l.starts_with('#')
                    || !file
                        .ranges
                        .iter()
                        .any(|(k, s, e)| changed.contains(&k.as_str()) && (*s..*e).contains(i))
            })
            .map(|(i, l)| (i, *l))
            .collect();
        let mut rest = out_lines.iter();
        for (i, line) in kept {
            prop_assert!(
                rest.any(|l| *l == line),
                "line {} {:?} lost\n{}\n=>\n{}", i + 1, line, source, out
            );
        }
        // A trailing comment stays while its key does.
        for (path, c) in &file.trailing {
            if has_path(&expected, path) && (!path.contains('.') || has_path(&fields, path) || !changed.contains(&path.split('.').next().unwrap_or(""))) {
                prop_assert!(out.contains(c.as_str()), "{} of {} lost\n{}\n=>\n{}", c, path, source, out);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any text — a generated meeting with random cuts and insertions of
    /// YAML's punctuation — gives a saved file that reads back as the form
    /// said, or an error; never a panic.
    #[test]
    fn saving_never_panics(
        entries in prop::collection::vec((0..KEYS.len(), value()), 1..6),
        seed in any::<u64>(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), 0..6usize, "[-:#|>&*!?{}\\[\\], \n\r\t\"'a]{0,4}"), 1..5),
        ops in prop::collection::vec(any::<u32>(), 1..4),
        texts in prop::collection::vec(text(), 4),
        new_item in prop_oneof![record(), text().prop_map(FormValue::Text)],
    ) {
        let mut values: Vec<(String, FormValue)> = Vec::new();
        for (k, v) in entries {
            if !values.iter().any(|(key, _)| key == KEYS[k]) {
                values.push((KEYS[k].to_owned(), v));
            }
        }
        let mut chars: Vec<char> = write(&values, &mut Dice(seed | 1)).text.chars().collect();
        for (at, len, insert) in cuts {
            let i = at.index(chars.len() + 1);
            let end = (i + len).min(chars.len());
            chars.splice(i..end, insert.chars());
        }
        let source: String = chars.into_iter().collect();
        let _ = edit::set_notes(&source, "uusi\r\nteksti");
        let Ok(read) = edit::form_values(&source) else {
            prop_assert!(edit::set_fields(&source, &[("goal", FormValue::Empty)]).is_err());
            return Ok(());
        };
        let fields = edited(&read, &ops, &texts, &new_item);
        let refs: Vec<(&str, FormValue)> = fields.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        if let Ok(out) = edit::set_fields(&source, &refs) {
            let back = edit::form_values(&out).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            for (k, v) in &fields {
                let got = back.iter().find(|(key, _)| key == k).map_or(FormValue::Empty, |(_, v)| v.clone());
                prop_assert!(edit::same(&got, v), "{}: {:?} != {:?}\n{}\n=>\n{}", k, got, v, source, out);
            }
        }
    }
}
