//! One search from request to results: parse, run (all words, else any word), count facets,
//! sort with a stable tie-break, and dress the top hits with breadcrumb and snippet.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::ops::Range;

use tantivy::Score;

use super::collect::AllMatches;
use super::parse::{Filter, ParsedQuery, parse, split_compounds};
use super::query::{self, Mode};
use super::snippet::{self, Matcher, Snippet};
use super::{DEFAULT_LIMIT, Facets, Hit, SearchIndex, SearchRequest, SearchResults};
use crate::model::Model;

pub fn search(ix: &SearchIndex, model: &Model, req: &SearchRequest) -> SearchResults {
    let mut parsed = parse(model, &req.text, &ix.stemmer);
    split_compounds(&mut parsed, ix.expander.splitter(), &ix.stemmer);
    if let Some(kind) = req.kind
        && !parsed.filters.contains(&Filter::Kind(kind))
    {
        parsed.filters.push(Filter::Kind(kind));
        parsed
            .chips
            .push(("type".to_owned(), kind.label().to_owned()));
    }
    let mut out = SearchResults {
        query: req.text.clone(),
        total: 0,
        hits: Vec::new(),
        facets: Facets::default(),
        message: None,
        filters: parsed.chips.clone(),
        refused: false,
    };
    if parsed.impossible {
        out.message = Some(parsed.notes.join(" "));
        out.refused = true;
        return out;
    }
    if !parsed.has_terms() && parsed.filters.is_empty() {
        if parsed.notes.is_empty() {
            parsed
                .notes
                .push("Typ een of meer woorden om te zoeken.".to_owned());
        }
        out.message = Some(parsed.notes.join(" "));
        out.refused = true;
        return out;
    }
    let mut matches = run(ix, &parsed, Mode::All);
    if matches.as_ref().is_ok_and(Vec::is_empty) && parsed.words.len() + parsed.phrases.len() > 1 {
        matches = run(ix, &parsed, Mode::Any);
        if matches.as_ref().is_ok_and(|m| !m.is_empty()) {
            parsed.notes.push(
                "Niets gevonden met alle woorden samen; dit zijn resultaten met een deel ervan."
                    .to_owned(),
            );
        }
    }
    let mut matches = matches.unwrap_or_else(|e| {
        parsed.notes.push(format!("Zoeken lukte niet: {e}"));
        Vec::new()
    });
    matches.retain(|&(_, i)| i < model.len() && i < ix.texts.len());
    out.total = matches.len();
    out.facets = facets(ix, model, &matches);
    let limit = if req.limit == 0 {
        DEFAULT_LIMIT
    } else {
        req.limit
    };
    top(model, &mut matches, limit);
    let matcher = Matcher::new(&parsed);
    let with_snippet = req.snippets.unwrap_or(usize::MAX);
    out.hits = matches
        .iter()
        .enumerate()
        .map(|(n, &(score, i))| hit(ix, model, i, score, (n < with_snippet).then_some(&matcher)))
        .collect();
    if !parsed.notes.is_empty() {
        out.message = Some(parsed.notes.join(" "));
    }
    out
}

fn run(ix: &SearchIndex, q: &ParsedQuery, mode: Mode) -> tantivy::Result<Vec<(Score, usize)>> {
    let query = query::build(&ix.fields, q, mode);
    ix.searcher.search(&*query, &AllMatches)
}

/// Keeps the best `k` matches, sorted: best score first; equal scores by type (opgave
/// before afspraak…), then by id, so the order never changes between runs.
fn top(model: &Model, matches: &mut Vec<(Score, usize)>, k: usize) {
    let items = model.items();
    let cmp = |a: &(Score, usize), b: &(Score, usize)| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(Ordering::Equal)
            .then_with(|| items[a.1].kind.cmp(&items[b.1].kind))
            .then_with(|| items[a.1].id.cmp(&items[b.1].id))
    };
    if matches.len() > k {
        matches.select_nth_unstable_by(k, cmp);
        matches.truncate(k);
    }
    matches.sort_by(cmp);
}

fn facets(ix: &SearchIndex, model: &Model, matches: &[(Score, usize)]) -> Facets {
    let mut types: HashMap<&'static str, usize> = HashMap::new();
    let mut opgaven: HashMap<&str, usize> = HashMap::new();
    for &(_, i) in matches {
        *types.entry(model.items()[i].kind.name()).or_default() += 1;
        if let Some(o) = &ix.opgave[i] {
            *opgaven.entry(o.as_str()).or_default() += 1;
        }
    }
    Facets {
        types: counted(types.into_iter().map(|(k, n)| (k.to_owned(), n))),
        opgaven: counted(opgaven.into_iter().map(|(k, n)| (k.to_owned(), n))),
    }
}

/// Largest count first, then by name, so the order is stable.
fn counted(it: impl Iterator<Item = (String, usize)>) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = it.collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// Fills in the missing snippets of `rows`, matching the words of the query the results are
/// for (parsing it again is cheap; the words are what the snippets need).
pub fn fill_snippets(ix: &SearchIndex, model: &Model, out: &mut SearchResults, rows: Range<usize>) {
    let end = rows.end.min(out.hits.len());
    let start = rows.start.min(end);
    let missing = |h: &Hit| h.snippet.is_none();
    if !out.hits[start..end].iter().any(missing) {
        return;
    }
    let mut parsed = parse(model, &out.query, &ix.stemmer);
    split_compounds(&mut parsed, ix.expander.splitter(), &ix.stemmer);
    let matcher = Matcher::new(&parsed);
    for h in out.hits[start..end].iter_mut().filter(|h| missing(h)) {
        if let Some(i) = model.index_of(&h.id) {
            h.snippet = Some(best_snippet(ix, i, &matcher));
        }
    }
}

fn hit(ix: &SearchIndex, model: &Model, i: usize, score: Score, matcher: Option<&Matcher>) -> Hit {
    let item = &model.items()[i];
    let mut crumbs: Vec<String> = model
        .breadcrumb(item)
        .iter()
        .map(|it| it.title.clone())
        .collect();
    crumbs.pop();
    Hit {
        id: item.id.clone(),
        kind: item.kind,
        title: item.display_title(),
        summary: item.summary.clone(),
        breadcrumb: crumbs,
        snippet: matcher.map(|m| best_snippet(ix, i, m)),
        score,
    }
}

/// How much of a text the snippet looks through for matches.
const SCAN_BYTES: usize = 4000;

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The snippet from the body, else the summary, else the names, wherever words match;
/// without a match, the start of the body or summary.
fn best_snippet(ix: &SearchIndex, i: usize, matcher: &Matcher) -> Snippet {
    let text = &ix.texts[i];
    for part in [&text.body, &text.summary, &text.names] {
        // Long texts: look for matches near the start only, so a keystroke stays fast.
        let head = &part[..floor_boundary(part, SCAN_BYTES)];
        let hl = matcher.highlights(head, &ix.stemmer);
        if !hl.is_empty() {
            return snippet::make(part, &hl);
        }
    }
    let fallback = if text.body.trim().is_empty() {
        &text.summary
    } else {
        &text.body
    };
    snippet::make(fallback, &[])
}
