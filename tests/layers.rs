//! The layers of docs/design.md, kept: every path into the crate in src/
//! (`crate::…`, and `super::…`/`self::…` read from the file's own place; a
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

/// The module path of a file of src/ inside the crate: `case/yaml.rs` is
/// `case::yaml`, `case/mod.rs` is `case`, `lib.rs` the crate itself.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|l| l == "mod")
        || (parts.len() == 1 && (parts[0] == "lib" || parts[0] == "main"))
    {
        parts.pop();
    }
    parts
}

/// A path as written in the file of module `here` (`crate::a::b`,
/// `super::b`, `super::super::c`, `self::d`), as a path from the crate's
/// root (`a::b`); `None` for a path that does not start inside the crate.
fn resolve(here: &[String], written: &str) -> Option<String> {
    let mut parts = written.split("::").filter(|p| !p.is_empty());
    let mut base: Vec<String> = match parts.next()? {
        "crate" => Vec::new(),
        "super" => here[..here.len().checked_sub(1)?].to_vec(),
        "self" => here.to_vec(),
        _ => return None,
    };
    for part in parts {
        if part == "super" {
            base.pop()?;
        } else {
            base.push(part.to_owned());
        }
    }
    Some(base.join("::"))
}

/// Where a path into the crate starts in `code`: `crate::`, `super::` or
/// `self::`, not inside a longer name (`$crate::`, `Self::`, `myself::`).
fn next_path_start(code: &str) -> Option<usize> {
    ["crate::", "super::", "self::"]
        .iter()
        .flat_map(|word| {
            code.match_indices(word).map(|(at, _)| at).filter(|&at| {
                !code[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == ':')
            })
        })
        .min()
}

/// The paths into the crate in a file's code (the file of module `here`),
/// as paths from the crate's root, with their lines: `use` lists (`use
/// crate::{a, b::c}`, `use super::{d, e}` too) and paths written inline.
/// Comments and the unit tests at the bottom (`#[cfg(test)]`) are left
/// out.
fn imports(text: &str, here: &[String]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_use: Option<(usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let code = line.split("//").next().unwrap_or("");
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let resolved = |start: usize, written: Vec<String>| {
            written
                .into_iter()
                .filter_map(|p| resolve(here, &p))
                .map(move |p| (start, p))
        };
        if let Some((start, mut acc)) = in_use.take() {
            acc.push_str(code);
            if code.contains(';') {
                out.extend(resolved(start, use_paths(&acc)));
            } else {
                in_use = Some((start, acc));
            }
            continue;
        }
        if let Some(body) = use_body(code)
            && ["crate::", "super::", "self::"]
                .iter()
                .any(|w| body.starts_with(w))
        {
            if code.contains(';') {
                out.extend(resolved(line_no, use_paths(code)));
            } else {
                in_use = Some((line_no, code.to_owned()));
            }
            continue;
        }
        let mut rest = code;
        while let Some(at) = next_path_start(rest) {
            let after = &rest[at..];
            let path: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            out.extend(resolved(
                line_no,
                vec![path.trim_end_matches(':').to_owned()],
            ));
            rest = &after[path.len()..];
        }
    }
    out
}

/// What follows `use` in a `use` line (`pub use`, `pub(crate) use` too).
fn use_body(code: &str) -> Option<&str> {
    let mut t = code.trim_start();
    if let Some(rest) = t.strip_prefix("pub") {
        t = match rest.strip_prefix('(') {
            Some(r) => r.split_once(')')?.1,
            None => rest,
        }
        .trim_start();
    }
    t.strip_prefix("use ").map(str::trim_start)
}

/// The paths one `use …;` brings in, as written: `crate::a::{b, c::d}`
/// gives `crate::a::b` and `crate::a::c::d`; `super::{a, b}` gives
/// `super::a` and `super::b`.
fn use_paths(stmt: &str) -> Vec<String> {
    let body = use_body(stmt)
        .unwrap_or("")
        .trim()
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
        for (line, path) in imports(&text, &module_path(rel)) {
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
    let found: Vec<String> = imports(text, &[]).into_iter().map(|(_, p)| p).collect();
    assert_eq!(
        found,
        [
            "a::b", "a::c::d", "a::c::e", "f", "g::h", "i::j", "k::l", "m::n", "m::o"
        ]
    );
}

/// `super::` and `self::` are read from the file's place: the circle
/// `case::yaml` <-> `case::yaml_fast` was written with `super::` alone,
/// and went unseen while only `crate::` paths were read.
#[test]
fn the_reader_finds_imports_through_super_and_self() {
    let here = module_path(Path::new("case/yaml.rs"));
    assert_eq!(here, ["case", "yaml"]);
    let text = "pub use super::node::{Entry, Node};\nuse super::traps;\nfn p() { super::yaml_fast::parse(t); Self::x(); self::y(); }\npub(crate) use super::{\n    a,\n    b::c,\n};\nuse std::fmt;\nmacro_rules! m { () => { $crate::z }; }\n";
    let found: Vec<String> = imports(text, &here).into_iter().map(|(_, p)| p).collect();
    assert_eq!(
        found,
        [
            "case::node::Entry",
            "case::node::Node",
            "case::traps",
            "case::yaml_fast::parse",
            "case::yaml::y",
            "case::a",
            "case::b::c"
        ]
    );
    let edit = module_path(Path::new("case/edit/diff.rs"));
    assert_eq!(
        imports("use super::super::yaml::Node;\n", &edit),
        [(1, "case::yaml::Node".to_owned())]
    );
    assert_eq!(module_path(Path::new("case/mod.rs")), ["case"]);
    assert_eq!(
        imports("use super::model::Lang;\n", &["case".to_owned()]),
        [(1, "model::Lang".to_owned())]
    );
    assert!(module_path(Path::new("lib.rs")).is_empty());
}
