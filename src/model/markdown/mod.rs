//! The one reader of item Markdown. The site's HTML, the browser's text, plain text for
//! `marke show` and the search index, link extraction and the readability count are all folds
//! over [`read`], so they agree on what the text says:
//!
//! - one set of Markdown features for everyone: tables, footnotes and strikethrough, as the
//!   site has always rendered them;
//! - raw HTML arrives as [`Text`](MdEvent::Text): no fold can pass it through;
//! - a link arrives as [`Event::Link`] with its destination already classified by
//!   [`Href::parse`] (`@id`, relative, a safe external scheme, or unsafe).
//!
//! This is the only file that constructs a pulldown-cmark parser.

mod href;

use std::collections::HashMap;
use std::ops::Range;

pub use pulldown_cmark::{CowStr, Event as MdEvent, HeadingLevel, LinkType, Tag, TagEnd};
use pulldown_cmark::{Options, Parser};

pub use href::{Href, SAFE_SCHEMES};

/// What item text may use. Changing this changes the site, the browser and the checks alike.
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH);

/// One step of the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Event<'a> {
    /// A pulldown-cmark event; never a link's start, never raw HTML.
    Md(MdEvent<'a>),
    /// The start of a link; it ends with `Md(End(TagEnd::Link))`.
    Link(LinkStart<'a>),
}

/// Where a link goes, and the title its writer gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkStart<'a> {
    pub href: Href,
    pub title: CowStr<'a>,
}

/// The events of a Markdown text, each with its byte range in `md`.
pub fn read(md: &str) -> impl Iterator<Item = (Event<'_>, Range<usize>)> {
    Parser::new_ext(md, OPTIONS)
        .into_offset_iter()
        .map(|(event, range)| (classify(event), range))
}

fn classify(event: MdEvent<'_>) -> Event<'_> {
    match event {
        MdEvent::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            ..
        }) => Event::Link(LinkStart {
            href: if link_type == LinkType::Email {
                Href::email(&dest_url)
            } else {
                Href::parse(&dest_url)
            },
            title,
        }),
        MdEvent::Html(t) | MdEvent::InlineHtml(t) => Event::Md(MdEvent::Text(t)),
        other => Event::Md(other),
    }
}

/// Footnote numbers as the site shows them: in the order a label is first seen, whether in a
/// reference (`[^bron]`) or a definition (`[^bron]: ...`). Folds that show footnotes number
/// them with this, so the browser says `[1]` where the site says ¹.
#[derive(Debug, Default)]
pub struct Footnotes(HashMap<String, usize>);

impl Footnotes {
    pub fn number(&mut self, label: &str) -> usize {
        let next = self.0.len() + 1;
        *self.0.entry(label.to_owned()).or_insert(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(md: &str) -> Vec<Event<'_>> {
        read(md).map(|(e, _)| e).collect()
    }

    #[test]
    fn item_links_arrive_resolved_and_html_as_text() {
        let ev = events("Zie [dit](@x#kop) en <b>vet</b>.");
        assert!(ev.contains(&Event::Link(LinkStart {
            href: Href::Item {
                id: "x".into(),
                anchor: Some("kop".into())
            },
            title: "".into()
        })));
        assert!(ev.contains(&Event::Md(MdEvent::Text("<b>".into()))));
        assert!(
            !ev.iter()
                .any(|e| matches!(e, Event::Md(MdEvent::Html(_) | MdEvent::InlineHtml(_))))
        );
    }

    #[test]
    fn email_autolinks_get_their_scheme() {
        let ev = events("Mail <info@example.org>.");
        assert!(ev.iter().any(|e| matches!(
            e,
            Event::Link(LinkStart { href: Href::External { url, .. }, .. }) if url == "mailto:info@example.org"
        )));
    }

    #[test]
    fn footnotes_tables_and_strikethrough_are_on() {
        let ev = events("Tekst[^1].\n\n[^1]: Bron.\n\n| a |\n|---|\n| b |\n\n~~weg~~\n");
        let has = |f: fn(&Event<'_>) -> bool| ev.iter().any(f);
        assert!(has(|e| matches!(
            e,
            Event::Md(MdEvent::FootnoteReference(_))
        )));
        assert!(has(|e| matches!(
            e,
            Event::Md(MdEvent::Start(Tag::Table(_)))
        )));
        assert!(has(|e| matches!(
            e,
            Event::Md(MdEvent::Start(Tag::Strikethrough))
        )));
    }

    #[test]
    fn footnotes_are_numbered_in_order_of_first_sight() {
        let mut n = Footnotes::default();
        assert_eq!(n.number("b"), 1);
        assert_eq!(n.number("a"), 2);
        assert_eq!(n.number("b"), 1);
    }
}
