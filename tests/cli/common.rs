//! A temporary case folder and the real `lsk` binary run over it.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-22";

pub struct Env {
    dir: TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
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
        let out = Command::cargo_bin("lsk")
            .unwrap()
            .current_dir(dir)
            .env("LSK_TODAY", TODAY)
            .env("NO_COLOR", "1")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("COLUMNS")
            .envs(vars.iter().copied())
            .args(args)
            .output()
            .unwrap();
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        assert!(
            !run.stderr.contains("panicked"),
            "lsk panicked: {}",
            run.stderr
        );
        run
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
memo_consent:
  given_by: [Pat Parent]
  recipients: []
child_views: Robin wants to live at home
summary: The relatives share the evenings
plan: Grandmother stays the evenings
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
