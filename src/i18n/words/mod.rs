//! The words of documents, new files and commands, outside findings
//! (`fi.rs`, `sv.rs`, `en.rs` one level up), pages (`serve.rs`) and
//! `--help` (`usage/`): one struct literal per language ([`FI`], [`SV`],
//! [`EN`]). A word missing in one language is a compile error, never an
//! empty string; a vocabulary's words are looked up by an exhaustive
//! `match` on it, so a new kind, role or document must be named in every
//! language before lsk builds.

mod en;
mod fi;
mod sv;

pub use en::EN;
pub use fi::FI;
pub use sv::SV;

use crate::model::{Doc, Kind, Lang, Role};

/// Every word of this scheme in one language.
pub struct Words {
    /// Meeting kinds as titles: "Läheisneuvonpito".
    pub kinds: Kinds,
    /// The title of an acute family group conference.
    pub acute_conference: &'static str,
    /// A meeting of no known kind (the calendar entry's summary).
    pub meeting: &'static str,
    pub roles: Roles,
    /// Memo recipients by their codes: `daycare` is "päiväkoti".
    pub recipients: Recipients,
    /// The preparation an acute conference went without.
    pub preparation: Preparation,
    /// A document's name: "Muistio".
    pub documents: Documents,
    /// "Vastuusosiaalityöntekijä": in the documents' header and on the
    /// case page.
    pub worker: &'static str,
    /// What every document carries (`render::header`).
    pub header: Header,
    /// An agreed action's state (`lsk actions`, the actions of a new
    /// meeting, the case page).
    pub status: Status,
    /// meeting.md of a new meeting (`scaffold`).
    pub scaffold: Scaffold,
    /// The JSON Schema for editors (`jsonschema`).
    pub schema: Schema,
    /// The desktop shortcut (`shortcut`).
    pub shortcut: Shortcut,
    /// `lsk list`.
    pub list: List,
    /// `lsk actions`.
    pub actions: Actions,
    /// `lsk guide`.
    pub guide: Guide,
}

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fi => &FI,
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

pub struct Kinds {
    pub daycare: &'static str,
    pub school: &'static str,
    pub family_group_conference: &'static str,
    pub fgc_follow_up: &'static str,
}

impl Kinds {
    pub fn of(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Daycare => self.daycare,
            Kind::School => self.school,
            Kind::FamilyGroupConference => self.family_group_conference,
            Kind::FgcFollowUp => self.fgc_follow_up,
        }
    }
}

pub struct Roles {
    pub social_worker: &'static str,
    pub social_instructor: &'static str,
    pub family_worker: &'static str,
    pub parent: &'static str,
    pub child: &'static str,
    pub relative: &'static str,
    pub daycare: &'static str,
    pub school: &'static str,
    pub convener: &'static str,
    pub other: &'static str,
}

impl Roles {
    pub fn of(&self, role: Role) -> &'static str {
        match role {
            Role::SocialWorker => self.social_worker,
            Role::SocialInstructor => self.social_instructor,
            Role::FamilyWorker => self.family_worker,
            Role::Parent => self.parent,
            Role::Child => self.child,
            Role::Relative => self.relative,
            Role::Daycare => self.daycare,
            Role::School => self.school,
            Role::Convener => self.convener,
            Role::Other => self.other,
        }
    }
}

pub struct Recipients {
    pub daycare: &'static str,
    pub school: &'static str,
    pub family_work: &'static str,
    pub all_participants: &'static str,
    pub health_care: &'static str,
    pub family: &'static str,
}

impl Recipients {
    /// A recipient code's word; `None` for a code without one.
    pub fn of(&self, code: &str) -> Option<&'static str> {
        Some(match code {
            "daycare" => self.daycare,
            "school" => self.school,
            "family-work" => self.family_work,
            "all-participants" => self.all_participants,
            "health-care" => self.health_care,
            "family" => self.family,
            _ => return None,
        })
    }
}

pub struct Preparation {
    pub plan_topics: &'static str,
    pub family_views: &'static str,
    pub child_attendance_reason: &'static str,
    pub child_support_person: &'static str,
    pub child_preparation: &'static str,
}

impl Preparation {
    /// A preparation field's words; `child_preparation` for any other key.
    pub fn of(&self, key: &str) -> &'static str {
        match key {
            "plan_topics" => self.plan_topics,
            "family_views" => self.family_views,
            "child_attendance_reason" => self.child_attendance_reason,
            "child_support_person" => self.child_support_person,
            _ => self.child_preparation,
        }
    }
}

pub struct Documents {
    pub agenda: &'static str,
    pub memo: &'static str,
    pub child_checklist: &'static str,
    pub child_letter: &'static str,
    pub invitation: &'static str,
    pub correction_notice: &'static str,
}

impl Documents {
    pub fn of(&self, doc: Doc) -> &'static str {
        match doc {
            Doc::Agenda => self.agenda,
            Doc::Memo => self.memo,
            Doc::ChildChecklist => self.child_checklist,
            Doc::ChildLetter => self.child_letter,
            Doc::Invitation => self.invitation,
            Doc::CorrectionNotice => self.correction_notice,
        }
    }
}

pub struct Header {
    /// The confidentiality mark, as DOMAIN.md words it.
    pub mark: &'static str,
    /// The draft mark's word: "LUONNOS".
    pub draft: &'static str,
    /// Why the memo is a draft, after the draft word.
    pub draft_memo: &'static str,
    /// Why another document is a draft.
    pub draft_other: &'static str,
    /// Before the worker's phone number: "puh.".
    pub phone: &'static str,
    /// Before a copy's reader in the running footer: "Kopio:", so that a
    /// page parted from the rest still says whose copy it is.
    pub copy: &'static str,
}

pub struct Status {
    pub done: &'static str,
    pub open: &'static str,
    pub overdue: &'static str,
    /// Before an open action's due date: "kesken (määräaika 30.11.2026)".
    pub due: &'static str,
}

pub struct Scaffold {
    pub header: &'static str,
    pub long_text: &'static str,
    pub child_welfare: &'static str,
    pub worker_relation: &'static str,
    pub notes: &'static str,
    pub roles: &'static str,
    pub example_item: &'static str,
}

pub struct Schema {
    /// A text section kept out of the named recipients' copies.
    pub kept_out: &'static str,
    /// What a recipient may be written as.
    pub recipient: &'static str,
    /// What an editor says on a required value left empty.
    pub fill_in: &'static str,
    /// The schema of meeting.md.
    pub meeting_title: &'static str,
    /// The schema of lsk.yaml.
    pub case_title: &'static str,
}

pub struct Shortcut {
    /// The title shown under the icon.
    pub title: &'static str,
    /// What the terminal window says while the server runs.
    pub keep_open: &'static str,
}

pub struct List {
    pub header: [&'static str; 6],
    pub memo_due: &'static str,
    pub cannot_read: &'static str,
}

pub struct Actions {
    pub header: [&'static str; 5],
    pub not_in_latest: &'static str,
}

pub struct Guide {
    /// The title of the list of kinds' checklists.
    pub kinds: &'static str,
    pub show_one: &'static str,
    /// Before the command that checks a phase: "Tarkista:".
    pub check_with: &'static str,
}
