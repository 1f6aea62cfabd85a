//! Abbreviations and their expansions, so that each finds the other.
//!
//! Every `afkorting` item gives short forms (its title, `GGZ`, and short variants) and long
//! forms (`voluit` and long variants, "Geestelijke Gezondheidszorg"). When an item's text uses
//! one form, the index adds the other to that item, so `ggz` finds a text that only says
//! "geestelijke gezondheidszorg" and the other way round. A short form only counts in a text
//! when it is written with a capital (`SO`, not the word `so`).

use std::collections::HashMap;

use super::analyzer::{Token, fold, tokenize};
use crate::model::{ItemType, Model};

/// One abbreviation: folded word sequences of its forms.
#[derive(Debug)]
struct Entry {
    short: Vec<Vec<String>>,
    long: Vec<Vec<String>>,
    /// The forms as written, to add as text: title first, then voluit.
    short_text: String,
    long_text: String,
}

/// All abbreviations, looked up by the first word of a form.
#[derive(Debug, Default)]
pub struct Abbreviations {
    entries: Vec<Entry>,
    /// First folded word → (entry, is short form, form index).
    by_first: HashMap<String, Vec<(usize, bool, usize)>>,
}

fn words(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.folded).collect()
}

/// Whether a variant is another way to write the abbreviation itself (`GGz`, `CTV-punten`).
fn is_short_variant(variant: &str, title_word: &str) -> bool {
    let first = variant.split(|c: char| !c.is_alphanumeric()).next();
    first.is_some_and(|w| {
        fold(w) == title_word || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
    })
}

impl Abbreviations {
    pub fn from_model(model: &Model) -> Self {
        let mut out = Abbreviations::default();
        for item in model
            .items()
            .iter()
            .filter(|i| i.kind == ItemType::Afkorting)
        {
            let title_words = words(&item.title);
            let Some(first) = title_words.first().cloned() else {
                continue;
            };
            let mut short = vec![title_words.clone()];
            if title_words.len() > 1 {
                short.push(vec![first.clone()]);
            }
            let voluit = item
                .facts
                .voluit
                .clone()
                .filter(|v| !v.to_lowercase().starts_with("onbekend"));
            let mut long: Vec<Vec<String>> = voluit.iter().map(|v| words(v)).collect();
            for v in &item.facts.varianten {
                if is_short_variant(v, &first) {
                    short.push(words(v));
                } else {
                    long.push(words(v));
                }
            }
            long.retain(|w| w.len() >= 2 || w.first().is_some_and(|w| w.len() >= 8));
            short.retain(|w| !w.is_empty());
            out.entries.push(Entry {
                short,
                long,
                short_text: item.title.clone(),
                long_text: voluit.unwrap_or_default(),
            });
        }
        for (e, entry) in out.entries.iter().enumerate() {
            let forms = entry.short.iter().map(|f| (true, f));
            let forms = forms.chain(entry.long.iter().map(|f| (false, f)));
            for (n, (is_short, form)) in forms.enumerate() {
                out.by_first
                    .entry(form[0].clone())
                    .or_default()
                    .push((e, is_short, n));
            }
        }
        out
    }

    /// The text to add to a text that uses abbreviations or expansions: for each one found,
    /// the other form. Empty when none is found.
    pub fn counterparts(&self, text: &str) -> String {
        let tokens = tokenize(text);
        let mut found: Vec<(usize, bool)> = Vec::new();
        for (i, tok) in tokens.iter().enumerate() {
            let Some(cands) = self.by_first.get(&tok.folded) else {
                continue;
            };
            for &(e, is_short, n) in cands {
                let entry = &self.entries[e];
                let form = if is_short {
                    &entry.short[n]
                } else {
                    &entry.long[n - entry.short.len()]
                };
                if matches_at(&tokens[i..], form)
                    && (!is_short || has_capital(text, tok))
                    && !found.contains(&(e, is_short))
                {
                    found.push((e, is_short));
                }
            }
        }
        let mut out = String::new();
        for (e, is_short) in found {
            let entry = &self.entries[e];
            out.push_str(if is_short {
                &entry.long_text
            } else {
                &entry.short_text
            });
            out.push_str(" . ");
        }
        out
    }
}

fn matches_at(tokens: &[Token], form: &[String]) -> bool {
    tokens.len() >= form.len() && tokens.iter().zip(form).all(|(t, w)| &t.folded == w)
}

fn has_capital(text: &str, tok: &Token) -> bool {
    text[tok.range.clone()].chars().any(char::is_uppercase)
}
