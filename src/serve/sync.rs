//! Sharing with the team from the browser: the button "Share and get
//! changes" (`POST /sync`), and the page where the worker chooses, side by
//! side, for a field she and a colleague both changed (`GET /sync`, `POST
//! /sync/choose`). The work is `repo::sync`'s, run off the page's thread.
//! The quiet line on every page is [`super::share_line`]'s.

use std::path::PathBuf;
use std::sync::Arc;

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::page::{self, LangQuery, lang_of};
use super::posted::{self, forbidden};
use super::share_line;
use crate::case::Case;
use crate::i18n::serve::word;
use crate::i18n::sync::{counts as counts_words, merge_message};
use crate::model::Lang;
use crate::repo::Repo;
use crate::repo::sync::{self as repo_sync, Decision};

/// What a sync said, kept for the page it redirects to.
#[derive(Clone)]
struct Said {
    text: String,
    ok: bool,
}

#[derive(Deserialize, Default)]
pub struct SyncQuery {
    lang: Option<String>,
    done: Option<String>,
}

#[derive(Serialize)]
struct ChoiceView {
    n: usize,
    meeting: String,
    field: String,
    mine: String,
    theirs: String,
    colleague: String,
    writable: bool,
    /// Whom it is kept from whichever is chosen, said in words.
    kept: String,
}

/// The served folder's language: `?lang=`, `--lang`, the case's.
fn lang_here(st: &AppState, q: &LangQuery) -> Lang {
    let case = crate::case::is_case_root(&st.root).then(|| Case::load(&st.root, st.lang));
    lang_of(st, q, case.as_ref())
}

/// `GET /sync`: what there is to share and to get, the outcome of the
/// last press of the button, and the fields waiting for her choice.
pub async fn page(State(st): State<Arc<AppState>>, Query(sq): Query<SyncQuery>) -> Response {
    let q = LangQuery { lang: sq.lang };
    let lang = lang_here(&st, &q);
    let Some(repo) = Repo::find(&st.root) else {
        return page::message(
            StatusCode::NOT_FOUND,
            lang,
            &crate::i18n::sync::say(lang, crate::i18n::sync::SyncSay::NotInGit),
        );
    };
    let said: Option<Said> = sq
        .done
        .as_deref()
        .and_then(|id| posted::get(&st, "/sync", id));
    let choices: Vec<ChoiceView> = repo_sync::pending(&repo)
        .map(|p| p.choices)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let kind = None;
            let show = |v: &serde_json::Value| {
                crate::hetu::mask(&super::form::readable(
                    &repo_sync::from_json(v),
                    lang,
                    &c.field,
                    kind,
                ))
                .into_owned()
            };
            ChoiceView {
                n,
                meeting: meeting_name(lang, &c.path),
                field: repo_sync::field_name(lang, &c.field),
                mine: show(&c.mine),
                theirs: show(&c.theirs),
                colleague: crate::hetu::mask(&c.colleague).into_owned(),
                writable: c.writable(),
                kept: {
                    let who = repo_sync::kept_from_words(lang, c);
                    if who.is_empty() {
                        who
                    } else {
                        crate::i18n::sync::say(
                            lang,
                            crate::i18n::sync::SyncSay::KeptWhichever(&who),
                        )
                    }
                },
            }
        })
        .collect();
    let status = repo_sync::upstream(&repo)
        .ok()
        .map(|up| {
            let c = repo_sync::counts(&repo, &up);
            counts_words(lang, c.to_share, c.to_get)
        })
        .unwrap_or_else(|| crate::i18n::sync::say(lang, crate::i18n::sync::SyncSay::NoRemote));
    page::render(
        "sync.html",
        lang,
        &q,
        minijinja::context! {
            status => status,
            said => said.as_ref().map(|s| s.text.lines().map(str::to_owned).collect::<Vec<_>>()),
            said_ok => said.as_ref().is_some_and(|s| s.ok),
            choices => minijinja::Value::from(minijinja::value::Serde(&choices)),
            csrf => st.csrf.clone(),
        },
    )
}

/// A meeting's day and kind from its meeting.md's path, or the file.
fn meeting_name(lang: Lang, path: &str) -> String {
    match path.strip_suffix("/meeting.md") {
        Some(dir) => {
            let name = dir.rsplit('/').next().unwrap_or(dir);
            page::meeting_name(lang, name, None)
        }
        // A case's lsk.yaml: its details, with the case's folder.
        None => match path.strip_suffix("lsk.yaml") {
            Some(dir) => {
                let case = dir.trim_end_matches('/');
                let details = word(lang, "case_details");
                if case.is_empty() {
                    details.to_owned()
                } else {
                    format!("{details} ({})", crate::i18n::labels::shown_path(case))
                }
            }
            // Any folder on the way named with a code, masked.
            None => crate::i18n::labels::shown_path(path),
        },
    }
}

/// What a sync says on the page: as `lsk sync` says it, but a choice
/// waiting is the form below it, not a list of folders and the terminal's
/// "choose in the browser".
fn page_said(lang: Lang, report: &repo_sync::Report) -> String {
    if report.outcome != repo_sync::Outcome::Choose {
        return repo_sync::said(lang, report);
    }
    let mut out = crate::i18n::sync::say(
        lang,
        crate::i18n::sync::SyncSay::Choose(report.choices.len()),
    );
    for (file, beside) in &report.kept_both {
        out.push('\n');
        out.push_str(&crate::i18n::sync::say(
            lang,
            crate::i18n::sync::SyncSay::KeptBoth(file, beside),
        ));
    }
    out
}

#[derive(Deserialize)]
pub struct ShareForm {
    csrf: String,
}

/// `POST /sync`: share and get, then 303 to the page saying what happened.
pub async fn share(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    Form(form): Form<ShareForm>,
) -> Response {
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return forbidden();
    }
    run_and_show(st, q).await
}

/// Run the sync off the page's thread and redirect to its outcome.
async fn run_and_show(st: Arc<AppState>, q: LangQuery) -> Response {
    let lang = lang_here(&st, &q);
    let root: PathBuf = st.root.clone();
    let said = tokio::task::spawn_blocking(move || {
        let Some(repo) = Repo::find(&root) else {
            return Said {
                text: crate::i18n::sync::say(lang, crate::i18n::sync::SyncSay::NotInGit),
                ok: false,
            };
        };
        let lsk = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("lsk"));
        let _one = share_line::NET.lock();
        let mut report = repo_sync::sync(
            &repo,
            &repo_sync::Options {
                lsk,
                merge_message: merge_message(lang).into(),
                lang,
            },
        );
        // A file whose name (or a folder's on its way) holds an identity
        // code in any form is named masked on the page.
        let shown = crate::i18n::labels::shown_path;
        for (file, beside) in &mut report.kept_both {
            *file = shown(file);
            *beside = shown(beside);
        }
        if let repo_sync::Outcome::Unsaved(paths) = &mut report.outcome {
            for p in paths {
                *p = shown(p);
            }
        }
        Said {
            ok: report.outcome == repo_sync::Outcome::Done,
            text: page_said(lang, &report),
        }
    })
    .await
    .unwrap_or_else(|_| Said {
        text: word(lang, "sync_failed").to_owned(),
        ok: false,
    });
    share_line::fetched_now();
    match posted::keep(&st, "/sync", said) {
        Ok(id) => posted::see_other("/sync", &[("done", &id)], &q, None),
        Err(_) => posted::see_other("/sync", &[], &q, None),
    }
}

/// `POST /sync/choose`: the worker's choice for every field both changed
/// (`c0=mine|theirs|own`, `own0=TEXT`), recorded, then the sync again,
/// which merges with them. A choice missing keeps the others and asks.
pub async fn choose(
    State(st): State<Arc<AppState>>,
    Query(q): Query<LangQuery>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let get = |k: &str| form.iter().find(|(x, _)| x == k).map(|(_, v)| v.as_str());
    if !super::guard::csrf_ok(&st, get("csrf").unwrap_or("")) {
        return forbidden();
    }
    let lang = lang_here(&st, &q);
    let Some(repo) = Repo::find(&st.root) else {
        return page::not_found_in(lang);
    };
    let Some(pending) = repo_sync::pending(&repo) else {
        return posted::see_other("/sync", &[], &q, None);
    };
    let mut decisions = Vec::new();
    let mut missing = false;
    for (n, c) in pending.choices.iter().enumerate() {
        let d = match get(&format!("c{n}")) {
            Some("mine") => Some(Decision::Mine),
            Some("theirs") => Some(Decision::Theirs),
            Some("own") if c.writable() => {
                let text = get(&format!("own{n}")).unwrap_or("").replace("\r\n", "\n");
                Some(Decision::Own(text))
            }
            _ => None,
        };
        match d {
            Some(d) => decisions.push((c.path.clone(), c.field.clone(), d)),
            None => missing = true,
        }
    }
    // Her own words are recorded before anything else runs: never lost.
    if let Err(_e) = repo_sync::choose(&repo, &decisions) {
        return page::message(StatusCode::CONFLICT, lang, word(lang, "sync_failed"));
    }
    if missing {
        let said = Said {
            text: word(lang, "sync_choose_each").to_owned(),
            ok: false,
        };
        return match posted::keep(&st, "/sync", said) {
            Ok(id) => posted::see_other("/sync", &[("done", &id)], &q, None),
            Err(_) => posted::see_other("/sync", &[], &q, None),
        };
    }
    run_and_show(st, q).await
}
