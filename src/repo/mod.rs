//! The case's record in git: the repository a case folder lives in, who
//! the worker is (git's `user.name`/`user.email`), and the parts built on
//! them — a commit for every change lsk makes ([`commit`]), the history
//! told in words ([`history`]) and sharing through the team's server
//! ([`sync`]). git is run as a program, never through a shell, so the
//! worker's own configuration, hooks and credentials apply.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::case::edit::{FormValue, form_values};

pub mod commit;
pub mod history;
pub mod sync;

/// Why a git step could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// The `git` program could not be started.
    NoGit,
    /// git ran and refused: the command and what it said on stderr.
    Failed { args: String, stderr: String },
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GitError::NoGit => f.write_str("git could not be started"),
            GitError::Failed { args, stderr } => write!(f, "git {args}: {stderr}"),
        }
    }
}

/// A repository found above a folder: its work tree's root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repo {
    pub root: PathBuf,
}

/// The worker as git knows her.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub email: String,
}

impl Repo {
    /// The repository whose work tree holds `dir`, if any (`None` outside
    /// git, or when git is not installed: a case outside git works as
    /// before).
    pub fn find(dir: &Path) -> Option<Repo> {
        let out = run_in(dir, &["rev-parse", "--show-toplevel"]).ok()?;
        let text = String::from_utf8(out).ok()?;
        let root = text.trim_end_matches(['\n', '\r']);
        (!root.is_empty()).then(|| Repo {
            root: PathBuf::from(root),
        })
    }

    /// Run git in the work tree's root; its standard output.
    pub fn git(&self, args: &[&str]) -> Result<Vec<u8>, GitError> {
        run_in(&self.root, args)
    }

    /// The worker as git would record her as a commit's author: its
    /// `GIT_AUTHOR_NAME`/`GIT_AUTHOR_EMAIL`, else `user.name` and
    /// `user.email` from the repository's, the user's or the system's
    /// configuration. `None` when git has no explicit name and e-mail (it
    /// is asked not to make one up from the machine's login and host
    /// name): lsk never commits without a real author.
    pub fn author(&self) -> Option<Author> {
        let out = self
            .git(&["-c", "user.useConfigOnly=true", "var", "GIT_AUTHOR_IDENT"])
            .ok()?;
        let ident = String::from_utf8(out).ok()?;
        parse_ident(ident.trim_end_matches(['\n', '\r']))
    }

    /// A path inside the work tree as git names it (`/`-separated,
    /// relative to the root); `None` for a path outside it.
    pub fn relative(&self, path: &Path) -> Option<String> {
        let canon = |p: &Path| std::fs::canonicalize(p).ok();
        let root = canon(&self.root)?;
        let full = canon(path).or_else(|| {
            // A file that is gone (a removal): its folder must still exist.
            let parent = canon(path.parent()?)?;
            Some(parent.join(path.file_name()?))
        })?;
        let rel = full.strip_prefix(&root).ok()?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_str().map(str::to_owned))
            .collect::<Option<_>>()?;
        Some(parts.join("/"))
    }
}

/// Run git (never through a shell) in `dir` with paths unquoted, taken
/// literally, and the repository's hostile settings off
/// (`crate::hook::HARDENED`); its standard output, or what it said when it failed.
pub fn run_in(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let out = Command::new("git")
        .args(crate::hook::HARDENED)
        .env(crate::hook::LITERAL.0, crate::hook::LITERAL.1)
        .args(["-c", "core.quotepath=off", "-c", "diff.relative=false"])
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|_| GitError::NoGit)?;
    if !out.status.success() {
        return Err(GitError::Failed {
            args: args.join(" "),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    Ok(out.stdout)
}

/// `Name <email> 1796622658 +0200` (git's ident line) as an author; `None`
/// for a blank name or e-mail.
fn parse_ident(line: &str) -> Option<Author> {
    let open = line.find('<')?;
    let close = open + line[open..].find('>')?;
    let name = line[..open].trim();
    let email = line[open + 1..close].trim();
    (!name.is_empty() && !email.is_empty()).then(|| Author {
        name: name.to_owned(),
        email: email.to_owned(),
    })
}

/// The fields of a meeting (or `lsk.yaml`) whose value differs between two
/// versions of its text, in the order of the newer version, then the ones
/// only the older has; `"notes"` when the free notes after the frontmatter
/// differ. A version that cannot be read counts as empty. Name them for a
/// person with `crate::i18n::fields::field_label`.
pub fn changed_fields(old: &str, new: &str) -> Vec<String> {
    let fields = |text: &str| form_values(text).unwrap_or_default();
    let (old_f, new_f) = (fields(old), fields(new));
    let value = |set: &[(String, FormValue)], key: &str| {
        set.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    let mut out = Vec::new();
    for (key, v) in &new_f {
        let differs = match value(&old_f, key) {
            Some(o) => !crate::case::edit::same(&o, v),
            None => true,
        };
        if differs {
            out.push(key.clone());
        }
    }
    for (key, _) in &old_f {
        if value(&new_f, key).is_none() && !out.contains(key) {
            out.push(key.clone());
        }
    }
    if notes_of(old) != notes_of(new) {
        out.push("notes".into());
    }
    out
}

/// The free text after a frontmatter's closing `---` (all of it when there
/// is no frontmatter), with surrounding blank space trimmed.
fn notes_of(text: &str) -> &str {
    let rest = text
        .strip_prefix("---")
        .and_then(|r| r.split_once("\n---").map(|(_, after)| after))
        .map(|after| after.split_once('\n').map_or("", |(_, body)| body))
        .unwrap_or(text);
    rest.trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_fields_names_the_changed_the_added_the_removed_and_the_notes() {
        let old = "---\nkind: daycare\ndate: 2026-11-24\ntopics: [a]\n---\nold notes\n";
        let new = "---\nkind: daycare\ndate: 2026-11-25\nplace: x\n---\nnew notes\n";
        assert_eq!(
            changed_fields(old, new),
            vec!["date", "place", "topics", "notes"]
        );
        assert!(changed_fields(old, old).is_empty());
    }

    #[test]
    fn an_ident_line_is_an_author_only_with_a_name_and_an_email() {
        assert_eq!(
            parse_ident("Sanna Virtanen <sanna@example.invalid> 1796622658 +0200"),
            Some(Author {
                name: "Sanna Virtanen".into(),
                email: "sanna@example.invalid".into()
            })
        );
        assert_eq!(parse_ident(" <x@y> 1 +0000"), None);
        assert_eq!(parse_ident("Sanna <> 1 +0000"), None);
    }
}
