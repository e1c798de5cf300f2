//! The JSON Schema means what `lsk check` means: single-mutation variants
//! of valid meetings, each validated by a real JSON Schema validator (the
//! `jsonschema` crate, draft 7, formats checked) on the frontmatter as an
//! editor reads it (YAML 1.2: `no` is a string), and by `lsk check`. The
//! verdicts agree, except where the phase or another file decides, or the
//! YAML text itself: those are listed below with the reason. ajv (the
//! validator inside yaml-language-server, strict mode) reads the same
//! files with the `yaml` package and must give the crate's verdict on each
//! (tests/editors/validate.mjs; skipped without node, as tests/cli/editors.rs).

use crate::common::*;

/// The frontmatter as a YAML 1.2 reader (an editor's language server)
/// turns it into JSON.
fn frontmatter_json(text: &str) -> serde_json::Value {
    let body = text.strip_prefix("---\n").expect("frontmatter");
    let yaml = match body.find("\n---\n") {
        Some(end) => &body[..end + 1],
        None if body.starts_with("---\n") => "",
        None => panic!("not closed: {text}"),
    };
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options(yaml, options)
        .unwrap_or_else(|e| panic!("not YAML: {e}\n{yaml}"))
}

fn validator(env: &Env) -> jsonschema::Validator {
    let schema = env.lsk(&["schema", "--lang", "en"]).json();
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("lsk's schema is a valid draft-7 schema")
}

/// Replace a whole line that starts with `from` (a key) by `to`.
fn set(text: &str, from: &str, to: &str) -> String {
    let mut found = false;
    let out: String = text
        .lines()
        .map(|l| {
            if !found && l.starts_with(from) {
                found = true;
                format!("{to}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    assert!(found, "no line starts with `{from}`");
    out
}

/// Remove the key `key` (top level, with its indented lines).
fn without(text: &str, key: &str) -> String {
    let prefix = format!("{key}:");
    let mut out = String::new();
    let mut skipping = false;
    let mut found = false;
    for l in text.lines() {
        if l.starts_with(&prefix) {
            skipping = true;
            found = true;
            continue;
        }
        if skipping && (l.starts_with(' ') || l.starts_with("- ")) {
            continue;
        }
        skipping = false;
        out.push_str(l);
        out.push('\n');
    }
    assert!(found, "no key {key}");
    out
}

fn keys(text: &str) -> Vec<String> {
    let body = &text[4..text[4..].find("\n---\n").unwrap() + 4];
    body.lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('-') && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':').map(|(k, _)| k.to_owned()))
        .collect()
}

/// Why the schema and `lsk check` may disagree on a variant.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Because {
    /// Agree.
    Same,
    /// A later phase requires it; the schema requires only what every
    /// phase does (checked with `--phase before`, where they agree).
    Phase,
    /// A person must be among the invitees, two names must be different
    /// people: a schema cannot compare values.
    CompareValues,
    /// An invitee's organisation is a recipient too; a schema cannot know
    /// the invitees' organisations.
    Organisation,
    /// The child's age, from lsk.yaml, decides whether preparation is needed.
    CaseFile,
    /// `follows` must name a meeting folder of the case.
    OtherMeeting,
    /// An identity code: a scan of the text, not a shape.
    IdentityCode,
    /// YAML reads an unquoted `13` or `9.3` as a number: the schema sees
    /// 13 for `13` and `13.00`, 9.3 for `9.30` and `9.3`.
    TimeAsNumber,
    /// ` #` starts a comment; the schema never sees what it cut off.
    Comment,
    /// YAML reads `60.0`, `1e2` and `0x3C` as the numbers 60, 100 and 60;
    /// lsk reads the digits as written and wants a whole number like `60`.
    NumberAsWritten,
}

struct Variant {
    name: String,
    text: String,
    because: Because,
}

fn variants() -> Vec<Variant> {
    use Because::*;
    let mut out = Vec::new();
    let mut add = |name: &str, text: String, because: Because| {
        out.push(Variant {
            name: name.to_owned(),
            text,
            because,
        })
    };
    add("daycare as is", DAYCARE.to_owned(), Same);
    add("conference as is", FGC.to_owned(), Same);
    // Every key left out, one at a time.
    for key in keys(DAYCARE) {
        let because = match key.as_str() {
            "child_preparation" => CaseFile,
            "memo_consent" | "child_views" | "summary" | "agreed" | "informing_child"
            | "evaluation" | "next_meeting" => Phase,
            _ => Same,
        };
        add(
            &format!("daycare without {key}"),
            without(DAYCARE, &key),
            because,
        );
    }
    for key in ["plan_topics", "plan", "family_views"] {
        let because = if key == "plan" { Phase } else { Same };
        add(
            &format!("conference without {key}"),
            without(FGC, key),
            because,
        );
    }
    let acute = set(FGC, "kind:", "kind: family-group-conference\nacute: true");
    for key in [
        "plan_topics",
        "family_views",
        "child_support_person",
        "goal",
    ] {
        add(
            &format!("acute conference without {key}"),
            without(&acute, key),
            Same,
        );
    }
    add(
        "follow-up without follows",
        set(FGC, "kind:", "kind: fgc-follow-up"),
        Same,
    );
    let follow_up = set(
        FGC,
        "kind:",
        "kind: fgc-follow-up\nfollows: 2026-10-01-family-group-conference",
    );
    add(
        "follow-up of a meeting not in the case",
        follow_up,
        OtherMeeting,
    );

    let d = |from: &str, to: &str| set(DAYCARE, from, to);
    for (from, to, because) in [
        ("date:", "date: 2026-02-30", Same),
        ("date:", "date: 10.11.2026", Same),
        ("date:", "date: 2026", Same),
        ("date:", "date: \"\"", Same),
        ("time:", "time: 25:00", Same),
        ("time:", "time: 13:60", Same),
        ("time:", "time: 1300", Same),
        ("time:", "time: noon", Same),
        ("time:", "time: 13.00", Same),
        ("time:", "time: \"9.30\"", Same),
        ("time:", "time: 9:30", Same),
        ("time:", "time: 9.30", Same),
        ("time:", "time: 24.00", Same),
        ("time:", "time: 13", TimeAsNumber),
        ("time:", "time: 9.3", TimeAsNumber),
        ("duration_min:", "duration_min: \"60\"", Same),
        ("duration_min:", "duration_min: 0", Same),
        ("duration_min:", "duration_min: -5", Same),
        ("duration_min:", "duration_min: sixty", Same),
        ("duration_min:", "duration_min: 90.5", Same),
        ("duration_min:", "duration_min: 60.0", NumberAsWritten),
        ("duration_min:", "duration_min: 1e2", NumberAsWritten),
        ("duration_min:", "duration_min: 0x3C", NumberAsWritten),
        ("kind:", "kind: Daycare", Same),
        ("kind:", "kind: lunch", Same),
        ("child_attends:", "child_attends: maybe", Same),
        ("child_attends:", "child_attends: partly", Same),
        ("child_attends:", "child_attends: true", Same),
        ("goal:", "goal: \"  \"", Same),
        ("goal:", "goal: [a, b]", Same),
        ("goal:", "goal: {text: Mornings, not_for: [school]}", Same),
        ("goal:", "goal: {text: Mornings, not_for: [skool]}", Same),
        ("goal:", "goal: Born 131052-308T", IdentityCode),
        ("place:", "place: Room #3", Comment),
        ("chair:", "chair: Nobody Known", CompareValues),
        ("chair:", "chair: [Sam Worker]", Same),
        ("invitees:", "invitees: everyone\nxinvitees:", Same),
        ("next_meeting:", "next_meeting: soon", Same),
        ("evaluation:", "gaol: It went well", Same),
        ("  told_topics:", "  told_topics: kyllä", Same),
        ("  told_topics:", "  told_topics: KYLLÄ", Same),
        ("  told_topics:", "  told_topics: Nej", CaseFile),
        ("  told_topics:", "  told_topics: true", Same),
        ("  told_topics:", "  told_topics: maybe", Same),
        ("  told_topics:", "  told_topics: [yes]", Same),
        ("  recipients:", "  recipients: [koulu]", Same),
        (
            "  recipients:",
            "  recipients: [Päiväkoti, Family Work]",
            Same,
        ),
        ("  recipients:", "  recipients: [schol]", Same),
        (
            "  recipients:",
            "  recipients: [Child welfare]",
            Organisation,
        ),
        ("  recipients:", "  recipients: school", Same),
        ("    due:", "    due: soon", Same),
        ("    due:", "    due: 2026-12-01\n    done: yes", Same),
        ("    due:", "    due: 2026-12-01\n    done: true", Same),
        ("    owner:", "    owner: \"\"", Same),
        ("    role: parent", "    role: boss", Same),
        (
            "    role: parent",
            "    role: parent\n    not_for: [school]",
            Same,
        ),
        ("    role: parent", "    role: parent\n    email: [x]", Same),
        (
            "    relation: mother",
            "    relation: mother\n    phone: 123",
            Same,
        ),
    ] {
        add(
            &format!("daycare with `{}`", to.trim()),
            d(from, to),
            because,
        );
    }
    add(
        "an invitee without a role",
        DAYCARE.replacen("    role: parent\n", "", 1),
        Same,
    );
    add(
        "an agreed action without an owner",
        DAYCARE.replacen("    owner: Pat Parent\n", "", 1),
        Same,
    );
    add(
        "one person informs the child",
        DAYCARE.replacen("  - who: Dana Carer\n", "", 1),
        Same,
    );
    add(
        "the same person informs the child twice",
        DAYCARE.replacen("  - who: Dana Carer\n", "  - who: pat  parent\n", 1),
        CompareValues,
    );
    add("an empty frontmatter", "---\n---\n".to_owned(), Same);
    out
}

#[test]
fn the_schema_and_check_agree_on_single_mutations() {
    let env = Env::case("2021-03");
    let schema = validator(&env);
    let mut disagreements = Vec::new();
    let mut verdicts = Vec::new();
    let list = variants();
    assert!(list.len() >= 50, "{} variants", list.len());
    for (i, v) in list.iter().enumerate() {
        let folder = format!("2026-11-{:02}-daycare", 1 + i % 28);
        let name = format!("v{i}/meetings/{folder}");
        env.write(&format!("v{i}/lsk.yaml"), &case_yaml("2021-03", "en"));
        env.write(&format!("{name}/meeting.md"), &v.text);
        let json = frontmatter_json(&v.text);
        let schema_ok = schema.is_valid(&json);
        verdicts.push((env.join(&format!("{name}/meeting.md")), schema_ok));
        // Before: what every phase requires. After (the meetings are held
        // on 2026-11-10): what the phase adds.
        let before = env.lsk(&["check", &name, "--phase", "before", "--format", "json"]);
        let after = env.lsk(&["check", &name, "--phase", "after", "--format", "json"]);
        assert_ne!(before.code, 2, "{}: {}", v.name, before.stderr);
        let (before_ok, after_ok) = (before.code == 0, after.code == 0);
        let agree_before = schema_ok == before_ok;
        let agree_after = schema_ok == after_ok;
        let ok = match v.because {
            Because::Same => agree_before && agree_after,
            // The phase decides: the schema agrees with the before phase,
            // the after phase rejects what the schema accepts.
            Because::Phase => agree_before && schema_ok && !after_ok,
            // The schema accepts what only lsk can judge.
            Because::CompareValues
            | Because::CaseFile
            | Because::OtherMeeting
            | Because::IdentityCode
            | Because::Comment
            | Because::NumberAsWritten => schema_ok && !before_ok,
            Because::Organisation => !schema_ok && before_ok,
            Because::TimeAsNumber => schema_ok && !before_ok,
        };
        if !ok {
            let errors: Vec<String> = schema
                .iter_errors(&json)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            disagreements.push(format!(
                "{} ({:?}): schema {}, check before {} after {}\n  schema: {errors:?}\n  check: {:?}",
                v.name,
                v.because,
                schema_ok,
                before_ok,
                after_ok,
                before.rules()
            ));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} variants:\n{}",
        disagreements.len(),
        list.len(),
        disagreements.join("\n")
    );
    // ajv, as yaml-language-server and check-jsonschema-like tools run it,
    // on the same files: the same verdict as the crate, so the same
    // agreement with `lsk check`.
    let Some(tools) = crate::editors::editor_tools() else {
        return;
    };
    env.write("schema.json", &env.lsk(&["schema", "--lang", "en"]).stdout);
    let schema_file = env.join("schema.json");
    let mut args: Vec<&std::path::Path> = vec![&schema_file];
    args.extend(verdicts.iter().map(|(p, _)| p.as_path()));
    let answer = crate::editors::node_json(&tools, "validate.mjs", &args);
    let mut differ = Vec::new();
    for ((file, crate_ok), v) in verdicts.iter().zip(&list) {
        let got = &answer[file.to_string_lossy().as_ref()];
        if got["valid"].as_bool() != Some(*crate_ok) {
            differ.push(format!("{}: ajv {got}, crate {crate_ok}", v.name));
        }
    }
    assert!(
        differ.is_empty(),
        "ajv and the crate differ:\n{}",
        differ.join("\n")
    );
}

#[test]
fn the_schema_speaks_the_cases_language() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    let fi = env.lsk(&["schema"]).json();
    assert_eq!(
        fi["properties"]["goal"]["description"],
        lsk::schema::docs::field_doc(lsk::model::Lang::Fi, "goal", None)
    );
    let en = env.lsk(&["schema", "--lang", "en"]).json();
    assert_ne!(
        fi["properties"]["goal"]["description"],
        en["properties"]["goal"]["description"]
    );
    let sv = env.lsk(&["schema", "--lang", "sv"]).json();
    assert_ne!(
        sv["properties"]["goal"]["description"],
        en["properties"]["goal"]["description"]
    );
    // new-meeting writes the schema in the case's language.
    let run = env.lsk(&["new-meeting", "--kind", "school", "--date", "2026-12-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        env.read(".lsk/meeting.schema.json"),
        env.lsk(&["schema"]).stdout
    );
    assert!(
        env.read(".lsk/meeting.schema.json")
            .contains(fi["properties"]["goal"]["description"].as_str().unwrap())
    );
    // A schema every draft-7 validator reads.
    for lang in ["fi", "sv", "en"] {
        let s = env.lsk(&["schema", "--lang", lang]).json();
        assert!(jsonschema::draft7::meta::is_valid(&s), "{lang}");
        let c = env.lsk(&["schema", "case", "--lang", lang]).json();
        assert!(jsonschema::draft7::meta::is_valid(&c), "{lang}");
    }
}

/// The case file's schema requires what `lsk check` requires of it.
#[test]
fn the_case_schema_requires_the_child_and_the_worker() {
    let env = Env::new();
    let schema = env.lsk(&["schema", "case", "--lang", "en"]).json();
    let v = jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let ok = frontmatter_json(&format!("---\n{}---\n", case_yaml("2021-03", "en")));
    assert!(v.is_valid(&ok));
    for (from, to) in [
        ("responsible_worker: Sam Worker\n", ""),
        ("  born: 2021-03\n", ""),
        ("  born: 2021-03\n", "  born: 2021-13\n"),
        ("language: en\n", "language: de\n"),
    ] {
        let text = format!("---\n{}---\n", case_yaml("2021-03", "en")).replacen(from, to, 1);
        assert!(!v.is_valid(&frontmatter_json(&text)), "{to}");
    }
}
