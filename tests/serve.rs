//! `marke serve`, the real binary on a free port: it shows the site, rebuilds once per real
//! change and never while idle, keeps the last good site when the content breaks, answers
//! only GET and HEAD, and leaves no temporary folder behind on Ctrl-C or SIGTERM.

// Tests may unwrap: a panic is the failure message (Cargo.toml [lints]).
#![allow(clippy::unwrap_used)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A running `marke serve` on a copy of `tests/fixtures/site`, with a temporary folder of
/// its own (`TMPDIR`) to see what it leaves behind. Killed when the test ends.
struct Server {
    child: std::process::Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Server {
    fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let fixture = manifest().join("tests/fixtures/site");
        for entry in walkdir::WalkDir::new(&fixture) {
            let entry = entry.unwrap();
            let to = dir
                .path()
                .join("content")
                .join(entry.path().strip_prefix(&fixture).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(to).unwrap();
            } else {
                std::fs::copy(entry.path(), to).unwrap();
            }
        }
        std::fs::create_dir_all(dir.path().join("tmp")).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_marke"))
            .args(["--content", "content", "serve", "--port", &port.to_string()])
            .current_dir(dir.path())
            .env("TMPDIR", dir.path().join("tmp"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let server = Self { child, port, dir };
        wait_for(
            || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok(),
            "server start",
        );
        server
    }

    fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    /// What the server's temporary folder holds.
    fn temp_files(&self) -> Vec<String> {
        std::fs::read_dir(self.dir.path().join("tmp"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    }

    /// The live-reload counter: it goes up with each rebuild, and every open tab reloads.
    fn version(&self) -> String {
        get(self.port, "/__marke/versie").1
    }

    /// Sends `signal` (`INT`, `TERM`) and waits up to 10 seconds for the exit code.
    fn stop(&mut self, signal: &str) -> Option<i32> {
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status()
                .unwrap()
                .success()
        );
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("marke serve stopte niet na SIG{signal}");
    }
}

impl Drop for Server {
    /// SIGTERM first, as a person's Ctrl+C would, so marke serve removes its temporary
    /// folders (the site, the search index's pages in /dev/shm); SIGKILL only after 10 s.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let pid = self.child.id().to_string();
            let _ = Command::new("kill").args(["-TERM", &pid]).status();
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(10) {
                if !matches!(self.child.try_wait(), Ok(None)) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP request; returns the status line, the headers and the body.
fn request(port: u16, method: &str, path: &str) -> (String, String, String) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let (status, headers) = head.split_once("\r\n").unwrap_or((head, ""));
    (status.to_owned(), headers.to_owned(), body.to_owned())
}

fn get(port: u16, path: &str) -> (String, String) {
    let (status, _, body) = request(port, "GET", path);
    (status, body)
}

fn wait_for(mut ok: impl FnMut() -> bool, what: &str) {
    for _ in 0..300 {
        if ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("wachten duurde te lang: {what}");
}

#[test]
fn serve_shows_the_site_rebuilds_on_change_and_keeps_the_last_good_site() {
    let server = Server::start();
    let (port, content) = (server.port, server.content());
    let (status, home) = get(port, "/");
    assert!(status.contains("200"), "{status}");
    assert!(home.contains("<h2 id=\"droom\">De Drentse Droom</h2>"));
    assert!(
        get(port, "/opgaven/netwerkaanpak/")
            .1
            .contains("<h1>1.1 Netwerkaanpak</h1>")
    );
    let (status, body) = get(port, "/../../../../etc/passwd");
    assert!(!body.contains("root:"), "{status}");
    let (status, body) = get(port, "/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
    assert!(
        status.contains("404") && !body.contains("root:"),
        "{status}"
    );

    // A change is picked up: the page shows the new title.
    let droom = content.join("droom/drentse-droom.md");
    let text = std::fs::read_to_string(&droom).unwrap();
    std::fs::write(
        &droom,
        text.replace("titel: De Drentse Droom", "titel: De Nieuwe Droom"),
    )
    .unwrap();
    wait_for(
        || get(port, "/").1.contains(">De Nieuwe Droom</h2>"),
        "herbouw na wijziging",
    );

    // Invalid content: the last good site stays, with the errors on top of the page.
    std::fs::write(content.join("doelen/kapot.yaml"), "- id: kapot\n  type: doel\n  titel: Kapot\n  samenvatting: x\n  opgave: bestaat-niet\n  bron: { document: regioplan }\n").unwrap();
    wait_for(
        || get(port, "/").1.contains("class=\"build-errors\""),
        "foutmelding in de pagina",
    );
    let (_, page) = get(port, "/");
    assert!(
        page.contains(">De Nieuwe Droom</h2>"),
        "de laatste goede site blijft"
    );
    assert!(page.contains("bestaat-niet"), "de fout noemt wat er mis is");
}

#[test]
fn an_idle_server_does_not_rebuild_and_one_edit_rebuilds_once() {
    let server = Server::start();
    let idle = server.version();
    // Every request below opens files, and so would each rebuild: none of that is a change.
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(100));
        assert!(
            get(server.port, "/")
                .1
                .contains("<h2 id=\"droom\">De Drentse Droom</h2>")
        );
    }
    assert_eq!(server.version(), idle, "rebuilt while nothing changed");

    let droom = server.content().join("droom/drentse-droom.md");
    let text = std::fs::read_to_string(&droom).unwrap();
    std::fs::write(&droom, text.replace("De Drentse Droom", "De Nieuwe Droom")).unwrap();
    wait_for(|| server.version() != idle, "herbouw na wijziging");
    let once = server.version();
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(server.version(), once, "more than one rebuild for one edit");
    let n = |v: &str| v.trim().parse::<u64>().unwrap();
    assert_eq!(n(&once), n(&idle) + 1);
}

#[test]
fn only_get_and_head_are_answered() {
    let server = Server::start();
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let (status, headers, _) = request(server.port, method, "/");
        assert!(status.contains("405"), "{method}: {status}");
        assert!(
            headers
                .lines()
                .any(|l| l.eq_ignore_ascii_case("Allow: GET, HEAD")),
            "{method}: {headers}"
        );
    }
    let (status, _, body) = request(server.port, "HEAD", "/");
    assert!(status.contains("200"), "{status}");
    assert!(body.is_empty(), "HEAD has no body");
    assert!(get(server.port, "/").0.contains("200"));
}

#[test]
fn ctrl_c_and_sigterm_remove_the_temporary_folder() {
    for signal in ["INT", "TERM"] {
        let mut server = Server::start();
        assert_eq!(server.temp_files().len(), 1, "the site is built in TMPDIR");
        assert_eq!(server.stop(signal), Some(0), "SIG{signal}");
        assert_eq!(server.temp_files(), Vec::<String>::new(), "SIG{signal}");
    }
}

#[test]
fn an_edit_shows_on_its_page_and_on_the_pages_that_list_it() {
    let server = Server::start();
    let (port, content) = (server.port, server.content());
    let page = "/afspraken/1-1-1-a/";
    assert!(
        get(port, page)
            .1
            .contains("Een Drentse uitleg van community care")
    );
    let file = content.join("afspraken/afspraken.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text
        .replace(
            "titel: Een Drentse uitleg van community care",
            "titel: Een Drentse uitleg van zorg dichtbij",
        )
        .replace(
            "Community care is belangrijk.",
            "Community care is belangrijk. Woordvoorproef staat er nu ook.",
        );
    std::fs::write(&file, edited).unwrap();
    wait_for(
        || {
            get(port, page)
                .1
                .contains("Woordvoorproef staat er nu ook.")
        },
        "de nieuwe tekst op de pagina",
    );
    let (_, body) = get(port, page);
    assert!(
        body.contains("Een Drentse uitleg van zorg dichtbij"),
        "{body}"
    );
    // Every page that shows the afspraak by its title was written again too: the agenda,
    // and the pages of the items that list or link it (its doel, its initiator, the begrip
    // whose page links to it, the aanbeveling, the source).
    for other in [
        "/agenda/",
        "/doelen/1-1-1/",
        "/organisaties/ggd-drenthe/",
        "/begrippen/community-care/",
        "/aanbevelingen/aanbeveling-1/",
        "/bronnen/regioplan/",
    ] {
        let (_, html) = get(port, other);
        assert!(
            html.contains("Een Drentse uitleg van zorg dichtbij"),
            "{other}"
        );
        assert!(
            !html.contains("Een Drentse uitleg van community care"),
            "{other}"
        );
    }

    // An item that is gone loses its page.
    let without: String = std::fs::read_to_string(&file)
        .unwrap()
        .split("\n- id: ")
        .filter(|item| !item.starts_with("1-2-1-b"))
        .collect::<Vec<_>>()
        .join("\n- id: ");
    assert!(get(port, "/afspraken/1-2-1-b/").0.contains("200"));
    std::fs::write(&file, without).unwrap();
    wait_for(
        || get(port, "/afspraken/1-2-1-b/").0.contains("404"),
        "de pagina van een verwijderde afspraak verdwijnt",
    );
}

#[test]
fn an_edit_with_an_error_shows_it_keeps_serving_and_the_fix_clears_it() {
    let server = Server::start();
    let (port, content) = (server.port, server.content());
    let page = "/afspraken/1-1-1-a/";
    let file = content.join("afspraken/afspraken.yaml");
    let good = std::fs::read_to_string(&file).unwrap();
    // A YAML mistake in the middle of an item: the list item cannot be read.
    std::fs::write(
        &file,
        good.replace("  code: \"1.1.1.A\"", "  code: [\"1.1.1.A\""),
    )
    .unwrap();
    wait_for(
        || get(port, page).1.contains("class=\"build-errors\""),
        "de fout bovenaan de pagina",
    );
    let (status, body) = get(port, page);
    assert!(status.contains("200"), "{status}");
    assert!(body.contains("afspraken.yaml"), "the error names the file");
    assert!(
        body.contains("Een Drentse uitleg van community care"),
        "the last good page stays"
    );
    assert!(get(port, "/agenda/").1.contains("class=\"build-errors\""));

    std::fs::write(
        &file,
        good.replace("Community care is belangrijk.", "Hersteld en wel."),
    )
    .unwrap();
    wait_for(
        || {
            let body = get(port, page).1;
            body.contains("Hersteld en wel.") && !body.contains("build-errors")
        },
        "de fout verdwijnt en de nieuwe tekst staat er",
    );
}

#[test]
fn a_tab_waiting_for_a_change_hears_of_it_when_the_rebuild_is_done() {
    let server = Server::start();
    let port = server.port;
    let seen = server.version().trim().to_owned();
    let asked = format!("/__marke/versie?na={seen}");
    // The live-reload script asks "after this version?"; the answer waits for a rebuild.
    let waiting = std::thread::spawn(move || get(port, &asked).1);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!waiting.is_finished(), "answered before anything changed");
    let droom = server.content().join("droom/drentse-droom.md");
    let text = std::fs::read_to_string(&droom).unwrap();
    std::fs::write(&droom, text.replace("De Drentse Droom", "De Nieuwe Droom")).unwrap();
    let answer = waiting.join().unwrap();
    assert_ne!(answer.trim(), seen);
    assert!(get(port, "/").1.contains("De Nieuwe Droom"));
    assert!(
        get(port, "/__marke/reload.js").1.contains("?na="),
        "the script asks the waiting question"
    );
}
