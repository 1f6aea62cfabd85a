//! `marke voortgang`: the progress report per opgave, in the format asked for.

use anyhow::Result;

use super::Workspace;
use crate::cli::VoortgangFormat;
use crate::progress::Progress;

pub fn run(ws: &Workspace, format: VoortgangFormat) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    let p = Progress::new(&model, ws.today);
    match format {
        VoortgangFormat::Tekst => print!("{}", p.text()),
        VoortgangFormat::Json => println!("{}", serde_json::to_string_pretty(&p.json())?),
        VoortgangFormat::Csv => print!("{}", p.csv()),
        VoortgangFormat::Markdown => print!("{}", p.markdown()),
    }
    Ok(0)
}
