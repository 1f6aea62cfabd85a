//! Item text (Markdown) to HTML for the site.
//!
//! - Raw HTML in content is shown as text, never passed through.
//! - `[tekst](@id)` links become relative links to that item's page.
//! - A link or image whose scheme is not allowed ([`crate::model::href`]) loses its link and
//!   keeps its text. `marke check` already refuses such content; this is the second line.
//! - Headings get ids (for anchors and the link checker) and move one level down, so the
//!   page title stays the only h1.
//! - The first use of a glossary term or abbreviation on a page links to its explanation;
//!   abbreviations get `<abbr title="voluit">`.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::model::href;
use crate::model::{ItemType, Model};

/// A word or phrase that has an explanation page.
#[derive(Debug, Clone)]
struct Term {
    text: Vec<char>,
    item: usize,
    case_sensitive: bool,
    abbr_title: Option<String>,
}

/// The glossary terms and abbreviations of the model, indexed by their first letter.
#[derive(Debug, Default)]
pub struct Glossary {
    by_first: HashMap<char, Vec<Term>>,
    urls: Vec<String>,
}

impl Glossary {
    pub fn new(model: &Model) -> Self {
        let mut g = Glossary {
            by_first: HashMap::new(),
            urls: model.items().iter().map(|i| i.url_path()).collect(),
        };
        for (idx, item) in model.items().iter().enumerate() {
            match item.kind {
                ItemType::Begrip => {
                    for name in std::iter::once(&item.title).chain(&item.aliases) {
                        g.add(name, idx, false, None);
                    }
                }
                ItemType::Afkorting => {
                    g.add(&item.title, idx, true, item.facts.voluit.clone());
                }
                _ => {}
            }
        }
        for terms in g.by_first.values_mut() {
            terms.sort_by_key(|t| std::cmp::Reverse(t.text.len()));
        }
        g
    }

    fn add(&mut self, name: &str, item: usize, case_sensitive: bool, abbr: Option<String>) {
        let name = name.trim();
        if name.chars().count() < 2 || (!case_sensitive && name.chars().count() < 4) {
            return;
        }
        let text: Vec<char> = if case_sensitive {
            name.chars().collect()
        } else {
            name.chars().flat_map(char::to_lowercase).collect()
        };
        let Some(&first) = text.first() else { return };
        let key = first.to_lowercase().next().unwrap_or(first);
        self.by_first.entry(key).or_default().push(Term {
            text,
            item,
            case_sensitive,
            abbr_title: abbr,
        });
    }

    /// Finds the longest term starting at `chars[at]`, if it ends at a word boundary.
    fn match_at(&self, chars: &[char], at: usize) -> Option<(&Term, usize)> {
        let first = chars[at].to_lowercase().next()?;
        let terms = self.by_first.get(&first)?;
        terms.iter().find_map(|t| {
            let end = at + t.text.len();
            if end > chars.len() || chars.get(end).is_some_and(|c| c.is_alphanumeric()) {
                return None;
            }
            let same = chars[at..end].iter().zip(&t.text).all(|(c, w)| {
                if t.case_sensitive {
                    c == w
                } else {
                    c.to_lowercase().eq(std::iter::once(*w))
                }
            });
            same.then_some((t, end))
        })
    }
}

/// Where the page being rendered sits, to make links relative and skip self-links.
pub struct PageRef<'a> {
    /// `../../` back to the site root.
    pub root: &'a str,
    /// Index of the item the page is about, if any.
    pub item: Option<usize>,
}

/// Renders item text to HTML.
pub fn render(model: &Model, glossary: &Glossary, page: &PageRef<'_>, markdown: &str) -> String {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut out_events: Vec<Event<'_>> = Vec::new();
    let mut seen: HashSet<usize> = page.item.into_iter().collect();
    let mut ids = HeadingIds::default();
    // Per open link or image: whether its tags were dropped (an unsafe destination).
    let mut dropped: Vec<bool> = Vec::new();
    let mut in_link = 0usize;
    let mut in_heading: Option<(usize, String)> = None;
    let mut in_code = false;
    for ev in Parser::new_ext(markdown, opts) {
        match ev {
            Event::Html(t) | Event::InlineHtml(t) => out_events.push(Event::Text(t)),
            Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. })
                if !href::is_safe(dest_url) =>
            {
                in_link += 1;
                dropped.push(true);
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                in_link += 1;
                dropped.push(false);
                let dest = item_href(model, page.root, &dest_url).map_or(dest_url, CowStr::from);
                out_events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::Start(image @ Tag::Image { .. }) => {
                in_link += 1;
                dropped.push(false);
                out_events.push(Event::Start(image));
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
                in_link = in_link.saturating_sub(1);
                if !dropped.pop().unwrap_or(false) {
                    out_events.push(Event::End(end));
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = Some((out_events.len(), String::new()));
                out_events.push(Event::Start(Tag::Heading {
                    level: demote(level),
                    id: None,
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((start, text)) = in_heading.take() {
                    let id = ids.unique(&slug(&text));
                    out_events[start] = Event::Start(Tag::Heading {
                        level: demote(level),
                        id: Some(id.into()),
                        classes: Vec::new(),
                        attrs: Vec::new(),
                    });
                }
                out_events.push(Event::End(TagEnd::Heading(demote(level))));
            }
            Event::Start(Tag::CodeBlock(k)) => {
                in_code = true;
                out_events.push(Event::Start(Tag::CodeBlock(k)));
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                out_events.push(Event::End(TagEnd::CodeBlock));
            }
            Event::Text(t) => {
                if let Some((_, h)) = in_heading.as_mut() {
                    h.push_str(&t);
                    out_events.push(Event::Text(t));
                } else if in_link > 0 || in_code {
                    out_events.push(Event::Text(t));
                } else {
                    link_terms(glossary, page.root, &t, &mut seen, &mut out_events);
                }
            }
            Event::Code(t) => {
                if let Some((_, h)) = in_heading.as_mut() {
                    h.push_str(&t);
                }
                out_events.push(Event::Code(t));
            }
            other => out_events.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out_events.into_iter());
    html
}

/// `@id` (optionally `@id#anker`) → the relative URL of that item's page.
fn item_href(model: &Model, root: &str, dest: &str) -> Option<String> {
    let rest = dest.strip_prefix('@')?;
    let (id, anchor) = rest.split_once('#').map_or((rest, ""), |(i, a)| (i, a));
    let item = model.get(id)?;
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    };
    Some(format!("{root}{}{anchor}", item.url_path()))
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H2,
        HeadingLevel::H3 => HeadingLevel::H3,
        HeadingLevel::H4 => HeadingLevel::H4,
        HeadingLevel::H5 => HeadingLevel::H5,
        HeadingLevel::H6 => HeadingLevel::H6,
    }
}

/// "Wat is de opgave?" → `wat-is-de-opgave`: the same rule as content ids, and `kop` when
/// nothing is left.
pub fn slug(text: &str) -> String {
    let out = crate::model::slug(text);
    if out.is_empty() { "kop".into() } else { out }
}

/// The heading ids of one page: `kop`, `kop-2`, `kop-3`, …
#[derive(Default)]
struct HeadingIds {
    used: HashSet<String>,
    /// Per base, the number to try next, so 200,000 headings "Kop" do not each count up
    /// from 2 again.
    next: HashMap<String, usize>,
}

impl HeadingIds {
    fn unique(&mut self, base: &str) -> String {
        if self.used.insert(base.to_owned()) {
            return base.to_owned();
        }
        let n = self.next.entry(base.to_owned()).or_insert(2);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// Splits a text run at glossary terms not yet linked on this page.
fn link_terms<'e>(
    glossary: &Glossary,
    root: &str,
    text: &str,
    seen: &mut HashSet<usize>,
    out: &mut Vec<Event<'e>>,
) {
    let chars: Vec<char> = text.chars().collect();
    let mut plain_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let at_word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        if at_word_start
            && let Some((term, end)) = glossary.match_at(&chars, i)
            && !seen.contains(&term.item)
        {
            seen.insert(term.item);
            if plain_start < i {
                out.push(Event::Text(
                    chars[plain_start..i].iter().collect::<String>().into(),
                ));
            }
            let word: String = chars[i..end].iter().collect();
            out.push(Event::InlineHtml(
                term_html(glossary, root, term, &word).into(),
            ));
            i = end;
            plain_start = end;
            continue;
        }
        i += 1;
    }
    if plain_start < chars.len() {
        out.push(Event::Text(
            chars[plain_start..].iter().collect::<String>().into(),
        ));
    }
}

fn term_html(glossary: &Glossary, root: &str, term: &Term, word: &str) -> String {
    let href = format!("{root}{}", glossary.urls[term.item]);
    let word = escape(word);
    match &term.abbr_title {
        Some(t) => format!(
            "<a class=\"term\" href=\"{}\"><abbr title=\"{}\">{word}</abbr></a>",
            escape(&href),
            escape(t)
        ),
        None => format!("<a class=\"term\" href=\"{}\">{word}</a>", escape(&href)),
    }
}

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
