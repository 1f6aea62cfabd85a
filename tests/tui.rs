//! The terminal browser: state tests without rendering, snapshots of every view at 80×24 and
//! 120×40, and one end-to-end run of the real binary in tmux.

// Tests may unwrap: a panic is the failure message (Cargo.toml [lints]).
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use insta::assert_snapshot;
use marke::model::ItemType;
use marke::tui::find::line_text;
use marke::tui::lists::Screen;
use marke::tui::theme::ThemeKind;
use marke::tui::{Action, App, Effect, Focus, View, keys};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::InputRequest;

use common::tui::{fixture, options, select};

fn model() -> marke::model::Model {
    common::valid_model(&fixture())
}

fn app_sized(w: u16, h: u16, site_url: Option<&str>) -> App {
    App::new(model(), options(site_url), (w, h)).unwrap()
}

fn app() -> App {
    app_sized(120, 40, None)
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::SearchInput(InputRequest::InsertChar(c)));
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
    let text = |app: &App| -> String {
        app.wrapped()
            .lines
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>() + "\n")
            .collect()
    };
    let shown = text(&app);
    assert!(shown.contains("Soort: samenwerkingsverband"), "{shown}");
    assert!(shown.contains("Wat verwijst hierheen"), "{shown}");
    // The afspraken it initiates as one list under a heading with their number, each once.
    let list = shown.split("Initiatiefnemer van (").nth(1).expect(&shown);
    let n: usize = list[..list.find(')').unwrap()].parse().unwrap();
    assert_eq!(n, 3, "{shown}");
    assert_eq!(
        shown.matches("2.1.1.A Mantelzorgers ondersteunen").count(),
        1
    );
    assert!(!shown.contains("(links)") && !shown.contains("(initiatiefnemers)"));
    // Readability only on request.
    assert!(!shown.contains("Leesbaarheid"), "{shown}");
    app.update(Action::ToggleReadability);
    assert!(text(&app).contains("Leesbaarheid: Flesch-Douma"));
}

/// An afspraak a recommendation links to says, under "Wat verwijst hierheen", that this link
/// is marke's reading: the source's ticks were lost. A doel without such links does not.
#[test]
fn backlinks_from_a_recommendation_say_they_are_markes_reading() {
    let text = |id: &str, view: View| {
        let mut app = app();
        app.update(Action::Show(view));
        select(&mut app, id);
        app.wrapped()
            .lines
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let afspraak = text("2-1-1-a", View::Agenda);
    assert!(
        afspraak.contains("Raakt deze afspraak (1) • 1 Investeer in integrale benaderingen"),
        "{afspraak}"
    );
    assert!(
        afspraak.contains("koppeling met een aanbeveling maakte marke"),
        "{afspraak}"
    );
    let organisatie = text("drentse-gemeenten", View::Organisaties);
    assert!(
        organisatie.contains("Wat verwijst hierheen"),
        "{organisatie}"
    );
    assert!(!organisatie.contains("maakte marke"), "{organisatie}");
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
    assert!(app.find.is_none(), "going back drops the marks");
}

// ---- find in the text ----

fn key(app: &mut App, code: KeyCode) -> Option<Effect> {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// The text of a 2.1.1.A "Mantelzorgers ondersteunen" with the focus on it.
fn afspraak_text(w: u16, h: u16) -> App {
    let mut app = app_sized(w, h, None);
    app.update(Action::Show(View::Agenda));
    select(&mut app, "2-1-1-a");
    app.update(Action::FocusDetail);
    app
}

/// Each match as (line, the word found), and the index of the current one.
fn found(app: &App) -> (Vec<(usize, String)>, Option<usize>) {
    let wrapped = app.wrapped();
    let matches = app.find_matches();
    let words = matches
        .iter()
        .map(|m| {
            let text = line_text(&wrapped.lines[m.line]);
            (m.line, text[m.range.clone()].to_owned())
        })
        .collect::<Vec<_>>();
    let current = app.find.as_ref().and_then(|f| f.current(matches.len()));
    (words, current)
}

/// Whether line `line` of the text is on screen.
fn in_view(app: &App, line: usize) -> bool {
    let height = usize::from(app.areas().detail.height);
    line >= app.loc.scroll && line < app.loc.scroll + height
}

#[test]
fn typing_a_find_word_jumps_to_the_line_with_it() {
    let mut app = afspraak_text(80, 24);
    key(&mut app, KeyCode::Char('f'));
    assert_eq!(app.contexts(), vec![keys::Context::Find]);
    assert_eq!(app.loc.scroll, 0);
    // Only the backlink of the aanbeveling, far below the first screen, says "investeer".
    for c in "investeer".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let (words, current) = found(&app);
    assert_eq!(words.len(), 1, "{words:?}");
    let (line, word) = &words[0];
    assert_eq!(word, "Investeer");
    assert!(!in_view(&app, 0), "the text scrolled");
    assert!(
        in_view(&app, *line),
        "line {line}, scroll {}",
        app.loc.scroll
    );
    assert_eq!(current, Some(0));
    // Deleting the letters brings the text back to where the find started.
    for _ in 0.."investeer".len() {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!(app.loc.scroll, 0);
    for c in "investeer".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    assert!(!in_view(&app, 0));
    // Enter stops typing and keeps the marks; the keys are the text's again.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.contexts()[0], keys::Context::Text);
    assert_eq!(found(&app).0.len(), 1);
}

#[test]
fn n_and_shift_n_walk_through_the_matches_and_go_round() {
    let mut app = afspraak_text(80, 24);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(
        app.message.as_deref(),
        Some("Zoek eerst met f in de tekst.")
    );
    key(&mut app, KeyCode::Char('f'));
    for c in "mantelzorg".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    let (words, current) = found(&app);
    assert!(words.len() >= 3, "{words:?}");
    assert_eq!(current, Some(0));
    for (i, (line, _)) in words.iter().enumerate().skip(1) {
        key(&mut app, KeyCode::Char('n'));
        assert_eq!(found(&app).1, Some(i));
        assert!(in_view(&app, *line));
        assert!(app.message.is_none(), "{:?}", app.message);
    }
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(found(&app).1, Some(0), "after the last: the first");
    assert!(app.message.as_deref().unwrap_or("").contains("begin"));
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(
        found(&app).1,
        Some(words.len() - 1),
        "before the first: the last"
    );
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(found(&app).1, Some(words.len() - 2));
    // Tab still selects links.
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.loc.link, Some(0));
}

#[test]
fn esc_in_the_find_box_clears_the_find() {
    let mut app = afspraak_text(80, 24);
    key(&mut app, KeyCode::Char('f'));
    for c in "steunpunt".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    assert!(!found(&app).0.is_empty());
    key(&mut app, KeyCode::Esc);
    assert!(app.find.is_none());
    assert!(app.find_matches().is_empty());
    assert_eq!(app.contexts()[0], keys::Context::Text);
    assert_eq!(app.loc.focus, Focus::Text, "Esc left only the find box");
}

#[test]
fn a_typo_in_the_find_box_still_finds_the_word() {
    let mut app = afspraak_text(80, 24);
    app.update(Action::StartFind);
    type_find(&mut app, "mantelzrog");
    let words: Vec<String> = found(&app).0.into_iter().map(|(_, w)| w).collect();
    assert!(words.iter().any(|w| w == "Mantelzorgers"), "{words:?}");
}

fn type_find(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::FindInput(InputRequest::InsertChar(c)));
    }
}

#[test]
fn opening_the_mantelzorg_result_marks_the_words_and_shows_the_first() {
    let mut app = app_sized(80, 24, None);
    app.update(Action::StartSearch);
    type_text(&mut app, "mantelzorg");
    select(&mut app, "2-1-1-a");
    app.update(Action::Open);
    let find = app.find.as_ref().expect("opening a result starts a find");
    assert!(!find.typing);
    assert_eq!(find.input.value(), "mantelzorg");
    let (words, current) = found(&app);
    assert!(words.len() >= 3, "{words:?}");
    let (line, word) = &words[current.unwrap()];
    assert!(in_view(&app, *line));
    assert!(word.to_lowercase().starts_with("mantelzorg"), "{word}");
    // The keys walk the words of the search.
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(found(&app).1, Some(1));
    // Another item's text has no marks.
    app.update(Action::FocusList);
    app.update(Action::Down);
    assert_ne!(app.selected_id().as_deref(), Some("2-1-1-a"));
    assert!(app.find.is_none());
}

#[test]
fn a_result_opens_scrolled_to_a_word_below_the_first_screen_without_its_filter() {
    let mut app = app_sized(40, 12, None);
    app.update(Action::StartSearch);
    type_text(&mut app, "respijtzorg type:afspraak");
    select(&mut app, "2-1-1-a");
    app.update(Action::Open);
    assert_eq!(
        app.find.as_ref().map(|f| f.input.value()),
        Some("respijtzorg")
    );
    let (words, current) = found(&app);
    let (line, word) = &words[current.unwrap()];
    assert_eq!(word, "respijtzorg");
    assert!(app.loc.scroll > 0, "the word is below the first screen");
    assert!(
        in_view(&app, *line),
        "line {line}, scroll {}",
        app.loc.scroll
    );
}

#[test]
fn marks_are_bold_and_underlined_and_the_current_one_reversed() {
    use ratatui::style::Modifier;
    let mut app = app_sized(120, 40, None);
    app.update(Action::StartSearch);
    type_text(&mut app, "mantelzorg");
    select(&mut app, "2-1-1-a");
    app.update(Action::Open);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| marke::tui::view::draw(f, &app)).unwrap();
    let cursor = terminal.get_cursor_position().unwrap();
    let buf = terminal.backend().buffer();
    // The cursor is on the first letter of the current match.
    let cell = &buf[(cursor.x, cursor.y)];
    assert_eq!(cell.symbol().to_lowercase(), "m");
    let want = Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED;
    assert!(cell.modifier.contains(want), "{:?}", cell.modifier);
    // Every cell spelling "antelzorg" after that is marked too, not just the first letter.
    for dx in 1..10 {
        assert!(buf[(cursor.x + dx, cursor.y)].modifier.contains(want));
    }
    // The other matches: bold and underlined, not reversed.
    let others: Vec<_> = (0..40)
        .flat_map(|y| (0..120).map(move |x| (x, y)))
        .filter(|&(x, y)| y != cursor.y && buf[(x, y)].symbol().eq_ignore_ascii_case("m"))
        .filter(|&(x, y)| {
            buf[(x, y)]
                .modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED)
        })
        .collect();
    assert!(!others.is_empty());
    for (x, y) in others {
        assert!(
            !buf[(x, y)].modifier.contains(Modifier::REVERSED),
            "({x}, {y})"
        );
    }
}

#[test]
fn the_cursor_is_in_the_find_box_while_typing() {
    let mut app = afspraak_text(80, 24);
    app.update(Action::StartFind);
    type_find(&mut app, "mantel");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| marke::tui::view::draw(f, &app)).unwrap();
    let pos = terminal.get_cursor_position().unwrap();
    let row: String = (0..80)
        .map(|x| terminal.backend().buffer()[(x, pos.y)].symbol().to_owned())
        .collect();
    assert_eq!(pos.y, 22, "{row}");
    let before: String = row.chars().take(usize::from(pos.x)).collect();
    assert!(before.ends_with("Zoek in tekst: mantel"), "{row}");
}

#[test]
fn search_type_filter_narrows_the_results() {
    let mut app = app();
    app.update(Action::StartSearch);
    type_text(&mut app, "mantelzorg");
    // Tab goes through the types the content has, in the order of ItemType::ALL, then back
    // to all types.
    let mut kinds = Vec::new();
    loop {
        app.update(Action::SearchKind);
        match app.search.kind {
            Some(k) => kinds.push(k),
            None => break,
        }
    }
    assert_eq!(kinds.first(), Some(&ItemType::Droom));
    assert!(kinds.windows(2).all(|w| w[0] < w[1]), "{kinds:?}");
    assert!(
        !kinds.contains(&ItemType::Thema),
        "the fixture has no thema"
    );
    while app.search.kind != Some(ItemType::Afspraak) {
        app.update(Action::SearchKind);
    }
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
    assert_eq!(headings.last().unwrap(), "Nader te bepalen");
    app.update(Action::FilterOpgave);
    app.update(Action::Open); // the first opgave in the picker: netwerkaanpak
    assert!(row(&app, "2-3-1-a").is_none());
    assert!(row(&app, "2-1-1-b").is_some());
    app.update(Action::FilterOrganisatie);
    app.update(Action::Open); // the first initiator A–Z: Drentse gemeenten
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
        Some(Effect::Edit { path, line, .. }) => {
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

/// The screen with, under every row that has found words, a row marking them: `^` under a
/// found word (bold and underlined), `#` under the current one (also reversed). The plain theme
/// uses bold and underline together only for found words, so the marks show exactly those.
fn render_marked(app: &App) -> String {
    use ratatui::style::Modifier;
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| marke::tui::view::draw(f, app)).unwrap();
    let buf = terminal.backend().buffer();
    let found = Modifier::BOLD | Modifier::UNDERLINED;
    let mut out = String::new();
    for (y, row) in format!("{}", terminal.backend()).lines().enumerate() {
        out.push_str(row);
        out.push('\n');
        let marks: String = (0..w)
            .map(|x| match buf[(x, y as u16)].modifier {
                m if m.contains(found | Modifier::REVERSED) => '#',
                m if m.contains(found) => '^',
                _ => ' ',
            })
            .collect();
        if marks.trim() != "" {
            out.push_str(&format!(" {marks} \n"));
        }
    }
    out
}

/// Views whose snapshots show the found words.
const MARKED: [&str; 2] = ["resultaat-gevonden", "zoek-in-tekst"];

fn snapshot_of(name: &str, app: &App) -> String {
    if MARKED.contains(&name) {
        render_marked(app)
    } else {
        render(app)
    }
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
    a.update(Action::StartSearch);
    type_text(&mut a, "mantelzorg");
    select(&mut a, "2-1-1-a");
    a.update(Action::Open);
    a.update(Action::FindNext);
    out.push(("resultaat-gevonden", a));
    let mut a = app_sized(w, h, None);
    a.update(Action::Show(View::Agenda));
    select(&mut a, "2-1-1-a");
    a.update(Action::FocusDetail);
    a.update(Action::StartFind);
    type_find(&mut a, "gemeent");
    out.push(("zoek-in-tekst", a));
    let mut a = app_sized(w, h, None);
    a.update(Action::Help);
    out.push(("hulp", a));
    let mut a = app_sized(w, h, None);
    a.update(Action::Show(View::Voortgang));
    out.push(("voortgang", a));
    let mut a = app_sized(w, h, None);
    a.update(Action::Show(View::Agenda));
    a.update(Action::FilterOrganisatie);
    for c in "gem".chars() {
        a.update(Action::PickerInput(InputRequest::InsertChar(c)));
    }
    out.push(("filter-kiezer", a));
    let mut a = app_sized(w, h, None);
    a.update(Action::Show(View::Agenda));
    select(&mut a, "2-1-1-a");
    a.update(Action::UpdateStatus);
    out.push(("status-kiezer", a));
    let mut a = app_sized(w, h, None);
    select(&mut a, "netwerkaanpak");
    a.update(Action::Glossary);
    out.push(("begrippen-popup", a));
    let mut a = app_sized(w, h, None);
    a.update(Action::Show(View::Begrippen));
    a.update(Action::StartJump);
    out.push(("springen", a));
    out
}

#[test]
fn snapshots_80x24() {
    for (name, app) in views(80, 24) {
        assert_snapshot!(format!("{name}_80x24"), snapshot_of(name, &app));
    }
}

#[test]
fn snapshots_120x40() {
    for (name, app) in views(120, 40) {
        assert_snapshot!(format!("{name}_120x40"), snapshot_of(name, &app));
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

// ---- the mouse (`--muis`) ----

fn click(app: &mut App, column: u16, row: u16) -> Option<Effect> {
    app.update(Action::Click { column, row })
}

fn wheel(app: &mut App, column: u16, row: u16, delta: i16) {
    app.update(Action::Scroll { column, row, delta });
}

/// The screen as the user sees it, one string per line.
fn screen_lines(app: &App) -> Vec<String> {
    render(app)
        .lines()
        .map(|l| l.trim_matches('"').to_owned())
        .collect()
}

/// Clicks the third row the user sees in the list, and checks that the row marked `▶`
/// afterwards is the row that was drawn there.
fn click_third_visible_row(app: &mut App) {
    let list = app.areas().list;
    let y = list.y + 2;
    let before = screen_lines(app)[usize::from(y)].clone();
    assert!(
        !before.contains('▶'),
        "third row already selected: {before}"
    );
    assert_eq!(click(app, list.x + 4, y), None);
    let after = screen_lines(app)[usize::from(y)].clone();
    assert!(after.starts_with('▶'), "row {y} not selected:\n{after}");
    let text = &app.rows[app.loc.sel].text;
    assert!(
        before.contains(text.as_str()),
        "{text:?} was not on row {y}: {before}"
    );
}

#[test]
fn a_click_on_a_pane_title_moves_the_focus_there() {
    let mut app = app_sized(120, 40, None);
    app.update(Action::Show(View::Agenda));
    let titles = app.areas().titles;
    let detail = app.areas().detail;
    assert!(screen_lines(&app)[usize::from(titles.y)].contains("○ Tekst"));
    assert_eq!(click(&mut app, detail.x + 4, titles.y), None);
    assert_eq!(app.loc.focus, marke::tui::Focus::Text);
    assert!(screen_lines(&app)[usize::from(titles.y)].contains("● Tekst (actief)"));
    assert_eq!(click(&mut app, 4, titles.y), None);
    assert_eq!(app.loc.focus, marke::tui::Focus::List);
}

#[test]
fn a_click_on_the_third_visible_row_selects_it_and_a_second_click_opens_it() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = app_sized(w, h, None);
        click_third_visible_row(&mut app);
        assert_eq!(
            app.selected_id().as_deref(),
            Some("gezonde-leefomgeving"),
            "{w}x{h}"
        );
        assert_eq!(app.loc.screen, Screen::Home, "one click only selects");
        let y = app.areas().list.y + 2;
        click(&mut app, 3, y);
        assert_eq!(
            app.loc.screen,
            Screen::Children("gezonde-leefomgeving".into()),
            "{w}x{h}: the second click opens, like Enter"
        );
    }
}

#[test]
fn a_click_counts_from_the_first_row_shown_when_the_list_has_scrolled() {
    // 16 lines high: the agenda's list shows 7 of its rows, so after G it has scrolled.
    let mut app = app_sized(80, 16, None);
    app.update(Action::Show(View::Agenda));
    app.update(Action::Bottom);
    let list = app.areas().list;
    assert!(
        marke::tui::layout::list_offset(app.loc.sel, usize::from(list.height)) > 0,
        "the list should have scrolled"
    );
    // The third visible row may be a heading: find the first selectable row from the third on.
    let sel = app.loc.sel;
    click_third_visible_row_or_heading(&mut app, sel);
}

/// On a scrolled list: a click on a visible heading changes nothing, a click on a visible
/// item selects exactly that item.
fn click_third_visible_row_or_heading(app: &mut App, sel: usize) {
    let list = app.areas().list;
    let start = marke::tui::layout::list_offset(sel, usize::from(list.height));
    let mut heading_seen = false;
    let mut item_seen = false;
    for dy in 0..list.height {
        let i = start + usize::from(dy);
        let Some(row) = app.rows.get(i).cloned() else {
            break;
        };
        if i == app.loc.sel {
            continue;
        }
        let before = app.loc.sel;
        click(app, list.x + 4, list.y + dy);
        if row.id.is_none() {
            assert_eq!(app.loc.sel, before, "a heading was selected: {}", row.text);
            heading_seen = true;
        } else {
            assert_eq!(app.loc.sel, i, "clicked {} but got another row", row.text);
            item_seen = true;
            // Back to where we were, for the next rows.
            app.update(Action::Bottom);
        }
    }
    assert!(
        heading_seen && item_seen,
        "the test should click both kinds"
    );
}

#[test]
fn a_click_on_a_group_heading_does_nothing() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = app_sized(w, h, None);
        app.update(Action::Show(View::Agenda));
        let list = app.areas().list;
        assert!(app.rows[0].id.is_none(), "the agenda starts with a year");
        let before = (app.loc.clone(), app.selected_id());
        assert_eq!(click(&mut app, list.x + 1, list.y), None);
        assert_eq!(click(&mut app, list.x + 1, list.y), None);
        assert_eq!((app.loc.clone(), app.selected_id()), before, "{w}x{h}");
    }
}

#[test]
fn the_wheel_scrolls_the_text_or_moves_in_the_list_under_the_pointer() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = afspraak_text(w, h);
        let detail = app.areas().detail;
        assert!(app.wrapped().lines.len() > 10, "the text is long enough");
        wheel(&mut app, detail.x + 5, detail.y + 2, 1);
        assert_eq!(app.loc.scroll, 3, "{w}x{h}: one notch is three lines");
        wheel(&mut app, detail.x + 5, detail.y + 2, 2);
        assert_eq!(app.loc.scroll, 9, "{w}x{h}");
        wheel(&mut app, detail.x + 5, detail.y + 2, -1);
        assert_eq!(app.loc.scroll, 6, "{w}x{h}");
        assert_eq!(app.selected_id().as_deref(), Some("2-1-1-a"));
    }
    // Side by side, the wheel over the list moves the cursor there (skipping headings).
    let mut app = app_sized(120, 40, None);
    app.update(Action::Show(View::Agenda));
    let list = app.areas().list;
    let first = app.loc.sel;
    wheel(&mut app, list.x + 2, list.y + 1, 1);
    assert_eq!(
        app.loc.sel,
        app.rows.len().min(first + 2),
        "past the heading"
    );
    assert!(app.selected_id().is_some());
    wheel(&mut app, list.x + 2, list.y + 1, -1);
    assert_eq!(app.loc.sel, first);
    assert_eq!(app.loc.scroll, 0);
}

#[test]
fn a_click_in_the_search_results_selects_the_hit_under_the_pointer() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = app_sized(w, h, None);
        app.update(Action::StartSearch);
        type_text(&mut app, "mantelzorg");
        assert!(app.search.results.hits.len() >= 3);
        let list = app.areas().list;
        // Each hit has three lines: title, breadcrumb, snippet. The snippet line of hit 2:
        click(&mut app, list.x + 10, list.y + 2 * 3 + 2);
        assert_eq!(app.loc.sel, 2, "{w}x{h}");
        let id = app.search.results.hits[2].id.clone();
        assert_eq!(app.selected_id(), Some(id.clone()));
        let screen = screen_lines(&app);
        assert!(screen[usize::from(list.y) + 6].starts_with('▶'), "{w}x{h}");
        // The title line of hit 1, then its breadcrumb line.
        click(&mut app, list.x + 1, list.y + 3);
        assert_eq!(app.loc.sel, 1, "{w}x{h}");
        assert_eq!(app.loc.screen, Screen::Zoeken);
        click(&mut app, list.x + 1, list.y + 4);
        assert_ne!(
            app.loc.screen,
            Screen::Zoeken,
            "{w}x{h}: clicked twice, opened"
        );
        assert_eq!(
            app.selected_id().as_deref(),
            Some(app.search.results.hits[1].id.as_str())
        );
        assert_eq!(app.loc.focus, Focus::Text);
    }
    // When the results have scrolled, the first line shown is not the first hit.
    let mut app = app_sized(80, 16, None);
    app.update(Action::StartSearch);
    type_text(&mut app, "mantelzorg");
    app.update(Action::Bottom);
    let last = app.loc.sel;
    let list = app.areas().list;
    let start = marke::tui::layout::visible_hits(list, last).start;
    assert!(start > 0, "the results should have scrolled");
    click(&mut app, list.x + 1, list.y + 1);
    assert_eq!(app.loc.sel, start);
}

#[test]
fn a_click_on_a_link_selects_it_and_a_second_click_follows_it() {
    let mut app = app();
    select(&mut app, "netwerkaanpak");
    let detail = app.areas().detail;
    let inner = marke::tui::layout::detail_inner(detail);
    let wrapped = app.wrapped();
    let line = wrapped.link_lines[0];
    assert!(line < usize::from(detail.height), "link 0 is on screen");
    let row = detail.y + u16::try_from(line).unwrap();
    // Beside the text: the focus goes to the text, no link is selected.
    click(&mut app, detail.x, detail.y);
    assert_eq!((app.loc.focus, app.loc.link), (Focus::Text, None));
    // The column where link 0 starts on its line.
    let x: usize = wrapped.lines[line]
        .iter()
        .take_while(|s| s.link != Some(0))
        .map(|s| unicode_width::UnicodeWidthStr::width(s.text.as_str()))
        .sum();
    let column = inner.x + u16::try_from(x).unwrap();
    assert_eq!(click(&mut app, column, row), None);
    assert_eq!((app.loc.focus, app.loc.link), (Focus::Text, Some(0)));
    assert_eq!(app.selected_id().as_deref(), Some("netwerkaanpak"));
    click(&mut app, column, row);
    assert_ne!(
        app.selected_id().as_deref(),
        Some("netwerkaanpak"),
        "the second click follows the link"
    );
    app.update(Action::Back);
    assert_eq!(app.selected_id().as_deref(), Some("netwerkaanpak"));
}

#[test]
fn the_wheel_scrolls_help_and_a_tiny_terminal_ignores_the_mouse() {
    let mut app = app();
    app.update(Action::Help);
    wheel(&mut app, 50, 20, 2);
    assert_eq!(app.popup, Some(marke::tui::app::Popup::Help { scroll: 6 }));
    let mut app = app_sized(30, 8, None);
    let before = app.loc.clone();
    click(&mut app, 2, 2);
    wheel(&mut app, 2, 2, 1);
    assert_eq!(app.loc, before);
}

#[test]
fn help_explains_the_mouse() {
    let lines = marke::tui::view::help_lines(&marke::tui::theme::Theme::new(ThemeKind::Plain));
    let text: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    assert!(text.contains("--muis"), "{text}");
    assert!(text.contains("wieltje"), "{text}");
    // The help window is 86 wide and does not wrap: the lines from the mouse on (the mouse,
    // the search syntax, the statuses) fit in its 84 columns.
    assert!(text.contains("Met de muis"), "a mouse section");
    for line in text.lines() {
        let width = unicode_width::UnicodeWidthStr::width(line);
        assert!(width <= 84, "{width} columns: {line}");
    }
}
