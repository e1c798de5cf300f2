//! `lsk check` on any meeting.md: findings with lines inside the file, in
//! every phase, reported in both formats, never a panic.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use lsk::case::Case;
use lsk::check::{Options, check_meeting};
use lsk::model::{Lang, Phase};

fuzz_target!(|data: &[u8]| {
    let (root, dir) = common::case();
    common::write_meeting(dir, data);
    let case = Case::load(root, None);
    for phase in [
        None,
        Some(Phase::Before),
        Some(Phase::During),
        Some(Phase::After),
    ] {
        let opts = Options {
            phase,
            today: common::today(),
            lang: None,
        };
        let findings = check_meeting(&case, dir, &opts).expect("a meeting folder");
        common::lines_in_range(&findings, data);
        let _ = lsk::report::human::render(&findings, 1, Lang::Fi, false);
        let json = lsk::report::json::render(&findings, 1);
        assert!(json.starts_with('{'));
    }
});
