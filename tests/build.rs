//! `marke build` never deletes what it did not make (issue 13): the real binary, pointed at
//! the content, the repository, a file, a folder of someone else, and a `book.toml` from a
//! stranger. Each is refused with exit code 2, a Dutch reason and a tip, and nothing on disk
//! changes. What marke made itself it replaces, and it cleans up after killed builds.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{Fixture, stderr};

/// Every path under `dir` with its bytes (empty for folders): to see that nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all: Vec<(PathBuf, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| {
            let e = e.unwrap();
            let bytes = if e.file_type().is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                Vec::new()
            };
            (e.path().to_path_buf(), bytes)
        })
        .collect();
    all.sort();
    all
}

fn build(f: &Fixture, out: Option<&str>) -> Output {
    let mut args = vec!["build", "--zonder-zoekindex"];
    if let Some(out) = out {
        args.extend(["--out", out]);
    }
    f.run(&args)
}

/// A fixture that looks like a project: content, a `.git`, a theme and `book.toml`.
fn project() -> Fixture {
    let f = Fixture::new();
    let root = f.dir.path();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    std::fs::write(root.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::create_dir_all(root.join("themes/eigen/templates")).unwrap();
    std::fs::write(root.join("themes/eigen/templates/x.html"), "x").unwrap();
    std::fs::write(
        root.join("book.toml"),
        "[marke]\ncontent = 'content'\ntheme = 'themes/eigen'\n",
    )
    .unwrap();
    f
}

fn assert_refused(o: &Output, why: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("marke bouwt de website niet in"), "{err}");
    assert!(err.contains(why), "expected {why:?}:\n{err}");
    assert!(err.contains("= tip: "), "{err}");
}

#[test]
fn the_content_the_repository_and_their_parents_are_refused_and_untouched() {
    let f = project();
    let root = f.dir.path();
    let before = snapshot(root);
    let abs = root.display().to_string();
    for (out, why) in [
        ("content", "dat is de inhoudsmap"),
        ("content/../content", "dat is de inhoudsmap"),
        ("content/site", "ligt in de inhoudsmap"),
        ("themes/eigen", "dat is het thema"),
        ("themes", "daarin staat het thema"),
        (".git", "git-repository"),
        (".", "dat is de huidige map"),
        (abs.as_str(), "dat is de huidige map"),
        ("..", "daarin staat de inhoudsmap"),
        ("/", "daarin staat de inhoudsmap"),
        ("book.toml", "dat is book.toml"),
    ] {
        assert_refused(&build(&f, Some(out)), why);
        assert_eq!(snapshot(root), before, "--out {out} changed something");
    }
}

#[test]
fn a_file_or_a_folder_with_other_files_is_refused_an_empty_or_own_folder_replaced() {
    let f = Fixture::new();
    let root = f.dir.path();
    std::fs::write(root.join("notities.txt"), "belangrijk").unwrap();
    std::fs::create_dir_all(root.join("foto's")).unwrap();
    std::fs::write(root.join("foto's/vakantie.jpg"), "jpg").unwrap();
    std::fs::create_dir_all(root.join("leeg")).unwrap();
    let before = snapshot(root);

    assert_refused(&build(&f, Some("notities.txt")), "bestand");
    let o = build(&f, Some("foto's"));
    assert_refused(&o, "vakantie.jpg");
    assert!(stderr(&o).contains(".marke-build"), "{}", stderr(&o));
    assert_eq!(snapshot(root), before);

    for out in ["leeg", "nieuw/site", "leeg"] {
        let o = build(&f, Some(out));
        assert_eq!(o.status.code(), Some(0), "{out}: {}", stderr(&o));
        assert!(root.join(out).join("index.html").is_file(), "{out}");
        assert!(root.join(out).join(".marke-build").is_file(), "{out}");
    }
    // Nothing was left next to the outputs, and the other files are as they were.
    let mut names: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["content", "foto's", "leeg", "nieuw", "notities.txt"]
    );
    assert_eq!(
        std::fs::read_to_string(root.join("notities.txt")).unwrap(),
        "belangrijk"
    );
}

#[test]
fn build_dir_from_book_toml_must_stay_inside_the_project() {
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("scriptie.docx"), "hoofdstuk 1").unwrap();
    let f = project();
    let root = f.dir.path();
    let config = "[marke]\ncontent = 'content'\ntheme = 'themes/eigen'\n[build]\n";
    let buren = root.join("../buren-van-marke");
    #[cfg(unix)]
    std::os::unix::fs::symlink(elsewhere.path(), root.join("link")).unwrap();
    for build_dir in [
        elsewhere.path().display().to_string(),
        "../buren-van-marke".to_owned(),
        "uit/../../buren-van-marke".to_owned(),
        "link/site".to_owned(),
    ] {
        std::fs::write(
            root.join("book.toml"),
            format!("{config}build-dir = '{build_dir}'\n"),
        )
        .unwrap();
        let before = (snapshot(root), snapshot(elsewhere.path()));
        assert_refused(&build(&f, None), "build-dir in book.toml");
        assert_eq!((snapshot(root), snapshot(elsewhere.path())), before);
        assert!(!buren.exists());
    }
    // The same folder named on the command line is the user's own choice.
    let out = elsewhere.path().join("site");
    let o = build(&f, Some(out.to_str().unwrap()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(out.join("index.html").is_file());
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_is_refused() {
    let elsewhere = tempfile::tempdir().unwrap();
    let f = Fixture::new();
    std::os::unix::fs::symlink(elsewhere.path(), f.dir.path().join("book")).unwrap();
    assert_refused(&build(&f, Some("book")), "symbolische link");
    assert!(f.dir.path().join("book").is_symlink());
}

#[test]
fn leftovers_of_a_killed_build_are_cleaned_and_a_strangers_oud_folder_is_kept() {
    let f = Fixture::new();
    let root = f.dir.path();
    assert!(build(&f, Some("book")).status.success());
    // A build killed with -9 leaves its staging folder, marked by a process that is gone.
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    let pid = gone.id();
    gone.wait().unwrap();
    let leftover = root.join(".book.nieuw-Ab12Cd");
    std::fs::create_dir_all(leftover.join("opgaven")).unwrap();
    std::fs::write(
        leftover.join(".marke-build"),
        format!("marke build\nproces {pid}\n"),
    )
    .unwrap();
    // Someone else's folders with marke's names, but without the marker.
    for name in [".book.oud", ".book.nieuw-van-iemand"] {
        std::fs::create_dir_all(root.join(name)).unwrap();
        std::fs::write(root.join(name).join("bewaren.txt"), "mijn werk").unwrap();
    }
    let o = build(&f, Some("book"));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!leftover.exists(), "the leftover stays");
    for name in [".book.oud", ".book.nieuw-van-iemand"] {
        assert_eq!(
            std::fs::read_to_string(root.join(name).join("bewaren.txt")).unwrap(),
            "mijn werk"
        );
    }
}
