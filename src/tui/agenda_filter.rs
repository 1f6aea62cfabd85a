//! The filters of the agenda (opgave, organisatie, status, jaar, overdue, not updated): a
//! value that says which afspraken pass, and the chips the status bar shows for it. Pure
//! functions of the model, shared by the lists, the progress view and the filter pickers.

use super::picker::FilterKind;
use super::strings as s;
use crate::model::agenda::{self, Year};
use crate::model::{Item, ItemType, Model, Relation, Status};

/// Filters of the agenda view; `None` (and `false`) means all. They combine: an afspraak
/// shows when it passes every filter that is set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgendaFilter {
    pub opgave: Option<String>,
    pub organisatie: Option<String>,
    pub status: Option<Status>,
    pub jaar: Option<Year>,
    /// Only overdue afspraken ([`agenda::overdue`] on the day in `today`).
    pub verlopen: bool,
    /// Only open afspraken without an update for months ([`agenda::needs_update`]).
    pub niet_bijgewerkt: bool,
    /// Today, for the two filters above.
    pub today: Option<crate::model::Date>,
}

impl AgendaFilter {
    /// No filter set (today is not a filter).
    pub fn is_empty(&self) -> bool {
        AgendaFilter {
            today: None,
            ..self.clone()
        } == AgendaFilter::default()
    }

    /// No filters, on the same day.
    pub fn cleared(&self) -> Self {
        AgendaFilter {
            today: self.today,
            ..AgendaFilter::default()
        }
    }

    /// This filter with one value chosen in a filter picker (`value` as the picker gives it:
    /// an id, a status name or a year; anything else as a year means "not planned").
    pub fn with_value(&self, kind: FilterKind, value: &str) -> Self {
        let mut f = self.clone();
        match kind {
            FilterKind::Opgave => f.opgave = Some(value.to_owned()),
            FilterKind::Organisatie => f.organisatie = Some(value.to_owned()),
            FilterKind::Status => f.status = Status::from_name(value),
            FilterKind::Jaar => f.jaar = Some(value.parse().map_or(Year::Unplanned, Year::In)),
        }
        f
    }

    /// `v`: only the overdue afspraken, or all again.
    pub fn with_overdue_toggled(&self) -> Self {
        AgendaFilter {
            verlopen: !self.verlopen,
            ..self.clone()
        }
    }

    /// Whether an afspraak passes every filter that is set.
    pub fn passes(&self, model: &Model, a: &Item) -> bool {
        self.opgave
            .as_ref()
            .is_none_or(|o| model.opgave_of(a).is_some_and(|x| &x.id == o))
            && self
                .organisatie
                .as_ref()
                .is_none_or(|o| a.targets(Relation::Initiatiefnemers).any(|t| t == o))
            && self
                .status
                .is_none_or(|st| a.facts.status.unwrap_or_default() == st)
            && self.jaar.is_none_or(|y| Year::of(a) == y)
            && (!self.verlopen || self.today.is_some_and(|t| agenda::overdue(a, t)))
            && (!self.niet_bijgewerkt || self.today.is_some_and(|t| agenda::needs_update(a, t)))
    }

    /// The active filters as chips: (name, value, how many afspraken that filter alone
    /// lets through).
    pub fn chips(&self, model: &Model) -> Vec<(String, String, usize)> {
        let title = |id: &String| {
            model
                .get(id)
                .map_or_else(|| id.clone(), |i| i.title.clone())
        };
        let alone = |f: AgendaFilter| agenda_items(model, &f).len();
        let base = self.cleared();
        let mut out = Vec::new();
        if let Some(o) = &self.opgave {
            let n = alone(AgendaFilter {
                opgave: Some(o.clone()),
                ..base.clone()
            });
            out.push(("opgave".into(), title(o), n));
        }
        if let Some(o) = &self.organisatie {
            let n = alone(AgendaFilter {
                organisatie: Some(o.clone()),
                ..base.clone()
            });
            out.push(("wie".into(), title(o), n));
        }
        if let Some(st) = self.status {
            let n = alone(AgendaFilter {
                status: Some(st),
                ..base.clone()
            });
            out.push(("status".into(), st.name().into(), n));
        }
        if let Some(y) = self.jaar {
            let n = alone(AgendaFilter {
                jaar: Some(y),
                ..base.clone()
            });
            out.push(("jaar".into(), y.label(), n));
        }
        if self.verlopen {
            let n = alone(AgendaFilter {
                verlopen: true,
                ..base.clone()
            });
            out.push((s::OVERDUE.into(), "ja".into(), n));
        }
        if self.niet_bijgewerkt {
            let n = alone(AgendaFilter {
                niet_bijgewerkt: true,
                ..base.clone()
            });
            out.push((s::STALE.into(), "ja".into(), n));
        }
        out
    }
}

/// Afspraken that pass the filters, in the model's order.
pub fn agenda_items<'a>(model: &'a Model, f: &AgendaFilter) -> Vec<&'a Item> {
    model
        .of_type(ItemType::Afspraak)
        .into_iter()
        .filter(|a| f.passes(model, a))
        .collect()
}
