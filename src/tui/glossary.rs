//! The glossary at hand: which begrippen and afkortingen a text mentions. Afkortingen match
//! with their exact case ("IZA", not "iza" inside a word); begrippen ignore case. Matches are
//! whole words only.

use crate::model::{Item, ItemType, Model};
use crate::text::plain_text;

/// Every name a begrip or afkorting goes by, once, ready to look up.
pub struct Glossary {
    /// (needle, index of the item, exact case)
    terms: Vec<(String, usize, bool)>,
}

impl Glossary {
    pub fn new(model: &Model) -> Self {
        let mut terms = Vec::new();
        for (i, it) in model.items().iter().enumerate() {
            let exact = match it.kind {
                ItemType::Afkorting => true,
                ItemType::Begrip => false,
                _ => continue,
            };
            for name in std::iter::once(&it.title)
                .chain(&it.aliases)
                .chain(&it.facts.varianten)
            {
                if name.chars().count() >= 2 {
                    let needle = if exact {
                        name.clone()
                    } else {
                        name.to_lowercase()
                    };
                    terms.push((needle, i, exact));
                }
            }
        }
        Self { terms }
    }

    /// The glossary items `item` mentions (never itself), in the order of the glossary.
    pub fn find<'a>(&self, model: &'a Model, item: &Item) -> Vec<&'a Item> {
        let text = format!("{} {} {}", item.title, item.summary, plain_text(&item.body));
        let lower = text.to_lowercase();
        let mut out: Vec<usize> = Vec::new();
        for (needle, i, exact) in &self.terms {
            let hay = if *exact { &text } else { &lower };
            if !out.contains(i) && model.items()[*i].id != item.id && contains_word(hay, needle) {
                out.push(*i);
            }
        }
        let mut items: Vec<&Item> = out.into_iter().map(|i| &model.items()[i]).collect();
        items.sort_by_key(|i| i.title.to_lowercase());
        items
    }
}

fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(at, m)| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::contains_word;

    #[test]
    fn whole_words_only() {
        assert!(contains_word("de IZA en meer", "IZA"));
        assert!(!contains_word("de IZAB", "IZA"));
        assert!(contains_word("(IZA)", "IZA"));
    }
}
