//! Editing a meeting through a form built from the schema table
//! (`schema::MEETING`), laid out by phase as the checker asks for the
//! fields, with each finding beside its field. Every value is written by
//! `case::edit` (lsk's one YAML writer, lossless elsewhere); this module
//! only turns form inputs into `FormValue`s and back.
//!
//! Never a lost word: a save carries the sha256 of the file bytes the form
//! was loaded from, and a file changed since answers with both versions
//! (409); a refusal (an identity code, a value the writer cannot write
//! safely, a file that does not read now) shows the form again with
//! everything typed; adding and removing rows are submit buttons that show
//! the form again and save nothing, so they work without JavaScript.
//!
//! Every POST answers 303 (`posted.rs`): a save to `…/edit?saved=1` (the
//! form from the file, its findings the file's now); anything that leaves
//! input unsaved — a row added or removed, a refused save, a conflict — to
//! `…/edit?draft=ID`, the page made from what was posted, kept in memory
//! under that id (never on disk outside the case). Back, Forward and
//! reload are GETs: no browser asks to send a form again. A draft the
//! server no longer has (restarted) opens the form from the file and says
//! so. The edit pages keep the server alive (live.js pings) but never
//! reload over what is typed: their forms carry `data-lsk-form`, and a
//! page made from a draft (unsaved input by definition)
//! `data-lsk-unsaved`; leaving or reloading such a page asks first
//! (`beforeunload`).
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
//!   checkboxes with that name, one per recipient, value as written, label
//!   in the page's words; names beyond the choices in the text input
//!   `NAME.more` (comma separated); `memo_consent.recipients.none` is the
//!   "no one" checkbox. Persons a meeting names (`memo_consent.given_by`)
//!   are checkboxes the same way, one per invitee.
//! - Labels are the field's words in the page's language
//!   (`schema::docs::page_doc`); no key, YAML or code is shown. A finding
//!   beside a field names fields by their labels, and carries its rule in
//!   `data-rule`.
//! - Person fields are `<input list="people">` over `<datalist id="people">`
//!   (the invitees' names); typing any name still works.
//! - Dates and times are text inputs: `24.11.2026`, `9.30` are written
//!   `2026-11-24`, `09:30`.
//! - A list is `<fieldset class="rows" id="rows-KEY">`, each row
//!   `<fieldset class="row" id="row-KEY-N">`; the buttons
//!   `<button name="op" value="add:KEY" id="add-KEY">` and
//!   `<button name="op" value="remove:KEY.N" id="remove-KEY-N">`. After
//!   one (a 303 to the draft), the first input of the row added — or of
//!   the row now where one was removed, or `add-KEY` when none is left —
//!   has `autofocus`: the browser focuses it and scrolls it into view.
//! - The notes: `<textarea name="notes" id="notes">`.
//! - Save: `<button name="op" value="save" id="save">` (and `id="save-top"`
//!   above the fields; Enter in a field saves).
//! - After a save (303 to `…/edit?saved=1`): `<p id="saved" role="status">`;
//!   a refused save: 303 to the draft, whose page is
//!   `<section id="refused" role="alert">`, 422 (409 when the file does not
//!   read now), the form with what was typed.
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
//! Conflict, a save against a changed file (303 to the draft; its page is
//! 409): `<section id="conflict">`
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
//! `csrf` and `hash`, `<button id="save-text">`; saved: 303 to the form's
//! `?saved=1`; a text that does not read: 303 to `…/text?draft=ID`, 422,
//! `<section id="refused">` with `<p class="error" data-line="N">`.
//!
//! New meeting, `GET /c/{case}/new[?follow_up=DIR]`, `POST /c/{case}/new`:
//! `<form id="new-form">` with `<select name="kind" id="new-kind">`,
//! `<input name="date" id="new-date">`, `<input name="time" id="new-time">`,
//! `<input name="slug" id="new-slug">`, `<select name="follow_up"
//! id="new-follow-up">`, `<button id="create">`; made: 303 to the new
//! meeting's form (made with something to say: 303 to `…/new?draft=ID`, a
//! message with the link); refused: 303 to `…/new?draft=ID`, 422. Links: `<a id="edit-link">` on the meeting page,
//! `<a id="new-meeting">` on the case page, `<a id="follow-up-link">` on
//! the meeting page.

mod decode;
mod load;
mod view;

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::page::{self, FindingView, Found, LangQuery};
use super::posted::{self, forbidden, posted_hash, say_code};
use super::record;
use crate::case::MEETING_FILE;
use crate::case::edit::FormValue;
use crate::case::merge;
use crate::check::{Options, check_meeting};
use crate::finding::Severity;
use crate::i18n::serve::word;
use crate::model::{Kind, Phase};
use crate::repo::commit::What;
use crate::rules::required::shown_in_phase;

pub use decode::{Fields, Pairs};
use decode::{Posted, apply_op, codes, first, masked, over, parse};
use load::{Loaded, as_form, base_of, changed, load, read_file, remember, save};
pub use load::{LoadedTexts, write_meeting};
pub use view::readable;
use view::{
    FieldView, Group, ctx_for, form_finding, label, mask_value, name_label, pairs_of, views,
};
// ---- the pages ----

#[derive(Deserialize, Default)]
pub struct EditQuery {
    lang: Option<String>,
    saved: Option<String>,
    /// The unsaved form a POST redirected to (`posted.rs`).
    draft: Option<String>,
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
    /// What the save's commit did, in words (`record.rs`).
    note: Option<String>,
    /// Made from a POST: it holds what the person typed and has not saved,
    /// so the page never reloads itself over it (live.js).
    unsaved: bool,
    /// The element that gets the focus (`row-KEY-N`, `add-KEY`).
    focus: Option<String>,
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
    let mut all_views = views(&cx, &shown_fields, &findings, !s.unsaved);
    // The row just added (or the one now where one was removed) opens
    // with the focus in its first input; the browser scrolls to it.
    if let Some(focus) = &s.focus {
        for r in all_views.iter_mut().flat_map(|v| v.rows.iter_mut()) {
            if format!("row-{}", r.id) == *focus
                && let Some(i) = r.inputs.first_mut()
            {
                i.autofocus = true;
            }
        }
    }
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
        .map(|f| form_finding(f, lang, s.kind))
        .collect();
    let base = &found.href;
    page::render(
        "edit.html",
        lang,
        q,
        minijinja::context! {
            dir => page::meeting_day(lang, name),
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
            note => s.note,
            unsaved => s.unsaved,
            focus => s.focus,
            live => st.live.changes(),
            masked => masked,
            errors => findings.iter().filter(|f| f.severity == Severity::Error).count(),
            warnings => findings.iter().filter(|f| f.severity == Severity::Warning).count(),
        },
    )
}

/// The page that says meeting.md cannot be edited by the form now (it
/// does not read), with the way to its text.
fn unreadable(q: &LangQuery, found: &Found) -> Response {
    let mut resp = page::render(
        "message.html",
        found.lang,
        q,
        minijinja::context! {
            message => word(found.lang, "form_unreadable"),
            link => format!("{}/text", found.href),
            link_text => word(found.lang, "edit_text"),
        },
    );
    *resp.status_mut() = StatusCode::CONFLICT;
    resp
}

/// What a POST to the form left unsaved, kept for the page it redirects
/// to (`posted.rs`): the form again with everything typed, or the
/// conflict between a save and the file as it is now.
#[derive(Clone)]
enum EditDraft {
    Form {
        fields: Fields,
        notes: String,
        hash: String,
        refused: Vec<String>,
        status: StatusCode,
        /// The element that gets the focus: a row just added, the row
        /// after one removed, or the add button when none is left.
        focus: Option<String>,
    },
    Conflict {
        their_hash: String,
        posted: Posted,
    },
}

/// The form's address: where every POST to it redirects.
fn edit_path(found: &Found) -> String {
    format!("{}/edit", found.href)
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
    let draft = eq
        .draft
        .as_deref()
        .map(|id| posted::get::<EditDraft>(&st, &edit_path(&found), id));
    let loaded = read_file(&found.dir).and_then(|t| load(t).ok());
    // A filed memo's form is the correction form (issue 24); a draft typed
    // before is still shown, with why it cannot be saved.
    if draft.is_none()
        && read_file(&found.dir)
            .as_deref()
            .and_then(crate::case::filed::filed_in_text)
            .is_some()
    {
        return axum::response::IntoResponse::into_response(axum::response::Redirect::to(
            &format!(
                "{}/correct{}",
                found.href,
                q.get()
                    .map(|l| format!("?lang={}", l.as_str()))
                    .unwrap_or_default()
            ),
        ));
    }
    match (draft, loaded) {
        // What she typed, shown again over the file as it is now (or as
        // typed alone when the file cannot be read now: never lost).
        (Some(Some(d @ EditDraft::Form { .. })), loaded) => {
            show_draft(&st, &q, &case_id, &name, &found, loaded.as_ref(), d)
        }
        (Some(Some(EditDraft::Conflict { their_hash, posted })), Some(now)) => {
            conflict(&st, &q, &name, &found, &now, &their_hash, &posted)
        }
        (_, None) => unreadable(&q, &found),
        (gone, Some(loaded)) => {
            remember(&st, &loaded);
            // A draft this server no longer has (restarted, or long
            // forgotten): the form from the file, and said.
            let refused = match gone {
                Some(None) => vec![word(found.lang, "draft_gone").to_owned()],
                _ => Vec::new(),
            };
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
                    refused,
                    saved: eq.saved.is_some(),
                    note: record::said(&st, &edit_path(&found), eq.saved.as_deref()),
                    unsaved: false,
                    focus: None,
                },
            )
        }
    }
}

/// The form again from a draft: what she typed over the file as it is
/// now (or as typed alone when the file cannot be read now: never lost).
fn show_draft(
    st: &AppState,
    q: &LangQuery,
    case_id: &str,
    name: &str,
    found: &Found,
    loaded: Option<&Loaded>,
    draft: EditDraft,
) -> Response {
    let EditDraft::Form {
        fields,
        notes,
        hash,
        refused,
        status,
        focus,
    } = draft
    else {
        return unreadable(q, found);
    };
    let text = loaded.map(|l| l.text.as_str()).unwrap_or_default();
    let kind = loaded.and_then(|l| l.kind).or_else(|| kind_of(&fields));
    let mut resp = show(
        st,
        q,
        case_id,
        name,
        found,
        Shown {
            fields: &fields,
            notes: &notes,
            hash: &hash,
            text,
            kind,
            refused,
            saved: false,
            note: None,
            unsaved: true,
            focus,
        },
    );
    *resp.status_mut() = status;
    resp
}

/// The meeting's kind as the form holds it.
fn kind_of(fields: &Fields) -> Option<Kind> {
    fields
        .iter()
        .find(|(k, _)| k == "kind")
        .and_then(|(_, v)| match v {
            FormValue::Text(t) => Kind::parse(t.trim()),
            _ => None,
        })
}

/// Where the focus goes after `op`: the row added, the row now where one
/// was removed (or the one before it), or the add button.
fn focus_after(fields: &Fields, op: &str) -> Option<String> {
    let rows = |key: &str| match fields.iter().find(|(k, _)| k == key) {
        Some((_, FormValue::List(items))) => items.len(),
        _ => 0,
    };
    if let Some(key) = op.strip_prefix("add:") {
        let n = rows(key);
        return (n > 0).then(|| format!("row-{key}-{}", n - 1));
    }
    let (key, n) = op.strip_prefix("remove:")?.rsplit_once('.')?;
    let n: usize = n.parse().ok()?;
    match rows(key) {
        0 => Some(format!("add-{key}")),
        len => Some(format!("row-{key}-{}", n.min(len - 1))),
    }
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
    let path = edit_path(&found);
    let op = first(&pairs, "op").unwrap_or("save").to_owned();
    let their_hash = posted_hash(first(&pairs, "hash").unwrap_or_default()).to_owned();
    let loaded = read_file(&found.dir).and_then(|t| load(t).ok());
    let hits = codes(&pairs);
    let pairs = if hits.is_empty() {
        pairs
    } else {
        masked(&pairs)
    };
    // The form again with everything typed (a refused save; or a row
    // added or removed, `op`); nothing is written. Kept for the page the
    // answer redirects to.
    let again = |op: Option<&str>, refused: Vec<String>, status: StatusCode| {
        let kept = parse(&pairs, true);
        let disk = loaded
            .as_ref()
            .map(|l| l.fields.clone())
            .unwrap_or_default();
        let mut fields = over(&disk, &kept.fields);
        let focus = op.and_then(|op| {
            apply_op(&mut fields, op);
            focus_after(&fields, op)
        });
        let notes = kept
            .notes
            .or_else(|| loaded.as_ref().map(|l| l.notes.clone()))
            .unwrap_or_default();
        // No `#fragment` in the address: a browser skips `autofocus` on a
        // page whose address names a part of it. The focused input is
        // scrolled into view by the browser itself.
        let draft = EditDraft::Form {
            fields,
            notes,
            hash: their_hash.clone(),
            refused,
            status,
            focus,
        };
        posted::to_draft(&st, &path, &[], draft, &q, None, |d| {
            show_draft(&st, &q, &case_id, &name, &found, loaded.as_ref(), d)
        })
    };
    let Some(loaded) = loaded.as_ref() else {
        // The file does not read now (a colleague's broken edit, a merge
        // left in it): what she typed is shown again, with why.
        return again(
            (op != "save").then_some(op.as_str()),
            vec![word(lang, "form_unreadable").to_owned()],
            StatusCode::CONFLICT,
        );
    };
    let kind = loaded.kind;
    // A filed memo is changed only by a dated correction (issue 24): the
    // form shows what was typed, and says where to correct it.
    if op == "save"
        && read_file(&found.dir)
            .as_deref()
            .and_then(crate::case::filed::filed_in_text)
            .is_some()
    {
        return again(
            None,
            vec![word(lang, "filed_form_refused").to_owned()],
            StatusCode::CONFLICT,
        );
    }
    if op != "save" {
        let refused = hits
            .iter()
            .map(|(f, _)| say_code(lang, &name_label(lang, f, kind)))
            .collect();
        return again(Some(&op), refused, StatusCode::OK);
    }
    let posted = parse(&pairs, false);
    // An identity code is never written: which field, and nothing saved.
    if !hits.is_empty() {
        return again(
            None,
            hits.iter()
                .map(|(f, _)| say_code(lang, &name_label(lang, f, kind)))
                .collect(),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    // Changed on disk since the form was loaded: both versions, the
    // person chooses. Never a silent overwrite.
    if their_hash != loaded.hash {
        let draft = EditDraft::Conflict {
            their_hash: their_hash.clone(),
            posted,
        };
        return posted::to_draft(&st, &path, &[], draft, &q, None, |_| {
            conflict(
                &st,
                &q,
                &name,
                &found,
                loaded,
                &their_hash,
                &parse(&pairs, false),
            )
        });
    }
    match save(&found, loaded, &posted) {
        Ok(None) => posted::see_other(&path, &[("saved", "1")], &q, None),
        Ok(Some(text)) => {
            let what = What::Saved {
                meeting: name.clone(),
                fields: crate::repo::changed_fields(&loaded.text, &text),
            };
            let outcome =
                record::after_save(&st, &found.case, &what, &[found.dir.join(MEETING_FILE)]);
            record::saved(&st, &path, &outcome, &found.case, &q)
        }
        Err(why) => again(None, vec![why], StatusCode::UNPROCESSABLE_ENTITY),
    }
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
            yours: crate::hetu::mask(&readable(m, lang, k, now.kind)).into_owned(),
            disk: crate::hetu::mask(&readable(&d, lang, k, now.kind)).into_owned(),
            both,
            merge,
            // Shown where it is not simply yours, and always for a
            // conflict: the page says what the field will hold.
            result: value
                .filter(|v| v != m || merge == "conflict")
                .map(|v| crate::hetu::mask(&readable(&v, lang, k, now.kind)).into_owned()),
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
            dir => page::meeting_name(lang, name, None),
            meeting_href => found.href.clone(),
            action => edit_path(found),
            edit_href => edit_path(found),
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
