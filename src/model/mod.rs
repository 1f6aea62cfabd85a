//! The validated model: typed items, their links, and the backlinks computed from them.
//!
//! In: what `content` read. Out: a [`Model`] in which every link resolves, plus diagnostics for
//! whatever did not validate. Everything downstream (search, browser, site, checks) reads this
//! one model, so they always agree. No I/O happens here.
//!
//! Over 400 lines because it holds the item types and the `Model` with its domain questions
//! (children, parent, breadcrumb, backlinks, counts) in one place, so every reader asks them
//! here; the builders and rules live in submodules.

pub mod agenda;
mod body;
mod build;
mod cycles;
pub mod date;
#[cfg(test)]
pub(crate) mod fixture;
mod history;
pub mod href;
pub mod kinds;
pub mod links;
mod load;
mod lookup;
pub mod markdown;
pub mod note;
mod order;
pub mod planned;
mod texts;

use std::collections::HashMap;
use std::path::PathBuf;

use serde::Serialize;

pub use agenda::Update;
pub use build::{build, slug};
pub use date::Date;
pub use history::future_updates;
pub use kinds::ItemType;
pub use links::{Link, Relation};
pub use load::Checked;
pub use lookup::Lookup;
pub use planned::{Planned, Status, UNPLANNED};

/// Where a fact comes from.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SourceRef {
    /// Id of a `bron` item.
    pub document: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sectie: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagina: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regels: Option<String>,
    /// Line and column of `regels` in the item's file (0 = unknown), for the check that the
    /// lines exist in the document.
    #[serde(skip)]
    pub regels_at: (usize, usize),
}

impl SourceRef {
    /// "Regioplan, sectie 2.1.1, regels 1254-1264" given the document's title.
    pub fn describe(&self, title: &str) -> String {
        let mut out = title.to_owned();
        if let Some(s) = &self.sectie {
            out.push_str(&format!(", sectie {s}"));
        }
        if let Some(p) = &self.pagina {
            out.push_str(&format!(", pagina {p}"));
        }
        if let Some(r) = &self.regels {
            out.push_str(&format!(", regels {r}"));
        }
        out
    }
}

/// Where an item is written, for error messages and "edit this page".
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    /// Path of the file, as found under the content folder.
    pub path: PathBuf,
    /// Path relative to the content folder, with `/` separators.
    pub rel_path: String,
    pub line: usize,
    /// File lines where the title, the summary and the body start (0 = unknown); the
    /// readability check points at sentences with them.
    #[serde(skip)]
    pub title_line: usize,
    #[serde(skip)]
    pub summary_line: usize,
    #[serde(skip)]
    pub body_line: usize,
}

/// Type-specific facts. Empty where the type does not have them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soort: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gepland: Option<Planned>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gepland_tekst: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tijdlijn: Vec<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The status history, oldest first; the last update agrees with `status`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub voortgang: Vec<Update>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub streefwaarden: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiatiefnemers_tekst: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub onderdelen: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ambitie: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tagline: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kernwoorden: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prioriteit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verankering: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voluit: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub varianten: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_bronlijst: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waarde: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eenheid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jaar: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gebied: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bestand: Option<String>,
    /// Number of lines of a source document's file, so `bron.regels` can be checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regels_totaal: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One item of the knowledge base.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: ItemType,
    pub title: String,
    pub summary: String,
    /// The public text: Markdown, with item links written as `[tekst](@id)`.
    pub body: String,
    /// The note about the source (Markdown, without its heading `## Over de bron`; empty if
    /// there is none): for editors and staff, never counted or indexed as public text.
    /// See [`note`].
    pub source_note: String,
    pub source: Option<SourceRef>,
    pub aliases: Vec<String>,
    pub order: Option<i64>,
    pub facts: Facts,
    /// Outgoing links, in the order written; all targets exist.
    pub links: Vec<Link>,
    pub location: Location,
}

impl Item {
    /// The code if there is one, else the title: how lists sort and show an item.
    pub fn code_or_title(&self) -> &str {
        self.facts.code.as_deref().unwrap_or(&self.title)
    }

    /// "2.1.1.A Een Drentse uitleg..." or just the title.
    pub fn display_title(&self) -> String {
        match &self.facts.code {
            Some(code) if !self.title.starts_with(code.as_str()) => {
                format!("{code} {}", self.title)
            }
            _ => self.title.clone(),
        }
    }

    /// Site path without the leading slash: `opgaven/netwerkaanpak/`.
    pub fn url_path(&self) -> String {
        match self.kind.url_segment() {
            "" => format!("{}/", self.id),
            seg => format!("{seg}/{}/", self.id),
        }
    }

    /// The first target of a relation, e.g. the `doel` of an afspraak.
    pub fn first(&self, rel: Relation) -> Option<&str> {
        self.links
            .iter()
            .find(|l| l.rel == rel)
            .map(|l| l.target.as_str())
    }

    /// All targets of a relation, in the order written.
    pub fn targets(&self, rel: Relation) -> impl Iterator<Item = &str> {
        self.links
            .iter()
            .filter(move |l| l.rel == rel)
            .map(|l| l.target.as_str())
    }
}

/// A link pointing at an item, seen from the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Backlink {
    /// Index of the item that links here.
    pub from: usize,
    pub rel: Relation,
}

/// All items, looked up by id, with backlinks.
#[derive(Debug, Default)]
pub struct Model {
    items: Vec<Item>,
    /// Asked for every link on every page: foldhash, not std's SipHash (SipHash was 5 % of
    /// the main thread of a `marke serve` reload at 3,000 items, perf). Still seeded per
    /// run, so ids a contributor chooses cannot be made to collide.
    by_id: HashMap<String, usize, foldhash::fast::RandomState>,
    backlinks: Vec<Vec<Backlink>>,
    /// Groups of words that mean the same, for search (`content/synoniemen.yaml`).
    synonyms: Vec<Vec<String>>,
}

impl Model {
    /// Builds the lookups. Links to unknown ids must already be removed (see [`build`]).
    pub fn new(items: Vec<Item>) -> Self {
        let by_id: HashMap<String, usize, foldhash::fast::RandomState> = items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.id.clone(), i))
            .collect();
        let mut backlinks: Vec<Vec<Backlink>> = vec![Vec::new(); items.len()];
        for (from, item) in items.iter().enumerate() {
            for link in &item.links {
                if let Some(&to) = by_id.get(&link.target) {
                    let bl = Backlink {
                        from,
                        rel: link.rel,
                    };
                    // Only this item's own backlinks (at the end) can repeat this one: a scan
                    // of all of them made 90,000 links to one item quadratic.
                    let repeated = backlinks[to]
                        .iter()
                        .rev()
                        .take_while(|b| b.from == from)
                        .any(|b| *b == bl);
                    if to != from && !repeated {
                        backlinks[to].push(bl);
                    }
                }
            }
        }
        Self {
            items,
            by_id,
            backlinks,
            synonyms: Vec::new(),
        }
    }

    /// The model with these synonym groups (each two or more words that mean the same).
    pub fn with_synonyms(mut self, synonyms: Vec<Vec<String>>) -> Self {
        self.synonyms = synonyms;
        self
    }

    /// Groups of words that mean the same to people who search.
    pub fn synonyms(&self) -> &[Vec<String>] {
        &self.synonyms
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Item> {
        self.by_id.get(id).map(|&i| &self.items[i])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Items of one type, sorted the way lists show them.
    pub fn of_type(&self, kind: ItemType) -> Vec<&Item> {
        let mut v: Vec<&Item> = self.items.iter().filter(|i| i.kind == kind).collect();
        v.sort_by_cached_key(|a| order::sort_key(a));
        v
    }

    /// Items that link to `id`, with the relation they use.
    pub fn backlinks(&self, id: &str) -> Vec<(&Item, Relation)> {
        self.by_id
            .get(id)
            .map(|&i| {
                self.backlinks[i]
                    .iter()
                    .map(|bl| (&self.items[bl.from], bl.rel))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Items that link to `id` through `rel`, sorted: e.g. the initiatives of an organisation.
    pub fn referrers(&self, id: &str, rel: Relation) -> Vec<&Item> {
        let mut v: Vec<&Item> = self
            .backlinks(id)
            .into_iter()
            .filter(|(_, r)| *r == rel)
            .map(|(it, _)| it)
            .collect();
        v.sort_by_cached_key(|a| order::sort_key(a));
        v
    }

    /// The items one level below `item` in Droom › opgave › doel › afspraak, or its parts
    /// (`deel_van`). The browser goes down this way; the site lists them on the item's page.
    pub fn children(&self, item: &Item) -> Vec<&Item> {
        match item.kind {
            ItemType::Droom => self.of_type(ItemType::Opgave),
            ItemType::Opgave => self.referrers(&item.id, Relation::Opgave),
            ItemType::Doel => self.referrers(&item.id, Relation::Doel),
            _ => self.referrers(&item.id, Relation::DeelVan),
        }
    }

    /// The item above this one in Droom › opgave › doel › afspraak.
    pub fn parent(&self, item: &Item) -> Option<&Item> {
        let up = match item.kind {
            ItemType::Afspraak => item
                .first(Relation::Doel)
                .or_else(|| item.first(Relation::Opgave)),
            ItemType::Doel => item.first(Relation::Opgave),
            ItemType::Opgave => Some(crate::model::DROOM_ID),
            _ => item.first(Relation::DeelVan),
        }?;
        self.get(up).filter(|p| p.id != item.id)
    }

    /// The chain from the top down to `item` (inclusive): Droom › opgave › doel › afspraak.
    pub fn breadcrumb<'a>(&'a self, item: &'a Item) -> Vec<&'a Item> {
        let mut chain = vec![item];
        let mut cur = item;
        while let Some(p) = self.parent(cur) {
            if chain.iter().any(|c| c.id == p.id) || chain.len() > 8 {
                break;
            }
            chain.push(p);
            cur = p;
        }
        chain.reverse();
        chain
    }

    /// Numbers of strategic goals and afspraken under an opgave. An afspraak counts once, also
    /// when it names both its doel and its opgave (some procesafspraken do). The home screen of
    /// the browser, the site and the plain overview all show these numbers.
    pub fn counts(&self, opgave: &Item) -> (usize, usize) {
        let doelen = self
            .referrers(&opgave.id, Relation::Opgave)
            .iter()
            .filter(|d| d.kind == ItemType::Doel)
            .count();
        let afspraken = self
            .items
            .iter()
            .filter(|a| a.kind == ItemType::Afspraak)
            .filter(|a| self.opgave_of(a).is_some_and(|o| o.id == opgave.id))
            .count();
        (doelen, afspraken)
    }

    /// The opgave an item belongs to, if any: itself, its doel's opgave, or a linked opgave.
    pub fn opgave_of<'a>(&'a self, item: &'a Item) -> Option<&'a Item> {
        self.breadcrumb(item)
            .into_iter()
            .find(|i| i.kind == ItemType::Opgave)
            .or_else(|| {
                item.targets(Relation::Opgaven)
                    .next()
                    .and_then(|id| self.get(id))
            })
    }
}

/// The id of the Drentse Droom, the root of the hierarchy.
pub const DROOM_ID: &str = "drentse-droom";
