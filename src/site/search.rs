//! The search index: Pagefind, run in-process over the rendered pages, Dutch stemming.
//!
//! Pagefind indexes what sits inside `data-pagefind-body` (our `<main>`), and returns its
//! whole bundle (index chunks, Dutch word lists, `pagefind-ui.js`/`.css`) as files, which go
//! under `pagefind/` in the site. The search page loads them; no other page needs them.
//!
//! Pagefind matches the words of a page and the start of words, nothing more. So each item's
//! page is indexed with the words search adds to it in the terminal too ([`Expander`]: other
//! names, abbreviations and their expansions, synonyms, parts of compounds, words without
//! their accents), in the minimal page Pagefind reads and residents never see; other names
//! and their synonyms count as names. The search page's script gets `js/zoekwoorden.json`
//! ([`help_words`]): the site's own words, for splitting a compound a resident types and for
//! correcting a typo to the nearest word of the site ("Resultaten voor mantelzorg"), the words
//! that make a question a question, and the stop words it leaves out.

use std::collections::HashMap;

use anyhow::{Context, Result, anyhow, bail};
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use serde_json::json;

use super::output::Output;
use crate::index::{Expander, Extra};
use crate::model::Model;

/// How much a match in the extra words counts, against 1 for the page's text and 7 for its
/// `<h1>` (Pagefind's default): as text, or as a name (other names, and the other forms of
/// the abbreviations and synonyms in the names).
const EXTRA_WEIGHT: f32 = 1.0;
const NAME_WEIGHT: f32 = 5.0;

/// Where the search page's script finds the site's words.
pub const HELP_WORDS: &str = "js/zoekwoorden.json";

/// What the index needs from the model besides the pages: made from the model alone, so a
/// build makes it while it renders the pages ([`super::build`]).
pub struct Prepared {
    expander: Expander,
    /// Per item page (`opgaven/netwerkaanpak/index.html`): the words to index besides the
    /// page's own, escaped for HTML.
    extras: HashMap<String, Extra>,
}

impl Prepared {
    pub fn new(model: &Model) -> Self {
        let (expander, words) = Expander::with_extra_words(model);
        let extras = model
            .items()
            .iter()
            .zip(words)
            .map(|(item, words)| {
                let words = Extra {
                    names: super::markdown::escape(&words.names),
                    text: super::markdown::escape(&words.text),
                };
                (format!("{}index.html", item.url_path()), words)
            })
            .collect();
        Self { expander, extras }
    }
}

/// The Pagefind bundle for all HTML pages (except 404), as files for `pagefind/`, plus
/// [`HELP_WORDS`], and the number of pages indexed.
pub fn index(site: &Output, prepared: &Prepared) -> Result<(usize, Output)> {
    read(site, prepared)?.finish(prepared)
}

/// The search index with every page read, before Pagefind builds its files: the two steps
/// apart, so a build can check links and write pages while Pagefind builds its files (on
/// one core, mostly compressing) rather than while it reads the pages (on all cores).
pub struct Read {
    rt: tokio::runtime::Runtime,
    index: PagefindIndex,
    pages: usize,
}

/// Step one of [`index`]: every HTML page but the 404 page, as Pagefind should see it
/// ([`searchable`]), read by Pagefind, in the order of their paths.
///
/// Handed over one by one, Pagefind reads the pages on one core, holding its whole index
/// locked for each; from a folder it reads them on all cores (~0.4 s less at 3,000 pages).
/// But it numbers the pages in the order it walks the folder, and the numbers decide the
/// index's bytes and which of two equal results comes first; so the folder is used only
/// when its walk gives the pages in path order, which makes the index the same as one by
/// one. A folder in memory does that ([`folder_in_path_order`]); otherwise, one by one.
pub fn read(site: &Output, prepared: &Prepared) -> Result<Read> {
    let html: Vec<(&String, &Vec<u8>)> = site
        .pages()
        .filter(|(p, _)| p.as_str() != "404.html")
        .collect();
    let pages: Vec<(&str, String)> = crate::parallel::chunks_flat(&html, |part| {
        part.iter()
            .map(|(path, html)| {
                let extra = prepared.extras.get(path.as_str()).unwrap_or(&NONE);
                let page = searchable(&String::from_utf8_lossy(html), extra);
                (path.as_str(), page)
            })
            .collect()
    });
    read_pages(&pages, folder_in_path_order(&pages))
}

/// [`read`] of pages made searchable, from `folder` if there is one, else one by one.
fn read_pages(pages: &[(&str, String)], folder: Option<tempfile::TempDir>) -> Result<Read> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .context("kan de zoekindex niet starten")?;
    let config = PagefindServiceConfig::builder()
        .force_language("nl".to_owned())
        .build();
    let mut index = PagefindIndex::new(Some(config)).map_err(|e| anyhow!("{e:#}"))?;
    let read = match folder {
        Some(dir) => rt
            .block_on(index.add_directory(dir.path().to_string_lossy().into_owned(), None))
            .map_err(|e| anyhow!("{e:#}"))
            .context("kan de pagina's niet in de zoekindex zetten")?,
        None => {
            for (path, page) in pages {
                let url = format!("/{}", path.trim_end_matches("index.html"));
                rt.block_on(index.add_html_file(None, Some(url), page.clone()))
                    .map_err(|e| anyhow!("{e:#}"))
                    .with_context(|| format!("kan {path} niet in de zoekindex zetten"))?;
            }
            pages.len()
        }
    };
    if read != pages.len() {
        bail!(
            "de zoekindex kon {} van de {} pagina's niet lezen",
            pages.len().saturating_sub(read),
            pages.len()
        );
    }
    Ok(Read {
        rt,
        index,
        pages: read,
    })
}

/// The pages written into a temporary folder in memory (`/dev/shm`), if the system has one
/// and walking it gives the pages in path order; `None` otherwise (then they go one by one).
///
/// Not a folder on disk: creating and removing thousands of files there can cost more
/// kernel time than Pagefind saves (0.3-3 s at 3,000 pages on an ext4 disk with `discard`).
/// Linux's memory file system lists the newest entry first, so the pages are written last
/// to first; the walk is checked all the same, as Pagefind will do it (walkdir, unsorted),
/// so another order never goes unnoticed.
fn folder_in_path_order(pages: &[(&str, String)]) -> Option<tempfile::TempDir> {
    let shm = std::path::Path::new("/dev/shm");
    if !shm.is_dir() {
        return None;
    }
    remove_stale(shm);
    let dir = tempfile::Builder::new()
        .prefix(PREFIX)
        .tempdir_in(shm)
        .ok()?;
    for (path, page) in pages.iter().rev() {
        let file = dir.path().join(path);
        std::fs::create_dir_all(file.parent()?).ok()?;
        std::fs::write(&file, page).ok()?;
    }
    let walked = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path);
    let expected = pages.iter().map(|(path, _)| dir.path().join(path));
    walked.eq(expected).then_some(dir)
}

impl Read {
    /// Step two of [`index`]: Pagefind's files, and [`HELP_WORDS`].
    pub fn finish(self, prepared: &Prepared) -> Result<(usize, Output)> {
        let Self {
            rt,
            mut index,
            pages,
        } = self;
        let files = rt
            .block_on(index.get_files())
            .map_err(|e| anyhow!("{e:#}"))?;
        let mut bundle = Output::default();
        bundle.add(HELP_WORDS, help_words(&prepared.expander))?;
        for f in files {
            let name = f.filename.to_string_lossy().replace('\\', "/");
            let name = name.trim_start_matches("./").trim_start_matches('/');
            let name = name.strip_prefix("pagefind/").unwrap_or(name);
            bundle.add(format!("pagefind/{name}"), f.contents)?;
        }
        Ok((pages, bundle))
    }
}

/// The start of the name of [`folder_in_path_order`]'s folders.
const PREFIX: &str = "marke-zoekindex-";

/// Removes folders of [`folder_in_path_order`] over an hour old: left by a build that was
/// stopped with Ctrl-C while Pagefind read them (the memory stays taken until a restart).
/// A build takes seconds, so an hour-old one is no build's any more.
fn remove_stale(shm: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(shm) else {
        return;
    };
    let hour = std::time::Duration::from_secs(3600);
    for entry in entries.filter_map(Result::ok) {
        let ours = entry.file_name().to_string_lossy().starts_with(PREFIX);
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > hour));
        if ours && old && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

static NONE: Extra = Extra {
    names: String::new(),
    text: String::new(),
};

/// `js/zoekwoorden.json`: the site's words (folded, four letters or more) with how often
/// they occur, the words that make a query a question, and the stop words, for the search
/// page's script.
pub fn help_words(expander: &Expander) -> Vec<u8> {
    let mut words: Vec<(&str, u32)> = expander.splitter().words().collect();
    words.sort_unstable();
    let (starters, filler) = crate::index::question_words();
    let v = json!({
        "woorden": words,
        "vraagwoorden": starters,
        "vulwoorden": filler,
        "stopwoorden": crate::index::analyzer::stop_words(),
    });
    v.to_string().into_bytes()
}

/// Only what Pagefind indexes: the title and the `<main>` element, in a minimal page, plus
/// the extra words for the page (escaped). Saves it parsing the header, menu and footer of
/// every page.
fn searchable(html: &str, extra: &Extra) -> String {
    let title = html
        .split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map_or("", |(t, _)| t);
    let main = html
        .find("<main")
        .and_then(|start| {
            html[start..]
                .find("</main>")
                .map(|end| &html[start..start + end + 7])
        })
        .unwrap_or(html);
    // Inside `<main>`: Pagefind reads only the element marked `data-pagefind-body`.
    let (main, end) = match main.strip_suffix("</main>") {
        Some(m) => (m, "</main>"),
        None => (main, ""),
    };
    let block = |words: &str, weight: f32| {
        if words.trim().is_empty() {
            String::new()
        } else {
            format!("<div data-pagefind-weight=\"{weight}\">{words}</div>")
        }
    };
    let extra = block(&extra.names, NAME_WEIGHT) + &block(&extra.text, EXTRA_WEIGHT);
    format!(
        "<!DOCTYPE html><html lang=\"nl\"><head><title>{title}</title></head><body>{main}{extra}{end}</body></html>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read from a folder in memory, the index is byte for byte the one of the same pages
    /// handed over one by one, and so the same build after build.
    #[test]
    fn the_index_from_a_folder_is_the_index_from_pages_one_by_one() {
        let owned: Vec<(String, String)> = (0..40)
            .map(|i| {
                let path = match i % 3 {
                    0 => format!("afspraken/a-{i}/index.html"),
                    1 => format!("begrippen/b{i}/index.html"),
                    _ => format!("p{i}.html"),
                };
                let page = format!(
                    "<!DOCTYPE html><html lang=\"nl\"><head><title>Pagina {i}</title></head>\
                     <body><main data-pagefind-body><h1>Zorg {i}</h1><p>Samen gezond in de \
                     wijk, keer {i}.</p></main></body></html>"
                );
                (path, page)
            })
            .collect::<std::collections::BTreeMap<_, _>>()
            .into_iter()
            .collect();
        // In path order, as a site's pages come (`Output` is sorted).
        let pages: Vec<(&str, String)> =
            owned.iter().map(|(p, h)| (p.as_str(), h.clone())).collect();
        let files = |folder| {
            let read = read_pages(&pages, folder).expect("read");
            let mut index = read.index;
            read.rt.block_on(index.get_files()).expect("files")
        };
        let one_by_one = files(None);
        let folder = folder_in_path_order(&pages);
        // On Linux with a usable /dev/shm (CI) the fast way must be taken, or this test would
        // compare a way with itself.
        if cfg!(target_os = "linux") && tempfile::tempdir_in("/dev/shm").is_ok() {
            assert!(
                folder.is_some(),
                "the folder in /dev/shm is not walked in path order"
            );
        }
        let from_folder = files(folder);
        assert_eq!(one_by_one.len(), from_folder.len());
        for (a, b) in one_by_one.iter().zip(&from_folder) {
            assert_eq!(a.filename, b.filename);
            assert!(a.contents == b.contents, "{} differs", a.filename.display());
        }
    }

    #[test]
    fn extra_words_go_inside_main_where_pagefind_reads() {
        let html = "<html><head><title>Wachtlijsten</title></head><body><nav>menu</nav>\
                    <main data-pagefind-body><h1>Overzicht</h1></main><footer>f</footer></body></html>";
        let extra = Extra {
            names: "wachtlijstoverzicht".into(),
            text: "wachtlijst overzicht".into(),
        };
        let page = searchable(html, &extra);
        let main = page.split_once("<main").map(|(_, m)| m).unwrap_or_default();
        let inside = main
            .split_once("</main>")
            .map(|(m, _)| m)
            .unwrap_or_default();
        assert!(inside.contains(">wachtlijst overzicht</div>"), "{page}");
        assert!(
            inside.contains("<div data-pagefind-weight=\"5\">wachtlijstoverzicht</div>"),
            "{page}"
        );
        assert!(
            !page.contains("menu") && !page.contains("<footer"),
            "{page}"
        );
        assert!(!searchable(html, &Extra::default()).contains("data-pagefind-weight"));
    }

    #[test]
    fn extra_words_are_escaped() {
        assert_eq!(
            crate::site::markdown::escape("V&V <b>"),
            "V&amp;V &lt;b&gt;"
        );
    }
}
