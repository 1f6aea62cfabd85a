//! Abbreviations and glossary terms that a reader meets without explanation.
//!
//! The model's `afkorting` items give the abbreviations (the part of the title before a
//! hyphen: `ABCD-methode` → `ABCD`) and what they stand for; `begrip` items give the terms
//! (title and aliases). An abbreviation is explained where it first appears when it is
//! linked there (`[GGZ](@afk-ggz)`) or written out in that sentence or before it. A term is
//! explained when the item links to it (`(@id)`) anywhere, links the words themselves, or is
//! the term. Terms every reader knows are listed in `[marke.leesbaarheid] bekende-begrippen`.

use crate::config::Leesbaarheid;
use crate::model::{Item, ItemType, Model, Relation};
use std::collections::HashMap;

use super::text::Sentence;

/// A word or phrase that needs explaining.
#[derive(Debug, Clone)]
pub struct Term {
    /// Id of the `afkorting` or `begrip` item.
    pub id: String,
    /// What the reader sees: `GGZ`, `reablement`.
    pub label: String,
    /// Written out, for abbreviations.
    pub voluit: Option<String>,
    /// Forms to look for: exact case for abbreviations, lower case for terms.
    forms: Vec<String>,
    /// The `begrip` an abbreviation belongs to: that item explains it too.
    begrip: Option<String>,
    /// Organisations the abbreviation names (its `links` to organisaties): "Mijn WZA" with
    /// a link to the Wilhelmina Ziekenhuis Assen in the text is explained.
    names: Vec<String>,
}

impl Term {
    pub fn is_abbreviation(&self) -> bool {
        self.voluit.is_some()
    }
}

/// Where a term first appears unexplained in an item.
#[derive(Debug, Clone)]
pub struct Finding<'a> {
    pub term: &'a Term,
    /// Index into the item's sentences.
    pub sentence: usize,
}

/// All terms of the model.
#[derive(Debug, Default)]
pub struct Glossary {
    terms: Vec<Term>,
    /// Term indexes by the first word of each form (exact case for abbreviations, lower case
    /// for terms), so an item only looks at the terms whose first word it contains: the work
    /// grows with the item's length, not with the size of the glossary.
    by_first_word: HashMap<String, Vec<usize>>,
}

impl Glossary {
    pub fn new(model: &Model, cfg: &Leesbaarheid) -> Self {
        let mut terms = Vec::new();
        if cfg.afkortingen {
            terms.extend(
                model
                    .of_type(ItemType::Afkorting)
                    .into_iter()
                    .filter_map(|a| abbreviation(model, a)),
            );
        }
        if cfg.begrippen {
            let known: Vec<String> = cfg
                .bekende_begrippen
                .iter()
                .map(|b| b.to_lowercase())
                .collect();
            terms.extend(
                model
                    .of_type(ItemType::Begrip)
                    .into_iter()
                    .map(begrip)
                    .filter(|t| !known.contains(&t.label.to_lowercase())),
            );
        }
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, term) in terms.iter().enumerate() {
            for form in &term.forms {
                if let Some(w) = tokens(form).next() {
                    let ids = by_first_word.entry(w.to_owned()).or_default();
                    if ids.last() != Some(&i) {
                        ids.push(i);
                    }
                }
            }
        }
        Self {
            terms,
            by_first_word,
        }
    }

    /// Terms in `sentences` (of `item`) that the reader meets without explanation.
    pub fn unexplained<'a>(&'a self, item: &Item, sentences: &[Sentence]) -> Vec<Finding<'a>> {
        let lower: Vec<String> = sentences.iter().map(|s| s.text.to_lowercase()).collect();
        // Only the terms whose first word occurs in the item can occur in it: a form that
        // stands as a whole word has its first letter-run among the item's words.
        let mut candidates: Vec<usize> = lower
            .iter()
            .flat_map(|s| tokens(s))
            .chain(sentences.iter().flat_map(|s| tokens(&s.text)))
            .filter_map(|w| self.by_first_word.get(w))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .map(|i| &self.terms[i])
            .filter(|t| !explains(item, t))
            .filter_map(|term| {
                if term.is_abbreviation() {
                    first_abbreviation(term, sentences, &lower)
                } else {
                    first_term(term, item, sentences, &lower)
                }
                .map(|sentence| Finding { term, sentence })
            })
            .collect()
    }
}

fn abbreviation(model: &Model, item: &Item) -> Option<Term> {
    let voluit = item.facts.voluit.clone()?;
    if voluit.starts_with("onbekend") {
        return None;
    }
    let short = item
        .title
        .split('-')
        .next()
        .unwrap_or(&item.title)
        .trim()
        .to_owned();
    Some(Term {
        id: item.id.clone(),
        label: short.clone(),
        voluit: Some(voluit),
        forms: vec![short],
        begrip: item.first(Relation::Begrip).map(str::to_owned),
        names: item
            .targets(Relation::Links)
            .filter(|id| {
                model
                    .get(id)
                    .is_some_and(|t| t.kind == ItemType::Organisatie)
            })
            .map(str::to_owned)
            .collect(),
    })
}

fn begrip(item: &Item) -> Term {
    let title = item.title.split(" (").next().unwrap_or(&item.title).trim();
    let mut forms = vec![title.to_lowercase()];
    // A one-word alias such as `opgaven` or `meedoen` is an everyday word, not the term.
    forms.extend(
        item.aliases
            .iter()
            .filter(|a| a.contains([' ', '-']) || a.chars().count() >= 10)
            .map(|a| a.to_lowercase()),
    );
    Term {
        id: item.id.clone(),
        label: title.to_lowercase(),
        voluit: None,
        forms,
        begrip: None,
        names: Vec::new(),
    }
}

/// The item is the term, or the begrip the abbreviation stands for, or links to it (or to the
/// organisation the abbreviation names) in its text.
fn explains(item: &Item, term: &Term) -> bool {
    item.id == term.id
        || term.begrip.as_deref() == Some(item.id.as_str())
        || item.first(Relation::Begrip) == Some(term.id.as_str())
        || item.links.iter().any(|l| {
            l.rel == Relation::Tekst && (l.target == term.id || term.names.contains(&l.target))
        })
}

/// First sentence where the abbreviation appears, if it is neither linked there nor written
/// out before.
fn first_abbreviation(term: &Term, sentences: &[Sentence], lower: &[String]) -> Option<usize> {
    let form = &term.forms[0];
    let voluit = normalize(&term.voluit.as_deref()?.to_lowercase());
    let (i, pos) = sentences
        .iter()
        .enumerate()
        .find_map(|(i, s)| find_word(&s.text, form).map(|p| (i, p)))?;
    let linked = sentences[i].links.iter().any(|(r, _)| r.contains(&pos));
    let written_out = normalize(&lower[..=i].concat()).contains(&voluit);
    let glossed = glossed(&sentences[i].text, pos, form.len());
    (!linked && !written_out && !glossed).then_some(i)
}

/// An explanation right at the word. Three forms count, because B1 writers use all three:
/// - in brackets after or around it: "AI (kunstmatige intelligentie)", "kunstmatige
///   intelligentie (AI)"; brackets with digits hold a reference, not an explanation: "GALA
///   (afspraak 2.1.2.C)";
/// - after a colon: "een oplossingsrichting: een idee hoe het beter kan";
/// - as the name given to what the sentence (or the one before) just explained: "Samen plannen
///   maken heet co-creatie", "Dat noemen we co-creatie".
///
/// The writer's own words count, even when they differ from the expansion in the list of
/// afkortingen.
pub(super) fn glossed(text: &str, pos: usize, len: usize) -> bool {
    let after = text[pos + len..].trim_start();
    let before = text[..pos].trim_end();
    let explains = |inner: &str| {
        inner.chars().any(char::is_alphabetic) && !inner.chars().any(|c| c.is_ascii_digit())
    };
    let gloss_after = after
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .is_some_and(|(inner, _)| explains(inner));
    let colon_after = after.strip_prefix(':').is_some_and(|rest| {
        let gloss: String = rest
            .chars()
            .take_while(|c| !matches!(c, '.' | ';'))
            .collect();
        gloss.split_whitespace().count() >= 2 && explains(&gloss)
    });
    let named = named(before);
    gloss_after || colon_after || named || (before.ends_with('(') && after.starts_with(')'))
}

/// Whether the words before a term give it as the name of what was just explained: after
/// "Dat heet", "Dit heet" or "het plan noemt dat" the sentence before explains; after "heet"
/// alone, the words before it must be an explanation of some length ("Samen met inwoners
/// plannen maken heet co-creatie"), not a mere subject ("Het probleem heet sarcopenie").
fn named(before: &str) -> bool {
    let lower = before.to_lowercase();
    NAMING.iter().any(|n| {
        let Some(rest) = lower.strip_suffix(n) else {
            return false;
        };
        if !(rest.is_empty() || rest.ends_with(' ')) {
            return false;
        }
        let words: Vec<&str> = rest.split_whitespace().collect();
        let back_reference = n.ends_with(" dat")
            || n.ends_with(" dit")
            || matches!(words.as_slice(), [] | ["dat" | "dit"]);
        back_reference || words.len() >= EXPLANATION_WORDS
    })
}

/// How many words before "heet" make an explanation rather than a subject.
const EXPLANATION_WORDS: usize = 4;

/// Words that give a name to what was just explained: "… heet co-creatie".
const NAMING: [&str; 8] = [
    "heet",
    "heten",
    "heet dat",
    "noemen we",
    "noemt men",
    "noemt dat",
    "noemt dit",
    "noemen dat",
];

/// First sentence with the term, unless some use of it in the item is a link or glossed.
fn first_term(term: &Term, item: &Item, sentences: &[Sentence], lower: &[String]) -> Option<usize> {
    let mut first = None;
    for (i, s) in lower.iter().enumerate() {
        for form in &term.forms {
            if let Some(pos) = find_word(s, form) {
                // Lower-casing keeps byte offsets for the letters Dutch uses, so `pos` also
                // points into the sentence as written.
                if sentences[i].links.iter().any(|(r, _)| r.contains(&pos))
                    || glossed(s, pos, form.len())
                {
                    return None;
                }
                first = first.or(Some(i));
            }
        }
    }
    // An item named after the term is about it, e.g. the opgave "Netwerkaanpak".
    if item.title.to_lowercase() == term.label {
        return None;
    }
    first
}

/// Byte position of `word` in `text` as a whole word (no letter or digit on either side).
fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(p, _)| p).find(|&p| {
        let before = text[..p].chars().next_back();
        let after = text[p + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Runs of letters and digits, the same notion of "word" as [`find_word`]'s boundaries.
fn tokens(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Lower-case letters and digits only, so "Hoogeveen – Emmen" matches "Hoogeveen-Emmen".
fn normalize(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[cfg(test)]
mod tests {
    use super::{find_word, glossed};

    #[test]
    fn an_explanation_in_brackets_next_to_the_abbreviation_counts() {
        let t = "Hulp van AI (kunstmatige intelligentie) in de zorg.";
        assert!(glossed(t, t.find("AI").unwrap(), 2));
        let t = "Met kunstmatige intelligentie (AI) gaat het sneller.";
        assert!(glossed(t, t.find("AI").unwrap(), 2));
        let t = "Met AI gaat het sneller (soms).";
        assert!(!glossed(t, t.find("AI").unwrap(), 2));
        let t = "Het project GALA (afspraak 2.1.2.C) loopt.";
        assert!(!glossed(t, t.find("GALA").unwrap(), 4));
    }

    #[test]
    fn a_colon_gloss_or_a_naming_sentence_explains_a_word() {
        let t = "Dit is een oplossingsrichting: een idee hoe het beter kan.";
        assert!(glossed(t, t.find("oplossingsrichting").unwrap(), 18));
        let t = "Samen met inwoners plannen maken heet co-creatie.";
        assert!(glossed(t, t.find("co-creatie").unwrap(), 10));
        let t = "Dat noemen we co-creatie.";
        assert!(glossed(t, t.find("co-creatie").unwrap(), 10));
        let t = "Het plan noemt dat procesafspraken.";
        assert!(glossed(t, t.find("procesafspraken").unwrap(), 15));
        // A subject is not an explanation.
        let t = "Het probleem heet sarcopenie.";
        assert!(!glossed(t, t.find("sarcopenie").unwrap(), 10));
        // A colon that opens a list of codes, or one word, explains nothing.
        let t = "Er zijn twee oplossingsrichtingen: 2.6.3.A en 2.6.3.B.";
        assert!(!glossed(t, t.find("oplossingsrichtingen").unwrap(), 20));
        let t = "Het woord procesafspraak: nieuw.";
        assert!(!glossed(t, t.find("procesafspraak").unwrap(), 14));
        // "heet" must be the word before, not the end of another word.
        let t = "Het is verhitheet procesafspraak.";
        assert!(!glossed(t, t.find("procesafspraak").unwrap(), 14));
        let t = "Er staan procesafspraken in het plan.";
        assert!(!glossed(t, t.find("procesafspraken").unwrap(), 15));
    }

    #[test]
    fn words_match_whole() {
        assert_eq!(find_word("de GGZ en GGZ-zorg", "GGZ"), Some(3));
        assert_eq!(find_word("GGZE", "GGZ"), None);
        assert_eq!(find_word("zorg en V&V", "V&V"), Some(8));
    }
}
