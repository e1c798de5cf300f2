//! Shell completion of document names, meeting kinds, phases, languages,
//! formats and folders: the generated scripts inspected, and run in real
//! shells (bash always; zsh and fish where installed, required with
//! LSK_REQUIRE_TOOLS as in .ci/run).

use std::process::Command;

use crate::common::*;

const DOCS: &[&str] = &[
    "agenda",
    "memo",
    "child-checklist",
    "child-letter",
    "invitation",
    "correction-notice",
];
/// The meeting kinds and languages, read from the code.
const KINDS: &[&str] = lsk::model::Kind::NAMES;
const PHASES: &[&str] = &["before", "during", "after"];
const LANGS: &[&str] = lsk::model::Lang::NAMES;
const RECIPIENTS: &[&str] = &["daycare", "school", "family-work", "päiväkoti", "skola"];

fn script(env: &Env, shell: &str) -> String {
    let run = env.lsk(&["completions", shell]);
    assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
    let path = env.join(&format!("lsk.{shell}"));
    std::fs::write(&path, &run.stdout).unwrap();
    run.stdout
}

fn shell(name: &str) -> bool {
    let found = Command::new(name).arg("-c").arg("exit 0").status().is_ok();
    if !found {
        skip(name);
    }
    found
}

/// What bash's completion offers for `words` (the last one being typed).
fn bash_complete(env: &Env, words: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let prev = if cword > 0 { words[cword - 1] } else { "" };
    let code = format!(
        "source ./lsk.bash; COMP_WORDS=({}); COMP_CWORD={cword}; COMP_LINE='{}'; \
         COMP_POINT=${{#COMP_LINE}}; _lsk lsk '{}' '{prev}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        quoted.join(" "),
        words.join(" "),
        words[cword],
    );
    let out = Command::new("bash")
        .current_dir(env.path())
        .args(["--norc", "--noprofile", "-c", &code])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

fn offers(got: &[String], want: &[&str], what: &str) {
    for w in want {
        assert!(
            got.iter().any(|g| g == w),
            "{what}: `{w}` not offered: {got:?}"
        );
    }
}

#[test]
fn bash_completes_documents_kinds_phases_languages_and_formats() {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    script(&env, "bash");
    offers(&bash_complete(&env, &["lsk", "render", ""]), DOCS, "render");
    offers(
        &bash_complete(&env, &["lsk", "render", "ch"]),
        &["child-checklist"],
        "render ch",
    );
    offers(
        &bash_complete(&env, &["lsk", "new-meeting", "--kind", ""]),
        KINDS,
        "--kind",
    );
    offers(
        &bash_complete(&env, &["lsk", "guide", "--kind", "fgc"]),
        &["fgc-follow-up"],
        "guide --kind",
    );
    offers(
        &bash_complete(&env, &["lsk", "check", "--phase", ""]),
        PHASES,
        "--phase",
    );
    offers(
        &bash_complete(&env, &["lsk", "check", "--format", ""]),
        &["human", "json"],
        "check --format",
    );
    offers(
        &bash_complete(&env, &["lsk", "list", "--format", ""]),
        &["table", "json"],
        "list --format",
    );
    offers(
        &bash_complete(&env, &["lsk", "render", "agenda", "--lang", ""]),
        LANGS,
        "--lang",
    );
    offers(
        &bash_complete(&env, &["lsk", "init", "--stage", ""]),
        &["support", "assessment", "client"],
        "--stage",
    );
    // Meeting folders: the script offers no words there, and bash falls
    // back to its own file and folder names (`complete -o default`).
    let folder = bash_complete(&env, &["lsk", "render", "memo", "meetings/"]);
    assert!(folder.iter().all(|w| w.is_empty()), "{folder:?}");
    // After the document, nothing of the script's own: not the documents
    // again, not the options (a `-` asks for those), so bash offers folders.
    for words in [
        &["lsk", "render", "memo", ""][..],
        &["lsk", "render", "--draft", "agenda", ""],
        &["lsk", "schema", "case", ""],
        &["lsk", "explain", "missing-field", ""],
    ] {
        let got = bash_complete(&env, words);
        assert!(got.iter().all(|w| w.is_empty()), "{words:?}: {got:?}");
    }
    offers(
        &bash_complete(&env, &["lsk", "render", "memo", "--"]),
        &["--draft", "--for"],
        "render memo --",
    );
    // Rule names, from the one list of rules.
    offers(
        &bash_complete(&env, &["lsk", "explain", ""]),
        lsk::rules::RULE_IDS,
        "explain",
    );
    assert_eq!(
        bash_complete(&env, &["lsk", "explain", "double-"]),
        ["double-assurance"]
    );
    // A global option's values before the subcommand.
    offers(
        &bash_complete(&env, &["lsk", "--lang", ""]),
        LANGS,
        "lsk --lang",
    );
    // A memo copy's recipients, as lsk knows them.
    offers(
        &bash_complete(&env, &["lsk", "render", "memo", "--for", ""]),
        RECIPIENTS,
        "--for",
    );
    assert!(
        env.read("lsk.bash")
            .contains("complete -F _lsk -o nosort -o bashdefault -o default lsk")
    );
}

#[test]
fn zsh_script_lists_the_values() {
    let env = Env::new();
    let text = script(&env, "zsh");
    assert!(
        text.contains("(agenda memo child-checklist child-letter invitation correction-notice)"),
        "docs"
    );
    assert!(
        text.contains(":KIND:(daycare school family-group-conference fgc-follow-up)"),
        "kinds"
    );
    assert!(text.contains(":PHASE:(before during after)"), "phases");
    assert!(text.contains(":LANG:(fi sv en)"), "languages");
    assert!(text.contains(":FORMAT:(human json junit)"), "formats");
    // `lsk explain` completes the rules, from the one list of rules.
    assert!(
        text.contains(&format!(":({})' \\", lsk::rules::RULE_IDS.join(" "))),
        "rules"
    );
    // Meeting and case folders complete as folders.
    assert!(
        text.contains("::meeting -- ") && text.contains("_files -/"),
        "folders"
    );
    if shell("zsh") {
        let out = Command::new("zsh")
            .current_dir(env.path())
            .args(["-f", "-n", "lsk.zsh"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Loaded into a real zsh with its completion system.
        let out = Command::new("zsh")
            .current_dir(env.path())
            .args([
                "-f",
                "-c",
                "autoload -Uz compinit && compinit -u -D && source ./lsk.zsh && whence -w _lsk",
            ])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            said.contains("_lsk: function"),
            "{said}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn fish_completes_documents_kinds_and_phases() {
    let env = Env::case("2021-03");
    let text = script(&env, "fish");
    assert!(
        text.contains(
            "-a \"agenda memo child-checklist child-letter invitation correction-notice\""
        ),
        "{text}"
    );
    if !shell("fish") {
        return;
    }
    let complete = |line: &str| -> Vec<String> {
        let out = Command::new("fish")
            .current_dir(env.path())
            .args([
                "--no-config",
                "-c",
                &format!("source ./lsk.fish; complete -C'{line}'"),
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| l.split('\t').next().unwrap_or("").to_owned())
            .collect()
    };
    offers(&complete("lsk render "), DOCS, "fish render");
    assert!(
        !complete("lsk render memo ").iter().any(|c| c == "agenda"),
        "documents offered again after one"
    );
    offers(&complete("lsk new-meeting --kind "), KINDS, "fish --kind");
    offers(&complete("lsk check --phase "), PHASES, "fish --phase");
    offers(&complete("lsk check --lang "), LANGS, "fish --lang");
    // A global option before the subcommand: its values, then the
    // subcommands (not files).
    let langs = complete("lsk --lang ");
    offers(&langs, LANGS, "fish lsk --lang");
    assert!(!langs.iter().any(|c| c == "lsk.yaml"), "{langs:?}");
    offers(
        &complete("lsk --lang fi "),
        &["check", "render"],
        "fish after --lang fi",
    );
    offers(
        &complete("lsk explain "),
        lsk::rules::RULE_IDS,
        "fish explain",
    );
    offers(
        &complete("lsk render memo --for "),
        RECIPIENTS,
        "fish --for",
    );
    assert!(
        !complete("lsk explain consent ")
            .iter()
            .any(|c| c == "consent"),
        "a rule offered again"
    );
    offers(
        &complete("lsk schema "),
        &["meeting", "case"],
        "fish schema",
    );
}

#[test]
fn values_are_spelled_as_before() {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    for doc in DOCS {
        let run = env.lsk(&["render", doc, "meetings/2026-11-10-daycare", "--stdout"]);
        if *doc == "correction-notice" {
            // Spelled right: lsk itself asks for the notice's recipient.
            assert!(
                run.stderr.contains("--for RECIPIENT"),
                "{doc}: {}",
                run.stderr
            );
            continue;
        }
        assert_ne!(run.code, 2, "{doc}: {}", run.stderr);
    }
    for phase in PHASES {
        assert_ne!(env.check(&["--phase", phase]).code, 2, "{phase}");
    }
    for kind in KINDS {
        assert_eq!(env.lsk(&["guide", "--kind", kind]).code, 0, "{kind}");
    }
    let run = env.lsk(&["check", "--phase", "later"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("before") && run.stderr.contains("after"),
        "{}",
        run.stderr
    );
}

/// Completion captured from an interactive zsh on a pty (`zsh/zpty`): the
/// line is typed, a widget runs the completion system, and every match
/// the completion functions add is written to a file.
const ZSH_CAPTURE: &str = r#"
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "compadd() { local -a __m; builtin compadd -O __m \"\$@\"; print -rl -- \$__m >> $2; builtin compadd \"\$@\" }"
zpty -w z "_capture() { _main_complete; print -r -- '--done--' >> $2 }"
zpty -w z "zle -C capture complete-word _capture; bindkey '^T' capture"
zpty -w z "$3"$'\C-t'
for i in {1..100}; do grep -q -- '--done--' $2 2>/dev/null && break; sleep 0.1; done
zpty -d z
"#;

#[test]
fn zsh_completes_in_a_real_shell() {
    if !shell("zsh") {
        return;
    }
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", DAYCARE);
    let text = script(&env, "zsh");
    env.write("fpath/_lsk", &text);
    env.write("capture.zsh", ZSH_CAPTURE);
    let complete = |line: &str| -> Vec<String> {
        let out = env.join("matches");
        let _ = std::fs::remove_file(&out);
        let run = Command::new("zsh")
            .current_dir(env.path())
            .arg("-f")
            .arg(env.join("capture.zsh"))
            .arg(env.join("fpath"))
            .arg(&out)
            .arg(line)
            .output()
            .unwrap();
        let got = std::fs::read_to_string(&out).unwrap_or_default();
        assert!(
            got.contains("--done--"),
            "{line}: no completion ran: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        got.lines()
            .filter(|l| *l != "--done--" && !l.is_empty())
            .map(str::to_owned)
            .collect()
    };
    offers(&complete("lsk render "), DOCS, "zsh render");
    let folder = complete("lsk render memo ");
    assert!(folder.iter().any(|m| m == "meetings"), "{folder:?}");
    assert!(!folder.iter().any(|m| m == "agenda"), "{folder:?}");
    offers(
        &complete("lsk explain "),
        lsk::rules::RULE_IDS,
        "zsh explain",
    );
    assert!(
        !complete("lsk explain consent ")
            .iter()
            .any(|m| m == "consent"),
        "a rule offered again"
    );
    offers(&complete("lsk --lang "), LANGS, "zsh lsk --lang");
    offers(&complete("lsk new-meeting --kind "), KINDS, "zsh --kind");
    offers(&complete("lsk render memo --for "), RECIPIENTS, "zsh --for");
}
