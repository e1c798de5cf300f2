//! The JSON Schema in the editors that read it: yaml-language-server (the
//! engine of VS Code's YAML extension and Neovim's yamlls) driven over LSP
//! stdio by `tests/editors/lsp.mjs`, on meetings as `lsk new-meeting`
//! writes them (the `$schema` modeline) and with the schema given in the
//! settings. Also the schema's own shape: small, shared definitions, no
//! enum value twice. Needs node and `npm ci --prefix tests/editors`
//! (`.ci/run`); skipped without them, a failure with LSK_REQUIRE_TOOLS.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::common::*;

/// `tests/editors` with its packages installed, or why not (skipped, a
/// failure when LSK_REQUIRE_TOOLS is set).
pub fn editor_tools() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/editors");
    let why = if Command::new("node").arg("--version").output().is_err() {
        Some("node is not installed")
    } else if !dir
        .join("node_modules/yaml-language-server/package.json")
        .is_file()
        || !dir.join("node_modules/ajv/package.json").is_file()
    {
        Some("tests/editors has no packages: npm ci --prefix tests/editors --ignore-scripts")
    } else {
        None
    };
    match why {
        None => Some(dir),
        Some(why) => {
            crate::common::skip(why);
            None
        }
    }
}

/// Run a node script of tests/editors and read its JSON answer.
pub fn node_json(dir: &Path, script: &str, args: &[&Path]) -> Value {
    let out = Command::new("node")
        .arg(dir.join(script))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script}: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{script}: not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// (0-based line, message) of the diagnostics yaml-language-server gave.
fn diagnostics(answer: &Value, file: &Path) -> Vec<(u64, String)> {
    let key = file.to_string_lossy();
    answer[key.as_ref()]
        .as_array()
        .unwrap_or_else(|| panic!("no answer for {key}: {answer}"))
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The 0-based line of `text` that starts with `start`.
fn line_of(text: &str, start: &str) -> u64 {
    text.lines()
        .position(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no line starts with {start}")) as u64
}

/// Every `enum` in a schema, wherever it is.
fn enums(schema: &Value, out: &mut Vec<Vec<Value>>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Array(values)) = map.get("enum") {
                out.push(values.clone());
            }
            map.values().for_each(|v| enums(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| enums(v, out)),
        _ => {}
    }
}

#[test]
fn the_schema_is_small_shared_and_lists_each_value_once() {
    let env = Env::new();
    for lang in ["fi", "sv", "en"] {
        for which in ["meeting", "case"] {
            let run = env.lsk(&["schema", which, "--lang", lang]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            // Small enough to commit beside every case (it was 411 KB).
            assert!(
                run.stdout.len() < 48_000,
                "{which} {lang}: {} bytes",
                run.stdout.len()
            );
            let schema = run.json();
            let mut all = Vec::new();
            enums(&schema, &mut all);
            assert!(!all.is_empty());
            for values in all {
                let mut seen: Vec<&Value> = Vec::new();
                for v in &values {
                    assert!(
                        !seen.contains(&v),
                        "{which} {lang}: {v} twice in {values:?}"
                    );
                    seen.push(v);
                }
            }
            // The recipients are defined once and referred to.
            assert!(schema["definitions"]["recipient"].is_object(), "{which}");
            assert!(run.stdout.matches("#/definitions/recipient\"").count() >= 2);
            assert_eq!(
                run.stdout.matches("all-participants\"").count(),
                1,
                "{which} {lang}: the recipient list copied"
            );
        }
    }
}

/// A daycare meeting as `lsk new-meeting` starts its frontmatter: with the
/// modeline pointing at the case's schema.
fn with_modeline(text: &str) -> String {
    text.replacen(
        "---\n",
        "---\n# yaml-language-server: $schema=../../.lsk/meeting.schema.json\n",
        1,
    )
}

#[test]
fn yaml_language_server_checks_meetings_with_the_schema() {
    let Some(tools) = editor_tools() else {
        return;
    };
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    // new-meeting writes the schema and the modeline.
    let run = env.lsk(&["new-meeting", "--kind", "school", "--date", "2026-12-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let scaffold = env.join("meetings/2026-12-01-school/meeting.md");
    assert!(
        env.read("meetings/2026-12-01-school/meeting.md")
            .contains("$schema=")
    );
    let good = with_modeline(DAYCARE);
    env.meeting("2026-11-10-daycare", &good);
    let bad = good
        .replace("goal: Agree", "gaol: Agree")
        .replace("duration_min: 60", "duration_min: sixty")
        .replace("time: 13:00", "time: 25:00")
        .replace("    role: parent\n", "    role: boss\n");
    env.meeting("2026-11-11-daycare", &bad);
    let good_path = env.join("meetings/2026-11-10-daycare/meeting.md");
    let bad_path = env.join("meetings/2026-11-11-daycare/meeting.md");
    let answer = node_json(&tools, "lsp.mjs", &[&good_path, &bad_path, &scaffold]);

    // The schema is read (not refused as invalid), and a valid meeting,
    // notes included, has nothing to show.
    assert_eq!(diagnostics(&answer, &good_path), [], "{answer}");
    let found = diagnostics(&answer, &bad_path);
    let at = |start: &str, says: &str| {
        let line = line_of(&bad, start);
        assert!(
            found.iter().any(|(l, m)| *l == line && m.contains(says)),
            "`{start}` (line {line}): no `{says}` in {found:?}"
        );
    };
    at("gaol:", "Property gaol is not allowed");
    at("duration_min:", "Incorrect type");
    at("time:", "Incorrect type");
    at("    role: boss", "Value is not accepted");
    assert!(
        found
            .iter()
            .any(|(_, m)| m.contains("Missing property \"goal\"")),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(_, m)| m.contains("is not valid")),
        "the schema refused: {found:?}"
    );
    // The fields a new meeting still lacks, in the case's language.
    let empty = diagnostics(&answer, &scaffold);
    let text = env.read("meetings/2026-12-01-school/meeting.md");
    let place = line_of(&text, "place:");
    assert!(
        empty
            .iter()
            .any(|(l, m)| *l == place && m.starts_with("Täytä tämä kenttä")),
        "{empty:?}"
    );
}

/// The example cases' meetings, notes and all, with the modeline
/// `lsk new-meeting` writes and the schema in each case's language: nothing
/// to show. (The schema given in the editor's settings instead would apply
/// to the notes too, as a second YAML document: docs/scripting.md says so.)
#[test]
fn yaml_language_server_accepts_the_example_meetings() {
    let Some(tools) = editor_tools() else {
        return;
    };
    let env = Env::new();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cases");
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in walkdir::WalkDir::new(&examples)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = entry.path().strip_prefix(&examples).unwrap();
        let name = rel.to_string_lossy().replace('\\', "/");
        if entry.file_name() == "lsk.yaml" {
            env.write(&name, &std::fs::read_to_string(entry.path()).unwrap());
            let case = rel.parent().unwrap().to_string_lossy().into_owned();
            let schema = env.lsk_in(&env.join(&case), &["schema"]);
            assert_eq!(schema.code, 0, "{}", schema.stderr);
            env.write(&format!("{case}/.lsk/meeting.schema.json"), &schema.stdout);
        } else if entry.file_name() == "meeting.md" {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            env.write(&name, &with_modeline(&text));
            files.push(env.join(&name));
        }
    }
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    let args: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let answer = node_json(&tools, "lsp.mjs", &args);
    for file in &files {
        assert_eq!(diagnostics(&answer, file), [], "{}", file.display());
    }
}
