//! git, run without a shell: its index listing, the case folders in it,
//! repository paths made local, and objects read with one `git cat-file
//! --batch` (the staged blobs of `lsk hook run`, the pushed blobs of
//! `lsk hook push`).

use std::ffi::OsStr;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::Error;
use crate::case::{CASE_FILE, MEETINGS_DIR};

/// Where git runs: a folder (the working directory when `None`) and an
/// index file (`GIT_INDEX_FILE`, git's own when `None`). lsk's own commits
/// check the index they are about to record, a private one, in the
/// repository of the case (`repo::commit`).
#[derive(Debug, Clone, Default)]
pub struct At {
    pub dir: Option<PathBuf>,
    pub index: Option<PathBuf>,
}

/// What every git lsk runs is told, whatever the repository's
/// configuration says: no file-system monitor program (a hostile
/// `core.fsmonitor` would run on every status), no `ext::` transport (a
/// remote that runs a command), and paths taken literally (`?`, `*`, `[`
/// and `:(magic)` in a folder's name never match other files).
pub const HARDENED: [&str; 4] = [
    "-c",
    "core.fsmonitor=false",
    "-c",
    "protocol.ext.allow=never",
];

/// Set on every git lsk runs: a path is a path, never a pattern.
pub const LITERAL: (&str, &str) = ("GIT_LITERAL_PATHSPECS", "1");

impl At {
    fn command(&self) -> Command {
        let mut c = Command::new("git");
        // Never a password prompt (the pre-push check's `ls-remote`).
        c.args(HARDENED)
            .env(LITERAL.0, LITERAL.1)
            .env("GIT_TERMINAL_PROMPT", "0");
        if let Some(dir) = &self.dir {
            c.current_dir(dir);
        }
        if let Some(index) = &self.index {
            c.env("GIT_INDEX_FILE", index);
        }
        c
    }
}

/// Run git (never through a shell) with paths unquoted; its output.
pub(super) fn git(args: &[&str]) -> Result<Vec<u8>, Error> {
    git_at(&At::default(), args)
}

/// [`git`], run where `at` says.
pub(super) fn git_at(at: &At, args: &[&str]) -> Result<Vec<u8>, Error> {
    // diff.relative would name paths from the working directory instead
    // of the repository's root, and leave out the others.
    let out = at
        .command()
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

/// [`git_at`] with `input` on git's standard input (written from a second
/// thread, so neither side waits on a full pipe): a list too long for a
/// command line (`rev-list --stdin`).
pub(super) fn git_input(at: &At, args: &[&str], input: &[u8]) -> Result<Vec<u8>, Error> {
    let mut child = at
        .command()
        .args(["-c", "core.quotepath=off", "-c", "diff.relative=false"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|_| Error::NoGit)?;
    let stdin = child.stdin.take();
    let out = std::thread::scope(|scope| {
        let feeder = scope.spawn(move || {
            if let Some(mut w) = stdin {
                // git stops reading when it fails; what it said tells why.
                let _ = w.write_all(input);
            }
        });
        let out = child.wait_with_output();
        let _ = feeder.join();
        out
    })?;
    if !out.status.success() {
        return Err(Error::Git(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(out.stdout)
}

pub(super) fn split_nul(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split(|b| *b == 0)
        .filter(|p| !p.is_empty())
        .map(<[u8]>::to_vec)
        .collect()
}

/// One line of `git ls-files --stage`.
#[derive(Debug, PartialEq)]
pub(super) struct Entry {
    pub(super) mode: u32,
    pub(super) object: String,
    pub(super) stage: u8,
    /// The repository path, as git has it (bytes: git does not require UTF-8).
    pub(super) path: Vec<u8>,
}

impl Entry {
    pub(super) fn is_file(&self) -> bool {
        self.mode & 0o170000 == 0o100000
    }

    pub(super) fn is_link(&self) -> bool {
        self.mode & 0o170000 == 0o120000
    }
}

/// `git ls-files -z --stage`: `<mode> <object> <stage>\t<path>\0` each.
pub(super) fn parse_index(bytes: &[u8]) -> Vec<Entry> {
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
pub(super) fn case_root_of(path: &[u8]) -> Option<&[u8]> {
    if path == CASE_FILE.as_bytes() {
        return Some(b"");
    }
    let parent = path
        .strip_suffix(CASE_FILE.as_bytes())?
        .strip_suffix(b"/")?;
    Some(parent)
}

/// Of the folders holding an lsk.yaml, those that are cases: not a folder
/// in a case's `meetings/` (a stray lsk.yaml in a meeting's folder, or in
/// `meetings/` itself, does not make a meeting a case of its own: its
/// meeting is checked with its case, as `case::find_root` and a team's
/// check read it).
pub(super) fn real_roots<'r>(roots: &[&'r [u8]]) -> Vec<&'r [u8]> {
    roots
        .iter()
        .filter(|r| !roots.iter().any(|outer| in_meetings_of(r, outer)))
        .copied()
        .collect()
}

/// Whether `path` is the `meetings/` folder of the case `root`, or below it.
pub(super) fn in_meetings_of(path: &[u8], root: &[u8]) -> bool {
    let rest = if root.is_empty() {
        path
    } else {
        match path.strip_prefix(root).and_then(|r| r.strip_prefix(b"/")) {
            Some(rest) => rest,
            None => return false,
        }
    };
    rest == MEETINGS_DIR.as_bytes()
        || rest
            .strip_prefix(MEETINGS_DIR.as_bytes())
            .is_some_and(|r| r.starts_with(b"/"))
}

/// The case a repository path belongs to: the nearest case folder above it,
/// as lsk finds a case root by walking up from a folder.
pub(super) fn owner<'r>(path: &[u8], roots: &[&'r [u8]]) -> Option<&'r [u8]> {
    roots
        .iter()
        .filter(|root| {
            root.is_empty() || (path.starts_with(root) && path.get(root.len()) == Some(&b'/'))
        })
        .max_by_key(|root| root.len())
        .copied()
}

/// A repository path as shown to the user.
pub(super) fn shown(path: &[u8]) -> String {
    if path.is_empty() {
        ".".into()
    } else {
        String::from_utf8_lossy(path).into_owned()
    }
}

/// A repository path (`/`-separated) under `base`; `None` for a path that
/// is not a plain relative path (git's index never holds one, but the copy
/// must not be written outside its folder whatever git says).
pub(super) fn local_path(base: &Path, path: &[u8]) -> Option<PathBuf> {
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
pub(super) fn os_str(bytes: &[u8]) -> Option<&OsStr> {
    Some(std::os::unix::ffi::OsStrExt::from_bytes(bytes))
}

#[cfg(not(unix))]
pub(super) fn os_str(bytes: &[u8]) -> Option<&OsStr> {
    std::str::from_utf8(bytes)
        .ok()
        .filter(|s| !s.contains(['\\', ':']))
        .map(OsStr::new)
}

/// Read objects with one `git cat-file --batch`: `each(i, kind, size, body)` is
/// handed each object (by its index in `objects`), its kind (`blob`,
/// `commit`...), its size and its content as a reader limited to that
/// size; what it leaves unread is skipped. The object names are written from a second
/// thread, so neither side waits on a full pipe. No filter or conversion
/// runs on the content: these are the raw objects.
pub(super) fn cat_file_batch(
    at: &At,
    objects: &[&str],
    mut each: impl FnMut(usize, &str, u64, &mut dyn Read) -> Result<(), Error>,
) -> Result<(), Error> {
    if objects.is_empty() {
        return Ok(());
    }
    let mut child = at
        .command()
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
        // Reading ends (and drops git's output) before the feeder is
        // joined: should reading fail, git's next write fails, git exits,
        // and so does the feeder.
        let read = read_batch(stdout, objects, &mut each);
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

fn read_batch(
    stdout: impl Read,
    objects: &[&str],
    each: &mut impl FnMut(usize, &str, u64, &mut dyn Read) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut reader = BufReader::new(stdout);
    let mut header = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        header.clear();
        reader.read_until(b'\n', &mut header)?;
        // `<object> <kind> <size>`, or `<object> missing`.
        let text = String::from_utf8_lossy(&header);
        let mut parts = text.split_whitespace();
        let (Some(_), Some(kind), Some(size)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(Error::Git(format!(
                "git cat-file --batch: {object}: {}",
                text.trim()
            )));
        };
        let size: u64 = size
            .parse()
            .map_err(|_| Error::Git(format!("git cat-file --batch: {}", text.trim())))?;
        let mut body = (&mut reader).take(size);
        each(i, kind, size, &mut body)?;
        io::copy(&mut body, &mut io::sink())?;
        if body.limit() != 0 {
            return Err(Error::Io(io::ErrorKind::UnexpectedEof.into()));
        }
        // Each object's content is followed by a line break.
        let mut newline = [0u8; 1];
        reader.read_exact(&mut newline)?;
    }
    Ok(())
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
    use std::path::{Path, PathBuf};

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
        // A stray lsk.yaml in a meeting's folder or in meetings/: no case.
        let all: Vec<&[u8]> = vec![
            b"aino",
            b"aino/meetings/x",
            b"aino/meetings",
            b"",
            b"meetings/y",
            b"aino/meetingsx",
        ];
        assert_eq!(real_roots(&all), vec![&b"aino"[..], b"", b"aino/meetingsx"]);
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
}
