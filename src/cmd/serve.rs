//! `marke serve`: placeholder until the site generator lands (issue: website).

use anyhow::{Result, bail};

use super::Workspace;

pub fn run(_ws: &Workspace, _port: u16, _bind: &str) -> Result<u8> {
    bail!("'marke serve' is nog niet gebouwd")
}
