//! What templates see: plain serialisable structs built from the model for one page.
//!
//! All links are relative (`../../opgaven/x/`), so the site works under any base path, from
//! `marke serve`, and opened as files.

use serde::Serialize;

use super::markdown::{self, Glossary, PageRef};
use crate::model::{DROOM_ID, Item, ItemType, Model, Relation, links};
use crate::text::{facts_lines, is_about_source};

/// Settings every page shares.
#[derive(Debug, Clone, Serialize)]
pub struct SiteCtx {
    pub title: String,
    pub description: String,
    pub nav: Vec<NavCtx>,
    pub footer: Vec<NavCtx>,
    pub live_reload: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NavCtx {
    pub title: String,
    /// Path from the site root, `agenda/`.
    pub path: String,
    pub current: bool,
}

/// Facts about the page itself.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageCtx {
    pub title: String,
    pub description: String,
    pub canonical: Option<String>,
    pub edit_url: Option<String>,
    pub breadcrumb: Vec<LinkCtx>,
    /// What kind of page this is ("Afspraak", "Overzicht"): its sharing card is that kind's.
    pub kind: String,
    /// Address of the sharing card (`og:image`), absolute when the site has an address.
    pub image: Option<String>,
}

/// A link to an item or page.
#[derive(Debug, Clone, Serialize)]
pub struct LinkCtx {
    pub title: String,
    pub href: String,
    pub summary: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BacklinkCtx {
    pub title: String,
    pub href: String,
    pub rel: &'static str,
}

/// A titled list of links on an item page.
#[derive(Debug, Clone, Serialize)]
pub struct SectionCtx {
    pub id: String,
    pub title: String,
    pub items: Vec<LinkCtx>,
}

/// Everything `item.html` shows about one item.
#[derive(Debug, Clone, Serialize)]
pub struct ItemCtx {
    pub id: String,
    pub title: String,
    pub kind_label: &'static str,
    pub summary: String,
    /// The public text as HTML, without the note about the source.
    pub body: minijinja::Value,
    pub facts: Vec<(&'static str, String)>,
    /// What the page folds away under "Over de bron": the facts about the source (where it
    /// says this, in which lines) and the note about the source, as HTML ("" if none).
    pub source_facts: Vec<(&'static str, String)>,
    pub source_note: minijinja::Value,
    pub sections: Vec<SectionCtx>,
    pub related: Vec<LinkCtx>,
    pub backlinks: Vec<BacklinkCtx>,
    /// Said under the backlinks when one of them is marke's own reading, not the source's.
    pub backlinks_note: Option<&'static str>,
}

/// `../` once per folder level of `path` (`opgaven/x/` → `../../`); `./` at the top.
pub fn root_for(path: &str) -> String {
    let depth = path.matches('/').count();
    if depth == 0 {
        "./".into()
    } else {
        "../".repeat(depth)
    }
}

pub fn link(item: &Item, root: &str) -> LinkCtx {
    LinkCtx {
        title: item.display_title(),
        href: format!("{root}{}", item.url_path()),
        summary: item.summary.clone(),
    }
}

/// Home › … › item, using the model's hierarchy; the Droom is the home page.
pub fn breadcrumb(model: &Model, item: &Item, root: &str) -> Vec<LinkCtx> {
    let mut out = vec![home(root)];
    let chain = model.breadcrumb(item);
    if chain.len() < 2 && !matches!(item.kind, ItemType::Pagina | ItemType::Droom) {
        out.push(LinkCtx {
            title: item.kind.plural_label().into(),
            href: format!("{root}{}/", item.kind.url_segment()),
            summary: String::new(),
        });
    }
    out.extend(
        chain
            .into_iter()
            .filter(|i| i.id != DROOM_ID || item.id == DROOM_ID)
            .map(|i| link(i, root)),
    );
    out
}

pub fn home(root: &str) -> LinkCtx {
    LinkCtx {
        title: "Home".into(),
        href: root.into(),
        summary: String::new(),
    }
}

/// The lists particular to a type: the doelen of an opgave, what an organisation initiates.
fn sections(model: &Model, item: &Item, root: &str) -> Vec<SectionCtx> {
    let mk = |id: &str, title: &str, items: Vec<&Item>| SectionCtx {
        id: id.into(),
        title: title.into(),
        items: items.into_iter().map(|i| link(i, root)).collect(),
    };
    let mut out = Vec::new();
    match item.kind {
        ItemType::Droom => out.push(mk("opgaven", "De opgaven", model.children(item))),
        ItemType::Opgave => {
            let (d, a): (Vec<&Item>, Vec<&Item>) = model
                .children(item)
                .into_iter()
                .partition(|i| i.kind == ItemType::Doel);
            out.push(mk("doelen", "Strategische doelen", d));
            if !a.is_empty() {
                out.push(mk("afspraken", "Afspraken", a));
            }
        }
        ItemType::Doel => out.push(mk("afspraken", "Afspraken", model.children(item))),
        ItemType::Organisatie => {
            let mut v = model.referrers(&item.id, Relation::Initiatiefnemers);
            v.extend(
                model
                    .referrers(&item.id, Relation::Organisaties)
                    .into_iter()
                    .filter(|i| i.kind == ItemType::Initiatief),
            );
            out.push(mk("initieert", "Wat deze organisatie oppakt", v));
        }
        _ => {}
    }
    out.retain(|s| !s.items.is_empty());
    out
}

pub fn item(model: &Model, glossary: &Glossary, item: &Item, root: &str) -> ItemCtx {
    let idx = model.index_of(&item.id);
    let page = PageRef { root, item: idx };
    let body = markdown::render(model, glossary, &page, &item.body);
    let source_note = markdown::render(model, glossary, &page, &item.source_note);
    let (source_facts, facts) = facts_lines(model, item)
        .into_iter()
        .partition(|(label, _)| is_about_source(label));
    let sections = sections(model, item, root);
    let shown: Vec<&str> = sections
        .iter()
        .flat_map(|s| s.items.iter().map(|l| l.href.as_str()))
        .collect();
    let mut related: Vec<LinkCtx> = Vec::new();
    for l in &item.links {
        if let Some(t) = model.get(&l.target) {
            let lc = link(t, root);
            if t.id != item.id
                && !shown.contains(&lc.href.as_str())
                && !related.iter().any(|r| r.href == lc.href)
            {
                related.push(lc);
            }
        }
    }
    let mut backlinks: Vec<BacklinkCtx> = Vec::new();
    let mut backlinks_note = None;
    for (from, rel) in model.backlinks(&item.id) {
        let href = format!("{root}{}", from.url_path());
        if shown.contains(&href.as_str()) {
            continue;
        }
        // Before the duplicate check: the same aanbeveling may also link here from its text.
        if links::is_own_reading(from.kind, rel) {
            backlinks_note = Some(links::OWN_READING_NOTE);
        }
        if backlinks.iter().any(|b| b.href == href) {
            continue;
        }
        backlinks.push(BacklinkCtx {
            title: from.display_title(),
            href,
            rel: rel.backlink_label(),
        });
    }
    ItemCtx {
        id: item.id.clone(),
        title: item.display_title(),
        kind_label: item.kind.label(),
        summary: item.summary.clone(),
        body: minijinja::Value::from_safe_string(body),
        facts,
        source_facts,
        source_note: minijinja::Value::from_safe_string(source_note),
        sections,
        related,
        backlinks,
        backlinks_note,
    }
}
