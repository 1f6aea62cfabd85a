//! Item Markdown as readable plain text, for `marke show`, the search index and the browser's
//! term lookup: a fold over the one Markdown reader.

use crate::model::markdown::{self, Footnotes, MdEvent as Event, Tag, TagEnd};

/// Markdown as readable plain text: headings on their own line, list items with "- ",
/// footnotes numbered as on the site, item links as their text. Raw HTML is shown as text,
/// never interpreted (the reader hands it over as text).
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    let mut list_depth = 0usize;
    let mut notes = Footnotes::default();
    for (event, _) in markdown::read(markdown) {
        let markdown::Event::Md(event) = event else {
            continue;
        };
        match event {
            Event::Start(Tag::Heading { .. }) => out.push('\n'),
            Event::End(TagEnd::Heading(_)) => out.push_str("\n\n"),
            Event::End(TagEnd::Paragraph) => {
                out.push_str(if list_depth > 0 { "\n" } else { "\n\n" });
            }
            Event::Start(Tag::List(_)) => list_depth += 1,
            Event::End(TagEnd::List(_)) => {
                list_depth = list_depth.saturating_sub(1);
                if list_depth == 0 {
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                out.push_str(&"  ".repeat(list_depth.saturating_sub(1)));
                out.push_str("- ");
            }
            Event::End(TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            Event::End(TagEnd::TableCell) => out.push_str(" | "),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => out.push('\n'),
            Event::FootnoteReference(label) => {
                out.push_str(&format!("[{}]", notes.number(&label)));
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                out.push_str(&format!("[{}] ", notes.number(&label)));
            }
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_words_and_shows_html_as_text() {
        let t = plain_text("# Kop\n\nEen [link](@x) en <b>vet</b>.\n\n- een\n- twee\n");
        assert!(t.contains("Kop\n"), "{t}");
        assert!(t.contains("Een link en <b>vet</b>."), "{t}");
        assert!(t.contains("- een\n- twee"), "{t}");
    }

    #[test]
    fn plain_text_numbers_footnotes_and_keeps_tables() {
        let t = plain_text("Zin[^b].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^b]: De bron.\n");
        assert!(t.contains("Zin[1]."), "{t}");
        assert!(t.contains("[1] De bron."), "{t}");
        assert!(t.contains("1 | 2 |"), "{t}");
    }
}
