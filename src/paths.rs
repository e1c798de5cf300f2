//! Paths as lsk shows them to people: relative to the folder they gave,
//! with `/` separators on every system.

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

#[cfg(test)]
mod tests {
    use super::*;

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
