//! The located YAML reader: any text gives a tree or a located error,
//! within its bounds, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // YAML's line breaks: LF, CRLF and a lone CR.
    let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count();
    match lsk::case::yaml::parse(text) {
        Ok(node) => assert!(node.line >= 1 && node.line <= lines.max(1)),
        Err(e) => assert!(e.line >= 1 && e.line <= lines + 1, "{e:?} of {lines}"),
    }
});
