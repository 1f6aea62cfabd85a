//! Dutch text analysis shared by the index, the query and the snippets.
//!
//! We analyse text ourselves instead of in a tantivy token filter, so the index, the query
//! parser and the highlighter split and fold words in exactly the same way. Tokens are runs of
//! letters and digits (dots inside codes such as `2.1.1.A` stay); each token is lowercased and
//! folded to ASCII (`financiële` → `financiele`). The stemmed form uses the Dutch Porter
//! stemmer of rust-stemmers, which keeps domain words intact (`gezondheid` → `gezond`), unlike
//! tantivy 0.27's own Dutch stemmer (`gezondheid` → `zon`). Stop words are checked *before*
//! folding, so `één` is not taken for the stop word `een`.

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

/// A word in a text: where it is, and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// Lowercased and folded to ASCII.
    pub folded: String,
    /// Whether the word (lowercased, not folded) is a Dutch stop word.
    pub stop: bool,
}

/// Common Dutch function words: left out of the stemmed field and of queries.
const STOP_WORDS: &[&str] = &[
    "aan", "al", "alles", "als", "bij", "dan", "dat", "de", "der", "des", "deze", "die", "dit",
    "door", "du", "een", "en", "er", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij",
    "hoe", "hun", "ik", "in", "is", "je", "kan", "me", "men", "met", "mij", "na", "naar", "nog",
    "nu", "of", "om", "omdat", "ons", "ook", "op", "over", "te", "tot", "u", "uit", "van", "voor",
    "waar", "was", "wat", "we", "wel", "werd", "wie", "wij", "worden", "wordt", "zal", "ze",
    "zich", "zij", "zijn", "zo", "zou",
];

/// The stop words, for the website's search script (which leaves them out of a query too).
pub fn stop_words() -> &'static [&'static str] {
    STOP_WORDS
}

pub fn is_stop_word(lowercase: &str) -> bool {
    STOP_WORDS.binary_search(&lowercase).is_ok()
}

/// Whether a word of a text is a stop word, given its folded form. Checked on the lowercase
/// word, not the folded one, so `één` is not taken for `een`.
pub fn is_stop(word: &str, folded: &str) -> bool {
    word.len() <= 6
        && if word.is_ascii() {
            is_stop_word(folded)
        } else {
            is_stop_word(&word.to_lowercase())
        }
}

/// Lowercase and fold to ASCII: `Financiële` → `financiele`, `één` → `een`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`], appended to `out`: the hot paths reuse one buffer instead of a string per word.
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(s) = deunicode::deunicode_char(c) {
            out.extend(s.chars().filter(char::is_ascii_alphanumeric));
        }
    }
}

/// Byte ranges of the words of a text, lazily: runs of letters and digits. A `.` stays
/// inside a word when a digit comes before it and a letter or digit after it, so codes like
/// `2.1.1.A` are one word.
pub fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    let mut prev_digit = false;
    std::iter::from_fn(move || {
        let mut start: Option<usize> = None;
        while let Some((i, c)) = chars.next() {
            let keep_dot = c == '.'
                && prev_digit
                && start.is_some()
                && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            prev_digit = c.is_ascii_digit();
            if c.is_alphanumeric() || keep_dot {
                start.get_or_insert(i);
            } else if let Some(s) = start {
                return Some(s..i);
            }
        }
        start.map(|s| s..text.len())
    })
}

/// Splits text into tokens (see [`word_ranges`]), each folded and marked as stop word or not.
pub fn tokenize(text: &str) -> Vec<Token> {
    word_ranges(text)
        .map(|range| {
            let word = &text[range.clone()];
            let folded = fold(word);
            let stop = is_stop(word, &folded);
            Token {
                folded,
                range,
                stop,
            }
        })
        .collect()
}

/// The Dutch Porter stemmer, on folded words.
pub struct DutchStemmer(Stemmer);

impl Default for DutchStemmer {
    fn default() -> Self {
        Self(Stemmer::create(Algorithm::Dutch))
    }
}

impl DutchStemmer {
    /// The stem of a folded word. Codes and numbers stay as they are.
    pub fn stem(&self, folded: &str) -> String {
        if folded.bytes().any(|b| b.is_ascii_digit()) {
            return folded.to_owned();
        }
        self.0.stem(folded).into_owned()
    }
}

/// Stems already computed while building the index: the same words recur in every item, and
/// stemming is the slowest step of analysis.
pub type StemCache = std::collections::HashMap<String, String>;

/// The two indexed forms of a text, from one pass over its words: the folded words (for
/// the raw fields) and the stems of the non-stop words (for the stemmed fields), each joined
/// by spaces.
pub fn raw_and_stemmed(
    stemmer: &DutchStemmer,
    cache: &mut StemCache,
    text: &str,
) -> (String, String) {
    let mut raw = String::with_capacity(text.len());
    let mut stemmed = String::with_capacity(text.len());
    for range in word_ranges(text) {
        let word = &text[range];
        let at = raw.len();
        fold_into(word, &mut raw);
        let folded = &raw[at..];
        if !is_stop(word, folded) {
            match cache.get(folded) {
                Some(stem) => stemmed.push_str(stem),
                None => {
                    let stem = stemmer.stem(folded);
                    stemmed.push_str(&stem);
                    cache.insert(folded.to_owned(), stem);
                }
            }
            stemmed.push(' ');
        }
        raw.push(' ');
    }
    (raw, stemmed)
}

/// Folded tokens of a text joined by spaces.
pub fn raw_text(text: &str) -> String {
    tokenize(text)
        .into_iter()
        .map(|t| t.folded)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn domain_words_keep_their_meaning_when_stemmed() {
        let s = DutchStemmer::default();
        let cases = [
            ("gezondheid", "gezond"),
            ("gezond", "gezond"),
            ("gemeenten", "gemeent"),
            ("gemeente", "gemeent"),
            ("gegevens", "gegeven"),
            ("zorgverleners", "zorgverlener"),
            ("zorgverlener", "zorgverlener"),
            ("mantelzorgers", "mantelzorger"),
            ("ouderen", "ouder"),
            ("wijkverpleging", "wijkverpleg"),
        ];
        for (word, stem) in cases {
            assert_eq!(s.stem(word), stem, "{word}");
        }
    }

    #[test]
    fn folding_removes_diacritics_and_case() {
        assert_eq!(fold("Financiële"), "financiele");
        assert_eq!(fold("één"), "een");
        assert_eq!(fold("GGZ"), "ggz");
    }

    #[test]
    fn een_with_accents_is_not_a_stop_word() {
        let t = tokenize("één een");
        assert!(!t[0].stop);
        assert!(t[1].stop);
    }

    #[test]
    fn codes_stay_one_token_and_ranges_point_into_the_text() {
        let text = "Zie 2.1.1.A, en ABCD-methode.";
        let t = tokenize(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.range.clone()]).collect();
        assert_eq!(words, ["Zie", "2.1.1.A", "en", "ABCD", "methode"]);
        assert_eq!(t[1].folded, "2.1.1.a");
    }
}
