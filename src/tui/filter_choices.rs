//! The choices of an agenda filter's picker: the values that would still show afspraken
//! together with the other filters that are set, each with how many. Pure functions of the
//! model and the filter, so the picker's numbers are what choosing would give.

use super::agenda_filter::{AgendaFilter, agenda_items};
use super::picker::{Choice, FilterKind};
use crate::model::{Item, ItemType, Model, Relation, Status, agenda};

/// The choices for `kind` with the other filters of `base`; values that would show nothing
/// are left out.
pub fn choices(model: &Model, base: &AgendaFilter, kind: FilterKind) -> Vec<Choice> {
    let count = |f: AgendaFilter| Some(agenda_items(model, &f).len());
    let mut out: Vec<Choice> = match kind {
        // Opgaven by their title alone: the picker is about the subject, not the code.
        FilterKind::Opgave => item_choices(
            model.of_type(ItemType::Opgave),
            |o| o.title.clone(),
            |o| {
                count(AgendaFilter {
                    opgave: Some(o.id.clone()),
                    ..base.clone()
                })
            },
        ),
        FilterKind::Organisatie => {
            item_choices(initiatiefnemers(model), Item::display_title, |o| {
                count(AgendaFilter {
                    organisatie: Some(o.id.clone()),
                    ..base.clone()
                })
            })
        }
        FilterKind::Status => Status::ALL
            .iter()
            .map(|st| Choice {
                label: st.name().to_owned(),
                value: st.name().to_owned(),
                count: count(AgendaFilter {
                    status: Some(*st),
                    ..base.clone()
                }),
            })
            .collect(),
        FilterKind::Jaar => years(model, base),
    };
    out.retain(|c| c.count != Some(0));
    out
}

/// One choice per item (labelled by `label`; its id as the value), counted by `count`.
fn item_choices(
    items: Vec<&Item>,
    label: impl Fn(&Item) -> String,
    count: impl Fn(&Item) -> Option<usize>,
) -> Vec<Choice> {
    items
        .into_iter()
        .map(|o| Choice {
            label: label(o),
            value: o.id.clone(),
            count: count(o),
        })
        .collect()
}

/// The organisaties that take the initiative for an afspraak, by title.
fn initiatiefnemers(model: &Model) -> Vec<&Item> {
    let mut ids: Vec<&str> = Vec::new();
    for a in model.of_type(ItemType::Afspraak) {
        for t in a.targets(Relation::Initiatiefnemers) {
            if !ids.contains(&t) {
                ids.push(t);
            }
        }
    }
    let mut items: Vec<&Item> = ids.iter().filter_map(|id| model.get(id)).collect();
    items.sort_by_cached_key(|i| deunicode::deunicode(&i.title).to_lowercase());
    items
}

/// The planned years (and "not planned") of the afspraken the other filters let through.
fn years(model: &Model, base: &AgendaFilter) -> Vec<Choice> {
    let all = AgendaFilter {
        jaar: None,
        ..base.clone()
    };
    agenda::by_year(agenda_items(model, &all))
        .into_iter()
        .map(|g| Choice {
            label: g.year.label(),
            value: g.year.label(),
            count: Some(g.items.len()),
        })
        .collect()
}
