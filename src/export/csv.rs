//! `marke export --format csv`: one row per afspraak, for a spreadsheet.
//!
//! UTF-8 with a byte order mark and `;` between the columns by default: that is what Dutch
//! Excel needs to open the file with a double click and show "é" as "é". `--scheiding ,` is
//! there for other tools. [`table`] is shared with `marke voortgang --format csv`.

use crate::model::{Date, Item, ItemType, Model, Relation, agenda};

/// The byte order mark Excel looks for to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// The columns, in order.
pub const COLUMNS: [&str; 9] = [
    "code",
    "titel",
    "opgave",
    "doel",
    "gepland",
    "status",
    "laatst bijgewerkt",
    "verlopen",
    "initiatiefnemers",
];

/// Every afspraak, in agenda order, with the columns of [`COLUMNS`].
pub fn afspraken(model: &Model, today: Date, separator: u8) -> String {
    let rows = model
        .of_type(ItemType::Afspraak)
        .into_iter()
        .map(|a| row(model, a, today));
    table(&COLUMNS, rows, separator)
}

fn row(model: &Model, a: &Item, today: Date) -> Vec<String> {
    let f = &a.facts;
    let doel = a
        .first(Relation::Doel)
        .and_then(|id| model.get(id))
        .map(|d| d.code_or_title().to_owned());
    let wie: Vec<String> = a
        .targets(Relation::Initiatiefnemers)
        .filter_map(|id| model.get(id))
        .map(|o| o.title.clone())
        .collect();
    let wie = if wie.is_empty() {
        f.initiatiefnemers_tekst.clone().unwrap_or_default()
    } else {
        wie.join(", ")
    };
    vec![
        f.code.clone().unwrap_or_else(|| a.id.clone()),
        a.title.clone(),
        model
            .opgave_of(a)
            .map(|o| o.title.clone())
            .unwrap_or_default(),
        doel.unwrap_or_default(),
        f.gepland.map(|g| g.as_written()).unwrap_or_default(),
        f.status.unwrap_or_default().name().to_owned(),
        agenda::last_updated(a)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        if agenda::overdue(a, today) {
            "ja"
        } else {
            "nee"
        }
        .to_owned(),
        wie,
    ]
}

/// A CSV text for a spreadsheet: byte order mark, a header row, CRLF line ends (RFC 4180),
/// quotes only where needed, and every cell made safe to open (see [`defuse`]).
pub fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>, separator: u8) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(separator)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only lose rows, never panic.
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(r.iter().map(|c| defuse(c)));
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

/// Content is hostile: a cell that starts with `=`, `+`, `-` or `@` is a formula to Excel and
/// LibreOffice, which may run it when the file is opened. A leading `'` makes it plain text
/// (the OWASP advice for CSV injection). Control characters become spaces.
pub fn defuse(cell: &str) -> String {
    let clean: String = cell
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.starts_with(['=', '+', '-', '@']) {
        format!("'{clean}")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_control_characters_removed() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse("2025-Q2"), "2025-Q2");
        assert_eq!(defuse("a\nb\u{1b}[31m"), "a b [31m");
    }

    #[test]
    fn a_table_has_a_bom_crlf_and_quotes_only_where_needed() {
        let rows = vec![vec!["1.A".to_owned(), "Zorg; welzijn".to_owned()]];
        let t = table(&["code", "titel"], rows.into_iter(), b';');
        assert_eq!(t, "\u{feff}code;titel\r\n1.A;\"Zorg; welzijn\"\r\n");
    }
}
