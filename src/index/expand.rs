//! What search adds to an item's own words, so that other ways of saying the same thing find
//! it: the other form of an abbreviation ([`super::abbrev`]), the other words of a synonym
//! group (`content/synoniemen.yaml`, [`super::synonyms`]) and the parts of compound words
//! ([`super::compound`]).
//!
//! The terminal index and the website's Pagefind index both take their expansions from here,
//! so staff and residents find the same pages by the same words.

use std::collections::HashMap;

use super::abbrev::Abbreviations;
use super::analyzer::{DutchStemmer, StemCache, fold, is_stop, word_ranges};
use super::build::{ItemText, item_text};
use super::compound::Splitter;
use super::synonyms::Synonyms;
use crate::model::Model;

/// Abbreviations, synonyms and the compound splitter of one model.
#[derive(Debug)]
pub struct Expander {
    abbreviations: Abbreviations,
    synonyms: Synonyms,
    splitter: Splitter,
}

/// Parts already found while indexing, per folded word (empty: not a compound).
pub type PartsCache = HashMap<String, Vec<String>>;

impl Expander {
    /// Reads the abbreviations, synonyms and vocabulary of the model.
    pub fn new(model: &Model) -> Self {
        let texts: Vec<ItemText> = model
            .items()
            .iter()
            .map(|item| item_text(model, item))
            .collect();
        Self::with_texts(model, &texts)
    }

    /// [`Expander::new`] with the item texts already made (the index makes them anyway).
    pub(crate) fn with_texts(model: &Model, texts: &[ItemText]) -> Self {
        let parts = texts
            .iter()
            .flat_map(|t| [&t.title, &t.names, &t.summary, &t.body])
            .map(String::as_str);
        Expander {
            abbreviations: Abbreviations::from_model(model),
            synonyms: Synonyms::from_model(model),
            splitter: Splitter::new(parts),
        }
    }

    pub fn splitter(&self) -> &Splitter {
        &self.splitter
    }

    /// For each abbreviation, expansion or synonym the text uses, the other forms, as text.
    pub fn counterparts(&self, text: &str, stemmer: &DutchStemmer) -> String {
        let mut out = self.abbreviations.counterparts(text);
        out.push_str(&self.synonyms.counterparts(text, stemmer));
        out
    }

    /// The parts of the compounds among the words of a text (folded), each word once.
    pub fn compound_parts(&self, text: &str, cache: &mut PartsCache) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in word_ranges(text) {
            let word = &text[r];
            if word.len() < 8 {
                continue;
            }
            let folded = fold(word);
            if is_stop(word, &folded) {
                continue;
            }
            let parts = cache
                .entry(folded)
                .or_insert_with_key(|w| self.splitter.all_parts(w));
            for p in parts.iter() {
                if !out.contains(p) {
                    out.push(p.clone());
                }
            }
        }
        out
    }

    /// The stems of [`Expander::compound_parts`], joined by spaces: a `…_parts` field.
    pub fn parts_field(
        &self,
        text: &str,
        stemmer: &DutchStemmer,
        parts: &mut PartsCache,
        stems: &mut StemCache,
    ) -> String {
        let mut out = String::new();
        for p in self.compound_parts(text, parts) {
            let stem = stems.entry(p).or_insert_with_key(|p| stemmer.stem(p));
            out.push_str(stem);
            out.push(' ');
        }
        out
    }

    /// The expander of `model` and the [`Expander::extra_words`] of each of its items (in the
    /// order of `model.items()`), for the website's index. Each item's text is made once, and
    /// both steps run on the cores ([`crate::parallel::chunks`]), each thread keeping
    /// the compounds it has split: at 3,000 items this took ~0.9 s on one thread, making the
    /// texts twice and splitting the same compounds again for every item.
    pub fn with_extra_words(model: &Model) -> (Self, Vec<Extra>) {
        let texts: Vec<ItemText> = crate::parallel::chunks_flat(model.items(), |part| {
            part.iter().map(|i| item_text(model, i)).collect::<Vec<_>>()
        });
        let expander = Self::with_texts(model, &texts);
        let extras = crate::parallel::chunks_flat(&texts, |part| {
            let stemmer = DutchStemmer::default();
            let mut cache = PartsCache::new();
            part.iter()
                .map(|t| expander.extra_words_of(t, &stemmer, &mut cache))
                .collect::<Vec<Extra>>()
        });
        (expander, extras)
    }

    /// Words an item's page does not show but should be found by, for the website's index,
    /// joined by spaces, in two kinds. As names: its other names and the other forms of the
    /// abbreviations and synonyms in its names (the terminal's index gives these the weight of
    /// a name too). As text: the other forms of the abbreviations and synonyms in its text,
    /// the parts of its compounds, and its words with accents written without them.
    pub fn extra_words(&self, model: &Model, index: usize, stemmer: &DutchStemmer) -> Extra {
        let Some(item) = model.items().get(index) else {
            return Extra::default();
        };
        self.extra_words_of(&item_text(model, item), stemmer, &mut PartsCache::new())
    }

    /// [`Expander::extra_words`] of an item's text, with the compounds split so far.
    fn extra_words_of(
        &self,
        text: &ItemText,
        stemmer: &DutchStemmer,
        cache: &mut PartsCache,
    ) -> Extra {
        let mut names = text.names.clone();
        for t in [&text.title, &text.names] {
            names.push(' ');
            names.push_str(&self.counterparts(t, stemmer));
        }
        let mut out = String::new();
        for t in [&text.summary, &text.body] {
            out.push_str(&self.counterparts(t, stemmer));
        }
        let all = format!(
            "{} {} {} {}",
            text.title, text.names, text.summary, text.body
        );
        for p in self.compound_parts(&all, cache) {
            out.push(' ');
            out.push_str(&p);
        }
        // Pagefind keeps accents: `cooperatie` would not find `coöperatie`.
        for r in word_ranges(&all) {
            let word = &all[r];
            if !word.is_ascii() {
                out.push(' ');
                out.push_str(&fold(word));
            }
        }
        Extra { names, text: out }
    }
}

/// What [`Expander::extra_words`] adds to a page, by how much it should count.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Extra {
    /// Counts as a name of the item.
    pub names: String,
    /// Counts as its text.
    pub text: String,
}
