//! The site of `marke serve`, kept in memory between edits, so that an edit shows in tens of
//! milliseconds instead of a whole build.
//!
//! The first build is an ordinary one (staging folder, swap), without the search index.
//! After an edit there are two ways, both ending with only the changed files written, each
//! through a rename, so a browser never gets half a page:
//!
//! - **Only texts changed** (bodies or source notes; every title, summary, fact and link the
//!   same, no item added or removed): only the pages that show those texts are rendered
//!   ([`Renderer::text_pages`]) and their links checked. Other pages show an item's title,
//!   summary and facts, never its text.
//! - **Anything else**: every page is rendered again from the new model, in memory, with the
//!   sharing pictures taken from the previous site, and all links are checked. Working out
//!   which pages such an edit touches (backlinks, overviews, agenda, glossary, counts, feed)
//!   would be a second description of the site that could drift; comparing bytes cannot.
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
mod disk;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow, bail};

use self::background::Background;
use self::disk::{own_folder, replace, write_changed};
use super::output::Output;
use super::pages::Renderer;
use super::serve::Status;
use super::{Options, links};
use crate::model::{Item, Model};

/// What an edit changed on disk.
#[derive(Debug, Default)]
pub struct Update {
    pub pages: usize,
    pub written: usize,
    pub removed: usize,
    /// Only the pages showing changed texts were rendered.
    pub texts_only: bool,
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
    /// The model of the last good update, with the [`shape`] of each item.
    last: Option<(Arc<Model>, Vec<u64>)>,
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
    pub fn update(&mut self, model: Arc<Model>) -> Result<Update> {
        let start = Instant::now();
        let number = self.shared.newest.fetch_add(1, Ordering::SeqCst) + 1;
        let shapes: Vec<u64> = model.items().iter().map(shape).collect();
        let opts = &self.shared.opts;
        let mut disk = self.shared.disk()?;
        let mut update = Update::default();
        match (&mut disk.site, &self.last) {
            (Some(site), Some((old, old_shapes))) => {
                match texts_changed(old, old_shapes, &model, &shapes) {
                    Some(items) => {
                        let (w, r) = texts(site, &model, opts, &items)?;
                        (update.written, update.removed, update.texts_only) = (w, r, true);
                    }
                    None => {
                        let new = super::render(&model, opts, Some(site))?;
                        super::check_links(&new, &opts.base_path())?;
                        (update.written, update.removed) = write_changed(&opts.out, site, &new)?;
                        *site = new;
                    }
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
        update.elapsed = start.elapsed();
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

/// A hash of an item as the pages of other items may show it: everything but its texts and
/// the line it starts on (which moves when a text above it in the same file grows).
fn shape(item: &Item) -> u64 {
    use std::hash::Hasher;
    let mut bare = Item {
        body: String::new(),
        source_note: String::new(),
        ..item.clone()
    };
    bare.location.line = 0;
    let mut h = HashWriter(std::hash::DefaultHasher::new());
    // Serialising plain data into a hasher cannot fail; if it did, the item would count
    // as changed (hash of nothing) only when its neighbour failed alike.
    let _ = serde_json::to_writer(&mut h, &bare);
    h.0.finish()
}

/// Feeds what serde_json writes into a hasher, without building the text.
struct HashWriter(std::hash::DefaultHasher);

impl std::io::Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::hash::Hasher::write(&mut self.0, buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The items whose texts changed, if nothing else did (and at least one text did).
fn texts_changed<'m>(
    old: &Model,
    old_shapes: &[u64],
    new: &'m Model,
    shapes: &[u64],
) -> Option<Vec<&'m Item>> {
    if old_shapes != shapes {
        return None;
    }
    let changed: Vec<&Item> = old
        .items()
        .iter()
        .zip(new.items())
        .filter(|(a, b)| a.body != b.body || a.source_note != b.source_note)
        .map(|(_, b)| b)
        .collect();
    (!changed.is_empty()).then_some(changed)
}

/// Renders the pages that show the texts of `items`, checks their links against the site,
/// and writes those that changed; `site` then holds them. On a broken link nothing is written.
fn texts(
    site: &mut Output,
    model: &Model,
    opts: &Options,
    items: &[&Item],
) -> Result<(usize, usize)> {
    let mut fresh = Output::default();
    Renderer::new(model, opts)
        .with_previous(site)
        .text_pages(&mut fresh, items)?;
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
    Ok((written, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_edit_of_texts_alone_takes_the_short_way() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
        let old = Model::load(&dir, crate::model::Date::today()).model;
        let shapes = |m: &Model| m.items().iter().map(shape).collect::<Vec<_>>();
        let changed = |edit: &dyn Fn(&mut Item)| {
            let mut items = old.items().to_vec();
            edit(&mut items[0]);
            items[1].location.line += 3; // the text above it grew
            let new = Model::new(items);
            texts_changed(&old, &shapes(&old), &new, &shapes(&new)).map(|v| v.len())
        };
        assert_eq!(changed(&|i| i.body.push_str(" Nieuw.")), Some(1));
        assert_eq!(changed(&|i| i.source_note.push_str(" Nieuw.")), Some(1));
        assert_eq!(changed(&|i| i.title.push_str(" nieuw")), None);
        assert_eq!(changed(&|i| i.summary.push_str(" nieuw")), None);
        assert_eq!(
            changed(&|_| {}),
            None,
            "nothing changed: the whole site (a theme edit)"
        );
    }
}
