//! Finding what to check under a path: one meeting, one case, or every case
//! beneath a team's folder. What looks like a case but is not read (a
//! misnamed lsk.yaml, a case behind a symbolic link) is reported, so that a
//! team's check never reads as all clear while a case went unchecked.

use std::path::{Path, PathBuf};

use super::{CASE_FILE, MEETING_FILE, MEETINGS_DIR, find_root, is_case_root};
use crate::finding::Msg;
use crate::finding::{Finding, PARSE_ERROR, Sink};
use crate::model::Lang;
use crate::paths::relative;

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

/// What a PATH covers: the cases and meetings to read, and the folders that
/// look like cases but are not read.
#[derive(Debug, Default)]
pub struct Found {
    pub targets: Vec<Target>,
    /// One `parse-error` finding per folder skipped: a misnamed lsk.yaml,
    /// meetings without lsk.yaml, a case reached through a symbolic link.
    /// Files are named from the folder given; the language is the default
    /// until the caller sets the run's own.
    pub skipped: Vec<Finding>,
}

impl Found {
    pub fn of(targets: Vec<Target>) -> Found {
        Found {
            targets,
            skipped: Vec::new(),
        }
    }
}

#[derive(Debug)]
pub enum DiscoverError {
    /// The path does not exist.
    NotFound(PathBuf),
    /// Not inside a case, and no cases below.
    NoCaseRoot(PathBuf),
}

/// What `lsk check PATH` covers.
pub fn targets(path: &Path) -> Result<Found, DiscoverError> {
    if !path.exists() && path.symlink_metadata().is_err() {
        return Err(DiscoverError::NotFound(path.to_path_buf()));
    }
    // Where the path leads: `x/..` is not inside `x`.
    let abs = crate::paths::resolve(path).map_err(|_| DiscoverError::NotFound(path.into()))?;
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
        return Ok(Found::of(vec![Target {
            base: if abs.is_dir() {
                abs.clone()
            } else {
                dir.clone()
            },
            case_root: root,
            meetings: vec![dir],
            whole_case: false,
        }]));
    }
    // A case's folder (not a stray lsk.yaml in a case's meetings/).
    if is_case_root(&abs) && find_root(&abs).as_deref() == Some(abs.as_path()) {
        return Ok(Found::of(vec![case_target(&abs)]));
    }
    let below = cases_below(&abs);
    if !below.roots.is_empty() {
        // Each case's meetings listed on all cores: a region's folder
        // holds thousands of cases.
        use rayon::prelude::*;
        return Ok(Found {
            targets: below
                .roots
                .into_par_iter()
                .map(|root| Target {
                    base: abs.clone(),
                    ..case_target(&root)
                })
                .collect(),
            skipped: below.skipped,
        });
    }
    // A folder inside a case, such as meetings/.
    if let Some(root) = find_root(&abs) {
        let meetings = if abs.file_name().is_some_and(|n| n == MEETINGS_DIR) {
            meetings_of(&abs)
        } else {
            Vec::new()
        };
        return Ok(Found::of(vec![Target {
            base: abs,
            case_root: root,
            meetings,
            whole_case: false,
        }]));
    }
    // No case at all, but something that looks like one: say what.
    if !below.skipped.is_empty() {
        return Ok(Found {
            targets: Vec::new(),
            skipped: below.skipped,
        });
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
/// searched for further cases; hidden folders (`.git`, `.lsk`), `target` and
/// `node_modules` are skipped (they hold no cases, and a repository's
/// history or build output would only slow the search); symbolic links are
/// not followed.
pub fn case_roots_below(dir: &Path) -> Vec<PathBuf> {
    cases_below(dir).roots
}

/// Case roots below a folder, and the folders skipped that look like cases.
#[derive(Debug, Default)]
pub struct Below {
    pub roots: Vec<PathBuf>,
    /// `parse-error` findings, files named from the folder searched.
    pub skipped: Vec<Finding>,
}

/// [`case_roots_below`], and the folders that look like cases but are not
/// read: a misnamed lsk.yaml or meetings without one (`dir` itself
/// included), and a symbolic link to a case.
pub fn cases_below(dir: &Path) -> Below {
    let mut below = Below::default();
    if let Some((file, msg)) = looks_like_case(dir) {
        below.skipped.push(skipped_finding(file, msg, dir));
        return below;
    }
    let mut walk = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        let kind = entry.file_type();
        if kind.is_symlink() {
            // Followed, a link could lead anywhere (out of the repository,
            // round in a loop): the case behind it is named instead.
            if path.is_dir() && links_to_cases(path) {
                let target = std::fs::canonicalize(path)
                    .map_or_else(|_| path.display().to_string(), |t| t.display().to_string());
                below.skipped.push(skipped_finding(
                    path.to_path_buf(),
                    Msg::LinkedCase { target },
                    dir,
                ));
            }
            continue;
        }
        if !kind.is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') || name == "target" || name == "node_modules" {
            walk.skip_current_dir();
            continue;
        }
        if is_case_root(path) {
            below.roots.push(path.to_path_buf());
            walk.skip_current_dir();
        } else if let Some((file, msg)) = looks_like_case(path) {
            below.skipped.push(skipped_finding(file, msg, dir));
            walk.skip_current_dir();
        }
    }
    below
}

/// Whether a file name is lsk.yaml misspelt: `lsk.yml`, `LSK.yaml`,
/// `lsk.yaml.txt`, `lsk.yaml ` (any case, an optional `.txt`, trailing
/// spaces), but not `lsk.yaml` itself.
pub fn is_misnamed_case_file(name: &str) -> bool {
    if name == CASE_FILE {
        return false;
    }
    let lower = name.to_lowercase();
    let mut stem = lower.trim_end_matches(' ');
    if let Some(s) = stem.strip_suffix(".txt") {
        stem = s.trim_end_matches(' ');
    }
    stem == "lsk.yaml" || stem == "lsk.yml"
}

/// Why `dir`, which has no lsk.yaml, looks like a case: the misnamed case
/// file, or (file `dir/lsk.yaml`) meetings with a meeting.md.
fn looks_like_case(dir: &Path) -> Option<(PathBuf, Msg)> {
    if is_case_root(dir) {
        return None;
    }
    // A team's folder can hold thousands of entries: names first, and a
    // look at the file only for a name that matches.
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_str().is_some_and(is_misnamed_case_file))
        .collect();
    names.sort();
    if let Some(name) = names.iter().find(|n| !dir.join(n).is_dir()) {
        return Some((
            dir.join(name),
            Msg::MisnamedCaseFile {
                name: name.to_string_lossy().into_owned(),
            },
        ));
    }
    let has_meetings = meetings_of(&dir.join(MEETINGS_DIR))
        .iter()
        .any(|m| m.join(MEETING_FILE).symlink_metadata().is_ok());
    has_meetings.then(|| (dir.join(CASE_FILE), Msg::NoCaseFile))
}

/// Whether a link to a folder leads to a case, or to a folder with cases in
/// it (another team's folder). Only one level is looked at: a link may lead
/// to a folder as big as the whole disk.
fn links_to_cases(link: &Path) -> bool {
    if is_case_root(link) || looks_like_case(link).is_some() {
        return true;
    }
    std::fs::read_dir(link).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.path().is_dir() && is_case_root(&e.path()))
    })
}

fn skipped_finding(file: PathBuf, msg: Msg, base: &Path) -> Finding {
    let shown = relative(&file, base);
    let mut sink = Sink::new(file, None, Lang::default());
    sink.error(PARSE_ERROR, 1, msg);
    let mut found = sink.findings.remove(0);
    found.shown = shown;
    found
}

#[cfg(test)]
mod tests {
    use super::is_misnamed_case_file;

    #[test]
    fn misnamed_case_files() {
        for name in [
            "lsk.yml",
            "LSK.yaml",
            "Lsk.Yml",
            "lsk.yaml.txt",
            "lsk.yml.TXT",
            "lsk.yaml ",
            "lsk.yaml .txt",
            "lsk.yaml.txt  ",
        ] {
            assert!(is_misnamed_case_file(name), "{name:?}");
        }
        for name in [
            "lsk.yaml",
            "lsk.json",
            "my-lsk.yaml",
            "lsk.yaml.bak",
            "lsk",
            ".lsk.yaml",
        ] {
            assert!(!is_misnamed_case_file(name), "{name:?}");
        }
    }
}
