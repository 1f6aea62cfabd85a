//! The voortgang view: per opgave how many afspraken have each status, how many are overdue
//! and how many were not updated for months, as rows with text bars. The numbers are those of
//! `marke voortgang` ([`agenda::per_opgave`]); nothing is counted here. Each number is a row
//! that `Enter` opens: the agenda with the filters that give exactly those afspraken.

use super::agenda_filter::AgendaFilter;
use super::row::Row;
use super::strings as s;
use crate::model::agenda::{self, Tally};
use crate::model::{Date, Model, Status};

/// The rows of the view: a heading per opgave (and the total), then one row per number.
pub fn rows(model: &Model, today: Date) -> Vec<Row> {
    let per = agenda::per_opgave(model, today);
    let total = agenda::total(&per);
    let mut out = Vec::new();
    for r in &per {
        let title = r.opgave.map_or_else(
            || s::NO_OPGAVE.to_owned(),
            crate::model::Item::display_title,
        );
        let opgave = r.opgave.map(|o| o.id.clone());
        // Afspraken without an opgave cannot be filtered on in the agenda: no cells there.
        let open = r.opgave.is_some();
        block(&mut out, &title, &r.tally, today, open.then_some(opgave));
    }
    block(&mut out, s::TOTAL, &total, today, Some(None));
    out
}

/// `opgave`: `None` when the numbers cannot be opened; `Some(None)` for all opgaven.
fn block(out: &mut Vec<Row>, title: &str, t: &Tally, today: Date, opgave: Option<Option<String>>) {
    out.push(Row {
        text: format!("{title} ({})", s::afspraken(t.afspraken)),
        ..Row::default()
    });
    let base = opgave.map(|o| AgendaFilter {
        opgave: o,
        today: Some(today),
        ..AgendaFilter::default()
    });
    let mut cell = |label: String, n: usize, f: Option<AgendaFilter>| {
        if n > 0 {
            out.push(Row {
                text: format!("  {label}"),
                note: n.to_string(),
                counts: Some((0, n)),
                cell: f,
                ..Row::default()
            });
        }
    };
    for st in Status::ALL {
        let f = base.clone().map(|b| AgendaFilter {
            status: Some(st),
            ..b
        });
        cell(st.name().to_owned(), t.count(st), f);
    }
    let f = base.clone().map(|b| AgendaFilter {
        verlopen: true,
        ..b
    });
    cell(format!("! {}", s::OVERDUE), t.verlopen, f);
    let f = base.map(|b| AgendaFilter {
        niet_bijgewerkt: true,
        ..b
    });
    cell(s::STALE.to_owned(), t.niet_bijgewerkt, f);
}
