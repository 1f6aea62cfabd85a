//! From what the user typed to a structured query: words, "phrases" and filters.
//!
//! Parsing never fails: odd input (unbalanced quotes, symbols, control characters, very long
//! text) becomes the best query we can make of it, plus a Dutch note where the user should
//! know something was left out. Filters (`type:`, `opgave:`, `jaar:`, `org:`, `verlopen:`)
//! are resolved against the model here, so the query builder only sees ids.

use super::analyzer::{DutchStemmer, fold, tokenize};
use super::compound::Splitter;
use super::question::{self, Question};
use crate::model::{Item, ItemType, Model};

/// At most this many characters of a query are read.
pub const MAX_CHARS: usize = 200;
/// At most this many words count.
pub const MAX_WORDS: usize = 12;

/// One search word.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub folded: String,
    pub stem: String,
    pub stop: bool,
    /// The word the user is still typing: also matches as a prefix.
    pub prefix: bool,
    /// When the word is a compound: its parts, each (folded, stem). Filled in by search,
    /// which knows the content's words ([`super::compound`]).
    pub parts: Vec<(String, String)>,
}

/// A resolved filter.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    Kind(ItemType),
    Opgave(Vec<String>),
    Jaar(String),
    Org(Vec<String>),
    /// `verlopen:ja` or `verlopen:nee`: afspraken that are (not) overdue.
    Verlopen(bool),
}

#[derive(Debug, Default)]
pub struct ParsedQuery {
    pub words: Vec<Word>,
    /// All words outside filters, stop words included, folded and joined by spaces: to
    /// compare with whole names. Empty when there are none.
    pub full: String,
    /// Folded words of each quoted phrase.
    pub phrases: Vec<Vec<String>>,
    pub filters: Vec<Filter>,
    /// Filter chips for display: (key, value as people read it).
    pub chips: Vec<(String, String)>,
    /// Notes for the user, in Dutch.
    pub notes: Vec<String>,
    /// A filter named nothing that exists: the query can have no results.
    pub impossible: bool,
    /// The query reads as a question; its question words are already left out.
    pub question: Option<Question>,
}

impl ParsedQuery {
    pub fn has_terms(&self) -> bool {
        !self.words.is_empty() || !self.phrases.is_empty()
    }
}

/// Cleans the text: control characters become spaces, and it is cut at [`MAX_CHARS`].
fn clean(text: &str, notes: &mut Vec<String>) -> String {
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_CHARS)
        .collect();
    if text.chars().count() > MAX_CHARS {
        notes.push(format!(
            "De zoekvraag is lang; alleen de eerste {MAX_CHARS} tekens tellen mee."
        ));
        out.push(' ');
    }
    out
}

pub fn parse(model: &Model, text: &str, stemmer: &DutchStemmer) -> ParsedQuery {
    let mut q = ParsedQuery::default();
    let text = clean(text, &mut q.notes);
    let ends_in_word = text.chars().last().is_some_and(char::is_alphanumeric);
    // Even pieces are outside quotes, odd pieces inside; an unclosed quote runs to the end.
    for (n, piece) in text.split('"').enumerate() {
        if n % 2 == 1 {
            let words: Vec<String> = tokenize(piece).into_iter().map(|t| t.folded).collect();
            if !words.is_empty() {
                q.phrases.push(words);
            }
            continue;
        }
        for chunk in piece.split_whitespace() {
            if let Some((key, value)) = chunk.split_once(':')
                && let Some(key) = filter_key(key)
            {
                add_filter(model, &mut q, key, value);
                continue;
            }
            for t in tokenize(chunk) {
                q.words.push(Word {
                    stem: stemmer.stem(&t.folded),
                    folded: t.folded,
                    stop: t.stop,
                    prefix: false,
                    parts: Vec::new(),
                });
            }
        }
    }
    q.question = question::read(&mut q.words, text.trim_end().ends_with('?'));
    q.full = q
        .words
        .iter()
        .map(|w| w.folded.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if q.full.is_empty()
        && let Some(p) = q.phrases.first()
    {
        q.full = p.join(" ");
    }
    finish_words(&mut q, ends_in_word && !text.trim_end().ends_with('"'));
    q
}

/// Fills in the parts of the words that are compounds.
pub fn split_compounds(q: &mut ParsedQuery, splitter: &Splitter, stemmer: &DutchStemmer) {
    for w in q.words.iter_mut().filter(|w| !w.stop) {
        if let Some(parts) = splitter.split(&w.folded) {
            w.parts = parts
                .into_iter()
                .map(|p| (p.to_owned(), stemmer.stem(p)))
                .collect();
        }
    }
}

/// Marks the last word as a prefix, drops stop words where other words remain, and caps
/// the number of words.
fn finish_words(q: &mut ParsedQuery, prefix_last: bool) {
    if prefix_last && let Some(last) = q.words.last_mut() {
        last.prefix = true;
    }
    let all_stop = q.words.iter().all(|w| w.stop);
    if all_stop && q.words.len() > 1 {
        q.notes.push(
            "Alleen veelvoorkomende woorden zoals 'de' en 'het'. Typ een woord dat meer zegt."
                .to_owned(),
        );
        q.words.clear();
    } else if !all_stop {
        q.words.retain(|w| !w.stop || w.prefix);
    }
    let mut seen = Vec::new();
    q.words.retain(|w| {
        let new = !seen.contains(&w.folded);
        seen.push(w.folded.clone());
        new
    });
    if q.words.len() > MAX_WORDS {
        q.words.truncate(MAX_WORDS);
        q.notes
            .push(format!("Alleen de eerste {MAX_WORDS} woorden tellen mee."));
    }
}

/// The text without its filter chunks (`type:doel`), for finding the words in a text; a space
/// at the end stays, because it decides whether the last word also matches as a prefix.
/// Chunks inside quotes stay: there `type:doel` is part of a phrase.
pub fn without_filters(text: &str) -> String {
    let mut quotes = 0;
    let mut out = text
        .split_whitespace()
        .filter(|chunk| {
            let inside = quotes % 2 == 1;
            quotes += chunk.matches('"').count();
            inside || !is_filter(chunk)
        })
        .collect::<Vec<_>>()
        .join(" ");
    if !out.is_empty() && text.ends_with(char::is_whitespace) {
        out.push(' ');
    }
    out
}

fn is_filter(chunk: &str) -> bool {
    chunk
        .split_once(':')
        .is_some_and(|(key, _)| filter_key(key).is_some())
}

fn filter_key(key: &str) -> Option<&'static str> {
    match fold(key).as_str() {
        "type" | "soort" => Some("type"),
        "opgave" => Some("opgave"),
        "jaar" => Some("jaar"),
        "org" | "organisatie" => Some("org"),
        "verlopen" => Some("verlopen"),
        _ => None,
    }
}

fn add_filter(model: &Model, q: &mut ParsedQuery, key: &'static str, value: &str) {
    let value = fold(value.trim_matches(|c: char| !c.is_alphanumeric()));
    if value.is_empty() {
        return; // still typing: `type:`
    }
    let resolved = match key {
        "type" => resolve_type(&value).map(|t| (Filter::Kind(t), t.label().to_owned())),
        "jaar" => (value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()))
            .then(|| (Filter::Jaar(value.clone()), value.clone())),
        "opgave" => resolve_items(model, ItemType::Opgave, &value)
            .map(|(ids, label)| (Filter::Opgave(ids), label)),
        "verlopen" => match value.as_str() {
            "ja" | "j" => Some((Filter::Verlopen(true), "ja".to_owned())),
            "nee" | "n" => Some((Filter::Verlopen(false), "nee".to_owned())),
            _ => None,
        },
        _ => resolve_items(model, ItemType::Organisatie, &value)
            .map(|(ids, label)| (Filter::Org(ids), label)),
    };
    match resolved {
        Some((filter, label)) => {
            q.filters.push(filter);
            q.chips.push((key.to_owned(), label));
        }
        None => {
            q.impossible = true;
            q.chips.push((key.to_owned(), value.clone()));
            q.notes.push(unknown_filter_note(model, key, &value));
        }
    }
}

/// What to say about a type that does not exist, with the ones that do.
pub fn unknown_type(value: &str) -> String {
    format!(
        "Het type '{value}' bestaat niet. Kies uit: {}.",
        ItemType::names()
    )
}

fn unknown_filter_note(model: &Model, key: &str, value: &str) -> String {
    match key {
        "type" => unknown_type(value),
        "jaar" => {
            format!("'{value}' is geen jaar. Schrijf het jaar in vier cijfers, zoals jaar:2025.")
        }
        "verlopen" => format!("Schrijf verlopen:ja of verlopen:nee, niet verlopen:{value}."),
        "opgave" => {
            let ids: Vec<&str> = model
                .of_type(ItemType::Opgave)
                .iter()
                .map(|o| o.id.as_str())
                .collect();
            format!(
                "Geen opgave gevonden bij '{value}'. Kies uit: {}.",
                ids.join(", ")
            )
        }
        _ => format!(
            "Geen organisatie gevonden bij '{value}'. Typ een deel van de naam, zoals org:ggd."
        ),
    }
}

/// A type by its name or the start of it, if only one type starts that way. `type:` in a
/// query and `marke search --type` both ask this, so they accept the same names.
pub fn resolve_type(value: &str) -> Option<ItemType> {
    let value = fold(value.trim());
    let value = value.as_str();
    if let Some(t) = ItemType::from_name(value) {
        return Some(t);
    }
    let mut found = ItemType::ALL
        .into_iter()
        .filter(|t| t.name().starts_with(value) || fold(t.plural_label()).starts_with(value));
    match (found.next(), found.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}

/// Items of one type that a filter value names: by id, code, or words of the title or an
/// alias. Returns the ids and a label for the chip.
fn resolve_items(model: &Model, kind: ItemType, value: &str) -> Option<(Vec<String>, String)> {
    let items = model.of_type(kind);
    let exact: Vec<&Item> = items
        .iter()
        .copied()
        .filter(|i| i.id == value || i.facts.code.as_deref() == Some(value))
        .collect();
    let found: Vec<&Item> = if exact.is_empty() {
        items
            .into_iter()
            .filter(|i| names_match(i, value))
            .collect()
    } else {
        exact
    };
    let label = match found.as_slice() {
        [] => return None,
        [one] => one.title.clone(),
        many => format!("{} ({})", value, many.len()),
    };
    Some((found.iter().map(|i| i.id.clone()).collect(), label))
}

fn names_match(item: &Item, value: &str) -> bool {
    if item.id.starts_with(value) {
        return true;
    }
    let wanted: Vec<String> = tokenize(value).into_iter().map(|t| t.folded).collect();
    std::iter::once(&item.title)
        .chain(&item.aliases)
        .any(|name| {
            let words: Vec<String> = tokenize(name).into_iter().map(|t| t.folded).collect();
            wanted
                .iter()
                .all(|w| words.iter().any(|n| n.starts_with(w.as_str())))
        })
}

#[cfg(test)]
mod tests {
    use super::without_filters;

    #[test]
    fn without_filters_keeps_words_phrases_and_the_last_space() {
        assert_eq!(without_filters("mantel type:afspraak"), "mantel");
        assert_eq!(without_filters("type:doel zorg jaar:2025 "), "zorg ");
        assert_eq!(
            without_filters("\"zorg type:x\" buren"),
            "\"zorg type:x\" buren"
        );
        assert_eq!(without_filters("url:iets"), "url:iets");
        assert_eq!(without_filters("type:doel "), "");
    }
}
