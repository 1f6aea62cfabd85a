//! Windows over the screen: help, generated from the keymap, and the glossary of the terms
//! the current text uses.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::chrome::truncate;
use crate::tui::app::{App, Popup};
use crate::tui::keys::{self, HELP_ORDER, KEYMAP};
use crate::tui::strings as s;
use crate::tui::theme::Theme;

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<Position> {
    match &app.popup {
        None => None,
        Some(Popup::Help { scroll }) => help(frame, area, *scroll, theme),
        Some(Popup::Glossary { ids, sel }) => glossary(frame, area, app, ids, *sel, theme),
    }
}

/// The help text: every binding, grouped by where it applies, and then the mouse.
pub fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for ctx in HELP_ORDER {
        lines.push(Line::from(Span::styled(ctx.title(), theme.heading)));
        for bd in KEYMAP.iter().filter(|bd| bd.context == ctx) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<22}", keys::keys_text(bd)), theme.label),
                Span::raw(bd.help),
            ]));
        }
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled(s::MOUSE_TITLE, theme.heading)));
    for (what, help) in s::MOUSE_HELP {
        lines.push(Line::from(vec![
            Span::styled(format!("  {what:<22}"), theme.label),
            Span::raw(help),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(s::HELP_FOOTER, theme.muted)));
    lines
}

fn frame_block<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.title)
        .title(Span::styled(format!(" {title} "), theme.title))
        .style(theme.base)
}

fn help(frame: &mut Frame, area: Rect, scroll: usize, theme: &Theme) -> Option<Position> {
    let rect = centered(area, 78, area.height.saturating_sub(2));
    let lines = help_lines(theme);
    let max = lines
        .len()
        .saturating_sub(usize::from(rect.height.saturating_sub(2)));
    let top = u16::try_from(scroll.min(max)).unwrap_or(0);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(frame_block(s::HELP_TITLE, theme))
            .scroll((top, 0)),
        rect,
    );
    Some(Position::new(rect.x + 1, rect.y + 1))
}

fn glossary(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    ids: &[String],
    sel: usize,
    theme: &Theme,
) -> Option<Position> {
    let rect = centered(area, 72, area.height.saturating_sub(4));
    frame.render_widget(Clear, rect);
    let block = frame_block(s::GLOSSARY_TITLE, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if ids.is_empty() {
        frame.render_widget(
            Paragraph::new(s::GLOSSARY_EMPTY).wrap(Wrap { trim: true }),
            inner,
        );
        return Some(Position::new(inner.x, inner.y));
    }
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    let mut cursor_y = 0;
    for (i, id) in ids.iter().enumerate() {
        let Some(item) = app.model.get(id) else {
            continue;
        };
        let selected = i == sel;
        if selected {
            cursor_y = lines.len();
        }
        let marker = if selected { "▶ " } else { "  " };
        let style = if selected {
            theme.selected
        } else {
            theme.label
        };
        lines.push(Line::from(Span::styled(
            truncate(&format!("{marker}{}", item.display_title()), width),
            style,
        )));
        let explain = item
            .facts
            .voluit
            .clone()
            .unwrap_or_else(|| item.summary.clone());
        lines.push(Line::from(Span::styled(
            format!("  {}", truncate(&explain, width.saturating_sub(2))),
            theme.base,
        )));
    }
    let height = usize::from(inner.height);
    let top = (cursor_y + 2).saturating_sub(height);
    frame.render_widget(
        Paragraph::new(lines).scroll((u16::try_from(top).unwrap_or(0), 0)),
        inner,
    );
    Some(Position::new(
        inner.x,
        inner.y + u16::try_from(cursor_y - top).unwrap_or(0),
    ))
}
