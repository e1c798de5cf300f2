//! Connections: how many one client may hold, and how long one may hold
//! the server without asking anything (docs/security.md, "Connections").
//!
//! - A new connection that has not sent a whole request head within
//!   [`HEADERS`] is closed, and so is one whose next request has begun and
//!   not come whole within that time; one kept alive after an answer may
//!   wait [`KEEP_ALIVE`] for its next request. A request's body has its
//!   own bound (guard.rs).
//! - Each client — on Linux the local user the connection comes from
//!   (read from /proc/net/tcp), elsewhere its address — holds at most
//!   [`PER_CLIENT`] connections; a new one beyond that closes the client's
//!   oldest that is not in a request. Another local user holding a
//!   thousand connections so uses up only their own share, never the
//!   worker's, and the worker's new connection is always taken.

use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::Notify;

/// How long a new connection may take to send its first request's
/// headers; and one kept alive, its next request's headers once their
/// first byte has come.
pub const HEADERS: Duration = Duration::from_secs(5);
/// How long a connection that has been answered may wait, quiet, for its
/// next request (a browser keeps its connections for the next page).
pub const KEEP_ALIVE: Duration = Duration::from_secs(60);
/// Connections one client may hold at once.
pub const PER_CLIENT: usize = 24;

/// Who a connection is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Client {
    /// A local user (Linux).
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    User(u32),
    /// An address, where the user cannot be told.
    Addr(IpAddr),
}

/// One connection, as the accept loop and its task share it.
struct Conn {
    id: u64,
    /// Requests in progress.
    busy: AtomicUsize,
    /// Whether it has been answered once.
    served: AtomicBool,
    /// When it last finished a request (or was opened).
    since: Mutex<Instant>,
    /// When the first byte of a request not yet read whole came.
    started: Mutex<Option<Instant>>,
    /// Told to close.
    close: Notify,
}

impl Conn {
    /// Not in a request: it may be closed for a newer one.
    fn idle(&self) -> bool {
        self.busy.load(Ordering::SeqCst) == 0
    }

    /// Past its time: a request begun and not sent whole within
    /// [`HEADERS`], a new connection silent that long, or one kept alive
    /// silent for [`KEEP_ALIVE`].
    fn expired(&self) -> bool {
        if !self.idle() {
            return false;
        }
        if let Some(t) = self.started.lock().ok().and_then(|s| *s) {
            return t.elapsed() >= HEADERS;
        }
        let limit = if self.served.load(Ordering::SeqCst) {
            KEEP_ALIVE
        } else {
            HEADERS
        };
        self.since.lock().is_ok_and(|t| t.elapsed() >= limit)
    }

    /// Bytes came from the client.
    fn heard(&self) {
        if self.idle()
            && let Ok(mut s) = self.started.lock()
            && s.is_none()
        {
            *s = Some(Instant::now());
        }
    }
}

/// The connection's stream, telling its [`Conn`] when bytes come.
struct Watched<S> {
    inner: S,
    conn: Arc<Conn>,
}

impl<S: AsyncRead + Unpin> AsyncRead for Watched<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let read = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(read, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.conn.heard();
        }
        read
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Watched<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

/// The open connections, by client.
#[derive(Default)]
struct Table {
    by_client: Mutex<HashMap<Client, Vec<Arc<Conn>>>>,
}

impl Table {
    /// Take `conn` for `client`: if the client holds its share, its oldest
    /// connection not in a request is closed; if every one is in a
    /// request, the new one is not taken (`false`).
    fn admit(&self, client: Client, conn: Arc<Conn>) -> bool {
        let Ok(mut map) = self.by_client.lock() else {
            return false;
        };
        let list = map.entry(client).or_default();
        if list.len() >= PER_CLIENT {
            match list.iter().position(|c| c.idle()) {
                Some(i) => list.remove(i).close.notify_one(),
                None => return false,
            }
        }
        list.push(conn);
        true
    }

    fn remove(&self, client: Client, id: u64) {
        if let Ok(mut map) = self.by_client.lock()
            && let Some(list) = map.get_mut(&client)
        {
            list.retain(|c| c.id != id);
            if list.is_empty() {
                map.remove(&client);
            }
        }
    }
}

/// Serve `app` on `listener` until `stop`.
pub async fn serve(listener: TcpListener, app: Router, stop: impl Future<Output = ()>) {
    let table = Arc::new(Table::default());
    let ids = AtomicU64::new(0);
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
    let mut owners = Owners::default();
    tokio::pin!(stop);
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            // Out of file handles or the like: a moment, then on.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let client = owners.client_of(peer, port);
        let conn = Arc::new(Conn {
            id: ids.fetch_add(1, Ordering::SeqCst),
            busy: AtomicUsize::new(0),
            served: AtomicBool::new(false),
            since: Mutex::new(Instant::now()),
            started: Mutex::new(None),
            close: Notify::new(),
        });
        if !table.admit(client, conn.clone()) {
            drop(stream);
            continue;
        }
        let _ = stream.set_nodelay(true);
        tokio::spawn(connection(stream, app.clone(), conn, table.clone(), client));
    }
}

async fn connection<S: AsyncRead + AsyncWrite + Unpin + Send + 'static>(
    stream: S,
    app: Router,
    conn: Arc<Conn>,
    table: Arc<Table>,
    client: Client,
) {
    let watched = Watched {
        inner: stream,
        conn: conn.clone(),
    };
    let for_service = conn.clone();
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        let conn = for_service.clone();
        let app = app.clone();
        conn.busy.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut s) = conn.started.lock() {
            *s = None;
        }
        async move {
            let resp = tower::ServiceExt::oneshot(app, req.map(Body::new)).await;
            if let Ok(mut t) = conn.since.lock() {
                *t = Instant::now();
            }
            conn.served.store(true, Ordering::SeqCst);
            conn.busy.fetch_sub(1, Ordering::SeqCst);
            resp
        }
    });
    let served = hyper::server::conn::http1::Builder::new()
        // The time limits are the watch below: hyper's own header
        // timeout answers a quiet kept-alive connection with a 408 that a
        // browser may read as the answer to its next request.
        .timer(TokioTimer::new())
        .header_read_timeout(None)
        .keep_alive(true)
        .serve_connection(TokioIo::new(watched), service);
    tokio::pin!(served);
    loop {
        tokio::select! {
            _ = served.as_mut() => break,
            _ = conn.close.notified() => break,
            _ = tokio::time::sleep(Duration::from_millis(250)) => {
                if conn.expired() {
                    break;
                }
            }
        }
    }
    table.remove(client, conn.id);
}

/// Who owns the clients' ends of the connections to the server, read
/// from the system's tables once for many connections accepted at once
/// (a thousand waiting cost one reading, not a thousand).
#[derive(Default)]
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
struct Owners {
    /// The client's port → its user, as last read.
    by_port: HashMap<u16, u32>,
    read: Option<Instant>,
}

impl Owners {
    /// The local user a connection to `port` from `peer` is from (Linux:
    /// the owner of the peer's socket in /proc/net/tcp), else its address.
    fn client_of(&mut self, peer: SocketAddr, port: u16) -> Client {
        #[cfg(target_os = "linux")]
        if peer.ip().is_loopback() {
            let fresh = self
                .read
                .is_some_and(|t| t.elapsed() < Duration::from_millis(500));
            if !(fresh && self.by_port.contains_key(&peer.port())) {
                self.by_port.clear();
                for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
                    if let Ok(text) = std::fs::read_to_string(table) {
                        self.by_port.extend(owners(&text, port));
                    }
                }
                self.read = Some(Instant::now());
            }
            if let Some(uid) = self.by_port.get(&peer.port()) {
                return Client::User(*uid);
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = port;
        Client::Addr(peer.ip())
    }
}

/// In a /proc/net/tcp table, the clients' ends of connections to `to`:
/// their local ports and owners.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn owners(table: &str, to: u16) -> impl Iterator<Item = (u16, u32)> + '_ {
    let port_of = |addr: &str| {
        addr.rsplit_once(':')
            .and_then(|(_, p)| u16::from_str_radix(p, 16).ok())
    };
    table.lines().skip(1).filter_map(move |line| {
        let mut cols = line.split_whitespace();
        let local = port_of(cols.nth(1)?)?;
        let remote = port_of(cols.next()?)?;
        let uid = cols.nth(4)?.parse().ok()?;
        (remote == to).then_some((local, uid))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_owner_of_the_clients_end() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n\
   0: 0100007F:4E20 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1 0000000000000000 100 0 0 10 0\n\
   1: 0100007F:D431 0100007F:4E20 01 00000000:00000000 00:00000000 00000000  1001        0 2 1 0000000000000000 20 4 30 10 -1\n\
   2: 0100007F:4E20 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1000        0 3 1 0000000000000000 20 4 30 10 -1\n";
        let found: HashMap<u16, u32> = owners(table, 0x4E20).collect();
        assert_eq!(found.get(&0xD431), Some(&1001));
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
