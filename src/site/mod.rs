//! The public website: `&Model` + theme → static HTML in the build folder.
//!
//! Stages, each timed: render pages and pictures (in memory) → search index (Pagefind) →
//! check every internal link and anchor → write into a temporary folder and swap it in. Any
//! failure stops before the swap, so the previous site stays as it was.

mod context;
pub mod links;
pub mod markdown;
mod output;
mod pages;
pub mod search;
pub mod serve;
pub mod svg;
pub mod templates;
pub mod theme;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};

use crate::config::Config;
use crate::model::Model;

pub use output::Output;
pub use theme::Theme;

/// Everything a build needs besides the model.
#[derive(Debug, Clone)]
pub struct Options {
    pub out: PathBuf,
    pub theme: Theme,
    pub title: String,
    pub description: String,
    /// Public address ending in `/`, for canonical URLs, OpenGraph and the sitemap.
    pub site_url: Option<String>,
    pub edit_url_template: Option<String>,
    /// Adds the live-reload script (only `marke serve` sets this).
    pub live_reload: bool,
    /// Skip the search index (for quick tests).
    pub search: bool,
}

impl Options {
    pub fn from_config(config: &Config, out: Option<&Path>) -> Self {
        let out = match out {
            Some(p) if p.is_absolute() => p.to_path_buf(),
            Some(p) => std::env::current_dir().map_or_else(|_| p.to_path_buf(), |d| d.join(p)),
            None => config.build_dir(),
        };
        let html = &config.output.html;
        Self {
            out,
            theme: Theme::new(&config.theme_dir()),
            title: config.book.title.clone(),
            description: config.book.description.clone(),
            site_url: html.site_url.as_ref().map(|u| {
                if u.ends_with('/') {
                    u.clone()
                } else {
                    format!("{u}/")
                }
            }),
            edit_url_template: html.edit_url_template.clone(),
            live_reload: false,
            search: true,
        }
    }

    /// The path part of the site URL (`/marke/`), used by the 404 page; `/` without one.
    pub fn base_path(&self) -> String {
        self.site_url
            .as_deref()
            .and_then(|u| u.split_once("://"))
            .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_owned()))
            .unwrap_or_else(|| "/".to_owned())
    }

    pub fn edit_url(&self, rel_path: &str) -> Option<String> {
        self.edit_url_template
            .as_ref()
            .map(|t| t.replace("{path}", rel_path))
    }
}

/// What a build did, for the summary line.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    pub files: usize,
    pub indexed: usize,
    pub timings: Vec<(&'static str, Duration)>,
}

impl Report {
    pub fn total(&self) -> Duration {
        self.timings.iter().map(|(_, d)| *d).sum()
    }
}

/// Builds the site for `model` into `opts.out`.
pub fn build(model: &Model, opts: &Options) -> Result<Report> {
    let mut report = Report::default();
    let mut site = Output::default();
    let t = Instant::now();
    pages::Renderer::new(model, opts).all(&mut site)?;
    for (path, bytes) in opts.theme.assets()? {
        site.add(path, bytes)?;
    }
    report.timings.push(("pagina's", t.elapsed()));
    report.pages = site.pages().count();
    if opts.search {
        let t = Instant::now();
        report.indexed = search::index(&mut site)?;
        report.timings.push(("zoekindex", t.elapsed()));
    }
    let t = Instant::now();
    let broken = links::check(&site, &opts.base_path());
    report.timings.push(("links", t.elapsed()));
    if !broken.is_empty() {
        let list: Vec<String> = broken.iter().take(20).map(|b| format!("  {b}")).collect();
        bail!(
            "{} kapotte link(s); de vorige website blijft staan:\n{}",
            broken.len(),
            list.join("\n")
        );
    }
    let t = Instant::now();
    output::swap_in(&site, &opts.out)?;
    report.timings.push(("schrijven", t.elapsed()));
    report.files = site.files.len();
    Ok(report)
}
