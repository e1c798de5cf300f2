//! `lsk check`: report what is missing or wrong, for the phase each meeting
//! is in.

use std::path::PathBuf;

use jiff::civil::Date;

use super::{FINDINGS, OK, Outcome, fallback_lang, resolve_targets, shown};
use crate::check::{Options, check_targets, sort};
use crate::date;
use crate::i18n::{Say, say};
use crate::model::{Lang, Phase};
use crate::report::human::Style;
use crate::report::term::Stream;
use crate::report::{self, counts};

/// Check meetings: what is missing for the phase each is in, and why
///
/// PATH may be a meeting folder, a case folder, or a folder holding many
/// cases; with none, the case containing the current folder. Exit status:
/// 0 no errors (warnings allowed), 1 errors found, 2 lsk could not run.
///
/// Examples:
///   lsk check
///   lsk check meetings/2026-11-24-daycare --phase after
///   lsk check --format json --today 2026-11-24 ~/cases
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Meeting folders, case folders or folders of cases
    paths: Vec<PathBuf>,
    /// Check for this phase instead of the one the meeting's date gives
    #[arg(long, value_parser = |s: &str| Phase::parse(s).ok_or("use before, during or after"))]
    phase: Option<Phase>,
    /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
    today: Option<Date>,
    /// human (default) or json
    #[arg(long, default_value = "human", value_parser = ["human", "json"])]
    format: String,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let today = args.today.unwrap_or_else(|| jiff::Zoned::now().date());
    let opts = Options {
        phase: args.phase,
        today,
        lang,
    };
    let found = resolve_targets(&args.paths, lang)?;
    let outcome = check_targets(&found.targets, &opts);
    let (mut findings, meetings) = (outcome.findings, outcome.meetings);
    let out_lang = if found.targets.is_empty() {
        fallback_lang(lang)
    } else {
        lang.unwrap_or(outcome.lang)
    };
    // Folders that look like cases but were not read are errors: a team's
    // check is never all clear while a case in it went unchecked.
    if !found.skipped.is_empty() {
        findings.extend(found.skipped.into_iter().map(|mut f| {
            f.lang = out_lang;
            f
        }));
        sort(&mut findings);
    }
    if args.format == "json" {
        print!("{}", report::json::render(&findings, meetings));
    } else {
        if meetings == 0 && findings.is_empty() {
            let p = args
                .paths
                .first()
                .map_or_else(|| ".".to_owned(), |p| shown(p));
            super::warn(&say(out_lang, Say::NothingToCheck(&p)));
        }
        print!(
            "{}",
            report::human::render_check(
                &findings,
                &outcome.phases,
                meetings,
                out_lang,
                Style::of(Stream::Stdout)
            )
        );
    }
    Ok(if counts(&findings).errors > 0 {
        FINDINGS
    } else {
        OK
    })
}
