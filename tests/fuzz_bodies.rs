//! The fuzz targets' bodies (fuzz/fuzz_targets/bodies.rs) run in plain
//! `cargo test`: over the committed corpus, and over a bounded set of
//! inputs made from it by a deterministic mutator that puts identity
//! codes, their spellings, invisible characters, markup and random bytes
//! into it. `LSK_FUZZ_ROUNDS=N` multiplies the generated set (the figures
//! in docs/security.md are from a larger run). Real fuzzing needs
//! cargo-fuzz: see docs/security.md, "Fuzzing".

#[path = "../fuzz/fuzz_targets/bodies.rs"]
mod bodies;
#[path = "../fuzz/fuzz_targets/common.rs"]
#[allow(dead_code)]
mod common;

use std::path::Path;

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
}

const FRAGMENTS: &[&[u8]] = &[
    b"131052-308T",
    b"1310**52**-308T",
    b"1310~~52~~-308T",
    b"010203 -1230",
    b"ID131052-308T",
    b"131052\xe2\x80\x93308T",
    b"131052\x96308T",
    b"131052=E2=80=93308T",
    b"1310=\n52-308T",
    b"131052\\'96308T",
    b"131052\\u8211?308T",
    b"{\\rtf1 ",
    b"131052<b>-</b>308T",
    b"131052&#45;308T",
    b"MTMxMDUyLTMwOFQ=",
    b"data:text/plain;base64,Um9iaW4gMTMxMDUyLTMwOFQ=",
    b"BEGIN:VCALENDAR\r\n",
    b"\r\n ",
    b"\xe2\x80\x8b",
    b"\xcc\x81",
    b"\x00",
    b"\xff\xfe",
    b"\n",
    b"---\n",
    b": ",
    b"\"",
    b"<",
    b"&",
    b"\\",
    b"=",
    b"%E2%80%93",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut data = seed.to_vec();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(data.len() + 1);
        match rng.below(4) {
            0 | 1 => {
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())];
                data.splice(at..at, f.iter().copied());
            }
            2 => {
                let n = rng.below(8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                data.splice(at..at, bytes);
            }
            _ => {
                let end = (at + rng.below(16)).min(data.len());
                data.drain(at..end);
            }
        }
    }
    data
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter_map(|e| std::fs::read(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    assert!(!out.is_empty(), "the corpus of {target}");
    out
}

fn rounds() -> usize {
    std::env::var("LSK_FUZZ_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

fn run(target: &str, corpus: &str, per_round: usize, body: fn(&[u8])) {
    let seeds = seeds(corpus);
    let mut rng = Rng(0x0F0F_1234_5678_9ABC ^ target.len() as u64);
    for seed in &seeds {
        body(seed);
    }
    let n = per_round * rounds();
    for _ in 0..n {
        let seed = &seeds[rng.below(seeds.len())];
        body(&mutate(&mut rng, seed));
    }
    eprintln!(
        "{target}: {} corpus inputs and {n} generated ones, no failure",
        seeds.len()
    );
}

#[test]
fn hetu_body() {
    run("hetu", "check", 4000, bodies::hetu);
    run("hetu (yaml seeds)", "yaml", 2000, bodies::hetu);
}

#[test]
fn yaml_body() {
    run("yaml", "yaml", 2000, bodies::yaml);
}

/// check and render write the same meeting file: one at a time.
static CASE: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn check_body() {
    let _one = CASE.lock().unwrap_or_else(|e| e.into_inner());
    run("check", "check", 150, bodies::check);
}

#[test]
fn render_body() {
    let _one = CASE.lock().unwrap_or_else(|e| e.into_inner());
    run("render", "render", 20, bodies::render_all);
}
