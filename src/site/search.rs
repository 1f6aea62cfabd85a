//! The search index: Pagefind, run in-process over the rendered pages, Dutch stemming.
//!
//! Pagefind indexes what sits inside `data-pagefind-body` (our `<main>`), and returns its
//! whole bundle (index chunks, Dutch word lists, `pagefind-ui.js`/`.css`) as files, which go
//! under `pagefind/` in the site. The search page loads them; no other page needs them.

use anyhow::{Context, Result, anyhow};
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use super::output::Output;

/// The Pagefind bundle for all HTML pages (except 404), as files for `pagefind/`, and the
/// number of pages indexed.
pub fn index(site: &Output) -> Result<(usize, Output)> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .context("kan de zoekindex niet starten")?;
    let pages: Vec<(String, String)> = site
        .pages()
        .filter(|(p, _)| p.as_str() != "404.html")
        .map(|(p, b)| {
            (
                format!("/{}", p.trim_end_matches("index.html")),
                searchable(&String::from_utf8_lossy(b)),
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
    for f in files {
        let name = f.filename.to_string_lossy().replace('\\', "/");
        let name = name.trim_start_matches("./").trim_start_matches('/');
        let name = name.strip_prefix("pagefind/").unwrap_or(name);
        bundle.add(format!("pagefind/{name}"), f.contents)?;
    }
    Ok((n, bundle))
}

/// Only what Pagefind indexes: the title and the `<main>` element, in a minimal page. Saves it
/// parsing the header, menu and footer of every page.
fn searchable(html: &str) -> String {
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
    format!(
        "<!DOCTYPE html><html lang=\"nl\"><head><title>{title}</title></head><body>{main}</body></html>"
    )
}
