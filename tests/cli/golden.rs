//! Golden files, reviewed as files: the human report of the bundled
//! examples and every document of each kind of meeting in each language,
//! compared byte for byte with tests/golden/. Substring tests elsewhere
//! say what must be there; these show every other change as a diff.
//!
//! After a change you mean, rewrite them with `LSK_UPDATE_GOLDEN=1 cargo
//! test --test cli golden::` and read `git diff tests/golden` before you
//! commit (docs/testing.md).

use std::path::{Path, PathBuf};

use lsk::model::{Kind, Lang};

use crate::common::*;
use crate::documents::{documents, env_for};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// `actual` is tests/golden/NAME byte for byte (or becomes it with
/// LSK_UPDATE_GOLDEN=1).
pub fn golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("LSK_UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; make it with LSK_UPDATE_GOLDEN=1 and review it",
            path.display()
        )
    });
    if expected == actual {
        return;
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(e, a)| e != a)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    panic!(
        "{} differs from lsk's output from line {}:\n  golden: {:?}\n  now:    {:?}\n\
         If the change is meant, run with LSK_UPDATE_GOLDEN=1 and review `git diff tests/golden`.",
        path.display(),
        line + 1,
        expected.lines().nth(line).unwrap_or("(end)"),
        actual.lines().nth(line).unwrap_or("(end)"),
    );
}

#[test]
fn the_report_of_the_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let env = Env::new();
    for (name, dir, code) in [
        ("check-cases.txt", "examples/cases", 0),
        ("check-mistakes.txt", "examples/mistakes", 1),
    ] {
        let run = env.lsk_in(root, &["check", dir]);
        assert_eq!(run.code, code, "{}{}", run.stdout, run.stderr);
        golden(name, &run.stdout);
    }
}

#[test]
fn every_document_of_each_kind_in_each_language() {
    for kind in Kind::NAMES {
        for lang in Lang::NAMES {
            let env = env_for(kind, "2021-06", lang);
            for (doc, text) in documents(&env, kind, lang) {
                let doc = doc.replace(" --for ", "-for-");
                golden(&format!("{kind}-{lang}-{doc}.md"), &text);
            }
        }
    }
}
