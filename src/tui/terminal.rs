//! The event loop and the effects that touch the outside world: the terminal (set up and
//! always restored, also on panic, Ctrl-C, SIGTERM and SIGHUP; with `--muis` mouse capture
//! too), the editor, the clipboard (OSC 52) and the web browser. Bracketed paste is on, so a
//! paste arrives as one event; and the screen is drawn only when no input is waiting, so a
//! burst of keys (a paste in a terminal without bracketed paste) costs one frame, not one per
//! key.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context as _, Result};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

use super::app::App;
use super::state::Effect;
use super::store::Store;
use super::strings as s;
use super::{Action, view};
use crate::model::Model;

/// Runs the browser until the user quits. The terminal is restored in every case, mouse
/// capture included. `store` reloads the content after the editor and records status updates.
pub fn run(
    model: Model,
    opts: super::Options,
    start: Option<&str>,
    store: &mut dyn Store,
) -> Result<()> {
    let mouse = opts.mouse;
    release_on_panic(mouse);
    restore_on_signal(mouse)?;
    let mut terminal = init(mouse).context("kan de terminal niet klaarzetten")?;
    let size = terminal.size().unwrap_or_default();
    let result = App::new(model, opts, (size.width, size.height)).and_then(|mut app| {
        if let Some(id) = start {
            app.start_at(id);
        }
        event_loop(&mut terminal, &mut app, store, mouse)
    });
    restore(mouse);
    result
}

/// Raw mode, the alternate screen (both with ratatui's panic hook), and mouse capture when
/// asked for. If capturing the mouse fails, the terminal is restored before the error returns.
fn init(mouse: bool) -> Result<DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    // Without bracketed paste, a paste still works, key by key.
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    if mouse && let Err(e) = execute!(std::io::stdout(), EnableMouseCapture) {
        restore(mouse);
        return Err(e.into());
    }
    Ok(terminal)
}

/// Undoes [`init`]: mouse capture off first, then ratatui's raw mode and alternate screen.
fn restore(mouse: bool) {
    if mouse {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(std::io::stdout(), DisableBracketedPaste);
    ratatui::restore();
}

/// `kill` (SIGTERM), a closed terminal window (SIGHUP) or SIGINT from outside end marke
/// like quitting does: the terminal gets echo, line mode, the normal screen and the cursor
/// back, and the mouse and bracketed paste are released. The exit code says which signal it
/// was (SIGTERM: 143). After SIGHUP the terminal may be gone, so nothing here may fail loudly
/// (ratatui's `restore` prints its error, and printing to a closed terminal panics).
fn restore_on_signal(mouse: bool) -> Result<()> {
    crate::signals::on_stop(move |signal| {
        let mut out = std::io::stdout();
        if mouse {
            let _ = execute!(out, DisableMouseCapture);
        }
        let _ = execute!(out, DisableBracketedPaste);
        let _ = ratatui::try_restore();
        let _ = execute!(out, crossterm::cursor::Show);
        std::process::exit(crate::signals::exit_code(signal));
    })
}

/// A panic hook that turns bracketed paste and mouse capture off, so the shell after a crash
/// does not get their escape codes. Installed once, before ratatui's own hook, which restores
/// raw mode and the alternate screen and then calls this one.
fn release_on_panic(mouse: bool) {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if mouse {
            let _ = execute!(std::io::stdout(), DisableMouseCapture);
        }
        let _ = execute!(std::io::stdout(), DisableBracketedPaste);
        hook(info);
    }));
}

/// A mouse event as an action: a left click, or a notch of the wheel. Moving, dragging and
/// releasing are ignored (and do not redraw).
fn mouse_action(ev: MouseEvent) -> Option<Action> {
    let (column, row) = (ev.column, ev.row);
    match ev.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            delta: 1,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            delta: -1,
        }),
        _ => None,
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    store: &mut dyn Store,
    mouse: bool,
) -> Result<()> {
    let mut dirty = true;
    loop {
        if dirty && !event::poll(std::time::Duration::ZERO)? {
            terminal.draw(|f| view::draw(f, app))?;
            dirty = false;
        }
        let effect = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                dirty = true;
                app.handle_key(key)
            }
            Event::Paste(text) => {
                dirty = true;
                app.update(Action::Paste(text))
            }
            Event::Resize(w, h) => {
                dirty = true;
                app.update(Action::Resize(w, h))
            }
            Event::Mouse(ev) if mouse => match mouse_action(ev) {
                Some(action) => {
                    dirty = true;
                    app.update(action)
                }
                None => None,
            },
            _ => None,
        };
        match effect {
            None => {}
            Some(Effect::Quit) => return Ok(()),
            Some(Effect::Edit { path, line, id }) => {
                let line = status_line(&path, &id).unwrap_or(line);
                edit(terminal, app, &path, line, store, mouse)?;
            }
            Some(Effect::SetStatus(request)) => match store.record(request.clone()) {
                Ok(model) => app.status_saved(model, &request)?,
                Err(mut lines) => {
                    if !lines.iter().any(|l| l.contains("niets geschreven")) {
                        lines.push(s::NOTHING_WRITTEN.to_owned());
                    }
                    app.show_problems(s::STATUS_FAILED_TITLE, lines);
                }
            },
            Some(Effect::Copy(text)) => copy(&text),
            Some(Effect::OpenUrl(url)) => open_url(&url),
        }
    }
}

/// The line of the afspraak's `status` (where a staff member edits it), if it has one.
fn status_line(path: &Path, id: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let kind = if path.extension().is_some_and(|e| e == "md") {
        crate::content::FileKind::Markdown
    } else {
        crate::content::FileKind::Yaml
    };
    crate::status::edit::status_line(text, kind, id)
}

/// The editor to run: `$VISUAL`, `$EDITOR`, else nano when it is installed (it shows its
/// keys on screen, which suits people who never chose an editor), else vi.
pub fn editor_command(visual: Option<String>, editor: Option<String>, has_nano: bool) -> String {
    visual
        .filter(|v| !v.trim().is_empty())
        .or(editor.filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| if has_nano { "nano" } else { "vi" }.to_owned())
}

/// Whether a program of this name is on `PATH`.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|dir| dir.join(program).is_file()))
}

/// Leaves the browser, runs the editor at `+line`, comes back and reloads the content; on
/// errors it shows them (file:line and message).
fn edit(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    path: &Path,
    line: usize,
    store: &mut dyn Store,
    mouse: bool,
) -> Result<()> {
    // The editor gets a normal terminal: no raw mode, and no mouse codes in its input.
    restore(mouse);
    let editor = editor_command(
        std::env::var("VISUAL").ok(),
        std::env::var("EDITOR").ok(),
        on_path("nano"),
    );
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or("vi");
    let status = Command::new(program)
        .args(parts)
        .arg(format!("+{line}"))
        .arg(path)
        .status();
    *terminal = init(mouse).context("kan de terminal niet opnieuw klaarzetten")?;
    terminal.clear()?;
    match status {
        Err(e) => app.message = Some(s::editor_failed(&e.to_string())),
        Ok(_) => match store.reload() {
            Ok(model) => app.replace_model(model)?,
            Err(mut lines) => {
                lines.push(String::new());
                lines.extend(s::RELOAD_HINT.map(str::to_owned));
                app.show_problems(s::RELOAD_FAILED_TITLE, lines);
            }
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
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

    use crate::tui::Action;

    fn mouse(kind: MouseEventKind) -> MouseEvent {
        MouseEvent {
            kind,
            column: 7,
            row: 5,
            modifiers: KeyModifiers::NONE,
        }
    }

    #[test]
    fn left_clicks_and_the_wheel_become_actions_and_nothing_else_does() {
        let act = |k| super::mouse_action(mouse(k));
        assert_eq!(
            act(MouseEventKind::Down(MouseButton::Left)),
            Some(Action::Click { column: 7, row: 5 })
        );
        assert_eq!(
            act(MouseEventKind::ScrollDown),
            Some(Action::Scroll {
                column: 7,
                row: 5,
                delta: 1
            })
        );
        assert_eq!(
            act(MouseEventKind::ScrollUp),
            Some(Action::Scroll {
                column: 7,
                row: 5,
                delta: -1
            })
        );
        for k in [
            MouseEventKind::Moved,
            MouseEventKind::Up(MouseButton::Left),
            MouseEventKind::Drag(MouseButton::Left),
            MouseEventKind::Down(MouseButton::Right),
        ] {
            assert_eq!(act(k), None, "{k:?}");
        }
    }

    #[test]
    fn without_visual_or_editor_nano_is_used_where_it_exists() {
        let cmd = super::editor_command;
        assert_eq!(
            cmd(Some("code -w".into()), Some("vim".into()), true),
            "code -w"
        );
        assert_eq!(cmd(None, Some("vim".into()), true), "vim");
        assert_eq!(cmd(Some(" ".into()), None, true), "nano");
        assert_eq!(cmd(None, None, false), "vi");
    }

    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(b"2-5-1-a"), "Mi01LTEtYQ==");
    }
}
