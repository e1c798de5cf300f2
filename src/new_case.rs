//! A new case folder: the rules of `lsk init`, shared by the command line
//! and `lsk serve` (front ends over this one module). lsk.yaml and an empty
//! `meetings/`; never over an existing case, never through a link out of
//! the folder, never with an identity code in the file or the folder name.

use std::path::{Path, PathBuf};

use crate::case::{CASE_FILE, MEETINGS_DIR};
use crate::date;
use crate::fsutil::{self, Outside};
use crate::model::{Access, Lang, Stage};
use crate::scaffold;

/// What to make.
pub struct Request<'a> {
    /// The case folder (created when missing).
    pub dir: &'a Path,
    /// The child's name as documents use it (may be a pseudonym).
    pub child: &'a str,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub born: &'a str,
    /// The responsible social worker.
    pub worker: &'a str,
    /// The language of the case's documents.
    pub lang: Lang,
    pub stage: Option<Stage>,
    pub access: Option<Access>,
}

/// Why no case was made: nothing was written.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    BadBorn,
    EmptyChild,
    EmptyWorker,
    /// The folder already holds a case (its lsk.yaml).
    Exists(PathBuf),
    /// An identity code in the names given or the folder's name.
    IdentityCode,
    /// The path resolves outside the folder.
    Outside(PathBuf),
    /// The path is a link.
    Link(PathBuf),
    /// The system's words.
    CannotWrite(PathBuf, String),
}

/// Write the case's lsk.yaml and its `meetings/` folder; the lsk.yaml
/// written.
pub fn create(req: &Request) -> Result<PathBuf, Refusal> {
    if date::parse_born(req.born).is_none() {
        return Err(Refusal::BadBorn);
    }
    if req.child.trim().is_empty() {
        return Err(Refusal::EmptyChild);
    }
    if req.worker.trim().is_empty() {
        return Err(Refusal::EmptyWorker);
    }
    let file = req.dir.join(CASE_FILE);
    if file.symlink_metadata().is_ok() {
        return Err(Refusal::Exists(file));
    }
    let text = scaffold::case_file(
        req.child.trim(),
        req.born.trim(),
        req.worker.trim(),
        req.lang,
        req.stage,
        req.access,
    );
    // Neither lsk.yaml nor the case folder's name may carry an identity
    // code (nor a folder on its way: each name read as `lsk check` and the
    // hook read one).
    let coded_name = req
        .dir
        .components()
        .any(|c| crate::hetu::name_holds_code(c.as_os_str().as_encoded_bytes()));
    if crate::case::holds_code(&text) || coded_name {
        return Err(Refusal::IdentityCode);
    }
    let access = req.access.unwrap_or_default();
    // An existing folder may hold a meetings/ that is a link out of it, or
    // a lsk.yaml that is a link: nothing is written through them.
    let meetings = req.dir.join(MEETINGS_DIR);
    if req.dir.symlink_metadata().is_ok() {
        for path in [&meetings, &file] {
            match fsutil::ensure_inside(req.dir, path) {
                Ok(()) => {}
                Err(Outside::Escapes(p)) => return Err(Refusal::Outside(p)),
                Err(Outside::Link(p)) => return Err(Refusal::Link(p)),
            }
        }
    }
    let write = fsutil::create_dir_all(&meetings, access)
        .and_then(|()| fsutil::write_new(&file, text.as_bytes(), access));
    match write {
        Ok(()) => Ok(file),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Refusal::Exists(file)),
        Err(e) => Err(Refusal::CannotWrite(file, e.to_string())),
    }
}
