//! The event loop and the effects that touch the outside world: the terminal (set up and
//! always restored, also on panic and Ctrl-C), the editor, the clipboard (OSC 52) and the web
//! browser.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context as _, Result};
use crossterm::event::{self, Event, KeyEventKind};
use ratatui::DefaultTerminal;

use super::app::{App, Effect};
use super::strings as s;
use super::{Action, view};
use crate::model::Model;

/// Reloads the content after editing; `Err` holds a short reason in Dutch.
pub type Reload<'a> = dyn FnMut() -> Result<Model, String> + 'a;

/// Runs the browser until the user quits. The terminal is restored in every case.
pub fn run(model: Model, opts: super::Options, reload: &mut Reload) -> Result<()> {
    let mut terminal = ratatui::try_init().context("kan de terminal niet klaarzetten")?;
    let size = terminal.size().unwrap_or_default();
    let result = App::new(model, opts, (size.width, size.height))
        .and_then(|mut app| event_loop(&mut terminal, &mut app, reload));
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, reload: &mut Reload) -> Result<()> {
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|f| view::draw(f, app))?;
            dirty = false;
        }
        let effect = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                dirty = true;
                app.handle_key(key)
            }
            Event::Resize(w, h) => {
                dirty = true;
                app.update(Action::Resize(w, h))
            }
            _ => None,
        };
        match effect {
            None => {}
            Some(Effect::Quit) => return Ok(()),
            Some(Effect::Edit { path, line }) => {
                edit(terminal, app, &path, line, reload)?;
            }
            Some(Effect::Copy(text)) => copy(&text),
            Some(Effect::OpenUrl(url)) => open_url(&url),
        }
    }
}

/// Leaves the browser, runs `$EDITOR +line file`, comes back and reloads the content.
fn edit(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    path: &Path,
    line: usize,
    reload: &mut Reload,
) -> Result<()> {
    ratatui::restore();
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or("vi");
    let status = Command::new(program)
        .args(parts)
        .arg(format!("+{line}"))
        .arg(path)
        .status();
    *terminal = ratatui::try_init().context("kan de terminal niet opnieuw klaarzetten")?;
    terminal.clear()?;
    match status {
        Err(e) => app.message = Some(s::editor_failed(&e.to_string())),
        Ok(_) => match reload() {
            Ok(model) => app.replace_model(model)?,
            Err(why) => app.message = Some(s::reload_failed(&why)),
        },
    }
    Ok(())
}

/// Copies through the terminal (OSC 52), which also works over SSH and in tmux.
fn copy(text: &str) {
    let mut out = std::io::stdout();
    let _ = write!(out, "\x1b]52;c;{}\x07", base64(text.as_bytes()));
    let _ = out.flush();
}

fn open_url(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let _ = Command::new(opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}

/// Standard base64 with padding; small enough not to need a crate.
pub fn base64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(T[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(b"2-5-1-a"), "Mi01LTEtYQ==");
    }
}
