//! Inputs the fuzzers (`fuzz/`) made marke fail on, replayed in the normal `cargo test`.
//!
//! Each file in `tests/fuzz/<target>/` is a minimised input (`cargo fuzz tmin`) that once
//! panicked, hung or broke an invariant. It runs through the same code as the fuzz target
//! (`fuzz/src/lib.rs`, included below), which asserts what a user would notice: no panic, a
//! diagnostic that points into the file, sentences that keep all text, lines that fit.

mod common;

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::path::{Path, PathBuf};

/// The inputs kept for `target`, with their names for the failure message.
fn inputs(target: &str) -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            Some((p, harness::as_text(&bytes)?.to_owned()))
        })
        .collect();
    out.sort();
    out
}

fn fixture() -> &'static harness::Fixture {
    harness::shared(&common::repo_content())
}

#[test]
fn content_file_inputs() {
    let all = inputs("content_file");
    assert!(!all.is_empty(), "the issue-13 input is kept here");
    for (path, text) in all {
        eprintln!("{}", path.display());
        harness::content_file(&text);
    }
}

#[test]
fn an_indented_list_with_a_wide_character_is_checked_not_a_panic() {
    // Issue 13: `split_items` cut " é" inside the é.
    let reports = harness::content_file("  - id: a\n é\n");
    let yaml = &reports[1];
    assert_eq!(yaml.exit_code(), 1);
    assert!(
        yaml.diagnostics
            .iter()
            .any(|d| d.is_error() && d.file.ends_with("fuzz.yaml") && d.line > 0),
        "{:?}",
        yaml.diagnostics
    );
}

#[test]
fn markdown_inputs() {
    for (path, text) in inputs("markdown") {
        eprintln!("{}", path.display());
        harness::markdown(fixture(), &text);
    }
}

#[test]
fn query_inputs() {
    for (path, text) in inputs("query") {
        eprintln!("{}", path.display());
        harness::query(fixture(), &text);
    }
}

#[test]
fn sentences_inputs() {
    for (path, text) in inputs("sentences") {
        eprintln!("{}", path.display());
        harness::sentences(fixture(), &text);
    }
}
