//! The website, built from a small fixture (`tests/fixtures/site`) and from the real content:
//! what a visitor finds on the pages, that a failed build leaves the old site alone, the
//! pictures (snapshots, and numbers equal to their tables), and the browser checks in
//! `tests/e2e` (html-validate, axe-core in Chromium, keyboard, screenshots).

// Tests may unwrap: a panic is the failure message (Cargo.toml [lints]).
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use marke::model::Model;
use marke::site::{self, Options, Theme};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(dir: &Path) -> Model {
    common::valid_model(dir)
}

fn fixture() -> Model {
    load(&manifest().join("tests/fixtures/site"))
}

fn options(out: &Path, search: bool) -> Options {
    common::site_options(out, search)
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn a_visitor_finds_pages_links_and_explanations() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let report = site::build(&fixture(), &options(&out, true)).unwrap();
    assert!(report.pages > 20, "{report:?}");
    for rel in [
        "index.html",
        "opgaven/index.html",
        "opgaven/netwerkaanpak/index.html",
        "afspraken/1-1-1-a/index.html",
        "agenda/index.html",
        "agenda/netwerkaanpak/index.html",
        "woordenlijst/index.html",
        "toegankelijkheid/index.html",
        "zoeken/index.html",
        "404.html",
        "pagefind/pagefind-ui.js",
        "css/tokens.css",
    ] {
        assert!(out.join(rel).is_file(), "{rel} ontbreekt");
    }
    let afspraak = read(&out, "afspraken/1-1-1-a/index.html");
    // Canonical URL, edit link from the content file, breadcrumb through the hierarchy.
    assert!(afspraak.contains(
        r#"<link rel="canonical" href="https://voorbeeld.nl/marke/afspraken/1-1-1-a/">"#
    ));
    assert!(afspraak.contains("https://git.example/edit/content/afspraken/afspraken.yaml"));
    assert!(
        afspraak.contains(r#"<a href="../../opgaven/netwerkaanpak/">1.1 Netwerkaanpak</a>"#),
        "kruimelpad"
    );
    // The page's own h1 stays the only one: the "# Wat gebeurt er?" in the text becomes h2.
    assert_eq!(afspraak.matches("<h1").count(), 1);
    assert!(afspraak.contains(r#"<h2 id="wat-gebeurt-er">"#));
    // The abbreviation is explained once, on first use.
    assert_eq!(
        afspraak
            .matches(r#"<abbr title="Integraal Zorgakkoord">IZA</abbr>"#)
            .count(),
        1
    );
    // Raw HTML in content is shown as text.
    let home = read(&out, "index.html");
    assert!(
        home.contains("&lt;b&gt;"),
        "ruwe HTML moet als tekst verschijnen"
    );
    assert!(!home.contains("<b>IZA"));
    // The home page says what Gezonde Marke is and offers the top tasks before the Droom;
    // the note about the source comes last, folded away.
    let intro = home
        .find("Gezonde Marke is de samenwerking")
        .expect("uitleg in gewone taal");
    let tasks = home
        .find(r#"href="./contact/">Contact</a>"#)
        .expect("taak: contact");
    assert!(home.contains(r#"href="./woordenlijst/">Wat betekent een woord?</a>"#));
    assert!(home.contains(r#"href="./agenda/">Wat is er gepland?</a>"#));
    let droom = home.find(r#"<h2 id="droom">"#).expect("de droom");
    let note = home.find(
        "<details class=\"source-note\" data-pagefind-ignore>\n  <summary>Over de bron</summary>",
    );
    let note = note.expect("bronnotitie ingeklapt");
    assert!(
        intro < tasks && tasks < droom && droom < note,
        "volgorde op de beginpagina"
    );
    assert_eq!(home.matches("De bron schrijft de droom").count(), 1);
    // The organisation page says what it initiates; the doel shows backlinks and children.
    let ggd = read(&out, "organisaties/ggd-drenthe/index.html");
    assert!(ggd.contains("Wat deze organisatie oppakt") && ggd.contains("1.1.1.A"));
    // A recommendation's link to an afspraak is marke's reading; the afspraak page says so
    // under "Wat verwijst hierheen", and a page without such a link does not.
    let note = r#"<p class="note" data-pagefind-ignore>Let op: de koppeling met een aanbeveling maakte marke zelf"#;
    assert!(afspraak.contains("raakt deze afspraak") && afspraak.contains(note));
    assert!(!ggd.contains(note));
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://voorbeeld.nl/marke/opgaven/netwerkaanpak/</loc>"));
    assert!(read(&out, "robots.txt").contains("Sitemap: https://voorbeeld.nl/marke/sitemap.xml"));
    // The 404 page works at any address: its links start at the site's base path.
    assert!(read(&out, "404.html").contains(r#"href="/marke/zoeken/""#));
}

#[test]
fn a_failed_build_leaves_the_previous_site_intact() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let model = fixture();
    site::build(&model, &options(&out, false)).unwrap();
    let before = read(&out, "opgaven/netwerkaanpak/index.html");

    // A theme whose item template has a broken link: the link checker must stop the build.
    let theme = dir.path().join("thema");
    std::fs::create_dir_all(theme.join("templates")).unwrap();
    let item =
        std::fs::read_to_string(manifest().join("themes/default/templates/item.html")).unwrap();
    let broken = item.replace("<h1>", r#"<a href="{{ root }}bestaat-niet/">x</a><h1>"#);
    std::fs::write(theme.join("templates/item.html"), broken).unwrap();
    let mut opts = options(&out, false);
    opts.theme = Theme::new(&theme);
    let err = format!("{:#}", site::build(&model, &opts).unwrap_err());
    assert!(err.contains("bestaat-niet/"), "{err}");
    assert!(err.contains("opgaven/netwerkaanpak/index.html"), "{err}");

    assert_eq!(read(&out, "opgaven/netwerkaanpak/index.html"), before);
    // Nothing is left next to the output folder: no temporary or old copies.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut names = names;
    names.sort();
    assert_eq!(names, vec!["site", "thema"]);
}

#[test]
fn a_theme_can_override_one_template() {
    let dir = tempfile::tempdir().unwrap();
    let theme = dir.path().join("thema");
    std::fs::create_dir_all(theme.join("templates")).unwrap();
    std::fs::create_dir_all(theme.join("static/css")).unwrap();
    std::fs::write(
        theme.join("templates/404.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>Eigen 404</h1>{% endblock %}",
    )
    .unwrap();
    std::fs::write(
        theme.join("static/css/tokens.css"),
        ":root { --marke-color-primary: #222; }",
    )
    .unwrap();
    let out = dir.path().join("site");
    let mut opts = options(&out, false);
    opts.theme = Theme::new(&theme);
    site::build(&fixture(), &opts).unwrap();
    assert!(read(&out, "404.html").contains("Eigen 404"));
    assert!(
        read(&out, "404.html").contains("Ga direct naar de inhoud"),
        "base.html komt uit het standaardthema"
    );
    assert!(read(&out, "css/tokens.css").contains("#222"));
    assert!(read(&out, "css/site.css").contains("--marke-color-text"));
}

/// The numbers drawn (`data-waarde`, in order) and the numbers in the table (`<td class="num">`).
fn numbers(html: &str, marker: &str, end: char) -> Vec<usize> {
    html.split(marker)
        .skip(1)
        .map(|s| s.split(end).next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn pictures_show_the_same_numbers_as_their_tables() {
    let model = fixture();
    let pics = [
        ("plan", site::svg::plan::picture(&model, "./")),
        ("tijdlijn", site::svg::timeline::picture(&model, "../")),
        ("matrix", site::svg::matrix::picture(&model, "../")),
    ];
    for (name, pic) in &pics {
        let table = numbers(&pic.table, "<td class=\"num\">", '<');
        assert!(table.iter().sum::<usize>() > 0, "{name}");
        for svg in pic.svg.split("</svg>").filter(|s| s.contains("<svg")) {
            let drawn = numbers(svg, "data-waarde=\"", '"');
            let nonzero: Vec<usize> = table
                .iter()
                .copied()
                .filter(|n| *n > 0 || *name != "tijdlijn")
                .collect();
            assert_eq!(drawn, nonzero, "{name}: plaatje en tabel verschillen");
        }
        insta::assert_snapshot!(format!("svg_{name}"), pic.svg.replace("><", ">\n<"));
    }
    // And they match the model: 4 afspraken in the fixture, 3 linked from recommendations.
    let total = |pic: &site::svg::Picture| {
        numbers(&pic.table, "<td class=\"num\">", '<')
            .iter()
            .sum::<usize>()
    };
    assert_eq!(total(&pics[1].1), 4);
    assert_eq!(total(&pics[2].1), 3);
}

/// The `content` of `<meta property|name="key" content="...">` in a page.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    let pattern = format!("=\"{key}\" content=\"");
    let at = html.find(&pattern)?;
    let rest = &html[at + pattern.len()..];
    rest.split('"').next()
}

#[test]
fn every_real_page_has_the_footer_a_sharing_picture_and_its_own_title() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let model = load(&manifest().join("content"));
    site::build(&model, &options(&out, false)).unwrap();
    let mut titles = std::collections::HashMap::new();
    let mut descriptions = std::collections::HashMap::new();
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.unwrap();
        let rel = entry
            .path()
            .strip_prefix(&out)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if !rel.ends_with("index.html") {
            continue;
        }
        pages += 1;
        let html = read(&out, &rel);
        let folder = rel.trim_end_matches("index.html");
        let root = "../".repeat(folder.matches('/').count());
        let root = if root.is_empty() {
            "./".to_owned()
        } else {
            root
        };
        // The footer links to the service pages, and they exist.
        for page in ["contact/", "colofon/", "privacy/", "toegankelijkheid/"] {
            assert!(
                html.contains(&format!("<a href=\"{root}{page}\">")),
                "{rel}: voettekst mist {page}"
            );
            assert!(
                out.join(page).join("index.html").is_file(),
                "{page} bestaat niet"
            );
        }
        // The text is HTML, not HTML shown as text (a template that escapes twice).
        assert!(
            !html.contains("&lt;p&gt;"),
            "{rel}: tekst dubbel ge-escaped"
        );
        // og:image: an absolute address that resolves to a PNG of 1200 × 630 in the built
        // site (one card per kind of page, so many pages share it).
        let image = meta(&html, "og:image").unwrap_or_else(|| panic!("{rel}: geen og:image"));
        let file = image
            .strip_prefix("https://voorbeeld.nl/marke/")
            .unwrap_or_else(|| panic!("{rel}: og:image {image} is geen adres op de website"));
        let png = std::fs::read(out.join(file))
            .unwrap_or_else(|e| panic!("{rel}: og:image {image} bestaat niet: {e}"));
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{rel}: geen PNG");
        assert_eq!(
            &png[16..24],
            &[0, 0, 4, 176, 0, 0, 2, 118],
            "{rel}: niet 1200 × 630"
        );
        // Its own <title> and description.
        let title = html
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .unwrap()
            .to_owned();
        let description = meta(&html, "description").unwrap().to_owned();
        assert!(!description.is_empty(), "{rel}: lege beschrijving");
        if let Some(other) = titles.insert(title.clone(), rel.clone()) {
            panic!("{rel} en {other} hebben dezelfde titel: {title}");
        }
        if let Some(other) = descriptions.insert(description.clone(), rel.clone()) {
            panic!("{rel} en {other} hebben dezelfde beschrijving: {description}");
        }
    }
    assert!(pages > 600, "{pages} pagina's");
}

fn node(dir: &Path, chromium: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("node")
        .args(args)
        .env("MARKE_CHROMIUM", chromium)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn the_real_site_is_valid_html_and_accessible_in_chromium() {
    let Some(tools) = common::e2e_tools(&[common::NODE, common::NPM, common::CHROMIUM]) else {
        return;
    };
    let e2e = manifest().join("tests/e2e");
    if !e2e.join("node_modules/playwright-core").is_dir() {
        let ok = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&e2e)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            common::e2e_missing("de npm-pakketten in tests/e2e", "cd tests/e2e && npm ci");
            return;
        }
    }

    let work = manifest().join("target/site-e2e");
    let out = work.join("site");
    // This test's own folder; an older marke left it without the marker a build needs.
    let _ = std::fs::remove_dir_all(&out);
    let model = load(&manifest().join("content"));
    site::build(&model, &options(&out, true)).unwrap();

    let (ok, text) = node(&e2e, &tools[2], &["validate.mjs", out.to_str().unwrap()]);
    assert!(ok, "HTML-controle faalt:\n{text}");
    let shots = manifest().join("target/site-screenshots");
    let (ok, text) = node(
        &e2e,
        &tools[2],
        &["a11y.mjs", out.to_str().unwrap(), shots.to_str().unwrap()],
    );
    assert!(
        ok,
        "toegankelijkheid (axe-core, toetsenbord) faalt:\n{text}"
    );
    let (ok, text) = node(
        &e2e,
        &tools[2],
        &["public.mjs", out.to_str().unwrap(), shots.to_str().unwrap()],
    );
    assert!(
        ok,
        "de website voor inwoners (320 px, matrix, zoeken, privacy) faalt:\n{text}"
    );
    for f in [
        "home-375-licht.png",
        "home-1280-donker.png",
        "afspraak-375-donker.png",
        "agenda-1280-licht.png",
        "aanbevelingen-1280-donker.png",
    ] {
        assert!(shots.join(f).is_file(), "schermafdruk {f} ontbreekt");
    }
}
