//! The home overview as text: what `marke` prints instead of the browser when its output is
//! not a terminal (a pipe, a file, CI).

use crate::model::{DROOM_ID, ItemType, Model};

/// The Droom and the opgaven with their numbers of doelen and afspraken.
pub fn overview(model: &Model) -> String {
    let mut out = String::new();
    if let Some(droom) = model.get(DROOM_ID) {
        out.push_str(&format!("{}\n\n{}\n\n", droom.title, droom.summary));
    }
    out.push_str("Opgaven                                   doelen  afspraken\n");
    for opgave in model.of_type(ItemType::Opgave) {
        let (doelen, afspraken) = model.counts(opgave);
        out.push_str(&format!(
            "{:<42}{:>6}{:>11}\n",
            opgave.display_title(),
            doelen,
            afspraken
        ));
    }
    out
}
