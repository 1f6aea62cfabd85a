//! Snippets: a short piece of an item's text around the matched words, with the words marked.
//!
//! tantivy's own snippet generator only marks exact terms, so we mark words ourselves with a
//! [`Matcher`] that knows the same ways of matching as the query: exact, stemmed, prefix of
//! the word being typed, and within the typo distance. The window with the most marked words
//! wins.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder};
use serde::Serialize;

use super::analyzer::{DutchStemmer, fold_into, is_stop, word_ranges};
use super::parse::ParsedQuery;
use super::query::typo_distance;

/// About this many bytes of text around the matches.
const WINDOW: usize = 180;
/// Text kept before the first match in a window.
const LEAD: usize = 40;

/// A piece of text with the matched words marked.
#[derive(Debug, Clone, Serialize, Default, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    /// Byte ranges in `text`.
    pub highlights: Vec<Range<usize>>,
}

/// Tells whether a word of a text matches the query.
#[derive(Default)]
pub struct Matcher {
    exact: HashSet<String>,
    stems: HashSet<String>,
    prefixes: Vec<String>,
    /// One Levenshtein automaton per typo-tolerant word: the same kind of automaton (distance,
    /// transpositions, prefix or whole word) as tantivy's fuzzy query, so a word is marked
    /// exactly when it made the item match, and each test is one pass over the word's bytes.
    fuzzy: Vec<DFA>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("exact", &self.exact)
            .field("stems", &self.stems)
            .field("prefixes", &self.prefixes)
            .field("fuzzy", &self.fuzzy.len())
            .finish()
    }
}

/// Building an automaton builder takes milliseconds (for distance 2), so each is made once.
fn builder(distance: u8) -> Option<&'static LevenshteinAutomatonBuilder> {
    static BUILDERS: [OnceLock<LevenshteinAutomatonBuilder>; 2] =
        [OnceLock::new(), OnceLock::new()];
    let cell = BUILDERS.get(usize::from(distance).checked_sub(1)?)?;
    Some(cell.get_or_init(|| LevenshteinAutomatonBuilder::new(distance, true)))
}

impl Matcher {
    pub fn new(q: &ParsedQuery) -> Self {
        let mut m = Matcher::default();
        for w in &q.words {
            m.exact.insert(w.folded.clone());
            if !w.stop {
                m.stems.insert(w.stem.clone());
            }
            // A compound typed marks its parts where the text writes them apart.
            for (folded, stem) in &w.parts {
                m.exact.insert(folded.clone());
                m.stems.insert(stem.clone());
            }
            if w.prefix {
                m.prefixes.push(w.folded.clone());
            }
            if let Some(b) = builder(typo_distance(&w.folded)) {
                m.fuzzy.push(if w.prefix {
                    b.build_prefix_dfa(&w.folded)
                } else {
                    b.build_dfa(&w.folded)
                });
            }
        }
        for p in &q.phrases {
            m.exact.extend(p.iter().cloned());
        }
        m
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty() && self.prefixes.is_empty()
    }

    /// Whether a word matches: `word` as it stands in the text, `folded` its folded form.
    pub fn matches(&self, word: &str, folded: &str, stemmer: &DutchStemmer) -> bool {
        self.exact.contains(folded)
            || self.prefixes.iter().any(|p| folded.starts_with(p.as_str()))
            || self
                .fuzzy
                .iter()
                .any(|dfa| matches!(dfa.eval(folded), Distance::Exact(_)))
            || self.stem_matches(word, folded, stemmer)
    }

    /// Stemming is the slow test, so only words that start like a query stem are stemmed.
    fn stem_matches(&self, word: &str, folded: &str, stemmer: &DutchStemmer) -> bool {
        self.stems
            .iter()
            .any(|s| folded.starts_with(s.get(..3).unwrap_or(s)))
            && !is_stop(word, folded)
            && self.stems.contains(&stemmer.stem(folded))
    }

    /// Byte ranges of the matching words in `text`.
    pub fn highlights(&self, text: &str, stemmer: &DutchStemmer) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut folded = String::new();
        word_ranges(text)
            .filter(|r| {
                let word = &text[r.clone()];
                folded.clear();
                fold_into(word, &mut folded);
                self.matches(word, &folded, stemmer)
            })
            .collect()
    }
}

/// The best window of `text` for these highlights.
pub fn make(text: &str, highlights: &[Range<usize>]) -> Snippet {
    if text.len() <= WINDOW {
        return Snippet {
            text: text.to_owned(),
            highlights: highlights.to_vec(),
        };
    }
    let start = best_start(text, highlights);
    let mut end = floor_char(text, (start + WINDOW).min(text.len()));
    if end < text.len()
        && let Some(space) = text[start..end].rfind(' ')
        && space > WINDOW / 2
    {
        end = start + space;
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let shift = out.len();
    out.push_str(&text[start..end]);
    if end < text.len() {
        out.push('…');
    }
    let highlights = highlights
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start + shift..r.end - start + shift)
        .collect();
    Snippet {
        text: out,
        highlights,
    }
}

/// Where the window starts: a little before the match that has the most matches after it,
/// moved to the start of a word.
fn best_start(text: &str, highlights: &[Range<usize>]) -> usize {
    let Some(anchor) = highlights
        .iter()
        .map(|r| {
            let count = highlights
                .iter()
                .filter(|o| o.start >= r.start && o.end <= r.start + WINDOW - LEAD)
                .count();
            (count, std::cmp::Reverse(r.start))
        })
        .max()
        .map(|(_, std::cmp::Reverse(s))| s)
    else {
        return 0;
    };
    if anchor <= LEAD {
        return 0;
    }
    let from = floor_char(text, anchor - LEAD);
    match text[from..anchor].find(' ') {
        Some(sp) => from + sp + 1,
        None => from,
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_around_the_match_and_ranges_still_point_at_it() {
        let text = format!(
            "{} mantelzorgers {}",
            "woord ".repeat(60),
            "eind ".repeat(60)
        );
        let at = text.find("mantelzorgers").unwrap();
        let hl = [Range {
            start: at,
            end: at + "mantelzorgers".len(),
        }];
        let s = make(&text, &hl);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert_eq!(&s.text[s.highlights[0].clone()], "mantelzorgers");
        assert!(s.text.len() <= WINDOW + 8);
    }

    fn matcher_for(text: &str) -> Matcher {
        let model = crate::model::Model::default();
        Matcher::new(&super::super::parse::parse(
            &model,
            text,
            &DutchStemmer::default(),
        ))
    }

    fn marked(query: &str, text: &str) -> Vec<String> {
        let m = matcher_for(query);
        m.highlights(text, &DutchStemmer::default())
            .into_iter()
            .map(|r| text[r].to_owned())
            .collect()
    }

    #[test]
    fn typo_and_prefix_matching_follow_the_distance_rules() {
        // Two edits for words of nine letters or more, a transposition counts as one.
        assert_eq!(marked("gezondhied ", "De gezondheid telt"), ["gezondheid"]);
        // Four letters: no typos allowed, and a finished word is not a prefix.
        assert!(marked("zorg ", "zorgverleners borg").is_empty());
        // The word being typed matches as a prefix, also with one typo.
        assert_eq!(
            marked("zorgverl", "Zorgverleners en zorg"),
            ["Zorgverleners"]
        );
        assert_eq!(
            marked("zrogverl", "Zorgverleners en zorg"),
            ["Zorgverleners"]
        );
    }

    #[test]
    fn inflections_match_by_their_stem() {
        assert_eq!(marked("ouderen ", "Voor de oudere inwoner"), ["oudere"]);
        assert_eq!(marked("zorg ", "Wij zorgen goed"), ["zorgen"]);
    }
}
