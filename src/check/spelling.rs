//! `marke check --spelling`: words of the public text that the Dutch dictionary does not know.
//!
//! The dictionary is OpenTaal's Hunspell files (`assets/woorden/nl.aff` and `nl.dic`, built
//! into the program; read with `spellbook`, a Hunspell reader in Rust). Names, codes, ids and
//! every title and alias in the model count as words, so "Hoogeveen", "GGZ" or an initiative's
//! name is never a spelling error, and neither is its plural with an apostrophe ("POH's",
//! "VIP's"). Words with digits, single letters and addresses ("info@gezondemarke.nl") are
//! left alone. What the dictionary lacks but is right (a loanword, a product, a medical term)
//! is listed with its reason in `book.toml` under `[marke.spelling.goed]`.
//!
//! Each hit is a warning (code `spelfout`) at the file, line and column of the word, with the
//! dictionary's first suggestion. Suggesting is the slow part (milliseconds a word), so it is
//! done once per distinct word. The report is opt-in: the dictionary does not know every
//! compound or loanword a text about health care uses, so a hit is a question, not a fault.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use spellbook::Dictionary;

use super::readability::style::words;
use super::readability::text::{self, Sentence};
use super::readability::vocabulary::not_prose;
use crate::config::Spelling;
use crate::diag::{Code, Diagnostic};
use crate::model::{Item, Model};
use crate::source::SourceText;

const AFF: &str = include_str!("../../assets/woorden/nl.aff");
const DIC: &str = include_str!("../../assets/woorden/nl.dic");

/// The Dutch dictionary and the words of the model.
pub struct Speller {
    dictionary: Dictionary,
    /// Lower-case words of every id, code, title and alias in the model, and of
    /// `[marke.spelling.goed]`.
    model_words: HashSet<String>,
}

/// A word the dictionary does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    pub word: String,
    /// Byte offset in the sentence.
    pub at: usize,
}

impl Speller {
    /// Reads the dictionary (a few hundred milliseconds), the model's words and the words
    /// `book.toml` lists as right.
    pub fn new(model: &Model, cfg: &Spelling) -> Result<Self, String> {
        if let Some((word, _)) = cfg.goed.iter().find(|(_, why)| why.trim().is_empty()) {
            return Err(format!(
                "book.toml: '{word}' staat onder [marke.spelling.goed] zonder reden; schrijf erbij waarom het goed is, bijvoorbeeld {word} = \"naam van een programma\""
            ));
        }
        let dictionary = Dictionary::new(AFF, DIC)
            .map_err(|e| format!("het woordenboek van OpenTaal is niet te lezen: {e}"))?;
        let model_words = model
            .items()
            .iter()
            .flat_map(|i| {
                [&i.id, &i.title]
                    .into_iter()
                    .chain(&i.aliases)
                    .chain(&i.facts.code)
            })
            .chain(cfg.goed.keys())
            .flat_map(|s| words(s))
            .map(|(w, _)| w)
            .collect();
        Ok(Self {
            dictionary,
            model_words,
        })
    }

    /// The words of a sentence that are neither in the dictionary nor in the model.
    pub fn misses(&self, s: &Sentence, known: &mut HashMap<String, bool>) -> Vec<Miss> {
        let mut out = Vec::new();
        for (word, at) in tokens(&s.text) {
            let lower = word.to_lowercase();
            if word.chars().count() < 2
                || word.chars().any(char::is_numeric)
                || self.model_words.contains(&lower)
                || self.is_plural_of_known(&lower)
                || lower.split('-').all(|part| self.model_words.contains(part))
                || not_prose(&s.text, at, word.len())
            {
                continue;
            }
            let ok = *known
                .entry(word.to_owned())
                .or_insert_with(|| self.knows(word));
            if !ok {
                out.push(Miss {
                    word: word.to_owned(),
                    at,
                });
            }
        }
        out
    }

    /// "poh's" for the abbreviation POH: Dutch writes the plural of a word that ends in a
    /// vowel sound with an apostrophe, and the dictionary has no abbreviations.
    fn is_plural_of_known(&self, lower: &str) -> bool {
        lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("’s"))
            .is_some_and(|base| self.model_words.contains(base))
    }

    /// Whether the dictionary knows the word; a curly apostrophe counts as a straight one,
    /// and a word with hyphens is right when each part is ("burn-outklachten" is not in the
    /// dictionary, "burn-out" and "klachten" are, but "outklachten" is not: so whole first).
    fn knows(&self, word: &str) -> bool {
        let word = word.replace('’', "'");
        self.dictionary.check(&word)
            || (word.contains('-')
                && word
                    .split('-')
                    .all(|part| part.is_empty() || self.knows_part(part)))
    }

    fn knows_part(&self, part: &str) -> bool {
        self.dictionary.check(part) || self.model_words.contains(&part.to_lowercase())
    }

    /// The dictionary's first suggestion, if it is cheap: only for a word in lower case of at
    /// most [`SUGGEST_MAX`] letters (longer words and names take Hunspell up to seconds), and
    /// only a single word (not "zelf stigma" for "zelfstigma").
    pub fn suggest(&self, word: &str) -> Option<String> {
        if word.chars().count() > SUGGEST_MAX || word.chars().any(char::is_uppercase) {
            return None;
        }
        let mut out = Vec::new();
        self.dictionary.suggest(word, &mut out);
        out.into_iter()
            .find(|s| !s.contains(' ') && s.to_lowercase() != word.to_lowercase())
    }
}

/// The second half of every hint: where a right word goes.
const RIGHT_ANYWAY: &str = "Is het goed (een naam, vakwoord of leenwoord), zet het dan als titel of alias in de inhoud, of met een reden in book.toml onder [marke.spelling.goed]";

/// The longest word that gets a suggestion.
const SUGGEST_MAX: usize = 12;

/// The words of a text as Hunspell reads them, with their byte offsets: letters and digits,
/// with an apostrophe or a hyphen inside ("zo'n", "burn-out"). The first half of a shortened
/// compound ("ontmoetings- en steunpunten") is left out: it is not a word on its own.
fn tokens(text: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        let inner = matches!(c, '\'' | '’' | '-') && start.is_some() && next_is_word;
        if c.is_alphanumeric() || inner {
            start.get_or_insert(at);
            continue;
        }
        if let Some(s) = start.take()
            && c != '-'
        {
            out.push((&text[s..at], s));
        }
    }
    if let Some(s) = start {
        out.push((&text[s..], s));
    }
    out
}

/// Every spelling hit in the public text of the model, as warnings with their place.
pub fn check(model: &Model, cfg: &Spelling) -> Result<Vec<Diagnostic>, String> {
    let speller = Speller::new(model, cfg)?;
    let mut known: HashMap<String, bool> = HashMap::new();
    let hits: Vec<(&Item, Sentence, Miss)> = model
        .items()
        .iter()
        .flat_map(|item| text::sentences(item).into_iter().map(move |s| (item, s)))
        .flat_map(|(item, s)| {
            let misses = speller.misses(&s, &mut known);
            misses.into_iter().map(move |m| (item, s.clone(), m))
        })
        .collect();
    let suggestions = suggest_all(&speller, hits.iter().map(|(_, _, m)| m.word.as_str()));
    let mut files: HashMap<PathBuf, Option<SourceText>> = HashMap::new();
    let mut out = Vec::new();
    for (item, s, miss) in &hits {
        let suggestion = suggestions.get(&miss.word).cloned().flatten();
        let src = files
            .entry(item.location.path.clone())
            .or_insert_with(|| {
                std::fs::read_to_string(&item.location.path)
                    .ok()
                    .map(SourceText::new)
            })
            .as_ref();
        out.push(diagnostic(item, s, miss, suggestion, src));
    }
    Ok(out)
}

/// A suggestion for each distinct word, made on up to four threads: suggesting is the slow
/// part of the report.
fn suggest_all<'a>(
    speller: &Speller,
    words: impl Iterator<Item = &'a str>,
) -> HashMap<String, Option<String>> {
    let mut distinct: Vec<&str> = words.collect();
    distinct.sort_unstable();
    distinct.dedup();
    super::in_parallel(&distinct, |w| vec![((*w).to_owned(), speller.suggest(w))])
        .into_iter()
        .collect()
}

fn diagnostic(
    item: &Item,
    s: &Sentence,
    miss: &Miss,
    suggestion: Option<String>,
    src: Option<&SourceText>,
) -> Diagnostic {
    let line = s.line.max(item.location.line);
    let (line, column) = src
        .and_then(|src| position(src, line, &miss.word))
        .unwrap_or((line, 0));
    let hint = match suggestion {
        Some(sug) => format!("bedoelt u '{sug}'? {RIGHT_ANYWAY}"),
        None => format!("controleer de spelling. {RIGHT_ANYWAY}"),
    };
    let d = Diagnostic::warning(
        Code::Spelfout,
        &item.location.path,
        format!(
            "'{}' staat niet in het woordenboek: \"{}\"",
            miss.word, s.text
        ),
    )
    .at(line, column)
    .hint(hint);
    match src {
        Some(src) => d.with_source(src),
        None => d,
    }
}

/// Line and column (1-based, in characters) of the first whole-word `word` in the file at or
/// after `line`: the sentence starts there, and the word is in it.
fn position(src: &SourceText, line: usize, word: &str) -> Option<(usize, usize)> {
    for n in line.max(1).. {
        let text = src.line(n)?;
        let hit = text.match_indices(word).map(|(p, _)| p).find(|&p| {
            let before = text[..p].chars().next_back();
            let after = text[p + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
        if let Some(p) = hit {
            return Some((n, text[..p].chars().count() + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dictionary_knows_dutch_and_finds_a_misspelling() {
        let speller = Speller {
            dictionary: Dictionary::new(AFF, DIC).unwrap(),
            model_words: ["ggz".to_owned()].into(),
        };
        let s = Sentence {
            text: "De huisarts en de GGZ helpen inwoners met hun gezondhied.".into(),
            line: 1,
            links: Vec::new(),
        };
        let misses = speller.misses(&s, &mut HashMap::new());
        assert_eq!(
            misses,
            [Miss {
                word: "gezondhied".into(),
                at: s.text.find("gezondhied").unwrap()
            }]
        );
        assert_eq!(speller.suggest("gezondhied").as_deref(), Some("gezondheid"));
    }

    #[test]
    fn listed_words_and_plurals_of_abbreviations_are_right() {
        let cfg = Spelling {
            goed: [("telemonitoring".to_owned(), "vakterm".to_owned())].into(),
        };
        let mut speller = Speller::new(&Model::default(), &cfg).unwrap();
        speller.model_words.insert("poh".into());
        let s = Sentence {
            text: "Telemonitoring helpt POH's niet, maar telemonitorring wel.".into(),
            line: 1,
            links: Vec::new(),
        };
        let missed: Vec<String> = speller
            .misses(&s, &mut HashMap::new())
            .into_iter()
            .map(|m| m.word)
            .collect();
        assert_eq!(missed, ["telemonitorring"]);

        let no_reason = Spelling {
            goed: [("telemonitoring".to_owned(), " ".to_owned())].into(),
        };
        let err = Speller::new(&Model::default(), &no_reason).err().unwrap();
        assert!(
            err.contains("'telemonitoring'") && err.contains("zonder reden"),
            "{err}"
        );
    }

    #[test]
    fn the_position_is_the_word_in_the_file() {
        let src = SourceText::new("titel: x\ntekst: |\n  Een zin met\n  een fuot erin.\n".into());
        assert_eq!(position(&src, 3, "fuot"), Some((4, 7)));
        assert_eq!(position(&src, 3, "niets"), None);
    }
}
