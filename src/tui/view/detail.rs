//! The text of the selected item: the wrapped doc from the state, scrolled, with links
//! underlined and the selected link reversed and marked with "▶". Words found by a find (or
//! the words of the search that opened the item) are marked bold and underlined; the current
//! one is also reversed, and its line gets the "▶" when no link is selected, so no mark relies
//! on colour alone.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::doc::{Seg, Tone, Wrapped};
use crate::tui::find::{Match, line_text};
use crate::tui::layout;
use crate::tui::state::Focus;
use crate::tui::theme::Theme;

fn tone_style(tone: Tone, theme: &Theme) -> Style {
    match tone {
        Tone::Text => theme.base,
        Tone::Title => theme.title,
        Tone::Heading => theme.heading,
        Tone::Strong | Tone::Label => theme.label,
        Tone::Emph => theme.base.add_modifier(Modifier::ITALIC),
        Tone::Code | Tone::Muted => theme.muted,
    }
}

fn seg_style(seg: &Seg, selected: Option<usize>, theme: &Theme) -> Style {
    match seg.link {
        Some(l) if Some(l) == selected => theme.selected,
        Some(_) => theme.link,
        None => tone_style(seg.tone, theme),
    }
}

/// A found word keeps the style under it (a link stays a link) with the highlight on top;
/// bold and underlined in every theme, the current match reversed as well.
fn mark_style(base: Style, current: bool, theme: &Theme) -> Style {
    let marked = base
        .patch(theme.highlight)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    if current {
        marked
            .patch(theme.selected)
            .add_modifier(Modifier::REVERSED)
    } else {
        marked
    }
}

/// A found word on a line: bytes in the line's text, and whether it is the current match.
type Mark = (Range<usize>, bool);

/// The spans of one line, each segment cut where a mark starts or ends.
fn line_spans(
    line: &[Seg],
    marks: &[Mark],
    selected: Option<usize>,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut start = 0;
    for seg in line {
        let end = start + seg.text.len();
        let base = seg_style(seg, selected, theme);
        let mut pos = start;
        for (range, current) in marks.iter().filter(|(r, _)| r.start < end && r.end > start) {
            let (from, to) = (range.start.max(pos), range.end.min(end));
            piece(&mut spans, seg, pos - start..from - start, base);
            piece(
                &mut spans,
                seg,
                from - start..to - start,
                mark_style(base, *current, theme),
            );
            pos = to;
        }
        piece(&mut spans, seg, pos - start..end - start, base);
        start = end;
    }
    spans
}

/// Adds a piece of a segment's text, if it is not empty (and lies on character boundaries).
fn piece(spans: &mut Vec<Span<'static>>, seg: &Seg, range: Range<usize>, style: Style) {
    if let Some(text) = seg.text.get(range).filter(|t| !t.is_empty()) {
        spans.push(Span::styled(text.to_owned(), style));
    }
}

/// The marks on line `n`.
fn marks_on(matches: &[Match], current: Option<usize>, n: usize) -> Vec<Mark> {
    matches
        .iter()
        .enumerate()
        .filter(|(_, m)| m.line == n)
        .map(|(i, m)| (m.range.clone(), Some(i) == current))
        .collect()
}

/// Draws the text; returns where the cursor goes when the text has the focus.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<Position> {
    if area.width == 0 || area.height == 0 {
        return None;
    }
    // The pane with the focus has a thick border, not only another colour.
    let border = if app.loc.focus == Focus::Text {
        BorderType::Thick
    } else {
        BorderType::Plain
    };
    frame.render_widget(
        Block::new()
            .borders(Borders::LEFT)
            .border_type(border)
            .border_style(theme.border),
        area,
    );
    let inner = layout::detail_inner(area);
    let wrapped = app.wrapped();
    let selected = app.loc.link.filter(|_| app.loc.focus == Focus::Text);
    let matches = app
        .find
        .as_ref()
        .map(|f| f.matches(&wrapped))
        .unwrap_or_default();
    let current = app.find.as_ref().and_then(|f| f.current(matches.len()));
    // The current match takes the "▶" and the cursor only when no link is selected.
    let current_match = current.filter(|_| selected.is_none()).map(|i| &matches[i]);
    let height = usize::from(inner.height);
    let lines: Vec<Line> = wrapped
        .lines
        .iter()
        .enumerate()
        .skip(app.loc.scroll)
        .take(height)
        .map(|(n, line)| {
            let here = line.iter().any(|s| s.link.is_some() && s.link == selected)
                || current_match.is_some_and(|m| m.line == n);
            let marker = if here {
                Span::styled("▶", theme.selected)
            } else {
                Span::raw(" ")
            };
            let marks = marks_on(&matches, current, n);
            let mut spans = vec![marker];
            spans.extend(line_spans(line, &marks, selected, theme));
            Line::from(spans)
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
    let (row, col) = cursor_cell(&wrapped, selected, current_match)
        .filter(|(l, _)| *l >= app.loc.scroll && *l < app.loc.scroll + height)
        .map_or((0, 0), |(l, c)| (l - app.loc.scroll, c));
    Some(Position::new(
        inner.x
            + u16::try_from(col)
                .unwrap_or(0)
                .min(inner.width.saturating_sub(1)),
        inner.y + u16::try_from(row).unwrap_or(0),
    ))
}

/// Line and column of the cursor: at the selected link, or on the current match's first letter.
fn cursor_cell(
    wrapped: &Wrapped,
    link: Option<usize>,
    found: Option<&Match>,
) -> Option<(usize, usize)> {
    if let Some(line) = link.and_then(|l| wrapped.link_lines.get(l).copied()) {
        return Some((line, 0));
    }
    let m = found?;
    let text = line_text(wrapped.lines.get(m.line)?);
    Some((m.line, text.get(..m.range.start)?.width()))
}
