//! `contact-details`: before the invitation goes out, lsk.yaml says who
//! keeps the record (`organisation`) and how to reach the responsible
//! worker (`contact`: a phone number or an email address). Without them
//! the invitation asks people to tell the convener of an interpreter or a
//! cancellation and gives no way to do it (the review of 2026-12, M8;
//! 001: who invites, and a way to reach them).

use super::{Ctx, Rule, StopsRender, rule};
use crate::finding::{Msg, Severity, Sink};
use crate::model::Phase;

pub const RULE: Rule = rule! {
    id: "contact-details",
    severities: &[Severity::Warning],
    phases: &[Phase::Before],
    stops_commit: false,
    stops_render: StopsRender::Memo,
    page_help: None,
    source: "001",
};

pub fn check(ctx: &Ctx, sink: &mut Sink) {
    // The invitation is made before the meeting: that is when it matters.
    if ctx.phase != Phase::Before {
        return;
    }
    let contact = &ctx.case.contact;
    let no_contact = contact.phone.is_none() && contact.email.is_none();
    let no_organisation = ctx.case.organisation.is_none();
    if no_contact || no_organisation {
        let field = if no_contact { "contact" } else { "organisation" };
        sink.push_field(
            RULE.id,
            Severity::Warning,
            1,
            Some(field.into()),
            Msg::ContactDetails {
                contact: no_contact,
                organisation: no_organisation,
            },
        );
    }
}
