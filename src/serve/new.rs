//! A new meeting or a follow-up from the browser: a front end over
//! `new_meeting` (the rules of `lsk new-meeting`), never overwriting a
//! meeting. Made: 303 to its form.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::page::{self, FindingView, LangQuery, lang_of};
use super::posted::{self, forbidden};
use crate::case::Case;
use crate::model::Kind;
use crate::new_meeting::{Refusal, Request, create as make};

#[derive(Deserialize, Default)]
pub struct NewQuery {
    lang: Option<String>,
    follow_up: Option<String>,
    /// What a POST left to show (`posted.rs`).
    draft: Option<String>,
}

/// What a POST of the form left to show: the form refused with what was
/// typed, or the meeting made with something to say (a past date).
#[derive(Clone)]
enum NewDraft {
    Refused {
        form: NewForm,
        refused: Vec<String>,
        findings: Vec<FindingView>,
    },
    Said {
        message: String,
        link: String,
    },
}

fn new_path(case_id: &str) -> String {
    format!("/c/{case_id}/new")
}

fn show_draft(
    st: &AppState,
    q: &LangQuery,
    case_id: &str,
    root: &std::path::Path,
    lang: crate::model::Lang,
    d: NewDraft,
) -> Response {
    match d {
        NewDraft::Refused {
            form,
            refused,
            findings,
        } => {
            let mut resp = show(st, q, case_id, root, lang, &form, refused, findings, vec![]);
            *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            resp
        }
        NewDraft::Said { message, link } => page::render(
            "message.html",
            lang,
            q,
            minijinja::context! {
                message => crate::hetu::mask(&message).into_owned(),
                link => link,
                link_text => crate::i18n::serve::word(lang, "edit"),
            },
        ),
    }
}

#[derive(Deserialize, Default, Serialize, Clone)]
pub struct NewForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    follow_up: String,
}

#[derive(Serialize)]
struct Opt {
    value: String,
    label: String,
    on: bool,
}

#[allow(clippy::too_many_arguments)]
fn show(
    st: &AppState,
    q: &LangQuery,
    case_id: &str,
    root: &std::path::Path,
    lang: crate::model::Lang,
    form: &NewForm,
    refused: Vec<String>,
    findings: Vec<FindingView>,
    said: Vec<String>,
) -> Response {
    // An identity code typed into any field, or quoted in a message about
    // it, is never shown again: masked, as the CLI masks it.
    let mask = |t: &str| crate::hetu::mask(t).into_owned();
    let form = &NewForm {
        csrf: String::new(),
        kind: mask(&form.kind),
        date: mask(&form.date),
        time: mask(&form.time),
        // Names of folders: masked whole when they hold a code in any
        // form, as `lsk check` reads a name.
        slug: crate::i18n::labels::shown_name(&form.slug),
        follow_up: crate::i18n::labels::shown_name(&form.follow_up),
    };
    let refused: Vec<String> = refused.iter().map(|r| mask(r)).collect();
    let said: Vec<String> = said.iter().map(|r| mask(r)).collect();
    let findings: Vec<FindingView> = findings
        .into_iter()
        .map(|mut f| {
            f.message = mask(&f.message);
            f.help = f.help.as_deref().map(mask);
            f
        })
        .collect();
    // "The kind of the meeting followed" only where there is one to
    // follow; otherwise a new meeting starts as a daycare meeting (as
    // `lsk new-meeting` without --kind), never on a choice that is refused.
    let meetings = crate::case::discover::meetings_of(&root.join(crate::case::MEETINGS_DIR));
    let has_earlier = !meetings.is_empty();
    let following = !form.follow_up.is_empty();
    let mut kinds = Vec::new();
    if has_earlier {
        kinds.push(Opt {
            value: String::new(),
            label: crate::i18n::serve::word(lang, "kind_of_follow_up").to_owned(),
            on: form.kind.is_empty() && following,
        });
    }
    kinds.extend(Kind::ALL.iter().map(|k| Opt {
        value: k.as_str().to_owned(),
        label: crate::i18n::labels::kind_label(lang, *k).to_owned(),
        on: form.kind == k.as_str() || (form.kind.is_empty() && !following && *k == Kind::Daycare),
    }));
    let mut earlier = vec![Opt {
        value: String::new(),
        label: crate::i18n::serve::word(lang, "no_follow_up").to_owned(),
        on: form.follow_up.is_empty(),
    }];
    // Not a folder whose name holds an identity code: it has no page, and
    // its name would be in this page (`page::meeting_at` refuses it too).
    for dir in meetings {
        if let Some(n) = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| page::addressable(n))
        {
            earlier.push(Opt {
                on: form.follow_up == n,
                label: page::meeting_name(lang, &n, None),
                value: n,
            });
        }
    }
    let unsaved = !refused.is_empty();
    page::render(
        "new.html",
        lang,
        q,
        minijinja::context! {
            case_href => format!("/c/{case_id}"),
            action => format!("/c/{case_id}/new"),
            csrf => st.csrf.clone(),
            form => minijinja::Value::from(minijinja::value::Serde(form)),
            kinds => minijinja::Value::from(minijinja::value::Serde(&kinds)),
            earlier => minijinja::Value::from(minijinja::value::Serde(&earlier)),
            refused => refused,
            findings => minijinja::Value::from(minijinja::value::Serde(&findings)),
            said => said,
            live => st.live.changes(),
            unsaved => unsaved,
        },
    )
}

pub async fn page(
    State(st): State<Arc<AppState>>,
    UrlPath(case_id): UrlPath<String>,
    Query(nq): Query<NewQuery>,
) -> Response {
    let q = LangQuery {
        lang: nq.lang.clone(),
    };
    let Some(root) = page::case_at(&st, &case_id) else {
        return page::not_found_in(lang_of(&st, &q, None));
    };
    let case = Case::load(&root, st.lang);
    let lang = lang_of(&st, &q, Some(&case));
    let draft = nq
        .draft
        .as_deref()
        .map(|id| posted::get::<NewDraft>(&st, &new_path(&case_id), id));
    if let Some(Some(d)) = draft {
        return show_draft(&st, &q, &case_id, &root, lang, d);
    }
    let form = NewForm {
        follow_up: nq.follow_up.unwrap_or_default(),
        kind: String::new(),
        ..NewForm::default()
    };
    show(
        &st,
        &q,
        &case_id,
        &root,
        lang,
        &form,
        vec![],
        vec![],
        vec![],
    )
}

pub async fn create(
    State(st): State<Arc<AppState>>,
    UrlPath(case_id): UrlPath<String>,
    Query(q): Query<LangQuery>,
    Form(form): Form<NewForm>,
) -> Response {
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return forbidden();
    }
    let Some(root) = page::case_at(&st, &case_id) else {
        return page::not_found_in(lang_of(&st, &q, None));
    };
    let case = Case::load(&root, st.lang);
    let lang = lang_of(&st, &q, Some(&case));
    // Refused: what was typed kept for the page the answer redirects to
    // (the csrf token is not kept).
    let refuse = |refused: Vec<String>, findings: Vec<FindingView>| {
        let d = NewDraft::Refused {
            form: NewForm {
                csrf: String::new(),
                ..form.clone()
            },
            refused,
            findings,
        };
        posted::to_draft(&st, &new_path(&case_id), &[], d, &q, None, |d| {
            show_draft(&st, &q, &case_id, &root, lang, d)
        })
    };
    // An identity code in any field: refused naming the field, nothing
    // made (a folder name or a file holding one is never written).
    let typed = [
        ("kind", &form.kind),
        ("date", &form.date),
        ("time", &form.time),
        ("slug", &form.slug),
        ("follow_up", &form.follow_up),
    ];
    // The folder's name (`slug`) and the one followed are names: read as
    // `lsk check` and the hook read a name, what they decode to too.
    let hits: Vec<String> = typed
        .iter()
        .filter(|(k, v)| {
            !crate::hetu::find(v).is_empty()
                || (matches!(*k, "slug" | "follow_up") && crate::hetu::name_holds_code(v))
        })
        .map(|(k, _)| super::posted::say_code(lang, k))
        .collect();
    if !hits.is_empty() {
        return refuse(hits, vec![]);
    }
    let kind = match form.kind.trim() {
        "" => None,
        k => match Kind::parse(k) {
            Some(k) => Some(k),
            None => return refuse(vec![crate::hetu::mask(k).into_owned()], vec![]),
        },
    };
    // A follow-up names one of this case's meetings, as the list offers.
    let follow_up = match form.follow_up.trim() {
        "" => None,
        name => match page::meeting_at(&root, name) {
            Some(dir) => Some(dir),
            None => {
                return refuse(
                    vec![crate::i18n::say(
                        lang,
                        crate::i18n::Say::NotAMeeting(&crate::hetu::mask(name)),
                    )],
                    vec![],
                );
            }
        },
    };
    if kind.is_none() && follow_up.is_none() {
        return refuse(
            vec![crate::i18n::serve::word(lang, "choose_kind").to_owned()],
            vec![],
        );
    }
    let time = Some(form.time.trim()).filter(|t| !t.is_empty());
    let slug = Some(form.slug.trim()).filter(|t| !t.is_empty());
    let req = Request {
        kind,
        follow_up: follow_up.as_deref(),
        date: form.date.trim(),
        date_field: crate::i18n::serve::word(lang, "date"),
        time,
        slug,
        today: st.today(),
    };
    let shown = |p: &std::path::Path| crate::paths::relative(p, &root);
    let mut said: Vec<String> = Vec::new();
    match make(&root, &case, &req, &shown, &mut |w| said.push(w)) {
        Ok(file) => {
            let dir = file
                .parent()
                .and_then(|d| d.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // Its form; the case's page should its name have no address.
            let to = page::meeting_href(&case_id, &dir)
                .map_or_else(|| format!("/c/{case_id}"), |h| format!("{h}/edit"));
            let what = crate::repo::commit::What::NewMeeting {
                meeting: dir.clone(),
                follows: follow_up
                    .as_deref()
                    .and_then(|d| d.file_name())
                    .map(|n| n.to_string_lossy().into_owned()),
            };
            let paths = [file.clone(), root.join(crate::scaffold::SCHEMA_FILE)];
            let outcome = super::record::after_save(&st, &case, &what, &paths);
            if said.is_empty() {
                return match super::record::keep_said(&st, &to, &outcome, lang) {
                    Some(id) => posted::see_other(&to, &[("saved", &id)], &q, None),
                    None => posted::see_other(&to, &[], &q, None),
                };
            }
            said.extend(outcome.say(lang, true));
            // Made, with something to say (a past date): said, and the
            // way on to the meeting's form.
            let link = format!(
                "{to}{}",
                q.get()
                    .map(|l| format!("?lang={}", l.as_str()))
                    .unwrap_or_default()
            );
            let d = NewDraft::Said {
                message: said.join(" "),
                link,
            };
            posted::to_draft(&st, &new_path(&case_id), &[], d, &q, None, |d| {
                show_draft(&st, &q, &case_id, &root, lang, d)
            })
        }
        Err(Refusal::Blocked(findings, message)) => refuse(
            vec![message],
            findings.iter().map(|f| FindingView::of(f, lang)).collect(),
        ),
        Err(Refusal::Said(message)) => refuse(vec![message], vec![]),
    }
}
