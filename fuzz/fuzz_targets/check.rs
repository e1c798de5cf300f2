//! `lsk check` on any meeting.md: findings with lines inside the file, in
//! every phase, reported in both formats, never a panic.
#![no_main]

#[path = "common.rs"]
mod common;
#[path = "bodies.rs"]
mod bodies;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| bodies::check(data));
