//! The command line: clap definitions turned into plain options, one file
//! per subcommand. Library code never exits or prints; this layer does.

mod actions;
mod check;
mod completions;
mod disclosures;
mod explain;
mod file;
mod guide;
mod history;
mod hook;
mod init;
mod list;
mod localize;
mod new_meeting;
mod render;
mod schema;
mod search;
mod serve;
mod sync;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::case::discover::{DiscoverError, Found, Target, case_target, targets};
use crate::case::{Case, find_root};
use crate::finding::Finding;
use crate::i18n::{Say, say};
use crate::model::Lang;
use crate::report::{printable, printable_text};

/// Exit status: no errors (warnings allowed).
pub const OK: u8 = 0;
/// Exit status: findings with errors.
pub const FINDINGS: u8 = 1;
/// Exit status: lsk could not run (bad arguments, unreadable path, no case).
pub const CANNOT_RUN: u8 = 2;

#[derive(Parser)]
#[command(
    name = "lsk",
    version,
    about = "Prepare, hold and document multi-agency meetings about a child in Finnish child welfare",
    long_about = "lsk keeps a child's case as a folder of plain text: lsk.yaml and one folder \
per meeting with a meeting.md. It scaffolds meetings, checks that each is prepared, held and \
documented as the practice requires, and says why when something is missing.",
    after_help = "Examples:\n  lsk init aino --child Aino --born 2021-03 --worker \"Sanna Virtanen\"\n  \
cd aino && lsk new-meeting --kind daycare --date 2026-11-24 --time 13:00\n  lsk check\n  \
lsk check --format json ../team-cases\n  lsk explain missing-field\n  \
lsk guide --kind daycare\n  lsk render memo meetings/2026-11-24-daycare --html\n\n\
User guide: docs/en/README.md (suomeksi docs/fi/README.md, på svenska docs/sv/README.md)"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of messages: fi, sv or en (default: the case's own)
    #[arg(long, global = true, value_parser = one_of(Lang::NAMES.iter().copied(), Lang::parse))]
    lang: Option<Lang>,
    /// Do not record lsk's changes in git, even in a repository (every
    /// change is otherwise a commit with you as its author)
    #[arg(long, global = true)]
    no_commit: bool,
}

#[derive(Subcommand)]
enum Command {
    Init(init::Args),
    NewMeeting(new_meeting::Args),
    Check(check::Args),
    Render(render::Args),
    Actions(actions::Args),
    List(list::Args),
    Disclosures(disclosures::Args),
    History(history::Args),
    File(file::Args),
    Correct(file::CorrectArgs),
    Schema(schema::Args),
    Completions(completions::Args),
    Man(completions::ManArgs),
    Hook(hook::Args),
    Explain(explain::Args),
    Guide(guide::Args),
    Serve(serve::Args),
    Search(search::Args),
    Sync(sync::Args),
    #[command(hide = true)]
    MergeDriver(sync::DriverArgs),
}

/// A failure that stops a command, already in the user's language.
#[derive(Debug)]
pub struct Failure(pub String);

pub type Outcome = Result<u8, Failure>;

/// A closed vocabulary as a value parser: clap lists the values in help
/// and errors, and the shell completion scripts offer them; the spelling
/// is the model's own (`Kind::NAMES`, ...).
pub fn one_of<T: Clone + Send + Sync + 'static>(
    names: impl IntoIterator<Item = &'static str>,
    parse: fn(&str) -> Option<T>,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(names)
        .try_map(move |s: String| parse(&s).ok_or("not one of the values"))
}

/// The language for messages when no case says (`i18n::locale_lang`).
pub use crate::i18n::locale_lang as fallback_lang;

/// The language for help texts: --lang, then the language of the case
/// around the working directory, then the locale.
pub fn case_lang(lang: Option<Lang>) -> Lang {
    lang.or_else(|| find_root(Path::new(".")).map(|root| Case::load(&root, None).lang))
        .unwrap_or_else(|| fallback_lang(None))
}

/// The cases and meetings the PATH arguments cover, and the folders that
/// look like cases but are not read. With no PATH: the whole case around
/// the working directory (files named from its root), or the cases below it.
/// With several PATHs, or a file among them, files are named from the
/// working directory, so that two meetings never share a name (FORMAT.md).
pub fn resolve_targets(paths: &[PathBuf], lang: Option<Lang>) -> Result<Found, Failure> {
    resolve(paths, lang).map_err(|e| Failure(e.message))
}

/// Why the PATHs cover nothing lsk can read: the message, and the path.
pub struct TargetError {
    pub message: String,
    pub path: PathBuf,
}

/// [`resolve_targets`], keeping the path that failed (for JSON errors).
pub fn resolve(paths: &[PathBuf], lang: Option<Lang>) -> Result<Found, TargetError> {
    let ui = fallback_lang(lang);
    let fail = |e| match e {
        DiscoverError::NoCaseRoot(p) => TargetError {
            message: say(ui, Say::NotInCase(&shown(&p))),
            path: p,
        },
        DiscoverError::NotFound(p) => TargetError {
            message: say(ui, Say::NotFound(&shown(&p))),
            path: p,
        },
    };
    if paths.is_empty() {
        return match find_root(Path::new(".")) {
            Some(root) => Ok(Found::of(vec![case_target(&root)])),
            None => targets(Path::new(".")).map_err(fail),
        };
    }
    let mut all = Found::default();
    for path in paths {
        let found = targets(path).map_err(fail)?;
        all.targets.extend(found.targets);
        all.skipped.extend(found.skipped);
    }
    if (paths.len() > 1 || paths.iter().any(|p| p.is_file()))
        && let Ok(cwd) = std::env::current_dir()
    {
        for t in &mut all.targets {
            t.base = cwd.clone();
        }
        for f in &mut all.skipped {
            f.shown = crate::paths::relative(&f.file, &cwd);
        }
    }
    Ok(all)
}

/// With `--format json`, what a script reads when lsk cannot run: one
/// object on stdout, `{"error": {"message", "path"}}`, so that an empty
/// output is never taken for "nothing found". The message goes to stderr
/// too; the exit status is 2.
pub fn json_error(message: &str, path: Option<&Path>) -> u8 {
    #[derive(serde::Serialize)]
    struct Error<'a> {
        message: &'a str,
        path: Option<String>,
    }
    #[derive(serde::Serialize)]
    struct Out<'a> {
        error: Error<'a>,
    }
    let out = Out {
        error: Error {
            message,
            path: path.map(|p| p.to_string_lossy().replace('\\', "/")),
        },
    };
    println!("{}", crate::report::json::to_json(&out, true));
    eprintln!("lsk: {}", printable_text(message));
    CANNOT_RUN
}

/// Whether the command line asks for JSON output (`--format json` or
/// `--format=json`), read before clap has parsed it.
fn wants_json(args: &[std::ffi::OsString]) -> bool {
    args.windows(2)
        .any(|w| w[0] == "--format" && w[1] == "json")
        || args.iter().any(|a| a == "--format=json")
}

/// The language of a run's own words (table headers, notes): --lang, then
/// the first case's, then the locale.
pub fn run_lang(lang: Option<Lang>, targets: &[Target]) -> Lang {
    lang.or_else(|| targets.first().map(|t| Case::load(&t.case_root, None).lang))
        .unwrap_or_else(|| fallback_lang(None))
}

/// Meetings (or cases) that could not be read, on stderr: one line each
/// with file, line and what is wrong, then what that means for the output.
pub fn report_unreadable(unreadable: &[Finding]) {
    for f in unreadable {
        let text = crate::i18n::text(f.lang, &f.msg);
        let help = text.help.map(|h| format!(" — {h}")).unwrap_or_default();
        warn(&format!(
            "{}:{}: {}{}",
            printable(&crate::i18n::labels::shown_path(&f.shown)),
            f.line,
            printable(&text.message),
            printable(&help)
        ));
    }
    if let Some(first) = unreadable.first() {
        warn(&say(first.lang, Say::LeftOut(unreadable.len())));
    }
}

/// One of lsk's own messages on stderr: `lsk: ` and the text, wrapped to
/// the terminal's width with the continuation under the text. Paths and
/// values in it may come from case files: escaped for the terminal, line
/// breaks kept.
pub fn warn(text: &str) {
    let width = crate::report::term::width(crate::report::term::Stream::Stderr);
    eprintln!(
        "lsk: {}",
        crate::report::term::wrap(&printable_text(text), width, 5, 5)
    );
}

/// Colour on stdout only for a terminal, and never when NO_COLOR is set
/// or the terminal says it cannot show it (`TERM=dumb`).
pub fn use_color() -> bool {
    crate::report::term::color(crate::report::term::Stream::Stdout)
}

/// A path as shown to the user: relative to the working directory when
/// it lies beneath it, with control and bidirectional characters escaped
/// (a folder name is the case's, not lsk's: it must not drive the terminal).
pub fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let text = match path.strip_prefix(&cwd) {
        Ok(rel) if !rel.as_os_str().is_empty() => rel.display().to_string(),
        _ => path.display().to_string(),
    };
    printable(&text).into_owned()
}

/// What a commit did, on stderr in one line ("Tallennettu historiaan: …");
/// nothing when there is nothing to tell (outside git, committing off).
/// The exit status: the file is written either way, but a commit the
/// guard refused (or git failed to make) is [`FINDINGS`], so that a
/// script sees that the change is not in the record; no author is not an
/// error (the line says how to set it).
pub fn say_recorded(outcome: &crate::repo::commit::Outcome, lang: Lang) -> u8 {
    use crate::repo::commit::Outcome as O;
    if let Some(text) = outcome.say(lang, false) {
        warn(&text);
    }
    match outcome {
        O::Refused(_) | O::Failed(_) => FINDINGS,
        _ => OK,
    }
}

/// A panic's message (a bug in lsk) is printed with every identity code
/// in it masked, as everything else lsk prints: the standard message
/// repeats whatever text the failing line held (a slice of a meeting,
/// say), and a terminal, a CI log or the server's window must never show
/// a code. Where it happened is kept, for the bug report.
fn mask_panics() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let thread = std::thread::current();
        eprintln!(
            "lsk stopped on an internal error (thread '{}'){at}: {}",
            thread.name().unwrap_or("unnamed"),
            crate::hetu::mask(&message)
        );
    }));
}

pub fn main() -> ExitCode {
    mask_panics();
    // A test build can be made to fail on purpose, so that the tests see
    // what a panic prints (never in a release build).
    #[cfg(debug_assertions)]
    if let Some(text) = std::env::var_os("LSK_DEBUG_PANIC") {
        panic!("{}", text.to_string_lossy());
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match localize::parse(&args) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let commit = crate::repo::commit::Options {
        commit: !cli.no_commit,
    };
    let result = match cli.command {
        Command::Init(args) => init::run(args, cli.lang, commit),
        Command::NewMeeting(args) => new_meeting::run(args, cli.lang, commit),
        Command::Check(args) => check::run(args, cli.lang),
        Command::Render(args) => render::run(args, cli.lang, commit),
        Command::Actions(args) => actions::run(args, cli.lang),
        Command::List(args) => list::run(args, cli.lang),
        Command::Disclosures(args) => disclosures::run(args, cli.lang),
        Command::History(args) => history::run(args, cli.lang),
        Command::File(args) => file::run(args, cli.lang, commit),
        Command::Correct(args) => file::run_correct(args, cli.lang, commit),
        Command::Schema(args) => schema::run(args, cli.lang),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => completions::man(args),
        Command::Hook(args) => hook::run(args, cli.lang),
        Command::Explain(args) => explain::run(args, cli.lang),
        Command::Guide(args) => guide::run(args, cli.lang),
        Command::Serve(args) => serve::run(args, cli.lang, commit),
        Command::Search(args) => search::run(args, cli.lang),
        Command::Sync(args) => sync::run(args, cli.lang),
        Command::MergeDriver(args) => sync::driver(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Failure(message)) => {
            // Paths and values in a message may come from case files; a
            // message of several lines keeps its line breaks.
            warn(&message);
            ExitCode::from(CANNOT_RUN)
        }
    }
}
