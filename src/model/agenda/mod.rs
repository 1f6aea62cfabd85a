//! The living agenda: the questions everyone asks about an afspraak's progress. Is it
//! overdue? When was it last updated? How do the afspraken of an opgave stand?
//!
//! They are answered here, once, so the browser, `marke show`, search, `marke voortgang`, the
//! exports and the site cannot disagree. Which year and quarter an afspraak falls in (and what
//! the unplanned ones are called) is in [`years`]. Today is always a parameter: the model
//! never reads the clock, so tests (and `MARKE_VANDAAG`) fix the date.

mod years;

use std::collections::HashMap;

use serde::Serialize;

pub use years::{Year, YearGroup, by_year, quarter};

use super::{Date, Item, ItemType, Model, Status};

/// One recorded status update: on this day the afspraak got this status, with a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Update {
    pub datum: Date,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toelichting: Option<String>,
    /// File line and column of `datum`, to point at it in a message.
    #[serde(skip)]
    pub line: usize,
    #[serde(skip)]
    pub column: usize,
}

/// How long an open afspraak may go without an update before the progress view flags it.
pub const STALE_MONTHS: u8 = 6;

/// Finished or dropped: such an afspraak can no longer be late or out of date.
pub fn is_closed(status: Status) -> bool {
    matches!(status, Status::Afgerond | Status::Vervallen)
}

/// An afspraak whose planned period ended before `today` and that is not finished or
/// dropped. A year ends on 31 December, a quarter on its last day, a date on that day; an
/// afspraak planned "nader te bepalen" is never overdue.
pub fn overdue(item: &Item, today: Date) -> bool {
    item.kind == ItemType::Afspraak
        && item
            .facts
            .gepland
            .is_some_and(|g| g.is_past((today.jaar, today.maand, today.dag)))
        && !item.facts.status.is_some_and(is_closed)
}

/// The most recent status update, if any was recorded.
pub fn latest(item: &Item) -> Option<&Update> {
    item.facts.voortgang.last()
}

/// The day of the most recent status update ("laatst bijgewerkt").
pub fn last_updated(item: &Item) -> Option<Date> {
    latest(item).map(|u| u.datum)
}

/// An open afspraak without an update in the last [`STALE_MONTHS`] months, or never updated:
/// the programme council wants to know where nobody has looked.
pub fn needs_update(item: &Item, today: Date) -> bool {
    item.kind == ItemType::Afspraak
        && !item.facts.status.is_some_and(is_closed)
        && last_updated(item).is_none_or(|d| d < today.months_before(STALE_MONTHS))
}

/// The status as people read it, with the date and note of the last update:
/// "lopend (bijgewerkt 1 december 2026: eerste bijeenkomst gehouden)".
pub fn status_text(item: &Item) -> Option<String> {
    let status = item.facts.status?.name();
    Some(match latest(item) {
        Some(u) => match &u.toelichting {
            Some(note) => format!("{status} (bijgewerkt {}: {note})", u.datum.display_nl()),
            None => format!("{status} (bijgewerkt {})", u.datum.display_nl()),
        },
        None => status.to_owned(),
    })
}

/// How the afspraken of one group stand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub afspraken: usize,
    /// Counts in the order of [`Status::ALL`].
    pub per_status: [usize; 6],
    pub verlopen: usize,
    /// Open and not updated for more than [`STALE_MONTHS`] months (or never).
    pub niet_bijgewerkt: usize,
}

impl Tally {
    fn add(&mut self, item: &Item, today: Date) {
        self.afspraken += 1;
        let status = item.facts.status.unwrap_or_default();
        if let Some(i) = Status::ALL.iter().position(|s| *s == status) {
            self.per_status[i] += 1;
        }
        self.verlopen += usize::from(overdue(item, today));
        self.niet_bijgewerkt += usize::from(needs_update(item, today));
    }

    /// The number of afspraken with this status.
    pub fn count(&self, status: Status) -> usize {
        Status::ALL
            .iter()
            .position(|s| *s == status)
            .map_or(0, |i| self.per_status[i])
    }

    fn merge(&mut self, other: &Tally) {
        self.afspraken += other.afspraken;
        for (a, b) in self.per_status.iter_mut().zip(other.per_status) {
            *a += b;
        }
        self.verlopen += other.verlopen;
        self.niet_bijgewerkt += other.niet_bijgewerkt;
    }
}

/// The tally of one opgave; `opgave` is `None` for afspraken that belong to no opgave.
#[derive(Debug, Clone)]
pub struct OpgaveTally<'a> {
    pub opgave: Option<&'a Item>,
    pub tally: Tally,
}

/// How the afspraken stand per opgave, in the order the opgaven are listed, then the
/// afspraken without an opgave (only when there are any). One pass over the afspraken.
pub fn per_opgave(model: &Model, today: Date) -> Vec<OpgaveTally<'_>> {
    let mut rows: Vec<OpgaveTally> = model
        .of_type(ItemType::Opgave)
        .into_iter()
        .map(|o| OpgaveTally {
            opgave: Some(o),
            tally: Tally::default(),
        })
        .collect();
    let at: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.opgave.map(|o| (o.id.as_str(), i)))
        .collect();
    let mut loose = Tally::default();
    for a in model
        .items()
        .iter()
        .filter(|i| i.kind == ItemType::Afspraak)
    {
        match model.opgave_of(a).and_then(|o| at.get(o.id.as_str())) {
            Some(&i) => rows[i].tally.add(a, today),
            None => loose.add(a, today),
        }
    }
    if loose.afspraken > 0 {
        rows.push(OpgaveTally {
            opgave: None,
            tally: loose,
        });
    }
    rows
}

/// The sum of all rows.
pub fn total(rows: &[OpgaveTally]) -> Tally {
    let mut sum = Tally::default();
    for r in rows {
        sum.merge(&r.tally);
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Facts, Location, Planned};

    fn afspraak(gepland: &str, status: Status, updates: &[(Date, Status)]) -> Item {
        Item {
            id: "a".into(),
            kind: ItemType::Afspraak,
            title: "A".into(),
            summary: String::new(),
            body: String::new(),
            source_note: String::new(),
            source: None,
            aliases: Vec::new(),
            order: None,
            facts: Facts {
                gepland: Planned::parse(gepland).ok(),
                status: Some(status),
                voortgang: updates
                    .iter()
                    .map(|&(datum, status)| Update {
                        datum,
                        status,
                        toelichting: None,
                        line: 0,
                        column: 0,
                    })
                    .collect(),
                ..Facts::default()
            },
            links: Vec::new(),
            location: Location {
                path: "a.yaml".into(),
                rel_path: "a.yaml".into(),
                line: 1,
                title_line: 0,
                summary_line: 0,
                body_line: 0,
            },
        }
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_year_is_overdue_from_the_first_of_january() {
        let a = afspraak("2025", Status::Lopend, &[]);
        assert!(!overdue(&a, day("2025-12-31")));
        assert!(overdue(&a, day("2026-01-01")));
    }

    #[test]
    fn a_quarter_is_overdue_the_day_after_its_last_day() {
        let q1 = afspraak("2025-Q1", Status::Onbekend, &[]);
        assert!(!overdue(&q1, day("2025-03-31")));
        assert!(overdue(&q1, day("2025-04-01")));
        let q2 = afspraak("2024-Q2", Status::Gepland, &[]);
        assert!(!overdue(&q2, day("2024-06-30")));
        assert!(overdue(&q2, day("2024-07-01")));
        let q4 = afspraak("2024-Q4", Status::Vertraagd, &[]);
        assert!(!overdue(&q4, day("2024-12-31")));
        assert!(overdue(&q4, day("2025-01-01")));
    }

    #[test]
    fn a_date_is_overdue_the_day_after_and_leap_days_count() {
        let a = afspraak("2024-02-29", Status::Onbekend, &[]);
        assert!(!overdue(&a, day("2024-02-29")));
        assert!(overdue(&a, day("2024-03-01")));
    }

    #[test]
    fn finished_dropped_and_unplanned_afspraken_are_never_overdue() {
        let today = day("2030-01-01");
        assert!(!overdue(&afspraak("2024", Status::Afgerond, &[]), today));
        assert!(!overdue(&afspraak("2024", Status::Vervallen, &[]), today));
        assert!(!overdue(
            &afspraak("onbekend", Status::Onbekend, &[]),
            today
        ));
        assert!(overdue(&afspraak("2024", Status::Vertraagd, &[]), today));
    }

    #[test]
    fn an_open_afspraak_needs_an_update_after_more_than_six_months() {
        let today = day("2026-12-01");
        let at = |d: &str| afspraak("2027", Status::Lopend, &[(day(d), Status::Lopend)]);
        assert!(!needs_update(&at("2026-06-01"), today));
        assert!(needs_update(&at("2026-05-31"), today));
        assert!(needs_update(
            &afspraak("2027", Status::Onbekend, &[]),
            today
        ));
        let done = afspraak(
            "2024",
            Status::Afgerond,
            &[(day("2024-01-01"), Status::Afgerond)],
        );
        assert!(!needs_update(&done, today));
        assert_eq!(last_updated(&at("2026-06-01")), Some(day("2026-06-01")));
    }

    #[test]
    fn the_status_text_carries_the_date_and_note_of_the_last_update() {
        let mut a = afspraak(
            "2027",
            Status::Lopend,
            &[(day("2026-12-01"), Status::Lopend)],
        );
        assert_eq!(
            status_text(&a).as_deref(),
            Some("lopend (bijgewerkt 1 december 2026)")
        );
        a.facts.voortgang[0].toelichting = Some("eerste overleg".into());
        assert_eq!(
            status_text(&a).as_deref(),
            Some("lopend (bijgewerkt 1 december 2026: eerste overleg)")
        );
        let none = afspraak("2027", Status::Onbekend, &[]);
        assert_eq!(status_text(&none).as_deref(), Some("onbekend"));
    }

    #[test]
    fn a_tally_counts_each_afspraak_once_per_question() {
        let today = day("2026-12-01");
        let mut t = Tally::default();
        t.add(&afspraak("2024", Status::Onbekend, &[]), today);
        t.add(
            &afspraak("2027", Status::Lopend, &[(today, Status::Lopend)]),
            today,
        );
        t.add(&afspraak("2024", Status::Afgerond, &[]), today);
        assert_eq!(t.afspraken, 3);
        assert_eq!(t.count(Status::Onbekend), 1);
        assert_eq!(t.count(Status::Lopend), 1);
        assert_eq!(t.count(Status::Afgerond), 1);
        assert_eq!(t.verlopen, 1);
        assert_eq!(t.niet_bijgewerkt, 1);
    }
}
