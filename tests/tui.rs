//! The terminal browser: state tests without rendering, snapshots of every view at 80×24 and
//! 120×40, and one end-to-end run of the real binary in tmux.

use std::path::{Path, PathBuf};

use insta::assert_snapshot;
use marke::tui::lists::Screen;
use marke::tui::theme::ThemeKind;
use marke::tui::{Action, App, Effect, Focus, Options, View, keys};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::InputRequest;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/content")
}

fn model() -> marke::model::Model {
    let dir = fixture();
    let (model, diags) = marke::model::build(marke::content::load(&dir), &dir);
    let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "fixture has errors: {errors:?}");
    model
}

fn app_sized(w: u16, h: u16, site_url: Option<&str>) -> App {
    let opts = Options {
        site_url: site_url.map(str::to_owned),
        today: (2025, 6, 1),
        theme: ThemeKind::Plain,
    };
    App::new(model(), opts, (w, h)).unwrap()
}

fn app() -> App {
    app_sized(120, 40, None)
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::SearchInput(InputRequest::InsertChar(c)));
    }
}

fn select(app: &mut App, id: &str) {
    app.update(Action::Top);
    while app.selected_id().as_deref() != Some(id) {
        let before = app.loc.sel;
        app.update(Action::Down);
        assert_ne!(before, app.loc.sel, "{id} not in the list");
    }
}

// ---- state ----

#[test]
fn home_shows_the_droom_and_the_opgaven_with_counts() {
    let app = app();
    assert_eq!(app.loc.screen, Screen::Home);
    let ids: Vec<_> = app.rows.iter().filter_map(|r| r.id.as_deref()).collect();
    assert_eq!(
        ids,
        ["drentse-droom", "netwerkaanpak", "gezonde-leefomgeving"]
    );
    assert_eq!(app.rows[1].counts, Some((2, 3)));
    assert_eq!(app.rows[2].counts, Some((1, 2)));
}

#[test]
fn enter_goes_down_the_hierarchy_and_h_comes_back_up() {
    let mut app = app();
    select(&mut app, "netwerkaanpak");
    app.update(Action::Open);
    assert_eq!(app.loc.screen, Screen::Children("netwerkaanpak".into()));
    assert_eq!(app.selected_id().as_deref(), Some("1-1-1"));
    app.update(Action::Open);
    assert_eq!(app.selected_id().as_deref(), Some("2-1-1-a"));
    let crumbs: Vec<_> = app
        .model
        .breadcrumb(app.selected_item().unwrap())
        .iter()
        .map(|i| i.id.clone())
        .collect();
    assert_eq!(
        crumbs,
        ["drentse-droom", "netwerkaanpak", "1-1-1", "2-1-1-a"]
    );
    // An afspraak has nothing below it: Enter reads its text.
    app.update(Action::Open);
    assert_eq!(app.loc.focus, Focus::Text);
    app.update(Action::Parent);
    assert_eq!(app.loc.focus, Focus::List);
    app.update(Action::Parent);
    assert_eq!(app.loc.screen, Screen::Children("netwerkaanpak".into()));
    assert_eq!(app.selected_id().as_deref(), Some("1-1-1"));
    app.update(Action::Parent);
    assert_eq!(app.loc.screen, Screen::Home);
    assert_eq!(app.selected_id().as_deref(), Some("netwerkaanpak"));
}

#[test]
fn back_and_forward_return_to_the_same_row() {
    let mut app = app();
    select(&mut app, "gezonde-leefomgeving");
    app.update(Action::Open);
    app.update(Action::Show(View::Agenda));
    app.update(Action::Back);
    assert_eq!(
        app.loc.screen,
        Screen::Children("gezonde-leefomgeving".into())
    );
    app.update(Action::Back);
    assert_eq!(app.selected_id().as_deref(), Some("gezonde-leefomgeving"));
    app.update(Action::Forward);
    app.update(Action::Forward);
    assert_eq!(app.loc.screen, Screen::Agenda);
    app.update(Action::Forward);
    assert!(app.message.is_some(), "nothing ahead should say so");
}

#[test]
fn links_in_the_text_are_selected_and_followed() {
    let mut app = app();
    select(&mut app, "netwerkaanpak");
    app.update(Action::Open);
    // doel 1-1-1 links to the begrip mantelzorg in its text.
    app.update(Action::FocusDetail);
    app.update(Action::NextLink);
    assert_eq!(app.loc.link, Some(0));
    app.update(Action::Open);
    assert_eq!(app.loc.screen, Screen::Begrippen);
    assert_eq!(app.selected_id().as_deref(), Some("mantelzorg"));
    assert_eq!(app.loc.focus, Focus::Text);
    app.update(Action::Back);
    assert_eq!(app.selected_id().as_deref(), Some("1-1-1"));
    assert_eq!(app.loc.link, Some(0), "back keeps the selected link");
}

#[test]
fn the_detail_lists_facts_and_backlinks() {
    let mut app = app();
    app.update(Action::Show(View::Organisaties));
    select(&mut app, "drentse-gemeenten");
    let text: String = app
        .wrapped()
        .lines
        .iter()
        .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>() + "\n")
        .collect();
    assert!(text.contains("Soort: samenwerkingsverband"), "{text}");
    assert!(text.contains("Wat verwijst hierheen"), "{text}");
    assert!(
        text.contains("2.1.1.A Mantelzorgers ondersteunen"),
        "{text}"
    );
    assert!(text.contains("initiatiefnemer van"), "{text}");
    assert!(text.contains("Leesbaarheid: Flesch-Douma"), "{text}");
}

#[test]
fn search_as_you_type_opens_the_hit_at_the_match_and_back_keeps_the_query() {
    let mut app = app_sized(80, 24, None);
    app.update(Action::StartSearch);
    assert_eq!(app.contexts(), vec![keys::Context::Typing]);
    type_text(&mut app, "mantel");
    let first = app.search.results.total;
    assert!(first >= 3, "{:?}", app.search.results.hits);
    type_text(&mut app, "zorgers");
    assert!(
        app.search.results.total < first,
        "more letters, fewer results"
    );
    let ids: Vec<_> = app
        .search
        .results
        .hits
        .iter()
        .map(|h| h.id.as_str())
        .collect();
    assert!(ids.contains(&"2-1-1-a"), "{ids:?}");
    select(&mut app, "2-1-1-a");
    app.update(Action::Open);
    assert_eq!(app.selected_id().as_deref(), Some("2-1-1-a"));
    assert_eq!(app.loc.focus, Focus::Text);
    let wrapped = app.wrapped();
    let visible: String = wrapped.lines[app.loc.scroll..]
        .iter()
        .take(3)
        .flat_map(|l| l.iter().map(|s| s.text.to_lowercase()))
        .collect();
    assert!(visible.contains("mantelzorgers"), "{visible}");
    app.update(Action::Back);
    assert_eq!(app.loc.screen, Screen::Zoeken);
    assert_eq!(app.search.input.value(), "mantelzorgers");
}

#[test]
fn search_type_filter_narrows_the_results() {
    let mut app = app();
    app.update(Action::StartSearch);
    type_text(&mut app, "mantelzorg");
    app.update(Action::SearchKind); // afspraak
    assert!(!app.search.results.hits.is_empty());
    assert!(
        app.search
            .results
            .hits
            .iter()
            .all(|h| h.kind.name() == "afspraak")
    );
}

#[test]
fn agenda_marks_overdue_afspraken_and_filters() {
    let mut app = app();
    app.update(Action::Show(View::Agenda));
    let row = |app: &App, id: &str| {
        app.rows
            .iter()
            .find(|r| r.id.as_deref() == Some(id))
            .cloned()
    };
    // 2024, still running on 1 June 2025: overdue. 2024-Q4 but finished: not overdue.
    assert_eq!(row(&app, "2-1-1-a").unwrap().mark, Some("verlopen"));
    assert_eq!(row(&app, "2-3-1-b").unwrap().mark, None);
    assert_eq!(row(&app, "2-1-2-a").unwrap().mark, None);
    let headings: Vec<_> = app
        .rows
        .iter()
        .filter(|r| r.id.is_none())
        .map(|r| r.text.trim().to_owned())
        .collect();
    assert_eq!(headings[0], "2024");
    assert_eq!(headings.last().unwrap(), "nader te bepalen");
    app.update(Action::FilterOpgave); // the first opgave: netwerkaanpak
    assert!(row(&app, "2-3-1-a").is_none());
    assert!(row(&app, "2-1-1-b").is_some());
    app.update(Action::FilterOrganisatie); // the first initiator A–Z: Drentse gemeenten
    assert!(row(&app, "2-1-1-b").is_none());
    assert!(row(&app, "2-1-1-a").is_some());
    assert_eq!(app.filter.chips(&app.model).len(), 2);
    app.update(Action::ClearFilters);
    assert_eq!(app.rows.iter().filter(|r| r.id.is_some()).count(), 5);
}

#[test]
fn glossary_finds_the_terms_in_the_text() {
    let mut app = app();
    select(&mut app, "netwerkaanpak");
    app.update(Action::Glossary);
    let Some(marke::tui::app::Popup::Glossary { ids, .. }) = &app.popup else {
        panic!("no glossary popup");
    };
    assert_eq!(ids, &["afk-mgn"]);
    app.update(Action::Open);
    assert!(app.popup.is_none());
    assert_eq!(app.selected_id().as_deref(), Some("afk-mgn"));
}

#[test]
fn copy_edit_and_site_are_effects() {
    let mut site = app_sized(120, 40, Some("https://example.org/marke/"));
    select(&mut site, "netwerkaanpak");
    assert_eq!(
        site.update(Action::CopyId),
        Some(Effect::Copy("netwerkaanpak".into()))
    );
    assert_eq!(
        site.update(Action::OpenSite),
        Some(Effect::OpenUrl(
            "https://example.org/marke/opgaven/netwerkaanpak/".into()
        ))
    );
    match site.update(Action::Edit) {
        Some(Effect::Edit { path, line }) => {
            assert!(path.ends_with("plan.yaml"));
            assert!(line > 1);
        }
        other => panic!("{other:?}"),
    }
    let mut no_site = app();
    assert_eq!(no_site.update(Action::OpenSite), None);
    assert!(
        no_site
            .message
            .as_deref()
            .unwrap_or("")
            .contains("site-url")
    );
}

#[test]
fn reload_keeps_the_place() {
    let mut app = app();
    select(&mut app, "gezonde-leefomgeving");
    app.update(Action::Open);
    app.replace_model(model()).unwrap();
    assert_eq!(
        app.loc.screen,
        Screen::Children("gezonde-leefomgeving".into())
    );
    assert_eq!(app.selected_id().as_deref(), Some("1-3-1"));
}

// ---- the keymap ----

#[test]
fn no_key_is_bound_twice_in_one_context() {
    let mut seen = Vec::new();
    for bd in keys::KEYMAP {
        for k in bd.keys {
            assert!(
                !seen.contains(&(bd.context, *k)),
                "{:?} {:?} twice",
                bd.context,
                k
            );
            seen.push((bd.context, *k));
        }
    }
}

#[test]
fn the_readme_key_table_is_the_keymap() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find("<!-- keys:start -->\n").unwrap() + "<!-- keys:start -->\n".len();
    let end = readme.find("<!-- keys:end -->").unwrap();
    if std::env::var_os("MARKE_UPDATE_README").is_some() {
        let updated = format!("{}{}{}", &readme[..start], keys::markdown(), &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        &readme[start..end],
        keys::markdown(),
        "the README's key table differs from the keymap; run with MARKE_UPDATE_README=1"
    );
}

#[test]
fn help_shows_every_binding() {
    let mut app = app();
    app.update(Action::Help);
    let lines = marke::tui::view::help_lines(&marke::tui::theme::Theme::new(ThemeKind::Plain));
    let text: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    for bd in keys::KEYMAP {
        assert!(text.contains(bd.help), "{} missing from help", bd.help);
    }
    app.update(Action::ClosePopup);
    assert!(app.popup.is_none());
}

// ---- snapshots ----

fn render(app: &App) -> String {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| marke::tui::view::draw(f, app)).unwrap();
    format!("{}", terminal.backend())
}

fn views(w: u16, h: u16) -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    out.push(("home", app_sized(w, h, None)));
    let mut a = app_sized(w, h, None);
    select(&mut a, "netwerkaanpak");
    a.update(Action::Open);
    out.push(("doelen", a));
    let mut a = app_sized(w, h, None);
    select(&mut a, "netwerkaanpak");
    a.update(Action::FocusDetail);
    a.update(Action::NextLink);
    out.push(("tekst", a));
    for (name, view) in [
        ("agenda", View::Agenda),
        ("aanbevelingen", View::Aanbevelingen),
        ("begrippen", View::Begrippen),
        ("organisaties", View::Organisaties),
    ] {
        let mut a = app_sized(w, h, None);
        a.update(Action::Show(view));
        out.push((name, a));
    }
    let mut a = app_sized(w, h, None);
    a.update(Action::StartSearch);
    type_text(&mut a, "mantelzorg");
    out.push(("zoeken", a));
    let mut a = app_sized(w, h, None);
    a.update(Action::Help);
    out.push(("hulp", a));
    let mut a = app_sized(w, h, None);
    select(&mut a, "netwerkaanpak");
    a.update(Action::Glossary);
    out.push(("begrippen-popup", a));
    out
}

#[test]
fn snapshots_80x24() {
    for (name, app) in views(80, 24) {
        assert_snapshot!(format!("{name}_80x24"), render(&app));
    }
}

#[test]
fn snapshots_120x40() {
    for (name, app) in views(120, 40) {
        assert_snapshot!(format!("{name}_120x40"), render(&app));
    }
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_crash() {
    let app = app_sized(30, 8, None);
    let screen = render(&app);
    assert!(screen.contains("te klein"), "{screen}");
    assert_snapshot!("te_klein_30x8", screen);
}

#[test]
fn the_cursor_sits_on_the_selected_row() {
    let mut app = app();
    app.update(Action::Down);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| marke::tui::view::draw(f, &app)).unwrap();
    let pos = terminal.get_cursor_position().unwrap();
    let row: String = (0..120)
        .map(|x| terminal.backend().buffer()[(x, pos.y)].symbol().to_owned())
        .collect();
    assert!(row.contains("▶") && row.contains("Netwerkaanpak"), "{row}");
}
