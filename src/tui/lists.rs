//! The rows of every list the browser shows: the home screen, a level of the hierarchy, the
//! agenda (grouped by year and quarter, with filters), the aanbevelingen, the begrippen A–Z
//! and the organisaties. Pure functions of the model, so tests can check them directly.

pub use super::agenda_filter::{AgendaFilter, agenda_items};
pub use super::row::Row;
use super::strings as s;
use crate::model::agenda::{self, Year};
use crate::model::{DROOM_ID, Item, ItemType, Model, Relation};

/// What the list part of the screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Home,
    /// The items one level below this one.
    Children(String),
    /// All items of a type that has no place in the hierarchy.
    Type(ItemType),
    Agenda,
    Aanbevelingen,
    Begrippen,
    Organisaties,
    /// How the afspraken stand per opgave (the numbers of `marke voortgang`).
    Voortgang,
    Zoeken,
}

impl Screen {
    pub fn title(&self, model: &Model) -> String {
        match self {
            Screen::Home => s::HOME.into(),
            Screen::Children(id) => model.get(id).map_or_else(String::new, Item::display_title),
            Screen::Type(k) => k.plural_label().into(),
            Screen::Agenda => s::AGENDA.into(),
            Screen::Aanbevelingen => s::AANBEVELINGEN.into(),
            Screen::Begrippen => s::BEGRIPPEN.into(),
            Screen::Organisaties => s::ORGANISATIES.into(),
            Screen::Voortgang => s::VOORTGANG.into(),
            Screen::Zoeken => s::ZOEKEN.into(),
        }
    }
}

fn item_row(item: &Item) -> Row {
    Row {
        id: Some(item.id.clone()),
        text: item.display_title(),
        ..Row::default()
    }
}

fn heading(text: String) -> Row {
    Row {
        text,
        ..Row::default()
    }
}

/// The list an item is shown in when a link leads to it.
pub fn screen_of(model: &Model, item: &Item) -> Screen {
    match (item.kind, model.parent(item)) {
        (ItemType::Droom | ItemType::Opgave, _) => Screen::Home,
        (_, Some(p)) if p.id == DROOM_ID => Screen::Home,
        (_, Some(p)) => Screen::Children(p.id.clone()),
        (ItemType::Begrip | ItemType::Afkorting, None) => Screen::Begrippen,
        (ItemType::Organisatie | ItemType::Orgaan, None) => Screen::Organisaties,
        (ItemType::Aanbeveling, None) => Screen::Aanbevelingen,
        (k, None) => Screen::Type(k),
    }
}

/// The rows of a screen (the search screen's rows come from the search results).
pub fn rows(
    model: &Model,
    screen: &Screen,
    filter: &AgendaFilter,
    today: (u16, u8, u8),
) -> Vec<Row> {
    match screen {
        Screen::Home => home(model),
        Screen::Children(id) => model
            .get(id)
            .map(|it| model.children(it).into_iter().map(item_row).collect())
            .unwrap_or_default(),
        Screen::Type(k) => model.of_type(*k).into_iter().map(item_row).collect(),
        Screen::Agenda => agenda(model, filter, today),
        Screen::Aanbevelingen => aanbevelingen(model),
        Screen::Begrippen => begrippen(model),
        Screen::Organisaties => organisaties(model),
        Screen::Voortgang => super::progress::rows(model, today.into()),
        Screen::Zoeken => Vec::new(),
    }
}

fn home(model: &Model) -> Vec<Row> {
    let mut out: Vec<Row> = model.get(DROOM_ID).map(item_row).into_iter().collect();
    for o in model.of_type(ItemType::Opgave) {
        let c = model.counts(o);
        out.push(Row {
            note: format!("{} · {}", s::doelen(c.0), s::afspraken(c.1)),
            counts: Some(c),
            ..item_row(o)
        });
    }
    out
}

/// Afspraken per planned year (the unplanned ones last), for the bar chart.
pub fn per_year(items: &[&Item]) -> Vec<(Year, u64)> {
    agenda::by_year(items.iter().copied())
        .into_iter()
        .map(|g| (g.year, g.items.len() as u64))
        .collect()
}

/// The agenda: a heading per year and per quarter, then the afspraken.
fn agenda(model: &Model, f: &AgendaFilter, today: (u16, u8, u8)) -> Vec<Row> {
    let mut out = Vec::new();
    for group in agenda::by_year(agenda_items(model, f)) {
        out.push(heading(group.year.label()));
        for (quarter, items) in group.quarters() {
            if group.year != Year::Unplanned {
                let q = quarter.map_or_else(|| s::WHOLE_YEAR.to_owned(), s::quarter);
                out.push(heading(format!("  {q}")));
            }
            out.extend(items.into_iter().map(|a| {
                Row {
                    note: a
                        .facts
                        .status
                        .map(|st| st.name().to_owned())
                        .unwrap_or_default(),
                    mark: agenda::overdue(a, today.into()).then_some(s::OVERDUE),
                    ..item_row(a)
                }
            }));
        }
    }
    out
}

fn aanbevelingen(model: &Model) -> Vec<Row> {
    model
        .of_type(ItemType::Aanbeveling)
        .into_iter()
        .map(|a| Row {
            note: s::afspraken(a.targets(Relation::Afspraken).count()),
            ..item_row(a)
        })
        .collect()
}

fn sort_title(item: &Item) -> String {
    deunicode::deunicode(&item.title).to_lowercase()
}

fn begrippen(model: &Model) -> Vec<Row> {
    let mut items = model.of_type(ItemType::Begrip);
    items.extend(model.of_type(ItemType::Afkorting));
    items.sort_by_cached_key(|i| sort_title(i));
    let mut out = Vec::new();
    let mut letter = None;
    for it in items {
        let first = sort_title(it)
            .chars()
            .next()
            .map(|c| c.to_ascii_uppercase());
        if first != letter {
            letter = first;
            out.push(heading(first.map(String::from).unwrap_or_default()));
        }
        out.push(Row {
            note: it.kind.label().to_lowercase(),
            ..item_row(it)
        });
    }
    out
}

fn organisaties(model: &Model) -> Vec<Row> {
    let mut items = model.of_type(ItemType::Organisatie);
    items.extend(model.of_type(ItemType::Orgaan));
    items.sort_by_cached_key(|i| sort_title(i));
    items
        .into_iter()
        .map(|o| {
            let n = model.referrers(&o.id, Relation::Initiatiefnemers).len();
            Row {
                note: if n > 0 {
                    s::afspraken(n)
                } else {
                    String::new()
                },
                ..item_row(o)
            }
        })
        .collect()
}
