//! English.

use super::{Expected, Msg, leaf, one_of};
use crate::case::yaml::{Shape, YamlErrorKind};
use crate::model::Lang;

pub fn message(msg: &Msg) -> (String, String) {
    match msg {
        Msg::Unreadable { detail } => (
            format!("the file cannot be read: {detail}"),
            "check that the file exists and that you may read it".into(),
        ),
        Msg::Utf16 => (
            "the file is UTF-16 text, not UTF-8".into(),
            "it was saved as \"Unicode\" (UTF-16); open it in your editor and save it with the UTF-8 encoding".into(),
        ),
        Msg::NotUtf8 { line } => (
            format!("the file is not UTF-8 text (first bad byte on line {line})"),
            "it was probably saved as Latin-1 or Windows-1252; open it in your editor and save it with the UTF-8 encoding".into(),
        ),
        Msg::NoFrontmatter => (
            "the file has no frontmatter".into(),
            "start the file with a line `---`, the meeting's fields, and another `---` line; `lsk new-meeting` writes a complete one".into(),
        ),
        Msg::UnterminatedFrontmatter => (
            "the frontmatter is not closed".into(),
            "end the fields with a line that holds only `---`".into(),
        ),
        Msg::NotAMapping { shape } => (
            format!("the fields must be `key: value` lines, but this is {}", shape_en(*shape)),
            "write each field on its own line as `key: value`, e.g. `goal: ...`".into(),
        ),
        Msg::Yaml(kind) => yaml(kind),
        Msg::UnknownField { key, suggestion } => (
            format!("unknown field `{key}`"),
            match suggestion {
                Some(s) => format!("did you mean `{s}`?"),
                None => "check the spelling; `lsk new-meeting` shows every field a meeting has".into(),
            },
        ),
        Msg::InvalidValue { field, expected, found } => (
            format!("`{field}` must be {}, not `{found}`", expected_en(expected)),
            match crate::schema::docs::list_form(field) {
                Some((key, item)) if *expected == Expected::List => format!("write `{}` on a line of its own, and each item on its own line under it, indented and starting with `- `: `{item}`", key.trim()),
                _ => example(expected),
            },
        ),
        Msg::MissingField { field, kind } => (
            format!("`{field}` is missing: {}", crate::schema::docs::field_doc(Lang::En, leaf(field), *kind)),
            match crate::schema::docs::list_form(field) {
                Some((key, item)) => format!("add `{}` on a line of its own, and each item on its own line under it, indented and starting with `- `: `{item}`", key.trim()),
                None => format!("add `{}: ...`", leaf(field)),
            },
        ),
        Msg::MissingNextMeeting => (
            "neither `next_meeting` nor `follow_up` is set: agree on the next meeting before the meeting ends".into(),
            "add `next_meeting: YYYY-MM-DD`, or `follow_up: ...` saying how things are followed up".into(),
        ),
        Msg::UnknownPerson { field, name } => (
            match super::list_item(field) {
                Some((list, n, leaf)) => format!("item {n} of `{list}` (`{leaf}`) names {name}, who is not among the invitees"),
                None => format!("`{field}` names {name}, who is not among the invitees"),
            },
            format!("add {name} to `invitees` with a role, or write the name exactly as it is there"),
        ),
        Msg::NetworkSize { count, limit, child_present } => (
            if *child_present {
                format!("{count} participants with the child present: a network this size works worse, and more so for the child (more than {limit})")
            } else {
                format!("{count} participants: bigger networks work worse (more than {limit})")
            },
            "consider who is really needed; others can send a written update (`absent`)".into(),
        ),
        Msg::ChairIsResponsibleWorker { chair } => (
            format!("{chair} is the responsible social worker and cannot chair a family group conference"),
            "the external convener chairs the conference; name them in `chair` and in `invitees` with `role: convener`".into(),
        ),
        Msg::ChairNotConvener { chair } => (
            format!("{chair} chairs, but a family group conference is chaired by the external convener"),
            "give the chair `role: convener` in `invitees`, or name the convener as `chair`".into(),
        ),
        Msg::ChairNotSocialWorker { chair, school: true } => (
            format!("{chair} chairs; in a school meeting the participants agree who chairs"),
            "make sure who chairs was agreed with the participants when the meeting was called; the child-welfare social worker may also chair".into(),
        ),
        Msg::ChairNotSocialWorker { chair, school: false } => (
            format!("{chair} chairs, but the child-welfare social worker usually chairs this meeting"),
            "name the social worker as `chair`, or record why someone else chairs".into(),
        ),
        Msg::ChildNotPrepared { field, age, acute, fgc } => (
            format!(
                "the child ({age} years) is not prepared: `{field}` is missing{}",
                if *acute { " (acute conference: shortened preparation)" } else { "" }
            ),
            if *fgc {
                "the child's assistant tells the child beforehand who is coming and what will be discussed, and asks what the child wants to say, so the child hears nothing for the first time at the conference".into()
            } else {
                "the child's supporter (coach) tells the child beforehand who is coming and what will be discussed, and asks what the child wants to say, so the child hears nothing for the first time at the meeting".into()
            },
        ),
        Msg::DoubleAssurance { count } => (
            match count {
                0 => "no one is named to tell the child what was agreed; at least two are needed (a double check)".into(),
                _ => format!("only {count} person is named to tell the child what was agreed; at least two are needed (a double check)"),
            },
            format!("add {} to `informing_child`, typically a parent and a daycare or school worker", if *count == 0 { "two people" } else { "a second person" }),
        ),
        Msg::ActionOwner { action } => (
            format!("the agreed action \"{action}\" has no owner"),
            "add `owner:` with the name of the invitee who answers for it".into(),
        ),
        Msg::Consent { recipient, document } => (
            format!("{document} is made for `{recipient}`, but the guardians have not consented to sharing the memo with this recipient"),
            format!("delete the copy, or record the family's consent: add `{recipient}` to `memo_consent.recipients`"),
        ),
        Msg::IdentityCode => (
            "a personal identity code (henkilötunnus) is in the file".into(),
            "remove it: documents name the child and the participants without identity codes".into(),
        ),
        Msg::IdentityCodeInName => (
            "a personal identity code (henkilötunnus) is in the name of this file or folder".into(),
            "rename it without the code (in a case kept in git: `git mv`)".into(),
        ),
        Msg::UnknownRecipient { field, written, suggestion } => (
            format!("`{field}` names `{written}`, which is no known recipient"),
            match suggestion {
                Some(s) => format!("did you mean `{s}`? Recipients are `daycare`, `school`, `family-work`, `health-care`, `all-participants`, a role such as `parent`, or an invitee's organisation as written in `invitees`"),
                None => "write `daycare`, `school`, `family-work`, `health-care`, `all-participants`, a role such as `parent`, or an invitee's organisation as written in `invitees`".into(),
            },
        ),
        Msg::UnclearNotFor { field } => (
            format!("lsk cannot tell from `{field}` whom this is kept from, so no copy is made"),
            "write `not_for:` on the item itself as a list of recipients, e.g. `not_for: [school]`".into(),
        ),
        Msg::FamilyCopyMissing => (
            "the memo holds items that are not shared with the family, but the family's own copy is not made: the memo is child welfare's file copy, not for the family".into(),
            "make the family's own copy: lsk render memo --for family (memo.family.md)".into(),
        ),
        Msg::EarlierUnclear { meeting } => (
            format!("the earlier meeting `{meeting}` that this one follows cannot be read exactly, and its content (agreed actions, the plan, who is kept from what) reaches this meeting's documents, so none is made"),
            format!("fix the findings in meetings/{meeting}/meeting.md first (`lsk check`)"),
        ),
        Msg::CopyForChildWelfare { written } => (
            format!("`{written}` is child welfare itself: the memo is its own record, so no copy is made for it"),
            "the memo itself is child welfare's file copy; for the family write `--for family`, for others their organisation (`--for daycare`)".into(),
        ),
        Msg::CutByComment { field, kept } => (
            format!("in `{field}`, the text after ` #` is read as a comment and left out: only \"{kept}\" is kept"),
            "put the whole text in quotes, e.g. `place: \"Room #3\"`, or write `no. 3` instead of `#3`".into(),
        ),
        Msg::StaleRender { document, command } => (
            format!("{document} is out of date: the meeting's fields have changed since it was made"),
            // A filed memo is corrected, not silently made again; an
            // agenda or invitation is made again only if not yet sent.
            if document.starts_with("memo.") {
                format!("if the record has not yet been filed in the client records, make it again: `{command}`; a record already filed gets a dated correction instead")
            } else if document.starts_with("agenda.") || document.starts_with("invitation.") {
                format!("if it has not been sent yet, make it again: `{command}`")
            } else {
                format!("make it again: `{command}`")
            },
        ),
        Msg::CaseFileNotStaged => (
            "this meeting's case has no lsk.yaml in the commit, so nothing can check it".into(),
            "stage the case's lsk.yaml in the same commit (`git add lsk.yaml`), or keep it if you meant to remove it".into(),
        ),
        Msg::ConflictMarkers => (
            "the file still holds git merge-conflict markers (<<<<<<<, =======, >>>>>>>)".into(),
            "choose which version stays, delete the marker lines, and stage the file again with `git add`".into(),
        ),
        Msg::MisnamedCaseFile { name } => (
            format!("`{name}` looks like a case file, but lsk reads only `lsk.yaml`: this case is not checked"),
            "rename the file to `lsk.yaml` (lower case, no `.txt`, no spaces)".into(),
        ),
        Msg::NoCaseFile => (
            "this folder has meetings but no `lsk.yaml`: it is not checked as a case".into(),
            "create the case file in the folder: `lsk init FOLDER --child NAME --born YYYY-MM --worker NAME` (the meetings are kept)".into(),
        ),
        Msg::LinkedCase { target } => (
            "a symbolic link to a case or a folder of cases: lsk does not follow links in a folder of cases, so what is behind it is not checked here".into(),
            format!("check it at its own place: `lsk check {target}`"),
        ),
        Msg::MergeConflict => (
            "a git merge conflict: the file holds two versions between merge-conflict markers, the `<<<<<<<`, `=======` and `>>>>>>>` lines".into(),
            "keep the right lines, remove the three marker lines, and commit the result (`git add`, `git commit`)".into(),
        ),
        Msg::CommaInBraces { key, field, kept, fixed } => (
            format!("`{key}` is read as a field name: inside `{{…}}` a comma ends the text, so `{field}` is only \"{kept}\""),
            format!("put the whole text in quotes: `{fixed}`"),
        ),
        Msg::NotAnAnswer { field, found, partly, leading } => (
            if *partly {
                format!("`{field}` must be `yes`, `no` or `partly`, not `{found}`")
            } else {
                format!("`{field}` is a yes/no question, and `{found}` is no answer lsk can read")
            },
            match leading {
                Some(word) => format!("write only `{word}` here; anything more goes in the notes below the fields"),
                None if leaf(field).starts_with("told_") => "it is a yes/no question: write `yes` once the child has been told, `no` until then; what was said goes in the notes (`kyllä`/`ei` and `ja`/`nej` are read the same)".into(),
                None if *partly => "write `yes`, `no` or `partly`; `kyllä`, `ei`, `osittain`, `ja`, `nej` and `delvis` are read the same, in any case".into(),
                None => "write `yes` or `no`; `kyllä`/`ei`, `ja`/`nej` and `true`/`false` are read the same, in any case".into(),
            },
        ),
        Msg::DateWrittenAs { field, found, iso } => (
            format!("`{field}` is written `{found}`; lsk reads dates as YYYY-MM-DD"),
            format!("write `{iso}`"),
        ),
        Msg::NoSuchDay { field, found, year, month, days } => (
            format!(
                "`{field}`: there is no day `{found}`: {} has {days} days",
                if *month == 2 {
                    format!("February {year}")
                } else {
                    super::month_name(Lang::En, *month).to_owned()
                }
            ),
            "check the date, and write it YYYY-MM-DD".into(),
        ),
        Msg::NoSuchMonth { field, found, month } => (
            format!("`{field}`: the date `{found}` has no month {month}"),
            "a year has 12 months: write the date YYYY-MM-DD, e.g. `2026-11-24` for 24 November 2026".into(),
        ),
        Msg::UnknownChoice { field, options, found, suggestion } => (
            format!("`{field}` must be {}, not `{found}`", one_of(options, "or")),
            match suggestion {
                Some(s) => format!("write `{s}`"),
                None => "write one of them exactly as shown: lsk reads these ids in English, whatever the case's language".into(),
            },
        ),
        // Fitting the tools around lsk (issue 14).
        // Dates that cannot happen (issue 22).
        Msg::WrittenBeforeMeeting { field, meeting, today } => (
            format!("`{field}` is filled in, but the meeting is on {} and today is {}: it is written after the meeting", d(*meeting), d(*today)),
            format!("if the meeting's date is right, keep `{field}` for after the meeting (a draft may be kept in the notes below the fields); if the date is wrong, correct `date`"),
        ),
        Msg::MemoBeforeMeeting { written, meeting } => (
            format!("the memo is dated {}, before the meeting on {}", d(*written), d(*meeting)),
            "a memo is written after the meeting: correct `memo_date` (or the meeting's `date`)".into(),
        ),
        Msg::DueBeforeMeeting { action, due, meeting } => (
            format!("the action \"{action}\" is due on {}, before the meeting that agreed it on {}", d(*due), d(*meeting)),
            "correct the year or the month of `due`: an action agreed at the meeting is due on or after its day".into(),
        ),
        Msg::FollowsLater { follows, earlier, meeting } => (
            format!("this meeting on {} follows `{follows}`, which is on {}, later than this one", d(*meeting), d(*earlier)),
            "a follow-up comes after the meeting it follows: correct this meeting's `date`, or name the right earlier meeting in `follows`".into(),
        ),
        Msg::ClockChange { date, time, skipped: true } => (
            format!("{time} does not exist on {date} in Finland: the clocks go forward from 03:00 to 04:00"),
            "choose another time; a calendar would move the meeting by an hour".into(),
        ),
        Msg::ClockChange { date, time, skipped: false } => (
            format!("{time} happens twice on {date} in Finland: the clocks go back from 04:00 to 03:00"),
            "choose another time, so that no one comes an hour early or late".into(),
        ),
        Msg::ConsentWithoutGuardian { given_by, guardians } => (
            match (given_by.is_empty(), guardians.is_empty()) {
                (true, _) => "the consent to share the memo names none of the child's guardians".into(),
                (false, true) => format!("consent to share the memo is recorded as given by {}, but no invitee is recorded as the child's guardian (`guardian: true`)", given_by.join(", ")),
                (false, false) => format!("consent to share the memo is recorded as given by {}, who is none of the child's guardians (recorded as guardians: {})", given_by.join(", "), guardians.join(", ")),
            },
            match guardians.first() {
                None => "for a child under 18 consent is the guardians': mark the guardians among the invitees with `guardian: true` and name them in `memo_consent.given_by`".into(),
                Some(g) => format!("consent is the guardians': name them in `memo_consent.given_by`, e.g. `given_by: [{g}]`, or mark the right invitee `guardian: true`"),
            },
        ),
        Msg::ConsentOldShape { decided_with, named } => (
            format!("`decided_with: {decided_with}` is the old way of recording consent; its text is no longer printed in any document"),
            format!("record by name who consented, and when: `given_by: [{}]` and `date: YYYY-MM-DD`, then remove `decided_with`", if named.is_empty() { "the guardian's name".to_owned() } else { named.join(", ") }),
        ),
        Msg::ConsentEcho { field, word, recipient } => (
            format!("“{}” repeats the word “{word}” of something kept from {}, so it is left out of that recipient's copy", super::fields::field_label(Lang::En, field).unwrap_or(field), super::words(Lang::En).recipients.of(recipient).unwrap_or(recipient)),
            "mark this place to be left out of that recipient's copy too, or reword it so that it does not tell what is kept from them".into(),
        ),
        Msg::CopyWithoutConsent { recipient } => (
            if recipient == crate::recipient::ALL_PARTICIPANTS { "The copy for all participants cannot be made: the guardians have not consented.".to_owned() } else { format!("The copy for “{}” cannot be made: the guardians have not consented.", super::words(Lang::En).recipients.of(recipient).unwrap_or(recipient)) },
            "The copy is made once the guardians' consent is recorded on the meeting's page under “Consent to share the memo”.".into(),
        ),
        Msg::ConsenterNotInvited { name } => (
            format!("{name} is recorded as giving consent but is not among the invitees"),
            "write the name as the invitee list (`invitees`) writes it, or add the person there; otherwise the name is not printed in the copies".into(),
        ),
        Msg::ConsentWithdrawn { document, date, by } => {
            let date = date.map(|d| super::dates::date(Lang::En, d));
            (
                format!("consent to share the memo was withdrawn{}{}, so the copy {document} is not made", date.as_ref().map(|d| format!(" on {d}")).unwrap_or_default(), by.as_ref().map(|b| format!(" by {b}")).unwrap_or_default()),
                "no copy is made after a withdrawal; copies already sent are listed in the disclosure log (`lsk disclosures`). If the family gives consent again, record it (`given_by`, `date`) and remove `withdrawn`".into(),
            )
        }
        // -- issue 24 (rules24) --
        Msg::FollowUpNotInvited { conference, names } => (
            format!(
                "{} took part in the family group conference{} but {} not invited to the follow-up meeting",
                names_en(names),
                conference.map(|c| format!(" of {}", d(c))).unwrap_or_default(),
                if names.len() == 1 { "is" } else { "are" },
            ),
            "at the follow-up, those who took part in the conference evaluate how the plan has worked: add them to `invitees`; if someone cannot come, mark them absent (`absent`) and record what they want to pass on (`update`)".into(),
        ),
        Msg::ChildWishesInPlan => (
            "the record does not say how the child's wishes were taken into account in the relatives' plan".into(),
            "write in `child_wishes_in_plan` what the child wished and how it shows in the plan; where a wish is not met, say why".into(),
        ),
        Msg::ContactDetails { contact, organisation } => (
            match (contact, organisation) {
                (true, true) => "the case's details (lsk.yaml) give neither the responsible social worker's contact details nor the organisation: the invitation has no phone number or email address, and does not say who keeps the record".into(),
                (true, false) => "the case's details (lsk.yaml) give no contact details for the responsible social worker: the invitation asks people to say if they cannot come or need an interpreter, but not how".into(),
                _ => "the case's details (lsk.yaml) give no organisation: the invitation and the memo do not say who keeps the record".into(),
            },
            "add `organisation:` (e.g. the wellbeing services county and the unit) and `contact:` (`phone:` and `email:`) to lsk.yaml before the invitation is sent".into(),
        ),
        Msg::TopicWithoutDiscussion { topic } => (
            format!("nothing is recorded of what was said about the topic “{topic}”"),
            "write in `discussion` what was said about it and what was concluded; if there was no time for it, remove it from the topics or move it to the next meeting".into(),
        ),
    }
}

fn shape_en(shape: Shape) -> &'static str {
    match shape {
        Shape::Empty => "empty",
        Shape::Scalar => "a single value",
        Shape::List => "a list",
        Shape::Mapping => "a set of fields",
    }
}

fn yaml(kind: &YamlErrorKind) -> (String, String) {
    match kind {
        YamlErrorKind::Syntax(detail) => (
            format!("the fields cannot be read from here on (the YAML parser says: \"{detail}\")"),
            "check this line and the one above it: each field is `key: value` on a line of its own, indented like the fields around it; text with `: `, ` #`, or a comma inside `{…}`, goes in quotes".into(),
        ),
        YamlErrorKind::DuplicateKey { key, first_line } => (
            format!("`{key}` is given twice (first on line {first_line}), so lsk cannot tell which one is meant"),
            format!("keep the right one: merge the two texts into one `{key}` and delete the other line; if this line starts a new item of a list, begin it with `- `"),
        ),
        YamlErrorKind::MissingDash { key, first_line, fixed } => (
            format!("`{key}` comes a second time in the same list item (first on line {first_line}): the line that starts the next item has no `- `, so two items are read as one"),
            format!("start the new item with `- `: write this line as `{fixed}`"),
        ),
        YamlErrorKind::NotListItem { item, inside } => (
            "this line is at the level of the list's items but does not start with `- `".into(),
            format!("write `{item}` if it starts a new item, or indent it like the other lines of the item above: `{inside}`"),
        ),
        YamlErrorKind::ColonInValue { key, fixed } => (
            format!("the text of `{key}` holds `: `, which YAML reads as the start of another field"),
            format!("put the text in quotes: `{fixed}`"),
        ),
        YamlErrorKind::TypographicQuotes { quote, fixed } => (
            format!("the text is in typographic quotes {quote}…, which YAML does not read as quotes (autocorrect types them for \")"),
            format!("type straight quotes `\"` instead (turn off smart quotes in your editor): `{fixed}`"),
        ),
        YamlErrorKind::SpecialSpace { code } => (
            format!("an invisible special space (U+{code:04X}, {}) where YAML needs an ordinary space", super::space_name(Lang::En, *code)),
            "delete it and type an ordinary space (a no-break space comes from AltGr+Space, or with text copied from a word processor)".into(),
        ),
        YamlErrorKind::NoSpaceAfterColon { key, fixed } => (
            format!("no space after `{key}:`, so YAML does not read this line as a field"),
            format!("put a space after the colon: `{fixed}`"),
        ),
        YamlErrorKind::Indented { above, fixed } => (
            format!("this line is indented more than line {above}, so it is read as the rest of that line's text"),
            format!("indent it like line {above}: `{fixed}`; if it continues that text, put the whole text in quotes"),
        ),
        YamlErrorKind::Outdented { like, spaces, fixed } => (
            format!("this field has lost its indentation: the fields around it (line {like} and the line below) belong to one list item and are indented by {spaces} spaces"),
            format!("indent it like line {like}, by {spaces} spaces: `{fixed}`"),
        ),
        YamlErrorKind::Misaligned { spaces, levels } => (
            format!("this line is indented by {spaces} spaces, which matches none of the levels of the fields above it ({})", super::levels(levels, "or")),
            "indent it by exactly as many spaces as the fields it belongs with".into(),
        ),
        YamlErrorKind::ListHere => (
            "a list item (`- `) where a field was expected".into(),
            "a list goes under a field with nothing after its colon, indented: `invitees:` on a line of its own, `  - name: ...` below it".into(),
        ),
        YamlErrorKind::NoColon => (
            "this line is not `key: value`: there is no colon after the field's name".into(),
            "write the field as `name: value` (a colon and a space); if the line continues the text above, indent it, or put the whole text in quotes".into(),
        ),
        YamlErrorKind::Unclosed { bracket } => (
            format!("the `{bracket}` here is never closed with `{}`", super::closing(*bracket)),
            "close it at the end of the item; text with a comma or a colon inside `{…}` or `[…]` goes in quotes".into(),
        ),
        YamlErrorKind::StrayBracket { bracket } => (
            format!("a `{bracket}` that closes nothing"),
            "delete it, or put the text in quotes".into(),
        ),
        YamlErrorKind::UnclosedQuote { quote } => (
            format!("the quote `{quote}` here is not closed on this line"),
            "end the text with the same quote; a text that holds that quote goes inside the other kind: `\"it's\"`, `'say \"hi\"'`".into(),
        ),
        YamlErrorKind::TextAfterQuote { fixed } => (
            "text goes on after the closing quote: a quote inside the text ended it early".into(),
            match fixed {
                Some(fixed) => format!("put the whole text in the other kind of quotes: `{fixed}`"),
                None => "put the whole text in the other kind of quotes".into(),
            },
        ),
        YamlErrorKind::AfterBrackets { fixed } => (
            "text goes on after the closing bracket: a value in `[…]` or `{…}` must end there".into(),
            format!("if it is one text, put it all in quotes: `{fixed}`"),
        ),
        YamlErrorKind::BadStart { ch } => (
            format!("the line starts with {}, which YAML reads as punctuation, not as part of a field's name", super::char_shown(*ch)),
            "delete it if it is a slip of the finger; a field is written `name: value` from the start of its line".into(),
        ),
        YamlErrorKind::Reserved { ch, fixed } => (
            format!("a value cannot start with {}: YAML keeps that character for itself", super::char_shown(*ch)),
            match fixed {
                Some(fixed) => format!("put the text in quotes: `{fixed}`"),
                None => "put the text in quotes".into(),
            },
        ),
        YamlErrorKind::ComplexKey => (
            "a field name must be a simple word".into(),
            "write `key: value`".into(),
        ),
        YamlErrorKind::UnknownTag(tag) => (
            format!("unknown YAML tag `{tag}`"),
            "remove the tag; lsk reads plain values".into(),
        ),
        YamlErrorKind::TooDeep => (
            "the fields are nested too deeply".into(),
            "meeting fields are at most a few levels deep; check the indentation".into(),
        ),
        YamlErrorKind::TooLarge => (
            "the fields expand to too many values (aliases repeated within aliases)".into(),
            "write the values out instead of using `&anchors` and `*aliases`".into(),
        ),
        YamlErrorKind::TooManyValues => (
            "the file holds more values than lsk reads (a million); a meeting has a few hundred".into(),
            "this is not a meeting file as people write it: check that the right file is here".into(),
        ),
        YamlErrorKind::MultipleDocuments => (
            "the frontmatter holds more than one YAML document".into(),
            "remove the extra `---` line".into(),
        ),
        YamlErrorKind::Tab => (
            "a tab is used for indentation".into(),
            "indent with spaces (two per level); tabs are not allowed in YAML".into(),
        ),
    }
}

fn expected_en(expected: &Expected) -> String {
    match expected {
        Expected::Date => "a date written YYYY-MM-DD".into(),
        Expected::BirthDate => "a birth date written YYYY, YYYY-MM or YYYY-MM-DD".into(),
        Expected::Time => "a time written HH:MM or HH.MM".into(),
        Expected::Minutes => "a positive whole number of minutes".into(),
        Expected::Bool => "`true` or `false`".into(),
        Expected::Text => "text".into(),
        Expected::Person => "one name from `invitees`".into(),
        Expected::List => "a list (lines starting with `- `)".into(),
        Expected::Mapping => "a set of `key: value` fields".into(),
        Expected::OneOf(options) => one_of(options, "or"),
        Expected::YesNo => "`yes` or `no`".into(),
        Expected::Meeting => "the folder name of an earlier meeting in this case".into(),
    }
}

fn example(expected: &Expected) -> String {
    match expected {
        Expected::Date => "for example `2026-11-24`".into(),
        Expected::BirthDate => "for example `2021-03`".into(),
        Expected::Time => "for example `13:00` or `9.30`".into(),
        Expected::Minutes => "for example `90` for an hour and a half".into(),
        Expected::Bool => "write `true` or `false`".into(),
        Expected::Person => "write the name as it is in `invitees`".into(),
        Expected::YesNo => "it is a yes/no question: write `yes` once the child has been told, `no` until then; what was said goes in the notes".into(),
        Expected::Meeting => "for example `2026-10-01-family-group-conference`".into(),
        _ => String::new(),
    }
}

/// A date in words, for the date-order messages.
fn d(day: jiff::civil::Date) -> String {
    super::dates::date(Lang::En, day)
}

/// A finding as a page says it (`i18n::page_text`): fields by their names
/// on the page (`label`), what to do in the page's terms. `None`: the
/// command line's words, with field keys named by `page_text`.
pub fn page_message(msg: &Msg, label: &dyn Fn(&str) -> String) -> Option<(String, String)> {
    const FORM: &str = "fill it in on the form (Edit the meeting)";
    Some(match msg {
        Msg::MissingField { field, kind } => (
            format!("{} is missing", label(field)),
            match super::plain_doc(crate::schema::docs::page_doc(Lang::En, leaf(field), *kind)) {
                Some(doc) => format!("{FORM}: {doc}"),
                None => FORM.to_owned(),
            },
        ),
        Msg::InvalidValue { field, expected, found } => (
            format!("“{found}” in {} will not do: it takes {}", label(field), expected_page_en(expected)),
            "correct it on the form (Edit the meeting)".into(),
        ),
        Msg::UnknownField { key, .. } => (
            format!("the file has an item “{key}” that lsk does not know, so the documents leave it out"),
            "correct its name or remove it by editing the file as text (Edit the whole file as text)".into(),
        ),
        Msg::UnknownPerson { field, name } => (
            format!("{name}, named in {}, is not among the invitees", label(field)),
            format!("add {name} to the invitees or choose the name from the invitees on the form (Edit the meeting)"),
        ),
        Msg::NotAnAnswer { field, found, partly, .. } => (
            format!("{} is answered {}; “{found}” is not an answer", label(field), if *partly { "yes, no or partly" } else { "yes or no" }),
            "choose the answer on the form; other text belongs in the notes".into(),
        ),
        Msg::UnknownChoice { field, found, .. } => (
            format!("“{found}” in {} is none of the choices", label(field)),
            "choose one on the form (Edit the meeting)".into(),
        ),
        Msg::UnknownRecipient { field, written, .. } => (
            format!("“{written}” in {} is not a known recipient", label(field)),
            "choose the recipients from the form's list (Edit the meeting)".into(),
        ),
        Msg::DateWrittenAs { field, found, .. } => (
            format!("the date “{found}” in {} cannot be read for certain", label(field)),
            "type the date on the form, e.g. 24.11.2026".into(),
        ),
        Msg::ChildNotPrepared { field, age, acute, .. } => (
            format!(
                "the child ({age}) is not prepared: {} is missing{}",
                label(field),
                if *acute { " (acute conference: preparation is shortened)" } else { "" }
            ),
            message(msg).1,
        ),
        Msg::DoubleAssurance { .. } => (
            message(msg).0,
            format!("add a second person to {}, usually a parent and someone from daycare or school", label("informing_child")),
        ),
        Msg::ActionOwner { action } => (
            format!("the agreed action “{action}” has no owner"),
            format!("choose in {} the invitee who is responsible for it", label("owner")),
        ),
        Msg::MissingNextMeeting => (
            format!("{} and {} are missing: the next step is agreed before the meeting ends", label("next_meeting"), label("follow_up")),
            "fill in one of them on the form (Edit the meeting)".into(),
        ),
        Msg::FamilyCopyMissing => (
            message(msg).0,
            "make the family's own copy: open the memo's preview and choose the family's copy".into(),
        ),
        Msg::CopyForChildWelfare { written } => (
            format!("“{written}” is child welfare itself: the memo is its own document, so no copy is made"),
            "choose the family's or a partner's copy in the memo's preview".into(),
        ),
        Msg::MergeConflict | Msg::ConflictMarkers => (
            "the file holds two versions of the same place (a merge conflict)".into(),
            "open Edit the whole file as text, keep the right lines and remove the marker lines (<<<<<<<, =======, >>>>>>>), or ask for help".into(),
        ),
        Msg::StaleRender { document, .. } => (
            format!("{} was made before the latest changes to the meeting's details", super::document_in_words(Lang::En, document)),
            String::new(),
        ),
        // rules24: no file name on a page.
        Msg::ContactDetails { contact, organisation } => (
            match (contact, organisation) {
                (true, true) => "the case's details give neither the responsible social worker's contact details nor the organisation: the invitation has no phone number or email address, and does not say who keeps the record".into(),
                (true, false) => "the case's details give no contact details for the responsible social worker: the invitation asks people to say if they cannot come or need an interpreter, but not how".into(),
                _ => "the case's details give no organisation: the invitation and the memo do not say who keeps the record".into(),
            },
            "fill in the organisation, phone and email on the case's page (Edit the case's details) before the invitation is sent".into(),
        ),
        _ => return None,
    })
}

fn expected_page_en(expected: &Expected) -> String {
    match expected {
        Expected::Date => "a date, e.g. 24.11.2026".into(),
        Expected::BirthDate => "a year, month or day of birth, e.g. 2022-05".into(),
        Expected::Time => "a time, e.g. 13.00".into(),
        Expected::Minutes => "minutes as a number, e.g. 60".into(),
        Expected::Bool | Expected::YesNo => "yes or no".into(),
        Expected::Text => "text".into(),
        Expected::Person => "one of the invitees".into(),
        Expected::List => "a list".into(),
        Expected::Mapping => "the form's items".into(),
        Expected::OneOf(_) => "one of the form's choices".into(),
        Expected::Meeting => "an earlier meeting of the same case".into(),
    }
}

/// Names as a sentence lists them: "A, B and C" (rules24).
fn names_en(names: &[String]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}
