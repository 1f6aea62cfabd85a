//! The search index: Pagefind, run in-process over the rendered pages, Dutch stemming.
//!
//! Pagefind indexes what sits inside `data-pagefind-body` (our `<main>`), and returns its
//! whole bundle (index chunks, Dutch word lists, `pagefind-ui.js`/`.css`) as files, which go
//! under `pagefind/` in the site. The search page loads them; no other page needs them.

use anyhow::{Context, Result, anyhow};
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use super::output::Output;

/// Adds the Pagefind bundle for all HTML pages (except 404) to `site`. Returns the number of
/// pages indexed.
pub fn index(site: &mut Output) -> Result<usize> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .context("kan de zoekindex niet starten")?;
    let pages: Vec<(String, String)> = site
        .pages()
        .filter(|(p, _)| p.as_str() != "404.html")
        .map(|(p, b)| {
            (
                format!("/{}", p.trim_end_matches("index.html")),
                String::from_utf8_lossy(b).into_owned(),
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
    for f in files {
        let name = f.filename.to_string_lossy().replace('\\', "/");
        let name = name.trim_start_matches("./").trim_start_matches('/');
        let name = name.strip_prefix("pagefind/").unwrap_or(name);
        site.add(format!("pagefind/{name}"), f.contents)?;
    }
    Ok(n)
}
