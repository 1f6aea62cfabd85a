//! The text of one item as the detail pane shows it: Markdown turned into styled blocks, the
//! note about the source under its own heading, then the facts (from
//! [`crate::text::facts_lines`]), the outgoing links and the backlinks.
//! Links are numbered so the user can select and follow them. [`Doc::wrap`] breaks the blocks
//! into lines of a given width (unicode-aware), and records on which line each link starts,
//! so the state can scroll a selected link into view without rendering.
//! Building and wrapping share the `Block`/`Seg` types and live here; the Markdown part of the
//! text is a fold over the one reader, in `markdown.rs`.

use unicode_width::UnicodeWidthStr;

mod markdown;

use super::strings as s;
use crate::model::{Item, Model, Relation, links};
use crate::text::facts_lines;

/// Between table cells.
const CELL_SEP: &str = " │ ";

/// How a piece of text looks; the theme turns it into colours and modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Text,
    Title,
    Heading,
    Strong,
    Emph,
    Code,
    Label,
    Muted,
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Item(String),
    Url(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Seg {
    pub text: String,
    pub tone: Tone,
    pub link: Option<usize>,
}

/// A paragraph, heading, list item or table row; `prefix` starts its first line
/// ("• ", "1. ") and later lines are indented by its width.
#[derive(Debug, Clone, Default)]
struct Block {
    indent: usize,
    prefix: String,
    segs: Vec<Seg>,
}

#[derive(Debug, Clone, Default)]
pub struct Doc {
    blocks: Vec<Block>,
    pub links: Vec<Target>,
}

/// The doc broken into lines of one width.
#[derive(Debug, Clone, Default)]
pub struct Wrapped {
    pub lines: Vec<Vec<Seg>>,
    /// The first line of each link.
    pub link_lines: Vec<usize>,
}

impl Doc {
    pub fn build(model: &Model, item: &Item, extra: &[(String, String)]) -> Self {
        let mut doc = Doc::default();
        doc.para(Tone::Title, &item.display_title());
        doc.para(Tone::Muted, &format!("{} · {}", item.kind.label(), item.id));
        doc.blank();
        if !item.summary.is_empty() {
            doc.para(Tone::Emph, &item.summary);
            doc.blank();
        }
        doc.markdown(model, &item.body);
        // Staff read the note about the source here; the site folds it away for residents.
        if !item.source_note.is_empty() {
            doc.heading(s::SOURCE_NOTE);
            doc.markdown(model, &item.source_note);
        }
        doc.facts(model, item, extra);
        doc.outgoing(model, item);
        doc.backlinks(model, item);
        doc
    }

    fn para(&mut self, tone: Tone, text: &str) {
        self.blocks.push(Block {
            segs: vec![seg(text, tone)],
            ..Block::default()
        });
    }

    fn blank(&mut self) {
        if self.blocks.last().is_some_and(|b| !b.segs.is_empty()) {
            self.blocks.push(Block::default());
        }
    }

    fn heading(&mut self, text: &str) {
        self.blank();
        self.para(Tone::Heading, text);
    }

    fn link_line(&mut self, prefix: &str, label: &str, target: Target, note: &str) {
        let n = self.links.len();
        self.links.push(target);
        let mut segs = vec![Seg {
            text: label.to_owned(),
            tone: Tone::Text,
            link: Some(n),
        }];
        if !note.is_empty() {
            segs.push(seg(&format!(" — {note}"), Tone::Muted));
        }
        self.blocks.push(Block {
            indent: prefix.width(),
            prefix: prefix.to_owned(),
            segs,
        });
    }

    fn facts(&mut self, model: &Model, item: &Item, extra: &[(String, String)]) {
        let facts = facts_lines(model, item);
        if facts.is_empty() && extra.is_empty() {
            return;
        }
        self.heading(s::FACTS);
        let extra = extra.iter().map(|(l, v)| (l.as_str(), v.clone()));
        for (label, value) in facts.into_iter().chain(extra) {
            self.blocks.push(Block {
                indent: 2,
                prefix: String::new(),
                segs: vec![
                    seg(&format!("{label}: "), Tone::Label),
                    seg(&value, Tone::Text),
                ],
            });
        }
    }

    fn outgoing(&mut self, model: &Model, item: &Item) {
        let links: Vec<_> = item
            .links
            .iter()
            .filter(|l| l.rel != Relation::Tekst)
            .collect();
        if links.is_empty() {
            return;
        }
        self.heading(s::LINKS);
        for l in links {
            if let Some(t) = model.get(&l.target) {
                let note = format!("{} ({})", t.kind.label(), l.rel.field().replace('_', " "));
                self.link_line("• ", &t.display_title(), Target::Item(t.id.clone()), &note);
            }
        }
    }

    fn backlinks(&mut self, model: &Model, item: &Item) {
        let back = model.backlinks(&item.id);
        if back.is_empty() {
            return;
        }
        self.heading(s::BACKLINKS);
        let own_reading = back.iter().any(|(f, r)| links::is_own_reading(f.kind, *r));
        for (from, rel) in back {
            let note = format!("{}: {}", from.kind.label(), rel.backlink_label());
            self.link_line(
                "• ",
                &from.display_title(),
                Target::Item(from.id.clone()),
                &note,
            );
        }
        if own_reading {
            self.blank();
            self.para(Tone::Muted, links::OWN_READING_NOTE);
        }
    }

    fn flush(&mut self, cur: &mut Block) {
        if cur.segs.last().is_some_and(|s| s.text == CELL_SEP) {
            cur.segs.pop();
        }
        if cur.segs.iter().any(|s| !s.text.trim().is_empty()) {
            let indent = cur.indent;
            let prefix = std::mem::take(&mut cur.prefix);
            self.blocks.push(Block {
                indent,
                prefix,
                segs: std::mem::take(&mut cur.segs),
            });
        }
        cur.segs.clear();
        cur.prefix = " ".repeat(cur.indent);
    }

    /// Breaks the doc into lines at most `width` columns wide.
    pub fn wrap(&self, width: usize) -> Wrapped {
        let width = width.max(8);
        let mut out = Wrapped {
            lines: Vec::new(),
            link_lines: vec![0; self.links.len()],
        };
        let mut seen = vec![false; self.links.len()];
        for block in &self.blocks {
            let first = out.lines.len();
            wrap_block(block, width, &mut out.lines);
            for (n, line) in out.lines.iter().enumerate().skip(first) {
                for l in line.iter().filter_map(|s| s.link) {
                    if !seen[l] {
                        seen[l] = true;
                        out.link_lines[l] = n;
                    }
                }
            }
        }
        out
    }
}

/// The readability of the item's text as one fact line, for editors (B1: aim for ≥ 60).
pub fn readability_fact(item: &Item) -> Vec<(String, String)> {
    let sc = crate::check::readability::score(item);
    if sc.words == 0 {
        return Vec::new();
    }
    let value = s::readability(sc.flesch_douma, sc.words_per_sentence, sc.long_sentences);
    vec![(s::READABILITY.to_owned(), value)]
}

fn seg(text: &str, tone: Tone) -> Seg {
    Seg {
        text: text.to_owned(),
        tone,
        link: None,
    }
}

/// Greedy word wrap of one block; words wider than the line are cut.
fn wrap_block(block: &Block, width: usize, lines: &mut Vec<Vec<Seg>>) {
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
    for s in &block.segs {
        for word in split_keep_space(&s.text) {
            let w = word.width();
            let is_space = word.trim().is_empty();
            if used + w > width && used > indent {
                lines.push(std::mem::take(&mut line));
                push(&mut line, &" ".repeat(indent), Tone::Text, None);
                used = indent;
                if is_space {
                    continue;
                }
            }
            if used + w > width {
                for c in word.chars() {
                    let cw = c.to_string().width();
                    if used + cw > width {
                        lines.push(std::mem::take(&mut line));
                        push(&mut line, &" ".repeat(indent), Tone::Text, None);
                        used = indent;
                    }
                    push(&mut line, &c.to_string(), s.tone, s.link);
                    used += cw;
                }
            } else {
                push(&mut line, word, s.tone, s.link);
                used += w;
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
