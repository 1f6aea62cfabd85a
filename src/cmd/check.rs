//! `marke check`: load, validate, report.

use anyhow::Result;

use super::{Workspace, use_color};
use crate::check::Format;

pub fn run(ws: &Workspace, format: Format, _leesbaarheid: bool) -> Result<u8> {
    let (model, diags) = ws.load();
    let report = crate::check::run(&model, diags).relative_to(&ws.cwd);
    let color = format == Format::Human && use_color(std::io::stdout());
    print!("{}", report.render(format, color, model.len()));
    Ok(report.exit_code())
}
