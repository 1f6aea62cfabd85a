//! `marke show ID`: one item as plain text, for scripts and screen readers.

use anyhow::Result;

use super::Workspace;
use crate::text;

pub fn run(ws: &Workspace, id: &str) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    match model.get(id) {
        Some(item) => {
            print!("{}", text::show(&model, item, ws.today));
            Ok(0)
        }
        None => {
            eprint!("{}", text::not_found(&model, id));
            Ok(1)
        }
    }
}
