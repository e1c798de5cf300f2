//! The shape of meeting.md's frontmatter and of lsk.yaml: every key, the
//! kind of value it takes, and nested keys. One table drives validation
//! (`unknown-field`, `invalid-value`), the scaffold and the documentation.
//! Which fields each phase requires is practice, not shape: see
//! `rules::required`.

pub mod docs;

use crate::model::{Access, Attendance, HookMode, Kind, Lang, Role, Stage};

#[derive(Debug)]
pub enum Ty {
    /// Free text; also `{text: ..., not_for: [...]}` for a section kept out
    /// of a recipient's copy.
    Text,
    /// A name from `invitees`.
    Person,
    /// Names from `invitees` (`memo_consent.given_by`): a list, or one name
    /// written without brackets.
    People,
    Date,
    Time,
    /// A positive whole number of minutes.
    Minutes,
    Bool,
    /// The answer to a yes/no question, as people write it: `yes`, `no`,
    /// `true`, `false`, or the Finnish and Swedish words.
    YesNo,
    Enum(&'static [&'static str]),
    /// A list of short names (recipients, `not_for`).
    Names,
    /// A list of text items, each of which may carry `not_for`.
    TextList,
    /// A list of records; each item may carry `not_for`.
    Records(&'static [Field]),
    Record(&'static [Field]),
    /// lsk.yaml's `child.born`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BirthDate,
}

#[derive(Debug)]
pub struct Field {
    pub key: &'static str,
    pub ty: Ty,
}

const fn f(key: &'static str, ty: Ty) -> Field {
    Field { key, ty }
}

pub const INVITEE: &[Field] = &[
    f("name", Ty::Text),
    f("role", Ty::Enum(Role::NAMES)),
    f("organisation", Ty::Text),
    f("relation", Ty::Text),
    f("email", Ty::Text),
    // The consent to share is the guardians' (disclosure with consent:
    // Act 703/2023 on client data, which since 1.1.2024 holds the rules
    // that were in Act 812/2000).
    f("guardian", Ty::Bool),
    // The language the invitee needs an interpreter for.
    f("interpreter", Ty::Text),
];

pub const CHILD_PREPARATION: &[Field] = &[
    f("by", Ty::Person),
    f("told_who_is_coming", Ty::YesNo),
    f("told_topics", Ty::YesNo),
    f("child_wants_to_talk_about", Ty::Text),
    f("child_wants_adults_to_discuss", Ty::Text),
    // H4: the child agreed that their answers may be shown to everyone
    // invited before the meeting (the agenda); otherwise the child, or
    // their support person, tells them at the meeting.
    f("may_share_answers", Ty::YesNo),
];

pub const TOPIC: &[Field] = &[
    f("by", Ty::Text),
    f("topic", Ty::Text),
    // What was said and agreed about the topic: the memo records it.
    f("discussion", Ty::Text),
];
/// Issue 20 §4: who consented (invitees by name; guardianship from their
/// `guardian: true`), when, for which recipients, and a withdrawal after
/// which no copy is made. `decided_with` is the old free-text shape: still
/// read (with a warning), never printed.
pub const MEMO_CONSENT: &[Field] = &[
    f("given_by", Ty::People),
    f("date", Ty::Date),
    f("recipients", Ty::Names),
    f("withdrawn", Ty::Record(WITHDRAWAL)),
    f("decided_with", Ty::Text),
];
pub const WITHDRAWAL: &[Field] = &[f("date", Ty::Date), f("by", Ty::Person)];
pub const ABSENT: &[Field] = &[f("name", Ty::Person), f("update", Ty::Text)];
pub const REVIEW: &[Field] = &[
    f("action", Ty::Text),
    f("owner", Ty::Text),
    f("status", Ty::Text),
];
pub const AGREED: &[Field] = &[
    f("action", Ty::Text),
    f("owner", Ty::Person),
    f("due", Ty::Date),
    f("done", Ty::Bool),
];
pub const INFORMING: &[Field] = &[
    f("who", Ty::Person),
    f("how", Ty::Text),
    f("when", Ty::Text),
];
pub const DISSENT: &[Field] = &[f("by", Ty::Text), f("view", Ty::Text)];
/// 000: what is done if a foreseeable difficulty arises.
pub const CONTINGENCY: &[Field] = &[f("situation", Ty::Text), f("action", Ty::Text)];

/// meeting.md's frontmatter, in the order the scaffold writes it.
pub const MEETING: &[Field] = &[
    f("kind", Ty::Enum(Kind::NAMES)),
    f("acute", Ty::Bool),
    f("follows", Ty::Text),
    f("date", Ty::Date),
    f("time", Ty::Time),
    f("duration_min", Ty::Minutes),
    f("place", Ty::Text),
    f("goal", Ty::Text),
    f("invited_by", Ty::Person),
    f("chair", Ty::Person),
    f("note_taker", Ty::Person),
    f("child_support_person", Ty::Person),
    f("invitees", Ty::Records(INVITEE)),
    f("child_attends", Ty::Enum(Attendance::NAMES)),
    f("child_attendance_reason", Ty::Text),
    f("child_preparation", Ty::Record(CHILD_PREPARATION)),
    f("family_views", Ty::Text),
    f("plan_topics", Ty::TextList),
    f("bottom_lines", Ty::TextList),
    f("observe", Ty::TextList),
    f("topics", Ty::Records(TOPIC)),
    f("memo_consent", Ty::Record(MEMO_CONSENT)),
    f("child_views", Ty::Text),
    f("going_well", Ty::Text),
    f("absent", Ty::Records(ABSENT)),
    f("review", Ty::Records(REVIEW)),
    f("summary", Ty::Text),
    f("agreed", Ty::Records(AGREED)),
    f("contingency", Ty::Records(CONTINGENCY)),
    f("cooperation", Ty::Text),
    f("ecec_plan", Ty::Text),
    f("informing_child", Ty::Records(INFORMING)),
    f("evaluation", Ty::Text),
    f("dissent", Ty::Records(DISSENT)),
    f("plan", Ty::Text),
    f("plan_lead", Ty::Person),
    f("child_wishes_in_plan", Ty::Text),
    f("plan_evaluation", Ty::Text),
    f("next_meeting", Ty::Date),
    f("follow_up", Ty::Text),
    f("memo_date", Ty::Date),
    // Issue 24: the memo filed into the client information system, and
    // the dated corrections made to it since (`crate::case::filed`).
    f("filed", Ty::Record(FILED)),
    f("corrections", Ty::Records(CORRECTION)),
];

/// Who filed the memo into the client information system, and when.
pub const FILED: &[Field] = &[f("date", Ty::Date), f("by", Ty::Text)];
/// A dated correction to a filed memo: the field, its text before, why,
/// by whom and when (Act 703/2023: the original stays readable).
pub const CORRECTION: &[Field] = &[
    f("date", Ty::Date),
    f("by", Ty::Text),
    f("field", Ty::Text),
    f("was", Ty::Text),
    f("why", Ty::Text),
];

pub const CHILD: &[Field] = &[f("name", Ty::Text), f("born", Ty::BirthDate)];
/// How families and partners reach the responsible worker.
pub const CONTACT: &[Field] = &[f("phone", Ty::Text), f("email", Ty::Text)];

/// lsk.yaml.
pub const CASE: &[Field] = &[
    f("child", Ty::Record(CHILD)),
    f("responsible_worker", Ty::Text),
    // Who keeps the record: every document's header.
    f("organisation", Ty::Text),
    f("contact", Ty::Record(CONTACT)),
    f("language", Ty::Enum(Lang::NAMES)),
    f("stage", Ty::Enum(Stage::NAMES)),
    f("permissions", Ty::Enum(Access::NAMES)),
    f("hook", Ty::Enum(HookMode::NAMES)),
    // Actions marked done in the browser while no later meeting exists to
    // review them (`follow::ACTIONS_DONE`).
    f("actions_done", Ty::Records(ACTION_DONE)),
];

/// lsk.yaml `actions_done`: which meeting agreed the action, its words,
/// and the day it was marked done.
pub const ACTION_DONE: &[Field] = &[
    f("meeting", Ty::Text),
    f("action", Ty::Text),
    f("date", Ty::Date),
];

/// Keys that only make sense for some kinds; the scaffold leaves them out
/// elsewhere (a checker still accepts them anywhere).
pub fn used_by(key: &str, kind: Kind) -> bool {
    match key {
        "acute" => kind == Kind::FamilyGroupConference,
        "plan_topics"
        | "bottom_lines"
        | "plan"
        | "plan_lead"
        | "plan_evaluation"
        | "child_wishes_in_plan" => kind.is_fgc(),
        "observe" | "ecec_plan" => kind == Kind::Daycare,
        // lsk writes these itself (`lsk file`, `lsk correct`): never in a
        // new meeting.md or the form.
        "filed" | "corrections" => false,
        _ => true,
    }
}

/// Every key at any depth, for documentation and tests.
pub fn all_keys() -> Vec<&'static str> {
    fn walk(fields: &'static [Field], out: &mut Vec<&'static str>) {
        for field in fields {
            if !out.contains(&field.key) {
                out.push(field.key);
            }
            if let Ty::Records(sub) | Ty::Record(sub) = field.ty {
                walk(sub, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(MEETING, &mut out);
    walk(CASE, &mut out);
    out.extend(["text", "not_for"]);
    out
}
