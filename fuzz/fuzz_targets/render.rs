//! `lsk render` on any meeting.md: every document in every language either
//! renders or is refused with findings; nothing rendered ever holds a
//! personal identity code.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use lsk::model::Lang;
use lsk::render::{Doc, RenderError, Request, render};

fuzz_target!(|data: &[u8]| {
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
                draft: true,
                lang: Some(lang),
                org_templates: None,
                today: common::today(),
            };
            match render(dir, &req) {
                Ok(done) => assert!(
                    lsk::hetu::find(&done.body).is_empty(),
                    "an identity code in {}",
                    done.body
                ),
                Err(RenderError::Refused(findings)) => common::lines_in_range(&findings, data),
                Err(RenderError::Template(e)) => panic!("a built-in template failed: {e}"),
                Err(e) => panic!("unexpected: {e:?}"),
            }
        }
    }
});
