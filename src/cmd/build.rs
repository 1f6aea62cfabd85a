//! `marke build`: load and validate the content, then write the website.

use std::path::PathBuf;

use anyhow::Result;

use super::Workspace;
use crate::site;

pub fn run(ws: &Workspace, out: Option<PathBuf>, search: bool) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    let mut opts = site::Options::from_config(&ws.config, out.as_deref());
    opts.search = search;
    let report = site::build(&model, &opts)?;
    let steps: Vec<String> = report
        .timings
        .iter()
        .map(|(name, d)| format!("{name} {} ms", d.as_millis()))
        .collect();
    println!(
        "Website gebouwd in {}: {} pagina's, {} bestanden, {} ms ({}).",
        crate::control_chars::one_line(&opts.out.display().to_string()),
        report.pages,
        report.files,
        report.total().as_millis(),
        steps.join(", ")
    );
    Ok(0)
}
