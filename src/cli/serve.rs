//! `lsk serve`: the case in a browser (src/serve/ does the work).

use std::path::PathBuf;
use std::time::Duration;

use super::{CANNOT_RUN, Failure, OK, Outcome, fallback_lang, shown};
use crate::case::find_root;
use crate::i18n::{Say, say};
use crate::model::Lang;

/// Show the case in a browser: read, check, preview and print
///
/// Listens on 127.0.0.1 only and prints the address with a one-time key
/// as the first line; opens it in the default browser (BROWSER) unless
/// --no-open. Stops on Ctrl-C, or a while after the last page is closed
/// (LSK_SERVE_IDLE_SECS, default 300; 0 never).
///
/// Examples:
///   lsk serve
///   lsk serve ~/cases --no-open --port 8080
///   lsk serve ~/cases --shortcut
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A case folder or a folder of cases (default: the case around the current folder)
    #[arg(value_hint = clap::ValueHint::DirPath)]
    path: Option<PathBuf>,
    /// Listen on this port (default: the folder's own, so that bookmarks keep working after a restart, or a free one when that is taken; 0: any free one)
    #[arg(long)]
    port: Option<u16>,
    /// Do not open a browser; only print the address
    #[arg(long)]
    no_open: bool,
    /// Make a desktop shortcut that opens this folder in the browser (lsk serve), and stop
    #[arg(long, conflicts_with_all = ["port", "no_open"])]
    shortcut: bool,
}

pub fn run(args: Args, lang: Option<Lang>, commit: crate::repo::commit::Options) -> Outcome {
    let ui = fallback_lang(lang);
    let root = match &args.path {
        Some(p) => p.clone(),
        None => match find_root(std::path::Path::new(".")) {
            Some(root) => root,
            None => {
                return Err(Failure(say(
                    ui,
                    Say::NotInCase(&shown(std::path::Path::new("."))),
                )));
            }
        },
    };
    let Ok(root) = std::fs::canonicalize(&root) else {
        return Err(Failure(say(ui, Say::NotFound(&shown(&root)))));
    };
    if !root.is_dir() {
        return Err(Failure(say(ui, Say::NotFound(&shown(&root)))));
    }
    if args.shortcut {
        return make_shortcut(&root, lang);
    }
    // The small window lsk runs in: a line on keeping it open, in the
    // case's language (the address follows on standard output).
    let window = lang.unwrap_or_else(|| match crate::case::is_case_root(&root) {
        true => crate::case::Case::load(&root, None).lang,
        false => fallback_lang(None),
    });
    eprintln!("{}", say(window, Say::KeepOpen));
    let idle = std::env::var("LSK_SERVE_IDLE_SECS")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(300);
    let today = std::env::var("LSK_TODAY")
        .ok()
        .and_then(|s| crate::date::parse_given(&s));
    let opts = crate::serve::Options {
        root,
        port: args.port,
        open: !args.no_open,
        lang,
        today,
        idle: (idle > 0).then(|| Duration::from_secs(idle)),
        commit,
    };
    match crate::serve::run(opts) {
        Ok(()) => Ok(OK),
        Err(e) => {
            super::warn(&e.to_string());
            Ok(CANNOT_RUN)
        }
    }
}

/// `--shortcut`: a launcher on the desktop that runs `lsk serve ROOT`;
/// never overwrites one that is there.
fn make_shortcut(root: &std::path::Path, lang: Option<Lang>) -> Outcome {
    use crate::shortcut::{Refusal, System, desktop_dir, shortcut};
    let ui = lang.unwrap_or_else(|| match crate::case::is_case_root(root) {
        true => crate::case::Case::load(root, None).lang,
        false => fallback_lang(None),
    });
    let Some(desktop) = desktop_dir() else {
        return Err(Failure(say(ui, Say::NoDesktop)));
    };
    let lsk = std::env::current_exe()
        .and_then(std::fs::canonicalize)
        .map_err(|e| Failure(say(ui, Say::CannotWrite("lsk", &e.to_string()))))?;
    let made = match shortcut(System::current(), &lsk, root, ui) {
        Ok(made) => made,
        Err(Refusal::IdentityCode) => return Err(Failure(say(ui, Say::IdentityCodeGiven))),
        Err(Refusal::Unquotable) => {
            return Err(Failure(say(ui, Say::ShortcutUnquotable(&shown(root)))));
        }
    };
    let path = desktop.join(made.file_name);
    match crate::fsutil::write_new(&path, made.text.as_bytes(), crate::model::Access::Private) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Failure(say(ui, Say::CaseExists(&shown(&path)))));
        }
        Err(e) => {
            return Err(Failure(say(
                ui,
                Say::CannotWrite(&shown(&path), &crate::case::source::io_detail(&e)),
            )));
        }
    }
    #[cfg(unix)]
    if made.executable {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700));
    }
    println!(
        "{}",
        say(
            ui,
            Say::ShortcutMade(
                &shown(&path),
                // The folder by its name, as the worker knows it.
                &root
                    .file_name()
                    .map_or_else(|| shown(root), |n| n.to_string_lossy().into_owned())
            )
        )
    );
    Ok(OK)
}
