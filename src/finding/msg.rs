//! What a finding says, as data: the words are `i18n`'s, made from a
//! [`Msg`] in the finding's language when it is reported.

use crate::case::yaml::{Shape, YamlErrorKind};

/// Why a file reached through a link out of the case is not read as the
/// case's: [`Msg::Unreadable`]'s detail (`i18n` has its words).
pub const LINK_OUT: &str = "a link to a file outside this case";

/// What a finding says, as data.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// The file could not be read at all.
    Unreadable {
        detail: String,
    },
    /// UTF-16 text (Notepad's "Unicode"), told apart from other encodings.
    Utf16,
    NotUtf8 {
        line: usize,
    },
    NoFrontmatter,
    UnterminatedFrontmatter,
    NotAMapping {
        shape: Shape,
    },
    Yaml(YamlErrorKind),
    UnknownField {
        key: String,
        suggestion: Option<String>,
    },
    InvalidValue {
        field: String,
        expected: Expected,
        found: String,
    },
    MissingField {
        field: String,
        /// The meeting's kind, where a field's meaning depends on it.
        kind: Option<crate::model::Kind>,
    },
    /// Neither `next_meeting` nor `follow_up` is set.
    MissingNextMeeting,
    UnknownPerson {
        field: String,
        name: String,
    },
    NetworkSize {
        count: usize,
        limit: usize,
        child_present: bool,
    },
    ChairIsResponsibleWorker {
        chair: String,
    },
    ChairNotConvener {
        chair: String,
    },
    ChairNotSocialWorker {
        chair: String,
        /// A school meeting: the chair is agreed with the participants
        /// (the Kallio model), not the social worker's by default.
        school: bool,
    },
    ChildNotPrepared {
        field: String,
        age: i32,
        acute: bool,
        /// A family group conference: the child's assistant prepares the
        /// child for the conference.
        fgc: bool,
    },
    DoubleAssurance {
        count: usize,
    },
    ActionOwner {
        action: String,
    },
    Consent {
        recipient: String,
        document: String,
    },
    IdentityCode,
    /// An identity code in a file's or folder's name.
    IdentityCodeInName,
    /// A name that is no known recipient, in `memo_consent.recipients`,
    /// a `not_for` or `--for`.
    UnknownRecipient {
        field: String,
        written: String,
        suggestion: Option<String>,
    },
    /// Where lsk cannot tell whom an item is kept from: no copy is made.
    UnclearNotFor {
        field: String,
    },
    /// An earlier meeting in the chain of `follows`, whose content reaches
    /// this meeting's documents, cannot be read exactly: no document is
    /// made.
    EarlierUnclear {
        meeting: String,
    },
    /// Something is kept from the family and the memo is made, but the
    /// family's own copy is not.
    FamilyCopyMissing,
    /// A copy asked for child welfare itself (`--for social-worker`).
    CopyForChildWelfare {
        written: String,
    },
    /// ` #` inside prose: YAML reads the rest of the line as a comment.
    CutByComment {
        field: String,
        kept: String,
    },
    StaleRender {
        document: String,
        /// The command that renews it.
        command: String,
    },
    /// Lines left from a git merge conflict (`<<<<<<< `, `>>>>>>> `).
    ConflictMarkers,
    /// A meeting file staged for a commit that records no lsk.yaml for its case.
    CaseFileNotStaged,
    /// A case file under another name (`lsk.yml`, `LSK.yaml`,
    /// `lsk.yaml.txt`): the case is not read.
    MisnamedCaseFile {
        name: String,
    },
    /// A folder with meetings but no lsk.yaml: not read as a case.
    NoCaseFile,
    /// A case reached through a symbolic link in a folder of cases: not
    /// followed; `target` is where the link leads.
    LinkedCase {
        target: String,
    },
    /// Git merge-conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) where
    /// the fields cannot be read.
    MergeConflict,
    // Issue 13: messages that lead out of the mistakes people type.
    /// `{who: Eva, how: Hemma, med bilder.}`: the comma ended `field`'s
    /// text (`kept`) and the rest became the key `key`; `fixed` is the
    /// field as it should be written.
    CommaInBraces {
        key: String,
        field: String,
        kept: String,
        fixed: String,
    },
    /// A yes/no field (or `child_attends`, with `partly`) whose value lsk
    /// cannot read as an answer; `leading` is the answer a sentence starts
    /// with ("Ei ole vielä kerrottu": `no`).
    NotAnAnswer {
        field: String,
        found: String,
        partly: bool,
        leading: Option<&'static str>,
    },
    /// A date written another way (`10.11.2026`): write `iso`.
    DateWrittenAs {
        field: String,
        found: String,
        iso: String,
    },
    /// A day the month does not have (`2026-11-31`).
    NoSuchDay {
        field: String,
        found: String,
        year: i16,
        month: i8,
        days: i8,
    },
    NoSuchMonth {
        field: String,
        found: String,
        month: i64,
    },
    /// A value that is none of a field's words, and the one probably meant.
    UnknownChoice {
        field: String,
        options: &'static [&'static str],
        found: String,
        suggestion: Option<&'static str>,
    },
    // Fitting the tools around lsk (issue 14).
    /// The meeting's time does not exist (`skipped`) or happens twice on
    /// its date in Helsinki: the clocks change.
    ClockChange {
        date: String,
        time: String,
        skipped: bool,
    },
    /// `date-order`: after-phase content (`field`) in a meeting whose date
    /// is still to come.
    WrittenBeforeMeeting {
        field: String,
        meeting: jiff::civil::Date,
        today: jiff::civil::Date,
    },
    /// `date-order`: `memo_date` before the meeting.
    MemoBeforeMeeting {
        written: jiff::civil::Date,
        meeting: jiff::civil::Date,
    },
    /// `date-order`: an agreed action due before the meeting that agreed it.
    DueBeforeMeeting {
        action: String,
        due: jiff::civil::Date,
        meeting: jiff::civil::Date,
    },
    /// `date-order`: a follow-up dated before the meeting it follows.
    FollowsLater {
        follows: String,
        earlier: jiff::civil::Date,
        meeting: jiff::civil::Date,
    },
    /// A consent to share, for a child under 18, that names no invitee
    /// marked `guardian: true` (`guardians`: those marked, maybe none).
    ConsentWithoutGuardian {
        given_by: Vec<String>,
        guardians: Vec<String>,
    },
    /// The old free-text `memo_consent.decided_with`; `named`: the
    /// invitees it names, to write in `given_by`.
    ConsentOldShape {
        decided_with: String,
        named: Vec<String>,
    },
    /// A free-text field (`field`, a path) that repeats `word` of an item
    /// kept from `recipient` (an id or an organisation as written): it is
    /// left out of that recipient's copy.
    ConsentEcho {
        field: String,
        word: String,
        recipient: String,
    },
    /// A copy for `recipient` (an id or an organisation as written) asked
    /// for, and refused: the family did not consent to it. Nothing is made.
    CopyWithoutConsent {
        recipient: String,
    },
    /// A name in `memo_consent.given_by` that is no invitee (nor the child).
    ConsenterNotInvited {
        name: String,
    },
    /// Consent was withdrawn (on `date`, by `by`): no copy is made from then on.
    ConsentWithdrawn {
        document: String,
        date: Option<jiff::civil::Date>,
        by: Option<String>,
    },
    // -- issue 24 (rules24): the review of 2026-12's new warnings --
    /// Who took part in the family group conference (held on `conference`)
    /// and is not invited to its follow-up (004).
    FollowUpNotInvited {
        conference: Option<jiff::civil::Date>,
        names: Vec<String>,
    },
    /// A conference's record without how the child's wishes were taken
    /// into account in the plan (004).
    ChildWishesInPlan,
    /// lsk.yaml has no way to reach the responsible worker (`contact`) or
    /// no keeper of the record (`organisation`): which of them is missing.
    ContactDetails {
        contact: bool,
        organisation: bool,
    },
    /// A topic on the record with no discussion written under it.
    TopicWithoutDiscussion {
        topic: String,
    },
}

/// The kind of value a field takes, for `invalid-value` messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    Date,
    BirthDate,
    Time,
    Minutes,
    Bool,
    Text,
    Person,
    List,
    Mapping,
    OneOf(&'static [&'static str]),
    /// A meeting folder name in the same case.
    Meeting,
    /// A yes/no answer: `yes`, `no`, `true`, `false` (also in Finnish and Swedish).
    YesNo,
}

impl Msg {
    /// A file, or a folder on the way to it, that is a link out of the case.
    pub fn link_out() -> Msg {
        Msg::Unreadable {
            detail: LINK_OUT.into(),
        }
    }
}
