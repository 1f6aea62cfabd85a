//! `marke` without a command, or `marke browse [NAAM]`: the terminal browser, at the named
//! item if one is given (by id, code or name, as [`crate::model::Model::lookup`] decides).
//! When stdout is not a capable terminal (a pipe, a file, CI, `TERM=dumb`), it prints plain
//! text instead: the home overview, or the named item as `marke show` does.

use anyhow::Result;

use super::{Workspace, capable_terminal};
use crate::text;
use crate::tui::{self, theme::ThemeKind};

/// `muis`: `--muis` was given; `[marke] muis = true` in book.toml turns the mouse on as well.
pub fn run(ws: &Workspace, muis: bool, naam: Option<&str>) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    let start = match naam.map(|n| super::named_item(&model, n)) {
        None => None,
        Some(Ok(item)) => Some(item.id.clone()),
        Some(Err(code)) => return Ok(code),
    };
    if !capable_terminal(std::io::stdout()) {
        let plain = match start.as_deref().and_then(|id| model.get(id)) {
            Some(item) => text::show(&model, item, ws.today),
            None => crate::control_chars::lines(&text::overview(&model)).into_owned(),
        };
        print!("{plain}");
        return Ok(0);
    }
    let opts = tui::Options {
        site_url: ws.config.output.html.site_url.clone(),
        today: (ws.today.jaar, ws.today.maand, ws.today.dag),
        theme: ThemeKind::from_env(),
        mouse: muis || ws.config.marke.muis,
    };
    let mut store = tui::ContentDir {
        dir: ws.content_dir.clone(),
        cwd: ws.cwd.clone(),
        today: ws.today,
    };
    tui::run(model, opts, start.as_deref(), &mut store)?;
    Ok(0)
}
