//! The browser's side of search as you type (the box and its results are
//! [`super::search::SearchState`]) and of the agenda filters (set with a picker, several at
//! once): each change reruns the query or the filter and refreshes the list, keeping the
//! cursor on the same item where possible.

use super::app::App;
use super::filter_choices;
use super::layout::visible_hits;
use super::lists::{AgendaFilter, Screen};
use super::picker::{FilterKind, Picker, Purpose};
use super::popup::Popup;
use super::state::Focus;
use super::strings as s;

impl App {
    /// `/` or the search screen: an empty box, and the results of nothing typed yet.
    pub(super) fn start_search(&mut self) {
        self.search.start();
        self.run_search();
        self.go(Screen::Zoeken, None, Focus::List);
        self.loc.sel = 0;
    }

    /// After the query changed: search again from the first result.
    pub(super) fn search_changed(&mut self) {
        self.run_search();
        self.loc.sel = 0;
        self.loc.scroll = 0;
        self.loc.link = None;
        self.refresh(None);
    }

    /// Tab while searching: the next type of item, then all types again.
    pub(super) fn cycle_kind(&mut self) {
        self.search.next_kind(&self.model);
        self.run_search();
        self.loc.sel = 0;
        self.refresh(None);
    }

    pub(super) fn run_search(&mut self) {
        self.search.run(self.index.get(), &self.model);
        self.fill_visible_snippets();
    }

    /// Makes the snippets of the search results on screen; cheap when they exist already.
    /// Runs after every action, so scrolling shows snippets without a query.
    pub(super) fn fill_visible_snippets(&mut self) {
        if self.loc.screen != Screen::Zoeken || self.search.results.hits.is_empty() {
            return;
        }
        let rows = visible_hits(self.areas().list, self.loc.sel);
        if let Ok(index) = self.index.get() {
            self.search.fill_snippets(index, &self.model, rows);
        }
    }

    pub(super) fn set_filter(&mut self, filter: AgendaFilter) {
        let keep = self.selected_id();
        self.filter = filter;
        self.refresh(keep.as_deref());
    }

    /// A picker with the values of one agenda filter that would show afspraken together
    /// with the other filters, each with how many.
    pub(super) fn open_filter_picker(&mut self, kind: FilterKind) {
        let choices = filter_choices::choices(&self.model, &self.filter, kind);
        let picker = Picker::new(Purpose::Filter(kind), s::filter_title(kind), choices);
        self.popup = Some(Popup::Picker(picker));
    }

    /// A choice from a filter picker.
    pub(super) fn set_filter_value(&mut self, kind: FilterKind, value: &str) {
        self.set_filter(self.filter.with_value(kind, value));
    }

    /// `v`: only the overdue afspraken, or all again.
    pub(super) fn toggle_overdue(&mut self) {
        self.set_filter(self.filter.with_overdue_toggled());
    }
}
