//! `marke check`: load, validate, report; with `--leesbaarheid`, the readability table.

use anyhow::Result;

use super::{Workspace, use_color};
use crate::check::Format;
use crate::check::readability::Overview;

pub fn run(ws: &Workspace, format: Format, leesbaarheid: bool) -> Result<u8> {
    let (model, diags) = ws.load();
    let cfg = &ws.config.marke.leesbaarheid;
    if leesbaarheid {
        let overview = Overview::new(&model, cfg);
        match format {
            Format::Json => println!("{}", serde_json::to_string_pretty(&overview)?),
            _ => print!("{}", crate::control_chars::lines(&overview.render())),
        }
        return Ok(0);
    }
    let report = crate::check::run(&model, diags, Some(cfg)).relative_to(&ws.cwd);
    let color = format == Format::Human && use_color(std::io::stdout());
    print!("{}", report.render(format, color, model.len()));
    Ok(report.exit_code())
}
