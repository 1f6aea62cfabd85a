//! `marke serve`: a tiny web server for the built site on the own computer, with live reload.
//!
//! It only serves files inside the site folder (no `..`, no symlinks out), answers only GET
//! and HEAD, listens on 127.0.0.1 unless told otherwise, rebuilds only when a file really
//! changed, and, when a rebuild fails, keeps serving the last good site with the errors
//! shown at the top of every page.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use tiny_http::{Header, Method, Request, Response, Server};

use super::markdown::escape;

/// Shared between the server and the rebuild loop.
#[derive(Debug, Default)]
pub struct Status {
    version: AtomicU64,
    error: Mutex<Option<String>>,
    /// Wakes the browsers waiting in [`Status::wait_for_change`].
    changed: Condvar,
}

/// How long a browser's question "has the site changed?" is held open before the answer
/// "no": short enough for proxies and browsers to keep the connection, long enough that an
/// idle tab asks about twice a minute.
const LONG_POLL: Duration = Duration::from_secs(25);

impl Status {
    /// A rebuild succeeded: clear the errors and tell the browsers to reload.
    pub fn built(&self) {
        self.set(None);
    }

    /// A rebuild failed: keep the site, show these errors on every page.
    pub fn failed(&self, message: String) {
        self.set(Some(message));
    }

    fn set(&self, message: Option<String>) {
        if let Ok(mut e) = self.error.lock() {
            *e = message;
            self.version.fetch_add(1, Ordering::SeqCst);
        }
        self.changed.notify_all();
    }

    pub fn version(&self) -> u64 {
        self.version.load(Ordering::SeqCst)
    }

    /// The version, once it differs from `seen` or after `timeout`: the live-reload script
    /// asks this, so a tab reloads as soon as a rebuild is done instead of at its next poll.
    pub fn wait_for_change(&self, seen: u64, timeout: Duration) -> u64 {
        let Ok(guard) = self.error.lock() else {
            return self.version();
        };
        let _ = self
            .changed
            .wait_timeout_while(guard, timeout, |_| self.version() == seen);
        self.version()
    }

    pub fn error(&self) -> Option<String> {
        self.error.lock().ok().and_then(|e| e.clone())
    }
}

/// Maps a request path to a file inside `root`, or `None` if it would leave it.
pub fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path)?;
    let mut out = root.to_path_buf();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            ".." => return None,
            s if s.contains('\\') || s.contains('\0') || s.contains(':') => return None,
            s => out.push(s),
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    let real = out.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    real.starts_with(&root).then_some(real)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

/// Asks for the version, then keeps asking "after this version?", which the server answers
/// as soon as a rebuild is done ([`Status::wait_for_change`]); after an error (the server
/// stopped) it tries again a second later.
const RELOAD_JS: &str = "(function(){var v=null;function ask(){fetch('/__marke/versie'+(v===null?'':'?na='+v)).then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload();return}v=t;ask()}).catch(function(){setTimeout(ask,1000)})}ask()})();";

fn header(name: &'static str, value: &'static str) -> Header {
    // Both parts are ASCII constants of this file, so this cannot fail.
    #[allow(clippy::expect_used)]
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("ASCII-kop")
}

/// Answers one request. Only GET and HEAD: a site of static files has nothing to post to,
/// and answering everything like GET hides mistakes.
pub fn respond(root: &Path, status: &Status, request: Request) -> std::io::Result<()> {
    if !matches!(request.method(), Method::Get | Method::Head) {
        return request.respond(
            Response::from_string("Alleen GET en HEAD.\n")
                .with_status_code(405)
                .with_header(header("Allow", "GET, HEAD")),
        );
    }
    let url = request.url().to_owned();
    if let Some(query) = url.strip_prefix("/__marke/versie") {
        let v = match query.strip_prefix("?na=").map(str::parse::<u64>) {
            Some(Ok(seen)) => status.wait_for_change(seen, LONG_POLL),
            _ => status.version(),
        };
        return request.respond(
            Response::from_string(v.to_string())
                .with_header(header("Content-Type", "text/plain"))
                .with_header(header("Cache-Control", "no-store")),
        );
    }
    if url == "/__marke/reload.js" {
        return request.respond(
            Response::from_string(RELOAD_JS).with_header(header("Content-Type", "text/javascript")),
        );
    }
    let (file, code) = match resolve(root, &url) {
        Some(f) if f.is_file() => (f, 200),
        _ => (root.join("404.html"), 404),
    };
    let Ok(mut bytes) = std::fs::read(&file) else {
        let page = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Niet gevonden</title>\
                    <script src=\"/__marke/reload.js\"></script></head><body><h1>Niet gevonden</h1></body></html>";
        let page = match status.error() {
            Some(err) => inject_error(page, &err),
            None => page.to_owned(),
        };
        return request.respond(
            Response::from_string(page)
                .with_status_code(404)
                .with_header(header("Content-Type", "text/html; charset=utf-8")),
        );
    };
    let ct = content_type(&file);
    if ct.starts_with("text/html")
        && let Some(err) = status.error()
    {
        bytes = inject_error(&String::from_utf8_lossy(&bytes), &err).into_bytes();
    }
    request.respond(
        Response::from_data(bytes)
            .with_status_code(code)
            .with_header(header("Content-Type", ct))
            .with_header(header("Cache-Control", "no-store")),
    )
}

/// Puts the build errors at the top of a page.
pub fn inject_error(html: &str, error: &str) -> String {
    let banner = format!(
        "<div class=\"build-errors\" role=\"alert\"><strong>De inhoud heeft fouten; u ziet de laatste goede versie.</strong>\n{}</div>",
        escape(error)
    );
    match html.find("<body>") {
        Some(i) => format!("{}{banner}{}", &html[..i + 6], &html[i + 6..]),
        None => format!("{banner}{html}"),
    }
}

/// Starts listening; returns the server so the caller can print the address first.
pub fn listen(bind: &str, port: u16) -> Result<Server> {
    Server::http((bind, port))
        .map_err(|e| anyhow::anyhow!("{e}"))
        .with_context(|| format!("kan niet luisteren op {bind}:{port}"))
}

/// Serves requests until the process ends, one thread per request.
pub fn run(server: Server, root: PathBuf, status: Arc<Status>) {
    let root = Arc::new(root);
    for request in server.incoming_requests() {
        let (root, status) = (Arc::clone(&root), Arc::clone(&status));
        std::thread::spawn(move || {
            let _ = respond(&root, &status, request);
        });
    }
}

/// What wakes the rebuild loop: something happened on disk, or marke should stop.
#[derive(Debug)]
pub enum Wake {
    Disk(notify::Result<notify::Event>),
    Stop,
}

/// How long the disk must be quiet after a change before the rebuild: saving a file is
/// several events (truncate, write, rename), and one rebuild is enough for all of them.
const QUIET: Duration = Duration::from_millis(100);

/// How long to wait after a change that is complete ([`is_finished`]), for the other files
/// of the same save (a `git checkout`, an editor's backup file). Waiting the whole [`QUIET`]
/// then would only delay the page.
const AFTER_CLOSE: Duration = Duration::from_millis(10);

/// Calls `on_change` after real changes under `paths` (debounced), until a [`Wake::Stop`]
/// arrives on `wake` (the caller keeps a sender for its signal handler).
pub fn watch(
    paths: &[PathBuf],
    (tx, rx): (Sender<Wake>, Receiver<Wake>),
    mut on_change: impl FnMut(),
) -> Result<()> {
    use notify::Watcher;
    let mut watcher = notify::recommended_watcher(move |ev| {
        let _ = tx.send(Wake::Disk(ev));
    })
    .context("kan wijzigingen niet volgen")?;
    for p in paths.iter().filter(|p| p.exists()) {
        watcher
            .watch(p, notify::RecursiveMode::Recursive)
            .with_context(|| format!("kan {} niet volgen", p.display()))?;
    }
    loop {
        let first = match rx.recv() {
            Ok(Wake::Disk(Ok(ev))) if is_real_change(&ev.kind) || is_finished(ev.kind) => ev,
            Ok(Wake::Disk(_)) => continue,
            Ok(Wake::Stop) | Err(_) => return Ok(()),
        };
        if !settle(&rx, is_finished(first.kind)) {
            return Ok(());
        }
        on_change();
    }
}

/// Waits until the disk has been quiet for [`QUIET`], or for [`AFTER_CLOSE`] after the last
/// change was complete; events that change nothing (opens, reads) do not
/// count as noise. `false` when marke should stop.
fn settle(rx: &Receiver<Wake>, closed: bool) -> bool {
    let wait = |closed: bool| if closed { AFTER_CLOSE } else { QUIET };
    let mut deadline = Instant::now() + wait(closed);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(Wake::Disk(Ok(ev))) if is_finished(ev.kind) => {
                deadline = Instant::now() + AFTER_CLOSE;
            }
            Ok(Wake::Disk(Ok(ev))) if is_real_change(&ev.kind) => {
                deadline = Instant::now() + QUIET;
            }
            Ok(Wake::Disk(_)) => {}
            Ok(Wake::Stop) | Err(RecvTimeoutError::Disconnected) => return false,
            Err(RecvTimeoutError::Timeout) => return true,
        }
    }
}

/// A change that is complete when it is reported: a file closed after writing (the writer
/// is done with it), renamed (how editors save through a temporary file) or removed.
fn is_finished(kind: notify::EventKind) -> bool {
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode, ModifyKind};
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(_))
            | EventKind::Remove(_)
    )
}

/// Whether an event changes what a build reads: a file or folder created, written,
/// removed, renamed or with other permissions. Opening and reading a file (which every
/// rebuild does to every file) changes nothing; reacting to it rebuilt forever.
pub fn is_real_change(kind: &notify::EventKind) -> bool {
    use notify::EventKind;
    use notify::event::{MetadataKind, ModifyKind};
    match kind {
        EventKind::Access(_)
        | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        // Unknown kinds include "rescan" after missed events: better one build too many.
        EventKind::Create(_)
        | EventKind::Modify(_)
        | EventKind::Remove(_)
        | EventKind::Any
        | EventKind::Other => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_serves_outside_the_site_folder() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("opgaven/x")).unwrap();
        std::fs::write(site.join("opgaven/x/index.html"), "ok").unwrap();
        std::fs::write(dir.path().join("geheim.txt"), "nee").unwrap();
        assert!(resolve(&site, "/opgaven/x/").is_some());
        assert!(resolve(&site, "/opgaven/x/?q=1").is_some());
        for bad in [
            "/../geheim.txt",
            "/%2e%2e/geheim.txt",
            "/opgaven/../../geheim.txt",
            "/..%2fgeheim.txt",
            "/%2E%2E%5Cgeheim.txt",
        ] {
            assert_eq!(resolve(&site, bad), None, "{bad}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("geheim.txt"), site.join("link.txt"))
                .unwrap();
            assert_eq!(resolve(&site, "/link.txt"), None);
        }
    }

    #[test]
    fn opening_or_reading_a_file_is_no_change() {
        use notify::EventKind;
        use notify::event::{
            AccessKind, AccessMode, CreateKind, DataChange, MetadataKind, ModifyKind, RemoveKind,
            RenameMode,
        };
        for quiet in [
            EventKind::Access(AccessKind::Open(AccessMode::Any)),
            EventKind::Access(AccessKind::Read),
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)),
        ] {
            assert!(!is_real_change(&quiet), "{quiet:?}");
        }
        for real in [
            EventKind::Create(CreateKind::File),
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Permissions)),
            EventKind::Remove(RemoveKind::File),
        ] {
            assert!(is_real_change(&real), "{real:?}");
        }
    }

    #[test]
    fn errors_are_shown_escaped_at_the_top_of_the_page() {
        let html = inject_error("<html><body><h1>x</h1></body></html>", "fout in <a>.md");
        assert!(html.contains("<body><div class=\"build-errors\" role=\"alert\">"));
        assert!(html.contains("fout in &lt;a&gt;.md"));
    }
}
