//! `lsk serve`: the case in a browser, a second front end beside `cli/`
//! over the same library. One handler file per page; the security contract
//! (docs/security.md, "lsk serve") lives in `guard.rs` and wraps every
//! route. The library never prints: this module prints the address once.
//!
//! This is the only place in lsk that opens a socket, and it binds to the
//! loopback address only (`LOOPBACK`); tests/cli/safety.rs checks both.

mod assets;
mod case_page;
mod document;
mod explain;
mod form;
mod guard;
pub mod live;
mod meeting;
mod new;
mod new_case;
mod page;
mod text;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::{get, post};
use jiff::civil::Date;

use crate::model::Lang;

/// The only address lsk ever binds: 127.0.0.1.
pub const LOOPBACK: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);

/// What one running server knows: where the case is, and its secrets.
pub struct AppState {
    /// The case or team folder, resolved (every link followed).
    pub root: PathBuf,
    /// The port the server listens on: part of every allowed `Host`.
    pub port: u16,
    /// The per-launch token in the printed address.
    pub token: String,
    /// The cookie's value the token is exchanged for.
    pub session: String,
    /// The token every form carries.
    pub csrf: String,
    /// `--lang`: otherwise each case's own.
    pub lang: Option<Lang>,
    /// `LSK_TODAY` for reproducible pages (tests); otherwise today.
    pub today: Option<Date>,
    /// When a page last asked anything: the server exits after a quiet
    /// period once no tab pings.
    pub last_seen: Mutex<Instant>,
    /// The last case and team pages made, by address, with the hash of
    /// the files they were made from: shown again until a file changes.
    pub pages: Mutex<std::collections::HashMap<String, (String, String)>>,
    /// The last meeting pages made from a readable meeting.md, by address.
    pub good_pages: Mutex<std::collections::HashMap<String, String>>,
    /// The change counter of the files on disk (a watcher, or polling).
    pub live: live::Live,
    /// The cases shown, with the change count they were listed at.
    pub cases: Mutex<Option<(u64, Arc<live::Listing>)>>,
    /// The last good state of each meeting and case read (`case_page`):
    /// shown, with the error, while its file cannot be read.
    pub good: case_page::Good,
    /// The meeting.md texts forms were loaded from, by their sha256: a
    /// conflict tells what the person changed from what changed on disk.
    pub loaded: Mutex<form::LoadedTexts>,
}

impl AppState {
    /// A new server's state, with fresh secrets; an error when the
    /// operating system gives no random numbers (then there is no safe token).
    pub fn new(
        root: PathBuf,
        port: u16,
        lang: Option<Lang>,
        today: Option<Date>,
    ) -> std::io::Result<AppState> {
        AppState::watching(root, port, lang, today, live::Watch::from_env())
    }

    /// [`AppState::new`], noticing changes on disk as `watch` says
    /// (`Watch::Poll`: polling, as `LSK_SERVE_POLL=1` asks).
    pub fn watching(
        root: PathBuf,
        port: u16,
        lang: Option<Lang>,
        today: Option<Date>,
        watch: live::Watch,
    ) -> std::io::Result<AppState> {
        Ok(AppState {
            live: live::Live::start(&root, watch),
            cases: Mutex::new(None),
            good: case_page::Good::default(),
            root,
            port,
            token: random_hex()?,
            session: random_hex()?,
            csrf: random_hex()?,
            lang,
            today,
            last_seen: Mutex::new(Instant::now()),
            pages: Mutex::new(std::collections::HashMap::new()),
            good_pages: Mutex::new(std::collections::HashMap::new()),
            loaded: Mutex::new(std::collections::HashMap::new()),
        })
    }

    pub fn today(&self) -> Date {
        self.today.unwrap_or_else(|| jiff::Zoned::now().date())
    }

    fn seen(&self) {
        if let Ok(mut t) = self.last_seen.lock() {
            *t = Instant::now();
        }
    }
}

/// 128 bits from the operating system's random source, as hex.
fn random_hex() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    // Without the OS's random source there is no safe token: lsk stops.
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Every route lsk serves; anything else is 404.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(case_page::home))
        .route("/new-case", get(new_case::form).post(new_case::submit))
        .route("/c/{case}", get(case_page::case))
        .route("/c/{case}/m/{meeting}", get(meeting::page))
        .route(
            "/c/{case}/m/{meeting}/edit",
            get(form::edit_page).post(form::edit_post),
        )
        .route(
            "/c/{case}/m/{meeting}/text",
            get(text::page).post(text::save),
        )
        .route("/c/{case}/new", get(new::page).post(new::create))
        .route("/c/{case}/m/{meeting}/doc/{doc}", get(document::preview))
        .route("/c/{case}/m/{meeting}/print/{doc}", get(document::print))
        .route("/c/{case}/m/{meeting}/pdf/{doc}", get(document::pdf))
        .route("/c/{case}/m/{meeting}/render", post(document::render))
        .route("/explain/{rule}", get(explain::page))
        .route("/live", get(live::status))
        .route("/static/{file}", get(assets::file))
        .fallback(page::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::guard,
        ))
        .with_state(state)
}

/// How `lsk serve` runs.
pub struct Options {
    pub root: PathBuf,
    pub port: u16,
    pub open: bool,
    pub lang: Option<Lang>,
    pub today: Option<Date>,
    /// Exit after this long without a request (None: never).
    pub idle: Option<Duration>,
}

/// Bind, print the address, open the browser, serve until Ctrl-C or the
/// quiet period.
pub fn run(opts: Options) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::bind(SocketAddr::from((LOOPBACK, opts.port))).await?;
        let port = listener.local_addr()?.port();
        let state = Arc::new(AppState::new(opts.root, port, opts.lang, opts.today)?);
        // Ctrl-C is listened for before the address is out: a Ctrl-C at
        // once still stops the server cleanly. So are the terminal closing
        // (SIGHUP: the desktop shortcut's window) and a plain `kill`
        // (SIGTERM): every way of stopping removes the opener file.
        #[cfg(unix)]
        let (mut interrupt, mut hangup, mut terminate) = {
            use tokio::signal::unix::{SignalKind, signal};
            (
                signal(SignalKind::interrupt())?,
                signal(SignalKind::hangup())?,
                signal(SignalKind::terminate())?,
            )
        };
        let ctrl_c = async move {
            #[cfg(unix)]
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = hangup.recv() => {}
                _ = terminate.recv() => {}
            }
            #[cfg(not(unix))]
            let _ = tokio::signal::ctrl_c().await;
        };
        let url = format!("http://{LOOPBACK}:{port}/?token={}", state.token);
        {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            writeln!(out, "{url}")?;
            out.flush()?;
        }
        // The browser is handed a private file that forwards to the
        // address: a program's arguments can be read by every user of the
        // machine (/proc), a file of the user's own cannot.
        let opener = if opts.open {
            OpenerFile::write(&url).inspect(|file| open_browser(&file.path))
        } else {
            None
        };
        let idle = opts.idle;
        let watched = state.clone();
        let quiet = async move {
            match idle {
                Some(idle) => loop {
                    tokio::time::sleep(Duration::from_millis(250)).await;
                    let last = watched
                        .last_seen
                        .lock()
                        .map(|t| *t)
                        .unwrap_or_else(|_| Instant::now());
                    if last.elapsed() >= idle {
                        break;
                    }
                },
                None => std::future::pending().await,
            }
        };
        let stop = async move {
            tokio::select! {
                _ = ctrl_c => {}
                _ = quiet => {}
            }
        };
        let served = axum::serve(listener, router(state))
            .with_graceful_shutdown(stop)
            .await;
        drop(opener);
        served
    })
}

/// A page only the user can read that sends the browser on to the
/// address with its token; removed, with its folder, when lsk stops.
struct OpenerFile {
    dir: PathBuf,
    path: PathBuf,
}

impl OpenerFile {
    fn write(url: &str) -> Option<OpenerFile> {
        let dir = std::env::temp_dir().join(format!("lsk-serve-{}", random_hex().ok()?));
        // A new folder of the user's own (0700), never one found there.
        crate::fsutil::dir_builder(crate::model::Access::Private)
            .create(&dir)
            .ok()?;
        let path = dir.join("open.html");
        let url = page::escape(url);
        let html = format!(
            "<!doctype html><meta charset=\"utf-8\"><meta name=\"referrer\" content=\"no-referrer\">\
             <meta http-equiv=\"refresh\" content=\"0;url={url}\"><title>lsk</title>\
             <p><a href=\"{url}\">lsk</a></p>\n"
        );
        let file = OpenerFile { dir, path };
        crate::fsutil::write_new(&file.path, html.as_bytes(), crate::model::Access::Private)
            .ok()?;
        Some(file)
    }
}

impl Drop for OpenerFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        let _ = std::fs::remove_dir(&self.dir);
    }
}

/// Open the page in the default browser: `BROWSER` when set, else the
/// desktop's opener. Never fails: the address is printed anyway.
fn open_browser(page: &std::path::Path) {
    use std::process::{Command, Stdio};
    let spawn = |program: &str| {
        Command::new(program)
            .arg(page)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .is_ok()
    };
    if let Ok(browsers) = std::env::var("BROWSER") {
        // BROWSER is a colon-separated list, the first that starts wins.
        if browsers.split(':').filter(|b| !b.is_empty()).any(spawn) {
            return;
        }
    }
    let openers: &[&str] = if cfg!(target_os = "macos") {
        &["open"]
    } else if cfg!(windows) {
        &["explorer"]
    } else {
        &["xdg-open"]
    };
    let _ = openers.iter().any(|o| spawn(o));
}
