//! Editing a meeting through a form built from the schema table
//! (`schema::MEETING`), laid out by phase as the checker asks for the
//! fields, with each finding beside its field. Every value is written by
//! `case::edit` (lsk's one YAML writer, lossless elsewhere); this module
//! only turns form inputs into `FormValue`s and back.
//!
//! Never a lost word: a save carries the sha256 of the file bytes the form
//! was loaded from, and a file changed since answers 409 with both
//! versions; a refusal (an identity code, a value the writer cannot write
//! safely) shows the form again with everything typed; adding and removing
//! rows are submit buttons that show the form again and save nothing, so
//! they work without JavaScript. The edit pages keep the server alive
//! (live.js pings) but never reload over what is typed: their forms carry
//! `data-lsk-form`, and a page made from a POST (which holds unsaved
//! input by definition) `data-lsk-unsaved`.
//!
//! # DOM contract (stable; the browser tests rely on it)
//!
//! Meeting form, `GET`/`POST /c/{case}/m/{meeting}/edit`:
//! - `<form id="meeting-form" method="post">`; hidden `csrf`, hidden
//!   `hash` (`id="hash"`, sha256 hex of the file's bytes); one hidden
//!   `_k` per top-level key the form edits (a key without it is never
//!   written); hidden `_notes` with the notes.
//! - Inputs are named by dotted key paths: `goal`, `date`,
//!   `child_preparation.by`, `invitees.0.name`, `agreed.1.due`,
//!   `plan_topics.0.text`; a text kept from someone: `goal.text`. Their
//!   `id` is `f-` and the name with `.` as `-` (`f-invitees-0-name`).
//! - Recipients (`memo_consent.recipients`, every `…not_for`) are
//!   checkboxes with that name, one per recipient, value as written; names
//!   beyond the choices in the text input `NAME.more` (comma separated);
//!   `memo_consent.recipients.none` is the "no one (`[]`)" checkbox.
//! - Person fields are `<input list="people">` over `<datalist id="people">`
//!   (the invitees' names); typing any name still works.
//! - Dates and times are text inputs: `24.11.2026`, `9.30` are written
//!   `2026-11-24`, `09:30`.
//! - A list is `<fieldset class="rows" id="rows-KEY">`, each row
//!   `<fieldset class="row" id="row-KEY-N">`; the buttons
//!   `<button name="op" value="add:KEY" id="add-KEY">` and
//!   `<button name="op" value="remove:KEY.N" id="remove-KEY-N">`.
//! - The notes: `<textarea name="notes" id="notes">`.
//! - Save: `<button name="op" value="save" id="save">` (and `id="save-top"`
//!   above the fields; Enter in a field saves).
//! - After a save (303 to `…/edit?saved=1`): `<p id="saved" role="status">`;
//!   a refused save: `<section id="refused" role="alert">`, 422, the form
//!   with what was typed.
//! - Findings: `<ul class="findings">` inside `<div class="field"
//!   id="field-KEY">`, a finding about one row of a list inside that
//!   row's `<fieldset class="row">` (on a page of the file's values; a
//!   page of unsaved input keeps them by the list); counts in `<p id="counts" data-errors="N"
//!   data-warnings="N">`; phases as `<h2 id="g-before">` (`g-during`,
//!   `g-after`, `g-other`, `g-notes`).
//! - An identity code in the file is shown masked, said in
//!   `<p id="masked">`; saving writes the mask.
//! - The meeting page links here with `<a id="edit-link">`.
//!
//! Conflict, 409 on a save against a changed file: `<section id="conflict">`
//! with a `<table id="differs">` row `<tr data-key="KEY" data-merge="M">`
//! per field that differs (`td.yours`, `td.disk`, `span.both` when the
//! file changed it too, `pre.result` when applying writes something else
//! than yours). `M` is `mine` (the file did not change the field: yours
//! is written), `merged` (both changed it in different rows or keys: both
//! changes are written), `conflict` (both changed the same part, or rows
//! that do not line up: yours replaces the file's, said in `p.overwrites`)
//! or `unknown` (the text the form was loaded from is no longer known:
//! `<p id="base-unknown">` says why, nothing is applied). `<a
//! id="keep-disk">` keeps the file on disk (opens the form afresh); `<form
//! id="apply-form">` with `<button id="apply" name="op" value="save">`
//! writes what can be applied onto the new file, with the new hash (no
//! such form when nothing can).
//!
//! Whole file as text, `GET`/`POST /c/{case}/m/{meeting}/text`:
//! `<form id="text-form">`, `<textarea name="text" id="text">`, hidden
//! `csrf` and `hash`, `<button id="save-text">`; a text that does not read:
//! 422, `<section id="refused">` with `<p class="error" data-line="N">`.
//!
//! New meeting, `GET /c/{case}/new[?follow_up=DIR]`, `POST /c/{case}/new`:
//! `<form id="new-form">` with `<select name="kind" id="new-kind">`,
//! `<input name="date" id="new-date">`, `<input name="time" id="new-time">`,
//! `<input name="slug" id="new-slug">`, `<select name="follow_up"
//! id="new-follow-up">`, `<button id="create">`; made: 303 to the new
//! meeting's form. Links: `<a id="edit-link">` on the meeting page,
//! `<a id="new-meeting">` on the case page, `<a id="follow-up-link">` on
//! the meeting page.

use crate::case::merge;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Form;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sha2::Digest;

use super::AppState;
use super::page::{self, FindingView, Found, LangQuery};
use crate::case::edit::{self, EditError, FormValue};
use crate::case::meeting::parse_meeting;
use crate::case::{Case, MEETING_FILE, source};
use crate::check::{Options, check_meeting};
use crate::finding::{Finding, Severity, Sink};
use crate::i18n::serve::word;
use crate::model::{Attendance, Kind, Lang, Phase, Role};
use crate::recipient::Recipients;
use crate::rules::required::shown_in_phase;
use crate::schema::{self, Field, Ty};

/// The form's fields: top-level key and value, in schema order.
pub type Fields = Vec<(String, FormValue)>;

/// A form as posted: every name and value in order (checkboxes repeat).
pub type Pairs = Vec<(String, String)>;

/// sha256 of the file's bytes, as hex: what a form was loaded from.
pub fn hash(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A posted hash as it may be shown again: a sha256 in hex, or nothing
/// (anything else in its place, an identity code say, is never echoed).
pub fn posted_hash(h: &str) -> &str {
    if h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()) {
        h
    } else {
        ""
    }
}

fn field(key: &str) -> Option<&'static Field> {
    schema::MEETING.iter().find(|f| f.key == key)
}

fn first<'a>(pairs: &'a Pairs, name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn all<'a>(pairs: &'a Pairs, name: &str) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

/// Keys whose text is a paragraph rather than a line.
fn long(key: &str, top: bool) -> bool {
    if top {
        !matches!(key, "place" | "follows")
    } else {
        matches!(
            key,
            "discussion"
                | "view"
                | "update"
                | "child_wants_to_talk_about"
                | "child_wants_adults_to_discuss"
                | "situation"
                | "action"
        )
    }
}

/// A browser's line breaks as a file's.
fn lf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// One typed value as lsk writes it: dates and times in the ISO form
/// when they read as one, the rest as typed (a draft may hold anything;
/// `lsk check` says what is wrong). Blank is empty.
fn scalar_value(ty: &Ty, key: &str, top: bool, raw: &str) -> FormValue {
    let text = lf(raw);
    if text.trim().is_empty() {
        return FormValue::Empty;
    }
    let out = match ty {
        Ty::Date => crate::date::parse_given(text.trim())
            .map(|d| d.to_string())
            .unwrap_or_else(|| text.trim().to_owned()),
        Ty::Time => crate::date::parse_time(text.trim())
            .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
            .unwrap_or_else(|| text.trim().to_owned()),
        Ty::Text if long(key, top) => text.trim_end().trim_start_matches('\n').to_owned(),
        _ => text.trim().to_owned(),
    };
    FormValue::Text(out)
}

/// Recipient names: the ticked ones, then any typed in `NAME.more`.
fn names(pairs: &Pairs, name: &str) -> Vec<FormValue> {
    let mut out: Vec<String> = Vec::new();
    let typed = first(pairs, &format!("{name}.more")).unwrap_or_default();
    for n in all(pairs, name)
        .into_iter()
        .map(str::to_owned)
        .chain(typed.split(',').map(|s| s.trim().to_owned()))
    {
        let n = n.trim().to_owned();
        if !n.is_empty() && !out.contains(&n) {
            out.push(n);
        }
    }
    out.into_iter().map(FormValue::Text).collect()
}

/// The row numbers posted under `name.`, in order.
fn rows(pairs: &Pairs, name: &str) -> Vec<usize> {
    let prefix = format!("{name}.");
    let mut out: Vec<usize> = pairs
        .iter()
        .filter_map(|(k, _)| k.strip_prefix(&prefix))
        .filter_map(|rest| rest.split('.').next()?.parse().ok())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn is_empty(v: &FormValue) -> bool {
    match v {
        FormValue::Empty => true,
        FormValue::Text(t) => t.trim().is_empty(),
        FormValue::List(items) => items.is_empty(),
        FormValue::Record(entries) => entries.iter().all(|(_, v)| is_empty(v)),
    }
}

/// A text, or `{text, not_for}` when it is kept from someone.
fn with_not_for(text: FormValue, not_for: Vec<FormValue>) -> FormValue {
    if not_for.is_empty() {
        text
    } else {
        FormValue::Record(vec![
            ("text".to_owned(), text),
            ("not_for".to_owned(), FormValue::List(not_for)),
        ])
    }
}

/// The value of one top-level field from the posted inputs. `keep_empty`
/// keeps rows nothing is typed in (a row just added); a save drops them.
fn read(ty: &Ty, key: &str, pairs: &Pairs, keep_empty: bool) -> FormValue {
    match ty {
        Ty::Names => {
            let list = names(pairs, key);
            if list.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(list)
            }
        }
        Ty::TextList => {
            let items: Vec<FormValue> = rows(pairs, key)
                .into_iter()
                .map(|n| {
                    let at = format!("{key}.{n}");
                    let text = scalar_value(
                        &Ty::Text,
                        "text",
                        true,
                        first(pairs, &format!("{at}.text")).unwrap_or_default(),
                    );
                    with_not_for(text, names(pairs, &format!("{at}.not_for")))
                })
                .filter(|v| keep_empty || !is_empty(v))
                .collect();
            if items.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(items)
            }
        }
        Ty::Records(sub) => {
            let items: Vec<FormValue> = rows(pairs, key)
                .into_iter()
                .map(|n| {
                    let at = format!("{key}.{n}");
                    let mut entries: Vec<(String, FormValue)> = sub
                        .iter()
                        .map(|f| (f.key.to_owned(), read_sub(f, &at, pairs)))
                        .filter(|(_, v)| !is_empty(v))
                        .collect();
                    let not_for = names(pairs, &format!("{at}.not_for"));
                    if !not_for.is_empty() {
                        entries.push(("not_for".to_owned(), FormValue::List(not_for)));
                    }
                    FormValue::Record(entries)
                })
                .filter(|v| keep_empty || !is_empty(v))
                .collect();
            if items.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(items)
            }
        }
        Ty::Record(sub) => {
            let entries: Vec<(String, FormValue)> = sub
                .iter()
                .map(|f| (f.key.to_owned(), read_sub(f, key, pairs)))
                .filter(|(k, v)| !is_empty(v) || (k == "recipients" && *v != FormValue::Empty))
                .collect();
            if entries.is_empty() {
                FormValue::Empty
            } else {
                FormValue::Record(entries)
            }
        }
        _ => {
            let text_name = format!("{key}.text");
            if let Some(text) = first(pairs, &text_name) {
                with_not_for(
                    scalar_value(ty, key, true, text),
                    names(pairs, &format!("{key}.not_for")),
                )
            } else {
                scalar_value(ty, key, true, first(pairs, key).unwrap_or_default())
            }
        }
    }
}

/// A field inside a record or a row.
fn read_sub(f: &Field, at: &str, pairs: &Pairs) -> FormValue {
    let name = format!("{at}.{}", f.key);
    match f.ty {
        Ty::Names => {
            let list = names(pairs, &name);
            // `recipients: []` is an answer (no one), unlike no answer.
            if list.is_empty() && first(pairs, &format!("{name}.none")).is_some() {
                FormValue::List(Vec::new())
            } else if list.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(list)
            }
        }
        // Issue 20 §4: `given_by`, names typed with commas between them.
        Ty::People => {
            let list: Vec<FormValue> = first(pairs, &name)
                .unwrap_or_default()
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(|n| FormValue::Text(n.to_owned()))
                .collect();
            if list.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(list)
            }
        }
        _ => scalar_value(&f.ty, f.key, false, first(pairs, &name).unwrap_or_default()),
    }
}

/// Everything a posted form holds: the fields it edits (by its `_k`
/// markers) and the notes when it carries them.
pub struct Posted {
    pub fields: Fields,
    pub notes: Option<String>,
}

pub fn parse(pairs: &Pairs, keep_empty: bool) -> Posted {
    let mut fields: Fields = Vec::new();
    for key in all(pairs, "_k") {
        let Some(f) = field(key) else { continue };
        if fields.iter().any(|(k, _)| k == key) {
            continue;
        }
        fields.push((key.to_owned(), read(&f.ty, key, pairs, keep_empty)));
    }
    let notes = first(pairs, "_notes").map(|_| lf(first(pairs, "notes").unwrap_or_default()));
    Posted { fields, notes }
}

// ---- what the form shows ----

#[derive(Serialize, Clone, Debug)]
pub struct Opt {
    value: String,
    label: String,
    on: bool,
}

/// One input (or a group of checkboxes) of the form.
#[derive(Serialize, Clone, Debug)]
pub struct Input {
    name: String,
    id: String,
    key: String,
    label: String,
    /// `text`, `area`, `date`, `time`, `number`, `person`, `select`, `checks`
    kind: &'static str,
    value: String,
    options: Vec<Opt>,
    /// `checks` inside a record: offer "no one" (`[]`), and whether it is.
    none: Option<bool>,
}

#[derive(Serialize)]
struct Row {
    id: String,
    number: usize,
    /// The row's first value (a name, an action), for its legend.
    title: String,
    inputs: Vec<Input>,
    not_for: Option<Input>,
    remove: String,
    /// The findings about this row (`invitees[2].role`).
    findings: Vec<FindingView>,
}

#[derive(Serialize)]
struct FieldView {
    key: String,
    label: String,
    /// `scalar`, `rows`, `record`, or `fixed` (a shape the form does not
    /// edit: shown as written, kept as it is, edited as text).
    shape: &'static str,
    input: Option<Input>,
    not_for: Option<Input>,
    rows: Vec<Row>,
    subs: Vec<Input>,
    fixed: String,
    findings: Vec<FindingView>,
}

#[derive(Serialize)]
struct Group {
    id: &'static str,
    fields: Vec<FieldView>,
}

fn id_of(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// A field's label: what lsk's scaffold and schema say it is for, in the
/// page's language (`i18n::field_doc`, the one source of field docs).
fn label(lang: Lang, key: &str, parent: Option<&str>, kind: Option<Kind>) -> String {
    let doc = match (parent, key) {
        (Some("invitees"), "organisation") => {
            crate::schema::docs::field_doc(lang, "invitee.organisation", kind)
        }
        (Some("memo_consent"), "date") => {
            crate::schema::docs::field_doc(lang, "consent.date", kind)
        }
        _ => crate::schema::docs::field_doc(lang, key, kind),
    };
    let mut chars = doc.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => key.to_owned(),
    }
}

/// What the form knows of the people and recipients of the meeting.
struct Ctx {
    lang: Lang,
    kind: Option<Kind>,
    recipients: Vec<String>,
}

impl Ctx {
    fn recipient_label(&self, r: &str) -> String {
        match Role::parse(r) {
            Some(role) => format!("{} ({r})", crate::i18n::labels::role_label(self.lang, role)),
            None if r == crate::recipient::ALL_PARTICIPANTS => {
                format!("{} ({r})", word(self.lang, "all_participants"))
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
        }
    }
}

/// A value's first line, short enough for a legend.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    match line.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_owned(),
    }
}

fn text_of(v: &FormValue) -> Option<String> {
    match v {
        FormValue::Empty => Some(String::new()),
        FormValue::Text(t) => Some(t.clone()),
        _ => None,
    }
}

fn texts(v: &FormValue) -> Option<Vec<String>> {
    match v {
        FormValue::Empty => Some(Vec::new()),
        FormValue::List(items) => items.iter().map(text_of).collect(),
        _ => None,
    }
}

/// `{text, not_for}`: its text and whom it is kept from.
fn text_not_for(v: &FormValue) -> Option<(String, Vec<String>)> {
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
/// for the conflict page.
pub fn readable(v: &FormValue) -> String {
    match v {
        FormValue::Empty => String::new(),
        FormValue::Text(t) => t.clone(),
        FormValue::List(items) => items
            .iter()
            .map(|i| format!("– {}", readable(i).replace('\n', "\n  ")))
            .collect::<Vec<_>>()
            .join("\n"),
        FormValue::Record(entries) => entries
            .iter()
            .map(|(k, v)| format!("{k}: {}", readable(v).replace('\n', "\n  ")))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// The form for one top-level field, or `fixed` when its value has a
/// shape the form cannot show without dropping something.
fn view(cx: &Ctx, f: &Field, value: &FormValue) -> FieldView {
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
        fixed: crate::hetu::mask(&readable(value)).into_owned(),
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
fn subs(cx: &Ctx, at: &str, sub: &[Field], entries: &[(String, FormValue)]) -> Option<Vec<Input>> {
    if entries.iter().any(|(k, _)| !sub.iter().any(|f| f.key == k)) {
        return None;
    }
    let parent = at.split('.').next();
    sub.iter()
        // A record inside a record (a consent's `withdrawn`) is written in
        // the text; when it is there, the whole field is shown as text.
        .filter(|f| !matches!(f.ty, Ty::Record(_)) || entries.iter().any(|(k, _)| k == f.key))
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
                Ty::People => {
                    let names = value.map_or(Some(Vec::new()), |v| match v {
                        FormValue::Text(t) => Some(vec![t.clone()]),
                        other => texts(other),
                    })?;
                    Some(cx.input(&Ty::Person, f.key, &name, lbl, false, &names.join(", ")))
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

fn row(
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
fn pairs_of(views: &[FieldView]) -> Pairs {
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

/// The meeting as the form sees it.
pub struct Loaded {
    pub text: String,
    pub hash: String,
    pub fields: Fields,
    pub notes: String,
    pub kind: Option<Kind>,
}

/// The notes after the frontmatter, as the form shows them.
pub fn notes_of(text: &str) -> String {
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
fn notes_text(file: &str, notes: &str) -> String {
    let notes = notes.trim_end();
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

/// `v` with every identity code in its texts masked.
fn mask_value(v: &FormValue) -> FormValue {
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
fn keys_for(kind: Option<Kind>, fields: &Fields) -> Vec<&'static Field> {
    schema::MEETING
        .iter()
        .filter(|f| {
            kind.is_none_or(|k| schema::used_by(f.key, k)) || fields.iter().any(|(k, _)| k == f.key)
        })
        .collect()
}

fn ctx_for(lang: Lang, kind: Option<Kind>, fields: &Fields, text: &str) -> (Ctx, Vec<String>) {
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
        },
        people,
    )
}

/// A finding as the form shows it: a missing field's help is to fill in
/// the field beside it, not the YAML line `lsk check` advises.
fn form_finding(f: &Finding, lang: Lang) -> FindingView {
    let mut view = FindingView::of(f, lang);
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

/// The row a finding's field path names under `key` (`agreed[1].owner`,
/// `agreed.1.owner`), if any.
fn row_of(field: &str, key: &str) -> Option<usize> {
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
fn views(cx: &Ctx, fields: &Fields, findings: &[Finding], by_row: bool) -> Vec<FieldView> {
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
                    Some(r) => r.findings.push(form_finding(x, cx.lang)),
                    None => v.findings.push(form_finding(x, cx.lang)),
                }
            }
            v
        })
        .collect()
}

/// The fields of a posted form that differ from the file's: only these
/// are written.
/// The posted fields the form cannot edit in the file as it is now (a
/// shape it shows as written): a save that would drop them is refused.
fn not_editable(loaded: &Loaded, lang: Lang, posted: &Fields) -> Vec<String> {
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

// ---- the pages ----

#[derive(Deserialize, Default)]
pub struct EditQuery {
    lang: Option<String>,
    saved: Option<String>,
}

impl EditQuery {
    fn lang(&self) -> LangQuery {
        LangQuery {
            lang: self.lang.clone(),
        }
    }
}

/// The form as it stands: values, notes, refusals and the hash it
/// carries.
struct Shown<'a> {
    fields: &'a Fields,
    notes: &'a str,
    hash: &'a str,
    text: &'a str,
    kind: Option<Kind>,
    refused: Vec<String>,
    saved: bool,
    /// Made from a POST: it holds what the person typed and has not saved,
    /// so the page never reloads itself over it (live.js).
    unsaved: bool,
}

fn show(
    st: &AppState,
    q: &LangQuery,
    case_id: &str,
    name: &str,
    found: &Found,
    s: Shown,
) -> Response {
    let lang = found.lang;
    let opts = Options {
        phase: None,
        today: st.today(),
        lang: Some(lang),
    };
    let findings = check_meeting(&found.case, &found.dir, &opts).unwrap_or_default();
    let (cx, people) = ctx_for(lang, s.kind, s.fields, s.text);
    // An identity code is never shown: masked in every input, and saving
    // the form writes the mask in its place (the page says so).
    let shown_fields: Fields = s
        .fields
        .iter()
        .map(|(k, v)| (k.clone(), mask_value(v)))
        .collect();
    let masked = shown_fields != *s.fields || crate::hetu::mask(s.notes) != s.notes;
    // Beside their rows when the rows shown are the file's (the findings
    // are the file's); a page of unsaved input keeps them by the list.
    let all_views = views(&cx, &shown_fields, &findings, !s.unsaved);
    let mut groups: Vec<Group> = Phase::ALL
        .iter()
        .map(|p| Group {
            id: p.as_str(),
            fields: Vec::new(),
        })
        .chain([Group {
            id: "other",
            fields: Vec::new(),
        }])
        .collect();
    for v in all_views {
        let at = Phase::ALL
            .iter()
            .position(|p| shown_in_phase(s.kind, *p).contains(&v.key.as_str()))
            .unwrap_or(Phase::ALL.len());
        groups[at].fields.push(v);
    }
    groups.retain(|g| !g.fields.is_empty());
    let shown_keys: Vec<&str> = groups
        .iter()
        .flat_map(|g| g.fields.iter().map(|f| f.key.as_str()))
        .collect();
    // Keys lsk does not know: kept as written, edited as text.
    let kept: Vec<String> = s
        .fields
        .iter()
        .map(|(k, _)| k.clone())
        .filter(|k| !shown_keys.contains(&k.as_str()))
        .collect();
    let general: Vec<FindingView> = findings
        .iter()
        .filter(|f| {
            f.field
                .as_deref()
                .and_then(|x| x.split(['.', '[']).next())
                .is_none_or(|t| !shown_keys.contains(&t))
        })
        .map(|f| form_finding(f, lang))
        .collect();
    let base = format!("/c/{case_id}/m/{name}");
    page::render(
        "edit.html",
        lang,
        q,
        minijinja::context! {
            dir => name,
            title => s.kind.map(|k| crate::i18n::labels::kind_label(lang, k)),
            case_href => format!("/c/{case_id}"),
            meeting_href => base.clone(),
            action => format!("{base}/edit"),
            text_href => format!("{base}/text"),
            csrf => st.csrf.clone(),
            hash => s.hash,
            groups => minijinja::Value::from(minijinja::value::Serde(&groups)),
            general => minijinja::Value::from(minijinja::value::Serde(&general)),
            people => people,
            notes => crate::hetu::mask(s.notes).into_owned(),
            kept => kept,
            refused => s.refused,
            saved => s.saved,
            unsaved => s.unsaved,
            live => st.live.changes(),
            masked => masked,
            errors => findings.iter().filter(|f| f.severity == Severity::Error).count(),
            warnings => findings.iter().filter(|f| f.severity == Severity::Warning).count(),
        },
    )
}

/// meeting.md exactly as its bytes are (a byte-order mark and CRLF kept):
/// the form writes it back changing only the keys it changes, and its hash
/// is the bytes'.
fn read_file(dir: &Path) -> Option<String> {
    source::read_exact(&dir.join(MEETING_FILE)).ok()
}

/// The page that says meeting.md cannot be edited by the form now (it
/// does not read), with the way to its text.
fn unreadable(q: &LangQuery, case_id: &str, name: &str, found: &Found) -> Response {
    let mut resp = page::render(
        "message.html",
        found.lang,
        q,
        minijinja::context! {
            message => word(found.lang, "form_unreadable"),
            link => format!("/c/{case_id}/m/{name}/text"),
            link_text => word(found.lang, "edit_text"),
        },
    );
    *resp.status_mut() = StatusCode::CONFLICT;
    resp
}

pub async fn edit_page(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(eq): Query<EditQuery>,
) -> Response {
    let q = eq.lang();
    let found = match page::find_meeting(&st, &q, &case_id, &name) {
        Ok(f) => f,
        Err(r) => return *r,
    };
    let Some(loaded) = read_file(&found.dir).and_then(|t| load(t).ok()) else {
        return unreadable(&q, &case_id, &name, &found);
    };
    remember(&st, &loaded);
    show(
        &st,
        &q,
        &case_id,
        &name,
        &found,
        Shown {
            fields: &loaded.fields,
            notes: &loaded.notes,
            hash: &loaded.hash,
            text: &loaded.text,
            kind: loaded.kind,
            refused: Vec::new(),
            saved: eq.saved.is_some(),
            unsaved: false,
        },
    )
}

/// How many loaded texts the server keeps: far more forms than a person
/// has open; the oldest goes first.
const KEEP_LOADED: usize = 256;

/// The file a form was loaded from, by its hash: a conflict tells what
/// the person changed from what someone else changed. Full, the text
/// loaded longest ago goes (one, never all: a form open now keeps its
/// base).
fn remember(st: &AppState, loaded: &Loaded) {
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
fn base_of(st: &AppState, hash: &str) -> Option<String> {
    st.loaded
        .lock()
        .ok()
        .and_then(|m| m.get(hash).map(|(_, t)| t.clone()))
}

pub fn forbidden() -> Response {
    (
        StatusCode::FORBIDDEN,
        "403 Forbidden: the form is not this page's\n",
    )
        .into_response()
}

/// `op=add:KEY` / `op=remove:KEY.N` on the fields: one row more or less.
fn apply_op(fields: &mut Fields, op: &str) {
    if let Some(key) = op.strip_prefix("add:") {
        let Some(f) = field(key) else { return };
        let blank = match f.ty {
            Ty::TextList => FormValue::Empty,
            Ty::Records(_) => FormValue::Record(Vec::new()),
            _ => return,
        };
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some((_, FormValue::List(items))) => items.push(blank),
            Some((_, v @ FormValue::Empty)) => *v = FormValue::List(vec![blank]),
            Some(_) => {}
            None => fields.push((key.to_owned(), FormValue::List(vec![blank]))),
        }
    } else if let Some(at) = op.strip_prefix("remove:")
        && let Some((key, n)) = at.rsplit_once('.')
        && let Ok(n) = n.parse::<usize>()
        && let Some((_, FormValue::List(items))) = fields.iter_mut().find(|(k, _)| k == key)
        && n < items.len()
    {
        items.remove(n);
    }
}

/// The form's values over the file's: what the person sees again.
fn over(disk: &Fields, posted: &Fields) -> Fields {
    let mut out = disk.clone();
    for (k, v) in posted {
        match out.iter_mut().find(|(x, _)| x == k) {
            Some((_, old)) => *old = v.clone(),
            None => out.push((k.clone(), v.clone())),
        }
    }
    out
}

/// Every typed value that holds an identity code, by its field (the
/// input's name, the code masked).
fn codes(pairs: &Pairs) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "csrf" | "hash" | "op" | "_k" | "_notes"))
        .filter(|(_, v)| !crate::hetu::find(v).is_empty())
        .map(|(k, v)| (k.clone(), crate::hetu::mask(v).into_owned()))
        .collect()
}

/// The posted values with every identity code masked: shown again, never
/// echoed.
fn masked(pairs: &Pairs) -> Pairs {
    pairs
        .iter()
        .map(|(k, v)| (k.clone(), crate::hetu::mask(v).into_owned()))
        .collect()
}

pub fn say_code(lang: Lang, field: &str) -> String {
    word(lang, "code_in_field").replace("{field}", field)
}

/// Why `case::edit` wrote nothing, in the page's language: which field,
/// at which line, and what about it.
pub fn say_edit_error(lang: Lang, e: &EditError) -> String {
    use crate::case::edit::{EditErrorKind as K, Style};
    let field = if e.key.is_empty() {
        MEETING_FILE.to_owned()
    } else {
        e.key.clone()
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

pub async fn edit_post(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(q): Query<LangQuery>,
    Form(pairs): Form<Pairs>,
) -> Response {
    if !super::guard::csrf_ok(&st, first(&pairs, "csrf").unwrap_or_default()) {
        return forbidden();
    }
    let found = match page::find_meeting(&st, &q, &case_id, &name) {
        Ok(f) => f,
        Err(r) => return *r,
    };
    let lang = found.lang;
    let op = first(&pairs, "op").unwrap_or("save").to_owned();
    let their_hash = posted_hash(first(&pairs, "hash").unwrap_or_default()).to_owned();
    let Some(text) = read_file(&found.dir) else {
        return unreadable(&q, &case_id, &name, &found);
    };
    let Ok(loaded) = load(text) else {
        return unreadable(&q, &case_id, &name, &found);
    };
    let hits = codes(&pairs);
    let pairs = if hits.is_empty() {
        pairs
    } else {
        masked(&pairs)
    };
    // The form again with everything typed (a refused save; or a row
    // added or removed, `op`); nothing is written.
    let again = |op: Option<&str>, refused: Vec<String>, status: StatusCode| {
        let kept = parse(&pairs, true);
        let mut fields = over(&loaded.fields, &kept.fields);
        if let Some(op) = op {
            apply_op(&mut fields, op);
        }
        let notes = kept.notes.unwrap_or_else(|| loaded.notes.clone());
        let mut resp = show(
            &st,
            &q,
            &case_id,
            &name,
            &found,
            Shown {
                fields: &fields,
                notes: &notes,
                hash: &their_hash,
                text: &loaded.text,
                kind: loaded.kind,
                refused,
                saved: false,
                unsaved: true,
            },
        );
        *resp.status_mut() = status;
        resp
    };
    if op != "save" {
        let refused = hits.iter().map(|(f, _)| say_code(lang, f)).collect();
        return again(Some(&op), refused, StatusCode::OK);
    }
    let posted = parse(&pairs, false);
    // An identity code is never written: which field, and nothing saved.
    if !hits.is_empty() {
        return again(
            None,
            hits.iter().map(|(f, _)| say_code(lang, f)).collect(),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    // Changed on disk since the form was loaded: both versions, the
    // person chooses. Never a silent overwrite.
    if their_hash != loaded.hash {
        return conflict(
            &st,
            &q,
            &case_id,
            &name,
            &found,
            &loaded,
            &their_hash,
            &posted,
        );
    }
    match save(&found, &loaded, &posted) {
        Ok(_) => {
            let to = format!(
                "/c/{case_id}/m/{name}/edit?saved=1{}",
                q.get()
                    .map(|l| format!("&lang={}", l.as_str()))
                    .unwrap_or_default()
            );
            let mut resp = StatusCode::SEE_OTHER.into_response();
            if let Ok(v) = header::HeaderValue::from_str(&to) {
                resp.headers_mut().insert(header::LOCATION, v);
            }
            resp
        }
        Err(why) => again(None, vec![why], StatusCode::UNPROCESSABLE_ENTITY),
    }
}

/// Write the changed fields and notes onto `loaded`'s file: through
/// `case::edit`, checked for identity codes once more as a whole, inside
/// the case, atomically. The message when nothing was written.
fn save(found: &Found, loaded: &Loaded, posted: &Posted) -> Result<bool, String> {
    let lang = found.lang;
    if let Some(key) = not_editable(loaded, lang, &posted.fields).first() {
        return Err(format!(
            "{} {}",
            word(lang, "edit_refused").replace("{field}", key),
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
        return Ok(false);
    }
    write(found, &text)?;
    Ok(true)
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

fn write(found: &Found, text: &str) -> Result<(), String> {
    write_meeting(&found.root, &found.dir, &found.case, found.lang, text)
}

#[derive(Serialize)]
struct Differs {
    key: String,
    label: String,
    yours: String,
    disk: String,
    /// Changed on disk too since the form was loaded (or not known).
    both: bool,
    /// What applying does with the field: `mine` (the file did not change
    /// it: yours is written), `merged` (both changed it, in different rows
    /// or parts: both changes are written), `conflict` (both changed the
    /// same part: yours replaces the file's there, said on the page),
    /// `unknown` (the loaded text is not known: not applied).
    merge: &'static str,
    /// What applying writes, when it is not yours as shown.
    result: Option<String>,
}

/// The fields as the form reads them back (what a save compares).
fn as_form(lang: Lang, loaded: &Loaded) -> Fields {
    let (cx, _) = ctx_for(lang, loaded.kind, &loaded.fields, &loaded.text);
    parse(&pairs_of(&views(&cx, &loaded.fields, &[], false)), false).fields
}

/// 409: the file changed since the form was loaded. Each field the person
/// changed, theirs beside the file's now; keep the file, or write theirs
/// onto it (a new POST with the new hash): merged with the file's own
/// changes where they touch other rows or parts, theirs over the file's
/// where both changed the same part (said), and nothing where lsk no
/// longer knows what the form was loaded from (said: the person copies).
#[allow(clippy::too_many_arguments)]
fn conflict(
    st: &AppState,
    q: &LangQuery,
    case_id: &str,
    name: &str,
    found: &Found,
    now: &Loaded,
    their_hash: &str,
    posted: &Posted,
) -> Response {
    let lang = found.lang;
    let base = base_of(st, their_hash).and_then(|t| load(t).ok());
    // The apply form below is loaded from the file now: its base.
    remember(st, now);
    let disk_form = as_form(lang, now);
    let base_form = base.as_ref().map(|b| as_form(lang, b));
    let get = |fields: &Fields, k: &str| {
        fields
            .iter()
            .find(|(x, _)| x == k)
            .map_or(FormValue::Empty, |(_, v)| v.clone())
    };
    // What the person changed: against the file they loaded when lsk
    // still has it; otherwise every field that differs from the file now,
    // which cannot be told from someone else's change.
    let mine = match &base {
        Some(base) => changed(base, lang, &posted.fields),
        None => changed(now, lang, &posted.fields),
    };
    let mut rows: Vec<Differs> = Vec::new();
    let mut apply: Fields = Vec::new();
    for (k, m) in &mine {
        // A field the form does not edit in the file now is not offered
        // (applying it is refused, said, on the save).
        if !disk_form.iter().any(|(x, _)| x == k) {
            if base.is_some() {
                apply.push((k.clone(), m.clone()));
            }
            continue;
        }
        let d = get(&disk_form, k);
        if d == *m {
            continue;
        }
        let (merge, value, both) = match &base_form {
            None => ("unknown", None, true),
            Some(bf) => {
                let b = get(bf, k);
                let (value, clash) = merge::merge3(&b, m, &d);
                let merge = if d == b {
                    "mine"
                } else if clash {
                    "conflict"
                } else {
                    "merged"
                };
                // What the file now keeps from someone, and the loaded text
                // did not, stays kept: applying never drops it.
                if merge::keeps_withholding(&b, &d, &value) {
                    (merge, Some(value), d != b)
                } else {
                    ("withheld", None, true)
                }
            }
        };
        if let Some(v) = &value {
            apply.push((k.clone(), v.clone()));
        }
        rows.push(Differs {
            key: k.clone(),
            label: label(lang, k, None, now.kind),
            yours: crate::hetu::mask(&readable(m)).into_owned(),
            disk: crate::hetu::mask(&readable(&d)).into_owned(),
            both,
            merge,
            // Shown where it is not simply yours, and always for a
            // conflict: the page says what the field will hold.
            result: value
                .filter(|v| v != m || merge == "conflict")
                .map(|v| crate::hetu::mask(&readable(&v)).into_owned()),
        });
    }
    let notes_mine = posted.notes.as_ref().filter(|n| match &base {
        Some(b) => n.trim_end() != b.notes.trim_end(),
        None => n.trim_end() != now.notes.trim_end(),
    });
    let notes_differ = notes_mine.is_some_and(|n| n.trim_end() != now.notes.trim_end());
    // The notes are applied when lsk knows they are the person's change;
    // changed in the file too, applying replaces the file's (said).
    let notes_apply = notes_mine.filter(|_| notes_differ && base.is_some());
    let notes_both = notes_apply.is_some()
        && base
            .as_ref()
            .is_some_and(|b| b.notes.trim_end() != now.notes.trim_end());
    // The form that writes onto the file now: only what it applies.
    let (cx_now, _) = ctx_for(lang, now.kind, &over(&now.fields, &apply), &now.text);
    let apply_views: Vec<FieldView> = views(&cx_now, &apply, &[], false)
        .into_iter()
        .filter(|v| apply.iter().any(|(k, _)| *k == v.key))
        .collect();
    let hidden: Pairs = pairs_of(&apply_views);
    let unknown = base.is_none() && (!rows.is_empty() || notes_differ);
    let mut resp = page::render(
        "conflict.html",
        lang,
        q,
        minijinja::context! {
            dir => name,
            meeting_href => format!("/c/{case_id}/m/{name}"),
            action => format!("/c/{case_id}/m/{name}/edit"),
            edit_href => format!("/c/{case_id}/m/{name}/edit"),
            csrf => st.csrf.clone(),
            hash => now.hash.clone(),
            rows => minijinja::Value::from(minijinja::value::Serde(&rows)),
            hidden => minijinja::Value::from(minijinja::value::Serde(&hidden)),
            notes_mine => notes_mine.map(|n| crate::hetu::mask(n).into_owned()),
            notes_disk => notes_differ.then(|| crate::hetu::mask(&now.notes).into_owned()),
            notes_apply => notes_apply.map(|n| crate::hetu::mask(n).into_owned()),
            notes_both => notes_both,
            unknown => unknown,
            can_apply => !apply.is_empty() || notes_apply.is_some(),
            nothing => rows.is_empty() && !notes_differ,
            live => st.live.changes(),
        },
    );
    *resp.status_mut() = StatusCode::CONFLICT;
    resp
}

/// The texts forms were loaded from, by their hash, each with the order
/// it was loaded in (the oldest is forgotten first): `AppState::loaded`.
pub type LoadedTexts = HashMap<String, (u64, String)>;
