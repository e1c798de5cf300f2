//! `lsk hook run` through the installed pre-commit hook and real `git
//! commit`: it checks exactly what is staged, refuses what must never be
//! committed, and only reports the rest.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::*;

/// A git repository in a temporary folder with lsk's hook installed, its
/// git configuration kept from the user's own.
struct Repo {
    env: Env,
}

impl Repo {
    /// An empty repository with the hook installed.
    fn new() -> Repo {
        let repo = Repo { env: Env::new() };
        assert!(repo.git(&["init", "-q"]).status.success());
        let out = repo.command(&lsk_path(), &["hook", "install"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        repo
    }

    /// A repository holding one case at `dir` ("" for its root), committed.
    fn with_case(dir: &str, lang: &str) -> Repo {
        let repo = Repo::new();
        repo.env
            .write(&join(dir, "lsk.yaml"), &case_yaml("2021-03", lang));
        repo.add(&["."]);
        repo.commit_ok("case");
        repo
    }

    fn command(&self, program: &Path, args: &[&str]) -> Output {
        Command::new(program)
            .current_dir(self.env.path())
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Test Worker")
            .env("GIT_AUTHOR_EMAIL", "worker@example.invalid")
            .env("GIT_COMMITTER_NAME", "Test Worker")
            .env("GIT_COMMITTER_EMAIL", "worker@example.invalid")
            .env("LSK_TODAY", TODAY)
            .env("NO_COLOR", "1")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("GIT_DIR")
            .env_remove("GIT_INDEX_FILE")
            .env_remove("GIT_WORK_TREE")
            .output()
            .unwrap()
    }

    fn git(&self, args: &[&str]) -> Output {
        self.command(Path::new("git"), args)
    }

    fn add(&self, paths: &[&str]) {
        let mut args = vec!["add", "--"];
        args.extend_from_slice(paths);
        let out = self.git(&args);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }

    /// `git commit`; what the hook said (git shows it on its standard error).
    fn commit(&self, args: &[&str]) -> (bool, String) {
        let mut all = vec!["commit", "-q", "-m", "test"];
        all.extend_from_slice(args);
        let out = self.git(&all);
        let said = text(&out.stderr);
        assert!(!said.contains("panicked"), "{said}");
        (out.status.success(), said)
    }

    fn commit_ok(&self, what: &str) -> String {
        let (ok, said) = self.commit(&[]);
        assert!(ok, "{what}: the commit was refused:\n{said}");
        said
    }

    fn commit_refused(&self, what: &str) -> String {
        let heads = self.commits();
        let (ok, said) = self.commit(&[]);
        assert!(!ok, "{what}: the commit went through:\n{said}");
        assert_eq!(self.commits(), heads, "{what}: a commit was made");
        said
    }

    fn commits(&self) -> usize {
        text(&self.git(&["rev-list", "--all"]).stdout)
            .lines()
            .count()
    }

    /// The committed text of a file.
    fn committed(&self, path: &str) -> String {
        text(&self.git(&["show", &format!("HEAD:{path}")]).stdout)
    }

    /// Forget what is staged and changed since the last commit.
    fn reset(&self) {
        assert!(self.git(&["reset", "-q", "--hard"]).status.success());
        assert!(self.git(&["clean", "-q", "-fd"]).status.success());
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn join(dir: &str, rel: &str) -> String {
    if dir.is_empty() {
        rel.to_owned()
    } else {
        format!("{dir}/{rel}")
    }
}

fn with_notes(meeting: &str, notes: &str) -> String {
    format!("{meeting}\n{notes}\n")
}

#[test]
fn the_staged_content_is_checked_not_the_working_tree() {
    let repo = Repo::with_case("", "en");
    let meeting = repo.env.meeting("2026-11-10-daycare", DAYCARE);
    repo.add(&["."]);
    repo.commit_ok("a complete meeting");

    // A code staged, then removed from the working tree only: refused.
    repo.env
        .write(&meeting, &with_notes(DAYCARE, &format!("Born {CODE}.")));
    repo.add(&[&meeting]);
    repo.env
        .write(&meeting, &with_notes(DAYCARE, "Born in October."));
    let said = repo.commit_refused("a staged code");
    assert!(said.contains("identity-code"), "{said}");
    assert!(said.contains(&format!("{meeting}:")), "{said}");
    assert!(
        said.contains("The commit (git commit) was not made"),
        "{said}"
    );
    assert!(said.contains("`git add`"), "{said}");
    assert!(!said.contains("--no-verify"), "not advice: {said}");
    // `git commit -a` stages the fixed working tree: allowed.
    let (ok, said) = repo.commit(&["-a"]);
    assert!(ok, "{said}");
    assert!(!repo.committed(&meeting).contains(CODE));

    // The reverse: clean staged, a code only in the working tree: allowed,
    // and the code is not committed.
    repo.env
        .write(&meeting, &with_notes(DAYCARE, "Born in November."));
    repo.add(&[&meeting]);
    repo.env
        .write(&meeting, &with_notes(DAYCARE, &format!("Born {CODE}.")));
    repo.commit_ok("a code in the working tree only");
    assert!(repo.committed(&meeting).contains("Born in November."));

    // `git commit PATH` commits that path only: a code staged elsewhere is
    // not part of it.
    repo.env.write("other.md", &format!("{CODE}\n"));
    repo.add(&["other.md"]);
    repo.add(&[&meeting]);
    let said = repo.commit_refused("the code in the meeting is now staged");
    assert!(
        said.contains("other.md") && said.contains(&meeting),
        "{said}"
    );
    repo.env
        .write(&meeting, &with_notes(DAYCARE, "Born in December."));
    let (ok, said) = repo.commit(&["--", &meeting]);
    assert!(ok, "{said}");
    assert!(repo.committed(&meeting).contains("Born in December."));
    assert!(repo.committed("other.md").is_empty(), "not committed");
}

#[test]
fn codes_are_refused_wherever_they_are() {
    let repo = Repo::with_case("aino", "en");
    repo.env
        .write("aino/meetings/2026-11-10-daycare/meeting.md", DAYCARE);
    repo.add(&["."]);
    repo.commit_ok("a team repository with one case");

    // In lsk.yaml.
    let case = format!("{}# {CODE}\n", case_yaml("2021-03", "en"));
    repo.env.write("aino/lsk.yaml", &case);
    repo.add(&["aino/lsk.yaml"]);
    let said = repo.commit_refused("a code in lsk.yaml");
    assert!(said.contains("aino/lsk.yaml:"), "{said}");
    assert!(said.contains("identity-code"), "{said}");
    repo.reset();

    // In a template override.
    repo.env
        .write("aino/templates/memo.md", &format!("# Memo\n\n{CODE}\n"));
    repo.add(&["aino/templates/memo.md"]);
    let said = repo.commit_refused("a code in a template");
    assert!(said.contains("aino/templates/memo.md:3"), "{said}");
    repo.reset();

    // In a file outside any case.
    repo.env
        .write("team/contacts.txt", &format!("Robin {CODE}\n"));
    repo.add(&["team/contacts.txt"]);
    let said = repo.commit_refused("a code outside any case");
    assert!(said.contains("team/contacts.txt:1"), "{said}");
    repo.reset();

    // In a Notepad "Unicode" (UTF-16) file.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in format!("Robin\r\n{CODE}\r\n").encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    repo.env.write_bytes("team/list.txt", &utf16);
    repo.add(&["team/list.txt"]);
    let said = repo.commit_refused("a code in a UTF-16 file");
    assert!(said.contains("team/list.txt:2"), "{said}");
    repo.reset();

    // A binary file is read as far as it is text; a near miss is not a code.
    repo.env
        .write_bytes("team/photo.bin", b"\x00\x01131052-308T\x00");
    repo.add(&["team/photo.bin"]);
    repo.commit_refused("a code in a binary file");
    repo.reset();
    repo.env.write("team/ref.txt", "case 131052-308X\n");
    repo.add(&["team"]);
    repo.commit_ok("a near miss");
}

#[test]
fn codes_in_names_links_messages_and_odd_encodings() {
    let repo = Repo::with_case("", "en");
    // In a path's name, at any depth.
    for path in [
        "liitteet/robin 131052-308T.txt",
        "meetings/x/131052-308T/a.txt",
    ] {
        repo.env.write(path, "nothing here\n");
        repo.add(&[path]);
        let said = repo.commit_refused(path);
        assert!(said.contains("identity-code"), "{said}");
        repo.reset();
    }
    // Where a link points.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("robin-131052-308T.txt", repo.env.join("link")).unwrap();
        repo.add(&["link"]);
        repo.commit_refused("a link to a name with a code");
        repo.reset();
    }
    // UTF-16 without a byte-order mark, and a file over a megabyte.
    let utf16: Vec<u8> = format!("Robin {CODE}\n")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    repo.env.write_bytes("a.txt", &utf16);
    repo.add(&["a.txt"]);
    repo.commit_refused("UTF-16 without BOM");
    repo.reset();
    repo.env
        .write("big.md", &format!("{}\n{CODE}\n", "x".repeat(1_200_000)));
    repo.add(&["big.md"]);
    repo.commit_refused("a big file");
    repo.reset();
    // A calendar file folded in the middle of a code, outside a meeting.
    repo.env.write(
        "extra.ics",
        &format!(
            "BEGIN:VCALENDAR\r\nLOCATION:{} 1310\r\n 52-308T\r\nEND:VCALENDAR\r\n",
            "x ".repeat(30)
        ),
    );
    repo.add(&["extra.ics"]);
    repo.commit_refused("a folded calendar");
    repo.reset();
    // The commit message.
    repo.env.write("notes.txt", "fine\n");
    repo.add(&["notes.txt"]);
    let heads = repo.commits();
    let out = repo.git(&[
        "commit",
        "-q",
        "-m",
        &format!("Removed Robin's hetu {CODE}"),
    ]);
    assert!(!out.status.success(), "a code in the message");
    assert_eq!(repo.commits(), heads);
    repo.commit_ok("the same change with a clean message");
}

/// `lsk check` and the hook read a file's or folder's name the same way:
/// a code written plainly, percent-encoded or in base64 (which a browser,
/// a mail reader or a tool shows decoded) is found by both; a name with a
/// `%` that decodes to nothing is refused by neither.
#[test]
fn check_and_the_hook_agree_on_every_name() {
    for (name, coded) in [
        ("2026-11-10-131052-308T", true),
        ("2026-11-10-%31%33%31%30%35%32-308T", true),
        ("2026-11-10-Um9iaW4gMTMxMDUyLTMwOFQ=", true),
        // A child's code with a hexadecimal sign and check character: the
        // whole name is hexadecimal digits and dashes, yet no hash.
        ("2026-11-10-150314A300C", true),
        ("2026-11-10-MTMxMDUyLTMwOFQ=", true),
        ("2026-11-10-100%", false),
        ("2026-11-10-100%-sali", false),
    ] {
        agree(&format!("meetings/{name}/meeting.md"), DAYCARE, coded);
    }
    // A file's name, read alone as `lsk check` reads it: an RTF text is
    // one from its start (`{\rtf`), which the whole path does not have.
    for (file, coded) in [
        ("Um9iaW4gMTMxMDUyLTMwOFQ=.txt", true),
        ("{\\rtf1 1310{\\b 52}-308T}.txt", true),
        ("100%.txt", false),
    ] {
        agree(
            &format!("meetings/2026-11-10-sali/{file}"),
            "notes\n",
            coded,
        );
    }
    // Outside any case, where no check runs, the hook reads each name so
    // too.
    let repo = Repo::new();
    repo.env
        .write("notes/{\\rtf1 1310{\\b 52}-308T}.txt", "notes\n");
    repo.add(&["notes"]);
    let said = repo.commit_refused("an RTF text as a name outside a case");
    assert!(said.contains("identity-code"), "{said}");
}

/// A file in a meeting folder named in Windows-1252 (Notepad's en dash,
/// byte 0x96, as the sign): `lsk check` finds the code in its name, as the
/// hook does (the name is no UTF-8; it was lost to a replacement character).
#[test]
#[cfg(unix)]
fn a_name_in_windows_1252_is_read_by_check_as_by_the_hook() {
    use std::os::unix::ffi::OsStrExt;
    let repo = Repo::with_case("", "en");
    repo.env
        .write("meetings/2026-11-10-sali/meeting.md", DAYCARE);
    let name = std::ffi::OsStr::from_bytes(b"liite 131052\x96308T.txt");
    std::fs::write(repo.env.join("meetings/2026-11-10-sali").join(name), "x\n").unwrap();
    let check = repo.env.check(&[]);
    assert!(check.has("identity-code"), "{}", check.stdout);
    repo.add(&["meetings"]);
    let said = repo.commit_refused("a Windows-1252 name");
    assert!(said.contains("identity-code"), "{said}");
}

/// A meeting folder whose name holds a code only once decoded: `lsk
/// check`'s report to a terminal (and so to a CI log) names it masked.
#[test]
fn a_coded_folder_name_is_masked_in_checks_report() {
    let env = env_with(DAYCARE);
    let name = "2026-11-12-%31%33%31%30%35%32-308T";
    env.write(&format!("meetings/{name}/meeting.md"), DAYCARE);
    let run = env.lsk(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("identity-code"), "{}", run.stdout);
    assert!(!run.stdout.contains("%31%33"), "{}", run.stdout);
    assert!(run.stdout.contains("XXXXXX-XXXX"), "{}", run.stdout);
}

/// `rel` written (with a meeting beside it) in a case: `lsk check` finds
/// an identity code in a name there exactly when the hook refuses it.
fn agree(rel: &str, text: &str, coded: bool) {
    let repo = Repo::with_case("", "en");
    let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
    repo.env.write(&format!("{dir}/meeting.md"), DAYCARE);
    repo.env.write(rel, text);
    let check = repo.env.check(&[]);
    let found = check.findings().iter().any(|f| {
        f["rule"] == "identity-code" && f["file"].as_str().is_some_and(|p| p.contains("meetings"))
    });
    assert_eq!(found, coded, "lsk check on {rel}: {}", check.stdout);
    repo.add(&["meetings"]);
    if coded {
        let said = repo.commit_refused(rel);
        assert!(said.contains("identity-code"), "{rel}: {said}");
    } else {
        repo.commit_ok(rel);
    }
}

#[test]
fn a_meeting_goes_in_only_with_its_case() {
    let repo = Repo::new();
    repo.env.write("aino/lsk.yaml", &case_yaml("2021-03", "en"));
    repo.env
        .write("aino/meetings/2026-11-10-daycare/memo.school.md", "copy\n");
    repo.add(&["aino/meetings"]);
    let said = repo.commit_refused("a meeting without its lsk.yaml");
    assert!(said.contains("lsk.yaml"), "{said}");
    repo.add(&["aino/lsk.yaml"]);
    let said = repo.commit_refused("now the copy is checked against consent");
    assert!(said.contains("consent"), "{said}");
}

#[test]
fn a_strict_setting_in_any_spelling_is_strict() {
    for setting in ["Strict", "STRICT ", "strikt"] {
        let repo = Repo::new();
        repo.env.write(
            "lsk.yaml",
            &format!("{}hook: {setting}\n", case_yaml("2021-03", "en")),
        );
        repo.env.write(
            "meetings/2026-12-10-daycare/meeting.md",
            &drop_key(&DAYCARE.replace("2026-11-10", "2026-12-10"), "goal"),
        );
        repo.add(&["."]);
        repo.commit_refused(setting);
    }
}

#[test]
fn copies_of_the_memo_need_consent() {
    let repo = Repo::with_case("", "en");
    let no_one = edit(DAYCARE, "recipients: [daycare]", "recipients: []");
    let meeting = repo.env.meeting("2026-11-10-daycare", &no_one);
    repo.add(&["."]);
    repo.commit_ok("a meeting whose memo goes to no one");

    repo.env
        .write("meetings/2026-11-10-daycare/memo.daycare.md", "# Memo\n");
    repo.add(&["."]);
    let said = repo.commit_refused("a daycare copy without consent");
    assert!(said.contains("consent"), "{said}");
    assert!(
        said.contains("meetings/2026-11-10-daycare/memo.daycare.md"),
        "{said}"
    );

    // The family agrees: the same copy is allowed.
    repo.env.write(&meeting, DAYCARE);
    repo.add(&[&meeting]);
    repo.commit_ok("a daycare copy with consent");
}

#[test]
fn folders_with_any_letters() {
    let repo = Repo::with_case("", "en");
    let held = edit(DAYCARE, "date: 2026-11-10", "date: 2026-11-24");
    let meeting = repo.env.meeting("2026-11-24-päiväkoti", &held);
    repo.add(&["."]);
    let said = repo.commit_ok("a valid meeting in a folder with ä");
    assert!(!said.contains("error"), "{said}");

    repo.env
        .write(&meeting, &with_notes(&held, &format!("Code {CODE}")));
    repo.add(&[&meeting]);
    let said = repo.commit_refused("a code in a folder with ä");
    assert!(
        said.contains("meetings/2026-11-24-päiväkoti/meeting.md:"),
        "{said}"
    );
}

#[test]
fn a_draft_is_saved_unless_the_case_is_strict() {
    let repo = Repo::with_case("", "en");
    let lsk = lsk_path();
    // The worker commits it herself here: lsk does not (--no-commit).
    let out = repo.command(
        &lsk,
        &[
            "--no-commit",
            "new-meeting",
            "--kind",
            "school",
            "--date",
            "2026-12-01",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    repo.add(&["."]);
    let said = repo.commit_ok("a half-filled meeting before its date");
    assert!(said.contains("Commit allowed;"), "{said}");
    assert!(said.contains("still to finish"), "{said}");
    assert!(
        said.contains("missing-field") && said.contains("goal"),
        "{said}"
    );

    // `hook: strict`: every error stops the commit.
    let strict = format!("{}hook: strict\n", case_yaml("2021-03", "en"));
    repo.env.write("lsk.yaml", &strict);
    repo.env.write(
        "meetings/2026-12-01-school/meeting.md",
        &format!(
            "{}\nMore notes.\n",
            repo.env.read("meetings/2026-12-01-school/meeting.md")
        ),
    );
    repo.add(&["."]);
    let said = repo.commit_refused("a half-filled meeting in a strict case");
    assert!(said.contains("hook: strict"), "{said}");
    assert!(said.contains("missing-field"), "{said}");

    // A value lsk does not know is taken as the stricter one (and
    // reported): a misspelt `strict` never turns strictness off.
    repo.env.write(
        "lsk.yaml",
        &format!("{}hook: sometimes\n", case_yaml("2021-03", "en")),
    );
    repo.add(&["lsk.yaml"]);
    let said = repo.commit_refused("an unknown hook value is strict");
    assert!(said.contains("invalid-value"), "{said}");
}

#[test]
fn merge_conflict_markers_are_refused() {
    let repo = Repo::with_case("", "en");
    let meeting = repo.env.meeting("2026-11-10-daycare", DAYCARE);
    repo.add(&["."]);
    repo.commit_ok("a complete meeting");
    let conflicted = with_notes(
        DAYCARE,
        "<<<<<<< HEAD\nMornings are calmer.\n=======\nMornings are hard.\n>>>>>>> other\n",
    );
    repo.env.write(&meeting, &conflicted);
    repo.add(&[&meeting]);
    let said = repo.commit_refused("conflict markers");
    assert!(said.contains("parse-error"), "{said}");
    assert!(said.contains("merge-conflict"), "{said}");

    // A Markdown heading underlined with `=======` is no conflict.
    repo.env.write(
        &meeting,
        &with_notes(DAYCARE, "Mornings\n=======\n\nCalmer.\n"),
    );
    repo.add(&[&meeting]);
    repo.commit_ok("a heading");
}

/// The hook finds conflict markers by `lsk check`'s one rule
/// (`case::merge_conflict_line`), the stricter of the two it once had: a
/// marker line with white space after it (an editor's tab) counts too.
#[test]
fn conflict_markers_with_trailing_white_space_are_refused() {
    let repo = Repo::with_case("", "en");
    repo.env.write(
        "notes.md",
        "Plan\n<<<<<<<\t\nMornings are calmer.\n=======\nMornings are hard.\n>>>>>>>\t\n",
    );
    repo.add(&["notes.md"]);
    let said = repo.commit_refused("conflict markers followed by a tab");
    assert!(said.contains("notes.md:2"), "{said}");
    assert!(said.contains("merge-conflict markers"), "{said}");
}

#[test]
fn a_commit_outside_any_case_passes_quietly() {
    let repo = Repo::new();
    repo.env.write("notes.txt", "Shopping list\n");
    repo.add(&["notes.txt"]);
    let said = repo.commit_ok("no case");
    assert_eq!(said, "", "nothing to say");
    // Nothing staged at all (`lsk hook run` by hand): nothing to check.
    let lsk = lsk_path();
    let out = repo.command(&lsk, &["hook", "run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
}

#[test]
fn messages_speak_the_case_language() {
    let repo = Repo::with_case("", "fi");
    let meeting = repo.env.meeting("2026-11-10-daycare", DAYCARE);
    repo.add(&["."]);
    repo.commit_ok("a meeting");
    repo.env
        .write(&meeting, &with_notes(DAYCARE, &format!("Hetu {CODE}")));
    repo.add(&[&meeting]);
    let said = repo.commit_refused("a code in a Finnish case");
    assert!(said.contains("Tallennusta (git commit) ei tehty"), "{said}");
    assert!(said.contains("tiedostossa on henkilötunnus"), "{said}");
    assert!(said.contains("uudelleen komennolla `git add`"), "{said}");
}

#[test]
fn hook_run_outside_git_is_exit_2() {
    let env = Env::new();
    let run = env
        .cmd(&["hook", "run"])
        .var("GIT_CEILING_DIRECTORIES", env.path().parent().unwrap())
        .remove_var("GIT_DIR")
        .run();
    assert_eq!(run.code, 2, "{}", run.stderr);
}

/// A fictional code in each encoding and layer a file may carry it in.
fn encoded_files() -> Vec<(&'static str, Vec<u8>)> {
    let b64 = |s: &[u8]| {
        const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for c in s.chunks(3) {
            let n = c.iter().fold(0u32, |a, b| (a << 8) | u32::from(*b)) << (8 * (3 - c.len()));
            for k in 0..4 {
                out.push(if k <= c.len() {
                    A[((n >> (18 - 6 * k)) & 63) as usize] as char
                } else {
                    '='
                });
            }
        }
        out
    };
    let utf32 = |s: &str, bom: bool| {
        let mut out = if bom { vec![0xFF, 0xFE, 0, 0] } else { vec![] };
        out.extend(s.chars().flat_map(|c| (c as u32).to_le_bytes()));
        out
    };
    let attachment = b64(format!("Robin Example\r\n{CODE}\r\n").as_bytes());
    vec![
        ("notepad.txt", b"Robin\r\n131052\x96308T\r\n".to_vec()),
        (
            "word.rtf",
            b"{\\rtf1\\ansi {\\b 1310}52\\'96308T\\par}".to_vec(),
        ),
        (
            "word2.rtf",
            b"{\\rtf1\\ansi 131052\\u8211?308T\\par}".to_vec(),
        ),
        (
            "mail.eml",
            b"Content-Transfer-Encoding: quoted-printable\n\n131052=E2=80=93308T\n".to_vec(),
        ),
        (
            "soft.eml",
            b"Content-Transfer-Encoding: quoted-printable\n\nRobin 1310=\n52-308T\n".to_vec(),
        ),
        ("page.html", b"<p>131052<b>-</b>308T</p>".to_vec()),
        ("entity.html", b"<p>131052&#45;308T</p>".to_vec()),
        ("utf32.txt", utf32(&format!("Robin\n{CODE}\n"), true)),
        ("utf32-nobom.txt", utf32(&format!("Robin\n{CODE}\n"), false)),
        (
            "attachment.eml",
            format!("Content-Transfer-Encoding: base64\n\n{attachment}\n").into_bytes(),
        ),
        (
            "image.md",
            format!("![scan](data:text/plain;base64,{attachment})\n").into_bytes(),
        ),
        ("strike.md", "1310~~52~~-308T\n".as_bytes().to_vec()),
        ("bold.md", "1310**52**-308T\n".as_bytes().to_vec()),
        ("zwj.md", "1310\u{200d}52-308T\n".as_bytes().to_vec()),
        ("nul.txt", b"1310\x0052-308T\n".to_vec()),
        ("mark.md", "13\u{301}1052-308T\n".as_bytes().to_vec()),
        ("touch.md", "ID131052-308T\n".as_bytes().to_vec()),
        ("spaces.md", "010203 -1230\n".as_bytes().to_vec()),
    ]
}

#[test]
fn every_encoding_is_refused() {
    let repo = Repo::new();
    for (name, bytes) in encoded_files() {
        let path = format!("team/{name}");
        repo.env.write_bytes(&path, &bytes);
        repo.add(&[&path]);
        let said = repo.commit_refused(name);
        assert!(said.contains(&format!("{path}:")), "{name}: {said}");
        assert!(said.contains("identity-code"), "{name}: {said}");
        repo.reset();
    }
    // What is not a code goes in.
    repo.env.write(
        "team/plain.md",
        "Phone 040 123 4567, IBAN FI21 1234 5600 0007 85, 131052-308A.\n",
    );
    repo.add(&["team/plain.md"]);
    repo.commit_ok("no code");
}

#[test]
fn messages_and_names_as_git_stores_them() {
    let repo = Repo::with_case("", "en");
    repo.env.write("a.txt", "a\n");
    repo.add(&["a.txt"]);
    repo.commit_ok("first");
    let refused = |args: &[&str], env: &[(&str, &str)], what: &str| {
        let heads = repo.commits();
        let mut cmd = Command::new("git");
        cmd.current_dir(repo.env.path())
            .args(["commit", "-q"])
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Test Worker")
            .env("GIT_AUTHOR_EMAIL", "worker@example.invalid")
            .env("GIT_COMMITTER_NAME", "Test Worker")
            .env("GIT_COMMITTER_EMAIL", "worker@example.invalid")
            .env("NO_COLOR", "1")
            .env_remove("LANG")
            .env_remove("LC_ALL");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(!out.status.success(), "{what}: committed");
        assert_eq!(repo.commits(), heads, "{what}");
        text(&out.stderr)
    };
    repo.env.write("a.txt", "b\n");
    repo.add(&["a.txt"]);
    // A `#` line that git keeps: with -m, and with --cleanup=verbatim.
    let said = refused(&["-m", &format!("#{CODE}")], &[], "# line with -m");
    assert!(said.contains("message holds"), "{said}");
    refused(
        &[
            "--cleanup=verbatim",
            "-m",
            "Fix",
            "-m",
            &format!("# {CODE}"),
        ],
        &[],
        "# line kept verbatim",
    );
    refused(&["-m", "Fix 1310**52**-308T"], &[], "emphasis in a message");
    // The author and committer.
    let said = refused(
        &[
            "-m",
            "Fix",
            &format!("--author=Robin {CODE} <r@example.invalid>"),
        ],
        &[],
        "--author",
    );
    assert!(said.contains("author"), "{said}");
    refused(
        &["-m", "Fix"],
        &[("GIT_AUTHOR_NAME", &format!("R {CODE}"))],
        "GIT_AUTHOR_NAME",
    );
    refused(
        &["-m", "Fix"],
        &[("GIT_COMMITTER_EMAIL", &format!("{CODE}@example.invalid"))],
        "GIT_COMMITTER_EMAIL",
    );
    repo.commit_ok("a clean message and author");
}

/// A bare repository to push to, beside the working one.
fn remote(repo: &Repo) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("git")
        .args(["init", "-q", "--bare"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let url = dir.path().to_string_lossy().into_owned();
    assert!(
        repo.git(&["remote", "add", "origin", &url])
            .status
            .success()
    );
    dir
}

fn push(repo: &Repo, args: &[&str]) -> (bool, String) {
    let mut all = vec!["push", "-q", "origin"];
    all.extend_from_slice(args);
    let out = repo.git(&all);
    let said = text(&out.stderr);
    assert!(!said.contains("panicked"), "{said}");
    (out.status.success(), said)
}

fn remote_has(dir: &Path, rev: &str) -> bool {
    Command::new("git")
        .arg("--git-dir")
        .arg(dir)
        .args(["rev-parse", "-q", "--verify", rev])
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn a_push_sends_no_code() {
    let repo = Repo::with_case("", "en");
    let hook = repo.env.join(".git/hooks/pre-push");
    assert!(hook.exists(), "pre-push installed with pre-commit");
    let bare = remote(&repo);
    repo.env.write("notes.md", "Mornings\n");
    repo.add(&["notes.md"]);
    repo.commit_ok("first");
    assert!(repo.git(&["branch", "-M", "main"]).status.success());
    let (ok, said) = push(&repo, &["main"]);
    assert!(ok, "{said}");

    // A conflict resolved during `git rebase --continue` is committed
    // without the pre-commit hook: the push stops it.
    assert!(
        repo.git(&["checkout", "-q", "-b", "topic"])
            .status
            .success()
    );
    repo.env.write("notes.md", "Mornings are calmer\n");
    repo.add(&["notes.md"]);
    repo.commit_ok("topic");
    assert!(repo.git(&["checkout", "-q", "-"]).status.success());
    repo.env.write("notes.md", "Mornings are hard\n");
    repo.add(&["notes.md"]);
    repo.commit_ok("main");
    assert!(repo.git(&["checkout", "-q", "topic"]).status.success());
    let rebase = repo.git(&["rebase", "-q", "main"]);
    assert!(
        !rebase.status.success(),
        "a conflict: {}",
        text(&rebase.stderr)
    );
    assert!(
        repo.env.read("notes.md").contains("<<<<<<<"),
        "{}{}",
        text(&rebase.stdout),
        text(&rebase.stderr)
    );
    repo.env.write("notes.md", "Mornings\n1310~~52~~-308T\n");
    repo.add(&["notes.md"]);
    let cont = repo.git(&["-c", "core.editor=true", "rebase", "--continue"]);
    assert!(cont.status.success(), "{}", text(&cont.stderr));
    assert!(
        repo.committed("notes.md").contains("1310~~52"),
        "committed past pre-commit"
    );
    let (ok, said) = push(&repo, &["topic"]);
    assert!(!ok, "the push went through: {said}");
    assert!(said.contains("The push (git push) was not made"), "{said}");
    assert!(said.contains("notes.md:2"), "{said}");
    assert!(!said.contains("308T"), "masked: {said}");
    assert!(!remote_has(bare.path(), "refs/heads/topic"));

    // A message and an author committed with --no-verify.
    repo.reset();
    assert!(
        repo.git(&["checkout", "-q", "-B", "other", "main"])
            .status
            .success()
    );
    repo.env.write("b.md", "b\n");
    repo.add(&["b.md"]);
    let out = repo.git(&[
        "commit",
        "-q",
        "--no-verify",
        "-m",
        &format!("# {CODE}"),
        "--cleanup=verbatim",
    ]);
    assert!(out.status.success());
    let (ok, said) = push(&repo, &["other"]);
    assert!(!ok && said.contains("its message"), "{said}");
    let out = repo.git(&[
        "commit",
        "-q",
        "--amend",
        "--no-verify",
        "-m",
        "b",
        &format!("--author=R {CODE} <r@example.invalid>"),
    ]);
    assert!(out.status.success());
    let (ok, said) = push(&repo, &["other"]);
    assert!(!ok && said.contains("author"), "{said}");
    let out = repo.git(&[
        "commit",
        "-q",
        "--amend",
        "--no-verify",
        "-m",
        "b",
        "--reset-author",
    ]);
    assert!(out.status.success());
    let (ok, said) = push(&repo, &["other"]);
    assert!(ok, "clean now: {said}");
    assert!(remote_has(bare.path(), "refs/heads/other"));

    // An annotated tag's message.
    let out = repo.git(&["tag", "-a", "v1", "-m", &format!("Release for {CODE}")]);
    assert!(out.status.success());
    let (ok, said) = push(&repo, &["v1"]);
    assert!(!ok && said.contains("tag v1"), "{said}");
    assert!(!remote_has(bare.path(), "refs/tags/v1"));
    let out = repo.git(&["tag", "-f", "-a", "v1", "-m", "Release"]);
    assert!(out.status.success());
    let (ok, said) = push(&repo, &["v1"]);
    assert!(ok, "{said}");
}

/// Attack report 23, H2: every remote-tracking branch counted as on the
/// server, so a stale one (a branch the team deleted there to remove a
/// leak) let the leaked commit through the pre-push hook.
#[test]
fn a_stale_remote_tracking_branch_does_not_let_a_push_past() {
    let repo = Repo::with_case("", "en");
    let bare = remote(&repo);
    repo.env.write("notes.md", "Mornings\n");
    repo.add(&["notes.md"]);
    repo.commit_ok("first");
    assert!(repo.git(&["branch", "-M", "main"]).status.success());
    let (ok, said) = push(&repo, &["main"]);
    assert!(ok, "{said}");
    repo.env.write("notes.md", &format!("Mornings {CODE}\n"));
    repo.add(&["notes.md"]);
    assert!(
        repo.git(&["commit", "-q", "--no-verify", "-m", "draft"])
            .status
            .success()
    );
    let stale = repo.git(&["update-ref", "refs/remotes/origin/old-draft", "HEAD"]);
    assert!(stale.status.success());
    let (ok, said) = push(&repo, &["main"]);
    assert!(!ok, "the push went through: {said}");
    assert!(said.contains("notes.md:1"), "{said}");
    // A new branch: what the server advertises is known, the stale
    // branch is not.
    let (ok, said) = push(&repo, &["main:refs/heads/topic"]);
    assert!(!ok, "the push went through: {said}");
    assert!(!remote_has(bare.path(), "refs/heads/topic"));
}

#[test]
fn the_pre_commit_framework_says_the_refs_in_variables() {
    let repo = Repo::with_case("", "en");
    repo.env.write("a.md", "1310\u{200b}52-308T\n");
    repo.add(&["a.md"]);
    let out = repo.git(&["commit", "-q", "--no-verify", "-m", "a"]);
    assert!(out.status.success());
    let head = text(&repo.git(&["rev-parse", "HEAD"]).stdout)
        .trim()
        .to_owned();
    let out = lsk_command(repo.env.path())
        .args(["hook", "push"])
        .env("PRE_COMMIT_TO_REF", &head)
        .env("PRE_COMMIT_FROM_REF", "0".repeat(40))
        .env("PRE_COMMIT_LOCAL_BRANCH", "refs/heads/main")
        .env("PRE_COMMIT_REMOTE_BRANCH", "refs/heads/main")
        .env("PRE_COMMIT_REMOTE_NAME", "origin")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("a.md:1"),
        "{}",
        text(&out.stderr)
    );
}
