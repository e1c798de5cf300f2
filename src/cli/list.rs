//! `lsk list`: meetings with their phase, findings and documents.

use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

use super::{OK, Outcome, report_unreadable, run_lang, use_color};
use crate::check::Options;
use crate::date;
use crate::finding::Finding;
use crate::follow::{self, MeetingState};
use crate::model::Lang;
use crate::report::json::{Unreadable, to_json};
use crate::report::table::Table;

/// List meetings: date, kind, phase, errors, warnings, rendered documents
///
/// A held meeting with no memo yet shows as due. A document made from an
/// earlier meeting.md shows as stale; one edited by hand since, as edited.
/// A meeting whose meeting.md cannot be read shows as such, with the reason.
///
/// Examples:
///   lsk list
///   lsk list --format json ~/cases
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Meeting folders, case folders or folders of cases
    #[arg(value_hint = clap::ValueHint::AnyPath)]
    paths: Vec<PathBuf>,
    /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
    today: Option<Date>,
    /// table (default) or json
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    format: String,
}

#[derive(Serialize)]
struct Json<'a> {
    meetings: &'a [MeetingState],
    /// Meetings that cannot be read (also in `meetings`, `readable: false`)
    /// and folders that look like cases but are not read.
    unreadable: Vec<Unreadable<'a>>,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let found = match super::resolve(&args.paths, lang) {
        Ok(found) => found,
        Err(e) if args.format == "json" => return Ok(super::json_error(&e.message, Some(&e.path))),
        Err(e) => return Err(super::Failure(e.message)),
    };
    let targets = &found.targets;
    let opts = Options {
        phase: None,
        today: args.today.unwrap_or_else(|| jiff::Zoned::now().date()),
        lang,
    };
    let meetings = follow::meetings(targets, &opts);
    let run_lang = run_lang(lang, targets);
    let skipped: Vec<Finding> = found
        .skipped
        .into_iter()
        .map(|mut f| {
            f.lang = run_lang;
            f
        })
        .collect();
    if args.format == "json" {
        let unreadable = meetings
            .iter()
            .filter_map(|m| m.unreadable.as_ref())
            .chain(&skipped)
            .map(Unreadable::of)
            .collect();
        let json = to_json(
            &Json {
                meetings: &meetings,
                unreadable,
            },
            true,
        );
        println!("{json}");
        return Ok(OK);
    }
    let words = &crate::i18n::words(run_lang).list;
    let (header, due, cannot_read) = (words.header, words.memo_due, words.cannot_read);
    let mut table = Table::new(&header);
    for m in &meetings {
        if let Some(f) = &m.unreadable {
            let text = crate::i18n::text(f.lang, &f.msg);
            table.row(
                vec![
                    "—".into(),
                    "—".into(),
                    "—".into(),
                    m.errors.to_string(),
                    m.warnings.to_string(),
                    format!("{}:{}  {cannot_read}: {}", m.file, f.line, text.message),
                ],
                true,
            );
            continue;
        }
        let mut docs: Vec<String> = m
            .rendered
            .iter()
            .map(|(name, status)| match *status {
                "current" => name.clone(),
                other => format!("{name} ({other})"),
            })
            .collect();
        if m.memo_due {
            docs.insert(0, due.to_owned());
        }
        table.row(
            vec![
                m.date.clone().unwrap_or_else(|| "—".into()),
                m.kind.clone().unwrap_or_else(|| "—".into()),
                m.phase.to_owned(),
                m.errors.to_string(),
                m.warnings.to_string(),
                format!("{}  {}", m.file, docs.join(", ")),
            ],
            m.errors > 0,
        );
    }
    print!("{}", table.render(use_color()));
    // Cases not read are not in the table at all: said on stderr.
    report_unreadable(&skipped);
    Ok(OK)
}
