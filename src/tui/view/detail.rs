//! The text of the selected item: the wrapped doc from the state, scrolled, with links
//! underlined and the selected link reversed and marked with "▶".

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::app::{App, Focus};
use crate::tui::doc::{Seg, Tone};
use crate::tui::layout;
use crate::tui::theme::Theme;

fn tone_style(tone: Tone, theme: &Theme) -> Style {
    match tone {
        Tone::Text => theme.base,
        Tone::Title => theme.title,
        Tone::Heading => theme.heading,
        Tone::Strong | Tone::Label => theme.label,
        Tone::Emph => theme.base.add_modifier(ratatui::style::Modifier::ITALIC),
        Tone::Code | Tone::Muted => theme.muted,
    }
}

fn seg_span(seg: &Seg, selected: Option<usize>, theme: &Theme) -> Span<'static> {
    match seg.link {
        Some(l) if Some(l) == selected => Span::styled(seg.text.clone(), theme.selected),
        Some(_) => Span::styled(seg.text.clone(), theme.link),
        None => Span::styled(seg.text.clone(), tone_style(seg.tone, theme)),
    }
}

/// Draws the text; returns where the cursor goes when the text has the focus.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<Position> {
    if area.width == 0 || area.height == 0 {
        return None;
    }
    frame.render_widget(
        Block::new()
            .borders(Borders::LEFT)
            .border_style(theme.border),
        area,
    );
    let inner = layout::detail_inner(area);
    let wrapped = app.wrapped();
    let selected = app.loc.link.filter(|_| app.loc.focus == Focus::Text);
    let height = usize::from(inner.height);
    let lines: Vec<Line> = wrapped
        .lines
        .iter()
        .skip(app.loc.scroll)
        .take(height)
        .map(|line| {
            let here =
                selected.is_some() && line.iter().any(|s| s.link.is_some() && s.link == selected);
            let marker = if here {
                Span::styled("▶", theme.selected)
            } else {
                Span::raw(" ")
            };
            let spans = std::iter::once(marker)
                .chain(line.iter().map(|seg| seg_span(seg, selected, theme)));
            Line::from(spans.collect::<Vec<_>>())
        })
        .collect();
    // The marker sits in the padding column, left of the text.
    let with_marker = Rect {
        x: inner.x.saturating_sub(1),
        width: inner.width + 1,
        ..inner
    };
    frame.render_widget(Paragraph::new(lines), with_marker);
    if app.loc.focus != Focus::Text {
        return None;
    }
    let row = selected
        .and_then(|l| wrapped.link_lines.get(l).copied())
        .filter(|l| *l >= app.loc.scroll && *l < app.loc.scroll + height)
        .map_or(0, |l| l - app.loc.scroll);
    Some(Position::new(
        inner.x,
        inner.y + u16::try_from(row).unwrap_or(0),
    ))
}
