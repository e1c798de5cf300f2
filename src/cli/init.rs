//! `lsk init`: start a case folder.

use std::path::PathBuf;

use super::{Failure, OK, Outcome, fallback_lang, shown};
use crate::case::{CASE_FILE, MEETINGS_DIR};
use crate::date;
use crate::fsutil::{self, Outside};
use crate::i18n::{Say, say};
use crate::model::{Access, Lang, Stage};
use crate::scaffold;

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

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let ui = fallback_lang(lang);
    let case_lang = lang.unwrap_or_default();
    let fail = |what| Err(Failure(say(ui, what)));
    if date::parse_born(&args.born).is_none() {
        return fail(Say::BadBorn(&args.born));
    }
    if args.child.trim().is_empty() {
        return fail(Say::Empty("--child"));
    }
    if args.worker.trim().is_empty() {
        return fail(Say::Empty("--worker"));
    }
    let file = args.dir.join(CASE_FILE);
    if file.symlink_metadata().is_ok() {
        return fail(Say::CaseExists(&shown(&file)));
    }
    let text = scaffold::case_file(
        args.child.trim(),
        args.born.trim(),
        args.worker.trim(),
        case_lang,
        args.stage,
        args.permissions,
    );
    // Neither lsk.yaml nor the case folder's name may carry an identity code.
    if crate::case::holds_code(&text) || !crate::hetu::find(&args.dir.to_string_lossy()).is_empty()
    {
        return fail(Say::IdentityCodeGiven);
    }
    let access = args.permissions.unwrap_or_default();
    // An existing folder may hold a meetings/ that is a link out of it, or
    // a lsk.yaml that is a link: nothing is written through them.
    let meetings = args.dir.join(MEETINGS_DIR);
    if args.dir.symlink_metadata().is_ok() {
        for path in [&meetings, &file] {
            match fsutil::ensure_inside(&args.dir, path) {
                Ok(()) => {}
                Err(Outside::Escapes(p)) => return fail(Say::OutsideCase(&shown(&p))),
                Err(Outside::Link(p)) => return fail(Say::Symlink(&shown(&p))),
            }
        }
    }
    let write = fsutil::create_dir_all(&meetings, access)
        .and_then(|()| fsutil::write_new(&file, text.as_bytes(), access));
    if let Err(e) = write {
        return if e.kind() == std::io::ErrorKind::AlreadyExists {
            fail(Say::CaseExists(&shown(&file)))
        } else {
            fail(Say::CannotWrite(&shown(&file), &e.to_string()))
        };
    }
    println!("{}", say(case_lang, Say::Created(&shown(&file))));
    Ok(OK)
}
