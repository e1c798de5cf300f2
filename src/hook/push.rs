//! What a push would send (`lsk hook push`, the pre-push hook): every
//! commit and annotated tag the remote does not have yet. This also covers
//! commits made without the pre-commit hook: a conflict resolved during
//! `git rebase --continue`, `git merge --continue` or `git cherry-pick`,
//! `--no-verify`, another tool.

use std::collections::BTreeSet;

use super::git::{At, cat_file_batch, git_at, git_input, shown};
use super::{Error, MAX_SCANNED};

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
/// address). Taken as already on the server, and not read again, are only
/// the commits the server has: each line's `<remote object>` (what the
/// server holds for that ref, as git just heard it), and when a line makes
/// a new ref (no remote object), what the server advertises
/// (`git ls-remote`), asked once. A remote-tracking branch is not: it may
/// be stale (a branch the team deleted or rewrote on the server to remove
/// a leak still holds the leak here). When lsk cannot tell (the server
/// does not answer), it reads more, never less.
pub fn check_push(remote: &str, updates: &str) -> Result<Vec<Leak>, Error> {
    check_push_at(&At::default(), remote, updates)
}

/// [`check_push`], with git run where `at` says (`lsk sync` and the
/// browser's share button check the repository of the served folder,
/// whatever the working directory). With an empty `remote` nothing is
/// asked of the server: only the lines' remote objects count as known
/// (`lsk sync` gives the tip it just fetched, and its push holds the
/// server to it with `--force-with-lease`).
pub fn check_push_at(at: &At, remote: &str, updates: &str) -> Result<Vec<Leak>, Error> {
    let git = |args: &[&str]| git_at(at, args);
    let zero = |o: &str| o.bytes().all(|b| b == b'0');
    let mut tips: Vec<String> = Vec::new();
    let mut known: Vec<String> = Vec::new();
    let mut tags: Vec<(String, String)> = Vec::new();
    let mut new_ref = false;
    for line in updates.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [local_ref, local, _remote_ref, remote_old] = parts[..] else {
            continue;
        };
        if zero(local) || !is_object_name(local) {
            continue;
        }
        tips.push(local.to_owned());
        if !zero(remote_old) && is_object_name(remote_old) {
            known.push(remote_old.to_owned());
        } else {
            new_ref = true;
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
    // What is pushed must be here (`--ignore-missing` below is for the
    // server's objects only): else lsk cannot tell, and says so.
    for tip in &tips {
        git(&["cat-file", "-e", tip])?;
    }
    if new_ref && !remote.is_empty() {
        known.extend(advertised(at, remote));
    }
    // On standard input: a server may advertise thousands of refs. An
    // object this repository does not have is left out (`--ignore-missing`):
    // it cannot be what a local commit is built on.
    let mut input = String::new();
    for tip in &tips {
        input.push_str(tip);
        input.push('\n');
    }
    input.push_str("--not\n");
    for object in &known {
        input.push_str(object);
        input.push('\n');
    }
    let listed = git_input(
        at,
        &["rev-list", "--ignore-missing", "--stdin"],
        input.as_bytes(),
    )?;
    let commits = String::from_utf8_lossy(&listed).into_owned();
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
    // Objects larger than the pre-commit check scans are skipped as it
    // skips such files.
    cat_file_batch(at, &objects, |i, _kind, size, body| {
        if size > MAX_SCANNED {
            return Ok(());
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        body.read_to_end(&mut bytes)?;
        let (_, commit, path) = &blobs[i];
        let lines = crate::hetu::file_lines(&bytes);
        if let Some(line) = lines.first() {
            leaks.push(Leak::File(commit.clone(), path.clone(), *line));
        }
        Ok(())
    })?;
    Ok(leaks)
}

/// Whether `s` looks like a git object name (hexadecimal).
fn is_object_name(s: &str) -> bool {
    s.len() >= 4 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The objects the server's refs point at (`git ls-remote`, never a
/// password prompt): nothing when it does not answer, and then every
/// commit pushed is read.
fn advertised(at: &At, remote: &str) -> Vec<String> {
    let said = git_at(at, &["ls-remote", "--", remote]);
    let Ok(out) = said else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|o| is_object_name(o) && !o.bytes().all(|b| b == b'0'))
        .map(str::to_owned)
        .collect()
}
