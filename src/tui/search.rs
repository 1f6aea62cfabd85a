//! The search box and its results: the state behind the search screen. It owns its changes
//! (a fresh box, a key, the next type, running the query), and takes the index and the model
//! as arguments, so it needs nothing from the browser around it.

use std::ops::Range;

use tui_input::{Input, InputRequest};

use super::paste::{self, Edit};
use crate::index::{Facets, SearchIndex, SearchRequest, SearchResults};
use crate::model::{ItemType, Model};

/// Results the search screen asks for per keystroke.
const LIMIT: usize = 50;

/// The search box and its results.
pub struct SearchState {
    pub input: Input,
    pub typing: bool,
    pub kind: Option<ItemType>,
    pub results: SearchResults,
}

impl Default for SearchState {
    fn default() -> Self {
        SearchState {
            input: Input::default(),
            typing: false,
            kind: None,
            results: empty_results(),
        }
    }
}

impl SearchState {
    /// `/` or the search screen: an empty box to type in.
    pub fn start(&mut self) {
        self.input.reset();
        self.typing = true;
    }

    /// A key in the box (nothing past [`paste::MAX_CHARS`]).
    pub fn edit(&mut self, req: InputRequest) -> Edit {
        paste::edit(&mut self.input, req)
    }

    /// Tab while searching: the next type in [`ItemType::ALL`] that the content has, then
    /// back to all types.
    pub fn next_kind(&mut self, model: &Model) {
        let after = self
            .kind
            .and_then(|k| ItemType::ALL.iter().position(|x| *x == k))
            .map_or(0, |i| i + 1);
        self.kind = ItemType::ALL
            .into_iter()
            .skip(after)
            .find(|k| model.items().iter().any(|i| i.kind == *k));
    }

    /// Runs the query in the box; without an index the results say why.
    pub fn run(&mut self, index: Result<&SearchIndex, &str>, model: &Model) {
        let req = SearchRequest {
            text: self.input.value().to_owned(),
            limit: LIMIT,
            kind: self.kind,
            // Snippets are most of a query's time: make them only for the rows on screen.
            snippets: Some(0),
        };
        self.results = match index {
            Ok(index) => index.search(model, &req),
            Err(why) => SearchResults {
                message: Some(why.to_owned()),
                ..empty_results()
            },
        };
    }

    /// Makes the snippets of the results in `rows`; cheap when they exist already.
    pub fn fill_snippets(&mut self, index: &SearchIndex, model: &Model, rows: Range<usize>) {
        if !self.results.hits.is_empty() {
            index.fill_snippets(model, &mut self.results, rows);
        }
    }
}

/// Results before the first keystroke.
fn empty_results() -> SearchResults {
    SearchResults {
        query: String::new(),
        total: 0,
        hits: Vec::new(),
        facets: Facets::default(),
        message: None,
        filters: Vec::new(),
        refused: false,
    }
}
