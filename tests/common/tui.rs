//! Helpers for the tests that drive the terminal browser's state.

use std::path::{Path, PathBuf};

use marke::tui::theme::ThemeKind;
use marke::tui::{Action, App, Options};

/// The small content the browser tests run on.
pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/content")
}

/// The browser's settings in the tests: a fixed day, plain colours, no mouse.
pub fn options(site_url: Option<&str>) -> Options {
    Options {
        site_url: site_url.map(str::to_owned),
        today: (2025, 6, 1),
        theme: ThemeKind::Plain,
        mouse: false,
    }
}

/// Moves the cursor down from the top of the list until `id` is selected; fails the test when
/// the list ends first.
pub fn select(app: &mut App, id: &str) {
    app.update(Action::Top);
    while app.selected_id().as_deref() != Some(id) {
        let before = app.loc.sel;
        app.update(Action::Down);
        assert_ne!(before, app.loc.sel, "{id} not in the list");
    }
}
