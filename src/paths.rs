//! Paths as lsk shows them to people: relative to the folder they gave,
//! with `/` separators on every system; and a path given read by where it
//! leads (`resolve`).

use std::path::{Component, Path, PathBuf};

/// `path` relative to `base`, with `/` separators; `../` where it lies outside.
pub fn relative(path: &Path, base: &Path) -> String {
    let path: Vec<Component> = path.components().collect();
    let base: Vec<Component> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for c in &path[common..] {
        out.push(c);
    }
    out.to_string_lossy().replace('\\', "/")
}

/// A path a person gave, made absolute and read by where it leads: each
/// `..` goes up from the folder the path has reached, as the system goes
/// (through a link, that is the link's target's parent), never merely
/// drops the name before it. `cases/eetu/meetings/../../..` is the folder
/// above `cases`, and has no ancestor `cases/eetu`. The part up to the
/// last `..` is resolved on the disk (so it must exist, as it must for
/// the system to follow it); the names after it are kept as given, and a
/// path without `..` is only made absolute, as before.
pub fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let abs = std::path::absolute(path)?;
    let parts: Vec<Component> = abs.components().collect();
    let Some(last_up) = parts.iter().rposition(|c| *c == Component::ParentDir) else {
        return Ok(abs);
    };
    let mut out = std::fs::canonicalize(parts[..=last_up].iter().collect::<PathBuf>())?;
    for c in &parts[last_up + 1..] {
        out.push(c);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_read_by_where_it_leads() {
        let dir = tempfile::tempdir().unwrap();
        let base = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(base.join("cases/eetu/meetings")).unwrap();
        std::fs::create_dir_all(base.join("elsewhere/deep")).unwrap();
        assert_eq!(
            resolve(&base.join("cases/eetu/meetings/../../..")).unwrap(),
            base
        );
        assert_eq!(
            resolve(&base.join("cases/eetu/meetings/../x/meeting.md")).unwrap(),
            base.join("cases/eetu/x/meeting.md")
        );
        // No `..`: only made absolute, names kept as given.
        assert_eq!(
            resolve(&base.join("cases/eetu")).unwrap(),
            base.join("cases/eetu")
        );
        // Through a link, `..` is the parent of where the link leads.
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(
                base.join("elsewhere/deep"),
                base.join("cases/eetu/meetings/link"),
            )
            .unwrap();
            assert_eq!(
                resolve(&base.join("cases/eetu/meetings/link/..")).unwrap(),
                base.join("elsewhere")
            );
        }
        // A `..` from a folder that is not there leads nowhere.
        assert!(resolve(&base.join("cases/nobody/..")).is_err());
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative(Path::new("/a/b/meetings/x/meeting.md"), Path::new("/a/b")),
            "meetings/x/meeting.md"
        );
        assert_eq!(
            relative(Path::new("/a/b/lsk.yaml"), Path::new("/a/b/meetings/x")),
            "../../lsk.yaml"
        );
    }
}
