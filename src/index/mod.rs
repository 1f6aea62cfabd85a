//! The search engine: a tantivy index over the model, built in memory at start.
//!
//! In: a [`Model`]. Out: [`SearchResults`] for what a user typed, with snippets, facet counts
//! and filter chips, fast enough to run on every keystroke. The browser and `marke search`
//! both use it. Analysis is ours ([`analyzer`]: Dutch stems, folded diacritics), so the
//! index, the query and the highlighting agree; [`parse`] turns text into words, phrases and
//! filters; [`query`] holds the ranking; [`snippet`] marks the matched words;
//! [`WordFinder`] finds the same words in any text (the browser marks them in the text).
//! [`Expander`] adds other ways of saying an item's words (abbreviations, synonyms, parts of
//! compounds); [`question`] reads questions ("wat betekent ggz") as the words that matter.

mod abbrev;
pub mod analyzer;
mod build;
mod collect;
pub mod compound;
mod expand;
mod finder;
pub mod parse;
mod query;
mod question;
mod results;
mod schema;
pub mod snippet;
mod synonyms;

use std::ops::Range;

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};
use tantivy::{Index, Searcher};

use crate::model::{Date, ItemType, Model, agenda};
use analyzer::DutchStemmer;
use build::ItemText;
pub use expand::{Expander, Extra};
pub use finder::WordFinder;
pub use question::words as question_words;
use schema::Fields;
pub use snippet::Snippet;

/// What to search for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// What the user typed: words, "phrases" and filters (`type:`, `opgave:`, `jaar:`, `org:`,
    /// `verlopen:`).
    pub text: String,
    /// How many hits at most; 0 means [`DEFAULT_LIMIT`].
    pub limit: usize,
    /// Only items of this type (as `type:` in the text).
    pub kind: Option<ItemType>,
    /// How many of the top hits get their snippet now; `None`: all. Snippets are most of a
    /// query's time, so the browser asks for the rows it shows and fills in more with
    /// [`SearchIndex::fill_snippets`] as the user scrolls.
    pub snippets: Option<usize>,
}

/// Hits when the request does not say.
pub const DEFAULT_LIMIT: usize = 20;

#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub query: String,
    /// All matches, not just the hits returned.
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// A note in Dutch when the query was odd or changed (empty, too long, unknown filter).
    pub message: Option<String>,
    /// Active filters as chips: (key, value as people read it), e.g. ("type", "Afspraak").
    pub filters: Vec<(String, String)>,
    /// The question itself cannot be answered: nothing to search for, or a filter that names
    /// nothing (`type:onzin`). `message` says why. `marke search` exits 2 on it, as for any
    /// other mistake in how it is called.
    #[serde(skip)]
    pub refused: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub kind: ItemType,
    /// With the code in front where the item has one: "2.1.1.A Een Drentse uitleg…".
    pub title: String,
    pub summary: String,
    /// Titles of the items above this one: Drentse Droom › opgave › doel.
    pub breadcrumb: Vec<String>,
    /// `None` until made (see [`SearchRequest::snippets`]).
    pub snippet: Option<Snippet>,
    pub score: f32,
}

/// Match counts over all matches (not just the hits returned), largest first.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Facets {
    /// (type name as in `type:`, count).
    pub types: Vec<(String, usize)>,
    /// (opgave id as in `opgave:`, count).
    pub opgaven: Vec<(String, usize)>,
}

/// The index, plus what snippets and facets need per item (in model order).
pub struct SearchIndex {
    searcher: Searcher,
    fields: Fields,
    texts: Vec<ItemText>,
    opgave: Vec<Option<String>>,
    stemmer: DutchStemmer,
    /// Boxed: large, and the browser moves the index between threads in an enum.
    expander: Box<Expander>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("items", &self.texts.len())
            .finish()
    }
}

impl SearchIndex {
    /// Builds the index in memory; `verlopen:` counts from the system date.
    pub fn build(model: &Model) -> Result<SearchIndex> {
        Self::build_at(model, Date::today())
    }

    /// Builds the index in memory, with `verlopen:` as of `today`.
    pub fn build_at(model: &Model, today: Date) -> Result<SearchIndex> {
        let (schema, fields) = schema::build();
        let index = Index::create_in_ram(schema);
        index.tokenizers().register(
            schema::TOKENIZER,
            TextAnalyzer::from(WhitespaceTokenizer::default()),
        );
        let stemmer = DutchStemmer::default();
        let texts: Vec<ItemText> = model
            .items()
            .iter()
            .map(|item| build::item_text(model, item))
            .collect();
        let expander = Expander::with_texts(model, &texts);
        let mut writer = index
            .writer_with_num_threads(1, 64_000_000)
            .context("kan de zoekindex niet aanmaken")?;
        let mut caches = build::Caches::default();
        for (i, text) in texts.iter().enumerate() {
            let mut doc =
                build::document(model, i, text, &expander, &stemmer, &mut caches, &fields);
            let item = &model.items()[i];
            if item.kind == ItemType::Afspraak {
                let term = query::verlopen_term(agenda::overdue(item, today));
                doc.add_text(fields.verlopen, term);
            }
            writer
                .add_document(doc)
                .context("kan een onderdeel niet aan de zoekindex toevoegen")?;
        }
        writer.commit().context("kan de zoekindex niet opslaan")?;
        let reader = index.reader().context("kan de zoekindex niet openen")?;
        let opgave = model
            .items()
            .iter()
            .map(|item| model.opgave_of(item).map(|o| o.id.clone()))
            .collect();
        Ok(SearchIndex {
            searcher: reader.searcher(),
            fields,
            texts,
            opgave,
            stemmer,
            expander: Box::new(expander),
        })
    }

    /// Searches. Never panics: odd queries give no hits and a Dutch `message`.
    pub fn search(&self, model: &Model, req: &SearchRequest) -> SearchResults {
        results::search(self, model, req)
    }

    /// Makes the snippets still missing for the hits in `rows` (an index range into
    /// `results.hits`; out-of-range rows are ignored).
    pub fn fill_snippets(&self, model: &Model, results: &mut SearchResults, rows: Range<usize>) {
        results::fill_snippets(self, model, results, rows);
    }
}
