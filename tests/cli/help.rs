//! `lsk explain` for every rule id and `lsk guide` for every stage and
//! kind, in every language; the examples in the explanations are checked
//! against the real checker.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::*;

/// FORMAT.md's rule ids, written out here on purpose: the test is of the
/// public contract, not of lsk's own list (which must match it, below).
const RULES: &[&str] = &[
    "parse-error",
    "unknown-field",
    "invalid-value",
    "missing-field",
    "unknown-person",
    "network-size",
    "chair-role",
    "child-not-prepared",
    "double-assurance",
    "action-owner",
    "consent",
    "identity-code",
    "stale-render",
    "date-order",
    "follow-up-invitees",
    "child-wishes-in-plan",
    "contact-details",
    "topic-discussion",
];
/// The languages of a case, read from the code.
const LANGS: &[&str] = lsk::model::Lang::NAMES;

fn help_file(lang: &str, dir: &str, name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("help")
        .join(lang)
        .join(dir)
        .join(format!("{name}.md"));
    std::fs::read_to_string(path).unwrap()
}

/// The ```yaml blocks of a text: (wrong, right).
fn examples(text: &str) -> (String, String) {
    let blocks: Vec<String> = text
        .split("```yaml\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap().to_owned())
        .collect();
    assert_eq!(blocks.len(), 2, "a wrong and a right example:\n{text}");
    (blocks[0].clone(), blocks[1].clone())
}

fn top_keys(yaml: &str) -> BTreeSet<String> {
    yaml.lines()
        .filter(|l| !l.starts_with([' ', '\t', '-', '#']))
        .filter_map(|l| l.split_once(':').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

/// DAYCARE without the top-level keys in `drop`, with `extra` added.
fn overlay(drop: &BTreeSet<String>, extra: &str) -> String {
    let front = DAYCARE.strip_prefix("---\n").unwrap();
    let (front, rest) = front.split_once("\n---\n").unwrap();
    let mut out = String::from("---\n");
    let mut skipping = false;
    for line in front.lines() {
        if !line.starts_with([' ', '-']) {
            let key = line.split(':').next().unwrap_or("");
            skipping = drop.contains(key);
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str(extra);
    out.push_str("---\n");
    out.push_str(rest);
    out
}

/// (field) of each finding of `rule` for a meeting with this text.
fn findings_of(rule: &str, meeting: &str) -> BTreeSet<String> {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", meeting);
    if rule == "consent" {
        env.write("meetings/2026-11-10-daycare/memo.daycare.md", "# Memo\n");
    }
    env.check(&[])
        .findings()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| format!("{}:{}", f["field"].as_str().unwrap_or(""), f["line"]))
        .collect()
}

/// (field) of each `contact-details` finding before DAYCARE, in a case
/// whose lsk.yaml ends with `example` (rules24).
fn case_findings(rule: &str, example: &str) -> BTreeSet<String> {
    let env = Env::new();
    env.write(
        "lsk.yaml",
        &format!("child:\n  name: Robin\n  born: 2021-03\nlanguage: en\nstage: client\n{example}"),
    );
    env.meeting("2026-11-10-daycare", DAYCARE);
    env.check(&["--phase", "before"])
        .findings()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| format!("{}:{}", f["field"].as_str().unwrap_or(""), f["line"]))
        .collect()
}

/// (field) of each `follow-up-invitees` finding of a follow-up `meeting`
/// whose conference of 2026-10-01 had the invitees of `right` (rules24).
fn follow_up_findings(meeting: &str, right: &str) -> BTreeSet<String> {
    let env = Env::case("2021-03");
    let invitees: String = right
        .lines()
        .skip_while(|l| !l.starts_with("invitees:"))
        .take_while(|l| l.starts_with("invitees:") || l.starts_with([' ', '-']))
        .map(|l| format!("{l}\n"))
        .collect();
    let conference = FGC.replace("date: 2026-11-10", "date: 2026-10-01");
    let (head, rest) = conference.split_once("invitees:\n").unwrap();
    let rest = rest.split_once("child_attends:").unwrap().1;
    env.meeting(
        "2026-10-01-family-group-conference",
        &format!("{head}{invitees}child_attends:{rest}"),
    );
    env.meeting("2026-11-10-daycare", meeting);
    env.check(&[])
        .findings()
        .iter()
        .filter(|f| f["rule"] == "follow-up-invitees")
        .map(|f| format!("{}:{}", f["field"].as_str().unwrap_or(""), f["line"]))
        .collect()
}

#[test]
fn explain_every_rule_in_every_language() {
    assert_eq!(lsk::rules::RULE_IDS, RULES);
    let env = Env::new();
    for lang in LANGS {
        for rule in RULES {
            let run = env.lsk(&["explain", rule, "--lang", lang]);
            assert_eq!(run.code, 0, "{rule} {lang}: {}", run.stderr);
            let text = help_file(lang, "explain", rule);
            assert_eq!(run.stdout, text);
            assert!(text.starts_with(&format!("# {rule}: ")), "{rule} {lang}");
            let sources: &[&str] = match *lang {
                "fi" => &["\nLähde: ", "\nLähteet: "],
                "sv" => &["\nKälla: ", "\nKällor: "],
                _ => &["\nSource: ", "\nSources: "],
            };
            assert!(
                sources.iter().any(|s| text.contains(s)),
                "{rule} {lang}: no source"
            );
            examples(&text);
        }
        // Without a rule: one line for each.
        let run = env.lsk(&["explain", "--lang", lang]);
        assert_eq!(run.code, 0);
        assert_eq!(run.stdout.lines().count(), RULES.len());
    }
}

/// The wrong example breaks the rule; the right one mends what it broke
/// and breaks nothing more of it. Put into a complete meeting in place of
/// the keys the examples write.
#[test]
fn explain_examples_are_true_to_the_checker() {
    for lang in LANGS {
        for rule in RULES {
            // A stale render is about two versions of a file over time; its
            // examples are a sequence of edits (see render tests).
            if *rule == "stale-render" {
                continue;
            }
            let (wrong, right) = examples(&help_file(lang, "explain", rule));
            let keys: BTreeSet<String> =
                top_keys(&wrong).union(&top_keys(&right)).cloned().collect();
            let (bad, good) = match *rule {
                // Its examples are lsk.yaml's, checked before the meeting.
                "contact-details" => (case_findings(rule, &wrong), case_findings(rule, &right)),
                // Its examples follow a conference of the right example's people.
                "follow-up-invitees" => (
                    follow_up_findings(&overlay(&keys, &wrong), &right),
                    follow_up_findings(&overlay(&keys, &right), &right),
                ),
                _ => (
                    findings_of(rule, &overlay(&keys, &wrong)),
                    findings_of(rule, &overlay(&keys, &right)),
                ),
            };
            assert!(!bad.is_empty(), "{lang} {rule}: the wrong example passes");
            assert!(
                good.is_subset(&bad) && good.len() < bad.len(),
                "{lang} {rule}: the right example still has {good:?} (wrong: {bad:?})"
            );
        }
    }
}

#[test]
fn explain_a_misspelt_rule() {
    let env = Env::new();
    let run = env.lsk(&["explain", "dubble-assurance", "--lang", "en"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `double-assurance`"),
        "{}",
        run.stderr
    );
    // As shown in brackets by lsk check.
    assert_eq!(env.lsk(&["explain", "[consent]", "--lang", "en"]).code, 0);
}

#[test]
fn every_human_finding_ends_with_the_explain_hint() {
    let env = Env::case("2021-03");
    env.meeting("2026-11-10-daycare", &drop_key(DAYCARE, "goal"));
    let run = env.lsk(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("= why: lsk explain missing-field"),
        "{}",
        run.stdout
    );
    let findings = run.stdout.matches("error[").count() + run.stdout.matches("warning[").count();
    assert_eq!(run.stdout.matches("lsk explain ").count(), findings);
}

#[test]
fn guide_for_every_stage_and_kind() {
    let env = Env::new();
    let kinds = [
        "daycare",
        "school",
        "family-group-conference",
        "fgc-follow-up",
    ];
    let stages = ["support", "assessment", "client"];
    for lang in LANGS {
        for stage in stages {
            for kind in kinds {
                let run = env.lsk(&["guide", "--stage", stage, "--kind", kind, "--lang", lang]);
                assert_eq!(run.code, 0, "{}", run.stderr);
                let out = &run.stdout;
                let stage_title = help_file(lang, "stage", stage);
                let kind_title = help_file(lang, "kind", kind);
                assert!(out.starts_with(stage_title.lines().next().unwrap()));
                assert!(out.contains(kind_title.lines().next().unwrap()));
                for phase in ["before", "during", "after"] {
                    assert!(!out.contains(&format!("{{{phase}}}")), "{lang} {kind}");
                    assert!(out.contains(&format!("`lsk check --phase {phase}`")));
                }
                // What lsk check requires is on the list.
                for key in ["goal", "chair", "memo_consent", "agreed", "informing_child"] {
                    assert!(
                        out.contains(&format!("- [ ] `{key}`: ")),
                        "{lang} {kind} {key}"
                    );
                }
                if kind == "family-group-conference" {
                    assert!(out.contains("- [ ] `plan_topics`") && out.contains("- [ ] `plan`: "));
                }
                if kind == "fgc-follow-up" {
                    assert!(out.contains("- [ ] `follows`"));
                }
            }
        }
    }
}

#[test]
fn guide_reads_the_stage_and_kind_from_the_case() {
    let env = Env::case("2021-03"); // stage: client, language: en
    let school = edit(DAYCARE, "kind: daycare", "kind: school");
    env.meeting("2026-11-10-daycare", DAYCARE);
    env.meeting("2026-12-01-school", &school);
    let run = env.lsk(&["guide"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("# Stage: client"), "{}", run.stdout);
    assert!(run.stdout.contains("# School meeting"), "{}", run.stdout);
    assert!(!run.stdout.contains("# Stage: support"));

    // Outside a case: every stage, and the kinds to choose from.
    let run = Env::new().lsk(&["guide", "--lang", "en"]);
    assert_eq!(run.code, 0);
    for stage in ["support", "assessment", "client"] {
        assert!(run.stdout.contains(&format!("# Stage: {stage}")));
    }
    assert!(
        run.stdout
            .contains("lsk guide --kind family-group-conference")
    );
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_output_quietly() {
    let env = Env::new();
    let mut child = lsk_command(env.path())
        .args(["guide", "--lang", "en"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reader is gone before lsk writes (like `lsk guide | head -0`).
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Quietly: not a word on stderr (no panic, no "Broken pipe" error)...
    assert_eq!(stderr, "", "lsk spoke after its reader left");
    // ...and the end a Unix program has when its reader left (as cat's
    // and grep's): stopped by SIGPIPE, or a clean exit; never an error
    // status of its own (1, 2) or a panic's (101).
    use std::os::unix::process::ExitStatusExt;
    const SIGPIPE: i32 = 13;
    assert!(
        out.status.signal() == Some(SIGPIPE) || out.status.code() == Some(0),
        "{:?}",
        out.status
    );
}

/// Every command's --help says what it does and shows examples, one per
/// line, that start with `lsk`, in every language.
#[test]
fn every_help_has_examples() {
    for (lang, word) in [("fi", "Esimerk"), ("sv", "Exempel"), ("en", "Example")] {
        help_has_examples(lang, word);
    }
}

fn help_has_examples(lang: &str, word: &str) {
    let env = Env::new();
    let commands: &[&[&str]] = &[
        &[],
        &["init"],
        &["new-meeting"],
        &["check"],
        &["render"],
        &["actions"],
        &["list"],
        &["disclosures"],
        &["history"],
        &["schema"],
        &["completions"],
        &["man"],
        &["hook"],
        &["explain"],
        &["guide"],
        &["sync"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.extend(["--help", "--lang", lang]);
        let run = env.lsk(&args);
        assert_eq!(run.code, 0, "{command:?}");
        let (_, examples) = run
            .stdout
            .split_once(word)
            .unwrap_or_else(|| panic!("no examples in {lang} {command:?}:\n{}", run.stdout));
        let lines: Vec<&str> = examples
            .lines()
            .skip(1)
            .take_while(|l| !l.trim().is_empty())
            .collect();
        assert!(!lines.is_empty(), "{command:?}");
        for line in lines {
            assert!(
                line.starts_with("  ") && line.contains("lsk "),
                "{lang} {command:?}: {line}"
            );
        }
    }
}

/// Every relative link in the user guides and the README leads to a file
/// that exists (anchors aside), so a new user never meets a dead end.
#[test]
fn guide_links_resolve() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md"), root.join("docs/security.md")];
    for lang in ["en", "fi", "sv"] {
        for entry in std::fs::read_dir(root.join("docs").join(lang)).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    let mut checked = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for part in text.split("](").skip(1) {
            let target = part.split(')').next().unwrap();
            if target.starts_with("http")
                || target.starts_with('#')
                || target.starts_with("mailto:")
            {
                continue;
            }
            let path = target.split('#').next().unwrap();
            let resolved = file.parent().unwrap().join(path);
            assert!(resolved.exists(), "{}: dead link {target}", file.display());
            checked += 1;
        }
    }
    assert!(checked > 40, "links checked: {checked}");
}
