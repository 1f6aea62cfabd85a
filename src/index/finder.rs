//! Finding the words of a query in any text, the way search matches them.
//!
//! The browser marks the search words in the text of an opened result and lets the user find
//! words within a text. Both must agree with search itself — a result found through a typo or
//! a stem has to show where that word is — so this wraps the snippet [`Matcher`] instead of
//! matching a second way.

use std::ops::Range;

use super::analyzer::DutchStemmer;
use super::parse::parse;
use super::snippet::Matcher;
use crate::model::Model;

/// The words of one query, ready to be found in many texts (one per line of a page, say).
pub struct WordFinder {
    matcher: Matcher,
    stemmer: DutchStemmer,
}

impl std::fmt::Debug for WordFinder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordFinder")
            .field("matcher", &self.matcher)
            .finish()
    }
}

impl WordFinder {
    /// `None` when the query has nothing to find: empty, or only filters (`type:afspraak`).
    /// The query is read as search reads it, so a last word without a space after it also
    /// matches as the start of a longer word, and typos within the search distance match.
    pub fn new(model: &Model, query: &str) -> Option<WordFinder> {
        let stemmer = DutchStemmer::default();
        let matcher = Matcher::new(&parse(model, query, &stemmer));
        (!matcher.is_empty()).then_some(WordFinder { matcher, stemmer })
    }

    /// Byte ranges of the matching words in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Range<usize>> {
        self.matcher.highlights(text, &self.stemmer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(query: &str, text: &'a str) -> Vec<&'a str> {
        let model = Model::default();
        WordFinder::new(&model, query)
            .map(|f| f.find(text).into_iter().map(|r| &text[r]).collect())
            .unwrap_or_default()
    }

    #[test]
    fn only_filters_or_nothing_is_nothing_to_find() {
        let model = Model::default();
        assert!(WordFinder::new(&model, "").is_none());
        assert!(WordFinder::new(&model, "   ").is_none());
        assert!(WordFinder::new(&model, "type:afspraak ").is_none());
    }

    #[test]
    fn words_match_as_in_search_prefix_stem_and_typo() {
        let text = "Mantelzorgers doen veel. Zorgen voor de mantelzorger.";
        assert_eq!(found("mantel", text), ["Mantelzorgers", "mantelzorger"]);
        assert_eq!(found("mantelzrog", text), ["Mantelzorgers", "mantelzorger"]);
        assert_eq!(found("zorg type:afspraak ", text), ["Zorgen"]);
    }
}
