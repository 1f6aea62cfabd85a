//! Helpers shared by the integration tests: a content folder in a temp dir, and running the
//! real binary on it.

#![allow(dead_code)]

pub mod tui;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary content folder with a minimal valid item, so each test adds only its problem.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let f = Self { dir };
        f.write(
            "droom.md",
            "---\nid: drentse-droom\ntype: droom\ntitel: De Drentse Droom\nsamenvatting: Gezond leven in Drenthe.\n---\nTekst.\n",
        );
        f
    }

    pub fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        self.write_bytes(rel, text.as_bytes())
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let path = self.content().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, bytes).expect("write");
        path
    }

    /// Runs `marke --content <content> ARGS` in the fixture folder.
    pub fn run(&self, args: &[&str]) -> Output {
        run_in(self.dir.path(), &self.content(), args)
    }
}

pub fn run_in(cwd: &Path, content: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marke"))
        .current_dir(cwd)
        .arg("--content")
        .arg(content)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run marke")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The model of a content folder that must load without errors; the errors fail the test.
pub fn valid_model(dir: &Path) -> marke::model::Model {
    marke::model::Model::load(dir, marke::model::Date::today())
        .valid()
        .unwrap_or_else(|report| {
            panic!(
                "{} has errors:\n{}",
                dir.display(),
                report.render(marke::diag::Format::Human, false)
            )
        })
}

/// The day the site tests pretend it is, so what is "verlopen" does not move with the clock.
pub const SITE_TODAY: &str = "2026-12-01";

/// Options for a test build of the site into `out`, with the default theme, a site address
/// and an edit link, as of [`SITE_TODAY`].
pub fn site_options(out: &Path, search: bool) -> marke::site::Options {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    marke::site::Options {
        out: out.to_path_buf(),
        theme: marke::site::Theme::new(&manifest.join("themes/default")),
        title: "Gezonde Marke".into(),
        description: "Test".into(),
        site_url: Some("https://voorbeeld.nl/marke/".into()),
        edit_url_template: Some("https://git.example/edit/content/{path}".into()),
        live_reload: false,
        search,
        today: marke::model::Date::parse(SITE_TODAY).expect("datum"),
    }
}

/// The repository's own content folder.
pub fn repo_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// A program an end-to-end test needs: the names it goes by, and how to install it.
pub struct Tool {
    pub names: &'static [&'static str],
    pub install: &'static str,
}

pub const TMUX: Tool = Tool {
    names: &["tmux"],
    install: "sudo apt-get install tmux",
};
pub const NODE: Tool = Tool {
    names: &["node"],
    install: "sudo apt-get install nodejs npm",
};
pub const NPM: Tool = Tool {
    names: &["npm"],
    install: "sudo apt-get install nodejs npm",
};
pub const CHROMIUM: Tool = Tool {
    names: &["chromium", "chromium-browser"],
    install: "sudo apt-get install chromium",
};

/// The tools' paths, in order, when all of them are on `PATH`. When one is missing the test
/// cannot run: it is skipped (see [`e2e_missing`]) and this returns `None`, so the test
/// returns early and passes, unless `MARKE_E2E=verplicht`, where it fails.
pub fn e2e_tools(tools: &[Tool]) -> Option<Vec<PathBuf>> {
    let mut found = Vec::new();
    for tool in tools {
        match tool.names.iter().find_map(|n| on_path(n)) {
            Some(path) => found.push(path),
            None => {
                e2e_missing(tool.names[0], tool.install);
                return None;
            }
        }
    }
    Some(found)
}

/// Reports that `what`, needed by the running test, is missing. Prints
/// `overgeslagen: <test> (installeer met …)` past the test harness' capture, so a machine
/// with only Rust passes `cargo test` and says what it skipped; with `MARKE_E2E=verplicht`
/// (as `.ci/run` sets) it fails the test instead, so CI never passes by skipping.
pub fn e2e_missing(what: &str, install: &str) {
    use std::io::Write;
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("?");
    if std::env::var("MARKE_E2E").is_ok_and(|v| v == "verplicht") {
        panic!("{what} ontbreekt voor {test}, en MARKE_E2E=verplicht; installeer met {install}");
    }
    // One write, so the line stays whole between the harness' own lines.
    let line = format!("overgeslagen: {test} (installeer met {install}; {what} ontbreekt)\n");
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// Where `program` is on `PATH`, if it is there and can be run.
pub fn on_path(program: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| {
            p.metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}
