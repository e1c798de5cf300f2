//! `lsk actions`: every agreed action across meetings and cases.

use std::io::Write;
use std::path::PathBuf;

use jiff::civil::Date;

use super::{OK, Outcome, resolve_targets, use_color};
use crate::date;
use crate::follow::{self, Action};
use crate::model::Lang;
use crate::report::table::Table;
use crate::rules::same_person;

/// List agreed actions: owner, due date, done, overdue
///
/// Every `agreed` item of every meeting under PATH (a meeting, a case or a
/// folder of cases; default: the current case). An action is overdue when
/// its due date is before today and it is not done. `!` marks an owner who
/// is not among the invitees of the case's latest meeting.
///
/// Examples:
///   lsk actions
///   lsk actions --overdue ~/cases
///   lsk actions --owner "Sanna Virtanen" --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Meeting folders, case folders or folders of cases
    paths: Vec<PathBuf>,
    /// Only the actions of this owner (case and spacing do not matter)
    #[arg(long)]
    owner: Option<String>,
    /// Only overdue actions
    #[arg(long)]
    overdue: bool,
    /// Take this date as today (YYYY-MM-DD); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_date(s).ok_or("write YYYY-MM-DD"))]
    today: Option<Date>,
    /// table (default) or json
    #[arg(long, default_value = "table", value_parser = ["table", "json"])]
    format: String,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let targets = resolve_targets(&args.paths, lang)?;
    let today = args.today.unwrap_or_else(|| jiff::Zoned::now().date());
    let wanted = |a: &Action| {
        (!args.overdue || a.overdue)
            && args.owner.as_deref().is_none_or(|o| {
                a.owner
                    .as_deref()
                    .is_some_and(|owner| same_person(owner, o))
            })
    };
    if args.format == "json" {
        // Streamed one action a line: a team's repository can hold a
        // hundred thousand actions, and none is kept once written.
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let _ = write!(out, "{{\"actions\": [");
        let mut first = true;
        follow::each_action(&targets, today, |a| {
            if wanted(&a) {
                let _ = write!(out, "{}", if first { "\n  " } else { ",\n  " });
                first = false;
                let _ = serde_json::to_writer(&mut out, &a);
            }
        });
        let _ = writeln!(out, "{}]}}", if first { "" } else { "\n" });
        return Ok(OK);
    }
    let actions: Vec<Action> = follow::actions(&targets, today)
        .into_iter()
        .filter(|a| wanted(a))
        .collect();
    let lang = lang.unwrap_or_else(|| {
        targets.first().map_or_else(Lang::default, |t| {
            crate::case::Case::load(&t.case_root, None).lang
        })
    });
    let w = words(lang);
    let mut table = Table::new(&w.header);
    for a in &actions {
        let state = if a.done {
            w.done
        } else if a.overdue {
            w.overdue
        } else {
            w.open
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
        println!("\n! {}", w.not_in_latest);
    }
    Ok(OK)
}

struct Words {
    header: [&'static str; 5],
    done: &'static str,
    overdue: &'static str,
    open: &'static str,
    not_in_latest: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Fi => Words {
            header: ["MÄÄRÄAIKA", "TILA", "VASTUU", "SOVITTU ASIA", "NEUVOTTELU"],
            done: "tehty",
            overdue: "myöhässä",
            open: "kesken",
            not_in_latest: "vastuuhenkilö ei ole asian viimeisimmän neuvottelun kutsuttujen joukossa: sovitaanko uusi vastuuhenkilö?",
        },
        Lang::Sv => Words {
            header: ["TILL NÄR", "LÄGE", "ANSVARIG", "ÅTGÄRD", "MÖTE"],
            done: "gjort",
            overdue: "försenad",
            open: "pågår",
            not_in_latest: "den ansvariga finns inte bland de inbjudna till ärendets senaste möte: behövs en ny ansvarig?",
        },
        Lang::En => Words {
            header: ["DUE", "STATE", "OWNER", "ACTION", "MEETING"],
            done: "done",
            overdue: "overdue",
            open: "open",
            not_in_latest: "the owner is not among the invitees of the case's latest meeting: does the action need a new owner?",
        },
    }
}
