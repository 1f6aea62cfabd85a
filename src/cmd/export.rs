//! `marke export`: the validated model as JSON, the afspraken as a spreadsheet (CSV), or the
//! agenda as a calendar (ICS); to standard output or, atomically, to a file.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::Workspace;
use crate::cli::ExportFormat;
use crate::export::{csv, ics};

pub fn run(ws: &Workspace, format: ExportFormat, out: Option<&Path>, sep: &str) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    let text = match format {
        ExportFormat::Json => serde_json::to_string_pretty(&crate::export::export(&model))? + "\n",
        ExportFormat::Csv => {
            let separator = if sep == "," { b',' } else { b';' };
            csv::afspraken(&model, ws.today, separator)
        }
        ExportFormat::Ics => {
            let opts = ics::Options {
                site_url: ws.config.output.html.site_url.as_deref(),
                stamp: stamp(ws),
                today: ws.today,
            };
            ics::calendar(&model, &opts)
        }
    };
    match out {
        Some(path) => {
            // Write beside the target and rename, so a reader never sees half a file.
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| {
                format!("kan geen tijdelijk bestand maken in {}", dir.display())
            })?;
            tmp.write_all(text.as_bytes())?;
            tmp.persist(path)
                .with_context(|| format!("kan {} niet schrijven", path.display()))?;
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(0)
}

/// DTSTAMP: today (or `MARKE_VANDAAG`) at the current UTC time of day.
fn stamp(ws: &Workspace) -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() % 86_400);
    format!(
        "{}T{:02}{:02}{:02}Z",
        ws.today.compact(),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}
