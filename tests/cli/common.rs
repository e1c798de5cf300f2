//! The one real-process harness: a temporary case folder, the real `lsk`
//! binary run over it ([`Env::lsk`], [`Env::cmd`]), the real server
//! ([`Env::server`], [`http`]), what is on disk ([`snapshot`]), the tools a
//! test needs or the skip it reports ([`tool`], [`browser_ready`]), and the
//! fixtures the test files share. No test runs `lsk` any other way.
//!
//! A test that cannot run for want of a tool says so: a line
//! `SKIPPED: <test>: <tool> missing` on the terminal (past the test
//! harness's capture) and in the skip log (`LSK_SKIP_LOG`, else
//! target/lsk-skipped.txt); with `LSK_REQUIRE_TOOLS` (any tool) or
//! `LSK_REQUIRE_BROWSER` (the browser's) set, the skip is a failure.
//! docs/testing.md says how to run the fast loop without them.
#![allow(dead_code)] // each test file uses its part

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-22";

pub struct Env {
    dir: TempDir,
}

/// The `lsk` under test: the one path to it.
pub fn lsk_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_lsk"))
}

/// A `std::process::Command` for `lsk` in `dir` with the harness's
/// environment: `LSK_TODAY`, `NO_COLOR`, no locale, no `COLUMNS`, no
/// `SOURCE_DATE_EPOCH`, no `LSK_BROWSER`, and git without the machine's
/// own configuration (`GIT_CONFIG_GLOBAL` empty, no system file, no
/// author or committer from the environment): a test that wants a worker
/// known to git sets her in the repository (`git config user.name`), so
/// the tests pass the same on a CI machine with no git identity. For what [`Cmd`] cannot do (a
/// pipe closed early, a child kept running); [`Cmd::run`] otherwise.
pub fn lsk_command(dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(lsk_path());
    cmd.current_dir(dir)
        .env("LSK_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LANGUAGE")
        .env_remove("COLUMNS")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("LSK_BROWSER")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_AUTHOR_NAME")
        .env_remove("GIT_AUTHOR_EMAIL")
        .env_remove("GIT_COMMITTER_NAME")
        .env_remove("GIT_COMMITTER_EMAIL")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    cmd
}

/// How long one `lsk` may run before the test fails (a hang is a failure,
/// not a stuck test run). Printing through a browser takes the longest.
pub const TIME_LIMIT: Duration = Duration::from_secs(240);

/// How long one real-browser scenario may run: the team page's sweep
/// visits every kind of page twice in two languages with an accessibility
/// check at two widths (about 100 s on a free machine, over 240 s on one
/// shared by several builds).
pub const SCENARIO_LIMIT: Duration = Duration::from_secs(600);

/// One run of `lsk` being set up: [`Env::cmd`].
pub struct Cmd {
    command: std::process::Command,
    input: Option<Vec<u8>>,
    limit: Duration,
}

impl Cmd {
    fn new(dir: &Path, args: &[&str]) -> Cmd {
        let mut command = lsk_command(dir);
        command.args(args);
        Cmd {
            command,
            input: None,
            limit: TIME_LIMIT,
        }
    }

    /// Run in `dir` instead of the case folder.
    pub fn dir(mut self, dir: impl AsRef<Path>) -> Cmd {
        self.command.current_dir(dir);
        self
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Cmd {
        self.command.arg(arg);
        self
    }

    pub fn var(mut self, key: &str, value: impl AsRef<OsStr>) -> Cmd {
        self.command.env(key, value);
        self
    }

    pub fn vars(mut self, vars: &[(&str, &str)]) -> Cmd {
        self.command.envs(vars.iter().copied());
        self
    }

    pub fn remove_var(mut self, key: &str) -> Cmd {
        self.command.env_remove(key);
        self
    }

    /// What `lsk` reads on its standard input (else nothing: /dev/null).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Cmd {
        self.input = Some(bytes.into());
        self
    }

    /// Fail the test if `lsk` runs longer than `limit` ([`TIME_LIMIT`]
    /// otherwise).
    pub fn timeout(mut self, limit: Duration) -> Cmd {
        self.limit = limit;
        self
    }

    /// Run `lsk` through `wrapper ARGS` (`setpriv ... --`, `script`...):
    /// the same folder, variables and arguments.
    pub fn via(self, wrapper: &Path, args: &[&str]) -> Cmd {
        let old = &self.command;
        let mut command = std::process::Command::new(wrapper);
        command
            .args(args)
            .arg(old.get_program())
            .args(old.get_args());
        if let Some(dir) = old.get_current_dir() {
            command.current_dir(dir);
        }
        for (key, value) in old.get_envs() {
            match value {
                Some(value) => command.env(key, value),
                None => command.env_remove(key),
            };
        }
        Cmd { command, ..self }
    }

    /// Run it to the end; the test fails on a panic or past the time limit.
    pub fn run(self) -> Run {
        let shown = format!("{:?}", self.command);
        let mut std_command = self.command;
        if self.input.is_none() {
            std_command.stdin(Stdio::null());
        }
        let mut command = assert_cmd::Command::from_std(std_command);
        command.timeout(self.limit);
        if let Some(bytes) = self.input {
            command.write_stdin(bytes);
        }
        let out = command.output().unwrap_or_else(|e| panic!("{shown}: {e}"));
        let run = Run::from(out);
        assert!(
            !run.stderr.contains("panicked"),
            "lsk panicked: {}",
            run.stderr
        );
        assert!(
            run.code != -1,
            "{shown} was stopped (time limit or signal): {}",
            run.stderr
        );
        run
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", self.stdout, self.stderr))
    }

    /// The findings of a JSON run.
    pub fn findings(&self) -> Vec<Value> {
        self.json()["findings"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// (rule, field) of every finding.
    pub fn rules(&self) -> Vec<(String, String)> {
        self.findings()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap_or("").to_owned(),
                    f["field"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    pub fn has(&self, rule: &str) -> bool {
        self.findings().iter().any(|f| f["rule"] == rule)
    }

    pub fn find(&self, rule: &str, field: &str) -> Option<Value> {
        self.findings()
            .into_iter()
            .find(|f| f["rule"] == rule && (field.is_empty() || f["field"] == field))
    }
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A case at the root with an English lsk.yaml.
    pub fn case(born: &str) -> Env {
        let env = Env::new();
        env.write("lsk.yaml", &case_yaml(born, "en"));
        env
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, bytes).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.join(rel)).unwrap()
    }

    pub fn meeting(&self, name: &str, text: &str) -> String {
        let rel = format!("meetings/{name}/meeting.md");
        self.write(&rel, text);
        rel
    }

    pub fn lsk(&self, args: &[&str]) -> Run {
        self.lsk_in(self.path(), args)
    }

    pub fn lsk_in(&self, dir: &Path, args: &[&str]) -> Run {
        self.lsk_with(dir, args, &[])
    }

    /// `lsk` with tables and messages as wide as they come (no wrapping
    /// at 80 columns): for a test that reads a whole row.
    pub fn lsk_wide(&self, args: &[&str]) -> Run {
        self.lsk_with(self.path(), args, &[("COLUMNS", "1000")])
    }

    /// `lsk` in `dir` with extra environment variables.
    pub fn lsk_with(&self, dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Run {
        self.cmd(args).dir(dir).vars(vars).run()
    }

    /// `lsk ARGS` in this folder, to be given more (a folder, variables,
    /// input, a time limit) before [`Cmd::run`].
    pub fn cmd(&self, args: &[&str]) -> Cmd {
        Cmd::new(self.path(), args)
    }

    /// The real `lsk serve --no-open` over this folder (its working
    /// folder), stopped when dropped.
    pub fn server(&self) -> Server {
        self.server_with(&[], &[])
    }

    /// `lsk serve --no-open ARGS` over this folder with extra variables.
    pub fn server_with(&self, args: &[&str], vars: &[(&str, &str)]) -> Server {
        Server::start(self.path(), args, vars)
    }

    /// Every file and folder in the case: see [`snapshot`].
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        snapshot(self.path())
    }

    /// `lsk check --format json` with extra arguments.
    pub fn check(&self, args: &[&str]) -> Run {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        self.lsk(&all)
    }
}

/// The folder of the meeting `env_with` writes.
pub const DIR: &str = "meetings/2026-11-10-daycare";

/// An English case with one meeting, `meetings/2026-11-10-daycare`.
pub fn env_with(text: &str) -> Env {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", text);
    env
}

/// `lsk render ARGS...`.
pub fn render(env: &Env, args: &[&str]) -> Run {
    let mut all = vec!["render"];
    all.extend_from_slice(args);
    env.lsk(&all)
}

pub fn case_yaml(born: &str, lang: &str) -> String {
    format!(
        "child:\n  name: Robin\n  born: {born}\nresponsible_worker: Sam Worker\nlanguage: {lang}\nstage: client\n"
    )
}

/// Replace `from` with `to` in `text`; the test is wrong if `from` is absent.
pub fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "`{from}` not in the text");
    text.replacen(from, to, 1)
}

/// Remove the one-line top-level key `key`.
pub fn drop_key(text: &str, key: &str) -> String {
    let prefix = format!("{key}:");
    assert!(text.lines().any(|l| l.starts_with(&prefix)), "no {key}");
    text.lines()
        .filter(|l| !l.starts_with(&prefix))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A daycare meeting held on 2026-11-10, complete for every phase.
pub const DAYCARE: &str = "---
kind: daycare
date: 2026-11-10
time: 13:00
duration_min: 60
place: Daycare Centre Lark
goal: Agree how daycare supports Robin's mornings
invited_by: Sam Worker
chair: Sam Worker
note_taker: Sam Worker
child_support_person: Dana Carer
invitees:
  - name: Sam Worker
    role: social-worker
    organisation: Child welfare
  - name: Pat Parent
    role: parent
    relation: mother
    guardian: true
  - name: Dana Carer
    role: daycare
    relation: Robin's key worker
child_attends: no
child_attendance_reason: A long meeting is too much for a five-year-old
child_preparation:
  by: Dana Carer
  told_who_is_coming: yes
  told_topics: yes
  child_wants_to_talk_about: friends
  child_wants_adults_to_discuss: lunch
family_views: The family wants calmer mornings
topics:
  - by: Pat Parent
    topic: Mornings
    discussion: Mornings are rushed; a picture chart was agreed
memo_consent:
  given_by: [Pat Parent]
  date: 2026-11-10
  recipients: [daycare]
child_views: Robin likes the sandpit
summary: Daycare follows the mornings
agreed:
  - action: Morning chart at home
    owner: Pat Parent
    due: 2026-12-01
informing_child:
  - who: Pat Parent
  - who: Dana Carer
evaluation: It went well
next_meeting: 2027-01-10
---

Notes.
";

/// A family group conference held on 2026-11-10, complete for every phase.
pub const FGC: &str = "---
kind: family-group-conference
date: 2026-11-10
time: 16:00
duration_min: 240
place: Parish hall
goal: The relatives plan how they support Robin
invited_by: Kim Convener
chair: Kim Convener
note_taker: Kim Convener
child_support_person: Uncle Lee
invitees:
  - name: Kim Convener
    role: convener
  - name: Sam Worker
    role: social-worker
  - name: Pat Parent
    role: parent
  - name: Uncle Lee
    role: relative
child_attends: yes
child_attendance_reason: Robin wants to be there
child_preparation:
  by: Uncle Lee
  told_who_is_coming: yes
  told_topics: yes
  child_wants_to_talk_about: football
  child_wants_adults_to_discuss: evenings
family_views: Robin stays at home
plan_topics:
  - evenings
topics:
  - by: Sam Worker
    topic: The concern
    discussion: Sam told what the concern is and how child welfare can help
memo_consent:
  given_by: [Pat Parent]
  recipients: []
child_views: Robin wants to live at home
summary: The relatives share the evenings
plan: Grandmother stays the evenings
child_wishes_in_plan: Robin wants to stay at home; the plan keeps him at home
plan_evaluation: Accepted; family work supports the evenings
agreed:
  - action: Rota of evenings
    owner: Uncle Lee
informing_child:
  - who: Uncle Lee
  - who: Pat Parent
evaluation: Good
next_meeting: 2027-01-10
---
";

// ---- what is on disk ----

/// Every file, folder and link under `dir` (links not followed), keyed by
/// its path: a file with its bytes, a folder as `DIR/` with nothing, a link
/// as `-> TARGET`. Equal snapshots before and after prove that nothing was
/// written, made, removed or linked. A file lsk cannot read either is kept
/// as `<unreadable>`.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(false) {
        let entry = match entry {
            Ok(entry) => entry,
            // No folder at all is an empty snapshot.
            Err(e) if e.depth() == 0 && !dir.exists() => continue,
            // A folder that cannot be listed is kept as such.
            Err(e) => {
                let at = e.path().unwrap_or(dir);
                let rel = at.strip_prefix(dir).unwrap_or(at).display().to_string();
                out.insert(format!("{rel}/<unreadable>"), Vec::new());
                continue;
            }
        };
        let rel = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .display()
            .to_string();
        let kind = entry.file_type();
        if kind.is_dir() {
            out.insert(format!("{rel}/"), Vec::new());
        } else if kind.is_symlink() {
            let target = fs::read_link(entry.path()).unwrap_or_default();
            out.insert(rel, format!("-> {}", target.display()).into_bytes());
        } else if kind.is_file() {
            let bytes = fs::read(entry.path()).unwrap_or_else(|_| b"<unreadable>".to_vec());
            out.insert(rel, bytes);
        } else {
            // A pipe, socket or device: never opened (a pipe would block).
            out.insert(rel, b"<not a file>".to_vec());
        }
    }
    out
}

// ---- the real server ----

/// The real `lsk serve --no-open` ([`Env::server`]): its address, port and
/// token from its first line, the rest of its output to read; stopped when
/// dropped, and the test fails if it panicked.
pub struct Server {
    pub child: Child,
    /// The first line: `http://127.0.0.1:PORT/?token=TOKEN`.
    pub url: String,
    pub port: u16,
    pub token: String,
    /// What it prints after its address.
    pub out: BufReader<ChildStdout>,
    stderr: tempfile::NamedTempFile,
}

impl Server {
    /// `lsk serve --no-open ARGS` in `dir` with the harness's environment,
    /// a 300 s idle stop (for a test left hanging) and `vars` over both.
    pub fn start(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Server {
        let stderr = tempfile::NamedTempFile::new().expect("a file for the server's errors");
        let mut child = lsk_command(dir)
            .args(["serve", "--no-open"])
            .args(args)
            .env("LSK_SERVE_IDLE_SECS", "300")
            .env("BROWSER", "/nonexistent-browser")
            .envs(vars.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr.reopen().expect("the server's error file"))
            .spawn()
            .expect("lsk serve starts");
        let mut out = BufReader::new(child.stdout.take().expect("piped"));
        let mut line = String::new();
        let _ = out.read_line(&mut line);
        let url = line.trim().to_owned();
        let Some((port, token)) = url
            .strip_prefix("http://127.0.0.1:")
            .and_then(|rest| rest.split_once("/?token="))
        else {
            let _ = child.kill();
            let _ = child.wait();
            let said = fs::read_to_string(stderr.path()).unwrap_or_default();
            panic!("lsk serve's first line is not its address: {url:?}\n{said}");
        };
        Server {
            port: port.parse().expect("a port"),
            token: token.to_owned(),
            url,
            child,
            out,
            stderr,
        }
    }

    /// One request (a whole HTTP/1.1 message) to this server: [`http`].
    pub fn request(&self, request: &str) -> String {
        http(self.port, request)
    }

    /// `GET path` with `cookie` (may be empty), connection closed.
    pub fn get(&self, path: &str, cookie: &str) -> String {
        let cookie = if cookie.is_empty() {
            String::new()
        } else {
            format!("Cookie: {cookie}\r\n")
        };
        self.request(&format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{cookie}Connection: close\r\n\r\n",
            self.port
        ))
    }

    /// The session cookie (`name=value`) the token is exchanged for.
    pub fn cookie(&self) -> String {
        let answer = self.get(&format!("/?token={}", self.token), "");
        answer
            .lines()
            .find_map(|l| {
                let (name, value) = l.split_once(':')?;
                name.eq_ignore_ascii_case("set-cookie")
                    .then(|| value.trim().split(';').next().unwrap_or("").to_owned())
            })
            .unwrap_or_else(|| panic!("the token is not exchanged for a cookie:\n{answer}"))
    }

    /// Its exit status if it stops within `limit` (it stops by itself
    /// when idle), else `None`.
    pub fn stopped_within(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the server's status") {
                return Some(status);
            }
            if start.elapsed() > limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// What it wrote to its standard error so far.
    pub fn stderr(&self) -> String {
        fs::read_to_string(self.stderr.path()).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let said = self.stderr();
        if said.contains("panicked") && !std::thread::panicking() {
            panic!("lsk serve panicked: {said}");
        }
    }
}

/// One HTTP/1.1 request over a plain socket to loopback: the whole answer.
pub fn http(port: u16, request: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("the server listens");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a read timeout");
    s.write_all(request.as_bytes())
        .expect("the request is sent");
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

// ---- tools a test needs, and the skips it reports ----

/// Where `name` is on PATH.
pub fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// The browser's tools: required by `LSK_REQUIRE_BROWSER` as well as by
/// `LSK_REQUIRE_TOOLS`.
const BROWSER_TOOLS: &[&str] = &["chromium", "node", "pdftotext", "tests/browser"];

/// The tool `name` on PATH (`chromium` is any of chromium,
/// chromium-browser, google-chrome), or `None` after reporting the skip
/// ([`skip`]; a failure when the tool is required).
pub fn tool(name: &str) -> Option<PathBuf> {
    let found = if name == "chromium" {
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .find_map(|n| on_path(n))
    } else {
        on_path(name)
    };
    if found.is_none() {
        skip(name);
    }
    found
}

/// Whether a missing `what` fails the test instead of skipping it.
pub fn required(what: &str) -> bool {
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty() && v != "0");
    set("LSK_REQUIRE_TOOLS")
        || (BROWSER_TOOLS.iter().any(|t| what.starts_with(t)) && set("LSK_REQUIRE_BROWSER"))
}

/// The running test's name (`module::test`), from its thread.
pub fn test_name() -> String {
    std::thread::current()
        .name()
        .filter(|n| *n != "main")
        .unwrap_or("(a test on the main thread)")
        .to_owned()
}

/// The file skips are recorded in: `LSK_SKIP_LOG`, else
/// target/lsk-skipped.txt.
pub fn skip_log() -> PathBuf {
    match std::env::var_os("LSK_SKIP_LOG") {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => Path::new(env!("CARGO_TARGET_TMPDIR"))
            .parent()
            .unwrap_or(Path::new("target"))
            .join("lsk-skipped.txt"),
    }
}

/// The running test cannot run without `what`: say so on the terminal
/// (past the test harness's capture, so that `cargo test` shows it),
/// record it in [`skip_log`], and fail when `what` is [`required`]. The
/// caller then returns without testing.
pub fn skip(what: &str) {
    let line = format!("SKIPPED: {}: {what} missing", test_name());
    let mut log = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(skip_log())
        .unwrap_or_else(|e| panic!("{}: {e}", skip_log().display()));
    // One write: lines from tests running side by side do not mix.
    log.write_all(format!("{line}\n").as_bytes())
        .unwrap_or_else(|e| panic!("{}: {e}", skip_log().display()));
    assert!(
        !required(what),
        "{line}, and LSK_REQUIRE_TOOLS or LSK_REQUIRE_BROWSER says it must run"
    );
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// tests/browser, where the scenarios and their node_modules are.
pub fn scenarios() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Whether a browser scenario can run: node, tests/browser's packages
/// (playwright-core, axe-core) and a chromium; otherwise the skip is
/// reported ([`skip`]) and the test returns.
pub fn browser_ready() -> bool {
    let modules = scenarios().join("node_modules");
    if tool("node").is_none() || tool("chromium").is_none() {
        return false;
    }
    if !modules.join("playwright-core/package.json").is_file()
        || !modules.join("axe-core/axe.min.js").is_file()
    {
        skip("tests/browser");
        return false;
    }
    true
}

/// Run the browser scenario tests/browser/NAME.mjs against `server` with
/// the JSON `spec`: it must exit 0 and end with `NAME: N passed, 0 failed`
/// with N > 0 (a scenario that stopped before its first step fails).
/// What it printed.
pub fn scenario(name: &str, server: &Server, spec: &Value, dir: &Path) -> String {
    scenario_at(name, &server.url, spec, dir)
}

/// [`scenario`] with its first argument given (`-` for a scenario that
/// starts lsk itself).
pub fn scenario_at(name: &str, url: &str, spec: &Value, dir: &Path) -> String {
    let spec_path = dir.join(format!("{name}-spec.json"));
    fs::write(
        &spec_path,
        serde_json::to_string_pretty(spec).expect("a spec"),
    )
    .expect("the spec is written");
    let out = assert_cmd::Command::new("node")
        .arg(scenarios().join(format!("{name}.mjs")))
        .arg(url)
        .arg(&spec_path)
        .timeout(SCENARIO_LIMIT)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let report = format!("{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "the {name} scenario failed:\n{report}"
    );
    let last = stdout.lines().last().unwrap_or_default();
    let passed = last
        .strip_prefix(&format!("{name}: "))
        .and_then(|rest| rest.strip_suffix(" passed, 0 failed"))
        .and_then(|n| n.parse::<u32>().ok());
    assert!(
        passed.is_some_and(|n| n > 0),
        "no closing line `{name}: N passed, 0 failed` with N > 0:\n{report}"
    );
    assert!(!stdout.contains("\nFAIL "), "{report}");
    stdout
}

/// The text of a PDF as poppler's pdftotext reads it, or `None` after
/// reporting that pdftotext is missing ([`skip`]).
pub fn pdf_text(pdf: &Path) -> Option<String> {
    let pdftotext = tool("pdftotext")?;
    let out = std::process::Command::new(pdftotext)
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

// ---- fixtures the test files share ----

/// The meeting folder name most tests use.
pub const MEETING: &str = "2026-11-10-daycare";

/// A fictional Finnish personal identity code with a valid check mark.
pub const CODE: &str = "131052-308T";

/// A team folder of English cases (born 2021-03) named `cases`, each with
/// the [`DAYCARE`] meeting [`MEETING`].
pub fn team(cases: &[&str]) -> Env {
    let env = Env::new();
    for case in cases {
        env.write(&format!("{case}/lsk.yaml"), &case_yaml("2021-03", "en"));
        env.write(&format!("{case}/meetings/{MEETING}/meeting.md"), DAYCARE);
    }
    env
}

/// `git ARGS` in `dir` as a fictional test worker, kept from the user's
/// own configuration and repository; its output.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Test Worker")
        .env("GIT_AUTHOR_EMAIL", "worker@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test Worker")
        .env("GIT_COMMITTER_EMAIL", "worker@example.invalid")
        .env("LSK_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR")
        .output()
        .expect("git runs")
}

/// [`git`], which must succeed.
pub fn git_ok(dir: &Path, args: &[&str]) -> Output {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// An English case (born 2021-05) with a daycare meeting on 2026-12-01 at
/// 13:00 as `lsk new-meeting` writes it, comments and all.
pub fn scaffolded() -> Env {
    let env = Env::case("2021-05");
    let run = env.lsk(&[
        "new-meeting",
        "--kind",
        "daycare",
        "--date",
        "2026-12-01",
        "--time",
        "13:00",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    env
}

/// The harness's own promise: a snapshot changes with a new empty folder,
/// a link and a pipe, not only with a file's bytes.
#[cfg(unix)]
#[test]
fn a_snapshot_sees_folders_links_and_pipes() {
    let env = Env::case("2021-03");
    let before = env.snapshot();
    fs::create_dir(env.join("empty")).expect("a folder");
    let with_folder = env.snapshot();
    assert_ne!(before, with_folder, "a new empty folder is unseen");
    std::os::unix::fs::symlink("/etc", env.join("link")).expect("a link");
    let with_link = env.snapshot();
    assert_ne!(with_folder, with_link, "a new link is unseen");
    let made = std::process::Command::new("mkfifo")
        .arg(env.join("pipe"))
        .status()
        .is_ok_and(|s| s.success());
    assert!(made, "mkfifo");
    assert_ne!(with_link, env.snapshot(), "a new pipe is unseen");
}

/// Another child's case (born 2019-05) with one daycare meeting,
/// `2026-10-01-daycare`, to which Ola Other is invited: what a link out of
/// a case leads to in the tests.
#[cfg(unix)]
pub fn other_childs_case() -> Env {
    let other = Env::case("2019-05");
    other.meeting(
        "2026-10-01-daycare",
        &edit(
            DAYCARE,
            "Pat Parent\n    role: parent",
            "Ola Other\n    role: parent",
        ),
    );
    other
}

/// `linked` in `env` (`meetings`, or a folder or file below it) made a
/// link to the same place in `other`.
#[cfg(unix)]
pub fn link_to_other(env: &Env, other: &Env, linked: &str) {
    let at = env.join(linked);
    std::fs::create_dir_all(at.parent().unwrap()).unwrap();
    if at.is_dir() {
        std::fs::remove_dir(&at).unwrap();
    }
    std::os::unix::fs::symlink(other.join(linked), at).unwrap();
}
