//! `lsk completions` and `lsk man`: shell completion scripts and the manual
//! page, generated from the same clap definitions as `--help`.

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, OK, Outcome};

/// Print a shell completion script
///
/// Examples:
///   lsk completions bash > ~/.local/share/bash-completion/completions/lsk
///   lsk completions zsh > "${fpath[1]}/_lsk"
///   lsk completions fish > ~/.config/fish/completions/lsk.fish
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// bash, zsh, fish, elvish or powershell
    shell: Shell,
}

pub fn run(args: Args) -> Outcome {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "lsk", &mut out);
    let mut text = String::from_utf8_lossy(&out).into_owned();
    if args.shell == Shell::Fish {
        text.push_str(&fish_positionals(&Cli::command()));
    }
    print!("{text}");
    Ok(OK)
}

/// clap's fish script completes options only; the values of positional
/// arguments (`lsk render agenda`, `lsk schema case`) are added here, each
/// offered until one of them is on the line.
fn fish_positionals(cmd: &clap::Command) -> String {
    let mut out = String::new();
    for sub in cmd.get_subcommands() {
        for arg in sub.get_positionals() {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_owned())
                .collect();
            if values.is_empty() {
                continue;
            }
            let list = values.join(" ");
            out.push_str(&format!(
                "complete -c lsk -n \"__fish_lsk_using_subcommand {}; and not __fish_seen_subcommand_from {list}\" -f -a \"{list}\"\n",
                sub.get_name()
            ));
        }
    }
    out
}

/// Print the manual page (roff)
///
/// Example:
///   lsk man > ~/.local/share/man/man1/lsk.1
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ManArgs {}

pub fn man(_args: ManArgs) -> Outcome {
    let mut out = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut out) {
        Ok(()) => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(&out);
            Ok(OK)
        }
        Err(e) => Err(super::Failure(e.to_string())),
    }
}
