//! Writing the served site's folder: only changed files, each through a rename, and only
//! while the folder holds marke's marker ([`target::MARKER`]).

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::site::output::Output;
use crate::site::target;

/// Writes the files of `new` whose bytes differ from `old` into `out` and removes those
/// `new` no longer has; returns how many of each.
pub(super) fn write_changed(out: &Path, old: &Output, new: &Output) -> Result<(usize, usize)> {
    own_folder(out)?;
    let mut written = 0;
    for (path, bytes) in &new.files {
        if old.files.get(path) != Some(bytes) {
            replace(&out.join(path), bytes)?;
            written += 1;
        }
    }
    let mut removed = 0;
    for path in old.files.keys().filter(|p| !new.files.contains_key(*p)) {
        remove(out, path)?;
        removed += 1;
    }
    Ok((written, removed))
}

/// Refuses to write into a folder that lost marke's marker: then it is not ours any more.
pub(super) fn own_folder(out: &Path) -> Result<()> {
    if !target::is_marked(out) {
        bail!(
            "{} is niet meer de map van marke serve (het bestand {} ontbreekt); marke schrijft er niets in",
            out.display(),
            target::MARKER
        );
    }
    Ok(())
}

/// Writes `path` through a temporary file next to it and a rename, so a reader sees either
/// the old file or the new one, never half of it.
pub(super) fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .context("een bestand van de website zonder map")?;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("kan map {} niet maken", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.marke-nieuw"));
    std::fs::write(&tmp, bytes).with_context(|| format!("kan {} niet schrijven", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("kan {} niet schrijven", path.display()))
}

/// Removes a file the site no longer has, and its folder when that is left empty (the page
/// of a removed item then answers 404).
fn remove(out: &Path, rel: &str) -> Result<()> {
    let path = out.join(rel);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("kan {} niet weghalen", path.display())),
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == out || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> Output {
        let mut o = Output::default();
        for (p, b) in files {
            o.add(*p, *b).unwrap();
        }
        o
    }

    #[test]
    fn only_changed_files_are_written_and_gone_ones_removed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        std::fs::write(out.join(target::MARKER), "marke").unwrap();
        let old = site(&[
            ("a/index.html", "oud"),
            ("b/index.html", "blijft"),
            ("c/index.html", "weg"),
        ]);
        write_changed(out, &Output::default(), &old).unwrap();
        // Another hand's copy of an unchanged file shows that marke leaves it alone.
        std::fs::write(out.join("b/index.html"), "niet aangeraakt").unwrap();
        let new = site(&[("a/index.html", "nieuw"), ("b/index.html", "blijft")]);
        assert_eq!(write_changed(out, &old, &new).unwrap(), (1, 1));
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "nieuw"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("b/index.html")).unwrap(),
            "niet aangeraakt"
        );
        assert!(!out.join("c").exists(), "the empty folder goes too");
        let names: Vec<_> = std::fs::read_dir(out.join("a")).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn a_folder_without_the_marker_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let new = site(&[("index.html", "x")]);
        let err = write_changed(dir.path(), &Output::default(), &new).unwrap_err();
        assert!(format!("{err:#}").contains(target::MARKER));
        assert!(!dir.path().join("index.html").exists());
    }
}
