//! The built site in memory, and how it reaches the disk: into a temporary folder next to
//! the output folder, then swapped in with two renames. A failed build never touches the
//! previous site; a path that would leave the output folder is refused.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Files by their path inside the site (`opgaven/x/index.html`).
#[derive(Debug, Default)]
pub struct Output {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Output {
    pub fn add(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Result<()> {
        let path = path.into();
        check_path(&path)?;
        if self.files.insert(path.clone(), bytes.into()).is_some() {
            bail!("twee pagina's willen hetzelfde bestand schrijven: {path}");
        }
        Ok(())
    }

    /// Moves all files of `other` into this output.
    pub fn merge(&mut self, other: Output) -> Result<()> {
        for (path, bytes) in other.files {
            self.add(path, bytes)?;
        }
        Ok(())
    }

    /// HTML pages only.
    pub fn pages(&self) -> impl Iterator<Item = (&String, &Vec<u8>)> {
        self.files.iter().filter(|(p, _)| p.ends_with(".html"))
    }
}

/// A site path must be relative and stay inside the output folder.
fn check_path(path: &str) -> Result<()> {
    let p = Path::new(path);
    let ok = !path.is_empty()
        && !path.contains('\\')
        && p.components().all(|c| matches!(c, Component::Normal(_)));
    if !ok {
        bail!("'{path}' ligt buiten de map van de website; zo'n bestand schrijft marke niet");
    }
    Ok(())
}

/// A fresh folder next to the output folder that receives the new site; dropping it without
/// [`Staging::swap`] removes it and leaves the old site alone.
pub struct Staging {
    tmp: tempfile::TempDir,
    out: PathBuf,
    parent: PathBuf,
    name: String,
}

impl Staging {
    pub fn new(out: &Path) -> Result<Self> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("kan map {} niet maken", parent.display()))?;
        let name = out
            .file_name()
            .map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}.nieuw-"))
            .tempdir_in(&parent)
            .with_context(|| format!("kan geen tijdelijke map maken in {}", parent.display()))?;
        Ok(Self {
            tmp,
            out: out.to_path_buf(),
            parent,
            name,
        })
    }

    /// Writes files (already checked by [`Output::add`]) on a few threads: the disk, not
    /// the CPU, is what they wait for.
    pub fn write<'f>(&self, files: impl Iterator<Item = (&'f String, &'f Vec<u8>)>) -> Result<()> {
        let files: Vec<(&String, &Vec<u8>)> = files.collect();
        let mut dirs: Vec<PathBuf> = files
            .iter()
            .filter_map(|(rel, _)| self.tmp.path().join(rel).parent().map(Path::to_path_buf))
            .collect();
        dirs.sort();
        dirs.dedup();
        for dir in &dirs {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("kan map {} niet maken", dir.display()))?;
        }
        let chunk = files.len().div_ceil(4).max(1);
        std::thread::scope(|s| {
            let handles: Vec<_> = files
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || -> Result<()> {
                        part.iter()
                            .try_for_each(|(rel, bytes)| self.put(rel, bytes))
                    })
                })
                .collect();
            handles.into_iter().try_for_each(|h| {
                h.join()
                    .unwrap_or_else(|_| bail!("schrijven is vastgelopen"))
            })
        })
    }

    /// Writes one file, or hard-links the previous site's copy when its bytes are the same.
    /// Most files do not change between builds, and on ext4 creating and later deleting
    /// thousands of files (new inodes, freed blocks) took most of a build's time; a link
    /// costs neither. The previous site is only read, so a failed build still leaves it whole.
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.tmp.path().join(rel);
        let old = self.out.join(rel);
        if unchanged(&old, bytes) && std::fs::hard_link(&old, &path).is_ok() {
            return Ok(());
        }
        std::fs::write(&path, bytes)
            .with_context(|| format!("kan {} niet schrijven", path.display()))
    }

    /// Puts the new site in place of the old one with two renames.
    pub fn swap(self) -> Result<()> {
        let Self {
            tmp,
            out,
            parent,
            name,
        } = self;
        let tmp = tmp.keep();
        let old = parent.join(format!(".{name}.oud"));
        if old.exists() {
            std::fs::remove_dir_all(&old)
                .with_context(|| format!("kan {} niet opruimen", old.display()))?;
        }
        if out.exists() {
            std::fs::rename(&out, &old).with_context(|| {
                format!("kan de vorige website {} niet opzij zetten", out.display())
            })?;
        }
        if let Err(e) = std::fs::rename(&tmp, &out) {
            let _ = std::fs::rename(&old, &out);
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e).with_context(|| {
                format!("kan de nieuwe website niet op {} zetten", out.display())
            });
        }
        if old.exists() {
            std::fs::remove_dir_all(&old)
                .with_context(|| format!("kan {} niet opruimen", old.display()))?;
        }
        Ok(())
    }
}

/// Whether `old` is a regular file (not a link) with exactly these bytes.
fn unchanged(old: &Path, bytes: &[u8]) -> bool {
    std::fs::symlink_metadata(old).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(old).is_ok_and(|b| b == bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_site_are_refused() {
        let mut o = Output::default();
        assert!(o.add("../buiten.html", "x").is_err());
        assert!(o.add("/etc/passwd", "x").is_err());
        assert!(o.add("a/../../b", "x").is_err());
        assert!(o.add("opgaven/x/index.html", "x").is_ok());
        assert!(o.add("opgaven/x/index.html", "y").is_err(), "dubbel");
    }
}
