//! The link checker: every internal link and anchor in the built site must point at a file
//! and an id that exist. A broken one fails the build, naming the page and the link.
//!
//! It reads the generated HTML (not the model), so links written in templates are checked
//! too. The scan is a small attribute scanner: our own output is regular enough for that.
//!
//! It is also the last guard against script in the site: a link whose scheme is not allowed
//! ([`crate::model::href`]) fails the build, wherever it came from (content, a theme,
//! `book.toml`). Attribute values are decoded as a browser decodes them first, so
//! `&#106;avascript:` counts as `javascript:`.

use std::collections::{HashMap, HashSet};

use super::output::Output;
use crate::model::href::{self, Href};

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

/// Values of one attribute (`href`, `id`, …) in an HTML text. Every page is scanned for
/// three attributes, the largest share of a link check: `memmem` (SIMD) finds the pattern
/// several times faster than `str::find`.
fn attr_values<'h>(html: &'h str, attr: &str) -> Vec<&'h str> {
    let pat = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut from = 0;
    for i in memchr::memmem::find_iter(html.as_bytes(), pat.as_bytes()) {
        if i < from {
            continue;
        }
        let start = i + pat.len();
        if let Some(len) = memchr::memchr(b'"', &html.as_bytes()[start..]) {
            // `"` is ASCII, so both ends are on character boundaries.
            out.push(&html[start..start + len]);
            from = start + len;
        }
    }
    out
}

/// Named character references a browser would turn into a character that matters in a link
/// (the scheme's letters, `:`, `/`, whitespace). Others stay as written.
const ENTITIES: [(&str, char); 12] = [
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("colon", ':'),
    ("sol", '/'),
    ("period", '.'),
    ("plus", '+'),
    ("num", '#'),
    ("Tab", '\t'),
    ("NewLine", '\n'),
];

/// An attribute value as the browser reads it: numeric references (`&#106;`, `&#x6a;`, with
/// or without `;`) and the named ones in [`ENTITIES`] decoded.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference after `&` stands for, and how many bytes it takes.
fn reference(after_amp: &str) -> Option<(char, usize)> {
    if let Some(num) = after_amp.strip_prefix('#') {
        let (radix, digits_at) = match num.strip_prefix(['x', 'X']) {
            Some(_) => (16, 2),
            None => (10, 1),
        };
        let digits = after_amp[digits_at..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() && char::from(*b).is_digit(radix))
            .count();
        let value = u32::from_str_radix(&after_amp[digits_at..digits_at + digits], radix).ok()?;
        let mut len = digits_at + digits;
        if after_amp[len..].starts_with(';') {
            len += 1;
        }
        return Some((char::from_u32(value).unwrap_or('\u{fffd}'), len));
    }
    ENTITIES.iter().find_map(|(name, c)| {
        let rest = after_amp.strip_prefix(name)?;
        rest.starts_with(';').then_some((*c, name.len() + 1))
    })
}

/// Resolves `href` seen on `page` to a site path and an optional anchor; `None` if external.
fn resolve(page: &str, href: &str, base_path: &str) -> Option<(String, Option<String>)> {
    // An `@id` left over (an item that does not exist) is checked as a path, and fails.
    if matches!(href::classify(href), Href::External) {
        return None;
    }
    let (path, anchor) = match href.split_once('#') {
        Some((p, a)) => (p.to_owned(), Some(a.to_owned())),
        None => (href.to_owned(), None),
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

/// Folders written by a later stage (the search bundle); links into them are not checked.
const GENERATED_LATER: &[&str] = &["pagefind/"];

/// Checks every `href` and `src` of every HTML page, on as many threads as there are cores.
pub fn check(site: &Output, base_path: &str) -> Vec<Broken> {
    let pages: Vec<(&str, &[u8])> = site
        .pages()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let file = |p: &str| site.files.get(p).map(Vec::as_slice);
    crate::parallel::chunks_flat(&pages, |part| {
        check_pages(part.iter().copied(), &file, base_path)
    })
}

/// Checks the links of `pages` against the site in which `file` finds each file. The ids of
/// a page are read only when a link points at an anchor on it, so checking a few pages
/// (`marke serve` after an edit) costs little in a large site.
pub fn check_pages<'s>(
    pages: impl Iterator<Item = (&'s str, &'s [u8])>,
    file: &dyn Fn(&str) -> Option<&'s [u8]>,
    base_path: &str,
) -> Vec<Broken> {
    let mut ids: HashMap<String, HashSet<&'s str>> = HashMap::new();
    let mut broken = Vec::new();
    for (page, bytes) in pages {
        let html = std::str::from_utf8(bytes).unwrap_or("");
        let links = attr_values(html, "href")
            .into_iter()
            .chain(attr_values(html, "src"));
        for raw in links {
            if raw.starts_with("/__marke/") {
                continue;
            }
            let href = unescape(raw);
            if !href::is_safe(&href) {
                broken.push(Broken {
                    page: page.to_owned(),
                    href: raw.to_owned(),
                    reason: "heeft een schema dat niet is toegestaan (alleen http, https, mailto, tel)",
                });
                continue;
            }
            let Some((mut target, anchor)) = resolve(page, &href, base_path) else {
                continue;
            };
            if file(&target).is_none() && file(&format!("{target}/index.html")).is_some() {
                target = format!("{target}/index.html");
            }
            if GENERATED_LATER.iter().any(|g| target.starts_with(g)) {
                continue;
            }
            let fail = |reason| Broken {
                page: page.to_owned(),
                href: raw.to_owned(),
                reason,
            };
            let Some(target_bytes) = file(&target) else {
                broken.push(fail("wijst naar een pagina die niet bestaat"));
                continue;
            };
            let Some(a) = anchor.filter(|a| !a.is_empty()) else {
                continue;
            };
            if !target.ends_with(".html") {
                continue;
            }
            let on_page = ids.entry(target).or_insert_with(|| {
                attr_values(std::str::from_utf8(target_bytes).unwrap_or(""), "id")
                    .into_iter()
                    .collect()
            });
            if !on_page.contains(a.as_str()) {
                broken.push(fail("wijst naar een anker dat niet op die pagina staat"));
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
    fn a_script_link_fails_the_build_however_it_is_written() {
        let s = site(&[(
            "index.html",
            concat!(
                r#"<a href="javascript:alert(1)//://">a</a>"#,
                r#"<a href="javascript:alert(1)//../../index.html">b</a>"#,
                r#"<a href="&#106;avascript:alert(1)">c</a>"#,
                r#"<a href="&#x6A;avascript&colon;alert(1)">d</a>"#,
                r#"<a href="java&Tab;script:alert(1)">e</a>"#,
                r#"<img src="data:image/svg+xml,x">"#,
                r#"<a href="https://e.org/">ok</a><a href="mailto:a@b.nl">ok</a>"#,
                r#"<a href="?a=1&amp;b=2">ok</a>"#,
            ),
        )]);
        let broken = check(&s, "/");
        let hrefs: Vec<&str> = broken.iter().map(|b| b.href.as_str()).collect();
        assert_eq!(hrefs.len(), 6, "{broken:?}");
        assert!(
            broken.iter().all(|b| b.reason.contains("schema")),
            "{broken:?}"
        );
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
