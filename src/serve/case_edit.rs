//! The case's own details (lsk.yaml) edited in the browser, and an agreed
//! action marked done from the case page.
//!
//! DOM contract (tests/browser/case.mjs): the case page's link
//! `#edit-case`; the form `#case-details` with inputs `child`, `born`,
//! `worker`, `organisation`, `phone`, `email`, selects `stage` and
//! `case_lang`, the hidden `hash` and `csrf`, the button `#save-case`; a
//! refusal `#problem`, a conflict `#conflict`. Each open action row has a
//! form `.done-form` with the button `.mark-done`.
//!
//! lsk.yaml is written only through `case::edit` (lossless: comments and
//! keys the form does not know stay as they were) and `fsutil::replace`;
//! the form carries the sha256 of the bytes it was made from, and a save
//! against other bytes is a 409 with both versions. Every POST that
//! succeeds answers with a redirect (303).

use std::path::Path;
use std::sync::Arc;

use axum::extract::{Form, Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::page::{self, LangQuery, lang_of};
use crate::case::edit::{EditError, FormValue, form_values, set_fields};
use crate::case::{CASE_FILE, Case, MEETING_FILE, source};
use crate::i18n::serve::word;
use crate::i18n::{Say, say};
use crate::model::{Lang, Stage};
use crate::repo::commit::What;

/// What the form holds, as typed.
#[derive(Deserialize, Serialize, Default, Clone, PartialEq)]
pub struct DetailsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    hash: String,
    #[serde(default)]
    child: String,
    #[serde(default)]
    born: String,
    #[serde(default)]
    worker: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    case_lang: String,
}

fn sha(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// After a write: the pages made before it are not shown again, even if
/// the watcher has not yet seen the change (the redirect's page is made
/// from the file as written).
fn forget_pages(st: &AppState) {
    if let Ok(mut pages) = st.pages.lock() {
        pages.clear();
    }
}

fn suffix(q: &LangQuery) -> String {
    q.get()
        .map(|l| format!("?lang={}", l.as_str()))
        .unwrap_or_default()
}

/// The form's values from lsk.yaml's text, as written.
fn details_of(text: &str) -> DetailsForm {
    let node = crate::case::yaml::parse(text).ok();
    let at = |path: &[&str]| {
        let mut n = node.as_ref();
        for p in path {
            n = n.and_then(|x| x.get(p));
        }
        n.and_then(|x| x.scalar())
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    };
    DetailsForm {
        csrf: String::new(),
        hash: sha(text.as_bytes()),
        child: at(&["child", "name"]),
        born: at(&["child", "born"]),
        worker: at(&["responsible_worker"]),
        organisation: at(&["organisation"]),
        phone: at(&["contact", "phone"]),
        email: at(&["contact", "email"]),
        stage: at(&["stage"]),
        case_lang: at(&["language"]),
    }
}

/// lsk.yaml's text with its top-level `fields` set, losslessly: the one
/// editor of meeting.md's frontmatter (`case::edit::set_fields`), given
/// lsk.yaml as a frontmatter and handed back without the `---` lines.
/// A file with its own document markers (`---`, `...`) is not edited.
pub fn set_case_fields(text: &str, fields: &[(&str, FormValue)]) -> Result<String, ()> {
    let w = Wrapped::of(text)?;
    let out = set_fields(&w.text, fields).map_err(|_: EditError| ())?;
    let out = out.strip_prefix(w.bom).ok_or(())?;
    let out = out.strip_prefix(&format!("---{}", w.nl)).ok_or(())?;
    let out = out.strip_suffix(&format!("---{}", w.nl)).ok_or(())?;
    let out = if w.open_end {
        out.strip_suffix(w.nl).ok_or(())?
    } else {
        out
    };
    Ok(format!("{}{out}", w.bom))
}

/// lsk.yaml's values as a form reads them (`case::edit::form_values`).
fn case_values(text: &str) -> Result<Vec<(String, FormValue)>, ()> {
    form_values(&Wrapped::of(text)?.text).map_err(|_| ())
}

/// lsk.yaml written as a frontmatter: its BOM first, `---` lines in its
/// own line endings around it.
struct Wrapped {
    text: String,
    bom: &'static str,
    nl: &'static str,
    open_end: bool,
}

impl Wrapped {
    fn of(text: &str) -> Result<Wrapped, ()> {
        let (bom, body) = match text.strip_prefix('\u{feff}') {
            Some(rest) => ("\u{feff}", rest),
            None => ("", text),
        };
        if body
            .lines()
            .any(|l| matches!(l.trim_end(), "---" | "...") || l.starts_with("--- "))
        {
            return Err(());
        }
        let nl = if body.contains("\r\n") { "\r\n" } else { "\n" };
        let open_end = !body.is_empty() && !body.ends_with('\n');
        Ok(Wrapped {
            text: format!(
                "{bom}---{nl}{body}{}---{nl}",
                if open_end { nl } else { "" }
            ),
            bom,
            nl,
            open_end,
        })
    }
}

/// A record's value with the keys in `set` replaced (empty ones removed),
/// every other key kept as it was.
fn record_with(old: Option<&FormValue>, set: &[(&str, &str)]) -> FormValue {
    let mut entries = match old {
        Some(FormValue::Record(e)) => e.clone(),
        _ => Vec::new(),
    };
    for (key, value) in set {
        let value = value.trim();
        let at = entries.iter().position(|(k, _)| k == key);
        match (at, value.is_empty()) {
            (Some(i), true) => {
                entries.remove(i);
            }
            (Some(i), false) => entries[i].1 = FormValue::Text(value.to_owned()),
            (None, true) => {}
            (None, false) => entries.push(((*key).to_owned(), FormValue::Text(value.to_owned()))),
        }
    }
    if entries.is_empty() {
        FormValue::Empty
    } else {
        FormValue::Record(entries)
    }
}

fn text_value(v: &str) -> FormValue {
    let v = v.trim();
    if v.is_empty() {
        FormValue::Empty
    } else {
        FormValue::Text(v.to_owned())
    }
}

#[allow(clippy::too_many_arguments)]
fn show(
    st: &AppState,
    q: &LangQuery,
    lang: Lang,
    id: &str,
    form: &DetailsForm,
    problem: Option<(&str, String)>,
    theirs: Option<&DetailsForm>,
    status: StatusCode,
) -> Response {
    let stages: Vec<(&str, &str)> = Stage::NAMES
        .iter()
        .map(|s| (*s, word(lang, &format!("stage_{s}"))))
        .collect();
    let mask = |f: &DetailsForm| DetailsForm {
        csrf: String::new(),
        hash: f.hash.clone(),
        child: crate::hetu::mask(&f.child).into_owned(),
        born: crate::hetu::mask(&f.born).into_owned(),
        worker: crate::hetu::mask(&f.worker).into_owned(),
        organisation: crate::hetu::mask(&f.organisation).into_owned(),
        phone: crate::hetu::mask(&f.phone).into_owned(),
        email: crate::hetu::mask(&f.email).into_owned(),
        stage: f.stage.clone(),
        case_lang: f.case_lang.clone(),
    };
    let (field, message) = problem.unzip();
    let mut resp = page::render(
        "case_edit.html",
        lang,
        q,
        minijinja::context! {
            form => minijinja::Value::from(minijinja::value::Serde(&mask(form))),
            theirs => theirs.map(|t| minijinja::Value::from(minijinja::value::Serde(mask(t)))),
            csrf => st.csrf.clone(),
            stages => stages,
            problem => message.map(|m| crate::hetu::mask(&m).into_owned()),
            problem_field => field,
            action => format!("/c/{id}/details"),
            case_href => format!("/c/{id}"),
        },
    );
    *resp.status_mut() = status;
    resp
}

/// The form, filled from lsk.yaml.
pub async fn form(
    State(st): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let Some(root) = page::case_at(&st, &id) else {
        return page::not_found_in(lang_of(&st, &q, None));
    };
    let case = Case::load(&root, st.lang);
    let lang = lang_of(&st, &q, Some(&case));
    let file = root.join(CASE_FILE);
    match source::read_text(&file) {
        Ok(text) if crate::case::yaml::parse(&text).is_ok() => {
            let form = details_of(&text);
            show(&st, &q, lang, &id, &form, None, None, StatusCode::OK)
        }
        _ => page::message(
            StatusCode::CONFLICT,
            lang,
            word(lang, "case_details_unreadable"),
        ),
    }
}

/// Save the details; a refusal or a conflict shows the form again with
/// every word typed.
pub async fn save(
    State(st): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    Query(q): Query<LangQuery>,
    Form(form): Form<DetailsForm>,
) -> Response {
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return (
            StatusCode::FORBIDDEN,
            "403 Forbidden: the form is not this page's\n",
        )
            .into_response();
    }
    let Some(root) = page::case_at(&st, &id) else {
        return page::not_found_in(lang_of(&st, &q, None));
    };
    let case = Case::load(&root, st.lang);
    let lang = lang_of(&st, &q, Some(&case));
    let bad = |field: &str, text: String| {
        show(
            &st,
            &q,
            lang,
            &id,
            &form,
            Some((field, page::upper_first(&text))),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let values = [
        &form.child,
        &form.born,
        &form.worker,
        &form.organisation,
        &form.phone,
        &form.email,
    ];
    if values.iter().any(|v| !crate::hetu::find(v).is_empty()) {
        return bad("", say(lang, Say::IdentityCodeGiven));
    }
    if form.child.trim().is_empty() {
        return bad("child", say(lang, Say::Empty(word(lang, "child"))));
    }
    if form.worker.trim().is_empty() {
        return bad("worker", say(lang, Say::Empty(word(lang, "worker"))));
    }
    if crate::date::parse_born(&form.born).is_none() {
        return bad(
            "born",
            crate::i18n::serve::word(lang, "bad_born").replace("{born}", form.born.trim()),
        );
    }
    let stage = form.stage.trim();
    if !stage.is_empty() && Stage::parse(stage).is_none() {
        return bad("stage", word(lang, "case_details_bad_choice").to_owned());
    }
    let case_lang = form.case_lang.trim();
    if !case_lang.is_empty() && Lang::parse(case_lang).is_none() {
        return bad(
            "case_lang",
            word(lang, "case_details_bad_choice").to_owned(),
        );
    }
    let file = root.join(CASE_FILE);
    let Ok(text) = source::read_text(&file) else {
        return bad("", word(lang, "case_details_unreadable").to_owned());
    };
    if sha(text.as_bytes()) != form.hash.trim() {
        let theirs = details_of(&text);
        let mine = DetailsForm {
            hash: theirs.hash.clone(),
            ..form.clone()
        };
        return show(
            &st,
            &q,
            lang,
            &id,
            &mine,
            Some(("", word(lang, "case_details_conflict").to_owned())),
            Some(&theirs),
            StatusCode::CONFLICT,
        );
    }
    let Ok(old) = case_values(&text) else {
        return bad("", word(lang, "case_details_unreadable").to_owned());
    };
    let old_of = |k: &str| old.iter().find(|(key, _)| key == k).map(|(_, v)| v);
    let fields = [
        (
            "child",
            record_with(
                old_of("child"),
                &[("name", &form.child), ("born", &form.born)],
            ),
        ),
        ("responsible_worker", text_value(&form.worker)),
        ("organisation", text_value(&form.organisation)),
        (
            "contact",
            record_with(
                old_of("contact"),
                &[("phone", &form.phone), ("email", &form.email)],
            ),
        ),
        ("language", text_value(case_lang)),
        ("stage", text_value(stage)),
    ];
    let Ok(out) = set_case_fields(&text, &fields) else {
        return bad("", word(lang, "case_details_cannot_edit").to_owned());
    };
    if out == text {
        return Redirect::to(&format!("/c/{id}{}", suffix(&q))).into_response();
    }
    if let Err(e) = crate::fsutil::replace(&file, out.as_bytes(), case.access) {
        return bad("", say(lang, Say::CannotWrite(CASE_FILE, &e.to_string())));
    }
    // The record in words, with the details as they are now.
    let case = Case::load(&root, st.lang);
    let what = What::CaseDetails {
        fields: crate::repo::changed_fields(&text, &out),
    };
    let outcome = super::record::after_save(&st, &case, &what, std::slice::from_ref(&file));
    super::record::back_to(&st, &format!("/c/{id}"), &outcome, &case, &q)
}

/// The "done" button's form.
#[derive(Deserialize, Default)]
pub struct DoneForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    action: String,
}

/// The word a review's status is given when an action is marked done
/// (as the scaffold writes it; `follow::status_is_done` reads it).
fn done_word(lang: Lang) -> &'static str {
    crate::i18n::words(lang).status.done
}

/// Where an action's "done" is recorded, never in the filed memo's
/// meeting: the review of the latest later meeting of the case whose memo
/// is not made yet; without one, lsk.yaml's `actions_done`.
fn later_meeting(root: &Path, agreed_in: &str) -> Option<std::path::PathBuf> {
    let date_of = |dir: &Path| {
        let text = source::read_text(&dir.join(MEETING_FILE)).ok()?;
        let mut sink = crate::finding::Sink::new(dir.join(MEETING_FILE), None, Lang::En);
        let fm = crate::case::meeting::parse_meeting(&text, &mut sink)?;
        Some(
            fm.get("date")
                .and_then(|n| n.scalar())
                .and_then(crate::date::parse_date),
        )
    };
    let name = |d: &Path| {
        d.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let meetings = crate::case::discover::meetings_of(&root.join(crate::case::MEETINGS_DIR));
    let agreed_dir = meetings.iter().find(|d| name(d) == agreed_in)?;
    let agreed_date = date_of(agreed_dir).flatten();
    let later = |d: &Path, when: Option<jiff::civil::Date>| match (when, agreed_date) {
        (Some(x), Some(y)) if x != y => x > y,
        _ => name(d).as_str() > agreed_in,
    };
    let memo_made = |d: &Path| {
        ["memo.md", "memo.html", "memo.pdf"]
            .iter()
            .any(|m| d.join(m).exists())
    };
    meetings
        .iter()
        .filter(|d| crate::fsutil::inside(d, root))
        .filter_map(|d| Some((d, date_of(d)?)))
        .filter(|(d, when)| later(d, *when) && !memo_made(d))
        .max_by_key(|(d, when)| (*when, name(d)))
        .map(|(d, _)| d.clone())
}

/// Mark an action done, then back to the page it was marked on.
pub async fn done(
    State(st): State<Arc<AppState>>,
    UrlPath(id): UrlPath<String>,
    Query(q): Query<LangQuery>,
    Form(form): Form<DoneForm>,
) -> Response {
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return (
            StatusCode::FORBIDDEN,
            "403 Forbidden: the form is not this page's\n",
        )
            .into_response();
    }
    let Some(root) = page::case_at(&st, &id) else {
        return page::not_found_in(lang_of(&st, &q, None));
    };
    let case = Case::load(&root, st.lang);
    let lang = lang_of(&st, &q, Some(&case));
    let refuse = |key: &str| page::message(StatusCode::CONFLICT, lang, word(lang, key));
    // The action as `lsk actions` reads it, from the meeting that agreed it.
    let target = crate::case::discover::case_target(&root);
    let (actions, _) = crate::follow::actions(&[target], st.today(), Some(lang));
    let key = crate::follow::action_key(&form.action);
    // A meeting whose folder's name holds an identity code has no "done"
    // button (its name would be written into the case's files).
    let Some(action) = actions
        .iter()
        .filter(|_| page::addressable(&form.meeting))
        .find(|a| *a.meeting == *form.meeting && crate::follow::action_key(&a.action) == key)
    else {
        return refuse("action_not_found");
    };
    if action.done {
        return Redirect::to(&format!("/c/{id}{}", suffix(&q))).into_response();
    }
    let status = done_word(case.lang);
    let written = match later_meeting(&root, &form.meeting) {
        Some(dir) => {
            let file = dir.join(MEETING_FILE);
            let Ok(text) = source::read_text(&file) else {
                return refuse("action_not_recorded");
            };
            review_done(&text, &action.action, action.owner.as_deref(), status)
                .ok_or(())
                .and_then(|out| {
                    crate::fsutil::replace(&file, out.as_bytes(), case.access).map_err(|_| ())
                })
                .map(|()| file)
        }
        None => {
            let file = root.join(CASE_FILE);
            let Ok(text) = source::read_text(&file) else {
                return refuse("action_not_recorded");
            };
            case_done(&text, &form.meeting, &action.action, st.today())
                .ok_or(())
                .and_then(|out| {
                    crate::fsutil::replace(&file, out.as_bytes(), case.access).map_err(|_| ())
                })
                .map(|()| file)
        }
    };
    match written {
        Ok(file) => {
            forget_pages(&st);
            let what = What::ActionDone {
                meeting: form.meeting.clone(),
            };
            let outcome = super::record::after_save(&st, &case, &what, &[file]);
            super::record::back_to(&st, &format!("/c/{id}"), &outcome, &case, &q)
        }
        Err(()) => refuse("action_not_recorded"),
    }
}

/// meeting.md's text with the action's review row set to `status` (the
/// row added when the review has none for it).
fn review_done(text: &str, action: &str, owner: Option<&str>, status: &str) -> Option<String> {
    let values = form_values(text).ok()?;
    let mut rows = match values.iter().find(|(k, _)| k == "review").map(|(_, v)| v) {
        Some(FormValue::List(rows)) => rows.clone(),
        Some(FormValue::Empty) | None => Vec::new(),
        Some(_) => return None,
    };
    let key = crate::follow::action_key(action);
    let row = rows.iter_mut().find(|r| match r {
        FormValue::Record(e) => e.iter().any(|(k, v)| {
            k == "action" && matches!(v, FormValue::Text(t) if crate::follow::action_key(t) == key)
        }),
        _ => false,
    });
    match row {
        Some(FormValue::Record(e)) => match e.iter_mut().find(|(k, _)| k == "status") {
            Some((_, v)) => *v = FormValue::Text(status.to_owned()),
            None => e.push(("status".into(), FormValue::Text(status.to_owned()))),
        },
        _ => {
            let mut e = vec![("action".to_owned(), FormValue::Text(action.to_owned()))];
            if let Some(o) = owner {
                e.push(("owner".into(), FormValue::Text(o.to_owned())));
            }
            e.push(("status".into(), FormValue::Text(status.to_owned())));
            rows.push(FormValue::Record(e));
        }
    }
    set_fields(text, &[("review", FormValue::List(rows))]).ok()
}

/// lsk.yaml's text with the action added to `actions_done`.
fn case_done(text: &str, meeting: &str, action: &str, today: jiff::civil::Date) -> Option<String> {
    let values = case_values(text).ok()?;
    let mut rows = match values
        .iter()
        .find(|(k, _)| k == crate::follow::ACTIONS_DONE)
        .map(|(_, v)| v)
    {
        Some(FormValue::List(rows)) => rows.clone(),
        Some(FormValue::Empty) | None => Vec::new(),
        Some(_) => return None,
    };
    rows.push(FormValue::Record(vec![
        ("meeting".into(), FormValue::Text(meeting.to_owned())),
        ("action".into(), FormValue::Text(action.to_owned())),
        ("date".into(), FormValue::Text(today.to_string())),
    ]));
    set_case_fields(
        text,
        &[(crate::follow::ACTIONS_DONE, FormValue::List(rows))],
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lsk_yaml_keeps_its_comments_and_unknown_keys() {
        let text = "# Robin's case\nchild:\n  name: Robin  # as the family says it\n  born: 2022-05\n  nickname: Robbie\nresponsible_worker: Sam Worker\nlanguage: en\nextra: kept\n";
        let out = set_case_fields(
            text,
            &[
                ("organisation", FormValue::Text("County of Lark".into())),
                (
                    "child",
                    record_with(
                        case_values(text)
                            .unwrap()
                            .iter()
                            .find(|(k, _)| k == "child")
                            .map(|(_, v)| v),
                        &[("name", "Robin"), ("born", "2022-06")],
                    ),
                ),
            ],
        )
        .unwrap();
        assert!(out.starts_with("# Robin's case\n"), "{out}");
        assert!(out.contains("# as the family says it"), "{out}");
        assert!(out.contains("nickname: Robbie"), "{out}");
        assert!(out.contains("extra: kept"), "{out}");
        assert!(out.contains("born: 2022-06"), "{out}");
        assert!(out.contains("organisation: County of Lark"), "{out}");
        assert!(!out.contains("---"), "{out}");
    }

    #[test]
    fn crlf_bom_and_no_final_newline_are_kept() {
        let text = "\u{feff}child:\r\n  name: Robin\r\nresponsible_worker: Sam";
        let out = set_case_fields(text, &[("organisation", FormValue::Text("X".into()))]).unwrap();
        assert!(out.starts_with("\u{feff}child:\r\n"), "{out:?}");
        assert!(!out.ends_with('\n'), "{out:?}");
        assert!(out.contains("organisation: X"), "{out:?}");
    }

    #[test]
    fn a_file_with_document_markers_is_not_edited() {
        assert!(set_case_fields("---\nchild: {}\n", &[]).is_err());
    }

    #[test]
    fn actions_done_is_appended_and_the_review_row_set() {
        let out = case_done(
            "child:\n  name: R\n",
            "2026-11-10-daycare",
            "Chart",
            "2026-11-22".parse().unwrap(),
        )
        .unwrap();
        assert!(out.contains("actions_done:"), "{out}");
        assert!(out.contains("2026-11-10-daycare"), "{out}");
        let m = "---\nkind: daycare\nreview:\n  - action: chart\n    status: kesken\n---\nnotes\n";
        let out = review_done(m, "Chart", None, "tehty").unwrap();
        assert!(out.contains("status: tehty"), "{out}");
        assert!(!out.contains("kesken"), "{out}");
        assert!(out.ends_with("---\nnotes\n"), "{out}");
    }
}
