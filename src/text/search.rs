//! Search results for `marke search`: as text for people (matched words marked on a
//! terminal) and as the JSON object `{query, total, results, facets}` for scripts. Every text
//! from content or the query is escaped ([`control_chars`]) before the colours are added.

use serde::Serialize;

use crate::control_chars::{self, one_line};
use crate::index::{Facets, Hit, SearchResults, Snippet};
use crate::model::ItemType;

/// The JSON form of the results.
#[derive(Serialize)]
pub struct Json<'a> {
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

pub fn json(r: &SearchResults) -> Json<'_> {
    Json {
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

/// The results as text for people; `color` marks titles and matched words with ANSI codes.
pub fn render(r: &SearchResults, color: bool) -> String {
    let mut out = String::new();
    if let Some(m) = &r.message {
        out.push_str(&format!("{}\n", control_chars::lines(m)));
    }
    out.push_str(&heading(r));
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

/// "3 resultaten voor "ggz" (filter: type: Afspraak), de eerste 2 hieronder".
fn heading(r: &SearchResults) -> String {
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
    let mut out = format!(
        "{} {noun} voor \"{}\"{filters}",
        r.total,
        one_line(r.query.trim())
    );
    if r.hits.len() < r.total {
        out.push_str(&format!(", de eerste {} hieronder", r.hits.len()));
    }
    out.push_str("\n\n");
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
