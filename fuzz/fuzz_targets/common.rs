//! A case folder in the temporary folder that each fuzzing input is
//! written into as `meetings/2026-11-10-daycare/meeting.md`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub const CASE_YAML: &str = "child:\n  name: Robin\n  born: 2021-03\nresponsible_worker: Sam Worker\nlanguage: fi\nstage: client\n";

/// (case root, meeting folder), made once per process.
pub fn case() -> &'static (PathBuf, PathBuf) {
    static CASE: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    CASE.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("lsk-fuzz-{}", std::process::id()));
        let dir = root.join("meetings/2026-11-10-daycare");
        std::fs::create_dir_all(&dir).expect("temp folder");
        std::fs::write(root.join("lsk.yaml"), CASE_YAML).expect("lsk.yaml");
        (root, dir)
    })
}

pub fn write_meeting(dir: &Path, data: &[u8]) {
    std::fs::write(dir.join("meeting.md"), data).expect("meeting.md");
}

pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

/// Every finding points at a line of the file it names.
pub fn lines_in_range(findings: &[lsk::finding::Finding], data: &[u8]) {
    // Line breaks as lsk reads them: LF, CRLF and a lone CR.
    let text = String::from_utf8_lossy(data).replace("\r\n", "\n");
    let lines = text.split(['\n', '\r']).count().max(1);
    for f in findings {
        assert!(
            f.line >= 1 && f.line <= lines,
            "line {} of {lines}: {f:?}",
            f.line
        );
    }
}
