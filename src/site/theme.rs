//! The theme: templates and static files, from the folder `book.toml` names, falling back file
//! by file to the default theme built into the binary.
//!
//! So a theme folder may hold just `templates/item.html` or `static/css/tokens.css`, and
//! everything it does not hold comes from `themes/default`. `marke build` also works without
//! any theme folder on disk.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

macro_rules! embed {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $name)))),*]
    };
}

/// The default theme, as shipped in `themes/default`.
const DEFAULT: &[(&str, &[u8])] = embed!(
    "templates/base.html",
    "templates/macros.html",
    "templates/item.html",
    "templates/list.html",
    "templates/home.html",
    "templates/agenda.html",
    "templates/voortgang.html",
    "templates/glossary.html",
    "templates/search.html",
    "templates/404.html",
    "static/css/tokens.css",
    "static/css/site.css",
    "static/css/print.css",
    "static/js/zoeken.js",
    "static/favicon.svg",
);

/// A theme folder (which may not exist) over the built-in default.
#[derive(Debug, Clone)]
pub struct Theme {
    dir: PathBuf,
}

impl Theme {
    pub fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The text of `templates/<name>`: the theme's own if it has one, else the default.
    pub fn template(&self, name: &str) -> Result<Option<String>> {
        if name.contains("..") || name.starts_with('/') {
            return Ok(None);
        }
        let rel = format!("templates/{name}");
        let path = self.dir.join(&rel);
        if path.is_file() {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("kan sjabloon {} niet lezen", path.display()))?;
            return Ok(Some(text));
        }
        Ok(DEFAULT
            .iter()
            .find(|(n, _)| *n == rel)
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned()))
    }

    /// Every static file (path below `static/`, bytes): the defaults, replaced or extended by
    /// the theme's own `static/` folder.
    pub fn assets(&self) -> Result<Vec<(String, Vec<u8>)>> {
        let mut out: Vec<(String, Vec<u8>)> = DEFAULT
            .iter()
            .filter_map(|(n, b)| {
                n.strip_prefix("static/")
                    .map(|p| (p.to_owned(), b.to_vec()))
            })
            .collect();
        let root = self.dir.join("static");
        if !root.is_dir() {
            return Ok(out);
        }
        for entry in walkdir::WalkDir::new(&root).follow_links(false) {
            let entry = entry.with_context(|| format!("kan {} niet lezen", root.display()))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(&root) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            let bytes = std::fs::read(entry.path())
                .with_context(|| format!("kan {} niet lezen", entry.path().display()))?;
            match out.iter_mut().find(|(n, _)| *n == rel) {
                Some(slot) => slot.1 = bytes,
                None => out.push((rel, bytes)),
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_overrides_one_template_and_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/404.html"), "eigen").unwrap();
        let theme = Theme::new(dir.path());
        assert_eq!(theme.template("404.html").unwrap().unwrap(), "eigen");
        assert!(
            theme
                .template("base.html")
                .unwrap()
                .unwrap()
                .contains("lang=\"nl\"")
        );
        assert!(theme.template("../geheim").unwrap().is_none());
    }
}
