//! The thread that, after each edit, renders and checks the whole site once more and builds
//! the search index, then writes what differs, if no newer edit came in meanwhile.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, Sender};
use std::thread::JoinHandle;
use std::time::Instant;

use anyhow::Result;

use super::Shared;
use super::disk::write_changed;
use crate::model::Model;
use crate::site::output::Output;
use crate::site::search;

type Job = (u64, Arc<Model>);

/// The thread that, after each edit, renders and checks the whole site and builds the
/// search index.
pub(super) struct Background {
    tx: Sender<Job>,
    shared: Arc<Shared>,
    handle: JoinHandle<()>,
}

impl Background {
    pub(super) fn spawn(shared: Arc<Shared>) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        let own = Arc::clone(&shared);
        let handle = std::thread::spawn(move || background(&own, &rx));
        Self { tx, shared, handle }
    }

    pub(super) fn request(&self, number: u64, model: Arc<Model>) {
        let _ = self.tx.send((number, model));
    }

    /// No edit counts as the newest any more, so nothing more is written.
    pub(super) fn finish(self) {
        self.shared.newest.store(u64::MAX, Ordering::SeqCst);
        drop(self.tx);
        let _ = self.handle.join();
    }
}

/// Works on the newest edit it was given, until the sender is gone.
fn background(shared: &Shared, rx: &Receiver<Job>) {
    while let Ok(mut job) = rx.recv() {
        while let Ok(newer) = rx.try_recv() {
            job = newer;
        }
        let (number, model) = job;
        let current = || shared.newest.load(Ordering::SeqCst) == number;
        let t = Instant::now();
        let site = crate::site::render(&model, &shared.opts, None).and_then(|site| {
            crate::site::check_links(&site, &shared.opts.base_path()).map(|()| site)
        });
        let site = match site {
            Ok(site) => site,
            Err(e) => {
                if current() {
                    eprintln!("{e:#}");
                    shared.status.failed(format!("{e:#}"));
                }
                continue;
            }
        };
        let bundle = if shared.opts.search && current() {
            search::index(&site, &search::Prepared::new(&model))
                .map_err(|e| eprintln!("De zoekindex is niet bijgewerkt: {e:#}"))
                .ok()
                .map(|(_, bundle)| bundle)
        } else {
            None
        };
        match settle(shared, site, bundle, &current) {
            Ok(0) => {}
            Ok(n) => {
                println!("Nagekeken: {n} pagina's opnieuw geschreven.");
                shared.status.built();
            }
            Err(e) => eprintln!("{e:#}"),
        }
        if current() && shared.opts.search {
            println!("Zoekindex bijgewerkt in {} ms.", t.elapsed().as_millis());
        }
    }
}

/// Writes what the whole render found different from the folder, and the search index, if
/// this is still the newest edit; returns how many pages it had to write.
fn settle(
    shared: &Shared,
    site: Output,
    bundle: Option<Output>,
    current: &dyn Fn() -> bool,
) -> Result<usize> {
    let mut disk = shared.disk()?;
    if !current() {
        return Ok(0);
    }
    let out = &shared.opts.out;
    let pages = match &disk.site {
        Some(old) => {
            let pages = site
                .pages()
                .filter(|(p, b)| old.files.get(*p) != Some(*b))
                .count();
            write_changed(out, old, &site)?;
            pages
        }
        None => 0,
    };
    disk.site = Some(site);
    if let Some(bundle) = bundle {
        write_changed(out, &disk.search, &bundle)?;
        disk.search = bundle;
    }
    Ok(pages)
}
