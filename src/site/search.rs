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

use anyhow::{Context, Result, anyhow};
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
                    names: escape(&words.names),
                    text: escape(&words.text),
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
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .context("kan de zoekindex niet starten")?;
    let Prepared { expander, extras } = prepared;
    let pages: Vec<(String, String)> = site
        .pages()
        .filter(|(p, _)| p.as_str() != "404.html")
        .map(|(p, b)| {
            let none = Extra::default();
            let extra = extras.get(p.as_str()).unwrap_or(&none);
            (
                format!("/{}", p.trim_end_matches("index.html")),
                searchable(&String::from_utf8_lossy(b), extra),
            )
        })
        .collect();
    let files = rt.block_on(async move {
        let config = PagefindServiceConfig::builder()
            .force_language("nl".to_owned())
            .build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| anyhow!("{e:#}"))?;
        let mut n = 0;
        for (url, html) in pages {
            index
                .add_html_file(None, Some(url.clone()), html)
                .await
                .map_err(|e| anyhow!("{e:#}"))
                .with_context(|| format!("kan {url} niet in de zoekindex zetten"))?;
            n += 1;
        }
        let files = index.get_files().await.map_err(|e| anyhow!("{e:#}"))?;
        Ok::<_, anyhow::Error>((n, files))
    })?;
    let (n, files) = files;
    let mut bundle = Output::default();
    bundle.add(HELP_WORDS, help_words(expander))?;
    for f in files {
        let name = f.filename.to_string_lossy().replace('\\', "/");
        let name = name.trim_start_matches("./").trim_start_matches('/');
        let name = name.strip_prefix("pagefind/").unwrap_or(name);
        bundle.add(format!("pagefind/{name}"), f.contents)?;
    }
    Ok((n, bundle))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

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
        assert_eq!(escape("V&V <b>"), "V&amp;V &lt;b&gt;");
    }
}
