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

pub fn is_stop_word(lowercase: &str) -> bool {
    STOP_WORDS.binary_search(&lowercase).is_ok()
}

/// Lowercase and fold to ASCII: `Financiële` → `financiele`, `één` → `een`.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(s) = deunicode::deunicode_char(c) {
            out.extend(s.chars().filter(char::is_ascii_alphanumeric));
        }
    }
    out
}

/// Splits text into tokens. A `.` stays inside a token when a digit comes before it and a
/// letter or digit after it, so codes like `2.1.1.A` are one word.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev_digit = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let keep_dot = c == '.'
            && prev_digit
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || keep_dot {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(make_token(text, s..i));
        }
        prev_digit = c.is_ascii_digit();
    }
    if let Some(s) = start {
        out.push(make_token(text, s..text.len()));
    }
    out
}

fn make_token(text: &str, range: Range<usize>) -> Token {
    let word = &text[range.clone()];
    let folded = fold(word);
    let stop = word.len() <= 6
        && if word.is_ascii() {
            is_stop_word(&folded)
        } else {
            is_stop_word(&word.to_lowercase())
        };
    Token {
        folded,
        range,
        stop,
    }
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

/// The two indexed forms of a text, from one pass over its tokens: the folded words (for
/// the raw fields) and the stems of the non-stop words (for the stemmed fields), each joined
/// by spaces.
pub fn raw_and_stemmed(stemmer: &DutchStemmer, text: &str) -> (String, String) {
    let mut raw = String::with_capacity(text.len());
    let mut stemmed = String::with_capacity(text.len());
    for t in tokenize(text) {
        if !t.stop {
            stemmed.push_str(&stemmer.stem(&t.folded));
            stemmed.push(' ');
        }
        raw.push_str(&t.folded);
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
