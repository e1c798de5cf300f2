//! Finding what to check under a path: one meeting, one case, or every case
//! beneath a team's folder.

use std::path::{Path, PathBuf};

use super::{MEETING_FILE, MEETINGS_DIR, find_root, is_case_root};

/// One case and the meetings of it to check.
#[derive(Debug)]
pub struct Target {
    /// Findings' file names are relative to this: the folder the user gave.
    pub base: PathBuf,
    pub case_root: PathBuf,
    /// Meeting folders, sorted.
    pub meetings: Vec<PathBuf>,
    /// Whether lsk.yaml itself is checked (it is when the whole case is).
    pub whole_case: bool,
}

#[derive(Debug)]
pub enum DiscoverError {
    /// The path does not exist.
    NotFound(PathBuf),
    /// Not inside a case, and no cases below.
    NoCaseRoot(PathBuf),
}

/// What `lsk check PATH` covers.
pub fn targets(path: &Path) -> Result<Vec<Target>, DiscoverError> {
    if !path.exists() && path.symlink_metadata().is_err() {
        return Err(DiscoverError::NotFound(path.to_path_buf()));
    }
    let abs = std::path::absolute(path).map_err(|_| DiscoverError::NotFound(path.into()))?;
    // A meeting.md itself, or a meeting folder.
    let meeting_dir = if abs.file_name().is_some_and(|n| n == MEETING_FILE) {
        abs.parent().map(Path::to_path_buf)
    } else if abs.join(MEETING_FILE).exists() {
        Some(abs.clone())
    } else {
        None
    };
    if let Some(dir) = meeting_dir {
        let root = find_root(&dir).ok_or_else(|| DiscoverError::NoCaseRoot(path.into()))?;
        return Ok(vec![Target {
            base: if abs.is_dir() {
                abs.clone()
            } else {
                dir.clone()
            },
            case_root: root,
            meetings: vec![dir],
            whole_case: false,
        }]);
    }
    if is_case_root(&abs) {
        return Ok(vec![case_target(&abs)]);
    }
    let roots = case_roots_below(&abs);
    if !roots.is_empty() {
        return Ok(roots
            .into_iter()
            .map(|root| Target {
                base: abs.clone(),
                ..case_target(&root)
            })
            .collect());
    }
    // A folder inside a case, such as meetings/.
    if let Some(root) = find_root(&abs) {
        let meetings = if abs.file_name().is_some_and(|n| n == MEETINGS_DIR) {
            meetings_of(&abs)
        } else {
            Vec::new()
        };
        return Ok(vec![Target {
            base: abs,
            case_root: root,
            meetings,
            whole_case: false,
        }]);
    }
    Err(DiscoverError::NoCaseRoot(path.to_path_buf()))
}

/// A whole case, its files named from its root.
pub fn case_target(root: &Path) -> Target {
    Target {
        base: root.to_path_buf(),
        case_root: root.to_path_buf(),
        meetings: meetings_of(&root.join(MEETINGS_DIR)),
        whole_case: true,
    }
}

/// The folders in a meetings/ folder, sorted: the candidate meetings. Whether
/// each holds a meeting.md is seen when it is checked (in parallel, with
/// one listing of the folder), not here.
pub fn meetings_of(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_type()
                .is_ok_and(|t| t.is_dir() || (t.is_symlink() && e.path().is_dir()))
        })
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// Case roots at any depth below `dir`, sorted. A case's own folders are not
/// searched for further cases; hidden folders, `target` and `node_modules`
/// are skipped; symbolic links are not followed.
pub fn case_roots_below(dir: &Path) -> Vec<PathBuf> {
    let mut roots = Vec::new();
    let mut walk = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        let Ok(entry) = entry else { continue };
        if !entry.file_type().is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') || name == "target" || name == "node_modules" {
            walk.skip_current_dir();
            continue;
        }
        if is_case_root(entry.path()) {
            roots.push(entry.path().to_path_buf());
            walk.skip_current_dir();
        }
    }
    roots
}
