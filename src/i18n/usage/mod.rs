//! `--help` in Finnish and Swedish: one table per language (`fi.rs`,
//! `sv.rs`), keyed by the command's path (`""` for lsk itself, `"check"`,
//! `"hook run"`) and the argument's id (the clap id: the field's name). English is the `///`
//! doc comments on the clap definitions, used as they are. An argument
//! without a row here is shown in English (`cli::localize` falls back);
//! `cli::localize`'s tests list those rows that are missing.
//!
//! Flags keep their English names in every language: `--date` is typed
//! the same by everyone, and the docs and examples show one spelling.

mod fi;
mod sv;

use crate::model::{Access, Doc, Kind, Lang, Phase, Stage};
use fi::{FI_ARGS, FI_COMMANDS};
use sv::{SV_ARGS, SV_COMMANDS};

/// A command's texts: a one-line summary, the text of `--help` (with its
/// examples, one per line, each starting with `lsk`), and for lsk itself
/// what follows the options.
pub struct CommandText {
    pub path: &'static str,
    pub about: &'static str,
    pub long_about: &'static str,
    pub after_help: &'static str,
}

/// The words clap prints around the texts.
pub struct Words {
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    /// The `-h, --help` flag.
    pub help_flag: &'static str,
    /// The `-V, --version` flag.
    pub version_flag: &'static str,
    /// The `help` command.
    pub help_command: &'static str,
}

pub fn words(lang: Lang) -> Words {
    match lang {
        Lang::Fi => Words {
            usage: "Käyttö:",
            commands: "Komennot",
            arguments: "Argumentit",
            options: "Valitsimet",
            help_flag: "Näytä ohje (-h tiivistettynä, --help kokonaan)",
            version_flag: "Näytä versio",
            help_command: "Näytä ohje, tai annetun komennon ohje",
        },
        Lang::Sv => Words {
            usage: "Användning:",
            commands: "Kommandon",
            arguments: "Argument",
            options: "Flaggor",
            help_flag: "Visa hjälpen (-h i korthet, --help i sin helhet)",
            version_flag: "Visa versionen",
            help_command: "Visa hjälpen, eller hjälpen för ett givet kommando",
        },
        Lang::En => Words {
            usage: "Usage:",
            commands: "Commands",
            arguments: "Arguments",
            options: "Options",
            help_flag: "Print help (-h for a summary, --help in full)",
            version_flag: "Print version",
            help_command: "Print this message or the help of the given command",
        },
    }
}

/// A command's texts in `lang`; `None` in English (the doc comments) and
/// for a command the table does not have yet.
pub fn command(lang: Lang, path: &str) -> Option<&'static CommandText> {
    let table = match lang {
        Lang::Fi => FI_COMMANDS,
        Lang::Sv => SV_COMMANDS,
        Lang::En => return None,
    };
    table.iter().find(|c| c.path == path)
}

/// An argument's help in `lang`: the command's own row, or the row every
/// command shares (`"*"`, for `--lang` and `--today`).
pub fn arg(lang: Lang, path: &str, id: &str) -> Option<&'static str> {
    let table = match lang {
        Lang::Fi => FI_ARGS,
        Lang::Sv => SV_ARGS,
        Lang::En => return None,
    };
    table
        .iter()
        .find(|(p, i, _)| *p == path && *i == id)
        .or_else(|| table.iter().find(|(p, i, _)| *p == "*" && *i == id))
        .map(|(_, _, help)| *help)
}

/// Every (path, id) the tables of `lang` hold, for the tests.
pub fn arg_rows(lang: Lang) -> &'static [(&'static str, &'static str, &'static str)] {
    match lang {
        Lang::Fi => FI_ARGS,
        Lang::Sv => SV_ARGS,
        Lang::En => &[],
    }
}

/// Every command path the tables of `lang` hold, for the tests.
pub fn command_rows(lang: Lang) -> &'static [CommandText] {
    match lang {
        Lang::Fi => FI_COMMANDS,
        Lang::Sv => SV_COMMANDS,
        Lang::En => &[],
    }
}

const fn c(
    path: &'static str,
    about: &'static str,
    long_about: &'static str,
    after_help: &'static str,
) -> CommandText {
    CommandText {
        path,
        about,
        long_about,
        after_help,
    }
}

/// A mistake in the command line, as clap found it.
pub enum ArgError<'a> {
    UnknownOption {
        arg: &'a str,
        suggestion: Option<&'a str>,
    },
    /// A value no argument takes.
    ExtraValue {
        value: &'a str,
    },
    UnknownCommand {
        name: String,
        suggestion: Option<&'a str>,
    },
    MissingValue {
        arg: &'a str,
    },
    BadValue {
        /// As clap shows it: `--phase <PHASE>`.
        arg: &'a str,
        value: &'a str,
        /// The values it takes, `a, b, c`, when clap knows them.
        valid: Option<&'a str>,
        suggestion: Option<&'a str>,
    },
    /// Required arguments not given.
    Missing {
        args: &'a str,
    },
    /// No command given where one is needed: the ones there are, `a, b`.
    MissingCommand {
        commands: &'a str,
    },
    Conflict {
        arg: &'a str,
        other: Option<String>,
    },
    WrongCount {
        arg: &'a str,
    },
    /// Anything else: clap's English, shown to English readers only.
    Other {
        detail: &'a str,
    },
}

/// What the value of an argument should look like, by its name as clap
/// shows it (`--today <TODAY>`, `<DOC>`), for a value it refused. The
/// values a vocabulary takes are its names (`Kind::NAMES`, ...), so a new
/// kind or document cannot leave the hint stale.
fn value_hint(lang: Lang, arg: &str) -> Option<String> {
    let name = arg
        .trim_start_matches('-')
        .split([' ', '='])
        .next()
        .unwrap_or("")
        .trim_matches(['<', '>'])
        .to_lowercase();
    let names: &[&str] = match name.as_str() {
        "today" | "date" => {
            return Some(
                match lang {
                    Lang::Fi => {
                        "kirjoita päivämäärä VVVV-KK-PP tai P.K.VVVV, esim. 2026-11-24 tai 24.11.2026"
                    }
                    Lang::Sv => {
                        "skriv datumet ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ, t.ex. 2026-11-24 eller 24.11.2026"
                    }
                    Lang::En => {
                        "write the date YYYY-MM-DD or D.M.YYYY, e.g. 2026-11-24 or 24.11.2026"
                    }
                }
                .to_owned(),
            );
        }
        "phase" => Phase::NAMES,
        "kind" => Kind::NAMES,
        "stage" => Stage::NAMES,
        "permissions" => Access::NAMES,
        "lang" => Lang::NAMES,
        "doc" => Doc::NAMES,
        _ => return None,
    };
    Some(use_one_of(lang, names))
}

/// "use a, b or c".
fn use_one_of(lang: Lang, names: &[&str]) -> String {
    let (verb, or) = match lang {
        Lang::Fi => ("käytä", "tai"),
        Lang::Sv => ("använd", "eller"),
        Lang::En => ("use", "or"),
    };
    let listed = match names.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
    };
    format!("{verb} {listed}")
}

/// A mistake in the command line, in lsk's words.
pub fn arg_error(lang: Lang, e: &ArgError) -> String {
    let meant = |s: Option<&str>| {
        s.map(|s| match lang {
            Lang::Fi => format!("; tarkoititko `{s}`?"),
            Lang::Sv => format!("; menade du `{s}`?"),
            Lang::En => format!("; did you mean `{s}`?"),
        })
        .unwrap_or_default()
    };
    match (lang, e) {
        (Lang::Fi, ArgError::UnknownOption { arg, suggestion }) => {
            format!("tuntematon valitsin `{arg}`{}", meant(*suggestion))
        }
        (Lang::Sv, ArgError::UnknownOption { arg, suggestion }) => {
            format!("okänd flagga `{arg}`{}", meant(*suggestion))
        }
        (Lang::En, ArgError::UnknownOption { arg, suggestion }) => {
            format!("unknown option `{arg}`{}", meant(*suggestion))
        }
        (Lang::Fi, ArgError::ExtraValue { value }) => format!(
            "`{value}` on ylimääräinen: komento ei ota tätä arvoa (välilyöntejä sisältävä arvo kirjoitetaan lainausmerkkeihin)"
        ),
        (Lang::Sv, ArgError::ExtraValue { value }) => format!(
            "`{value}` är för mycket: kommandot tar inte det värdet (ett värde med mellanslag skrivs inom citattecken)"
        ),
        (Lang::En, ArgError::ExtraValue { value }) => format!(
            "`{value}` is one too many: the command takes no such value (a value with spaces goes in quotes)"
        ),
        (Lang::Fi, ArgError::UnknownCommand { name, suggestion }) => {
            format!("tuntematon komento `{name}`{}", meant(*suggestion))
        }
        (Lang::Sv, ArgError::UnknownCommand { name, suggestion }) => {
            format!("okänt kommando `{name}`{}", meant(*suggestion))
        }
        (Lang::En, ArgError::UnknownCommand { name, suggestion }) => {
            format!("unknown command `{name}`{}", meant(*suggestion))
        }
        (Lang::Fi, ArgError::MissingValue { arg }) => format!("valitsimelle `{arg}` puuttuu arvo"),
        (Lang::Sv, ArgError::MissingValue { arg }) => format!("`{arg}` saknar ett värde"),
        (Lang::En, ArgError::MissingValue { arg }) => format!("`{arg}` needs a value"),
        (
            lang,
            ArgError::BadValue {
                arg,
                value,
                valid,
                suggestion,
            },
        ) => {
            let head = match lang {
                Lang::Fi => format!("`{value}` ei käy valitsimen `{arg}` arvoksi"),
                Lang::Sv => format!("`{value}` duger inte som värde för `{arg}`"),
                Lang::En => format!("`{value}` is not a value `{arg}` takes"),
            };
            let hint = match (valid, value_hint(lang, arg)) {
                (Some(valid), _) => {
                    let values: Vec<&str> = valid.split(", ").collect();
                    match lang {
                        Lang::Fi => format!(": käytä {}", super::one_of(&values, "tai")),
                        Lang::Sv => format!(": använd {}", super::one_of(&values, "eller")),
                        Lang::En => format!(": use {}", super::one_of(&values, "or")),
                    }
                }
                (None, Some(hint)) => format!(": {hint}"),
                (None, None) => String::new(),
            };
            format!("{head}{hint}{}", meant(*suggestion))
        }
        (Lang::Fi, ArgError::Missing { args }) => format!("pakollinen mutta antamatta: {args}"),
        (Lang::Sv, ArgError::Missing { args }) => format!("obligatoriskt men inte angivet: {args}"),
        (Lang::En, ArgError::Missing { args }) => format!("required but not given: {args}"),
        (lang, ArgError::MissingCommand { commands }) => {
            let names: Vec<&str> = commands.split(", ").filter(|c| !c.is_empty()).collect();
            match lang {
                Lang::Fi => format!("anna komento: {}", super::one_of(&names, "tai")),
                Lang::Sv => format!("ange ett kommando: {}", super::one_of(&names, "eller")),
                Lang::En => format!("give a command: {}", super::one_of(&names, "or")),
            }
        }
        (Lang::Fi, ArgError::Conflict { arg, other }) => match other {
            Some(o) => format!("`{arg}` ja `{o}` eivät käy yhdessä: valitse toinen"),
            None => format!("`{arg}` ei käy yhdessä muiden annettujen valitsimien kanssa"),
        },
        (Lang::Sv, ArgError::Conflict { arg, other }) => match other {
            Some(o) => format!("`{arg}` och `{o}` går inte ihop: välj den ena"),
            None => format!("`{arg}` går inte ihop med de andra flaggorna"),
        },
        (Lang::En, ArgError::Conflict { arg, other }) => match other {
            Some(o) => format!("`{arg}` and `{o}` cannot be used together: choose one"),
            None => format!("`{arg}` cannot be used with the other options given"),
        },
        (Lang::Fi, ArgError::WrongCount { arg }) => {
            format!("valitsimelle `{arg}` on annettu väärä määrä arvoja")
        }
        (Lang::Sv, ArgError::WrongCount { arg }) => format!("`{arg}` har fått fel antal värden"),
        (Lang::En, ArgError::WrongCount { arg }) => {
            format!("`{arg}` was given the wrong number of values")
        }
        (Lang::Fi, ArgError::Other { .. }) => "komentoriviä ei voi lukea".into(),
        (Lang::Sv, ArgError::Other { .. }) => "kommandoraden kan inte läsas".into(),
        (Lang::En, ArgError::Other { detail }) => format!(
            "the command line cannot be read (clap says: {})",
            detail.trim().trim_start_matches("error: ")
        ),
    }
}

/// Where to read more: `lsk check --help`.
pub fn more_help(lang: Lang, command: &str) -> String {
    match lang {
        Lang::Fi => format!("Ohje: {command} --help"),
        Lang::Sv => format!("Hjälp: {command} --help"),
        Lang::En => format!("Help: {command} --help"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_hints_name_every_value_of_the_vocabulary() {
        for (lang, arg, hint) in [
            (
                Lang::Fi,
                "--phase <PHASE>",
                "käytä before, during tai after",
            ),
            (
                Lang::Sv,
                "--phase <PHASE>",
                "använd before, during eller after",
            ),
            (
                Lang::En,
                "--kind <KIND>",
                "use daycare, school, family-group-conference or fgc-follow-up",
            ),
            (
                Lang::Fi,
                "--stage <STAGE>",
                "käytä support, assessment tai client",
            ),
            (Lang::Sv, "--permissions", "använd private eller group"),
            (Lang::En, "--lang=<LANG>", "use fi, sv or en"),
            (
                Lang::Fi,
                "<DOC>",
                "käytä agenda, memo, child-checklist, child-letter, invitation tai correction-notice",
            ),
        ] {
            assert_eq!(value_hint(lang, arg).as_deref(), Some(hint), "{arg}");
        }
        assert!(value_hint(Lang::Fi, "--today <TODAY>").is_some_and(|h| h.contains("VVVV-KK-PP")));
        assert_eq!(value_hint(Lang::En, "--port <PORT>"), None);
    }
}
