//! The facts of an item as (label, value) lines, in reading order. `marke show`, the
//! browser's detail pane and the site's item page all show these lines, so all three say the
//! same. Some facts are about the source document rather than the subject (where it says it,
//! the code in another chapter, the tagline): [`is_about_source`] tells them apart, and the
//! site shows those only inside "Over de bron", with the note about the source.

use crate::model::{Item, Model, Relation};

/// Titles of the items a relation points at, joined: "GGD Drenthe, Treant".
fn titles(model: &Model, item: &Item, rel: Relation) -> Option<String> {
    let v: Vec<String> = item
        .targets(rel)
        .filter_map(|id| model.get(id))
        .map(Item::display_title)
        .collect();
    (!v.is_empty()).then(|| v.join(", "))
}

/// Labels of the facts that describe the source rather than the subject: for editors and
/// staff, not for residents. The terminal and `marke show` show them with the others.
const ABOUT_SOURCE: &[&str] = &[
    "Code in hoofdstuk 2",
    "Tagline",
    "Kernwoorden",
    "Andere uitleg in de bronnen",
    "Bestand",
    "Aantal regels",
    "Bron",
];

/// Whether a fact line (by its label from [`facts_lines`]) is about the source document.
pub fn is_about_source(label: &str) -> bool {
    ABOUT_SOURCE.contains(&label)
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
