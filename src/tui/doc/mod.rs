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
mod wrap;

use wrap::wrap_block;

use super::strings as s;
use crate::model::{Date, Item, Model, Planned, Relation, agenda, links};
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
    /// `today` decides "verlopen" (by the model's rule, [`agenda::overdue`]); `extra` are
    /// fact lines the browser adds (readability, on request).
    pub fn build(model: &Model, item: &Item, today: Date, extra: &[(String, String)]) -> Self {
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
        doc.facts(model, item, today, extra);
        doc.history(item);
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

    fn facts(&mut self, model: &Model, item: &Item, today: Date, extra: &[(String, String)]) {
        let mut facts = facts_lines(model, item);
        if agenda::overdue(item, today) {
            // Right after the status, in words: the agenda marks it, the text says it.
            let at = facts
                .iter()
                .position(|(l, _)| *l == "Status")
                .map_or(facts.len(), |i| i + 1);
            let planned = item.facts.gepland.map(Planned::display).unwrap_or_default();
            facts.insert(at, (s::OVERDUE_LABEL, s::overdue_fact(&planned)));
        }
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

    /// Every recorded status update, oldest first, as `marke show` lists them.
    fn history(&mut self, item: &Item) {
        if item.facts.voortgang.is_empty() {
            return;
        }
        self.heading(s::HISTORY);
        for u in &item.facts.voortgang {
            let mut segs = vec![
                seg(&format!("{}  ", u.datum.display_nl()), Tone::Label),
                seg(u.status.name(), Tone::Strong),
            ];
            if let Some(note) = &u.toelichting {
                segs.push(seg(&format!(": {note}"), Tone::Text));
            }
            self.blocks.push(Block {
                indent: 4,
                prefix: "• ".into(),
                segs,
            });
        }
    }

    /// What the item links to, grouped by field and without doubles, each openable.
    fn outgoing(&mut self, model: &Model, item: &Item) {
        let links: Vec<(Relation, &str)> = item
            .links
            .iter()
            .filter(|l| l.rel != Relation::Tekst)
            .map(|l| (l.rel, l.target.as_str()))
            .collect();
        if links.is_empty() {
            return;
        }
        self.heading(s::LINKS);
        self.groups(model, links, s::link_group);
    }

    /// What links here, grouped by how (initiatiefnemer van, betrokken bij, genoemd in …)
    /// and without doubles: the answer to "which afspraken does this organisation initiate".
    fn backlinks(&mut self, model: &Model, item: &Item) {
        let back = model.backlinks(&item.id);
        if back.is_empty() {
            return;
        }
        self.heading(s::BACKLINKS);
        let own_reading = back.iter().any(|(f, r)| links::is_own_reading(f.kind, *r));
        let links = back.iter().map(|(f, r)| (*r, f.id.as_str())).collect();
        self.groups(model, links, s::backlink_group);
        if own_reading {
            self.blank();
            self.para(Tone::Muted, links::OWN_READING_NOTE);
        }
    }

    /// Links in groups by relation (in order of first appearance), each group with a
    /// heading and a count, each target once.
    fn groups(
        &mut self,
        model: &Model,
        links: Vec<(Relation, &str)>,
        label: fn(Relation) -> &'static str,
    ) {
        let mut groups: Vec<(Relation, Vec<&str>)> = Vec::new();
        for (rel, id) in links {
            match groups.iter_mut().find(|(r, _)| *r == rel) {
                Some((_, ids)) if ids.contains(&id) => {}
                Some((_, ids)) => ids.push(id),
                None => groups.push((rel, vec![id])),
            }
        }
        for (rel, ids) in groups {
            let targets: Vec<&Item> = ids.iter().filter_map(|id| model.get(id)).collect();
            self.para(Tone::Strong, &s::group_heading(label(rel), targets.len()));
            for t in targets {
                let note = t.kind.label();
                self.link_line("• ", &t.display_title(), Target::Item(t.id.clone()), note);
            }
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
