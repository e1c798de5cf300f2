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

/// Show who changed what and when in a case or a meeting
///
/// The changes come from the case's git repository, newest first: when,
/// who, which meeting, the fields changed (named in words), documents made,
/// copies disclosed and new meetings. PATH is a case folder, a meeting's
/// folder or its meeting.md. A case outside git has no history; lsk says so
/// and the exit status is 2. No identity code is ever printed.
///
/// Examples:
///   lsk history
///   lsk history meetings/2026-11-24-daycare
///   lsk history ~/cases/aino --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A case folder, a meeting's folder or its meeting.md (default: the current folder)
    #[arg(default_value = ".", value_hint = clap::ValueHint::AnyPath)]
    path: PathBuf,
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
        return fail(say(fallback_lang(lang), Say::NotInCase(&shown(&args.path))));
    };
    let lang = lang.unwrap_or_else(|| Case::load(&root, None).lang);
    let Some((repo, target)) = Repo::find(&root).and_then(|repo| {
        let target = Target::of(&repo, &args.path)?;
        Some((repo, target))
    }) else {
        return fail(words::not_in_git(lang, &shown(&args.path)));
    };
    let changes = match history(&repo, &target) {
        Ok(c) => c,
        Err(e) => return fail(words::unreadable(lang, &crate::hetu::mask(&e.to_string()))),
    };
    if json {
        let out = Json {
            changes: changes
                .iter()
                .map(|c| JsonChange {
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
    let mut table = Table::new(&words::header(lang));
    for c in &changes {
        table.row(
            vec![
                c.when_words(lang),
                c.author.clone(),
                c.meeting_words(lang),
                c.summary(lang),
            ],
            false,
        );
    }
    print!("{}", table.render(use_color()));
    Ok(OK)
}
