//! A meeting's documents: a preview in the case's language, lsk's print
//! page to print from the browser, and writing the document from the page
//! (POST) through the same `render::render` and `render::write` as
//! `lsk render`, with every guard they keep.
//!
//! A copy is the document with `?for=<recipient>` (the `--for` word of
//! `lsk render`) on its preview, print, PDF and save addresses alike; no
//! other parameter selects a reader, so what the copy's page shows is what
//! it prints, makes a PDF of and saves.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use sha2::Digest;

use super::AppState;
use super::page::{self, FindingView, LangQuery};
use crate::model::Lang;
use crate::render::{self, Doc, RenderError, Request};

/// A document address's query: the page's language and, for a copy, its
/// reader.
#[derive(Deserialize, Default)]
pub struct DocQuery {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default, rename = "for")]
    reader: Option<String>,
    /// What a POST (save a copy) left to say (`posted.rs`).
    #[serde(default)]
    draft: Option<String>,
}

/// What saving a document said, for the preview the POST redirects to.
#[derive(Clone, Default)]
struct Saved {
    written: Option<String>,
    /// What the write's commit did, in words (`record.rs`).
    recorded: Option<String>,
    hand_edited: Option<String>,
    problem: Option<String>,
    status: Option<u16>,
    /// The page's language is not the case's: the case's language's code
    /// and what the worker is told (`i18n::lang_mix`); shown, never saved.
    mixed: Option<(String, String)>,
    /// The letter to the child: what the worker reads before it is given
    /// (every agreed action it quotes as written, or that it quotes none),
    /// in the case's language, as `lsk render child-letter` says it.
    letter_notes: Vec<String>,
}

impl DocQuery {
    fn lang(&self) -> LangQuery {
        LangQuery {
            lang: self.lang.clone(),
        }
    }

    /// The copy's reader as written, if any.
    fn reader(&self) -> Option<String> {
        self.reader
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
    }

    /// The query that keeps this page's language and reader on a link.
    fn suffix(&self) -> String {
        let mut parts = Vec::new();
        if let Some(l) = self.lang().get() {
            parts.push(format!("lang={}", l.as_str()));
        }
        if let Some(r) = self.reader() {
            parts.push(format!("for={}", encode(&r)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// `text` as a query value.
fn encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn request(st: &AppState, doc: Doc, lang: Lang, html: bool, recipient: Option<String>) -> Request {
    Request {
        doc,
        recipient,
        html,
        ics: false,
        pdf: false,
        draft: false,
        lang: Some(lang),
        org_templates: None,
        today: st.today(),
        stamp: render::made_at(st.today),
    }
}

struct Found {
    dir: std::path::PathBuf,
    root: std::path::PathBuf,
    doc: Doc,
    lang: Lang,
    /// The meeting's page (`page::meeting_href`).
    href: String,
}

fn find(
    st: &AppState,
    q: &DocQuery,
    case_id: &str,
    name: &str,
    doc: &str,
) -> Result<Found, Box<Response>> {
    let page::Found {
        root,
        dir,
        lang,
        href,
        ..
    } = page::find_meeting(st, &q.lang(), case_id, name)?;
    let doc = Doc::parse(doc).ok_or_else(|| Box::new(page::not_found_in(lang)))?;
    Ok(Found {
        dir,
        root,
        doc,
        lang,
        href,
    })
}

pub async fn preview(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name, doc)): UrlPath<(String, String, String)>,
    Query(q): Query<DocQuery>,
) -> Response {
    let found = match find(&st, &q, &case_id, &name, &doc) {
        Ok(f) => f,
        Err(resp) => return *resp,
    };
    let req = request(&st, found.doc, found.lang, false, q.reader());
    let outcome = render::render(&found.dir, &req);
    let saved = q
        .draft
        .as_deref()
        .and_then(|id| super::posted::get::<Saved>(&st, &preview_path(&found), id));
    // Another page language than the case's: the frame and the content
    // differ, said in the case's language.
    let mixed = outcome.as_ref().ok().and_then(|r| {
        r.content_lang.map(|content| {
            (
                content.as_str().to_owned(),
                crate::i18n::lang_mix::warning(r.lang, content, crate::i18n::lang_mix::Where::Page),
            )
        })
    });
    let letter_notes = outcome.as_ref().ok().map_or_else(Vec::new, |r| {
        use crate::i18n::{Say, say};
        match r.quoted_actions.as_deref() {
            Some([]) => vec![say(r.lang, Say::ChildLetterNoActions)],
            Some(quoted) => quoted
                .iter()
                .map(|(action, words, most)| {
                    say(r.lang, Say::ChildLetterQuoted(action, *words, *most))
                })
                .collect(),
            None => Vec::new(),
        }
    });
    let mut shown = saved.clone().unwrap_or_default();
    shown.mixed = mixed;
    shown.letter_notes = letter_notes;
    let mut resp = show(&st, &q, &name, &found, outcome.map(|r| r.body), Some(shown));
    if let Some(code) = saved
        .and_then(|s| s.status)
        .and_then(|c| StatusCode::from_u16(c).ok())
    {
        *resp.status_mut() = code;
    }
    resp
}

fn preview_path(found: &Found) -> String {
    format!("{}/doc/{}", found.href, found.doc.name())
}

/// The copies a memo's page offers: the family's own, then everyone the
/// meeting's invitees and consent name, each with its `?for=` word and
/// its name in the page's language.
fn copies(found: &Found) -> Vec<(String, String)> {
    let file = found.dir.join(crate::case::MEETING_FILE);
    let Ok(text) = crate::case::source::read_text(&file) else {
        return Vec::new();
    };
    let mut sink = crate::finding::Sink::new(file, None, found.lang);
    let Some(fm) = crate::case::meeting::parse_meeting(&text, &mut sink) else {
        return Vec::new();
    };
    let case = crate::case::Case::load(&found.root, None);
    let (vocab, choices) = crate::view::copy_choices(&fm, case.organisation.as_deref());
    choices
        .into_iter()
        .map(|(id, r)| {
            let label = crate::render::context::recipient_name(found.lang, &vocab, &r);
            (id, label)
        })
        .collect()
}

/// The preview page: the document, or why it cannot be made.
/// A document's HTML as a page shows it: its checklist's boxes named, and
/// each table in a box of its own that scrolls on a narrow screen and
/// that the keyboard reaches (axe: `label`, `scrollable-region-focusable`).
fn accessible(html: &str, lang: crate::model::Lang) -> String {
    let html = crate::render::html::label_checkboxes(html);
    let name = crate::i18n::serve::word(lang, "table");
    let mut n = 0;
    let mut out = String::with_capacity(html.len() + 256);
    for (i, part) in html.split("<table>").enumerate() {
        if i > 0 {
            n += 1;
            out.push_str(&format!(
                "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{name} {n}\"><table>"
            ));
        }
        out.push_str(part);
    }
    out.replace("</table>", "</table></div>")
}

fn show(
    st: &AppState,
    q: &DocQuery,
    name: &str,
    found: &Found,
    outcome: Result<String, RenderError>,
    saved: Option<Saved>,
) -> Response {
    let base = found.href.clone();
    let shown = |p: &std::path::Path| crate::paths::relative(p, &found.root);
    let (body, refused, hand_edited, problem) = match outcome {
        Ok(markdown) => (
            Some(accessible(&page::markdown(&markdown), found.lang)),
            Vec::new(),
            None,
            None,
        ),
        Err(RenderError::Refused(findings)) => (
            None,
            findings
                .iter()
                .map(|f| FindingView::of(f, found.lang))
                .collect(),
            None,
            None,
        ),
        Err(RenderError::HandEdited(path)) => (None, Vec::new(), Some(shown(&path)), None),
        Err(e) => (
            None,
            Vec::new(),
            None,
            Some(render::error_message(found.lang, e, &shown)),
        ),
    };
    // What saving the document said: the file written, or why not.
    let saved = saved.unwrap_or_default();
    let (body, hand_edited, problem) = if saved.hand_edited.is_some() || saved.problem.is_some() {
        (None, saved.hand_edited, saved.problem)
    } else {
        (body, hand_edited, problem)
    };
    let written = saved.written;
    let recorded = saved.recorded;
    let mixed = saved.mixed;
    let letter_notes = saved.letter_notes;
    let reader = q.reader();
    let doc_href = format!("{base}/doc/{}", found.doc.name());
    let lang_q = q
        .lang()
        .get()
        .map(|l| format!("lang={}", l.as_str()))
        .unwrap_or_default();
    let copies: Vec<minijinja::Value> = if found.doc == Doc::Memo {
        copies(found)
            .into_iter()
            .map(|(id, label)| {
                let href = if lang_q.is_empty() {
                    format!("{doc_href}?for={}", encode(&id))
                } else {
                    format!("{doc_href}?{lang_q}&for={}", encode(&id))
                };
                let current = reader.as_deref() == Some(id.as_str());
                minijinja::context! { href => href, label => label, current => current }
            })
            .collect()
    } else {
        Vec::new()
    };
    page::render(
        "preview.html",
        found.lang,
        &q.lang(),
        minijinja::context! {
            doc => found.doc.name(),
            doc_q => q.suffix(),
            whole_href => if lang_q.is_empty() { doc_href.clone() } else { format!("{doc_href}?{lang_q}") },
            copies => copies,
            doc_title => crate::render::header::document_name(found.lang, found.doc.name()),
            meeting => page::meeting_name(found.lang, name, None),
            meeting_href => base.clone(),
            print_href => format!("{base}/print/{}", found.doc.name()),
            pdf_href => format!("{base}/pdf/{}", found.doc.name()),
            render_href => format!("{base}/render"),
            csrf => st.csrf.clone(),
            body => body,
            refused => minijinja::Value::from(minijinja::value::Serde(&refused)),
            hand_edited => hand_edited,
            recipient => reader.unwrap_or_default(),
            message => problem,
            written => written,
            recorded => recorded,
            mixed_lang => mixed.as_ref().map(|m| m.0.clone()),
            mixed => mixed.map(|m| m.1),
            letter_notes => letter_notes,
            case_lang => found.lang.as_str(),
        },
    )
}

/// lsk's own print page, as `lsk render --html` makes it; its one inline
/// style sheet is allowed by its hash, nothing else inline.
pub async fn print(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name, doc)): UrlPath<(String, String, String)>,
    Query(q): Query<DocQuery>,
) -> Response {
    let found = match find(&st, &q, &case_id, &name, &doc) {
        Ok(f) => f,
        Err(resp) => return *resp,
    };
    let req = request(&st, found.doc, found.lang, true, q.reader());
    match render::render(&found.dir, &req) {
        Ok(rendered) => {
            // A copy's print page leaves child welfare when it is printed:
            // logged, or not served.
            if let Err(resp) = log_copy(&st, &q, &name, &found, &rendered, rendered.body.as_bytes())
            {
                return *resp;
            }
            let mut resp = Html(rendered.body.clone()).into_response();
            let csp = format!(
                "default-src 'none'; style-src {}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
                style_hashes(&rendered.body)
            );
            if let Ok(v) = HeaderValue::from_str(&csp) {
                resp.headers_mut()
                    .insert(header::CONTENT_SECURITY_POLICY, v);
            }
            resp
        }
        Err(e) => show(&st, &q, &name, &found, Err(e), None),
    }
}

/// The document as a PDF, printed by a Chromium-family browser on this
/// computer from the same print page (`lsk render --pdf` without the
/// file): shown in the browser's PDF viewer, saved or printed from there.
/// Nothing is written in the case.
pub async fn pdf(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name, doc)): UrlPath<(String, String, String)>,
    Query(q): Query<DocQuery>,
) -> Response {
    let found = match find(&st, &q, &case_id, &name, &doc) {
        Ok(f) => f,
        Err(resp) => return *resp,
    };
    let req = request(&st, found.doc, found.lang, true, q.reader());
    let rendered = match render::render(&found.dir, &req) {
        Ok(r) => r,
        Err(e) => return show(&st, &q, &name, &found, Err(e), None),
    };
    let Some(browser) = crate::render::pdf::find_browser() else {
        let text = crate::i18n::say(found.lang, crate::i18n::Say::NoBrowser);
        return page::message(StatusCode::SERVICE_UNAVAILABLE, found.lang, &text);
    };
    let rendered_path = rendered.path.clone();
    let html = rendered.body.clone();
    let logged = rendered;
    // The browser runs for a second or more: off the one server thread.
    let printed =
        tokio::task::spawn_blocking(move || crate::render::pdf::print(&browser, &html)).await;
    match printed {
        Ok(Ok(bytes)) => {
            if let Err(resp) = log_copy(&st, &q, &name, &found, &logged, &bytes) {
                return *resp;
            }
            let file = match q.reader() {
                Some(_) => rendered_name(&rendered_path, "pdf"),
                None => format!("{}.pdf", found.doc.name()),
            };
            (
                [
                    (header::CONTENT_TYPE, "application/pdf".to_owned()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("inline; filename=\"{file}\""),
                    ),
                ],
                bytes,
            )
                .into_response()
        }
        Ok(Err(why)) => {
            let text = crate::i18n::say(found.lang, crate::i18n::Say::BrowserFailed(&why));
            page::message(StatusCode::INTERNAL_SERVER_ERROR, found.lang, &text)
        }
        Err(_) => page::message(
            StatusCode::INTERNAL_SERVER_ERROR,
            found.lang,
            &crate::i18n::say(found.lang, crate::i18n::Say::BrowserFailed("")),
        ),
    }
}

/// Enter a copy for someone outside child welfare and the family in the
/// case's disclosure log (Act 703/2023 11 §) before it is served: its
/// bytes as served, who made it, on whose consent. When it cannot be
/// logged, it is not served, and the page says why.
fn log_copy(
    st: &AppState,
    q: &DocQuery,
    name: &str,
    found: &Found,
    rendered: &render::Rendered,
    bytes: &[u8],
) -> Result<(), Box<Response>> {
    let Some(id) = crate::disclosure::copy_recipient(&rendered.path) else {
        return Ok(());
    };
    if !crate::disclosure::is_disclosure(&id) {
        return Ok(());
    }
    let by = crate::disclosure::maker(&found.root);
    match crate::disclosure::record(&found.root, &found.dir, found.doc.name(), &id, bytes, &by) {
        Ok(_) => Ok(()),
        Err(e) => {
            let log = found.root.join(crate::disclosure::LOG_FILE);
            let mut resp = show(
                st,
                q,
                name,
                found,
                Err(RenderError::Io(log, e.to_string())),
                None,
            );
            *resp.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            Err(Box::new(resp))
        }
    }
}

/// The file name a PDF of a copy is offered under: the copy's own name
/// (`memo.daycare.pdf`), so that a saved copy says whose it is.
fn rendered_name(path: &std::path::Path, ext: &str) -> String {
    path.file_stem()
        .map(|s| format!("{}.{ext}", s.to_string_lossy()))
        .unwrap_or_else(|| format!("memo.{ext}"))
}

/// The CSP sources for each `<style>` element of an lsk print page.
fn style_hashes(html: &str) -> String {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<style>") {
        let after = &rest[start + 7..];
        let Some(end) = after.find("</style>") else {
            break;
        };
        let digest = sha2::Sha256::digest(&after.as_bytes()[..end]);
        out.push(format!("'sha256-{}'", base64(&digest)));
        rest = &after[end..];
    }
    if out.is_empty() {
        "'none'".to_owned()
    } else {
        out.join(" ")
    }
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[derive(Deserialize)]
pub struct RenderForm {
    csrf: String,
    doc: String,
    /// `ask` (refuse over a hand edit), `keep` or `overwrite`.
    #[serde(default)]
    choice: String,
}

/// Write a document as `lsk render` does (Markdown beside meeting.md).
pub async fn render(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(q): Query<DocQuery>,
    Form(form): Form<RenderForm>,
) -> Response {
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return (
            StatusCode::FORBIDDEN,
            "403 Forbidden: the form is not this page's\n",
        )
            .into_response();
    }
    let found = match find(&st, &q, &case_id, &name, &form.doc) {
        Ok(f) => f,
        Err(resp) => return *resp,
    };
    let req = request(&st, found.doc, found.lang, false, q.reader());
    let shown = |p: &std::path::Path| crate::paths::relative(p, &found.root);
    // Every answer is a redirect to the preview (never a page the browser
    // would post again), with what the save said kept for it.
    let reader = q.reader().unwrap_or_default();
    let params: Vec<(&str, &str)> = if reader.is_empty() {
        Vec::new()
    } else {
        vec![("for", reader.as_str())]
    };
    let path = preview_path(&found);
    let answer = |saved: Saved| {
        let lq = q.lang();
        super::posted::to_draft(&st, &path, &params, saved, &lq, None, |saved| {
            let status = saved.status.and_then(|c| StatusCode::from_u16(c).ok());
            let mut resp = show(&st, &q, &name, &found, Ok(String::new()), Some(saved));
            if let Some(code) = status {
                *resp.status_mut() = code;
            }
            resp
        })
    };
    let rendered = match render::render(&found.dir, &req) {
        Ok(r) => r,
        // The preview shows why (the same refusal, made again).
        Err(_) => {
            return answer(Saved {
                status: Some(StatusCode::UNPROCESSABLE_ENTITY.as_u16()),
                ..Saved::default()
            });
        }
    };
    if form.choice == "keep" {
        return answer(Saved::default());
    }
    match render::write(&rendered, form.choice == "overwrite") {
        Ok(()) => {
            // Issue 20 §6: a copy for an outside recipient is logged, or removed.
            if let Err(e) = crate::disclosure::after_write(&found.root, &rendered.path, req.today) {
                let text = crate::i18n::say(
                    found.lang,
                    crate::i18n::Say::DisclosureNotLogged(&shown(&rendered.path), &e.to_string()),
                );
                return answer(Saved {
                    problem: Some(text),
                    status: Some(StatusCode::INTERNAL_SERVER_ERROR.as_u16()),
                    ..Saved::default()
                });
            }
            let case = crate::case::Case::load(&found.root, st.lang);
            let (what, paths) =
                crate::repo::commit::written(&case, &name, found.doc, &rendered.path);
            let outcome = super::record::after_save(&st, &case, &what, &paths);
            answer(Saved {
                written: Some(shown(&rendered.path)),
                recorded: outcome.say(found.lang, true),
                ..Saved::default()
            })
        }
        Err(RenderError::HandEdited(path)) => answer(Saved {
            hand_edited: Some(shown(&path)),
            status: Some(StatusCode::CONFLICT.as_u16()),
            ..Saved::default()
        }),
        Err(e) => answer(Saved {
            problem: Some(render::error_message(found.lang, e, &shown)),
            status: Some(StatusCode::CONFLICT.as_u16()),
            ..Saved::default()
        }),
    }
}
