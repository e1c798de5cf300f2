//! `lsk serve`: the case in a browser, a second front end beside `cli/`
//! over the same library. One handler file per page; the security contract
//! (docs/security.md, "lsk serve") lives in `guard.rs` and wraps every
//! route. The library never prints: this module prints the address once.
//!
//! This is the only place in lsk that opens a socket, and it binds to the
//! loopback address only (`LOOPBACK`); tests/cli/safety.rs checks both.

mod assets;
mod case_edit;
mod case_page;
mod conn;
mod document;
mod explain;
mod filing;
mod form;
mod guard;
mod history;
pub mod live;
mod meeting;
mod new;
mod new_case;
mod page;
mod posted;
mod record;
mod search;
mod sync;
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
    /// The one-time token in the printed address.
    pub token: String,
    /// The one-time tokens not yet used: the printed address's, the start
    /// files', the second steps of the way in (guard.rs).
    pub tokens: Mutex<guard::Tokens>,
    /// This launch's identity, random: in every page, and what `/launch`
    /// answers, so that a page never posts to a server that did not make it.
    pub launch: String,
    /// How a browser without the cookie is let in again ("Open lsk again").
    pub doors: Mutex<Doors>,
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
    /// The search index of the served folder (search.rs), kept up to date
    /// from the change counter.
    pub search: Mutex<search::Kept>,
    /// The unsaved forms a POST redirected away from (`posted.rs`).
    pub drafts: Mutex<posted::Drafts>,
    /// Whether saves are commits (`lsk serve --no-commit` turns it off).
    pub commit: crate::repo::commit::Options,
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
        let token = random_hex()?;
        let mut tokens = guard::Tokens::default();
        tokens.add(token.clone(), None);
        Ok(AppState {
            live: live::Live::start(&root, watch),
            cases: Mutex::new(None),
            good: case_page::Good::default(),
            root,
            port,
            token,
            tokens: Mutex::new(tokens),
            launch: random_hex()?,
            doors: Mutex::new(Doors::default()),
            session: random_hex()?,
            csrf: random_hex()?,
            lang,
            today,
            last_seen: Mutex::new(Instant::now()),
            pages: Mutex::new(std::collections::HashMap::new()),
            good_pages: Mutex::new(std::collections::HashMap::new()),
            loaded: Mutex::new(std::collections::HashMap::new()),
            search: Mutex::new(search::Kept::default()),
            drafts: Mutex::new(posted::Drafts::default()),
            commit: crate::repo::commit::Options::default(),
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

    /// Whether `token` is a one-time token not yet used; it is used now.
    pub fn take_token(&self, token: &str) -> bool {
        self.tokens.lock().is_ok_and(|mut t| t.take(token))
    }

    /// A new one-time token, usable until `ttl` has passed (`None`: until
    /// used); `None` without the operating system's random source.
    pub fn mint_token(&self, ttl: Option<Duration>) -> Option<String> {
        let token = random_hex().ok()?;
        let mut tokens = self.tokens.lock().ok()?;
        tokens.add(token.clone(), ttl.map(|t| Instant::now() + t));
        Some(token)
    }

    /// "Open lsk again": a new start file handed to the browser (when this
    /// server opens one) and a new one-time address printed in lsk's
    /// window; at most once per `every`. `Some(true)`: a browser was
    /// started; `Some(false)`: only the address printed; `None`: not now.
    pub fn open_door(&self, every: Duration) -> Option<bool> {
        let mut doors = self.doors.lock().ok()?;
        if doors.last.is_some_and(|t| t.elapsed() < every) {
            return Some(doors.open);
        }
        doors.last = Some(Instant::now());
        let printed = self.mint_token(None)?;
        let url = format!("http://{LOOPBACK}:{}/?token={printed}", self.port);
        {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{url}");
            let _ = out.flush();
        }
        if !doors.open {
            return Some(false);
        }
        let token = self.mint_token(None)?;
        let file = OpenerFile::write(self.port, &token, self.lang)?;
        open_browser(&file.path);
        doors.files.push(file);
        Some(true)
    }
}

/// The ways in a running server has handed out.
#[derive(Default)]
pub struct Doors {
    /// Whether this server opens the browser (not `--no-open`).
    pub open: bool,
    /// When "Open lsk again" last opened one.
    last: Option<Instant>,
    /// The start files written, removed when the server stops.
    files: Vec<OpenerFile>,
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
        .route(
            "/c/{case}/details",
            get(case_edit::form).post(case_edit::save),
        )
        .route("/c/{case}/done", post(case_edit::done))
        .route("/c/{case}/history", get(history::case))
        .route("/c/{case}/m/{meeting}/history", get(history::meeting))
        .route(
            "/c/{case}/m/{meeting}/history/restore",
            post(history::restore),
        )
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
        .route("/c/{case}/m/{meeting}/file", post(filing::file))
        .route(
            "/c/{case}/m/{meeting}/archive/{file}",
            get(filing::download),
        )
        .route(
            "/c/{case}/m/{meeting}/correct",
            get(filing::form).post(filing::correct),
        )
        .route("/explain/{rule}", get(explain::page))
        .route("/search", get(search::page))
        .route("/live", get(live::status))
        .route("/sync", get(sync::page).post(sync::share))
        .route("/sync/choose", post(sync::choose))
        .route("/static/{file}", get(assets::file))
        .route(record::WHO, get(record::who_page).post(record::who_post))
        .fallback(page::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            record::ask_author,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::guard,
        ))
        .with_state(state)
}

/// How `lsk serve` runs.
pub struct Options {
    pub root: PathBuf,
    /// `None`: the folder's own port ([`folder_port`]), else any free one.
    pub port: Option<u16>,
    pub open: bool,
    pub lang: Option<Lang>,
    pub today: Option<Date>,
    /// Exit after this long without a request (None: never).
    pub idle: Option<Duration>,
    /// Whether saves are commits (`--no-commit`: not).
    pub commit: crate::repo::commit::Options,
}

/// The port a folder is served on unless `--port` says otherwise: the same
/// every time, so that a bookmark of a page still leads to lsk after a
/// restart (to its page that lets the browser in again). From a hash of
/// the folder's path, in 20000–29999, below the range the system hands out
/// for outgoing connections.
pub fn folder_port(root: &std::path::Path) -> u16 {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(root.as_os_str().as_encoded_bytes());
    20000 + u16::from_be_bytes([digest[0], digest[1]]) % 10000
}

/// Bind, print the address, open the browser, serve until Ctrl-C or the
/// quiet period.
pub fn run(opts: Options) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    runtime.block_on(async move {
        // `--port`, or the folder's own port and, when another program
        // holds it (another lsk for the folder included), any free one.
        let ports = match opts.port {
            Some(port) => vec![port],
            None => vec![folder_port(&opts.root), 0],
        };
        let mut bound = Err(std::io::Error::other("no port"));
        for port in ports {
            bound = tokio::net::TcpListener::bind(SocketAddr::from((LOOPBACK, port))).await;
            if bound.is_ok() {
                break;
            }
        }
        let listener = bound?;
        let port = listener.local_addr()?.port();
        let mut state = AppState::new(opts.root, port, opts.lang, opts.today)?;
        state.commit = opts.commit;
        let state = Arc::new(state);
        if let Ok(mut doors) = state.doors.lock() {
            doors.open = opts.open;
        }
        // Every page says whether there is something to share or to get.
        sync::start(&state);
        // The team page's summary of every case, gathered from the start.
        case_page::gather(&state);
        // The search index is made in the background shortly after the
        // start (after the first page has had the machine to itself), so
        // that her first search answers as she types instead of waiting
        // for every meeting of a team to be read.
        {
            let state = Arc::clone(&state);
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_secs(2));
                search::ready(&state);
                give_back_memory();
            });
        }
        // Ctrl-C is listened for before the address is out: a Ctrl-C at
        // once still stops the server cleanly. So are the terminal closing
        // (SIGHUP: the desktop shortcut's window) and a plain `kill`
        // (SIGTERM): every way of stopping removes the start files.
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
        // The browser is handed a private file with its own one-time
        // token: a program's arguments can be read by every user of the
        // machine (/proc), a file of the user's own cannot.
        let opener = if opts.open {
            state
                .mint_token(None)
                .and_then(|token| OpenerFile::write(port, &token, opts.lang))
                .inspect(|file| open_browser(&file.path))
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
        conn::serve(listener, router(state.clone()), stop).await;
        drop(opener);
        if let Ok(mut doors) = state.doors.lock() {
            doors.files.clear();
        }
        Ok(())
    })
}

/// A page only the user can read that takes the browser in: a form that
/// posts its one-time token to the server (the token never stands in an
/// address, so never in the browser's history), sent by itself, with a
/// button where scripts do not run. Removed, with its folder, when lsk
/// stops.
struct OpenerFile {
    dir: PathBuf,
    path: PathBuf,
}

impl OpenerFile {
    fn write(port: u16, token: &str, lang: Option<Lang>) -> Option<OpenerFile> {
        let dir = std::env::temp_dir().join(format!("lsk-serve-{}", random_hex().ok()?));
        // A new folder of the user's own (0700), never one found there.
        crate::fsutil::dir_builder(crate::model::Access::Private)
            .create(&dir)
            .ok()?;
        let path = dir.join("open.html");
        let lang = lang.unwrap_or_else(|| crate::i18n::locale_lang(None));
        let html = start_page(port, token, lang);
        let file = OpenerFile { dir, path };
        crate::fsutil::write_new(&file.path, html.as_bytes(), crate::model::Access::Private)
            .ok()?;
        Some(file)
    }
}

/// The start file's page: nothing but the form to lsk, allowed by its
/// own content policy to post only there and to run only its one line.
pub fn start_page(port: u16, token: &str, lang: Lang) -> String {
    use sha2::Digest;
    const SCRIPT: &str = "document.getElementById(\"lsk\").submit();";
    let hash = crate::render::html::base64(&sha2::Sha256::digest(SCRIPT.as_bytes()));
    let action = format!("http://{LOOPBACK}:{port}/enter");
    let token = page::escape(token);
    let button = page::escape(crate::i18n::serve::word(lang, "open_lsk"));
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-{hash}'; form-action {action}; base-uri 'none'\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n<title>lsk</title>\n\
<form id=\"lsk\" method=\"post\" action=\"{action}\">\
<input type=\"hidden\" name=\"token\" value=\"{token}\">\
<button type=\"submit\">{button}</button></form>\n\
<script>{SCRIPT}</script>\n",
        lang = lang.as_str(),
    )
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

/// Hand the memory freed after a large piece of work (a team's page, the
/// search index of every meeting) back to the system. glibc keeps what
/// the threads that read the files freed in their own heaps, so a server
/// that once made a team's page would stay as large as while it made it.
pub fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: malloc_trim only returns free pages of glibc's own heaps to
    // the system, under the allocator's locks; nothing in use is touched.
    unsafe {
        libc::malloc_trim(0);
    }
}
