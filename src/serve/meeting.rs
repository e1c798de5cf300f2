//! A meeting: every field in readable form, grouped by the phase that asks
//! for it, each finding beside the field it concerns, the documents and
//! the meetings of the case in order.

use std::sync::Arc;

use axum::extract::{Path as UrlPath, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::page::{self, FindingView, LangQuery, lang_of};
use crate::case::meeting::Lookup;
use crate::case::meeting::parse_meeting;
use crate::case::yaml::{Node, Value};
use crate::case::{Case, MEETING_FILE, MEETINGS_DIR, source};
use crate::check::{Options, check_meeting_with};
use crate::finding::Sink;
use crate::model::{Kind, Lang, Phase};
use crate::render::Doc;
use crate::rules::required::shown_in_phase;
use crate::schema::Ty;

#[derive(Serialize)]
struct FieldView {
    key: String,
    doc: String,
    value: String,
    findings: Vec<FindingView>,
}

#[derive(Serialize)]
struct Group {
    id: &'static str,
    fields: Vec<FieldView>,
}

#[derive(Serialize)]
struct DocView {
    name: &'static str,
    /// The document's own title in the page's language ("Esityslista").
    title: &'static str,
    status: &'static str,
    href: String,
}

#[derive(Serialize)]
struct Chain {
    dir: String,
    /// `None` for a meeting whose folder's name holds an identity code.
    href: Option<String>,
    current: bool,
}

#[derive(Serialize)]
struct Summary {
    /// The meeting in words ("8.12.2026 perheen … neuvottelu"), never
    /// its folder name.
    name: String,
    /// The day of the meeting in words, beside the kind in the heading.
    day: String,
    /// The kind as the documents name it, in the page's language.
    title: Option<&'static str>,
    /// Held, and no memo yet (as `lsk list` says).
    memo_due: bool,
    phase: &'static str,
    errors: usize,
    warnings: usize,
}

pub async fn page(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(q): Query<LangQuery>,
    uri: axum::http::Uri,
) -> Response {
    let Some(root) = page::case_at(&st, &case_id) else {
        return page::not_found_in(lang_of(&st, &q, None));
    };
    // Which case folder this is, looked at before anything in it is read:
    // the last good page of a folder of the same name before (another
    // child's case moved away) is not this meeting's.
    let case_folder = crate::fsutil::folder_identity(&root);
    let case = Case::load(&root, st.lang);
    let lang = lang_of(&st, &q, Some(&case));
    let (Some(dir), Some(base)) = (
        page::meeting_at(&root, &name),
        page::meeting_href(&case_id, &name),
    ) else {
        return page::not_found_in(lang);
    };
    let opts = Options {
        phase: None,
        today: st.today(),
        lang: Some(lang),
    };
    // The change count before anything is read: a change while the page
    // is made reloads it.
    let stamp = st.live.changes();
    let meeting_folder = crate::fsutil::folder_identity(&dir);
    // One read of meeting.md: the findings and the fields shown beside
    // them come from the same bytes.
    let (findings, _, read) = check_meeting_with(&case, &dir, &opts, |seen| {
        Read::of(&seen, &dir, &root, lang)
    })
    .unwrap_or_else(|| (Vec::new(), None, Read::default()));
    let Read {
        text,
        parsed,
        kind,
        date,
        entries,
        follows,
    } = read;
    // The last good page is kept, and shown, only with the folders it was
    // read from.
    let key = match (case_folder, meeting_folder) {
        (Some(c), Some(m)) => Some(format!("{} {uri} {c} {m}", st.today())),
        _ => None,
    };
    // meeting.md cannot be read now (a save half done, a merge conflict):
    // the last good page stays, with why it is not current on top.
    if !parsed
        && let Some(key) = &key
        && let Some(good) = st.good_pages.lock().ok().and_then(|g| g.get(key).cloned())
    {
        let why: Vec<String> = findings
            .iter()
            .filter(|f| f.rule == crate::finding::PARSE_ERROR)
            .map(|f| {
                let t = crate::i18n::text(lang, &f.msg);
                format!("{}:{}: {}", MEETING_FILE, f.line, t.message)
            })
            .collect();
        let banner = format!(
            "<main id=\"main\">\n<section class=\"refused\" role=\"alert\"><p><strong>{}</strong></p><p>{}</p></section>",
            page::escape(crate::i18n::serve::word(lang, "last_good")),
            page::escape(&why.join(" ")),
        );
        return axum::response::Html(good.replacen("<main id=\"main\">", &banner, 1))
            .into_response();
    }
    let phase = crate::check::phase_on(date, st.today());

    // Each top-level field in the first phase that asks for it.
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
    let group_of = |key: &str| {
        Phase::ALL
            .iter()
            .position(|p| shown_in_phase(kind, *p).contains(&key))
            .unwrap_or(Phase::ALL.len())
    };
    let mut placed = vec![false; findings.len()];
    let top = |field: &str| {
        field
            .split(['.', '['])
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let mut keys: Vec<String> = entries.iter().map(|(k, _)| k.clone()).collect();
    // A required field that is missing is shown too, empty, with its finding.
    for p in Phase::ALL {
        for k in shown_in_phase(kind, *p) {
            if !keys.iter().any(|x| x == k)
                && findings
                    .iter()
                    .any(|f| f.field.as_deref().map(top).as_deref() == Some(k))
            {
                keys.push(k.to_owned());
            }
        }
    }
    for key in keys {
        let value = entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let mine: Vec<FindingView> = findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.field.as_deref().map(top).as_deref() == Some(key.as_str()))
            .map(|(i, f)| {
                placed[i] = true;
                FindingView::of(f, lang)
            })
            .collect();
        // The field's name as the page calls it; its meaning as the form's
        // help says it.
        let doc =
            crate::i18n::fields::field_label(lang, &key).map_or_else(|| key.clone(), str::to_owned);
        groups[group_of(&key)].fields.push(FieldView {
            key,
            doc,
            value,
            findings: mine,
        });
    }
    let general: Vec<FindingView> = findings
        .iter()
        .zip(&placed)
        .filter(|(_, p)| !**p)
        .map(|(f, _)| FindingView::of(f, lang))
        .collect();
    groups.retain(|g| !g.fields.is_empty());

    // An identity code in the file is shown masked, as in every message.
    // The scaffold's own heading over the notes is the section's heading
    // on the page already: not shown twice.
    let notes = body_of(&text).map(|b| {
        let b = b.trim_start();
        let b = ["## Muistiinpanot", "## Anteckningar", "## Notes"]
            .iter()
            .find_map(|h| b.strip_prefix(h).filter(|r| r.starts_with(['\n', '\r'])))
            .unwrap_or(b);
        page::markdown(&crate::hetu::mask(b))
    });
    let rendered = crate::rules::stale::list_files(&dir).unwrap_or_default();
    // The letter to the child tells what was agreed: offered once the
    // meeting has been held. A correction notice is made per recipient,
    // from the filing's section below (issue 24).
    let filed_pdf = crate::case::filed::filed_in_text(&text).is_some()
        && dir
            .join(crate::case::filed::ARCHIVE_DIR)
            .join("memo.pdf")
            .is_file();
    let docs: Vec<DocView> = Doc::ALL
        .iter()
        .filter(|d| **d != Doc::ChildLetter || phase == Phase::After)
        .filter(|d| **d != Doc::CorrectionNotice)
        .map(|d| {
            let status = rendered
                .iter()
                .find(|f| f.starts_with(d.name()) && f[d.name().len()..].starts_with('.'))
                .and_then(|f| crate::follow::document_status(&dir.join(f), Some(&text)))
                .unwrap_or("missing");
            // A filed memo is its archive PDF: not missing.
            let status = if status == "missing" && *d == Doc::Memo && filed_pdf {
                "archived"
            } else {
                status
            };
            DocView {
                name: d.name(),
                title: crate::render::header::document_name(lang, d.name()),
                status,
                href: format!("{base}/doc/{}", d.name()),
            }
        })
        .collect();
    let follow: Vec<Chain> = chain(&root, &name, follows)
        .into_iter()
        .map(|d| Chain {
            href: page::meeting_href(&case_id, &d),
            current: d == name,
            dir: page::meeting_name(lang, &d, None),
        })
        .collect();
    let summary = Summary {
        title: kind.map(|k| crate::i18n::labels::kind_label(lang, k)),
        memo_due: phase == Phase::After
            && crate::case::filed::filed_in_text(&text).is_none()
            && !rendered.iter().any(|n| n == "memo.md" || n == "memo.html"),
        name: page::meeting_name(lang, &name, kind),
        day: page::meeting_day(lang, &name),
        phase: phase.as_str(),
        errors: findings
            .iter()
            .filter(|f| f.severity == crate::finding::Severity::Error)
            .count(),
        warnings: findings
            .iter()
            .filter(|f| f.severity == crate::finding::Severity::Warning)
            .count(),
    };
    let filing = super::filing::page_state(&root, &dir, &text, phase, lang, &base, &q);
    let made = page::render_html(
        "meeting.html",
        lang,
        &q,
        minijinja::context! {
            meeting => minijinja::Value::from(minijinja::value::Serde(&summary)),
            case_href => format!("/c/{case_id}"),
            general => minijinja::Value::from(minijinja::value::Serde(&general)),
            groups => minijinja::Value::from(minijinja::value::Serde(&groups)),
            notes => notes,
            docs => minijinja::Value::from(minijinja::value::Serde(&docs)),
            follow => minijinja::Value::from(minijinja::value::Serde(&follow)),
            live => stamp,
            edit_href => format!("{base}/edit"),
            filing => minijinja::Value::from(minijinja::value::Serde(&filing)),
            file_href => format!("{base}/file"),
            correct_href => format!("{base}/correct"),
            csrf => st.csrf.clone(),
            self_href => base.clone(),
            // This page's address as a query value (`?back=` of "Why?").
            explain_back => page::encode(&base),
            text_href => format!("{base}/text"),
            follow_up_href => format!(
                "/c/{case_id}/new?follow_up={}{}",
                page::encode(&name),
                q.get().map(|l| format!("&lang={}", l.as_str())).unwrap_or_default()
            ),
        },
    );
    match made {
        Ok(html) => {
            if parsed
                && let Some(key) = key
                && let Ok(mut good) = st.good_pages.lock()
            {
                good.insert(key, html.clone());
            }
            axum::response::Html(html).into_response()
        }
        Err(e) => (axum::http::StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

/// The free notes after the frontmatter.
fn body_of(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("---")?;
    let end = rest.find("\n---")?;
    let after = &rest[end + 4..];
    let after = after.split_once('\n').map_or("", |(_, b)| b);
    (!after.trim().is_empty()).then_some(after)
}

/// A value as the form shows it, as HTML: dates as dates in words, yes and
/// no in words, kinds, roles and recipients by their names, lists as
/// lists, records as their fields by label; never YAML or a key lsk
/// knows. Every text is masked (identity codes) and escaped.
pub(super) fn readable(node: &Node, ty: Option<&Ty>, lang: Lang) -> String {
    let text = |t: &str| page::escape(&crate::hetu::mask(t.trim()));
    match (&node.value, ty) {
        (Value::Null, _) => String::new(),
        (Value::Scalar { text: t, .. }, ty) => text(&scalar_in_words(t, ty, lang)),
        (Value::Seq(items), ty) => {
            let item_ty = match ty {
                Some(Ty::Records(sub)) => Some(Ty::Record(sub)),
                Some(Ty::Names) => Some(Ty::Names),
                Some(Ty::People) => Some(Ty::Person),
                _ => None,
            };
            let lis: Vec<String> = items
                .iter()
                .map(|i| format!("<li>{}</li>", readable(i, item_ty.as_ref(), lang)))
                .collect();
            format!("<ul class=\"value\">{}</ul>", lis.join(""))
        }
        (Value::Map(entries), ty) => {
            let sub: &[crate::schema::Field] = match ty {
                Some(Ty::Record(sub) | Ty::Records(sub)) => sub,
                _ => &[],
            };
            let rows: Vec<String> = entries
                .iter()
                .map(|e| {
                    let key: &str = &e.key;
                    let field_ty = match key {
                        "not_for" => Some(&Ty::Names),
                        _ => sub.iter().find(|f| f.key == key).map(|f| &f.ty),
                    };
                    let name = crate::i18n::fields::field_label(lang, key)
                        .map_or_else(|| text(key), page::escape);
                    format!(
                        "<dt>{name}</dt><dd>{}</dd>",
                        readable(&e.value, field_ty, lang)
                    )
                })
                .collect();
            format!("<dl class=\"record\">{}</dl>", rows.join(""))
        }
    }
}

/// One written value in words, by the type the schema gives it; as
/// written when it does not read as that type.
fn scalar_in_words(t: &str, ty: Option<&Ty>, lang: Lang) -> String {
    use crate::i18n::serve::word;
    let t = t.trim();
    match ty {
        Some(Ty::Date) => crate::date::parse_date(t)
            .map_or_else(|| t.to_owned(), |d| crate::i18n::dates::date(lang, d)),
        Some(Ty::Bool | Ty::YesNo) => match crate::text::answer(t) {
            Some(true) => word(lang, "yes").to_owned(),
            Some(false) => word(lang, "no").to_owned(),
            None => t.to_owned(),
        },
        Some(Ty::Minutes) => t
            .parse::<u32>()
            .map_or_else(|_| t.to_owned(), |m| crate::i18n::dates::duration(lang, m)),
        Some(Ty::Names) => crate::render::context::recipient_label(lang, t),
        Some(Ty::Enum(names)) if *names == Kind::NAMES => Kind::parse(t).map_or_else(
            || t.to_owned(),
            |k| crate::i18n::labels::kind_label(lang, k).to_owned(),
        ),
        Some(Ty::Enum(names)) if *names == crate::model::Role::NAMES => {
            crate::model::Role::parse(t).map_or_else(
                || t.to_owned(),
                |r| crate::i18n::labels::role_label(lang, r).to_owned(),
            )
        }
        Some(Ty::Enum(names)) if *names == crate::model::Attendance::NAMES => {
            match t.to_lowercase().as_str() {
                "yes" | "partly" | "no" => word(lang, &t.to_lowercase()).to_owned(),
                _ => t.to_owned(),
            }
        }
        _ => t.to_owned(),
    }
}

/// What the page shows of one read of meeting.md: made inside the check's
/// pass over the folder, from the text and the parse the rules saw.
#[derive(Default)]
struct Read {
    /// meeting.md's text ("" when it cannot be read).
    text: String,
    /// Whether its frontmatter could be read.
    parsed: bool,
    kind: Option<Kind>,
    date: Option<jiff::civil::Date>,
    /// Each top-level field and its value in readable form (HTML, identity
    /// codes masked).
    entries: Vec<(String, String)>,
    /// The meeting its `follows` leads to, in the case.
    follows: Option<String>,
}

impl Read {
    fn of(
        seen: &crate::check::Seen,
        dir: &std::path::Path,
        root: &std::path::Path,
        lang: Lang,
    ) -> Read {
        let text = seen.text.unwrap_or_default().to_owned();
        let Some(fm) = seen.root else {
            return Read {
                text,
                ..Read::default()
            };
        };
        let entries = fm
            .entries()
            .iter()
            .map(|e| {
                let key = e.key.to_string();
                // The value `get` gives: the one the rules read.
                let value = fm
                    .get(&key)
                    .map(|n| match (&n.value, key.as_str()) {
                        // The earlier meeting by its day and kind, as the
                        // pages name meetings, not by its folder.
                        (Value::Scalar { text: t, .. }, "follows") => page::escape(
                            &page::meeting_name(lang, t.trim().trim_end_matches('/'), None),
                        ),
                        _ => {
                            let ty = crate::schema::MEETING
                                .iter()
                                .find(|f| f.key == key)
                                .map(|f| &f.ty);
                            readable(n, ty, lang)
                        }
                    })
                    .unwrap_or_default();
                (key, value)
            })
            .collect();
        Read {
            text,
            parsed: true,
            kind: fm
                .get("kind")
                .and_then(Node::scalar)
                .and_then(|k| Kind::parse(k.trim())),
            date: fm
                .get("date")
                .and_then(Node::scalar)
                .and_then(crate::date::parse_date),
            entries,
            follows: follows_name(fm, dir, root),
        }
    }
}

/// The name of the meeting `fm`'s `follows` leads to
/// (`case::meeting::resolve_follows`: a plain name of a meeting beside it,
/// inside the case).
fn follows_name(fm: &Node, dir: &std::path::Path, root: &std::path::Path) -> Option<String> {
    match crate::case::meeting::resolve_follows(fm, dir, root)?.lookup {
        Lookup::Found(found) => found.file_name().map(|n| n.to_string_lossy().into_owned()),
        _ => None,
    }
}

/// The follow-up chain of a meeting: the meetings it follows (by their
/// `follows`, `own` being the page's own), itself, and the meetings that
/// follow it, in order. Empty when it neither follows nor is followed.
fn chain(root: &std::path::Path, name: &str, own: Option<String>) -> Vec<String> {
    let mut follows: std::collections::BTreeMap<String, String> = Default::default();
    if let Some(earlier) = own {
        follows.insert(name.to_owned(), earlier);
    }
    for dir in crate::case::discover::meetings_of(&root.join(MEETINGS_DIR)) {
        if !crate::fsutil::inside(&dir, root) {
            continue;
        }
        let Some(d) = dir.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        // The page's own meeting was read once, by the check.
        if d == name {
            continue;
        }
        let Ok(text) = source::read_text(&dir.join(MEETING_FILE)) else {
            continue;
        };
        let mut sink = Sink::new(dir.join(MEETING_FILE), None, crate::model::Lang::En);
        if let Some(earlier) = parse_meeting(&text, &mut sink)
            .as_ref()
            .and_then(|fm| follows_name(fm, &dir, root))
        {
            follows.insert(d, earlier);
        }
    }
    let mut before = Vec::new();
    let mut at = name.to_owned();
    while let Some(earlier) = follows.get(&at) {
        if before.contains(earlier) || earlier == name || before.len() > 100 {
            break;
        }
        before.push(earlier.clone());
        at = earlier.clone();
    }
    before.reverse();
    let mut out = before;
    out.push(name.to_owned());
    let mut at = name.to_owned();
    while let Some(later) = follows
        .iter()
        .find(|(d, e)| **e == at && !out.contains(d))
        .map(|(d, _)| d.clone())
    {
        out.push(later.clone());
        at = later;
    }
    if out.len() == 1 { Vec::new() } else { out }
}
