//! `marke status --import voortgang.csv`: the programme office's spreadsheet as status
//! requests. Columns `code`, `status`, `datum`, `toelichting` (the last two may be left
//! empty or out), one header row, `;` or `,` between the columns (Dutch Excel writes `;`),
//! UTF-8 with or without the byte order mark Excel puts in front.
//!
//! This only reads the rows; [`super::record`] checks and writes them, all or nothing.

use super::{Problem, Request};

/// The columns, with the other names a spreadsheet may use for them.
const COLUMNS: &[(&str, &[&str])] = &[
    ("code", &["code", "id", "afspraak"]),
    ("status", &["status"]),
    ("datum", &["datum", "date"]),
    ("toelichting", &["toelichting", "opmerking", "notitie"]),
];

/// The requests in the file, or every problem with it by row (row 1 is the header; 0 is the
/// file as a whole).
pub fn parse(bytes: &[u8]) -> Result<Vec<Request>, Vec<(usize, Problem)>> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![(
            0,
            Problem::new(
                "het bestand is geen UTF-8-tekst".to_owned(),
                "sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)'".to_owned(),
            ),
        )]);
    };
    let header = text.lines().next().unwrap_or("");
    let delimiter = if header.matches(';').count() >= header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let columns = columns(&mut reader).map_err(|p| vec![(1, p)])?;
    let mut requests = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        match record {
            Ok(rec) => {
                let row = rec.position().map_or(0, |p| line_at(text, p.byte()));
                let cell = |i: Option<usize>| {
                    i.and_then(|i| rec.get(i))
                        .map(str::to_owned)
                        .filter(|v| !v.is_empty())
                };
                if rec.iter().all(str::is_empty) {
                    continue; // an empty row at the end of a spreadsheet
                }
                requests.push(Request {
                    target: cell(columns[0]).unwrap_or_default(),
                    status: cell(columns[1]).unwrap_or_default(),
                    datum: cell(columns[2]),
                    toelichting: cell(columns[3]),
                    row,
                });
            }
            Err(e) => {
                let row = e.position().map_or(0, |p| line_at(text, p.byte()));
                problems.push((
                    row,
                    Problem::new(
                        format!("deze regel kan niet gelezen worden: {e}"),
                        "controleer de aanhalingstekens in deze regel".to_owned(),
                    ),
                ));
            }
        }
    }
    for r in &requests {
        if r.target.is_empty() {
            problems.push((
                r.row,
                Problem::new(
                    "de code ontbreekt".to_owned(),
                    "vul de code van de afspraak in, bijvoorbeeld 2.1.1.A".to_owned(),
                ),
            ));
        }
    }
    if requests.is_empty() && problems.is_empty() {
        problems.push((
            0,
            Problem::new(
                "het bestand heeft geen regels onder de kopregel".to_owned(),
                "zet onder de kop één regel per update: code, status, datum, toelichting"
                    .to_owned(),
            ),
        ));
    }
    if problems.is_empty() {
        Ok(requests)
    } else {
        problems.sort_by_key(|(row, _)| *row);
        Err(problems)
    }
}

/// The file line (from 1) where the record at `byte` starts: the row number people see in
/// their editor. The reader places a record after a CRLF at that CRLF's `\n`, and counts
/// lines that way too, so we skip line ends first and count ourselves.
fn line_at(text: &str, byte: u64) -> usize {
    let bytes = text.as_bytes();
    let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
        start += 1;
    }
    bytes[..start].iter().filter(|b| **b == b'\n').count() + 1
}

/// The position of each of [`COLUMNS`] in the header; `code` and `status` must be there.
fn columns<R: std::io::Read>(reader: &mut csv::Reader<R>) -> Result<[Option<usize>; 4], Problem> {
    let header = reader.headers().map_err(|e| {
        Problem::new(
            format!("de kopregel kan niet gelezen worden: {e}"),
            "de eerste regel noemt de kolommen: code;status;datum;toelichting".to_owned(),
        )
    })?;
    let names = || {
        COLUMNS
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut found = [None; 4];
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().to_lowercase();
        if name.is_empty() {
            continue;
        }
        match COLUMNS
            .iter()
            .position(|(_, alts)| alts.contains(&name.as_str()))
        {
            Some(c) if found[c].is_none() => found[c] = Some(i),
            Some(_) => {
                return Err(Problem::new(
                    format!("de kolom '{name}' staat twee keer in de kopregel"),
                    "laat één van de twee weg".to_owned(),
                ));
            }
            None => {
                return Err(Problem::new(
                    format!("onbekende kolom '{name}' in de kopregel"),
                    format!("de kolommen zijn: {}", names()),
                ));
            }
        }
    }
    for (c, (name, _)) in COLUMNS.iter().enumerate().take(2) {
        if found[c].is_none() {
            return Err(Problem::new(
                format!("de kolom '{name}' ontbreekt in de kopregel"),
                format!("de eerste regel noemt de kolommen: {}", names()),
            ));
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_csv_with_bom_semicolons_and_quotes_is_read() {
        let file = "\u{feff}Code;Status;Datum;Toelichting\r\n2.1.1.A;lopend;2026-11-16;\"Start; eerste \"\"sessie\"\"\"\r\n;;;\r\n2.1.1.B;afgerond;;\r\n";
        let rows = parse(file.as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].target, "2.1.1.A");
        assert_eq!(
            rows[0].toelichting.as_deref(),
            Some("Start; eerste \"sessie\"")
        );
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[1].datum, None);
        assert_eq!(rows[1].row, 4);
    }

    #[test]
    fn commas_work_and_the_date_and_note_columns_may_be_left_out() {
        let rows = parse(b"code,status\n2-1-1-a,gepland\n").unwrap();
        assert_eq!(rows[0].status, "gepland");
        assert_eq!(rows[0].datum, None);
    }

    #[test]
    fn a_bad_header_or_missing_code_is_reported_by_row() {
        let err = parse(b"code;staus\n2.1.1.A;lopend\n").unwrap_err();
        assert_eq!(err[0].0, 1);
        assert!(
            err[0].1.message.contains("onbekende kolom 'staus'"),
            "{err:?}"
        );
        let err = parse(b"code;status\n;lopend\n").unwrap_err();
        assert_eq!(err[0].0, 2);
        let err = parse(b"code;status\n").unwrap_err();
        assert!(err[0].1.message.contains("geen regels"), "{err:?}");
        let err = parse(b"code;status\n\xff;lopend\n").unwrap_err();
        assert!(err[0].1.message.contains("UTF-8"), "{err:?}");
    }
}
