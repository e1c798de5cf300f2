//! Filing a memo and correcting a filed one in the browser (issue 24):
//! the "File the memo" button (`POST …/file`), and the correction form
//! (`GET`/`POST …/correct`) that a filed meeting's edit form becomes.
//! Both call what `lsk file` and `lsk correct` call (`crate::filing`).
//!
//! DOM contract (the browser tests rely on it): the meeting page's
//! `#filed-banner`, `form#file-form` with `button#file-memo`,
//! `a#correct-link`, `section#notices` with one `a.notice-link` per
//! earlier recipient; the correction page's `form#correction-form`,
//! a `textarea` named `f_<field>` per correctable field, `textarea#why`,
//! `button#save-correction` and `.refused` for why nothing was saved.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use super::AppState;
use super::page::{self, LangQuery};
use super::posted::forbidden;
use crate::case::edit::{FormValue, form_values};
use crate::case::{MEETING_FILE, source};
use crate::filing::{self, Change, Error, Options};
use crate::i18n::filing::{Filing, say};
use crate::i18n::serve::word;
use crate::model::Lang;

type Pairs = Vec<(String, String)>;

fn first<'a>(pairs: &'a Pairs, key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn suffix(q: &LangQuery) -> String {
    q.get()
        .map(|l| format!("?lang={}", l.as_str()))
        .unwrap_or_default()
}

fn forget_pages(st: &AppState) {
    if let Ok(mut pages) = st.pages.lock() {
        pages.clear();
    }
    if let Ok(mut good) = st.good_pages.lock() {
        good.clear();
    }
}

/// Why nothing was filed or corrected, in the page's language, with the
/// findings that say what to fix.
fn why(lang: Lang, e: Error) -> String {
    let list = |findings: &[crate::finding::Finding]| {
        findings
            .iter()
            .map(|f| crate::i18n::page_text(lang, &f.msg).message)
            .collect::<Vec<_>>()
            .join(" · ")
    };
    match e {
        Error::Incomplete(f) => format!("{} {}", say(lang, Filing::Incomplete), list(&f)),
        Error::ConsentProblems(f) => {
            format!("{} {}", say(lang, Filing::ConsentProblems), list(&f))
        }
        Error::AlreadyFiled(_) => word(lang, "filed_already").to_owned(),
        Error::NotFiled => say(lang, Filing::NotFiled),
        Error::NoReason => say(lang, Filing::NoReason),
        Error::NotCorrectable(field) => say(
            lang,
            Filing::NotCorrectable {
                field: &field,
                fields: &filing::correctable_fields().join(", "),
            },
        ),
        Error::Unchanged(_) => word(lang, "correction_no_change").to_owned(),
        Error::IdentityCode => say(lang, Filing::IdentityCode),
        Error::Render(e) => crate::render::error_message(lang, e, &|p| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        }),
        Error::Edit(d) | Error::Io(_, d) => format!("{} ({d})", word(lang, "not_saved")),
    }
}

/// "File the memo".
pub async fn file(
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
    let opts = Options {
        // The documents in the case's language; the page's words in the
        // page's.
        lang: None,
        today: st.today(),
        by: None,
        org_templates: None,
    };
    let filed = filing::file(&found.dir, &opts);
    forget_pages(&st);
    match filed {
        Ok(package) => {
            let (case, what, paths) = filing::filed_record(&package);
            super::record::after_save(&st, &case, &what, &paths);
            Redirect::to(&format!("{}{}", found.href, suffix(&q))).into_response()
        }
        Err(e) => refused(&q, &case_id, &found, e),
    }
}

/// Why the memo was not filed, as a page: the findings in the words the
/// meeting page uses (fields by their labels, never keys or YAML), then
/// what to do, and the way back to the meeting.
fn refused(q: &LangQuery, case_id: &str, found: &page::Found, e: Error) -> Response {
    let lang = found.lang;
    let (findings, message) = match e {
        Error::Incomplete(f) => (f, say(lang, Filing::Incomplete)),
        Error::ConsentProblems(f) => (f, say(lang, Filing::ConsentProblems)),
        other => (Vec::new(), why(lang, other)),
    };
    let findings: Vec<page::FindingView> = findings
        .iter()
        .map(|f| page::FindingView::of(f, lang))
        .collect();
    let made = page::render_html(
        "filing_refused.html",
        lang,
        q,
        minijinja::context! {
            case_href => format!("/c/{case_id}"),
            meeting_href => found.href.clone(),
            findings => minijinja::Value::from(minijinja::value::Serde(&findings)),
            message => page::upper_first(&message),
        },
    );
    match made {
        Ok(html) => (StatusCode::CONFLICT, axum::response::Html(html)).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

#[derive(Serialize)]
struct FieldView {
    key: &'static str,
    label: String,
    value: String,
    /// The field is kept from some recipients: its correction is too.
    kept: bool,
}

/// The fields the correction form offers: every correctable field the
/// meeting has a text for, with what was typed over it.
fn fields(text: &str, lang: Lang, typed: &Pairs) -> Vec<FieldView> {
    let values = form_values(text).unwrap_or_default();
    filing::correctable_fields()
        .into_iter()
        .filter_map(|key| {
            let value = values.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            let (now, kept) = match value {
                Some(FormValue::Text(t)) => (t.clone(), false),
                Some(FormValue::Record(r)) => (
                    r.iter()
                        .find(|(k, _)| k == "text")
                        .and_then(|(_, v)| match v {
                            FormValue::Text(t) => Some(t.clone()),
                            _ => None,
                        })
                        .unwrap_or_default(),
                    r.iter().any(|(k, _)| k == "not_for"),
                ),
                _ => return None,
            };
            let shown = first(typed, &format!("f_{key}"))
                .map(|t| t.replace("\r\n", "\n"))
                .unwrap_or(now);
            Some(FieldView {
                key,
                label: crate::i18n::fields::field_label(lang, key)
                    .map_or_else(|| key.to_owned(), str::to_owned),
                value: shown,
                kept,
            })
        })
        .collect()
}

fn form_page(
    st: &AppState,
    q: &LangQuery,
    found: &page::Found,
    typed: &Pairs,
    refused: Option<String>,
) -> Response {
    let lang = found.lang;
    let text = source::read_text(&found.dir.join(MEETING_FILE)).unwrap_or_default();
    let Some(filed) = crate::case::filed::filed_in_text(&text) else {
        return Redirect::to(&format!("{}/edit{}", found.href, suffix(q))).into_response();
    };
    let made = page::render_html(
        "correction.html",
        lang,
        q,
        minijinja::context! {
            meeting_href => found.href.clone(),
            action => format!("{}/correct", found.href),
            csrf => st.csrf.clone(),
            filed_date => filed.date.map(|d| crate::i18n::dates::date(lang, d)),
            filed_by => filed.by,
            fields => minijinja::Value::from(minijinja::value::Serde(&fields(&text, lang, typed))),
            why => first(typed, "why").unwrap_or_default(),
            refused => refused,
        },
    );
    let status = if refused_status(typed) {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    match made {
        Ok(html) => (status, axum::response::Html(html)).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

/// A page shown again over what was posted is a refusal.
fn refused_status(typed: &Pairs) -> bool {
    !typed.is_empty()
}

/// The correction form.
pub async fn form(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(q): Query<LangQuery>,
) -> Response {
    let found = match page::find_meeting(&st, &q, &case_id, &name) {
        Ok(f) => f,
        Err(r) => return *r,
    };
    form_page(&st, &q, &found, &Vec::new(), None)
}

/// A correction posted: each changed field becomes a dated correction.
/// Refused (the form again, with every word typed) without a reason or
/// without a change.
pub async fn correct(
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
    let text = source::read_text(&found.dir.join(MEETING_FILE)).unwrap_or_default();
    let changes: Vec<Change> = fields(&text, lang, &Vec::new())
        .into_iter()
        .filter_map(|f| {
            let posted = first(&pairs, &format!("f_{}", f.key))?.replace("\r\n", "\n");
            (posted.trim() != f.value.trim()).then(|| Change {
                field: f.key.to_owned(),
                text: posted,
            })
        })
        .collect();
    if changes.is_empty() {
        let why = word(lang, "correction_no_change").to_owned();
        return form_page(&st, &q, &found, &pairs, Some(why));
    }
    let opts = Options {
        lang: None,
        today: st.today(),
        by: None,
        org_templates: None,
    };
    let why_text = first(&pairs, "why").unwrap_or_default();
    match filing::correct(&found.dir, &changes, why_text, &opts) {
        Ok(done) => {
            let (case, what, paths) = filing::corrected_record(&done);
            super::record::after_save(&st, &case, &what, &paths);
            forget_pages(&st);
            Redirect::to(&format!("{}{}#notices", found.href, suffix(&q))).into_response()
        }
        Err(e) => {
            let refused = why(lang, e);
            form_page(&st, &q, &found, &pairs, Some(refused))
        }
    }
}

/// What the meeting page shows of the filing: the banner, the button,
/// the correction link and the notices to earlier recipients.
#[derive(Serialize, Default)]
pub struct PageState {
    /// "24.11.2026", and who filed.
    pub filed: Option<(String, String)>,
    /// Held, and not filed yet: the button.
    pub can_file: bool,
    /// Filed, with corrections not yet in the archive: the button again.
    pub can_file_correction: bool,
    pub corrections: usize,
    /// (label, href, day of the earlier copy), for each earlier recipient.
    pub notices: Vec<(String, String, String)>,
    /// The archive package's files, (file name, href, a PDF): what the
    /// worker takes into the client information system.
    pub archive: Vec<(String, String, bool)>,
}

/// A file of the archive package by its name as `lsk file` writes it
/// (`memo.pdf`, `memo.json`, `memo.correction-1.pdf` …), never a path.
fn package_file(name: &str) -> bool {
    let Some(stem) = name
        .strip_suffix(".pdf")
        .or_else(|| name.strip_suffix(".json"))
    else {
        return false;
    };
    stem == "memo"
        || stem
            .strip_prefix("memo.correction-")
            .is_some_and(|n| !n.is_empty() && n.len() < 6 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The archive package's files in `dir`, in order: the memo first, then
/// each corrected memo.
pub fn package_files(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join(crate::case::filed::ARCHIVE_DIR))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| package_file(n))
                .collect()
        })
        .unwrap_or_default();
    let order = |n: &str| {
        let stem = n.rsplit_once('.').map_or(n, |(s, _)| s);
        let number = stem
            .strip_prefix("memo.correction-")
            .and_then(|k| k.parse::<u32>().ok())
            .unwrap_or(0);
        (number, n.ends_with(".json"))
    };
    names.sort_by_key(|n| order(n));
    names
}

/// A file of the archive package, downloaded from the meeting page
/// (`GET …/archive/{file}`): only a package file `lsk file` wrote, only
/// inside the case.
pub async fn download(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name, file)): UrlPath<(String, String, String)>,
    Query(q): Query<LangQuery>,
) -> Response {
    let found = match page::find_meeting(&st, &q, &case_id, &name) {
        Ok(f) => f,
        Err(r) => return *r,
    };
    if !package_file(&file) {
        return page::not_found_in(found.lang);
    }
    let path = found.dir.join(crate::case::filed::ARCHIVE_DIR).join(&file);
    if crate::fsutil::ensure_inside(&found.root, &path).is_err() {
        return page::not_found_in(found.lang);
    }
    let Ok(bytes) = std::fs::read(&path) else {
        return page::not_found_in(found.lang);
    };
    let kind = if file.ends_with(".pdf") {
        "application/pdf"
    } else {
        "application/json"
    };
    (
        [
            (axum::http::header::CONTENT_TYPE, kind.to_owned()),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The filing's state for the meeting page of `dir`, in `lang`.
pub fn page_state(
    root: &std::path::Path,
    dir: &std::path::Path,
    text: &str,
    phase: crate::model::Phase,
    lang: Lang,
    base: &str,
    q: &LangQuery,
) -> PageState {
    let Some(fm) = source::frontmatter(text)
        .ok()
        .and_then(|f| crate::case::yaml::parse(f).ok())
    else {
        return PageState::default();
    };
    let Some(filed) = crate::case::filed::filed(&fm) else {
        return PageState {
            can_file: phase == crate::model::Phase::After,
            ..PageState::default()
        };
    };
    let corrections = crate::case::filed::corrections(&fm).len();
    let (pdf, _) = filing::package_names(Some(corrections));
    let archive = dir.join(crate::case::filed::ARCHIVE_DIR);
    let lang_part = q
        .get()
        .map(|l| format!("&lang={}", l.as_str()))
        .unwrap_or_default();
    let notices = if corrections == 0 {
        Vec::new()
    } else {
        filing::earlier_recipients(root, dir)
            .into_iter()
            .map(|(id, day)| {
                let label = crate::render::context::recipient_label(lang, &id);
                let day = crate::date::parse_date(&day)
                    .map(|d| crate::i18n::dates::date(lang, d))
                    .unwrap_or(day);
                (
                    label,
                    format!(
                        "{base}/doc/correction-notice?for={}{lang_part}",
                        page::encode(&id)
                    ),
                    day,
                )
            })
            .collect()
    };
    PageState {
        filed: Some((
            filed
                .date
                .map(|d| crate::i18n::dates::date(lang, d))
                .unwrap_or_default(),
            filed.by,
        )),
        can_file: false,
        can_file_correction: corrections > 0 && !archive.join(pdf).exists(),
        corrections,
        notices,
        archive: package_files(dir)
            .into_iter()
            .map(|n| {
                let href = format!("{base}/archive/{n}{}", suffix(q));
                let pdf = n.ends_with(".pdf");
                (n, href, pdf)
            })
            .collect(),
    }
}
