//! Snippets: a short piece of an item's text around the matched words, with the words marked.
//!
//! tantivy's own snippet generator only marks exact terms, so we mark words ourselves with a
//! [`Matcher`] that knows the same ways of matching as the query: exact, stemmed, prefix of
//! the word being typed, and within the typo distance. The window with the most marked words
//! wins.

use std::collections::HashSet;
use std::ops::Range;

use serde::Serialize;

use super::analyzer::{DutchStemmer, tokenize};
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
#[derive(Debug, Default)]
pub struct Matcher {
    exact: HashSet<String>,
    stems: HashSet<String>,
    prefixes: Vec<String>,
    fuzzy: Vec<(String, usize, bool)>,
}

impl Matcher {
    pub fn new(q: &ParsedQuery) -> Self {
        let mut m = Matcher::default();
        for w in &q.words {
            m.exact.insert(w.folded.clone());
            if !w.stop {
                m.stems.insert(w.stem.clone());
            }
            if w.prefix {
                m.prefixes.push(w.folded.clone());
            }
            let d = usize::from(typo_distance(&w.folded));
            if d > 0 {
                m.fuzzy.push((w.folded.clone(), d, w.prefix));
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

    pub fn matches(&self, folded: &str, stop: bool, stemmer: &DutchStemmer) -> bool {
        self.exact.contains(folded)
            || self.prefixes.iter().any(|p| folded.starts_with(p.as_str()))
            || self
                .fuzzy
                .iter()
                .any(|(w, d, prefix)| within(folded, w, *d, *prefix))
            || (!stop && self.stem_matches(folded, stemmer))
    }

    /// Stemming is the slow test, so only words that start like a query stem are stemmed.
    fn stem_matches(&self, folded: &str, stemmer: &DutchStemmer) -> bool {
        self.stems
            .iter()
            .any(|s| folded.starts_with(s.get(..3).unwrap_or(s)))
            && self.stems.contains(&stemmer.stem(folded))
    }

    /// Byte ranges of the matching words in `text`.
    pub fn highlights(&self, text: &str, stemmer: &DutchStemmer) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        tokenize(text)
            .into_iter()
            .filter(|t| self.matches(&t.folded, t.stop, stemmer))
            .map(|t| t.range)
            .collect()
    }
}

/// Whether `word` is within `d` edits of `target` (or, for a prefix, starts that way).
/// Words are folded to ASCII; anything else is compared as is.
fn within(word: &str, target: &str, d: usize, prefix: bool) -> bool {
    let (wl, tl) = (word.len(), target.len());
    if !word.is_ascii() || !target.is_ascii() {
        return word == target;
    }
    if prefix {
        if wl + d < tl {
            return false;
        }
        let lo = tl.saturating_sub(d).max(1);
        return (lo..=(tl + d).min(wl)).any(|n| strsim::osa_distance(&word[..n], target) <= d);
    }
    wl.abs_diff(tl) <= d && strsim::osa_distance(word, target) <= d
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

    #[test]
    fn typo_and_prefix_matching_follow_the_distance_rules() {
        assert!(within("gezondheid", "gezondhied", 2, false));
        assert!(!within("zorg", "zorgen", 1, false));
        assert!(within("zorgverleners", "zorgverl", 1, true));
        assert!(within("zorgverleners", "zrogverl", 1, true));
    }
}
