//! `marke show NAAM`: one item as plain text (for scripts and screen readers) or, with
//! `--json`, in the shape of `marke export`. The item may be named by id, code or name; the
//! model decides which item that is ([`crate::model::Model::lookup`]).

use std::io::Write;

use anyhow::Result;

use super::Workspace;
use crate::text;

pub fn run(ws: &Workspace, wanted: &str, json: bool) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    let item = match super::named_item(&model, wanted) {
        Ok(item) => item,
        Err(code) => return Ok(code),
    };
    let mut stdout = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut stdout, &crate::export::item(&model, item))?;
        writeln!(stdout)?;
    } else {
        write!(stdout, "{}", text::show(&model, item, ws.today))?;
    }
    Ok(0)
}
