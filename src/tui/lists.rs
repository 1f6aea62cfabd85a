//! The rows of every list the browser shows: the home screen, a level of the hierarchy, the
//! agenda (grouped by year and quarter, with filters), the aanbevelingen, the begrippen A–Z
//! and the organisaties. Pure functions of the model, so tests can check them directly.

use std::collections::BTreeMap;

use super::strings as s;
use crate::model::{DROOM_ID, Item, ItemType, Model, Planned, Relation, Status, agenda};

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
            Screen::Zoeken => s::ZOEKEN.into(),
        }
    }
}

/// One line of a list. Rows without an id are group headings; the cursor skips them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub id: Option<String>,
    pub text: String,
    /// Shown right-aligned: a status, a count.
    pub note: String,
    /// A word that must not be missed, shown with a marker: "verlopen".
    pub mark: Option<&'static str>,
    /// (doelen, afspraken) of an opgave, for the home screen's bars.
    pub counts: Option<(usize, usize)>,
}

/// Filters of the agenda view; `None` means all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgendaFilter {
    pub opgave: Option<String>,
    pub organisatie: Option<String>,
    pub status: Option<Status>,
}

impl AgendaFilter {
    pub fn is_empty(&self) -> bool {
        *self == AgendaFilter::default()
    }

    /// The active filters as (name, value) chips.
    pub fn chips(&self, model: &Model) -> Vec<(String, String)> {
        let title = |id: &String| {
            model
                .get(id)
                .map_or_else(|| id.clone(), |i| i.title.clone())
        };
        let mut out = Vec::new();
        if let Some(o) = &self.opgave {
            out.push(("opgave".into(), title(o)));
        }
        if let Some(o) = &self.organisatie {
            out.push(("wie".into(), title(o)));
        }
        if let Some(st) = self.status {
            out.push(("status".into(), st.name().into()));
        }
        out
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

/// The items one level below `item` in Droom › opgave › doel › afspraak (or its parts).
pub fn children<'a>(model: &'a Model, item: &Item) -> Vec<&'a Item> {
    match item.kind {
        ItemType::Droom => model.of_type(ItemType::Opgave),
        ItemType::Opgave => model.children(&item.id, Relation::Opgave),
        ItemType::Doel => model.children(&item.id, Relation::Doel),
        _ => model.children(&item.id, Relation::DeelVan),
    }
}

/// Number of doelen and afspraken under an opgave (see [`Model::counts`]).
pub fn counts(model: &Model, opgave: &Item) -> (usize, usize) {
    model.counts(opgave)
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
            .map(|it| children(model, it).into_iter().map(item_row).collect())
            .unwrap_or_default(),
        Screen::Type(k) => model.of_type(*k).into_iter().map(item_row).collect(),
        Screen::Agenda => agenda(model, filter, today),
        Screen::Aanbevelingen => aanbevelingen(model),
        Screen::Begrippen => begrippen(model),
        Screen::Organisaties => organisaties(model),
        Screen::Zoeken => Vec::new(),
    }
}

fn home(model: &Model) -> Vec<Row> {
    let mut out: Vec<Row> = model.get(DROOM_ID).map(item_row).into_iter().collect();
    for o in model.of_type(ItemType::Opgave) {
        let c = counts(model, o);
        out.push(Row {
            note: format!("{} {} · {} {}", c.0, s::DOELEN, c.1, s::AFSPRAKEN),
            counts: Some(c),
            ..item_row(o)
        });
    }
    out
}

/// Afspraken that pass the filters, in agenda order.
pub fn agenda_items<'a>(model: &'a Model, f: &AgendaFilter) -> Vec<&'a Item> {
    let mut v: Vec<&Item> = model
        .of_type(ItemType::Afspraak)
        .into_iter()
        .filter(|a| {
            f.opgave
                .as_ref()
                .is_none_or(|o| model.opgave_of(a).is_some_and(|x| &x.id == o))
                && f.organisatie
                    .as_ref()
                    .is_none_or(|o| a.targets(Relation::Initiatiefnemers).any(|t| t == o))
                && f.status.is_none_or(|st| a.facts.status == Some(st))
        })
        .collect();
    v.sort_by_key(|a| (year_key(a), quarter(a)));
    v
}

fn year_key(a: &Item) -> u16 {
    a.facts.gepland.and_then(Planned::year).unwrap_or(u16::MAX)
}

fn quarter(a: &Item) -> u8 {
    match a.facts.gepland {
        Some(Planned::Kwartaal { kwartaal, .. }) => kwartaal,
        Some(Planned::Datum { maand, .. }) => (maand - 1) / 3 + 1,
        _ => 0,
    }
}

/// Afspraken per planned year ("ntb" last), for the bar chart.
pub fn per_year(items: &[&Item]) -> Vec<(String, u64)> {
    let mut m: BTreeMap<u16, u64> = BTreeMap::new();
    for a in items {
        *m.entry(year_key(a)).or_default() += 1;
    }
    m.into_iter()
        .map(|(y, n)| {
            (
                if y == u16::MAX {
                    "ntb".into()
                } else {
                    y.to_string()
                },
                n,
            )
        })
        .collect()
}

fn agenda(model: &Model, f: &AgendaFilter, today: (u16, u8, u8)) -> Vec<Row> {
    let mut out = Vec::new();
    let mut group = (0u16, 99u8);
    for a in agenda_items(model, f) {
        let g = (year_key(a), quarter(a));
        if g.0 != group.0 {
            let label = if g.0 == u16::MAX {
                s::UNPLANNED.to_owned()
            } else {
                g.0.to_string()
            };
            out.push(heading(label));
        }
        if g != group && g.0 != u16::MAX {
            let q = if g.1 == 0 {
                s::WHOLE_YEAR.to_owned()
            } else {
                format!("{}e kwartaal", g.1)
            };
            out.push(heading(format!("  {q}")));
        }
        group = g;
        out.push(Row {
            note: a
                .facts
                .status
                .map(|st| st.name().to_owned())
                .unwrap_or_default(),
            mark: agenda::overdue(a, today.into()).then_some(s::OVERDUE),
            ..item_row(a)
        });
    }
    out
}

fn aanbevelingen(model: &Model) -> Vec<Row> {
    model
        .of_type(ItemType::Aanbeveling)
        .into_iter()
        .map(|a| Row {
            note: format!(
                "{} {}",
                a.targets(Relation::Afspraken).count(),
                s::AFSPRAKEN
            ),
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
            let n = model.children(&o.id, Relation::Initiatiefnemers).len();
            Row {
                note: if n > 0 {
                    format!("{n} {}", s::AFSPRAKEN)
                } else {
                    String::new()
                },
                ..item_row(o)
            }
        })
        .collect()
}
