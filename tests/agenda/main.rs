//! The living agenda (issue 16) end to end: `marke status` writes only what it should and
//! refuses what it should, the checks of `voortgang`, and what `show`, `search`,
//! `voortgang` and `export` make of it. Today is fixed with `MARKE_VANDAAG`.

mod checks;
mod exports;
mod status;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The day the tests pretend it is.
pub const TODAY: &str = "2026-12-01";

/// A small content folder with an opgave, a doel and two afspraken in one YAML list, written
/// the way people write: comments, quotes of both kinds, a folded summary, a body that says
/// "status:", and one afspraak that already has a history.
pub struct Content {
    pub dir: tempfile::TempDir,
}

pub const AFSPRAKEN: &str = "\
# Afspraken bij doel 2.1.1. Deze opmerking blijft staan.
- id: 2-1-1-a
  type: afspraak
  titel: \"Een Drentse uitleg\"   # titel zoals in de bron
  samenvatting: >-
    Een samenvatting die over twee
    regels loopt.
  code: \"2.1.1.A\"
  soort: operationeel
  doel: 1-1-1
  gepland: '2024'
  status: onbekend
  tekst: |
    Een tekst met status: lopend erin, die niet verandert.

# De tweede afspraak.
- id: 2-1-1-b
  type: afspraak
  titel: Tweede afspraak
  samenvatting: Nog een.
  code: \"2.1.1.B\"
  soort: operationeel
  doel: 1-1-1
  gepland: \"2027-Q2\"
  status: gepland # sinds de start
  voortgang:
    - { datum: \"2026-01-15\", status: gepland, toelichting: \"Plan klaar\" }
";

impl Content {
    pub fn fixture() -> Self {
        let c = Content {
            dir: tempfile::tempdir().expect("tempdir"),
        };
        c.write(
            "droom.md",
            "---\nid: drentse-droom\ntype: droom\ntitel: De Drentse Droom\nsamenvatting: Gezond leven.\n---\nTekst.\n",
        );
        c.write(
            "opgaven/netwerkaanpak.md",
            "---\nid: netwerkaanpak\ntype: opgave\ntitel: Netwerkaanpak\nsamenvatting: Samen werken.\ncode: \"1.1\"\n---\nTekst.\n",
        );
        c.write(
            "doelen/1-1-1.yaml",
            "- id: 1-1-1\n  type: doel\n  titel: Samen zorgen\n  samenvatting: Een doel.\n  code: \"1.1.1\"\n  alias_code: \"2.1.1\"\n  opgave: netwerkaanpak\n",
        );
        c.write("afspraken/2-1-1.yaml", AFSPRAKEN);
        c
    }

    pub fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.content().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).expect("read")
    }

    /// Runs `marke --content <content> ARGS` on [`TODAY`].
    pub fn run(&self, args: &[&str]) -> Output {
        marke(self.dir.path(), &self.content(), args)
    }
}

pub fn marke(cwd: &Path, content: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_marke"))
        .current_dir(cwd)
        .arg("--content")
        .arg(content)
        .args(args)
        .env("NO_COLOR", "1")
        .env("MARKE_VANDAAG", TODAY)
        .output()
        .expect("run marke");
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    out
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file under `dir` with its bytes, to prove nothing else changed.
pub fn snapshot_tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<(PathBuf, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().to_path_buf(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    out.sort();
    out
}
