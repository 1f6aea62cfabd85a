//! The link checker: every internal link and anchor in the built site must point at a file
//! and an id that exist. A broken one fails the build, naming the page and the link.
//!
//! It reads the generated HTML (not the model), so links written in templates are checked
//! too. The scan is a small attribute scanner: our own output is regular enough for that.

use std::collections::{HashMap, HashSet};

use super::output::Output;

/// A broken link: on which page, what it said, and why it fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub page: String,
    pub href: String,
    pub reason: &'static str,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: link \"{}\" {}", self.page, self.href, self.reason)
    }
}

/// Values of one attribute (`href`, `id`, …) in an HTML text.
fn attr_values<'h>(html: &'h str, attr: &str) -> Vec<&'h str> {
    let pat = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&pat) {
        rest = &rest[i + pat.len()..];
        if let Some(end) = rest.find('"') {
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Resolves `href` seen on `page` to a site path and an optional anchor; `None` if external.
fn resolve(page: &str, href: &str, base_path: &str) -> Option<(String, Option<String>)> {
    let href = unescape(href);
    if href.contains("://")
        || href.starts_with("//")
        || href.starts_with("mailto:")
        || href.starts_with("tel:")
    {
        return None;
    }
    let (path, anchor) = match href.split_once('#') {
        Some((p, a)) => (p.to_owned(), Some(a.to_owned())),
        None => (href.clone(), None),
    };
    let path = path.split('?').next().unwrap_or("").to_owned();
    let mut parts: Vec<&str> = if let Some(abs) = path
        .strip_prefix(base_path)
        .filter(|_| path.starts_with('/'))
    {
        abs.split('/').collect()
    } else if path.is_empty() {
        return Some((page.to_owned(), anchor));
    } else {
        let mut dir: Vec<&str> = page.split('/').collect();
        dir.pop();
        dir.extend(path.split('/'));
        dir
    };
    let mut stack: Vec<&str> = Vec::new();
    for p in parts.drain(..) {
        match p {
            "" | "." => {}
            ".." => {
                stack.pop();
            }
            other => stack.push(other),
        }
    }
    let mut target = stack.join("/");
    if path.ends_with('/') || target.is_empty() {
        if !target.is_empty() {
            target.push('/');
        }
        target.push_str("index.html");
    }
    Some((target, anchor))
}

/// Checks every `href` and `src` of every HTML page.
pub fn check(site: &Output, base_path: &str) -> Vec<Broken> {
    let ids: HashMap<&str, HashSet<&str>> = site
        .pages()
        .map(|(p, b)| {
            (
                p.as_str(),
                attr_values(std::str::from_utf8(b).unwrap_or(""), "id")
                    .into_iter()
                    .collect(),
            )
        })
        .collect();
    let mut broken = Vec::new();
    for (page, bytes) in site.pages() {
        let html = std::str::from_utf8(bytes).unwrap_or("");
        let links = attr_values(html, "href")
            .into_iter()
            .chain(attr_values(html, "src"));
        for href in links {
            if href.starts_with("/__marke/") {
                continue;
            }
            let Some((mut target, anchor)) = resolve(page, href, base_path) else {
                continue;
            };
            if !site.files.contains_key(&target)
                && site.files.contains_key(&format!("{target}/index.html"))
            {
                target = format!("{target}/index.html");
            }
            let fail = |reason| Broken {
                page: page.clone(),
                href: href.to_owned(),
                reason,
            };
            if !site.files.contains_key(&target) {
                broken.push(fail("wijst naar een pagina die niet bestaat"));
            } else if let Some(a) = anchor.filter(|a| !a.is_empty()) {
                if ids
                    .get(target.as_str())
                    .is_some_and(|set| !set.contains(a.as_str()))
                {
                    broken.push(fail("wijst naar een anker dat niet op die pagina staat"));
                }
            }
        }
    }
    broken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(pages: &[(&str, &str)]) -> Output {
        let mut o = Output::default();
        for (p, h) in pages {
            o.add(*p, *h).unwrap();
        }
        o
    }

    #[test]
    fn finds_missing_pages_and_anchors_and_accepts_good_links() {
        let s = site(&[
            (
                "index.html",
                r#"<a href="opgaven/x/">x</a> <a href="opgaven/y/">y</a> <a href="https://e.org/">e</a>"#,
            ),
            (
                "opgaven/x/index.html",
                r##"<h2 id="doelen">D</h2><a href="../../#top">t</a><a href="#doelen">d</a><a href="#weg">w</a>"##,
            ),
        ]);
        let broken = check(&s, "/");
        let hrefs: Vec<&str> = broken.iter().map(|b| b.href.as_str()).collect();
        assert_eq!(
            hrefs,
            vec!["opgaven/y/", "../../#top", "#weg"],
            "{broken:?}"
        );
        assert_eq!(broken[0].page, "index.html");
    }

    #[test]
    fn absolute_links_under_the_base_path_resolve() {
        let s = site(&[
            (
                "404.html",
                r#"<a href="/marke/zoeken/">z</a><a href="/marke/niets/">n</a>"#,
            ),
            ("zoeken/index.html", "<p></p>"),
        ]);
        let broken = check(&s, "/marke/");
        assert_eq!(broken.len(), 1);
        assert_eq!(broken[0].href, "/marke/niets/");
    }
}
