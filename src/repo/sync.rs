//! Sharing through the team's git server: get the colleagues' changes and
//! send the worker's (`lsk sync`, the browser's "share" button).
//!
//! The steps: fetch from the branch's upstream (else `origin`); integrate
//! (a fast-forward, or a merge); check what a push would send with the
//! pre-push guard (`hook::check_push_in`); push. A rejected push (a
//! colleague shared in between) starts again from the fetch, at most
//! [`ROUNDS`] times.
//!
//! Merging never leaves conflict markers in a file:
//! - meeting.md and lsk.yaml merge field by field with lsk's merge driver
//!   ([`merge_file`], registered in `.git/config` and `.git/info/attributes`
//!   by [`register_driver`], so git's own merges use it too), through the
//!   same three-way merge as the browser's conflict page (`case::merge`);
//!   the notes merge by line. A field changed on both sides keeps the
//!   worker's value and is recorded as a [`Choice`]; `lsk sync` then takes
//!   the merge back (`git merge --abort`: the worker's files stay as they
//!   were) and makes the merge commit only once she has chosen
//!   ([`choose`]), when the merge is made again with her choices.
//! - Any other file changed on both sides (a document, a PDF) is kept
//!   twice: the worker's version in its place, the colleague's beside it
//!   as "NAME (COLLEAGUE).EXT" ([`Report::kept_both`]); a file one side
//!   removed and the other changed is kept as changed. Nothing is lost.
//!
//! Without a network (the server cannot be reached) nothing changes on
//! disk: the worker's commits stay on her machine and are shared by the
//! next sync ([`Outcome::Offline`]).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::{GitError, Repo, run_in};
use crate::case::edit::{FormValue, form_values, set_fields, set_notes};
use crate::case::merge::{keeps_withholding, merge3};
use crate::hook::Leak;
use crate::i18n::sync::{SyncSay, say};
use crate::model::Lang;

/// How many times a push rejected because the server moved on is tried
/// again (fetch, integrate, push).
pub const ROUNDS: usize = 3;

/// The name lsk's merge driver has in `.git/config` (`merge.lsk.driver`).
pub const DRIVER: &str = "lsk";

/// The files lsk merges field by field.
pub const FIELD_FILES: [&str; 2] = ["meeting.md", "lsk.yaml"];

/// Where the worker's changes go and the colleagues' come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upstream {
    /// The remote's name (`origin`).
    pub remote: String,
    /// The local branch.
    pub branch: String,
    /// The branch on the server (`main`).
    pub server_branch: String,
    /// Whether the local branch names it as its upstream (else it is
    /// `origin`'s branch of the same name, set as upstream on the first
    /// push).
    pub configured: bool,
    /// lsk's merge driver as the configuration has it now.
    pub driver: Option<String>,
}

impl Upstream {
    /// The remote-tracking ref: what lsk last fetched from the server.
    pub fn tracking(&self) -> String {
        format!("refs/remotes/{}/{}", self.remote, self.server_branch)
    }
}

/// Why there is nowhere to share to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoUpstream {
    /// No remote is configured (a repository made with `git init`).
    NoRemote,
    /// Not on a branch (a detached HEAD: an old version checked out).
    Detached,
}

/// The branch's upstream, else `origin`'s branch of the same name.
pub fn upstream(repo: &Repo) -> Result<Upstream, NoUpstream> {
    let branch = repo
        .git(&["symbolic-ref", "--quiet", "--short", "HEAD"])
        .ok()
        .and_then(|o| String::from_utf8(o).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .ok_or(NoUpstream::Detached)?;
    let config = repo.git(&["config", "-z", "--list"]).unwrap_or_default();
    let mut remotes: Vec<String> = Vec::new();
    let (mut remote, mut merge, mut driver) = (None, None, None);
    for entry in config.split(|b| *b == 0) {
        let entry = String::from_utf8_lossy(entry);
        let (key, value) = entry.split_once('\n').unwrap_or((&entry, ""));
        if let Some(name) = key
            .strip_prefix("remote.")
            .and_then(|k| k.strip_suffix(".url"))
        {
            remotes.push(name.to_owned());
        } else if key.eq_ignore_ascii_case(&format!("branch.{branch}.remote")) {
            remote = Some(value.to_owned());
        } else if key.eq_ignore_ascii_case(&format!("branch.{branch}.merge")) {
            merge = value.strip_prefix("refs/heads/").map(str::to_owned);
        } else if key == "merge.lsk.driver" {
            driver = Some(value.to_owned());
        }
    }
    if let (Some(r), Some(m)) = (&remote, &merge)
        && remotes.contains(r)
    {
        return Ok(Upstream {
            remote: r.clone(),
            branch,
            server_branch: m.clone(),
            configured: true,
            driver,
        });
    }
    if remotes.iter().any(|r| r == "origin") {
        return Ok(Upstream {
            remote: "origin".into(),
            server_branch: branch.clone(),
            branch,
            configured: false,
            driver,
        });
    }
    Err(NoUpstream::NoRemote)
}

/// What there is to share and to get, as far as the last fetch knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    /// The worker's commits the server does not have.
    pub to_share: usize,
    /// The colleagues' commits the worker does not have.
    pub to_get: usize,
}

/// [`Counts`] from what is fetched already (no network): one git.
pub fn counts(repo: &Repo, up: &Upstream) -> Counts {
    let number = |out: Vec<u8>| -> Vec<usize> {
        String::from_utf8_lossy(&out)
            .split_whitespace()
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    let range = format!("HEAD...{}", up.tracking());
    if let Ok(out) = repo.git(&["rev-list", "--left-right", "--count", &range]) {
        let n = number(out);
        return Counts {
            to_share: n.first().copied().unwrap_or(0),
            to_get: n.get(1).copied().unwrap_or(0),
        };
    }
    // Nothing fetched yet (a new team repository): all of hers is to share.
    let to_share = repo
        .git(&["rev-list", "--count", "HEAD"])
        .ok()
        .and_then(|o| number(o).first().copied())
        .unwrap_or(0);
    Counts {
        to_share,
        to_get: 0,
    }
}

fn has_commit(repo: &Repo, rev: &str) -> bool {
    repo.git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{rev}^{{commit}}"),
    ])
    .is_ok()
}

/// How a sync ended.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// Everything is shared and got (also: there was nothing to do).
    Done,
    /// The repository has no remote: nowhere to share to.
    NoRemote,
    /// Not on a branch.
    Detached,
    /// The server could not be reached: nothing changed; the worker's
    /// changes are kept on her machine and shared on the next sync.
    Offline,
    /// The server refused the worker's credentials or access.
    NoAccess,
    /// Integrating needs a merge commit, and git does not know the worker.
    NoAuthor,
    /// Files changed on disk but not recorded (not committed) would be
    /// overwritten by the colleagues' versions: nothing was changed.
    Unsaved(Vec<String>),
    /// A field was changed on both sides: the worker chooses
    /// ([`Report::choices`]); nothing is merged before that.
    Choose,
    /// The pre-push guard refused what would be sent.
    Refused(Vec<Leak>),
    /// The guard refused the merge commit (the colleagues' files hold
    /// what must never be recorded): why, in words; nothing was merged.
    MergeRefused(Vec<String>),
    /// The server refused the push (a protected branch): what it said.
    ServerRefused(String),
    /// The team's server took other changes during each try: nothing was
    /// sent, nothing lost; try again in a moment.
    Busy,
    /// git failed otherwise: what it said.
    Failed(String),
}

/// What a sync did and found.
#[derive(Debug, PartialEq)]
pub struct Report {
    pub outcome: Outcome,
    /// The remote's name.
    pub remote: String,
    /// The colleagues' commits integrated.
    pub got: usize,
    /// The worker's commits sent.
    pub sent: usize,
    /// What is still to share and to get when the sync ended.
    pub left: Counts,
    /// Files changed on both sides that could not be merged by field:
    /// (the file, kept as the worker's; the colleague's version beside it).
    pub kept_both: Vec<(String, String)>,
    /// The fields changed on both sides, waiting for the worker's choice.
    pub choices: Vec<Choice>,
    /// Whether a merge commit was made.
    pub merged: bool,
}

/// What the worker chose for a field changed on both sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Her own value.
    Mine,
    /// The colleague's value.
    Theirs,
    /// A text she wrote now.
    Own(String),
}

/// A field changed on both sides: the value before, hers, the colleague's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// The file, as the repository names it (`aino/meetings/x/meeting.md`).
    pub path: String,
    /// The field's key, or `notes`.
    pub field: String,
    pub base: Json,
    pub mine: Json,
    pub theirs: Json,
    /// Who changed it on the server's side (git's author name).
    #[serde(default)]
    pub colleague: String,
    #[serde(default)]
    pub decided: Option<Decision>,
}

impl Choice {
    pub fn base_value(&self) -> FormValue {
        from_json(&self.base)
    }
    pub fn mine_value(&self) -> FormValue {
        from_json(&self.mine)
    }
    pub fn theirs_value(&self) -> FormValue {
        from_json(&self.theirs)
    }
    /// Whether "write my own" can be offered: a text (or empty) field,
    /// or the notes.
    pub fn writable(&self) -> bool {
        [self.mine_value(), self.theirs_value()]
            .iter()
            .all(|v| matches!(v, FormValue::Text(_) | FormValue::Empty))
    }
    /// The same field with the same values — as `.git/lsk/sync.json`
    /// keeps them: identity codes masked.
    fn same_conflict(&self, other: &Choice) -> bool {
        let same = |a: &Json, b: &Json| {
            a == b || crate::hetu::mask(&a.to_string()) == crate::hetu::mask(&b.to_string())
        };
        self.path == other.path
            && self.field == other.field
            && same(&self.base, &other.base)
            && same(&self.mine, &other.mine)
            && same(&self.theirs, &other.theirs)
    }
}

/// The merge waiting for the worker's choice (`.git/lsk/sync.json`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Pending {
    /// The server's commit the merge was tried with.
    pub theirs: String,
    pub choices: Vec<Choice>,
}

/// lsk's own folder in the repository's git folder.
pub fn lsk_dir(repo: &Repo) -> Option<PathBuf> {
    git_path(repo, "lsk")
}

/// A path in the repository's git folder: `.git/NAME` when `.git` is a
/// folder (no git to ask), else as git names it (a linked work tree).
fn git_path(repo: &Repo, name: &str) -> Option<PathBuf> {
    let dot = repo.root.join(".git");
    if dot.is_dir() {
        return Some(dot.join(name));
    }
    let out = repo.git(&["rev-parse", "--git-path", name]).ok()?;
    let text = String::from_utf8(out).ok()?;
    let p = PathBuf::from(text.trim_end_matches(['\n', '\r']));
    Some(if p.is_absolute() {
        p
    } else {
        repo.root.join(p)
    })
}

fn pending_path(repo: &Repo) -> Option<PathBuf> {
    lsk_dir(repo).map(|d| d.join("sync.json"))
}

fn found_path(dir: &Path) -> PathBuf {
    dir.join("found.jsonl")
}

/// The merge waiting for a choice, if any.
pub fn pending(repo: &Repo) -> Option<Pending> {
    pending_in(&lsk_dir(repo)?)
}

/// [`pending`], from lsk's folder ([`lsk_dir`]) known already.
pub fn pending_in(dir: &Path) -> Option<Pending> {
    let text = std::fs::read_to_string(dir.join("sync.json")).ok()?;
    serde_json::from_str(&text).ok()
}

fn write_pending(repo: &Repo, p: &Pending) -> Result<(), String> {
    let path = pending_path(repo).ok_or("git folder")?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    let text = serde_json::to_string_pretty(p).map_err(|e| e.to_string())?;
    // No identity code in a file lsk writes: a colleague's git name, the
    // values and her own text are kept masked.
    let text = crate::hetu::mask(&text);
    crate::fsutil::replace(&path, text.as_bytes(), crate::model::Access::Private)
        .map_err(|e| e.to_string())
}

fn clear_pending(repo: &Repo) {
    if let Some(p) = pending_path(repo) {
        let _ = std::fs::remove_file(p);
    }
}

/// Record the worker's choices for the waiting merge (matched to its
/// fields by path and field); the next [`sync`] merges with them.
/// `Err` when nothing is waiting.
pub fn choose(repo: &Repo, decisions: &[(String, String, Decision)]) -> Result<(), String> {
    let mut p = pending(repo).ok_or("nothing waits for a choice")?;
    for c in &mut p.choices {
        if let Some((_, _, d)) = decisions
            .iter()
            .find(|(path, field, _)| *path == c.path && *field == c.field)
        {
            c.decided = Some(d.clone());
        }
    }
    write_pending(repo, &p)
}

/// Register lsk's merge driver for meeting.md and lsk.yaml in this
/// repository (its `.git/config` and `.git/info/attributes`, never a
/// committed file): `lsk` is the program that runs it. Written only when
/// it differs.
pub fn register_driver(repo: &Repo, up: &Upstream, lsk: &Path) -> Result<(), GitError> {
    let command = format!(
        "{} merge-driver %O %A %B %P",
        shell_quote(&lsk.to_string_lossy())
    );
    if up.driver.as_deref() != Some(command.as_str()) {
        repo.git(&[
            "config",
            "merge.lsk.name",
            "lsk: meeting.md and lsk.yaml by field",
        ])?;
        repo.git(&["config", "merge.lsk.driver", &command])?;
    }
    let path = git_path(repo, "info/attributes").ok_or_else(|| GitError::Failed {
        args: "rev-parse --git-path info/attributes".into(),
        stderr: String::new(),
    })?;
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let mut text = old.clone();
    for file in FIELD_FILES {
        let line = format!("{file} merge={DRIVER}");
        if !old.lines().any(|l| l.trim() == line) {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&line);
            text.push('\n');
        }
    }
    if text != old {
        let failed = |e: std::io::Error| GitError::Failed {
            args: "info/attributes".into(),
            stderr: e.to_string(),
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(failed)?;
        }
        crate::fsutil::replace(&path, text.as_bytes(), crate::model::Access::Private)
            .map_err(failed)?;
    }
    Ok(())
}

/// git runs drivers through a shell: the program's path quoted for it.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// How a sync runs.
pub struct Options {
    /// The lsk program git runs as the merge driver.
    pub lsk: PathBuf,
    /// The merge commit's message (the case's language).
    pub merge_message: String,
    /// The language of the guard's words.
    pub lang: Lang,
}

/// Get the team's changes and send the worker's.
pub fn sync(repo: &Repo, opts: &Options) -> Report {
    let mut report = Report {
        outcome: Outcome::Done,
        remote: String::new(),
        got: 0,
        sent: 0,
        left: Counts::default(),
        kept_both: Vec::new(),
        choices: Vec::new(),
        merged: false,
    };
    let up = match upstream(repo) {
        Ok(up) => up,
        Err(NoUpstream::NoRemote) => {
            report.outcome = Outcome::NoRemote;
            return report;
        }
        Err(NoUpstream::Detached) => {
            report.outcome = Outcome::Detached;
            return report;
        }
    };
    report.remote = up.remote.clone();
    // Without the driver git's plain merge still runs, and the rule for
    // other files keeps both versions: never markers.
    let _ = register_driver(repo, &up, &opts.lsk);
    let mut left = None;
    // Every round ended with the server having moved on again: nothing
    // was sent, and the sync is not done (said as a failure to retry).
    report.outcome = Outcome::Busy;
    for _ in 0..ROUNDS {
        if let Err(o) = fetch(repo, &up) {
            report.outcome = o;
            break;
        }
        let c = match integrate(repo, &up, opts, &mut report) {
            Ok(c) => c,
            Err(o) => {
                report.outcome = o;
                break;
            }
        };
        match send(repo, &up, c, &mut report) {
            Ok(true) => {
                report.outcome = Outcome::Done;
                // What was sent is on the server; nothing was left to get.
                left = Some(if c.to_share == 0 {
                    c
                } else {
                    Counts::default()
                });
                break;
            }
            // The server moved on meanwhile: get its changes first.
            Ok(false) => continue,
            Err(o) => {
                report.outcome = o;
                break;
            }
        }
    }
    report.left = left.unwrap_or_else(|| counts(repo, &up));
    report
}

/// git with the network: never a password prompt (the OS's credential
/// manager answers, or the sync fails in words), and a stalled
/// connection given up.
/// A network git's standard output and standard error.
type Said = (Vec<u8>, Vec<u8>);

fn net(repo: &Repo, args: &[&str]) -> Result<Said, Said> {
    let out = Command::new("git")
        .args(crate::hook::HARDENED)
        .env(crate::hook::LITERAL.0, crate::hook::LITERAL.1)
        .args([
            "-c",
            "core.quotepath=off",
            "-c",
            "http.lowSpeedLimit=1",
            "-c",
            "http.lowSpeedTime=30",
        ])
        .args(args)
        .current_dir(&repo.root)
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => Ok((o.stdout, o.stderr)),
        Ok(o) => Err((o.stdout, o.stderr)),
        Err(e) => Err((Vec::new(), e.to_string().into_bytes())),
    }
}

/// What a failed fetch or push says about the server: offline, no access,
/// or something else (git's words).
fn classify(stderr: &[u8]) -> Outcome {
    let text = String::from_utf8_lossy(stderr).to_lowercase();
    const OFFLINE: [&str; 12] = [
        "could not resolve",
        "unable to access",
        "could not read from remote repository",
        "does not appear to be a git repository",
        "connection refused",
        "timed out",
        "network is unreachable",
        "no route to host",
        "failed to connect",
        "unable to connect",
        "connection reset",
        "operation too slow",
    ];
    const ACCESS: [&str; 6] = [
        "authentication failed",
        "permission denied",
        "403",
        "401",
        "access denied",
        "terminal prompts disabled",
    ];
    if ACCESS.iter().any(|w| text.contains(w)) {
        Outcome::NoAccess
    } else if OFFLINE.iter().any(|w| text.contains(w)) {
        Outcome::Offline
    } else {
        Outcome::Failed(String::from_utf8_lossy(stderr).trim().to_owned())
    }
}

/// Fetch the server's branch (the browser's background look; a sync's first step).
pub fn fetch(repo: &Repo, up: &Upstream) -> Result<(), Outcome> {
    let refspec = format!(
        "+refs/heads/{0}:refs/remotes/{1}/{0}",
        up.server_branch, up.remote
    );
    // No FETCH_HEAD and no check for forced updates (a walk of the
    // history on a large repository): lsk reads only the tracking ref.
    let args = [
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        "--no-show-forced-updates",
        "--",
        &up.remote,
        &refspec,
    ];
    // Another git updating the same refs (a browser's background look, a
    // second sync) holds their lock for a moment: wait and try again.
    let mut tries = 0;
    let mut said = net(repo, &args);
    while let Err((_, stderr)) = &said
        && tries < 10
        && String::from_utf8_lossy(stderr).contains(".lock")
    {
        tries += 1;
        std::thread::sleep(std::time::Duration::from_millis(200));
        said = net(repo, &args);
    }
    match said {
        Ok(_) => Ok(()),
        Err((_, stderr)) => {
            let text = String::from_utf8_lossy(&stderr);
            // An empty server (a new team repository): nothing to get.
            if text.contains("couldn't find remote ref") {
                // Nor is a tip fetched earlier there any more.
                let _ = repo.git(&["update-ref", "-d", &up.tracking()]);
                return Ok(());
            }
            Err(classify(&stderr))
        }
    }
}

/// Bring the server's commits in: a fast-forward, or a merge.
fn integrate(
    repo: &Repo,
    up: &Upstream,
    opts: &Options,
    report: &mut Report,
) -> Result<Counts, Outcome> {
    let tracking = up.tracking();
    // Nothing fetched yet counts as nothing to get.
    let c = counts(repo, up);
    if c.to_get == 0 || c.to_share == 0 {
        // Nothing to merge: a choice left from an earlier try is moot.
        clear_pending(repo);
    }
    if c.to_get == 0 {
        return Ok(c);
    }
    if c.to_share == 0 || !has_commit(repo, "HEAD") {
        return match repo.git(&["merge", "--ff-only", "--quiet", &tracking]) {
            Ok(_) => {
                report.got += c.to_get;
                Ok(Counts::default())
            }
            Err(e) => Err(unsaved_or_failed(e)),
        };
    }
    if repo.author().is_none() {
        return Err(Outcome::NoAuthor);
    }
    let dir = lsk_dir(repo).ok_or_else(|| Outcome::Failed("git folder".into()))?;
    std::fs::create_dir_all(&dir).map_err(|e| Outcome::Failed(e.to_string()))?;
    let _ = std::fs::remove_file(found_path(&dir));
    let merge = repo.git(&["merge", "--no-ff", "--no-commit", "--quiet", &tracking]);
    let merging = repo
        .git(&["rev-parse", "--verify", "--quiet", "MERGE_HEAD"])
        .is_ok();
    if let Err(e) = merge
        && !merging
    {
        return Err(unsaved_or_failed(e));
    }
    if !merging {
        return Ok(counts(repo, up));
    }
    let outcome = finish_merge(repo, &dir, &tracking, opts, report);
    if outcome.is_err() {
        let _ = repo.git(&["merge", "--abort"]);
    } else {
        report.got += c.to_get;
    }
    outcome.map(|()| counts(repo, up))
}

/// The merge is in the work tree: keep both versions of what did not
/// merge, and commit — unless a field waits for the worker's choice.
fn finish_merge(
    repo: &Repo,
    dir: &Path,
    tracking: &str,
    opts: &Options,
    report: &mut Report,
) -> Result<(), Outcome> {
    let failed = |e: GitError| Outcome::Failed(e.to_string());
    let unmerged = repo
        .git(&["diff", "--name-only", "--diff-filter=U", "-z"])
        .map_err(failed)?;
    let mut paths: Vec<String> = unmerged
        .split(|b| *b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    paths.dedup();
    for path in &paths {
        if let Some(beside) = keep_both(repo, path, tracking).map_err(failed)? {
            report.kept_both.push((path.clone(), beside));
        }
    }
    let found: Vec<Choice> = std::fs::read_to_string(found_path(dir))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    if !found.is_empty() {
        let theirs = repo
            .git(&["rev-parse", tracking])
            .map(|o| String::from_utf8_lossy(&o).trim().to_owned())
            .unwrap_or_default();
        let mut choices = found;
        for c in &mut choices {
            c.colleague = colleague(repo, tracking, &c.path);
        }
        write_pending(
            repo,
            &Pending {
                theirs,
                choices: choices.clone(),
            },
        )
        .map_err(Outcome::Failed)?;
        report.choices = choices;
        report.kept_both.clear();
        return Err(Outcome::Choose);
    }
    // git staged what it and the driver merged, and `keep_both` what it
    // wrote; nothing else of the work tree (the worker's own unrecorded
    // edits) goes in. The merge commit records the index, with the worker
    // as author, through the one commit function.
    let theirs = repo
        .git(&["rev-parse", "MERGE_HEAD"])
        .map(|o| String::from_utf8_lossy(&o).trim().to_owned())
        .map_err(failed)?;
    match super::commit::record_merge(repo, &theirs, &opts.merge_message, opts.lang) {
        super::commit::Outcome::Committed { .. } => {}
        super::commit::Outcome::NoAuthor => return Err(Outcome::NoAuthor),
        super::commit::Outcome::Refused(why) => return Err(Outcome::MergeRefused(why)),
        other => return Err(Outcome::Failed(format!("{other:?}"))),
    }
    clear_pending(repo);
    report.merged = true;
    Ok(())
}

/// Who last changed `path` on the server's side.
fn colleague(repo: &Repo, tracking: &str, path: &str) -> String {
    let range = format!("HEAD..{tracking}");
    repo.git(&["log", "-1", "--format=%an", &range, "--", path])
        .map(|o| String::from_utf8_lossy(&o).trim().to_owned())
        .unwrap_or_default()
}

/// A file git could not merge: the worker's version in its place and the
/// colleague's beside it (a file one side removed: the changed one). The
/// name of the colleague's copy, if one was written.
fn keep_both(repo: &Repo, path: &str, tracking: &str) -> Result<Option<String>, GitError> {
    let stages = repo.git(&["ls-files", "-u", "-z", "--", path])?;
    let (mut ours, mut theirs) = (None, None);
    for record in stages.split(|b| *b == 0).filter(|r| !r.is_empty()) {
        let record = String::from_utf8_lossy(record);
        let Some((meta, _)) = record.split_once('\t') else {
            continue;
        };
        let parts: Vec<&str> = meta.split(' ').collect();
        match parts.as_slice() {
            [_, object, "2"] => ours = Some((*object).to_owned()),
            [_, object, "3"] => theirs = Some((*object).to_owned()),
            _ => {}
        }
    }
    let blob = |o: &str| repo.git(&["cat-file", "blob", o]);
    let full = repo.root.join(path);
    let write = |to: &Path, bytes: &[u8]| {
        crate::fsutil::replace(to, bytes, crate::model::Access::Private).map_err(|e| {
            GitError::Failed {
                args: "write".into(),
                stderr: e.to_string(),
            }
        })
    };
    let mut beside = None;
    match (ours, theirs) {
        (Some(o), Some(t)) => {
            write(&full, &blob(&o)?)?;
            let who = colleague(repo, tracking, path);
            let name = beside_name(&full, &who);
            write(&name, &blob(&t)?)?;
            let rel = repo.relative(&name).unwrap_or_default();
            repo.git(&["add", "--", &rel])?;
            beside = Some(rel);
        }
        (Some(o), None) => write(&full, &blob(&o)?)?,
        (None, Some(t)) => write(&full, &blob(&t)?)?,
        (None, None) => {}
    }
    repo.git(&["add", "--", path])?;
    Ok(beside)
}

/// "memo (Maija Virtanen).pdf" beside `file`, not yet taken.
fn beside_name(file: &Path, who: &str) -> PathBuf {
    let clean: String = who
        .chars()
        .filter(|c| !c.is_control() && !"/\\:*?\"<>|".contains(*c))
        .collect();
    let who = crate::hetu::mask(clean.trim()).into_owned();
    let who = if who.is_empty() { "2".to_owned() } else { who };
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = file
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let dir = file.parent().unwrap_or(Path::new("."));
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!(" {n}")
        };
        let candidate = dir.join(format!("{stem} ({who}{suffix}){ext}"));
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

fn unsaved_or_failed(e: GitError) -> Outcome {
    match &e {
        GitError::Failed { stderr, .. } if stderr.contains("would be overwritten") => {
            let paths = stderr
                .lines()
                .filter(|l| l.starts_with('\t'))
                .map(|l| l.trim().to_owned())
                .collect();
            Outcome::Unsaved(paths)
        }
        _ => Outcome::Failed(e.to_string()),
    }
}

/// Check what a push would send, and push. `Ok(false)`: the server moved
/// on meanwhile (get its changes and try again).
fn send(repo: &Repo, up: &Upstream, c: Counts, report: &mut Report) -> Result<bool, Outcome> {
    if c.to_share == 0 {
        return Ok(true);
    }
    let head = repo
        .git(&["rev-parse", "HEAD"])
        .map(|o| String::from_utf8_lossy(&o).trim().to_owned())
        .map_err(|e| Outcome::Failed(e.to_string()))?;
    let tracking = up.tracking();
    let old = if has_commit(repo, &tracking) {
        repo.git(&["rev-parse", &tracking])
            .map(|o| String::from_utf8_lossy(&o).trim().to_owned())
            .unwrap_or_else(|_| "0".repeat(40))
    } else {
        "0".repeat(40)
    };
    let updates = format!(
        "refs/heads/{} {head} refs/heads/{} {old}\n",
        up.branch, up.server_branch
    );
    let at = crate::hook::At {
        dir: Some(repo.root.clone()),
        index: None,
    };
    // Known on the server: only the tip just fetched for this branch (no
    // other remote-tracking ref, which may be stale), and the push below
    // holds the server to it.
    let leaks = crate::hook::check_push_at(&at, "", &updates)
        .map_err(|e| Outcome::Failed(format!("{e:?}")))?;
    if !leaks.is_empty() {
        return Err(Outcome::Refused(leaks));
    }
    // Exactly what was checked: that commit, to that branch, and only if
    // the server still holds the tip taken as known (else get its changes
    // and check again); never tags (push.followTags) or submodules
    // (push.recurseSubmodules) the configuration would add.
    let server_ref = format!("refs/heads/{}", up.server_branch);
    let target = format!("{head}:{server_ref}");
    let expect = if old.bytes().all(|b| b == b'0') {
        String::new()
    } else {
        old.clone()
    };
    let lease = format!("--force-with-lease={server_ref}:{expect}");
    let args = [
        "-c",
        "push.followTags=false",
        "-c",
        "push.recurseSubmodules=no",
        "push",
        "--quiet",
        "--porcelain",
        "--no-follow-tags",
        "--no-recurse-submodules",
        &lease,
        "--",
        &up.remote,
        &target,
    ];
    match net(repo, &args) {
        Ok(_) => {
            if !up.configured {
                // What `--set-upstream` did for `HEAD:`: later syncs use
                // this branch of this remote.
                let key = |k: &str| format!("branch.{}.{k}", up.branch);
                let _ = repo.git(&["config", &key("remote"), &up.remote]);
                let _ = repo.git(&["config", &key("merge"), &server_ref]);
            }
            report.sent += c.to_share;
            // The remote-tracking ref follows what was sent (a push with
            // `--porcelain` updates it; said again for old gits).
            let _ = repo.git(&["update-ref", &tracking, &head]);
            Ok(true)
        }
        Err((stdout, stderr)) => {
            let out = String::from_utf8_lossy(&stdout);
            if out.contains("[rejected]")
                && (out.contains("fetch first")
                    || out.contains("non-fast-forward")
                    || out.contains("stale info"))
            {
                return Ok(false);
            }
            if let Some(line) = out.lines().find(|l| l.contains("[remote rejected]")) {
                return Err(Outcome::ServerRefused(line.trim().to_owned()));
            }
            Err(classify(&stderr))
        }
    }
}

// ---- in words ----

/// A field named for a person: its label, or "notes".
pub fn field_name(lang: Lang, key: &str) -> String {
    if key == "notes" {
        return crate::i18n::serve::word(lang, "notes").to_owned();
    }
    crate::i18n::fields::field_label(lang, key).map_or_else(|| key.to_owned(), str::to_owned)
}

/// The sync's outcome in words (the command line and the page say the same), with every file kept twice and every
/// field waiting for a choice.
pub fn said(lang: Lang, r: &Report) -> String {
    let mut out = match &r.outcome {
        Outcome::Done => say(lang, SyncSay::Done(r.sent, r.got)),
        Outcome::Offline => say(lang, SyncSay::Offline),
        Outcome::NoRemote => say(lang, SyncSay::NoRemote),
        Outcome::Detached => say(lang, SyncSay::Detached),
        Outcome::NoAccess => say(lang, SyncSay::NoAccess),
        Outcome::NoAuthor => say(lang, SyncSay::NoAuthor),
        Outcome::Unsaved(paths) => say(lang, SyncSay::Unsaved(paths)),
        Outcome::Choose => say(lang, SyncSay::Choose(r.choices.len())),
        Outcome::Refused(leaks) => say(lang, SyncSay::Refused(leaks.len())),
        Outcome::ServerRefused(why) => say(lang, SyncSay::ServerRefused(why)),
        Outcome::Busy => say(lang, SyncSay::Busy),
        Outcome::Failed(why) => say(lang, SyncSay::Failed(why)),
        Outcome::MergeRefused(why) => say(lang, SyncSay::Failed(&why.join("; "))),
    };
    for (file, beside) in &r.kept_both {
        out.push('\n');
        out.push_str(&say(lang, SyncSay::KeptBoth(file, beside)));
    }
    if matches!(r.outcome, Outcome::Choose) {
        for c in &r.choices {
            let show = |v: &serde_json::Value| plain(&from_json(v));
            out.push_str(&format!(
                "\n  {} — {}: «{}» / {}: «{}»",
                meeting_of(&c.path),
                field_name(lang, &c.field),
                show(&c.mine),
                colleague_word(lang, &c.colleague),
                show(&c.theirs),
            ));
            let kept = kept_from_words(lang, c);
            if !kept.is_empty() {
                out.push_str("\n    ");
                out.push_str(&say(lang, SyncSay::KeptWhichever(&kept)));
            }
        }
        out.push('\n');
        out.push_str(&say(lang, SyncSay::ChooseHow));
    }
    out
}

fn colleague_word(lang: Lang, who: &str) -> String {
    let word = match lang {
        Lang::Fi => "kollega",
        Lang::Sv => "kollegan",
        Lang::En => "colleague",
    };
    if who.is_empty() {
        word.into()
    } else {
        format!("{word} {who}")
    }
}

/// Whom a field changed on both sides is kept from on either side, in
/// words ("päiväkoti, koulu"); empty when from no one.
pub fn kept_from_words(lang: Lang, c: &Choice) -> String {
    let mut names = withheld_from(&c.mine_value());
    for n in withheld_from(&c.theirs_value()) {
        if !names
            .iter()
            .any(|o| crate::text::key(o) == crate::text::key(&n))
        {
            names.push(n);
        }
    }
    let words = crate::i18n::words(lang);
    names
        .iter()
        .map(|n| words.recipients.of(n).unwrap_or(n.as_str()).to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The meeting's folder of a meeting.md's path, or the file.
fn meeting_of(path: &str) -> &str {
    path.strip_suffix("/meeting.md")
        .map_or(path, |p| p.rsplit('/').next().unwrap_or(p))
}

/// A value on one line.
fn plain(v: &crate::case::edit::FormValue) -> String {
    use crate::case::edit::FormValue as V;
    match v {
        V::Empty => String::new(),
        V::Text(t) => t.replace('\n', " "),
        V::List(items) => items.iter().map(plain).collect::<Vec<_>>().join("; "),
        // Whom it is kept from is said in words apart, never as the text.
        V::Record(e) => e
            .iter()
            .filter(|(k, _)| k != "not_for")
            .map(|(_, v)| plain(v))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

// ---- the merge driver ----------------------------------------------------

/// Why the driver could not merge a file by field (git then keeps both
/// versions through [`sync`]'s rule for other files).
#[derive(Debug)]
pub struct Unmergeable;

/// lsk's merge driver (`lsk merge-driver %O %A %B %P`): merge the three
/// versions of meeting.md or lsk.yaml by field, writing the result over
/// `mine` (git's `%A`). A field changed on both sides takes the worker's
/// recorded choice, if she made one for exactly these values; otherwise
/// it keeps hers and is recorded (`.git/lsk/found.jsonl`) for her to
/// choose. `Err`: a version cannot be read; `mine` is left as it was.
pub fn merge_file(base: &Path, mine: &Path, theirs: &Path, path: &str) -> Result<(), Unmergeable> {
    let read = |p: &Path| {
        std::fs::read(p)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
    };
    let (Some(m), Some(t)) = (read(mine), read(theirs)) else {
        return Err(Unmergeable);
    };
    let b = read(base).unwrap_or_default();
    let repo = Repo::find(Path::new("."));
    let dir = repo.as_ref().and_then(lsk_dir);
    let decided: Vec<Choice> = repo
        .as_ref()
        .and_then(pending)
        .map(|p| p.choices)
        .unwrap_or_default();
    let lookup = |c: &Choice| {
        decided
            .iter()
            .find(|d| d.same_conflict(c))
            .and_then(|d| d.decided.clone())
    };
    let (merged, found) = merge_texts(&b, &m, &t, path, &lookup)?;
    if !found.is_empty() {
        let dir = dir.ok_or(Unmergeable)?;
        std::fs::create_dir_all(&dir).map_err(|_| Unmergeable)?;
        let mut lines = std::fs::read_to_string(found_path(&dir)).unwrap_or_default();
        for c in &found {
            lines.push_str(&serde_json::to_string(c).map_err(|_| Unmergeable)?);
            lines.push('\n');
        }
        crate::fsutil::replace(
            &found_path(&dir),
            lines.as_bytes(),
            crate::model::Access::Private,
        )
        .map_err(|_| Unmergeable)?;
    }
    if merged != m {
        crate::fsutil::replace(mine, merged.as_bytes(), crate::model::Access::Private)
            .map_err(|_| Unmergeable)?;
    }
    Ok(())
}

/// A YAML file (lsk.yaml) read as a meeting's frontmatter and back.
fn wrap(text: &str) -> String {
    let nl = if text.ends_with('\n') || text.is_empty() {
        ""
    } else {
        "\n"
    };
    format!("---\n{text}{nl}---\n")
}

fn unwrap(text: &str, original: &str) -> Option<String> {
    let body = text.strip_prefix("---\n")?.strip_suffix("---\n")?;
    if !original.ends_with('\n') && !original.is_empty() {
        return body.strip_suffix('\n').map(str::to_owned);
    }
    Some(body.to_owned())
}

/// Merge three versions of a meeting.md (or lsk.yaml, by its file name in
/// `path`) by field; the result and the fields left for the worker.
pub fn merge_texts(
    base: &str,
    mine: &str,
    theirs: &str,
    path: &str,
    decided: &dyn Fn(&Choice) -> Option<Decision>,
) -> Result<(String, Vec<Choice>), Unmergeable> {
    let yaml = path.rsplit('/').next() == Some("lsk.yaml");
    if yaml {
        if [base, mine, theirs]
            .iter()
            .any(|t| t.starts_with('\u{feff}'))
        {
            return Err(Unmergeable);
        }
        let (out, found) = merge_texts(
            &wrap(base),
            &wrap(mine),
            &wrap(theirs),
            "meeting.md",
            decided,
        )?;
        let mut found = found;
        for c in &mut found {
            c.path = path.to_owned();
        }
        return Ok((unwrap(&out, mine).ok_or(Unmergeable)?, found));
    }
    let fb = form_values(base).unwrap_or_default();
    let fm = form_values(mine).map_err(|_| Unmergeable)?;
    let ft = form_values(theirs).map_err(|_| Unmergeable)?;
    let get = |set: &[(String, FormValue)], k: &str| {
        set.iter()
            .find(|(x, _)| x == k)
            .map_or(FormValue::Empty, |(_, v)| v.clone())
    };
    let mut keys: Vec<String> = fm.iter().map(|(k, _)| k.clone()).collect();
    for (k, _) in ft.iter().chain(fb.iter()) {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    let mut found = Vec::new();
    let mut set: Vec<(String, FormValue)> = Vec::new();
    for key in &keys {
        let (b, m, t) = (get(&fb, key), get(&fm, key), get(&ft, key));
        let (mut value, mut clash) = merge3(&b, &m, &t);
        // A `not_for` the colleague added is never dropped unasked.
        if !clash && !keeps_withholding(&b, &t, &value) {
            clash = true;
            value = m.clone();
        }
        if clash {
            let choice = Choice {
                path: path.to_owned(),
                field: key.clone(),
                base: to_json(&b),
                mine: to_json(&m),
                theirs: to_json(&t),
                colleague: String::new(),
                decided: None,
            };
            // Whichever is chosen, what either side keeps from a
            // recipient stays kept from them (fail closed).
            match decided(&choice) {
                Some(Decision::Mine) => value = carry_withholdings(m.clone(), &m, &t),
                Some(Decision::Theirs) => value = carry_withholdings(t.clone(), &m, &t),
                Some(Decision::Own(text)) if choice.writable() => {
                    value = carry_withholdings(FormValue::Text(text), &m, &t);
                }
                _ => {
                    value = m.clone();
                    found.push(choice);
                }
            }
        }
        if !crate::case::edit::same(&value, &m) {
            set.push((key.clone(), value));
        }
    }
    let fields: Vec<(&str, FormValue)> = set.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let mut out = if fields.is_empty() {
        mine.to_owned()
    } else {
        set_fields(mine, &fields).map_err(|_| Unmergeable)?
    };
    // The notes: by line (git's own three-way merge of a text); lines
    // changed on both sides are the worker's choice.
    let (nb, nm, nt) = (notes(base), notes(mine), notes(theirs));
    let merged_notes = if nm == nb || nt == nm {
        nt.clone()
    } else if nt == nb {
        nm.clone()
    } else {
        match merge_lines(&nb, &nm, &nt) {
            Some(text) => text,
            None => {
                let choice = Choice {
                    path: path.to_owned(),
                    field: "notes".into(),
                    base: Json::String(nb.clone()),
                    mine: Json::String(nm.clone()),
                    theirs: Json::String(nt.clone()),
                    colleague: String::new(),
                    decided: None,
                };
                match decided(&choice) {
                    Some(Decision::Mine) => nm.clone(),
                    Some(Decision::Theirs) => nt.clone(),
                    Some(Decision::Own(text)) => text,
                    None => {
                        found.push(choice);
                        nm.clone()
                    }
                }
            }
        }
    };
    if merged_notes != nm {
        out = set_notes(&out, &merged_notes).map_err(|_| Unmergeable)?;
    }
    Ok((out, found))
}

/// Every recipient a value keeps something from (each `not_for`, at any
/// depth), once each, as the file names them.
pub fn withheld_from(v: &FormValue) -> Vec<String> {
    fn walk(v: &FormValue, out: &mut Vec<String>) {
        match v {
            FormValue::Record(entries) => {
                for (k, part) in entries {
                    if k == "not_for" {
                        match part {
                            FormValue::Text(n) => push(out, n),
                            FormValue::List(items) => {
                                for i in items {
                                    if let FormValue::Text(n) = i {
                                        push(out, n);
                                    }
                                }
                            }
                            _ => {}
                        }
                    } else {
                        walk(part, out);
                    }
                }
            }
            FormValue::List(items) => items.iter().for_each(|i| walk(i, out)),
            FormValue::Text(_) | FormValue::Empty => {}
        }
    }
    fn push(out: &mut Vec<String>, n: &str) {
        let n = n.trim();
        if !n.is_empty()
            && !out
                .iter()
                .any(|o| crate::text::key(o) == crate::text::key(n))
        {
            out.push(n.to_owned());
        }
    }
    let mut out = Vec::new();
    walk(v, &mut out);
    out
}

/// The value a choice writes, keeping from each recipient what either side
/// keeps from them: a list whose rows line up on all sides row by row,
/// otherwise the whole value (more is withheld rather than less).
fn carry_withholdings(value: FormValue, mine: &FormValue, theirs: &FormValue) -> FormValue {
    let union = |a: &FormValue, b: &FormValue| {
        let mut names = withheld_from(a);
        for n in withheld_from(b) {
            if !names
                .iter()
                .any(|o| crate::text::key(o) == crate::text::key(&n))
            {
                names.push(n);
            }
        }
        names
    };
    match (value, mine, theirs) {
        (FormValue::List(rows), FormValue::List(m), FormValue::List(t))
            if rows.len() == m.len() && m.len() == t.len() =>
        {
            FormValue::List(
                rows.into_iter()
                    .enumerate()
                    .map(|(i, row)| add_not_for(row, &union(&m[i], &t[i])))
                    .collect(),
            )
        }
        (value, m, t) => add_not_for(value, &union(m, t)),
    }
}

/// `value` kept from `names` too (a text becomes `{text, not_for}`; a
/// list's every row; a record's own `not_for` joined).
fn add_not_for(value: FormValue, names: &[String]) -> FormValue {
    if names.is_empty() {
        return value;
    }
    let list = |names: &[String]| {
        FormValue::List(names.iter().map(|n| FormValue::Text(n.clone())).collect())
    };
    match value {
        FormValue::Empty => FormValue::Empty,
        FormValue::Text(t) => FormValue::Record(vec![
            ("text".into(), FormValue::Text(t)),
            ("not_for".into(), list(names)),
        ]),
        FormValue::List(rows) => {
            FormValue::List(rows.into_iter().map(|r| add_not_for(r, names)).collect())
        }
        FormValue::Record(mut entries) => {
            let mut have: Vec<String> = Vec::new();
            if let Some((_, v)) = entries.iter().find(|(k, _)| k == "not_for") {
                let own = FormValue::Record(vec![("not_for".into(), v.clone())]);
                have = withheld_from(&own);
            }
            for n in names {
                if !have
                    .iter()
                    .any(|o| crate::text::key(o) == crate::text::key(n))
                {
                    have.push(n.clone());
                }
            }
            entries.retain(|(k, _)| k != "not_for");
            entries.push(("not_for".into(), list(&have)));
            FormValue::Record(entries)
        }
    }
}

/// The notes after the frontmatter, as [`set_notes`] writes them.
fn notes(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let unified = text.replace("\r\n", "\n");
    let Some(rest) = unified.strip_prefix("---\n") else {
        return String::new();
    };
    let Some(at) = rest.find("\n---") else {
        return String::new();
    };
    let after = &rest[at + 4..];
    let after = after.split_once('\n').map_or("", |(_, body)| body);
    after.to_owned()
}

/// git's line merge of three texts (`git merge-file`), `None` when lines
/// changed on both sides.
fn merge_lines(base: &str, mine: &str, theirs: &str) -> Option<String> {
    static MADE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    // The notes are a client's record: a folder only the user can open.
    let dir = std::env::temp_dir().join(format!("lsk-notes-{}-{n}", std::process::id()));
    crate::fsutil::dir_builder(crate::model::Access::Private)
        .create(&dir)
        .ok()?;
    let files = [("base", base), ("mine", mine), ("theirs", theirs)];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).ok()?;
    }
    let out = run_in(&dir, &["merge-file", "-p", "-q", "mine", "base", "theirs"]);
    let _ = std::fs::remove_dir_all(&dir);
    out.ok().and_then(|o| String::from_utf8(o).ok())
}

/// A form value as JSON (`lsk sync --format json`, `.git/lsk/sync.json`):
/// a text as a string, empty as null, a list as an array, a record as
/// `{"record": [[key, value], …]}` (its order kept).
pub fn to_json(v: &FormValue) -> Json {
    match v {
        FormValue::Empty => Json::Null,
        FormValue::Text(t) => Json::String(t.clone()),
        FormValue::List(items) => Json::Array(items.iter().map(to_json).collect()),
        FormValue::Record(entries) => {
            let pairs = entries
                .iter()
                .map(|(k, v)| Json::Array(vec![Json::String(k.clone()), to_json(v)]))
                .collect();
            let mut map = serde_json::Map::new();
            map.insert("record".into(), Json::Array(pairs));
            Json::Object(map)
        }
    }
}

pub fn from_json(v: &Json) -> FormValue {
    match v {
        Json::Null => FormValue::Empty,
        Json::String(s) => FormValue::Text(s.clone()),
        Json::Array(items) => FormValue::List(items.iter().map(from_json).collect()),
        Json::Object(map) => FormValue::Record(
            map.get("record")
                .and_then(Json::as_array)
                .map(|pairs| {
                    pairs
                        .iter()
                        .filter_map(|p| {
                            let p = p.as_array()?;
                            Some((p.first()?.as_str()?.to_owned(), from_json(p.get(1)?)))
                        })
                        .collect()
                })
                .unwrap_or_default(),
        ),
        other => FormValue::Text(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "---\nkind: daycare\ndate: 2026-11-24\nplace: A\nchair: Sanna\n---\nnotes\n";

    fn none(_: &Choice) -> Option<Decision> {
        None
    }

    #[test]
    fn different_fields_merge_and_the_same_field_waits_for_a_choice() {
        let mine = BASE.replace("place: A", "place: B");
        let theirs = BASE.replace("chair: Sanna", "chair: Maija");
        let (out, found) = merge_texts(BASE, &mine, &theirs, "a/meeting.md", &none).unwrap();
        assert!(
            out.contains("place: B") && out.contains("chair: Maija"),
            "{out}"
        );
        assert!(found.is_empty());
        let theirs = BASE.replace("place: A", "place: C");
        let (out, found) = merge_texts(BASE, &mine, &theirs, "a/meeting.md", &none).unwrap();
        assert!(out.contains("place: B") && !out.contains("<<<"), "{out}");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, "place");
        let pick = |c: &Choice| found[0].same_conflict(c).then_some(Decision::Theirs);
        let (out, left) = merge_texts(BASE, &mine, &theirs, "a/meeting.md", &pick).unwrap();
        assert!(out.contains("place: C") && left.is_empty(), "{out}");
        let own = |_: &Choice| Some(Decision::Own("D".into()));
        let (out, _) = merge_texts(BASE, &mine, &theirs, "a/meeting.md", &own).unwrap();
        assert!(out.contains("place: D"), "{out}");
    }

    #[test]
    fn a_choice_keeps_every_withholding_either_side_has() {
        let t = |s: &str| FormValue::Text(s.into());
        let kept = |s: &str, from: &str| {
            FormValue::Record(vec![
                ("text".into(), t(s)),
                ("not_for".into(), FormValue::List(vec![t(from)])),
            ])
        };
        // Hers (plain) chosen over the colleague's kept from daycare.
        let got = carry_withholdings(t("B"), &t("B"), &kept("A", "daycare"));
        assert_eq!(got, kept("B", "daycare"));
        assert_eq!(withheld_from(&got), vec!["daycare".to_owned()]);
        // Both sides' recipients, once each.
        let got = carry_withholdings(
            kept("A", "school"),
            &kept("B", "daycare"),
            &kept("A", "school"),
        );
        assert_eq!(
            withheld_from(&got),
            vec!["school".to_owned(), "daycare".to_owned()]
        );
        // A list row by row where the rows line up.
        let rows = |a: FormValue, b: FormValue| FormValue::List(vec![a, b]);
        let got = carry_withholdings(
            rows(t("x"), t("y")),
            &rows(t("x"), t("y")),
            &rows(t("x0"), kept("y0", "daycare")),
        );
        assert_eq!(got, rows(t("x"), kept("y", "daycare")));
        // Nothing withheld: the value as chosen.
        assert_eq!(carry_withholdings(t("B"), &t("B"), &t("A")), t("B"));
    }

    #[test]
    fn notes_merge_by_line_and_lsk_yaml_by_key() {
        let base = "---\nkind: daycare\n---\none\n\ntwo\n\nthree\n";
        let mine = base.replace("one", "one!");
        let theirs = base.replace("three", "three!");
        let (out, found) = merge_texts(base, &mine, &theirs, "meeting.md", &none).unwrap();
        assert!(
            out.contains("one!") && out.contains("three!") && found.is_empty(),
            "{out}"
        );
        let theirs = base.replace("one", "one?");
        let (out, found) = merge_texts(base, &mine, &theirs, "meeting.md", &none).unwrap();
        assert_eq!(out, mine);
        assert_eq!(found[0].field, "notes");
        let y = "child: Aino\nworker: Sanna\n";
        let (out, found) = merge_texts(
            y,
            &y.replace("Aino", "Aino K"),
            &y.replace("Sanna", "Maija"),
            "c/lsk.yaml",
            &none,
        )
        .unwrap();
        assert_eq!(out, "child: Aino K\nworker: Maija\n");
        assert!(found.is_empty());
    }

    #[test]
    fn values_round_trip_through_json() {
        let v = FormValue::List(vec![FormValue::Record(vec![
            ("action".into(), FormValue::Text("x".into())),
            ("owner".into(), FormValue::Empty),
        ])]);
        assert_eq!(from_json(&to_json(&v)), v);
    }
}
