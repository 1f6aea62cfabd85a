//! Browser speed on the real content: the first frame (load the content, build the state,
//! draw 120×40; the search index is built in a thread meanwhile), and keystroke to redrawn frame for moving, searching
//! and opening. Run: `cargo bench --bench tui`.

// Tests may unwrap: a panic is the failure message (Cargo.toml [lints]).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use marke::tui::theme::ThemeKind;
use marke::tui::{Action, App, Options, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_input::InputRequest;

fn load() -> marke::model::Model {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    marke::model::Model::load(&dir, marke::model::Date::today()).model
}

fn opts() -> Options {
    Options {
        site_url: None,
        today: (2025, 6, 1),
        theme: ThemeKind::Default,
        mouse: false,
    }
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal.draw(|f| marke::tui::view::draw(f, app)).unwrap();
}

fn benches(c: &mut Criterion) {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    // The search index is built in a thread; each round waits for it outside the timing, so
    // rounds do not compete with the previous round's thread.
    c.bench_function("eerste beeld: laden + state + tekenen", |b| {
        b.iter_custom(|rounds| {
            let mut total = Duration::ZERO;
            for _ in 0..rounds {
                let start = Instant::now();
                let mut app = App::new(load(), opts(), (120, 40)).unwrap();
                draw(&mut terminal, &app);
                total += start.elapsed();
                app.update(Action::StartSearch);
            }
            total
        })
    });
    c.bench_function("deel: alleen inhoud laden", |b| b.iter(load));
    let model = load();
    c.bench_function("deel: alleen zoekindex bouwen", |b| {
        b.iter(|| marke::index::SearchIndex::build(&model).unwrap())
    });
    let mut app = App::new(load(), opts(), (120, 40)).unwrap();
    app.update(Action::Show(View::Agenda));
    c.bench_function("toets: omlaag in de agenda + tekenen", |b| {
        b.iter(|| {
            app.update(Action::Down);
            draw(&mut terminal, &app);
        })
    });
    app.update(Action::StartSearch);
    for ch in "mantelzor".chars() {
        app.update(Action::SearchInput(InputRequest::InsertChar(ch)));
    }
    c.bench_function("toets: zoeken terwijl u typt + tekenen", |b| {
        b.iter(|| {
            app.update(Action::SearchInput(InputRequest::InsertChar('g')));
            draw(&mut terminal, &app);
            app.update(Action::SearchInput(InputRequest::DeletePrevChar));
        })
    });
    app.update(Action::StopTyping);
    c.bench_function("toets: resultaat openen + terug + tekenen", |b| {
        b.iter(|| {
            app.update(Action::Open);
            draw(&mut terminal, &app);
            app.update(Action::Back);
        })
    });
}

criterion_group! {
    name = tui;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(tui);
