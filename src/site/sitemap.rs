//! `sitemap.xml` and `robots.txt`, from the pages already rendered and the site URL.

use std::collections::HashMap;

use anyhow::Result;

use super::markdown::escape;
use super::output::Output;
use crate::model::Date;

/// Lists every page (`…/index.html`) under `site_url`, with `<lastmod>` where `lastmod` (by
/// file, `afspraken/x/index.html`) knows when it changed (see [`super::lastmod`]); without a
/// site URL there is no sitemap, only a `robots.txt` that allows everything.
pub fn write(
    out: &mut Output,
    site_url: Option<&str>,
    lastmod: &HashMap<String, Date>,
) -> Result<()> {
    let Some(base) = site_url else {
        return out.add("robots.txt", "User-agent: *\nAllow: /\n");
    };
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in out.files.keys().filter(|p| p.ends_with("index.html")) {
        let url = format!("{base}{}", path.trim_end_matches("index.html"));
        let changed = lastmod
            .get(path)
            .map(|d| format!("<lastmod>{d}</lastmod>"))
            .unwrap_or_default();
        xml.push_str(&format!(
            "  <url><loc>{}</loc>{changed}</url>\n",
            escape(&url)
        ));
    }
    xml.push_str("</urlset>\n");
    out.add("sitemap.xml", xml)?;
    out.add(
        "robots.txt",
        format!("User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n"),
    )
}
