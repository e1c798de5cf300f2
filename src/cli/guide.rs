//! `lsk guide`: the operating model at hand: who does what at the case's
//! stage, and the before / during / after checklist of a meeting kind.

use std::path::Path;

use super::{OK, Outcome, case_lang};
use crate::case::discover::meetings_of;
use crate::case::{Case, MEETINGS_DIR, find_root, meeting_kind};
use crate::help;
use crate::model::{Kind, Lang, Stage};

/// The roles at a stage of the case and the checklist of a meeting kind
///
/// Inside a case, the stage comes from lsk.yaml and the kind from the
/// latest meeting; outside one, every stage is shown and the kinds listed.
///
/// Examples:
///   lsk guide
///   lsk guide --stage assessment --kind daycare
///   lsk guide --kind family-group-conference --lang en
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Stage of the case: support (I–II), assessment (III) or client (IV)
    #[arg(long, value_parser = super::one_of(Stage::NAMES.iter().copied(), Stage::parse))]
    stage: Option<Stage>,
    /// Meeting kind: daycare, school, family-group-conference or fgc-follow-up
    #[arg(long, value_parser = super::one_of(Kind::NAMES.iter().copied(), Kind::parse))]
    kind: Option<Kind>,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let lang = case_lang(lang);
    let case = find_root(Path::new(".")).map(|root| Case::load(&root, Some(lang)));
    let stage = args.stage.or(case.as_ref().and_then(|c| c.stage));
    let kind = args
        .kind
        .or_else(|| case.as_ref().and_then(|c| latest_kind(&c.root)));
    let mut out = String::new();
    match stage {
        Some(stage) => out.push_str(help::stage(stage, lang)),
        None => {
            for stage in Stage::ALL {
                out.push_str(help::stage(*stage, lang));
                out.push('\n');
            }
        }
    }
    out.push('\n');
    match kind {
        Some(kind) => out.push_str(&help::kind(kind, lang)),
        None => out.push_str(&kinds_list(lang)),
    }
    let width = crate::report::term::width(crate::report::term::Stream::Stdout);
    print!(
        "{}",
        crate::report::markdown::for_terminal(out.trim_end(), width)
    );
    Ok(OK)
}

/// The kind of the case's latest meeting that can be read.
fn latest_kind(root: &Path) -> Option<Kind> {
    meetings_of(&root.join(MEETINGS_DIR))
        .iter()
        .rev()
        .find_map(|dir| meeting_kind(dir))
}

fn kinds_list(lang: Lang) -> String {
    let words = &crate::i18n::words(lang).guide;
    let (title, hint) = (words.kinds, words.show_one);
    let mut out = format!("{title}\n\n{hint}\n\n");
    for kind in Kind::ALL {
        let first = help::kind(*kind, lang);
        let name = first
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches('#')
            .trim();
        out.push_str(&format!("- `lsk guide --kind {kind}`: {name}\n"));
    }
    out
}
