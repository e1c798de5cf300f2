//! The identity-code detector on any bytes: its decoding layers, the
//! skeleton, lines and spans inside the text, nothing left after masking.
#![no_main]

#[path = "common.rs"]
mod common;
#[path = "bodies.rs"]
mod bodies;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| bodies::hetu(data));
