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

/// Writes the files into a fresh folder next to `out`, then swaps it in.
pub fn swap_in(site: &Output, out: &Path) -> Result<()> {
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
    for (rel, bytes) in &site.files {
        let path = tmp.path().join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("kan map {} niet maken", dir.display()))?;
        }
        std::fs::write(&path, bytes)
            .with_context(|| format!("kan {} niet schrijven", path.display()))?;
    }
    let tmp = tmp.keep();
    let old = parent.join(format!(".{name}.oud"));
    if old.exists() {
        std::fs::remove_dir_all(&old)
            .with_context(|| format!("kan {} niet opruimen", old.display()))?;
    }
    if out.exists() {
        std::fs::rename(out, &old).with_context(|| {
            format!("kan de vorige website {} niet opzij zetten", out.display())
        })?;
    }
    if let Err(e) = std::fs::rename(&tmp, out) {
        let _ = std::fs::rename(&old, out);
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e)
            .with_context(|| format!("kan de nieuwe website niet op {} zetten", out.display()));
    }
    if old.exists() {
        std::fs::remove_dir_all(&old)
            .with_context(|| format!("kan {} niet opruimen", old.display()))?;
    }
    Ok(())
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
