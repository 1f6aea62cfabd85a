//! Which afspraak the user means: its code (`2.1.1.A`, any case), its id (`2-1-1-a`) or a
//! name, as [`Model::lookup`] resolves it for every command.
//!
//! A status is written into a file, so a guess is never good enough: only an exact code, id or
//! name is accepted. Anything else gets the nearest candidates as a suggestion, or the list of
//! afspraken that start the same way.

use super::Problem;
use crate::model::{Item, ItemType, Lookup, Model, slug};

/// At most this many candidates are named in a message.
const SHOWN: usize = 8;

/// The afspraak `wanted` names exactly.
pub fn find<'a>(model: &'a Model, wanted: &str) -> Result<&'a Item, Problem> {
    let w = wanted.trim();
    let lower = w.to_lowercase();
    // Something else than an afspraak by that name (the doel 2.1.1 by its chapter-2 code):
    // the afspraken under that code help more than "a doel has no status", so those first.
    let other = match model.lookup(w) {
        Lookup::Found(item) if item.kind == ItemType::Afspraak => return Ok(item),
        Lookup::Found(item) => Some(item),
        Lookup::Ambiguous(many) => {
            return Err(Problem::new(
                format!("'{w}' past bij meer dan één onderdeel"),
                format!("geef de id: {}", names(&many, |i| i.id.clone())),
            ));
        }
        Lookup::NotFound => None,
    };
    let afspraken = model.of_type(ItemType::Afspraak);
    let starting: Vec<&Item> = afspraken
        .iter()
        .copied()
        .filter(|a| {
            let s = slug(w);
            (!s.is_empty() && a.id.starts_with(&s))
                || (!lower.is_empty() && code(a).to_lowercase().starts_with(&lower))
        })
        .collect();
    if starting.len() > 1 {
        return Err(Problem::new(
            format!("'{w}' past bij {} afspraken", starting.len()),
            format!("geef de hele code: {}", names(&starting, |i| label(i))),
        ));
    }
    if let Some(item) = other {
        return afspraak(item);
    }
    let near = nearest(&afspraken, &lower);
    let hint = match starting.first().or(near.first()) {
        Some(best) => format!("bedoelt u {}?", label(best)),
        None => format!("zoek de code met 'marke search {w} type:afspraak'"),
    };
    Err(Problem::new(
        format!("er is geen afspraak met code of id '{w}'"),
        hint,
    ))
}

/// Only afspraken have a status.
fn afspraak(item: &Item) -> Result<&Item, Problem> {
    if item.kind == ItemType::Afspraak {
        return Ok(item);
    }
    Err(Problem::new(
        format!(
            "'{}' is een {}; alleen een afspraak heeft een status",
            item.display_title(),
            item.kind.label().to_lowercase()
        ),
        "geef de code van een afspraak, bijvoorbeeld 2.1.1.A".to_owned(),
    ))
}

fn code(item: &Item) -> &str {
    item.facts.code.as_deref().unwrap_or(&item.id)
}

/// "2.1.1.A (Een Drentse uitleg van community care)"
fn label(item: &Item) -> String {
    format!("{} ({})", code(item), item.title)
}

fn names(items: &[&Item], show: impl Fn(&&Item) -> String) -> String {
    let mut out: Vec<String> = items.iter().take(SHOWN).map(show).collect();
    if items.len() > SHOWN {
        out.push(format!("en nog {}", items.len() - SHOWN));
    }
    out.join(", ")
}

/// The afspraken whose code or id is a small typo away, nearest first.
fn nearest<'a>(afspraken: &[&'a Item], lower: &str) -> Vec<&'a Item> {
    crate::diag::nearest(lower, afspraken.iter().copied(), |a| {
        vec![code(a).to_lowercase(), a.id.clone()]
    })
}
