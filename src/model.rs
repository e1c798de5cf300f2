//! The domain's closed vocabularies: meeting kinds, phases, roles, languages
//! and stages, with the exact spellings FORMAT.md makes public.

use std::fmt;

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// Meeting kinds (DOMAIN.md, "Meeting kinds").
    Kind {
        Daycare = "daycare",
        School = "school",
        FamilyGroupConference = "family-group-conference",
        FgcFollowUp = "fgc-follow-up",
    }
);

vocabulary!(
    /// The three moments of a meeting; a phase requires its own fields and
    /// every earlier phase's.
    Phase {
        Before = "before",
        During = "during",
        After = "after",
    }
);

vocabulary!(
    /// Languages of documents and messages.
    Lang {
        Fi = "fi",
        Sv = "sv",
        En = "en",
    }
);

vocabulary!(
    /// Stages of a case (002, 003).
    Stage {
        Support = "support",
        Assessment = "assessment",
        Client = "client",
    }
);

vocabulary!(
    /// Who may read the files lsk creates in a case (lsk.yaml
    /// `permissions`): the owner only, or also the owner's group.
    #[derive(Default)]
    Access {
        #[default]
        Private = "private",
        Group = "group",
    }
);

vocabulary!(
    /// What the git pre-commit hook (`lsk hook run`) refuses in a case
    /// (lsk.yaml `hook`): what must never be committed (identity codes,
    /// copies without consent, unreadable files), or every error.
    #[derive(Default)]
    HookMode {
        #[default]
        Normal = "normal",
        Strict = "strict",
    }
);

vocabulary!(
    /// An invitee's role at the meeting.
    Role {
        SocialWorker = "social-worker",
        SocialInstructor = "social-instructor",
        FamilyWorker = "family-worker",
        Parent = "parent",
        Child = "child",
        Relative = "relative",
        Daycare = "daycare",
        School = "school",
        Convener = "convener",
        Other = "other",
    }
);

vocabulary!(
    /// Whether the child takes part (000: decided case by case).
    Attendance {
        Yes = "yes",
        No = "no",
        Partly = "partly",
    }
);

vocabulary!(
    /// The documents lsk makes of a meeting, in the order `lsk render
    /// --help` names them.
    Doc {
        Agenda = "agenda",
        Memo = "memo",
        ChildChecklist = "child-checklist",
        ChildLetter = "child-letter",
        Invitation = "invitation",
        // Issue 24: a correction to a filed memo, told to one who had a copy.
        CorrectionNotice = "correction-notice",
    }
);

impl Doc {
    /// The document's name in file names and on the command line.
    pub fn name(self) -> &'static str {
        self.as_str()
    }

    /// A document of what happened at the meeting: the memo and the letter
    /// to the child (and a filed memo's correction notice) are made from a
    /// meeting checked as after it, and only from a complete one unless
    /// marked as a draft.
    pub fn after_meeting(self) -> bool {
        matches!(self, Doc::Memo | Doc::ChildLetter | Doc::CorrectionNotice)
    }
}

impl Kind {
    /// A family group conference or its follow-up: chaired by the external
    /// convener (004).
    pub fn is_fgc(self) -> bool {
        matches!(self, Kind::FamilyGroupConference | Kind::FgcFollowUp)
    }
}

/// Finnish unless the case says otherwise (FORMAT.md).
pub const DEFAULT_LANG: Lang = Lang::Fi;

impl Default for Lang {
    fn default() -> Self {
        DEFAULT_LANG
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(Kind::parse("Daycare"), None);
    }
}
