//! `marke export`: the validated model as one JSON object.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::Workspace;
use crate::cli::ExportFormat;

pub fn run(ws: &Workspace, format: ExportFormat, out: Option<&Path>) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    let ExportFormat::Json = format;
    let json = serde_json::to_string_pretty(&crate::export::export(&model))?;
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
            tmp.write_all(json.as_bytes())?;
            tmp.persist(path)
                .with_context(|| format!("kan {} niet schrijven", path.display()))?;
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(json.as_bytes())?;
            stdout.write_all(b"\n")?;
        }
    }
    Ok(0)
}
