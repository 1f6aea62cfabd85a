//! The site of `marke serve`, kept in memory between edits, so that an edit shows in tens of
//! milliseconds instead of a whole build.
//!
//! The first build is an ordinary one (staging folder, swap), without the search index.
//! After an edit there are three ways, each ending with only the changed files written,
//! each through a rename, so a browser never gets half a page:
//!
//! - **Only texts changed** (bodies or source notes; every title, summary, fact and link the
//!   same, no item added or removed): only the pages that show those texts are rendered
//!   ([`Renderer::text_pages`]) and their links checked. Other pages show an item's title,
//!   summary and facts, never its text.
//! - **Only names changed** (titles or summaries, perhaps texts too; the same items with the
//!   same facts and links; not a begrip, afkorting or pagina): the changed items' pages, the
//!   pages of items whose page links to one of them (a link shows the title), and every page
//!   that is not an item's (overviews, agenda, home, feed: ~35) ([`changes::showing`]). At 3,205 items
//!   that is ~110 ms instead of ~470 ms for all pages.
//! - **Anything else**: every page is rendered again from the new model, in memory, with the
//!   sharing pictures taken from the previous site, and all links are checked. Working out
//!   which pages such an edit touches (backlinks, glossary links, counts, orders) would be a
//!   second description of the site that could drift; comparing bytes cannot.
//!
//! Then a thread of its own renders the whole site once more and checks all its links (so a
//! text edit that broke an anchor on another page is still reported, and anything the first
//! way missed is written, with a reload), and builds the search index (Pagefind), which takes
//! longer than everything else together. The page shows first; the search follows. When
//! edits come faster than that thread, it skips to the newest model.
//!
//! Writes go only into the folder the first build made, and only while it still holds
//! marke's marker ([`disk`]). One lock guards the folder, so the two threads never write at
//! the same time, and the background thread writes only if no newer edit came in meanwhile.

mod background;
mod changes;
mod disk;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow, bail};

use self::background::Background;
use self::changes::{Shape, names_changed, showing, texts_changed};
use self::disk::{own_folder, replace, write_changed};
use super::output::Output;
use super::pages::Renderer;
use super::serve::Status;
use super::{Options, links};
use crate::model::Model;

/// What an edit changed on disk.
#[derive(Debug, Default)]
pub struct Update {
    pub pages: usize,
    pub written: usize,
    pub removed: usize,
    /// Not every page was rendered: why not ("alleen teksten veranderd").
    pub short_way: Option<&'static str>,
    /// Since `started` of [`Live::update`]: the caller starts the clock before it loads the
    /// content, so this is the wait from save to page.
    pub elapsed: Duration,
}

/// What the folder holds, as marke wrote it.
#[derive(Default)]
struct Disk {
    /// Pages, pictures and theme files; `None` until a build worked.
    site: Option<Output>,
    /// The search index's files.
    search: Output,
}

/// Shared by the rebuild loop and the background thread.
struct Shared {
    opts: Options,
    disk: Mutex<Disk>,
    /// The number of the newest edit; the background thread writes only for that one.
    newest: AtomicU64,
    status: Arc<Status>,
}

impl Shared {
    fn disk(&self) -> Result<MutexGuard<'_, Disk>> {
        self.disk
            .lock()
            .map_err(|_| anyhow!("de website op schijf is in een onbekende staat"))
    }
}

/// The served site: its folder, what it holds, and the background thread.
pub struct Live {
    shared: Arc<Shared>,
    /// The model of the last good update, with the [`Shape`] of each item.
    last: Option<(Arc<Model>, Vec<Shape>)>,
    background: Option<Background>,
}

impl Live {
    /// Nothing built yet; `opts.out` is where the site goes. `status` hears of what the
    /// background thread finds (a broken link, pages it had to write again).
    pub fn new(opts: Options, status: Arc<Status>) -> Self {
        let shared = Arc::new(Shared {
            opts,
            disk: Mutex::new(Disk::default()),
            newest: AtomicU64::new(0),
            status,
        });
        Self {
            background: Some(Background::spawn(Arc::clone(&shared))),
            shared,
            last: None,
        }
    }

    /// Puts the site for `model` in the folder: a whole build the first time, afterwards
    /// only the files that changed. Then the background thread checks the whole site and
    /// builds the search index. On an error the folder keeps the last good site.
    pub fn update(&mut self, model: Arc<Model>, started: Instant) -> Result<Update> {
        let number = self.shared.newest.fetch_add(1, Ordering::SeqCst) + 1;
        let shapes: Vec<Shape> = model.items().iter().map(Shape::of).collect();
        let opts = &self.shared.opts;
        let mut disk = self.shared.disk()?;
        let mut update = Update::default();
        match (&mut disk.site, &self.last) {
            (Some(site), Some((old, old_shapes))) => {
                let texts = texts_changed(old, old_shapes, &model, &shapes);
                let names = || names_changed(old, old_shapes, &model, &shapes);
                if let Some(items) = texts {
                    let render = |r: Renderer, out: &mut Output| r.text_pages(out, &items);
                    update.written = partial(site, &model, opts, render)?;
                    update.short_way = Some("alleen teksten veranderd");
                } else if let Some(changed) = names() {
                    let items = showing(site, &model, &changed);
                    let render =
                        |r: Renderer, out: &mut Output| r.some_items_and_the_rest(out, &items);
                    update.written = partial(site, &model, opts, render)?;
                    update.short_way = Some("alleen namen veranderd");
                } else {
                    let new = super::render(&model, opts, Some(site))?;
                    super::check_links(&new, &opts.base_path())?;
                    (update.written, update.removed) = write_changed(&opts.out, site, &new)?;
                    *site = new;
                }
            }
            (site, _) => {
                let first = Options {
                    search: false,
                    ..opts.clone()
                };
                let (report, new) = super::build_keeping(&model, &first)?;
                update.written = report.files;
                *site = Some(new);
            }
        }
        update.pages = disk.site.as_ref().map_or(0, |s| s.pages().count());
        drop(disk);
        self.last = Some((Arc::clone(&model), shapes));
        if let Some(b) = &self.background {
            b.request(number, model);
        }
        update.elapsed = started.elapsed();
        Ok(update)
    }

    /// An edit that could not be built (the content has errors): what the background thread
    /// does for earlier edits is no longer wanted, and must not clear the errors shown.
    pub fn failed(&self) {
        self.shared.newest.fetch_add(1, Ordering::SeqCst);
    }

    /// Waits for the background thread, which writes nothing more after this.
    pub fn finish(mut self) {
        if let Some(b) = self.background.take() {
            b.finish();
        }
    }
}

/// Renders what `render` renders, checks its links against the site, and writes the files
/// that changed; `site` then holds them. Returns how many it wrote. On a broken link
/// nothing is written.
fn partial(
    site: &mut Output,
    model: &Model,
    opts: &Options,
    render: impl FnOnce(Renderer, &mut Output) -> Result<()>,
) -> Result<usize> {
    let mut fresh = Output::default();
    render(Renderer::new(model, opts).with_previous(site), &mut fresh)?;
    let file = |p: &str| {
        fresh
            .files
            .get(p)
            .or_else(|| site.files.get(p))
            .map(Vec::as_slice)
    };
    let pages = fresh.pages().map(|(p, b)| (p.as_str(), b.as_slice()));
    let broken = links::check_pages(pages, &file, &opts.base_path());
    if let Some(b) = broken.first() {
        bail!(
            "{} kapotte link(s); de vorige website blijft staan:\n  {b}",
            broken.len()
        );
    }
    own_folder(&opts.out)?;
    let mut written = 0;
    for (path, bytes) in fresh.files {
        if site.files.get(&path) != Some(&bytes) {
            replace(&opts.out.join(&path), &bytes)?;
            site.files.insert(path, bytes);
            written += 1;
        }
    }
    Ok(written)
}
