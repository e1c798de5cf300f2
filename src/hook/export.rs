//! The staged blobs copied out of the index into a private folder, where
//! lsk's own check reads them as a case.

use std::io;
use std::path::{Path, PathBuf};

use super::Error;
use super::git::{At, Entry, cat_file_batch, local_path};
use crate::fsutil;
use crate::model::Access;

/// The private copy of the staged files: a folder only the owner can read,
/// inside the repository's git folder (where the same content already lies
/// as git objects), removed when dropped.
pub(super) struct Copy {
    pub(super) dir: PathBuf,
}

impl Copy {
    pub(super) fn create(base: &Path) -> io::Result<Copy> {
        let base = std::path::absolute(base)?;
        let parent = base.parent().unwrap_or(Path::new("."));
        let name = base
            .file_name()
            .map_or_else(|| "lsk-staged".into(), |n| n.to_string_lossy().into_owned());
        let builder = fsutil::dir_builder(Access::Private);
        for n in 0..100 {
            let dir = parent.join(format!("{name}-{}-{n}", std::process::id()));
            match builder.create(&dir) {
                Ok(()) => return Ok(Copy { dir }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::ErrorKind::AlreadyExists.into())
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// One blob to copy out of the index.
pub(super) struct Job<'a> {
    pub(super) object: &'a str,
    pub(super) dest: PathBuf,
    /// Skip a blob larger than this.
    pub(super) max: Option<u64>,
}

impl<'a> Job<'a> {
    pub(super) fn new(entry: &'a Entry, base: &Path, max: Option<u64>) -> Option<Job<'a>> {
        Some(Job {
            object: &entry.object,
            dest: local_path(base, &entry.path)?,
            max,
        })
    }
}

/// Copy the blobs with one `git cat-file --batch`: the raw staged content,
/// with no filter or conversion run on it. A blob larger than its job's
/// limit, or an object that is not a blob, is skipped.
pub(super) fn export(at: &At, jobs: &[Job]) -> Result<(), Error> {
    let objects: Vec<&str> = jobs.iter().map(|job| job.object).collect();
    cat_file_batch(at, &objects, |i, kind, size, body| {
        let job = &jobs[i];
        if kind == "blob" && job.max.is_none_or(|max| size <= max) {
            if let Some(parent) = job.dest.parent() {
                fsutil::create_dir_all(parent, Access::Private)?;
            }
            let mut file = fsutil::open_new(&job.dest, Access::Private)?;
            io::copy(body, &mut file)?;
        }
        Ok(())
    })
}
