//! Search as you type (the box and its results: [`SearchState`]) and the agenda filters (set
//! with a picker, several at once): each change reruns the query or the filter and refreshes the list, keeping the cursor on the
//! same item where possible.

use tui_input::{Input, InputRequest};

use super::app::{App, Focus, Popup};
use super::layout::visible_hits;
use super::lists::{AgendaFilter, Screen, agenda_items};
use super::paste;
use super::picker::{Choice, FilterKind, Picker, Purpose};
use super::strings as s;
use crate::index::SearchRequest;
use crate::index::SearchResults;
use crate::model::{ItemType, Relation, Status, agenda};

/// Results the search screen asks for per keystroke.
const LIMIT: usize = 50;

/// The search box and its results.
pub struct SearchState {
    pub input: Input,
    pub typing: bool,
    pub kind: Option<ItemType>,
    pub results: SearchResults,
}

/// Results before the first keystroke.
pub(super) fn empty_results() -> SearchResults {
    SearchResults {
        query: String::new(),
        total: 0,
        hits: Vec::new(),
        facets: crate::index::Facets::default(),
        message: None,
        filters: Vec::new(),
        refused: false,
    }
}

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

    /// Tab while searching: the next type in [`ItemType::ALL`] that the content has, then
    /// back to all types.
    pub(super) fn cycle_kind(&mut self) {
        let after = self
            .search
            .kind
            .and_then(|k| ItemType::ALL.iter().position(|x| *x == k))
            .map_or(0, |i| i + 1);
        self.search.kind = ItemType::ALL
            .into_iter()
            .skip(after)
            .find(|k| self.model.items().iter().any(|i| i.kind == *k));
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

    /// A picker with the values of one agenda filter that would show afspraken together
    /// with the other filters, each with how many.
    pub(super) fn open_filter_picker(&mut self, kind: FilterKind) {
        let base = self.filter.clone();
        let count = |f: AgendaFilter| agenda_items(&self.model, &f).len();
        let mut choices: Vec<Choice> = match kind {
            FilterKind::Opgave => self
                .model
                .of_type(ItemType::Opgave)
                .into_iter()
                .map(|o| Choice {
                    label: o.title.clone(),
                    value: o.id.clone(),
                    count: Some(count(AgendaFilter {
                        opgave: Some(o.id.clone()),
                        ..base.clone()
                    })),
                })
                .collect(),
            FilterKind::Organisatie => {
                let mut ids: Vec<&str> = Vec::new();
                for a in self.model.of_type(ItemType::Afspraak) {
                    for t in a.targets(Relation::Initiatiefnemers) {
                        if !ids.contains(&t) {
                            ids.push(t);
                        }
                    }
                }
                let mut items: Vec<_> = ids.iter().filter_map(|id| self.model.get(id)).collect();
                items.sort_by_cached_key(|i| deunicode::deunicode(&i.title).to_lowercase());
                items
                    .into_iter()
                    .map(|o| Choice {
                        label: o.display_title(),
                        value: o.id.clone(),
                        count: Some(count(AgendaFilter {
                            organisatie: Some(o.id.clone()),
                            ..base.clone()
                        })),
                    })
                    .collect()
            }
            FilterKind::Status => Status::ALL
                .iter()
                .map(|st| Choice {
                    label: st.name().to_owned(),
                    value: st.name().to_owned(),
                    count: Some(count(AgendaFilter {
                        status: Some(*st),
                        ..base.clone()
                    })),
                })
                .collect(),
            FilterKind::Jaar => {
                let all = AgendaFilter {
                    jaar: None,
                    ..base.clone()
                };
                agenda::by_year(agenda_items(&self.model, &all))
                    .into_iter()
                    .map(|g| Choice {
                        label: g.year.label(),
                        value: g.year.label(),
                        count: Some(g.items.len()),
                    })
                    .collect()
            }
        };
        choices.retain(|c| c.count != Some(0));
        let picker = Picker::new(Purpose::Filter(kind), s::filter_title(kind), choices);
        self.popup = Some(Popup::Picker(picker));
    }

    /// A choice from a filter picker.
    pub(super) fn set_filter_value(&mut self, kind: FilterKind, value: String) {
        let mut f = self.filter.clone();
        match kind {
            FilterKind::Opgave => f.opgave = Some(value),
            FilterKind::Organisatie => f.organisatie = Some(value),
            FilterKind::Status => f.status = Status::from_name(&value),
            FilterKind::Jaar => {
                f.jaar = Some(
                    value
                        .parse()
                        .map_or(agenda::Year::Unplanned, agenda::Year::In),
                );
            }
        }
        self.set_filter(f);
    }

    /// `v`: only the overdue afspraken, or all again.
    pub(super) fn toggle_overdue(&mut self) {
        let mut f = self.filter.clone();
        f.verlopen = !f.verlopen;
        self.set_filter(f);
    }
}
