//! The view model of the meeting form, built from the schema table: a
//! field, its input, its rows, its findings.

use std::path::PathBuf;

use serde::Serialize;

use super::decode::{Fields, Pairs, long};
use crate::case::edit::FormValue;
use crate::case::meeting::parse_meeting;
use crate::case::source;
use crate::finding::{Finding, Sink};
use crate::i18n::serve::word;
use crate::model::{Attendance, Kind, Lang, Role};
use crate::recipient::Recipients;
use crate::schema::{self, Field, Ty};
use crate::serve::page::FindingView;
// ---- what the form shows ----

#[derive(Serialize, Clone, Debug)]
pub struct Opt {
    pub(super) value: String,
    pub(super) label: String,
    pub(super) on: bool,
}

/// One input (or a group of checkboxes) of the form.
#[derive(Serialize, Clone, Debug)]
pub struct Input {
    pub(super) name: String,
    pub(super) id: String,
    pub(super) key: String,
    pub(super) label: String,
    /// `text`, `area`, `date`, `time`, `number`, `person`, `select`, `checks`
    pub(super) kind: &'static str,
    pub(super) value: String,
    pub(super) options: Vec<Opt>,
    /// `checks` inside a record: offer "no one" (`[]`), and whether it is.
    pub(super) none: Option<bool>,
    /// The input the page opens at (the first of a row just added).
    pub(super) autofocus: bool,
}

#[derive(Serialize)]
pub(super) struct Row {
    pub(super) id: String,
    pub(super) number: usize,
    /// The row's first value (a name, an action), for its legend.
    pub(super) title: String,
    pub(super) inputs: Vec<Input>,
    pub(super) not_for: Option<Input>,
    pub(super) remove: String,
    /// The findings about this row (`invitees[2].role`).
    pub(super) findings: Vec<FindingView>,
}

#[derive(Serialize)]
pub(super) struct FieldView {
    pub(super) key: String,
    pub(super) label: String,
    /// `scalar`, `rows`, `record`, or `fixed` (a shape the form does not
    /// edit: shown as written, kept as it is, edited as text).
    pub(super) shape: &'static str,
    pub(super) input: Option<Input>,
    pub(super) not_for: Option<Input>,
    pub(super) rows: Vec<Row>,
    pub(super) subs: Vec<Input>,
    pub(super) fixed: String,
    pub(super) findings: Vec<FindingView>,
}

#[derive(Serialize)]
pub(super) struct Group {
    pub(super) id: &'static str,
    pub(super) fields: Vec<FieldView>,
}

pub(super) fn id_of(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// A field's label: what lsk's scaffold and schema say it is for, in the
/// page's language (`i18n::field_doc`, the one source of field docs).
pub(super) fn label(lang: Lang, key: &str, parent: Option<&str>, kind: Option<Kind>) -> String {
    let doc = match (parent, key) {
        (Some("invitees"), "organisation") => {
            crate::schema::docs::page_doc(lang, "invitee.organisation", kind)
        }
        (Some("memo_consent"), "date") => crate::schema::docs::page_doc(lang, "consent.date", kind),
        _ => crate::schema::docs::page_doc(lang, key, kind),
    };
    let mut chars = doc.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => key.to_owned(),
    }
}

/// An input's name (`invitees.1.name`, `goal.text`) as the page names
/// it: the field's label, the row's number, the inner field's label.
pub(super) fn name_label(lang: Lang, name: &str, kind: Option<Kind>) -> String {
    let parts: Vec<&str> = name.split('.').collect();
    let Some(top) = parts.first() else {
        return String::new();
    };
    if *top == "notes" {
        return word(lang, "notes").to_owned();
    }
    let mut out = vec![label(lang, top, None, kind)];
    for part in &parts[1..] {
        if let Ok(n) = part.parse::<usize>() {
            out.push(format!("{} {}", word(lang, "row"), n + 1));
        } else if !matches!(*part, "text" | "more" | "none") {
            out.push(label(lang, part, Some(top), kind));
        }
    }
    out.join(" – ")
}

/// What the form knows of the people and recipients of the meeting.
pub(super) struct Ctx {
    pub(super) lang: Lang,
    pub(super) kind: Option<Kind>,
    pub(super) recipients: Vec<String>,
    /// The invitees' names: the persons a meeting names (`given_by`).
    pub(super) people: Vec<String>,
}

impl Ctx {
    fn recipient_label(&self, r: &str) -> String {
        match Role::parse(r) {
            Some(role) => crate::i18n::labels::role_label(self.lang, role).to_owned(),
            None if r == crate::recipient::ALL_PARTICIPANTS => {
                word(self.lang, "all_participants").to_owned()
            }
            None => r.to_owned(),
        }
    }

    fn checks(&self, name: &str, key: &str, label: String, chosen: &[String]) -> Input {
        let mut options: Vec<Opt> = self
            .recipients
            .iter()
            .map(|r| Opt {
                value: r.clone(),
                label: self.recipient_label(r),
                on: chosen.contains(r),
            })
            .collect();
        // A name the choices do not have stays, ticked: never dropped.
        for c in chosen {
            if !self.recipients.contains(c) {
                options.push(Opt {
                    value: c.clone(),
                    label: c.clone(),
                    on: true,
                });
            }
        }
        Input {
            name: name.to_owned(),
            id: id_of(name),
            key: key.to_owned(),
            label,
            kind: "checks",
            value: String::new(),
            options,
            none: None,
            autofocus: false,
        }
    }

    /// Checkboxes over the invitees' names; a chosen name beyond them
    /// stays, ticked.
    fn person_checks(&self, name: &str, key: &str, label: String, chosen: &[String]) -> Input {
        let mut options: Vec<Opt> = self
            .people
            .iter()
            .map(|p| Opt {
                value: p.clone(),
                label: p.clone(),
                on: chosen.contains(p),
            })
            .collect();
        for c in chosen {
            if !self.people.contains(c) {
                options.push(Opt {
                    value: c.clone(),
                    label: c.clone(),
                    on: true,
                });
            }
        }
        Input {
            name: name.to_owned(),
            id: id_of(name),
            key: key.to_owned(),
            label,
            kind: "checks",
            value: String::new(),
            options,
            none: None,
            autofocus: false,
        }
    }

    fn select(&self, ty: &Ty, key: &str, value: &str) -> Vec<Opt> {
        let yes_no = |yes: &str, no: &str| {
            vec![
                (yes.to_owned(), word(self.lang, "yes").to_owned()),
                (no.to_owned(), word(self.lang, "no").to_owned()),
            ]
        };
        let choices: Vec<(String, String)> = match ty {
            Ty::Bool => yes_no("true", "false"),
            Ty::YesNo => yes_no("yes", "no"),
            Ty::Enum(names) => names
                .iter()
                .map(|n| {
                    let shown = match key {
                        "kind" => Kind::parse(n)
                            .map(|k| crate::i18n::labels::kind_label(self.lang, k).to_owned()),
                        "role" => Role::parse(n)
                            .map(|r| crate::i18n::labels::role_label(self.lang, r).to_owned()),
                        "child_attends" => Attendance::parse(n).map(|a| {
                            word(
                                self.lang,
                                match a {
                                    Attendance::Yes => "yes",
                                    Attendance::No => "no",
                                    Attendance::Partly => "partly",
                                },
                            )
                            .to_owned()
                        }),
                        _ => None,
                    };
                    ((*n).to_owned(), shown.unwrap_or_else(|| (*n).to_owned()))
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut out = vec![Opt {
            value: String::new(),
            label: word(self.lang, "not_set").to_owned(),
            on: value.is_empty(),
        }];
        let mut found = value.is_empty();
        for (v, l) in choices {
            let on = v == value;
            found |= on;
            out.push(Opt {
                value: v,
                label: l,
                on,
            });
        }
        // As written, when it is none of the choices (`kyllä`, a typo):
        // kept, and `lsk check` says what it is.
        if !found {
            out.push(Opt {
                value: value.to_owned(),
                label: value.to_owned(),
                on: true,
            });
        }
        out
    }

    /// The input for a scalar value.
    fn input(
        &self,
        ty: &Ty,
        key: &str,
        name: &str,
        label: String,
        top: bool,
        value: &str,
    ) -> Input {
        let kind = match ty {
            Ty::Date | Ty::BirthDate => "date",
            Ty::Time => "time",
            Ty::Minutes => "number",
            Ty::Person => "person",
            Ty::Bool | Ty::YesNo | Ty::Enum(_) => "select",
            Ty::Text if long(key, top) || value.contains('\n') => "area",
            _ => "text",
        };
        Input {
            name: name.to_owned(),
            id: id_of(name),
            key: key.to_owned(),
            label,
            kind,
            value: value.to_owned(),
            options: if kind == "select" {
                self.select(ty, key, value)
            } else {
                Vec::new()
            },
            none: None,
            autofocus: false,
        }
    }
}

/// A value's first line, short enough for a legend.
pub(super) fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    match line.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_owned(),
    }
}

pub(super) fn text_of(v: &FormValue) -> Option<String> {
    match v {
        FormValue::Empty => Some(String::new()),
        FormValue::Text(t) => Some(t.clone()),
        _ => None,
    }
}

pub(super) fn texts(v: &FormValue) -> Option<Vec<String>> {
    match v {
        FormValue::Empty => Some(Vec::new()),
        FormValue::List(items) => items.iter().map(text_of).collect(),
        _ => None,
    }
}

/// `{text, not_for}`: its text and whom it is kept from.
pub(super) fn text_not_for(v: &FormValue) -> Option<(String, Vec<String>)> {
    let FormValue::Record(entries) = v else {
        return None;
    };
    let mut text = String::new();
    let mut not_for = Vec::new();
    for (k, v) in entries {
        match k.as_str() {
            "text" => text = text_of(v)?,
            "not_for" => not_for = texts(v)?,
            _ => return None,
        }
    }
    Some((text, not_for))
}

/// A value as a person reads it, for a shape the form does not edit and
/// for the conflict page: a record's keys named by their labels in the
/// page's language (`key` is the field the value is of), a list's items
/// as dashes.
pub fn readable(v: &FormValue, lang: Lang, key: &str, kind: Option<Kind>) -> String {
    match v {
        FormValue::Empty => String::new(),
        FormValue::Text(t) => t.clone(),
        FormValue::List(items) => items
            .iter()
            .map(|i| format!("– {}", readable(i, lang, key, kind).replace('\n', "\n  ")))
            .collect::<Vec<_>>()
            .join("\n"),
        FormValue::Record(entries) => entries
            .iter()
            .map(|(k, v)| {
                let name = if k == "text" {
                    word(lang, "text_itself").to_owned()
                } else {
                    label(lang, k, Some(key), kind)
                };
                format!(
                    "{name}: {}",
                    readable(v, lang, k, kind).replace('\n', "\n  ")
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// The form for one top-level field, or `fixed` when its value has a
/// shape the form cannot show without dropping something.
pub(super) fn view(cx: &Ctx, f: &Field, value: &FormValue) -> FieldView {
    let key = f.key;
    let lbl = label(cx.lang, key, None, cx.kind);
    let mut out = FieldView {
        key: key.to_owned(),
        label: lbl.clone(),
        shape: "fixed",
        input: None,
        not_for: None,
        rows: Vec::new(),
        subs: Vec::new(),
        fixed: crate::hetu::mask(&readable(value, cx.lang, key, cx.kind)).into_owned(),
        findings: Vec::new(),
    };
    match &f.ty {
        Ty::Names => {
            if let Some(chosen) = texts(value) {
                out.shape = "scalar";
                out.input = Some(cx.checks(key, key, lbl, &chosen));
            }
        }
        Ty::TextList => {
            let items: Option<Vec<(String, Vec<String>)>> = match value {
                FormValue::Empty => Some(Vec::new()),
                FormValue::List(items) => items
                    .iter()
                    .map(|i| {
                        text_of(i)
                            .map(|t| (t, Vec::new()))
                            .or_else(|| text_not_for(i))
                    })
                    .collect(),
                _ => None,
            };
            if let Some(items) = items {
                out.shape = "rows";
                out.rows = items
                    .iter()
                    .enumerate()
                    .map(|(n, (text, not_for))| {
                        let at = format!("{key}.{n}");
                        let name = format!("{at}.text");
                        Row {
                            id: format!("{key}-{n}"),
                            number: n + 1,
                            title: first_line(text),
                            inputs: vec![cx.input(
                                &Ty::Text,
                                "text",
                                &name,
                                lbl.clone(),
                                true,
                                text,
                            )],
                            not_for: Some(cx.checks(
                                &format!("{at}.not_for"),
                                "not_for",
                                label(cx.lang, "not_for", None, cx.kind),
                                not_for,
                            )),
                            remove: format!("remove:{at}"),
                            findings: Vec::new(),
                        }
                    })
                    .collect();
            }
        }
        Ty::Records(sub) => {
            let items: Option<Vec<&Vec<(String, FormValue)>>> = match value {
                FormValue::Empty => Some(Vec::new()),
                FormValue::List(items) => items
                    .iter()
                    .map(|i| match i {
                        FormValue::Record(entries) => Some(entries),
                        _ => None,
                    })
                    .collect(),
                _ => None,
            };
            let rows: Option<Vec<Row>> = items.and_then(|items| {
                items
                    .iter()
                    .enumerate()
                    .map(|(n, entries)| row(cx, key, sub, n, entries))
                    .collect()
            });
            if let Some(rows) = rows {
                out.shape = "rows";
                out.rows = rows;
            }
        }
        Ty::Record(sub) => {
            let entries: Option<&[(String, FormValue)]> = match value {
                FormValue::Empty => Some(&[]),
                FormValue::Record(entries) => Some(entries),
                _ => None,
            };
            if let Some(subs) = entries.and_then(|e| subs(cx, key, sub, e)) {
                out.shape = "record";
                out.subs = subs;
            }
        }
        ty => {
            if let Some(text) = text_of(value) {
                out.shape = "scalar";
                out.input = Some(cx.input(ty, key, key, lbl, true, &text));
            } else if let (Ty::Text, Some((text, not_for))) = (ty, text_not_for(value)) {
                out.shape = "scalar";
                out.input = Some(cx.input(ty, key, &format!("{key}.text"), lbl, true, &text));
                out.not_for = Some(cx.checks(
                    &format!("{key}.not_for"),
                    "not_for",
                    label(cx.lang, "not_for", None, cx.kind),
                    &not_for,
                ));
            }
        }
    }
    out
}

/// The inputs of a record's fields, `None` when it holds a key or shape
/// the form does not know (then the whole field is edited as text).
pub(super) fn subs(
    cx: &Ctx,
    at: &str,
    sub: &[Field],
    entries: &[(String, FormValue)],
) -> Option<Vec<Input>> {
    if entries.iter().any(|(k, _)| !sub.iter().any(|f| f.key == k)) {
        return None;
    }
    let parent = at.split('.').next();
    sub.iter()
        // A record inside a record (a consent's `withdrawn`) is written in
        // the text; when it is there, the whole field is shown as text.
        .filter(|f| !matches!(f.ty, Ty::Record(_)) || entries.iter().any(|(k, _)| k == f.key))
        // The old way of writing a consent (`decided_with`) only where the
        // meeting still uses it: a new meeting is never offered it.
        .filter(|f| {
            f.key != "decided_with"
                || entries
                    .iter()
                    .any(|(k, v)| k == f.key && text_of(v).is_some_and(|t| !t.trim().is_empty()))
        })
        .map(|f| {
            let value = entries.iter().find(|(k, _)| k == f.key).map(|(_, v)| v);
            let name = format!("{at}.{}", f.key);
            let lbl = label(cx.lang, f.key, parent, cx.kind);
            match f.ty {
                Ty::Names => {
                    let chosen = value.map_or(Some(Vec::new()), texts)?;
                    let mut input = cx.checks(&name, f.key, lbl, &chosen);
                    input.none = Some(matches!(value, Some(FormValue::List(l)) if l.is_empty()));
                    Some(input)
                }
                // Persons named in the meeting: a choice of the invitees,
                // a name beyond them typed in `NAME.more`.
                Ty::People => {
                    let names = value.map_or(Some(Vec::new()), |v| match v {
                        FormValue::Text(t) => Some(vec![t.clone()]),
                        other => texts(other),
                    })?;
                    Some(cx.person_checks(&name, f.key, lbl, &names))
                }
                Ty::Record(_) => None,
                _ => {
                    let text = value.map_or(Some(String::new()), text_of)?;
                    Some(cx.input(&f.ty, f.key, &name, lbl, false, &text))
                }
            }
        })
        .collect()
}

pub(super) fn row(
    cx: &Ctx,
    key: &str,
    sub: &[Field],
    n: usize,
    entries: &[(String, FormValue)],
) -> Option<Row> {
    let at = format!("{key}.{n}");
    let mut not_for = Vec::new();
    let mut rest: Vec<(String, FormValue)> = Vec::new();
    for (k, v) in entries {
        if k == "not_for" {
            not_for = texts(v)?;
        } else {
            rest.push((k.clone(), v.clone()));
        }
    }
    let inputs = subs(cx, &at, sub, &rest)?;
    Some(Row {
        id: format!("{key}-{n}"),
        number: n + 1,
        title: inputs
            .first()
            .map(|i| first_line(&i.value))
            .unwrap_or_default(),
        inputs,
        not_for: Some(cx.checks(
            &format!("{at}.not_for"),
            "not_for",
            label(cx.lang, "not_for", None, cx.kind),
            &not_for,
        )),
        remove: format!("remove:{at}"),
        findings: Vec::new(),
    })
}

/// What a browser posts for `views` when nothing is touched: the same
/// inputs the template writes. A save compares the person's values with
/// the file's read this same way, so an untouched field is never written.
pub(super) fn pairs_of(views: &[FieldView]) -> Pairs {
    fn input(out: &mut Pairs, i: &Input) {
        match i.kind {
            "checks" => {
                for o in i.options.iter().filter(|o| o.on) {
                    out.push((i.name.clone(), o.value.clone()));
                }
                if i.none == Some(true) {
                    out.push((format!("{}.none", i.name), "1".into()));
                }
            }
            "select" => {
                let v = i.options.iter().find(|o| o.on).map(|o| o.value.clone());
                out.push((i.name.clone(), v.unwrap_or_default()));
            }
            _ => out.push((i.name.clone(), i.value.clone())),
        }
    }
    let mut out = Pairs::new();
    for v in views.iter().filter(|v| v.shape != "fixed") {
        out.push(("_k".into(), v.key.clone()));
        for i in v.input.iter().chain(&v.not_for).chain(&v.subs) {
            input(&mut out, i);
        }
        for r in &v.rows {
            for i in r.inputs.iter().chain(&r.not_for) {
                input(&mut out, i);
            }
        }
    }
    out
}

/// `v` with every identity code in its texts masked.
pub(super) fn mask_value(v: &FormValue) -> FormValue {
    match v {
        FormValue::Empty => FormValue::Empty,
        FormValue::Text(t) => FormValue::Text(crate::hetu::mask(t).into_owned()),
        FormValue::List(items) => FormValue::List(items.iter().map(mask_value).collect()),
        FormValue::Record(entries) => FormValue::Record(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), mask_value(v)))
                .collect(),
        ),
    }
}

/// The keys the form shows for a meeting of `kind`: the schema's, in its
/// order, those the kind uses and any the file has.
pub(super) fn keys_for(kind: Option<Kind>, fields: &Fields) -> Vec<&'static Field> {
    schema::MEETING
        .iter()
        .filter(|f| {
            kind.is_none_or(|k| schema::used_by(f.key, k)) || fields.iter().any(|(k, _)| k == f.key)
        })
        .collect()
}

pub(super) fn ctx_for(
    lang: Lang,
    kind: Option<Kind>,
    fields: &Fields,
    text: &str,
) -> (Ctx, Vec<String>) {
    let mut sink = Sink::new(PathBuf::new(), None, lang);
    let text = source::normalise(text);
    let fm = parse_meeting(&text, &mut sink);
    let recipients = fm
        .as_ref()
        .map(|fm| Recipients::of(fm).choices())
        .unwrap_or_else(|| vec![crate::recipient::ALL_PARTICIPANTS.to_owned()]);
    // The invitees' names as the form holds them now (typed ones too).
    let mut people: Vec<String> = Vec::new();
    if let Some((_, FormValue::List(items))) = fields.iter().find(|(k, _)| k == "invitees") {
        for item in items {
            if let FormValue::Record(entries) = item
                && let Some((_, FormValue::Text(n))) = entries.iter().find(|(k, _)| k == "name")
                && !n.trim().is_empty()
                && !people.contains(n)
            {
                people.push(n.trim().to_owned());
            }
        }
    }
    (
        Ctx {
            lang,
            kind,
            recipients,
            people: people.clone(),
        },
        people,
    )
}

/// A finding as the form shows it: a missing field's help is to fill in
/// the field beside it, not the YAML line `lsk check` advises.
pub(super) fn form_finding(f: &Finding, lang: Lang, kind: Option<Kind>) -> FindingView {
    let mut view = FindingView::of(f, lang);
    view.message = super::page::upper_first(&page_words(&view.message, lang, kind));
    view.help = view.help.map(|h| page_words(&h, lang, kind));
    match f.msg {
        crate::finding::Msg::MissingField { .. } => {
            view.help = Some(word(lang, "fill_in_field").to_owned());
        }
        crate::finding::Msg::MissingNextMeeting => {
            view.help = Some(word(lang, "fill_in_next").to_owned());
        }
        _ => {}
    }
    view
}

/// A finding's text as the form says it: a field written as in the file
/// (`` `goal` ``, `` `agreed[1].owner` ``, `` `goal: ...` ``) named by its
/// label on the page, in quotes; any other quoted text stays.
pub(super) fn page_words(text: &str, lang: Lang, kind: Option<Kind>) -> String {
    let (open, close) = match lang {
        Lang::En => ("“", "”"),
        Lang::Fi | Lang::Sv => ("”", "”"),
    };
    let mut out = String::new();
    let mut rest = text;
    while let Some(a) = rest.find('`') {
        let after = &rest[a + 1..];
        let Some(b) = after.find('`') else {
            break;
        };
        let inner = &after[..b];
        out.push_str(&rest[..a]);
        let path = inner
            .split(':')
            .next()
            .unwrap_or_default()
            .trim()
            .replace('[', ".")
            .replace(']', "");
        let top = path.split('.').next().unwrap_or_default();
        if !top.is_empty() && schema::MEETING.iter().any(|f| f.key == top) {
            out.push_str(open);
            out.push_str(&name_label(lang, &path, kind));
            out.push_str(close);
        } else {
            out.push('`');
            out.push_str(inner);
            out.push('`');
        }
        rest = &after[b + 1..];
    }
    out.push_str(rest);
    out
}

/// The row a finding's field path names under `key` (`agreed[1].owner`,
/// `agreed.1.owner`), if any.
pub(super) fn row_of(field: &str, key: &str) -> Option<usize> {
    let rest = field.strip_prefix(key)?;
    let n = match rest.strip_prefix('[') {
        Some(r) => r.split(']').next()?,
        None => rest.strip_prefix('.')?.split('.').next()?,
    };
    n.parse().ok()
}

/// The field views for `fields` (the form's values), each with its
/// findings; with `by_row` (the rows are the file's, as the findings
/// are), a finding about a row beside that row.
pub(super) fn views(
    cx: &Ctx,
    fields: &Fields,
    findings: &[Finding],
    by_row: bool,
) -> Vec<FieldView> {
    let top = |field: &str| {
        field
            .split(['.', '['])
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    keys_for(cx.kind, fields)
        .into_iter()
        .map(|f| {
            let value = fields
                .iter()
                .find(|(k, _)| k == f.key)
                .map_or(FormValue::Empty, |(_, v)| v.clone());
            let mut v = view(cx, f, &value);
            for x in findings
                .iter()
                .filter(|x| x.field.as_deref().map(top).as_deref() == Some(f.key))
            {
                let row = x
                    .field
                    .as_deref()
                    .and_then(|p| row_of(p, f.key))
                    .filter(|_| by_row && v.shape == "rows");
                match row.and_then(|n| v.rows.get_mut(n)) {
                    Some(r) => r.findings.push(form_finding(x, cx.lang, cx.kind)),
                    None => v.findings.push(form_finding(x, cx.lang, cx.kind)),
                }
            }
            v
        })
        .collect()
}
