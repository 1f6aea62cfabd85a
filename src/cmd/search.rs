//! `marke search`: placeholder until the search engine lands (issue: Search).

use anyhow::{Result, bail};

use super::Workspace;

pub fn run(
    _ws: &Workspace,
    _query: &[String],
    _kind: Option<&str>,
    _limit: usize,
    _json: bool,
) -> Result<u8> {
    bail!("'marke search' is nog niet gebouwd")
}
