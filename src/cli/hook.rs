//! `lsk hook install`: a git pre-commit hook that runs `lsk check` on the
//! staged meetings and blocks a commit with errors.

use std::path::PathBuf;
use std::process::Command;

use super::{Failure, OK, Outcome, case_lang, shown};
use crate::fsutil;
use crate::i18n::{Say, say};
use crate::model::{Access, Lang};

/// Install git hooks
///
/// `lsk hook install` writes .git/hooks/pre-commit (or the folder set in
/// core.hooksPath): before each commit it runs `lsk check` on the staged
/// meeting.md files and stops the commit when there are errors. An existing
/// hook is not replaced without --force. For the pre-commit framework, use
/// the `lsk-check` hook in this project's .pre-commit-hooks.yaml instead.
///
/// Example:
///   cd my-cases && lsk hook install
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
}

/// The hook: POSIX sh, so it runs wherever git does (Git for Windows too).
fn script(lsk: &str) -> String {
    format!(
        r#"#!/bin/sh
# Installed by `lsk hook install`: refuses a commit when a staged meeting has
# errors (`lsk check`). To commit anyway, once: git commit --no-verify
lsk=$(command -v lsk || echo {lsk})
files=$(git diff --cached --name-only --diff-filter=ACMR -- '*meeting.md' 'meeting.md')
[ -n "$files" ] || exit 0
set --
while IFS= read -r f; do
    [ -n "$f" ] && set -- "$@" "$f"
done <<FILES
$files
FILES
exec "$lsk" check "$@"
"#,
        lsk = shell_quote(lsk)
    )
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let ui = case_lang(lang);
    let Action::Install { force } = args.action;
    let out = Command::new("git")
        .args(["rev-parse", "--git-path", "hooks"])
        .output()
        .map_err(|_| Failure(say(ui, Say::NoGit)))?;
    if !out.status.success() {
        return Err(Failure(say(ui, Say::NoGit)));
    }
    let hooks = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let hook = hooks.join("pre-commit");
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "lsk".into());
    let text = script(&exe);
    // The hook lives in .git, which is the repository owner's.
    let private = Access::Private;
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
            Ok(OK)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(Failure(say(ui, Say::HookExists(&shown(&hook)))))
        }
        Err(e) => Err(Failure(say(
            ui,
            Say::CannotWrite(&shown(&hook), &e.to_string()),
        ))),
    }
}
