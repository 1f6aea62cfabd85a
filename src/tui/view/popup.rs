//! Windows over the screen: help, generated from the keymap, and the glossary of the terms
//! the current text uses.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::parts::{frame_block, truncate};
use super::picker;
use crate::tui::app::App;
use crate::tui::help::{self, HelpLine};
use crate::tui::layout::{self, centered};
use crate::tui::popup::Popup;
use crate::tui::strings as s;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<Position> {
    match &app.popup {
        None => None,
        Some(Popup::Help { scroll }) => help(frame, area, *scroll, theme),
        Some(Popup::Glossary { ids, sel }) => glossary(frame, area, app, ids, *sel, theme),
        Some(Popup::Picker(p)) => picker::draw(frame, area, p, theme),
        Some(Popup::Problems {
            title,
            lines,
            scroll,
        }) => problems(frame, area, title, lines, *scroll, theme),
    }
}

/// The help text ([`help::lines`]) with its styles.
pub fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    help::lines()
        .into_iter()
        .map(|l| match l {
            HelpLine::Heading(t) => Line::from(Span::styled(t, theme.heading)),
            HelpLine::Entry(k, what) => Line::from(vec![
                Span::styled(format!("  {k:<22}"), theme.label),
                Span::raw(what),
            ]),
            HelpLine::Text(t) => Line::from(Span::styled(t, theme.muted)),
            HelpLine::Blank => Line::default(),
        })
        .collect()
}

fn help(frame: &mut Frame, area: Rect, scroll: usize, theme: &Theme) -> Option<Position> {
    let rect = layout::window(area);
    let lines = help_lines(theme);
    scrolled_window(frame, rect, s::HELP_TITLE, lines, scroll, theme)
}

fn problems(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    text: &[String],
    scroll: usize,
    theme: &Theme,
) -> Option<Position> {
    let rect = layout::window(area);
    let mut lines: Vec<Line> = text
        .iter()
        .map(|l| {
            let style = if l.starts_with(' ') {
                theme.muted
            } else {
                theme.base
            };
            Line::from(Span::styled(l.clone(), style))
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(s::PROBLEMS_FOOTER, theme.muted)));
    scrolled_window(frame, rect, title, lines, scroll, theme)
}

/// A framed window of lines from `scroll` on; the title says which lines show of how many.
fn scrolled_window(
    frame: &mut Frame,
    rect: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
    theme: &Theme,
) -> Option<Position> {
    let page = usize::from(rect.height.saturating_sub(2));
    let max = lines.len().saturating_sub(page);
    let top = scroll.min(max);
    let title = s::window_title(title, top + 1, (top + page).min(lines.len()), lines.len());
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(frame_block(&title, theme))
            .scroll((u16::try_from(top).unwrap_or(0), 0)),
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
