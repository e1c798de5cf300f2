//! meeting.md as text: the escape hatch beside the form, under the same
//! hash guard. A text that does not read is shown again with lsk's own
//! message at its line, and not written; an identity code is refused.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::form::{Pairs, write_meeting};
use super::page::{self, Found, LangQuery};
use super::posted::{self, forbidden, hash, posted_hash, say_code};
use crate::case::meeting::parse_meeting;
use crate::case::{MEETING_FILE, source};
use crate::finding::{PARSE_ERROR, Sink};
use crate::i18n::serve::word;
use crate::model::Lang;

#[derive(Serialize)]
struct Problem {
    line: usize,
    message: String,
    help: Option<String>,
}

/// The reasons `text` does not read as a meeting.md, at their lines.
pub fn problems(text: &str, lang: Lang) -> Vec<(usize, String, Option<String>)> {
    let mut sink = Sink::new(MEETING_FILE.into(), None, lang);
    let text = source::normalise(text);
    let fm = parse_meeting(&text, &mut sink);
    let mut out: Vec<(usize, String, Option<String>)> = sink
        .findings
        .iter()
        .filter(|f| f.rule == PARSE_ERROR)
        .map(|f| {
            let t = crate::i18n::text(lang, &f.msg);
            (f.line, t.message, t.help)
        })
        .collect();
    if fm.is_none() && out.is_empty() {
        out.push((
            1,
            crate::i18n::serve::word(lang, "form_unreadable").to_owned(),
            None,
        ));
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn show(
    st: &AppState,
    q: &LangQuery,
    name: &str,
    found: &Found,
    text: &str,
    hash: &str,
    refused: Vec<(usize, String, Option<String>)>,
    conflict: Option<&str>,
    unsaved: bool,
) -> Response {
    let problems: Vec<Problem> = refused
        .into_iter()
        .map(|(line, message, help)| Problem {
            line,
            message,
            help,
        })
        .collect();
    page::render(
        "text.html",
        found.lang,
        q,
        minijinja::context! {
            dir => page::meeting_name(found.lang, name, None),
            meeting_href => found.href.clone(),
            edit_href => format!("{}/edit", found.href),
            action => text_path(found),
            csrf => st.csrf.clone(),
            hash => hash,
            // An identity code in the file is never shown: masked here,
            // saving the text removes it.
            text => crate::hetu::mask(&source::normalise(text)).into_owned(),
            had_code => !crate::hetu::find(text).is_empty(),
            problems => minijinja::Value::from(minijinja::value::Serde(&problems)),
            disk => conflict.map(|d| crate::hetu::mask(&source::normalise(d)).into_owned()),
            live => st.live.changes(),
            unsaved => unsaved,
        },
    )
}

/// What a POST of the text left unsaved: the text as typed, why it was
/// not written, and the file's text when it changed meanwhile.
#[derive(Clone)]
struct TextDraft {
    text: String,
    hash: String,
    refused: Vec<(usize, String, Option<String>)>,
    conflict: Option<String>,
    status: StatusCode,
}

#[derive(Deserialize, Default)]
pub struct TextQuery {
    lang: Option<String>,
    /// The unsaved text a POST redirected to (`posted.rs`).
    draft: Option<String>,
}

fn text_path(found: &Found) -> String {
    format!("{}/text", found.href)
}

fn show_draft(st: &AppState, q: &LangQuery, name: &str, found: &Found, d: TextDraft) -> Response {
    let mut resp = show(
        st,
        q,
        name,
        found,
        &d.text,
        &d.hash,
        d.refused,
        d.conflict.as_deref(),
        true,
    );
    *resp.status_mut() = d.status;
    resp
}

pub async fn page(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(tq): Query<TextQuery>,
) -> Response {
    let q = LangQuery {
        lang: tq.lang.clone(),
    };
    let found = match page::find_meeting(&st, &q, &case_id, &name) {
        Ok(f) => f,
        Err(r) => return *r,
    };
    let draft = tq
        .draft
        .as_deref()
        .map(|id| posted::get::<TextDraft>(&st, &text_path(&found), id));
    if let Some(Some(d)) = draft {
        return show_draft(&st, &q, &name, &found, d);
    }
    // The file's exact text: the hash is its bytes', and a save writes
    // the line breaks and byte-order mark it has.
    let text = source::read_exact(&found.dir.join(MEETING_FILE)).unwrap_or_default();
    let h = hash(text.as_bytes());
    show(
        &st,
        &q,
        &name,
        &found,
        &text,
        &h,
        match draft {
            Some(None) => vec![(0, word(found.lang, "draft_gone").to_owned(), None)],
            _ => Vec::new(),
        },
        None,
        false,
    )
}

pub async fn save(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(q): Query<LangQuery>,
    Form(pairs): Form<Pairs>,
) -> Response {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(x, _)| x == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    if !super::guard::csrf_ok(&st, get("csrf")) {
        return forbidden();
    }
    let found = match page::find_meeting(&st, &q, &case_id, &name) {
        Ok(f) => f,
        Err(r) => return *r,
    };
    let lang = found.lang;
    let disk = source::read_exact(&found.dir.join(MEETING_FILE)).unwrap_or_default();
    let disk_hash = hash(disk.as_bytes());
    // A browser's textarea posts CRLF line breaks and no byte-order mark:
    // written the way the file on disk is (LF stays LF, CRLF stays CRLF, a
    // mark stays, each untouched line of a mixed file keeps its own break),
    // so that only the lines the person changed differ.
    let text = source::like_disk(get("text"), &disk);
    // Not written: kept for the page the answer redirects to.
    let again = |refused, status, hash: &str, conflict: Option<&str>| {
        let d = TextDraft {
            text: text.clone(),
            hash: hash.to_owned(),
            refused,
            conflict: conflict.map(str::to_owned),
            status,
        };
        posted::to_draft(&st, &text_path(&found), &[], d, &q, None, |d| {
            show_draft(&st, &q, &name, &found, d)
        })
    };
    if !crate::hetu::find(&text).is_empty() || crate::case::holds_code(&text) {
        return again(
            vec![(0, say_code(lang, MEETING_FILE), None)],
            StatusCode::UNPROCESSABLE_ENTITY,
            posted_hash(get("hash")),
            None,
        );
    }
    if posted_hash(get("hash")) != disk_hash {
        // Theirs stays in the text area; the file now is shown beside it,
        // and saving again (with the new hash) writes theirs over it.
        return again(Vec::new(), StatusCode::CONFLICT, &disk_hash, Some(&disk));
    }
    // A filed memo's fields are changed only by a dated correction (issue
    // 24); the notes below them, which no document prints, stay editable.
    if crate::case::filed::filed_in_text(&disk).is_some()
        && source::frontmatter(&text.replace("\r\n", "\n")).ok()
            != source::frontmatter(&disk.replace("\r\n", "\n")).ok()
    {
        return again(
            vec![(
                0,
                crate::i18n::serve::word(lang, "filed_form_refused").to_owned(),
                None,
            )],
            StatusCode::CONFLICT,
            posted_hash(get("hash")),
            None,
        );
    }
    let problems = problems(&text, lang);
    if !problems.is_empty() {
        return again(
            problems,
            StatusCode::UNPROCESSABLE_ENTITY,
            posted_hash(get("hash")),
            None,
        );
    }
    if text != disk
        && let Err(why) = write_meeting(&found.root, &found.dir, &found.case, lang, &text)
    {
        return again(
            vec![(0, why, None)],
            StatusCode::UNPROCESSABLE_ENTITY,
            posted_hash(get("hash")),
            None,
        );
    }
    let edit = format!("{}/edit", found.href);
    if text == disk {
        return posted::see_other(&edit, &[("saved", "1")], &q, None);
    }
    let what = crate::repo::commit::What::Saved {
        meeting: name.clone(),
        fields: crate::repo::changed_fields(&disk, &text),
    };
    let outcome =
        super::record::after_save(&st, &found.case, &what, &[found.dir.join(MEETING_FILE)]);
    super::record::saved(&st, &edit, &outcome, &found.case, &q)
}
