//! The one reader of item Markdown. The site's HTML, the browser's text, plain text for
//! `marke show` and the search index, link extraction and checking, and the readability count
//! are all folds over [`read`], so they agree on what the text says:
//!
//! - one set of Markdown features for everyone: tables, footnotes and strikethrough, as the
//!   site has always rendered them;
//! - raw HTML arrives as [`Text`](MdEvent::Text): no fold can pass it through;
//! - a link arrives as [`Event::Link`], whose [`LinkStart::href`] is the one scheme rule
//!   ([`crate::model::href::classify`]); an e-mail autolink already has its `mailto:`.
//!
//! This is the only file that constructs a pulldown-cmark parser.

use std::collections::HashMap;
use std::ops::Range;

pub use pulldown_cmark::{CowStr, Event as MdEvent, HeadingLevel, LinkType, Tag, TagEnd};
use pulldown_cmark::{DefaultBrokenLinkCallback, OffsetIter, Options, Parser};

use super::href::{self, Href};

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

/// The start of a link: where it goes and the title its writer gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkStart<'a> {
    /// As written, after Markdown's own unescaping; `mailto:` added for `<naam@example.org>`.
    pub dest: CowStr<'a>,
    pub title: CowStr<'a>,
    pub link_type: LinkType,
}

impl LinkStart<'_> {
    /// Where the link goes, by the one scheme rule.
    pub fn href(&self) -> Href<'_> {
        href::classify(&self.dest)
    }

    /// Whether the destination comes from a reference definition (`[x][ref]`, `[ref]`), which
    /// [`Reader::definitions`] gives with its own place in the text.
    pub fn from_definition(&self) -> bool {
        is_reference(self.link_type)
    }
}

/// Whether a link or image of this type takes its destination from a reference definition.
pub fn is_reference(link_type: LinkType) -> bool {
    matches!(
        link_type,
        LinkType::Reference
            | LinkType::ReferenceUnknown
            | LinkType::Collapsed
            | LinkType::CollapsedUnknown
            | LinkType::Shortcut
            | LinkType::ShortcutUnknown
    )
}

/// The events of one Markdown text, each with its byte range in the text.
pub struct Reader<'a> {
    inner: OffsetIter<'a, DefaultBrokenLinkCallback>,
}

/// Starts reading `md`.
pub fn read(md: &str) -> Reader<'_> {
    Reader {
        inner: Parser::new_ext(md, OPTIONS).into_offset_iter(),
    }
}

impl<'a> Iterator for Reader<'a> {
    type Item = (Event<'a>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        let (event, range) = self.inner.next()?;
        Some((classify(event), range))
    }
}

impl Reader<'_> {
    /// The reference definitions (`[ref]: https://…`) of the text, used or not: each
    /// destination with its byte range. Complete once the events have been read.
    pub fn definitions(&self) -> impl Iterator<Item = (&str, Range<usize>)> {
        self.inner
            .reference_definitions()
            .iter()
            .map(|(_, def)| (def.dest.as_ref(), def.span.clone()))
    }
}

fn classify(event: MdEvent<'_>) -> Event<'_> {
    match event {
        MdEvent::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            ..
        }) => Event::Link(LinkStart {
            dest: if link_type == LinkType::Email {
                format!("mailto:{dest_url}").into()
            } else {
                dest_url
            },
            title,
            link_type,
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

    fn hrefs(md: &str) -> Vec<String> {
        events(md)
            .iter()
            .filter_map(|e| match e {
                Event::Link(l) => Some(format!("{:?}", l.href())),
                Event::Md(_) => None,
            })
            .collect()
    }

    #[test]
    fn item_links_arrive_classified_and_html_as_text() {
        let ev = events("Zie [dit](@x#kop) en <b>vet</b>.");
        assert_eq!(
            hrefs("Zie [dit](@x#kop)."),
            [format!(
                "{:?}",
                Href::Item {
                    id: "x",
                    anchor: Some("kop")
                }
            )]
        );
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
            Event::Link(l) if l.dest.as_ref() == "mailto:info@example.org" && l.href() == Href::External
        )));
    }

    #[test]
    fn reference_definitions_are_given_with_their_place() {
        let md = "[x][r]\n\n[r]: https://e.nl\n[ongebruikt]: javascript:x\n";
        let mut reader = read(md);
        for _ in reader.by_ref() {}
        let mut defs: Vec<&str> = reader.definitions().map(|(d, _)| d).collect();
        defs.sort_unstable();
        assert_eq!(defs, ["https://e.nl", "javascript:x"]);
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
