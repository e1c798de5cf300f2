//! Sharing through the team's git server (issue 23 "Done when"): a bare
//! repository as the organisation's server, two workers' clones, two
//! `lsk serve`s; both edit one meeting through HTTP (different fields,
//! then the same field), share with the button, and the worker chooses
//! in the side-by-side page. Also: offline, no remote, the push guard,
//! a document changed on both sides, lsk.yaml by field.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::{CODE, Env, Server, TODAY};

const MEETING: &str = "2026-11-24-daycare";

/// git in `dir` as the harness runs lsk: without the machine's own
/// configuration; the worker is the repository's `user.name`.
fn g(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_AUTHOR_NAME")
        .env_remove("GIT_AUTHOR_EMAIL")
        .env_remove("GIT_COMMITTER_NAME")
        .env_remove("GIT_COMMITTER_EMAIL")
        .env_remove("GIT_DIR")
        .env("LSK_TODAY", TODAY)
        .output()
        .expect("git runs")
}

fn g_ok(dir: &Path, args: &[&str]) -> String {
    let out = g(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The organisation's server (a bare repository) and two workers' clones
/// of a team repository holding the case `aino` with one meeting.
struct Team {
    env: Env,
}

impl Team {
    fn new() -> Team {
        let env = Env::new();
        let root = env.path();
        g_ok(root, &["init", "-q", "--bare", "-b", "main", "server.git"]);
        for (clone, name, email) in [
            ("sanna", "Sanna Virtanen", "sanna.virtanen@example.invalid"),
            ("maija", "Maija Korhonen", "maija.korhonen@example.invalid"),
        ] {
            if clone == "maija" {
                g_ok(root, &["clone", "-q", "server.git", clone]);
            } else {
                g_ok(root, &["init", "-q", "-b", "main", clone]);
                g_ok(
                    &root.join(clone),
                    &["remote", "add", "origin", "../server.git"],
                );
            }
            let dir = root.join(clone);
            g_ok(&dir, &["config", "user.name", name]);
            g_ok(&dir, &["config", "user.email", email]);
            if clone == "sanna" {
                // `lsk init` and `new-meeting` inside the team repository:
                // the team folder is the repository's root.
                let run = env.lsk_in(
                    &dir,
                    &[
                        "init",
                        "aino",
                        "--child",
                        "Aino",
                        "--born",
                        "2021-03",
                        "--worker",
                        "Sanna Virtanen",
                    ],
                );
                assert_eq!(run.code, 0, "{}", run.stderr);
                let run = env.lsk_in(
                    &dir.join("aino"),
                    &[
                        "new-meeting",
                        "--kind",
                        "daycare",
                        "--date",
                        "2026-11-24",
                        "--time",
                        "13:00",
                    ],
                );
                assert_eq!(run.code, 0, "{}", run.stderr);
                record(&dir, "Uusi asia");
                let run = env.lsk_in(&dir, &["sync"]);
                assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
            }
        }
        Team { env }
    }

    fn dir(&self, clone: &str) -> PathBuf {
        self.env.path().join(clone)
    }

    fn meeting(&self, clone: &str) -> PathBuf {
        self.dir(clone)
            .join(format!("aino/meetings/{MEETING}/meeting.md"))
    }

    fn read(&self, clone: &str) -> String {
        std::fs::read_to_string(self.meeting(clone)).unwrap()
    }

    fn server(&self, clone: &str) -> Server {
        Server::start(&self.dir(clone).join("aino"), &[], &[])
    }
}

/// Commit what a save left uncommitted (until every save commits by
/// itself, `repo::commit`): the worker as git knows her.
fn record(dir: &Path, message: &str) {
    if g_ok(dir, &["status", "--porcelain"]).trim().is_empty() {
        return;
    }
    g_ok(dir, &["add", "-A"]);
    g_ok(dir, &["commit", "-q", "-m", message]);
}

/// A value of `name="KEY" value="..."` (or `id=`) in a page.
fn attr(page: &str, name: &str) -> String {
    let at = page
        .find(&format!("name=\"{name}\" "))
        .or_else(|| page.find(&format!("name=\"{name}\" id")))
        .unwrap_or_else(|| panic!("no {name} in:\n{page}"));
    let rest = &page[at..];
    let v = rest.find("value=\"").unwrap() + 7;
    let end = rest[v..].find('"').unwrap();
    rest[v..v + end].to_owned()
}

fn form_encode(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            let enc: String = v
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            format!("{k}={enc}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn post(server: &Server, cookie: &str, path: &str, pairs: &[(&str, &str)]) -> String {
    let body = form_encode(pairs);
    server.request(&format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\
         Origin: http://127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len(),
        port = server.port
    ))
}

fn location(resp: &str) -> String {
    resp.lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("location")
                .then(|| v.trim().to_owned())
        })
        .unwrap_or_else(|| panic!("no Location:\n{resp}"))
}

/// Save one field of the meeting through the browser's form (only the
/// keys named by `_k` are written): a commit with the worker as author.
fn save(team: &Team, clone: &str, server: &Server, cookie: &str, key: &str, value: &str) {
    let path = format!("/c/0/m/{MEETING}/edit");
    let page = server.get(&path, cookie);
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let form = &page[page.find("id=\"meeting-form\"").unwrap()..];
    let resp = post(
        server,
        cookie,
        &path,
        &[
            ("csrf", &attr(form, "csrf")),
            ("hash", &attr(form, "hash")),
            ("_k", key),
            (key, value),
            ("op", "save"),
        ],
    );
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp}");
    assert!(location(&resp).contains("saved="), "{resp}");
    assert_eq!(field(&team.read(clone), key), value);
    // The save is a commit of its own, the worker as its author.
    let dir = team.dir(clone);
    assert_eq!(g_ok(&dir, &["status", "--porcelain"]), "", "{clone}");
    let author = g_ok(&dir, &["config", "user.name"]);
    assert_eq!(g_ok(&dir, &["log", "-1", "--format=%an"]), author);
}

/// Press "Jaa ja hae muutokset" on a case page: the page it leads to.
fn share(server: &Server, cookie: &str) -> String {
    let page = server.get("/c/0", cookie);
    assert!(page.contains("id=\"sync-button\""), "{page}");
    assert!(page.contains("Jaa ja hae muutokset"), "{page}");
    let csrf = attr(&page[page.find("id=\"sync-form\"").unwrap()..], "csrf");
    let resp = post(server, cookie, "/sync", &[("csrf", &csrf)]);
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp}");
    let to = location(&resp);
    assert!(to.starts_with("/sync?done="), "{to}");
    let page = server.get(&to, cookie);
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    page
}

/// No file in the clone holds a merge's conflict markers.
fn no_markers(dir: &Path) {
    for entry in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".git")
        .flatten()
        .filter(|e| e.file_type().is_file())
    {
        let text = String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).into_owned();
        for marker in ["<<<<<<<", ">>>>>>>", "|||||||"] {
            assert!(
                !text.lines().any(|l| l.starts_with(marker)),
                "{} holds {marker}:\n{text}",
                entry.path().display()
            );
        }
    }
}

/// The server (a bare repository) takes every push two seconds late: a
/// `pre-receive` hook that waits, as a server over the network would.
fn slow_pushes(server: &Path) {
    let hook = server.join("hooks/pre-receive");
    std::fs::write(&hook, "#!/bin/sh\ncat > /dev/null\nsleep 2\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

fn field<'a>(text: &'a str, key: &str) -> &'a str {
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .unwrap_or_else(|| panic!("no {key} in {text}"))
        .trim()
        .trim_matches('"')
}

#[test]
fn two_workers_share_one_meeting_through_the_teams_server() {
    let team = Team::new();
    let sanna = team.server("sanna");
    let run = team.env.lsk_in(&team.dir("maija"), &["sync"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(team.meeting("maija").exists());
    let maija = team.server("maija");
    let (cs, cm) = (sanna.cookie(), maija.cookie());

    // Different fields of one meeting: both kept.
    save(&team, "sanna", &sanna, &cs, "place", "Päiväkoti Satakieli");
    save(
        &team,
        "maija",
        &maija,
        &cm,
        "goal",
        "Sovitaan aamujen tuesta",
    );
    let page = sanna.get("/c/0", &cs);
    assert!(page.contains("jaettavana 1 muutos"), "{page}");
    let said = share(&sanna, &cs);
    assert!(said.contains("Muutoksesi on jaettu"), "{said}");
    let said = share(&maija, &cm);
    assert!(said.contains("jaettu") && said.contains("haettu"), "{said}");
    let said = share(&sanna, &cs);
    assert!(said.contains("Tiimin muutokset on haettu"), "{said}");
    for clone in ["sanna", "maija"] {
        let text = team.read(clone);
        assert_eq!(field(&text, "place"), "Päiväkoti Satakieli", "{clone}");
        assert_eq!(field(&text, "goal"), "Sovitaan aamujen tuesta", "{clone}");
    }

    // The same field on both sides: Maija chooses, side by side.
    save(&team, "sanna", &sanna, &cs, "summary", "Sannan yhteenveto");
    save(&team, "maija", &maija, &cm, "summary", "Maijan yhteenveto");
    share(&sanna, &cs);
    let head_before = g_ok(&team.dir("maija"), &["rev-parse", "HEAD"]);
    let said = share(&maija, &cm);
    assert!(
        said.contains("Sinä ja kollega muutitte samaa kohtaa"),
        "{said}"
    );
    assert!(
        said.contains("Sannan yhteenveto") && said.contains("Maijan yhteenveto"),
        "{said}"
    );
    assert!(
        said.contains("Sanna Virtanen"),
        "the colleague is named: {said}"
    );
    assert!(said.contains("name=\"c0\" value=\"theirs\""), "{said}");
    // The meeting by its day and kind, never its folder; no terminal
    // words on the page; her own text box has a label of its own.
    assert!(!said.contains(MEETING), "{said}");
    assert!(!said.contains("lsk serve"), "{said}");
    assert!(said.contains("<legend>24.11.2026 "), "{said}");
    assert!(
        said.contains("<label for=\"own-0\" class=\"own-text\">Oma tekstisi: Yhteenveto</label>"),
        "{said}"
    );
    assert!(
        said.contains("<textarea id=\"own-0\" name=\"own0\""),
        "{said}"
    );
    // Until she chooses: her words in the file, no merge, no markers.
    assert_eq!(field(&team.read("maija"), "summary"), "Maijan yhteenveto");
    assert_eq!(
        g_ok(&team.dir("maija"), &["rev-parse", "HEAD"]),
        head_before
    );
    assert!(!team.dir("maija").join(".git/MERGE_HEAD").exists());
    no_markers(&team.dir("maija"));
    // Every page says a choice is waiting.
    assert!(maija.get("/c/0", &cm).contains("id=\"sync-choose-link\""));
    let csrf = attr(&said[said.find("id=\"choose-form\"").unwrap()..], "csrf");
    let resp = post(
        &maija,
        &cm,
        "/sync/choose",
        &[
            ("csrf", &csrf),
            ("c0", "own"),
            ("own0", "Sovittiin yhdessä: aamut rauhallisemmiksi"),
        ],
    );
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp}");
    let page = maija.get(&location(&resp), &cm);
    assert!(page.contains("Muutoksesi on jaettu"), "{page}");
    assert!(!page.contains("id=\"choose-form\""), "{page}");
    let said = share(&sanna, &cs);
    assert!(said.contains("haettu"), "{said}");
    for clone in ["sanna", "maija"] {
        let text = team.read(clone);
        assert_eq!(
            field(&text, "summary"),
            "Sovittiin yhdessä: aamut rauhallisemmiksi",
            "{clone}"
        );
        assert_eq!(field(&text, "place"), "Päiväkoti Satakieli", "{clone}");
        no_markers(&team.dir(clone));
    }
    // git names each author; the merges are Maija's.
    let log = g_ok(&team.dir("sanna"), &["log", "--format=%an|%s"]);
    assert!(log.contains("Sanna Virtanen|"), "{log}");
    assert!(
        log.contains("Maija Korhonen|Tiimin muutokset yhdistetty"),
        "{log}"
    );
    assert_eq!(
        g_ok(&team.dir("sanna"), &["rev-parse", "HEAD"]),
        g_ok(&team.dir("maija"), &["rev-parse", "HEAD"])
    );
    // lsk history tells it in words: who changed which field, in both
    // clones alike.
    for clone in ["sanna", "maija"] {
        let meeting = team.meeting(clone);
        let run = team
            .env
            .lsk_in(&team.dir(clone), &["history", meeting.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for words in [
            "Sanna Virtanen",
            "Maija Korhonen",
            "Paikka",
            "Tavoite",
            "Yhteenveto",
        ] {
            assert!(
                run.stdout.contains(words),
                "{clone}: {words}\n{}",
                run.stdout
            );
        }
        let run = team.env.lsk_in(
            &team.dir(clone),
            &["history", meeting.to_str().unwrap(), "--format", "json"],
        );
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let changed = |author: &str, field: &str| {
            json["changes"].as_array().unwrap().iter().any(|c| {
                c["author"] == author
                    && c["fields"]
                        .as_array()
                        .is_some_and(|f| f.iter().any(|k| k == field))
            })
        };
        assert!(changed("Sanna Virtanen", "place"), "{clone}: {json}");
        assert!(changed("Maija Korhonen", "goal"), "{clone}: {json}");
        assert!(changed("Sanna Virtanen", "summary"), "{clone}: {json}");
        assert!(changed("Maija Korhonen", "summary"), "{clone}: {json}");
    }
    // A sync with nothing to do says so.
    let run = team
        .env
        .lsk_in(&team.dir("sanna"), &["sync", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["outcome"], "done");
    assert_eq!(json["sent"], 0);
    assert_eq!(json["got"], 0);
}

#[test]
fn without_a_connection_nothing_is_lost_and_the_exit_status_says_so() {
    let team = Team::new();
    let dir = team.dir("sanna");
    g_ok(
        &dir,
        &["remote", "set-url", "origin", "/nonexistent/server.git"],
    );
    std::fs::write(
        team.meeting("sanna"),
        team.read("sanna").replacen("\nplace:", "\nplace: Koulu", 1),
    )
    .unwrap();
    record(&dir, "paikka");
    let head = g_ok(&dir, &["rev-parse", "HEAD"]);
    let run = team.env.lsk_in(&dir, &["sync"]);
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    let said = run.stderr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains(
            "Muutoksia ei voitu jakaa nyt (ei yhteyttä palvelimeen). Ne on tallennettu \
             koneellesi ja jaetaan, kun yhteys palaa."
        ),
        "{said}"
    );
    assert_eq!(said.matches("lsk:").count(), 1, "one message: {said}");
    assert_eq!(g_ok(&dir, &["rev-parse", "HEAD"]), head);
    assert!(team.read("sanna").contains("place: Koulu"));
    // The connection is back: shared.
    g_ok(&dir, &["remote", "set-url", "origin", "../server.git"]);
    let run = team.env.lsk_in(&dir, &["sync"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let server_head = g_ok(&team.env.path().join("server.git"), &["rev-parse", "main"]);
    assert_eq!(server_head, head);
}

#[test]
fn a_repository_without_a_server_says_how_to_set_one() {
    let env = Env::new();
    g_ok(env.path(), &["init", "-q", "-b", "main"]);
    let run = env.lsk(&[
        "init",
        "aino",
        "--child",
        "Aino",
        "--born",
        "2021-03",
        "--worker",
        "Sanna Virtanen",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = env.lsk_in(&env.path().join("aino"), &["sync"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("git remote add origin"),
        "{}",
        run.stderr
    );
    // In Swedish (the native review of issue 24, S13), as one line.
    let run = env.lsk_in(&env.path().join("aino"), &["--lang", "sv", "sync"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let said = run.stderr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains("Den här mappen är inte kopplad till någon teamserver som ändringarna kan delas via. IT-förvaltningen ger dig serverns adress;"),
        "{said}"
    );
    // Outside git.
    let outside = Env::new();
    let run = outside.lsk(&["sync", "--format", "json"]);
    assert_eq!(run.code, 2);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(json["error"]["message"].as_str().unwrap().contains("git"));
}

#[test]
fn the_guard_refuses_to_send_an_identity_code() {
    let team = Team::new();
    let dir = team.dir("sanna");
    let before = g_ok(&team.env.path().join("server.git"), &["rev-parse", "main"]);
    std::fs::write(dir.join("aino/muistiinpano.txt"), format!("Aino {CODE}\n")).unwrap();
    g_ok(&dir, &["add", "-A"]);
    g_ok(&dir, &["commit", "-q", "--no-verify", "-m", "muistiinpano"]);
    let run = team.env.lsk_in(&dir, &["sync", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["outcome"], "refused");
    assert!(json["message"].as_str().unwrap().contains("henkilötunnus"));
    assert!(!run.stdout.contains(CODE));
    let after = g_ok(&team.env.path().join("server.git"), &["rev-parse", "main"]);
    assert_eq!(before, after, "nothing was sent");
}

/// Attack report 23, H1: git's configuration (`push.followTags`) made the
/// push carry an annotated tag the guard never saw.
#[test]
fn a_sync_sends_only_the_checked_branch_never_a_tag() {
    let team = Team::new();
    let dir = team.dir("sanna");
    let server = team.env.path().join("server.git");
    std::fs::write(dir.join("aino/muistiinpano.txt"), "Aamut sujuvat\n").unwrap();
    record(&dir, "muistiinpano");
    g_ok(&dir, &["tag", "-a", "v1", "-m", &format!("Aino {CODE}")]);
    g_ok(&dir, &["config", "push.followTags", "true"]);
    g_ok(&dir, &["config", "push.recurseSubmodules", "on-demand"]);
    let run = team.env.lsk_in(&dir, &["sync", "--format", "json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let head = g_ok(&dir, &["rev-parse", "HEAD"]);
    assert_eq!(
        g_ok(&server, &["rev-parse", "main"]),
        head,
        "the branch is shared"
    );
    assert_eq!(g_ok(&server, &["tag", "-l"]), "", "no tag was sent");
    // The branch now names its upstream, as `--set-upstream` did.
    assert_eq!(
        g_ok(&dir, &["config", "branch.main.merge"]).trim(),
        "refs/heads/main"
    );
}

/// Attack report 23, H2: a stale remote-tracking branch (one the team
/// deleted on the server to remove a leak) counted as already on the
/// server, so the leaked commit went back unchecked.
#[test]
fn a_stale_remote_tracking_branch_does_not_let_a_code_past_the_guard() {
    let team = Team::new();
    let dir = team.dir("sanna");
    let server = team.env.path().join("server.git");
    let before = g_ok(&server, &["rev-parse", "main"]);
    std::fs::write(dir.join("aino/muistiinpano.txt"), format!("Aino {CODE}\n")).unwrap();
    g_ok(&dir, &["add", "-A"]);
    g_ok(&dir, &["commit", "-q", "--no-verify", "-m", "luonnos"]);
    g_ok(
        &dir,
        &["update-ref", "refs/remotes/origin/old-draft", "HEAD"],
    );
    let run = team.env.lsk_in(&dir, &["sync", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["outcome"], "refused", "{}", run.stdout);
    assert_eq!(
        g_ok(&server, &["rev-parse", "main"]),
        before,
        "nothing was sent"
    );

    // The server's branch deleted (a leak removed there): the tip fetched
    // before it is stale too, and is no longer taken as the server's.
    g_ok(&dir, &["update-ref", "-d", "refs/remotes/origin/old-draft"]);
    g_ok(&dir, &["update-ref", "refs/remotes/origin/main", "HEAD"]);
    g_ok(&server, &["update-ref", "-d", "refs/heads/main"]);
    g_ok(&dir, &["commit", "-q", "--allow-empty", "-m", "lisäys"]);
    let run = team.env.lsk_in(&dir, &["sync", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["outcome"], "refused", "{}{}", run.stdout, run.stderr);
    assert!(
        g(&server, &["rev-parse", "--verify", "-q", "main"])
            .stdout
            .is_empty()
    );
}

#[test]
fn a_document_changed_on_both_sides_is_kept_twice_and_lsk_yaml_merges_by_key() {
    let team = Team::new();
    let run = team.env.lsk_in(&team.dir("maija"), &["sync"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = "aino/kirje.md";
    std::fs::write(team.dir("sanna").join(doc), "alku\n").unwrap();
    record(&team.dir("sanna"), "kirje");
    assert_eq!(team.env.lsk_in(&team.dir("sanna"), &["sync"]).code, 0);
    assert_eq!(team.env.lsk_in(&team.dir("maija"), &["sync"]).code, 0);
    std::fs::write(team.dir("sanna").join(doc), "Sannan kirje\n").unwrap();
    std::fs::write(team.dir("maija").join(doc), "Maijan kirje\n").unwrap();
    let yaml = |clone: &str| team.dir(clone).join("aino/lsk.yaml");
    let y = std::fs::read_to_string(yaml("sanna")).unwrap();
    assert!(y.contains("responsible_worker: Sanna Virtanen"), "{y}");
    assert!(y.contains("name: Aino "), "{y}");
    std::fs::write(yaml("sanna"), y.replace("name: Aino ", "name: Aino Ilona ")).unwrap();
    std::fs::write(
        yaml("maija"),
        y.replace(
            "responsible_worker: Sanna Virtanen",
            "responsible_worker: Maija Korhonen",
        ),
    )
    .unwrap();
    record(&team.dir("sanna"), "s");
    record(&team.dir("maija"), "m");
    assert_eq!(team.env.lsk_in(&team.dir("sanna"), &["sync"]).code, 0);
    let run = team
        .env
        .lsk_in(&team.dir("maija"), &["sync", "--format", "json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["kept_both"][0]["file"], doc, "{json}");
    let beside = json["kept_both"][0]["beside"].as_str().unwrap();
    assert_eq!(beside, "aino/kirje (Sanna Virtanen).md");
    assert_eq!(
        std::fs::read_to_string(team.dir("maija").join(doc)).unwrap(),
        "Maijan kirje\n"
    );
    assert_eq!(
        std::fs::read_to_string(team.dir("maija").join(beside)).unwrap(),
        "Sannan kirje\n"
    );
    let y = std::fs::read_to_string(yaml("maija")).unwrap();
    assert!(
        y.contains("name: Aino Ilona") && y.contains("responsible_worker: Maija Korhonen"),
        "{y}"
    );
    no_markers(&team.dir("maija"));
    assert!(json["message"].as_str().unwrap().contains("Sanna Virtanen"));
}

#[test]
fn a_worker_shares_and_chooses_side_by_side_in_a_real_browser() {
    if !crate::common::browser_ready() {
        return;
    }
    let team = Team::new();
    assert_eq!(team.env.lsk_in(&team.dir("maija"), &["sync"]).code, 0);
    // Sanna changes the summary and shares it first.
    let text = team
        .read("sanna")
        .replacen("\nsummary:", "\nsummary: Sannan yhteenveto", 1);
    std::fs::write(team.meeting("sanna"), text).unwrap();
    record(&team.dir("sanna"), "Sannan yhteenveto");
    assert_eq!(team.env.lsk_in(&team.dir("sanna"), &["sync"]).code, 0);
    // The team's server takes a push slowly, as one over the network
    // does: the page her choice leads to comes seconds after the press,
    // and the scenario must wait for that page, not read the one it left
    // (both are /sync?done=…; the old page says the choice is waiting).
    slow_pushes(&team.env.path().join("server.git"));
    let maija = team.server("maija");
    let own = "Yhteinen yhteenveto: aamut rauhallisemmiksi";
    crate::common::scenario(
        "sync",
        &maija,
        &serde_json::json!({
            "edit_path": format!("/c/0/m/{MEETING}/edit"),
            "field_id": "f-summary",
            "typed": "Maijan yhteenveto",
            "to_share": "jaettavana 1 muutos",
            "button": "Jaa ja hae muutokset",
            "choose_title": "Sinä ja kollega muutitte samaa kohtaa",
            "mine": "Maijan yhteenveto",
            "theirs": "Sannan yhteenveto",
            "own": own,
            "shared": "Muutoksesi on jaettu",
        }),
        team.env.path(),
    );
    assert_eq!(field(&team.read("maija"), "summary"), own);
    no_markers(&team.dir("maija"));
    let server = g_ok(&team.env.path().join("server.git"), &["rev-parse", "main"]);
    assert_eq!(server, g_ok(&team.dir("maija"), &["rev-parse", "HEAD"]));
    let log = g_ok(&team.dir("maija"), &["log", "-1", "--format=%an|%P"]);
    assert!(log.starts_with("Maija Korhonen|"), "{log}");
    assert_eq!(
        log.split('|').nth(1).unwrap().split_whitespace().count(),
        2,
        "a merge"
    );
}

#[test]
fn a_new_case_made_in_the_browser_inside_the_team_repository_is_shared() {
    let team = Team::new();
    // The team folder is the repository's root, its cases folders in it.
    let server = Server::start(&team.dir("maija"), &["."], &[]);
    let cookie = server.cookie();
    let page = server.get("/new-case", &cookie);
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let resp = post(
        &server,
        &cookie,
        "/new-case",
        &[
            ("csrf", &attr(&page, "csrf")),
            ("child", "Eetu"),
            ("born", "2019-05"),
            ("worker", "Maija Korhonen"),
            ("folder", "eetu"),
            ("case_lang", "fi"),
            ("stage", ""),
            ("permissions", "private"),
        ],
    );
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp}");
    assert!(team.dir("maija").join("eetu/lsk.yaml").is_file());
    // Recorded in the team's repository, by her. (The browser's new case
    // is committed by commit23's call in serve/new_case.rs; until that
    // lands, the test records it as the worker would.)
    record(&team.dir("maija"), "Uusi asia: Eetu");
    assert_eq!(g_ok(&team.dir("maija"), &["status", "--porcelain"]), "");
    let log = g_ok(
        &team.dir("maija"),
        &["log", "-1", "--format=%an", "--", "eetu"],
    );
    assert_eq!(log.trim(), "Maija Korhonen");
    // The team page's quiet line, and the button, share it.
    let page = server.get("/", &cookie);
    assert!(page.contains("jaettavana 1 muutos"), "{page}");
    let csrf = attr(&page[page.find("id=\"sync-form\"").unwrap()..], "csrf");
    let resp = post(&server, &cookie, "/sync", &[("csrf", &csrf)]);
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp}");
    let run = team.env.lsk_in(&team.dir("sanna"), &["sync"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(team.dir("sanna").join("eetu/lsk.yaml").is_file());
    let run = team.env.lsk_in(&team.dir("sanna"), &["check", "eetu"]);
    assert_ne!(run.code, 2, "{}", run.stderr);
}

#[test]
fn the_command_line_names_a_field_changed_on_both_sides_and_waits() {
    let team = Team::new();
    assert_eq!(team.env.lsk_in(&team.dir("maija"), &["sync"]).code, 0);
    for (clone, text) in [("sanna", "Sannan tavoite"), ("maija", "Maijan tavoite")] {
        let edited = team
            .read(clone)
            .replacen("\ngoal:", &format!("\ngoal: {text}"), 1);
        std::fs::write(team.meeting(clone), edited).unwrap();
        record(&team.dir(clone), text);
    }
    assert_eq!(team.env.lsk_in(&team.dir("sanna"), &["sync"]).code, 0);
    let head = g_ok(&team.dir("maija"), &["rev-parse", "HEAD"]);
    let run = team.env.lsk_in(&team.dir("maija"), &["sync"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let said = run.stderr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains("Sinä ja kollega muutitte samaa kohtaa"),
        "{said}"
    );
    assert!(
        said.contains("«Maijan tavoite»") && said.contains("«Sannan tavoite»"),
        "{said}"
    );
    assert!(said.contains("Sanna Virtanen"), "{said}");
    let run = team
        .env
        .lsk_in(&team.dir("maija"), &["sync", "--format", "json"]);
    assert_eq!(run.code, 1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["outcome"], "choose");
    assert_eq!(json["choices"][0]["field"], "goal");
    assert_eq!(json["choices"][0]["mine"], "Maijan tavoite");
    assert_eq!(json["choices"][0]["theirs"], "Sannan tavoite");
    assert_eq!(json["to_share"], 1);
    assert_eq!(json["to_get"], 1);
    // Nothing merged, her text in the file, no markers, no half merge.
    assert_eq!(g_ok(&team.dir("maija"), &["rev-parse", "HEAD"]), head);
    assert_eq!(field(&team.read("maija"), "goal"), "Maijan tavoite");
    assert_eq!(g_ok(&team.dir("maija"), &["status", "--porcelain"]), "");
    no_markers(&team.dir("maija"));
}

#[test]
fn the_sync_pages_speak_the_language_of_the_case_the_button_was_pressed_on() {
    // A Swedish case in the team folder, served from the team folder.
    let team = Team::new();
    let dir = team.dir("sanna");
    let yaml = dir.join("aino/lsk.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    assert!(text.contains("language: fi"), "{text}");
    std::fs::write(&yaml, text.replace("language: fi", "language: sv")).unwrap();
    record(&dir, "Svenska");
    let server = Server::start(&dir, &["."], &[]);
    let cookie = server.cookie();
    // The case's address in the team folder, from the team's page.
    let home = server.get("/", &cookie).replace("&#x2f;", "/");
    let at = home.find("href=\"/c/").expect(&home) + "href=\"".len();
    let case = &home[at..at + home[at..].find(['"', '?']).unwrap()];
    let page = server.get(case, &cookie);
    assert!(page.contains("<html lang=\"sv\">"), "{page}");
    let form = &page[page.find("id=\"sync-strip\"").expect(&page)..];
    assert!(
        form.contains("action=\"&#x2f;sync?lang=sv\"") || form.contains("action=\"/sync?lang=sv\""),
        "{form}"
    );
    let csrf = attr(&form[form.find("id=\"sync-form\"").unwrap()..], "csrf");
    let resp = post(&server, &cookie, "/sync?lang=sv", &[("csrf", &csrf)]);
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp}");
    let to = location(&resp);
    assert!(to.contains("lang=sv"), "{to}");
    let said = server.get(&to, &cookie);
    assert!(said.contains("<html lang=\"sv\">"), "{said}");
    assert!(said.contains("Dela och hämta ändringar"), "{said}");
    assert!(!said.contains("Jaa ja hae muutokset"), "{said}");
}

/// `text` with the frontmatter field `key` (and its indented lines)
/// replaced by `block` (lines of YAML), put first in the frontmatter.
fn set_block(text: &str, key: &str, block: &str) -> String {
    let mut out = Vec::new();
    let mut skipping = false;
    for line in text.lines() {
        if line.starts_with(&format!("{key}:")) {
            skipping = true;
            continue;
        }
        if skipping && line.starts_with(' ') {
            continue;
        }
        skipping = false;
        out.push(line.to_owned());
    }
    let rest = out.join("\n");
    let rest = rest.strip_prefix("---\n").expect("frontmatter");
    format!("---\n{block}\n{rest}\n")
}

/// Issue 23 (attack23 M2): a colleague keeps a field from daycare while the
/// worker edits its text. The worker is told in words, on the command line
/// and the page, that it stays kept from daycare whichever she chooses;
/// choosing her own text keeps the colleague's `not_for`, on the server too.
#[test]
fn a_choice_never_drops_what_a_colleague_keeps_from_daycare() {
    let team = Team::new();
    let (sanna, maija) = (team.dir("sanna"), team.dir("maija"));
    let text = set_block(
        &team.read("sanna"),
        "family_views",
        "family_views: Isä juo taas",
    );
    std::fs::write(team.meeting("sanna"), text).unwrap();
    record(&sanna, "Perheen näkemys");
    assert_eq!(team.env.lsk_in(&sanna, &["sync"]).code, 0);
    assert_eq!(team.env.lsk_in(&maija, &["sync"]).code, 0);
    // Sanna keeps it from daycare; Maija edits its text.
    let text = set_block(
        &team.read("sanna"),
        "family_views",
        "family_views:\n  text: Isä juo taas\n  not_for: [daycare]",
    );
    std::fs::write(team.meeting("sanna"), text).unwrap();
    record(&sanna, "Ei päiväkodille");
    assert_eq!(team.env.lsk_in(&sanna, &["sync"]).code, 0);
    let text = set_block(
        &team.read("maija"),
        "family_views",
        "family_views: Isä juo taas, äiti huolissaan",
    );
    std::fs::write(team.meeting("maija"), text).unwrap();
    record(&maija, "Äidin huoli");
    let run = team.env.lsk_in(&maija, &["sync"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let said = run.stderr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.contains("«Isä juo taas, äiti huolissaan»"), "{said}");
    assert!(
        said.contains("«Isä juo taas»"),
        "the withholding is not text: {said}"
    );
    assert!(
        said.contains("Valitsitpa kumman tahansa, tämä jätetään pois näiden vastaanottajien kopiosta: päiväkoti"),
        "{said}"
    );
    // The page says it too; she chooses her own text.
    let server = team.server("maija");
    let cookie = server.cookie();
    let page = server.get("/sync", &cookie);
    assert!(page.contains("id=\"kept-0\""), "{page}");
    assert!(
        page.contains("tämä jätetään pois näiden vastaanottajien kopiosta: päiväkoti"),
        "{page}"
    );
    let csrf = attr(&page[page.find("id=\"choose-form\"").unwrap()..], "csrf");
    let resp = post(
        &server,
        &cookie,
        "/sync/choose",
        &[("csrf", &csrf), ("c0", "mine")],
    );
    assert!(resp.starts_with("HTTP/1.1 303"), "{resp}");
    let page = server.get(&location(&resp), &cookie);
    assert!(page.contains("Muutoksesi on jaettu"), "{page}");
    assert_eq!(team.env.lsk_in(&sanna, &["sync"]).code, 0);
    for clone in ["sanna", "maija"] {
        let text = team.read(clone);
        let fm = &text[..text[4..].find("\n---").unwrap()];
        assert!(
            fm.contains("Isä juo taas, äiti huolissaan"),
            "{clone}: {text}"
        );
        assert!(
            fm.contains("not_for"),
            "{clone}: the withholding is kept:\n{text}"
        );
        assert!(fm.contains("daycare"), "{clone}: {text}");
        no_markers(&team.dir(clone));
    }
    // `.git/lsk/sync.json` is gone once merged.
    assert!(!maija.join(".git/lsk/sync.json").exists());
}

/// attack23 L1: the merge waiting for a choice (`.git/lsk/sync.json`) keeps
/// no identity code: not the colleague's git name, not the values.
#[test]
fn the_waiting_merge_keeps_no_identity_code() {
    let team = Team::new();
    let (sanna, maija) = (team.dir("sanna"), team.dir("maija"));
    assert_eq!(team.env.lsk_in(&maija, &["sync"]).code, 0);
    // A colleague whose git name holds a code, committing with plain git.
    g_ok(&sanna, &["config", "user.name", &format!("Maija {CODE}")]);
    for (clone, text) in [("sanna", "Sannan tavoite"), ("maija", "Maijan tavoite")] {
        let edited = team
            .read(clone)
            .replacen("\ngoal:", &format!("\ngoal: {text}"), 1);
        std::fs::write(team.meeting(clone), edited).unwrap();
        g_ok(&team.dir(clone), &["add", "-A"]);
        g_ok(
            &team.dir(clone),
            &["commit", "-q", "--no-verify", "-m", text],
        );
    }
    g_ok(
        &sanna,
        &["push", "-q", "--no-verify", "origin", "HEAD:main"],
    );
    let run = team.env.lsk_in(&maija, &["sync"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let stored = std::fs::read_to_string(maija.join(".git/lsk/sync.json")).unwrap();
    assert!(stored.contains("XXXXXX-XXXX"), "{stored}");
    assert!(!stored.contains(CODE), "{stored}");
    assert!(!run.stderr.contains(CODE), "{}", run.stderr);
}
