//! The terminal browser for daily work: updating a status with `b` (through the same writer
//! as `marke status`), the problems after a failed reload, the agenda filters as pickers you
//! type in, and the progress view. State tests without rendering.

// Tests may unwrap: a panic is the failure message (Cargo.toml [lints]).
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use marke::model::Date;
use marke::tui::app::Popup;
use marke::tui::{Action, App, ContentDir, Effect, Store, View};
use tui_input::InputRequest;

use common::tui::{fixture, options, select};

fn app_on(dir: &Path) -> App {
    App::new(common::valid_model(dir), options(None), (120, 40)).unwrap()
}

fn type_in_picker(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::PickerInput(InputRequest::InsertChar(c)));
    }
}

fn detail_text(app: &App) -> String {
    app.wrapped()
        .lines
        .iter()
        .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A copy of the fixture content in a fresh folder, to write in.
fn scratch() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("content");
    std::fs::create_dir(&dir).unwrap();
    for entry in std::fs::read_dir(fixture()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    (tmp, dir)
}

fn store(dir: &Path) -> ContentDir {
    ContentDir {
        dir: dir.to_path_buf(),
        cwd: dir.parent().unwrap().to_path_buf(),
        today: Date::today(),
    }
}

#[test]
fn b_picks_a_status_and_a_note_and_the_screen_shows_it_at_once() {
    let (_tmp, dir) = scratch();
    let before = std::fs::read_to_string(dir.join("plan.yaml")).unwrap();
    let mut app = app_on(&dir);
    app.update(Action::Show(View::Agenda));
    select(&mut app, "2-1-1-b");
    app.update(Action::UpdateStatus);
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("no status picker: {:?}", app.popup);
    };
    assert_eq!(p.choices.len(), 6, "the six statuses");
    assert_eq!(
        p.chosen().unwrap().value,
        "gepland",
        "the current one first"
    );
    type_in_picker(&mut app, "vertr");
    assert_eq!(app.update(Action::Open), None);
    assert!(matches!(app.popup, Some(Popup::Picker(_))), "the note step");
    type_in_picker(&mut app, "wacht op subsidie");
    let Some(Effect::SetStatus(request)) = app.update(Action::Open) else {
        panic!("Enter on the note should record the update");
    };
    assert!(app.popup.is_none());
    assert_eq!(request.target, "2-1-1-b");
    assert_eq!(request.status, "vertraagd");
    assert_eq!(request.toelichting.as_deref(), Some("wacht op subsidie"));
    let model = store(&dir).record(request.clone()).unwrap();
    app.status_saved(model, &request).unwrap();
    assert_eq!(app.selected_id().as_deref(), Some("2-1-1-b"), "same place");
    let row = app
        .rows
        .iter()
        .find(|r| r.id.as_deref() == Some("2-1-1-b"))
        .unwrap();
    assert_eq!(row.note, "vertraagd", "the agenda row shows the new status");
    let text = detail_text(&app);
    assert!(text.contains("Status: vertraagd (bijgewerkt"), "{text}");
    assert!(text.contains("Voortgang"), "{text}");
    assert!(text.contains("wacht op subsidie"), "{text}");
    assert!(app.message.as_deref().unwrap().contains("vertraagd"));
    // Only the item's status lines changed in the file.
    let after = std::fs::read_to_string(dir.join("plan.yaml")).unwrap();
    let changed: Vec<_> = diff::lines(&before, &after);
    assert!(
        changed
            .iter()
            .all(|l| l.contains("status") || l.contains("voortgang")),
        "{changed:?}"
    );
}

/// Lines only in one of the texts: a tiny diff, enough to see which lines changed.
mod diff {
    pub fn lines(a: &str, b: &str) -> Vec<String> {
        let only = |x: &str, y: &str| -> Vec<String> {
            x.lines()
                .filter(|l| !y.lines().any(|m| m == *l))
                .map(str::to_owned)
                .collect()
        };
        let mut out = only(a, b);
        out.extend(only(b, a));
        out
    }
}

#[test]
fn b_on_something_else_than_an_afspraak_says_so_and_esc_cancels() {
    let mut app = app_on(&fixture());
    app.update(Action::UpdateStatus); // the Droom is selected
    assert!(app.popup.is_none());
    assert!(app.message.as_deref().unwrap().contains("afspraak"));
    app.update(Action::Show(View::Agenda));
    select(&mut app, "2-1-1-a");
    app.update(Action::UpdateStatus);
    app.update(Action::ClosePopup);
    assert!(app.popup.is_none());
}

#[test]
fn a_refused_update_shows_the_problem_in_dutch_and_writes_nothing() {
    let (_tmp, dir) = scratch();
    let before = std::fs::read_to_string(dir.join("plan.yaml")).unwrap();
    let request = marke::status::Request {
        target: "2-1-1-b".into(),
        status: "vertraagd".into(),
        datum: Some("2099-01-01".into()),
        ..Default::default()
    };
    let lines = store(&dir).record(request).unwrap_err();
    assert!(lines.iter().any(|l| l.contains("na vandaag")), "{lines:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.yaml")).unwrap(),
        before
    );
}

#[test]
fn a_failed_reload_shows_each_error_with_file_and_line() {
    let (_tmp, dir) = scratch();
    let mut app = app_on(&dir);
    let path = dir.join("plan.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("status: lopend", "status: bezig")).unwrap();
    let lines = store(&dir).reload().unwrap_err();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("content/plan.yaml:") && l.contains("bezig")),
        "{lines:?}"
    );
    app.show_problems("Niet opnieuw geladen", lines.clone());
    let Some(Popup::Problems { lines: shown, .. }) = &app.popup else {
        panic!("no problems window");
    };
    assert_eq!(shown, &lines);
    app.update(Action::ClosePopup);
    assert!(app.popup.is_none());
}

#[test]
fn the_editor_opens_at_the_status_line_of_an_afspraak() {
    let text = std::fs::read_to_string(fixture().join("plan.yaml")).unwrap();
    let line =
        marke::status::edit::status_line(&text, marke::content::FileKind::Yaml, "2-1-1-b").unwrap();
    assert_eq!(
        text.lines().nth(line - 1).unwrap().trim(),
        "status: gepland"
    );
}

#[test]
fn the_detail_of_an_overdue_afspraak_says_verlopen_in_words() {
    let mut app = app_on(&fixture());
    app.update(Action::Show(View::Agenda));
    select(&mut app, "2-1-1-a"); // planned 2024, lopend, today 1 June 2025
    assert!(detail_text(&app).contains("Verlopen: ja"));
    select(&mut app, "2-3-1-b"); // 2024-Q4 but afgerond
    assert!(!detail_text(&app).contains("Verlopen"));
}

#[test]
fn a_typed_organisation_filter_narrows_the_agenda_and_shows_a_chip_with_its_count() {
    let mut app = app_on(&fixture());
    app.update(Action::Show(View::Agenda));
    app.update(Action::FilterOrganisatie);
    type_in_picker(&mut app, "zorgbel");
    {
        let Some(Popup::Picker(p)) = &app.popup else {
            panic!("no picker");
        };
        assert_eq!(p.shown.len(), 1, "typing narrows the list");
        assert_eq!(p.chosen().unwrap().count, Some(1));
    }
    app.update(Action::Open);
    let ids: Vec<_> = app.rows.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(ids, ["2-1-1-b"]);
    let chips = app.filter.chips(&app.model);
    assert_eq!(chips.len(), 1);
    assert_eq!(chips[0].2, 1);
    // A second filter combines with the first.
    app.update(Action::FilterOverdue);
    assert!(app.rows.iter().all(|r| r.id.is_none()));
    assert_eq!(app.filter.chips(&app.model).len(), 2);
    app.update(Action::ClearFilters);
    assert!(app.filter.is_empty());
}

#[test]
fn the_year_and_status_pickers_only_offer_what_shows_afspraken() {
    let mut app = app_on(&fixture());
    app.update(Action::Show(View::Agenda));
    app.update(Action::FilterJaar);
    type_in_picker(&mut app, "2025");
    app.update(Action::Open);
    let ids: Vec<_> = app.rows.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(ids, ["2-1-1-b"]);
    app.update(Action::FilterStatus);
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("no picker");
    };
    let offered: Vec<_> = p.choices.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(offered, ["gepland"], "only statuses that leave something");
}

#[test]
fn the_voortgang_view_shows_the_numbers_of_marke_voortgang_and_enter_lists_them() {
    let mut app = app_on(&fixture());
    app.update(Action::Show(View::Voortgang));
    let today = Date::from((2025, 6, 1));
    let per = marke::model::agenda::per_opgave(&app.model, today);
    let total = marke::model::agenda::total(&per);
    // The last block is the total: its overdue row says the model's number.
    let overdue_rows: Vec<_> = app
        .rows
        .iter()
        .filter(|r| r.text.trim() == "! verlopen")
        .collect();
    assert_eq!(
        overdue_rows.last().unwrap().note,
        total.verlopen.to_string()
    );
    // Enter on the first opgave's "lopend" lists exactly those afspraken in the agenda.
    let at = app
        .rows
        .iter()
        .position(|r| r.text.trim() == "lopend")
        .unwrap();
    let n: usize = app.rows[at].note.parse().unwrap();
    app.update(Action::Top);
    while app.loc.sel != at {
        app.update(Action::Down);
    }
    app.update(Action::Open);
    assert_eq!(app.loc.screen, marke::tui::lists::Screen::Agenda);
    let shown: Vec<_> = app.rows.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(shown.len(), n);
    for id in &shown {
        let item = app.model.get(id).unwrap();
        assert_eq!(item.facts.status, Some(marke::model::Status::Lopend));
    }
    assert!(
        !app.filter.chips(&app.model).is_empty(),
        "the filter shows as chips"
    );
}

#[test]
fn r_lists_what_was_opened_last_first_and_opens_it_again() {
    let mut app = app_on(&fixture());
    app.update(Action::Recent);
    assert!(app.popup.is_none(), "nothing opened yet");
    assert!(app.message.is_some());
    app.update(Action::Show(View::Organisaties));
    select(&mut app, "drentse-gemeenten");
    app.update(Action::FocusDetail);
    app.update(Action::Show(View::Agenda));
    select(&mut app, "2-1-1-b");
    app.update(Action::FocusDetail);
    app.update(Action::Recent);
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("no recent list");
    };
    let ids: Vec<_> = p.choices.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(ids, ["2-1-1-b", "drentse-gemeenten"]);
    type_in_picker(&mut app, "drents");
    app.update(Action::Open);
    assert_eq!(app.selected_id().as_deref(), Some("drentse-gemeenten"));
}

#[test]
fn a_long_list_narrows_by_typing_and_enter_opens_the_item() {
    let mut app = app_on(&fixture());
    app.update(Action::Show(View::Begrippen));
    app.update(Action::FilterList);
    type_in_picker(&mut app, "respijt");
    let Some(Popup::Picker(p)) = &app.popup else {
        panic!("no list filter");
    };
    assert_eq!(p.shown.len(), 1);
    app.update(Action::Open);
    assert_eq!(app.selected_id().as_deref(), Some("respijtzorg"));
    assert_eq!(app.loc.focus, marke::tui::Focus::Text);
}

#[test]
fn one_esc_goes_back_from_the_text_and_slash_is_always_search() {
    let mut app = app_on(&fixture());
    app.update(Action::Show(View::Agenda));
    select(&mut app, "2-1-1-a");
    app.update(Action::FocusDetail);
    let key = |app: &mut App, code| {
        app.handle_key(crossterm::event::KeyEvent::from(code));
    };
    key(&mut app, crossterm::event::KeyCode::Esc);
    assert_eq!(app.loc.focus, marke::tui::Focus::List);
    assert_eq!(app.selected_id().as_deref(), Some("2-1-1-a"));
    app.update(Action::FocusDetail);
    key(&mut app, crossterm::event::KeyCode::Char('/'));
    assert_eq!(app.loc.screen, marke::tui::lists::Screen::Zoeken);
    assert!(app.find.is_none(), "/ in the text searches everything");
}

#[test]
fn the_full_title_of_a_cut_row_shows_in_the_status_bar() {
    use ratatui::{Terminal, backend::TestBackend};
    let mut app = app_on(&fixture());
    app.update(Action::Resize(50, 20));
    app.update(Action::Show(View::Agenda));
    select(&mut app, "2-1-1-a");
    let mut terminal = Terminal::new(TestBackend::new(50, 20)).unwrap();
    terminal.draw(|f| marke::tui::view::draw(f, &app)).unwrap();
    let screen = format!("{}", terminal.backend());
    let rows: Vec<&str> = screen.lines().collect();
    let list_row = rows.iter().find(|l| l.contains("▶")).unwrap();
    assert!(list_row.contains('…'), "the row is cut: {list_row}");
    assert!(
        rows[rows.len() - 2].contains("2.1.1.A Mantelzorgers ondersteunen"),
        "{screen}"
    );
}

#[test]
fn quote_and_a_letter_jump_to_the_next_title_with_that_letter() {
    use crossterm::event::{KeyCode, KeyEvent};
    let mut app = app_on(&fixture());
    app.update(Action::Show(View::Begrippen));
    let key = |app: &mut App, c: char| {
        app.handle_key(KeyEvent::from(KeyCode::Char(c)));
    };
    let title = |app: &App| app.selected_item().unwrap().title.clone();
    let starts = |app: &App, letter: char| title(app).to_lowercase().starts_with(letter);
    key(&mut app, '\'');
    assert!(app.message.as_deref().unwrap().contains("Spring naar"));
    key(&mut app, 'r');
    assert!(starts(&app, 'r'), "{}", title(&app));
    // The letters are keys again after the jump: `k` moves up one row.
    let at = app.loc.sel;
    key(&mut app, 'k');
    assert_ne!(app.loc.sel, at);
    // Every row with the letter in turn, round to the first one.
    key(&mut app, '\'');
    key(&mut app, 'm');
    let first = app.loc.sel;
    let mut seen = vec![first];
    loop {
        key(&mut app, '\'');
        key(&mut app, 'M');
        assert!(starts(&app, 'm'), "{}", title(&app));
        if app.loc.sel == first {
            break;
        }
        seen.push(app.loc.sel);
    }
    let with_m = app
        .rows
        .iter()
        .filter(|r| r.id.is_some() && r.text.to_lowercase().starts_with('m'))
        .count();
    assert_eq!(seen.len(), with_m);
    // No title with the letter: the cursor stays and the status bar says so.
    key(&mut app, '\'');
    key(&mut app, 'q');
    assert_eq!(app.loc.sel, first);
    assert!(app.message.as_deref().unwrap().contains("'q'"));
    // Esc after ' does not go back.
    key(&mut app, '\'');
    app.handle_key(KeyEvent::from(KeyCode::Esc));
    assert_eq!(app.loc.screen, marke::tui::lists::Screen::Begrippen);
    assert!(!app.jump);
}

#[test]
fn the_pane_with_the_focus_says_so_in_words_not_only_in_colour() {
    use ratatui::{Terminal, backend::TestBackend};
    let screen = |app: &App| {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| marke::tui::view::draw(f, app)).unwrap();
        format!("{}", terminal.backend())
    };
    let mut app = app_on(&fixture());
    app.update(Action::Show(View::Agenda));
    let list = screen(&app);
    assert!(list.contains("● Lijst (actief)"), "{list}");
    assert!(list.contains("○ Tekst (Tab: naar de tekst)"), "{list}");
    app.update(Action::FocusDetail);
    let text = screen(&app);
    assert!(text.contains("● Tekst (actief)"), "{text}");
    assert!(text.contains("○ Lijst (h: naar de lijst)"), "{text}");
    assert!(!text.contains("Lijst (actief)"), "{text}");
}
