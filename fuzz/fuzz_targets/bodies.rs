//! The bodies of the fuzz targets, shared with `tests/fuzz_bodies.rs`,
//! which runs them over the corpus and a bounded generated set in plain
//! `cargo test` (where cargo-fuzz is not at hand).

use crate::common;
use lsk::case::Case;
use lsk::check::{Options, check_meeting};
use lsk::model::{Lang, Phase};
use lsk::render::{Doc, RenderError, Request, render};

/// The located YAML reader: any text gives a tree or a located error.
pub fn yaml(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // YAML's line breaks: LF, CRLF and a lone CR.
    let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count();
    match lsk::case::yaml::parse(text) {
        Ok(node) => assert!(node.line >= 1 && node.line <= lines.max(1)),
        Err(e) => assert!(e.line >= 1 && e.line <= lines + 1, "{e:?} of {lines}"),
    }
    // The fast reader reads a text as granit_parser does, or not at all.
    if let Some(fast) = lsk::case::yaml_fast::parse(text) {
        assert_eq!(Ok(fast), lsk::case::yaml::parse_slow(text), "{text:?}");
    }
}

/// `lsk check` on any meeting.md, in every phase, both report formats.
pub fn check(data: &[u8]) {
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
        let style = lsk::report::human::Style {
            color: false,
            width: 80,
        };
        let _ = lsk::report::human::render(&findings, 1, Lang::Fi, style);
        let json = lsk::report::json::render(&findings, 1);
        assert!(json.starts_with('{'));
    }
}

/// `lsk render` on any meeting.md: every document in every language
/// renders without an identity code, or is refused with located findings.
pub fn render_all(data: &[u8]) {
    let (_, dir) = common::case();
    common::write_meeting(dir, data);
    for (doc, ics) in [
        (Doc::Agenda, false),
        (Doc::Memo, false),
        (Doc::ChildChecklist, false),
        (Doc::Invitation, false),
        (Doc::Invitation, true),
    ] {
        for (lang, html) in [(Lang::Fi, false), (Lang::Sv, true), (Lang::En, false)] {
            let req = Request {
                doc,
                recipient: None,
                html,
                ics,
                pdf: false,
                draft: true,
                lang: Some(lang),
                org_templates: None,
                today: common::today(),
                stamp: jiff::Timestamp::UNIX_EPOCH,
            };
            match render(dir, &req) {
                Ok(done) => assert!(
                    lsk::hetu::file_lines(done.body.as_bytes()).is_empty(),
                    "an identity code in {}",
                    done.body
                ),
                Err(RenderError::Refused(findings)) => common::lines_in_range(&findings, data),
                Err(RenderError::Template(e)) => panic!("a built-in template failed: {e}"),
                Err(e) => panic!("unexpected: {e:?}"),
            }
        }
    }
}

/// The identity-code detector on any bytes: lines inside the file, codes
/// inside the text, and nothing left after masking.
pub fn hetu(data: &[u8]) {
    let lines = data.iter().filter(|b| **b == b'\n').count() + 1;
    for line in lsk::hetu::file_lines(data) {
        assert!(line >= 1 && line <= lines.max(data.len()), "line {line}");
    }
    let text = String::from_utf8_lossy(data);
    let text_lines = text.matches('\n').count() + 1;
    for f in lsk::hetu::scan(&text) {
        assert!(f.line >= 1 && f.line <= text_lines);
        assert!(f.span.start < f.span.end && f.span.end <= text.len());
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
    }
    let masked = lsk::hetu::mask(&text);
    assert!(
        lsk::hetu::find(&masked).is_empty(),
        "left after masking: {masked:?}"
    );
}
