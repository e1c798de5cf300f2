//! The HTML memo printed to PDF in a real browser (headless Chromium), the
//! way a worker prints it. `.ci/run` installs Debian's chromium and sets
//! LSK_REQUIRE_BROWSER so that a missing browser fails instead of skipping.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::*;

/// A chromium and poppler's pdftotext, or `None` after reporting the skip.
fn browser() -> Option<PathBuf> {
    let found = tool("chromium")?;
    tool("pdftotext")?;
    Some(found)
}

fn print_to_pdf(browser: &Path, html: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // No --no-pdf-header-footer: the page's own running header and
            // footer must keep the browser's (date, file path) out.
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert!(
        pdf.is_file(),
        "no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn html_memo_prints_to_pdf_in_a_real_browser() {
    let Some(browser) = browser() else { return };
    let env = Env::new();
    env.write(
        "lsk.yaml",
        &format!(
            "{}organisation: Itä-Helsingin lapsiperheiden sosiaalityö\ncontact:\n  phone: 09 310 12345\n",
            case_yaml("2021-03", "fi")
        ),
    );
    // Long enough for more than one page.
    let long = "Robin kertoi hiekkalaatikosta ja kavereista. ".repeat(120);
    env.meeting(
        "2026-11-10-daycare",
        &edit(
            DAYCARE,
            "child_views: Robin likes the sandpit",
            &format!("child_views: {long}"),
        ),
    );
    let run = env.lsk(&["render", "memo", "meetings/2026-11-10-daycare", "--html"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let html = env.join("meetings/2026-11-10-daycare/memo.html");
    let pdf = env.join("memo.pdf");
    print_to_pdf(&browser, &html, &pdf);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = bytes
        .windows(10)
        .filter(|w| w == b"/Type /Pag" || w == b"/Type/Page")
        .count();
    assert!(pages >= 1, "no pages in the PDF");
    // With poppler's pdftotext, read the printed text back.
    {
        let text = pdf_text(&pdf);
        for part in ["Muistio", "Robin", "Morning chart at home", "Sovitut asiat"] {
            assert!(text.contains(part), "{part} not printed:\n{text}");
        }
        // Every page: the mark, the organisation and "n (N)" of lsk's own;
        // never the browser's header and footer (its date, the file path).
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        let n = pages.len();
        assert!(n >= 2, "one page only:\n{text}");
        for (i, page) in pages.iter().enumerate() {
            for part in [
                "Salassa pidettävä (JulkL 24.1 § 25 k)",
                "Itä-Helsingin lapsiperheiden sosiaalityö",
                &format!("{} ({n})", i + 1),
            ] {
                assert!(page.contains(part), "page {}: no {part}:\n{page}", i + 1);
            }
        }
        let dir = env.path().to_string_lossy();
        assert!(
            !text.contains("file:") && !text.contains(dir.as_ref()),
            "{text}"
        );
        assert!(!text.contains("memo.html"), "{text}");
        let us_date = regex_lite_us_date(&text);
        assert!(us_date.is_none(), "browser's date {us_date:?}:\n{text}");
    }
}

/// The PDF's text (pdftotext is there: [`browser`] checked).
fn pdf_text(pdf: &Path) -> String {
    crate::common::pdf_text(pdf).expect("pdftotext")
}

/// `lsk ARGS` with extra variables.
fn lsk_with(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> Run {
    env.cmd(args).vars(vars).run()
}

/// `lsk render memo --pdf`: printed by the browser on the machine, A4,
/// without the browser's header and footer (no date, no file:// path).
#[test]
fn render_pdf_prints_with_the_browser_on_the_machine() {
    let Some(_) = browser() else { return };
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    env.meeting("2026-11-10-daycare", DAYCARE);
    const DIR: &str = "meetings/2026-11-10-daycare";
    let run = lsk_with(&env, &[], &["render", "memo", DIR, "--pdf"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let pdf = env.join(&format!("{DIR}/memo.pdf"));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&pdf);
    for part in ["Muistio", "Robin", "Morning chart at home"] {
        assert!(text.contains(part), "{part} not printed:\n{text}");
    }
    assert!(!text.contains("file://"), "the browser's footer:\n{text}");
    assert!(!text.contains(env.path().to_str().unwrap()), "{text}");
    // A case without an organisation: the worker is the running header,
    // printed once on each page, not again under it (a new user's walk).
    let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty());
    for (n, page) in pages.enumerate() {
        let said = page.matches("Vastuusosiaalityöntekijä Sam Worker").count();
        assert_eq!(said, 1, "page {}: the worker {said} times:\n{page}", n + 1);
    }
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("(A4)"), "{info}");
    // No temporary files left in the meeting folder.
    let names: Vec<String> = std::fs::read_dir(env.join(DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains("tmp")), "{names:?}");
    // lsk made it: rendering again replaces it without --force.
    assert!(
        env.read(".lsk/pdf.sha256")
            .contains("meetings/2026-11-10-daycare/memo.pdf")
    );
    assert_eq!(
        lsk_with(&env, &[], &["render", "memo", DIR, "--pdf"]).code,
        0
    );

    // The copy for a recipient, with consent.
    let run = lsk_with(
        &env,
        &[],
        &["render", "memo", DIR, "--pdf", "--for", "daycare"],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(env.join(&format!("{DIR}/memo.daycare.pdf")).is_file());
    // Without consent: refused, nothing written.
    let run = lsk_with(
        &env,
        &[],
        &["render", "memo", DIR, "--pdf", "--for", "school"],
    );
    assert_eq!(run.code, 1);
    assert!(!env.join(&format!("{DIR}/memo.school.pdf")).exists());

    // A PDF lsk did not make (or one changed since) is kept.
    std::fs::write(&pdf, b"%PDF-1.4 signed by the parent\n").unwrap();
    let run = lsk_with(&env, &[], &["render", "memo", DIR, "--pdf"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        std::fs::read(&pdf)
            .unwrap()
            .ends_with(b"signed by the parent\n")
    );
    assert_eq!(
        lsk_with(&env, &[], &["render", "memo", DIR, "--pdf", "--force"]).code,
        0
    );

    // An identity code in the meeting: no PDF.
    env.meeting(
        "2026-11-10-daycare",
        &format!("{DAYCARE}\nHetu 131052-308T.\n"),
    );
    std::fs::remove_file(&pdf).unwrap();
    let run = lsk_with(&env, &[], &["render", "memo", DIR, "--pdf", "--force"]);
    assert_eq!(run.code, 1);
    assert!(!pdf.exists());
}

fn poppler(args: &[&str], pdf: &Path) -> (String, String) {
    let out = std::process::Command::new(args[0])
        .args(&args[1..])
        .arg(pdf)
        .output()
        .expect("poppler-utils is installed where chromium is");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The PDF's document metadata, read back with poppler: title, author,
/// subject, lsk as its creator, the dates, an XMP packet with the same
/// values and the language; and a structure tree that poppler reads
/// without "wrong type (Strong)" (the memo's bold words are `<strong>`,
/// which Chromium tags with the PDF 2.0 type lsk role-maps).
#[test]
fn render_pdf_carries_its_metadata() {
    let Some(_) = browser() else { return };
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "sv"));
    env.meeting("2026-11-10-daycare", DAYCARE);
    const DIR: &str = "meetings/2026-11-10-daycare";
    let run = lsk_with(&env, &[], &["render", "memo", DIR, "--pdf"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let pdf = env.join(&format!("{DIR}/memo.pdf"));
    let (info, _) = poppler(&["pdfinfo"], &pdf);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no {name} in:\n{info}"))
            .to_owned()
    };
    assert!(field("Title").starts_with("Minnesanteckningar"), "{info}");
    assert_eq!(field("Author"), "Sam Worker");
    assert_eq!(
        field("Subject"),
        "Minnesanteckningar · 10.11.2026 · Sekretessbelagd (OffL 24 § 1 mom. 25 p.)"
    );
    assert!(
        !field("Subject").contains("Robin"),
        "the child's name stays out"
    );
    assert_eq!(
        field("Creator"),
        format!("lsk {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(field("CreationDate").contains("20"), "{info}");
    assert_eq!(field("Metadata Stream"), "yes");
    assert_eq!(field("Tagged"), "yes");
    let (xmp, _) = poppler(&["pdfinfo", "-meta"], &pdf);
    for part in [
        "<dc:language><rdf:Bag><rdf:li>sv</rdf:li>",
        "<rdf:li xml:lang=\"x-default\">Minnesanteckningar",
        "<dc:creator><rdf:Seq><rdf:li>Sam Worker</rdf:li>",
        "<xmp:CreatorTool>lsk ",
        "<xmp:CreateDate>20",
    ] {
        assert!(xmp.contains(part), "{part} not in the XMP:\n{xmp}");
    }
    let (tree, errors) = poppler(&["pdfinfo", "-struct"], &pdf);
    assert!(tree.contains("H1") || tree.contains("P"), "{tree}");
    assert!(!errors.contains("wrong type"), "{errors}");
    assert!(errors.trim().is_empty(), "poppler: {errors}");
    // The text is still read as before.
    assert!(pdf_text(&pdf).contains("Minnesanteckningar"));
}

#[test]
fn render_pdf_without_a_browser_says_so() {
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    env.meeting("2026-11-10-daycare", DAYCARE);
    for (lang, words) in [
        ("fi", "Chromium-selainta"),
        ("sv", "Chromium-webbläsare"),
        ("en", "no Chromium-family browser"),
    ] {
        let run = lsk_with(
            &env,
            &[("LSK_BROWSER", "/no/such/browser")],
            &[
                "render",
                "memo",
                "meetings/2026-11-10-daycare",
                "--pdf",
                "--lang",
                lang,
            ],
        );
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains(words), "{lang}: {}", run.stderr);
        assert!(run.stderr.contains("LSK_BROWSER"));
    }
    assert!(!env.join("meetings/2026-11-10-daycare/memo.pdf").exists());
}

/// A date as the browser prints it in its header (`11/23/26, 8:06 PM`).
fn regex_lite_us_date(text: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| {
            let parts: Vec<&str> = w.trim_end_matches(',').split('/').collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_owned)
}

/// A template (an organisation's, or a case's own) that names a remote
/// image would make the browser fetch it while printing, with the child's
/// data in the address: lsk's printing browser reaches no network.
#[test]
fn printing_a_pdf_fetches_nothing_from_the_network() {
    let Some(_) = browser() else { return };
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let env = Env::new();
    env.write("lsk.yaml", &case_yaml("2021-03", "fi"));
    env.meeting("2026-11-10-daycare", DAYCARE);
    env.write(
        "templates/fi/agenda.md",
        &format!(
            "![logo](http://127.0.0.1:{port}/img?{{{{ child.name }}}})\n\n<img src=\"http://localhost:{port}/html\">\n\nESITYSLISTA\n"
        ),
    );
    let run = lsk_with(
        &env,
        &[],
        &[
            "render",
            "agenda",
            "meetings/2026-11-10-daycare",
            "--pdf",
            "--stdout",
        ],
    );
    let run = if run.code == 0 {
        run
    } else {
        lsk_with(
            &env,
            &[],
            &["render", "agenda", "meetings/2026-11-10-daycare", "--pdf"],
        )
    };
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    std::thread::sleep(Duration::from_millis(200));
    match listener.accept() {
        Ok((mut stream, _)) => {
            use std::io::Read;
            let mut buf = [0u8; 512];
            let n = stream.read(&mut buf).unwrap_or(0);
            panic!(
                "the browser fetched: {}",
                String::from_utf8_lossy(&buf[..n])
            );
        }
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::WouldBlock),
    }
}
