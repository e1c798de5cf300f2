//! `--help` and clap's own errors in the user's language: `--lang`, else
//! the case's language, else the locale. The `///` doc comments stay the
//! English texts; the Finnish and Swedish ones come from one table per
//! language (`i18n::usage`), keyed by command and argument id, and are put
//! into the clap definitions at runtime. An argument the tables do not
//! have (one added since) keeps its English text. Flags keep their
//! English names in every language.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::{CANNOT_RUN, Cli};
use crate::i18n::usage::{self, ArgError};
use crate::model::Lang;

/// lsk's clap definitions with their texts in `lang`.
pub fn command(lang: Lang) -> Command {
    localize(Cli::command(), lang, "", 0)
}

fn localize(mut cmd: Command, lang: Lang, path: &str, depth: usize) -> Command {
    let words = usage::words(lang);
    if let Some(t) = usage::command(lang, path) {
        cmd = cmd.about(t.about).long_about(t.long_about);
        if !t.after_help.is_empty() {
            cmd = cmd.after_help(t.after_help);
        }
    }
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in args {
        let help = usage::arg(lang, path, &id);
        cmd = cmd.mut_arg(&id, |mut a| {
            if let Some(help) = help {
                // The table's text says the default and the accepted
                // values in the reader's language: clap's English notes
                // about them are left out.
                a = a.help(help).long_help(None::<&str>).hide_env(true);
                if a.get_action().takes_values() {
                    a = a.hide_default_value(true).hide_possible_values(true);
                }
            }
            a.help_heading(if positional {
                words.arguments
            } else {
                words.options
            })
        });
    }
    // clap's own flags and `help` command, with lsk's words for them.
    cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(words.help_flag)
                .help_heading(words.options),
        )
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            words.usage
        ))
        .subcommand_help_heading(words.commands);
    if depth == 0 {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(words.version_flag)
                .help_heading(words.options),
        );
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    if !subcommands.is_empty() {
        cmd = cmd.disable_help_subcommand(true).subcommand(
            Command::new("help").about(words.help_command).arg(
                Arg::new("command")
                    .num_args(0..)
                    .trailing_var_arg(true)
                    .help_heading(words.arguments),
            ),
        );
    }
    for name in subcommands {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| localize(s, lang, &sub_path, depth + 1));
    }
    cmd
}

/// The language of help and of argument errors: `--lang` among the
/// arguments, else the case's language, else the locale.
fn lang_of(args: &[OsString]) -> Lang {
    let mut given = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = iter.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            given = iter.next().and_then(|v| Lang::parse(&v));
        } else if let Some(v) = a.strip_prefix("--lang=") {
            given = Lang::parse(v);
        }
    }
    super::case_lang(given)
}

/// The command line read into `Cli`, or the exit code once help, the
/// version or an error in the user's language has been printed.
pub fn parse(args: &[OsString]) -> Result<Cli, u8> {
    // English first: a command line that reads needs no case file read
    // for the language of its help.
    let matches = match command(Lang::En).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            let lang = lang_of(args);
            let e = command(lang).try_get_matches_from(args).err().unwrap_or(e);
            return Err(report(&e, lang, args));
        }
    };
    if asks_help(&matches) {
        // `lsk help check` is `lsk check --help`.
        let mut again: Vec<OsString> = Vec::with_capacity(args.len());
        let mut dropped = false;
        for (i, a) in args.iter().enumerate() {
            if i > 0 && !dropped && a == "help" {
                dropped = true;
                continue;
            }
            again.push(a.clone());
        }
        again.push("--help".into());
        let lang = lang_of(args);
        return Err(match command(lang).try_get_matches_from(&again) {
            Err(e) => report(&e, lang, &again),
            Ok(_) => CANNOT_RUN,
        });
    }
    Cli::from_arg_matches(&matches).map_err(|e| report(&e, lang_of(args), args))
}

/// How the command at `path` under `cmd` is used: "Usage: lsk check ...".
fn usage_of(mut cmd: Command, path: &[String]) -> String {
    match path.split_first() {
        Some((name, rest)) => match cmd.find_subcommand(name) {
            Some(sub) => usage_of(sub.clone(), rest),
            None => cmd.render_usage().to_string(),
        },
        None => cmd.render_usage().to_string(),
    }
}

/// The subcommands a command line names (`["hook", "run"]`): its words
/// that are commands, in order, each under the one before.
fn command_path(args: &[OsString]) -> Vec<String> {
    let root = Cli::command();
    let mut at = &root;
    let mut path = Vec::new();
    for a in args.iter().skip(1) {
        let a = a.to_string_lossy();
        if let Some(sub) = at.find_subcommand(a.as_ref()) {
            path.push(sub.get_name().to_owned());
            at = sub;
        }
    }
    path
}

/// Whether the command line is lsk's `help` command (at any level).
fn asks_help(matches: &clap::ArgMatches) -> bool {
    match matches.subcommand() {
        Some(("help", _)) => true,
        Some((_, sub)) => asks_help(sub),
        None => false,
    }
}

/// Print what clap found (help, the version, or a mistake in the command
/// line, in `lang`) and give the exit code.
fn report(e: &clap::Error, lang: Lang, args: &[OsString]) -> u8 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return super::OK;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return CANNOT_RUN;
        }
        _ => {}
    }
    let text = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let quoted = |list: String| {
        list.split(", ")
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let valid = text(ContextKind::ValidValue);
    let suggested = text(ContextKind::SuggestedArg)
        .or_else(|| text(ContextKind::SuggestedSubcommand))
        .or_else(|| text(ContextKind::SuggestedValue))
        .map(|s| {
            // Several: `check` or `schema`; quoted by the message.
            s.split(", ").collect::<Vec<_>>().join("`, `")
        });
    let detail = e.to_string();
    let path = command_path(args);
    let commands = {
        let root = Cli::command();
        let mut at = &root;
        for name in &path {
            if let Some(sub) = at.find_subcommand(name) {
                at = sub;
            }
        }
        at.get_subcommands()
            .map(|s| s.get_name().to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let what = match e.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => ArgError::UnknownOption {
            arg: &arg,
            suggestion: suggested.as_deref(),
        },
        ErrorKind::UnknownArgument => ArgError::ExtraValue { value: &arg },
        ErrorKind::InvalidSubcommand => ArgError::UnknownCommand {
            name: text(ContextKind::InvalidSubcommand).unwrap_or_default(),
            suggestion: suggested.as_deref(),
        },
        ErrorKind::InvalidValue if value.is_empty() => ArgError::MissingValue { arg: &arg },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => ArgError::BadValue {
            arg: &arg,
            value: &value,
            valid: valid.as_deref(),
            suggestion: suggested.as_deref(),
        },
        ErrorKind::MissingRequiredArgument => ArgError::Missing {
            args: &quoted(arg.clone()),
        },
        ErrorKind::MissingSubcommand => ArgError::MissingCommand {
            commands: &commands,
        },
        ErrorKind::ArgumentConflict => ArgError::Conflict {
            arg: &arg,
            other: text(ContextKind::PriorArg),
        },
        ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues
        | ErrorKind::NoEquals => ArgError::WrongCount { arg: &arg },
        _ => ArgError::Other { detail: &detail },
    };
    // The command the line was for (`lsk check`), and how it is used.
    let usage_line = text(ContextKind::Usage).unwrap_or_else(|| usage_of(command(lang), &path));
    let command = std::iter::once("lsk")
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    let usage_line = usage_line
        .trim()
        .strip_prefix("Usage:")
        .unwrap_or(&usage_line)
        .trim()
        .to_owned();
    // A subcommand's usage on its own starts with its name alone.
    let usage_line = match usage_line.split_once(' ') {
        Some((first, rest)) if first != "lsk" => format!("{command} {rest}"),
        _ => usage_line,
    };
    let message = usage::arg_error(lang, &what);
    // A script that asked for JSON gets JSON, also when it cannot run.
    if super::wants_json(args) {
        return super::json_error(&message, None);
    }
    super::warn(&message);
    let words = usage::words(lang);
    if !usage_line.is_empty() {
        eprintln!("{} {usage_line}", words.usage);
    }
    eprintln!("{}", usage::more_help(lang, &command));
    CANNOT_RUN
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument has its Finnish and Swedish text, and
    /// every row of the tables names one that exists. An argument added
    /// without a row is listed here, for the rows to be written.
    #[test]
    fn every_argument_has_its_translations() {
        let mut missing = Vec::new();
        let mut known: Vec<(String, String)> = Vec::new();
        fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, Option<String>)>) {
            out.push((path.to_owned(), None));
            for a in cmd.get_arguments() {
                if a.get_id() == "help" || a.get_id() == "version" {
                    continue;
                }
                out.push((path.to_owned(), Some(a.get_id().to_string())));
            }
            for s in cmd.get_subcommands() {
                let sub = if path.is_empty() {
                    s.get_name().to_owned()
                } else {
                    format!("{path} {}", s.get_name())
                };
                walk(s, &sub, out);
            }
        }
        let mut all = Vec::new();
        walk(&Cli::command(), "", &mut all);
        for lang in [Lang::Fi, Lang::Sv] {
            for (path, id) in &all {
                match id {
                    None if usage::command(lang, path).is_none() => {
                        missing.push(format!("{lang}: command `{path}`"));
                    }
                    Some(id) if usage::arg(lang, path, id).is_none() => {
                        missing.push(format!("{lang}: `{path}` argument `{id}`"));
                    }
                    Some(id) => known.push((path.clone(), id.clone())),
                    None => {}
                }
            }
            for (path, id, _) in usage::arg_rows(lang) {
                let used = *path == "*" && known.iter().any(|(_, i)| i == id)
                    || all
                        .iter()
                        .any(|(p, i)| p == path && i.as_deref() == Some(*id));
                assert!(
                    used,
                    "{lang}: a row for `{path}` `{id}`, which does not exist"
                );
            }
            for c in usage::command_rows(lang) {
                assert!(
                    all.iter().any(|(p, _)| p == c.path),
                    "{lang}: a row for the command `{}`, which does not exist",
                    c.path
                );
            }
        }
        assert!(
            missing.is_empty(),
            "texts to write in src/i18n/usage.rs:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn the_definitions_stay_valid_in_every_language() {
        for lang in Lang::ALL {
            command(*lang).debug_assert();
        }
    }
}
