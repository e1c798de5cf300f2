//! `lsk actions`: every agreed action across meetings and cases.

use std::io::Write;
use std::path::PathBuf;

use jiff::civil::Date;

use super::{FINDINGS, OK, Outcome, report_unreadable, run_lang, use_color};
use crate::date;
use crate::follow::{self, Action};
use crate::model::Lang;
use crate::report::json::{Unreadable, to_json};
use crate::report::table::Table;
use crate::text::same_person;

/// List agreed actions: owner, due date, done, overdue
///
/// Every `agreed` item of every meeting under PATH (a meeting, a case or a
/// folder of cases; default: the current case). An action is overdue when
/// its due date is before today and it is not done. `!` marks an owner who
/// is not among the invitees of the case's latest meeting. A meeting that
/// cannot be read is named on stderr, and the exit status is then 1: its
/// actions are missing from the list.
///
/// Examples:
///   lsk actions
///   lsk actions --overdue ~/cases
///   lsk actions --owner "Sanna Virtanen" --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Meeting folders, case folders or folders of cases
    #[arg(value_hint = clap::ValueHint::AnyPath)]
    paths: Vec<PathBuf>,
    /// Only the actions of this owner (case and spacing do not matter)
    #[arg(long)]
    owner: Option<String>,
    /// Only overdue actions
    #[arg(long)]
    overdue: bool,
    /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
    today: Option<Date>,
    /// table (default) or json
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    format: String,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let found = match super::resolve(&args.paths, lang) {
        Ok(found) => found,
        Err(e) if args.format == "json" => return Ok(super::json_error(&e.message, Some(&e.path))),
        Err(e) => return Err(super::Failure(e.message)),
    };
    let targets = &found.targets;
    let today = args.today.unwrap_or_else(|| jiff::Zoned::now().date());
    let wanted = |a: &Action| {
        (!args.overdue || a.overdue)
            && args.owner.as_deref().is_none_or(|o| {
                a.owner
                    .as_deref()
                    .is_some_and(|owner| same_person(owner, o))
            })
    };
    // Cases that look like cases but are not read, in the run's language.
    let skipped = |lang_of_run: Lang| {
        found.skipped.iter().cloned().map(move |mut f| {
            f.lang = lang_of_run;
            f
        })
    };
    if args.format == "json" {
        // Streamed one action a line: a team's repository can hold a
        // hundred thousand actions, and none is kept once written.
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let _ = write!(out, "{{\"actions\": [");
        let mut first = true;
        let mut unreadable = follow::each_action(targets, today, lang, |a| {
            if wanted(&a) {
                let _ = write!(out, "{}", if first { "\n  " } else { ",\n  " });
                first = false;
                let _ = write!(out, "{}", to_json(&a, false));
            }
        });
        if !found.skipped.is_empty() {
            unreadable.extend(skipped(run_lang(lang, targets)));
        }
        // Meetings that could not be read: their actions are missing above.
        let _ = write!(out, "{}], \"unreadable\": [", if first { "" } else { "\n" });
        for (i, f) in unreadable.iter().enumerate() {
            let _ = write!(
                out,
                "{}{}",
                if i == 0 { "\n  " } else { ",\n  " },
                to_json(&Unreadable::of(f), false)
            );
        }
        let _ = writeln!(out, "{}]}}", if unreadable.is_empty() { "" } else { "\n" });
        return Ok(if unreadable.is_empty() { OK } else { FINDINGS });
    }
    let (actions, mut unreadable) = follow::actions(targets, today, lang);
    let actions: Vec<Action> = actions.into_iter().filter(|a| wanted(a)).collect();
    let lang = run_lang(lang, targets);
    unreadable.extend(skipped(lang));
    let w = crate::i18n::words(lang);
    let mut table = Table::new(&w.actions.header);
    for a in &actions {
        let state = if a.done {
            w.status.done
        } else if a.overdue {
            w.status.overdue
        } else {
            w.status.open
        };
        let owner = match (&a.owner, a.owner_not_in_latest) {
            (Some(o), true) => format!("{o} !"),
            (Some(o), false) => o.clone(),
            (None, _) => "—".into(),
        };
        table.row(
            vec![
                a.due.clone().unwrap_or_else(|| "—".into()),
                state.into(),
                owner,
                a.action.split_whitespace().collect::<Vec<_>>().join(" "),
                format!("{}/{}", a.case, a.meeting),
            ],
            a.overdue,
        );
    }
    print!("{}", table.render(use_color()));
    if actions.iter().any(|a| a.owner_not_in_latest) {
        println!("\n! {}", w.actions.not_in_latest);
    }
    report_unreadable(&unreadable);
    Ok(if unreadable.is_empty() { OK } else { FINDINGS })
}
