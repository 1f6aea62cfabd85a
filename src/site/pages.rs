//! Renders every page of the site into an [`Output`]: one per item, an overview per type,
//! the home page, the agenda (all and per opgave), the progress page (see
//! [`super::voortgang`]), the glossary, search, 404, plus the feed of status changes
//! ([`super::feed`]), `sitemap.xml` and `robots.txt` (see [`super::sitemap`]).
//!
//! Over 400 lines: one short function per kind of page, kept together so the list of pages
//! the site has is readable in one file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Mutex;

use anyhow::{Context, Result};
use minijinja::value::Serde;
use minijinja::{Environment, Value, context};
use serde::Serialize;

use super::Options;
use super::context::{self as ctx, LinkCtx, NavCtx, PageCtx, SiteCtx};
use super::lastmod::LastChange;
use super::markdown::{Glossary, slug};
use super::output::Output;
use super::svg::{self, timeline};
use super::voortgang;
use crate::model::{DROOM_ID, Item, ItemType, Model, agenda};

/// What every page needs.
pub struct Renderer<'a> {
    pub model: &'a Model,
    pub opts: &'a Options,
    pub env: Environment<'static>,
    pub glossary: Glossary,
    pub site: SiteCtx,
    /// Summaries that more than one item has ("Een welzijnsorganisatie in Drenthe."): their
    /// pages get the title in front, so every page has its own description.
    shared_summaries: HashSet<&'a str>,
    /// When each item last changed, for the sitemap and the feed.
    changes: LastChange,
    /// The site as `marke serve` last built it: sharing pictures whose file is in it are
    /// taken from memory instead of the disk (see [`Renderer::with_previous`]).
    previous: Option<&'a Output>,
    /// The sharing card of each kind of page met so far (kind → path and PNG), made once
    /// per build and added to the site by [`Renderer::all`] (see [`super::og`]).
    cards: Mutex<Cards>,
}

/// The sharing cards of a build: kind of page → (path, PNG).
type Cards = BTreeMap<String, (String, Vec<u8>)>;

/// The main menu: (title, path).
const NAV: &[(&str, &str)] = &[
    ("Home", ""),
    ("Opgaven", "opgaven/"),
    ("Agenda", "agenda/"),
    ("Voortgang", voortgang::PAGE),
    ("Aanbevelingen", "aanbevelingen/"),
    ("Organisaties", "organisaties/"),
    ("Woordenlijst", "woordenlijst/"),
    ("Zoeken", "zoeken/"),
];

impl<'a> Renderer<'a> {
    pub fn new(model: &'a Model, opts: &'a Options) -> Self {
        let mut footer: Vec<NavCtx> = model
            .of_type(ItemType::Pagina)
            .into_iter()
            .map(|p| NavCtx {
                title: p.title.clone(),
                path: p.url_path(),
                current: false,
            })
            .collect();
        footer.push(NavCtx {
            title: "Woordenlijst".into(),
            path: "woordenlijst/".into(),
            current: false,
        });
        let mut seen = HashSet::new();
        let shared_summaries = model
            .items()
            .iter()
            .map(|i| i.summary.as_str())
            .filter(|s| !seen.insert(*s))
            .collect();
        Self {
            model,
            opts,
            shared_summaries,
            changes: LastChange::of(model),
            previous: None,
            cards: Mutex::default(),
            env: super::templates::environment(&opts.theme),
            glossary: Glossary::new(model),
            site: SiteCtx {
                title: opts.title.clone(),
                description: opts.description.clone(),
                nav: Vec::new(),
                footer,
                live_reload: opts.live_reload,
            },
        }
    }

    /// Takes unchanged sharing pictures from `previous` (the last build, in memory) instead of
    /// reading them back from the output folder: `marke serve` renders every page on many
    /// edits, and needs no disk for a picture it already holds.
    pub fn with_previous(mut self, previous: &'a Output) -> Self {
        self.previous = Some(previous);
        self
    }

    /// Renders `template` for the page at `path` (a folder, `agenda/`, or a file) and adds it.
    pub(super) fn page<S: Serialize>(
        &self,
        out: &mut Output,
        path: &str,
        template: &str,
        page: PageCtx,
        extra: S,
    ) -> Result<()> {
        let root = if path == "404.html" {
            self.opts.base_path()
        } else {
            ctx::root_for(path)
        };
        let mut site = self.site.clone();
        site.nav = NAV
            .iter()
            .map(|(t, p)| NavCtx {
                title: (*t).into(),
                path: (*p).into(),
                current: if p.is_empty() {
                    path.is_empty()
                } else {
                    path.starts_with(p)
                },
            })
            .collect();
        let mut page = page;
        if page.canonical.is_none() && path != "404.html" {
            page.canonical = self.opts.site_url.as_ref().map(|u| format!("{u}{path}"));
        }
        if page.description.is_empty() {
            page.description = if path.is_empty() {
                self.opts.description.clone()
            } else {
                format!("{}: {}.", page.kind, page.title)
            };
        }
        if path != "404.html" {
            let file = self.card(&page.kind)?;
            page.image = Some(match &self.opts.site_url {
                Some(u) => format!("{u}{file}"),
                None => format!("{root}{file}"),
            });
        }
        let tmpl = self
            .env
            .get_template(template)
            .with_context(|| format!("sjabloon {template} ontbreekt of klopt niet"))?;
        let html = tmpl
            .render(context! { site => Serde(site), page => Serde(page), root, ..Value::from(Serde(&extra)) })
            .map_err(|e| anyhow::anyhow!("{e:#}"))
            .with_context(|| format!("kan pagina {path} niet maken met sjabloon {template}"))?;
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_owned()
        };
        out.add(file, html)
    }

    /// The path of the sharing card for pages of `kind`, rendering it the first time (or
    /// taking it from the previous build). Pages render on several threads; the lock is held
    /// while a card renders, which happens about a dozen times per build.
    fn card(&self, kind: &str) -> Result<String> {
        let mut cards = self.cards()?;
        if let Some((path, _)) = cards.get(kind) {
            return Ok(path.clone());
        }
        let card = super::og::Card::new(&self.opts.title, kind);
        let path = card.path();
        let png = match self.previous.and_then(|p| p.files.get(&path)) {
            Some(bytes) => bytes.clone(),
            None => card.png(&self.opts.out.join(&path))?,
        };
        cards.insert(kind.to_owned(), (path.clone(), png));
        Ok(path)
    }

    /// The cards made so far; the lock is only poisoned if drawing a card panicked.
    fn cards(&self) -> Result<std::sync::MutexGuard<'_, Cards>> {
        self.cards
            .lock()
            .map_err(|_| anyhow::anyhow!("een deelplaatje is vastgelopen"))
    }

    pub fn all(&self, out: &mut Output) -> Result<()> {
        self.item_pages(out, self.model.items())?;
        self.other_pages(out)
    }

    /// The pages of `items`, and every page that is not an item's (overviews, home, agenda,
    /// progress, feed, glossary, search, 404, sitemap): `marke serve` renders only these
    /// after an edit that changed names of items, and picks `items` ([`super::live`]).
    pub fn some_items_and_the_rest(&self, out: &mut Output, items: &[&Item]) -> Result<()> {
        self.item_pages(out, items)?;
        self.other_pages(out)
    }

    /// Every page that is not an item's own, and the sharing cards met while rendering.
    fn other_pages(&self, out: &mut Output) -> Result<()> {
        for kind in ItemType::ALL {
            if kind != ItemType::Pagina && kind != ItemType::Droom {
                self.overview(out, kind)?;
            }
        }
        self.home(out)?;
        self.agenda(out, None)?;
        for o in self.model.of_type(ItemType::Opgave) {
            self.agenda(out, Some(o))?;
        }
        self.voortgang(out)?;
        super::feed::write(out, self.model, self.opts, &self.changes)?;
        self.glossary(out)?;
        self.simple(
            out,
            "zoeken/",
            "search.html",
            "Zoeken",
            "Zoek in alle opgaven, doelen, afspraken, organisaties en woorden van Gezonde Marke.",
        )?;
        self.simple(
            out,
            "404.html",
            "404.html",
            "Pagina niet gevonden",
            "Deze pagina bestaat niet.",
        )?;
        super::sitemap::write(out, self.opts.site_url.as_deref(), &self.lastmod())?;
        let cards = std::mem::take(&mut *self.cards()?);
        for (path, png) in cards.into_values() {
            out.add(path, png)?;
        }
        Ok(())
    }

    /// The pages that show the text (body and source note) of `items`: each one's own page,
    /// and for the Droom the home page too. `marke serve` renders only these after an edit
    /// that changed nothing but texts ([`super::live`]).
    pub fn text_pages(&self, out: &mut Output, items: &[&Item]) -> Result<()> {
        for item in items {
            self.item_page(out, item)?;
            if item.id == DROOM_ID {
                self.home(out)?;
            }
        }
        Ok(())
    }

    /// The pages whose last change is known: each item's page, and the progress page, which
    /// changes with the newest afspraak.
    fn lastmod(&self) -> HashMap<String, crate::model::Date> {
        let mut out: HashMap<String, crate::model::Date> = self
            .model
            .items()
            .iter()
            .filter_map(|i| Some((format!("{}index.html", i.url_path()), self.changes.item(i)?)))
            .collect();
        let afspraken = self.model.of_type(ItemType::Afspraak);
        if let Some(d) = self.changes.newest(afspraken) {
            out.insert(format!("{}index.html", voortgang::PAGE), d);
        }
        out
    }

    /// One page per item, on as many threads as there are cores.
    fn item_pages<I: std::borrow::Borrow<Item> + Sync>(
        &self,
        out: &mut Output,
        items: &[I],
    ) -> Result<()> {
        let parts = crate::parallel::chunks(items, |part| -> Result<Output> {
            let mut o = Output::default();
            for item in part {
                self.item_page(&mut o, item.borrow())?;
            }
            Ok(o)
        });
        for part in parts {
            out.merge(part?)?;
        }
        Ok(())
    }

    fn item_page(&self, out: &mut Output, item: &Item) -> Result<()> {
        let path = item.url_path();
        let root = ctx::root_for(&path);
        let page = PageCtx {
            title: item.display_title(),
            description: if self.shared_summaries.contains(item.summary.as_str()) {
                format!("{}: {}", item.display_title(), item.summary)
            } else {
                item.summary.clone()
            },
            edit_url: self.opts.edit_url(&item.location.rel_path),
            breadcrumb: ctx::breadcrumb(self.model, item, &root),
            kind: item.kind.label().into(),
            ..PageCtx::default()
        };
        let status = voortgang::status(item, self.opts.today);
        let item = ctx::item(self.model, &self.glossary, item, &root);
        self.page(
            out,
            &path,
            "item.html",
            page,
            context! { item => Serde(item), status => Serde(status) },
        )
    }

    fn overview(&self, out: &mut Output, kind: ItemType) -> Result<()> {
        let path = format!("{}/", kind.url_segment());
        let root = ctx::root_for(&path);
        let items = self.model.of_type(kind);
        let mut groups: Vec<(String, Vec<LinkCtx>)> = Vec::new();
        for it in &items {
            let g = match it.facts.soort.as_deref() {
                Some(s) if !kind.soorten().is_empty() => capitalise(s),
                _ => kind.plural_label().to_owned(),
            };
            let link = ctx::link(it, &root);
            match groups.iter_mut().find(|(t, _)| *t == g) {
                Some((_, v)) => v.push(link),
                None => groups.push((g, vec![link])),
            }
        }
        let groups: Vec<Value> = groups
            .into_iter()
            .map(|(title, items)| context! { id => slug(&title), title, items => Serde(items) })
            .collect();
        let mut pictures = Vec::new();
        match kind {
            ItemType::Opgave => pictures.push(svg::plan::picture(self.model, &root)),
            ItemType::Aanbeveling => pictures.push(svg::matrix::picture(self.model, &root)),
            _ => {}
        }
        let intro = format!(
            "Alle {} op een rij ({}).",
            kind.plural_label().to_lowercase(),
            items.len()
        );
        let page = PageCtx {
            title: kind.plural_label().into(),
            description: intro.clone(),
            kind: "Overzicht".into(),
            breadcrumb: vec![
                ctx::home(&root),
                LinkCtx {
                    title: kind.plural_label().into(),
                    href: String::new(),
                    summary: String::new(),
                },
            ],
            ..PageCtx::default()
        };
        self.page(
            out,
            &path,
            "list.html",
            page,
            context! { groups, pictures => Serde(pictures), intro },
        )
    }

    fn home(&self, out: &mut Output) -> Result<()> {
        let root = "./";
        let droom = self.model.get(DROOM_ID);
        let droom_ctx = droom.map(|d| ctx::item(self.model, &self.glossary, d, root));
        let opgaven: Vec<Value> = svg::plan::regio_opgaven(self.model)
            .into_iter()
            .map(|o| {
                let (doelen, afspraken) = self.model.counts(o);
                context! {
                    title => o.title.clone(), href => format!("{root}{}", o.url_path()),
                    tagline => o.facts.tagline.clone(), summary => o.summary.clone(), doelen, afspraken
                }
            })
            .collect();
        let page = PageCtx {
            title: self.opts.title.clone(),
            edit_url: droom.and_then(|d| self.opts.edit_url(&d.location.rel_path)),
            kind: "Kennisbank".into(),
            ..PageCtx::default()
        };
        let plan = svg::plan::picture(self.model, root);
        self.page(
            out,
            "",
            "home.html",
            page,
            context! { droom => Serde(droom_ctx), opgaven, plan => Serde(plan) },
        )
    }

    fn agenda(&self, out: &mut Output, opgave: Option<&Item>) -> Result<()> {
        let path = opgave.map_or_else(|| "agenda/".to_owned(), |o| format!("agenda/{}/", o.id));
        let root = ctx::root_for(&path);
        let mut afspraken = self.model.of_type(ItemType::Afspraak);
        if let Some(o) = opgave {
            afspraken.retain(|a| self.model.opgave_of(a).is_some_and(|x| x.id == o.id));
        }
        let years: Vec<Value> = agenda::by_year(afspraken)
            .into_iter()
            .map(|g| {
                let items: Vec<voortgang::AfspraakCtx> = g
                    .items
                    .iter()
                    .map(|a| voortgang::row(a, &root, self.opts.today))
                    .collect();
                let anchor = timeline::year_anchor(g.year);
                context! { id => anchor.trim_start_matches("jaar-").to_owned(), title => g.year.label(), items => Serde(items) }
            })
            .collect();
        let filters: Vec<Value> = self
            .model
            .of_type(ItemType::Opgave)
            .into_iter()
            .map(|o| context! { title => o.title.clone(), href => format!("{root}agenda/{}/", o.id), current => opgave.is_some_and(|x| x.id == o.id) })
            .collect();
        let title = opgave.map_or_else(|| "Agenda".to_owned(), |o| format!("Agenda: {}", o.title));
        let intro = match opgave {
            Some(o) => format!("De afspraken van de opgave {}, per jaar waarin ze gepland zijn.", o.title),
            None => "Alle afspraken, per jaar waarin ze gepland zijn. Kies een opgave om alleen die afspraken te zien.".to_owned(),
        };
        let mut crumbs = vec![ctx::home(&root)];
        if opgave.is_some() {
            crumbs.push(LinkCtx {
                title: "Agenda".into(),
                href: format!("{root}agenda/"),
                summary: String::new(),
            });
        }
        crumbs.push(LinkCtx {
            title: title.clone(),
            href: String::new(),
            summary: String::new(),
        });
        let timeline = opgave
            .is_none()
            .then(|| svg::timeline::picture(self.model, &root));
        let page = PageCtx {
            title,
            description: intro.clone(),
            kind: "Agenda".into(),
            breadcrumb: crumbs,
            ..PageCtx::default()
        };
        self.page(out, &path, "agenda.html", page, context! { years, filters, intro, timeline => Serde(timeline), current_opgave => opgave.map(|o| o.id.clone()) })
    }

    fn glossary(&self, out: &mut Output) -> Result<()> {
        let path = "woordenlijst/";
        let root = ctx::root_for(path);
        let mut terms: Vec<&Item> = self.model.of_type(ItemType::Begrip);
        terms.extend(self.model.of_type(ItemType::Afkorting));
        terms.sort_by_key(|t| deunicode::deunicode(&t.title).to_lowercase());
        let mut letters: Vec<(String, Vec<Value>)> = Vec::new();
        for t in terms {
            let first = deunicode::deunicode(&t.title)
                .chars()
                .next()
                .map(|c| c.to_ascii_uppercase());
            let letter = match first {
                Some(c) if c.is_ascii_alphabetic() => c.to_string(),
                _ => "#".to_owned(),
            };
            let entry = context! { title => t.title.clone(), href => format!("{root}{}", t.url_path()), summary => t.summary.clone(), voluit => t.facts.voluit.clone() };
            match letters.last_mut() {
                Some((l, v)) if *l == letter => v.push(entry),
                _ => letters.push((letter, vec![entry])),
            }
        }
        let letters: Vec<Value> = letters
            .into_iter()
            .map(|(letter, terms)| context! { id => if letter == "#" { "overig".to_owned() } else { letter.to_lowercase() }, letter, terms })
            .collect();
        let intro = "Begrippen en afkortingen van A tot Z, in gewone woorden uitgelegd.";
        let page = PageCtx {
            title: "Woordenlijst".into(),
            description: intro.into(),
            kind: "Woordenlijst".into(),
            breadcrumb: vec![
                ctx::home(&root),
                LinkCtx {
                    title: "Woordenlijst".into(),
                    href: String::new(),
                    summary: String::new(),
                },
            ],
            ..PageCtx::default()
        };
        self.page(
            out,
            path,
            "glossary.html",
            page,
            context! { letters, intro },
        )
    }

    fn simple(
        &self,
        out: &mut Output,
        path: &str,
        template: &str,
        title: &str,
        description: &str,
    ) -> Result<()> {
        let page = PageCtx {
            title: title.into(),
            description: description.into(),
            kind: title.into(),
            ..PageCtx::default()
        };
        self.page(out, path, template, page, context! {})
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}
