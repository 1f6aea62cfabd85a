//! Breaking a block of the text into lines of one width: greedy, unicode-aware, words wider
//! than the line cut, and a word made of several segments (a link with letters glued to it,
//! "DSGiB-rapport") kept together.

use unicode_width::UnicodeWidthStr;

use super::{Block, Seg, Tone};

/// A word (or a run of spaces) as it lies across segments: "[DSGiB](@x)-rapport" is one
/// word in two pieces, a link and plain text, and must not be broken between them.
type Token<'a> = (bool, Vec<(&'a str, Tone, Option<usize>)>);

fn tokens(segs: &[Seg]) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::new();
    for s in segs {
        for part in split_keep_space(&s.text) {
            let space = part.trim().is_empty();
            match out.last_mut() {
                Some((false, pieces)) if !space => pieces.push((part, s.tone, s.link)),
                _ => out.push((space, vec![(part, s.tone, s.link)])),
            }
        }
    }
    out
}

/// Greedy word wrap of one block; words wider than the line are cut. A word made of several
/// segments (a link with a suffix) stays together.
pub(super) fn wrap_block(block: &Block, width: usize, lines: &mut Vec<Vec<Seg>>) {
    let indent = block.indent.min(width / 2);
    let mut line: Vec<Seg> = Vec::new();
    let mut used = 0;
    if block.segs.is_empty() {
        lines.push(Vec::new());
        return;
    }
    if !block.prefix.is_empty() {
        push(&mut line, &block.prefix, Tone::Muted, None);
        used = block.prefix.width();
    }
    for (is_space, pieces) in tokens(&block.segs) {
        let w: usize = pieces.iter().map(|(t, ..)| t.width()).sum();
        if used + w > width && used > indent {
            lines.push(std::mem::take(&mut line));
            push(&mut line, &" ".repeat(indent), Tone::Text, None);
            used = indent;
            if is_space {
                continue;
            }
        }
        for (text, tone, link) in pieces {
            if used + w > width {
                for c in text.chars() {
                    let cw = c.to_string().width();
                    if used + cw > width {
                        lines.push(std::mem::take(&mut line));
                        push(&mut line, &" ".repeat(indent), Tone::Text, None);
                        used = indent;
                    }
                    push(&mut line, &c.to_string(), tone, link);
                    used += cw;
                }
            } else {
                push(&mut line, text, tone, link);
                used += text.width();
            }
        }
    }
    lines.push(line);
}

fn push(line: &mut Vec<Seg>, text: &str, tone: Tone, link: Option<usize>) {
    match line.last_mut() {
        Some(last) if last.tone == tone && last.link == link => last.text.push_str(text),
        _ => line.push(Seg {
            text: text.to_owned(),
            tone,
            link,
        }),
    }
}

/// "een  twee" → ["een", "  ", "twee"].
fn split_keep_space(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_space: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let sp = c.is_whitespace();
        if prev_space.is_some_and(|p| p != sp) {
            out.push(&text[start..i]);
            start = i;
        }
        prev_space = Some(sp);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::doc::seg;

    #[test]
    fn a_link_and_the_letters_after_it_stay_on_one_line() {
        let block = Block {
            segs: vec![
                seg("Lees het rapport van het ", Tone::Text),
                Seg {
                    text: "DSGiB".into(),
                    tone: Tone::Text,
                    link: Some(0),
                },
                seg("-rapport goed.", Tone::Text),
            ],
            ..Block::default()
        };
        for width in 20..40 {
            let mut lines = Vec::new();
            wrap_block(&block, width, &mut lines);
            let texts: Vec<String> = lines
                .iter()
                .map(|l| l.iter().map(|s| s.text.as_str()).collect())
                .collect();
            assert!(
                texts.iter().any(|t| t.contains("DSGiB-rapport")),
                "width {width}: {texts:?}"
            );
        }
    }

    #[test]
    fn wrap_respects_width_and_indent() {
        let block = Block {
            indent: 2,
            prefix: "• ".into(),
            segs: vec![seg("een twee drie vier vijf zes", Tone::Text)],
        };
        let mut lines = Vec::new();
        wrap_block(&block, 12, &mut lines);
        for l in &lines {
            let w: usize = l.iter().map(|s| s.text.width()).sum();
            assert!(w <= 12, "{l:?}");
        }
        assert!(lines.len() >= 3);
        assert!(lines[1][0].text.starts_with("  "));
    }
}
