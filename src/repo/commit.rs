//! Every change lsk makes is a commit (issue 23): [`record`], called by
//! every writer after a successful write. It decides (is the case in git?
//! is committing on? is the worker known?), says in the case's language
//! what changed ("Aino, 24.11.2026 päiväkotineuvottelu: sovitut asiat,
//! tiedottaminen"), records only the files lsk wrote — never the
//! worker's other staged changes — after the same guard as the git hook
//! (identity codes in the files, the message and the author; copies
//! without consent), with the worker as author. What happened comes back
//! as an [`Outcome`] a front end says in words.
//!
//! How only lsk's files are recorded: a private index is made from the
//! last commit (`read-tree HEAD`), lsk's files are added to it, the guard
//! reads that index (`hook::check_at`), its tree becomes a commit
//! (`commit-tree`), the branch moves only if it is still where it was
//! (`update-ref NEW OLD`), and the worker's own index is then brought up
//! to the new commit for those files only (`reset -- files`). The
//! worker's git hooks do not run: lsk runs the guard itself.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

use super::{Author, GitError, Repo};
use crate::case::Case;
use crate::i18n::fields::field_label;
use crate::i18n::labels::{lower_first, meeting_name};
use crate::i18n::record::word;
use crate::model::{Doc, Kind, Lang};

/// What lsk changed, for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// A meeting's fields or notes saved (the browser's form, text or
    /// notes): the meeting's folder name and the changed field keys
    /// (`repo::changed_fields`).
    Saved {
        meeting: String,
        fields: Vec<String>,
    },
    /// A new meeting; `follows`: the folder name of the meeting it
    /// follows up.
    NewMeeting {
        meeting: String,
        follows: Option<String>,
    },
    /// A new case (lsk.yaml and its folders).
    NewCase,
    /// The case's details (lsk.yaml): the changed field keys.
    CaseDetails { fields: Vec<String> },
    /// An agreed action marked done: named without its text (the text
    /// may be kept from a recipient; a commit message is shared with the
    /// team and kept in `git log`).
    ActionDone { meeting: String },
    /// Documents written for a meeting (memo, agenda, invitation).
    Rendered { meeting: String, doc: Doc },
    /// A copy of the memo for a recipient, named in words.
    Copy { meeting: String, recipient: String },
    /// An earlier version of a meeting's meeting.md made the current one
    /// (the history page's "Restore this version"): `version` is when that
    /// version was recorded, in words.
    Restored { meeting: String, version: String },
    /// The memo filed into the client information system, or its
    /// corrected version (issue 24: the archive package and `filed:`).
    Filed { meeting: String },
    /// Dated corrections to a filed memo: the corrected field keys.
    Corrected {
        meeting: String,
        fields: Vec<String>,
    },
    /// A correction notice for a recipient, named in words.
    Notice { meeting: String, recipient: String },
}

/// Whether lsk commits: `--no-commit` (the command line, `lsk serve
/// --no-commit`) turns it off for a run; a team turns it off for a
/// repository with `git config lsk.commit false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub commit: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { commit: true }
    }
}

/// What [`record`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Recorded: the commit's id and its message.
    Committed { id: String, message: String },
    /// The case is not in a git repository (or git is not installed).
    NotInGit,
    /// `--no-commit`, or the repository's `lsk.commit` is false.
    Off,
    /// Nothing lsk wrote differs from the last commit.
    Unchanged,
    /// No `user.name`/`user.email`: never a commit without a real author.
    NoAuthor,
    /// The guard refused: why, in words (one line each).
    Refused(Vec<String>),
    /// git failed: what it said.
    Failed(String),
}

impl Outcome {
    /// The line a front end shows, in `lang`: `None` when there is
    /// nothing to tell (not in git, committing off, nothing changed).
    /// `for_page`: the browser asks for the author itself, so it is not
    /// told the command.
    pub fn say(&self, lang: Lang, for_page: bool) -> Option<String> {
        match self {
            Outcome::Committed { message, .. } => {
                Some(word(lang, "committed").replace("{message}", message))
            }
            Outcome::NoAuthor if for_page => Some(word(lang, "no_author_page").to_owned()),
            Outcome::NoAuthor => Some(word(lang, "no_author").to_owned()),
            Outcome::Refused(why) => Some(word(lang, "refused").replace("{why}", &why.join("; "))),
            Outcome::Failed(why) => Some(word(lang, "failed").replace("{why}", why)),
            Outcome::NotInGit | Outcome::Off | Outcome::Unchanged => None,
        }
    }
}

/// The child's given name from lsk.yaml: the first word of `child`.
fn given_name(case: &Case) -> Option<&str> {
    case.child_name
        .as_deref()
        .and_then(|n| n.split_whitespace().next())
}

/// A meeting as a commit message names it: its day and the short name of
/// its kind as meeting.md gives it ("13.10.2026 skolmöte"), never a
/// folder named by hand; as the folder says when meeting.md has no kind
/// lsk reads (a meeting just removed, say).
fn short_meeting_name(case: &Case, dir: &str) -> String {
    let lang = case.lang;
    let kind = crate::case::meeting_kind(&case.root.join(crate::case::MEETINGS_DIR).join(dir))
        .or_else(|| crate::case::meeting_kind(&case.root.join(dir)))
        .or_else(|| {
            // The folder's own kind: "2026-11-24-daycare", "…-daycare-2".
            let rest = dir.get(10..)?.trim_start_matches('-');
            let bare = rest
                .rsplit_once('-')
                .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .map_or(rest, |(k, _)| k);
            Kind::parse(rest).or_else(|| Kind::parse(bare))
        });
    let day = dir
        .get(..10)
        .and_then(crate::date::parse_date)
        .map(|d| crate::i18n::dates::date(lang, d));
    match (kind, day) {
        (Some(k), Some(d)) => format!("{d} {}", word(lang, &format!("kind_{}", k.as_str()))),
        // A folder named by hand without a day: its own words tell it.
        _ => meeting_name(lang, dir, None),
    }
}

/// A field key named for a person; a key without a label is "other details".
fn field_words(lang: Lang, fields: &[String]) -> String {
    let mut out: Vec<String> = Vec::new();
    for key in fields {
        let said = match key.as_str() {
            "notes" => word(lang, "notes").to_owned(),
            k => field_label(lang, k).map_or_else(|| word(lang, "other").to_owned(), lower_first),
        };
        if !out.contains(&said) {
            out.push(said);
        }
    }
    if out.is_empty() {
        return word(lang, "text").to_owned();
    }
    out.join(", ")
}

/// The commit message in the case's language: the child's given name,
/// the meeting by its day and kind, then what changed.
pub fn message(case: &Case, what: &What) -> String {
    let lang = case.lang;
    let meeting = |dir: &str| short_meeting_name(case, dir);
    let (about, change) = match what {
        What::Saved { meeting: m, fields } => (Some(meeting(m)), field_words(lang, fields)),
        What::NewMeeting {
            meeting: m,
            follows: None,
        } => (Some(meeting(m)), word(lang, "new_meeting").to_owned()),
        What::NewMeeting {
            meeting: m,
            follows: Some(f),
        } => (
            Some(meeting(m)),
            word(lang, "follow_up").replace(
                "{day}",
                &f.get(..10)
                    .and_then(crate::date::parse_date)
                    .map_or_else(|| meeting(f), |d| crate::i18n::dates::date(lang, d)),
            ),
        ),
        What::NewCase => (None, word(lang, "new_case").to_owned()),
        What::CaseDetails { fields } => (
            None,
            format!(
                "{}: {}",
                word(lang, "case_details"),
                field_words(lang, fields)
            ),
        ),
        What::ActionDone { meeting: m } => (Some(meeting(m)), word(lang, "action_done").to_owned()),
        What::Rendered { meeting: m, doc } => (
            Some(meeting(m)),
            match doc {
                Doc::Memo => word(lang, "memo").to_owned(),
                Doc::Agenda => word(lang, "agenda").to_owned(),
                Doc::Invitation => word(lang, "invitation").to_owned(),
                Doc::ChildChecklist | Doc::ChildLetter | Doc::CorrectionNotice => {
                    word(lang, "document").replace(
                        "{doc}",
                        &lower_first(crate::i18n::words(lang).documents.of(*doc)),
                    )
                }
            },
        ),
        What::Copy {
            meeting: m,
            recipient,
        } => (
            Some(meeting(m)),
            word(lang, "copy").replace("{recipient}", recipient),
        ),
        What::Restored {
            meeting: m,
            version,
        } => (
            Some(meeting(m)),
            word(lang, "restored").replace("{version}", version),
        ),
        What::Filed { meeting: m } => (Some(meeting(m)), word(lang, "filed").to_owned()),
        What::Corrected { meeting: m, fields } => (
            Some(meeting(m)),
            word(lang, "corrected").replace("{fields}", &field_words(lang, fields)),
        ),
        What::Notice {
            meeting: m,
            recipient,
        } => (
            Some(meeting(m)),
            word(lang, "notice").replace("{recipient}", recipient),
        ),
    };
    let head = match (given_name(case), about) {
        (Some(child), Some(m)) => format!("{child}, {m}"),
        (Some(child), None) => child.to_owned(),
        (None, Some(m)) => m,
        (None, None) => String::new(),
    };
    let text = if head.is_empty() {
        change
    } else {
        format!("{head}: {change}")
    };
    // One line, whatever a name or an action held.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One record at a time in this process: two saves of the server never
/// race for the branch.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A document lsk wrote at `path` for `meeting` (its folder name): a
/// copy for a recipient named in words, or the document; the files to
/// record (the document, the case's disclosure log and the PDF records).
pub fn written(case: &Case, meeting: &str, doc: Doc, path: &Path) -> (What, Vec<PathBuf>) {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let notice = name
        .strip_prefix("correction-notice.")
        .and_then(|rest| rest.split_once('.'))
        .map(|(id, _)| id);
    let what = match crate::recipient::of_document(name) {
        _ if doc == Doc::CorrectionNotice => What::Notice {
            meeting: meeting.to_owned(),
            recipient: crate::render::context::recipient_label(case.lang, notice.unwrap_or("")),
        },
        Some(id) => What::Copy {
            meeting: meeting.to_owned(),
            recipient: crate::render::context::recipient_label(case.lang, id),
        },
        None => What::Rendered {
            meeting: meeting.to_owned(),
            doc,
        },
    };
    let paths = vec![
        path.to_path_buf(),
        case.root.join(crate::disclosure::LOG_FILE),
        case.root.join(crate::render::pdf::RECORD),
        case.root.join(crate::rules::stale::PDF_SOURCES),
    ];
    (what, paths)
}

/// Record the files lsk wrote (`paths`, absolute or from the working
/// directory) for `case` as one commit, when the case is in git,
/// committing is on and the worker is known; what happened, to be said
/// in words ([`Outcome::say`]). Never fails the write it follows: the
/// files are written either way.
pub fn record(case: &Case, what: &What, paths: &[PathBuf], opts: Options) -> Outcome {
    if !opts.commit {
        return Outcome::Off;
    }
    let Some(repo) = Repo::find(&case.root) else {
        return Outcome::NotInGit;
    };
    if off_in(&repo) {
        return Outcome::Off;
    }
    let Some(author) = repo.author() else {
        return Outcome::NoAuthor;
    };
    let rel: Vec<String> = paths
        .iter()
        .filter(|p| p.exists())
        .filter_map(|p| repo.relative(p))
        .filter(|r| !r.is_empty())
        .collect();
    if rel.is_empty() {
        return Outcome::Unchanged;
    }
    let text = message(case, what);
    let _one = ONE_AT_A_TIME.lock();
    match commit(&repo, case, &author, &text, &rel) {
        Ok(outcome) => outcome,
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// The repository a change to the case at `root` would be committed in,
/// when it would be but no author is known: the browser then asks once
/// (`Repo::set_author`) before the change is written.
pub fn needs_author(root: &Path, opts: Options) -> Option<Repo> {
    if !opts.commit {
        return None;
    }
    let repo = Repo::find(root)?;
    (!off_in(&repo) && repo.author().is_none()).then_some(repo)
}

/// Keep the worker's name and e-mail in the repository's own git
/// configuration (`git config user.name`, `user.email`): what every
/// later commit of lsk, and of git, takes as the author.
pub fn set_author(repo: &Repo, author: &Author) -> Result<(), GitError> {
    repo.git(&["config", "user.name", &author.name])?;
    repo.git(&["config", "user.email", &author.email])?;
    Ok(())
}

/// Whether the repository turns committing off: `git config lsk.commit
/// false` (git's boolean words: false, no, off, 0).
fn off_in(repo: &Repo) -> bool {
    repo.git(&["config", "--type=bool", "--get", "lsk.commit"])
        .ok()
        .is_some_and(|out| String::from_utf8_lossy(&out).trim() == "false")
}

/// The private index, removed when dropped.
struct TempIndex(PathBuf);

impl Drop for TempIndex {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let _ = std::fs::remove_file(self.0.with_extension("lock"));
    }
}

/// The hook's guard on what `at`'s index would record: `Some(why)`, each
/// refusal in words with its file and line, when it refuses.
fn refused_by_guard(at: &crate::hook::At, lang: Lang) -> Result<Option<Vec<String>>, GitError> {
    let opts = crate::hook::Options {
        today: jiff::Zoned::now().date(),
        lang: Some(lang),
        default_lang: lang,
    };
    let checked = crate::hook::check_at(at, &opts).map_err(|e| GitError::Failed {
        args: "lsk hook".into(),
        stderr: match e {
            crate::hook::Error::NoGit => "git".into(),
            crate::hook::Error::Git(s) => s,
            crate::hook::Error::Io(e) => e.to_string(),
        },
    })?;
    if checked.allowed() {
        return Ok(None);
    }
    Ok(Some(
        checked
            .refused
            .iter()
            .map(|f| {
                let t = crate::i18n::text(lang, &f.msg);
                // A name that holds a code only once decoded, masked whole,
                // as every page names it.
                format!(
                    "{}:{}: {}",
                    crate::i18n::labels::shown_path(&f.shown),
                    f.line,
                    t.message
                )
            })
            .collect(),
    ))
}

fn commit(
    repo: &Repo,
    case: &Case,
    author: &Author,
    text: &str,
    rel: &[String],
) -> Result<Outcome, GitError> {
    let lang = case.lang;
    // The message and the author are checked as the hook checks the
    // message file and the identities.
    if !crate::hetu::file_lines(text.as_bytes()).is_empty() {
        return Ok(Outcome::Refused(vec![word(lang, "code_in_message").into()]));
    }
    let ident = format!("{} <{}>", author.name, author.email);
    if !crate::hetu::file_lines(ident.as_bytes()).is_empty() {
        return Ok(Outcome::Refused(vec![word(lang, "code_in_author").into()]));
    }

    let git_dir = text_of(repo.git(&["rev-parse", "--absolute-git-dir"])?);
    let index = TempIndex(unique(Path::new(&git_dir), "lsk-index"));
    let at = crate::hook::At {
        dir: Some(repo.root.clone()),
        index: Some(index.0.clone()),
    };
    let head = repo
        .git(&["rev-parse", "--verify", "-q", "HEAD^{commit}"])
        .ok()
        .map(text_of)
        .filter(|h| !h.is_empty());
    match &head {
        Some(h) => git_at(&at, &["read-tree", h], &[])?,
        None => git_at(&at, &["read-tree", "--empty"], &[])?,
    };
    // Files a .gitignore leaves out stay out (a team that keeps rendered
    // documents out of the repository): those not yet recorded that the
    // ignore files name (as `git add` would refuse them). Never the
    // disclosure log: the record of a disclosure is committed with the
    // copy it records, whatever a team's ignore file says (`add -f`).
    let log = repo.relative(&case.root.join(crate::disclosure::LOG_FILE));
    let ignored: Vec<String> = {
        let mut args = vec![
            "ls-files",
            "-z",
            "--others",
            "--ignored",
            "--exclude-standard",
            "--",
        ];
        args.extend(rel.iter().map(String::as_str));
        git_at(&at, &args, &[])?
            .split(|b| *b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect()
    };
    let mut kept: Vec<&str> = rel
        .iter()
        .filter(|r| !ignored.contains(r) || Some(r.as_str()) == log.as_deref())
        .map(String::as_str)
        .collect();
    // A case not in the repository yet (`lsk init`, then `git init`): its
    // lsk.yaml comes with the first change, or nothing could check the
    // meeting (the hook refuses a meeting without its case).
    let case_file = repo.relative(&case.root.join(crate::case::CASE_FILE));
    if let Some(file) = case_file.as_deref().filter(|f| !kept.contains(f))
        && git_at(&at, &["ls-files", "-z", "--", file], &[]).is_ok_and(|out| out.is_empty())
        && case.root.join(crate::case::CASE_FILE).is_file()
    {
        kept.push(file);
    }
    if kept.is_empty() {
        return Ok(Outcome::Unchanged);
    }
    // Git's own ignore rules for every file but the log (a name git
    // prints in another Unicode form than the disk's is refused, not
    // forced in); `-f` for the disclosure log alone.
    let (logs, files): (Vec<&str>, Vec<&str>) =
        kept.iter().partition(|k| Some(**k) == log.as_deref());
    for (paths, force) in [(files, false), (logs, true)] {
        if paths.is_empty() {
            continue;
        }
        let mut add = vec!["add", "-A"];
        if force {
            add.push("-f");
        }
        add.push("--");
        add.extend(paths);
        git_at(&at, &add, &[])?;
    }
    // Nothing differs from the last commit: nothing to record.
    let differs = match &head {
        Some(h) => git_at(&at, &["diff", "--cached", "--quiet", h, "--"], &[]).is_err(),
        None => true,
    };
    if !differs {
        return Ok(Outcome::Unchanged);
    }

    // The hook's guard, on exactly what the commit records.
    if let Some(why) = refused_by_guard(&at, lang)? {
        return Ok(Outcome::Refused(why));
    }

    let tree = text_of(git_at(&at, &["write-tree"], &[])?);
    let envs = [
        ("GIT_AUTHOR_NAME", author.name.as_str()),
        ("GIT_AUTHOR_EMAIL", author.email.as_str()),
        ("GIT_COMMITTER_NAME", author.name.as_str()),
        ("GIT_COMMITTER_EMAIL", author.email.as_str()),
    ];
    let mut args = vec!["commit-tree", tree.as_str(), "-m", text];
    if let Some(h) = &head {
        args.extend(["-p", h.as_str()]);
    }
    let id = text_of(git_at(&at, &args, &envs)?);
    // The branch moves only from where it was: a commit made meanwhile
    // (the worker's own, in a terminal) is never lost.
    let old = head.clone().unwrap_or_default();
    let reflog = format!("lsk: {text}");
    repo.git(&["update-ref", "-m", &reflog, "HEAD", &id, &old])?;
    // The worker's own index: lsk's files as committed, the rest as it was.
    let mut reset = vec!["reset", "-q", "--"];
    reset.extend(kept.iter().copied());
    let _ = repo.git(&reset);
    Ok(Outcome::Committed {
        id,
        message: text.to_owned(),
    })
}

/// A file name in `dir` this process has not used yet.
fn unique(dir: &Path, stem: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    dir.join(format!("{stem}-{}-{n}", std::process::id()))
}

fn text_of(out: Vec<u8>) -> String {
    String::from_utf8_lossy(&out).trim().to_owned()
}

/// git in the repository's root with a private index and `envs`.
fn git_at(at: &crate::hook::At, args: &[&str], envs: &[(&str, &str)]) -> Result<Vec<u8>, GitError> {
    let mut c = Command::new("git");
    c.args(crate::hook::HARDENED)
        .env(crate::hook::LITERAL.0, crate::hook::LITERAL.1)
        .args(["-c", "core.quotepath=off"])
        .args(args)
        .stdin(Stdio::null());
    if let Some(dir) = &at.dir {
        c.current_dir(dir);
    }
    if let Some(index) = &at.index {
        c.env("GIT_INDEX_FILE", index);
    }
    for (k, v) in envs {
        c.env(k, v);
    }
    let out = c.output().map_err(|_| GitError::NoGit)?;
    if !out.status.success() {
        return Err(GitError::Failed {
            args: args.join(" "),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    Ok(out.stdout)
}

/// The team's changes merged (`repo::sync`): the index as git's merge
/// left it in the work tree (every file of the merge staged), checked by
/// the hook's guard, recorded with the worker as author and the server's
/// commit `theirs` as the second parent; git's merge state is then closed
/// (`merge --quit`: the files stay as merged). The worker's git hooks do
/// not run, as for [`record`].
pub fn record_merge(repo: &Repo, theirs: &str, text: &str, lang: Lang) -> Outcome {
    let Some(author) = repo.author() else {
        return Outcome::NoAuthor;
    };
    let _one = ONE_AT_A_TIME.lock();
    match merge_commit(repo, &author, theirs, text, lang) {
        Ok(outcome) => outcome,
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

fn merge_commit(
    repo: &Repo,
    author: &Author,
    theirs: &str,
    text: &str,
    lang: Lang,
) -> Result<Outcome, GitError> {
    let at = crate::hook::At {
        dir: Some(repo.root.clone()),
        index: None,
    };
    if let Some(why) = refused_by_guard(&at, lang)? {
        return Ok(Outcome::Refused(why));
    }
    let head = text_of(repo.git(&["rev-parse", "--verify", "HEAD^{commit}"])?);
    let tree = text_of(git_at(&at, &["write-tree"], &[])?);
    let envs = [
        ("GIT_AUTHOR_NAME", author.name.as_str()),
        ("GIT_AUTHOR_EMAIL", author.email.as_str()),
        ("GIT_COMMITTER_NAME", author.name.as_str()),
        ("GIT_COMMITTER_EMAIL", author.email.as_str()),
    ];
    let args = [
        "commit-tree",
        tree.as_str(),
        "-p",
        head.as_str(),
        "-p",
        theirs,
        "-m",
        text,
    ];
    let id = text_of(git_at(&at, &args, &envs)?);
    let reflog = format!("lsk: {text}");
    repo.git(&["update-ref", "-m", &reflog, "HEAD", &id, &head])?;
    repo.git(&["merge", "--quit"])?;
    Ok(Outcome::Committed {
        id,
        message: text.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(lang: Lang, child: Option<&str>) -> Case {
        let dir = tempfile::tempdir().unwrap();
        let mut case = Case::load(dir.path(), Some(lang));
        case.child_name = child.map(str::to_owned);
        case
    }

    #[test]
    fn the_message_names_the_child_the_meeting_and_what_changed_in_words() {
        let saved = What::Saved {
            meeting: "2026-11-24-daycare".into(),
            fields: vec!["agreed".into(), "notes".into(), "no_such_key".into()],
        };
        let fi = message(&case(Lang::Fi, Some("Aino Esimerkki")), &saved);
        // The kind's short name (the folder's kind here: no meeting.md).
        assert!(
            fi.starts_with("Aino, 24.11.2026 päiväkotineuvottelu: "),
            "{fi}"
        );
        assert!(
            fi.ends_with(": sovitut asiat, muistiinpanot, muut tiedot"),
            "{fi}"
        );
        let sv = message(&case(Lang::Sv, Some("Aino")), &saved);
        assert!(
            sv.ends_with(": överenskomna åtgärder, anteckningar, övriga uppgifter")
                && sv.contains("Aino, 24.11.2026 daghemsmöte: "),
            "{sv}"
        );
        assert_eq!(
            message(&case(Lang::Fi, None), &What::NewCase),
            "uusi lapsen asia"
        );
        let copy = What::Copy {
            meeting: "2026-11-24-daycare".into(),
            recipient: "päiväkoti".into(),
        };
        assert!(message(&case(Lang::Fi, Some("Aino")), &copy).ends_with(": kopio: päiväkoti"));
    }

    #[test]
    fn off_not_in_git_and_nothing_to_tell_say_nothing() {
        for o in [Outcome::Off, Outcome::NotInGit, Outcome::Unchanged] {
            assert_eq!(o.say(Lang::Fi, false), None);
        }
        let no = Outcome::NoAuthor.say(Lang::Fi, false).unwrap();
        assert!(no.contains("git config user.name"), "{no}");
        assert!(
            !Outcome::NoAuthor
                .say(Lang::Fi, true)
                .unwrap()
                .contains("git config")
        );
    }
}
