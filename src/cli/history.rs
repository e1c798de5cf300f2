//! `lsk history`: who changed what and when in a case or one meeting, told
//! from git itself (issue 23 §2), as a table in the case's language or as
//! JSON.

use std::path::PathBuf;

use serde::Serialize;

use super::{Failure, OK, Outcome, fallback_lang, shown, use_color};
use crate::case::{Case, find_root};
use crate::i18n::history as words;
use crate::i18n::{Say, say};
use crate::model::Lang;
use crate::repo::Repo;
use crate::repo::history::{Target, history};
use crate::report::json::to_json;
use crate::report::table::Table;

/// Show who changed what and when in a case, a meeting or a team's cases
///
/// The changes come from the case's git repository, newest first: when,
/// who, which meeting, the fields changed (named in words), documents made,
/// copies disclosed and new meetings. PATH is a case folder, a meeting's
/// folder or its meeting.md, or a team's folder with cases below it (then
/// each change names its case, and the newest 100 commits are told unless
/// --limit says otherwise). A case outside git has no history; lsk says so
/// and the exit status is 2. No identity code is ever printed.
///
/// Examples:
///   lsk history
///   lsk history meetings/2026-11-24-daycare
///   lsk history ~/cases/aino --format json
///   lsk history ~/team --limit 20
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A case folder, a meeting's folder or its meeting.md, or a team's folder (default: the current folder)
    #[arg(default_value = ".", value_hint = clap::ValueHint::AnyPath)]
    path: PathBuf,
    /// Only the changes of the newest N commits (0: all; a team's folder: 100 unless given)
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// table (default) or json
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    format: String,
}

#[derive(Serialize)]
struct Json {
    changes: Vec<JsonChange>,
}

#[derive(Serialize)]
struct JsonChange {
    commit: String,
    time: String,
    author: String,
    /// In a team's history: the case's folder below the team's folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    case: Option<String>,
    /// The meeting's folder name; null for the case as a whole.
    meeting: Option<String>,
    /// The changed fields by key (`notes`: the free notes).
    fields: Vec<String>,
    /// The same fields named in the case's language.
    fields_words: Vec<String>,
    summary: String,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let json = args.format == "json";
    let fail = |message: String| {
        if json {
            Ok(super::json_error(&message, Some(&args.path)))
        } else {
            Err(Failure(message))
        }
    };
    if !args.path.exists() {
        return fail(say(fallback_lang(lang), Say::NotFound(&shown(&args.path))));
    }
    let Some(root) = find_root(&args.path) else {
        return team(&args, lang, json);
    };
    let lang = lang.unwrap_or_else(|| Case::load(&root, None).lang);
    let Some((repo, target)) = Repo::find(&root).and_then(|repo| {
        let target = Target::of(&repo, &args.path)?;
        Some((repo, target))
    }) else {
        return fail(words::not_in_git(lang, &shown(&args.path)));
    };
    let mut changes = match history(&repo, &target) {
        Ok(c) => c,
        Err(e) => return fail(words::unreadable(lang, &crate::hetu::mask(&e.to_string()))),
    };
    if let Some(limit) = args.limit.filter(|n| *n > 0) {
        // The newest `limit` commits' changes.
        let mut commits = 0;
        let mut last: Option<String> = None;
        changes.retain(|c| {
            if last.as_deref() != Some(c.commit.as_str()) {
                commits += 1;
                last = Some(c.commit.clone());
            }
            commits <= limit
        });
    }
    print_changes(&args, lang, json, &changes, None)
}

/// A team's folder (cases below it, not itself in one): the changes of
/// every case, each naming its case.
fn team(args: &Args, lang: Option<Lang>, json: bool) -> Outcome {
    let fail = |message: String| {
        if json {
            Ok(super::json_error(&message, Some(&args.path)))
        } else {
            Err(Failure(message))
        }
    };
    let dir = crate::paths::resolve(&args.path).unwrap_or_else(|_| args.path.clone());
    let roots = if dir.is_dir() {
        crate::case::discover::case_roots_below(&dir)
    } else {
        Vec::new()
    };
    let Some(first) = roots.first() else {
        return fail(say(fallback_lang(lang), Say::NotInCase(&shown(&args.path))));
    };
    let lang = lang.unwrap_or_else(|| Case::load(first, None).lang);
    let Some(repo) = Repo::find(&args.path) else {
        return fail(words::not_in_git(lang, &shown(&args.path)));
    };
    let limit = args.limit.unwrap_or(TEAM_LIMIT);
    let changes = match crate::repo::history::team_history(&repo, &dir, &roots, limit) {
        Ok(c) => c,
        Err(e) => return fail(words::unreadable(lang, &crate::hetu::mask(&e.to_string()))),
    };
    let commits = {
        let mut seen: Vec<&str> = changes.iter().map(|c| c.commit.as_str()).collect();
        seen.dedup();
        seen.len()
    };
    let window = (limit > 0 && commits >= limit).then_some(limit);
    print_changes(args, lang, json, &changes, Some(window))
}

/// Commits a team's history tells unless `--limit` says otherwise.
const TEAM_LIMIT: usize = 100;

/// The changes as JSON or a table; `team`: a team's history (a case
/// column, and the window it was cut to, if it was).
fn print_changes(
    args: &Args,
    lang: Lang,
    json: bool,
    changes: &[crate::repo::history::Change],
    team: Option<Option<usize>>,
) -> Outcome {
    if json {
        let out = Json {
            changes: changes
                .iter()
                .map(|c| JsonChange {
                    case: c.case.clone(),
                    commit: c.commit.clone(),
                    time: c.time.clone(),
                    author: c.author.clone(),
                    meeting: c.meeting.clone(),
                    fields: c
                        .fields
                        .iter()
                        .map(|f| crate::hetu::mask(f).into_owned())
                        .collect(),
                    fields_words: c.fields_words(lang),
                    summary: c.summary(lang),
                })
                .collect(),
        };
        println!("{}", to_json(&out, true));
        return Ok(OK);
    }
    if changes.is_empty() {
        println!("{}", words::nothing(lang, &shown(&args.path)));
        return Ok(OK);
    }
    let mut table = match team {
        Some(_) => Table::new(&words::team_header(lang)),
        None => Table::new(&words::header(lang)),
    };
    for c in changes {
        let mut row = vec![c.when_words(lang), c.author.clone()];
        if team.is_some() {
            row.push(c.case.clone().unwrap_or_default());
        }
        row.extend([c.meeting_words(lang), c.summary(lang)]);
        table.row(row, false);
    }
    print!("{}", table.render(use_color()));
    if let Some(Some(limit)) = team {
        println!("\n{}", words::team_window(lang, limit));
    }
    Ok(OK)
}
