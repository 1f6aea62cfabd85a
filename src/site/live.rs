//! The site of `marke serve`, kept in memory between edits, so that an edit shows in tens of
//! milliseconds instead of a whole build.
//!
//! The first build is an ordinary one (staging folder, swap), without the search index. After
//! an edit every page is rendered again from the new model, in memory, with the sharing
//! pictures taken from the previous site; the links are checked; and only the files whose
//! bytes changed are written, each through a rename, so a browser never gets half a page.
//! Files the site no longer has are removed. Working out which pages an edit touches
//! (backlinks, overviews, agenda, glossary, counts, feed) would be a second description of the
//! site that could drift from the real one; comparing bytes cannot, and rendering all pages
//! in memory is fast (see the README, "Snelheid van de website").
//!
//! The search index (Pagefind) takes longer than everything else together, so it is built
//! on a thread of its own after the pages are written: the page shows first, the search
//! follows. When edits come faster than the index, it skips to the newest site.
//!
//! Writes go only into the folder the first build made, and only while it still holds
//! marke's marker ([`target::MARKER`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use super::output::Output;
use super::{Options, search, target};
use crate::model::Model;

/// What an edit changed on disk.
#[derive(Debug, Default)]
pub struct Update {
    pub pages: usize,
    pub written: usize,
    pub removed: usize,
    pub elapsed: Duration,
}

/// The served site: its folder, what it holds, and the search index's thread.
pub struct Live {
    opts: Options,
    /// What the folder holds now, apart from the search index; `None` until a build worked.
    site: Option<Arc<Output>>,
    search: Option<Indexer>,
}

impl Live {
    /// Nothing built yet; `opts.out` is where the site goes.
    pub fn new(opts: Options) -> Self {
        let search = opts.search.then(|| Indexer::spawn(opts.out.clone()));
        Self {
            opts,
            site: None,
            search,
        }
    }

    /// Puts the site for `model` in the folder: a whole build the first time, afterwards
    /// only the files that changed. Then starts the search index. On an error the folder
    /// keeps the last good site.
    pub fn update(&mut self, model: Arc<Model>) -> Result<Update> {
        let start = Instant::now();
        let (site, written, removed) = match &self.site {
            None => {
                let opts = Options {
                    search: false,
                    ..self.opts.clone()
                };
                let (report, site) = super::build_keeping(&model, &opts)?;
                (site, report.files, 0)
            }
            Some(old) => {
                let site = super::render(&model, &self.opts, Some(old))?;
                super::check_links(&site, &self.opts.base_path())?;
                let (written, removed) = write_changed(&self.opts.out, old, &site)?;
                (site, written, removed)
            }
        };
        let site = Arc::new(site);
        let pages = site.pages().count();
        self.site = Some(Arc::clone(&site));
        if let Some(search) = &self.search {
            search.request(model, site);
        }
        Ok(Update {
            pages,
            written,
            removed,
            elapsed: start.elapsed(),
        })
    }

    /// Waits for the search index's thread, which writes nothing more after this.
    pub fn finish(mut self) {
        if let Some(search) = self.search.take() {
            search.finish();
        }
    }
}

/// Writes the files of `new` whose bytes differ from `old` into `out` and removes those
/// `new` no longer has; returns how many of each.
fn write_changed(out: &Path, old: &Output, new: &Output) -> Result<(usize, usize)> {
    own_folder(out)?;
    let mut written = 0;
    for (path, bytes) in &new.files {
        if old.files.get(path) != Some(bytes) {
            replace(&out.join(path), bytes)?;
            written += 1;
        }
    }
    let mut removed = 0;
    for path in old.files.keys().filter(|p| !new.files.contains_key(*p)) {
        remove(out, path)?;
        removed += 1;
    }
    Ok((written, removed))
}

/// Refuses to write into a folder that lost marke's marker: then it is not ours any more.
fn own_folder(out: &Path) -> Result<()> {
    if !target::is_marked(out) {
        bail!(
            "{} is niet meer de map van marke serve (het bestand {} ontbreekt); marke schrijft er niets in",
            out.display(),
            target::MARKER
        );
    }
    Ok(())
}

/// Writes `path` through a temporary file next to it and a rename, so a reader sees either
/// the old file or the new one, never half of it.
fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .context("een bestand van de website zonder map")?;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("kan map {} niet maken", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.marke-nieuw"));
    std::fs::write(&tmp, bytes).with_context(|| format!("kan {} niet schrijven", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("kan {} niet schrijven", path.display()))
}

/// Removes a file the site no longer has, and its folder when that is left empty (the page
/// of a removed item then answers 404).
fn remove(out: &Path, rel: &str) -> Result<()> {
    let path = out.join(rel);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("kan {} niet weghalen", path.display())),
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == out || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
    Ok(())
}

type Job = (Arc<Model>, Arc<Output>);

/// The thread that builds the search index after each edit and writes its changed files.
struct Indexer {
    tx: Sender<Job>,
    stop: Arc<AtomicBool>,
    handle: JoinHandle<()>,
}

impl Indexer {
    fn spawn(out: PathBuf) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let handle = std::thread::spawn(move || index_loop(&out, &rx, &flag));
        Self { tx, stop, handle }
    }

    fn request(&self, model: Arc<Model>, site: Arc<Output>) {
        let _ = self.tx.send((model, site));
    }

    fn finish(self) {
        self.stop.store(true, Ordering::SeqCst);
        drop(self.tx);
        let _ = self.handle.join();
    }
}

/// Indexes the newest site it was given, until the sender is gone. Problems are printed:
/// the pages are already served, only the search lags behind.
fn index_loop(out: &Path, rx: &Receiver<Job>, stop: &AtomicBool) {
    let mut written = Output::default();
    while let Ok(mut job) = rx.recv() {
        while let Ok(newer) = rx.try_recv() {
            job = newer;
        }
        let t = Instant::now();
        let bundle = match search::index(&job.1, &job.0) {
            Ok((_, bundle)) => bundle,
            Err(e) => {
                eprintln!("De zoekindex is niet bijgewerkt: {e:#}");
                continue;
            }
        };
        if stop.load(Ordering::SeqCst) {
            return;
        }
        match write_changed(out, &written, &bundle) {
            Ok(_) => {
                written = bundle;
                println!("Zoekindex bijgewerkt in {} ms.", t.elapsed().as_millis());
            }
            Err(e) => eprintln!("De zoekindex is niet bijgewerkt: {e:#}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> Output {
        let mut o = Output::default();
        for (p, b) in files {
            o.add(*p, *b).unwrap();
        }
        o
    }

    #[test]
    fn only_changed_files_are_written_and_gone_ones_removed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        std::fs::write(out.join(target::MARKER), "marke").unwrap();
        let old = site(&[
            ("a/index.html", "oud"),
            ("b/index.html", "blijft"),
            ("c/index.html", "weg"),
        ]);
        write_changed(out, &Output::default(), &old).unwrap();
        // Another hand's copy of an unchanged file shows that marke leaves it alone.
        std::fs::write(out.join("b/index.html"), "niet aangeraakt").unwrap();
        let new = site(&[("a/index.html", "nieuw"), ("b/index.html", "blijft")]);
        assert_eq!(write_changed(out, &old, &new).unwrap(), (1, 1));
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "nieuw"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("b/index.html")).unwrap(),
            "niet aangeraakt"
        );
        assert!(!out.join("c").exists(), "the empty folder goes too");
        let names: Vec<_> = std::fs::read_dir(out.join("a")).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn a_folder_without_the_marker_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let new = site(&[("index.html", "x")]);
        let err = write_changed(dir.path(), &Output::default(), &new).unwrap_err();
        assert!(format!("{err:#}").contains(target::MARKER));
        assert!(!dir.path().join("index.html").exists());
    }
}
