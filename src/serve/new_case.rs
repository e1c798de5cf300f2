//! A new case from the browser, in a team folder: the form, and its POST
//! through the same rules as `lsk init` (`crate::new_case`). The folder is
//! made directly under the team folder; an existing folder is never used.

use std::sync::Arc;

use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::page::{self, LangQuery, lang_of};
use super::posted;
use crate::case::is_case_root;
use crate::i18n::serve::word;
use crate::i18n::{Say, say};
use crate::model::{Access, Lang, Stage};
use crate::new_case::{Refusal, Request, create};

/// What the form holds: as typed, so that a refused form comes back with
/// every word in place.
#[derive(Deserialize, Serialize, Default, Clone)]
pub struct NewCaseForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    folder: String,
    #[serde(default)]
    child: String,
    #[serde(default)]
    born: String,
    #[serde(default)]
    worker: String,
    #[serde(default)]
    case_lang: String,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    permissions: String,
}

#[derive(Deserialize, Default)]
pub struct NewCaseQuery {
    lang: Option<String>,
    /// A refused form a POST redirected to (`posted.rs`).
    draft: Option<String>,
}

/// What a refused POST left: the form as typed and what was wrong.
#[derive(Clone)]
struct NewCaseDraft {
    form: NewCaseForm,
    problem: (&'static str, String),
}

const PATH: &str = "/new-case";

/// A refused form: kept for the page the answer redirects to, every word
/// in place (the csrf token is not kept).
fn refuse(
    st: &AppState,
    q: &LangQuery,
    lang: Lang,
    form: &NewCaseForm,
    problem: Option<(&'static str, String)>,
) -> Response {
    let d = NewCaseDraft {
        form: NewCaseForm {
            csrf: String::new(),
            ..form.clone()
        },
        problem: problem.unwrap_or_default(),
    };
    posted::to_draft(st, PATH, &[], d, q, None, |d| {
        show(st, q, lang, &d.form, Some(d.problem))
    })
}

/// The empty form (404 when the server shows one case, not a team), or
/// a refused one again.
pub async fn form(State(st): State<Arc<AppState>>, Query(nq): Query<NewCaseQuery>) -> Response {
    let q = LangQuery {
        lang: nq.lang.clone(),
    };
    let lang = lang_of(&st, &q, None);
    if is_case_root(&st.root) {
        return page::not_found_in(lang);
    }
    if let Some(d) = nq
        .draft
        .as_deref()
        .and_then(|id| posted::get::<NewCaseDraft>(&st, PATH, id))
    {
        return show(&st, &q, lang, &d.form, Some(d.problem));
    }
    let form = NewCaseForm {
        case_lang: lang.as_str().to_owned(),
        permissions: Access::default().as_str().to_owned(),
        ..NewCaseForm::default()
    };
    show(&st, &q, lang, &form, None)
}

fn show(
    st: &AppState,
    q: &LangQuery,
    lang: Lang,
    form: &NewCaseForm,
    problem: Option<(&'static str, String)>,
) -> Response {
    let stages: Vec<(&str, &str)> = Stage::NAMES
        .iter()
        .map(|s| (*s, word(lang, &format!("stage_{s}"))))
        .collect();
    let (field, message) = problem.unzip();
    // An identity code is never sent back into the page, whatever the
    // refusal was about (the page's formatter masks too; this keeps the
    // form's values masked before they are anywhere else).
    let mask = |v: &str| crate::hetu::mask(v).into_owned();
    let form = &NewCaseForm {
        csrf: String::new(),
        // A folder's name: masked whole when it holds a code in any form
        // (`%31%33…` too), as `lsk check` reads a name.
        folder: crate::i18n::labels::shown_name(&form.folder),
        child: mask(&form.child),
        born: mask(&form.born),
        worker: mask(&form.worker),
        case_lang: form.case_lang.clone(),
        stage: form.stage.clone(),
        permissions: form.permissions.clone(),
    };
    let message = message.map(|m| mask(&m));
    let mut resp = page::render(
        "new_case.html",
        lang,
        q,
        minijinja::context! {
            form => minijinja::Value::from(minijinja::value::Serde(form)),
            csrf => st.csrf.clone(),
            stages => stages,
            accesses => Access::NAMES.to_vec(),
            problem => message,
            problem_field => field,
        },
    );
    if field.is_some() {
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    resp
}

/// A folder name lsk makes: one plain name, no hidden folder, nothing a
/// system reserves (Windows' device names among them: a team folder is
/// often shared with Windows machines), no invisible or reordering
/// characters, nothing that could name another place.
fn folder_name_ok(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_uppercase();
    let device = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    !name.is_empty()
        && !device
        && name.chars().count() <= 100
        && !name.starts_with('.')
        && !name.ends_with(['.', ' '])
        && !name.chars().any(|c| {
            c.is_control()
                || matches!(c, '/' | '\\' | '<' | '>' | ':' | '"' | '|' | '?' | '*')
                // Invisible and direction-changing (Unicode format) characters.
                || matches!(c, '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}'
                    | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
                    | '\u{fff9}'..='\u{fffb}')
        })
}

/// The name folded as file systems that ignore case and Unicode form
/// (Windows, macOS) see it: `Eetu` and `eetu`, or an `Ä` written in two
/// ways, are one folder there.
fn folded(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfc().collect::<String>().to_lowercase()
}

/// Make the case and go to its page; a refusal shows the form again, with
/// what was typed and the reason beside the field.
pub async fn submit(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    Form(mut form): Form<NewCaseForm>,
) -> Response {
    let lang = lang_of(&st, &q, None);
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return (
            StatusCode::FORBIDDEN,
            "403 Forbidden: the form is not this page's\n",
        )
            .into_response();
    }
    if is_case_root(&st.root) {
        return page::not_found_in(lang);
    }
    let folder = form.folder.trim().to_owned();
    let folder = if folder.is_empty() {
        crate::text::slug(form.child.trim())
    } else {
        folder
    };
    if !folder_name_ok(&folder) {
        let text = word(lang, "folder_bad").to_owned();
        return refuse(&st, &q, lang, &form, Some(("folder", text)));
    }
    form.folder = folder.clone();
    let dir = st.root.join(&folder);
    let taken = std::fs::read_dir(&st.root).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| folded(&e.file_name().to_string_lossy()) == folded(&folder))
    });
    if taken || dir.symlink_metadata().is_ok() {
        let text = format!("{folder}: {}", word(lang, "folder_exists"));
        return refuse(&st, &q, lang, &form, Some(("folder", text)));
    }
    if crate::fsutil::ensure_inside(&st.root, &dir).is_err() {
        let text = say(lang, Say::OutsideCase(&folder));
        return refuse(&st, &q, lang, &form, Some(("folder", text)));
    }
    // The folder is made here, new (never one that appeared meanwhile,
    // nor a link put in its place), and checked to be a real folder inside
    // the team folder before anything is written in it.
    let access = Access::parse(form.permissions.trim()).unwrap_or_default();
    let builder = crate::fsutil::dir_builder(access);
    if let Err(e) = builder.create(&dir) {
        let text = if e.kind() == std::io::ErrorKind::AlreadyExists {
            format!("{folder}: {}", word(lang, "folder_exists"))
        } else {
            say(lang, Say::CannotWrite(&folder, &e.to_string()))
        };
        return refuse(&st, &q, lang, &form, Some(("folder", text)));
    }
    let real = dir
        .symlink_metadata()
        .is_ok_and(|m| m.is_dir() && !m.file_type().is_symlink());
    if !real || crate::fsutil::ensure_inside(&st.root, &dir.join(crate::case::CASE_FILE)).is_err() {
        let text = say(lang, Say::OutsideCase(&folder));
        return refuse(&st, &q, lang, &form, Some(("folder", text)));
    }
    let case_lang = Lang::parse(&form.case_lang).unwrap_or(lang);
    let req = Request {
        dir: &dir,
        child: &form.child,
        born: &form.born,
        worker: &form.worker,
        lang: case_lang,
        stage: Stage::parse(form.stage.trim()),
        access: Access::parse(form.permissions.trim()),
    };
    let shown = |p: &std::path::Path| crate::paths::relative(p, &st.root);
    let refused = match create(&req) {
        Ok(file) => {
            let href = page::cases(&st)
                .iter()
                .find(|r| r.file_name().is_some_and(|n| n == folder.as_str()))
                .map_or_else(
                    || "/".to_owned(),
                    |r| format!("/c/{}", page::case_id(&st, r)),
                );
            // The new case, recorded in the team's repository.
            let case = crate::case::Case::load(&dir, st.lang);
            let outcome =
                super::record::after_save(&st, &case, &crate::repo::commit::What::NewCase, &[file]);
            if href != "/" {
                return super::record::back_to(&st, &href, &outcome, &case, &q);
            }
            return Redirect::to(&format!("{href}{}", suffix(&q))).into_response();
        }
        Err(refused) => {
            // The folder made above, still empty: nothing is left behind.
            let _ = std::fs::remove_dir(&dir);
            refused
        }
    };
    let (field, text) = match &refused {
        Refusal::BadBorn => (
            "born",
            crate::i18n::serve::word(lang, "bad_born").replace("{born}", form.born.trim()),
        ),
        Refusal::EmptyChild => ("child", say(lang, Say::Empty(word(lang, "child")))),
        Refusal::EmptyWorker => ("worker", say(lang, Say::Empty(word(lang, "worker")))),
        Refusal::IdentityCode => ("", say(lang, Say::IdentityCodeGiven)),
        Refusal::Exists(p) => ("folder", say(lang, Say::CaseExists(&shown(p)))),
        Refusal::Outside(p) => ("folder", say(lang, Say::OutsideCase(&shown(p)))),
        Refusal::Link(p) => ("folder", say(lang, Say::Symlink(&shown(p)))),
        Refusal::CannotWrite(p, e) => ("", say(lang, Say::CannotWrite(&shown(p), e))),
    };
    refuse(
        &st,
        &q,
        lang,
        &form,
        Some((field, page::upper_first(&text))),
    )
}

fn suffix(q: &LangQuery) -> String {
    q.get()
        .map(|l| format!("?lang={}", l.as_str()))
        .unwrap_or_default()
}
