//! `marke serve`: build the site into a temporary folder, serve it on 127.0.0.1, and rebuild
//! whenever the content or the theme changes, writing only what changed ([`site::live`]).
//! Invalid content keeps the last good site and shows the errors on every page. Ctrl-C,
//! SIGTERM and SIGHUP end it after the current rebuild, and the temporary folder goes with it.

use std::sync::Arc;

use anyhow::{Context, Result};

use super::Workspace;
use crate::content::ParseCache;
use crate::diag::Format;
use crate::site::live::{Live, Update};
use crate::site::{self, serve::Status, serve::Wake};

/// Loads the content and updates the served site; the error text is what the page shows.
/// The time it reports starts before loading: from save to page is what the user waits
/// (at 3,000 items reading the content again is a third of it).
fn rebuild(ws: &Workspace, cache: &mut ParseCache, live: &mut Live) -> Result<Update, String> {
    let started = std::time::Instant::now();
    let model = ws.load_cached(cache).valid().map_err(|report| {
        live.failed();
        report.render(Format::Human, false)
    })?;
    live.update(Arc::new(model), started)
        .map_err(|e| format!("{e:#}"))
}

pub fn run(ws: &Workspace, port: u16, bind: &str) -> Result<u8> {
    // Before the temporary folder exists, so that no signal can leave it behind.
    let (tx, rx) = std::sync::mpsc::channel();
    let stop = tx.clone();
    crate::signals::on_stop(move |_| {
        let _ = stop.send(Wake::Stop);
    })?;
    let dir = tempfile::tempdir().context("kan geen tijdelijke map maken")?;
    let out = dir.path().join("site");
    let mut opts = site::Options::from_config(&ws.config, Some(&out), ws.today);
    opts.live_reload = true;
    opts.site_url = Some(format!("http://{bind}:{port}/"));
    let status = Arc::new(Status::default());
    let mut live = Live::new(opts, Arc::clone(&status));
    let mut cache = ParseCache::default();
    match rebuild(ws, &mut cache, &mut live) {
        Ok(r) => println!(
            "Website gebouwd: {} pagina's in {} ms.",
            r.pages,
            r.elapsed.as_millis()
        ),
        Err(e) => {
            eprintln!("{e}");
            std::fs::create_dir_all(&out).context("kan de map voor de website niet maken")?;
            status.failed(e);
        }
    }
    let server = site::serve::listen(bind, port)?;
    println!("Bekijk de website op http://{bind}:{port}/ (stoppen: Ctrl+C).");
    let (root, st) = (out.clone(), Arc::clone(&status));
    std::thread::spawn(move || site::serve::run(server, root, st));
    let paths = vec![ws.content_dir.clone(), ws.config.theme_dir()];
    site::serve::watch(&paths, (tx, rx), || {
        match rebuild(ws, &mut cache, &mut live) {
            // A save that changed no page (the same text, an editor's backup file) needs no
            // reload, unless the errors shown until now are gone.
            Ok(r) if r.written + r.removed == 0 && status.error().is_none() => {}
            Ok(r) => {
                println!(
                    "Opnieuw gebouwd in {} ms: {} van {} pagina's en bestanden bijgewerkt, {} weggehaald{}.",
                    r.elapsed.as_millis(),
                    r.written,
                    r.pages,
                    r.removed,
                    r.short_way
                        .map(|why| format!(" ({why})"))
                        .unwrap_or_default()
                );
                status.built();
            }
            Err(e) => {
                eprintln!("{e}");
                status.failed(e);
            }
        }
    })?;
    live.finish();
    drop(dir);
    println!("Gestopt; de tijdelijke map is opgeruimd.");
    Ok(0)
}
