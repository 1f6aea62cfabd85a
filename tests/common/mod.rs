//! Helpers shared by the integration tests: a content folder in a temp dir, and running the
//! real binary on it.

#![allow(dead_code)]

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
    marke::model::Model::load(dir)
        .valid()
        .unwrap_or_else(|report| {
            panic!(
                "{} has errors:\n{}",
                dir.display(),
                report.render(marke::diag::Format::Human, false)
            )
        })
}

/// The repository's own content folder.
pub fn repo_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}
