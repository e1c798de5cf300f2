//! The layers of docs/design.md, kept: every `crate::` path in src/ (a
//! `use` or a path in code, tests left out) goes to a module on the same
//! layer or below, and the modules import each other in no circle. A new
//! upward import or circle fails here, naming the file and the line.
//!
//! To put a new module in the house, add it to `LAYERS` at the layer of
//! what it is (docs/design.md says which is which).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Layer by layer, from the ground up: each module may import its own
/// layer and those below it. `case::yaml` and its neighbours are the YAML
/// layer, below the rest of `case`.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "base",
        &["model", "date", "hetu", "fsutil", "text", "paths"],
    ),
    (
        "shape",
        &[
            "schema",
            "case::node",
            "case::yaml",
            "case::yaml_fast",
            "case::traps",
            "case::edit",
            "case::merge",
        ],
    ),
    ("findings", &["finding"]),
    (
        "reading",
        &[
            "case",
            "case::source",
            "case::meeting",
            "case::filed",
            "case::validate",
            "case::discover",
            "changed",
        ],
    ),
    ("recipients", &["recipient", "consent"]),
    ("rules", &["rules"]),
    ("check", &["check"]),
    ("words", &["i18n"]),
    ("view", &["view"]),
    (
        "products",
        &[
            "render",
            "scaffold",
            "jsonschema",
            "help",
            "follow",
            "new_case",
            "new_meeting",
            "hook",
            "shortcut",
            "disclosure",
            "filing",
            "search",
            "repo",
        ],
    ),
    ("report", &["report"]),
    ("browser", &["serve"]),
    ("commands", &["cli"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, mods)| mods.contains(&module))
}

/// Every .rs file under `dir`.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file of src/ belongs to, as `LAYERS` names it.
fn module_of(rel: &Path) -> Option<String> {
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    match parts.as_slice() {
        [one] if one == "lib" || one == "main" => None,
        [one] => Some(one.clone()),
        [dir, file] if dir == "case" && file != "mod" => Some(format!("case::{file}")),
        // A folder inside case/ (case/edit/) is one module of its layer.
        [dir, sub, _, ..] if dir == "case" => Some(format!("case::{sub}")),
        [dir, ..] => Some(dir.clone()),
        [] => None,
    }
}

/// The module a `crate::a::b` path names.
fn target(path: &[&str]) -> String {
    match path {
        ["case", sub, ..] if layer_of(&format!("case::{sub}")).is_some() => format!("case::{sub}"),
        [first, ..] => (*first).to_owned(),
        [] => String::new(),
    }
}

/// The `crate::…` paths in a file's code, with their lines: `use` lists
/// (`use crate::{a, b::c}` too) and paths written inline. Comments and
/// the unit tests at the bottom (`#[cfg(test)]`) are left out.
fn imports(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_use: Option<(usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let code = line.split("//").next().unwrap_or("");
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        if let Some((start, mut acc)) = in_use.take() {
            acc.push_str(code);
            if code.contains(';') {
                out.extend(use_paths(&acc).into_iter().map(|p| (start, p)));
            } else {
                in_use = Some((start, acc));
            }
            continue;
        }
        let trimmed = code.trim_start();
        let is_use = trimmed.starts_with("use crate::") || trimmed.starts_with("pub use crate::");
        if is_use {
            if code.contains(';') {
                out.extend(use_paths(code).into_iter().map(|p| (line_no, p)));
            } else {
                in_use = Some((line_no, code.to_owned()));
            }
            continue;
        }
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + 7..];
            let path: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            out.push((line_no, path.trim_end_matches(':').to_owned()));
            rest = &after[path.len()..];
        }
    }
    out
}

/// The paths one `use crate::…;` brings in: `crate::a::{b, c::d}` gives
/// `a::b` and `a::c::d`; `crate::{a, b}` gives `a` and `b`.
fn use_paths(stmt: &str) -> Vec<String> {
    let body = stmt
        .trim()
        .trim_start_matches("pub ")
        .trim_start_matches("use crate::")
        .trim_end_matches(';')
        .replace(char::is_whitespace, "");
    let mut out = Vec::new();
    expand("", &body, &mut out);
    out
}

fn expand(prefix: &str, body: &str, out: &mut Vec<String>) {
    if let Some(open) = body.find('{') {
        let head = &body[..open];
        let inner = &body[open + 1..body.rfind('}').unwrap_or(body.len())];
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&format!("{prefix}{head}"), &inner[start..i], out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        expand(&format!("{prefix}{head}"), &inner[start..], out);
    } else if !body.is_empty() {
        out.push(format!("{prefix}{body}"));
    }
}

#[test]
fn no_import_runs_up_a_layer_and_none_goes_round() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    all.sort();
    let mut upward = Vec::new();
    let mut unknown = BTreeSet::new();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &all {
        let rel = file.strip_prefix(&src).unwrap();
        let Some(from) = module_of(rel) else {
            continue;
        };
        let Some(from_layer) = layer_of(&from) else {
            unknown.insert(format!("{} (module `{from}`)", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for (line, path) in imports(&text) {
            {
                let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
                let to = target(&parts);
                if to.is_empty() || to == from {
                    continue;
                }
                let Some(to_layer) = layer_of(&to) else {
                    // A name at the crate's root (a macro, a re-export).
                    continue;
                };
                // Within one folder-module (`case` and its files) the
                // layers of its files still count.
                if to_layer > from_layer {
                    upward.push(format!(
                        "src/{}:{line}: `{from}` ({}) imports `crate::{path}` ({})",
                        rel.display(),
                        LAYERS[from_layer].0,
                        LAYERS[to_layer].0
                    ));
                }
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "files of a module the layer table does not know (add it to LAYERS in tests/layers.rs and to docs/design.md):\n{}",
        unknown.into_iter().collect::<Vec<_>>().join("\n")
    );
    assert!(
        upward.is_empty(),
        "imports that run up a layer (move the item to its home, see docs/design.md):\n{}",
        upward.join("\n")
    );
    // No circle, even among the modules of one layer.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|s| s == m) {
            let mut circle = stack[at..].to_vec();
            circle.push(m.to_owned());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        stack.push(m.to_owned());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(m.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(circle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!(
                "modules that import each other in a circle: {}",
                circle.join(" → ")
            );
        }
    }
}

#[test]
fn the_reader_finds_imports_in_every_form() {
    let text = "use crate::a::{b, c::{d, e}};\nuse crate::{f, g::h};\nfn x() { crate::i::j(); }\npub use crate::k::l;\nuse crate::m::{\n    n,\n    o,\n};\n#[cfg(test)]\nuse crate::p;\n";
    let found: Vec<String> = imports(text).into_iter().map(|(_, p)| p).collect();
    assert_eq!(
        found,
        [
            "a::b", "a::c::d", "a::c::e", "f", "g::h", "i::j", "k::l", "m::n", "m::o"
        ]
    );
}
