//! The public website: `&Model` + theme → static HTML in the build folder.
//!
//! Stages, each timed: render pages and pictures (in memory, while another thread prepares
//! the words the search index adds) → search index (Pagefind reads the pages, then builds
//! its files, at the same time as: check every internal link and anchor → write into a
//! temporary folder) → swap it in. Any
//! failure stops before the swap, so the previous site stays as it was. The output folder is
//! replaced only if marke made it, or it is empty or absent (`target`); the command that
//! picks the folder also checks where it lies (`target::check_placement`).

mod context;
mod feed;
mod lastmod;
pub mod links;
pub mod live;
pub mod markdown;
pub mod og;
mod output;
mod pages;
pub mod search;
pub mod serve;
mod sitemap;
mod staging;
pub mod svg;
pub mod target;
pub mod templates;
pub mod theme;
pub mod voortgang;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};

use crate::config::Config;
use crate::model::{Date, Model};

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
    /// The day the site is built for: which afspraken are "verlopen" (the workspace's today,
    /// so `MARKE_VANDAAG` fixes it as it does for `marke voortgang`).
    pub today: Date,
}

impl Options {
    pub fn from_config(config: &Config, out: Option<&Path>, today: Date) -> Self {
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
            today,
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
    /// Per stage; the search index runs at the same time as the link check and writing
    /// (its second step: see [`build_keeping`]).
    pub timings: Vec<(&'static str, Duration)>,
    /// Wall-clock time of the whole build.
    pub elapsed: Duration,
}

impl Report {
    pub fn total(&self) -> Duration {
        self.elapsed
    }
}

/// Builds the site for `model` into `opts.out`.
///
/// After rendering, Pagefind reads the pages (on all cores); while it then builds its files
/// (on about one), this thread checks the links and writes the pages into the staging
/// folder; the swap happens only if both succeed.
pub fn build(model: &Model, opts: &Options) -> Result<Report> {
    Ok(build_keeping(model, opts)?.0)
}

/// [`build`], and the site it wrote, for `marke serve` to keep in memory.
pub fn build_keeping(model: &Model, opts: &Options) -> Result<(Report, Output)> {
    target::check_replaceable(&opts.out)?;
    let start = Instant::now();
    let mut report = Report::default();
    let (site, prepared, render_took) = std::thread::scope(|s| {
        // What the search index needs from the model alone is made while the pages render:
        // it does not need them, and otherwise it ran on one thread after them.
        let prepared = opts
            .search
            .then(|| s.spawn(|| search::Prepared::new(model)));
        let t = Instant::now();
        let site = render(model, opts, None);
        let took = t.elapsed();
        let prepared = prepared.map(|h| {
            h.join()
                .map_err(|_| anyhow::anyhow!("de zoekindex is vastgelopen"))
        });
        (site, prepared, took)
    });
    let site = site?;
    let prepared = prepared.transpose()?;
    report.timings.push(("pagina's", render_took));
    report.pages = site.pages().count();
    let staging = staging::Staging::new(&opts.out)?;
    // Pagefind reads the pages on all cores, then builds its files on about one: the links
    // are checked and the pages written in that second step, not the first.
    let t = Instant::now();
    let read = prepared
        .as_ref()
        .map(|prepared| search::read(&site, prepared))
        .transpose()?;
    if read.is_some() {
        report.timings.push(("zoekindex lezen", t.elapsed()));
    }
    let (bundle, checked) = std::thread::scope(|s| {
        let search = read.zip(prepared.as_ref()).map(|(read, prepared)| {
            s.spawn(move || {
                let t = Instant::now();
                read.finish(prepared).map(|r| (r, t.elapsed()))
            })
        });
        let checked = check_and_write(&site, &staging, &opts.base_path());
        let bundle = search.map(|h| {
            h.join()
                .unwrap_or_else(|_| Err(anyhow::anyhow!("de zoekindex is vastgelopen")))
        });
        (bundle, checked)
    });
    let timings = checked?;
    report.timings.extend(timings);
    if let Some(bundle) = bundle {
        let ((indexed, files), took) = bundle?;
        report.timings.push(("zoekindex bouwen (tegelijk)", took));
        report.indexed = indexed;
        let t = Instant::now();
        staging.write(files.files.iter())?;
        report.timings.push(("zoekindex schrijven", t.elapsed()));
        report.files += files.files.len();
    }
    let t = Instant::now();
    staging.swap()?;
    report.timings.push(("wisselen", t.elapsed()));
    report.files += site.files.len();
    report.elapsed = start.elapsed();
    Ok((report, site))
}

/// Every page, picture and theme file of the site, in memory. Sharing pictures come from
/// `previous` when it has them (see [`pages::Renderer::with_previous`]).
pub fn render(model: &Model, opts: &Options, previous: Option<&Output>) -> Result<Output> {
    let mut site = Output::default();
    let renderer = pages::Renderer::new(model, opts);
    match previous {
        Some(p) => renderer.with_previous(p).all(&mut site)?,
        None => renderer.all(&mut site)?,
    }
    for (path, bytes) in opts.theme.assets()? {
        site.add(path, bytes)?;
    }
    Ok(site)
}

/// Fails with the first broken internal links of `site`, if it has any.
pub fn check_links(site: &Output, base_path: &str) -> Result<()> {
    let broken = links::check(site, base_path);
    if !broken.is_empty() {
        let list: Vec<String> = broken.iter().take(20).map(|b| format!("  {b}")).collect();
        bail!(
            "{} kapotte link(s); de vorige website blijft staan:\n{}",
            broken.len(),
            list.join("\n")
        );
    }
    Ok(())
}

/// Checks every internal link, then writes the site into the staging folder.
fn check_and_write(
    site: &Output,
    staging: &staging::Staging,
    base_path: &str,
) -> Result<Vec<(&'static str, Duration)>> {
    let t = Instant::now();
    check_links(site, base_path)?;
    let links_took = t.elapsed();
    let t = Instant::now();
    staging.write(site.files.iter())?;
    Ok(vec![("links", links_took), ("schrijven", t.elapsed())])
}
