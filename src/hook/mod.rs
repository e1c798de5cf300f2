//! What a commit would record, checked: the library behind the git
//! pre-commit hook (`lsk hook run`).
//!
//! It reads the staged blobs (git's index), never the working tree, so that
//! what is checked is exactly what the commit records: a code fixed in the
//! editor but not `git add`ed again is still found. The flow:
//!
//! 1. the staged paths: `git diff --cached --name-only -z` (NUL-separated,
//!    so no path is quoted or split, whatever characters it holds);
//! 2. the cases they belong to, read from the index (`git ls-files`):
//!    folders holding an `lsk.yaml`, the nearest one above each path;
//! 3. every staged file of those cases, and every other staged file, copied
//!    from the index (`git cat-file --batch`, the raw blobs) into a private
//!    folder inside the repository's git folder, which is removed afterwards;
//! 4. lsk's own check on the copy (`check::check_targets`), and every staged
//!    file scanned for identity codes through every encoding and layer a
//!    reader could decode it through (`hetu::file_lines`) and, inside a
//!    case, for merge-conflict markers.
//!
//! What never may be committed stops the commit: identity codes, copies of
//! the memo without consent, files that cannot be read (`parse-error`,
//! conflict markers included). Everything else is reported, and the commit
//! goes through, unless the case's lsk.yaml says `hook: strict`: then every
//! error stops it.
//!
//! The parts: `git.rs` runs git and reads its index listing and objects
//! (one `git cat-file --batch` reader); `export.rs` copies the staged
//! blobs into the private folder; `push.rs` is the pre-push check
//! (`lsk hook push`); `message.rs` the commit message and identities
//! (`lsk hook message`). Merge-conflict markers are found by the one
//! rule `lsk check` uses (`case::merge_conflict_line`).

mod export;
mod git;
mod message;
mod push;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ffi::OsStr;
use std::io;
use std::path::Path;

use jiff::civil::Date;

use crate::case::Case;
use crate::case::discover::{Target, case_target};
use crate::check::{self, check_targets};
use crate::finding::Msg;
use crate::finding::{Finding, IDENTITY_CODE, PARSE_ERROR, Severity, Sink};
use crate::model::{HookMode, Lang};
use export::{Copy, Job, export};
use git::{
    Entry, case_root_of, git_at, local_path, os_str, owner, parse_index, real_roots, shown,
    split_nul,
};

pub use git::{At, idents};
pub use git::{HARDENED, LITERAL};
pub use message::stored_message;
pub use push::{Leak, check_push, check_push_at};

/// Staged files larger than this are not scanned for identity codes: the
/// largest file lsk reads at all.
pub const MAX_SCANNED: u64 = crate::case::source::MAX_FILE;

pub struct Options {
    pub today: Date,
    /// Messages in this language instead of each case's own.
    pub lang: Option<Lang>,
    /// The language when neither `lang` nor a case says (the locale's).
    pub default_lang: Lang,
}

/// What the hook found in the staged files.
pub struct Outcome {
    /// Findings that stop the commit.
    pub refused: Vec<Finding>,
    /// Findings that are only reported: the commit goes through.
    pub reported: Vec<Finding>,
    /// The touched cases whose lsk.yaml says `hook: strict`, as
    /// repository paths (`.` for a case at the repository's root).
    pub strict: Vec<String>,
    /// The language to speak in: `--lang`, or the first touched case's.
    pub lang: Lang,
    /// The copy the findings' files point into; removed when the outcome
    /// is dropped, so report the findings first.
    _copy: Option<Copy>,
}

impl Outcome {
    /// Whether the commit may go through.
    pub fn allowed(&self) -> bool {
        self.refused.is_empty()
    }
}

#[derive(Debug)]
pub enum Error {
    /// git could not be run, or this is not a git working tree.
    NoGit,
    /// A git command failed: the command and what git said.
    Git(String),
    /// The private copy of the staged files could not be written.
    Io(io::Error),
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

/// Whether a finding stops the commit.
pub fn stops_commit(finding: &Finding, mode: HookMode) -> bool {
    crate::rules::stops_commit(finding.rule)
        || (mode == HookMode::Strict && finding.severity == Severity::Error)
}

/// Check what the next commit would record, in the git repository around
/// the working directory (and with git's own environment, so that the index
/// of `git commit PATH` or `git commit -a` is the one read).
pub fn check(opts: &Options) -> Result<Outcome, Error> {
    check_at(&At::default(), opts)
}

/// [`check`], with git run where `at` says: lsk's own commits check the
/// private index they are about to record.
pub fn check_at(at: &At, opts: &Options) -> Result<Outcome, Error> {
    let git = |args: &[&str]| git_at(at, args);
    let git_path = git(&["rev-parse", "--git-path", "lsk-staged"]).map_err(|e| match e {
        Error::Git(_) => Error::NoGit,
        e => e,
    })?;
    // Deleted paths too: they tell which cases the commit touches (a
    // deleted file itself is not in the index, so it is not read).
    let staged_paths = split_nul(&git(&[
        "diff",
        "--cached",
        "--name-only",
        "-z",
        "--no-renames",
        "--no-ext-diff",
        "--diff-filter=ACDMRT",
    ])?);
    let mut outcome = Outcome {
        refused: Vec::new(),
        reported: Vec::new(),
        strict: Vec::new(),
        lang: opts.lang.unwrap_or(opts.default_lang),
        _copy: None,
    };
    if staged_paths.is_empty() {
        return Ok(outcome);
    }

    // The whole index, from wherever git runs: the way up to the root as
    // a path (pathspecs are literal, so no `:(top)`).
    let up = String::from_utf8_lossy(&git(&["rev-parse", "--show-cdup"])?)
        .trim_end_matches(['\n', '\r'])
        .to_owned();
    let top = if up.is_empty() { "." } else { up.as_str() };
    let index = parse_index(&git(&[
        "ls-files",
        "-z",
        "--stage",
        "--full-name",
        "--",
        top,
    ])?);
    let by_path: HashMap<&[u8], &Entry> = index
        .iter()
        .filter(|e| e.stage == 0)
        .map(|e| (e.path.as_slice(), e))
        .collect();
    // A case is marked by an lsk.yaml committed as a file (a link's target
    // is not part of the commit).
    let roots: Vec<&[u8]> = index
        .iter()
        .filter(|e| e.stage == 0 && e.is_file())
        .filter_map(|e| case_root_of(&e.path))
        .collect();
    let roots = real_roots(&roots);
    let touched: BTreeSet<&[u8]> = staged_paths
        .iter()
        .filter_map(|p| owner(p, &roots))
        .collect();
    // The staged files, as index entries: regular files only (a link's
    // blob is where it points, a submodule has none).
    let staged: Vec<&Entry> = staged_paths
        .iter()
        .filter_map(|p| by_path.get(p.as_slice()).copied())
        .filter(|e| e.is_file())
        .collect();
    if touched.is_empty() && staged.is_empty() {
        return Ok(outcome);
    }

    let git_path = git_path.strip_suffix(b"\n").unwrap_or(&git_path);
    // git names it from the folder it ran in.
    let git_path = Path::new(os_str(git_path).unwrap_or(OsStr::new("lsk-staged")));
    let copy = Copy::create(&match &at.dir {
        Some(dir) => dir.join(git_path),
        None => git_path.to_path_buf(),
    })?;
    let mut jobs: Vec<Job> = index
        .iter()
        .filter(|e| e.stage == 0 && e.is_file())
        .filter(|e| owner(&e.path, &roots).is_some_and(|r| touched.contains(r)))
        .filter_map(|e| Job::new(e, &copy.dir, None))
        .collect();
    jobs.extend(
        staged
            .iter()
            .filter(|e| !owner(&e.path, &roots).is_some_and(|r| touched.contains(r)))
            .filter_map(|e| Job::new(e, &copy.dir, Some(MAX_SCANNED))),
    );
    export(at, &jobs)?;

    // Each touched case, checked whole on the copy: its files are named
    // from the repository's root.
    let mut found: Vec<(Finding, bool)> = Vec::new();
    let mut case_langs: BTreeMap<&[u8], Lang> = BTreeMap::new();
    for root in &touched {
        let Some(dir) = local_path(&copy.dir, root) else {
            continue;
        };
        let case = Case::load(&dir, opts.lang);
        case_langs.insert(root, case.lang);
        if case.hook == HookMode::Strict {
            outcome.strict.push(shown(root));
        }
        let target = Target {
            base: copy.dir.clone(),
            ..case_target(&dir)
        };
        let check_opts = check::Options {
            phase: None,
            today: opts.today,
            lang: opts.lang,
        };
        for f in check_targets(&[target], &check_opts).findings {
            let stops = stops_commit(&f, case.hook);
            found.push((f, stops));
        }
    }
    if opts.lang.is_none()
        && let Some(lang) = case_langs.values().next()
    {
        outcome.lang = *lang;
    }

    // Every staged text file, in a case or not: no identity code may enter
    // the repository; in a case, no file half-way through a merge.
    for entry in &staged {
        let Some(file) = local_path(&copy.dir, &entry.path) else {
            continue;
        };
        let root = owner(&entry.path, &roots).filter(|r| touched.contains(r));
        let lang = root
            .and_then(|r| case_langs.get(r).copied())
            .unwrap_or(outcome.lang);
        let Some(bytes) = read_scanned(&file) else {
            continue;
        };
        let mut sink = Sink::new(file, None, lang);
        // Every encoding and every layer a reader could decode the file
        // through (a calendar unfolded, base64, quoted-printable, RTF...).
        for line in crate::hetu::file_lines(&bytes) {
            sink.error(IDENTITY_CODE, line, Msg::IdentityCode);
        }
        let text = crate::hetu::decode_bytes(&bytes);
        // A calendar is read as a calendar reads it, whatever it holds.
        if entry.path.ends_with(b".ics") {
            crate::case::identity_codes(&crate::text::unfold(&text), &mut sink);
        }
        if root.is_some()
            && let Some(line) = crate::case::merge_conflict_line(&text)
        {
            sink.error(PARSE_ERROR, line, Msg::ConflictMarkers);
        }
        let name = shown(&entry.path);
        for mut f in sink.findings {
            f.shown = name.clone();
            found.push((f, true));
        }
    }

    // What a staged path itself commits: a code in its name (a folder's
    // or a file's) or where a staged link points; a meeting file whose case
    // has no lsk.yaml in the commit (not staged yet, or removed in it), so
    // that nothing checks it.
    for path in staged_paths
        .iter()
        .filter(|p| by_path.contains_key(p.as_slice()))
    {
        let target = match by_path.get(path.as_slice()) {
            Some(e) if e.is_link() => git(&["cat-file", "blob", &e.object])?,
            _ => Vec::new(),
        };
        // Each name on the way as `lsk check` reads a name, and the whole
        // path (a run of base64 may go on over a `/`).
        let coded = path.split(|b| *b == b'/').any(crate::hetu::name_holds_code)
            || crate::hetu::name_holds_code(path)
            || crate::hetu::name_holds_code(&target);
        let in_meetings = path
            .split(|b| *b == b'/')
            .rev()
            .skip(1)
            .any(|part| part == b"meetings");
        let caseless = in_meetings && owner(path, &roots).is_none();
        // A link in a case's meetings/ (a meeting's folder or its file):
        // what it leads to is not this case's, as `lsk check` says of it.
        let linked = by_path.get(path.as_slice()).is_some_and(|e| e.is_link())
            && owner(path, &roots).is_some_and(|r| git::in_meetings_of(path, r));
        let Some(file) = local_path(&copy.dir, path) else {
            continue;
        };
        let mut sink = Sink::new(file, None, outcome.lang);
        if coded {
            sink.error(IDENTITY_CODE, 1, Msg::IdentityCodeInName);
        }
        if linked {
            sink.error(PARSE_ERROR, 1, Msg::link_out());
        }
        if caseless {
            sink.error(PARSE_ERROR, 1, Msg::CaseFileNotStaged);
        }
        for mut f in sink.findings {
            f.shown = shown(path);
            found.push((f, true));
        }
    }

    // One finding once, however many ways it was found.
    found.sort_by(|(a, _), (b, _)| key(a).cmp(&key(b)));
    found.dedup_by(|(later, later_stops), (kept, kept_stops)| {
        let same = key(later) == key(kept);
        if same {
            *kept_stops |= *later_stops;
        }
        same
    });
    for (f, stops) in found {
        if stops {
            outcome.refused.push(f);
        } else {
            outcome.reported.push(f);
        }
    }
    outcome._copy = Some(copy);
    Ok(outcome)
}

fn key(f: &Finding) -> (&str, usize, &str, &Option<String>) {
    (&f.shown, f.line, f.rule, &f.field)
}

/// A staged file's bytes for scanning: `None` for a file too large to
/// scan (or not a file).
fn read_scanned(file: &Path) -> Option<Vec<u8>> {
    let meta = std::fs::symlink_metadata(file).ok()?;
    if !meta.is_file() || meta.len() > MAX_SCANNED {
        return None;
    }
    std::fs::read(file).ok()
}
