//! The files `lsk init` and `lsk new-meeting` write: every key of the
//! meeting kind, pre-filled from lsk.yaml where the practice allows, with a
//! comment on each key in the case's language.

use std::fmt::Write;
// Kept here for code written before `text`.
pub use crate::text::{MAX_SLUG, slug};

use crate::case::Case;
use crate::model::{Access, Kind, Lang, Role, Stage};
use crate::schema::docs::field_doc;
use crate::schema::{self, Ty};

/// Where a case keeps the JSON Schema its meetings point editors at,
/// relative to the case root.
pub const SCHEMA_FILE: &str = ".lsk/meeting.schema.json";

/// What the scaffold is made from.
pub struct MeetingSpec<'a> {
    pub kind: Kind,
    pub date: &'a str,
    pub time: Option<&'a str>,
    /// The folder name of the meeting this one follows, if known.
    pub follows: Option<&'a str>,
    /// What a follow-up copies from the meeting it follows.
    pub from: Option<&'a Earlier>,
}

/// The parts of an earlier meeting a follow-up starts from.
#[derive(Default)]
pub struct Earlier {
    /// Invitees as `(key, value)` pairs in their order, and who they are
    /// kept from.
    pub invitees: Vec<Invitee>,
    /// `chair`, `note_taker`, `invited_by`, `child_support_person`: the
    /// key, the name, and every recipient the name was kept from.
    pub roles: Vec<(String, String, Vec<String>)>,
    /// Agreed actions, to be reviewed.
    pub agreed: Vec<Action>,
}

/// An invitee copied into a follow-up: `(key, value)` pairs in their
/// order, and every recipient they were kept from.
pub type Invitee = (Vec<(String, String)>, Vec<String>);

/// An agreed action carried into a follow-up's `review`.
pub struct Action {
    pub action: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub done: bool,
    /// Every recipient the action, or any part of it, was kept from: what
    /// the family withheld stays withheld in the follow-up's copies.
    pub not_for: Vec<String>,
}

/// `not_for` as a block list under an item, indented by `indent`.
fn not_for(out: &mut String, indent: &str, names: &[String]) {
    if names.is_empty() {
        return;
    }
    let _ = writeln!(out, "{indent}not_for:");
    for name in names {
        let _ = writeln!(out, "{indent}  - {}", scalar(name));
    }
}

fn status(lang: Lang, due: Option<&str>, done: bool) -> String {
    // A due date as people read it in the language: 30.11.2026.
    let shown = due.map(|d| {
        crate::date::parse_date(d)
            .map_or_else(|| d.to_owned(), |day| crate::i18n::dates::date(lang, day))
    });
    let due = shown.as_deref();
    let status = &crate::i18n::words(lang).status;
    match (done, due) {
        (true, _) => status.done.into(),
        (false, Some(d)) => format!("{} ({} {d})", status.open, status.due),
        (false, None) => status.open.into(),
    }
}

/// A YAML scalar for `text` on one line: plain when that reads back the
/// same, double quoted otherwise (lsk's one writer, `case::edit`).
pub fn scalar(text: &str) -> String {
    crate::case::edit::scalar_line(text)
}

/// meeting.md for a new meeting.
pub fn meeting(case: &Case, spec: &MeetingSpec) -> String {
    let lang = case.lang;
    let w = &crate::i18n::words(lang).scaffold;
    let kind = Some(spec.kind);
    let worker = case.responsible_worker.as_deref();
    // The worker invites and chairs daycare and school meetings (000, 001);
    // a family group conference is called and chaired by the external
    // convener, never the responsible worker (004).
    let worker_leads = !spec.kind.is_fgc();
    let mut out = String::from("---\n");
    let _ = writeln!(out, "# yaml-language-server: $schema=../../{SCHEMA_FILE}");
    let _ = writeln!(out, "# {}\n# {}\n", w.header, w.long_text);
    for field in schema::MEETING {
        if !schema::used_by(field.key, spec.kind) {
            continue;
        }
        let key = field.key;
        let _ = writeln!(out, "# {}", field_doc(lang, key, kind));
        let copied = spec
            .from
            .and_then(|f| f.roles.iter().find(|(k, _, _)| k == key))
            .map(|(_, v, kept)| {
                if kept.is_empty() {
                    scalar(v)
                } else {
                    // Kept from someone in the meeting followed: kept from
                    // them here too.
                    let mut block = format!("\n  text: {}", scalar(v));
                    block.push('\n');
                    not_for(&mut block, "  ", kept);
                    block.trim_end().to_owned()
                }
            });
        let value: Option<String> = match key {
            _ if copied.is_some() => copied,
            "kind" => Some(spec.kind.as_str().into()),
            "date" => Some(spec.date.into()),
            "time" => spec.time.map(str::to_owned),
            "follows" => spec.follows.map(str::to_owned),
            "acute" => Some("false".into()),
            "invited_by" | "chair" if worker_leads => worker.map(scalar),
            _ => None,
        };
        match (&field.ty, value) {
            // A block (a name with its `not_for`) starts on the next line.
            (_, Some(v)) if v.starts_with('\n') => {
                let _ = writeln!(out, "{key}:{v}");
            }
            (_, Some(v)) => {
                let _ = writeln!(out, "{key}: {v}");
            }
            (Ty::Records(sub), None)
                if key == "invitees" && spec.from.is_some_and(|f| !f.invitees.is_empty()) =>
            {
                let _ = writeln!(out, "# {}: {}", w.roles, Role::NAMES.join(", "));
                let _ = writeln!(out, "{key}:");
                for (invitee, kept) in spec.from.map(|f| f.invitees.as_slice()).unwrap_or_default()
                {
                    for (i, (k, v)) in invitee.iter().enumerate() {
                        // A yes/no part (`guardian`) stays a plain boolean.
                        let boolean = schema::INVITEE
                            .iter()
                            .any(|f| f.key == k && matches!(f.ty, Ty::Bool))
                            && matches!(v.as_str(), "true" | "false");
                        let value = if boolean { v.clone() } else { scalar(v) };
                        let _ = writeln!(out, "  {} {k}: {value}", if i == 0 { "-" } else { " " },);
                    }
                    not_for(&mut out, "    ", kept);
                }
                example_record(&mut out, sub, lang, kind, w.example_item);
            }
            (Ty::Records(_), None)
                if key == "review" && spec.from.is_some_and(|f| !f.agreed.is_empty()) =>
            {
                let _ = writeln!(out, "{key}:");
                for a in spec.from.map(|f| f.agreed.as_slice()).unwrap_or_default() {
                    let _ = writeln!(out, "  - action: {}", scalar(&a.action));
                    if let Some(owner) = &a.owner {
                        let _ = writeln!(out, "    owner: {}", scalar(owner));
                    }
                    let _ = writeln!(
                        out,
                        "    status: {}",
                        scalar(&status(lang, a.due.as_deref(), a.done))
                    );
                    not_for(&mut out, "    ", &a.not_for);
                }
            }
            (Ty::Records(sub), None) if key == "invitees" => {
                let _ = writeln!(out, "# {}: {}", w.roles, Role::NAMES.join(", "));
                let _ = writeln!(out, "{key}:");
                if let Some(worker) = worker {
                    let _ = writeln!(out, "  - name: {}", scalar(worker));
                    let _ = writeln!(out, "    role: {}", Role::SocialWorker);
                    let _ = writeln!(out, "    organisation: {}", scalar(w.child_welfare));
                    let _ = writeln!(out, "    relation: {}", scalar(w.worker_relation));
                }
                example_record(&mut out, sub, lang, kind, w.example_item);
            }
            (Ty::Records(sub), None) => {
                let _ = writeln!(out, "{key}:");
                example_record(&mut out, sub, lang, kind, w.example_item);
            }
            (Ty::Record(sub), None) => {
                let _ = writeln!(out, "{key}:");
                for part in *sub {
                    let doc = match (key, part.key) {
                        // The old shape of the consent is not offered.
                        ("memo_consent", "decided_with") => continue,
                        ("memo_consent", "date") => field_doc(lang, "consent.date", kind),
                        _ => field_doc(lang, part.key, kind),
                    };
                    // A withdrawal is written when it happens: shown, not offered empty.
                    let line = if matches!(part.ty, Ty::Record(_)) {
                        format!("#  {}:", part.key)
                    } else {
                        format!("  {}:", part.key)
                    };
                    let _ = writeln!(out, "{line:<34} # {doc}");
                }
            }
            (Ty::TextList, None) => {
                let _ = writeln!(out, "{key}:\n#  - ...");
            }
            (_, None) => {
                let _ = writeln!(out, "{key}:");
            }
        }
        out.push('\n');
    }
    let _ = write!(out, "---\n\n## {}\n\n", w.notes);
    out
}

/// A commented-out list item showing the parts of a record.
fn example_record(
    out: &mut String,
    parts: &[schema::Field],
    lang: Lang,
    kind: Option<Kind>,
    label: &str,
) {
    let _ = writeln!(out, "#  ({label})");
    for (i, part) in parts.iter().enumerate() {
        let line = format!("#  {} {}:", if i == 0 { "-" } else { " " }, part.key);
        // An invitee's organisation is not the one that keeps the record.
        let invitee = parts.iter().any(|f| f.key == "relation");
        let key = if invitee && part.key == "organisation" {
            "invitee.organisation"
        } else {
            part.key
        };
        let _ = writeln!(out, "{line:<34} # {}", field_doc(lang, key, kind));
    }
}

/// lsk.yaml for a new case.
pub fn case_file(
    child: &str,
    born: &str,
    worker: &str,
    lang: Lang,
    stage: Option<Stage>,
    access: Option<Access>,
) -> String {
    let doc = |key| field_doc(lang, key, None);
    let mut out = String::new();
    let _ = writeln!(out, "# {}", doc("child"));
    let _ = writeln!(out, "child:");
    let _ = writeln!(out, "  name: {}   # {}", scalar(child), doc("name"));
    let _ = writeln!(out, "  born: {born}   # {}", doc("born"));
    let _ = writeln!(out, "# {}", doc("responsible_worker"));
    let _ = writeln!(out, "responsible_worker: {}", scalar(worker));
    // Optional, and shown in every document's header where set: who
    // keeps the record and how the worker is reached.
    let _ = writeln!(out, "# {}", doc("organisation"));
    let _ = writeln!(out, "organisation:");
    let _ = writeln!(out, "# {}", doc("contact"));
    let _ = writeln!(out, "contact:");
    for key in ["phone", "email"] {
        let line = format!("  {key}:");
        let _ = writeln!(out, "{line:<34} # {}", doc(key));
    }
    let _ = writeln!(out, "# {}", doc("language"));
    let _ = writeln!(out, "language: {lang}");
    let _ = writeln!(out, "# {}", doc("stage"));
    match stage {
        Some(stage) => {
            let _ = writeln!(out, "stage: {stage}");
        }
        None => {
            let _ = writeln!(out, "stage:");
        }
    }
    let _ = writeln!(out, "# {}", doc("permissions"));
    let _ = writeln!(out, "permissions: {}", access.unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::yaml;

    #[test]
    fn slugs() {
        assert_eq!(slug("Päiväkoti Neuvottelu"), "paivakoti-neuvottelu");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("---"), "");
        assert_eq!(slug("Skolmöte 2"), "skolmote-2");
    }

    #[test]
    fn scalars_read_back() {
        for text in [
            "Sanna Virtanen",
            "O'Brien",
            "x: y",
            "#1",
            "null",
            "12",
            "- a",
            "Åsa",
            "open (due 2026-12-01)",
            "a/b",
            // Found by tests/props.rs: C1 controls and DEL must be escaped.
            "\u{80}",
            "a\u{7f}b\u{feff}",
            "two\nlines\t\"quoted\" \\",
        ] {
            let doc = format!("k: {}\n", scalar(text));
            let node = yaml::parse(&doc).unwrap();
            assert_eq!(node.get("k").and_then(|n| n.scalar()), Some(text), "{doc}");
        }
    }
}
