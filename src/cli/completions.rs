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
    clap_complete::generate(args.shell, &mut cmd, "lsk", &mut std::io::stdout());
    Ok(OK)
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
