//! The located YAML reader: any text gives a tree or a located error,
//! within its bounds, never a panic.
#![no_main]

#[path = "common.rs"]
mod common;
#[path = "bodies.rs"]
mod bodies;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| bodies::yaml(data));
