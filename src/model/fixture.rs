//! For unit tests only: the small plan of `tests/fixtures/tui/content` (a droom, two opgaven,
//! three doelen, five afspraken, a few begrippen and organisaties) as a model, loaded once
//! here instead of in each test module.

use super::{Date, Model};

pub fn tui() -> Model {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/content");
    Model::load(&dir, Date::today()).model
}
