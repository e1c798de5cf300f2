//! Writing files so that nothing is lost: a new file appears whole or not
//! at all, an existing one is never replaced, and what lsk creates is
//! readable by its owner only (case files are confidential), or by the
//! owner's group when the case's lsk.yaml says `permissions: group`.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::model::Access;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Unix permission bits for a file (`dir == false`) or a folder (Windows
/// keeps a user's files private by the profile's own access lists).
#[cfg(unix)]
pub fn mode(access: Access, dir: bool) -> u32 {
    match (access, dir) {
        (Access::Private, false) => 0o600,
        (Access::Private, true) => 0o700,
        (Access::Group, false) => 0o660,
        (Access::Group, true) => 0o770,
    }
}

/// Set exactly `access`'s bits (the umask may have taken the group's away).
fn set_mode(path: &Path, access: Access, dir: bool) -> io::Result<()> {
    #[cfg(unix)]
    if access != Access::Private {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode(access, dir)))?;
    }
    #[cfg(not(unix))]
    let _ = (path, access, dir);
    Ok(())
}

/// A folder builder that creates folders with `access`'s permissions on
/// Unix. On Windows a new folder inherits the access list (ACL) of the
/// folder it is made in: `permissions` in lsk.yaml changes nothing there,
/// and who may read a case is decided by the folder the cases are kept in
/// (docs/en/install.md).
pub fn dir_builder(access: Access) -> fs::DirBuilder {
    #[cfg(unix)]
    {
        let mut builder = fs::DirBuilder::new();
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, mode(access, true));
        builder
    }
    #[cfg(not(unix))]
    {
        let _ = access;
        fs::DirBuilder::new()
    }
}

/// Create `dir` and its missing parents with `access`'s permissions;
/// folders that already exist are left as they are.
pub fn create_dir_all(dir: &Path, access: Access) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .collect();
    let builder = dir_builder(access);
    for d in missing.into_iter().rev() {
        match builder.create(d) {
            Ok(()) => set_mode(d, access, true)?,
            // Made meanwhile by another process: fine if it is a folder.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && d.is_dir() => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Create a new file with `access`'s permissions from the start; fails
/// with `AlreadyExists` when there is one.
pub fn open_new(path: &Path, access: Access) -> io::Result<fs::File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode(access, false));
    let file = options.open(path)?;
    set_mode(path, access, false)?;
    Ok(file)
}

/// Whether `path`, with every link resolved, lies inside `root` (also
/// resolved). A path that cannot be resolved is not inside.
pub fn inside(path: &Path, root: &Path) -> bool {
    #[cfg(unix)]
    if below_without_links(path, root) {
        return true;
    }
    match (fs::canonicalize(path), fs::canonicalize(root)) {
        (Ok(path), Ok(root)) => path.starts_with(root),
        _ => false,
    }
}

/// Whether `path` is `root` followed by one or more plain names (no `.`
/// or `..`), each of which exists and is no symbolic link: then it lies
/// inside `root` whatever `root` resolves to, known from one `lstat` per
/// name instead of resolving both paths whole (a team's pages ask this of
/// every meeting). Anything else is left to [`inside`]'s resolving.
#[cfg(unix)]
fn below_without_links(path: &Path, root: &Path) -> bool {
    plain_below(path, root).is_some()
}

/// [`below_without_links`]'s answer with what the last `lstat` said of
/// `path` itself (a folder, a file), or `None` when it is not so (a name
/// missing, a link, `.` or `..`, not below `root`): the caller then asks
/// the long way. Everything below `root` on the way down, `path` too, lies
/// inside it. Only on Unix, where a link is known by `lstat`; elsewhere
/// always `None`.
pub fn plain_below(path: &Path, root: &Path) -> Option<fs::Metadata> {
    if !cfg!(unix) || root.as_os_str().is_empty() {
        return None;
    }
    let rel = path.strip_prefix(root).ok()?;
    let mut at = root.to_path_buf();
    let mut last = None;
    for name in rel.components() {
        let std::path::Component::Normal(name) = name else {
            return None;
        };
        at.push(name);
        let meta = at.symlink_metadata().ok()?;
        if meta.file_type().is_symlink() {
            return None;
        }
        last = Some(meta);
    }
    last
}

/// Why a path lsk was about to write is refused (nothing is written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outside {
    /// This existing folder on the way to the path resolves outside the
    /// case (a symbolic link out), or cannot be resolved (a broken link);
    /// or the path does not lie below the case at all.
    Escapes(PathBuf),
    /// The path itself is a symbolic link: lsk does not write through links.
    Link(PathBuf),
}

/// Check, before lsk writes `path` (a file or a folder) in the case at
/// `root`, that the write stays inside the case: `path` lies below `root`
/// (no `..`), every existing folder between them resolves, through any
/// links, inside `root`, and `path` itself, if it exists, is not a
/// symbolic link. Folders that do not exist yet are fine: lsk makes them.
///
/// Every write lsk makes in a case goes through this first (new-meeting,
/// init, render), so that a `.lsk`, `meetings` or meeting folder that is a
/// link out of the case can never have a file written, or overwritten,
/// elsewhere on the disk.
pub fn ensure_inside(root: &Path, path: &Path) -> Result<(), Outside> {
    let escapes = |p: &Path| Outside::Escapes(p.to_path_buf());
    let real_root = fs::canonicalize(root).map_err(|_| escapes(root))?;
    let root_abs = std::path::absolute(root).map_err(|_| escapes(root))?;
    let path_abs = std::path::absolute(path).map_err(|_| escapes(path))?;
    let rest = path_abs
        .strip_prefix(&root_abs)
        .map_err(|_| escapes(path))?;
    let parts: Vec<Component> = rest.components().collect();
    if parts.iter().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(escapes(path));
    }
    let mut at = root_abs;
    for (i, part) in parts.iter().enumerate() {
        at.push(part);
        let Ok(meta) = at.symlink_metadata() else {
            // Missing: so is everything below it; lsk creates them.
            return Ok(());
        };
        if i + 1 == parts.len() {
            if meta.file_type().is_symlink() {
                return Err(Outside::Link(at));
            }
        } else if !fs::canonicalize(&at).is_ok_and(|real| real.starts_with(&real_root)) {
            return Err(Outside::Escapes(at));
        }
    }
    Ok(())
}

/// Whether a file name is one of lsk's temporary files (`.NAME.lsk-tmp-*`),
/// which readers skip: a crash can leave one behind, never a torn document.
pub fn is_temp(name: &str) -> bool {
    name.starts_with('.') && name.contains(".lsk-tmp-")
}

/// A temporary file beside `path`, written and synced.
fn write_temp(path: &Path, bytes: &[u8], access: Access) -> io::Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.lsk-tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = open_new(&tmp, access).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Write a new file whole, or fail with `AlreadyExists` and change nothing.
pub fn write_new(path: &Path, bytes: &[u8], access: Access) -> io::Result<()> {
    if path.symlink_metadata().is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let tmp = write_temp(path, bytes, access)?;
    // A hard link never replaces an existing file, so a file created
    // meanwhile by someone else is kept.
    let linked = fs::hard_link(&tmp, path);
    let _ = fs::remove_file(&tmp);
    match linked {
        Ok(()) => sync_dir(path),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // Filesystems without hard links: create_new still never overwrites.
        Err(_) => {
            let mut file = open_new(path, access)?;
            file.write_all(bytes)?;
            file.sync_all()?;
            sync_dir(path)
        }
    }
}

/// Replace `path` with `bytes` atomically: readers see the old file or the
/// new one, never a torn mix; and durably: once this returns, a crash or a
/// power cut keeps the new file.
///
/// The new bytes are synced in a temporary file beside `path`, which is
/// then renamed over it. On Unix `rename` replaces atomically, and the
/// folder is synced afterwards, because the rename itself is a change of
/// the folder that may otherwise still be in memory. On Windows
/// `std::fs::rename` replaces an existing file too (`MoveFileExW` with
/// `MOVEFILE_REPLACE_EXISTING`, or the POSIX rename of newer Windows
/// versions); NTFS journals the rename, and Windows has no way to sync a
/// folder, so there the file's own `sync_all` (`FlushFileBuffers`) is what
/// applies. A file that another program holds open without sharing (a PDF
/// in a reader that locks it) cannot be replaced there: the error says so
/// and the old file stays whole.
pub fn replace(path: &Path, bytes: &[u8], access: Access) -> io::Result<()> {
    let tmp = write_temp(path, bytes, access)?;
    let renamed = fs::rename(&tmp, path);
    if renamed.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    renamed?;
    sync_dir(path)
}

/// Sync the folder holding `path`, so that a file created or renamed in
/// it survives a crash (Unix: `fsync` on the folder). Filesystems that
/// cannot sync a folder (some network and FUSE filesystems answer
/// `EINVAL`) are not an error: the data itself is synced. On other
/// systems there is nothing to do (see [`replace`]).
pub fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        match fs::File::open(dir).and_then(|d| d.sync_all()) {
            Ok(()) => Ok(()),
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => Ok(()),
            Err(e) => Err(e),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Which folder `path` names now, whatever its name: a number that is the
/// same while the same folder is there and differs once another folder
/// takes its name (one moved away and a new one made, a folder replaced by
/// a sync). On Unix its device and inode number, with its birth time where
/// the file system keeps one (a freed inode number can be given to a new
/// folder); on other systems its creation time. `None` when it cannot be
/// looked at: then nothing kept of it may be shown as its own.
pub fn folder_identity(path: &Path) -> Option<std::num::NonZeroU64> {
    use std::hash::{Hash, Hasher};
    let md = fs::metadata(path).ok()?;
    if !md.is_dir() {
        return None;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        (md.dev(), md.ino()).hash(&mut h);
    }
    let born = md.created().ok();
    #[cfg(not(unix))]
    {
        // Nothing else on this system tells one folder from another.
        born?;
    }
    born.hash(&mut h);
    Some(std::num::NonZeroU64::new(h.finish()).unwrap_or(std::num::NonZeroU64::MIN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_made_under_another_s_name_is_another_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let case = tmp.path().join("aino");
        fs::create_dir(&case).unwrap();
        let first = folder_identity(&case).unwrap();
        // Its content changing does not make it another folder.
        fs::create_dir(case.join("meetings")).unwrap();
        fs::write(case.join("lsk.yaml"), "x").unwrap();
        assert_eq!(folder_identity(&case), Some(first));
        // Moved away, and a new folder made under its name.
        fs::rename(&case, tmp.path().join("moved")).unwrap();
        fs::create_dir(&case).unwrap();
        assert_ne!(folder_identity(&case), Some(first));
        assert_eq!(folder_identity(&tmp.path().join("moved")), Some(first));
        // Nothing there, or a file: no identity.
        assert_eq!(folder_identity(&tmp.path().join("none")), None);
        assert_eq!(
            folder_identity(&case.join("..").join("moved").join("lsk.yaml")),
            None
        );
    }

    #[test]
    fn never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        write_new(&p, b"one", Access::Private).unwrap();
        let e = write_new(&p, b"two", Access::Private).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&p).unwrap(), b"one");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temp left");
    }

    #[test]
    fn replace_and_sync() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        replace(&p, b"one", Access::Private).unwrap();
        replace(&p, b"two", Access::Private).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temp left");
        // The folder of a bare file name is the current one.
        sync_dir(Path::new("a.md")).unwrap();
        sync_dir(&p).unwrap();
        // A folder that is not there: the error is reported.
        assert!(sync_dir(&dir.path().join("missing/a.md")).is_err() || cfg!(not(unix)));
    }

    /// `inside` answers as resolving both paths does, whether the quick
    /// way (no link on the way) or the resolving one answers.
    #[cfg(unix)]
    #[test]
    fn inside_with_and_without_links() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("case");
        let out = tmp.path().join("elsewhere");
        fs::create_dir_all(root.join("meetings/a")).unwrap();
        fs::create_dir_all(out.join("b")).unwrap();
        fs::write(root.join("meetings/a/meeting.md"), "---\n---\n").unwrap();
        symlink(&out, root.join("meetings/out")).unwrap();
        symlink(root.join("meetings/a"), root.join("meetings/in")).unwrap();
        // The root through a link of its own: what lies below still counts.
        symlink(&root, tmp.path().join("alias")).unwrap();
        let alias = tmp.path().join("alias");
        let slow = |p: &Path, r: &Path| match (fs::canonicalize(p), fs::canonicalize(r)) {
            (Ok(p), Ok(r)) => p.starts_with(r),
            _ => false,
        };
        for (path, root, expected) in [
            (root.join("meetings/a/meeting.md"), root.clone(), true),
            (root.join("meetings/a"), root.clone(), true),
            (root.clone(), root.clone(), true),
            (root.join("meetings/out"), root.clone(), false),
            (root.join("meetings/out/b"), root.clone(), false),
            (root.join("meetings/in"), root.clone(), true),
            (root.join("meetings/missing"), root.clone(), false),
            (root.join("meetings/../../elsewhere"), root.clone(), false),
            (root.join("meetings/./a"), root.clone(), true),
            (alias.join("meetings/a"), alias.clone(), true),
            (alias.join("meetings/a"), root.clone(), true),
            (root.join("meetings/a"), alias.clone(), true),
            (out.join("b"), root.clone(), false),
        ] {
            assert_eq!(inside(&path, &root), expected, "{path:?} in {root:?}");
            assert_eq!(inside(&path, &root), slow(&path, &root), "{path:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn ensure_inside_refuses_links_out() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("case");
        let out = tmp.path().join("elsewhere");
        fs::create_dir_all(root.join("meetings/a")).unwrap();
        fs::create_dir_all(root.join("archive")).unwrap();
        fs::create_dir_all(&out).unwrap();
        let ok = |p: &str| ensure_inside(&root, &root.join(p));
        assert_eq!(ok("meetings/a/meeting.md"), Ok(()));
        assert_eq!(ok("meetings/new/deeper/meeting.md"), Ok(()));
        assert_eq!(ok("meetings/a"), Ok(()));
        // A link out, on the way or at the end.
        symlink(&out, root.join(".lsk")).unwrap();
        assert_eq!(
            ok(".lsk/meeting.schema.json"),
            Err(Outside::Escapes(root.join(".lsk")))
        );
        assert_eq!(ok(".lsk"), Err(Outside::Link(root.join(".lsk"))));
        // A link that stays inside is a way through, never a file to write.
        symlink(root.join("archive"), root.join("old")).unwrap();
        assert_eq!(ok("old/x.md"), Ok(()));
        symlink(root.join("archive/x.md"), root.join("meetings/a/memo.md")).unwrap();
        assert_eq!(
            ok("meetings/a/memo.md"),
            Err(Outside::Link(root.join("meetings/a/memo.md")))
        );
        // A broken link, `..`, and a path elsewhere.
        symlink(root.join("nowhere"), root.join("broken")).unwrap();
        assert!(ok("broken/x").is_err());
        assert!(ok("meetings/../../elsewhere/x").is_err());
        assert!(ensure_inside(&root, &out.join("x")).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn modes_follow_access() {
        use std::os::unix::fs::PermissionsExt;
        let bits = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        for access in [Access::Private, Access::Group] {
            let sub = dir.path().join(access.as_str()).join("deeper");
            create_dir_all(&sub, access).unwrap();
            assert_eq!(bits(&sub), mode(access, true));
            assert_eq!(bits(sub.parent().unwrap()), mode(access, true));
            let p = sub.join("a.md");
            write_new(&p, b"x", access).unwrap();
            assert_eq!(bits(&p), mode(access, false));
            replace(&p, b"y", access).unwrap();
            assert_eq!(bits(&p), mode(access, false));
        }
    }
}
