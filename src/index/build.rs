//! From the model to tantivy documents: what text each item contributes to each part, and
//! the keyword fields the filters use.

use tantivy::TantivyDocument;

use super::analyzer::{DutchStemmer, StemCache, raw_and_stemmed, raw_text};
use super::expand::{Expander, PartsCache};
use super::schema::{Fields, Part};
use crate::model::{Item, ItemType, Model, Planned, Relation};
use crate::text::plain_text;

/// The text of one item per part, before analysis.
#[derive(Debug, Default)]
pub struct ItemText {
    pub title: String,
    /// The title and each other name, one per entry.
    pub name_list: Vec<String>,
    pub names: String,
    pub summary: String,
    /// Plain text of the body on one line, plus facts written as text.
    pub body: String,
}

impl ItemText {
    pub fn part(&self, part: Part) -> &str {
        match part {
            Part::Title => &self.title,
            Part::Names => &self.names,
            Part::Summary => &self.summary,
            Part::Body => &self.body,
        }
    }
}

/// Collapses all whitespace to single spaces, so snippets read as one line.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn item_text(model: &Model, item: &Item) -> ItemText {
    let f = &item.facts;
    let mut names: Vec<String> = item.aliases.clone();
    names.extend(f.code.iter().chain(&f.alias_code).cloned());
    names.extend(f.voluit.iter().cloned());
    names.extend(f.varianten.iter().cloned());
    names.extend(f.kernwoorden.iter().cloned());
    if item.kind == ItemType::Begrip {
        // A begrip is found by its abbreviations: the afkortingen that point at it.
        for (from, rel) in model.backlinks(&item.id) {
            if rel == Relation::Begrip && from.kind == ItemType::Afkorting {
                names.push(from.title.clone());
            }
        }
    }
    let summary = [Some(&item.summary), f.tagline.as_ref(), f.ambitie.as_ref()]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let mut body = one_line(&plain_text(&item.body));
    let extra = [
        f.gepland_tekst.as_ref(),
        f.initiatiefnemers_tekst.as_ref(),
        f.prioriteit.as_ref(),
        f.verankering.as_ref(),
        f.gebied.as_ref(),
    ];
    for e in extra.into_iter().flatten().chain(&f.streefwaarden) {
        body.push_str(" · ");
        body.push_str(e);
    }
    let joined = names.join(" · ");
    names.insert(0, item.title.clone());
    ItemText {
        title: item.title.clone(),
        name_list: names,
        names: joined,
        summary,
        body,
    }
}

/// Years an item is planned or measured in, for `jaar:`.
fn years(item: &Item) -> Vec<String> {
    let f = &item.facts;
    let mut out: Vec<String> = f.tijdlijn.iter().map(u16::to_string).collect();
    out.extend(f.gepland.and_then(Planned::year).map(|y| y.to_string()));
    if let Some(j) = &f.jaar {
        out.extend(
            j.split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .map(str::to_owned),
        );
    }
    out.sort();
    out.dedup();
    out
}

/// Ids of the opgaven an item belongs to or touches, for `opgave:`.
pub fn opgaven(model: &Model, item: &Item) -> Vec<String> {
    let mut out: Vec<String> = model
        .opgave_of(item)
        .map(|o| o.id.clone())
        .into_iter()
        .collect();
    out.extend(
        item.targets(Relation::Opgaven)
            .chain(item.targets(Relation::Opgave))
            .map(str::to_owned),
    );
    out.dedup();
    out
}

/// Ids of the organisations an item names, and the organisation itself, for `org:`.
fn organisations(item: &Item) -> Vec<String> {
    let mut out: Vec<String> = item
        .targets(Relation::Initiatiefnemers)
        .chain(item.targets(Relation::Organisaties))
        .map(str::to_owned)
        .collect();
    if item.kind == ItemType::Organisatie {
        out.push(item.id.clone());
        out.extend(item.targets(Relation::DeelVan).map(str::to_owned));
    }
    out
}

/// What indexing remembers from one item to the next: the same words recur everywhere.
#[derive(Debug, Default)]
pub struct Caches {
    pub stems: StemCache,
    pub parts: PartsCache,
}

/// One tantivy document for the item at `idx`.
pub fn document(
    model: &Model,
    idx: usize,
    text: &ItemText,
    expander: &Expander,
    stemmer: &DutchStemmer,
    caches: &mut Caches,
    fields: &Fields,
) -> TantivyDocument {
    let item = &model.items()[idx];
    let mut doc = TantivyDocument::default();
    for part in Part::ALL {
        let mut t = text.part(part).to_owned();
        // An abbreviation or synonym in the title or another name finds the other form as a
        // name ("Spoedeisende Hulp", the SEH's name in full, finds "eerste hulp"); elsewhere as
        // body text.
        match part {
            Part::Names => {
                t.push_str(&expander.counterparts(&text.title, stemmer));
                t.push_str(&expander.counterparts(&text.names, stemmer));
            }
            Part::Body => {
                t.push_str(" · ");
                t.push_str(&expander.counterparts(&text.summary, stemmer));
                t.push_str(&expander.counterparts(&text.body, stemmer));
            }
            _ => {}
        }
        let (raw, stemmed) = raw_and_stemmed(stemmer, &mut caches.stems, &t);
        let parts = expander.parts_field(&t, stemmer, &mut caches.parts, &mut caches.stems);
        doc.add_text(fields.raw(part), raw);
        doc.add_text(fields.stem(part), stemmed);
        doc.add_text(fields.parts(part), parts);
    }
    for name in &text.name_list {
        doc.add_text(fields.name_exact, raw_text(name));
    }
    doc.add_text(fields.kind, item.kind.name());
    for o in opgaven(model, item) {
        doc.add_text(fields.opgave, o);
    }
    for y in years(item) {
        doc.add_text(fields.jaar, y);
    }
    for o in organisations(item) {
        doc.add_text(fields.org, o);
    }
    doc.add_u64(fields.idx, idx as u64);
    doc
}
