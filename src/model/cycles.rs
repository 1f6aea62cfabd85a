//! `deel_van` chains that come back to where they started. An item that is part of itself,
//! directly or through others, has no place in the hierarchy: its breadcrumb has no top and
//! going up (`h` in the browser) goes round. Each cycle is one error that names its items.
//!
//! Every item has at most one `deel_van`, so following them from each item, and never twice
//! from the same item, finds every cycle in time linear in the number of items.

use super::{Model, Relation};
use crate::diag::Diagnostic;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seen {
    Not,
    OnPath,
    Done,
}

/// One error per `deel_van` cycle, at the item of the cycle that comes first in the model.
pub(super) fn deel_van_cycles(model: &Model) -> Vec<Diagnostic> {
    let items = model.items();
    let parent = |i: usize| {
        items[i]
            .first(Relation::DeelVan)
            .and_then(|id| model.index_of(id))
    };
    let mut seen = vec![Seen::Not; items.len()];
    let mut out = Vec::new();
    for start in 0..items.len() {
        let mut path = Vec::new();
        let mut cur = Some(start);
        while let Some(i) = cur.filter(|&i| seen[i] == Seen::Not) {
            seen[i] = Seen::OnPath;
            path.push(i);
            cur = parent(i);
        }
        if let Some(i) = cur.filter(|&i| seen[i] == Seen::OnPath)
            && let Some(pos) = path.iter().position(|&p| p == i)
        {
            out.push(cycle_error(model, &path[pos..]));
        }
        for i in path {
            seen[i] = Seen::Done;
        }
    }
    out
}

fn cycle_error(model: &Model, cycle: &[usize]) -> Diagnostic {
    let items = model.items();
    let first = cycle.iter().copied().min().unwrap_or(cycle[0]);
    let turn = cycle.iter().position(|&i| i == first).unwrap_or(0);
    let ids: Vec<&str> = cycle[turn..]
        .iter()
        .chain(&cycle[..turn])
        .chain(std::iter::once(&first))
        .map(|&i| items[i].id.as_str())
        .collect();
    let item = &items[first];
    let message = if cycle.len() == 1 {
        format!("'{}' is deel van zichzelf (deel_van: {})", item.id, item.id)
    } else {
        format!("deel_van gaat in een kring: {}", ids.join(" → "))
    };
    Diagnostic::error("deel-van-kring", &item.location.path, message)
        .at(item.location.line, 0)
        .hint("een onderdeel kan niet (via andere) deel van zichzelf zijn; haal één deel_van weg of wijs naar het grotere geheel")
}
