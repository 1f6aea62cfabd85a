//! Uncommon words: the words of the public text a resident may not know.
//!
//! A word is common when the Dutch word-frequency list built into the program has it
//! (`assets/woorden/gewoon.txt`: every word wordfreq gives a Zipf value of 3 or more, once per
//! million words, the line LiNT draws too; made by `scripts/woordfrequentie.py`), or when it is
//! a compound of common parts, split by search's own splitter ([`Splitter`]):
//! `wachtlijstoverzicht` is `wachtlijst` + `overzicht`. Only words in lower case count: a
//! capital marks a name or an abbreviation, which other rules check.
//!
//! An uncommon word is explained, and not counted, when it is linked to an item, glossed in
//! brackets right after it ("reablement (weer zelf leren doen)"), a word of a begrip or an
//! afkorting (title or alias), a word of a name in the model (organisations, initiatives,
//! bodies, sources), or one of the `bekende-begrippen`. Known jargon (`vakjargon` in
//! `book.toml`) is uncommon however common its words are, unless it is linked or glossed.

use std::collections::HashSet;

use super::style::words;
use super::terms::glossed;
use super::text::Sentence;
use crate::config::Leesbaarheid;
use crate::index::analyzer::fold;
use crate::index::compound::{Splitter, in_sorted_lines};
use crate::model::{ItemType, Model};

/// The common Dutch words, folded, one per line, sorted by bytes.
const COMMON: &str = include_str!("../../../assets/woorden/gewoon.txt");

/// Words shorter than this are left alone: "ca", "bv", a letter in a list.
const MIN_LETTERS: usize = 3;

/// Whether the frequency list has this folded word (Zipf 3 or more).
pub fn is_frequent(folded: &str) -> bool {
    in_sorted_lines(COMMON, folded)
}

/// An uncommon word in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncommon {
    /// The word (lower case), or the jargon as the list writes it.
    pub word: String,
    /// Byte offset in the sentence.
    pub at: usize,
    /// From the list of known jargon, not from the frequencies.
    pub jargon: bool,
}

/// One entry of `vakjargon`, as words.
#[derive(Debug)]
struct Jargon {
    label: String,
    /// Lower case, or as written when the entry has capitals.
    words: Vec<String>,
    exact: bool,
}

/// What it takes to tell common from uncommon words in one model.
#[derive(Debug)]
pub struct Vocabulary {
    splitter: Splitter,
    /// Folded words of the glossary, of the names in the model and of `bekende-begrippen`.
    known: HashSet<String>,
    jargon: Vec<Jargon>,
}

impl Vocabulary {
    pub fn new(model: &Model, cfg: &Leesbaarheid) -> Self {
        let items = model.items();
        let splitter = Splitter::new(
            items
                .iter()
                .flat_map(|i| [&i.title, &i.summary, &i.body])
                .map(String::as_str),
        );
        let explained = items.iter().filter(|i| {
            matches!(
                i.kind,
                ItemType::Begrip
                    | ItemType::Afkorting
                    | ItemType::Organisatie
                    | ItemType::Initiatief
                    | ItemType::Orgaan
                    | ItemType::Bron
            )
        });
        let known = explained
            .flat_map(|i| std::iter::once(&i.title).chain(&i.aliases))
            .chain(&cfg.bekende_begrippen)
            .flat_map(|name| words(name))
            .map(|(w, _)| fold(&w))
            .collect();
        let jargon = cfg
            .vakjargon
            .iter()
            .filter_map(|label| {
                let exact = label.chars().any(char::is_uppercase);
                let ws: Vec<String> = words(label)
                    .into_iter()
                    .map(|(w, at)| if exact { original(label, at, &w) } else { w })
                    .collect();
                (!ws.is_empty()).then(|| Jargon {
                    label: label.clone(),
                    words: ws,
                    exact,
                })
            })
            .collect();
        Self {
            splitter,
            known,
            jargon,
        }
    }

    /// A vocabulary that knows only the frequency list: no names, glossary or jargon.
    pub fn plain() -> Self {
        Self {
            splitter: Splitter::default(),
            known: HashSet::new(),
            jargon: Vec::new(),
        }
    }

    /// Whether a folded word is common: in the list, or a compound of common parts.
    pub fn is_common(&self, folded: &str) -> bool {
        self.common(folded, 0)
    }

    fn common(&self, folded: &str, depth: usize) -> bool {
        is_frequent(folded)
            || (depth < 3
                && self
                    .splitter
                    .split(folded)
                    .is_some_and(|parts| parts.iter().all(|p| self.common(p, depth + 1))))
    }

    /// The uncommon, unexplained words of a sentence, in reading order.
    pub fn uncommon(&self, s: &Sentence) -> Vec<Uncommon> {
        let all = words(&s.text);
        let explained = |at: usize, len: usize| {
            s.links.iter().any(|(r, _)| r.contains(&at)) || glossed(&s.text, at, len)
        };
        let mut out = Vec::new();
        let mut covered = vec![false; all.len()];
        for j in &self.jargon {
            for start in 0..all.len().saturating_sub(j.words.len() - 1) {
                let last = j.words.len() - 1;
                let hit = all[start..start + j.words.len()]
                    .iter()
                    .zip(&j.words)
                    .enumerate()
                    .all(|(k, ((w, at), want))| {
                        let written = if j.exact {
                            original(&s.text, *at, w)
                        } else {
                            w.clone()
                        };
                        written == *want || (k == last && inflects(&written, want))
                    });
                if !hit {
                    continue;
                }
                covered[start..start + j.words.len()].fill(true);
                let (last, last_at) = &all[start + j.words.len() - 1];
                let at = all[start].1;
                if !explained(at, last_at + last.len() - at) {
                    out.push(Uncommon {
                        word: j.label.clone(),
                        at,
                        jargon: true,
                    });
                }
            }
        }
        for (i, (w, at)) in all.iter().enumerate() {
            let written = original(&s.text, *at, w);
            if covered[i]
                || w.chars().count() < MIN_LETTERS
                || written.chars().any(|c| c.is_uppercase() || c.is_numeric())
            {
                continue;
            }
            if not_prose(&s.text, *at, w.len()) {
                continue;
            }
            let folded = fold(&w.replace('’', "'"));
            if self.known.contains(&folded) || self.is_common(&folded) || explained(*at, w.len()) {
                continue;
            }
            out.push(Uncommon {
                word: w.clone(),
                at: *at,
                jargon: false,
            });
        }
        out.sort_by_key(|u| u.at);
        out
    }
}

/// A word of an address ("info@gezondemarke.nl", "www.…") or the first half of a shortened
/// compound ("dorps- of buurthuis"): not a word a reader reads on its own.
pub(crate) fn not_prose(text: &str, at: usize, len: usize) -> bool {
    let start = text[..at].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let end = text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + i);
    let chunk = &text[start..end];
    let elided = text[at + len..].starts_with('-')
        && !text[at + len + 1..].starts_with(char::is_alphanumeric);
    elided || chunk.contains('@') || chunk.contains("://") || chunk.contains("www.")
}

/// Endings of a plural or an inflected form: "procesafspraken", "SMART-doelen", "PA's".
const INFLECTIONS: &[&str] = &["en", "n", "s", "'s", "’s", "e"];

/// Whether `word` is `base` with an ending of [`INFLECTIONS`], the last consonant doubled
/// ("doel" → "doelen") or a long vowel written once ("afspraak" → "afspraken").
fn inflects(word: &str, base: &str) -> bool {
    INFLECTIONS.iter().any(|end| {
        let Some(stem) = word.strip_suffix(end) else {
            return false;
        };
        stem == base || {
            // "afspraken": the stem "afsprak" is "afspraak" with one vowel less.
            let b = base.as_bytes();
            b.len() >= 3
                && b[b.len() - 2] == b[b.len() - 3]
                && stem.len() + 1 == base.len()
                && stem.is_char_boundary(stem.len() - 1)
                && base.starts_with(&stem[..stem.len() - 1])
                && base.ends_with(&stem[stem.len() - 1..])
        }
    })
}

/// The word as the text writes it (the words of [`words`] are lower case). Lower case keeps
/// the byte length of the letters Dutch uses; where it does not, the word itself.
fn original(text: &str, at: usize, lower: &str) -> String {
    text.get(at..at + lower.len())
        .filter(|o| o.to_lowercase() == lower)
        .unwrap_or(lower)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> Sentence {
        Sentence {
            text: text.into(),
            line: 1,
            links: Vec::new(),
        }
    }

    fn found(v: &Vocabulary, text: &str) -> Vec<String> {
        v.uncommon(&sentence(text))
            .into_iter()
            .map(|u| u.word)
            .collect()
    }

    #[test]
    fn the_frequency_list_is_sorted_and_knows_everyday_words() {
        let lines: Vec<&str> = COMMON.lines().collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]));
        for w in ["huisarts", "gezondheid", "financiele", "zo'n", "inwoners"] {
            assert!(is_frequent(w), "{w}");
        }
        for w in ["reablement", "schrijfteam", "procesafspraak"] {
            assert!(!is_frequent(w), "{w}");
        }
    }

    #[test]
    fn rare_lower_case_words_count_but_names_and_glossed_words_do_not() {
        let v = Vocabulary::plain();
        assert_eq!(
            found(
                &v,
                "Het schrijfteam zette kruisjes bij de Reablement-aanpak."
            ),
            ["schrijfteam", "kruisjes"]
        );
        assert!(found(&v, "Het gaat om reablement (weer zelf leren doen).").is_empty());
        assert!(
            found(
                &v,
                "Mail info@schrijfteam.nl of kijk op https://www.schrijfteam.nl."
            )
            .is_empty()
        );
        assert!(!found(&v, "Een dorps- of buurthuis.").contains(&"dorps".to_owned()));
    }

    #[test]
    fn jargon_is_found_whatever_its_words_and_capitals_must_match() {
        let v = Vocabulary {
            jargon: vec![
                Jargon {
                    label: "co-creatie".into(),
                    words: vec!["co".into(), "creatie".into()],
                    exact: false,
                },
                Jargon {
                    label: "PA".into(),
                    words: vec!["PA".into()],
                    exact: true,
                },
            ],
            ..Vocabulary::plain()
        };
        assert_eq!(
            found(&v, "Co-creatie met de PA, zegt pa."),
            ["co-creatie", "PA"]
        );
        assert_eq!(found(&v, "Twee PA's."), ["PA"]);
    }

    #[test]
    fn plurals_of_jargon_are_the_jargon() {
        assert!(inflects("procesafspraken", "procesafspraak"));
        assert!(inflects("doelen", "doel"));
        assert!(inflects("oplossingsrichtingen", "oplossingsrichting"));
        assert!(!inflects("procesafspraak", "procesafspraak"));
        assert!(!inflects("doelgroep", "doel"));
    }
}
