//! `marke` without a command: the terminal browser. When stdout is not a capable terminal (a
//! pipe, a file, CI, `TERM=dumb`), it prints the home overview as plain text instead.

use anyhow::Result;

use super::{Workspace, capable_terminal};
use crate::tui::{self, theme::ThemeKind};

/// `muis`: `--muis` was given; `[marke] muis = true` in book.toml turns the mouse on as well.
pub fn run(ws: &Workspace, muis: bool) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    if !capable_terminal(std::io::stdout()) {
        print!(
            "{}",
            crate::control_chars::lines(&crate::text::overview(&model))
        );
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
    tui::run(model, opts, &mut store)?;
    Ok(0)
}
