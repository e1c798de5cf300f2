//! `lsk sync [PATH]`: share the worker's changes through the team's git
//! server and get the colleagues' (the library is `crate::repo::sync`);
//! `lsk merge-driver`, the merge driver git runs for meeting.md and
//! lsk.yaml.

use std::path::PathBuf;

use serde::Serialize;

use super::{CANNOT_RUN, FINDINGS, Failure, OK, Outcome, fallback_lang};
use crate::case::{Case, find_root};
use crate::i18n::sync::{SyncSay, merge_message, say};
use crate::model::Lang;
use crate::repo::Repo;
use crate::repo::sync::{self, Outcome as Synced};

/// Exit status: the server could not be reached; nothing is lost, the
/// changes are shared on the next sync.
pub const OFFLINE: u8 = 3;

/// Share your changes with the team and get theirs
///
/// Gets the colleagues' changes from the team's server (the git remote:
/// the branch's upstream, else origin) and sends yours. A meeting.md or
/// lsk.yaml changed by you and a colleague is merged field by field: a
/// field only one of you changed takes that change. A field you both
/// changed keeps your text until you choose, in the browser (lsk serve,
/// "Share and get changes"): yours, the colleague's, or one you write;
/// the changes are merged once you have chosen. Never are conflict
/// markers left in a file. Another file you both changed (a document) is
/// kept twice: yours in its place and the colleague's beside it, named
/// with the colleague's name.
///
/// Before anything is sent, the same check as the pre-push hook (lsk hook
/// push) reads every commit: a personal identity code stops the sending.
/// Without a connection nothing changes: your changes stay on your
/// computer and are shared by the next sync.
///
/// Exit status: 0 shared (or nothing to do); 1 a choice is waiting, or the
/// check or the server refused the sending; 2 lsk could not run (no
/// server set, no name for the merge, files not recorded); 3 the server
/// could not be reached.
///
/// Examples:
///   lsk sync
///   lsk sync ~/team-cases --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A folder inside the team's repository (default: the current folder)
    #[arg(default_value = ".", value_hint = clap::ValueHint::DirPath)]
    path: PathBuf,
    /// text (default) or json
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
}

/// The merge driver git runs for meeting.md and lsk.yaml (set up by lsk sync)
#[derive(clap::Args)]
pub struct DriverArgs {
    /// The common ancestor's version (%O)
    base: PathBuf,
    /// The worker's version, replaced by the result (%A)
    mine: PathBuf,
    /// The colleague's version (%B)
    theirs: PathBuf,
    /// The file's path in the repository (%P)
    path: String,
}

#[derive(Serialize)]
struct Json<'a> {
    /// done, offline, no-remote, detached, no-access, no-author, unsaved,
    /// choose, refused, server-refused, failed, not-in-git
    outcome: &'a str,
    message: String,
    sent: usize,
    got: usize,
    to_share: usize,
    to_get: usize,
    merged: bool,
    kept_both: Vec<KeptBoth<'a>>,
    choices: Vec<ChoiceJson<'a>>,
}

#[derive(Serialize)]
struct KeptBoth<'a> {
    file: &'a str,
    beside: &'a str,
}

#[derive(Serialize)]
struct ChoiceJson<'a> {
    file: &'a str,
    field: &'a str,
    label: String,
    mine: &'a serde_json::Value,
    theirs: &'a serde_json::Value,
    colleague: &'a str,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let json = args.format == "json";
    let ui = lang
        .or_else(|| find_root(&args.path).map(|root| Case::load(&root, None).lang))
        .unwrap_or_else(|| fallback_lang(None));
    let Some(repo) = Repo::find(&args.path) else {
        let message = say(ui, SyncSay::NotInGit);
        if json {
            return Ok(super::json_error(&message, Some(&args.path)));
        }
        return Err(Failure(message));
    };
    let lsk = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("lsk"));
    let report = sync::sync(
        &repo,
        &sync::Options {
            lsk,
            merge_message: merge_message(ui).into(),
            lang: ui,
        },
    );
    let (name, code) = outcome_name(&report.outcome);
    let message = sync::said(ui, &report);
    if json {
        let out = Json {
            outcome: name,
            message,
            sent: report.sent,
            got: report.got,
            to_share: report.left.to_share,
            to_get: report.left.to_get,
            merged: report.merged,
            kept_both: report
                .kept_both
                .iter()
                .map(|(file, beside)| KeptBoth { file, beside })
                .collect(),
            choices: report
                .choices
                .iter()
                .map(|c| ChoiceJson {
                    file: &c.path,
                    field: &c.field,
                    label: sync::field_name(ui, &c.field),
                    mine: &c.mine,
                    theirs: &c.theirs,
                    colleague: &c.colleague,
                })
                .collect(),
        };
        // A value a colleague typed may hold an identity code: masked, as
        // everywhere lsk prints.
        let text = crate::report::json::to_json(&out, true);
        println!("{}", crate::hetu::mask(&text));
        return Ok(code);
    }
    let text = crate::hetu::mask(&message).into_owned();
    if code == OK {
        println!("{}", crate::report::printable_text(&text));
    } else {
        super::warn(&text);
    }
    Ok(code)
}

/// The outcome's name in JSON, and the exit status.
fn outcome_name(o: &Synced) -> (&'static str, u8) {
    match o {
        Synced::Done => ("done", OK),
        Synced::Offline => ("offline", OFFLINE),
        Synced::NoRemote => ("no-remote", CANNOT_RUN),
        Synced::Detached => ("detached", CANNOT_RUN),
        Synced::NoAccess => ("no-access", CANNOT_RUN),
        Synced::NoAuthor => ("no-author", CANNOT_RUN),
        Synced::Unsaved(_) => ("unsaved", CANNOT_RUN),
        Synced::Choose => ("choose", FINDINGS),
        Synced::Refused(_) => ("refused", FINDINGS),
        Synced::ServerRefused(_) => ("server-refused", FINDINGS),
        Synced::Busy => ("busy", OFFLINE),
        Synced::Failed(_) => ("failed", CANNOT_RUN),
        Synced::MergeRefused(_) => ("refused", FINDINGS),
    }
}

/// `lsk merge-driver %O %A %B %P`: 0 merged (a field changed on both
/// sides keeps the worker's value and waits for her choice); 1 the file
/// could not be merged by field (git then treats it as changed on both
/// sides, and lsk sync keeps both versions).
pub fn driver(args: DriverArgs) -> Outcome {
    match sync::merge_file(&args.base, &args.mine, &args.theirs, &args.path) {
        Ok(()) => Ok(OK),
        Err(_) => Ok(FINDINGS),
    }
}
