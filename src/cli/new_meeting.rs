//! `lsk new-meeting`: scaffold a meeting folder in the current case.

use std::path::PathBuf;

use super::{Failure, Outcome, fallback_lang, shown};
use crate::case::{Case, find_root};
use crate::date;
use crate::i18n::{Say, say};
use crate::model::{Kind, Lang};
use crate::new_meeting::{Refusal, Request, create};

/// Create meetings/<date>-<slug>/meeting.md with every field of the kind
///
/// The fields are pre-filled from lsk.yaml where the practice allows and
/// each has a comment saying what it is for. An existing meeting is never
/// overwritten.
///
/// Examples:
///   lsk new-meeting --kind daycare --date 2026-11-24 --time 13:00
///   lsk new-meeting --kind family-group-conference --date 2027-01-15 --slug lahiverkosto
///   lsk new-meeting --follow-up 2026-11-24-daycare --date 2027-01-12
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// daycare, school, family-group-conference or fgc-follow-up (with
    /// --follow-up: the earlier meeting's kind, or fgc-follow-up after a
    /// family group conference)
    #[arg(long, required_unless_present = "follow_up", value_parser = super::one_of(Kind::NAMES.iter().copied(), Kind::parse))]
    kind: Option<Kind>,
    /// Follow up this meeting (its folder name in the case, or a path): copy
    /// its invitees and roles, and list its agreed actions under `review`
    #[arg(long, value_name = "MEETING", value_hint = clap::ValueHint::DirPath)]
    follow_up: Option<PathBuf>,
    /// The meeting's date, YYYY-MM-DD (or D.M.YYYY)
    #[arg(long)]
    date: String,
    /// Start time, HH:MM
    #[arg(long)]
    time: Option<String>,
    /// The folder name after the date (default: the kind)
    #[arg(long)]
    slug: Option<String>,
    /// The case folder (default: the case containing the current folder)
    #[arg(long, default_value = ".", value_hint = clap::ValueHint::DirPath)]
    case: PathBuf,
    /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
    today: Option<jiff::civil::Date>,
}

pub fn run(args: Args, lang: Option<Lang>, commit: crate::repo::commit::Options) -> Outcome {
    let Some(root) = find_root(&args.case) else {
        return Err(Failure(say(
            fallback_lang(lang),
            Say::NotInCase(&shown(&args.case)),
        )));
    };
    let case = Case::load(&root, lang);
    let req = Request {
        kind: args.kind,
        follow_up: args.follow_up.as_deref(),
        date: &args.date,
        date_field: "--date",
        time: args.time.as_deref(),
        slug: args.slug.as_deref(),
        today: args.today.unwrap_or_else(|| jiff::Zoned::now().date()),
    };
    let shown_path = |p: &std::path::Path| shown(p);
    match create(&root, &case, &req, &shown_path, &mut |w| super::warn(&w)) {
        Ok(file) => {
            println!("{}", shown(&file));
            let name = |p: &std::path::Path| {
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            let what = crate::repo::commit::What::NewMeeting {
                meeting: file.parent().map(name).unwrap_or_default(),
                follows: args.follow_up.as_deref().map(|p| {
                    let p = p.components().as_path();
                    name(p)
                }),
            };
            let paths = [file.clone(), root.join(crate::scaffold::SCHEMA_FILE)];
            let outcome = crate::repo::commit::record(&case, &what, &paths, commit);
            Ok(super::say_recorded(&outcome, case.lang))
        }
        Err(Refusal::Blocked(blockers, message)) => {
            let shown_findings: Vec<_> = blockers
                .into_iter()
                .map(|mut f| {
                    f.shown = shown(&f.file);
                    f
                })
                .collect();
            eprint!(
                "{}",
                crate::report::human::render_findings(
                    &shown_findings,
                    crate::report::human::Style::of(crate::report::term::Stream::Stderr)
                )
            );
            Err(Failure(message))
        }
        Err(Refusal::Said(message)) => Err(Failure(message)),
    }
}
