//! A new meeting folder: the rules of `lsk new-meeting`, shared by the
//! command line and `lsk serve` (front ends over this one module). The
//! kinds, the date and time as people write them, the slug, a follow-up
//! carrying the earlier meeting's invitees, actions and every `not_for`;
//! refusing what cannot be done safely, never overwriting a meeting.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::case::discover::meetings_of;
use crate::case::meeting::{Lookup, find_by_name};
use crate::case::yaml::{self, Node};
use crate::case::{
    CASE_FILE, Case, MEETING_FILE, MEETINGS_DIR, case_blockers, find_root, meeting_kind, source,
};
use crate::date;
use crate::finding::Finding;
use crate::fsutil::{self, Outside};
use crate::i18n::{Say, say};
use crate::model::{Kind, Lang};
use crate::recipient::{kept_from, unclear_in};
use crate::scaffold::{self, Earlier, MeetingSpec};

/// What to make.
pub struct Request<'a> {
    /// The kind; with `follow_up` unset, `None` is a daycare meeting.
    pub kind: Option<Kind>,
    /// The meeting followed up: its folder name in the case, or a path.
    pub follow_up: Option<&'a Path>,
    /// The date as written: `YYYY-MM-DD` or `D.M.YYYY`.
    pub date: &'a str,
    /// What the date is called in a message: `--date`, or a form's label.
    pub date_field: &'a str,
    /// The start time as written: `13:00`, `9.30`.
    pub time: Option<&'a str>,
    /// The folder name after the date (default: the kind).
    pub slug: Option<&'a str>,
    pub today: Date,
}

/// Why no meeting was made: nothing was written.
pub enum Refusal {
    /// lsk.yaml cannot be read well enough: its findings, and the message.
    Blocked(Vec<Finding>, String),
    /// The reason, in the case's language.
    Said(String),
}

/// Make the meeting folder and its meeting.md in the case at `root`, as
/// `lsk new-meeting` does. `shown` names a path in messages; `warn` hears
/// what is said without stopping (a past date, no conference to follow).
/// Returns the meeting.md written.
pub fn create(
    root: &Path,
    case: &Case,
    req: &Request,
    shown: &dyn Fn(&Path) -> String,
    warn: &mut dyn FnMut(String),
) -> Result<PathBuf, Refusal> {
    let fail = |what| Err(Refusal::Said(say(case.lang, what)));
    // A broken lsk.yaml (a merge conflict, say) would give a meeting in the
    // wrong language, without the child's name, with the wrong permissions.
    let blockers = case_blockers(case);
    if !blockers.is_empty() {
        return Err(Refusal::Blocked(
            blockers,
            say(case.lang, Say::CaseBlocked(&shown(&root.join(CASE_FILE)))),
        ));
    }
    let Some(day) = date::parse_given(req.date) else {
        // `31.2.2027`: say why the day does not exist.
        if let date::DateProblem::NoSuchDay { year, month, days } = date::diagnose(req.date) {
            let why = crate::i18n::text(
                case.lang,
                &crate::finding::Msg::NoSuchDay {
                    field: req.date_field.into(),
                    found: req.date.to_owned(),
                    year,
                    month,
                    days,
                },
            );
            return Err(Refusal::Said(why.message));
        }
        return fail(Say::BadDate(req.date));
    };
    let time = match req.time {
        Some(t) => match date::parse_time(t) {
            Some(time) => Some(format!("{:02}:{:02}", time.hour(), time.minute())),
            None => return fail(Say::BadTime(t)),
        },
        None => None,
    };
    let meetings = root.join(MEETINGS_DIR);
    let earlier = match req.follow_up {
        Some(name) => match read_earlier(root, &meetings, name) {
            Ok(found) => Some(found),
            Err(Unfollowable::NotAMeeting) => return fail(Say::NotAMeeting(&shown(name))),
            Err(Unfollowable::OtherCase) => return fail(Say::FollowUpOtherCase(&shown(name))),
            Err(Unfollowable::Unclear) => return fail(Say::FollowUpUnclear(&shown(name))),
        },
        None => None,
    };
    let kind = match (req.kind, &earlier) {
        (Some(kind), _) => kind,
        (None, Some((_, k, _))) if k.is_fgc() => Kind::FgcFollowUp,
        (None, Some((_, k, _))) => *k,
        (None, None) => Kind::Daycare,
    };
    let wanted = req.slug.unwrap_or(kind.as_str());
    let slug = scaffold::slug(wanted);
    if slug.is_empty() {
        return fail(Say::BadSlug(wanted));
    }
    let follows = if let Some((name, _, _)) = &earlier {
        Some(name.clone())
    } else if kind == Kind::FgcFollowUp {
        let found = latest_conference(root, &meetings);
        if found.is_none() {
            warn(say(case.lang, Say::NoFollowUpTarget));
        }
        found
    } else {
        None
    };
    let date_text = day.to_string();
    let spec = MeetingSpec {
        kind,
        date: &date_text,
        time: time.as_deref(),
        follows: follows.as_deref(),
        from: earlier.as_ref().map(|(_, _, e)| e),
    };
    let dir = meetings.join(format!("{date_text}-{slug}"));
    let file = dir.join(MEETING_FILE);
    let schema_path = root.join(scaffold::SCHEMA_FILE);
    // Nothing is written unless every write stays inside the case: a
    // meetings/, meeting folder or .lsk/ that is a link out is refused.
    for path in [&file, &schema_path] {
        if let Err(out) = fsutil::ensure_inside(root, path) {
            return Err(Refusal::Said(outside(case.lang, &out, shown)));
        }
    }
    if file.symlink_metadata().is_ok() {
        return fail(Say::MeetingExists(&shown(&file)));
    }
    let text = scaffold::meeting(case, &spec);
    // A code in the folder name or in what is copied would leave with
    // every copy and commit.
    // Each name read as `lsk check` and the hook read one.
    let coded_name = dir
        .strip_prefix(root)
        .unwrap_or(&dir)
        .components()
        .any(|c| crate::hetu::name_holds_code(c.as_os_str().as_encoded_bytes()));
    if crate::case::holds_code(&text) || coded_name {
        return fail(Say::IdentityCodeGiven);
    }
    let written = fsutil::create_dir_all(&dir, case.access)
        .map_err(Refused::Io)
        // Again once the folders exist: nothing swapped in meanwhile.
        .and_then(|()| fsutil::ensure_inside(root, &file).map_err(Refused::Outside))
        .and_then(|()| fsutil::write_new(&file, text.as_bytes(), case.access).map_err(Refused::Io));
    match written {
        Ok(()) => {}
        Err(Refused::Io(e)) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return fail(Say::MeetingExists(&shown(&file)));
        }
        Err(e) => return Err(Refusal::Said(e.say(case.lang, &file, shown))),
    }
    // The schema the scaffold's editor line points at; lsk's own file,
    // refreshed when lsk's schema changes. The meeting is written by now,
    // so a schema that cannot be written is said, not a failure.
    if let Err(e) = write_schema(root, &schema_path, case.access, case.lang) {
        warn(e.say(case.lang, &schema_path, shown));
    }
    // A past date is allowed (a meeting recorded afterwards), but said:
    // `lsk check` takes the meeting as held and asks for its memo fields.
    if day < req.today {
        let on = |d| crate::i18n::dates::date(case.lang, d);
        warn(say(case.lang, Say::DateInPast(&on(day), &on(req.today))));
    }
    Ok(file)
}

/// Why a file was not written.
enum Refused {
    Outside(Outside),
    Io(std::io::Error),
}

impl Refused {
    fn say(&self, lang: Lang, file: &Path, shown: &dyn Fn(&Path) -> String) -> String {
        match self {
            Refused::Outside(out) => outside(lang, out, shown),
            Refused::Io(e) => say(lang, Say::CannotWrite(&shown(file), &e.to_string())),
        }
    }
}

/// The message for a write that would leave the case.
fn outside(lang: Lang, out: &Outside, shown: &dyn Fn(&Path) -> String) -> String {
    match out {
        Outside::Escapes(p) => say(lang, Say::OutsideCase(&shown(p))),
        Outside::Link(p) => say(lang, Say::Symlink(&shown(p))),
    }
}

/// `.lsk/meeting.schema.json`, written when it differs from lsk's schema.
/// Its descriptions are in the case's language.
fn write_schema(
    root: &Path,
    path: &Path,
    access: crate::model::Access,
    lang: Lang,
) -> Result<(), Refused> {
    let schema = crate::jsonschema::text(&crate::jsonschema::meeting(lang));
    fsutil::ensure_inside(root, path).map_err(Refused::Outside)?;
    if std::fs::read_to_string(path).ok().as_deref() == Some(schema.as_str()) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        fsutil::create_dir_all(dir, access).map_err(Refused::Io)?;
    }
    fsutil::ensure_inside(root, path).map_err(Refused::Outside)?;
    fsutil::replace(path, schema.as_bytes(), access).map_err(Refused::Io)
}

/// Why a meeting cannot be followed up.
enum Unfollowable {
    NotAMeeting,
    OtherCase,
    /// Whom its invitees or actions are kept from cannot be read.
    Unclear,
}

/// The meeting a follow-up follows: its folder name, kind and what is
/// copied. It must be a meeting of this same case (`root`), reached
/// without leaving it.
fn read_earlier(
    root: &Path,
    meetings: &Path,
    name: &Path,
) -> Result<(String, Kind, Earlier), Unfollowable> {
    // A path to a meeting folder or its meeting.md; else a meeting's name,
    // found the one way a meeting is found by its name.
    let dir = if name.join(MEETING_FILE).is_file() {
        name.to_path_buf()
    } else if name.file_name().is_some_and(|n| n == MEETING_FILE) {
        name.parent()
            .ok_or(Unfollowable::NotAMeeting)?
            .to_path_buf()
    } else {
        match find_by_name(meetings, root, &name.to_string_lossy()) {
            Lookup::Found(dir) => dir,
            Lookup::OutsideCase => return Err(Unfollowable::OtherCase),
            Lookup::NotAName | Lookup::Missing => return Err(Unfollowable::NotAMeeting),
        }
    };
    if !dir.join(MEETING_FILE).is_file() {
        return Err(Unfollowable::NotAMeeting);
    }
    let same_case = find_root(&dir).is_some_and(|r| {
        matches!(
            (std::fs::canonicalize(r), std::fs::canonicalize(root)),
            (Ok(a), Ok(b)) if a == b
        )
    });
    if !same_case
        || !fsutil::inside(&dir, meetings)
        || !fsutil::inside(&dir.join(MEETING_FILE), meetings)
    {
        return Err(Unfollowable::OtherCase);
    }
    let found = read_meeting(&dir).ok_or(Unfollowable::NotAMeeting)?;
    if found.3 {
        return Err(Unfollowable::Unclear);
    }
    Ok((found.0, found.1, found.2))
}

/// What a follow-up copies: the invitees, the agreed actions and the
/// people's roles. Whom these are kept from must be readable
/// (`recipient::unclear_in`), or nothing is copied.
const COPIED: &[&str] = &[
    "invitees",
    "agreed",
    "invited_by",
    "chair",
    "note_taker",
    "child_support_person",
];

/// The meeting's folder name, kind, what a follow-up copies, and whether
/// whom it is kept from is unclear.
fn read_meeting(dir: &Path) -> Option<(String, Kind, Earlier, bool)> {
    let text = source::read_text(&dir.join(MEETING_FILE)).ok()?;
    let fm = yaml::parse(source::frontmatter(&text).ok()?).ok()?;
    let unclear = unclear_in(&fm, COPIED);
    let kind = fm
        .get("kind")
        .and_then(Node::scalar)
        .and_then(Kind::parse)?;
    let text_of = |n: &Node| {
        n.text()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    };
    let mut earlier = Earlier::default();
    // Whom each invitee is kept from: what names them is kept from the
    // same recipients in the follow-up (an action they own, a role they
    // hold), even where the item itself carries no `not_for`.
    let people: Vec<(String, Vec<String>)> = fm
        .get("invitees")
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .filter_map(|i| Some((text_of(i.get("name")?)?, kept_from(i))))
        .filter(|(_, kept)| !kept.is_empty())
        .collect();
    let also_kept = |texts: &[Option<String>], mut kept: Vec<String>| {
        for (name, from) in &people {
            let named = texts
                .iter()
                .flatten()
                .any(|t| crate::text::same_name(t, name) || crate::text::names(t, name));
            if named {
                for r in from {
                    if !kept.contains(r) {
                        kept.push(r.clone());
                    }
                }
            }
        }
        kept
    };
    for invitee in fm.get("invitees").map(Node::items).unwrap_or_default() {
        // Every part the schema knows, `guardian` and `interpreter` too: a
        // follow-up's consent and invitation need them as much.
        let parts: Vec<(String, String)> = crate::schema::INVITEE
            .iter()
            .filter_map(|f| {
                let n = invitee.get(f.key)?;
                let v = match f.ty {
                    crate::schema::Ty::Bool => n.bool().map(|b| b.to_string()),
                    _ => text_of(n),
                }?;
                Some((f.key.to_owned(), v))
            })
            .collect();
        if !parts.is_empty() {
            earlier.invitees.push((parts, kept_from(invitee)));
        }
    }
    for key in ["invited_by", "chair", "note_taker", "child_support_person"] {
        if let Some(node) = fm.get(key)
            && let Some(v) = text_of(node)
        {
            let kept = also_kept(&[Some(v.clone())], kept_from(node));
            earlier.roles.push((key.to_owned(), v, kept));
        }
    }
    for item in fm.get("agreed").map(Node::items).unwrap_or_default() {
        if let Some(action) = item.get("action").and_then(text_of) {
            let owner = item.get("owner").and_then(text_of);
            let not_for = also_kept(&[Some(action.clone()), owner.clone()], kept_from(item));
            earlier.agreed.push(scaffold::Action {
                action,
                owner,
                due: item.get("due").and_then(text_of),
                done: item.get("done").and_then(Node::bool).unwrap_or(false),
                not_for,
            });
        }
    }
    let folder = std::fs::canonicalize(dir)
        .ok()?
        .file_name()?
        .to_string_lossy()
        .into_owned();
    Some((folder, kind, earlier, unclear))
}

/// The folder name of the case's latest family group conference: a
/// meeting of the case (`find_by_name`), never one behind a link out.
fn latest_conference(root: &Path, meetings: &Path) -> Option<String> {
    meetings_of(meetings)
        .iter()
        .rev()
        .filter_map(|dir| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .find(|name| {
            matches!(find_by_name(meetings, root, name), Lookup::Found(dir)
                if meeting_kind(&dir) == Some(Kind::FamilyGroupConference))
        })
}
