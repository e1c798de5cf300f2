//! `lsk list`: meetings with their phase, findings and documents.

use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

use super::{OK, Outcome, resolve_targets, use_color};
use crate::check::Options;
use crate::date;
use crate::follow::{self, MeetingState};
use crate::model::Lang;
use crate::report::table::Table;

/// List meetings: date, kind, phase, errors, warnings, rendered documents
///
/// A held meeting with no memo yet shows as due. A document made from an
/// earlier meeting.md shows as stale; one edited by hand since, as edited.
///
/// Examples:
///   lsk list
///   lsk list --format json ~/cases
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Meeting folders, case folders or folders of cases
    paths: Vec<PathBuf>,
    /// Take this date as today (YYYY-MM-DD); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_date(s).ok_or("write YYYY-MM-DD"))]
    today: Option<Date>,
    /// table (default) or json
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    format: String,
}

#[derive(Serialize)]
struct Json<'a> {
    meetings: &'a [MeetingState],
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let targets = resolve_targets(&args.paths, lang)?;
    let opts = Options {
        phase: None,
        today: args.today.unwrap_or_else(|| jiff::Zoned::now().date()),
        lang,
    };
    let meetings = follow::meetings(&targets, &opts);
    if args.format == "json" {
        let json = serde_json::to_string_pretty(&Json {
            meetings: &meetings,
        })
        .unwrap_or_default();
        println!("{json}");
        return Ok(OK);
    }
    let lang = lang.unwrap_or_else(|| {
        targets.first().map_or_else(Lang::default, |t| {
            crate::case::Case::load(&t.case_root, None).lang
        })
    });
    let (header, due): ([&str; 6], &str) = match lang {
        Lang::Fi => (
            [
                "PÄIVÄ",
                "LAJI",
                "VAIHE",
                "VIRHEET",
                "VAROITUKSET",
                "ASIAKIRJAT",
            ],
            "muistio puuttuu",
        ),
        Lang::Sv => (
            ["DATUM", "TYP", "SKEDE", "FEL", "VARNINGAR", "DOKUMENT"],
            "minnesanteckningar saknas",
        ),
        Lang::En => (
            ["DATE", "KIND", "PHASE", "ERRORS", "WARNINGS", "DOCUMENTS"],
            "memo due",
        ),
    };
    let mut table = Table::new(&header);
    for m in &meetings {
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
    Ok(OK)
}
