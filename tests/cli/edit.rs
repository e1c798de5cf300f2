//! Lossless saving (`case::edit`, what `lsk serve`'s forms save through)
//! over the files `lsk init` and `lsk new-meeting` write and over the
//! examples: the file reads back as the form said, and every line outside
//! the changed key is kept, in order.

use std::path::Path;

use lsk::case::edit::{self, FormValue};

use crate::common::*;

/// A Finnish case made by `lsk init`, with a daycare meeting, a family
/// group conference and a school meeting made by `lsk new-meeting`.
fn scaffolded(lang: &str) -> Env {
    let env = Env::new();
    let run = env.lsk(&[
        "init",
        "case",
        "--child",
        "Testi Lapsi",
        "--born",
        "2020-03-01",
        "--worker",
        "Sari Sosiaalityö",
        "--lang",
        lang,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (kind, date) in [
        ("daycare", "2026-12-01"),
        ("family-group-conference", "2026-12-03"),
        ("school", "2026-12-04"),
    ] {
        let run = env.lsk_in(
            &env.join("case"),
            &["new-meeting", "--kind", kind, "--date", date],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    env
}

fn text(s: &str) -> FormValue {
    FormValue::Text(s.to_owned())
}

fn rec(pairs: &[(&str, FormValue)]) -> FormValue {
    FormValue::Record(
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    )
}

/// A value the form might send instead of `v`.
fn changed(v: &FormValue, salt: usize) -> FormValue {
    match v {
        FormValue::Empty => text(&format!(
            "uusi arvo {salt}: \"lainaus\" # ei kommentti\n- toinen rivi"
        )),
        FormValue::Text(_) if salt.is_multiple_of(3) => FormValue::Empty,
        FormValue::Text(t) => text(&format!("{t} (muutettu {salt})")),
        FormValue::List(items) if salt.is_multiple_of(2) && !items.is_empty() => {
            FormValue::List(items[1..].to_vec())
        }
        FormValue::List(items) => {
            let mut items = items.clone();
            let new = match items.last() {
                Some(last) => changed(last, salt + 1),
                None => text("--- uusi"),
            };
            items.push(new);
            FormValue::List(items)
        }
        FormValue::Record(fields) => {
            let mut fields = fields.clone();
            if let Some((_, first)) = fields.first_mut() {
                *first = changed(first, salt + 1);
            }
            fields.push(("lisatieto".into(), text("Ääkköset: ok")));
            FormValue::Record(fields)
        }
    }
}

/// Lines of `a` a line diff removes on the way to `b` (0-based).
fn removed_lines(a: &[&str], b: &[&str]) -> Vec<usize> {
    let w = b.len() + 1;
    let mut lcs = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * w + j] = if a[i] == b[j] {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j, mut gone) = (0, 0, Vec::new());
    while i < a.len() {
        if j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && lcs[i * w + j + 1] >= lcs[(i + 1) * w + j] {
            j += 1;
        } else {
            gone.push(i);
            i += 1;
        }
    }
    gone
}

/// The lines of top-level key `key`'s value: from its line to the next
/// top-level key, the closing `---`, or a comment line at column 0 that
/// a blank line or a key follows.
fn region(lines: &[&str], key: &str) -> (usize, usize) {
    let prefix = format!("{key}:");
    let start = lines
        .iter()
        .position(|l| l.starts_with(&prefix))
        .unwrap_or(lines.len());
    let end = (start + 1..lines.len())
        .find(|&i| {
            let l = lines[i];
            !l.is_empty() && !l.starts_with(' ') && !l.starts_with('#')
        })
        .unwrap_or(lines.len());
    (start, end)
}

/// Set each top-level key of `source` to a changed value, one at a time,
/// and check the result.
fn every_key_round_trips(name: &str, source: &str) {
    let values = edit::form_values(source).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    // The form's own values save to the same bytes.
    let all: Vec<(&str, FormValue)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    assert_eq!(edit::set_fields(source, &all).unwrap(), source, "{name}");
    let notes = source[source[4..].find("\n---").unwrap() + 4..].to_owned();
    let lines: Vec<&str> = source.lines().collect();
    for (n, (key, value)) in values.iter().enumerate() {
        for salt in [n, n + 1] {
            let new = changed(value, salt);
            let out = edit::set_fields(source, &[(key, new.clone())])
                .unwrap_or_else(|e| panic!("{name}: {key} = {new:?}: {e:?}"));
            let mut expected = values.clone();
            expected[n].1 = new.clone();
            let back = edit::form_values(&out).unwrap();
            assert!(
                edit::same(&FormValue::Record(back), &FormValue::Record(expected)),
                "{name}: {key} = {new:?}\n{out}"
            );
            assert!(out.ends_with(&notes), "{name}: notes of {key}");
            let out_lines: Vec<&str> = out.lines().collect();
            // Every comment is kept, trailing ones too, in order.
            let mut theirs = out_lines.iter().filter_map(|l| comment(l));
            for mine in lines.iter().filter_map(|l| comment(l)) {
                assert!(
                    theirs.any(|c| c == mine),
                    "{name}: setting {key} lost {mine:?}\n{out}"
                );
            }
            let (start, end) = region(&lines, key);
            for gone in removed_lines(&lines, &out_lines) {
                assert!(
                    (start..end).contains(&gone) && !lines[gone].starts_with('#'),
                    "{name}: setting {key} removed line {}: {:?}\n{out}",
                    gone + 1,
                    lines[gone]
                );
            }
        }
    }
}

/// A line's comment: from a `#` at its start or after a space.
fn comment(line: &str) -> Option<&str> {
    if line.trim_start().starts_with('#') {
        return Some(line.trim_start());
    }
    line.find(" #").map(|i| &line[i + 1..])
}

fn meeting_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            meeting_files(&p, out);
        } else if p.file_name().is_some_and(|n| n == "meeting.md") {
            out.push(p);
        }
    }
}

#[test]
fn scaffolds_round_trip_key_by_key() {
    for lang in ["fi", "sv", "en"] {
        let env = scaffolded(lang);
        let mut files = Vec::new();
        meeting_files(&env.join("case/meetings"), &mut files);
        assert_eq!(files.len(), 3);
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            every_key_round_trips(&file.display().to_string(), &source);
        }
    }
}

#[test]
fn examples_round_trip_key_by_key() {
    let mut files = Vec::new();
    meeting_files(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .as_path(),
        &mut files,
    );
    assert!(files.len() >= 7);
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        every_key_round_trips(&file.display().to_string(), &source);
    }
}

/// A form fills the before phase of a new daycare meeting: the scaffold's
/// comments stay where they were, `lsk check` reads what the form wrote,
/// and a follow-up made from the saved file carries its rows and their
/// `not_for`.
#[test]
fn filling_a_scaffold_through_the_form() {
    let env = scaffolded("fi");
    let rel = "case/meetings/2026-12-01-daycare/meeting.md";
    let source = env.read(rel);
    let before = env.lsk_in(
        &env.join("case"),
        &["check", "--format", "json", "--phase", "before"],
    );
    let values = edit::form_values(&source).unwrap();
    let get = |k: &str| values.iter().find(|(key, _)| key == k).unwrap().1.clone();
    let FormValue::List(mut invitees) = get("invitees") else {
        panic!("invitees")
    };
    invitees.push(rec(&[
        ("name", text("Äiti Esimerkki")),
        ("role", text("parent")),
        ("relation", text("äiti")),
        ("guardian", text("true")),
    ]));
    invitees.push(rec(&[
        ("name", text("Leena Lastentarha")),
        ("role", text("daycare")),
        ("organisation", text("Päiväkoti Tähti")),
        ("not_for", FormValue::List(vec![text("school")])),
    ]));
    let out = edit::set_fields(
        &source,
        &[
            ("time", text("9.30")),
            ("duration_min", text("90")),
            ("place", text("Päiväkoti Tähti: neuvotteluhuone")),
            ("goal", text("Sovitaan, miten aamut\nsujuvat paremmin.")),
            ("note_taker", text("Sari Sosiaalityö")),
            ("invitees", FormValue::List(invitees)),
            ("child_attends", text("no")),
            (
                "child_attendance_reason",
                text("Lapsi on 6-vuotias; hänen näkemyksensä kuullaan etukäteen."),
            ),
            (
                "child_preparation",
                rec(&[
                    ("by", text("Äiti Esimerkki")),
                    ("told_who_is_coming", text("kyllä")),
                    ("told_topics", text("kyllä")),
                    ("child_wants_to_talk_about", FormValue::Empty),
                    ("child_wants_adults_to_discuss", FormValue::Empty),
                ]),
            ),
            ("observe", FormValue::List(vec![text("aamun siirtymät")])),
        ],
    )
    .unwrap();
    // Every comment the scaffold wrote is still there, in order.
    let comments: Vec<&str> = source.lines().filter(|l| l.contains('#')).collect();
    let kept: Vec<&str> = out.lines().filter(|l| l.contains('#')).collect();
    assert_eq!(comments.len(), kept.len(), "{out}");
    for (a, b) in comments.iter().zip(&kept) {
        let (a, b) = (
            a.split('#').skip(1).collect::<Vec<_>>(),
            b.split('#').skip(1).collect::<Vec<_>>(),
        );
        assert_eq!(a, b, "{out}");
    }
    assert!(
        out.contains("  by: Äiti Esimerkki               # "),
        "{out}"
    );
    assert!(
        out.contains("observe:\n  - aamun siirtymät\n#  - ...\n"),
        "{out}"
    );
    assert!(
        out.contains("    not_for:\n      - school\n#  (esimerkki)\n"),
        "{out}"
    );
    assert!(
        out.contains("time: 9.30\n") && out.contains("    guardian: true\n"),
        "{out}"
    );
    env.write(rel, &out);
    let after = env.lsk_in(
        &env.join("case"),
        &["check", "--format", "json", "--phase", "before"],
    );
    assert!(!after.has("parse-error"), "{}", after.stdout);
    let missing = |run: &Run| -> Vec<String> {
        run.findings()
            .iter()
            .filter(|f| f["rule"] == "missing-field")
            .filter(|f| {
                f["file"]
                    .as_str()
                    .is_some_and(|p| p.contains("2026-12-01-daycare"))
            })
            .map(|f| f["field"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    let (before, after) = (missing(&before), missing(&after));
    for field in [
        "time",
        "duration_min",
        "place",
        "goal",
        "note_taker",
        "child_attends",
        "child_attendance_reason",
    ] {
        assert!(before.iter().any(|f| f == field), "{field}: {before:?}");
        assert!(!after.iter().any(|f| f == field), "{field}: {after:?}");
    }
    assert!(
        !after.iter().any(|f| f.starts_with("child_preparation")),
        "{after:?}"
    );
    assert!(after.iter().any(|f| f == "family_views"), "{after:?}");
    // A follow-up made from the saved file keeps the rows and what they
    // were kept from.
    let run = env.lsk_in(
        &env.join("case"),
        &[
            "new-meeting",
            "--follow-up",
            "2026-12-01-daycare",
            "--date",
            "2027-01-12",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let follow = env.read("case/meetings/2027-01-12-daycare/meeting.md");
    assert!(follow.contains("  - name: Leena Lastentarha\n"), "{follow}");
    assert!(
        follow.contains("    not_for:\n      - school\n"),
        "{follow}"
    );
    every_key_round_trips("follow-up", &follow);
}

#[test]
fn crlf_file_stays_crlf() {
    let env = scaffolded("en");
    let source = env
        .read("case/meetings/2026-12-01-daycare/meeting.md")
        .replace('\n', "\r\n");
    let out = edit::set_fields(
        &source,
        &[
            ("goal", text("Two\nlines")),
            ("observe", FormValue::List(vec![text("mornings")])),
        ],
    )
    .unwrap();
    assert!(!out.replace("\r\n", "").contains('\n'));
    every_key_round_trips("crlf", &source);
}
