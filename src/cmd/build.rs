//! `marke build`: placeholder until the site generator lands (issue: website).

use std::path::PathBuf;

use anyhow::{Result, bail};

use super::Workspace;

pub fn run(_ws: &Workspace, _out: Option<PathBuf>) -> Result<u8> {
    bail!("'marke build' is nog niet gebouwd")
}
