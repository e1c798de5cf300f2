//! What lsk guarantees about files: owner-only permissions (or group when
//! the case says so), no writing outside the case, no identity code in a
//! template, whole files under kill -9 and concurrent renders, and no
//! network code at all.

use std::path::Path;

use crate::common::*;

/// A case with the complete daycare meeting.
fn daycare_case() -> Env {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    env
}

#[cfg(unix)]
fn bits(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn created_files_are_owner_only_unless_the_case_says_group() {
    for (flag, file_mode, dir_mode) in [(None, 0o600, 0o700), (Some("group"), 0o660, 0o770)] {
        let env = Env::new();
        let mut args = vec![
            "init",
            "case",
            "--child",
            "Robin",
            "--born",
            "2021-03",
            "--worker",
            "Sam Worker",
        ];
        if let Some(flag) = flag {
            args.extend(["--permissions", flag]);
        }
        assert_eq!(env.lsk(&args).code, 0);
        let case = env.join("case");
        assert_eq!(bits(&case.join("lsk.yaml")), file_mode, "{flag:?}");
        assert_eq!(bits(&case), dir_mode);
        assert_eq!(bits(&case.join("meetings")), dir_mode);
        let yaml = env.read("case/lsk.yaml");
        assert!(
            yaml.contains(&format!("permissions: {}", flag.unwrap_or("private"))),
            "{yaml}"
        );

        let run = env.lsk_in(
            &case,
            &["new-meeting", "--kind", "daycare", "--date", "2026-11-10"],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(bits(&case.join(DIR)), dir_mode);
        assert_eq!(bits(&case.join(DIR).join("meeting.md")), file_mode);
        assert_eq!(bits(&case.join(".lsk")), dir_mode);
        assert_eq!(bits(&case.join(".lsk/meeting.schema.json")), file_mode);

        // A rendered document, written afresh or over an earlier render.
        std::fs::write(case.join(DIR).join("meeting.md"), DAYCARE).unwrap();
        for _ in 0..2 {
            let run = env.lsk_in(&case, &["render", "agenda", DIR]);
            assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
            assert_eq!(bits(&case.join(DIR).join("agenda.md")), file_mode);
        }
    }
}

#[test]
fn permissions_is_a_checked_key() {
    let env = daycare_case();
    let yaml = env.read("lsk.yaml");
    env.write("lsk.yaml", &format!("{yaml}permissions: everyone\n"));
    let run = env.check(&[]);
    let f = run.find("invalid-value", "permissions").expect("a finding");
    assert!(f["message"].as_str().unwrap().contains("private"), "{f:?}");
}

/// A folder outside the case, beside it in the temporary folder.
#[cfg(unix)]
fn outside(env: &Env) -> std::path::PathBuf {
    let out = env.join("elsewhere");
    std::fs::create_dir_all(&out).unwrap();
    out
}

#[cfg(unix)]
#[test]
fn nothing_is_written_through_a_link_out_of_the_case() {
    use std::os::unix::fs::symlink;
    let env = Env::new();
    env.write("case/lsk.yaml", &case_yaml("2021-03", "en"));
    let case = env.join("case");
    let out = outside(&env);

    // A meeting folder that is a link to a folder outside the case.
    std::fs::write(out.join("meeting.md"), DAYCARE).unwrap();
    std::fs::create_dir_all(case.join("meetings")).unwrap();
    symlink(&out, case.join(DIR)).unwrap();
    let run = env.lsk_in(&case, &["render", "agenda", DIR]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("outside the case folder"),
        "{}",
        run.stderr
    );
    assert!(!out.join("agenda.md").exists());

    // A document name that is a link out: not written through.
    std::fs::remove_file(case.join(DIR)).unwrap();
    std::fs::create_dir_all(case.join(DIR)).unwrap();
    std::fs::write(case.join(DIR).join("meeting.md"), DAYCARE).unwrap();
    std::fs::write(out.join("target.md"), "someone else's file\n").unwrap();
    symlink(out.join("target.md"), case.join(DIR).join("agenda.md")).unwrap();
    let run = env.lsk_in(&case, &["render", "agenda", DIR]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("symbolic link"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(out.join("target.md")).unwrap(),
        "someone else's file\n"
    );

    // meetings/ itself a link out: new-meeting refuses.
    std::fs::remove_dir_all(case.join("meetings")).unwrap();
    symlink(&out, case.join("meetings")).unwrap();
    let run = env.lsk_in(
        &case,
        &["new-meeting", "--kind", "school", "--date", "2026-12-01"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("outside the case folder"),
        "{}",
        run.stderr
    );
    assert!(!out.join("2026-12-01-school").exists());
}

#[test]
fn identity_code_in_a_template_override() {
    let env = daycare_case();
    // Even in a branch that is never shown, a code in a shared template is
    // a leak waiting to happen.
    env.write(
        "templates/agenda.md",
        "# Agenda\n{% if false %}\nExample: 131052-308T\n{% endif %}\n",
    );
    let run = env.lsk(&["render", "agenda", DIR]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("identity-code"), "{}", run.stderr);
    assert!(
        run.stderr.contains("templates/agenda.md:3"),
        "{}",
        run.stderr
    );
    assert!(!env.join(&format!("{DIR}/agenda.md")).exists());

    // The whole-case check finds it too, also in a language subfolder.
    env.write("templates/fi/memo.md", "Hetu 131052A308T\n");
    let run = env.check(&[]);
    assert_eq!(run.code, 1);
    let files: Vec<String> = run
        .findings()
        .iter()
        .filter(|f| f["rule"] == "identity-code")
        .map(|f| format!("{}:{}", f["file"].as_str().unwrap(), f["line"]))
        .collect();
    assert_eq!(files, ["templates/agenda.md:3", "templates/fi/memo.md:1"]);
}

/// Render the agenda with a second goal so that the new file differs.
fn second_version(env: &Env) {
    env.write(
        &format!("{DIR}/meeting.md"),
        &edit(
            DAYCARE,
            "goal: Agree how daycare supports Robin's mornings",
            "goal: Agree how daycare and home support Robin's mornings and evenings",
        ),
    );
}

fn lsk_command(env: &Env, args: &[&str]) -> std::process::Command {
    let mut cmd = crate::common::lsk_command(env.path());
    cmd.args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    cmd
}

/// Files in the meeting folder that are neither meeting.md, the agenda
/// nor lsk's own temporary files.
fn strays(env: &Env) -> Vec<String> {
    std::fs::read_dir(env.join(DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "meeting.md" && n != "agenda.md" && !n.contains(".lsk-tmp-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn killed_renders_leave_the_old_or_the_new_file() {
    let env = daycare_case();
    assert_eq!(env.lsk(&["render", "agenda", DIR]).code, 0);
    let old = env.read(&format!("{DIR}/agenda.md"));
    second_version(&env);
    let mut seen = std::collections::BTreeSet::new();
    // Kill at many moments: before, during and after the write.
    for i in 0..60u64 {
        let mut child = lsk_command(&env, &["render", "agenda", DIR])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(i * 150));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        seen.insert(env.read(&format!("{DIR}/agenda.md")));
    }
    assert_eq!(env.lsk(&["render", "agenda", DIR]).code, 0);
    let new = env.read(&format!("{DIR}/agenda.md"));
    assert_ne!(old, new);
    for text in &seen {
        assert!(text == &old || text == &new, "a torn file:\n{text}");
    }
    assert!(strays(&env).is_empty(), "{:?}", strays(&env));
    // Temporary files a kill left behind are not documents to lsk.
    let run = env.check(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn concurrent_renders_never_show_a_torn_file() {
    let env = daycare_case();
    assert_eq!(env.lsk(&["render", "agenda", DIR]).code, 0);
    let old = env.read(&format!("{DIR}/agenda.md"));
    second_version(&env);
    let file = env.join(&format!("{DIR}/agenda.md"));
    let done = std::sync::atomic::AtomicBool::new(false);
    let seen = std::thread::scope(|scope| {
        let reader = scope.spawn(|| {
            let mut seen = std::collections::BTreeSet::new();
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                seen.insert(std::fs::read_to_string(&file).expect("always there"));
            }
            seen
        });
        let writers: Vec<_> = (0..2)
            .map(|_| {
                scope.spawn(|| {
                    (0..15)
                        .map(|_| {
                            lsk_command(&env, &["render", "agenda", DIR])
                                .status()
                                .unwrap()
                                .code()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for w in writers {
            assert!(w.join().unwrap().iter().all(|c| *c == Some(0)));
        }
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        reader.join().unwrap()
    });
    let new = env.read(&format!("{DIR}/agenda.md"));
    for text in &seen {
        assert!(text == &old || text == &new, "a torn file:\n{text}");
    }
    assert!(strays(&env).is_empty(), "{:?}", strays(&env));
    let leftovers: Vec<String> = std::fs::read_dir(env.join(DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".lsk-tmp-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "finished renders clean up: {leftovers:?}"
    );
}

/// lsk opens no network connections: no socket code in lsk's source, and
/// no networking crate among its dependencies.
#[test]
fn no_network_code() {
    // Only src/serve/ may open a socket, and only a listening one on the
    // loopback address; nothing in lsk connects anywhere.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let serve = root.join("src").join("serve");
    let mut binds = 0;
    for entry in walkdir::WalkDir::new(root.join("src")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let in_serve = entry.path().starts_with(&serve);
            for needle in [
                "std::net",
                "TcpStream",
                "UdpSocket",
                "TcpListener",
                "UnixStream",
                "UnixListener",
                "tokio::net",
                "connect(",
                "bind(",
            ] {
                let allowed = in_serve
                    && matches!(needle, "std::net" | "TcpListener" | "tokio::net" | "bind(");
                assert!(
                    allowed || !text.contains(needle),
                    "{} uses {needle}",
                    entry.path().display()
                );
            }
            // Every bind is to LOOPBACK, built from the 127.0.0.1 literal.
            for (at, _) in text.match_indices("bind(") {
                binds += 1;
                let call: String = text[at..].chars().take(80).collect();
                assert!(
                    call.starts_with("bind(SocketAddr::from((LOOPBACK,"),
                    "{}: a bind not to the loopback address: {call}",
                    entry.path().display()
                );
            }
            if in_serve {
                assert!(!text.contains("0.0.0.0") && !text.contains("UNSPECIFIED"));
            }
        }
    }
    assert_eq!(binds, 1, "lsk serve binds once");
    let serve_mod = std::fs::read_to_string(serve.join("mod.rs")).unwrap();
    assert!(
        serve_mod.contains("pub const LOOPBACK: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);"),
        "LOOPBACK is 127.0.0.1"
    );
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
    for name in lock.lines().filter_map(|l| l.strip_prefix("name = ")) {
        let name = name.trim_matches('"');
        // A server (axum, hyper, tokio, mio) is there for lsk serve; no
        // client, no TLS: nothing that would reach out (tokio uses socket2
        // and axum hyper-util for the listening side).
        for net in [
            "reqwest",
            "ureq",
            "curl",
            "h2",
            "rustls",
            "native-tls",
            "openssl",
            "attohttpc",
            "isahc",
            "surf",
            "tokio-tungstenite",
        ] {
            assert_ne!(name, net, "a networking client crate in Cargo.lock");
        }
    }
}

/// An lsk.yaml that is a link to a file outside the case is another
/// child's details: not read as this case's (check says why), and no page,
/// search or list shows that child's name under this case.
#[cfg(unix)]
#[test]
fn an_lsk_yaml_linked_from_outside_the_case_is_not_read() {
    use std::os::unix::fs::symlink;
    let env = Env::new();
    let other = env.join("other-team/sam");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(
        other.join("lsk.yaml"),
        case_yaml("2019-02", "en").replace("Robin", "Quentin"),
    )
    .unwrap();
    env.write(&format!("team/robin/meetings/{DIR}/meeting.md"), DAYCARE);
    symlink(other.join("lsk.yaml"), env.join("team/robin/lsk.yaml")).unwrap();
    let team = env.join("team");

    let run = env.lsk_in(&team, &["check", ".", "--format", "json"]);
    let found = run.json()["findings"].as_array().expect("findings").clone();
    assert!(
        found
            .iter()
            .any(|f| f["file"] == "robin/lsk.yaml" && f["rule"] == "parse-error"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Quentin"), "{}", run.stdout);
    let search = env.lsk_in(&team, &["search", ".", "Quentin", "--format", "json"]);
    assert!(!search.stdout.contains("Quentin"), "{}", search.stdout);
    let list = env.lsk_in(&team, &["list", ".", "--format", "json"]);
    assert!(!list.stdout.contains("Quentin"), "{}", list.stdout);
}
