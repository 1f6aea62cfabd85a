//! `marke diff OUD NIEUW`: the pages two builds of the website differ in.

use std::path::Path;

use anyhow::Result;

use crate::cli::DiffFormat;
use crate::review::pages::PageChanges;

pub fn run(old: &Path, new: &Path, format: DiffFormat) -> Result<u8> {
    let changes = PageChanges::compare(old, new)?;
    match format {
        DiffFormat::Tekst => print!("{}", changes.human()),
        DiffFormat::Markdown => print!("{}", changes.markdown()),
        DiffFormat::Json => println!("{}", serde_json::to_string_pretty(&changes)?),
    }
    Ok(0)
}
