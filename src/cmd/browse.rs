//! `marke` without a command. Until the terminal browser exists, it prints the home overview:
//! the Drentse Droom and the opgaven with their counts.

use anyhow::Result;

use super::Workspace;
use crate::model::{DROOM_ID, ItemType, Model, Relation};

pub fn run(ws: &Workspace) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    print!("{}", overview(&model));
    Ok(0)
}

/// The home overview as text.
pub fn overview(model: &Model) -> String {
    let mut out = String::new();
    if let Some(droom) = model.get(DROOM_ID) {
        out.push_str(&format!("{}\n\n{}\n\n", droom.title, droom.summary));
    }
    out.push_str("Opgaven                                   doelen  afspraken\n");
    for opgave in model.of_type(ItemType::Opgave) {
        let doelen = model.children(&opgave.id, Relation::Opgave);
        let doel_count = doelen.iter().filter(|i| i.kind == ItemType::Doel).count();
        let afspraken: usize = doelen
            .iter()
            .map(|d| model.children(&d.id, Relation::Doel).len())
            .sum::<usize>()
            + doelen
                .iter()
                .filter(|i| i.kind == ItemType::Afspraak)
                .count();
        out.push_str(&format!(
            "{:<42}{:>6}{:>11}\n",
            opgave.display_title(),
            doel_count,
            afspraken
        ));
    }
    out
}
