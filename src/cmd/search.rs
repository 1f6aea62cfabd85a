//! `marke search QUERY [--type T] [--limit N] [--json]`: the search engine for scripts and
//! people. Human output marks the matched words (bold, underlined and coloured on a terminal;
//! plain text otherwise or with NO_COLOR); `--json` prints one object
//! `{query, total, results, facets}`. Exit code 0 with results, 1 without.

use std::io::Write;

use anyhow::{Result, bail};

use super::{Workspace, use_color};
use crate::index::{SearchIndex, SearchRequest};
use crate::model::ItemType;
use crate::text::search;

pub fn run(
    ws: &Workspace,
    query: &[String],
    kind: Option<&str>,
    limit: usize,
    json: bool,
) -> Result<u8> {
    let kind = match kind.map(|name| (name, ItemType::from_name(&name.to_lowercase()))) {
        None => None,
        Some((_, Some(t))) => Some(t),
        Some((name, None)) => bail!(
            "het type '{name}' bestaat niet; kies uit {}",
            ItemType::names()
        ),
    };
    let Some(model) = ws.load_valid() else {
        return Ok(2);
    };
    let index = SearchIndex::build_at(&model, ws.today)?;
    let req = SearchRequest {
        text: query.join(" "),
        limit,
        kind,
        snippets: None,
    };
    let results = index.search(&model, &req);
    let mut stdout = std::io::stdout().lock();
    if json {
        if let Some(m) = &results.message {
            eprintln!("{}", crate::control_chars::lines(m));
        }
        serde_json::to_writer_pretty(&mut stdout, &search::json(&results))?;
        writeln!(stdout)?;
    } else {
        write!(
            stdout,
            "{}",
            search::render(&results, use_color(std::io::stdout()))
        )?;
    }
    Ok(if results.total > 0 { 0 } else { 1 })
}
