//! `marke status CODE STATUS` and `marke status --import BESTAND`: record progress through
//! [`crate::status::record`] and print what changed, or why nothing was written.

use std::path::Path;

use anyhow::Result;

use super::{Workspace, use_color};
use crate::status::{self, Refusal, Request, import, report};

pub fn run(
    ws: &Workspace,
    code: Option<String>,
    new_status: Option<String>,
    toelichting: Option<String>,
    datum: Option<String>,
    import_file: Option<&Path>,
) -> Result<u8> {
    let requests = match import_file {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| {
                let why = match e.kind() {
                    std::io::ErrorKind::NotFound => "het bestand bestaat niet".to_owned(),
                    std::io::ErrorKind::PermissionDenied => "geen toestemming".to_owned(),
                    _ => e.to_string(),
                };
                anyhow::anyhow!("kan {} niet lezen: {why}", path.display())
            })?;
            match import::parse(&bytes) {
                Ok(rows) => rows,
                Err(problems) => {
                    eprint!("{}", report::problems(Some(path), &problems));
                    return Ok(1);
                }
            }
        }
        None => vec![Request {
            target: code.unwrap_or_default(),
            status: new_status.unwrap_or_default(),
            datum,
            toelichting,
            row: 0,
        }],
    };
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    let refusal = match status::record(&ws.content_dir, &model, ws.today, &requests) {
        Ok(done) => {
            print!("{}", report::done(&done, &ws.cwd));
            return Ok(0);
        }
        Err(refusal) => refusal,
    };
    match refusal {
        Refusal::Requests(problems) => eprint!("{}", report::problems(import_file, &problems)),
        Refusal::Check(diags) => {
            let report = crate::check::Report::new(diags).relative_to(&ws.cwd);
            let color = use_color(std::io::stderr());
            eprint!(
                "{}",
                report.render(crate::check::Format::Human, color, model.len())
            );
            eprintln!("Er is niets geschreven: met deze update zou 'marke check' fouten geven.");
        }
        Refusal::File(p) => eprint!("{}", report::problems(None, &[(0, p)])),
    }
    Ok(1)
}
