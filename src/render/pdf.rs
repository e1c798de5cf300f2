//! `lsk render DOC --pdf`: lsk's own print page (the `--html` document)
//! printed to PDF by a Chromium-family browser on the machine, headless,
//! without the browser's header and footer (which would print the date in
//! US format and the `file://` path of the child's case on every page).
//! A local process, no network: the page is a local file with its style
//! sheet inside, and the browser gets a private, temporary profile.
//!
//! A PDF has no place for a text marker, so lsk records the hash of every
//! PDF it writes in the case's `.lsk/pdf.sha256` (`sha256sum` format). An
//! existing PDF whose hash is not recorded there was not made by lsk, or
//! was changed since: it counts as made by hand and is replaced only with
//! `--force`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{RenderError, Rendered};
use crate::fsutil::{self, Outside};

/// Where lsk records the PDFs it wrote, relative to the case root.
pub const RECORD: &str = ".lsk/pdf.sha256";

/// Browsers tried, in order, on PATH (Linux, other Unixes, macOS).
const BROWSERS: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
    "microsoft-edge-stable",
];

/// The same on Windows, where a program's file name ends in `.exe`.
const WINDOWS_BROWSERS: &[&str] = &["msedge.exe", "chrome.exe", "chromium.exe"];

/// Where Edge, Chrome and Chromium install themselves on Windows, below
/// `%ProgramFiles%`, `%ProgramFiles(x86)%` (machine-wide installs) and
/// `%LocalAppData%` (an install for one user, without admin rights). Edge
/// comes first: every Windows 10 and 11 has it.
const WINDOWS_INSTALLS: &[&str] = &[
    r"Microsoft\Edge\Application\msedge.exe",
    r"Google\Chrome\Application\chrome.exe",
    r"Chromium\Application\chrome.exe",
];

/// The folders of [`WINDOWS_INSTALLS`], as environment variables.
const WINDOWS_PROGRAM_DIRS: &[&str] = &["ProgramFiles", "ProgramFiles(x86)", "LocalAppData"];

/// Where the browsers are on macOS, below `/` and then the home folder
/// (none of them puts itself on PATH there).
const MACOS_APPS: &[&str] = &[
    "Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    "Applications/Chromium.app/Contents/MacOS/Chromium",
];

/// How long the browser may take to print.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The kind of system a browser is looked for on: the names and places
/// differ. A value, so that the search for Windows and macOS is tested on
/// Linux too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Windows,
    MacOs,
    Unix,
}

impl Os {
    pub fn current() -> Os {
        if cfg!(windows) {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::MacOs
        } else {
            Os::Unix
        }
    }
}

/// The browser to print with: `LSK_BROWSER` (a path, or a name on PATH),
/// else the first Chromium-family browser on PATH, else (Windows, macOS)
/// the first in the places those browsers install themselves.
pub fn find_browser() -> Option<PathBuf> {
    let path: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    browser_in(
        Os::current(),
        &path,
        |name| std::env::var_os(name),
        |p| p.is_file(),
    )
}

/// [`find_browser`] with the system, the folders of PATH, the environment
/// and the question "is this a file" given: the whole search, as a
/// function of what it looks at.
pub fn browser_in(
    os: Os,
    path: &[PathBuf],
    var: impl Fn(&str) -> Option<OsString>,
    is_file: impl Fn(&Path) -> bool,
) -> Option<PathBuf> {
    // A name without an extension is found as NAME.exe on Windows, as
    // cmd.exe would (PATHEXT); other extensions do not start a browser.
    let names = |name: &str| -> Vec<String> {
        if os == Os::Windows && Path::new(name).extension().is_none() {
            vec![format!("{name}.exe"), name.to_owned()]
        } else {
            vec![name.to_owned()]
        }
    };
    let on_path = |name: &str| -> Option<PathBuf> {
        let candidate = Path::new(name);
        let is_path = candidate.components().count() > 1
            || (os == Os::Windows && (name.contains('\\') || name.contains(':')));
        if is_path {
            return names(name)
                .into_iter()
                .map(PathBuf::from)
                .find(|p| is_file(p));
        }
        path.iter()
            .flat_map(|dir| names(name).into_iter().map(move |n| dir.join(n)))
            .find(|p| is_file(p))
    };
    if let Some(b) = var("LSK_BROWSER") {
        let b = b.to_string_lossy();
        if !b.trim().is_empty() {
            return on_path(b.trim());
        }
    }
    let listed = match os {
        Os::Windows => WINDOWS_BROWSERS,
        Os::MacOs | Os::Unix => BROWSERS,
    };
    if let Some(found) = listed.iter().find_map(|n| on_path(n)) {
        return Some(found);
    }
    let installed: Vec<PathBuf> = match os {
        Os::Windows => {
            let bases: Vec<OsString> = WINDOWS_PROGRAM_DIRS
                .iter()
                .filter_map(|v| var(v))
                .filter(|base| !base.is_empty())
                .collect();
            // Each browser in every folder before the next browser.
            WINDOWS_INSTALLS
                .iter()
                .flat_map(|rest| {
                    bases.iter().map(move |base| {
                        // Joined with `\` as Windows writes it (also when
                        // the search for Windows is tested elsewhere).
                        let mut p = base.clone();
                        if !base.to_string_lossy().ends_with('\\') {
                            p.push("\\");
                        }
                        p.push(rest);
                        PathBuf::from(p)
                    })
                })
                .collect()
        }
        Os::MacOs => {
            let mut roots = vec![PathBuf::from("/")];
            roots.extend(var("HOME").filter(|h| !h.is_empty()).map(PathBuf::from));
            roots
                .iter()
                .flat_map(|root| MACOS_APPS.iter().map(move |app| root.join(app)))
                .collect()
        }
        Os::Unix => Vec::new(),
    };
    installed.into_iter().find(|p| is_file(p))
}

fn sha256_bytes(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The PDF's path as the record names it: relative to the case root.
fn record_name(root: &Path, path: &Path) -> String {
    crate::paths::relative(path, root)
}

fn recorded(root: &Path) -> Vec<(String, String)> {
    std::fs::read_to_string(root.join(RECORD))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (hash, name) = l.split_once("  ")?;
            Some((hash.to_owned(), name.to_owned()))
        })
        .collect()
}

/// Whether the PDF at `path` is one lsk wrote and nobody changed since.
pub fn made_by_lsk(root: &Path, path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let hash = sha256_bytes(&bytes);
    let name = record_name(root, path);
    recorded(root).iter().any(|(h, n)| *h == hash && *n == name)
}

/// A private temporary folder for the page and the browser's profile,
/// removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> std::io::Result<Scratch> {
        let base = std::env::temp_dir();
        for attempt in 0..100u32 {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or(0);
            let dir = base.join(format!("lsk-pdf-{}-{nanos}-{attempt}", std::process::id()));
            let builder = fsutil::dir_builder(crate::model::Access::Private);
            match builder.create(&dir) {
                Ok(()) => return Ok(Scratch(dir)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(std::io::ErrorKind::AlreadyExists.into())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The `file:` URL of a local path, made by the `url` crate: on Windows
/// `file:///C:/Users/...` (the drive letter kept, the path's `\` turned
/// into `/`, a network share's server as the host), on Unix the path
/// percent-encoded. None for a path no file URL can name (not absolute).
fn file_url(path: &Path) -> Option<String> {
    url::Url::from_file_path(path).ok().map(String::from)
}

/// What the printed page may load: its own inline styles, and images and
/// fonts from data: and local files (an organisation's logo); nothing from
/// the network. An organisation's template may name any address in an
/// image, and the page holds the child's data.
const PRINT_CSP: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
     style-src 'unsafe-inline'; img-src data: file:; font-src data: file:\">";

/// The page with [`PRINT_CSP`] as the first thing the browser reads.
fn locked(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    match lower.find("<head>") {
        Some(at) => format!("{}{PRINT_CSP}{}", &html[..at + 6], &html[at + 6..]),
        None => format!("{PRINT_CSP}{html}"),
    }
}

/// Print `html` to PDF bytes with `browser`. The browser reaches no
/// network: the page forbids it (CSP), every request goes to a proxy that
/// is not there (loopback included), and no name resolves.
pub fn print(browser: &Path, html: &str) -> Result<Vec<u8>, String> {
    let scratch = Scratch::new().map_err(|e| e.to_string())?;
    let page = scratch.0.join("document.html");
    let pdf = scratch.0.join("document.pdf");
    let profile = scratch.0.join("profile");
    std::fs::write(&page, locked(html)).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-sync",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-quic",
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        // Without the browser's header and footer: the date and the file's
        // path. Newer Chromium reads the first, older the second.
        "--no-pdf-header-footer",
        "--print-to-pdf-no-header",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .arg(format!("--print-to-pdf={}", pdf.display()))
    .arg(file_url(&page).ok_or_else(|| format!("{}: not an absolute path", page.display()))?)
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    // Chromium's sandbox refuses to start as root (a container, CI).
    #[cfg(unix)]
    if is_root() {
        cmd.arg("--no-sandbox");
    }
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("no PDF after {} s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let mut stderr = String::new();
    if let Some(mut err) = child.stderr.take() {
        use std::io::Read;
        let _ = err.read_to_string(&mut stderr);
    }
    match std::fs::read(&pdf) {
        Ok(bytes) if bytes.starts_with(b"%PDF-") => Ok(with_metadata(bytes, html)),
        _ => Err(format!(
            "{status}: {}",
            stderr.lines().last().unwrap_or("no PDF written")
        )),
    }
}

/// The printed PDF with lsk's document metadata (render/pdfmeta.rs):
/// author, subject, dates and an XMP packet beside the browser's title and
/// language, and the role map for `<strong>`. A PDF the pass cannot read
/// (another browser's way of writing) is kept as the browser printed it:
/// it is a whole, correct PDF, only without these.
fn with_metadata(bytes: Vec<u8>, html: &str) -> Vec<u8> {
    let now = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC);
    let created = (
        now.year(),
        now.month(),
        now.day(),
        now.hour(),
        now.minute(),
        now.second(),
    );
    let meta = super::pdfmeta::Metadata::from_html(html, created);
    super::pdfmeta::add(&bytes, &meta).unwrap_or(bytes)
}

#[cfg(unix)]
#[allow(unsafe_code)]
fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Print a rendered HTML document and write it as `rendered.path` (a
/// `.pdf`): inside the case, not through a link, atomically, not over a
/// PDF lsk did not make unless `force`; then record its hash.
pub fn write(rendered: &Rendered, force: bool) -> Result<(), RenderError> {
    let path = &rendered.path;
    // A filed memo is the record in the client information system: lsk
    // writes no memo of it again (issue 24); it is corrected instead.
    if rendered.doc == super::Doc::Memo
        && let Some(filed) = &rendered.filed
    {
        return Err(RenderError::Filed(path.clone(), filed.clone()));
    }
    let root = &rendered.case_root;
    match fsutil::ensure_inside(root, path) {
        Ok(()) => {}
        Err(Outside::Link(p)) => return Err(RenderError::Symlink(p)),
        Err(Outside::Escapes(p)) => return Err(RenderError::OutsideCase(p)),
    }
    if let Ok(meta) = path.symlink_metadata() {
        if meta.file_type().is_symlink() {
            return Err(RenderError::Symlink(path.clone()));
        }
        if !force && !made_by_lsk(root, path) {
            return Err(RenderError::HandEdited(path.clone()));
        }
    }
    let browser = find_browser().ok_or(RenderError::NoBrowser)?;
    let bytes = print(&browser, &rendered.body).map_err(RenderError::Browser)?;
    fsutil::replace(path, &bytes, rendered.access)
        .map_err(|e| RenderError::Io(path.clone(), e.to_string()))?;
    // The record: this PDF's hash replaces the one before it.
    let record = root.join(RECORD);
    let name = record_name(root, path);
    let mut lines: Vec<String> = recorded(root)
        .into_iter()
        .filter(|(_, n)| *n != name)
        .map(|(h, n)| format!("{h}  {n}"))
        .collect();
    lines.push(format!("{}  {name}", sha256_bytes(&bytes)));
    lines.sort_by(|a, b| a.get(66..).cmp(&b.get(66..)));
    let text = lines.join("\n") + "\n";
    let written = fsutil::ensure_inside(root, &record)
        .map_err(|_| std::io::Error::other("outside"))
        .and_then(|()| {
            record
                .parent()
                .map_or(Ok(()), |d| fsutil::create_dir_all(d, rendered.access))
        })
        .and_then(|()| fsutil::replace(&record, text.as_bytes(), rendered.access));
    written.map_err(|e| RenderError::Io(record.clone(), e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The search with these variables set and these files present.
    fn search(os: Os, path: &[&str], vars: &[(&str, &str)], files: &[&str]) -> Option<String> {
        let vars: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), OsString::from(v)))
            .collect();
        let path: Vec<PathBuf> = path.iter().map(PathBuf::from).collect();
        browser_in(
            os,
            &path,
            |name| vars.get(name).cloned(),
            |p| files.iter().any(|f| Path::new(f) == p),
        )
        .map(|p| p.to_string_lossy().into_owned())
    }

    const WIN_VARS: &[(&str, &str)] = &[
        ("ProgramFiles", r"C:\Program Files"),
        ("ProgramFiles(x86)", r"C:\Program Files (x86)"),
        ("LocalAppData", r"C:\Users\sari\AppData\Local"),
    ];

    #[test]
    fn windows_finds_edge_and_chrome_where_they_install() {
        let edge = r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe";
        let chrome = r"C:\Program Files\Google\Chrome\Application\chrome.exe";
        let user_chrome = r"C:\Users\sari\AppData\Local\Google\Chrome\Application\chrome.exe";
        assert_eq!(
            search(Os::Windows, &[], WIN_VARS, &[chrome, edge]).as_deref(),
            Some(edge),
            "Edge first: every Windows has it"
        );
        assert_eq!(
            search(Os::Windows, &[], WIN_VARS, &[chrome]).as_deref(),
            Some(chrome)
        );
        // Installed for one user, without admin rights.
        assert_eq!(
            search(Os::Windows, &[], WIN_VARS, &[user_chrome]).as_deref(),
            Some(user_chrome)
        );
        assert_eq!(search(Os::Windows, &[], WIN_VARS, &[]), None);
        // An unset or empty variable is no folder.
        assert_eq!(
            search(
                Os::Windows,
                &[],
                &[("ProgramFiles", "")],
                &[r"\Microsoft\Edge\Application\msedge.exe"]
            ),
            None
        );
    }

    #[test]
    fn windows_names_end_in_exe() {
        let tools = Path::new(r"D:\Tools").join("chrome.exe");
        let tools = tools.to_string_lossy();
        // On PATH as chrome.exe, before the install folders.
        assert_eq!(
            search(
                Os::Windows,
                &[r"D:\Tools"],
                WIN_VARS,
                &[
                    &tools,
                    r"C:\Program Files\Microsoft\Edge\Application\msedge.exe"
                ]
            )
            .as_deref(),
            Some(&*tools)
        );
        // LSK_BROWSER as a name without .exe, and as a full path.
        let mut vars = WIN_VARS.to_vec();
        vars.push(("LSK_BROWSER", "chrome"));
        assert_eq!(
            search(Os::Windows, &[r"D:\Tools"], &vars, &[&tools]).as_deref(),
            Some(&*tools)
        );
        let portable = r"E:\Portable\Chromium\chrome.exe";
        vars.pop();
        vars.push(("LSK_BROWSER", r"E:\Portable\Chromium\chrome"));
        assert_eq!(
            search(Os::Windows, &[], &vars, &[portable]).as_deref(),
            Some(portable)
        );
        // LSK_BROWSER names a browser that is not there: no other is
        // taken instead.
        assert_eq!(
            search(
                Os::Windows,
                &[],
                &vars,
                &[r"C:\Program Files\Microsoft\Edge\Application\msedge.exe"]
            ),
            None
        );
    }

    #[test]
    fn unix_and_macos() {
        assert_eq!(
            search(
                Os::Unix,
                &["/usr/local/bin", "/usr/bin"],
                &[],
                &["/usr/bin/chromium"]
            )
            .as_deref(),
            Some("/usr/bin/chromium")
        );
        // Nothing is looked for in install folders on Linux.
        assert_eq!(
            search(
                Os::Unix,
                &[],
                &[("HOME", "/home/sari")],
                &["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"]
            ),
            None
        );
        assert_eq!(
            search(
                Os::MacOs,
                &["/usr/bin"],
                &[("HOME", "/Users/sari")],
                &["/Users/sari/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"]
            )
            .as_deref(),
            Some("/Users/sari/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")
        );
        assert_eq!(
            search(
                Os::Unix,
                &["/usr/bin"],
                &[("LSK_BROWSER", "/opt/chrome/chrome")],
                &["/opt/chrome/chrome", "/usr/bin/chromium"]
            )
            .as_deref(),
            Some("/opt/chrome/chrome")
        );
    }

    #[cfg(unix)]
    #[test]
    fn file_urls_are_made_by_the_url_crate() {
        assert_eq!(
            file_url(Path::new("/tmp/lsk-pdf-1/document.html")).as_deref(),
            Some("file:///tmp/lsk-pdf-1/document.html")
        );
        assert_eq!(
            file_url(Path::new("/tmp/Sarin asiat/ä#1%.html")).as_deref(),
            Some("file:///tmp/Sarin%20asiat/%C3%A4%231%25.html")
        );
        assert_eq!(file_url(Path::new("relative.html")), None);
    }

    #[cfg(windows)]
    #[test]
    fn file_urls_are_made_by_the_url_crate() {
        assert_eq!(
            file_url(Path::new(
                r"C:\Users\sari\AppData\Local\Temp\lsk-pdf-1\document.html"
            ))
            .as_deref(),
            Some("file:///C:/Users/sari/AppData/Local/Temp/lsk-pdf-1/document.html")
        );
    }
}
