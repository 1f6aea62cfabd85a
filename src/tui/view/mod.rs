//! Render-only views: each takes `&App` and draws one part of the screen. Nothing here
//! changes state. The real terminal cursor is put on the selected row (or in the box being typed in),
//! so screen readers and braille displays follow the selection.

mod chrome;
mod detail;
mod home;
mod list;
mod panes;
mod parts;
mod picker;
mod popup;
mod search;

use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub use popup::help_lines;

use super::app::App;
use super::layout;
use super::lists::Screen;
use super::strings as s;
use super::theme::Theme;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let theme = Theme::new(app.theme);
    frame.render_widget(ratatui::widgets::Block::new().style(theme.base), area);
    if layout::too_small(area) {
        let msg = s::too_small(area.width, area.height, layout::MIN_W, layout::MIN_H);
        frame.render_widget(
            Paragraph::new(Line::from(msg)).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let areas = layout::areas(area, &app.loc.screen, app.loc.focus);
    chrome::header(frame, areas.header, app, &theme);
    let mut cursor: Option<Position> = match app.loc.screen {
        Screen::Home => {
            home::droom(frame, areas.top, app, &theme);
            list::draw(frame, areas.list, app, &theme)
        }
        Screen::Agenda => {
            home::chart(frame, areas.top, app, &theme);
            list::draw(frame, areas.list, app, &theme)
        }
        Screen::Zoeken => {
            let c = search::draw(frame, areas, app, &theme);
            search::input_cursor(areas.top, app).or(c)
        }
        _ => list::draw(frame, areas.list, app, &theme),
    };
    panes::draw(frame, &areas, app, &theme);
    if let Some(c) = detail::draw(frame, areas.detail, app, &theme) {
        cursor = Some(c);
    }
    if let Some(c) = chrome::status(frame, areas.status, app, &theme) {
        cursor = Some(c);
    }
    if let Some(c) = popup::draw(frame, area, app, &theme) {
        cursor = Some(c);
    }
    if let Some(c) = cursor {
        frame.set_cursor_position(c);
    }
}
