//! The links in an item's Markdown text, read once: the `[tekst](@id)` links to resolve, and
//! every link destination checked against the one scheme rule ([`super::href`]).
//!
//! Inline links, autolinks (`<javascript:…>`), images and reference definitions
//! (`[x]: javascript:…`, also when nothing uses them) are all checked. A link that uses a
//! reference definition is reported at the definition, where the destination is written.
//! Positions come from one line index of the text and a cursor that counts columns on from
//! the previous link, so the work grows linearly with the text.

use std::path::Path;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};

use super::href::{self, Href};
use super::links::{PendingLink, Relation};
use crate::control_chars;
use crate::diag::Diagnostic;
use crate::source::{Cursor, SourceText};

/// The same Markdown extensions as the site renders, so both see the same links.
pub(super) const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH);

/// A link destination with a scheme that is not allowed, and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct UnsafeLink {
    pub line: usize,
    pub column: usize,
    pub dest: String,
    pub scheme: String,
}

/// Where the body sits in its file: the file line of its first line, and the columns in
/// front of each line (the indentation of a YAML `tekst` block).
#[derive(Debug, Clone, Copy)]
pub(super) struct Placement {
    pub line: usize,
    pub indent: usize,
}

/// The item links and the unsafe links of a Markdown body.
pub(super) fn links(body: &str, at: Placement) -> (Vec<PendingLink>, Vec<UnsafeLink>) {
    let mut lines = Cursor::new(body);
    let mut place = |offset: usize| {
        let (l, c) = lines.line_col(offset);
        (at.line + l - 1, c + at.indent)
    };
    let mut items = Vec::new();
    let mut unsafe_links = Vec::new();
    let mut parser = Parser::new_ext(body, OPTIONS).into_offset_iter();
    for (event, range) in parser.by_ref() {
        let (Event::Start(Tag::Link {
            link_type,
            dest_url,
            ..
        })
        | Event::Start(Tag::Image {
            link_type,
            dest_url,
            ..
        })) = event
        else {
            continue;
        };
        if from_definition(link_type) {
            continue;
        }
        let (line, column) = place(range.start);
        match href::classify(&dest_url) {
            Href::Item { id, .. } => items.push(PendingLink {
                target: id.to_owned(),
                rel: Relation::Tekst,
                line,
                column,
            }),
            Href::Unsafe(scheme) => unsafe_links.push(UnsafeLink {
                line,
                column,
                dest: dest_url.to_string(),
                scheme,
            }),
            Href::External | Href::Relative => {}
        }
    }
    let mut definitions: Vec<UnsafeLink> = parser
        .reference_definitions()
        .iter()
        .filter_map(|(_, def)| match href::classify(&def.dest) {
            Href::Unsafe(scheme) => {
                let (line, column) = place(def.span.start);
                Some(UnsafeLink {
                    line,
                    column,
                    dest: def.dest.to_string(),
                    scheme,
                })
            }
            _ => None,
        })
        .collect();
    definitions.sort_by_key(|u| (u.line, u.column));
    unsafe_links.extend(definitions);
    (items, unsafe_links)
}

/// Links whose destination comes from a reference definition; the definition is checked
/// on its own.
fn from_definition(kind: LinkType) -> bool {
    matches!(
        kind,
        LinkType::Reference
            | LinkType::ReferenceUnknown
            | LinkType::Collapsed
            | LinkType::CollapsedUnknown
            | LinkType::Shortcut
            | LinkType::ShortcutUnknown
    )
}

/// The error for a link (in the text or in `url`) whose scheme is not allowed.
pub(super) fn unsafe_link_error(path: &Path, src: &SourceText, link: &UnsafeLink) -> Diagnostic {
    Diagnostic::error(
        "onveilige-link",
        path,
        format!(
            "een link met '{}:' is niet toegestaan: {}",
            link.scheme,
            control_chars::one_line(&link.dest)
        ),
    )
    .at(link.line, link.column)
    .with_source(src)
    .hint(format!(
        "gebruik https://, http://, mailto:, tel:, een pad op de website of [tekst](@id); \
         een '{}:'-link kan code uitvoeren of bestanden lezen bij wie erop klikt",
        link.scheme
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unsafe_in(body: &str) -> Vec<(usize, usize, String)> {
        let at = Placement {
            line: 10,
            indent: 4,
        };
        links(body, at)
            .1
            .into_iter()
            .map(|u| (u.line, u.column, u.scheme))
            .collect()
    }

    #[test]
    fn every_kind_of_link_is_checked_where_it_is_written() {
        let body = "Eerst [x](javascript:alert(1)//://) en <JAVASCRIPT:alert(1)>.\n\
                    ![plaatje](data:image/svg+xml,x) en [y][ref] en [z](https://e.nl).\n\
                    \n\
                    [ref]: vbscript:msgbox(1)\n\
                    [ongebruikt]: file:///etc/passwd\n";
        assert_eq!(
            unsafe_in(body),
            [
                (10, 11, "javascript".to_owned()),
                (10, 44, "javascript".to_owned()),
                (11, 5, "data".to_owned()),
                (13, 5, "vbscript".to_owned()),
                (14, 5, "file".to_owned()),
            ]
        );
    }

    #[test]
    fn entities_and_tabs_do_not_hide_a_scheme() {
        assert_eq!(unsafe_in("[x](&#106;avascript:alert(1))").len(), 1);
        assert_eq!(unsafe_in("[x](<java\tscript:alert(1)>)").len(), 1);
        assert_eq!(unsafe_in("[x](javascript&#58;alert(1))").len(), 1);
    }

    #[test]
    fn item_links_are_found_with_their_position() {
        let (items, bad) = links("a\n\nZie [b](@b-1#kop).", Placement { line: 5, indent: 0 });
        assert!(bad.is_empty());
        assert_eq!(
            (items[0].target.as_str(), items[0].line, items[0].column),
            ("b-1", 7, 5)
        );
    }
}
