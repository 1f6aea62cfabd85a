//! Find in the text of one item: `/` in the text, then `n` and `N` from match to match.
//!
//! Words are found the way search finds them ([`WordFinder`]: stems, the start of the word
//! being typed, typos), so opening a search result can mark exactly the words that made it a
//! result, and a typo in the find box still finds the word. Matches are not stored: they are
//! computed from the wrapped text whenever needed ([`matches`]), because wrapping depends on
//! the terminal width and stored line numbers would go stale on a resize. The state keeps only
//! the query, the index of the current match and the scroll to come back to.

use std::ops::Range;

use tui_input::{Input, InputRequest};

use super::app::{App, Focus};
use super::doc::{Seg, Wrapped};
use super::strings as s;
use crate::index::WordFinder;
use crate::index::parse::without_filters;
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
    fn typing(item: String, origin: usize) -> Self {
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
    fn with_words(model: &Model, item: String, words: &str) -> Option<Self> {
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

impl App {
    /// The matches of the active find in the text as it is wrapped now.
    pub fn find_matches(&self) -> Vec<Match> {
        self.find
            .as_ref()
            .map_or_else(Vec::new, |f| f.matches(&self.wrapped()))
    }

    /// `/` in the text: an empty find box, searching from where the user is reading.
    /// `f`: find words in the selected item's text; from the list, the text gets the focus.
    pub(super) fn start_find(&mut self) {
        if let Some(id) = self.selected_id() {
            self.focus_text();
            self.find = Some(Find::typing(id, self.loc.scroll));
        }
    }

    /// Marks the words of a search in the text just opened, and shows the first one.
    pub(super) fn find_search_words(&mut self, id: &str) {
        let words = without_filters(self.search.input.value());
        self.find = Find::with_words(&self.model, id.to_owned(), &words);
        self.jump_from(0);
    }

    /// A key in the find box: find the new words and jump to the first match.
    pub(super) fn type_find(&mut self, req: InputRequest) {
        let Some(find) = self.find.as_mut() else {
            return;
        };
        if !super::paste::allows(&find.input, &req) {
            self.message = Some(s::input_full(super::paste::MAX_CHARS));
        } else if find.input.handle(req).is_some_and(|c| c.value) {
            self.find_changed();
        }
    }

    /// After the words to find changed: find them again from where the find started.
    pub(super) fn find_changed(&mut self) {
        let Some(find) = self.find.as_mut() else {
            return;
        };
        find.finder = WordFinder::new(&self.model, find.input.value());
        let origin = find.origin;
        self.jump_from(origin);
    }

    /// Enter in the find box: stop typing, keep the marks (an empty box ends the find).
    pub(super) fn finish_find(&mut self) {
        match self.find.as_mut() {
            Some(find) if find.has_words() => find.typing = false,
            _ => self.find = None,
        }
    }

    /// The first match at or after line `origin`, else the first one; with no match the text
    /// goes back to `origin`.
    fn jump_from(&mut self, origin: usize) {
        let matches = self.find_matches();
        let first = matches.iter().position(|m| m.line >= origin);
        let Some(find) = self.find.as_mut() else {
            return;
        };
        let target = first.or((!matches.is_empty()).then_some(0));
        if let Some(i) = target {
            find.current = i;
        }
        self.loc.scroll = origin;
        self.clamp_scroll();
        if let Some(i) = target {
            self.show_match(matches[i].line);
        }
    }

    /// `n` / `N`: the next or previous match, round the end of the text to the other end.
    pub(super) fn step_match(&mut self, dir: isize) {
        let matches = self.find_matches();
        let Some(find) = self.find.as_mut().filter(|f| f.has_words()) else {
            self.message = Some(s::NO_FIND.into());
            return;
        };
        let Some(cur) = find.current(matches.len()) else {
            self.message = Some(s::NO_MATCHES_HERE.into());
            return;
        };
        let (next, wrapped) = step_round(cur, dir, matches.len());
        find.current = next;
        if wrapped {
            // Said out loud, since a jump to the other end of the text is easy to miss.
            let note = if dir > 0 {
                s::FIND_FROM_TOP
            } else {
                s::FIND_FROM_END
            };
            self.message = Some(note.into());
        }
        self.show_match(matches[next].line);
    }

    /// Brings a match into view; the selected link gives way, so the `▶` marker and the
    /// cursor point at the match.
    fn show_match(&mut self, line: usize) {
        self.loc.focus = Focus::Text;
        self.loc.link = None;
        self.scroll_into_view(line);
    }

    /// Drops a find that belongs to another item's text (after the selection changed).
    pub(super) fn drop_stale_find(&mut self) {
        let here = self.selected_id();
        if self
            .find
            .as_ref()
            .is_some_and(|f| Some(&f.item) != here.as_ref())
        {
            self.find = None;
        }
    }
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
