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

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ffi::OsStr;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use jiff::civil::Date;

use crate::case::Case;
use crate::case::discover::{Target, case_target};
use crate::check::{self, check_targets};
use crate::finding::Msg;
use crate::finding::{Finding, IDENTITY_CODE, PARSE_ERROR, Severity, Sink};
use crate::fsutil;
use crate::model::{Access, HookMode, Lang};

/// Staged files larger than this are not scanned for identity codes: the
/// largest file lsk reads at all.
pub const MAX_SCANNED: u64 = crate::case::source::MAX_FILE;

const CASE_FILE: &[u8] = b"lsk.yaml";

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

    let index = parse_index(&git(&[
        "ls-files",
        "-z",
        "--stage",
        "--full-name",
        "--",
        ":(top)",
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
    let copy = Copy::create(Path::new(
        os_str(git_path).unwrap_or(OsStr::new("lsk-staged")),
    ))?;
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
    export(&jobs)?;

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
            && let Some(line) = conflict_marker(&text)
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
        let coded = !crate::hetu::file_lines(path).is_empty()
            || !crate::hetu::file_lines(&target).is_empty();
        let in_meetings = path
            .split(|b| *b == b'/')
            .rev()
            .skip(1)
            .any(|part| part == b"meetings");
        let caseless = in_meetings && owner(path, &roots).is_none();
        let Some(file) = local_path(&copy.dir, path) else {
            continue;
        };
        let mut sink = Sink::new(file, None, outcome.lang);
        if coded {
            sink.error(IDENTITY_CODE, 1, Msg::IdentityCodeInName);
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

/// The 1-based line of the first git merge-conflict marker in `text`: a
/// line starting `<<<<<<< `, `||||||| ` or `>>>>>>> `. A lone `=======` is
/// also how Markdown underlines a heading, so it counts only beside those
/// (where the first of them is already reported).
pub fn conflict_marker(text: &str) -> Option<usize> {
    let marker = |line: &str, m: &str| {
        line.strip_prefix(m)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    text.lines()
        .position(|line| {
            marker(line, "<<<<<<<") || marker(line, "|||||||") || marker(line, ">>>>>>>")
        })
        .map(|i| i + 1)
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

/// Run git (never through a shell) with paths unquoted; its output.
fn git(args: &[&str]) -> Result<Vec<u8>, Error> {
    // diff.relative would name paths from the working directory instead
    // of the repository's root, and leave out the others.
    let out = Command::new("git")
        .args(["-c", "core.quotepath=off", "-c", "diff.relative=false"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|_| Error::NoGit)?;
    if !out.status.success() {
        return Err(Error::Git(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(out.stdout)
}

fn split_nul(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split(|b| *b == 0)
        .filter(|p| !p.is_empty())
        .map(<[u8]>::to_vec)
        .collect()
}

/// One line of `git ls-files --stage`.
#[derive(Debug, PartialEq)]
struct Entry {
    mode: u32,
    object: String,
    stage: u8,
    /// The repository path, as git has it (bytes: git does not require UTF-8).
    path: Vec<u8>,
}

impl Entry {
    fn is_file(&self) -> bool {
        self.mode & 0o170000 == 0o100000
    }

    fn is_link(&self) -> bool {
        self.mode & 0o170000 == 0o120000
    }
}

/// `git ls-files -z --stage`: `<mode> <object> <stage>\t<path>\0` each.
fn parse_index(bytes: &[u8]) -> Vec<Entry> {
    bytes
        .split(|b| *b == 0)
        .filter_map(|record| {
            let tab = record.iter().position(|b| *b == b'\t')?;
            let meta = std::str::from_utf8(&record[..tab]).ok()?;
            let mut parts = meta.split(' ');
            let mode = u32::from_str_radix(parts.next()?, 8).ok()?;
            let object = parts.next()?.to_owned();
            let stage = parts.next()?.parse().ok()?;
            Some(Entry {
                mode,
                object,
                stage,
                path: record[tab + 1..].to_vec(),
            })
        })
        .collect()
}

/// The case folder an `lsk.yaml` path marks (`""` for the repository's root).
fn case_root_of(path: &[u8]) -> Option<&[u8]> {
    if path == CASE_FILE {
        return Some(b"");
    }
    let parent = path.strip_suffix(CASE_FILE)?.strip_suffix(b"/")?;
    Some(parent)
}

/// The case a repository path belongs to: the nearest case folder above it,
/// as lsk finds a case root by walking up from a folder.
fn owner<'r>(path: &[u8], roots: &[&'r [u8]]) -> Option<&'r [u8]> {
    roots
        .iter()
        .filter(|root| {
            root.is_empty() || (path.starts_with(root) && path.get(root.len()) == Some(&b'/'))
        })
        .max_by_key(|root| root.len())
        .copied()
}

/// A repository path as shown to the user.
fn shown(path: &[u8]) -> String {
    if path.is_empty() {
        ".".into()
    } else {
        String::from_utf8_lossy(path).into_owned()
    }
}

/// A repository path (`/`-separated) under `base`; `None` for a path that
/// is not a plain relative path (git's index never holds one, but the copy
/// must not be written outside its folder whatever git says).
fn local_path(base: &Path, path: &[u8]) -> Option<PathBuf> {
    let mut out = base.to_path_buf();
    if path.is_empty() {
        return Some(out);
    }
    for part in path.split(|b| *b == b'/') {
        if part.is_empty() || part == b"." || part == b".." {
            return None;
        }
        out.push(os_str(part)?);
    }
    Some(out)
}

#[cfg(unix)]
fn os_str(bytes: &[u8]) -> Option<&OsStr> {
    Some(std::os::unix::ffi::OsStrExt::from_bytes(bytes))
}

#[cfg(not(unix))]
fn os_str(bytes: &[u8]) -> Option<&OsStr> {
    std::str::from_utf8(bytes)
        .ok()
        .filter(|s| !s.contains(['\\', ':']))
        .map(OsStr::new)
}

/// The private copy of the staged files: a folder only the owner can read,
/// inside the repository's git folder (where the same content already lies
/// as git objects), removed when dropped.
struct Copy {
    dir: PathBuf,
}

impl Copy {
    fn create(base: &Path) -> io::Result<Copy> {
        let base = std::path::absolute(base)?;
        let parent = base.parent().unwrap_or(Path::new("."));
        let name = base
            .file_name()
            .map_or_else(|| "lsk-staged".into(), |n| n.to_string_lossy().into_owned());
        let builder = fsutil::dir_builder(Access::Private);
        for n in 0..100 {
            let dir = parent.join(format!("{name}-{}-{n}", std::process::id()));
            match builder.create(&dir) {
                Ok(()) => return Ok(Copy { dir }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::ErrorKind::AlreadyExists.into())
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// One blob to copy out of the index.
struct Job<'a> {
    object: &'a str,
    dest: PathBuf,
    /// Skip a blob larger than this.
    max: Option<u64>,
}

impl<'a> Job<'a> {
    fn new(entry: &'a Entry, base: &Path, max: Option<u64>) -> Option<Job<'a>> {
        Some(Job {
            object: &entry.object,
            dest: local_path(base, &entry.path)?,
            max,
        })
    }
}

/// Copy the blobs with one `git cat-file --batch`: the raw staged content,
/// with no filter or conversion run on it. The object names are written
/// from a second thread, so neither side waits on a full pipe.
fn export(jobs: &[Job]) -> Result<(), Error> {
    if jobs.is_empty() {
        return Ok(());
    }
    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| Error::NoGit)?;
    let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(Error::Git("git cat-file --batch".into()));
    };
    let read = std::thread::scope(|scope| {
        let feeder = scope.spawn(move || -> io::Result<()> {
            let mut w = io::BufWriter::new(stdin);
            for job in jobs {
                writeln!(w, "{}", job.object)?;
            }
            w.flush()
        });
        // Reading ends (and drops git's output) before the feeder is
        // joined: should reading fail, git's next write fails, git exits,
        // and so does the feeder.
        let read = read_batch(stdout, jobs);
        let fed = feeder.join();
        read.and_then(|()| match fed {
            Ok(r) => r.map_err(Error::Io),
            Err(_) => Err(Error::Git("git cat-file --batch".into())),
        })
    });
    if read.is_err() {
        let _ = child.kill();
    }
    let status = child.wait()?;
    read?;
    if !status.success() {
        return Err(Error::Git(format!("git cat-file --batch: {status}")));
    }
    Ok(())
}

fn read_batch(stdout: impl Read, jobs: &[Job]) -> Result<(), Error> {
    let mut reader = BufReader::new(stdout);
    let mut header = Vec::new();
    for job in jobs {
        header.clear();
        reader.read_until(b'\n', &mut header)?;
        // `<object> blob <size>`, or `<object> missing`.
        let text = String::from_utf8_lossy(&header);
        let mut parts = text.split_whitespace();
        let (Some(_), Some(kind), Some(size)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(Error::Git(format!(
                "git cat-file --batch: {}: {}",
                job.object,
                text.trim()
            )));
        };
        let size: u64 = size
            .parse()
            .map_err(|_| Error::Git(format!("git cat-file --batch: {}", text.trim())))?;
        let mut body = (&mut reader).take(size);
        if kind != "blob" || job.max.is_some_and(|max| size > max) {
            io::copy(&mut body, &mut io::sink())?;
        } else {
            if let Some(parent) = job.dest.parent() {
                fsutil::create_dir_all(parent, Access::Private)?;
            }
            let mut file = fsutil::open_new(&job.dest, Access::Private)?;
            io::copy(&mut body, &mut file)?;
        }
        if body.limit() != 0 {
            return Err(Error::Io(io::ErrorKind::UnexpectedEof.into()));
        }
        // Each object's content is followed by a line break.
        let mut newline = [0u8; 1];
        reader.read_exact(&mut newline)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------
// What a push would send (`lsk hook push`, the pre-push hook): every
// commit and annotated tag the remote does not have yet. This also covers
// commits made without the pre-commit hook: a conflict resolved during
// `git rebase --continue`, `git merge --continue` or `git cherry-pick`,
// `--no-verify`, another tool.

/// Where a push would leak an identity code.
#[derive(Debug, PartialEq, Eq)]
pub enum Leak {
    /// A file of a commit: (commit, path, 1-based line).
    File(String, String, usize),
    /// The name of a file or folder, or where a link points: (commit, path).
    Name(String, String),
    /// A commit's message.
    Message(String),
    /// A commit's author or committer (name or e-mail).
    Ident(String),
    /// An annotated tag's message or tagger: the tag's name.
    Tag(String),
}

/// Check what `git push` would send: `updates` is what git gives the
/// pre-push hook on its standard input (`<local ref> <local object>
/// <remote ref> <remote object>` a line), `remote` the remote's name (or
/// address). Commits the remote-tracking branches of `remote` or the
/// remote's old tip already hold are not read again; when lsk cannot tell,
/// it reads more, never less.
pub fn check_push(remote: &str, updates: &str) -> Result<Vec<Leak>, Error> {
    let zero = |o: &str| o.bytes().all(|b| b == b'0');
    let mut tips: Vec<String> = Vec::new();
    let mut known: Vec<String> = Vec::new();
    let mut tags: Vec<(String, String)> = Vec::new();
    for line in updates.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [local_ref, local, _remote_ref, remote_old] = parts[..] else {
            continue;
        };
        if zero(local) || !is_object_name(local) {
            continue;
        }
        tips.push(local.to_owned());
        if !zero(remote_old) && is_object_name(remote_old) && exists(remote_old) {
            known.push(remote_old.to_owned());
        }
        if let Some(name) = local_ref.strip_prefix("refs/tags/") {
            tags.push((name.to_owned(), local.to_owned()));
        }
    }
    let mut leaks = Vec::new();
    // Annotated tags: the tag objects themselves (a tag of a tag too).
    for (name, object) in &tags {
        let mut object = object.clone();
        for _ in 0..16 {
            let kind = git(&["cat-file", "-t", &object])?;
            if kind.trim_ascii() != b"tag" {
                break;
            }
            let raw = git(&["cat-file", "tag", &object])?;
            if !crate::hetu::file_lines(&raw).is_empty() {
                leaks.push(Leak::Tag(name.clone()));
                break;
            }
            let text = String::from_utf8_lossy(&raw);
            match text.lines().next().and_then(|l| l.strip_prefix("object ")) {
                Some(next) => object = next.trim().to_owned(),
                None => break,
            }
        }
    }
    if tips.is_empty() {
        return Ok(leaks);
    }
    let mut args: Vec<String> = vec!["rev-list".into()];
    args.extend(tips.iter().cloned());
    args.push("--not".into());
    args.extend(known);
    // Without a remote's name, nothing is taken as known: every commit
    // reachable from what is pushed is read.
    if !remote.is_empty() {
        args.push(format!("--remotes={remote}"));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let commits = String::from_utf8_lossy(&git(&args)?).into_owned();
    // Each blob once, named by the first commit and path that brings it.
    let mut blobs: Vec<(String, String, String)> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for commit in commits.lines().map(str::trim).filter(|c| !c.is_empty()) {
        let short = commit.get(..10).unwrap_or(commit).to_owned();
        let raw = git(&["cat-file", "commit", commit])?;
        let split = raw
            .windows(2)
            .position(|w| w == b"\n\n")
            .map_or(raw.len(), |i| i + 2);
        let (header, message) = raw.split_at(split);
        let header = String::from_utf8_lossy(header);
        if header
            .lines()
            .filter(|l| l.starts_with("author ") || l.starts_with("committer "))
            .any(|l| !crate::hetu::find(l).is_empty())
        {
            leaks.push(Leak::Ident(short.clone()));
        }
        if !crate::hetu::file_lines(message).is_empty() {
            leaks.push(Leak::Message(short.clone()));
        }
        // What the commit changes, against each parent (a merge's
        // resolution included), or everything for a first commit.
        let diff = git(&[
            "diff-tree",
            "-r",
            "-m",
            "--root",
            "--no-renames",
            "--no-commit-id",
            "--no-ext-diff",
            "-z",
            "--diff-filter=ACMRT",
            commit,
        ])?;
        let mut fields = diff.split(|b| *b == 0);
        while let Some(meta) = fields.next() {
            let Some(meta) = meta.strip_prefix(b":") else {
                continue;
            };
            let Some(path) = fields.next() else { break };
            let meta = String::from_utf8_lossy(meta);
            let parts: Vec<&str> = meta.split(' ').collect();
            let (Some(mode), Some(object)) = (parts.get(1), parts.get(3)) else {
                continue;
            };
            let path_shown = shown(path);
            if !crate::hetu::file_lines(path).is_empty() {
                leaks.push(Leak::Name(short.clone(), path_shown.clone()));
            }
            let mode = u32::from_str_radix(mode, 8).unwrap_or(0);
            let file = mode & 0o170000 == 0o100000;
            let link = mode & 0o170000 == 0o120000;
            if (file || link) && seen.insert((*object).to_owned()) {
                blobs.push(((*object).to_owned(), short.clone(), path_shown));
            }
        }
    }
    let objects: Vec<&str> = blobs.iter().map(|(o, _, _)| o.as_str()).collect();
    read_objects(&objects, MAX_SCANNED, |i, bytes| {
        let (_, commit, path) = &blobs[i];
        let lines = crate::hetu::file_lines(bytes);
        if let Some(line) = lines.first() {
            leaks.push(Leak::File(commit.clone(), path.clone(), *line));
        }
    })?;
    Ok(leaks)
}

/// Whether `s` looks like a git object name (hexadecimal).
fn is_object_name(s: &str) -> bool {
    s.len() >= 4 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether the object exists in this repository.
fn exists(object: &str) -> bool {
    Command::new("git")
        .args(["cat-file", "-e", object])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Read objects with one `git cat-file --batch`, each handed to `f` (by
/// its index in `objects`) as its content; objects larger than `max` are
/// skipped, as the pre-commit check skips such files.
fn read_objects(objects: &[&str], max: u64, mut f: impl FnMut(usize, &[u8])) -> Result<(), Error> {
    if objects.is_empty() {
        return Ok(());
    }
    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| Error::NoGit)?;
    let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(Error::Git("git cat-file --batch".into()));
    };
    let read = std::thread::scope(|scope| {
        let feeder = scope.spawn(move || -> io::Result<()> {
            let mut w = io::BufWriter::new(stdin);
            for object in objects {
                writeln!(w, "{object}")?;
            }
            w.flush()
        });
        let read = (|| -> Result<(), Error> {
            let mut reader = BufReader::new(stdout);
            let mut header = Vec::new();
            for (i, object) in objects.iter().enumerate() {
                header.clear();
                reader.read_until(b'\n', &mut header)?;
                let text = String::from_utf8_lossy(&header);
                let mut parts = text.split_whitespace();
                let (Some(_), Some(_kind), Some(size)) = (parts.next(), parts.next(), parts.next())
                else {
                    return Err(Error::Git(format!(
                        "git cat-file --batch: {object}: {}",
                        text.trim()
                    )));
                };
                let size: u64 = size
                    .parse()
                    .map_err(|_| Error::Git(format!("git cat-file --batch: {}", text.trim())))?;
                let mut body = (&mut reader).take(size);
                if size > max {
                    io::copy(&mut body, &mut io::sink())?;
                } else {
                    let mut bytes = Vec::with_capacity(size as usize);
                    body.read_to_end(&mut bytes)?;
                    f(i, &bytes);
                }
                if body.limit() != 0 {
                    return Err(Error::Io(io::ErrorKind::UnexpectedEof.into()));
                }
                let mut newline = [0u8; 1];
                reader.read_exact(&mut newline)?;
            }
            Ok(())
        })();
        let fed = feeder.join();
        read.and_then(|()| match fed {
            Ok(r) => r.map_err(Error::Io),
            Err(_) => Err(Error::Git("git cat-file --batch".into())),
        })
    });
    if read.is_err() {
        let _ = child.kill();
    }
    let status = child.wait()?;
    read?;
    if !status.success() {
        return Err(Error::Git(format!("git cat-file --batch: {status}")));
    }
    Ok(())
}

/// The part of a commit message file that git stores: everything (lines
/// starting with `#` too, which git keeps with `-m` or
/// `--cleanup=verbatim`), up to the scissors line under which `git commit
/// -v` shows the diff that git cuts off.
pub fn stored_message(bytes: &[u8]) -> &[u8] {
    const SCISSORS: &[u8] = b" ------------------------ >8 ------------------------";
    let mut at = 0;
    for line in bytes.split_inclusive(|b| *b == b'\n') {
        let trimmed = line.strip_suffix(b"\n").unwrap_or(line);
        let trimmed = trimmed.strip_suffix(b"\r").unwrap_or(trimmed);
        if trimmed.len() == SCISSORS.len() + 1 && trimmed.ends_with(SCISSORS) {
            return &bytes[..at];
        }
        at += line.len();
    }
    bytes
}

/// The author and committer of the commit being made, as git will record
/// them (`git var`: the environment, `--author` and the configuration).
pub fn idents() -> Vec<String> {
    ["GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"]
        .iter()
        .filter_map(|var| git(&["var", var]).ok())
        .map(|out| String::from_utf8_lossy(&out).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_index_listing() {
        let out = b"100644 aaaa 0\tlsk.yaml\x00100644 bbbb 0\tmeetings/2026-11-24-p\xc3\xa4iv\xc3\xa4koti/meeting.md\x00160000 cccc 0\tsub\x00";
        let index = parse_index(out);
        assert_eq!(index.len(), 3);
        assert_eq!(
            index[1].path,
            "meetings/2026-11-24-päiväkoti/meeting.md".as_bytes()
        );
        assert!(index[0].is_file() && !index[2].is_file());
        assert_eq!(index[2].mode, 0o160000, "a submodule");
    }

    #[test]
    fn the_nearest_case_owns_a_path() {
        let roots: Vec<&[u8]> = vec![b"", b"team/aino", b"team/aino/old"];
        assert_eq!(owner(b"notes.txt", &roots), Some(&b""[..]));
        assert_eq!(
            owner(b"team/aino/lsk.yaml", &roots),
            Some(&b"team/aino"[..])
        );
        assert_eq!(owner(b"team/ainola/x", &roots), Some(&b""[..]));
        assert_eq!(
            owner(b"team/aino/old/meetings/x/meeting.md", &roots),
            Some(&b"team/aino/old"[..])
        );
        assert_eq!(owner(b"x", &[&b"a"[..]]), None);
        assert_eq!(case_root_of(b"lsk.yaml"), Some(&b""[..]));
        assert_eq!(case_root_of(b"a/b/lsk.yaml"), Some(&b"a/b"[..]));
        assert_eq!(case_root_of(b"a/notlsk.yaml"), None);
    }

    #[test]
    fn paths_stay_inside_the_copy() {
        let base = Path::new("/copy");
        assert_eq!(
            local_path(base, b"a/b.md"),
            Some(PathBuf::from("/copy/a/b.md"))
        );
        assert_eq!(local_path(base, b"../x"), None);
        assert_eq!(local_path(base, b"a//x"), None);
        assert_eq!(local_path(base, b"/etc/passwd"), None);
        assert_eq!(local_path(base, b""), Some(PathBuf::from("/copy")));
    }

    #[test]
    fn conflict_markers() {
        let text =
            "---\nkind: daycare\n<<<<<<< HEAD\ngoal: a\n=======\ngoal: b\n>>>>>>> other\n---\n";
        assert_eq!(conflict_marker(text), Some(3));
        assert_eq!(conflict_marker("a\n>>>>>>> b\n"), Some(2));
        assert_eq!(conflict_marker("a\r\n<<<<<<<\r\n"), Some(2));
        // A Markdown heading underline and a deep quote are not conflicts.
        assert_eq!(conflict_marker("Notes\n=======\n"), None);
        assert_eq!(conflict_marker(">>>>>>>quoted\n<<<<<<<<\n"), None);
    }
}
