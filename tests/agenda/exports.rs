//! What staff take out of marke: `voortgang` in four formats, `verlopen:` in search, and the
//! CSV and ICS exports. The calendar is read back with a real iCalendar parser.

use icalendar::{CalendarComponent, Component, DatePerhapsTime};

use super::{Content, TODAY, marke, stderr, stdout};

/// The fixture after one update, so the numbers are not all the same.
fn updated() -> Content {
    let c = Content::fixture();
    let out = c.run(&["status", "2.1.1.B", "lopend", "--datum", "2026-11-16"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    c
}

#[test]
fn voortgang_counts_per_opgave_in_every_format() {
    let c = updated();
    let text = stdout(&c.run(&["voortgang"]));
    assert!(
        text.contains("Voortgang van de afspraken op 1 december 2026"),
        "{text}"
    );
    assert!(text.contains("1.1 Netwerkaanpak: 2 afspraken"), "{text}");
    assert!(text.contains("status: 1 onbekend, 1 lopend"), "{text}");
    assert!(text.contains("verlopen: 1 · niet bijgewerkt: 1"), "{text}");

    let json: serde_json::Value =
        serde_json::from_slice(&c.run(&["voortgang", "--format", "json"]).stdout).unwrap();
    let row = &json["opgaven"][0];
    assert_eq!(row["id"], "netwerkaanpak");
    assert_eq!(row["afspraken"], 2);
    assert_eq!(row["status"]["lopend"], 1);
    assert_eq!(row["verlopen"], 1);
    assert_eq!(json["totaal"]["niet_bijgewerkt"], 1);
    assert_eq!(json["datum"], TODAY);

    let csv = stdout(&c.run(&["voortgang", "--format", "csv"]));
    assert!(
        csv.starts_with("\u{feff}opgave;afspraken;onbekend;gepland;lopend;"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\n1.1 Netwerkaanpak;2;1;0;1;0;0;0;1;1\r\n"),
        "{csv}"
    );

    let md = stdout(&c.run(&["voortgang", "--format", "markdown"]));
    assert!(md.contains("| opgave | afspraken | onbekend |"), "{md}");
    assert!(md.contains("| 1.1 Netwerkaanpak | 2 | 1 | 0 | 1 |"), "{md}");
    assert!(md.contains("| **Totaal** | 2 |"), "{md}");
}

fn search_ids(c: &Content, query: &str) -> Vec<String> {
    let out = c.run(&["search", query, "--json", "--limit", "50"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    v["results"]
        .as_array()
        .map(|h| {
            h.iter()
                .filter_map(|x| x["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn search_filters_on_verlopen_as_of_today() {
    let c = Content::fixture();
    assert_eq!(search_ids(&c, "verlopen:ja"), ["2-1-1-a"]);
    assert_eq!(search_ids(&c, "verlopen:nee"), ["2-1-1-b"]);
    // A filter value that does not exist is a mistake in the question: exit 2, as `type:onzin`.
    let out = c.run(&["search", "verlopen:misschien", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("schrijf verlopen:ja of verlopen:nee"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn csv_export_has_one_row_per_afspraak_for_dutch_excel() {
    let c = updated();
    let csv = stdout(&c.run(&["export", "--format", "csv"]));
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(
            "\u{feff}code;titel;opgave;doel;gepland;status;laatst bijgewerkt;verlopen;initiatiefnemers"
        )
    );
    assert_eq!(
        lines.next(),
        Some("2.1.1.A;Een Drentse uitleg;Netwerkaanpak;1.1.1;2024;onbekend;;ja;")
    );
    assert_eq!(
        lines.next(),
        Some("2.1.1.B;Tweede afspraak;Netwerkaanpak;1.1.1;2027-Q2;lopend;2026-11-16;nee;")
    );
    let comma = stdout(&c.run(&["export", "--format", "csv", "--scheiding", ","]));
    assert!(
        comma.contains("\r\n2.1.1.A,Een Drentse uitleg,Netwerkaanpak,"),
        "{comma}"
    );
}

/// Parses with the `icalendar` crate and returns the events as (summary, start, url, uid).
fn events(ics: &str) -> Vec<(String, String, String, String)> {
    let cal: icalendar::Calendar = ics.parse().expect("a valid iCalendar file");
    cal.components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            let start = match e.get_start() {
                Some(DatePerhapsTime::Date(d)) => d.to_string(),
                other => panic!("not an all-day entry: {other:?}"),
            };
            let get = |v: Option<&str>| v.unwrap_or_default().to_owned();
            (
                get(e.get_summary()),
                start,
                get(e.get_url()),
                get(e.get_uid()),
            )
        })
        .collect()
}

/// RFC 5545 form that a lenient parser would not notice: CRLF everywhere, 75 octets at most.
fn assert_rfc_lines(ics: &str) {
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "a bare LF");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
}

#[test]
fn ics_has_one_all_day_entry_per_planned_afspraak_at_its_deadline() {
    let c = Content::fixture();
    std::fs::write(
        c.dir.path().join("book.toml"),
        "[output.html]\nsite-url = \"https://example.org/marke/\"\n",
    )
    .unwrap();
    let long = "Een heel lange titel, met komma's; puntkomma's en een backslash \\ die over de grens van vijfenzeventig tekens gaat";
    c.write(
        "afspraken/2-1-1.yaml",
        &super::AFSPRAKEN.replace(
            "Tweede afspraak",
            &format!("\"{}\"", long.replace('\\', "\\\\")),
        ),
    );
    let out = c.run(&["export", "--format", "ics"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ics = stdout(&out);
    assert_rfc_lines(&ics);
    assert!(ics.contains("\r\nDTSTAMP:20261201T"), "{ics}");
    let ev = events(&ics);
    assert_eq!(ev.len(), 2, "{ics}");
    assert_eq!(ev[0].0, "2.1.1.A Een Drentse uitleg");
    assert_eq!(ev[0].1, "2024-12-31");
    assert_eq!(ev[0].2, "https://example.org/marke/afspraken/2-1-1-a/");
    assert_eq!(ev[0].3, "2-1-1-a@example.org");
    assert_eq!(ev[1].1, "2027-06-30", "a quarter ends on its last day");
    let unescaped = ev[1]
        .0
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\");
    assert_eq!(unescaped, format!("2.1.1.B {long}"));
}

#[test]
fn ics_of_the_real_content_parses_and_skips_unplanned_afspraken() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = marke(root, &root.join("content"), &["export", "--format", "ics"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ics = stdout(&out);
    assert_rfc_lines(&ics);
    let ev = events(&ics);
    let json = marke(root, &root.join("content"), &["export", "--format", "json"]);
    let model: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let planned = model["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["type"] == "afspraak")
        .filter(|i| i["facts"]["gepland"]["precisie"] != "onbekend")
        .count();
    assert!(planned > 50, "{planned}");
    assert_eq!(ev.len(), planned);
    let mut uids: Vec<&String> = ev.iter().map(|e| &e.3).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), planned, "UIDs are unique");
}
