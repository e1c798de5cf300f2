//! `lsk search`: the cases and meetings of a case or team folder in which
//! every word given begins a word, as `lsk serve`'s search page finds
//! them (`search::Index`), as a table or JSON.

use std::path::PathBuf;

use serde::Serialize;

use super::{CANNOT_RUN, FINDINGS, Failure, OK, Outcome, fallback_lang, shown, use_color};
use crate::i18n::serve::word;
use crate::i18n::{Say, say};
use crate::model::Lang;
use crate::report::json::to_json;
use crate::report::table::Table;
use crate::search::{Index, Place, Refused};

/// Find children, people and words in the meetings of a case or team folder
///
/// Every word given must stand in the case or meeting, whole or as the
/// start of a word: the child's name, the responsible worker, the people
/// of a meeting (invitees, chair, action owners…) and the words of its
/// fields and notes. Capitals and accents do not matter ("makela" finds
/// Mäkelä). Identity codes are never searched for or shown. The exit
/// status is 0 when something was found, 1 when nothing was.
///
/// Examples:
///   lsk search ~/cases Aino
///   lsk search ~/cases "Leena Mäkelä" --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A case or team folder
    #[arg(value_hint = clap::ValueHint::DirPath)]
    path: PathBuf,
    /// The words to look for
    #[arg(required = true, num_args = 1..)]
    words: Vec<String>,
    /// table (default) or json
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    format: String,
}

#[derive(Serialize)]
struct Json {
    total: usize,
    results: Vec<JsonHit>,
}

#[derive(Serialize)]
struct JsonHit {
    child: Option<String>,
    /// The case folder, as given from the folder searched.
    case: String,
    /// The meeting folder's name; `null` for the case itself.
    meeting: Option<String>,
    date: Option<String>,
    kind: Option<&'static str>,
    /// Where the words were found, in words.
    found_in: Vec<String>,
    /// The same places as field keys (`child`, `worker`, `notes`, a key of
    /// meeting.md), for scripts.
    fields: Vec<&'static str>,
}

fn key(place: Place) -> &'static str {
    match place {
        Place::Child => "child",
        Place::Worker => "worker",
        Place::Notes => "notes",
        Place::Field(key) => key,
    }
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let json = args.format == "json";
    let ui = fallback_lang(lang);
    if !args.path.is_dir() {
        let message = say(ui, Say::NotFound(&shown(&args.path)));
        if json {
            return Ok(super::json_error(&message, Some(&args.path)));
        }
        return Err(Failure(message));
    }
    let index = Index::of(&args.path);
    let query = args.words.join(" ");
    let found = match index.search(&query, usize::MAX) {
        Ok(found) => found,
        Err(Refused::IdentityCode) => {
            let message = word(ui, "search_code").to_owned();
            if json {
                return Ok(super::json_error(&message, None));
            }
            super::warn(&message);
            return Ok(CANNOT_RUN);
        }
    };
    let lang = lang
        .or_else(|| found.hits.first().map(|h| h.lang))
        .unwrap_or(ui);
    let results: Vec<JsonHit> = found
        .hits
        .iter()
        .map(|h| {
            let kind = h.meeting.as_ref().and_then(|m| m.kind);
            JsonHit {
                child: h.child.clone(),
                case: crate::paths::relative(&h.root, &args.path),
                meeting: h.meeting.as_ref().map(|m| m.dir.clone()),
                date: h.meeting.as_ref().and_then(|m| m.date.clone()),
                kind: kind.map(crate::model::Kind::as_str),
                found_in: h.places.iter().map(|p| p.label(lang, kind)).collect(),
                fields: h.places.iter().map(|p| key(*p)).collect(),
            }
        })
        .collect();
    let status = if found.total == 0 { FINDINGS } else { OK };
    if json {
        let out = Json {
            total: found.total,
            results,
        };
        println!("{}", to_json(&out, true));
        return Ok(status);
    }
    if results.is_empty() {
        println!("{}", word(lang, "search_none"));
        return Ok(status);
    }
    let mut table = Table::new(&[
        word(lang, "child"),
        word(lang, "meeting"),
        word(lang, "search_found_in"),
        word(lang, "folder"),
    ]);
    for (h, r) in found.hits.iter().zip(&results) {
        let meeting = h.meeting.as_ref().map_or_else(
            || word(lang, "case").to_owned(),
            |m| {
                let date = m.date.clone().unwrap_or_default();
                let kind = m
                    .kind
                    .map(|k| crate::i18n::labels::kind_label(lang, k))
                    .unwrap_or_default();
                format!("{date} {kind}").trim().to_owned()
            },
        );
        let folder = match &r.meeting {
            Some(m) => format!("{}/meetings/{m}", r.case),
            None => r.case.clone(),
        };
        table.row(
            vec![
                crate::hetu::mask(r.child.as_deref().unwrap_or("—")).into_owned(),
                meeting,
                r.found_in.join(", "),
                crate::hetu::mask(&folder).into_owned(),
            ],
            false,
        );
    }
    print!("{}", table.render(use_color()));
    println!(
        "{}",
        word(lang, "search_count").replace("{n}", &found.total.to_string())
    );
    Ok(status)
}
