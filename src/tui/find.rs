//! Find in the text of one item: `/` in the text, then `n` and `N` from match to match.
//!
//! Words are found the way search finds them ([`WordFinder`]: stems, the start of the word
//! being typed, typos), so opening a search result can mark exactly the words that made it a
//! result, and a typo in the find box still finds the word. Matches are not stored: they are
//! computed from the wrapped text whenever needed ([`matches`](fn@matches)), because wrapping depends on
//! the terminal width and stored line numbers would go stale on a resize. The state keeps only
//! the query, the index of the current match and the scroll to come back to.

use std::ops::Range;

use tui_input::{Input, InputRequest};

use super::doc::{Seg, Wrapped};
use super::paste::{self, Edit};
use crate::index::WordFinder;
use crate::model::Model;

/// One found word: the line of the wrapped text, and its bytes in that line's text (the texts
/// of the line's segments joined).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub line: usize,
    pub range: Range<usize>,
}

/// A find in the text of one item.
#[derive(Debug)]
pub struct Find {
    pub input: Input,
    /// Keys go to the find box.
    pub typing: bool,
    /// `None` while the box holds nothing to find (empty, or only a filter such as `type:doel`).
    finder: Option<WordFinder>,
    /// Index into the matches; clamped when read, as a resize may change their number.
    current: usize,
    /// The scroll when the find started: each keystroke searches from here again, so deleting a
    /// letter brings back the earlier match instead of wandering further down the text.
    origin: usize,
    /// The item whose text is searched: another item's text gets no stale marks.
    item: String,
}

impl Find {
    /// An empty find box to type in.
    pub fn typing(item: String, origin: usize) -> Self {
        Find {
            input: Input::default(),
            typing: true,
            finder: None,
            current: 0,
            origin,
            item,
        }
    }

    /// A find for words given at once (the words of a search); `None` if there is nothing to find.
    pub fn with_words(model: &Model, item: String, words: &str) -> Option<Self> {
        let finder = WordFinder::new(model, words)?;
        Some(Find {
            input: Input::new(words.to_owned()),
            typing: false,
            finder: Some(finder),
            current: 0,
            origin: 0,
            item,
        })
    }

    /// Whether there are words to find (the box may also be empty).
    pub fn has_words(&self) -> bool {
        self.finder.is_some()
    }

    /// The matches in this wrapped text.
    pub fn matches(&self, wrapped: &Wrapped) -> Vec<Match> {
        self.finder
            .as_ref()
            .map_or_else(Vec::new, |f| matches(wrapped, f))
    }

    /// The index of the current match among `count` matches.
    pub fn current(&self, count: usize) -> Option<usize> {
        (count > 0).then(|| self.current.min(count - 1))
    }

    /// The item whose text this find marks.
    pub fn item(&self) -> &str {
        &self.item
    }

    /// A key in the find box (nothing past [`paste::MAX_CHARS`]).
    pub fn edit(&mut self, req: InputRequest) -> Edit {
        paste::edit(&mut self.input, req)
    }

    /// After the words in the box changed: the finder for them, and the scroll the find
    /// started at, to find again from there.
    pub fn words_changed(&mut self, model: &Model) -> usize {
        self.finder = WordFinder::new(model, self.input.value());
        self.origin
    }

    /// Enter in the find box: stop typing and keep the marks; `false` when the box has no
    /// words, so the find should end.
    pub fn finish(&mut self) -> bool {
        self.typing = false;
        self.has_words()
    }

    /// Makes the first match at or after line `origin` current, else the first one; its index,
    /// or `None` without matches.
    pub fn first_from(&mut self, matches: &[Match], origin: usize) -> Option<usize> {
        let first = matches.iter().position(|m| m.line >= origin);
        let target = first.or((!matches.is_empty()).then_some(0))?;
        self.current = target;
        Some(target)
    }

    /// `n` / `N`: makes the next or previous of `count` matches current, round the end of the
    /// text to the other end; its index and whether it went round. `None` without matches.
    pub fn step(&mut self, count: usize, dir: isize) -> Option<(usize, bool)> {
        let cur = self.current(count)?;
        let (next, wrapped) = step_round(cur, dir, count);
        self.current = next;
        Some((next, wrapped))
    }
}

/// The text of one wrapped line: its segments joined.
pub fn line_text(line: &[Seg]) -> String {
    line.iter().map(|s| s.text.as_str()).collect()
}

/// All matches in a wrapped text, in reading order. Line by line: wrapping breaks lines only
/// between words, so no word is lost (except words wider than the pane, which are cut).
pub fn matches(wrapped: &Wrapped, finder: &WordFinder) -> Vec<Match> {
    wrapped
        .lines
        .iter()
        .enumerate()
        .flat_map(|(line, segs)| {
            finder
                .find(&line_text(segs))
                .into_iter()
                .map(move |range| Match { line, range })
        })
        .collect()
}

/// One step from `cur` among `n` (n > 0) in direction `dir`, going round; also whether it went
/// round.
fn step_round(cur: usize, dir: isize, n: usize) -> (usize, bool) {
    let next = (cur as isize + dir).rem_euclid(n as isize) as usize;
    let wrapped = if dir > 0 { next <= cur } else { next >= cur };
    (next, wrapped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::doc::Tone;

    fn seg(text: &str, link: Option<usize>) -> Seg {
        Seg {
            text: text.to_owned(),
            tone: Tone::Text,
            link,
        }
    }

    #[test]
    fn matches_give_the_line_and_bytes_across_segments() {
        let wrapped = Wrapped {
            lines: vec![
                vec![seg("Wij helpen ", None), seg("mantelzorgers", Some(0))],
                vec![],
                vec![seg("• één mantelzorger", None)],
            ],
            link_lines: vec![0],
        };
        let model = Model::default();
        let finder = WordFinder::new(&model, "mantelzorg").unwrap();
        let found = matches(&wrapped, &finder);
        assert_eq!(
            found,
            [
                Match {
                    line: 0,
                    range: 11..24
                },
                Match {
                    line: 2,
                    range: 10..22
                },
            ]
        );
        let text = line_text(&wrapped.lines[2]);
        assert_eq!(&text[found[1].range.clone()], "mantelzorger");
    }

    #[test]
    fn stepping_goes_round_both_ways_and_says_so() {
        assert_eq!(step_round(0, 1, 3), (1, false));
        assert_eq!(step_round(2, 1, 3), (0, true));
        assert_eq!(step_round(0, -1, 3), (2, true));
        assert_eq!(step_round(0, 1, 1), (0, true));
    }
}
