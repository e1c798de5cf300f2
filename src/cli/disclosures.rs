//! `lsk disclosures`: the case's disclosure log (issue 20 §6), as a table in
//! the case's language or as JSON.

use std::path::PathBuf;

use serde::Serialize;

use super::{FINDINGS, Failure, OK, Outcome, fallback_lang, shown, use_color};
use crate::case::{Case, find_root};
use crate::disclosure::{self, Entry, LOG_FILE};
use crate::i18n::{Say, say};
use crate::model::Lang;
use crate::report::json::to_json;
use crate::report::table::Table;

/// List the copies made for recipients outside child welfare and the family
///
/// Every copy of a memo made for an outside recipient (lsk render --for,
/// and the browser's save, print and PDF of a copy) is entered in the
/// case's disclosure log, disclosures.jsonl: when, which meeting and
/// document, to whom, made by whom, on whose consent, and the sha256 of the
/// copy. The client has the right to know this (Act 703/2023, 11 §). A line
/// of the log that cannot be read is reported with its line number, and
/// the exit status is then 1.
///
/// Examples:
///   lsk disclosures
///   lsk disclosures ~/cases/aino --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A case folder, or a folder inside one (default: the current folder)
    #[arg(default_value = ".", value_hint = clap::ValueHint::DirPath)]
    path: PathBuf,
    /// table (default) or json
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    format: String,
}

#[derive(Serialize)]
struct Json<'a> {
    disclosures: &'a [Entry],
    /// Lines of the log that cannot be read: never left out silently.
    unreadable: Vec<Unreadable>,
}

#[derive(Serialize)]
struct Unreadable {
    file: String,
    line: usize,
    message: String,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let json = args.format == "json";
    let Some(root) = find_root(&args.path) else {
        let message = say(fallback_lang(lang), Say::NotInCase(&shown(&args.path)));
        if json {
            return Ok(super::json_error(&message, Some(&args.path)));
        }
        return Err(Failure(message));
    };
    let lang = lang.unwrap_or_else(|| Case::load(&root, None).lang);
    let file = shown(&root.join(LOG_FILE));
    let log = match disclosure::read(&root) {
        Ok(log) => log,
        Err(e) => {
            let message = say(lang, Say::DisclosuresUnreadable(&file, &e.to_string()));
            if json {
                return Ok(super::json_error(&message, Some(&root.join(LOG_FILE))));
            }
            return Err(Failure(message));
        }
    };
    let status = if log.broken.is_empty() { OK } else { FINDINGS };
    if json {
        let unreadable = log
            .broken
            .iter()
            .map(|b| Unreadable {
                file: file.clone(),
                line: b.line,
                message: b.detail.clone(),
            })
            .collect();
        println!(
            "{}",
            to_json(
                &Json {
                    disclosures: &log.entries,
                    unreadable,
                },
                true
            )
        );
        return Ok(status);
    }
    for b in &log.broken {
        eprintln!("{file}:{}: {}", b.line, crate::report::printable(&b.detail));
    }
    if log.entries.is_empty() {
        if log.broken.is_empty() {
            println!("{}", say(lang, Say::NoDisclosures(&file)));
        }
    } else {
        let mut table = Table::new(&crate::i18n::consent::log_header(lang));
        for e in &log.entries {
            let w = e.in_words(lang);
            table.row(
                vec![w.when, w.meeting, w.document, w.recipient, w.by, w.consent],
                false,
            );
        }
        print!("{}", table.render(use_color()));
    }
    if !log.broken.is_empty() {
        super::warn(&say(lang, Say::DisclosuresBroken(log.broken.len())));
    }
    Ok(status)
}
