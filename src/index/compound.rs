//! Dutch compound words: `wachtlijstoverzicht` is `wachtlijst` + `overzicht`.
//!
//! Dutch writes compounds as one word, so a text about "het overzicht van de wachtlijsten" does
//! not contain the word a user types. Search splits compounds into known parts, at index time
//! (each item also holds the parts of its compounds) and at query time (a compound typed finds
//! its parts). A part is known when the content uses it as a word of its own, or when it is in
//! the OpenTaal word list (`assets/woorden/`, built into the program; it is not read at start,
//! lookups are a binary search in the sorted text).
//!
//! The split with the fewest parts wins (linking sounds `-s-`, `-e-`, `-en-` may sit between
//! parts: `gezondheid·s·centra`); among those, the one whose parts the content uses most
//! (the geometric mean of their counts, after Koehn and Knight, 2003). A split is only taken
//! when every part is a word of the content, or when its parts are, on average, more common
//! in the content than the whole word: so `vergelijken` stays whole (the list knows `verg`,
//! but the content never says it), while a compound no text uses splits whenever it can.
//! Parts are at least four letters, never a stop word, and a word the list alone knows must
//! have five; a suffix (`heid`, `ing`…) is never the last part, so `gezondheid` stays whole.

use std::collections::HashMap;

use super::analyzer::{fold_into, is_stop_word, word_ranges};

/// The OpenTaal words, folded, one per line, sorted by bytes.
const WORD_LIST: &str = include_str!("../../assets/woorden/opentaal.txt");

/// The shortest part; shorter pieces (`ver`, `ren`, `ten`) split too many words wrongly.
const MIN_PART: usize = 4;
/// The shortest part that only the word list knows.
const MIN_LIST_PART: usize = 5;
/// Endings that are suffixes, not words, at the end of a compound.
const SUFFIXES: &[&str] = &[
    "achtig", "baar", "heden", "heid", "ing", "ingen", "isch", "ische", "lijk", "lijke", "loos",
    "loze", "schap", "schappen",
];
/// Sounds that may link two parts, longest first.
const LINKS: &[&str] = &["en", "s", "e", ""];

/// Whether the OpenTaal list has this folded word.
pub fn in_word_list(word: &str) -> bool {
    in_sorted_lines(WORD_LIST, word)
}

/// Whether `list` (one word a line, sorted by bytes) has this line: a binary search in the
/// text itself, so a list built into the program needs no reading at start.
pub fn in_sorted_lines(list: &str, word: &str) -> bool {
    let bytes = list.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[mid..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| mid + i);
        match list[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// Splits compounds, knowing how often the content uses each word.
#[derive(Debug, Default, Clone)]
pub struct Splitter {
    /// Folded words of the content (letters only, not stop words) → how often they occur.
    counts: HashMap<String, u32>,
}

/// The best split found so far for a prefix of the word.
#[derive(Clone)]
struct Best {
    parts: Vec<(usize, usize)>,
    /// Sum of ln(count + 1) of the parts.
    score: f64,
}

impl Splitter {
    /// A splitter for content with these texts: counts their words (folded).
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut counts: HashMap<String, u32> = HashMap::new();
        let mut folded = String::new();
        for text in texts {
            for r in word_ranges(text) {
                folded.clear();
                fold_into(&text[r], &mut folded);
                let w = folded.as_str();
                if w.len() < MIN_PART || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                    continue;
                }
                if let Some(n) = counts.get_mut(w) {
                    *n += 1;
                } else if !is_stop_word(w) {
                    counts.insert(w.to_owned(), 1);
                }
            }
        }
        Splitter { counts }
    }

    /// The content's words (folded, letters only, four or more, no stop words), with how often
    /// each occurs.
    pub fn words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.counts.iter().map(|(w, &n)| (w.as_str(), n))
    }

    fn count(&self, word: &str) -> u32 {
        self.counts.get(word).copied().unwrap_or(0)
    }

    fn known(&self, part: &str, last: bool) -> bool {
        if part.len() < MIN_PART || is_stop_word(part) || (last && SUFFIXES.contains(&part)) {
            return false;
        }
        self.counts.contains_key(part) || (part.len() >= MIN_LIST_PART && in_word_list(part))
    }

    /// The parts of a folded word, if it is a compound of known words; `None` otherwise.
    pub fn split<'a>(&self, word: &'a str) -> Option<Vec<&'a str>> {
        let n = word.len();
        if n < 2 * MIN_PART || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        // best[i]: the best split of word[..i], ending at a part boundary (after any link).
        let mut best: Vec<Option<Best>> = vec![None; n + 1];
        best[0] = Some(Best {
            parts: Vec::new(),
            score: 0.0,
        });
        for i in 0..n {
            let Some(from) = best[i].clone() else {
                continue;
            };
            for j in i + MIN_PART..=n {
                if i == 0 && j == n {
                    continue;
                }
                let part = &word[i..j];
                if !self.known(part, j == n) {
                    continue;
                }
                let score = from.score + f64::from(self.count(part) + 1).ln();
                for link in LINKS {
                    let k = j + link.len();
                    if k > n || (k == n && !link.is_empty()) || !word[j..].starts_with(link) {
                        continue;
                    }
                    let better = match &best[k] {
                        None => true,
                        Some(b) => {
                            from.parts.len() + 1 < b.parts.len()
                                || (from.parts.len() + 1 == b.parts.len() && score > b.score)
                        }
                    };
                    if better {
                        let mut parts = from.parts.clone();
                        parts.push((i, j));
                        best[k] = Some(Best { parts, score });
                    }
                }
            }
        }
        let found = best[n].take()?;
        let parts: Vec<&str> = found.parts.iter().map(|&(i, j)| &word[i..j]).collect();
        let all_in_content = parts.iter().all(|p| self.counts.contains_key(*p));
        let mean = found.score / parts.len() as f64;
        (all_in_content || mean > f64::from(self.count(word) + 1).ln()).then_some(parts)
    }

    /// Every part of a compound, and the parts of those parts: `verpleeghuiszorg` →
    /// `verpleeghuis`, `zorg`, `verpleeg`, `huis`. Empty for a word that does not split.
    pub fn all_parts(&self, word: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut todo = vec![word.to_owned()];
        while let Some(w) = todo.pop() {
            for p in self.split(&w).into_iter().flatten() {
                if !out.iter().any(|o| o == p) {
                    out.push(p.to_owned());
                    todo.push(p.to_owned());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_is_sorted_and_found_by_binary_search() {
        let lines: Vec<&str> = WORD_LIST.lines().collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]));
        for w in [
            lines[0],
            lines[lines.len() - 1],
            "zorg",
            "wachtlijst",
            "financiele",
        ] {
            assert!(in_word_list(w), "{w}");
        }
        for w in ["", "zzzzz", "aaa a", "wachtlijstoverzicht", "Zorg"] {
            assert!(!in_word_list(w), "{w}");
        }
    }

    #[test]
    fn the_list_supplies_parts_the_content_does_not_use_alone() {
        // Without content, no split is better supported than the whole word.
        assert_eq!(Splitter::default().split("wachtlijstoverzicht"), None);
        // The content says "overzicht"; the list knows "wachtlijst".
        let s = Splitter::new(["Het overzicht van de wachtlijsten."]);
        assert_eq!(
            s.split("wachtlijstoverzicht"),
            Some(vec!["wachtlijst", "overzicht"])
        );
        // `zorg` has four letters: only a word the content uses may be that short.
        assert_eq!(s.split("ouderenzorg"), None);
        let s = Splitter::new(["Zorg voor ouderen."]);
        assert_eq!(s.split("ouderenzorg"), Some(vec!["ouderen", "zorg"]));
    }
}
