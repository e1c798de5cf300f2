//! Live pages: a change counter that goes up whenever a file under the
//! served folder changes on disk (an editor's save, `git pull`, a render).
//! It is kept by a file watcher (the `notify` crate: inotify, FSEvents,
//! ReadDirectoryChangesW); where no watcher can start (the watch limit
//! reached, a network drive, `LSK_SERVE_POLL=1`) by a thread that hashes
//! the tree every two seconds. Open pages poll `/live`, a GET that only
//! reads the counter; each poll is also the page's sign of life that keeps
//! the server running. The counter also tells when a page made earlier can
//! be shown again (`case_page::cached`) and when the list of cases must be
//! read anew.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use serde::Serialize;
use sha2::Digest;

use super::AppState;

/// How often the polling fallback looks at the tree.
pub const POLL_EVERY: Duration = Duration::from_secs(2);

/// How changes on disk are noticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watch {
    /// A file watcher, or polling when none can start.
    Auto,
    /// Polling only.
    Poll,
}

impl Watch {
    /// `LSK_SERVE_POLL=1` forces polling (a network drive whose changes
    /// the operating system does not report); otherwise a watcher.
    pub fn from_env() -> Watch {
        match std::env::var("LSK_SERVE_POLL") {
            Ok(v) if !v.is_empty() && v != "0" => Watch::Poll,
            _ => Watch::Auto,
        }
    }
}

/// What `/live` answers: JSON, read by live.js.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    /// Goes up by at least one on every change seen.
    pub changes: u64,
    /// `watch` (a file watcher), `poll` (the tree hashed every two
    /// seconds) or `off` (neither could start: pages are made anew each time).
    pub mode: &'static str,
    /// Why polling is used: forced, or why the watcher could not start.
    pub why: Option<String>,
    /// Goes up each time the team's summary (the overdue actions of every
    /// case, `case_page`) is gathered in full: a team page made while it
    /// was being gathered reloads then.
    pub gathered: u64,
}

/// The count and where the changes were: shared with the watcher.
#[derive(Default)]
struct Counter {
    count: AtomicU64,
    /// Where changes were seen, each with the count it made.
    seen: Mutex<Seen>,
}

#[derive(Default)]
struct Seen {
    /// The last count whose change has no place (polling, a watcher that
    /// lost events): everything may have changed then.
    everywhere: u64,
    /// The places of the later changes, in order (at most [`KEPT`]).
    at: Vec<(u64, PathBuf)>,
}

/// Places remembered; past that, a change counts as everywhere.
const KEPT: usize = 4096;

impl Counter {
    /// A change at `places` (none: anywhere).
    fn bump(&self, places: Vec<PathBuf>) {
        // Counted under the lock: whoever reads the count and then asks
        // [`Live::last_change_below`] sees the place with it.
        let mut seen = self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let n = self.count.fetch_add(1, Ordering::SeqCst) + 1;
        if places.is_empty() || seen.at.len() + places.len() > KEPT {
            seen.everywhere = n;
            seen.at.clear();
        } else {
            seen.at.extend(places.into_iter().map(|p| (n, p)));
        }
    }
}

/// The change counter of one server and what keeps it.
pub struct Live {
    changes: Arc<Counter>,
    mode: &'static str,
    why: Option<String>,
    // Dropped with the server's state: the watcher stops, and the polling
    // thread ends at its next look (it holds the counter weakly).
    _watcher: Option<Watcher>,
}

/// What keeps the watcher running: on Linux lsk's own inotify watcher
/// (below), elsewhere `notify`'s.
#[cfg(target_os = "linux")]
type Watcher = inotify_watch::Handle;
#[cfg(not(target_os = "linux"))]
type Watcher = notify::RecommendedWatcher;

impl Live {
    /// Start watching `root` (every folder below it, hidden ones left out).
    pub fn start(root: &Path, watch: Watch) -> Live {
        let changes = Arc::new(Counter::default());
        let why = match watch {
            Watch::Poll => "LSK_SERVE_POLL".to_owned(),
            Watch::Auto => match watcher(root, Arc::downgrade(&changes)) {
                Ok(w) => {
                    return Live {
                        changes,
                        mode: "watch",
                        why: None,
                        _watcher: Some(w),
                    };
                }
                Err(e) => e.to_string(),
            },
        };
        match poll(root.to_path_buf(), Arc::downgrade(&changes)) {
            Ok(()) => Live {
                changes,
                mode: "poll",
                why: Some(why),
                _watcher: None,
            },
            // Nothing notices changes: every page is made anew each time
            // (see `fresh`), and open pages do not reload by themselves.
            Err(e) => Live {
                changes,
                mode: "off",
                why: Some(format!("{why}; {e}")),
                _watcher: None,
            },
        }
    }

    /// Whether the counter follows the files: a page made at the same
    /// count can be shown again.
    pub fn fresh(&self) -> bool {
        self.mode != "off"
    }

    /// The number of changes seen since the server started.
    pub fn changes(&self) -> u64 {
        self.changes.count.load(Ordering::SeqCst)
    }

    /// For each of `dirs` (folders side by side: the cases of a team), the
    /// last count at which something below it changed; 0 when nothing did
    /// since the server started. A change with no place, or at a folder
    /// above them, counts for all. `None` when the counter does not follow
    /// the files.
    pub fn last_change_below(&self, dirs: &[PathBuf]) -> Option<Vec<u64>> {
        if !self.fresh() {
            return None;
        }
        let seen = self.changes.seen.lock().ok()?;
        let index: std::collections::HashMap<&Path, usize> = dirs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.as_path(), i))
            .collect();
        let mut everywhere = seen.everywhere;
        let mut last = vec![0; dirs.len()];
        for (n, place) in &seen.at {
            match place.ancestors().find_map(|a| index.get(a)) {
                Some(i) => last[*i] = last[*i].max(*n),
                // Above the cases (the team folder itself): all of them.
                None if dirs.iter().any(|d| d.starts_with(place)) => {
                    everywhere = everywhere.max(*n);
                }
                // Beside them (a new case, a file in the team folder).
                None => {}
            }
        }
        Some(last.into_iter().map(|n| n.max(everywhere)).collect())
    }

    /// Where the changes after count `at` were; `None` when one of them
    /// has no place (everything may have changed) or the counter does not
    /// follow the files.
    pub fn places_since(&self, at: u64) -> Option<Vec<PathBuf>> {
        if !self.fresh() {
            return None;
        }
        let seen = self.changes.seen.lock().ok()?;
        if seen.everywhere > at {
            return None;
        }
        Some(
            seen.at
                .iter()
                .filter(|(n, _)| *n > at)
                .map(|(_, p)| p.clone())
                .collect(),
        )
    }

    pub fn status(&self) -> Status {
        Status {
            changes: self.changes(),
            mode: self.mode,
            why: self.why.clone(),
            gathered: 0,
        }
    }
}

/// A watcher of every folder under `root` that counts the changes that
/// matter: not reads, not hidden folders (`.git`), not lsk's own
/// half-written temporary files (their rename is counted).
#[cfg(target_os = "linux")]
fn watcher(root: &Path, changes: Weak<Counter>) -> std::io::Result<Watcher> {
    inotify_watch::start(root, changes)
}

#[cfg(not(target_os = "linux"))]
fn watcher(root: &Path, changes: Weak<Counter>) -> notify::Result<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let base = root.to_path_buf();
    let mut w = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Some(changes) = changes.upgrade() else {
            return;
        };
        match res {
            Ok(ev) if matches!(ev.kind, EventKind::Access(_)) => {}
            // Something may have been missed (the event queue overflowed):
            // everything is made anew.
            Ok(ev) if ev.need_rescan() || ev.paths.is_empty() => changes.bump(Vec::new()),
            Ok(ev) => {
                let places: Vec<PathBuf> =
                    ev.paths.into_iter().filter(|p| matters(&base, p)).collect();
                if !places.is_empty() {
                    changes.bump(places);
                }
            }
            Err(_) => changes.bump(Vec::new()),
        }
    })?;
    // The watch limit reached, a file system without change events: the
    // error says which, and the tree is polled instead.
    w.watch(root, RecursiveMode::Recursive)?;
    Ok(w)
}

/// Whether a change at `path` can change a page: inside `root`, not in a
/// hidden folder, not one of lsk's temporary files.
fn matters(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        // The root itself, renamed or removed.
        return true;
    };
    let hidden = rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    let temp = path
        .file_name()
        .is_some_and(|n| crate::fsutil::is_temp(&n.to_string_lossy()));
    !hidden && !temp
}

/// On Linux, inotify asked directly for the changes that matter only.
/// `notify`'s inotify backend always asks for open events too, so every
/// file the server itself opened (10,000 meeting.md files for a team's
/// page) came back as an event to read and drop: a sixth of the page's
/// CPU time. Hidden folders (`.git`) are not watched at all.
#[cfg(target_os = "linux")]
mod inotify_watch {
    use std::path::{Path, PathBuf};
    use std::sync::Weak;
    use std::sync::atomic::{AtomicBool, Ordering};

    use inotify::{EventMask, Inotify, WatchDescriptor, WatchMask, Watches};

    use super::{Counter, matters};

    /// Ends the watching thread when dropped.
    pub struct Handle {
        stop: std::sync::Arc<AtomicBool>,
        watches: Watches,
        root: WatchDescriptor,
    }

    impl Drop for Handle {
        fn drop(&mut self) {
            self.stop.store(true, Ordering::SeqCst);
            // The thread wakes on the event this removal makes, sees
            // `stop` and ends; its inotify (every watch) is closed then.
            let _ = self.watches.remove(self.root.clone());
        }
    }

    fn mask() -> WatchMask {
        WatchMask::ATTRIB
            | WatchMask::CREATE
            | WatchMask::DELETE
            | WatchMask::CLOSE_WRITE
            | WatchMask::MODIFY
            | WatchMask::MOVED_FROM
            | WatchMask::MOVED_TO
            | WatchMask::DELETE_SELF
            | WatchMask::MOVE_SELF
            | WatchMask::ONLYDIR
    }

    /// The watched folders, by their watch's number: each with its parent's
    /// number and its own name, so that the 70,000 folders of a team of
    /// 10,000 cases cost a name each, not a whole path; a path is made for
    /// an event. The kernel numbers a new inotify's watches from 1 upwards
    /// (and does not reuse a number while higher ones are free), so the
    /// folders are a list by number, 12 bytes a folder ever watched, and
    /// the names one text side by side, a folder's name stored once: no
    /// map, and no allocation of its own per folder.
    struct Dirs {
        root: PathBuf,
        root_id: i32,
        /// By watch number: (its parent's number, where its name starts in
        /// `names`, the name's length); `len == GONE` for a number that is
        /// not (or no longer) a watched folder's.
        by_id: Vec<Slot>,
        /// The names, one after the other (bytes of the file system's own).
        names: Vec<u8>,
        /// Bytes of `names` whose folder is no longer watched.
        dropped: usize,
    }

    #[derive(Clone, Copy)]
    struct Slot {
        parent: i32,
        at: u32,
        len: u32,
    }

    const GONE: u32 = u32::MAX;

    impl Dirs {
        fn new(root: PathBuf, root_id: i32) -> Dirs {
            Dirs {
                root,
                root_id,
                by_id: Vec::new(),
                names: Vec::new(),
                dropped: 0,
            }
        }

        fn slot(&self, id: i32) -> Option<Slot> {
            let slot = *self.by_id.get(usize::try_from(id).ok()?)?;
            (slot.len != GONE).then_some(slot)
        }

        fn name(&self, slot: Slot) -> &std::ffi::OsStr {
            use std::os::unix::ffi::OsStrExt;
            let at = slot.at as usize;
            std::ffi::OsStr::from_bytes(self.names.get(at..at + slot.len as usize).unwrap_or(&[]))
        }

        /// The folder of watch `id`, or `None` when it is not watched.
        fn path(&self, id: i32) -> Option<PathBuf> {
            let mut names = Vec::new();
            let mut at = id;
            while at != self.root_id {
                let slot = self.slot(at)?;
                names.push(self.name(slot));
                at = slot.parent;
                // A loop (a folder watched again through a link) ends here.
                if names.len() > 4096 {
                    return None;
                }
            }
            let mut path = self.root.clone();
            path.extend(names.into_iter().rev());
            Some(path)
        }

        /// Watch `id` is the folder `name` in the folder of watch `parent`.
        fn insert(&mut self, id: i32, parent: i32, name: &std::ffi::OsStr) {
            use std::os::unix::ffi::OsStrExt;
            let (Ok(index), Ok(len)) = (usize::try_from(id), u32::try_from(name.len())) else {
                return;
            };
            self.remove(id);
            let Ok(at) = u32::try_from(self.names.len()) else {
                return;
            };
            if len == GONE {
                return;
            }
            if self.by_id.len() <= index {
                self.by_id.resize(
                    index + 1,
                    Slot {
                        parent: 0,
                        at: 0,
                        len: GONE,
                    },
                );
            }
            self.names.extend_from_slice(name.as_bytes());
            self.by_id[index] = Slot { parent, at, len };
        }

        fn remove(&mut self, id: i32) {
            let Some(slot) = usize::try_from(id).ok().and_then(|i| self.by_id.get_mut(i)) else {
                return;
            };
            if slot.len != GONE {
                self.dropped += slot.len as usize;
                slot.len = GONE;
            }
            // Once most of the names are of folders gone, they are written
            // out again without them.
            if self.dropped > 4096 && self.dropped * 2 > self.names.len() {
                let mut names = Vec::with_capacity(self.names.len() - self.dropped);
                for slot in self.by_id.iter_mut().filter(|s| s.len != GONE) {
                    let at = slot.at as usize;
                    let Some(name) = self.names.get(at..at + slot.len as usize) else {
                        slot.len = GONE;
                        continue;
                    };
                    slot.at = u32::try_from(names.len()).unwrap_or(0);
                    names.extend_from_slice(name);
                }
                self.names = names;
                self.dropped = 0;
            }
        }

        /// The first walk done: no room kept beyond what it used.
        fn settle(&mut self) {
            self.by_id.shrink_to_fit();
            self.names.shrink_to_fit();
        }
    }

    /// Watch `dir` (a folder in the watched folder `parent`) and every
    /// folder below it but hidden ones. A link to a folder is not followed
    /// (`dir` itself included): lsk reads no case or meeting through a
    /// link, and a folder watched again through one has the same watch
    /// number, so it would be named where the link is and its changes
    /// filed under another case.
    fn add_tree(
        watches: &mut Watches,
        dirs: &mut Dirs,
        parent: i32,
        dir: &Path,
    ) -> std::io::Result<()> {
        let walk = walkdir::WalkDir::new(dir)
            .follow_links(false)
            .follow_root_links(false)
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || (e.file_type().is_dir() && !e.file_name().to_string_lossy().starts_with('.'))
            });
        // The watch of the folder at each depth of the walk so far.
        let mut above: Vec<i32> = vec![parent];
        for entry in walk {
            // A folder gone or unreadable since it was listed: nothing in
            // it to watch.
            let Ok(entry) = entry else { continue };
            if !entry.file_type().is_dir() {
                continue;
            }
            above.truncate(entry.depth() + 1);
            let Some(&up) = above.last() else { continue };
            match watches.add(entry.path(), mask()) {
                Ok(wd) => {
                    let id = wd.get_watch_descriptor_id();
                    if id != dirs.root_id {
                        dirs.insert(id, up, entry.file_name());
                    }
                    above.push(id);
                }
                // The watch limit: the caller falls back to polling.
                Err(e) if e.raw_os_error() == Some(libc::ENOSPC) => return Err(e),
                Err(_) => above.push(-1),
            }
        }
        Ok(())
    }

    pub fn start(root: &Path, changes: Weak<Counter>) -> std::io::Result<Handle> {
        let mut inotify = Inotify::init()?;
        let mut watches = inotify.watches();
        let root_wd = watches.add(root, mask())?;
        let mut dirs = Dirs::new(root.to_path_buf(), root_wd.get_watch_descriptor_id());
        // The served folder's own folders, each in it.
        let root_id = dirs.root_id;
        let mut first = Ok(());
        if let Ok(entries) = std::fs::read_dir(root) {
            let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
            entries.sort_by_key(std::fs::DirEntry::file_name);
            for e in entries {
                let hidden = e.file_name().to_string_lossy().starts_with('.');
                // The entry's own kind: a link to a folder is not followed.
                let folder = e.file_type().is_ok_and(|t| t.is_dir());
                if !hidden && folder && first.is_ok() {
                    first = add_tree(&mut watches, &mut dirs, root_id, &e.path());
                }
            }
        }
        first?;
        dirs.settle();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let handle = Handle {
            stop: stop.clone(),
            watches: watches.clone(),
            root: root_wd,
        };
        let base = root.to_path_buf();
        std::thread::Builder::new()
            .name("lsk-serve-watch".into())
            .spawn(move || {
                let mut buffer = vec![0u8; 64 * 1024];
                loop {
                    let events = match inotify.read_events_blocking(&mut buffer) {
                        Ok(events) => events,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(_) => {
                            if let Some(changes) = changes.upgrade() {
                                changes.bump(Vec::new());
                            }
                            return;
                        }
                    };
                    if stop.load(Ordering::SeqCst) {
                        return;
                    }
                    let Some(changes) = changes.upgrade() else {
                        return;
                    };
                    let mut places = Vec::new();
                    let mut everywhere = false;
                    let mut new_dirs = Vec::new();
                    for ev in events {
                        // Events were lost: everything may have changed.
                        if ev.mask.contains(EventMask::Q_OVERFLOW) {
                            everywhere = true;
                            continue;
                        }
                        let id = ev.wd.get_watch_descriptor_id();
                        if ev.mask.contains(EventMask::IGNORED) {
                            dirs.remove(id);
                            continue;
                        }
                        let Some(dir) = dirs.path(id) else {
                            continue;
                        };
                        let path = ev.name.map_or_else(|| dir.clone(), |n| dir.join(n));
                        if ev.mask.contains(EventMask::ISDIR)
                            && ev.mask.intersects(EventMask::CREATE | EventMask::MOVED_TO)
                        {
                            new_dirs.push((id, path.clone()));
                        }
                        if matters(&base, &path) {
                            places.push(path);
                        }
                    }
                    // A new folder (a new case or meeting, one moved in)
                    // is watched with what it already holds.
                    for (parent, dir) in new_dirs {
                        let hidden = dir
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                        if !hidden && add_tree(&mut watches, &mut dirs, parent, &dir).is_err() {
                            everywhere = true;
                        }
                    }
                    if everywhere {
                        changes.bump(Vec::new());
                    } else if !places.is_empty() {
                        changes.bump(places);
                    }
                }
            })?;
        Ok(handle)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn folders_by_watch_number() {
            let mut dirs = Dirs::new(PathBuf::from("/t"), 1);
            dirs.insert(2, 1, std::ffi::OsStr::new("case"));
            dirs.insert(3, 2, std::ffi::OsStr::new("meetings"));
            dirs.insert(7, 3, std::ffi::OsStr::new("2026-01-05-daycare"));
            assert_eq!(
                dirs.path(7),
                Some(PathBuf::from("/t/case/meetings/2026-01-05-daycare"))
            );
            assert_eq!(dirs.path(1), Some(PathBuf::from("/t")));
            assert_eq!(dirs.path(5), None);
            assert_eq!(dirs.path(-1), None);
            dirs.remove(3);
            assert_eq!(dirs.path(7), None);
            // Many folders come and go: the names of those gone are
            // written out again, the others' kept.
            for id in 10..20_000 {
                dirs.insert(id, 2, std::ffi::OsStr::new("a-meeting-of-the-case"));
                dirs.remove(id);
            }
            dirs.insert(3, 2, std::ffi::OsStr::new("meetings"));
            assert_eq!(
                dirs.path(7),
                Some(PathBuf::from("/t/case/meetings/2026-01-05-daycare"))
            );
            assert!(dirs.names.len() < 10_000, "{}", dirs.names.len());
        }
    }
}

/// The polling fallback: the tree's hash every [`POLL_EVERY`]; a new hash
/// is a change. Ends once the server's state is gone.
fn poll(root: PathBuf, changes: Weak<Counter>) -> std::io::Result<()> {
    // The first look before the server answers: nothing is missed between.
    let mut last = case_hash(&root);
    std::thread::Builder::new()
        .name("lsk-serve-poll".into())
        .spawn(move || {
            loop {
                std::thread::sleep(POLL_EVERY);
                let Some(changes) = changes.upgrade() else {
                    return;
                };
                let now = case_hash(&root);
                if now != last {
                    last = now;
                    // Where is not known: everywhere.
                    changes.bump(Vec::new());
                }
            }
        })
        .map(drop)
}

/// What the files under `root` look like now: any edit, new file or
/// removal changes it. Hidden folders (`.git`) are left out.
pub fn case_hash(root: &Path) -> String {
    let mut hasher = sha2::Sha256::new();
    let walk = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk.filter_map(Result::ok) {
        hasher.update(entry.path().as_os_str().as_encoded_bytes());
        hasher.update([0]);
        if let Ok(meta) = entry.metadata() {
            hasher.update(meta.len().to_le_bytes());
            if let Ok(t) = meta.modified()
                && let Ok(d) = t.duration_since(std::time::UNIX_EPOCH)
            {
                hasher.update(d.as_nanos().to_le_bytes());
            }
        }
    }
    hasher
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `GET /live`: the change counter and how it is kept, as JSON. Reads
/// nothing on disk and changes nothing.
pub async fn status(State(st): State<Arc<AppState>>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string(&Status {
            gathered: st.good.gathered(),
            ..st.live.status()
        })
        .unwrap_or_default(),
    )
}

/// The cases below the served folder, as the pages number them, and the
/// folders that look like cases but are not read.
pub struct Listing {
    /// In the order of a walk of the folder: by path (`Path`'s order).
    pub roots: Vec<PathBuf>,
    pub skipped: Vec<crate::finding::Finding>,
    /// The change count it was listed at: of two listings, the later one
    /// is the one to keep things in the order of (`case_page`).
    pub made: u64,
}

/// The cases the server shows (`page::cases`), read from disk again only
/// after a change: a page of one case in a team folder does not walk the
/// whole team, and the team page walks it once. With the watcher, a change
/// is looked at where it was: a case folder added, removed or renamed (or
/// its lsk.yaml) is put right in the list in place, and a change deeper in
/// a case (a meeting) leaves the list as it is; only a change with no place
/// (polling, events lost) or at the team folder itself walks the team again.
pub fn listing(st: &AppState) -> Arc<Listing> {
    let now = st.live.changes();
    let Ok(mut known) = st.cases.lock() else {
        return Arc::new(walk(st));
    };
    if let Some((at, listing)) = known.as_ref()
        && st.live.fresh()
    {
        if *at == now {
            return listing.clone();
        }
        if let Some(places) = st.live.places_since(*at)
            && let Some(updated) = in_place(st, listing, &places)
        {
            let updated = updated.map_or_else(
                || listing.clone(),
                |mut l| {
                    l.made = now;
                    Arc::new(l)
                },
            );
            *known = Some((now, updated.clone()));
            return updated;
        }
    }
    let mut listing = walk(st);
    listing.made = now;
    let listing = Arc::new(listing);
    *known = Some((now, listing.clone()));
    listing
}

/// The cases below the served folder, from a walk of it.
fn walk(st: &AppState) -> Listing {
    if crate::case::is_case_root(&st.root) {
        return Listing {
            roots: vec![st.root.clone()],
            skipped: Vec::new(),
            made: 0,
        };
    }
    let below = crate::case::discover::cases_below(&st.root);
    Listing {
        roots: below
            .roots
            .into_iter()
            .filter(|r| crate::fsutil::inside(r, &st.root))
            .collect(),
        skipped: below.skipped,
        made: 0,
    }
}

/// `listing` after changes at `places`: `Some(None)` when none of them can
/// change it (a meeting changed), `Some(Some(new))` when the folders they
/// touch were looked at again, `None` when only a walk of the team can
/// tell (a change at the team folder itself, a link, a served case).
fn in_place(st: &AppState, listing: &Listing, places: &[PathBuf]) -> Option<Option<Listing>> {
    if crate::case::is_case_root(&st.root) {
        return None;
    }
    let roots: std::collections::HashSet<&Path> =
        listing.roots.iter().map(PathBuf::as_path).collect();
    let mut again: Vec<PathBuf> = Vec::new();
    for place in places {
        let Ok(rel) = place.strip_prefix(&st.root) else {
            return None;
        };
        // Below a case: only its own files (lsk.yaml beside `meetings/`)
        // can make it a case or not; deeper is a meeting's business.
        let case = place.ancestors().skip(1).find(|a| roots.contains(a));
        let folder = match case {
            Some(case) if place.parent() != Some(case) => continue,
            Some(case) => case.to_path_buf(),
            None if rel.as_os_str().is_empty() => return None,
            None if place.is_dir()
                || roots.contains(place.as_path())
                || listing.roots.iter().any(|r| r.starts_with(place))
                || listing.skipped.iter().any(|f| f.file.starts_with(place)) =>
            {
                place.clone()
            }
            // A file: its folder is looked at again.
            None => place.parent()?.to_path_buf(),
        };
        if folder == st.root {
            return None;
        }
        again.push(folder);
    }
    if again.is_empty() {
        return Some(None);
    }
    again.sort();
    again.dedup_by(|b, a| b.starts_with(&*a));
    let mut roots: Vec<PathBuf> = listing.roots.clone();
    let mut skipped: Vec<crate::finding::Finding> = listing.skipped.clone();
    for folder in &again {
        // Hidden and build folders are never cases (`cases_below`); a link
        // is named or left as a walk decides.
        let rel = folder.strip_prefix(&st.root).ok()?;
        let passed = rel.components().any(|c| {
            let n = c.as_os_str().to_string_lossy();
            n.starts_with('.') || n == "target" || n == "node_modules"
        });
        if folder
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
            || rel.components().count() > 1 && !passed && link_above(&st.root, folder)
        {
            return None;
        }
        roots.retain(|r| !r.starts_with(folder));
        skipped.retain(|f| !f.file.starts_with(folder));
        if passed || !folder.is_dir() {
            continue;
        }
        if crate::case::is_case_root(folder) {
            roots.push(folder.clone());
            continue;
        }
        let below = crate::case::discover::cases_below(folder);
        roots.extend(
            below
                .roots
                .into_iter()
                .filter(|r| crate::fsutil::inside(r, &st.root)),
        );
        skipped.extend(below.skipped.into_iter().map(|mut f| {
            // Named from the served folder, as a walk of it names them.
            f.shown = crate::paths::relative(&f.file, &st.root);
            f
        }));
    }
    // The walk's order: by name, folder by folder.
    roots.sort();
    skipped.sort_by(|a, b| a.file.cmp(&b.file));
    Some(Some(Listing {
        roots,
        skipped,
        made: 0,
    }))
}

/// Whether a folder between the served folder and `dir` is a link (a walk
/// does not follow it).
fn link_above(root: &Path, dir: &Path) -> bool {
    dir.ancestors().skip(1).take_while(|a| *a != root).any(|a| {
        a.symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
    })
}
