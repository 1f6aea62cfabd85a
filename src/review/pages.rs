//! `marke diff`: which pages of the website a change adds, removes or changes, by comparing
//! two built sites (the base's and the pull request's), so a reviewer opens exactly those.
//!
//! A page counts as changed when its `<main>` differs: the header, navigation and footer are
//! the same template on every page, and a change to them would list every page. Search files,
//! pictures and styles are not pages and are left out.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Serialize;
use walkdir::WalkDir;

use crate::diag::markdown_cell as cell;

/// The pages of two builds, compared; paths as on the website (`afspraken/2-1-1-a/`).
#[derive(Debug, Default, Serialize)]
pub struct PageChanges {
    pub nieuw: Vec<String>,
    pub verwijderd: Vec<String>,
    pub gewijzigd: Vec<String>,
    pub gelijk: usize,
}

impl PageChanges {
    pub fn compare(old: &Path, new: &Path) -> Result<Self> {
        let old = pages(old)?;
        let new = pages(new)?;
        let mut out = Self::default();
        for (path, main) in &new {
            match old.get(path) {
                None => out.nieuw.push(path.clone()),
                Some(before) if before != main => out.gewijzigd.push(path.clone()),
                Some(_) => out.gelijk += 1,
            }
        }
        out.verwijderd = old
            .keys()
            .filter(|p| !new.contains_key(*p))
            .cloned()
            .collect();
        Ok(out)
    }

    pub fn is_empty(&self) -> bool {
        self.nieuw.is_empty() && self.verwijderd.is_empty() && self.gewijzigd.is_empty()
    }

    /// Plain text: one line per page, `+` new, `-` removed, `~` changed.
    pub fn human(&self) -> String {
        let mut out = String::new();
        for (sign, list) in [
            ('+', &self.nieuw),
            ('-', &self.verwijderd),
            ('~', &self.gewijzigd),
        ] {
            for p in list {
                let _ = writeln!(out, "{sign} {}", crate::control_chars::one_line(p));
            }
        }
        let _ = writeln!(out, "{}", self.counts());
        out
    }

    fn counts(&self) -> String {
        format!(
            "{} nieuw, {} verwijderd, {} gewijzigd, {} gelijk.",
            self.nieuw.len(),
            self.verwijderd.len(),
            self.gewijzigd.len(),
            self.gelijk
        )
    }

    /// For the job summary: the lists under headings, each path as code to copy.
    pub fn markdown(&self) -> String {
        let mut out = String::from("## Pagina's die veranderen\n\n");
        if self.is_empty() {
            out.push_str("Geen enkele pagina verandert.\n");
            return out;
        }
        let _ = writeln!(
            out,
            "{} Open ze in de voorbeeldsite (artefact `voorbeeld-website` van deze workflow).\n",
            self.counts()
        );
        for (title, list) in [
            ("Nieuw", &self.nieuw),
            ("Verwijderd", &self.verwijderd),
            ("Gewijzigd", &self.gewijzigd),
        ] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "### {title}\n");
            for p in list {
                let _ = writeln!(out, "- `{}`", cell(p).replace('`', "'"));
            }
            out.push('\n');
        }
        out
    }
}

/// Every HTML page of a built site (not 404, not Pagefind's files), by site path, with the
/// part that says what the page is about.
fn pages(root: &Path) -> Result<BTreeMap<String, String>> {
    if !root.is_dir() {
        bail!("{} is geen map met een gebouwde website", root.display());
    }
    let mut out = BTreeMap::new();
    for entry in WalkDir::new(root).follow_links(false) {
        let entry = entry.with_context(|| format!("kan {} niet lezen", root.display()))?;
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(path);
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel.starts_with("pagefind/") || rel == "404.html" {
            continue;
        }
        let html = std::fs::read_to_string(path)
            .with_context(|| format!("kan {} niet lezen", path.display()))?;
        out.insert(site_path(&rel), main_part(&html).to_owned());
    }
    Ok(out)
}

/// `afspraken/2-1-1-a/index.html` → `afspraken/2-1-1-a/`; `index.html` → `/`.
fn site_path(rel: &str) -> String {
    match rel.strip_suffix("index.html") {
        Some("") => "/".to_owned(),
        Some(dir) => dir.to_owned(),
        None => rel.to_owned(),
    }
}

/// The `<main>` element, or the whole page if it has none.
fn main_part(html: &str) -> &str {
    let start = html.find("<main");
    let end = html.rfind("</main>");
    match (start, end) {
        (Some(s), Some(e)) if s < e => &html[s..e],
        _ => html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_named_as_on_the_site() {
        assert_eq!(site_path("index.html"), "/");
        assert_eq!(
            site_path("afspraken/2-1-1-a/index.html"),
            "afspraken/2-1-1-a/"
        );
    }

    #[test]
    fn only_main_counts() {
        let a = "<nav>a</nav><main>x</main><footer>1</footer>";
        let b = "<nav>b</nav><main>x</main><footer>2</footer>";
        assert_eq!(main_part(a), main_part(b));
        assert_ne!(main_part(a), main_part("<main>y</main>"));
    }
}
