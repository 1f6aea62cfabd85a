//! `marke check`: load, validate, report; with `--leesbaarheid`, the readability table.

use anyhow::Result;

use super::{Workspace, use_color};
use crate::check::readability::Overview;
use crate::diag::Format;
use crate::model::Checked;

pub fn run(ws: &Workspace, format: Format, leesbaarheid: bool) -> Result<u8> {
    let Checked { model, report } = ws.load();
    let cfg = &ws.config.marke.leesbaarheid;
    if leesbaarheid {
        let overview = Overview::new(&model, cfg);
        match format {
            Format::Json => println!("{}", serde_json::to_string_pretty(&overview)?),
            _ => print!("{}", crate::control_chars::lines(&overview.render())),
        }
        return Ok(0);
    }
    let report = crate::check::run(&model, report, cfg).relative_to(&ws.cwd);
    let color = format == Format::Human && use_color(std::io::stdout());
    print!("{}", report.render(format, color));
    Ok(report.exit_code())
}
