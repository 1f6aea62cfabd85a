//! The agenda by time: afspraken by the year and quarter they are planned in. The browser's agenda
//! and bar chart, the site's agenda pages and its timeline all group with [`by_year`], so
//! they count the same afspraken in the same years and call the unplanned ones the same.

use std::collections::BTreeMap;
use std::fmt;

use crate::model::{Item, Planned, UNPLANNED};

/// The year an afspraak is planned in; the unplanned ones sort last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Year {
    In(u16),
    Unplanned,
}

impl Year {
    pub fn of(item: &Item) -> Self {
        item.facts
            .gepland
            .and_then(Planned::year)
            .map_or(Year::Unplanned, Year::In)
    }

    /// As a heading: "2025", or "Nader te bepalen".
    pub fn label(self) -> String {
        match self {
            Year::In(y) => y.to_string(),
            Year::Unplanned => capitalised(UNPLANNED),
        }
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// The quarter an afspraak is planned in (1–4), or `None` for a whole year or no plan.
pub fn quarter(item: &Item) -> Option<u8> {
    match item.facts.gepland? {
        Planned::Kwartaal { kwartaal, .. } => Some(kwartaal),
        Planned::Datum { maand, .. } => Some((maand - 1) / 3 + 1),
        Planned::Jaar { .. } | Planned::Onbekend => None,
    }
}

/// The afspraken of one year, in the order they were given.
#[derive(Debug, Clone)]
pub struct YearGroup<'a> {
    pub year: Year,
    pub items: Vec<&'a Item>,
}

impl<'a> YearGroup<'a> {
    /// The year's afspraken by quarter: the whole-year ones first, then quarters 1 to 4.
    pub fn quarters(&self) -> Vec<(Option<u8>, Vec<&'a Item>)> {
        let mut by: BTreeMap<Option<u8>, Vec<&'a Item>> = BTreeMap::new();
        for item in &self.items {
            by.entry(quarter(item)).or_default().push(item);
        }
        by.into_iter().collect()
    }
}

/// Afspraken grouped by planned year: years ascending, the unplanned ones last. Within a year
/// the given order stays (the model's order: by code).
pub fn by_year<'a>(afspraken: impl IntoIterator<Item = &'a Item>) -> Vec<YearGroup<'a>> {
    let mut by: BTreeMap<Year, Vec<&'a Item>> = BTreeMap::new();
    for item in afspraken {
        by.entry(Year::of(item)).or_default().push(item);
    }
    by.into_iter()
        .map(|(year, items)| YearGroup { year, items })
        .collect()
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ItemType;

    use crate::model::fixture::tui as fixture;

    fn ids<'a>(items: &[&'a Item]) -> Vec<&'a str> {
        items.iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn years_ascend_and_the_unplanned_come_last_under_one_label() {
        let m = fixture();
        let groups = by_year(m.of_type(ItemType::Afspraak));
        let labels: Vec<String> = groups.iter().map(|g| g.year.label()).collect();
        assert_eq!(labels, ["2024", "2025", "2026", "Nader te bepalen"]);
        assert_eq!(ids(&groups[3].items), ["2-3-1-a"]);
        assert_eq!(crate::model::Planned::Onbekend.display(), UNPLANNED);
    }

    #[test]
    fn a_year_lists_its_whole_year_afspraken_before_its_quarters() {
        let m = fixture();
        let groups = by_year(m.of_type(ItemType::Afspraak));
        let quarters: Vec<(Option<u8>, Vec<&str>)> = groups[0]
            .quarters()
            .into_iter()
            .map(|(q, items)| (q, ids(&items)))
            .collect();
        assert_eq!(
            quarters,
            [(None, vec!["2-1-1-a"]), (Some(4), vec!["2-3-1-b"])]
        );
        // A date counts in its quarter: 30 June is the second.
        assert_eq!(quarter(groups[2].items[0]), Some(2));
    }
}
