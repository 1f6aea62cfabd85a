//! An item's public text as sentences: title, summary and body, each sentence with the file
//! line it starts on and the item links inside it.
//!
//! Markdown is read with pulldown-cmark, so code (inline and blocks), images, raw HTML and
//! URLs are left out, and `[tekst](@id)` counts as its text. Each heading, paragraph, list
//! item and table cell ends a sentence; inside them a sentence ends at `.`, `!` or `?`
//! followed by a space and a capital, a digit or an opening mark, unless the word before is a
//! known abbreviation (`bijv.`, `o.a.`).

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::model::{Item, href};
use crate::source::LineIndex;

/// One sentence of public text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub text: String,
    /// File line the sentence starts on (0 if unknown).
    pub line: usize,
    /// Item links in the sentence: byte range in `text` and the target id.
    pub links: Vec<(Range<usize>, String)>,
}

/// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "bijv", "bv", "o.a", "e.d", "enz", "ca", "nr", "dhr", "mevr", "d.w.z", "m.a.w", "t.o.v",
    "i.p.v", "m.b.t", "i.s.m", "z.s.m", "n.a.v", "etc", "vs", "resp", "incl", "excl", "jl", "mln",
    "mld", "drs", "dr", "mr", "ir", "prof", "e.a", "o.b.v", "t.b.v", "m.n", "p",
];

/// All sentences of an item's public text, in reading order.
pub fn sentences(item: &Item) -> Vec<Sentence> {
    let loc = &item.location;
    let mut out = Vec::new();
    markdown(&item.title, loc.title_line, false, &mut out);
    markdown(&item.summary, loc.summary_line, false, &mut out);
    markdown(&item.body, loc.body_line, true, &mut out);
    out
}

/// A run of text within one block, with its byte offset in the Markdown and its link target.
struct Piece {
    text: String,
    offset: usize,
    link: Option<String>,
}

/// Splits Markdown into sentences. With `track_lines`, each sentence gets the line of its
/// first character (`base` is the file line of the Markdown's first line); without, all get
/// `base` (a folded YAML value has no lines of its own).
fn markdown(md: &str, base: usize, track_lines: bool, out: &mut Vec<Sentence>) {
    let mut block: Vec<Piece> = Vec::new();
    let mut link: Option<String> = None;
    let mut skip = 0usize;
    // One index per text: a scan from the start per sentence made 200,000 headings quadratic.
    let lines = LineIndex::new(if track_lines { md } else { "" });
    let line_of = |offset: usize| {
        if track_lines && base > 0 {
            base + lines.line_of(offset) - 1
        } else {
            base
        }
    };
    for (event, range) in Parser::new_ext(md, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image | TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1)
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = Some(dest_url.to_string());
            }
            Event::End(TagEnd::Link) => link = None,
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::Item
                | Tag::TableCell
                | Tag::BlockQuote(_),
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => flush(&mut block, &line_of, out),
            Event::Text(t) if skip == 0 => {
                let target = link.as_deref().and_then(|d| d.strip_prefix('@'));
                if link.as_deref().is_some_and(is_url) && is_url(&t) {
                    continue;
                }
                block.push(Piece {
                    text: t.to_string(),
                    offset: range.start,
                    link: target.map(|t| t.split('#').next().unwrap_or("").to_owned()),
                });
            }
            Event::SoftBreak | Event::HardBreak if skip == 0 => block.push(Piece {
                text: " ".into(),
                offset: range.start,
                link: None,
            }),
            _ => {}
        }
    }
    flush(&mut block, &line_of, out);
}

/// A web or mail address shown as itself: not words to read.
fn is_url(s: &str) -> bool {
    s.starts_with("www.") || matches!(href::classify(s), href::Href::External)
}

/// Turns the pieces of one block into sentences.
fn flush(block: &mut Vec<Piece>, line_of: &dyn Fn(usize) -> usize, out: &mut Vec<Sentence>) {
    let mut text = String::new();
    // (offset in `text`, offset in Markdown) at the start of each piece.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let mut links = Vec::new();
    for piece in block.drain(..) {
        starts.push((text.len(), piece.offset));
        let from = text.len();
        text.push_str(&piece.text);
        if let Some(target) = piece.link {
            links.push((from..text.len(), target));
        }
    }
    for range in split(&text) {
        let trimmed_start =
            range.start + (text[range.clone()].len() - text[range.clone()].trim_start().len());
        let sentence = text[range.clone()].trim();
        if !sentence.chars().any(char::is_alphanumeric) {
            continue;
        }
        // Pieces and links are in text order: binary searches, not scans, find the ones of
        // this sentence (a paragraph of 60,000 linked sentences was quadratic).
        let md_offset = match starts.partition_point(|(t, _)| *t <= trimmed_start) {
            0 => 0,
            n => starts[n - 1].1 + (trimmed_start - starts[n - 1].0),
        };
        let end = trimmed_start + sentence.len();
        let first_link = links.partition_point(|(r, _)| r.start < trimmed_start);
        out.push(Sentence {
            text: sentence.to_owned(),
            line: line_of(md_offset),
            links: links[first_link..]
                .iter()
                .take_while(|(r, _)| r.start < end)
                .filter(|(r, _)| r.end <= end)
                .map(|(r, t)| {
                    (
                        (r.start - trimmed_start)..(r.end - trimmed_start),
                        t.clone(),
                    )
                })
                .collect(),
        });
    }
}

/// Byte ranges of the sentences in one block of plain text.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(pos, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Closing quotes and brackets belong to the sentence that ends here.
        let mut j = i + 1;
        while chars
            .get(j)
            .is_some_and(|&(_, d)| matches!(d, '"' | '\'' | ')' | '”' | '’' | '»'))
        {
            j += 1;
        }
        let Some(&(_, space)) = chars.get(j) else {
            continue;
        };
        let next = chars.get(j + 1).map(|&(_, d)| d);
        let rest = chars.get(j + 1).map_or("", |&(p, _)| &text[p..]);
        let opens = next.is_some_and(|d| {
            d.is_uppercase()
                || d.is_ascii_digit()
                || matches!(d, '"' | '\'' | '(' | '[' | '“' | '‘' | '-' | '–')
        }) || LOWERCASE_NAMES.iter().any(|n| starts_with_word(rest, n));
        if !space.is_whitespace() || !opens || (c == '.' && is_abbreviation(&text[start..pos])) {
            continue;
        }
        let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
        out.push(start..end);
        start = end;
        let _ = pos;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Names written in lower case that can start a sentence: "… uit de bron. marke leidt af …".
const LOWERCASE_NAMES: &[&str] = &["marke"];

fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
}

/// Whether the word before a full stop is an abbreviation such as `bijv` or `o.a`.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(['(', '"', '\'']);
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(md: &str) -> Vec<String> {
        let mut out = Vec::new();
        markdown(md, 10, true, &mut out);
        out.into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn splits_on_full_stops_but_not_on_abbreviations_or_codes() {
        let s = plain("Dit is zin een, bijv. met een afkorting. Doel 2.1.1 volgt. En dan? Klaar!");
        assert_eq!(
            s,
            [
                "Dit is zin een, bijv. met een afkorting.",
                "Doel 2.1.1 volgt.",
                "En dan?",
                "Klaar!"
            ]
        );
    }

    #[test]
    fn marke_in_lower_case_starts_a_sentence_but_other_lower_case_words_do_not() {
        let s = plain("Dit staat in de bron. marke leidt het af. Zie blz. drie.");
        assert_eq!(
            s,
            [
                "Dit staat in de bron.",
                "marke leidt het af.",
                "Zie blz. drie."
            ]
        );
    }

    #[test]
    fn headings_and_list_items_end_a_sentence_and_code_is_skipped() {
        let s = plain("## Kop\n\n- een punt\n- nog een `code` punt\n\n```\nniet dit\n```\n");
        assert_eq!(s, ["Kop", "een punt", "nog een  punt"]);
    }

    #[test]
    fn links_count_as_their_text_and_lines_follow_the_body() {
        let mut out = Vec::new();
        markdown(
            "Eerste zin.\nTweede zin met [reablement](@reablement) erin.",
            10,
            true,
            &mut out,
        );
        assert_eq!(out[1].text, "Tweede zin met reablement erin.");
        assert_eq!(out[1].line, 11);
        let (range, target) = &out[1].links[0];
        assert_eq!(&out[1].text[range.clone()], "reablement");
        assert_eq!(target, "reablement");
    }

    #[test]
    fn urls_are_left_out() {
        let s = plain("Kijk op <https://example.org/lang/adres> voor meer.");
        assert_eq!(s, ["Kijk op  voor meer."]);
    }
}
