//! `marke` without a command: the terminal browser. When stdout is not a terminal (a pipe,
//! a file, CI), it prints the home overview as plain text instead.

use std::io::IsTerminal;

use anyhow::Result;

use super::Workspace;
use crate::model::{DROOM_ID, ItemType, Model};
use crate::tui::{self, lists, theme::ThemeKind};

/// `muis`: `--muis` was given; `[marke] muis = true` in book.toml turns the mouse on as well.
pub fn run(ws: &Workspace, muis: bool) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    if !std::io::stdout().is_terminal() {
        print!("{}", crate::control_chars::lines(&overview(&model)));
        return Ok(0);
    }
    let opts = tui::Options {
        site_url: ws.config.output.html.site_url.clone(),
        today: (ws.today.jaar, ws.today.maand, ws.today.dag),
        theme: ThemeKind::from_env(),
        mouse: muis || ws.config.marke.muis,
    };
    let mut reload = || {
        let (model, diags) = ws.load();
        let report = crate::check::run(&model, diags, None);
        if report.errors > 0 {
            Err(format!("{} fouten; 'marke check' toont ze", report.errors))
        } else {
            Ok(model)
        }
    };
    tui::run(model, opts, &mut reload)?;
    Ok(0)
}

/// The home overview as text.
pub fn overview(model: &Model) -> String {
    let mut out = String::new();
    if let Some(droom) = model.get(DROOM_ID) {
        out.push_str(&format!("{}\n\n{}\n\n", droom.title, droom.summary));
    }
    out.push_str("Opgaven                                   doelen  afspraken\n");
    for opgave in model.of_type(ItemType::Opgave) {
        let (doelen, afspraken) = lists::counts(model, opgave);
        out.push_str(&format!(
            "{:<42}{:>6}{:>11}\n",
            opgave.display_title(),
            doelen,
            afspraken
        ));
    }
    out
}
