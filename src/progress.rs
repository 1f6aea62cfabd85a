//! `marke voortgang`: how the afspraken of each opgave stand, for the programme council and
//! partners. As plain text (readable aloud, fits 80 columns), JSON, CSV for a spreadsheet, or
//! a Markdown table to paste into a memo.
//!
//! The numbers come from [`crate::model::agenda`]; this module only lays them out, so the
//! browser and the site can show the same numbers.

use serde_json::{Value, json};

use crate::export::csv::table;
use crate::model::agenda::{self, OpgaveTally, STALE_MONTHS, Tally};
use crate::model::{Date, Item, Model, Status};

/// The progress of all opgaven on one day.
#[derive(Debug)]
pub struct Progress<'a> {
    pub today: Date,
    pub rows: Vec<OpgaveTally<'a>>,
    pub total: Tally,
}

const NO_OPGAVE: &str = "Zonder opgave";

impl<'a> Progress<'a> {
    pub fn new(model: &'a Model, today: Date) -> Self {
        let rows = agenda::per_opgave(model, today);
        let total = agenda::total(&rows);
        Self { today, rows, total }
    }

    /// Blocks per opgave, naming only the statuses that occur.
    pub fn text(&self) -> String {
        let mut out = format!(
            "Voortgang van de afspraken op {}\n",
            self.today.display_nl()
        );
        for r in &self.rows {
            out.push_str(&block(&label(r), &r.tally));
        }
        out.push_str(&block("Totaal", &self.total));
        out.push_str(&format!(
            "\nVerlopen: de geplande periode is voorbij en de afspraak is niet afgerond of vervallen.\n\
             Niet bijgewerkt: open afspraken zonder update in de laatste {STALE_MONTHS} maanden (of nooit).\n"
        ));
        out
    }

    pub fn json(&self) -> Value {
        let row = |id: Option<&str>, code: Option<&str>, title: &str, t: &Tally| {
            let per: serde_json::Map<String, Value> = Status::ALL
                .iter()
                .map(|s| (s.name().to_owned(), json!(t.count(*s))))
                .collect();
            json!({
                "id": id, "code": code, "titel": title, "afspraken": t.afspraken,
                "status": per, "verlopen": t.verlopen, "niet_bijgewerkt": t.niet_bijgewerkt
            })
        };
        let opgaven: Vec<Value> = self
            .rows
            .iter()
            .map(|r| {
                let o = r.opgave;
                row(
                    o.map(|o| o.id.as_str()),
                    o.and_then(|o| o.facts.code.as_deref()),
                    o.map_or(NO_OPGAVE, |o| o.title.as_str()),
                    &r.tally,
                )
            })
            .collect();
        json!({
            "datum": self.today.to_string(),
            "niet_bijgewerkt_maanden": STALE_MONTHS,
            "opgaven": opgaven,
            "totaal": row(None, None, "Totaal", &self.total),
        })
    }

    /// One row per opgave and a total, for a spreadsheet (see [`table`]).
    pub fn csv(&self) -> String {
        let header = columns();
        let rows = self
            .rows
            .iter()
            .map(|r| cells(&label(r), &r.tally))
            .chain(std::iter::once(cells("Totaal", &self.total)));
        table(
            &header.iter().map(String::as_str).collect::<Vec<_>>(),
            rows,
            b';',
        )
    }

    /// A Markdown table with a title and the definitions, to paste into a memo.
    pub fn markdown(&self) -> String {
        let header = columns();
        let mut out = format!(
            "## Voortgang van de afspraken op {}\n\n| {} |\n|{}|\n",
            self.today.display_nl(),
            header.join(" | "),
            header
                .iter()
                .enumerate()
                .map(|(i, _)| if i == 0 { "---" } else { "---:" })
                .collect::<Vec<_>>()
                .join("|")
        );
        let mut line = |name: &str, t: &Tally| {
            let c: Vec<String> = cells(name, t)
                .into_iter()
                .map(|c| c.replace('|', "\\|"))
                .collect();
            out.push_str(&format!("| {} |\n", c.join(" | ")));
        };
        for r in &self.rows {
            line(&label(r), &r.tally);
        }
        line("**Totaal**", &self.total);
        out.push_str(&format!(
            "\n*Verlopen*: de geplande periode is voorbij en de afspraak is niet afgerond of \
             vervallen. *Niet bijgewerkt*: open afspraken zonder update in de laatste \
             {STALE_MONTHS} maanden (of nooit).\n"
        ));
        out
    }
}

/// "1.1 Netwerkaanpak", or "Zonder opgave".
pub fn label(r: &OpgaveTally) -> String {
    r.opgave
        .map_or_else(|| NO_OPGAVE.to_owned(), Item::display_title)
}

fn columns() -> Vec<String> {
    let mut c = vec!["opgave".to_owned(), "afspraken".to_owned()];
    c.extend(Status::ALL.iter().map(|s| s.name().to_owned()));
    c.push("verlopen".to_owned());
    c.push("niet bijgewerkt".to_owned());
    c
}

fn cells(name: &str, t: &Tally) -> Vec<String> {
    let mut c = vec![name.to_owned(), t.afspraken.to_string()];
    c.extend(Status::ALL.iter().map(|s| t.count(*s).to_string()));
    c.push(t.verlopen.to_string());
    c.push(t.niet_bijgewerkt.to_string());
    c
}

fn block(name: &str, t: &Tally) -> String {
    let statuses: Vec<String> = Status::ALL
        .iter()
        .filter(|s| t.count(**s) > 0)
        .map(|s| format!("{} {}", t.count(*s), s.name()))
        .collect();
    let statuses = if statuses.is_empty() {
        "geen".to_owned()
    } else {
        statuses.join(", ")
    };
    format!(
        "\n{name}: {} {}\n  status: {statuses}\n  verlopen: {} · niet bijgewerkt: {}\n",
        t.afspraken,
        if t.afspraken == 1 {
            "afspraak"
        } else {
            "afspraken"
        },
        t.verlopen,
        t.niet_bijgewerkt
    )
}
