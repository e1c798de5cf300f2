//! `lsk hook install` and `lsk hook run`: a git pre-commit hook that checks
//! exactly what is staged (the library is `crate::hook`) and stops a
//! commit that would put into the repository what must never be there.

use std::path::PathBuf;
use std::process::Command;

use jiff::civil::Date;

use super::{FINDINGS, Failure, OK, Outcome, case_lang, fallback_lang, shown};
use crate::date;
use crate::fsutil;
use crate::hook as staged;
use crate::i18n::{Say, say};
use crate::model::{Access, Lang};
use crate::report::human;

/// Guard commits: a git pre-commit hook that checks exactly what is staged
///
/// `lsk hook install` writes .git/hooks/pre-commit (or into the folder set
/// in core.hooksPath). Before each commit it runs `lsk hook run`, which
/// reads the staged files (what `git add` recorded, not the files on disk)
/// and stops the commit when it would put into the repository:
///   - a personal identity code, in any staged text file, in a case or not;
///   - a copy of the memo for a recipient the family has not agreed to
///     (memo.<recipient>.md or .html; rule `consent`);
///   - a file lsk cannot read, or one left with merge-conflict markers
///     (rule `parse-error`).
///
/// Every other finding in the cases the commit touches, such as the missing
/// fields of a meeting still being prepared, is printed, and the commit goes
/// through; `hook: strict` in a case's lsk.yaml makes every error stop it.
/// Messages are in the case's language. Exit status of `lsk hook run`:
/// 0 commit allowed, 1 refused, 2 the staged files could not be read (the
/// commit is refused too).
///
/// Three more hooks are installed beside it: `pre-merge-commit` runs the
/// same check before a merge commit; `commit-msg` (`lsk hook message FILE`)
/// refuses a commit whose message (every line git stores, `#` lines too),
/// author or committer holds an identity code; and `pre-push` (`lsk hook
/// push REMOTE`) checks every commit and annotated tag a push would send
/// (the files each commit changes, its message, author and committer, the
/// tag's message), so that a commit made without the pre-commit hook (a
/// conflict resolved in `git rebase --continue`, `git merge --continue` or
/// `git cherry-pick --continue`) never leaves the workstation with a code.
///
/// `git commit --no-verify` skips the hooks for one commit. An existing hook
/// is not replaced without --force. With the pre-commit framework, use the
/// `lsk-check` hook of this project's .pre-commit-hooks.yaml: it runs the
/// same `lsk hook run`.
///
/// Examples:
///   cd my-cases && lsk hook install
///   lsk hook install --force
///   lsk hook run --today 2026-11-24
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Write the pre-commit hook into the current git repository
    Install {
        /// Replace an existing pre-commit hook
        #[arg(long)]
        force: bool,
    },
    /// Check the staged files now, as the installed hook does before each commit
    Run {
        /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
        #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
        today: Option<Date>,
    },
    /// Check a commit message (the commit-msg hook): no identity code in it
    Message {
        /// The file git wrote the message to
        file: PathBuf,
    },
    /// Check what a push would send (the pre-push hook; git's list of refs on standard input)
    Push {
        /// The remote's name (or address), as git gives it; else
        /// PRE_COMMIT_REMOTE_NAME (the pre-commit framework)
        remote: Option<String>,
        /// The remote's address (not used)
        url: Option<String>,
    },
}

/// The hooks `lsk hook install` writes: name, and the `lsk hook` action the
/// script runs (`"$1"` is the message file git gives `commit-msg`).
const HOOKS: &[(&str, &str)] = &[
    ("pre-commit", "run"),
    ("pre-merge-commit", "run"),
    ("commit-msg", "message \"$1\""),
    ("pre-push", "push \"$1\" \"$2\""),
];

/// The hook: POSIX sh, so it runs wherever git does (Git for Windows too).
/// It runs the lsk that installed it, or else the one on PATH; without
/// either, the commit is stopped.
fn script(lsk: &str, not_found: &str, action: &str) -> String {
    format!(
        r#"#!/bin/sh
# Installed by `lsk hook install`: before each commit, `lsk hook run` checks
# the staged files and `lsk hook message` the commit message; before each
# push, `lsk hook push` checks every commit it sends (see `lsk hook --help`).
lsk={lsk}
[ -x "$lsk" ] || lsk=$(command -v lsk) || {{
    echo {not_found} >&2
    exit 1
}}
exec "$lsk" hook {action}
"#,
        lsk = shell_quote(lsk),
        not_found = shell_quote(not_found),
    )
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    match args.action {
        Action::Install { force } => install(force, lang),
        Action::Run { today } => check_staged(today, lang),
        Action::Message { file } => check_message(&file, lang),
        Action::Push { remote, url: _ } => check_push(remote, lang),
    }
}

/// `lsk hook push REMOTE`: refuse (exit 1) a push that would send an
/// identity code, naming each commit and where in it; exit 2 (the push is
/// refused too) when git cannot be read.
fn check_push(remote: Option<String>, lang: Option<Lang>) -> Outcome {
    let ui = case_lang(lang);
    let mut updates = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut updates)
        .map_err(|e| Failure(say(ui, Say::PushCannotCheck(&e.to_string()))))?;
    // The pre-commit framework keeps git's list and says it in variables.
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    let field = |k: &str| {
        Some(var(k))
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "-".into())
    };
    if updates.trim().is_empty() && !var("PRE_COMMIT_TO_REF").is_empty() {
        let from = var("PRE_COMMIT_FROM_REF");
        let from = if from.is_empty() {
            "0".repeat(40)
        } else {
            from
        };
        updates = format!(
            "{} {} {} {from}\n",
            field("PRE_COMMIT_LOCAL_BRANCH"),
            var("PRE_COMMIT_TO_REF"),
            field("PRE_COMMIT_REMOTE_BRANCH"),
        );
    }
    let remote = remote.unwrap_or_else(|| var("PRE_COMMIT_REMOTE_NAME"));
    let leaks = staged::check_push(&remote, &updates).map_err(|e| {
        Failure(match e {
            staged::Error::NoGit => say(ui, Say::NoGit),
            staged::Error::Git(detail) => say(ui, Say::PushCannotCheck(&detail)),
            staged::Error::Io(e) => say(ui, Say::PushCannotCheck(&e.to_string())),
        })
    })?;
    if leaks.is_empty() {
        return Ok(OK);
    }
    let mask = |t: &str| crate::hetu::mask(t).into_owned();
    let mut out = say(ui, Say::PushRefused(leaks.len()));
    out.push('\n');
    for leak in &leaks {
        let line = match leak {
            staged::Leak::File(commit, path, line) => say(
                ui,
                Say::PushInFile(commit, &format!("{}:{line}", mask(path))),
            ),
            staged::Leak::Name(commit, path) => say(ui, Say::PushInName(commit, &mask(path))),
            staged::Leak::Message(commit) => say(ui, Say::PushInMessage(commit)),
            staged::Leak::Ident(commit) => say(ui, Say::PushInIdent(commit)),
            staged::Leak::Tag(name) => say(ui, Say::PushInTag(&mask(name))),
        };
        out.push_str("  ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&say(ui, Say::PushRefusedFix));
    eprintln!("{out}");
    Ok(FINDINGS)
}

/// `lsk hook message FILE`: a commit message is history too, and so are
/// the author's and committer's names and e-mails.
fn check_message(file: &std::path::Path, lang: Option<Lang>) -> Outcome {
    let ui = case_lang(lang);
    let bytes = std::fs::read(file).map_err(|_| Failure(say(ui, Say::NotFound(&shown(file)))))?;
    // Every line git may store: `#` lines too (`git commit -m '#…'` and
    // `--cleanup=verbatim` keep them), up to the scissors line of `-v`.
    if !crate::hetu::file_lines(staged::stored_message(&bytes)).is_empty() {
        eprintln!("{}", say(ui, Say::MessageHasCode));
        return Ok(FINDINGS);
    }
    if staged::idents()
        .iter()
        .any(|ident| !crate::hetu::find(ident).is_empty())
    {
        eprintln!("{}", say(ui, Say::IdentHasCode));
        return Ok(FINDINGS);
    }
    Ok(OK)
}

/// `lsk hook run`: refuse (exit 1) or allow (exit 0) the commit, and say why.
fn check_staged(today: Option<Date>, lang: Option<Lang>) -> Outcome {
    let opts = staged::Options {
        today: today.unwrap_or_else(|| jiff::Zoned::now().date()),
        lang,
        default_lang: fallback_lang(lang),
    };
    let outcome = staged::check(&opts).map_err(|e| {
        let ui = opts.default_lang;
        Failure(match e {
            staged::Error::NoGit => say(ui, Say::NoGit),
            staged::Error::Git(detail) => say(ui, Say::HookCannotCheck(&detail)),
            staged::Error::Io(e) => say(ui, Say::HookCannotCheck(&e.to_string())),
        })
    })?;
    let ui = outcome.lang;
    // Printed on stdout, where git shows it.
    let color = human::Style::of(crate::report::term::Stream::Stdout);
    let mut out = String::new();
    let (refused, reported) = (&outcome.refused, &outcome.reported);
    if !outcome.allowed() {
        out.push_str(&say(ui, Say::CommitRefused(refused.len())));
        out.push('\n');
        out.push_str(&say(ui, Say::CommitRefusedWhy));
        out.push('\n');
        for case in &outcome.strict {
            out.push_str(&say(ui, Say::CommitStrict(case)));
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&human::render_findings(refused, color));
        out.push_str(&say(ui, Say::CommitRefusedFix));
        out.push('\n');
        if !reported.is_empty() {
            out.push('\n');
            out.push_str(&say(ui, Say::CommitAlsoUnfinished(reported.len())));
            out.push_str("\n\n");
            out.push_str(human::render_findings(reported, color).trim_end());
            out.push('\n');
        }
    } else if !reported.is_empty() {
        out.push_str(&say(ui, Say::CommitAllowedUnfinished(reported.len())));
        out.push_str("\n\n");
        out.push_str(human::render_findings(reported, color).trim_end());
        out.push('\n');
    }
    // The reporter reads the findings' lines from the staged copy, which
    // lives as long as `outcome`.
    print!("{out}");
    Ok(if outcome.allowed() { OK } else { FINDINGS })
}

fn install(force: bool, lang: Option<Lang>) -> Outcome {
    let ui = case_lang(lang);
    let out = Command::new("git")
        .args(["rev-parse", "--git-path", "hooks"])
        .output()
        .map_err(|_| Failure(say(ui, Say::NoGit)))?;
    if !out.status.success() {
        return Err(Failure(say(ui, Say::NoGit)));
    }
    let hooks = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "lsk".into());
    // The hooks live in .git, which is the repository owner's.
    let private = Access::Private;
    if !force
        && let Some((name, _)) = HOOKS
            .iter()
            .find(|(name, _)| hooks.join(name).symlink_metadata().is_ok())
    {
        return Err(Failure(say(ui, Say::HookExists(&shown(&hooks.join(name))))));
    }
    for (name, action) in HOOKS {
        let hook = hooks.join(name);
        let text = script(&exe, &say(ui, Say::HookNoLsk), action);
        let written = fsutil::create_dir_all(&hooks, private).and_then(|()| {
            if force {
                fsutil::replace(&hook, text.as_bytes(), private)
            } else {
                fsutil::write_new(&hook, text.as_bytes(), private)
            }
        });
        match written {
            Ok(()) => {
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let _ = std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o700));
                }
                println!("{}", say(ui, Say::Created(&shown(&hook))));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Failure(say(ui, Say::HookExists(&shown(&hook)))));
            }
            Err(e) => {
                return Err(Failure(say(
                    ui,
                    Say::CannotWrite(&shown(&hook), &e.to_string()),
                )));
            }
        }
    }
    Ok(OK)
}
