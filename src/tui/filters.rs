//! The browser's side of search as you type (the box and its results are
//! [`super::search::SearchState`]) and of the agenda filters (set with a picker, several at
//! once): each change reruns the query or the filter and refreshes the list, keeping the
//! cursor on the same item where possible.

use super::app::App;
use super::layout::visible_hits;
use super::lists::{AgendaFilter, Screen, agenda_items};
use super::picker::{Choice, FilterKind, Picker, Purpose};
use super::popup::Popup;
use super::state::Focus;
use super::strings as s;
use crate::model::{ItemType, Relation, Status, agenda};

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
