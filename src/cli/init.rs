//! `lsk init`: start a case folder.

use std::path::PathBuf;

use super::{Failure, Outcome, fallback_lang, shown};
use crate::i18n::{Say, say};
use crate::model::{Access, Lang, Stage};
use crate::new_case::{Refusal, Request, create};

/// Start a case: write lsk.yaml and an empty meetings/ folder
///
/// Refuses to touch a folder that already has an lsk.yaml.
///
/// Example:
///   lsk init aino --child Aino --born 2021-03 --worker "Sanna Virtanen" --stage client
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The case folder (created if missing; default: the current folder)
    #[arg(default_value = ".", value_hint = clap::ValueHint::DirPath)]
    dir: PathBuf,
    /// The child's name as used in documents (may be a pseudonym)
    #[arg(long)]
    child: String,
    /// The child's birth date: YYYY, YYYY-MM or YYYY-MM-DD
    #[arg(long)]
    born: String,
    /// The responsible social worker (vastuusosiaalityöntekijä)
    #[arg(long)]
    worker: String,
    /// Stage of the case: support, assessment or client
    #[arg(long, value_parser = super::one_of(Stage::NAMES.iter().copied(), Stage::parse))]
    stage: Option<Stage>,
    /// Who may read the files lsk creates: private (owner only, 0600/0700)
    /// or group (also the owner's group, 0660/0770)
    #[arg(long, value_parser = super::one_of(Access::NAMES.iter().copied(), Access::parse))]
    permissions: Option<Access>,
}

pub fn run(args: Args, lang: Option<Lang>, commit: crate::repo::commit::Options) -> Outcome {
    let ui = fallback_lang(lang);
    let case_lang = lang.unwrap_or_default();
    let req = Request {
        dir: &args.dir,
        child: &args.child,
        born: &args.born,
        worker: &args.worker,
        lang: case_lang,
        stage: args.stage,
        access: args.permissions,
    };
    let file = create(&req).map_err(|refusal| {
        Failure(match &refusal {
            Refusal::BadBorn => say(ui, Say::BadBorn(&args.born)),
            Refusal::EmptyChild => say(ui, Say::Empty("--child")),
            Refusal::EmptyWorker => say(ui, Say::Empty("--worker")),
            Refusal::IdentityCode => say(ui, Say::IdentityCodeGiven),
            Refusal::Exists(p) => say(ui, Say::CaseExists(&shown(p))),
            Refusal::Outside(p) => say(ui, Say::OutsideCase(&shown(p))),
            Refusal::Link(p) => say(ui, Say::Symlink(&shown(p))),
            Refusal::CannotWrite(p, e) => say(ui, Say::CannotWrite(&shown(p), e)),
        })
    })?;
    println!("{}", say(case_lang, Say::Created(&shown(&file))));
    // The new case, recorded in the team's repository it was made in.
    let root = file.parent().unwrap_or(&args.dir);
    let case = crate::case::Case::load(root, lang);
    let outcome = crate::repo::commit::record(
        &case,
        &crate::repo::commit::What::NewCase,
        std::slice::from_ref(&file),
        commit,
    );
    Ok(super::say_recorded(&outcome, case.lang))
}
