//! `lsk check --changed-since REV`: only what changed since a git revision.
//! A team's repository holds tens of thousands of meetings; a CI job for a
//! merge request checks the meetings it touches, and the whole of every
//! case whose lsk.yaml or templates changed. Git is run without a shell,
//! its paths read NUL-separated, and nothing else of the repository is
//! walked, so the cost grows with the change, not with the repository.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::case::discover::{Found, Target, case_target};
use crate::case::{CASE_FILE, MEETINGS_DIR, find_root};

#[derive(Debug)]
pub enum Error {
    /// The revision starts with `-` (it would be read as an option).
    BadRevision(String),
    /// Git failed: not a repository, an unknown revision; git's words.
    Git(String),
    /// A PATH that is not there.
    NotFound(PathBuf),
    /// A PATH outside the repository the first PATH is in: git's list of
    /// changes could never name anything in it.
    Outside(PathBuf),
    /// A git submodule under the PATHs: its files are another repository's.
    Submodule(PathBuf),
}

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Error> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| Error::Git(e.to_string()))?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr);
        return Err(Error::Git(
            said.lines().next().unwrap_or("git failed").to_owned(),
        ));
    }
    Ok(out.stdout)
}

/// A path as git prints it, as the disk names it: its bytes on Unix (a
/// folder named in Latin-1 on an old share is that folder, not a look-alike
/// that does not exist); git prints UTF-8 elsewhere.
fn path_of(bytes: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        PathBuf::from(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// What `git diff --cached --raw -z --no-renames` says changed: each path
/// and whether it is a submodule now (mode 160000).
fn changes(bytes: &[u8]) -> Vec<(PathBuf, bool)> {
    let mut out = Vec::new();
    let mut parts = bytes.split(|b| *b == 0);
    while let Some(meta) = parts.next() {
        if meta.is_empty() {
            continue;
        }
        let Some(path) = parts.next() else { break };
        // `:100644 160000 OLD NEW M`: the second mode is what it is now.
        let submodule = meta.split(|b| *b == b' ').nth(1) == Some(b"160000");
        out.push((path_of(path), submodule));
    }
    out
}

/// The targets of `lsk check --changed-since REV [PATH...]`: under the
/// PATHs (default: the working directory), each meeting folder with a file
/// changed since `rev` (committed or staged: `git diff --cached
/// --name-only -z REV`), and every case whose lsk.yaml or
/// templates changed, whole.
/// `base` names the findings' files, as for a plain check.
pub fn targets(scopes: &[PathBuf], rev: &str, base: &Path) -> Result<Found, Error> {
    if rev.starts_with('-') || rev.is_empty() {
        return Err(Error::BadRevision(rev.to_owned()));
    }
    // Each PATH as given (findings are named from it, as a plain check
    // names them) and where it leads on the disk: git names the changes
    // from the repository's real folder, so a PATH through a link (a
    // team's folder linked into a home folder, a CI workspace reached
    // through a link) is compared by where it leads, never by its
    // spelling, which would match nothing and pass a change unchecked.
    let given: Vec<PathBuf> = if scopes.is_empty() {
        vec![std::path::absolute(".").map_err(|e| Error::Git(e.to_string()))?]
    } else {
        scopes
            .iter()
            .map(|s| crate::paths::resolve(s).map_err(|_| Error::NotFound(s.clone())))
            .collect::<Result<_, _>>()?
    };
    let real: Vec<PathBuf> = given
        .iter()
        .zip(scopes.iter().map(Some).chain(std::iter::repeat(None)))
        .map(|(g, s)| {
            std::fs::canonicalize(g)
                .map_err(|_| Error::NotFound(s.cloned().unwrap_or_else(|| g.clone())))
        })
        .collect::<Result<_, _>>()?;
    let here = real
        .first()
        .map(|s| {
            if s.is_dir() {
                s.clone()
            } else {
                s.parent().map(Path::to_path_buf).unwrap_or_default()
            }
        })
        .unwrap_or_default();
    let top = PathBuf::from(
        String::from_utf8_lossy(&git(&here, &["rev-parse", "--show-toplevel"])?)
            .trim_end_matches(['\n', '\r']),
    );
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    if let Some(i) = real.iter().position(|r| !r.starts_with(&top)) {
        return Err(Error::Outside(
            scopes.get(i).cloned().unwrap_or_else(|| given[i].clone()),
        ));
    }
    // Committed or staged since `rev`: git's index against the revision,
    // which needs no look at the working tree. (Comparing the working tree
    // stats every file of the repository: 120-160 ms at 50,000 meetings,
    // against 20 ms.) In CI the index is the commit; at a workstation an
    // edit counts once it is `git add`ed, as for the commit hook.
    let mut changed = changes(&git(
        &top,
        &["diff", "--cached", "--raw", "-z", "--no-renames", rev, "--"],
    )?);
    changed.sort();
    changed.dedup();

    let mut whole: Vec<PathBuf> = Vec::new();
    let mut meetings: Vec<(PathBuf, PathBuf)> = Vec::new(); // (case root, meeting folder)
    for (rel, submodule) in &changed {
        let abs = top.join(rel);
        // The change named as the PATH that covers it names its folder.
        let Some(abs) = real
            .iter()
            .zip(&given)
            .find_map(|(r, g)| abs.strip_prefix(r).ok().map(|below| g.join(below)))
        else {
            continue;
        };
        // A case kept as a git submodule: its changes are in its own
        // repository, which this list does not reach. Not passed as checked.
        if *submodule {
            return Err(Error::Submodule(abs));
        }
        let Some(root) = abs.parent().and_then(find_root) else {
            continue;
        };
        let Ok(inside) = abs.strip_prefix(&root) else {
            continue;
        };
        // The names as the disk has them (a folder's name need not be
        // UTF-8).
        let parts: Vec<&std::ffi::OsStr> = inside.components().map(|c| c.as_os_str()).collect();
        match parts.as_slice() {
            [f] if *f == CASE_FILE => whole.push(root),
            [t, ..] if *t == "templates" => whole.push(root),
            // A meeting's folder itself changed: made a link, or a link
            // changed (check refuses a meeting reached through a link).
            [m, meeting] if *m == MEETINGS_DIR => {
                let dir = root.join(MEETINGS_DIR).join(meeting);
                if dir.is_dir() {
                    meetings.push((root, dir));
                }
            }
            [m, meeting, _, ..] if *m == MEETINGS_DIR => {
                let dir = root.join(MEETINGS_DIR).join(meeting);
                // A meeting deleted since is no longer there to check; a
                // folder left without its meeting.md is (a copy of a memo
                // without its meeting has no consent to go by).
                if dir.is_dir() {
                    meetings.push((root, dir));
                }
            }
            _ => {}
        }
    }
    whole.sort();
    whole.dedup();
    meetings.sort();
    meetings.dedup();
    let mut found = Found::default();
    for root in &whole {
        found.targets.push(Target {
            base: base.to_path_buf(),
            ..case_target(root)
        });
    }
    let mut roots: Vec<&PathBuf> = meetings
        .iter()
        .map(|(r, _)| r)
        .filter(|r| !whole.contains(r))
        .collect();
    roots.dedup();
    for root in roots {
        found.targets.push(Target {
            base: base.to_path_buf(),
            case_root: root.clone(),
            meetings: meetings
                .iter()
                .filter(|(r, _)| r == root)
                .map(|(_, d)| d.clone())
                .collect(),
            whole_case: false,
        });
    }
    Ok(found)
}
