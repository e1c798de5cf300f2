//! `lsk render` on any meeting.md: every document in every language either
//! renders or is refused with findings; nothing rendered ever holds a
//! personal identity code.
#![no_main]

#[path = "common.rs"]
mod common;
#[path = "bodies.rs"]
mod bodies;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| bodies::render_all(data));
