//! From a parsed query to a tantivy query, with the ranking in the boosts.
//!
//! Each word matches in every part (title, names, summary, body) in four ways, and the
//! clauses add up: exact word (BM25), stemmed word (BM25), prefix (only the word being typed)
//! and typo-tolerant (1 edit from 5 letters, 2 from 9). An exact word also matches the
//! looser clauses, so exact beats stemmed beats fuzzy; the part's weight makes the title beat
//! the summary and the summary beat the body. Words are required (AND); the caller may retry
//! with [`Mode::Any`] when that finds nothing.

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery, Query,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use super::parse::{Filter, ParsedQuery, Word};
use super::schema::{Fields, Part};

/// How much each way of matching counts, times the part's weight.
const EXACT: f32 = 3.0;
const STEM: f32 = 2.0;
const PREFIX: f32 = 1.5;
const FUZZY: f32 = 0.5;
/// The word is a part of a compound in the item (`zorg` in "ouderenzorg").
const PART_OF: f32 = 0.75;
/// The parts of a compound typed, all found in the item, each; divided by their number, so
/// the compound itself (exact, 3 + stem, 2) always counts more.
const PARTS: f32 = 1.5;
/// One part of a compound typed alone, without the others: still about the same thing
/// ("leefstijladvies" → texts about leefstijl), as Elasticsearch's decompounders find it; a
/// tenth of what all parts together count, per match. Not when other words are typed: then
/// the compound must match as a whole or with all its parts, or `zorg` would let any text in.
const ONE_PART: f32 = 0.1;
/// Items of the type a question asks for ("hoeveel" → kerncijfers).
const PREFERRED_TYPE: f32 = 30.0;
/// "wat betekent X": the begrip or afkorting named X, above anything else named X.
const DEFINITION: f32 = 500.0;
/// The query is exactly a name of the item, or the start of one.
const WHOLE_NAME: f32 = 300.0;
const NAME_START: f32 = 100.0;

/// Whether every word must match, or any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    All,
    Any,
}

/// The edit distance allowed for a word of this length.
pub fn typo_distance(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

fn term(field: Field, text: &str) -> Term {
    Term::from_field_text(field, text)
}

fn bm25(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(term(field, text), IndexRecordOption::WithFreqs);
    Box::new(BoostQuery::new(Box::new(q), boost))
}

fn constant(q: impl Query, score: f32) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(Box::new(q), score))
}

/// All the ways one word can match, as alternatives. `alone`: the only word of the query.
fn word_query(fields: &Fields, w: &Word, alone: bool) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let dist = typo_distance(&w.folded);
    for part in Part::ALL {
        let weight = part.weight();
        let raw = fields.raw(part);
        clauses.push((Occur::Should, bm25(raw, &w.folded, weight * EXACT)));
        if !w.stop {
            clauses.push((
                Occur::Should,
                bm25(fields.stem(part), &w.stem, weight * STEM),
            ));
            clauses.push((
                Occur::Should,
                bm25(fields.parts(part), &w.stem, weight * PART_OF),
            ));
        }
        // Short prefixes only look at titles and names: "z" should not match every body.
        let prefix_ok = w.folded.len() >= 3 || matches!(part, Part::Title | Part::Names);
        if w.prefix && prefix_ok {
            let q = FuzzyTermQuery::new_prefix(term(raw, &w.folded), 0, true);
            clauses.push((Occur::Should, constant(q, weight * PREFIX)));
            if dist > 0 {
                let q = FuzzyTermQuery::new_prefix(term(raw, &w.folded), dist, true);
                clauses.push((Occur::Should, constant(q, weight * FUZZY)));
            }
        } else if dist > 0 {
            let q = FuzzyTermQuery::new(term(raw, &w.folded), dist, true);
            clauses.push((Occur::Should, constant(q, weight * FUZZY)));
        }
    }
    if !w.parts.is_empty() {
        clauses.push((Occur::Should, parts_query(fields, &w.parts, alone)));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// The parts of a compound typed, each as a word or a part of a word in the item: all
/// together, or (far less per match, and only for a compound typed `alone`) any one.
fn parts_query(fields: &Fields, parts: &[(String, String)], alone: bool) -> Box<dyn Query> {
    let each = PARTS / parts.len() as f32;
    let part_query = |stem: &str, scale: f32| -> Box<dyn Query> {
        let alternatives: Vec<(Occur, Box<dyn Query>)> = Part::ALL
            .into_iter()
            .flat_map(|part| {
                let weight = part.weight() * scale;
                [
                    (Occur::Should, bm25(fields.stem(part), stem, weight)),
                    (Occur::Should, bm25(fields.parts(part), stem, weight * 0.5)),
                ]
            })
            .collect();
        Box::new(BooleanQuery::new(alternatives))
    };
    let all: Vec<(Occur, Box<dyn Query>)> = parts
        .iter()
        .map(|(_, stem)| (Occur::Must, part_query(stem, each)))
        .collect();
    let mut any: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Should, Box::new(BooleanQuery::new(all)))];
    if alone {
        any.extend(
            parts
                .iter()
                .map(|(_, stem)| (Occur::Should, part_query(stem, each * ONE_PART))),
        );
    }
    Box::new(BooleanQuery::new(any))
}

/// What a question asks for, as a bonus for the items that answer it.
fn question_query(fields: &Fields, q: &ParsedQuery) -> Vec<(Occur, Box<dyn Query>)> {
    let Some(question) = &q.question else {
        return Vec::new();
    };
    if question.prefer.is_empty() {
        return Vec::new();
    }
    let kinds = || -> Box<dyn Query> {
        let terms = question
            .prefer
            .iter()
            .map(|k| term(fields.kind, k.name()))
            .collect();
        Box::new(BooleanQuery::new_multiterms_query(terms))
    };
    let mut out = vec![(Occur::Should, constant_boxed(kinds(), PREFERRED_TYPE))];
    if question.definition && !q.full.is_empty() {
        let name: Box<dyn Query> = Box::new(TermQuery::new(
            term(fields.name_exact, &q.full),
            IndexRecordOption::Basic,
        ));
        let both = BooleanQuery::new(vec![(Occur::Must, kinds()), (Occur::Must, name)]);
        out.push((Occur::Should, constant(both, DEFINITION)));
    }
    out
}

fn constant_boxed(q: Box<dyn Query>, score: f32) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(q, score))
}

/// A quoted phrase in any part.
fn phrase_query(fields: &Fields, words: &[String]) -> Box<dyn Query> {
    let clauses = Part::ALL
        .into_iter()
        .map(|part| {
            let field = fields.raw(part);
            let q: Box<dyn Query> = if let [one] = words {
                bm25(field, one, part.weight() * EXACT)
            } else {
                let terms = words.iter().map(|w| term(field, w)).collect();
                Box::new(BoostQuery::new(
                    Box::new(PhraseQuery::new(terms)),
                    part.weight() * EXACT,
                ))
            };
            (Occur::Should, q)
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

fn filter_query(fields: &Fields, filter: &Filter) -> Box<dyn Query> {
    let any_of = |field: Field, values: &[String]| -> Box<dyn Query> {
        let terms = values.iter().map(|v| term(field, v)).collect();
        Box::new(BooleanQuery::new_multiterms_query(terms))
    };
    let q = match filter {
        Filter::Kind(t) => any_of(fields.kind, &[t.name().to_owned()]),
        Filter::Opgave(ids) => any_of(fields.opgave, ids),
        Filter::Org(ids) => any_of(fields.org, ids),
        Filter::Jaar(y) => any_of(fields.jaar, std::slice::from_ref(y)),
        Filter::Verlopen(yes) => any_of(fields.verlopen, &[verlopen_term(*yes).to_owned()]),
    };
    Box::new(ConstScoreQuery::new(q, 0.0))
}

/// The value the `verlopen` field holds for afspraken that are (`ja`) or are not overdue.
pub fn verlopen_term(overdue: bool) -> &'static str {
    if overdue { "ja" } else { "nee" }
}

/// The whole query. Without words or phrases, the filters alone select (every item when
/// there are none).
pub fn build(fields: &Fields, q: &ParsedQuery, mode: Mode) -> Box<dyn Query> {
    let occur = match mode {
        Mode::All => Occur::Must,
        Mode::Any => Occur::Should,
    };
    let mut terms: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let alone = q.words.len() == 1 && q.phrases.is_empty();
    for w in &q.words {
        terms.push((occur, word_query(fields, w, alone)));
    }
    for p in &q.phrases {
        terms.push((occur, phrase_query(fields, p)));
    }
    if !q.full.is_empty() && !terms.is_empty() {
        let name = term(fields.name_exact, &q.full);
        let whole = TermQuery::new(name.clone(), IndexRecordOption::Basic);
        terms.push((Occur::Should, constant(whole, WHOLE_NAME)));
        if q.words.last().is_some_and(|w| w.prefix) {
            let start = FuzzyTermQuery::new_prefix(name, 0, true);
            terms.push((Occur::Should, constant(start, NAME_START)));
        }
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if terms.is_empty() {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    } else {
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(terms))));
    }
    for f in &q.filters {
        clauses.push((Occur::Must, filter_query(fields, f)));
    }
    if q.has_terms() {
        clauses.extend(question_query(fields, q));
    }
    Box::new(BooleanQuery::new(clauses))
}
