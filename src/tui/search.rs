//! A stand-in for `marke::index` with the same shape, until the tantivy engine lands in main:
//! a case-insensitive substring search over titles, summaries and text. Delete this file and
//! import `crate::index` instead when it does.

use std::ops::Range;

use anyhow::Result;

use crate::export::plain_text;
use crate::model::{ItemType, Model};

pub struct SearchRequest {
    pub text: String,
    pub limit: usize,
    pub kind: Option<ItemType>,
}

#[derive(Debug, Clone, Default)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub id: String,
    pub kind: ItemType,
    pub title: String,
    pub summary: String,
    pub breadcrumb: Vec<String>,
    pub snippet: Snippet,
    pub score: f32,
}

#[derive(Debug, Clone, Default)]
pub struct Facets {
    pub types: Vec<(String, usize)>,
    pub opgaven: Vec<(String, usize)>,
}

#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    pub query: String,
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    pub message: Option<String>,
    pub filters: Vec<(String, String)>,
}

pub struct SearchIndex {
    /// Lowercased title + summary + plain text per item.
    docs: Vec<String>,
}

impl SearchIndex {
    pub fn build(model: &Model) -> Result<Self> {
        let docs = model
            .items()
            .iter()
            .map(|it| format!("{}\n{}\n{}", it.title, it.summary, plain_text(&it.body)).to_lowercase())
            .collect();
        Ok(Self { docs })
    }

    pub fn search(&self, model: &Model, req: &SearchRequest) -> SearchResults {
        let mut filters = Vec::new();
        let mut kind = req.kind;
        let mut words = Vec::new();
        for w in req.text.split_whitespace() {
            match w.split_once(':') {
                Some(("type", t)) => {
                    kind = ItemType::from_name(t).or(kind);
                    filters.push(("type".to_owned(), t.to_owned()));
                }
                _ => words.push(w.to_lowercase()),
            }
        }
        let mut results = SearchResults {
            query: req.text.clone(),
            filters,
            ..Default::default()
        };
        if words.is_empty() {
            return results;
        }
        let mut scored: Vec<(usize, f32)> = Vec::new();
        for (i, doc) in self.docs.iter().enumerate() {
            let item = &model.items()[i];
            if kind.is_some_and(|k| k != item.kind) || !words.iter().all(|w| doc.contains(w.as_str())) {
                continue;
            }
            let title = item.title.to_lowercase();
            let score = words.iter().filter(|w| title.contains(w.as_str())).count() as f32 + 1.0;
            scored.push((i, score));
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        results.total = scored.len();
        for &(i, _) in &scored {
            let kind = model.items()[i].kind.name().to_owned();
            match results.facets.types.iter_mut().find(|(k, _)| *k == kind) {
                Some(entry) => entry.1 += 1,
                None => results.facets.types.push((kind, 1)),
            }
        }
        results.hits = scored
            .into_iter()
            .take(req.limit)
            .map(|(i, score)| hit(model, i, &words, score))
            .collect();
        results
    }
}

fn hit(model: &Model, i: usize, words: &[String], score: f32) -> Hit {
    let item = &model.items()[i];
    let text = format!("{} {}", item.summary, plain_text(&item.body)).replace('\n', " ");
    Hit {
        id: item.id.clone(),
        kind: item.kind,
        title: item.display_title(),
        summary: item.summary.clone(),
        breadcrumb: model
            .breadcrumb(item)
            .iter()
            .map(|b| b.display_title())
            .collect(),
        snippet: snippet(&text, words),
        score,
    }
}

/// About 160 bytes around the first match, with every match marked.
fn snippet(text: &str, words: &[String]) -> Snippet {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Snippet {
            text: text.chars().take(160).collect(),
            highlights: Vec::new(),
        };
    }
    let first = words.iter().filter_map(|w| lower.find(w.as_str())).min().unwrap_or(0);
    let mut start = first.saturating_sub(40);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + 160).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let piece = &lower[start..end];
    let mut highlights: Vec<Range<usize>> = words
        .iter()
        .flat_map(|w| piece.match_indices(w.as_str()).map(|(p, m)| p..p + m.len()))
        .collect();
    highlights.sort_by_key(|r| r.start);
    Snippet {
        text: text[start..end].to_owned(),
        highlights,
    }
}
