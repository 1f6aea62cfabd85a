//! Search as you type and the agenda filters: each change reruns the query or the filter and
//! refreshes the list, keeping the cursor on the same item where possible.

use tui_input::InputRequest;

use super::app::{App, Focus, empty_results};
use super::layout::visible_hits;
use super::lists::{AgendaFilter, Screen};
use super::paste;
use super::strings as s;
use crate::index::SearchRequest;
use crate::index::SearchResults;
use crate::model::{ItemType, Relation, Status};

/// Results the search screen asks for per keystroke.
const LIMIT: usize = 50;

/// The types Tab cycles through while searching (then back to all types).
const KINDS: [ItemType; 8] = [
    ItemType::Afspraak,
    ItemType::Doel,
    ItemType::Opgave,
    ItemType::Initiatief,
    ItemType::Aanbeveling,
    ItemType::Begrip,
    ItemType::Organisatie,
    ItemType::Pagina,
];

impl App {
    pub(super) fn start_search(&mut self) {
        self.search.input.reset();
        self.search.typing = true;
        self.run_search();
        self.go(Screen::Zoeken, None, Focus::List);
        self.loc.sel = 0;
    }

    pub(super) fn type_search(&mut self, req: InputRequest) {
        if !paste::allows(&self.search.input, &req) {
            self.message = Some(s::input_full(paste::MAX_CHARS));
        } else if self.search.input.handle(req).is_some_and(|c| c.value) {
            self.search_changed();
        }
    }

    /// After the query changed: search again from the first result.
    pub(super) fn search_changed(&mut self) {
        self.run_search();
        self.loc.sel = 0;
        self.loc.scroll = 0;
        self.loc.link = None;
        self.refresh(None);
    }

    pub(super) fn cycle_kind(&mut self) {
        let pos = self
            .search
            .kind
            .and_then(|k| KINDS.iter().position(|x| *x == k));
        self.search.kind = match pos {
            None => Some(KINDS[0]),
            Some(i) => KINDS.get(i + 1).copied(),
        };
        self.run_search();
        self.loc.sel = 0;
        self.refresh(None);
    }

    pub(super) fn run_search(&mut self) {
        let req = SearchRequest {
            text: self.search.input.value().to_owned(),
            limit: LIMIT,
            kind: self.search.kind,
            // Snippets are most of a query's time: make them only for the rows on screen.
            snippets: Some(0),
        };
        self.search.results = match self.index.get() {
            Ok(index) => index.search(&self.model, &req),
            Err(why) => SearchResults {
                message: Some(why.to_owned()),
                ..empty_results()
            },
        };
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
            index.fill_snippets(&self.model, &mut self.search.results, rows);
        }
    }

    pub(super) fn set_filter(&mut self, filter: AgendaFilter) {
        let keep = self.selected_id();
        self.filter = filter;
        self.refresh(keep.as_deref());
    }

    pub(super) fn cycle_opgave(&mut self) {
        let ids: Vec<String> = self
            .model
            .of_type(ItemType::Opgave)
            .iter()
            .map(|o| o.id.clone())
            .collect();
        let mut f = self.filter.clone();
        f.opgave = next(&ids, f.opgave.as_ref());
        self.set_filter(f);
    }

    pub(super) fn cycle_organisatie(&mut self) {
        let mut ids: Vec<String> = Vec::new();
        for a in self.model.of_type(ItemType::Afspraak) {
            for t in a.targets(Relation::Initiatiefnemers) {
                if !ids.iter().any(|x| x == t) {
                    ids.push(t.to_owned());
                }
            }
        }
        ids.sort_by_key(|id| self.model.get(id).map(|i| i.title.to_lowercase()));
        let mut f = self.filter.clone();
        f.organisatie = next(&ids, f.organisatie.as_ref());
        self.set_filter(f);
    }

    pub(super) fn cycle_status(&mut self) {
        let mut present: Vec<Status> = self
            .model
            .of_type(ItemType::Afspraak)
            .iter()
            .filter_map(|a| a.facts.status)
            .collect();
        present.sort_by_key(|st| st.name());
        present.dedup();
        let mut f = self.filter.clone();
        f.status = next(&present, f.status.as_ref());
        self.set_filter(f);
    }
}

/// The value after `cur` in `all`; after the last one, `None` (no filter).
fn next<T: Clone + PartialEq>(all: &[T], cur: Option<&T>) -> Option<T> {
    match cur.and_then(|c| all.iter().position(|x| x == c)) {
        None => all.first().cloned(),
        Some(i) => all.get(i + 1).cloned(),
    }
}
