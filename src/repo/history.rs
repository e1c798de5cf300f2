//! The history of a case or of one meeting, told from git itself (issue
//! 23 §2): who changed what and when — the fields of meeting.md and
//! lsk.yaml that changed, by name; documents made; copies disclosed (lines
//! added to disclosures.jsonl); new meetings. One `git log` over the
//! paths, then every version of the files it names read with one
//! `git cat-file --batch`. Nothing here prints: `cli/history.rs` and
//! `serve/history.rs` put it in words.
//!
//! Every name, message and folder name that comes from git is masked
//! (`crate::hetu::mask`): a commit made outside lsk may hold an identity
//! code.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{GitError, Repo};
use crate::case::edit::{FormValue, form_values};
use crate::case::{CASE_FILE, MEETING_FILE, MEETINGS_DIR, find_root};
use crate::disclosure::{self, Entry, LOG_FILE};
use crate::i18n::history::{self as words, Part};
use crate::model::{Kind, Lang};

/// What a history covers: a case, or one meeting of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The case folder on disk.
    pub case_root: PathBuf,
    /// The case folder as git names it (`""` for the repository's root).
    pub case_rel: String,
    /// The meeting's folder name, for the history of one meeting.
    pub meeting: Option<String>,
    /// In a team's history: the case folder as the team folder names it,
    /// given to each of its changes.
    pub in_team: Option<String>,
}

impl Target {
    /// The case or meeting a PATH names: a case folder (or a folder inside
    /// one), a meeting's folder, or its meeting.md. `None` outside a case,
    /// or when the case is not inside `repo`'s work tree.
    pub fn of(repo: &Repo, path: &Path) -> Option<Target> {
        let case_root = find_root(path)?;
        let case_rel = repo.relative(&case_root)?;
        let abs = crate::paths::resolve(path).ok()?;
        let folder = if abs.is_file() {
            abs.parent()?.to_path_buf()
        } else {
            abs
        };
        let meetings = case_root.join(MEETINGS_DIR);
        let meeting = folder
            .strip_prefix(&meetings)
            .ok()
            .and_then(|rest| rest.components().next())
            .and_then(|c| c.as_os_str().to_str())
            .map(str::to_owned);
        Some(Target {
            case_root,
            case_rel,
            meeting,
            in_team: None,
        })
    }

    /// A path of the case as git names it.
    fn in_case(&self, rest: &str) -> String {
        if self.case_rel.is_empty() {
            rest.to_owned()
        } else {
            format!("{}/{rest}", self.case_rel)
        }
    }

    /// meeting.md of a meeting of the case, as git names it.
    pub fn meeting_file(&self, meeting: &str) -> String {
        self.in_case(&format!("{MEETINGS_DIR}/{meeting}/{MEETING_FILE}"))
    }
}

/// One change: what one commit did to the case as a whole, or to one
/// meeting of it.
#[derive(Debug, Clone, Default)]
pub struct Change {
    /// The commit's full object name.
    pub commit: String,
    /// Its first parent (`None` for the first commit).
    pub parent: Option<String>,
    /// When the author made it, RFC 3339 with the author's offset.
    pub time: String,
    /// The author's name, masked.
    pub author: String,
    /// The commit message's first line, masked.
    pub message: String,
    /// The meeting's folder name (masked); `None` for the case as a whole.
    pub meeting: Option<String>,
    /// In a team's history: the case's folder below the team's (masked).
    pub case: Option<String>,
    /// The meeting's kind as this version (or the one before) says.
    pub kind: Option<Kind>,
    /// The fields of meeting.md (or of lsk.yaml, for the whole case) that
    /// changed, by key; `notes` for the free notes.
    pub fields: Vec<String>,
    /// The meeting was made (its meeting.md added).
    pub new_meeting: bool,
    /// Its meeting.md was removed.
    pub removed: bool,
    /// The case was started (lsk.yaml added).
    pub new_case: bool,
    /// Documents written in the meeting's folder, by file name (masked).
    pub rendered: Vec<String>,
    /// Copies disclosed: the lines added to the disclosure log.
    pub copies: Vec<Entry>,
    /// Other files of the case that changed.
    pub other: usize,
    /// meeting.md (or lsk.yaml) before and after, when it changed.
    pub before: Option<String>,
    pub after: Option<String>,
}

impl Change {
    /// What the change did, in one sentence in `lang`.
    pub fn summary(&self, lang: Lang) -> String {
        let fields = self.fields_words(lang);
        let rendered: Vec<String> = self
            .rendered
            .iter()
            .map(|f| document_words(lang, f))
            .collect();
        let copies: Vec<(String, String)> = self
            .copies
            .iter()
            .map(|e| {
                let w = e.in_words(lang);
                (
                    crate::hetu::mask(&w.recipient).into_owned(),
                    w.document.to_lowercase(),
                )
            })
            .collect();
        let mut parts = Vec::new();
        if self.new_case {
            parts.push(Part::NewCase);
        }
        if self.new_meeting {
            parts.push(Part::NewMeeting);
        }
        if self.removed {
            parts.push(Part::MeetingRemoved);
        }
        if !fields.is_empty() && !self.new_meeting && !self.new_case && !self.removed {
            parts.push(if self.meeting.is_some() {
                Part::Fields(&fields)
            } else {
                Part::CaseFields(&fields)
            });
        }
        if !rendered.is_empty() {
            parts.push(Part::Rendered(&rendered));
        }
        if !copies.is_empty() {
            parts.push(Part::Copies(&copies));
        }
        if self.other > 0 {
            parts.push(Part::Other(self.other));
        }
        words::summary(lang, &parts)
    }

    /// The changed fields by their names in `lang`.
    pub fn fields_words(&self, lang: Lang) -> Vec<String> {
        self.fields
            .iter()
            .map(|k| {
                words::field(lang, k)
                    .map_or_else(|| crate::hetu::mask(k).into_owned(), str::to_owned)
            })
            .collect()
    }

    /// The meeting in words ("24.11.2026 päiväkotineuvottelu"); the
    /// whole case's word for a change to the case.
    pub fn meeting_words(&self, lang: Lang) -> String {
        match &self.meeting {
            Some(m) => meeting_words(lang, m, self.kind),
            None => words::whole_case(lang).to_owned(),
        }
    }

    /// When, in words, in Helsinki time ("ma 7.12.2026 klo 10.15").
    pub fn when_words(&self, lang: Lang) -> String {
        self.time
            .parse::<jiff::Timestamp>()
            .map(|t| {
                let z = t.to_zoned(crate::date::helsinki());
                crate::i18n::dates::when(lang, z.date(), Some(z.time()))
            })
            .unwrap_or_else(|_| self.time.clone())
    }
}

/// A meeting by its day and kind in words, from its folder name (and the
/// kind its meeting.md gives, when known); a folder whose name holds an
/// identity code in any form as the pages name it
/// (`i18n::labels::meeting_name`: its day and the mask).
pub fn meeting_words(lang: Lang, dir: &str, kind: Option<Kind>) -> String {
    if crate::hetu::name_holds_code(dir) {
        return crate::i18n::labels::meeting_name(lang, dir, kind);
    }
    let day = dir.get(..10).and_then(crate::date::parse_date);
    let rest = match day {
        Some(_) => dir.get(10..).unwrap_or_default().trim_start_matches('-'),
        None => dir,
    };
    let bare = rest
        .rsplit_once('-')
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(rest, |(k, _)| k);
    let kind = kind.or_else(|| Kind::parse(rest).or_else(|| Kind::parse(bare)));
    let what = match kind {
        Some(k) => lower_first(crate::i18n::labels::kind_label(lang, k)),
        None => crate::hetu::mask(rest).into_owned(),
    };
    match day {
        Some(d) if what.is_empty() => crate::i18n::dates::date(lang, d),
        Some(d) => format!("{} {what}", crate::i18n::dates::date(lang, d)),
        None => what,
    }
}

fn lower_first(s: &str) -> String {
    // "Päiväkotineuvottelu" after a date reads "24.11.2026 päiväkotineuvottelu";
    // an abbreviation (all capitals) keeps its case.
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(_), Some(b)) if b.is_uppercase() => s.to_owned(),
        (Some(a), _) => a.to_lowercase().chain(s[a.len_utf8()..].chars()).collect(),
        _ => String::new(),
    }
}

/// A document file in words: `memo.md` → "Muistio", `memo.daycare.html`
/// → "Muistio (daycare)"; a file lsk does not make by its (masked) name.
pub fn document_words(lang: Lang, file: &str) -> String {
    let stem = file.split('.').next().unwrap_or(file);
    match crate::render::Doc::parse(stem) {
        Some(doc) => {
            let name = crate::render::header::document_name(lang, doc.name());
            let parts: Vec<&str> = file.split('.').collect();
            match parts.as_slice() {
                [_, recipient, _] => format!(
                    "{name} ({})",
                    crate::render::context::recipient_label(lang, recipient)
                ),
                _ => name.to_owned(),
            }
        }
        None => crate::i18n::labels::shown_name(file),
    }
}

/// One commit as `git log` gives it, and the files it changed.
#[derive(Clone)]
struct Logged {
    commit: String,
    parent: Option<String>,
    /// The committer's time, seconds: the order `git log` shows.
    order: i64,
    time: String,
    author: String,
    message: String,
    /// (status letter(s), repository path)
    files: Vec<(String, String)>,
}

/// git answers one path's history quickly only with the commit-graph's
/// changed-path Bloom filters (docs/performance.md, "History and
/// sharing"): write them when the repository has none (once: seconds over a
/// team's year of history), else add the commits made since as a small
/// layer (milliseconds). A repository git cannot write to is read as it is.
fn keep_path_filters(repo: &Repo) {
    let Ok(out) = repo.git(&["rev-parse", "--git-path", "objects/info"]) else {
        return;
    };
    let info = repo
        .root
        .join(String::from_utf8_lossy(&out).trim_end_matches(['\n', '\r']));
    let mut graphs: Vec<std::path::PathBuf> = vec![info.join("commit-graph")];
    if let Ok(dir) = std::fs::read_dir(info.join("commit-graphs")) {
        graphs.extend(
            dir.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "graph")),
        );
    }
    let filtered = |p: &std::path::Path| {
        use std::io::Read;
        let mut head = [0u8; 512];
        let n = std::fs::File::open(p)
            .and_then(|mut f| f.read(&mut head))
            .unwrap_or(0);
        head[..n].windows(4).any(|w| w == b"BIDX")
    };
    let present: Vec<_> = graphs.iter().filter(|p| p.is_file()).collect();
    let args: &[&str] = if !present.is_empty() && present.iter().all(|p| filtered(p)) {
        &[
            "commit-graph",
            "write",
            "--reachable",
            "--changed-paths",
            "--split",
        ]
    } else {
        &["commit-graph", "write", "--reachable", "--changed-paths"]
    };
    // A failure (a read-only repository, an old git) only costs speed.
    let _ = repo.git(args);
}

/// The history of `target`, newest first.
pub fn history(repo: &Repo, target: &Target) -> Result<Vec<Change>, GitError> {
    keep_path_filters(repo);
    let log_file = target.in_case(LOG_FILE);
    let mut paths = Vec::new();
    match &target.meeting {
        Some(m) => {
            paths.push(target.in_case(&format!("{MEETINGS_DIR}/{m}")));
            // The disclosure log is only ever appended to: when it holds
            // no line for this meeting now, no commit ever added one, and
            // its own walk through the history is saved.
            let copied = match disclosure::read(&target.case_root) {
                Ok(log) => log.entries.iter().any(|e| e.meeting == *m),
                Err(_) => true,
            };
            if copied {
                paths.push(log_file.clone());
            }
        }
        None => paths.push(if target.case_rel.is_empty() {
            ".".to_owned()
        } else {
            target.case_rel.clone()
        }),
    }
    // One `git log` per path: git uses the commit-graph's changed-path
    // Bloom filters for one path only, and over a team's year of history
    // that is the difference between a few hundred milliseconds and many
    // seconds (docs/performance.md, "History and sharing").
    let mut logged: Vec<Logged> = Vec::new();
    for path in &paths {
        logged = merge_logs(logged, log(repo, path, 0)?);
    }

    let entries: Vec<(&Target, Logged)> = logged.into_iter().map(|l| (target, l)).collect();
    tell(repo, &entries)
}

/// The history of every case below the folder `dir` (a team's folder,
/// not itself in a case), newest first: the changes of the newest `limit`
/// commits that touched it (0: all of them). A team's whole history is
/// long — a year of twenty workers is 50,000 commits, and git alone takes
/// seconds to list their files — so what is asked for is a window of it.
/// `cases`: the case folders found below `dir` (`discover::case_roots_below`).
pub fn team_history(
    repo: &Repo,
    dir: &Path,
    cases: &[PathBuf],
    limit: usize,
) -> Result<Vec<Change>, GitError> {
    let Some(dir_rel) = repo.relative(dir) else {
        return Ok(Vec::new());
    };
    let path = if dir_rel.is_empty() {
        "."
    } else {
        dir_rel.as_str()
    };
    let logged = log(repo, path, limit)?;
    // The cases on disk, longest name first, so a case inside another
    // folder of the team is found by its own folder.
    let mut known: Vec<String> = cases
        .iter()
        .filter_map(|root| repo.relative(root))
        .collect();
    known.sort_by_key(|k| std::cmp::Reverse(k.len()));
    let mut targets: Vec<Target> = Vec::new();
    let mut split: Vec<(usize, Logged)> = Vec::new();
    for l in logged {
        // The commit's files, case by case, in the order git named them.
        let mut parts: Vec<(usize, Vec<(String, String)>)> = Vec::new();
        for (status, path) in &l.files {
            let Some(case_rel) = case_of(&known, path) else {
                continue;
            };
            let t = match targets.iter().position(|t| t.case_rel == case_rel) {
                Some(t) => t,
                None => {
                    let shown = case_rel
                        .strip_prefix(dir_rel.as_str())
                        .map_or(case_rel.as_str(), |r| r.trim_start_matches('/'));
                    targets.push(Target {
                        case_root: repo.root.join(&case_rel),
                        in_team: Some(crate::hetu::mask(shown).into_owned()),
                        case_rel,
                        meeting: None,
                    });
                    targets.len() - 1
                }
            };
            match parts.iter_mut().find(|(i, _)| *i == t) {
                Some((_, files)) => files.push((status.clone(), path.clone())),
                None => parts.push((t, vec![(status.clone(), path.clone())])),
            }
        }
        for (t, files) in parts {
            split.push((t, Logged { files, ..l.clone() }));
        }
    }
    let entries: Vec<(&Target, Logged)> =
        split.into_iter().map(|(t, l)| (&targets[t], l)).collect();
    tell(repo, &entries)
}

/// The commits that touched `path`, newest first, with their files
/// (`limit`: the newest so many; 0: all), in [`parse_log`]'s format.
///
/// Each record and field is marked with a random token of this run: a
/// commit message, an author's name or a file name may hold any byte
/// (0x1E, 0x1F included), and without the token one could be written to
/// read as another commit — another author, another day — and hide the
/// real change.
fn log(repo: &Repo, path: &str, limit: usize) -> Result<Vec<Logged>, GitError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| GitError::Failed {
        args: "log".into(),
        stderr: format!("no random token: {e}"),
    })?;
    let mark: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let format = format!(
        "--format=%x1e{mark}%H%x1f{mark}%P%x1f{mark}%ct%x1f{mark}%aI%x1f{mark}%an%x1f{mark}%s%x1f{mark}"
    );
    let count = format!("--max-count={limit}");
    let mut args = vec![
        "log",
        "-z",
        "--no-renames",
        "--name-status",
        "--diff-merges=dense-combined",
        format.as_str(),
    ];
    if limit > 0 {
        args.push(&count);
    }
    args.extend(["--", path]);
    Ok(parse_log(&repo.git(&args)?, &mark))
}

/// The case folder (as git names it) a path of a team's repository is in:
/// a case found on disk, else one the path itself shows (`…/meetings/…`,
/// `…/lsk.yaml`): a case since removed still has its history.
fn case_of(known: &[String], path: &str) -> Option<String> {
    if let Some(k) = known.iter().find(|k| {
        k.is_empty()
            || path
                .strip_prefix(k.as_str())
                .is_some_and(|r| r.starts_with('/'))
    }) {
        return Some(k.clone());
    }
    let marker = format!("/{MEETINGS_DIR}/");
    if let Some(at) = path.find(&marker) {
        return Some(path[..at].to_owned());
    }
    for file in [CASE_FILE, LOG_FILE] {
        if let Some(case) = path.strip_suffix(&format!("/{file}")) {
            return Some(case.to_owned());
        }
    }
    None
}

/// The changes of logged commits, each told for its own case or meeting:
/// every version the changes need read with one `git cat-file --batch`.
fn tell(repo: &Repo, entries: &[(&Target, Logged)]) -> Result<Vec<Change>, GitError> {
    // Every version to read, as `<commit>:<path>`, read in one batch.
    let mut names: Vec<String> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut want = |commit: &str, path: &str| -> usize {
        let name = format!("{commit}:{path}");
        *index.entry(name.clone()).or_insert_with(|| {
            names.push(name);
            names.len() - 1
        })
    };
    struct Plan {
        before: Option<usize>,
        after: Option<usize>,
    }
    let mut plans: Vec<Vec<Plan>> = Vec::new();
    for (target, l) in entries {
        let log_file = target.in_case(LOG_FILE);
        let mut p = Vec::new();
        for (status, path) in &l.files {
            let read = is_meeting_file(target, path).is_some()
                || *path == target.in_case(CASE_FILE) && target.meeting.is_none()
                || *path == log_file;
            if !read {
                p.push(Plan {
                    before: None,
                    after: None,
                });
                continue;
            }
            let added = status.starts_with('A');
            let deleted = status.starts_with('D');
            p.push(Plan {
                before: match (&l.parent, added) {
                    (Some(parent), false) => Some(want(parent, path)),
                    _ => None,
                },
                after: (!deleted).then(|| want(&l.commit, path)),
            });
        }
        plans.push(p);
    }
    let blobs = read_blobs(repo, &names)?;
    let text = |i: Option<usize>| -> Option<String> {
        i.and_then(|i| blobs.get(i).cloned().flatten())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    };

    let mut changes = Vec::new();
    for ((target, l), plan) in entries.iter().zip(&plans) {
        let log_file = target.in_case(LOG_FILE);
        // The changes of this commit: the whole case's first, then each
        // meeting's in the order git named them.
        let mut case = Change {
            meeting: None,
            case: target.in_team.clone(),
            ..base(l)
        };
        let mut meetings: Vec<Change> = Vec::new();
        let meeting_of = |meetings: &mut Vec<Change>, name: &str| -> usize {
            match meetings
                .iter()
                .position(|c| c.meeting.as_deref() == Some(name))
            {
                Some(i) => i,
                None => {
                    meetings.push(Change {
                        meeting: Some(name.to_owned()),
                        case: target.in_team.clone(),
                        ..base(l)
                    });
                    meetings.len() - 1
                }
            }
        };
        for ((status, path), p) in l.files.iter().zip(plan) {
            if let Some((name, rest)) = is_meeting_file(target, path) {
                if target.meeting.as_deref().is_some_and(|m| m != name) {
                    continue;
                }
                let i = meeting_of(&mut meetings, name);
                let c = &mut meetings[i];
                if rest == MEETING_FILE {
                    let (before, after) = (text(p.before), text(p.after));
                    c.new_meeting = status.starts_with('A');
                    c.removed = status.starts_with('D');
                    c.fields = super::changed_fields(
                        before.as_deref().unwrap_or_default(),
                        after.as_deref().unwrap_or_default(),
                    );
                    if c.new_meeting {
                        // A new meeting: the fields it was made with.
                        let filled = filled_fields(after.as_deref());
                        c.fields.retain(|f| filled.contains(f));
                    }
                    c.kind = kind_of(after.as_deref()).or_else(|| kind_of(before.as_deref()));
                    c.before = before;
                    c.after = after;
                } else if !status.starts_with('D') && !rest.contains('/') {
                    c.rendered.push(crate::hetu::mask(rest).into_owned());
                } else {
                    c.other += 1;
                }
            } else if *path == log_file {
                let (before, after) = (text(p.before), text(p.after));
                let old = disclosure::parse(before.unwrap_or_default().as_bytes()).entries;
                let new = disclosure::parse(after.unwrap_or_default().as_bytes()).entries;
                for e in added_entries(&old, new) {
                    if target.meeting.as_deref().is_some_and(|m| m != e.meeting) {
                        continue;
                    }
                    let i = meeting_of(&mut meetings, &e.meeting);
                    meetings[i].copies.push(e);
                }
            } else if target.meeting.is_some() {
                // Only this meeting's folder and the log were asked for.
                continue;
            } else if path.starts_with(&target.in_case(".lsk/")) {
                // lsk's own files (the schema for editors): not the case's.
                continue;
            } else if *path == target.in_case(CASE_FILE) {
                let (before, after) = (text(p.before), text(p.after));
                case.new_case = status.starts_with('A');
                // lsk.yaml is YAML alone: read as a frontmatter, its
                // keys are compared as a meeting's are.
                let framed = |t: &Option<String>| {
                    t.as_deref()
                        .map_or_else(String::new, |t| format!("---\n{}\n---\n", t.trim_end()))
                };
                case.fields = super::changed_fields(&framed(&before), &framed(&after));
                case.before = before;
                case.after = after;
            } else {
                case.other += 1;
            }
        }
        let told = |c: &Change| {
            c.new_case
                || c.new_meeting
                || c.removed
                || !c.fields.is_empty()
                || !c.rendered.is_empty()
                || !c.copies.is_empty()
                || c.other > 0
        };
        if told(&case) {
            changes.push(case);
        }
        for mut c in meetings {
            if told(&c) {
                c.meeting = c.meeting.map(|m| crate::hetu::mask(&m).into_owned());
                changes.push(c);
            }
        }
    }
    Ok(changes)
}

/// The free notes of a meeting.md's text (after the frontmatter), trimmed.
pub fn notes_text(text: &str) -> &str {
    super::notes_of(text)
}

/// Whether writing `old` over `now` (a meeting.md restored) would give a
/// recipient something `now` keeps from them: a field whose `not_for`
/// (of the field, or of one of its items) the old version does not have.
/// A `now` that cannot be read field by field counts as dropping one when
/// it names any `not_for` (fail closed).
pub fn drops_withholding(now: &str, old: &str) -> bool {
    use crate::case::edit::{FormValue, form_values};
    use crate::case::merge::keeps_withholding;
    use crate::repo::sync::withheld_from;
    let Ok(n) = form_values(now) else {
        return now.contains("not_for");
    };
    let o = form_values(old).unwrap_or_default();
    n.iter().any(|(key, nv)| {
        let ov = o
            .iter()
            .find(|(k, _)| k == key)
            .map_or(FormValue::Empty, |(_, v)| v.clone());
        if keeps_withholding(&FormValue::Empty, nv, &ov) {
            return false;
        }
        // A whole field kept from the same recipients (its text another)
        // keeps what it must; a list's items are checked item by item.
        let kept = withheld_from(&ov);
        matches!(nv, FormValue::List(_))
            || withheld_from(nv).iter().any(|w| {
                !kept
                    .iter()
                    .any(|k| crate::text::key(k) == crate::text::key(w))
            })
    })
}

/// The text a file had in a commit (`None`: it did not exist there).
pub fn version(repo: &Repo, commit: &str, path: &str) -> Result<Option<String>, GitError> {
    let blobs = read_blobs(repo, &[format!("{commit}:{path}")])?;
    Ok(blobs
        .into_iter()
        .next()
        .flatten()
        .map(|b| String::from_utf8_lossy(&b).into_owned()))
}

fn base(l: &Logged) -> Change {
    Change {
        commit: l.commit.clone(),
        parent: l.parent.clone(),
        time: l.time.clone(),
        author: l.author.clone(),
        message: l.message.clone(),
        ..Change::default()
    }
}

/// `(meeting folder, path inside it)` for a path in the case's meetings.
fn is_meeting_file<'p>(target: &Target, path: &'p str) -> Option<(&'p str, &'p str)> {
    let prefix = target.in_case(&format!("{MEETINGS_DIR}/"));
    let rest = path.strip_prefix(prefix.as_str())?;
    let (name, inside) = rest.split_once('/')?;
    (!name.is_empty() && !inside.is_empty()).then_some((name, inside))
}

fn kind_of(text: Option<&str>) -> Option<Kind> {
    form_values(text?)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "kind")
        .and_then(|(_, v)| match v {
            FormValue::Text(t) => Kind::parse(t.trim()),
            _ => None,
        })
}

/// The fields a version gives a value (the notes when it has any).
fn filled_fields(text: Option<&str>) -> Vec<String> {
    fn filled(v: &FormValue) -> bool {
        match v {
            FormValue::Empty => false,
            FormValue::Text(t) => !t.trim().is_empty(),
            FormValue::List(items) => items.iter().any(filled),
            FormValue::Record(fields) => fields.iter().any(|(_, v)| filled(v)),
        }
    }
    let Some(text) = text else {
        return Vec::new();
    };
    let mut out: Vec<String> = form_values(text)
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, v)| filled(v))
        .map(|(k, _)| k)
        .collect();
    if !super::notes_of(text).is_empty() {
        out.push("notes".into());
    }
    out
}

/// The log's lines a commit added: the log is only ever appended to, so
/// these are the lines after the earlier version's; should it have been
/// rewritten, every line the earlier version did not hold.
fn added_entries(old: &[Entry], new: Vec<Entry>) -> Vec<Entry> {
    if new.len() >= old.len() && new[..old.len()] == *old {
        return new.into_iter().skip(old.len()).collect();
    }
    new.into_iter().filter(|e| !old.contains(e)).collect()
}

/// Two logs, newest first, as one: by the committer's time (the earlier
/// list first on a tie), a commit in both once with the files of both.
fn merge_logs(a: Vec<Logged>, b: Vec<Logged>) -> Vec<Logged> {
    if a.is_empty() {
        return b;
    }
    let mut out: Vec<Logged> = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.order >= y.order,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if take_a { a.next() } else { b.next() };
        let Some(next) = next else { break };
        match out.iter_mut().find(|l| l.commit == next.commit) {
            Some(same) => same.files.extend(next.files),
            None => out.push(next),
        }
    }
    out
}

/// `git log -z --name-status` with the format above: each commit starts
/// with `\x1e`, its fields end with `\x1f`, a NUL, then `status\0path\0`
/// pairs.
fn parse_log(out: &[u8], mark: &str) -> Vec<Logged> {
    let record_mark = [b"\x1e".as_slice(), mark.as_bytes()].concat();
    let field_mark = format!("\x1f{mark}");
    let head_end = [field_mark.as_bytes(), b"\0"].concat();
    // The records, each from its mark to the next.
    let mut starts = Vec::new();
    let mut at = 0;
    while let Some(found) = crate::text::find_bytes(out, &record_mark, at) {
        starts.push(found + record_mark.len());
        at = found + record_mark.len();
    }
    let mut logged = Vec::new();
    for (i, start) in starts.iter().enumerate() {
        let stop = starts
            .get(i + 1)
            .map_or(out.len(), |next| next - record_mark.len());
        let record = &out[*start..stop];
        let Some(end) = crate::text::find_bytes(record, &head_end, 0) else {
            continue;
        };
        let head = String::from_utf8_lossy(&record[..end]);
        let fields: Vec<&str> = head.split(field_mark.as_str()).collect();
        let [commit, parents, order, time, author, message] = fields[..] else {
            continue;
        };
        let rest = &record[end + head_end.len()..];
        let rest = rest.strip_prefix(b"\n").unwrap_or(rest);
        let parts: Vec<String> = rest
            .split(|b| *b == 0)
            .filter(|p| !p.is_empty() && *p != b"\n")
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect();
        let files = parts
            .chunks(2)
            .filter_map(|pair| match pair {
                [status, path] => Some((status.clone(), path.clone())),
                _ => None,
            })
            .collect();
        logged.push(Logged {
            commit: commit.to_owned(),
            parent: parents
                .split(' ')
                .find(|p| !p.is_empty())
                .map(str::to_owned),
            order: order.trim().parse().unwrap_or(0),
            time: time.to_owned(),
            author: crate::hetu::mask(author).into_owned(),
            message: crate::hetu::mask(message).into_owned(),
            files,
        });
    }
    logged
}

/// Objects by name (`<commit>:<path>`), read with one `git cat-file
/// --batch` run in the repository: each one's bytes, `None` when it does
/// not exist (or a name cannot be asked for: a line break in a path).
/// The names are written from a second thread, so neither side waits on
/// a full pipe.
fn read_blobs(repo: &Repo, names: &[String]) -> Result<Vec<Option<Vec<u8>>>, GitError> {
    let asked: Vec<&String> = names.iter().filter(|n| !n.contains(['\n', '\r'])).collect();
    let mut out: Vec<Option<Vec<u8>>> = vec![None; names.len()];
    if asked.is_empty() {
        return Ok(out);
    }
    let failed = |why: String| GitError::Failed {
        args: "cat-file --batch".into(),
        stderr: why,
    };
    let mut child = Command::new("git")
        .args(["-c", "core.quotepath=off", "cat-file", "--batch"])
        .current_dir(&repo.root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| GitError::NoGit)?;
    let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(failed("no pipe".into()));
    };
    let read: Result<Vec<Option<Vec<u8>>>, io::Error> = std::thread::scope(|scope| {
        let feeder = scope.spawn(|| -> io::Result<()> {
            let mut w = io::BufWriter::new(stdin);
            for name in &asked {
                writeln!(w, "{name}")?;
            }
            w.flush()
        });
        let mut reader = BufReader::new(stdout);
        let mut got = Vec::with_capacity(asked.len());
        let mut header = Vec::new();
        let read = (|| -> io::Result<()> {
            for _ in &asked {
                header.clear();
                if reader.read_until(b'\n', &mut header)? == 0 {
                    return Err(io::ErrorKind::UnexpectedEof.into());
                }
                // `<object> <kind> <size>`, or `<name> missing` (and
                // `ambiguous`): the size is the last word when found.
                let line = String::from_utf8_lossy(&header);
                let words: Vec<&str> = line.split_whitespace().collect();
                let size = match words.as_slice() {
                    [_, kind, size] if ["blob", "tree", "commit", "tag"].contains(kind) => {
                        size.parse::<u64>().ok()
                    }
                    _ => None,
                };
                let Some(size) = size else {
                    got.push(None);
                    continue;
                };
                let mut body = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
                (&mut reader).take(size).read_to_end(&mut body)?;
                if body.len() as u64 != size {
                    return Err(io::ErrorKind::UnexpectedEof.into());
                }
                let mut newline = [0u8; 1];
                reader.read_exact(&mut newline)?;
                got.push(Some(body));
            }
            Ok(())
        })();
        drop(reader);
        let fed = feeder.join();
        read?;
        match fed {
            Ok(r) => r?,
            Err(_) => return Err(io::Error::other("the writer stopped")),
        }
        Ok(got)
    });
    let read = match read {
        Ok(r) => r,
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(failed(e.to_string()));
        }
    };
    let _ = child.wait();
    let mut at = read.into_iter();
    for (i, name) in names.iter().enumerate() {
        if !name.contains(['\n', '\r']) {
            out[i] = at.next().flatten();
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_read_commit_by_commit() {
        let out = b"\x1eaaa\x1fppp qqq\x1f3\x1f2026-12-07T05:52:19+02:00\x1fSanna V\x1fMerge\x1f\x00\x00\x1ebbb\x1fccc\x1f2\x1f2026-12-07T05:52:19Z\x1fA\x1ftwo\x1f\x00\nM\x00m/f\x00A\x00m/g\x00\x1eccc\x1f\x1f1\x1f2026-12-07T05:52:19Z\x1fA\x1fone 131052-308T\x1f\x00\nA\x00m/f\x00";
        let l = parse_log(out, "");
        assert_eq!(l.len(), 3);
        assert_eq!(l[0].parent.as_deref(), Some("ppp"));
        assert!(l[0].files.is_empty());
        assert_eq!(
            l[1].files,
            vec![("M".into(), "m/f".into()), ("A".into(), "m/g".into())]
        );
        assert_eq!(l[2].parent, None);
        assert!(!l[2].message.contains("131052"), "{}", l[2].message);
        assert_eq!(l[0].order, 3);
        // Two logs as one, newest first, a commit in both once.
        let other = b"\x1ezzz\x1fbbb\x1f4\x1fT\x1fA\x1fcopy\x1f\x00\nM\x00d\x00\x1ebbb\x1fccc\x1f2\x1fT\x1fA\x1ftwo\x1f\x00\nM\x00d\x00";
        let merged = merge_logs(parse_log(out, ""), parse_log(other, ""));
        let order: Vec<&str> = merged.iter().map(|l| l.commit.as_str()).collect();
        assert_eq!(order, ["zzz", "aaa", "bbb", "ccc"]);
        assert_eq!(merged[2].files.len(), 3);
    }

    #[test]
    fn a_message_or_a_file_name_cannot_write_another_commit() {
        // What a crafted message would inject without the run's mark.
        let forged = "x\x1ebad\x1f\x1f9\x1f2019-05-05T00:00:00Z\x1fMallory Forger\x1fforged\x1f\x00\nA\x00m/x\x00";
        let out = format!(
            "\x1eK1aaa\x1fK1\x1fK12\x1fK12026-12-07T05:52:19Z\x1fK1Sanna\x1fK1{forged}\x1fK1\x00\nM\x00m/meeting.md\x00M\x00m/\x1e\x1f.txt\x00"
        );
        let l = parse_log(out.as_bytes(), "K1");
        assert_eq!(
            l.len(),
            1,
            "{:?}",
            l.iter().map(|l| &l.commit).collect::<Vec<_>>()
        );
        assert_eq!(l[0].commit, "aaa");
        assert_eq!(l[0].author, "Sanna");
        assert_eq!(l[0].files.len(), 2);
        assert_eq!(l[0].files[0].1, "m/meeting.md");
    }

    #[test]
    fn a_meeting_in_words() {
        assert_eq!(
            meeting_words(Lang::Fi, "2026-11-24-daycare", None),
            "24.11.2026 perheen, varhaiskasvatuksen ja lastensuojelun neuvottelu"
        );
        assert_eq!(
            meeting_words(Lang::En, "2026-11-24-own-name", None),
            "24 Nov 2026 own-name"
        );
    }
}
