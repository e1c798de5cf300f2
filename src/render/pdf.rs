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

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{RenderError, Rendered};
use crate::fsutil::{self, Outside};

/// Where lsk records the PDFs it wrote, relative to the case root.
pub const RECORD: &str = ".lsk/pdf.sha256";

/// Browsers tried, in order, on PATH.
const BROWSERS: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
    "microsoft-edge-stable",
];

/// How long the browser may take to print.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The browser to print with: `LSK_BROWSER` (a path, or a name on PATH),
/// else the first Chromium-family browser on PATH.
pub fn find_browser() -> Option<PathBuf> {
    let on_path = |name: &str| -> Option<PathBuf> {
        let candidate = Path::new(name);
        if candidate.components().count() > 1 {
            return candidate.is_file().then(|| candidate.to_path_buf());
        }
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
    };
    match std::env::var("LSK_BROWSER") {
        Ok(b) if !b.trim().is_empty() => on_path(b.trim()),
        _ => BROWSERS.iter().find_map(|n| on_path(n)),
    }
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
            let mut builder = std::fs::DirBuilder::new();
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
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

/// A `file://` URL for a local path, with the characters a URL cannot hold
/// as they are percent-encoded.
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
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
    .arg(file_url(&page))
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
        Ok(bytes) if bytes.starts_with(b"%PDF-") => Ok(bytes),
        _ => Err(format!(
            "{status}: {}",
            stderr.lines().last().unwrap_or("no PDF written")
        )),
    }
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
