//! `marke search QUERY [--type T] [--limit N] [--json]`: the search engine for scripts and
//! people. Human output marks the matched words (bold, underlined and coloured on a terminal;
//! plain text otherwise or with NO_COLOR); `--json` prints one object
//! `{query, total, results, facets}`. Exit code 0 with results, 1 without. Every text from
//! content or the query is escaped ([`control_chars`]) before the colours are added.

use std::io::Write;

use anyhow::{Result, bail};
use serde::Serialize;

use super::{Workspace, use_color};
use crate::control_chars::{self, one_line};
use crate::index::{Facets, Hit, SearchIndex, SearchRequest, SearchResults, Snippet};
use crate::model::ItemType;

#[derive(Serialize)]
struct JsonOut<'a> {
    query: &'a str,
    total: usize,
    results: Vec<JsonHit<'a>>,
    facets: &'a Facets,
}

#[derive(Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: ItemType,
    title: &'a str,
    summary: &'a str,
    breadcrumb: &'a [String],
    snippet: Option<&'a Snippet>,
    score: f32,
}

pub fn run(
    ws: &Workspace,
    query: &[String],
    kind: Option<&str>,
    limit: usize,
    json: bool,
) -> Result<u8> {
    let kind = match kind {
        None => None,
        Some(name) => match ItemType::from_name(&name.to_lowercase()) {
            Some(t) => Some(t),
            None => {
                let names: Vec<&str> = ItemType::ALL.iter().map(|t| t.name()).collect();
                bail!(
                    "het type '{name}' bestaat niet; kies uit {}",
                    names.join(", ")
                )
            }
        },
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
            eprintln!("{}", control_chars::lines(m));
        }
        serde_json::to_writer_pretty(&mut stdout, &json_out(&results))?;
        writeln!(stdout)?;
    } else {
        write!(stdout, "{}", render(&results, use_color(std::io::stdout())))?;
    }
    Ok(if results.total > 0 { 0 } else { 1 })
}

fn json_out(r: &SearchResults) -> JsonOut<'_> {
    JsonOut {
        query: &r.query,
        total: r.total,
        results: r.hits.iter().map(json_hit).collect(),
        facets: &r.facets,
    }
}

fn json_hit(h: &Hit) -> JsonHit<'_> {
    JsonHit {
        id: &h.id,
        kind: h.kind,
        title: &h.title,
        summary: &h.summary,
        breadcrumb: &h.breadcrumb,
        snippet: h.snippet.as_ref(),
        score: h.score,
    }
}

/// The results as text for people.
pub fn render(r: &SearchResults, color: bool) -> String {
    let mut out = String::new();
    if let Some(m) = &r.message {
        out.push_str(&format!("{}\n", control_chars::lines(m)));
    }
    let chips: Vec<String> = r
        .filters
        .iter()
        .map(|(k, v)| format!("{k}: {}", one_line(v)))
        .collect();
    let filters = if chips.is_empty() {
        String::new()
    } else {
        format!(" (filter: {})", chips.join(", "))
    };
    let noun = if r.total == 1 {
        "resultaat"
    } else {
        "resultaten"
    };
    out.push_str(&format!(
        "{} {noun} voor \"{}\"{filters}",
        r.total,
        one_line(r.query.trim())
    ));
    if r.hits.len() < r.total {
        out.push_str(&format!(", de eerste {} hieronder", r.hits.len()));
    }
    out.push_str("\n\n");
    for (n, h) in r.hits.iter().enumerate() {
        let title = one_line(&h.title);
        let title = if color {
            format!("\x1b[1m{title}\x1b[0m")
        } else {
            title.into_owned()
        };
        out.push_str(&format!("{:>2}. {title}  [{}]\n", n + 1, h.kind.label()));
        if !h.breadcrumb.is_empty() {
            out.push_str(&format!("    {}\n", one_line(&h.breadcrumb.join(" › "))));
        }
        if let Some(snippet) = h.snippet.as_ref().filter(|s| !s.text.is_empty()) {
            out.push_str(&format!("    {}\n", marked(snippet, color)));
        }
        out.push_str(&format!("    id: {}\n\n", h.id));
    }
    out
}

/// The snippet with its matches marked: bold, underlined and yellow on a terminal.
fn marked(s: &Snippet, color: bool) -> String {
    if !color {
        return one_line(&s.text).into_owned();
    }
    let mut out = String::new();
    let mut at = 0;
    for r in &s.highlights {
        let (Some(before), Some(word)) = (s.text.get(at..r.start), s.text.get(r.clone())) else {
            continue;
        };
        out.push_str(&one_line(before));
        out.push_str(&format!("\x1b[1;4;33m{}\x1b[0m", one_line(word)));
        at = r.end;
    }
    out.push_str(&one_line(s.text.get(at..).unwrap_or("")));
    out
}
