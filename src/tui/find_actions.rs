//! The browser's side of find in the text: it hands the keys to [`Find`] (which keeps the words
//! and the current match) and scrolls the text to the match. Kept apart from `find.rs` so the
//! find state does not import the browser that holds it.

use super::app::App;
use super::find::{Find, Match};
use super::state::Focus;
use super::strings as s;
use crate::index::parse::without_filters;

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

    /// After the words to find changed: find them again from where the find started.
    pub(super) fn find_changed(&mut self) {
        let Some(find) = self.find.as_mut() else {
            return;
        };
        let origin = find.words_changed(&self.model);
        self.jump_from(origin);
    }

    /// Enter in the find box: stop typing, keep the marks (an empty box ends the find).
    pub(super) fn finish_find(&mut self) {
        if !self.find.as_mut().is_some_and(Find::finish) {
            self.find = None;
        }
    }

    /// The first match at or after line `origin`, else the first one; with no match the text
    /// goes back to `origin`.
    fn jump_from(&mut self, origin: usize) {
        let matches = self.find_matches();
        let Some(find) = self.find.as_mut() else {
            return;
        };
        let target = find.first_from(&matches, origin);
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
        let Some((next, wrapped)) = find.step(matches.len(), dir) else {
            self.message = Some(s::NO_MATCHES_HERE.into());
            return;
        };
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
            .is_some_and(|f| Some(f.item()) != here.as_deref())
        {
            self.find = None;
        }
    }
}
