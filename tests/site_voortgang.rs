//! The living agenda on the website (issue 16), built from `tests/fixtures/site`, where
//! 1.1.1.B has a history (gepland, then lopend, and still overdue), 1.2.1.A is afgerond, and
//! 1.1.1.A was planned for 2024 without any update. Today is [`common::SITE_TODAY`].
//!
//! What a visitor reads on an afspraak page and in the agenda, that the progress page shows
//! the numbers of `marke voortgang --format json`, that the feed is valid Atom (read back
//! with `atom_syndication`), and that the sitemap says when each page changed.

// Tests may unwrap: a panic is the failure message (Cargo.toml [lints]).
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use marke::model::{Date, Model, Status};
use marke::site;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_dir() -> PathBuf {
    manifest().join("tests/fixtures/site")
}

fn fixture() -> Model {
    common::valid_model(&fixture_dir())
}

/// Builds the fixture site (without search index) as of `today`; returns the temp dir.
fn build(model: &Model, today: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let mut opts = common::site_options(&out, false);
    opts.today = Date::parse(today).unwrap();
    site::build(model, &opts).unwrap();
    (dir, out)
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `<li>` of the list item that links to `href`.
fn row<'a>(html: &'a str, href: &str) -> &'a str {
    let at = html
        .find(&format!("<a href=\"{href}\">"))
        .unwrap_or_else(|| panic!("geen link naar {href}"));
    let start = html[..at].rfind("<li>").unwrap();
    let end = at + html[at..].find("</li>").unwrap();
    &html[start..end]
}

#[test]
fn an_afspraak_page_shows_its_status_last_update_history_and_verlopen() {
    let (_dir, out) = build(&fixture(), common::SITE_TODAY);
    let b = read(&out, "afspraken/1-1-1-b/index.html");
    assert!(
        b.contains("<h2 id=\"sectie-voortgang\">Voortgang</h2>"),
        "{b}"
    );
    assert!(b.contains("Status: <strong>lopend</strong>."));
    assert!(b.contains(
        "Laatst bijgewerkt op <time datetime=\"2025-09-01\">1 september 2025</time>: \
         Drie gemeenten hebben een plan &amp; een &lt;b&gt;wijkteam&lt;/b&gt;."
    ));
    // Verlopen in words, with the planned moment.
    assert!(b.contains(
        "<strong class=\"verlopen\">Verlopen</strong>: deze afspraak stond gepland voor \
         2e kwartaal 2025."
    ));
    // The history, oldest first, each row with its date, status and note.
    assert!(b.contains("<caption>Alle updates, de oudste eerst</caption>"));
    let first = b
        .find("<td><time datetime=\"2025-01-10\">10 januari 2025</time></td><td>gepland</td><td>Alle gemeenten doen mee</td>")
        .expect("eerste update");
    let second = b
        .find("<td><time datetime=\"2025-09-01\">1 september 2025</time></td><td>lopend</td>")
        .expect("tweede update");
    assert!(first < second, "oudste eerst");

    // Finished: no "verlopen", even though its year has passed.
    let done = read(&out, "afspraken/1-2-1-a/index.html");
    assert!(done.contains("Status: <strong>afgerond</strong>."));
    assert!(!done.contains("class=\"verlopen\""));
    // Never updated: says so, and is overdue.
    let a = read(&out, "afspraken/1-1-1-a/index.html");
    assert!(a.contains("Status: <strong>onbekend</strong>."));
    assert!(a.contains("Er is nog geen update over deze afspraak bekend."));
    assert!(a.contains("<strong class=\"verlopen\">Verlopen</strong>"));
    assert!(!a.contains("<caption>Alle updates"), "geen lege tabel");
    // Only afspraken have a progress block.
    let doel = read(&out, "doelen/1-1-1/index.html");
    assert!(!doel.contains("sectie-voortgang"));

    // The agenda says "verlopen" in words on the rows it applies to.
    let agenda = read(&out, "agenda/index.html");
    let verlopen = "<strong class=\"verlopen\">verlopen</strong>";
    assert!(row(&agenda, "../afspraken/1-1-1-a/").contains(verlopen));
    let b_row = row(&agenda, "../afspraken/1-1-1-b/");
    assert!(b_row.contains(verlopen) && b_row.contains("status: lopend"));
    assert!(!row(&agenda, "../afspraken/1-2-1-a/").contains(verlopen));
    assert!(!row(&agenda, "../afspraken/1-2-1-b/").contains(verlopen));
}

#[test]
fn verlopen_follows_the_day_the_site_is_built_for() {
    // On the last day of 2024, an afspraak planned for 2024 is not overdue yet.
    let (_dir, out) = build(&fixture(), "2024-12-31");
    let a = read(&out, "afspraken/1-1-1-a/index.html");
    assert!(!a.contains("class=\"verlopen\""), "{a}");
    let (_dir, out) = build(&fixture(), "2025-01-01");
    let a = read(&out, "afspraken/1-1-1-a/index.html");
    assert!(a.contains("class=\"verlopen\""));
}

/// The rows of the first table after `marker`: (row header text, numbers).
fn table_rows(html: &str, marker: &str) -> Vec<(String, Vec<u64>)> {
    let at = html.find(marker).unwrap_or_else(|| panic!("{marker}"));
    let table = &html[at..at + html[at..].find("</table>").unwrap()];
    let body = table.split("<tbody>").nth(1).unwrap();
    body.split("<tr>")
        .skip(1)
        .map(|tr| {
            let head = tr.split("<th scope=\"row\">").nth(1).unwrap();
            let head = head.split("</th>").next().unwrap();
            // The text of the header, without a link around it.
            let text = head
                .split('>')
                .filter_map(|s| s.split('<').next())
                .collect::<String>();
            let nums = tr
                .split("<td class=\"num\">")
                .skip(1)
                .map(|td| td.split('<').next().unwrap().parse().unwrap())
                .collect();
            (text, nums)
        })
        .collect()
}

/// A row of `marke voortgang --format json` in the table's column order.
fn json_row(v: &serde_json::Value) -> Vec<u64> {
    let mut out = vec![v["afspraken"].as_u64().unwrap()];
    out.extend(
        Status::ALL
            .iter()
            .map(|s| v["status"][s.name()].as_u64().unwrap()),
    );
    out.push(v["verlopen"].as_u64().unwrap());
    out.push(v["niet_bijgewerkt"].as_u64().unwrap());
    out
}

#[test]
fn the_progress_page_shows_the_numbers_of_marke_voortgang() {
    let (_dir, out) = build(&fixture(), common::SITE_TODAY);
    let html = read(&out, "voortgang/index.html");

    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_marke"))
        .current_dir(manifest())
        .args(["--content"])
        .arg(fixture_dir())
        .args(["voortgang", "--format", "json"])
        .env("MARKE_VANDAAG", common::SITE_TODAY)
        .output()
        .unwrap();
    assert!(cli.status.success(), "{}", common::stderr(&cli));
    let json: serde_json::Value = serde_json::from_slice(&cli.stdout).unwrap();

    let rows = table_rows(
        &html,
        "<caption>Afspraken per opgave en per status</caption>",
    );
    let opgaven = json["opgaven"].as_array().unwrap();
    assert_eq!(
        rows.len(),
        opgaven.len() + 1,
        "een rij per opgave en het totaal"
    );
    for ((name, nums), o) in rows.iter().zip(opgaven) {
        assert!(name.ends_with(o["titel"].as_str().unwrap()), "{name}");
        assert_eq!(nums, &json_row(o), "{name}");
    }
    let (name, nums) = rows.last().unwrap();
    assert_eq!(name, "Totaal");
    assert_eq!(nums, &json_row(&json["totaal"]));
    // The fixture's two overdue afspraken are listed with links; the finished
    // one is not.
    assert_eq!(json["totaal"]["verlopen"], 2);
    let overdue = &html[html.find("<h2 id=\"verlopen\">").unwrap()..];
    let overdue = &overdue[..overdue.find("</section>").unwrap()];
    assert!(overdue.contains("(2 afspraken)"), "{overdue}");
    assert!(overdue.contains("<a href=\"../afspraken/1-1-1-a/\">"));
    assert!(overdue.contains("<a href=\"../afspraken/1-1-1-b/\">"));
    assert!(overdue.contains("gepland: 2e kwartaal 2025, status: lopend"));
    assert!(!overdue.contains("1-2-1-a"));

    // The picture: one bar per opgave, a segment per status with its number; the statuses
    // named in the legend, each segment says its status in words.
    let svg = &html[html.find("class=\"chart-progress\"").unwrap()..];
    let svg = &svg[..svg.find("</svg>").unwrap()];
    assert!(svg.contains("<title id=\"voortgang-titel\">") && svg.contains("<desc"));
    for status in Status::ALL {
        assert!(
            svg.contains(&format!(">{}</text>", status.name())),
            "legenda mist {}",
            status.name()
        );
    }
    for (o, row) in opgaven.iter().zip(&rows) {
        for (i, status) in Status::ALL.iter().enumerate() {
            let n = row.1[i + 1];
            let segment = format!(
                "<title>{}: {n} {}</title>",
                o["code"]
                    .as_str()
                    .map_or_else(String::new, |c| format!("{c} "))
                    + o["titel"].as_str().unwrap(),
                status.name()
            );
            assert_eq!(svg.contains(&segment), n > 0, "{segment}");
        }
    }
    // Explained in plain words, and reachable from the menu and the home page.
    assert!(html.contains("dan is er over die afspraak nog geen update bekend"));
    assert!(html.contains("<a href=\"../voortgang/\" aria-current=\"page\">Voortgang</a>"));
    let home = read(&out, "index.html");
    assert!(home.contains("<a href=\"./voortgang/\">Hoe ver zijn de afspraken?</a>"));
}

#[test]
fn the_feed_is_valid_atom_with_an_entry_per_status_update() {
    let (_dir, out) = build(&fixture(), common::SITE_TODAY);
    let xml = read(&out, "voortgang/feed.xml");
    let feed = atom_syndication::Feed::read_from(xml.as_bytes()).unwrap();
    // What RFC 4287 requires (the parser fills in empty strings where they are missing).
    assert_eq!(feed.id(), "https://voorbeeld.nl/marke/voortgang/feed.xml");
    assert!(!feed.title().as_str().is_empty());
    assert!(!feed.authors().is_empty());
    assert_eq!(feed.updated().to_rfc3339(), "2025-11-20T00:00:00+00:00");
    assert!(feed.links().iter().any(|l| l.rel() == "self"));

    let entries = feed.entries();
    let dates: Vec<String> = entries
        .iter()
        .map(|e| e.updated().format("%Y-%m-%d").to_string())
        .collect();
    assert_eq!(
        dates,
        ["2025-11-20", "2025-09-01", "2025-01-10"],
        "nieuwste eerst"
    );
    let mut ids: Vec<&str> = entries.iter().map(atom_syndication::Entry::id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3, "elke update een eigen id");
    for e in entries {
        assert!(!e.title().as_str().is_empty());
        let href = e.links()[0].href();
        let rel = href.strip_prefix("https://voorbeeld.nl/marke/").unwrap();
        assert!(out.join(rel).join("index.html").is_file(), "{href}");
    }
    let lopend = &entries[1];
    assert_eq!(
        lopend.title().as_str(),
        "1.1.1.B Een plan voor de wijk: lopend"
    );
    assert_eq!(
        lopend.summary().unwrap().as_str(),
        "Nieuwe status: lopend (was: gepland). Drie gemeenten hebben een plan & een <b>wijkteam</b>"
    );

    // Every page offers the feed to the browser.
    for entry in walkdir::WalkDir::new(&out) {
        let path = entry.unwrap().into_path();
        if path.extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(&path).unwrap();
            assert!(
                html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"")
                    && html.contains("voortgang/feed.xml\" title=\"Voortgang van de afspraken\">"),
                "{} linkt niet naar de feed",
                path.display()
            );
        }
    }
}

#[test]
fn without_any_update_the_feed_is_valid_and_empty() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    for entry in walkdir::WalkDir::new(fixture_dir()) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(fixture_dir()).unwrap();
        let to = content.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            // Drop every status and history: back to the shipped state.
            let text: String = text
                .lines()
                .filter(|l| !l.starts_with("  status:") && !l.starts_with("  voortgang:"))
                .filter(|l| !l.starts_with("    - { datum:"))
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(&to, text).unwrap();
        }
    }
    let model = common::valid_model(&content);
    let (_site, out) = build(&model, common::SITE_TODAY);
    let xml = read(&out, "voortgang/feed.xml");
    let feed = atom_syndication::Feed::read_from(xml.as_bytes()).unwrap();
    assert!(feed.entries().is_empty());
    assert!(!feed.id().is_empty() && !feed.title().as_str().is_empty());
    // Updated: the newest change of the content, here the files just written.
    let newest = Date::from_system_time(
        std::fs::metadata(content.join("afspraken/afspraken.yaml"))
            .unwrap()
            .modified()
            .unwrap(),
    );
    assert_eq!(
        feed.updated().format("%Y-%m-%d").to_string(),
        newest.to_string()
    );
    let html = read(&out, "voortgang/index.html");
    assert!(
        html.contains("(3 afspraken)"),
        "zonder status is ook 1.2.1.A verlopen"
    );
}

#[test]
fn the_sitemap_says_when_each_page_last_changed() {
    let (_dir, out) = build(&fixture(), common::SITE_TODAY);
    let sitemap = read(&out, "sitemap.xml");
    let lastmod = |page: &str| -> Option<String> {
        let loc = format!("<loc>https://voorbeeld.nl/marke/{page}</loc>");
        let line = sitemap.lines().find(|l| l.contains(&loc))?;
        line.split("<lastmod>")
            .nth(1)
            .map(|s| s.split('<').next().unwrap().to_owned())
    };
    // From the last status update.
    assert_eq!(lastmod("afspraken/1-1-1-b/").as_deref(), Some("2025-09-01"));
    assert_eq!(lastmod("afspraken/1-2-1-a/").as_deref(), Some("2025-11-20"));
    // Without one, from the file's last change.
    let file_day = |rel: &str| {
        Date::from_system_time(
            std::fs::metadata(fixture_dir().join(rel))
                .unwrap()
                .modified()
                .unwrap(),
        )
        .to_string()
    };
    let afspraken = file_day("afspraken/afspraken.yaml");
    assert_eq!(lastmod("afspraken/1-1-1-a/"), Some(afspraken.clone()));
    assert_eq!(
        lastmod("opgaven/netwerkaanpak/"),
        Some(file_day("opgaven/opgaven.yaml"))
    );
    // The progress page changes with the newest afspraak.
    let newest = afspraken.max("2025-11-20".to_owned());
    assert_eq!(lastmod("voortgang/"), Some(newest));
    // Lists without a date of their own have no lastmod rather than a made-up one.
    assert!(sitemap.contains("<url><loc>https://voorbeeld.nl/marke/agenda/</loc></url>"));
}
