//! The history pages (issue 23 §2): a meeting's and a case's changes from
//! git, each a difference in words (the field's name, the earlier value →
//! the new one, lists item by item, the notes as a short text
//! difference), who and when; and "Restore this version", which writes an
//! earlier meeting.md as the current one and records that as a new
//! commit. Nothing is ever lost: the current version stays in the history.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::page::{self, LangQuery, lang_of};
use crate::case::yaml::{Node, Value};
use crate::case::{Case, MEETING_FILE};
use crate::finding::Sink;
use crate::i18n::serve::word;
use crate::model::Lang;
use crate::repo::Repo;
use crate::repo::commit::{Outcome, What, record};
use crate::repo::history::{Change, Target, drops_withholding, history, notes_text, version};
use crate::schema::Ty;

/// One change as the page shows it.
#[derive(Serialize)]
struct ChangeView {
    commit: String,
    when: String,
    author: String,
    meeting: String,
    meeting_href: Option<String>,
    summary: String,
    diffs: Vec<Diff>,
    /// The version this change made can be restored (an earlier one, of
    /// this meeting, that exists).
    restorable: bool,
    /// This change made the version on disk now.
    current: bool,
}

/// One field's difference, in words (HTML, escaped and masked).
#[derive(Serialize, Default)]
struct Diff {
    label: String,
    before: String,
    after: String,
    /// For a list: the items taken away and the items added.
    removed: Vec<String>,
    added: Vec<String>,
    /// For the notes: lines taken away and added.
    lines_removed: Vec<String>,
    lines_added: Vec<String>,
    list: bool,
}

#[derive(Deserialize)]
pub struct RestoreForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    commit: String,
}

#[derive(Deserialize, Default)]
pub struct HistoryQuery {
    lang: Option<String>,
    /// What a restore said: `restored`, or why it was refused.
    said: Option<String>,
}

impl HistoryQuery {
    fn lang(&self) -> LangQuery {
        LangQuery {
            lang: self.lang.clone(),
        }
    }
}

/// What a restore can answer, by its word key.
const SAID: &[&str] = &[
    "history_restored",
    "history_restore_same",
    "history_restore_unsaved",
    "history_restore_refused",
    "history_restore_withheld",
    "history_restore_failed",
    "history_restore_no_author",
    "history_restored_unrecorded",
];

/// `/c/{case}/m/{meeting}/history`
pub async fn meeting(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(q): Query<HistoryQuery>,
) -> Response {
    let lq = q.lang();
    let found = match page::find_meeting(&st, &lq, &case_id, &name) {
        Ok(f) => f,
        Err(resp) => return *resp,
    };
    let lang = found.lang;
    let title = crate::repo::history::meeting_words(lang, &name, None);
    let current = std::fs::read(found.dir.join(MEETING_FILE))
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    show(
        &st,
        &q,
        lang,
        &found.dir,
        &case_id,
        Some(&name),
        title,
        current.as_deref(),
    )
}

/// `/c/{case}/history`
pub async fn case(
    State(st): State<Arc<AppState>>,
    UrlPath(case_id): UrlPath<String>,
    Query(q): Query<HistoryQuery>,
) -> Response {
    let lq = q.lang();
    let Some(root) = page::case_at(&st, &case_id) else {
        return page::not_found_in(lang_of(&st, &lq, None));
    };
    let case = Case::load(&root, st.lang);
    let lang = lang_of(&st, &lq, Some(&case));
    let title = word(lang, "case").to_owned();
    show(&st, &q, lang, &root, &case_id, None, title, None)
}

#[allow(clippy::too_many_arguments)]
fn show(
    st: &AppState,
    q: &HistoryQuery,
    lang: Lang,
    dir: &std::path::Path,
    case_id: &str,
    meeting: Option<&str>,
    title: String,
    current: Option<&str>,
) -> Response {
    let lq = q.lang();
    // The meeting's page (a route found it: its name has an address).
    let base = meeting.and_then(|m| page::meeting_href(case_id, m));
    let back = base.clone().unwrap_or_else(|| format!("/c/{case_id}"));
    let said = q
        .said
        .as_deref()
        .and_then(|s| SAID.iter().find(|k| **k == s))
        .map(|k| word(lang, k));
    let (changes, problem) =
        match Repo::find(dir).and_then(|repo| Some((Target::of(&repo, dir)?, repo))) {
            None => (
                Vec::new(),
                Some(word(lang, "history_not_in_git").to_owned()),
            ),
            Some((target, repo)) => match history(&repo, &target) {
                Ok(c) => (c, None),
                Err(e) => (
                    Vec::new(),
                    Some(crate::i18n::history::unreadable(
                        lang,
                        &crate::hetu::mask(&e.to_string()),
                    )),
                ),
            },
        };
    // The version on disk now: the newest change whose result it is.
    let mut current_seen = false;
    let views: Vec<ChangeView> = changes
        .iter()
        .map(|c| {
            let is_current = !current_seen
                && meeting.is_some()
                && current.is_some()
                && c.after.as_deref() == current;
            current_seen |= is_current;
            ChangeView {
                commit: c.commit.clone(),
                when: c.when_words(lang),
                author: c.author.clone(),
                meeting: c.meeting_words(lang),
                // A meeting of the case that has a page: none for one
                // removed since, nor for a folder whose name holds an
                // identity code (git's name for it is masked, or encoded).
                meeting_href: match (&c.meeting, meeting) {
                    (Some(m), None) if page::meeting_at(dir, m).is_some() => {
                        page::meeting_href(case_id, m).map(|h| format!("{h}/history"))
                    }
                    _ => None,
                },
                // A restore says so, then what it changed back.
                summary: match restored_from(&c.message) {
                    Some(v) => {
                        let said = word(lang, "history_restore_change").replace("{version}", &v);
                        match c.summary(lang) {
                            s if s.is_empty() => said,
                            s => format!("{said}. {s}"),
                        }
                    }
                    None => c.summary(lang),
                },
                diffs: diffs(c, lang),
                restorable: meeting.is_some() && c.after.is_some() && !is_current,
                current: is_current,
            }
        })
        .collect();
    let restore_href = base.map(|b| format!("{b}/history/restore"));
    page::render(
        "history.html",
        lang,
        &lq,
        minijinja::context! {
            title => title,
            back_href => back,
            case_href => format!("/c/{case_id}"),
            is_meeting => meeting.is_some(),
            changes => minijinja::Value::from(minijinja::value::Serde(&views)),
            problem => problem,
            said => said,
            csrf => st.csrf.clone(),
            restore_href => restore_href,
        },
    )
}

/// A restore, told by its commit message (`repo::commit`, in the case's
/// language, whichever it is): the version restored, in words.
fn restored_from(message: &str) -> Option<String> {
    crate::model::Lang::ALL.iter().find_map(|l| {
        let (before, after) = crate::i18n::record::word(*l, "restored").split_once("{version}")?;
        let at = message.find(before)?;
        let rest = message[at + before.len()..].strip_suffix(after)?;
        Some(rest.to_owned())
    })
}

/// A line of the notes without its Markdown: a heading is left out (the
/// notes' own heading above all), a list item is its text.
fn without_markup(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let rest = t.trim_start_matches('#');
    let hashes = t.len() - rest.len();
    if (1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    Some(
        ["- ", "* ", "+ "]
            .iter()
            .find_map(|m| t.strip_prefix(m))
            .unwrap_or(line),
    )
}

/// The differences of one change, field by field, in words.
fn diffs(c: &Change, lang: Lang) -> Vec<Diff> {
    if c.meeting.is_none() {
        // The case's details: named (the summary), not shown value by value.
        return Vec::new();
    }
    let before = c.before.as_deref().unwrap_or_default();
    let after = c.after.as_deref().unwrap_or_default();
    let mut sink = Sink::new(MEETING_FILE.into(), None, lang);
    let old = crate::case::meeting::parse_meeting(before, &mut sink);
    let new = crate::case::meeting::parse_meeting(after, &mut sink);
    c.fields
        .iter()
        .filter_map(|key| {
            let label = crate::i18n::history::field(lang, key)
                .map_or_else(|| crate::hetu::mask(key).into_owned(), str::to_owned);
            if key == "notes" {
                let (gone, came) = lines_diff(notes_text(before), notes_text(after));
                // Only a heading came or went: nothing said in words.
                if gone.is_empty() && came.is_empty() {
                    return None;
                }
                return Some(Diff {
                    label,
                    lines_removed: gone,
                    lines_added: came,
                    ..Diff::default()
                });
            }
            let ty = crate::schema::MEETING
                .iter()
                .find(|f| f.key == key.as_str())
                .map(|f| &f.ty);
            let (o, n) = (field_of(&old, key), field_of(&new, key));
            let words = |node: &Option<Node>| {
                node.as_ref()
                    .map(|n| super::meeting::readable(n, ty, lang))
                    .unwrap_or_default()
            };
            match (&o, &n) {
                (
                    Some(Node {
                        value: Value::Seq(a),
                        ..
                    }),
                    Some(Node {
                        value: Value::Seq(b),
                        ..
                    }),
                ) => {
                    let item_ty = match ty {
                        Some(Ty::Records(sub)) => Some(Ty::Record(sub)),
                        Some(Ty::Names) => Some(Ty::Names),
                        Some(Ty::People) => Some(Ty::Person),
                        _ => None,
                    };
                    let each = |items: &[Node]| -> Vec<String> {
                        items
                            .iter()
                            .map(|i| super::meeting::readable(i, item_ty.as_ref(), lang))
                            .collect()
                    };
                    let (a, b) = (each(a), each(b));
                    Some(Diff {
                        label,
                        removed: a.iter().filter(|x| !b.contains(x)).cloned().collect(),
                        added: b.iter().filter(|x| !a.contains(x)).cloned().collect(),
                        list: true,
                        ..Diff::default()
                    })
                }
                _ => Some(Diff {
                    label,
                    before: words(&o),
                    after: words(&n),
                    ..Diff::default()
                }),
            }
        })
        .collect()
}

fn field_of<'a>(fm: &Option<Node<'a>>, key: &str) -> Option<Node<'a>> {
    fm.as_ref().and_then(|n| n.get(key)).cloned()
}

/// A short difference of two texts by lines: the lines only the first
/// has, and those only the second has (masked).
fn lines_diff(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
    let la: Vec<&str> = a
        .lines()
        .filter_map(without_markup)
        .map(str::trim_end)
        .collect();
    let lb: Vec<&str> = b
        .lines()
        .filter_map(without_markup)
        .map(str::trim_end)
        .collect();
    let only = |x: &[&str], y: &[&str]| -> Vec<String> {
        x.iter()
            .filter(|l| !l.trim().is_empty() && !y.contains(l))
            .take(40)
            .map(|l| crate::hetu::mask(l).into_owned())
            .collect()
    };
    (only(&la, &lb), only(&lb, &la))
}

/// `POST /c/{case}/m/{meeting}/history/restore`: write the meeting.md of
/// the version a change made as the current one, then record it as a new
/// commit. Refused, changing nothing, when meeting.md has changes that
/// are not in the history yet (they would be lost), when the version
/// holds an identity code or merge markers (the commit guard would refuse
/// it), or when it cannot be read.
pub async fn restore(
    State(st): State<Arc<AppState>>,
    UrlPath((case_id, name)): UrlPath<(String, String)>,
    Query(q): Query<HistoryQuery>,
    Form(form): Form<RestoreForm>,
) -> Response {
    if !super::guard::csrf_ok(&st, &form.csrf) {
        return super::posted::forbidden();
    }
    let lq = q.lang();
    let found = match page::find_meeting(&st, &lq, &case_id, &name) {
        Ok(f) => f,
        Err(resp) => return *resp,
    };
    let path = format!("{}/history", found.href);
    let answer = |key: &str| super::posted::see_other(&path, &[("said", key)], &lq, None);
    let commit = form.commit.trim();
    if commit.len() != 40 || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        return page::message(
            StatusCode::BAD_REQUEST,
            found.lang,
            word(found.lang, "history_restore_failed"),
        );
    }
    let file = found.dir.join(MEETING_FILE);
    let Some((repo, target)) = Repo::find(&found.dir).and_then(|repo| {
        let target = Target::of(&repo, &found.dir)?;
        Some((repo, target))
    }) else {
        return answer("history_restore_failed");
    };
    // Only a version the meeting's history lists can be restored (not any
    // commit named in the form: a merge, another meeting's).
    let listed = history(&repo, &target).is_ok_and(|changes| {
        changes
            .iter()
            .any(|c| c.commit.eq_ignore_ascii_case(commit) && c.after.is_some())
    });
    if !listed {
        return answer("history_restore_failed");
    }
    let rel = target.meeting_file(&name);
    let Ok(Some(old)) = version(&repo, commit, &rel) else {
        return answer("history_restore_failed");
    };
    let Ok(now) = std::fs::read(&file) else {
        return answer("history_restore_failed");
    };
    // What is on disk must be what the history holds last: otherwise the
    // restore would write over words that were never recorded.
    let recorded = version(&repo, "HEAD", &rel).ok().flatten();
    if recorded.as_deref().map(str::as_bytes) != Some(now.as_slice()) {
        return answer("history_restore_unsaved");
    }
    if now == old.as_bytes() {
        return answer("history_restore_same");
    }
    if !crate::hetu::find(&old).is_empty() || crate::case::merge_conflict_line(&old).is_some() {
        return answer("history_restore_refused");
    }
    // What is kept from a recipient now stays kept: a version without
    // that `not_for` is not restored (fail closed; she adds it there
    // first, or edits the current version).
    if drops_withholding(&String::from_utf8_lossy(&now), &old) {
        return answer("history_restore_withheld");
    }
    // A restore is recorded with the worker as its author, or not made.
    if st.commit.commit && repo.author().is_none() {
        return answer("history_restore_no_author");
    }
    if crate::fsutil::replace(&file, old.as_bytes(), found.case.access).is_err() {
        return answer("history_restore_failed");
    }
    let what = What::Restored {
        meeting: name.clone(),
        version: version_words(&repo, commit, found.case.lang).unwrap_or_default(),
    };
    match record(&found.case, &what, std::slice::from_ref(&file), st.commit) {
        Outcome::Committed { .. } => answer("history_restored"),
        // Committing is off (`--no-commit`, `lsk.commit false`): the
        // version replaced is the last one recorded, so nothing is lost.
        Outcome::Off => answer("history_restored_unrecorded"),
        Outcome::Unchanged => answer("history_restore_same"),
        _ => {
            // Not recorded: the file goes back as it was, so that the
            // history and the folder still agree.
            let _ = crate::fsutil::replace(&file, &now, found.case.access);
            answer("history_restore_refused")
        }
    }
}

/// When a version was recorded, in words in `lang`, for the message.
fn version_words(repo: &Repo, commit: &str, lang: Lang) -> Option<String> {
    let out = repo.git(&["show", "-s", "--format=%aI", commit]).ok()?;
    let t = String::from_utf8_lossy(&out)
        .trim()
        .parse::<jiff::Timestamp>()
        .ok()?;
    let z = t.to_zoned(crate::date::helsinki());
    Some(crate::i18n::dates::when(lang, z.date(), Some(z.time())))
}
