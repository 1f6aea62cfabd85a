//! The model as data for other programs: `marke export --format json`, and the plain-text
//! pieces `marke show` and the browser share (facts as label/value lines, Markdown as text).
//!
//! The JSON shape is documented in `schema/export.schema.json`; a test validates real output
//! against it. The spreadsheet and calendar exports live in [`csv`] and [`ics`].

pub mod csv;
pub mod ics;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
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
    let items = model
        .items()
        .iter()
        .map(|item| ExportItem {
            id: &item.id,
            kind: item.kind.name(),
            title: &item.title,
            summary: &item.summary,
            body: &item.body,
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
        })
        .collect();
    Export {
        marke: env!("CARGO_PKG_VERSION"),
        items,
    }
}

/// Titles of the items a relation points at, joined: "GGD Drenthe, Treant".
fn titles(model: &Model, item: &Item, rel: Relation) -> Option<String> {
    let v: Vec<String> = item
        .targets(rel)
        .filter_map(|id| model.get(id))
        .map(Item::display_title)
        .collect();
    (!v.is_empty()).then(|| v.join(", "))
}

/// The facts of an item as (label, value) lines, in reading order. Shared by `show`, the
/// browser's detail pane and the site, so all three say the same.
pub fn facts_lines(model: &Model, item: &Item) -> Vec<(&'static str, String)> {
    let f = &item.facts;
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut push = |label: &'static str, v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            out.push((label, v));
        }
    };
    push("Code", f.code.clone());
    push("Code in hoofdstuk 2", f.alias_code.clone());
    push("Soort", f.soort.clone());
    push("Voluit", f.voluit.clone());
    push("Tagline", f.tagline.clone());
    push("Ambitie", f.ambitie.clone());
    push(
        "Waarde",
        f.waarde.as_ref().map(|w| {
            format!("{w} {}", f.eenheid.clone().unwrap_or_default())
                .trim()
                .to_owned()
        }),
    );
    push("Jaar", f.jaar.clone());
    push("Gebied", f.gebied.clone());
    push("Opgave", titles(model, item, Relation::Opgave));
    push("Strategisch doel", titles(model, item, Relation::Doel));
    push(
        "Gepland",
        f.gepland.map(|g| match &f.gepland_tekst {
            Some(t) if !t.eq_ignore_ascii_case(&g.display()) => {
                format!("{} (in de bron: \"{t}\")", g.display())
            }
            _ => g.display(),
        }),
    );
    push(
        "Tijdlijn",
        (!f.tijdlijn.is_empty()).then(|| {
            f.tijdlijn
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        }),
    );
    push("Status", crate::model::agenda::status_text(item));
    push(
        "Streefwaarden",
        (!f.streefwaarden.is_empty()).then(|| f.streefwaarden.join("; ")),
    );
    push(
        "Initiatiefnemers",
        titles(model, item, Relation::Initiatiefnemers)
            .or_else(|| f.initiatiefnemers_tekst.clone()),
    );
    push("Initiatieven", titles(model, item, Relation::Initiatieven));
    push("Prioriteit", f.prioriteit.clone());
    push("Verankering", f.verankering.clone());
    push("Thema's", titles(model, item, Relation::Themas));
    push("Opgaven", titles(model, item, Relation::Opgaven));
    push("Afspraken", titles(model, item, Relation::Afspraken));
    push("Organisaties", titles(model, item, Relation::Organisaties));
    push("Focusthema's", titles(model, item, Relation::Focusthemas));
    push("Begrip", titles(model, item, Relation::Begrip));
    push("Onderdeel van", titles(model, item, Relation::DeelVan));
    push(
        "Andere uitleg in de bronnen",
        (!f.varianten.is_empty()).then(|| f.varianten.join("; ")),
    );
    push(
        "Kernwoorden",
        (!f.kernwoorden.is_empty()).then(|| f.kernwoorden.join(", ")),
    );
    push(
        "Ook bekend als",
        (!item.aliases.is_empty()).then(|| item.aliases.join(", ")),
    );
    push("Bestand", f.bestand.clone());
    push("Aantal regels", f.regels_totaal.map(|n| n.to_string()));
    push("Webadres", f.url.clone());
    push(
        "Bron",
        item.source.as_ref().map(|s| {
            let title = model
                .get(&s.document)
                .map_or(s.document.as_str(), |d| d.title.as_str());
            s.describe(title)
        }),
    );
    out
}

/// Markdown as readable plain text: headings on their own line, list items with "- ",
/// item links as their text. Raw HTML is shown as text, never interpreted.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    let mut list_depth = 0usize;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => out.push('\n'),
            Event::End(TagEnd::Heading(_)) => out.push_str("\n\n"),
            Event::End(TagEnd::Paragraph) => {
                out.push_str(if list_depth > 0 { "\n" } else { "\n\n" })
            }
            Event::Start(Tag::List(_)) => list_depth += 1,
            Event::End(TagEnd::List(_)) => {
                list_depth = list_depth.saturating_sub(1);
                if list_depth == 0 {
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                out.push_str(&"  ".repeat(list_depth.saturating_sub(1)));
                out.push_str("- ");
            }
            Event::End(TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            Event::End(TagEnd::TableCell) => out.push_str(" | "),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => out.push('\n'),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_words_and_shows_html_as_text() {
        let t = plain_text("# Kop\n\nEen [link](@x) en <b>vet</b>.\n\n- een\n- twee\n");
        assert!(t.contains("Kop\n"), "{t}");
        assert!(t.contains("Een link en <b>vet</b>."), "{t}");
        assert!(t.contains("- een\n- twee"), "{t}");
    }
}
