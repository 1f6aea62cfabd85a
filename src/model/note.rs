//! The note about the source: the part of an item's text that starts at a heading
//! `## Over de bron`. What it says (line numbers, how the PDF lost a chart, that the source
//! spells a name two ways) is for editors and staff; residents read the text above it.
//!
//! The heading is found with the one Markdown reader ([`super::markdown`]), so a line
//! `## Over de bron` inside a code block or a list item is not a split. The note runs to the
//! end of the text: the content format asks for it to come last.

use super::markdown::{self, MdEvent, Tag, TagEnd};

/// The heading that starts the note, compared without case and surrounding spaces.
pub const HEADING: &str = "Over de bron";

/// An item text split in the public text and the note about the source (both trimmed at the
/// end; the note without its heading). Without the heading, the note is empty.
pub fn split(text: &str) -> (&str, &str) {
    match heading_range(text) {
        Some((start, end)) => (text[..start].trim_end(), text[end..].trim()),
        None => (text.trim_end(), ""),
    }
}

/// The byte range of the first top-level heading "Over de bron".
fn heading_range(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut heading: Option<(usize, String)> = None;
    for (event, range) in markdown::read(text) {
        let markdown::Event::Md(event) = event else {
            continue;
        };
        match event {
            MdEvent::Start(Tag::Heading { .. }) if depth == 0 => {
                heading = Some((range.start, String::new()));
            }
            MdEvent::Text(t) | MdEvent::Code(t) => {
                if let Some((_, words)) = &mut heading {
                    words.push_str(&t);
                }
            }
            MdEvent::End(TagEnd::Heading(_)) => {
                if let Some((start, words)) = heading.take()
                    && words.trim().eq_ignore_ascii_case(HEADING)
                {
                    return Some((start, range.end));
                }
            }
            MdEvent::Start(
                Tag::BlockQuote(_) | Tag::List(_) | Tag::FootnoteDefinition(_) | Tag::Table(_),
            ) => depth += 1,
            MdEvent::End(
                TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::FootnoteDefinition
                | TagEnd::Table,
            ) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The text as written again: the public text, then the note under its heading. What the
/// synthetic content writes back, so a copy of an item keeps its note.
pub fn join(public: &str, note: &str) -> String {
    match (public.is_empty(), note.is_empty()) {
        (_, true) => public.to_owned(),
        (true, false) => format!("## {HEADING}\n\n{note}\n"),
        (false, false) => format!("{public}\n\n## {HEADING}\n\n{note}\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_starts_at_its_heading_and_runs_to_the_end() {
        let text = "Voor inwoners.\n\n## Wat is het?\n\nUitleg.\n\n## Over de bron\n\nRegels 718-810.\n\nNog een alinea.\n";
        let (public, note) = split(text);
        assert_eq!(public, "Voor inwoners.\n\n## Wat is het?\n\nUitleg.");
        assert_eq!(note, "Regels 718-810.\n\nNog een alinea.");
    }

    #[test]
    fn without_the_heading_everything_is_public() {
        assert_eq!(split("Alleen tekst.\n"), ("Alleen tekst.", ""));
        assert_eq!(split(""), ("", ""));
    }

    #[test]
    fn case_and_level_do_not_matter_but_code_and_lists_do() {
        assert_eq!(split("a\n\n### over de BRON\n\nb").1, "b");
        let fenced = "a\n\n```\n## Over de bron\n```\n";
        assert_eq!(split(fenced).1, "");
        assert_eq!(split("- ## Over de bron\n- x\n").1, "");
        assert_eq!(split("## Over de bronnen\n\nx").1, "");
    }

    #[test]
    fn join_gives_back_what_split_took_apart() {
        let text = "Tekst.\n\n## Over de bron\n\nNotitie.\n";
        let (p, n) = split(text);
        assert_eq!(join(p, n), text);
        assert_eq!(
            split(&join("", "Alleen een notitie.")),
            ("", "Alleen een notitie.")
        );
    }
}
