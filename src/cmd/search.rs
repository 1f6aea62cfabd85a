//! `marke search QUERY [--type T] [--limit N] [--json]`: the search engine for scripts and
//! people. Human output marks the matched words (bold, underlined and coloured on a terminal;
//! plain text otherwise or with NO_COLOR); `--json` prints one object
//! `{query, total, results, facets}`.
//!
//! Exit code 0 with results, 1 without (or with errors in the content, as every command),
//! 2 when the question itself is wrong: nothing to search for, or a type or filter that does
//! not exist, whether it came as `--type onzin` or as `type:onzin` in the words.

use std::io::Write;

use anyhow::Result;

use super::{Workspace, use_color};
use crate::control_chars;
use crate::index::parse::{resolve_type, unknown_type};
use crate::index::{SearchIndex, SearchRequest};
use crate::text::search;

pub fn run(
    ws: &Workspace,
    query: &[String],
    kind: Option<&str>,
    limit: usize,
    json: bool,
) -> Result<u8> {
    let kind = match kind.map(|name| (name, resolve_type(name))) {
        None => None,
        Some((_, Some(t))) => Some(t),
        Some((name, None)) => return Ok(refuse(&unknown_type(name))),
    };
    let text = query.join(" ");
    if text.trim().is_empty() && kind.is_none() {
        return Ok(refuse(
            "geef een of meer zoekwoorden, bijvoorbeeld: marke search mantelzorg",
        ));
    }
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    let index = SearchIndex::build_at(&model, ws.today)?;
    let req = SearchRequest {
        text,
        limit,
        kind,
        snippets: None,
    };
    let results = index.search(&model, &req);
    if results.refused {
        return Ok(refuse(results.message.as_deref().unwrap_or_default()));
    }
    let mut stdout = std::io::stdout().lock();
    if json {
        if let Some(m) = &results.message {
            eprintln!("{}", control_chars::lines(m));
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

/// A question marke cannot answer: one message on stderr, exit code 2. The notes of the
/// search engine are sentences for the browser; after "fout:" they start in lower case.
fn refuse(why: &str) -> u8 {
    let mut chars = why.chars();
    let why: String = chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    eprintln!("fout: {}", control_chars::lines(&why));
    2
}
