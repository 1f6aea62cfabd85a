//! Keys and pastes into the box being typed in (the search box or the find box): the box
//! changes itself ([`super::search::SearchState::edit`], [`super::find::Find::edit`]); the
//! browser then searches or finds again, or says that the box is full.

use tui_input::InputRequest;

use super::app::App;
use super::lists::Screen;
use super::paste::{Edit, MAX_CHARS, inserted};
use super::strings as s;

impl App {
    /// A key in the search box.
    pub(super) fn type_search(&mut self, req: InputRequest) {
        match self.search.edit(req) {
            Edit::Changed => self.search_changed(),
            Edit::Full => self.message = Some(s::input_full(MAX_CHARS)),
            Edit::Same => {}
        }
    }

    /// A key in the find box: find the new words and jump to the first match.
    pub(super) fn type_find(&mut self, req: InputRequest) {
        let Some(find) = self.find.as_mut() else {
            return;
        };
        match find.edit(req) {
            Edit::Changed => self.find_changed(),
            Edit::Full => self.message = Some(s::input_full(MAX_CHARS)),
            Edit::Same => {}
        }
    }

    /// A paste: into the box being typed in, as one edit; elsewhere it is ignored.
    pub(super) fn paste(&mut self, text: &str) {
        let cut = if self.loc.screen == Screen::Zoeken && self.search.typing {
            let (new, cut) = inserted(&self.search.input, text);
            if let Some(new) = new {
                self.search.input = new;
                self.search_changed();
            }
            cut
        } else if let Some(find) = self.find.as_mut().filter(|f| f.typing) {
            let (new, cut) = inserted(&find.input, text);
            if let Some(new) = new {
                find.input = new;
                self.find_changed();
            }
            cut
        } else {
            false
        };
        if cut {
            self.message = Some(s::input_full(MAX_CHARS));
        }
    }
}
