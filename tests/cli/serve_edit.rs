//! `lsk serve`'s forms: saving a meeting through the form changes exactly
//! the keys edited (the rest byte for byte), a stale form is a 409 with
//! both versions, every POST needs this launch's form token and this
//! server's Origin, an identity code is refused naming its field, the
//! whole file as text refuses what does not read, new meetings and
//! follow-ups carry what `lsk new-meeting` carries. In process on the
//! axum router; the form is read from the page as a browser would post it.

use axum::http::StatusCode;

use crate::app::{App, PORT, Pairs, Resp, encode, unescape};
use crate::common::{DAYCARE, DIR, Env, MEETING, render, scaffolded};

fn attr(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let at = tag.find(&needle)? + needle.len();
    let end = tag[at..].find('"')? + at;
    Some(unescape(&tag[at..end]))
}

fn has_attr(tag: &str, name: &str) -> bool {
    tag.contains(&format!(" {name}>"))
        || tag.contains(&format!(" {name} "))
        || tag.contains(&format!(" {name}/>"))
}

/// What a browser posts for the form `form_id` on `html` as it stands:
/// text inputs, hidden inputs, textareas (without the first line break,
/// as HTML parses them), the selected option, ticked checkboxes.
pub fn form(html: &str, form_id: &str) -> Pairs {
    let start = html
        .find(&format!("<form id=\"{form_id}\""))
        .unwrap_or_else(|| panic!("no form {form_id} in\n{html}"));
    let end = html[start..].find("</form>").unwrap() + start;
    let body = &html[start..end];
    let mut out = Pairs::new();
    let mut at = 0;
    while let Some(off) = body[at..].find('<') {
        let pos = at + off;
        let close = body[pos..].find('>').unwrap() + pos;
        let tag = &body[pos..=close];
        at = close + 1;
        if tag.starts_with("<input") {
            let Some(name) = attr(tag, "name") else {
                continue;
            };
            let ty = attr(tag, "type").unwrap_or_else(|| "text".into());
            if ty == "checkbox" && !has_attr(tag, "checked") {
                continue;
            }
            out.push((name, attr(tag, "value").unwrap_or_default()));
        } else if tag.starts_with("<textarea") {
            let name = attr(tag, "name").unwrap();
            let end = body[at..].find("</textarea>").unwrap() + at;
            let text = &body[at..end];
            let text = text.strip_prefix('\n').unwrap_or(text);
            out.push((name, unescape(text)));
            at = end;
        } else if tag.starts_with("<select") {
            let name = attr(tag, "name").unwrap();
            let end = body[at..].find("</select>").unwrap() + at;
            let options: Vec<&str> = body[at..end].split("<option").skip(1).collect();
            let chosen = options
                .iter()
                .find(|o| o.contains(" selected"))
                .or(options.first())
                .map(|o| attr(&format!(" {o}"), "value").unwrap_or_default())
                .unwrap_or_default();
            out.push((name, chosen));
            at = end;
        }
    }
    out
}

pub fn set(pairs: &mut Pairs, name: &str, value: &str) {
    let slot = pairs
        .iter_mut()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("no input {name}"));
    slot.1 = value.to_owned();
}

pub fn with_op(mut pairs: Pairs, op: &str) -> Pairs {
    pairs.push(("op".into(), op.into()));
    pairs
}

fn case_with(text: &str) -> Env {
    let env = Env::case("2021-05");
    env.meeting(MEETING, text);
    env
}

fn edit_path() -> String {
    format!("/c/0/m/{MEETING}/edit")
}

fn file() -> String {
    format!("meetings/{MEETING}/meeting.md")
}

/// A line diff (longest common subsequence): the lines of `before` not
/// kept, and the lines of `after` that are new.
fn changed_lines(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let b: Vec<&str> = before.lines().collect();
    let a: Vec<&str> = after.lines().collect();
    let mut lcs = vec![vec![0usize; a.len() + 1]; b.len() + 1];
    for i in (0..b.len()).rev() {
        for j in (0..a.len()).rev() {
            lcs[i][j] = if b[i] == a[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut gone, mut came) = (Vec::new(), Vec::new());
    while i < b.len() || j < a.len() {
        if i < b.len() && j < a.len() && b[i] == a[j] {
            i += 1;
            j += 1;
        } else if j < a.len() && (i == b.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            came.push(a[j].to_owned());
            j += 1;
        } else {
            gone.push(b[i].to_owned());
            i += 1;
        }
    }
    (gone, came)
}

const NEW: &str = "2026-12-01-daycare";

#[test]
fn an_untouched_form_saves_nothing_and_the_file_stays_byte_for_byte() {
    for text in [DAYCARE.to_owned(), crate::common::FGC.to_owned()] {
        let env = case_with(&text);
        let app = App::new(&env);
        let page = app.get(&edit_path());
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let r = app.post_pairs(
            &edit_path(),
            &with_op(form(&page.body, "meeting-form"), "save"),
        );
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            env.read(&file()),
            text,
            "nothing was changed, nothing written"
        );
    }
    // The scaffold's file, with its comments and empty fields.
    let env = scaffolded();
    let app = App::new(&env);
    let path = format!("meetings/{NEW}/meeting.md");
    let before = env.read(&path);
    let page = app.get(&format!("/c/0/m/{NEW}/edit"));
    let r = app.post_pairs(
        &format!("/c/0/m/{NEW}/edit"),
        &with_op(form(&page.body, "meeting-form"), "save"),
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(env.read(&path), before);
}

#[test]
fn saving_changes_exactly_the_edited_keys_and_keeps_the_comments() {
    let env = scaffolded();
    let app = App::new(&env);
    let path = format!("meetings/{NEW}/meeting.md");
    let edit = format!("/c/0/m/{NEW}/edit");
    let before = env.read(&path);
    assert!(before.contains('#'), "the scaffold comments its fields");
    let page = app.get(&edit);
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "place", "Daycare Centre Lark, room 2");
    set(
        &mut pairs,
        "goal",
        "Agree how daycare supports Robin's mornings:\nbreakfast, and saying goodbye",
    );
    let r = app.post_pairs(&edit, &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("{edit}?saved=1"));
    let after = env.read(&path);
    let (gone, came) = changed_lines(&before, &after);
    assert!(
        gone.iter()
            .all(|l| l.starts_with("place:") || l.starts_with("goal:")),
        "only place and goal were rewritten: {gone:?} -> {came:?}"
    );
    assert!(came.iter().any(|l| l.contains("room 2")), "{came:?}");
    // Every comment of the scaffold is still there.
    for line in before.lines().filter(|l| l.trim_start().starts_with('#')) {
        assert!(after.contains(line), "comment lost: {line}");
    }
    // The page after the save shows the findings of the saved file, and
    // `lsk check` on that file agrees.
    let shown = app.get(&r.location());
    assert!(shown.body.contains("id=\"saved\""));
    let counts = |body: &str, what: &str| -> usize {
        let at = body.find(&format!("data-{what}=\"")).unwrap() + what.len() + 7;
        body[at..at + body[at..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    let check = env.check(&[&format!("meetings/{NEW}")]);
    let of = |sev: &str| {
        check
            .findings()
            .iter()
            .filter(|f| f["severity"] == sev)
            .count()
    };
    assert_eq!(
        counts(&shown.body, "errors"),
        of("error"),
        "{}",
        check.stdout
    );
    assert_eq!(counts(&shown.body, "warnings"), of("warning"));
    assert!(
        counts(&shown.body, "errors") > 0,
        "a draft with findings is saved"
    );
    let goal = lsk_value(&after, "goal");
    assert_eq!(
        goal,
        "Agree how daycare supports Robin's mornings:\nbreakfast, and saying goodbye"
    );
}

/// The value of a top-level key as lsk reads it.
fn lsk_value(text: &str, key: &str) -> String {
    let fields = lsk::case::edit::form_values(text).unwrap();
    match fields.into_iter().find(|(k, _)| k == key).map(|(_, v)| v) {
        Some(lsk::case::edit::FormValue::Text(t)) => t.trim_end().to_owned(),
        other => panic!("{key}: {other:?}"),
    }
}

#[test]
fn dates_and_times_are_taken_as_people_write_them() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "date", "24.11.2026");
    set(&mut pairs, "time", "9.30");
    set(&mut pairs, "agreed.0.due", "1.2.2027");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = env.read(&file());
    assert!(after.contains("date: 2026-11-24\n"), "{after}");
    assert!(after.contains("time: 09:30\n"), "{after}");
    assert!(after.contains("due: 2027-02-01\n"), "{after}");
    assert!(after.contains("next_meeting: 2027-01-10\n"));
}

#[test]
fn rows_are_added_and_removed_without_saving_and_typed_values_stay() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    assert!(page.body.contains("id=\"add-agreed\""));
    assert!(page.body.contains("id=\"remove-invitees-2\""));
    assert!(page.body.contains("<datalist id=\"people\">"));
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "summary", "Typed but not saved");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "add:agreed"));
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(env.read(&file()), DAYCARE, "adding a row saves nothing");
    assert!(r.body.contains("Typed but not saved"));
    assert!(r.body.contains("name=\"agreed.1.action\""), "one row more");
    // Fill the new row, remove an invitee, and save.
    let mut pairs = form(&r.body, "meeting-form");
    set(&mut pairs, "agreed.1.action", "Daycare sends a weekly note");
    set(&mut pairs, "agreed.1.owner", "Dana Carer");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "remove:invitees.2"));
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(env.read(&file()), DAYCARE, "removing a row saves nothing");
    assert!(!r.body.contains("name=\"invitees.2.name\""), "one row less");
    assert!(r.body.contains("Daycare sends a weekly note"));
    let r = app.post_pairs(
        &edit_path(),
        &with_op(form(&r.body, "meeting-form"), "save"),
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = env.read(&file());
    assert!(after.contains("summary: Typed but not saved"));
    assert!(after.contains("  - action: Daycare sends a weekly note\n    owner: Dana Carer\n"));
    assert!(
        !after.contains("Robin's key worker"),
        "the invitee was removed"
    );
    assert!(after.contains("  - action: Morning chart at home\n"));
}

#[test]
fn recipients_and_not_for_are_chosen_from_the_recipient_model() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    // The invitees' roles and organisations, all-participants.
    for value in [
        "social-worker",
        "parent",
        "daycare",
        "Child welfare",
        "all-participants",
    ] {
        assert!(
            page.body.contains(&format!(
                "name=\"memo_consent.recipients\" value=\"{value}\""
            )),
            "{value}"
        );
    }
    let mut pairs = form(&page.body, "meeting-form");
    pairs.push(("memo_consent.recipients".into(), "Child welfare".into()));
    pairs.push(("agreed.0.not_for".into(), "daycare".into()));
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = env.read(&file());
    let fields = lsk::case::edit::form_values(&after).unwrap();
    let get = |k: &str| fields.iter().find(|(x, _)| x == k).unwrap().1.clone();
    use lsk::case::edit::FormValue::{List, Record, Text};
    assert_eq!(
        get("memo_consent"),
        Record(vec![
            ("given_by".into(), List(vec![Text("Pat Parent".into())])),
            ("date".into(), Text("2026-11-10".into())),
            (
                "recipients".into(),
                List(vec![Text("daycare".into()), Text("Child welfare".into())])
            ),
        ])
    );
    let List(agreed) = get("agreed") else {
        panic!()
    };
    let Record(item) = &agreed[0] else { panic!() };
    assert!(item.contains(&("not_for".into(), List(vec![Text("daycare".into())]))));
    // And lsk check reads it as a withheld item: the copy for daycare leaves it out.
    let run = env.lsk(&[
        "render",
        "memo",
        &format!("meetings/{MEETING}"),
        "--for",
        "daycare",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copy = env.read(&format!("meetings/{MEETING}/memo.daycare.md"));
    assert!(!copy.contains("Morning chart at home"), "{copy}");
    let run = env.lsk(&["render", "memo", &format!("meetings/{MEETING}")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        env.read(&format!("meetings/{MEETING}/memo.md"))
            .contains("Morning chart at home")
    );
}

#[test]
fn a_stale_form_is_a_conflict_with_both_versions_and_never_a_silent_overwrite() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "goal", "The worker's goal from the form");
    // Meanwhile, an editor changes the file: the goal and the place.
    let disk = DAYCARE
        .replace(
            "goal: Agree how daycare supports Robin's mornings",
            "goal: The goal from the editor",
        )
        .replace("place: Daycare Centre Lark", "place: Town hall");
    env.write(&file(), &disk);
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert_eq!(env.read(&file()), disk, "nothing written");
    assert!(r.body.contains("id=\"conflict\""));
    assert!(
        r.body.contains("The worker&#x27;s goal from the form")
            || r.body.contains("The worker's goal from the form")
    );
    assert!(r.body.contains("The goal from the editor"));
    assert!(r.body.contains("data-key=\"goal\""));
    assert!(
        !r.body.contains("data-key=\"place\""),
        "the worker did not change the place"
    );
    assert!(r.body.contains("id=\"keep-disk\""));
    // Apply mine: a new POST with the new hash writes the goal only; the
    // editor's place stays.
    let apply = form(&r.body, "apply-form");
    let hash = apply.iter().find(|(k, _)| k == "hash").unwrap().1.clone();
    assert_eq!(hash, lsk_hash(&disk));
    let r = app.post_pairs(&edit_path(), &with_op(apply, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = env.read(&file());
    assert!(
        after.contains("goal: The worker's goal from the form\n"),
        "{after}"
    );
    assert!(
        after.contains("place: Town hall\n"),
        "the editor's change stays"
    );
    let (gone, _) = changed_lines(&disk, &after);
    assert_eq!(gone, vec!["goal: The goal from the editor".to_owned()]);
}

fn lsk_hash(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn every_new_post_needs_the_form_token_and_this_servers_origin() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "goal", "Changed");
    let edit = with_op(pairs, "save");
    let text_page = app.get(&format!("/c/0/m/{MEETING}/text"));
    let mut text = form(&text_page.body, "text-form");
    set(&mut text, "text", &DAYCARE.replace("Notes.", "Changed."));
    let new: Pairs = vec![
        ("csrf".into(), app.state.csrf.clone()),
        ("kind".into(), "school".into()),
        ("date".into(), "2026-12-24".into()),
    ];
    let routes = [
        (edit_path(), edit),
        (format!("/c/0/m/{MEETING}/text"), text),
        ("/c/0/new".to_owned(), new),
    ];
    for (path, pairs) in &routes {
        for extra in [
            vec![],
            vec![("origin", "http://evil.example")],
            vec![("origin", "null")],
            vec![("origin", "http://127.0.0.1:1")],
            vec![("sec-fetch-site", "cross-site")],
        ] {
            let r = app.post_pairs_with(path, pairs, &extra);
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{path} {extra:?}");
        }
        for csrf in [None, Some(""), Some("00"), Some("wrong")] {
            let mut bad: Pairs = pairs.iter().filter(|(k, _)| k != "csrf").cloned().collect();
            if let Some(c) = csrf {
                bad.push(("csrf".into(), c.into()));
            }
            let r = app.post_pairs(path, &bad);
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{path} csrf {csrf:?}");
        }
        // GET never writes.
        let r = app.get(&format!("{path}?{}", encode(pairs)));
        assert!(r.status == StatusCode::OK || r.status.is_client_error());
    }
    // `Origin: null`, as a page elsewhere or a sandboxed frame sends it.
    for (path, pairs) in &routes {
        for extra in [
            vec![("origin", "null"), ("sec-fetch-site", "cross-site")],
            vec![("origin", "null"), ("sec-fetch-site", "same-site")],
            vec![("origin", "null"), ("sec-fetch-site", "none")],
        ] {
            let r = app.post_pairs_with(path, pairs, &extra);
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{path} {extra:?}");
        }
    }
    assert_eq!(env.read(&file()), DAYCARE, "nothing written");
    assert!(!env.join("meetings/2026-12-24-school").exists());
    // A form posted from a page with `Referrer-Policy: no-referrer` (every
    // page here) comes as `Origin: null` with the browser's own
    // `Sec-Fetch-Site: same-origin`: accepted, with the token.
    let r = app.post_pairs_with(
        &edit_path(),
        &routes[0].1,
        &[("origin", "null"), ("sec-fetch-site", "same-origin")],
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(env.read(&file()).contains("goal: Changed\n"));
    env.write(&file(), DAYCARE);
    // From this page, with the token: accepted.
    for (path, pairs) in &routes {
        let r = app.post_pairs(path, pairs);
        assert!(
            r.status == StatusCode::SEE_OTHER || r.status == StatusCode::CONFLICT,
            "{path}: {} {}",
            r.status,
            r.body
        );
    }
    assert!(env.join("meetings/2026-12-24-school/meeting.md").exists());
}

#[test]
fn an_identity_code_in_a_field_is_refused_naming_the_field() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "summary", "A long summary that stays");
    set(&mut pairs, "invitees.1.relation", "mother, 010101-123N");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(env.read(&file()), DAYCARE, "nothing written");
    assert!(r.draft.is_some(), "answered 303 to the unsaved form");
    assert!(r.body.contains("id=\"refused\""));
    // Named by its label and row, as the page shows it; never by its key.
    let at = r.body.find("id=\"refused\"").unwrap();
    let refused = &r.body[at..at + r.body[at..].find("</section>").unwrap()];
    assert!(
        refused.contains("Row 2") && !refused.contains("invitees.1.relation"),
        "the field is named: {refused}"
    );
    assert!(!r.body.contains("010101-123N"), "the code is never echoed");
    assert!(r.body.contains("XXXXXX-XXXX"));
    assert!(
        r.body.contains("A long summary that stays"),
        "nothing typed is lost"
    );
    // In the notes too, and in the whole text.
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "notes", "Robin 010101-123N");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("notes"));
    let text_page = app.get(&format!("/c/0/m/{MEETING}/text"));
    let mut text = form(&text_page.body, "text-form");
    set(
        &mut text,
        "text",
        &DAYCARE.replace("Notes.", "Robin 010101-123N"),
    );
    let r = app.post_pairs(&format!("/c/0/m/{MEETING}/text"), &text);
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!r.body.contains("010101-123N"));
    assert_eq!(env.read(&file()), DAYCARE);
}

#[test]
fn the_notes_are_edited_and_the_fields_stay() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let mut pairs = form(&page.body, "meeting-form");
    set(
        &mut pairs,
        "notes",
        "Pat said the mornings are calmer.\r\n\r\nDana agreed.",
    );
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = env.read(&file());
    let front = DAYCARE.split_once("\n---\n").unwrap().0;
    assert_eq!(
        after,
        format!("{front}\n---\n\nPat said the mornings are calmer.\n\nDana agreed.\n")
    );
}

#[test]
fn the_notes_box_shows_no_heading_of_lsks_and_saving_keeps_it() {
    let front = DAYCARE.split_once("\n---\n").unwrap().0;
    for heading in ["## Muistiinpanot", "## Anteckningar"] {
        // A new meeting's notes: only lsk's heading, so the box is empty.
        let env = case_with(&format!("{front}\n---\n\n{heading}\n"));
        let app = App::new(&env);
        let page = app.get(&edit_path());
        let pairs = form(&page.body, "meeting-form");
        let notes = &pairs.iter().find(|(k, _)| k == "notes").unwrap().1;
        assert_eq!(notes, "", "{heading}");
        assert!(!page.body.contains(heading), "{heading} on the form");
        // What is typed is saved under the heading, which stays.
        let mut pairs = pairs;
        set(&mut pairs, "notes", "Pat said the mornings are calmer.");
        let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            env.read(&file()),
            format!("{front}\n---\n\n{heading}\n\nPat said the mornings are calmer.\n")
        );
        // Shown again without it, and saved unchanged when not touched.
        let page = app.get(&edit_path());
        let pairs = form(&page.body, "meeting-form");
        let notes = &pairs.iter().find(|(k, _)| k == "notes").unwrap().1;
        assert_eq!(notes, "Pat said the mornings are calmer.");
        let before = env.read(&file());
        let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(env.read(&file()), before);
    }
}

/// The old way of writing a consent is offered only where the meeting
/// uses it (the new user's walk, fault 19).
#[test]
fn the_old_consent_field_is_shown_only_where_the_meeting_uses_it() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    for (lang, old) in [("fi", "anha kirjaustapa"), ("sv", "ammalt sätt")] {
        let page = app.get(&format!("{}?lang={lang}", edit_path()));
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(old), "{lang}: {}", page.body);
        assert!(!page.body.contains("memo_consent.decided_with"), "{lang}");
    }
    // Saved as the page is: the file unchanged.
    let page = app.get(&edit_path());
    let r = app.post_pairs(
        &edit_path(),
        &with_op(form(&page.body, "meeting-form"), "save"),
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(env.read(&file()), DAYCARE);
    // A meeting written the old way shows it, to be moved over.
    let env = case_with(&DAYCARE.replace(
        "  recipients: [daycare]\n",
        "  recipients: [daycare]\n  decided_with: Pat Parent by phone\n",
    ));
    let app = App::new(&env);
    for (lang, old) in [("fi", "anha kirjaustapa"), ("sv", "ammalt sätt")] {
        let page = app.get(&format!("{}?lang={lang}", edit_path()));
        assert!(page.body.contains(old), "{lang}: {}", page.body);
        assert!(page.body.contains("Pat Parent by phone"), "{lang}");
    }
}

#[test]
fn the_whole_text_that_does_not_read_is_shown_at_its_line_and_not_written() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let path = format!("/c/0/m/{MEETING}/text");
    let page = app.get(&path);
    assert_eq!(page.status, StatusCode::OK);
    let mut text = form(&page.body, "text-form");
    let broken = DAYCARE.replace("place: Daycare Centre Lark", "place: Daycare: Centre Lark");
    set(&mut text, "text", &broken.replace('\n', "\r\n"));
    let r = app.post_pairs(&path, &text);
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(env.read(&file()), DAYCARE);
    let line = broken
        .lines()
        .position(|l| l.starts_with("place:"))
        .unwrap()
        + 1;
    assert!(
        r.body.contains(&format!("data-line=\"{line}\"")),
        "the error at line {line}: {}",
        r.body
    );
    assert!(r.body.contains("Daycare: Centre Lark"), "the text is kept");
    // A good text is written as typed (the browser's CRLF as the file's LF).
    let good = DAYCARE.replace("Notes.", "New notes.");
    set(&mut text, "text", &good.replace('\n', "\r\n"));
    let r = app.post_pairs(&path, &text);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(env.read(&file()), good);
    // A stale text: 409, the file now shown, nothing written.
    let r = app.post_pairs(&path, &text);
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("id=\"conflict\""));
    assert_eq!(env.read(&file()), good);
}

#[test]
fn a_meeting_whose_file_does_not_read_is_not_edited_by_the_form() {
    let broken = DAYCARE.replace("place: Daycare Centre Lark", "place: [unclosed");
    let env = case_with(&broken);
    let app = App::new(&env);
    let r = app.get(&edit_path());
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(unescape(&r.body).contains(&format!("/c/0/m/{MEETING}/text")));
}

#[test]
fn a_new_meeting_and_a_follow_up_from_the_browser() {
    let env = case_with(
        DAYCARE
            .replace(
                "  - action: Morning chart at home\n",
                "  - action: Morning chart at home\n    not_for: [daycare]\n",
            )
            .as_str(),
    );
    let app = App::new(&env);
    let page = app.get("/c/0/new");
    assert_eq!(page.status, StatusCode::OK);
    let mut pairs = form(&page.body, "new-form");
    set(&mut pairs, "kind", "school");
    set(&mut pairs, "date", "24.12.2026");
    set(&mut pairs, "time", "9.30");
    let r = app.post_pairs("/c/0/new", &pairs);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/c/0/m/2026-12-24-school/edit");
    let made = env.read("meetings/2026-12-24-school/meeting.md");
    assert!(made.contains("kind: school"));
    assert!(
        made.contains("time: 09:30") || made.contains("time: \"09:30\""),
        "{made}"
    );
    // Never over an existing meeting.
    let r = app.post_pairs("/c/0/new", &pairs);
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("id=\"refused\""));
    assert_eq!(env.read("meetings/2026-12-24-school/meeting.md"), made);
    // A date that does not exist is refused as new-meeting refuses it.
    set(&mut pairs, "date", "31.2.2027");
    let r = app.post_pairs("/c/0/new", &pairs);
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!env.join("meetings/2027-02-31-school").exists());
    let refused = unescape(r.body.split("id=\"refused\"").nth(1).unwrap());
    assert!(
        refused.contains("31.2.2027") && refused.contains("28"),
        "{refused}"
    );
    assert!(
        !refused.contains("--date"),
        "the form's word, not the option's"
    );
    assert!(
        r.body.contains("value=\"31.2.2027\""),
        "what was typed stays"
    );
    // A follow-up: the invitees and the actions, with every not_for.
    let page = app.get(&format!("/c/0/new?follow_up={MEETING}"));
    let mut pairs = form(&page.body, "new-form");
    assert_eq!(
        pairs.iter().find(|(k, _)| k == "follow_up").unwrap().1,
        MEETING
    );
    set(&mut pairs, "date", "2027-01-10");
    let r = app.post_pairs("/c/0/new", &pairs);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let follow = env.read("meetings/2027-01-10-daycare/meeting.md");
    assert!(follow.contains(&format!("follows: {MEETING}")), "{follow}");
    assert!(follow.contains("Dana Carer"));
    let review = follow.split("review:").nth(1).unwrap();
    assert!(review.contains("Morning chart at home"));
    assert!(
        review.contains("daycare"),
        "the not_for is carried: {review}"
    );
    // The same as lsk new-meeting makes.
    let cli = Env::case("2021-05");
    cli.meeting(MEETING, &env.read(&file()));
    let run = cli.lsk(&[
        "new-meeting",
        "--follow-up",
        MEETING,
        "--date",
        "2027-01-10",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(cli.read("meetings/2027-01-10-daycare/meeting.md"), follow);
    // A follow-up of a meeting that is not this case's is refused.
    let mut pairs = form(&page.body, "new-form");
    set(&mut pairs, "follow_up", "../../elsewhere");
    set(&mut pairs, "date", "2027-02-10");
    let r = app.post_pairs("/c/0/new", &pairs);
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[test]
fn a_field_the_form_cannot_show_is_kept_and_never_written() {
    // An unknown key inside an invitee and a key lsk does not know: the
    // form shows them as they are, and a save elsewhere keeps them.
    let text = DAYCARE
        .replace(
            "    relation: mother\n",
            "    relation: mother\n    shoe_size: 38\n",
        )
        .replace(
            "evaluation: It went well\n",
            "evaluation: It went well\nmy_own_key: kept # mine\n",
        );
    let env = case_with(&text);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    assert!(
        !page.body.contains("name=\"invitees.0.name\""),
        "invitees shown as written"
    );
    assert!(page.body.contains("shoe_size"));
    assert!(page.body.contains("my_own_key"));
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "summary", "Changed summary");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = env.read(&file());
    assert!(after.contains("    shoe_size: 38\n"));
    assert!(after.contains("my_own_key: kept # mine\n"));
    assert_eq!(
        after,
        text.replace(
            "summary: Daycare follows the mornings",
            "summary: Changed summary"
        )
    );
}

#[test]
fn the_edit_pages_carry_the_hash_and_never_reload_over_unsaved_input() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    // Opened afresh: the page keeps the server alive (live.js pings) and
    // its form is marked, so a change on disk never reloads over typing.
    for (path, id) in [
        (edit_path(), "meeting-form"),
        (format!("/c/0/m/{MEETING}/text"), "text-form"),
        ("/c/0/new".to_owned(), "new-form"),
    ] {
        let r = app.get(&path);
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(r.body.contains("data-live=\""), "{path}");
        assert!(
            r.body
                .contains(&format!("<form id=\"{id}\" data-lsk-form method=\"post\"")),
            "{path}"
        );
        assert!(r.body.contains(&app.state.csrf), "{path}");
    }
    let r = app.get(&edit_path());
    assert!(r.body.contains(&format!("value=\"{}\"", lsk_hash(DAYCARE))));
    // Made from a POST (a row added), the form holds unsaved input: marked,
    // so live.js never reloads it.
    let r = app.post_pairs(
        &edit_path(),
        &with_op(form(&r.body, "meeting-form"), "add:agreed"),
    );
    assert!(
        r.body
            .contains("<form id=\"meeting-form\" data-lsk-form data-lsk-unsaved")
    );
    let js = app.get("/static/live.js").body;
    assert!(js.contains("form[data-lsk-form][data-lsk-unsaved]"));
    // The meeting page links to the form and to a follow-up.
    let r = app.get(&format!("/c/0/m/{MEETING}"));
    assert!(r.body.contains("id=\"edit-link\""));
    assert!(r.body.contains("id=\"follow-up-link\""));
}

#[test]
fn a_value_the_writer_cannot_change_safely_is_refused_with_its_field_and_kept() {
    let text = DAYCARE
        .replace("chair: Sam Worker", "chair: &sam Sam Worker")
        .replace("note_taker: Sam Worker", "note_taker: *sam");
    let env = case_with(&text);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "chair", "Alex Other");
    set(&mut pairs, "summary", "A summary typed with it");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(env.read(&file()), text, "nothing written");
    let refused = r.body.split("id=\"refused\"").nth(1).unwrap();
    assert!(refused.contains("chair"), "{refused}");
    assert!(
        r.body.contains("value=\"Alex Other\""),
        "what was typed stays"
    );
    assert!(r.body.contains("A summary typed with it"));
}

#[test]
fn a_finnish_case_gets_its_form_in_finnish() {
    let env = Env::new();
    env.write("lsk.yaml", &crate::common::case_yaml("2021-05", "fi"));
    env.meeting(MEETING, DAYCARE);
    let app = App::new(&env);
    let r = app.get(&edit_path());
    assert_eq!(r.status, StatusCode::OK);
    let body = unescape(&r.body);
    assert!(body.contains("<html lang=\"fi\">"));
    assert!(body.contains(">Tallenna</button>"));
    assert!(body.contains("Lisää rivi"));
    assert!(
        body.contains("Tapaamisen tavoite") || body.contains("tavoite"),
        "the field docs in Finnish"
    );
    assert!(body.contains("sosiaalityöntekijä"), "roles in Finnish");
    assert!(!body.contains(">Save</button>"));
    let r = app.get("/c/0/new");
    assert!(unescape(&r.body).contains("Läheisneuvonpito"));
}

#[test]
fn the_edit_routes_refuse_a_foreign_host_and_a_missing_cookie() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    for path in [
        edit_path(),
        format!("/c/0/m/{MEETING}/text"),
        "/c/0/new".to_owned(),
    ] {
        let r = app.get_with(
            &path,
            &[
                ("host", &format!("evil.example:{PORT}")),
                ("cookie", &app.cookie()),
            ],
        );
        assert_eq!(r.status, StatusCode::MISDIRECTED_REQUEST, "{path}");
        let r = app.get_with(&path, &[("host", &format!("127.0.0.1:{PORT}"))]);
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{path}");
        assert!(!r.body.contains("Robin"));
    }
}

/// Text inputs of the DAYCARE form: (input name, a paragraph?).
const EDITABLE: &[(&str, bool)] = &[
    ("place", false),
    ("goal", true),
    ("summary", true),
    ("family_views", true),
    ("child_views", true),
    ("evaluation", true),
    ("chair", false),
    ("invitees.1.relation", false),
    ("invitees.0.organisation", false),
    ("topics.0.topic", false),
    ("agreed.0.action", true),
    ("child_preparation.child_wants_to_talk_about", true),
];

/// The value at a dotted path in what lsk reads from a file.
fn at_path(fields: &[(String, lsk::case::edit::FormValue)], path: &str) -> Option<String> {
    use lsk::case::edit::FormValue;
    let mut parts = path.split('.');
    let top = parts.next()?;
    let mut v = fields
        .iter()
        .find(|(k, _)| k == top)
        .map(|(_, v)| v.clone())?;
    for p in parts {
        v = match (v, p.parse::<usize>()) {
            (FormValue::List(items), Ok(n)) => items.get(n)?.clone(),
            (FormValue::Record(entries), _) => {
                entries.into_iter().find(|(k, _)| k == p).map(|(_, v)| v)?
            }
            _ => return None,
        };
    }
    match v {
        FormValue::Text(t) => Some(t),
        FormValue::Empty => None,
        other => panic!("{path}: {other:?}"),
    }
}

fn tricky() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        Just(": ".to_owned()),
        Just(" #".to_owned()),
        Just("- ".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("  ".to_owned()),
        Just("---".to_owned()),
        Just("[x]".to_owned()),
        Just("{a: b}".to_owned()),
        Just("&a *b !t |".to_owned()),
        Just("yes".to_owned()),
        Just("null".to_owned()),
        Just("12:30".to_owned()),
        Just("äö å".to_owned()),
        Just("\t".to_owned()),
        "[a-zA-Z ]{1,8}",
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|v| v.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 48, ..Default::default() })]

    /// For random edits through the form: what is not edited stays byte
    /// for byte, and lsk reads back exactly what the form says.
    #[test]
    fn random_form_edits_keep_the_rest_and_read_back_as_typed(
        edits in proptest::collection::vec((0..EDITABLE.len(), tricky()), 1..5)
    ) {
        let env = case_with(DAYCARE);
        let app = App::new(&env);
        let page = app.get(&edit_path());
        let mut pairs = form(&page.body, "meeting-form");
        let mut expected: std::collections::BTreeMap<&str, Option<String>> = Default::default();
        for (i, raw) in &edits {
            let (name, paragraph) = EDITABLE[*i];
            let typed = if paragraph { raw.replace('\n', "\r\n") } else { raw.replace(['\n', '\r'], " ") };
            set(&mut pairs, name, &typed);
            let want = if paragraph {
                raw.trim_end().trim_start_matches('\n').to_owned()
            } else {
                typed.trim().to_owned()
            };
            expected.insert(name, (!want.trim().is_empty()).then_some(want));
        }
        let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
        let after = env.read(&file());
        if r.status != StatusCode::SEE_OTHER {
            // Refused: then nothing at all was written, and it says why.
            proptest::prop_assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
            proptest::prop_assert!(r.body.contains("id=\"refused\""));
            proptest::prop_assert_eq!(&after, DAYCARE);
            return Ok(());
        }
        let fields = lsk::case::edit::form_values(&after).unwrap();
        for (name, want) in &expected {
            proptest::prop_assert_eq!(&at_path(&fields, name), want, "{}", after);
        }
        // Every other value reads as before.
        let before = lsk::case::edit::form_values(DAYCARE).unwrap();
        let edited_tops: Vec<&str> = expected.keys().map(|n| n.split('.').next().unwrap()).collect();
        for (k, v) in &before {
            if !edited_tops.contains(&k.as_str()) {
                let now = fields.iter().find(|(x, _)| x == k).map(|(_, v)| v);
                proptest::prop_assert_eq!(now, Some(v), "{}", k);
            }
        }
        // And every line of an untouched key is where it was.
        let (gone, _) = changed_lines(DAYCARE, &after);
        let mut top = "";
        let owner: std::collections::HashMap<&str, &str> = DAYCARE
            .lines()
            .map(|l| {
                if !l.starts_with([' ', '#', '-']) && l.contains(':') {
                    top = l.split(':').next().unwrap();
                }
                (l, top)
            })
            .collect();
        for line in &gone {
            let key = owner.get(line.as_str()).copied().unwrap_or("");
            proptest::prop_assert!(edited_tops.contains(&key), "{:?} of {} rewritten", line, key);
        }
        // The notes are untouched.
        proptest::prop_assert!(after.ends_with("---\n\nNotes.\n"));
    }
}

#[test]
fn an_identity_code_on_disk_is_shown_masked_and_saving_removes_it() {
    let text = DAYCARE.replace(
        "family_views: The family wants calmer mornings",
        "family_views: The family wants calmer mornings 010101-123N",
    );
    let env = case_with(&text);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("010101-123N"), "never shown");
    assert!(page.body.contains("id=\"masked\""));
    let r = app.post_pairs(
        &edit_path(),
        &with_op(form(&page.body, "meeting-form"), "save"),
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let after = env.read(&file());
    assert_eq!(
        after,
        text.replace("010101-123N", "XXXXXX-XXXX"),
        "only the code's field changed"
    );
}

/// A copy of an example case in a temporary folder.
fn copy_case(from: &std::path::Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.path().join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
    to
}

#[test]
fn every_example_meeting_round_trips_through_its_form() {
    let examples = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"));
    let mut seen = 0;
    for group in ["cases", "mistakes"] {
        for case in std::fs::read_dir(examples.join(group)).unwrap() {
            let case = case.unwrap().path();
            if !case.join("lsk.yaml").is_file() {
                continue;
            }
            let dir = copy_case(&case);
            let root = dir.path().canonicalize().unwrap();
            let app = App::at(&root);
            for meeting in std::fs::read_dir(root.join("meetings")).unwrap() {
                let name = meeting.unwrap().file_name().to_string_lossy().into_owned();
                let path = root.join("meetings").join(&name).join("meeting.md");
                let before = std::fs::read_to_string(&path).unwrap();
                let edit = format!("/c/0/m/{name}/edit");
                let page = app.get(&edit);
                if page.status == StatusCode::CONFLICT {
                    continue; // does not read: edited as text
                }
                assert_eq!(page.status, StatusCode::OK, "{name}");
                seen += 1;
                // Untouched: nothing written (but an identity code, which
                // the form shows masked, is saved masked, as it says).
                let r = app.post_pairs(&edit, &with_op(form(&page.body, "meeting-form"), "save"));
                assert_eq!(r.status, StatusCode::SEE_OTHER, "{name}: {}", r.body);
                let before = lsk::hetu::mask(&before).into_owned();
                assert_eq!(std::fs::read_to_string(&path).unwrap(), before, "{name}");
                let page = app.get(&edit);
                // One field changed: only its lines.
                let mut pairs = form(&page.body, "meeting-form");
                set(
                    &mut pairs,
                    "summary",
                    "A new summary: written through the form",
                );
                let r = app.post_pairs(&edit, &with_op(pairs, "save"));
                assert_eq!(r.status, StatusCode::SEE_OTHER, "{name}: {}", r.body);
                let after = std::fs::read_to_string(&path).unwrap();
                let (gone, came) = changed_lines(&before, &after);
                assert!(
                    gone.iter()
                        .all(|l| l.starts_with("summary:") || l.starts_with("  ")),
                    "{name}: {gone:?}"
                );
                assert!(
                    came.iter()
                        .any(|l| l.contains("A new summary: written through the form")),
                    "{name}: {came:?}"
                );
                assert_eq!(
                    lsk_value(&after, "summary"),
                    "A new summary: written through the form"
                );
            }
        }
    }
    assert!(seen >= 5, "only {seen} example meetings read");
}

#[test]
fn a_change_onto_a_field_the_form_no_longer_edits_is_refused_not_dropped() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let mut pairs = form(&page.body, "meeting-form");
    set(
        &mut pairs,
        "invitees.1.relation",
        "mother (typed in the form)",
    );
    // Meanwhile an editor adds a key lsk does not know to an invitee.
    let disk = DAYCARE.replace(
        "    relation: mother\n",
        "    relation: mother\n    shoe_size: 38\n",
    );
    env.write(&file(), &disk);
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = app.post_pairs(&edit_path(), &with_op(form(&r.body, "apply-form"), "save"));
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(env.read(&file()), disk, "nothing written, nothing dropped");
    assert!(
        r.body
            .split("id=\"refused\"")
            .nth(1)
            .unwrap()
            .contains("invitees")
    );
    assert!(
        r.body.contains("mother (typed in the form)"),
        "the typed value stays"
    );
}

#[test]
fn the_form_has_the_fields_of_the_meetings_kind_by_phase() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let daycare = app.get(&edit_path()).body;
    for section in ["g-before", "g-during", "g-after"] {
        assert!(daycare.contains(&format!("id=\"{section}\"")), "{section}");
    }
    assert!(
        daycare.contains("id=\"field-observe\""),
        "daycare watches the child's day"
    );
    assert!(
        !daycare.contains("id=\"field-plan_topics\""),
        "no family plan at daycare"
    );
    assert!(!daycare.contains("id=\"field-acute\""));
    // Before comes before during, and the goal is asked before.
    let at = |id: &str| daycare.find(id).unwrap();
    assert!(at("id=\"g-before\"") < at("id=\"field-goal\""));
    assert!(at("id=\"field-goal\"") < at("id=\"g-during\""));
    assert!(at("id=\"g-during\"") < at("id=\"field-topics\""));
    let env = case_with(crate::common::FGC);
    let app = App::new(&env);
    let fgc = app.get(&edit_path()).body;
    assert!(fgc.contains("id=\"field-plan_topics\""));
    assert!(fgc.contains("id=\"field-acute\""));
    assert!(fgc.contains("id=\"add-plan_topics\""));
    assert!(!fgc.contains("id=\"field-observe\""));
}

#[cfg(unix)]
#[test]
fn a_meeting_file_linked_out_of_the_case_is_neither_shown_nor_written() {
    let env = case_with(DAYCARE);
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("meeting.md");
    let secret = DAYCARE.replace("Pat Parent", "Outside Person");
    std::fs::write(&target, &secret).unwrap();
    std::fs::create_dir_all(env.join("meetings/2026-12-01-daycare")).unwrap();
    std::os::unix::fs::symlink(&target, env.join("meetings/2026-12-01-daycare/meeting.md"))
        .unwrap();
    let app = App::new(&env);
    for path in [
        "/c/0/m/2026-12-01-daycare/edit",
        "/c/0/m/2026-12-01-daycare/text",
    ] {
        let r = app.get(path);
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!r.body.contains("Outside Person"));
        let pairs: Pairs = vec![
            ("csrf".into(), app.state.csrf.clone()),
            ("hash".into(), lsk_hash(&secret)),
            ("_k".into(), "goal".into()),
            ("goal".into(), "Overwritten".into()),
            ("text".into(), DAYCARE.into()),
            ("op".into(), "save".into()),
        ];
        let r = app.post_pairs(path, &pairs);
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(std::fs::read_to_string(&target).unwrap(), secret);
}

/// The bytes of meeting.md.
fn bytes(env: &Env) -> Vec<u8> {
    std::fs::read(env.join(&file())).unwrap()
}

#[test]
fn a_crlf_file_with_a_byte_order_mark_keeps_both_through_the_form_and_the_text() {
    let crlf = format!("\u{feff}{}", DAYCARE.replace('\n', "\r\n"));
    let env = case_with(DAYCARE);
    env.write(&file(), &crlf);
    let app = App::new(&env);
    // The form: one field changed, one line of the file differs.
    let page = app.get(&edit_path());
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut pairs = form(&page.body, "meeting-form");
    assert_eq!(
        pairs.iter().find(|(k, _)| k == "hash").unwrap().1,
        lsk_hash(&crlf),
        "the hash is the file's bytes'"
    );
    set(&mut pairs, "goal", "A goal from the form");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let want = crlf.replace(
        "goal: Agree how daycare supports Robin's mornings\r\n",
        "goal: A goal from the form\r\n",
    );
    assert_ne!(want, crlf);
    assert_eq!(
        String::from_utf8(bytes(&env)).unwrap(),
        want,
        "only the goal's line"
    );
    // The notes through the form: the CRLF and the mark stay.
    let page = app.get(&edit_path());
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "notes", "Notes.\r\nMore notes.");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let want = want.replace("Notes.\r\n", "Notes.\r\nMore notes.\r\n");
    assert_eq!(String::from_utf8(bytes(&env)).unwrap(), want);
    // The text editor: the browser posts CRLF and no mark; the file keeps
    // its CRLF and its mark, and only the changed line differs.
    let path = format!("/c/0/m/{MEETING}/text");
    let page = app.get(&path);
    let mut text = form(&page.body, "text-form");
    assert_eq!(
        text.iter().find(|(k, _)| k == "hash").unwrap().1,
        lsk_hash(&want)
    );
    let shown = text.iter().find(|(k, _)| k == "text").unwrap().1.clone();
    assert!(!shown.contains('\u{feff}'), "no mark in the text area");
    let typed = shown
        .replace("place: Daycare Centre Lark", "place: Town hall")
        .replace("\r\n", "\n")
        .replace('\n', "\r\n");
    set(&mut text, "text", &typed);
    let r = app.post_pairs(&path, &text);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let want = want.replace("place: Daycare Centre Lark\r\n", "place: Town hall\r\n");
    assert_eq!(String::from_utf8(bytes(&env)).unwrap(), want);
}

#[test]
fn an_lf_file_stays_lf_through_the_text_editor() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let path = format!("/c/0/m/{MEETING}/text");
    let page = app.get(&path);
    let mut text = form(&page.body, "text-form");
    let shown = text.iter().find(|(k, _)| k == "text").unwrap().1.clone();
    // As a browser posts a textarea: CRLF.
    let typed = shown
        .replace("place: Daycare Centre Lark", "place: Town hall")
        .replace('\n', "\r\n");
    set(&mut text, "text", &typed);
    let r = app.post_pairs(&path, &text);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        bytes(&env),
        DAYCARE
            .replace("place: Daycare Centre Lark", "place: Town hall")
            .into_bytes()
    );
}

#[test]
fn an_identity_code_typed_into_any_new_meeting_field_is_never_echoed() {
    const CODES: [&str; 2] = ["010203A1230", "010101-123N"];
    for code in CODES {
        assert!(
            !lsk::hetu::find(code).is_empty(),
            "{code} is an identity code"
        );
    }
    for field in ["date", "time", "slug", "kind", "follow_up"] {
        for code in CODES {
            let env = case_with(DAYCARE);
            let app = App::new(&env);
            let page = app.get("/c/0/new");
            let mut pairs = form(&page.body, "new-form");
            set(&mut pairs, "kind", "school");
            set(&mut pairs, "date", "24.12.2026");
            set(&mut pairs, field, code);
            // Inside a longer text too.
            for typed in [code.to_owned(), format!("x {code} y")] {
                set(&mut pairs, field, &typed);
                let r = app.post_pairs("/c/0/new", &pairs);
                assert!(
                    r.status.is_client_error(),
                    "{field}={typed}: {} {}",
                    r.status,
                    r.body
                );
                assert!(!r.body.contains(code), "{field}={typed} echoed: {}", r.body);
                assert!(!env.join("meetings/2026-12-24-school").exists());
            }
        }
    }
    // A posted hash is echoed only when it is one.
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let mut pairs = form(&page.body, "meeting-form");
    set(&mut pairs, "hash", "010203A1230");
    let r = app.post_pairs(&edit_path(), &with_op(pairs.clone(), "add:agreed"));
    assert!(!r.body.contains("010203A1230"), "{}", r.body);
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert!(!r.body.contains("010203A1230"), "{}", r.body);
    let path = format!("/c/0/m/{MEETING}/text");
    let page = app.get(&path);
    let mut text = form(&page.body, "text-form");
    set(&mut text, "hash", "010203A1230");
    let r = app.post_pairs(&path, &text);
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(!r.body.contains("010203A1230"), "{}", r.body);
    assert_eq!(env.read(&file()), DAYCARE);
}

/// DAYCARE with two agreed actions.
fn two_actions() -> String {
    DAYCARE.replace(
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n  - action: Calm drop-off routine\n    owner: Dana Carer\n    due: 2026-12-15\n",
    )
}

/// The worker's form with `edits` saved after the file on disk became
/// `disk`: the 409 page.
fn stale_save(app: &App, env: &Env, page: &Resp, edits: &[(&str, &str)], disk: &str) -> Resp {
    let mut pairs = form(&page.body, "meeting-form");
    for (k, v) in edits {
        set(&mut pairs, k, v);
    }
    env.write(&file(), disk);
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert_eq!(env.read(&file()), disk, "nothing written");
    r
}

/// The `<tr data-key="KEY">` row of the conflict page.
fn differs_row(body: &str, key: &str) -> String {
    let at = body
        .find(&format!("<tr data-key=\"{key}\""))
        .unwrap_or_else(|| panic!("no row {key} in {body}"));
    let end = body[at..].find("</tr>").unwrap() + at;
    unescape(&body[at..end])
}

fn apply(app: &App, conflict: &Resp) -> Resp {
    let r = app.post_pairs(
        &edit_path(),
        &with_op(form(&conflict.body, "apply-form"), "save"),
    );
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r
}

#[test]
fn a_form_open_now_keeps_its_base_however_many_were_loaded_before() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    // 256 other versions of the file loaded first (other tabs, edits).
    for n in 0..256 {
        env.write(&file(), &DAYCARE.replace("Notes.", &format!("Notes {n}.")));
        assert_eq!(app.get(&edit_path()).status, StatusCode::OK);
    }
    env.write(&file(), DAYCARE);
    let page = app.get(&edit_path());
    // One more load elsewhere: the oldest goes, not the form open now.
    env.write(&file(), &DAYCARE.replace("Notes.", "Notes, another tab."));
    app.get(&edit_path());
    let disk = DAYCARE.replace("place: Daycare Centre Lark", "place: Town hall");
    let r = stale_save(&app, &env, &page, &[("goal", "The worker's goal")], &disk);
    assert!(!r.body.contains("id=\"base-unknown\""), "{}", r.body);
    assert!(
        !r.body.contains("data-key=\"place\""),
        "the worker did not change the place"
    );
    apply(&app, &r);
    let after = env.read(&file());
    assert!(
        after.contains("place: Town hall\n"),
        "the colleague's change stays: {after}"
    );
    assert!(after.contains("goal: The worker's goal\n"), "{after}");
}

#[test]
fn a_form_whose_base_is_forgotten_offers_nothing_to_apply_and_says_why() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    // 256 later loads: the form's base is the oldest and goes.
    for n in 0..256 {
        env.write(&file(), &DAYCARE.replace("Notes.", &format!("Notes {n}.")));
        app.get(&edit_path());
    }
    let disk = DAYCARE.replace("place: Daycare Centre Lark", "place: Town hall");
    let r = stale_save(&app, &env, &page, &[("goal", "The worker's goal")], &disk);
    assert!(r.body.contains("id=\"base-unknown\""), "{}", r.body);
    assert!(
        !r.body.contains("id=\"apply-form\""),
        "nothing is applied blindly"
    );
    assert!(!r.body.contains("id=\"apply\""));
    // Both fields shown, neither attributed: the person's values to copy.
    for key in ["goal", "place"] {
        let row = differs_row(&r.body, key);
        assert!(row.contains("data-merge=\"unknown\""), "{row}");
    }
    assert!(differs_row(&r.body, "goal").contains("The worker's goal"));
    assert!(r.body.contains("id=\"keep-disk\""));
    assert_eq!(env.read(&file()), disk);
    // In Finnish and Swedish too.
    let fi = app.post_pairs(
        &format!("{}?lang=fi", edit_path()),
        &with_op(form(&page.body, "meeting-form"), "save"),
    );
    assert!(fi.body.contains("lsk ei enää tiedä"), "{}", fi.body);
}

#[test]
fn changes_to_different_rows_of_a_list_are_merged_on_apply() {
    let two = two_actions();
    let env = case_with(&two);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    // The worker changes the first action; a colleague the second owner.
    let disk = two.replace("owner: Dana Carer", "owner: Sam Worker");
    let r = stale_save(
        &app,
        &env,
        &page,
        &[("agreed.0.action", "Morning chart at home and daycare")],
        &disk,
    );
    let row = differs_row(&r.body, "agreed");
    assert!(row.contains("data-merge=\"merged\""), "{row}");
    apply(&app, &r);
    let after = env.read(&file());
    assert!(
        after.contains("action: Morning chart at home and daycare\n"),
        "{after}"
    );
    assert!(
        after.contains("owner: Sam Worker\n"),
        "the colleague's row change stays: {after}"
    );
    assert!(!after.contains("owner: Dana Carer"), "{after}");
    let (gone, came) = changed_lines(&disk, &after);
    assert_eq!(gone, vec!["  - action: Morning chart at home".to_owned()]);
    assert_eq!(
        came,
        vec!["  - action: Morning chart at home and daycare".to_owned()]
    );
    // A record field: different keys of child_preparation.
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let disk = DAYCARE.replace(
        "child_wants_to_talk_about: friends",
        "child_wants_to_talk_about: friends and the dog",
    );
    let r = stale_save(
        &app,
        &env,
        &page,
        &[("child_preparation.by", "Pat Parent")],
        &disk,
    );
    assert!(differs_row(&r.body, "child_preparation").contains("data-merge=\"merged\""));
    apply(&app, &r);
    let after = env.read(&file());
    assert!(after.contains("  by: Pat Parent\n"), "{after}");
    assert!(after.contains("friends and the dog"), "{after}");
}

#[test]
fn the_same_part_changed_on_both_sides_is_said_and_both_are_shown() {
    let two = two_actions();
    let env = case_with(&two);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    // Both change the first action; the colleague also the second owner.
    let disk = two
        .replace(
            "action: Morning chart at home",
            "action: The colleague's chart",
        )
        .replace("owner: Dana Carer", "owner: Sam Worker");
    let r = stale_save(
        &app,
        &env,
        &page,
        &[("agreed.0.action", "The worker's chart")],
        &disk,
    );
    let row = differs_row(&r.body, "agreed");
    assert!(row.contains("data-merge=\"conflict\""), "{row}");
    assert!(row.contains("class=\"both\""), "{row}");
    assert!(
        row.contains("The same part was changed in the file too"),
        "{row}"
    );
    assert!(row.contains("The worker's chart") && row.contains("The colleague's chart"));
    // Both changed the same row: rows are never mixed key by key (the row
    // on disk may be another item by now), so applying writes the worker's
    // whole list, and the page shows exactly that and says what is lost.
    assert!(row.contains("class=\"result\""), "{row}");
    assert!(row.contains("are lost"), "{row}");
    let result = row.split("class=\"result\"").nth(1).unwrap();
    let result = result.split("</td>").next().unwrap();
    assert!(
        result.contains("The worker's chart") && result.contains("Dana Carer"),
        "{result}"
    );
    assert!(!result.contains("Sam Worker"), "{result}");
    apply(&app, &r);
    let after = env.read(&file());
    assert!(after.contains("action: The worker's chart\n"), "{after}");
    assert!(after.contains("owner: Dana Carer\n"), "{after}");
    // The notes changed on both sides: said.
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let disk = DAYCARE.replace("Notes.", "The colleague's notes.");
    let r = stale_save(
        &app,
        &env,
        &page,
        &[("notes", "The worker's notes.")],
        &disk,
    );
    assert!(r.body.contains("id=\"notes-overwrites\""), "{}", r.body);
}

#[test]
fn rows_that_do_not_line_up_are_a_conflict_of_the_field_and_marked() {
    let two = two_actions();
    let env = case_with(&two);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    // The colleague adds a row; the worker changes the first.
    let disk = two.replace(
        "    due: 2026-12-15\n",
        "    due: 2026-12-15\n  - action: Weekly call\n    owner: Pat Parent\n",
    );
    let r = stale_save(
        &app,
        &env,
        &page,
        &[("agreed.0.action", "The worker's chart")],
        &disk,
    );
    let row = differs_row(&r.body, "agreed");
    assert!(row.contains("data-merge=\"conflict\""), "{row}");
    assert!(row.contains("changed in the file too"), "{row}");
    assert!(
        row.contains("Weekly call"),
        "the file's row is shown: {row}"
    );
    assert!(
        row.contains("The same part was changed in the file too"),
        "{row}"
    );
}

#[test]
fn the_meeting_page_names_its_documents_and_this_meeting_in_the_pages_language() {
    let env = case_with(DAYCARE);
    env.meeting(
        "2027-01-10-daycare",
        &DAYCARE
            .replace("date: 2026-11-10", "date: 2027-01-10")
            .replace(
                "kind: daycare",
                "kind: daycare\nfollows: 2026-11-10-daycare",
            ),
    );
    let app = App::new(&env);
    for (lang, titles, status, this) in [
        (
            "fi",
            [
                "Esityslista",
                "Muistio",
                "Lapsen valmentaminen ja lapselle kertominen",
                "Kutsu",
            ],
            "Tila",
            "(tämä neuvottelu)",
        ),
        (
            "sv",
            [
                "Dagordning",
                "Minnesanteckningar",
                "Barnets förberedelse och information",
                "Inbjudan",
            ],
            "Status",
            "(det här mötet)",
        ),
        (
            "en",
            [
                "Agenda",
                "Meeting record",
                "Preparing and informing the child",
                "Invitation",
            ],
            "Status",
            "(this meeting)",
        ),
    ] {
        let r = app.get(&format!("/c/0/m/{MEETING}?lang={lang}"));
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let body = unescape(&r.body);
        let docs = body.split("id=\"docs\"").nth(1).unwrap();
        let docs = &docs[..docs.find("</table>").unwrap()];
        for (id, title) in ["agenda", "memo", "child-checklist", "invitation"]
            .iter()
            .zip(titles)
        {
            assert!(
                docs.contains(&format!("<td>{title}</td>")),
                "{lang}: {title} in {docs}"
            );
            assert!(!docs.contains(&format!("<td>{id}</td>")), "{lang}: {docs}");
        }
        assert!(
            docs.contains(&format!("<th scope=\"col\">{status}</th>")),
            "{lang}: {docs}"
        );
        let phase = page_word(lang, "phase");
        assert!(!docs.contains(&format!(">{phase}<")), "{lang}: {docs}");
        let follow = body.split("id=\"follow\"").nth(1).unwrap();
        assert!(follow.contains(this), "{lang}: {follow}");
        let meeting = page_word(lang, "meeting");
        assert!(
            !follow.contains(&format!("({meeting})")),
            "{lang}: {follow}"
        );
        // The follow-up link keeps the page's language.
        let at = body.find("id=\"follow-up-link\"").unwrap();
        let tag = &body[body[..at].rfind('<').unwrap()..at + body[at..].find('>').unwrap()];
        assert!(tag.contains(&format!("lang={lang}")), "{tag}");
    }
}

/// A page word, never empty: an assertion that a page does not say it
/// would pass on any page if it were.
fn page_word(lang: &str, key: &str) -> &'static str {
    let lang = lsk::model::Lang::parse(lang).unwrap();
    let word = lsk::i18n::serve::word(lang, key);
    assert!(
        word.chars().filter(|c| c.is_alphabetic()).count() >= 3,
        "{lang} {key}: {word:?}"
    );
    word
}

#[test]
fn the_form_asks_to_fill_in_a_missing_field_not_for_a_yaml_line() {
    let env = case_with(&DAYCARE.replace("place: Daycare Centre Lark\n", ""));
    let app = App::new(&env);
    for (lang, fill, yaml) in [
        ("fi", "täytä kenttä", "lisää `place"),
        ("sv", "fyll i fältet", "lägg till `place"),
        ("en", "fill in the field", "`place: ...`"),
    ] {
        let r = app.get(&format!("{}?lang={lang}", edit_path()));
        let body = unescape(&r.body);
        let field = body.split("id=\"field-place\"").nth(1).unwrap();
        let field = &field[..field.find("</div>").unwrap_or(field.len())];
        assert!(field.contains(fill), "{lang}: {field}");
        assert!(!field.contains(yaml), "{lang}: {field}");
    }
    // The CLI keeps its advice.
    let run = env.lsk(&["check", "--lang", "en"]);
    assert!(run.stdout.contains("`place: ...`") || run.stderr.contains("`place: ...`"));
}

#[test]
fn a_finding_about_a_row_is_shown_beside_that_row() {
    // The second action has no owner; the first is complete.
    let env = case_with(&two_actions().replace("    owner: Dana Carer\n", ""));
    let app = App::new(&env);
    let r = app.get(&edit_path());
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let row_of = |n: usize| {
        let at = r.body.find(&format!("id=\"row-agreed-{n}\"")).unwrap();
        let end = r.body[at..].find("</fieldset>").unwrap() + at;
        r.body[at..end].to_owned()
    };
    assert!(row_of(1).contains("class=\"findings\""), "{}", row_of(1));
    assert!(row_of(1).contains("owner"), "{}", row_of(1));
    assert!(!row_of(0).contains("class=\"findings\""), "{}", row_of(0));
    // Not repeated at the list's level.
    let field = r.body.split("id=\"field-agreed\"").nth(1).unwrap();
    let field = &field[..field.find("id=\"add-agreed\"").unwrap()];
    assert_eq!(field.matches("class=\"findings\"").count(), 1, "{field}");
    // Rows removed, not saved: the file's findings stay by the list.
    let pairs = form(&r.body, "meeting-form");
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "remove:agreed.0"));
    assert_eq!(r.status, StatusCode::OK);
    let field = r.body.split("id=\"field-agreed\"").nth(1).unwrap();
    let rows = &field[..field.find("id=\"add-agreed\"").unwrap()];
    assert!(!rows.contains("class=\"findings\""), "{rows}");
    assert!(field.contains("class=\"findings\""));
}

#[test]
fn an_apply_form_that_meets_another_change_knows_what_it_was_made_from() {
    let env = case_with(DAYCARE);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let disk = DAYCARE.replace("place: Daycare Centre Lark", "place: Town hall");
    let r = stale_save(&app, &env, &page, &[("goal", "The worker's goal")], &disk);
    let pairs = form(&r.body, "apply-form");
    // Before the worker applies, the file changes once more.
    let again = disk.replace(
        "summary: Daycare follows the mornings",
        "summary: A newer summary",
    );
    env.write(&file(), &again);
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(!r.body.contains("id=\"base-unknown\""), "{}", r.body);
    assert!(!r.body.contains("data-key=\"summary\""), "{}", r.body);
    apply(&app, &r);
    let after = env.read(&file());
    assert!(after.contains("goal: The worker's goal\n"), "{after}");
    assert!(after.contains("summary: A newer summary\n"), "{after}");
    assert!(after.contains("place: Town hall\n"), "{after}");
}

/// A row the worker changed that another edit moved (rows reordered) is
/// another item at that place: the worker's change never lands on it. The
/// field is a conflict, shown with what applying writes.
#[test]
fn a_change_to_a_row_that_moved_on_disk_never_lands_on_another_row() {
    let two = two_actions();
    let env = case_with(&two);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    // The colleague swaps the two actions.
    let first = "  - action: Morning chart at home\n    owner: Pat Parent\n    due: 2026-12-01\n";
    let second = "  - action: Calm drop-off routine\n    owner: Dana Carer\n    due: 2026-12-15\n";
    assert!(two.contains(&format!("{first}{second}")), "{two}");
    let disk = two.replace(&format!("{first}{second}"), &format!("{second}{first}"));
    // The worker keeps the second action (the drop-off) from daycare's copy.
    let mut pairs = form(&page.body, "meeting-form");
    pairs.push(("agreed.1.not_for".into(), "daycare".into()));
    env.write(&file(), &disk);
    let r = app.post_pairs(&edit_path(), &with_op(pairs, "save"));
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert_eq!(env.read(&file()), disk, "nothing written");
    let row = differs_row(&r.body, "agreed");
    assert!(row.contains("data-merge=\"conflict\""), "{row}");
    apply(&app, &r);
    // The drop-off routine, and only it, is kept from daycare's copy.
    let after = env.read(&file());
    let yaml = after.split("---").nth(1).unwrap();
    let items: Vec<&str> = yaml.split("  - action: ").skip(1).collect();
    let drop_off = items
        .iter()
        .find(|i| i.starts_with("Calm drop-off"))
        .unwrap();
    let chart = items
        .iter()
        .find(|i| i.starts_with("Morning chart"))
        .unwrap();
    assert!(drop_off.contains("not_for"), "{after}");
    assert!(!chart.contains("not_for"), "{after}");
    let memo = env.lsk(&[
        "render",
        "memo",
        &format!("meetings/{MEETING}"),
        "--for",
        "daycare",
        "--stdout",
        "--draft",
    ]);
    assert!(!memo.stdout.contains("Calm drop-off"), "{}", memo.stdout);
}

/// A file of mixed line breaks (CRLF, LF, a lone CR) edited as text: only
/// the line the person changed differs, byte for byte.
#[test]
fn a_mixed_line_break_file_changes_only_the_edited_line_through_the_text_editor() {
    let lines: Vec<&str> = DAYCARE.split_inclusive('\n').collect();
    let mut disk = String::new();
    for (i, line) in lines.iter().enumerate() {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let eol = if i < 5 {
            "\r\n"
        } else if i == lines.len() - 2 {
            "\r"
        } else {
            "\n"
        };
        disk.push_str(body);
        if line.ends_with('\n') {
            disk.push_str(eol);
        }
    }
    let env = case_with(&disk);
    let app = App::new(&env);
    let path = format!("/c/0/m/{MEETING}/text");
    let page = app.get(&path);
    let mut text = form(&page.body, "text-form");
    let shown = text.iter().find(|(k, _)| k == "text").unwrap().1.clone();
    // The browser posts every break as CRLF.
    let typed = shown
        .replace("place: Daycare Centre Lark", "place: Town hall")
        .replace("\r\n", "\n")
        .replace('\n', "\r\n");
    set(&mut text, "text", &typed);
    let r = app.post_pairs(&path, &text);
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let want = disk.replace("place: Daycare Centre Lark", "place: Town hall");
    assert_eq!(env.read(&file()), want);
}

/// A colleague kept something from a recipient while the worker's form
/// was open: applying the worker's change never drops that `not_for`,
/// neither on a top-level text nor on a row changed on both sides.
#[test]
fn applying_after_a_conflict_never_drops_a_not_for_added_on_disk() {
    let two = two_actions().replace(
        "recipients: [daycare]",
        "recipients: [daycare, all-participants]",
    );
    // A top-level text: the colleague adds `not_for`, the worker edits it.
    let env = case_with(&two);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let disk = two.replace(
        "summary: Daycare follows the mornings\n",
        "summary:\n  text: Daycare follows the mornings\n  not_for: [daycare]\n",
    );
    let r = stale_save(
        &app,
        &env,
        &page,
        &[("summary", "Daycare follows the mornings closely")],
        &disk,
    );
    let row = differs_row(&r.body, "summary");
    assert!(row.contains("data-merge=\"withheld\""), "{row}");
    // Nothing else to apply: no apply form; with one, it keeps the file's.
    if r.body.contains("id=\"apply-form\"") {
        let _ = app.post_pairs(&edit_path(), &with_op(form(&r.body, "apply-form"), "save"));
    }
    let after = env.read(&file());
    assert!(after.contains("  not_for: [daycare]\n"), "{after}");
    // The daycare's copy still leaves the summary out.
    let run = render(&env, &["memo", DIR, "--for", "daycare", "--draft"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !env.read(&format!("{DIR}/memo.daycare.md"))
            .contains("Daycare follows the mornings")
    );

    // A row: the colleague withholds an action, the worker edits the same one.
    let env = case_with(&two);
    let app = App::new(&env);
    let page = app.get(&edit_path());
    let disk = two.replace(
        "    owner: Dana Carer\n    due: 2026-12-15\n",
        "    owner: Dana Carer\n    due: 2026-12-15\n    not_for: [daycare]\n",
    );
    let r = stale_save(
        &app,
        &env,
        &page,
        &[("agreed.1.action", "Calmer drop-off routine")],
        &disk,
    );
    let row = differs_row(&r.body, "agreed");
    assert!(row.contains("data-merge=\"withheld\""), "{row}");
    if r.body.contains("id=\"apply-form\"") {
        let _ = app.post_pairs(&edit_path(), &with_op(form(&r.body, "apply-form"), "save"));
    }
    let after = env.read(&file());
    assert!(after.contains("    not_for: [daycare]\n"), "{after}");
}
