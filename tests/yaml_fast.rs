//! The fast reader of frontmatter (`case::yaml_fast`) builds the same tree
//! as granit_parser (`case::yaml::parse_slow`) or declines: for every file
//! the repository holds, every YAML-looking string its code and tests
//! write, the fuzz corpora and their mutations, generated corpora
//! (`LSK_YAML_CORPUS=DIR …`), and random YAML made of the subset's pieces
//! and near misses.

use std::path::{Path, PathBuf};

use lsk::case::{source, yaml, yaml_fast};
use proptest::prelude::*;

/// Whether the fast reader took `text`; panics when it read it otherwise
/// than granit_parser.
fn same(text: &str, origin: &str) -> bool {
    let Some(fast) = yaml_fast::parse(text) else {
        return false;
    };
    match yaml::parse_slow(text) {
        Ok(slow) => assert_eq!(fast, slow, "{origin}: {text:?}"),
        Err(e) => panic!("{origin}: the fast reader read {text:?}, granit refuses it: {e:?}"),
    }
    true
}

/// The texts `parse` is given for a file's bytes: the frontmatter of a
/// meeting (as lsk reads it), and the whole text (lsk.yaml).
fn texts_of(bytes: &[u8]) -> Vec<String> {
    let Ok(text) = source::decode(bytes.to_vec()) else {
        return match std::str::from_utf8(bytes) {
            Ok(t) => vec![t.to_string()],
            Err(_) => Vec::new(),
        };
    };
    let text = source::normalise(&text).into_owned();
    let mut out = Vec::new();
    if let Ok(fm) = source::frontmatter(&text) {
        out.push(fm.to_string());
    }
    out.push(text);
    out
}

fn files(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && keep(e.path()))
        .map(|e| e.into_path())
        .collect();
    out.sort();
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn is_case_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".md") || name.ends_with(".yaml") || name.ends_with(".yml")
}

/// Tally of frontmatters read fast against all compared.
#[derive(Default)]
struct Tally {
    fast: usize,
    all: usize,
}

impl Tally {
    fn add(&mut self, text: &str, origin: &str) {
        self.all += 1;
        if same(text, origin) {
            self.fast += 1;
        }
    }
}

#[test]
fn every_file_of_the_repository() {
    let mut meetings = Tally::default();
    let mut other = Tally::default();
    for dir in ["examples", "tests", "fuzz/corpus", "docs", "src"] {
        for path in files(&root().join(dir), &|p| {
            is_case_file(p) || p.starts_with(root().join("fuzz/corpus"))
        }) {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let origin = path.display().to_string();
            let meeting = path.file_name().is_some_and(|n| n == "meeting.md");
            for (i, text) in texts_of(&bytes).iter().enumerate() {
                if meeting && i == 0 {
                    meetings.add(text, &origin);
                } else {
                    other.add(text, &origin);
                }
            }
        }
    }
    eprintln!(
        "meeting.md frontmatter read fast: {} of {}; other texts: {} of {}",
        meetings.fast, meetings.all, other.fast, other.all
    );
    assert!(meetings.all >= 5, "the examples' meetings were found");
    // The examples are the shape lsk writes: the fast reader must take
    // nearly all of them, or it gains nothing.
    assert!(
        meetings.fast * 10 >= meetings.all * 9,
        "only {} of {} meetings read fast",
        meetings.fast,
        meetings.all
    );
}

/// A generated corpus (`cargo run --release --example gen-corpus -- DIR 50
/// 20`), or any folder of cases, named by `LSK_YAML_CORPUS`.
#[test]
fn a_generated_corpus() {
    let Ok(dir) = std::env::var("LSK_YAML_CORPUS") else {
        return;
    };
    let mut tally = Tally::default();
    for path in files(Path::new(&dir), &|p| {
        p.file_name()
            .is_some_and(|n| n == "meeting.md" || n == "lsk.yaml")
    }) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let texts = texts_of(&bytes);
        let meeting = path.file_name().is_some_and(|n| n == "meeting.md");
        let text = if meeting {
            &texts[0]
        } else {
            &texts[texts.len() - 1]
        };
        tally.add(text, &path.display().to_string());
    }
    eprintln!("{dir}: read fast {} of {}", tally.fast, tally.all);
    assert!(tally.all > 0);
}

/// Every string literal in the repository's Rust code that looks like YAML:
/// the fixtures the tests write, the hostile inputs, the traps' examples.
#[test]
fn every_yaml_string_in_the_code() {
    let mut tally = Tally::default();
    for dir in ["src", "tests", "fuzz/fuzz_targets", "examples"] {
        for path in files(&root().join(dir), &|p| {
            p.extension().is_some_and(|e| e == "rs")
        }) {
            let Ok(code) = std::fs::read_to_string(&path) else {
                continue;
            };
            for lit in literals(&code) {
                if !lit.contains(':') {
                    continue;
                }
                let origin = path.display().to_string();
                for text in texts_of(lit.as_bytes()) {
                    tally.add(&text, &origin);
                }
                // Also as a frontmatter that ends where the literal does.
                if !lit.ends_with('\n') {
                    tally.add(&format!("{lit}\n"), &origin);
                }
            }
        }
    }
    eprintln!("string literals: read fast {} of {}", tally.fast, tally.all);
    assert!(tally.fast > 100, "the literals were found and read");
}

/// The string literals of Rust source, escapes decoded (a small lexer:
/// comments, char literals and lifetimes are stepped over).
fn literals(code: &str) -> Vec<String> {
    let c: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '/' if c.get(i + 1) == Some(&'/') => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
            }
            '/' if c.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < c.len() && !(c[i] == '*' && c[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                if c.get(i + 1) == Some(&'\\') {
                    i += 2;
                    while i < c.len() && c[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if c.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if (i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_'))
                && matches!(c.get(i + 1), Some('"' | '#')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while c.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if c.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                j += 1;
                let start = j;
                loop {
                    if j >= c.len() {
                        return out;
                    }
                    if c[j] == '"' && (0..hashes).all(|h| c.get(j + 1 + h) == Some(&'#')) {
                        break;
                    }
                    j += 1;
                }
                out.push(c[start..j].iter().collect());
                i = j + 1 + hashes;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < c.len() && c[i] != '"' {
                    if c[i] == '\\' {
                        i += 1;
                        match c.get(i) {
                            Some('n') => s.push('\n'),
                            Some('r') => s.push('\r'),
                            Some('t') => s.push('\t'),
                            Some('0') => s.push('\0'),
                            Some('x') => {
                                let hex: String = c[i + 1..(i + 3).min(c.len())].iter().collect();
                                if let Ok(b) = u8::from_str_radix(&hex, 16) {
                                    s.push(char::from(b));
                                }
                                i += 2;
                            }
                            Some('u') => {
                                let end = c[i..].iter().position(|&x| x == '}').unwrap_or(0);
                                let hex: String = c[i + 2..i + end].iter().collect();
                                if let Some(ch) =
                                    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                                {
                                    s.push(ch);
                                }
                                i += end;
                            }
                            Some('\n') => {
                                while c.get(i + 1).is_some_and(|x| x.is_whitespace()) {
                                    i += 1;
                                }
                            }
                            Some(&other) => s.push(other),
                            None => {}
                        }
                    } else {
                        s.push(c[i]);
                    }
                    i += 1;
                }
                out.push(s);
            }
            _ => {}
        }
        i += 1;
    }
    out
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// The fuzz corpora, mutated the way tests/fuzz_bodies.rs mutates them.
#[test]
fn the_fuzz_corpora_mutated() {
    const FRAGMENTS: &[&str] = &[
        "\n",
        "---\n",
        ": ",
        " #",
        "\"",
        "'",
        "''",
        "\\",
        "|",
        "|-\n",
        ">\n",
        "- ",
        "  ",
        " ",
        "\t",
        "\r\n",
        "\u{feff}",
        "\u{a0}",
        "\u{2028}",
        "ä",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a ",
        "*a",
        "!!str ",
        "~",
        "null",
        "?",
        "#",
        "%YAML 1.2\n",
        "...\n",
        "\0",
    ];
    let mut seeds = Vec::new();
    for dir in ["fuzz/corpus", "examples"] {
        for path in files(&root().join(dir), &|_| true) {
            if let Ok(bytes) = std::fs::read(&path) {
                seeds.extend(texts_of(&bytes));
            }
        }
    }
    assert!(!seeds.is_empty());
    let mut rng = Rng(0x5EED_0026_F00D_CAFE);
    let mut tally = Tally::default();
    for _ in 0..6000 {
        let seed = &seeds[rng.below(seeds.len())];
        let mut t: Vec<char> = seed.chars().collect();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(t.len() + 1);
            if rng.one_in(3) {
                let end = (at + rng.below(8)).min(t.len());
                t.drain(at..end);
            } else {
                let f = rng.pick(FRAGMENTS);
                t.splice(at..at, f.chars());
            }
        }
        let text: String = t.into_iter().collect();
        tally.add(&text, "mutated corpus");
    }
    eprintln!("mutated corpora: read fast {} of {}", tally.fast, tally.all);
    assert!(tally.fast > 300, "the mutations leave many files readable");
}

/// Random YAML made of the subset's pieces and near misses.
fn random_yaml(rng: &mut Rng) -> String {
    let mut out = String::new();
    if rng.one_in(2) {
        out.push_str("---\n");
    }
    map(rng, &mut out, 0, 0, "");
    let mut lines: Vec<String> = out.split('\n').map(str::to_string).collect();
    // Near misses on whole lines: one more or one fewer space, a tab, a
    // line repeated, a line lost.
    for _ in 0..rng.below(3) {
        if !rng.one_in(4) || lines.is_empty() {
            continue;
        }
        let at = rng.below(lines.len());
        match rng.below(6) {
            0 => lines[at].insert(0, ' '),
            1 => {
                if lines[at].starts_with(' ') {
                    lines[at].remove(0);
                }
            }
            2 => lines[at].insert(0, '\t'),
            3 => {
                let l = lines[at].clone();
                lines.insert(at, l);
            }
            4 => {
                lines.remove(at);
            }
            _ => lines[at].push_str(rng.pick(&["  ", " ", ":", " #", "\u{a0}"])),
        }
    }
    let mut text = lines.join("\n");
    if rng.one_in(8) {
        text.pop();
    }
    text
}

const KEYS: &[&str] = &[
    "goal", "date", "time", "place", "kind", "invitees", "name", "role", "agreed", "due", "done",
    "a", "b", "c", "x_y", "a-b", "a.b", "2026", "true", "null", "~", "Ää", "key x", "-k", "k ",
    "\"q\"", "'s'", "? k", "&a k", "<<",
];

/// Words of the subset.
const SAFE: &[&str] = &[
    "a",
    "Aino Virtanen",
    "9.30",
    "14:00",
    "2026-11-22",
    "yes",
    "Läheiset laativat suunnitelman",
    "x/y",
    "a:b",
    "a#b",
    "a  b",
    "é",
    "(x)",
];

/// Words of the subset and its near misses.
const WORDS: &[&str] = &[
    "a",
    "Aino Virtanen",
    "9.30",
    "14:00",
    "2026-11-22",
    "yes",
    "no",
    "true",
    "~",
    "null",
    "Null",
    "NULL",
    "nulls",
    "Läheiset laativat suunnitelman",
    "€ 12,50",
    "a, b",
    "(x)",
    "x/y",
    "http://x.fi/a",
    "a:b",
    "a: b",
    "a :b",
    "a:",
    "a #b",
    "a#b",
    "#",
    "-",
    "- a",
    "-1",
    "--",
    "a - b",
    "?",
    "? a",
    "a?",
    "&x a",
    "*x",
    "!x a",
    "!!str a",
    "|",
    ">",
    "a | b",
    "%",
    "@",
    "`",
    "[",
    "]",
    "a]",
    "{",
    "a}",
    "a,",
    "\u{a0}",
    "a\u{a0}",
    "\u{85}",
    "\u{2028}",
    "é",
    "Å",
    "\u{1F600}",
    "'",
    "\"",
    "\\",
    "\\n",
    "  ",
    "a  b",
    "\t",
    "'a'",
    "\"a\"",
    "=",
    "<<",
    "0x1F",
    "1e3",
    ".inf",
];

fn word(rng: &mut Rng) -> String {
    let mut s = String::new();
    for i in 0..1 + rng.below(3) {
        if i > 0 {
            s.push_str(rng.pick(&[" ", "", "  "]));
        }
        s.push_str(if rng.one_in(5) {
            rng.pick(WORDS)
        } else {
            rng.pick(SAFE)
        });
    }
    s
}

/// A one-line value after `key:` or `- `.
fn scalar(rng: &mut Rng) -> String {
    match rng.below(16) {
        0 => format!("'{}'", word(rng).replace('\'', "''")),
        1 => format!("'{}'", word(rng)),
        2 => format!("\"{}\"", word(rng)),
        3 => {
            let n = rng.below(4);
            let items: Vec<String> = (0..n).map(|_| word(rng)).collect();
            format!("[{}]", items.join(rng.pick(&[", ", ",", " , "])))
        }
        4 if rng.one_in(2) => rng
            .pick(&["{ }", "[ ]", "{a: b}", "[a, [b]]", "[a,]"])
            .to_string(),
        4 => rng.pick(&["{}", "[]"]).to_string(),
        _ => word(rng),
    }
}

fn comment(rng: &mut Rng) -> &'static str {
    if rng.one_in(4) {
        rng.pick(&[" # c", "  # c: d", "#c", " #", "   "])
    } else {
        ""
    }
}

fn filler(rng: &mut Rng, out: &mut String, indent: usize) {
    if rng.one_in(6) {
        let pad = " ".repeat(indent + rng.below(3));
        out.push_str(
            rng.pick(&["\n", "# note\n", "  \n"])
                .replace("# ", &format!("{pad}# "))
                .as_str(),
        );
    }
}

fn literal(rng: &mut Rng, out: &mut String, indent: usize) {
    out.push_str(if rng.one_in(4) {
        rng.pick(&["|+", "|2", ">", ">-", "| # c", "|x", "|-2", "|  "])
    } else {
        rng.pick(&["|", "|-"])
    });
    out.push('\n');
    let inner = indent + 1 + rng.below(3);
    for _ in 0..rng.below(5) {
        match rng.below(6) {
            0 => out.push('\n'),
            1 => out.push_str(&" ".repeat(rng.below(inner + 3))),
            2 => out.push_str(&format!(
                "{}{}",
                " ".repeat(inner + 1 + rng.below(2)),
                word(rng)
            )),
            3 if rng.one_in(3) => out.push_str(&format!("{}{}", " ".repeat(inner - 1), word(rng))),
            _ => out.push_str(&format!("{}{}", " ".repeat(inner), word(rng))),
        }
        out.push('\n');
    }
}

fn map(rng: &mut Rng, out: &mut String, indent: usize, depth: usize, first_prefix: &str) {
    let n = 1 + rng.below(5);
    for i in 0..n {
        if i > 0 || first_prefix.is_empty() {
            filler(rng, out, indent);
            out.push_str(&" ".repeat(indent));
        } else {
            out.push_str(first_prefix);
        }
        out.push_str(if rng.one_in(5) {
            rng.pick(KEYS)
        } else {
            KEYS[rng.below(12)]
        });
        out.push_str(if rng.one_in(6) {
            rng.pick(&[":  ", ":", " :", "::"])
        } else {
            ": "
        });
        value(rng, out, indent, depth);
    }
}

fn seq(rng: &mut Rng, out: &mut String, indent: usize, depth: usize) {
    for _ in 0..1 + rng.below(4) {
        filler(rng, out, indent);
        let dash = format!(
            "{}{}",
            " ".repeat(indent),
            if rng.one_in(8) {
                rng.pick(&["-  ", "-"])
            } else {
                "- "
            }
        );
        if depth < 4 && rng.one_in(3) {
            map(rng, out, indent + 2, depth + 1, &dash);
        } else {
            out.push_str(&dash);
            if rng.one_in(6) {
                literal(rng, out, indent);
            } else {
                out.push_str(&scalar(rng));
                out.push_str(comment(rng));
                out.push('\n');
            }
        }
    }
}

fn value(rng: &mut Rng, out: &mut String, indent: usize, depth: usize) {
    match rng.below(10) {
        0 | 1 if depth < 4 => {
            out.push_str(comment(rng));
            out.push('\n');
            let step = rng
                .pick(&["2", "2", "2", "4", "1", "0"])
                .parse()
                .unwrap_or(2);
            if rng.one_in(2) {
                map(rng, out, indent + step.max(1), depth + 1, "");
            } else {
                seq(rng, out, indent + step, depth + 1);
            }
        }
        2 => {
            out.push_str(comment(rng));
            out.push('\n');
        }
        3 => literal(rng, out, indent),
        _ => {
            out.push_str(&scalar(rng));
            out.push_str(comment(rng));
            out.push('\n');
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6000))]
    #[test]
    fn random_yaml_reads_the_same(seed in any::<u64>()) {
        let mut rng = Rng(seed | 1);
        let text = random_yaml(&mut rng);
        same(&text, "random");
    }
}

/// The generator is not so hostile that the fast reader never runs.
#[test]
fn random_yaml_is_often_read_fast() {
    let mut rng = Rng(0x2026_1207);
    // `LSK_YAML_CASES=N` for a longer run.
    let n = std::env::var("LSK_YAML_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3000);
    let fast = (0..n)
        .filter(|_| same(&random_yaml(&mut rng), "random"))
        .count();
    eprintln!("random YAML read fast: {fast} of {n}");
    assert!(fast * 5 >= n, "only {fast} of {n} read fast");
}

/// Duplicate keys are left to granit_parser (which names them), in small
/// mappings and in large ones alike, whichever two keys are the same.
#[test]
fn duplicate_keys_are_handed_over() {
    for n in [2, 3, 15, 16, 17, 63, 64, 65, 100] {
        let keys: Vec<String> = (0..n).map(|i| format!("key_{i}")).collect();
        let text: String = keys.iter().map(|k| format!("{k}: x\n")).collect();
        assert!(same(&text, "distinct keys"), "{n} distinct keys read fast");
        for (a, b) in [(0, 1), (0, n - 1), (n / 2, n - 1), (n - 2, n - 1)] {
            if a == b {
                continue;
            }
            let mut dup = keys.clone();
            dup[b] = dup[a].clone();
            let text: String = dup.iter().map(|k| format!("{k}: x\n")).collect();
            assert!(yaml_fast::parse(&text).is_none(), "{n}: {a} = {b}");
            assert!(yaml::parse(&text).is_err());
            let nested = format!("list:\n  - {}", text.replace('\n', "\n    "));
            assert!(
                yaml_fast::parse(&nested).is_none(),
                "{n}: {a} = {b} in a list"
            );
        }
    }
}

/// The characters YAML does not print, or reads as line breaks, are left
/// to granit_parser wherever they are.
#[test]
fn unusual_characters_are_handed_over() {
    for c in [
        '\t', '\r', '\0', '\u{7f}', '\u{80}', '\u{85}', '\u{9f}', '\u{2028}', '\u{2029}',
        '\u{feff}', '\u{fffe}', '\u{ffff}',
    ] {
        for text in [
            format!("a: b{c}c\n"),
            format!("{c}a: b\n"),
            format!("a: |\n  b{c}\n"),
            format!("a: b\n{c}"),
        ] {
            assert!(yaml_fast::parse(&text).is_none(), "{text:?}");
        }
    }
    for c in [
        '\u{a0}',
        'ä',
        '€',
        '\u{2027}',
        '\u{202a}',
        '\u{fefe}',
        '\u{fffd}',
        '\u{1F600}',
    ] {
        let text = format!("a: b{c}c\nd: '{c}'\n");
        assert!(same(&text, "unusual character"), "{text:?}");
    }
}
