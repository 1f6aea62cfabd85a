//! Rules that need the whole model: an item nothing links to, a model without its Droom.

use std::path::Path;

use crate::diag::{Code, Diagnostic};
use crate::model::{ItemType, Model, Relation};

/// An item that links nowhere and that nothing links to is probably forgotten.
pub(super) fn warn_orphans(model: &Model, diags: &mut Vec<Diagnostic>) {
    for item in model.items() {
        let isolated = item.links.iter().all(|l| l.rel == Relation::Bron)
            && model.backlinks(&item.id).is_empty();
        if isolated
            && !matches!(
                item.kind,
                ItemType::Pagina | ItemType::Droom | ItemType::Bron
            )
        {
            diags.push(
                Diagnostic::warning(
                    Code::Wees,
                    &item.location.path,
                    format!(
                        "niets verwijst naar '{}', en het verwijst zelf nergens naar",
                        item.id
                    ),
                )
                .at(item.location.line, 1)
                .hint("link het vanuit een verwant onderdeel, of voeg 'links' toe"),
            );
        }
    }
}

/// Without the Drentse Droom the browser and the site have no place to start.
pub(super) fn warn_no_droom(model: &Model, diags: &mut Vec<Diagnostic>) {
    if model.get(crate::model::DROOM_ID).is_none() && !model.is_empty() {
        diags.push(
            Diagnostic::warning(
                Code::GeenDroom,
                Path::new("content"),
                "er is geen onderdeel met id 'drentse-droom'",
            )
            .hint("de Drentse Droom is het begin van de navigatie; maak content/droom/drentse-droom.md"),
        );
    }
}
