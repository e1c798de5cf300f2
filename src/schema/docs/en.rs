//! What each field means, in English: the comments of a new
//! meeting.md, the forms' help, the JSON Schema's descriptions.

pub fn field(key: &str, fgc: bool) -> &'static str {
    match key {
        "kind" => "the kind of meeting",
        "acute" => "held at short notice (acute conference): missing preparation is a warning",
        "follows" => "the earlier meeting this one follows up (its folder name)",
        "date" => "the meeting's date",
        "time" => "start time",
        "duration_min" => "time available, in minutes",
        "place" => "where the meeting is held",
        "goal" => "why we meet, so everyone knows",
        "invited_by" => "who invites",
        "chair" if fgc => "who chairs: the external convener, never the responsible social worker",
        "chair" => {
            "who chairs: at a daycare meeting usually the child-welfare social worker; at a school meeting the participants agree who chairs"
        }
        "note_taker" => "who writes the memo",
        "child_support_person" if fgc => "the child's assistant, chosen from among the relatives",
        "child_support_person" => {
            "the child's supporter at the meeting (coach), ideally the one closest to the child"
        }
        "invitees" => "everyone invited: name, role, organisation and relation to the child",
        "child_attends" => "whether the child takes part: yes, no or partly",
        "child_attendance_reason" => "why the child takes part or not, decided case by case",
        "child_preparation" => "how the child is prepared beforehand",
        "family_views" => "the family's own wishes and views",
        "plan_topics" => "the matters the plan will cover (agreed in the preparation)",
        "bottom_lines" => "what the plan must satisfy, stated by the workers beforehand",
        "observe" => "what daycare watches in the child's day (support measure)",
        "topics" => "each participant's topics: the agenda",
        "memo_consent" => "who may receive the memo, agreed with the family",
        "child_views" => "the child's voice, also when the child is absent",
        "absent" => "invitees who could not come, and their written update",
        "review" => "review of the earlier meeting's agreed actions",
        "summary" => "summary of what was agreed",
        "agreed" => "agreed actions: what, who answers for it, by when",
        "informing_child" => {
            "who tells the child what was agreed, how and when: at least two people"
        }
        "evaluation" => "how the meeting went",
        "dissent" => "a participant's dissenting view, recorded by name",
        "plan" => "the family's plan",
        "plan_lead" => "who in the family leads the plan",
        "next_meeting" => "the next meeting's date",
        "follow_up" => "how things are followed up when no date is set",
        "going_well" => "what is going well: the child's and the family's strengths and resources",
        "contingency" => {
            "what is done if a foreseeable difficulty arises (e.g. a parent comes to fetch the child intoxicated)"
        }
        "situation" => "the foreseeable difficulty",
        "cooperation" => "agreed ways of working together and of keeping in contact",
        "ecec_plan" => "what goes into the child's ECEC plan, with the family's consent",
        "plan_evaluation" => {
            "the social worker's evaluation of the plan: accepted or not, why, and the support child welfare gives"
        }
        "child_wishes_in_plan" => "how the child's wishes show in the plan",
        "memo_date" => "the day the memo was written (YYYY-MM-DD; default: the day it is rendered)",
        "guardian" => {
            "the invitee is the child's guardian (true): consent to share is agreed with the guardians"
        }
        "interpreter" => "the language the invitee needs an interpreter for",
        "discussion" => "what was said and agreed about the topic",
        "contact" => "how families and partners reach the responsible worker: phone, email",
        "phone" => "phone number",
        "name" => "name",
        "role" => "role at the meeting",
        "invitee.organisation" => {
            "the invitee's organisation (e.g. the daycare centre, the school)"
        }
        "organisation" => {
            "organisation (in lsk.yaml: who keeps the record, shown in every document's header)"
        }
        "relation" => "why they are there, relation to the child",
        "email" => "email address (for the invitation)",
        "by" => "who",
        "told_who_is_coming" => "the child has been told who is coming",
        "told_topics" => "the child has been told what will be discussed",
        "child_wants_to_talk_about" => "what the child wants to talk about",
        "child_wants_adults_to_discuss" => "what the child thinks the adults should talk about",
        "topic" => "topic",
        "decided_with" => "old shape: write `given_by` instead (this text is not printed)",
        "given_by" => {
            "who consented, by name as in the invitee list (the guardians; from 12 also the child)"
        }
        "consent.date" => "when consent was given (YYYY-MM-DD)",
        "withdrawn" => {
            "consent withdrawn: `{date: YYYY-MM-DD, by: name}`; no copy is made from that day"
        }
        "may_share_answers" => {
            "the child agreed that their answers may be shown to everyone invited before the meeting: yes or no"
        }
        "recipients" => "who may receive the memo (`[]` = no one)",
        "update" => "their written update",
        "action" => "the action",
        "owner" => "who answers for it",
        "status" => "where it stands",
        "due" => "by when (YYYY-MM-DD)",
        "done" => "done: yes or no",
        "who" => "who",
        "how" => "how",
        "when" => "when",
        "view" => "their view",
        "text" => "the text",
        "not_for" => "recipients whose copy leaves this out",
        "child" => "the child",
        "born" => "the child's birth date: YYYY, YYYY-MM or YYYY-MM-DD",
        "responsible_worker" => "the responsible social worker",
        "language" => "language of documents and messages: fi, sv or en",
        "stage" => "stage of the case: support, assessment or client",
        "permissions" => {
            "who may read the files lsk creates: private (you only) or group (also your user group)"
        }
        "filed" => {
            "the memo filed into the client information system: `{date: YYYY-MM-DD, by: name}`; lsk writes this (lsk file), after which the memo is changed only by a dated correction"
        }
        "corrections" => {
            "dated corrections to the filed memo: the day, who corrected it, the field, the original text and the reason; lsk writes these"
        }
        "field" => "what was corrected",
        "was" => "the text before the correction",
        "why" => "the reason for the correction",
        "actions_done" => {
            "agreed actions marked done before any later meeting reviews them: meeting, action and day"
        }
        "meeting" => "the meeting that agreed the action (its folder name)",
        "hook" => {
            "what the git commit check (lsk hook run) refuses: normal (identity codes, memo copies without consent, unreadable files) or strict (every error)"
        }
        _ => "",
    }
}

/// What a key is for in a family group conference's follow-up meeting,
/// where it differs from the conference.
pub fn follow_up_field(key: &str) -> Option<&'static str> {
    match key {
        "plan" => Some(
            "changes to the family's plan made at this meeting (the plan itself is read from `follows`)",
        ),
        "plan_evaluation" => Some("the social worker's re-evaluation of the plan as it now stands"),
        _ => None,
    }
}

/// A field's words on a form, where the file's help speaks in the file's
/// codes (`yes`, `true`, `[]`, YYYY-MM-DD): the same without them.
pub fn page_field(key: &str) -> Option<&'static str> {
    Some(match key {
        "child_attends" => "whether the child takes part in the meeting",
        "memo_date" => "the day the memo was written (if empty: the day it is rendered)",
        "guardian" => {
            "the invitee is the child's guardian: consent to share is agreed with the guardians"
        }
        "decided_with" => "old shape: write who gave consent instead (this text is not printed)",
        "consent.date" => "when consent was given",
        "withdrawn" => "consent withdrawn: when and by whom; no copy is made from that day",
        "recipients" => "who may receive the memo",
        "due" => "by when",
        "born" => "the child's birth date",
        "language" => "language of documents and messages",
        "stage" => "stage of the case",
        _ => return None,
    })
}

/// A follow-up's plan on a form.
pub fn page_follow_up_field(key: &str) -> Option<&'static str> {
    (key == "plan").then_some(
        "changes to the family's plan made at this meeting (the plan itself is read from the meeting this follows)",
    )
}
