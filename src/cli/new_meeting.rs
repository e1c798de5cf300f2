//! `lsk new-meeting`: scaffold a meeting folder in the current case.

use std::path::PathBuf;

use super::{Failure, OK, Outcome, fallback_lang, shown};
use crate::case::discover::meetings_of;
use crate::case::yaml::{self, Node};
use crate::case::{Case, MEETING_FILE, MEETINGS_DIR, find_root, source};
use crate::date;
use crate::fsutil;
use crate::i18n::{Say, say};
use crate::model::{Kind, Lang};
use crate::scaffold::{self, MeetingSpec};

/// Create meetings/<date>-<slug>/meeting.md with every field of the kind
///
/// The fields are pre-filled from lsk.yaml where the practice allows and
/// each has a comment saying what it is for. An existing meeting is never
/// overwritten.
///
/// Examples:
///   lsk new-meeting --kind daycare --date 2026-11-24 --time 13:00
///   lsk new-meeting --kind family-group-conference --date 2027-01-15 --slug lahiverkosto
#[derive(clap::Args)]
pub struct Args {
    /// daycare, school, family-group-conference or fgc-follow-up
    #[arg(long, value_parser = |s: &str| Kind::parse(s).ok_or("use daycare, school, family-group-conference or fgc-follow-up"))]
    kind: Kind,
    /// The meeting's date, YYYY-MM-DD
    #[arg(long)]
    date: String,
    /// Start time, HH:MM
    #[arg(long)]
    time: Option<String>,
    /// The folder name after the date (default: the kind)
    #[arg(long)]
    slug: Option<String>,
    /// The case folder (default: the case containing the current folder)
    #[arg(long, default_value = ".")]
    case: PathBuf,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let Some(root) = find_root(&args.case) else {
        return Err(Failure(say(
            fallback_lang(lang),
            Say::NotInCase(&shown(&args.case)),
        )));
    };
    let case = Case::load(&root, lang);
    let fail = |what| Err(Failure(say(case.lang, what)));
    let Some(day) = date::parse_date(&args.date) else {
        return fail(Say::BadDate(&args.date));
    };
    let time = match &args.time {
        Some(t) => match date::parse_time(t) {
            Some(time) => Some(format!("{:02}:{:02}", time.hour(), time.minute())),
            None => return fail(Say::BadTime(t)),
        },
        None => None,
    };
    let wanted = args.slug.as_deref().unwrap_or(args.kind.as_str());
    let slug = scaffold::slug(wanted);
    if slug.is_empty() {
        return fail(Say::BadSlug(wanted));
    }
    let meetings = root.join(MEETINGS_DIR);
    let follows = if args.kind == Kind::FgcFollowUp {
        let found = latest_conference(&meetings);
        if found.is_none() {
            eprintln!("lsk: {}", say(case.lang, Say::NoFollowUpTarget));
        }
        found
    } else {
        None
    };
    let date_text = day.to_string();
    let spec = MeetingSpec {
        kind: args.kind,
        date: &date_text,
        time: time.as_deref(),
        follows: follows.as_deref(),
    };
    let dir = meetings.join(format!("{date_text}-{slug}"));
    let file = dir.join(MEETING_FILE);
    if file.symlink_metadata().is_ok() {
        return fail(Say::MeetingExists(&shown(&file)));
    }
    let text = scaffold::meeting(&case, &spec);
    let written =
        fsutil::create_dir_all(&dir).and_then(|()| fsutil::write_new(&file, text.as_bytes()));
    match written {
        Ok(()) => {
            println!("{}", shown(&file));
            Ok(OK)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fail(Say::MeetingExists(&shown(&file)))
        }
        Err(e) => fail(Say::CannotWrite(&shown(&file), &e.to_string())),
    }
}

/// The folder name of the case's latest family group conference.
fn latest_conference(meetings: &std::path::Path) -> Option<String> {
    meetings_of(meetings).into_iter().rev().find_map(|dir| {
        let text = source::read_text(&dir.join(MEETING_FILE)).ok()?;
        let fm = source::frontmatter(&text).ok()?;
        let node = yaml::parse(fm).ok()?;
        let kind = node
            .get("kind")
            .and_then(Node::scalar)
            .and_then(Kind::parse);
        (kind == Some(Kind::FamilyGroupConference))
            .then(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
            .flatten()
    })
}
