//! The model as data for other programs: `marke export --format json` here, the spreadsheet
//! and calendar exports in [`csv`] and [`ics`]. What people read (facts lines, plain text)
//! is in [`crate::text`].
//!
//! The JSON shape is documented in `schema/export.schema.json`; a test validates real output
//! against it.

pub mod csv;
pub mod ics;

use serde::Serialize;

use crate::model::{Facts, Item, Model, Relation, SourceRef};

/// The whole export: one object with an `items` array.
#[derive(Debug, Serialize)]
pub struct Export<'a> {
    pub marke: &'static str,
    pub items: Vec<ExportItem<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ExportItem<'a> {
    pub id: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
    /// The note about the source (`## Over de bron`), for editors; empty if there is none.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub bron_notitie: &'a str,
    pub source: Option<&'a SourceRef>,
    pub aliases: &'a [String],
    pub facts: &'a Facts,
    pub links: Vec<ExportLink<'a>>,
    pub backlinks: Vec<ExportLink<'a>>,
    /// Ids from the top of the hierarchy down to this item.
    pub breadcrumb: Vec<&'a str>,
    /// Site path, e.g. `opgaven/netwerkaanpak/`.
    pub url: String,
    /// Content file relative to the content folder, and the line the item starts on.
    pub file: &'a str,
    pub line: usize,
}

#[derive(Debug, Serialize)]
pub struct ExportLink<'a> {
    pub id: &'a str,
    pub rel: Relation,
}

pub fn export(model: &Model) -> Export<'_> {
    Export {
        marke: env!("CARGO_PKG_VERSION"),
        items: model.items().iter().map(|i| item(model, i)).collect(),
    }
}

/// One item in the export's shape: `marke show --json` prints this, so a script reads one
/// item the same way it reads the whole export.
pub fn item<'a>(model: &'a Model, item: &'a Item) -> ExportItem<'a> {
    ExportItem {
        id: &item.id,
        kind: item.kind.name(),
        title: &item.title,
        summary: &item.summary,
        body: &item.body,
        bron_notitie: &item.source_note,
        source: item.source.as_ref(),
        aliases: &item.aliases,
        facts: &item.facts,
        links: item
            .links
            .iter()
            .map(|l| ExportLink {
                id: &l.target,
                rel: l.rel,
            })
            .collect(),
        backlinks: model
            .backlinks(&item.id)
            .into_iter()
            .map(|(from, rel)| ExportLink { id: &from.id, rel })
            .collect(),
        breadcrumb: model
            .breadcrumb(item)
            .iter()
            .map(|i| i.id.as_str())
            .collect(),
        url: item.url_path(),
        file: &item.location.rel_path,
        line: item.location.line,
    }
}
