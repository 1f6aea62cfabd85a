//! The built site in memory, before it reaches the disk (see `staging`). A path that would
//! leave the output folder is refused here, so no page can be written outside it.

use std::collections::BTreeMap;
use std::path::{Component, Path};

use anyhow::{Result, bail};

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
