//! A picker window: the typed text on top (with the cursor in it), then the choices that
//! match, the selected one marked with "▶" and reversed, counts right-aligned. The note step
//! of a status update has no choices: it says what the note is for and how to skip it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::parts::{frame_block, truncate};
use crate::tui::layout::centered;
use crate::tui::picker::{Picker, Purpose};
use crate::tui::strings as s;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, p: &Picker, theme: &Theme) -> Option<Position> {
    let note = matches!(p.purpose, Purpose::Note { .. });
    let want = if note {
        8
    } else {
        u16::try_from(p.choices.len() + 4).unwrap_or(u16::MAX)
    };
    let rect = centered(area, 64, want.min(area.height.saturating_sub(2)).max(5));
    frame.render_widget(Clear, rect);
    let block = frame_block(&p.title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let prompt = if note { s::NOTE_PROMPT } else { s::PICK_PROMPT };
    let room = width.saturating_sub(prompt.width() + 1).max(1);
    let scroll = p.input.visual_scroll(room);
    let value: String = p.input.value().chars().skip(scroll).collect();
    let mut lines = vec![Line::from(vec![
        Span::styled(prompt, theme.label),
        Span::raw(truncate(&value, room)),
    ])];
    let cursor = Position::new(
        inner.x
            + u16::try_from(prompt.width() + p.input.visual_cursor().saturating_sub(scroll))
                .unwrap_or(0)
                .min(inner.width.saturating_sub(1)),
        inner.y,
    );
    if note {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(s::NOTE_HELP, theme.muted)));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        return Some(cursor);
    }
    let height = usize::from(inner.height.saturating_sub(1));
    if p.shown.is_empty() {
        lines.push(Line::from(Span::styled(s::PICK_NONE, theme.muted)));
    }
    let start = crate::tui::layout::list_offset(p.sel, height);
    for (row, &i) in p.shown.iter().enumerate().skip(start).take(height) {
        let c = &p.choices[i];
        let selected = row == p.sel;
        let marker = if selected { "▶ " } else { "  " };
        let count = c.count.map(|n| format!(" {n}")).unwrap_or_default();
        let room = width.saturating_sub(marker.width() + count.width());
        let label = truncate(&c.label, room);
        let pad = " ".repeat(room.saturating_sub(label.width()));
        let style = if selected { theme.selected } else { theme.base };
        lines.push(Line::from(vec![
            Span::styled(format!("{marker}{label}{pad}"), style),
            Span::styled(
                count,
                if selected {
                    theme.selected
                } else {
                    theme.muted
                },
            ),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    Some(cursor)
}
