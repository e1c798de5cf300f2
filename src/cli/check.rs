//! `lsk check`: report what is missing or wrong, for the phase each meeting
//! is in.

use std::path::PathBuf;

use jiff::civil::Date;

use super::{FINDINGS, OK, Outcome, fallback_lang, shown};
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
/// With --changed-since REV, only the meetings changed since that git
/// revision are checked (and whole cases whose lsk.yaml or templates
/// changed): a team's CI checks what a merge request touches. --format
/// junit writes JUnit XML for CI (a test suite per case, a test case per
/// meeting, a failure per error).
///
/// Examples:
///   lsk check
///   lsk check meetings/2026-11-24-daycare --phase after
///   lsk check --format json --today 2026-11-24 ~/cases
///   lsk check --format junit --changed-since origin/main > lsk-report.xml
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Meeting folders, case folders or folders of cases
    #[arg(value_hint = clap::ValueHint::AnyPath)]
    paths: Vec<PathBuf>,
    /// Check for this phase instead of the one the meeting's date gives
    #[arg(long, value_parser = super::one_of(Phase::NAMES.iter().copied(), Phase::parse))]
    phase: Option<Phase>,
    /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
    today: Option<Date>,
    /// human (default), json, or junit (JUnit XML for CI)
    #[arg(long, default_value = "human", value_parser = ["human", "json", "junit"])]
    format: String,
    /// Check only the meetings changed since this git revision (and whole
    /// cases whose lsk.yaml or templates changed)
    #[arg(long, value_name = "REV")]
    changed_since: Option<String>,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let today = args.today.unwrap_or_else(|| jiff::Zoned::now().date());
    let opts = Options {
        phase: args.phase,
        today,
        lang,
    };
    let resolved = match &args.changed_since {
        Some(rev) => changed(&args.paths, rev, lang),
        None => super::resolve(&args.paths, lang),
    };
    let found = match resolved {
        Ok(found) => found,
        Err(e) if args.format == "json" => {
            return Ok(super::json_error(&e.message, Some(&e.path)));
        }
        Err(e) => return Err(super::Failure(e.message)),
    };
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
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        if let Err(e) = report::json::write(&mut out, &findings, meetings)
            .and_then(|()| std::io::Write::flush(&mut out))
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            return Err(super::Failure(e.to_string()));
        }
    } else if args.format == "junit" {
        print!("{}", report::junit::render(&found.targets, &findings));
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

/// The targets of `--changed-since`: what git says changed under the PATHs.
fn changed(
    paths: &[PathBuf],
    rev: &str,
    lang: Option<Lang>,
) -> Result<crate::case::discover::Found, super::TargetError> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let base = match paths {
        [] => crate::case::find_root(&cwd).unwrap_or(cwd.clone()),
        [one] if one.is_dir() => crate::paths::resolve(one).unwrap_or(cwd.clone()),
        _ => cwd.clone(),
    };
    crate::changed::targets(paths, rev, &base).map_err(|e| {
        let ui = fallback_lang(lang);
        super::TargetError {
            message: match e {
                crate::changed::Error::BadRevision(r) => say(ui, Say::BadRevision(&r)),
                crate::changed::Error::Git(detail) => say(ui, Say::ChangedSinceGit(&detail)),
                crate::changed::Error::NotFound(p) => say(ui, Say::NotFound(&shown(&p))),
                crate::changed::Error::Outside(p) => say(ui, Say::OutsideRepository(&shown(&p))),
                crate::changed::Error::Submodule(p) => say(ui, Say::SubmoduleChanged(&shown(&p))),
            },
            path: paths.first().cloned().unwrap_or(cwd),
        }
    })
}
