//! The item's Markdown as blocks for the detail pane: a fold over the one reader
//! ([`markdown::read`]). Headings, emphasis, lists, tables and footnotes keep their shape;
//! item links and external links become selectable links.

use unicode_width::UnicodeWidthStr;

use super::{Block, CELL_SEP, Doc, Seg, Target, Tone, seg};
use crate::model::Model;
use crate::model::href::{self, Href};
use crate::model::markdown::{self, Footnotes, LinkStart, MdEvent as Event, Tag, TagEnd};

impl Doc {
    /// Markdown → blocks, a fold over [`markdown::read`]. Item links and external links
    /// (web, e-mail, phone) become selectable links; footnotes are numbered as on the site.
    pub(super) fn markdown(&mut self, model: &Model, md: &str) {
        let mut cur = Block::default();
        let mut tones: Vec<Tone> = Vec::new();
        let mut link: Option<usize> = None;
        let mut lists: Vec<Option<u64>> = Vec::new();
        let mut notes = Footnotes::default();
        let mut in_note = false;
        let tone = |tones: &[Tone]| tones.last().copied().unwrap_or(Tone::Text);
        for (ev, _) in markdown::read(md) {
            let ev = match ev {
                markdown::Event::Link(start) => {
                    link = self.link_target(model, &start);
                    continue;
                }
                markdown::Event::Md(ev) => ev,
            };
            match ev {
                Event::Start(Tag::Heading { .. }) => {
                    self.blank();
                    tones.push(Tone::Heading);
                }
                Event::Start(Tag::Emphasis) => tones.push(Tone::Emph),
                Event::Start(Tag::Strong) => tones.push(Tone::Strong),
                Event::End(TagEnd::Heading(_) | TagEnd::Emphasis | TagEnd::Strong) => {
                    tones.pop();
                    if tones.is_empty() || matches!(ev, Event::End(TagEnd::Heading(_))) {
                        tones.clear();
                    }
                    if matches!(ev, Event::End(TagEnd::Heading(_))) {
                        self.flush(&mut cur);
                        self.blank();
                    }
                }
                Event::Start(Tag::List(start)) => {
                    self.flush(&mut cur);
                    lists.push(start);
                }
                Event::End(TagEnd::List(_)) => {
                    self.flush(&mut cur);
                    lists.pop();
                    // Text after a list is not part of it: back to the indent of the
                    // surrounding item, or none (the Droom, 2.6.3.D kept the list's indent).
                    cur.indent = if lists.is_empty() { 0 } else { 2 * lists.len() };
                    cur.prefix = " ".repeat(cur.indent);
                    if lists.is_empty() {
                        self.blank();
                    }
                }
                Event::Start(Tag::Item) => {
                    self.flush(&mut cur);
                    let depth = lists.len().saturating_sub(1);
                    let marker = match lists.last_mut() {
                        Some(Some(n)) => {
                            *n += 1;
                            format!("{}. ", *n - 1)
                        }
                        _ => "• ".to_owned(),
                    };
                    cur.prefix = format!("{}{marker}", "  ".repeat(depth));
                    cur.indent = cur.prefix.width();
                }
                Event::End(TagEnd::Item) => self.flush(&mut cur),
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    self.flush(&mut cur);
                    cur.prefix = format!("[{}] ", notes.number(&label));
                    cur.indent = cur.prefix.width();
                    in_note = true;
                }
                Event::End(TagEnd::FootnoteDefinition) => {
                    self.flush(&mut cur);
                    (cur.indent, in_note) = (0, false);
                    cur.prefix.clear();
                }
                Event::FootnoteReference(label) => {
                    cur.segs
                        .push(seg(&format!("[{}]", notes.number(&label)), Tone::Muted));
                }
                Event::End(TagEnd::Paragraph) => {
                    if lists.is_empty() && !in_note {
                        self.flush(&mut cur);
                        self.blank();
                    } else {
                        cur.segs.push(seg(" ", Tone::Text));
                    }
                }
                Event::End(TagEnd::Link) => link = None,
                Event::End(TagEnd::TableCell) => {
                    cur.segs.push(seg(CELL_SEP, Tone::Muted));
                }
                Event::Start(Tag::TableHead) => tones.push(Tone::Strong),
                Event::End(TagEnd::TableHead) => {
                    tones.pop();
                    self.flush(&mut cur);
                }
                Event::End(TagEnd::TableRow) => self.flush(&mut cur),
                Event::End(TagEnd::Table) => {
                    self.flush(&mut cur);
                    self.blank();
                }
                Event::Text(t) => cur.segs.push(Seg {
                    text: t.replace('\n', " "),
                    tone: tone(&tones),
                    link,
                }),
                Event::Code(t) => cur.segs.push(Seg {
                    text: t.to_string(),
                    tone: Tone::Code,
                    link,
                }),
                Event::SoftBreak => cur.segs.push(seg(" ", Tone::Text)),
                Event::HardBreak => self.flush(&mut cur),
                _ => {}
            }
        }
        self.flush(&mut cur);
        self.blank();
    }

    /// Registers a selectable link: an item that exists, or a web address (the browser opens
    /// only those, [`href::is_web`]). Mail, phone, site paths and unsafe destinations stay
    /// plain text.
    fn link_target(&mut self, model: &Model, link: &LinkStart<'_>) -> Option<usize> {
        let target = match link.href() {
            Href::Item { id, .. } if model.get(id).is_some() => Target::Item(id.to_owned()),
            Href::External if href::is_web(&link.dest) => Target::Url(link.dest.to_string()),
            _ => return None,
        };
        self.links.push(target);
        Some(self.links.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(md: &str) -> Vec<String> {
        let mut doc = Doc::default();
        doc.markdown(&Model::default(), md);
        doc.wrap(60)
            .lines
            .iter()
            .map(|l| {
                let line: String = l.iter().map(|s| s.text.as_str()).collect();
                line.trim_end().to_owned()
            })
            .collect()
    }

    /// Issue #17 saw text after a list keep the list's indent (the Droom, 2.6.3.D).
    #[test]
    fn text_after_a_list_starts_at_the_left_edge() {
        for md in [
            "Voor:\n\n- een\n- twee\n\nDaarna.\n",
            "- een\n\n- twee\n\nDaarna.\n",
            "1. een\n2. twee\n\nDaarna.\n",
            "- een\n  - diep\n\nDaarna.\n",
            "- een [link](https://x.nl)\n  verder\n- twee\n\nDaarna.\n",
        ] {
            let lines = text_of(md);
            assert!(lines.iter().any(|l| l == "Daarna."), "{md:?}: {lines:?}");
        }
    }

    #[test]
    fn footnotes_are_numbered_as_on_the_site() {
        let lines = text_of("Een zin[^bron].\n\n[^bron]: Uit het regioplan.\n");
        assert!(lines.contains(&"Een zin[1].".to_owned()), "{lines:?}");
        assert!(
            lines.contains(&"[1] Uit het regioplan.".to_owned()),
            "{lines:?}"
        );
    }

    #[test]
    fn web_links_are_selectable_but_mail_paths_and_unsafe_ones_are_not() {
        let mut doc = Doc::default();
        doc.markdown(
            &Model::default(),
            "[a](https://x.nl) [b](mailto:a@b.nl) [c](javascript:x) [d](../pad/)",
        );
        assert_eq!(doc.links, [Target::Url("https://x.nl".into())]);
    }
}
