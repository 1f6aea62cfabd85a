//! Which item a person means by what they type on the command line: its id (`2-1-1-a`), its
//! code (`2.1.1.A`, any case), or a name (`ROAZ`, `zilveren kruis`: the title, an alias or a
//! variant of an abbreviation, any case).
//!
//! Staff know items by code and abbreviation, not by id, so every command that takes an item
//! asks this one question. The tiers go from exact to loose, and the first tier that names
//! anything decides: an id never loses to a title that happens to be the same. When a tier
//! names more than one item, the caller gets them all and lets the user choose; a guess would
//! show (or, for `marke status`, write to) the wrong item.

use super::{Item, ItemType, Model, slug};

/// What a name typed by a user points at.
#[derive(Debug)]
pub enum Lookup<'a> {
    Found(&'a Item),
    /// Two or more items answer to the name, sorted by id.
    Ambiguous(Vec<&'a Item>),
    NotFound,
}

impl Model {
    /// The item `wanted` names: by id, then by code, then by name. See the module docs.
    pub fn lookup(&self, wanted: &str) -> Lookup<'_> {
        let w = wanted.trim();
        if let Some(item) = self.get(w).or_else(|| self.get(&slug(w))) {
            return Lookup::Found(item);
        }
        let lower = w.to_lowercase();
        if lower.is_empty() {
            return Lookup::NotFound;
        }
        let by_code = self.matching(|i| {
            [&i.facts.code, &i.facts.alias_code]
                .into_iter()
                .flatten()
                .any(|c| c.to_lowercase() == lower)
        });
        if !matches!(by_code, Lookup::NotFound) {
            return by_code;
        }
        self.matching(|i| names(i).any(|n| n.to_lowercase() == lower))
    }

    fn matching(&self, pred: impl Fn(&Item) -> bool) -> Lookup<'_> {
        let mut found: Vec<&Item> = self.items().iter().filter(|i| pred(i)).collect();
        match found.len() {
            0 => Lookup::NotFound,
            1 => Lookup::Found(found[0]),
            _ => {
                found.sort_by(|a, b| a.id.cmp(&b.id));
                Lookup::Ambiguous(found)
            }
        }
    }
}

/// The names people use for an item: its title, its aliases, and for an abbreviation the
/// other ways to write it (`ROAZ-plannen`).
fn names(item: &Item) -> impl Iterator<Item = &String> {
    let variants = match item.kind {
        ItemType::Afkorting => item.facts.varianten.as_slice(),
        _ => &[],
    };
    std::iter::once(&item.title)
        .chain(&item.aliases)
        .chain(variants)
}

#[cfg(test)]
mod tests {
    use super::Lookup;
    use crate::model::Model;
    use crate::model::fixture::tui as fixture;

    fn found(m: &Model, wanted: &str) -> Option<String> {
        match m.lookup(wanted) {
            Lookup::Found(item) => Some(item.id.clone()),
            _ => None,
        }
    }

    #[test]
    fn id_code_and_name_in_any_case_name_the_same_item() {
        let m = fixture();
        let afspraak = m.items().iter().find(|i| i.facts.code.is_some()).unwrap();
        let code = afspraak.facts.code.clone().unwrap();
        assert_eq!(found(&m, &afspraak.id), Some(afspraak.id.clone()));
        assert_eq!(found(&m, &code), Some(afspraak.id.clone()));
        assert_eq!(found(&m, &code.to_lowercase()), Some(afspraak.id.clone()));
        assert_eq!(
            found(&m, &format!("  {}  ", afspraak.title.to_uppercase())),
            Some(afspraak.id.clone())
        );
        assert!(matches!(m.lookup("bestaat-echt-niet"), Lookup::NotFound));
        assert!(matches!(m.lookup("  "), Lookup::NotFound));
    }
}
