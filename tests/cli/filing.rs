//! Filing a memo into the client information system and dated corrections
//! (issue 24, review M9): the real `lsk` (`file`, `correct`, `render`,
//! `check`, `list`) and the real server over HTTP.
//!
//! Most tests record the filing by hand (`filed:` as `lsk file` writes it)
//! so that they need no browser; the package itself is made by `lsk file`
//! and read back with poppler's pdfinfo, skipped (and reported) without
//! a browser.

use std::path::Path;

use serde_json::Value;

use crate::app::encode;
use crate::common::{DAYCARE, DIR, Env, case_yaml, env_with, tool};

/// meeting.md as `lsk file` leaves it, filed on 2026-11-20 by Sam Worker.
fn filed(text: &str) -> String {
    text.replacen(
        "next_meeting: 2027-01-10\n",
        "next_meeting: 2027-01-10\nfiled:\n  date: 2026-11-20\n  by: Sam Worker\n",
        1,
    )
}

fn meeting_md(env: &Env) -> String {
    env.read(&format!("{DIR}/meeting.md"))
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `pdfinfo PDF`'s lines as (key, value).
fn pdfinfo(pdf: &Path) -> Option<Vec<(String, String)>> {
    let pdfinfo = tool("pdfinfo")?;
    let out = std::process::Command::new(pdfinfo)
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect(),
    )
}

fn info<'a>(lines: &'a [(String, String)], key: &str) -> &'a str {
    lines
        .iter()
        .find(|(k, _)| k == key)
        .map_or("", |(_, v)| v.as_str())
}

#[test]
fn filing_writes_the_archive_package_and_records_who_filed() {
    if tool("chromium").is_none() {
        return;
    }
    let env = env_with(DAYCARE);
    // A copy for daycare before filing: a disclosure the package lists.
    let copy = env.lsk(&["render", "memo", "--for", "daycare", DIR]);
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    let run = env.lsk(&["file", DIR, "--by", "Sam Worker"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Memo filed on 22 Nov 2026 (Sam Worker)"),
        "{}",
        run.stderr
    );
    let pdf = env.join(&format!("{DIR}/archive/memo.pdf"));
    let json_path = env.join(&format!("{DIR}/archive/memo.json"));
    assert!(run.stdout.contains("archive/memo.pdf") && run.stdout.contains("archive/memo.json"));
    // The filing is recorded in meeting.md, nothing else in it changed.
    let text = meeting_md(&env);
    assert!(
        text.contains("filed:\n  date: 2026-11-22\n  by: Sam Worker\n"),
        "{text}"
    );
    assert_eq!(
        text.replace("filed:\n  date: 2026-11-22\n  by: Sam Worker\n", ""),
        DAYCARE
    );
    // The PDF's metadata, read back by poppler.
    let bytes = std::fs::read(&pdf).unwrap();
    if let Some(lines) = pdfinfo(&pdf) {
        assert!(
            info(&lines, "Title").starts_with("Meeting record"),
            "{lines:?}"
        );
        assert_eq!(info(&lines, "Author"), "Sam Worker");
        let subject = info(&lines, "Subject");
        assert!(subject.contains("10 Nov 2026"), "{subject}");
        assert!(subject.contains("Confidential"), "{subject}");
        assert_eq!(info(&lines, "Tagged"), "yes");
    }
    // The description for the client information system.
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(json["document_type"], "neuvottelumuistio");
    assert_eq!(json["document_type_name"], "meeting record");
    assert_eq!(json["service_task"], "lastensuojelu");
    assert_eq!(json["child"]["name"], "Robin");
    assert_eq!(json["meeting"]["date"], "2026-11-10");
    assert_eq!(json["meeting"]["kind"], "daycare");
    assert_eq!(json["author"], "Sam Worker");
    assert_eq!(json["keeper"]["responsible_worker"], "Sam Worker");
    assert_eq!(json["confidential"], true);
    assert!(
        json["confidentiality_basis"]
            .as_str()
            .unwrap()
            .contains("621/1999")
    );
    assert_eq!(json["filed"]["date"], "2026-11-22");
    assert_eq!(json["filed"]["by"], "Sam Worker");
    assert_eq!(json["file"], "memo.pdf");
    assert_eq!(json["sha256"], sha256(&bytes));
    let disclosed = json["disclosed"].as_array().unwrap();
    assert_eq!(disclosed.len(), 1, "{json}");
    assert_eq!(disclosed[0]["recipient"], "daycare");
    assert_eq!(
        disclosed[0]["sha256"],
        sha256(&std::fs::read(env.join(&format!("{DIR}/memo.daycare.md"))).unwrap())
    );
    // Filing again with nothing corrected changes nothing.
    let before = env.snapshot();
    let again = env.lsk(&["file", DIR, "--by", "Sam Worker"]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("already filed"), "{}", again.stderr);
    assert_eq!(env.snapshot(), before);
    // After a correction, the corrected memo is filed beside the original.
    let fix = env.lsk(&[
        "correct",
        DIR,
        "--field",
        "summary",
        "--text",
        "Daycare follows the mornings and the lunches",
        "--why",
        "The lunches were left out",
        "--by",
        "Sam Worker",
    ]);
    assert_eq!(fix.code, 0, "{}", fix.stderr);
    let refile = env.lsk(&["file", DIR]);
    assert_eq!(refile.code, 0, "{}", refile.stderr);
    assert!(env.join(&format!("{DIR}/archive/memo.pdf")).exists());
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        bytes,
        "the original PDF stays as filed"
    );
    let corrected: Value =
        serde_json::from_str(&env.read(&format!("{DIR}/archive/memo.correction-1.json"))).unwrap();
    assert_eq!(corrected["corrects"], "memo.pdf");
    assert_eq!(
        corrected["corrections"][0]["was"],
        "Daycare follows the mornings"
    );
    assert_eq!(
        corrected["corrections"][0]["why"],
        "The lunches were left out"
    );
    if let Some(text) =
        crate::common::pdf_text(&env.join(&format!("{DIR}/archive/memo.correction-1.pdf")))
    {
        assert!(text.contains("Corrections after filing"), "{text}");
        assert!(text.contains("Daycare follows the mornings"), "{text}");
    }
}

#[test]
fn an_incomplete_memo_or_an_unclear_copy_is_not_filed() {
    // No summary: the memo is not complete. Refused before any browser.
    let env = env_with(&DAYCARE.replace("summary: Daycare follows the mornings\n", ""));
    let before = env.snapshot();
    let run = env.lsk(&["file", DIR, "--by", "Sam Worker"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("summary"), "{}", run.stderr);
    assert!(
        run.stderr.contains("not filed because it is not complete"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("Nothing was changed"), "{}", run.stderr);
    assert_eq!(env.snapshot(), before);
    // Who may see what cannot be read: refused as a consent problem.
    let env = env_with(&DAYCARE.replace(
        "child_views: Robin likes the sandpit\n",
        "child_views:\n  text: Robin likes the sandpit\n  not_for: [schol]\n",
    ));
    let before = env.snapshot();
    let run = env.lsk(&["file", DIR, "--by", "Sam Worker"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("consent, or who may see what, is unclear"),
        "{}",
        run.stderr
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_filed_memo_is_not_rendered_again() {
    let env = env_with(DAYCARE);
    let made = env.lsk(&["render", "memo", DIR]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    env.write(&format!("{DIR}/meeting.md"), &filed(DAYCARE));
    let before = env.snapshot();
    for args in [
        &["render", "memo", DIR][..],
        &["render", "memo", "--html", DIR],
        &["render", "memo", "--for", "daycare", DIR],
    ] {
        let run = env.lsk_with(env.path(), args, &[("COLUMNS", "1000")]);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("the memo was filed on 20 Nov 2026 (Sam Worker), and lsk"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("lsk correct"), "{}", run.stderr);
    }
    assert_eq!(env.snapshot(), before, "nothing written, nothing logged");
    // A preview is still made: the filed memo can be read.
    let shown = env.lsk(&["render", "memo", "--stdout", DIR]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    // The other documents are made as before.
    let checklist = env.lsk(&["render", "child-checklist", DIR]);
    assert_eq!(checklist.code, 0, "{}", checklist.stderr);
}

#[test]
fn no_false_staleness_after_filing_or_marking_done() {
    let env = env_with(DAYCARE);
    for doc in ["memo", "child-checklist"] {
        let run = env.lsk(&["render", doc, DIR]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let stale = |env: &Env| {
        let run = env.check(&[]);
        run.findings()
            .iter()
            .filter(|f| f["rule"] == "stale-render")
            .map(|f| f["file"].as_str().unwrap_or("").to_owned())
            .collect::<Vec<_>>()
    };
    assert!(stale(&env).is_empty());
    // M9: an action marked done by hand in a memo not filed: no document
    // is out of date, since none prints it.
    let done = DAYCARE.replace(
        "    due: 2026-12-01\n",
        "    due: 2026-12-01\n    done: true\n",
    );
    env.write(&format!("{DIR}/meeting.md"), &done);
    assert!(stale(&env).is_empty(), "{:?}", stale(&env));
    // Filing it does not make the checklist stale either.
    env.write(&format!("{DIR}/meeting.md"), &filed(&done));
    assert!(stale(&env).is_empty(), "{:?}", stale(&env));
    // A filed memo is never asked to be made again, even after a change
    // that would make a working copy stale.
    env.write(
        &format!("{DIR}/meeting.md"),
        &filed(&done).replace("It went well", "It went very well"),
    );
    let files = stale(&env);
    assert!(!files.iter().any(|f| f.contains("memo")), "{files:?}");
    let list = env.lsk_wide(&["list"]);
    assert!(!list.stdout.contains("memo.md (stale)"), "{}", list.stdout);
    // Through the server: the "done" button of the case page.
    env.write(&format!("{DIR}/meeting.md"), &filed(DAYCARE));
    let server = env.server();
    let cookie = server.cookie();
    let page = server.get("/c/0", &cookie);
    let csrf = hidden(&page, "csrf");
    let body = encode(&vec![
        ("csrf".into(), csrf),
        ("meeting".into(), "2026-11-10-daycare".into()),
        ("action".into(), "Morning chart at home".into()),
    ]);
    let answer = post(&server, "/c/0/done", &cookie, &body);
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    assert!(
        env.read("lsk.yaml").contains("actions_done"),
        "{}",
        env.read("lsk.yaml")
    );
    assert_eq!(
        meeting_md(&env),
        filed(DAYCARE),
        "the filed memo is not touched"
    );
    assert!(!stale(&env).iter().any(|f| f.contains("memo")));
}

#[test]
fn a_correction_keeps_the_original_readable() {
    let env = env_with(&filed(DAYCARE));
    let before = env.snapshot();
    // No reason: refused, nothing changed.
    let run = env.lsk(&[
        "correct", DIR, "--field", "summary", "--text", "New", "--why", " ",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("needs a reason"), "{}", run.stderr);
    // A list is not corrected field by field.
    let run = env.lsk(&[
        "correct", DIR, "--field", "agreed", "--text", "x", "--why", "y",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot be changed by a correction"),
        "{}",
        run.stderr
    );
    assert_eq!(env.snapshot(), before);
    let run = env.lsk(&[
        "correct",
        DIR,
        "--field",
        "summary",
        "--text",
        "Daycare follows the mornings and the naps",
        "--why",
        "The naps were agreed too",
        "--by",
        "Sam Worker",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("Correction recorded: Summary"),
        "{}",
        run.stderr
    );
    let text = meeting_md(&env);
    assert!(
        text.contains("summary: Daycare follows the mornings and the naps\n"),
        "{text}"
    );
    assert!(
        text.contains("corrections:\n  - date: 2026-11-22\n    by: Sam Worker\n"),
        "{text}"
    );
    assert!(
        text.contains("    was: Daycare follows the mornings\n"),
        "{text}"
    );
    assert!(
        text.contains("    why: The naps were agreed too\n"),
        "{text}"
    );
    assert!(text.ends_with("---\n\nNotes.\n"), "the notes stay: {text}");
    // The memo shows the correction, the original readable.
    let memo = env.lsk(&["render", "memo", "--stdout", DIR]);
    assert_eq!(memo.code, 0, "{}", memo.stderr);
    let out = memo.stdout;
    assert!(out.contains("## Corrections after filing"), "{out}");
    assert!(
        out.contains("The record was filed on 20 Nov 2026 (Sam Worker). The following"),
        "{out}"
    );
    assert!(
        out.contains("**22 Nov 2026, Sam Worker: Summary.** Reason: The naps were agreed too"),
        "{out}"
    );
    assert!(
        out.contains("- Original text: Daycare follows the mornings\n"),
        "{out}"
    );
    assert!(
        out.contains("- Corrected text: Daycare follows the mornings and the naps\n"),
        "{out}"
    );
    // The same change again is no correction.
    let again = env.lsk(&[
        "correct",
        DIR,
        "--field",
        "summary",
        "--text",
        "Daycare follows the mornings and the naps",
        "--why",
        "again",
    ]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(
        again.stderr.contains("already reads so"),
        "{}",
        again.stderr
    );
    // A memo not filed is edited as usual, not corrected.
    let open = env_with(DAYCARE);
    let run = open.lsk(&[
        "correct", DIR, "--field", "summary", "--text", "x", "--why", "y",
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("has not been filed"), "{}", run.stderr);
    assert_eq!(meeting_md(&open), DAYCARE);
}

/// A filed meeting whose child's view is kept from daycare, and daycare's
/// copy made before filing (a disclosure in the log).
fn shared_then_filed() -> Env {
    let text = DAYCARE.replace(
        "child_views: Robin likes the sandpit\n",
        "child_views:\n  text: Grandfather's illness frightens Robin\n  not_for: [daycare]\n",
    );
    let env = env_with(&text);
    let copy = env.lsk(&["render", "memo", "--for", "daycare", DIR]);
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    assert!(
        !env.read(&format!("{DIR}/memo.daycare.md"))
            .contains("Grandfather")
    );
    env.write(&format!("{DIR}/meeting.md"), &filed(&text));
    env
}

#[test]
fn correction_notices_reach_earlier_recipients_through_their_view() {
    let env = shared_then_filed();
    // A correction of what daycare never saw: nothing to tell daycare.
    let run = env.lsk(&[
        "correct",
        DIR,
        "--field",
        "child_views",
        "--text",
        "Grandfather's illness worries Robin",
        "--why",
        "Robin's own word was worry",
        "--by",
        "Sam Worker",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = meeting_md(&env);
    assert!(
        text.contains("  text: Grandfather's illness worries Robin\n  not_for: [daycare]\n"),
        "{text}"
    );
    let before = env.snapshot();
    let none = env.lsk(&["render", "correction-notice", DIR, "--for", "daycare"]);
    assert_eq!(none.code, 2, "{}", none.stderr);
    assert!(
        none.stderr.contains("no correction to tell daycare"),
        "{}",
        none.stderr
    );
    assert_eq!(env.snapshot(), before);
    // Daycare's copy of the memo shows no correction either.
    let copy = env.lsk(&["render", "memo", "--for", "daycare", "--stdout", DIR]);
    assert!(
        !copy.stdout.contains("Grandfather") && !copy.stdout.contains("Corrections"),
        "{}",
        copy.stdout
    );
    // A correction daycare's copy holds: offered, made, logged.
    let run = env.lsk(&[
        "correct",
        DIR,
        "--field",
        "summary",
        "--text",
        "Daycare follows the mornings and the naps",
        "--why",
        "The naps were agreed too",
        "--by",
        "Sam Worker",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "send them a correction notice: `lsk render correction-notice {DIR} --for daycare`"
        )),
        "{}",
        run.stderr
    );
    let made = env.lsk(&["render", "correction-notice", DIR, "--for", "daycare"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let notice = env.read(&format!("{DIR}/correction-notice.daycare.md"));
    assert!(
        notice.contains("# Notice of a correction to the meeting record"),
        "{notice}"
    );
    assert!(
        notice.contains("*Recipient: the daycare centre.*"),
        "{notice}"
    );
    assert!(
        notice.contains("- Earlier text: Daycare follows the mornings\n"),
        "{notice}"
    );
    assert!(
        notice.contains("- Corrected text: Daycare follows the mornings and the naps\n"),
        "{notice}"
    );
    assert!(notice.contains("may not be passed on"), "{notice}");
    assert!(
        !notice.contains("Grandfather"),
        "kept from daycare: {notice}"
    );
    assert!(
        !notice.contains("Robin's own word"),
        "kept from daycare: {notice}"
    );
    let log = env.read("disclosures.jsonl");
    let last: Value = serde_json::from_str(log.lines().last().unwrap()).unwrap();
    assert_eq!(last["document"], "correction-notice");
    assert_eq!(last["recipient"], "daycare");
    assert_eq!(last["sha256"], sha256(notice.as_bytes()));
    // The family's notice holds both corrections, with no restriction.
    let family = env.lsk(&[
        "render",
        "correction-notice",
        DIR,
        "--for",
        "family",
        "--stdout",
    ]);
    assert_eq!(family.code, 0, "{}", family.stderr);
    assert!(
        family
            .stdout
            .contains("Grandfather's illness worries Robin"),
        "{}",
        family.stdout
    );
    assert!(
        !family.stdout.contains("may not be passed on"),
        "{}",
        family.stdout
    );
    // A notice names its recipient.
    let nobody = env.lsk(&["render", "correction-notice", DIR]);
    assert_eq!(nobody.code, 2);
    assert!(
        nobody.stderr.contains("--for RECIPIENT"),
        "{}",
        nobody.stderr
    );
}

#[test]
fn finnish_and_swedish_words() {
    // The native review of issue 24 (M3, S9, S10): the notice is dated,
    // names its recipient as the copy did, and says nothing lsk cannot
    // know (when the memo went into the client system); the offer after
    // a correction names the recipient in words.
    for (lang, heading, refused, notice, offer, filed_line) in [
        (
            "fi",
            "## Korjaukset arkistoinnin jälkeen",
            "muistio on arkistoitu 20.11.2026 (Sam Worker), eikä lsk",
            &[
                "# Ilmoitus muistion korjauksesta",
                "*Vastaanottaja: Päiväkoti Satakieli.*  \n*Päivämäärä: ",
                "Muistioon on tehty alla kerrotut korjaukset sen jälkeen, kun se kirjattiin lastensuojelun asiakirjoihin. Alkuperäinen teksti säilyy asiakirjoissa.",
            ][..],
            "Kopion sai päiväkoti (",
            "Muistio arkistoitiin 20.11.2026 (Sam Worker). Sen jälkeen",
        ),
        (
            "sv",
            "## Rättelser efter arkiveringen",
            "minnesanteckningarna arkiverades 20.11.2026 (Sam Worker), och lsk",
            &[
                "# Meddelande om rättelse i minnesanteckningarna",
                "*Mottagare: Päiväkoti Satakieli.*  \n*Datum: ",
                "Följande rättelser har gjorts i minnesanteckningarna efter att de fördes in i barnskyddets handlingar. Den ursprungliga texten finns kvar i handlingarna.",
            ],
            "En kopia gick till daghemmet (",
            "Minnesanteckningarna arkiverades 20.11.2026 (Sam Worker). Därefter",
        ),
        (
            "en",
            "## Corrections after filing",
            "the memo was filed on 20 Nov 2026 (Sam Worker), and lsk",
            &[
                "*Recipient: Päiväkoti Satakieli.*  \n*Date: ",
                "The corrections below were made to the record after it was entered in the child welfare records. The original text is kept in the records.",
            ],
            "the daycare centre received a copy (",
            "The record was filed on 20 Nov 2026 (Sam Worker). The following",
        ),
    ] {
        let env = Env::new();
        env.write("lsk.yaml", &case_yaml("2021-03", lang));
        let daycare = DAYCARE.replace(
            "    role: daycare\n",
            "    role: daycare\n    organisation: Päiväkoti Satakieli\n",
        );
        env.meeting("2026-11-10-daycare", &daycare);
        let copy = env.lsk(&["render", "memo", "--for", "daycare", DIR]);
        assert_eq!(copy.code, 0, "{}", copy.stderr);
        env.write(&format!("{DIR}/meeting.md"), &filed(&daycare));
        let run = env.lsk_wide(&["render", "memo", DIR]);
        assert_eq!(run.code, 2);
        assert!(run.stderr.contains(refused), "{lang}: {}", run.stderr);
        let fix = env.lsk_wide(&[
            "correct",
            DIR,
            "--field",
            "summary",
            "--text",
            "Uusi",
            "--why",
            "Syy",
            "--by",
            "Sam Worker",
        ]);
        assert_eq!(fix.code, 0, "{}", fix.stderr);
        assert!(fix.stderr.contains(offer), "{lang}: {}", fix.stderr);
        assert!(!fix.stderr.contains("sai daycare"), "{}", fix.stderr);
        let memo = env.lsk(&["render", "memo", "--stdout", DIR]);
        assert!(memo.stdout.contains(heading), "{lang}: {}", memo.stdout);
        assert!(memo.stdout.contains(filed_line), "{lang}: {}", memo.stdout);
        for gone in [
            "asiakastietojärjestelmään",
            "klientdatasystemet",
            "client information system",
        ] {
            assert!(!memo.stdout.contains(gone), "{lang}: {}", memo.stdout);
        }
        let n = env.lsk(&[
            "render",
            "correction-notice",
            DIR,
            "--for",
            "daycare",
            "--stdout",
        ]);
        for line in notice {
            assert!(n.stdout.contains(line), "{lang}: {}", n.stdout);
        }
        assert!(
            !n.stdout.contains("20.11.2026"),
            "no filing date: {}",
            n.stdout
        );
    }
}

// ---- the browser's filing and correction pages, over HTTP ----

/// The value of the hidden input `name` on a page.
fn hidden(page: &str, name: &str) -> String {
    let needle = format!("name=\"{name}\" value=\"");
    let at = page
        .find(&needle)
        .unwrap_or_else(|| panic!("no {name} in\n{page}"))
        + needle.len();
    page[at..at + page[at..].find('"').unwrap()].to_owned()
}

fn post(server: &crate::common::Server, path: &str, cookie: &str, body: &str) -> String {
    use std::io::{Read, Write};
    // Filing prints a PDF through a browser: longer than `http` waits.
    let mut s =
        std::net::TcpStream::connect(("127.0.0.1", server.port)).expect("the server listens");
    s.set_read_timeout(Some(crate::common::TIME_LIMIT))
        .expect("a read timeout");
    s.write_all(
        format!(
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\
         Origin: http://127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len(),
            port = server.port
        )
        .as_bytes(),
    )
    .expect("the request is sent");
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

#[test]
fn the_browser_shows_a_filed_memo_and_corrects_it() {
    let env = shared_then_filed();
    let server = env.server();
    let cookie = server.cookie();
    let page = server.get("/c/0/m/2026-11-10-daycare", &cookie);
    assert!(
        page.contains("id=\"filed-banner\"><strong>Filed 20 Nov 2026, Sam Worker</strong>"),
        "{page}"
    );
    assert!(page.contains("id=\"correct-link\""), "{page}");
    assert!(!page.contains("id=\"edit-link\""), "{page}");
    assert!(!page.contains("id=\"file-memo\""), "filed already: {page}");
    // The edit form leads to the correction form.
    let edit = server.get("/c/0/m/2026-11-10-daycare/edit", &cookie);
    assert!(
        edit.starts_with("HTTP/1.1 303") || edit.starts_with("HTTP/1.1 302"),
        "{edit}"
    );
    assert!(
        edit.contains("location: /c/0/m/2026-11-10-daycare/correct")
            || edit.contains("Location: /c/0/m/2026-11-10-daycare/correct"),
        "{edit}"
    );
    let form = server.get("/c/0/m/2026-11-10-daycare/correct", &cookie);
    assert!(form.contains("id=\"correction-form\""), "{form}");
    assert!(form.contains("name=\"f_summary\""), "{form}");
    let csrf = hidden(&form, "csrf");
    // Without a reason: refused, what was typed shown again.
    let body = encode(&vec![
        ("csrf".into(), csrf.clone()),
        (
            "f_summary".into(),
            "Daycare follows the mornings and the naps".into(),
        ),
        ("why".into(), String::new()),
    ]);
    let refused = post(&server, "/c/0/m/2026-11-10-daycare/correct", &cookie, &body);
    assert!(refused.starts_with("HTTP/1.1 422"), "{refused}");
    assert!(
        refused.contains("Daycare follows the mornings and the naps"),
        "{refused}"
    );
    assert!(refused.contains("needs a reason"), "{refused}");
    assert!(!meeting_md(&env).contains("corrections:"));
    // With a reason: a dated correction.
    let body = encode(&vec![
        ("csrf".into(), csrf.clone()),
        (
            "f_summary".into(),
            "Daycare follows the mornings and the naps".into(),
        ),
        ("why".into(), "The naps were agreed too".into()),
    ]);
    let saved = post(&server, "/c/0/m/2026-11-10-daycare/correct", &cookie, &body);
    assert!(saved.starts_with("HTTP/1.1 303"), "{saved}");
    let text = meeting_md(&env);
    assert!(
        text.contains("    was: Daycare follows the mornings\n"),
        "{text}"
    );
    assert!(
        text.contains("    why: The naps were agreed too\n"),
        "{text}"
    );
    // The meeting page offers the notice to daycare, who had a copy.
    let page = server.get("/c/0/m/2026-11-10-daycare", &cookie);
    assert!(page.contains("id=\"notices\""), "{page}");
    assert!(page.contains("class=\"notice-link\""), "{page}");
    assert!(
        page.contains("doc&#x2f;correction-notice?for=daycare"),
        "{page}"
    );
    assert!(
        !page.contains("memo due"),
        "a filed memo is not due: {page}"
    );
    assert!(
        page.contains("id=\"file-memo\">File the corrected memo<"),
        "{page}"
    );
    let notice = server.get(
        "/c/0/m/2026-11-10-daycare/doc/correction-notice?for=daycare",
        &cookie,
    );
    assert!(
        notice.contains("Daycare follows the mornings and the naps"),
        "{notice}"
    );
    assert!(!notice.contains("Grandfather"), "{notice}");
    // The ordinary form cannot save over a filed memo.
    let before = meeting_md(&env);
    let body = encode(&vec![
        ("csrf".into(), csrf),
        ("hash".into(), String::new()),
        ("op".into(), "save".into()),
        ("_k".into(), "summary".into()),
        ("summary".into(), "Overwritten".into()),
    ]);
    let _ = post(&server, "/c/0/m/2026-11-10-daycare/edit", &cookie, &body);
    assert_eq!(meeting_md(&env), before);
}

#[test]
fn the_browser_files_the_memo() {
    if tool("chromium").is_none() {
        return;
    }
    let env = env_with(DAYCARE);
    crate::common::git_ok(env.path(), &["init", "-q"]);
    crate::common::git_ok(env.path(), &["config", "user.name", "Sam Worker"]);
    let server = env.server();
    let cookie = server.cookie();
    let page = server.get("/c/0/m/2026-11-10-daycare", &cookie);
    assert!(page.contains("id=\"file-memo\">File the memo<"), "{page}");
    let body = encode(&vec![("csrf".into(), hidden(&page, "csrf"))]);
    let answer = post(&server, "/c/0/m/2026-11-10-daycare/file", &cookie, &body);
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    assert!(env.join(&format!("{DIR}/archive/memo.pdf")).exists());
    assert!(env.join(&format!("{DIR}/archive/memo.json")).exists());
    assert!(meeting_md(&env).contains("filed:\n  date: 2026-11-22\n  by: Sam Worker\n"));
    let page = server.get("/c/0/m/2026-11-10-daycare", &cookie);
    assert!(page.contains("Filed 22 Nov 2026, Sam Worker"), "{page}");
}

#[test]
fn a_correction_is_a_commit_in_the_case_history() {
    let env = env_with(&filed(DAYCARE));
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(env.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("git");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["config", "user.name", "Sam Worker"]);
    git(&["config", "user.email", "sam.worker@example.org"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "start"]);
    let run = env.lsk_with(
        env.path(),
        &[
            "correct",
            DIR,
            "--field",
            "summary",
            "--text",
            "Daycare follows the mornings and the naps",
            "--why",
            "The naps were agreed too",
        ],
        &[
            ("GIT_CONFIG_GLOBAL", "/dev/null"),
            ("GIT_CONFIG_NOSYSTEM", "1"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let log = git(&["log", "-1", "--format=%an|%s"]);
    assert!(log.starts_with("Sam Worker|"), "{log}");
    assert!(
        log.contains("correction to the filed memo: summary"),
        "{log}"
    );
    // The correction records the worker as git knows her.
    assert!(meeting_md(&env).contains("    by: Sam Worker\n"));
    assert_eq!(git(&["status", "--porcelain"]), "");
}

#[test]
fn a_worker_files_and_corrects_the_memo_in_a_real_browser() {
    if !crate::common::browser_ready() {
        return;
    }
    let env = shared_then_filed();
    // Not filed yet: the scenario files it with the button.
    env.write(
        &format!("{DIR}/meeting.md"),
        &meeting_md(&env).replace("filed:\n  date: 2026-11-20\n  by: Sam Worker\n", ""),
    );
    let server = env.server();
    let spec = serde_json::json!({
        "meeting_path": "/c/0/m/2026-11-10-daycare",
        "banner": "22 Nov 2026",
        "corrected": "Daycare follows the mornings and the naps",
        "why": "The naps were agreed too",
        "notice_for": "daycare",
    });
    let out = crate::common::scenario("filing", &server, &spec, env.path());
    assert!(out.contains("ok filing walked"), "{out}");
    let text = meeting_md(&env);
    assert!(text.contains("filed:\n  date: 2026-11-22\n"), "{text}");
    assert!(
        text.contains("    why: The naps were agreed too\n"),
        "{text}"
    );
    assert!(env.join(&format!("{DIR}/archive/memo.pdf")).exists());
}
