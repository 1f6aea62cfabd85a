//! The search screen: the box you type in, the filters as chips, the facet counts, and the
//! results with type, breadcrumb and a snippet whose matched words are highlighted (bold and
//! underlined as well as coloured).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::parts::truncate;
use crate::index::{Hit, Snippet};
use crate::tui::app::App;
use crate::tui::layout::{Areas, HIT_LINES, visible_hits};
use crate::tui::state::Focus;
use crate::tui::strings as s;
use crate::tui::theme::Theme;

fn input_box(area: Rect) -> Rect {
    Rect {
        height: area.height.min(3),
        ..area
    }
}

/// Where the cursor goes while typing.
pub fn input_cursor(top: Rect, app: &App) -> Option<Position> {
    if !app.search.typing || app.popup.is_some() || top.height < 3 {
        return None;
    }
    let inner = input_box(top).inner(ratatui::layout::Margin::new(1, 1));
    let room = usize::from(inner.width).saturating_sub(s::SEARCH_PROMPT.width());
    let scroll = app.search.input.visual_scroll(room);
    let x = s::SEARCH_PROMPT.width() + app.search.input.visual_cursor().saturating_sub(scroll);
    Some(Position::new(
        inner.x + u16::try_from(x).unwrap_or(0),
        inner.y,
    ))
}

pub fn draw(frame: &mut Frame, areas: Areas, app: &App, theme: &Theme) -> Option<Position> {
    let top = areas.top;
    if top.height >= 3 {
        let inner_w =
            usize::from(top.width.saturating_sub(2)).saturating_sub(s::SEARCH_PROMPT.width());
        let scroll = app.search.input.visual_scroll(inner_w);
        let value: String = app.search.input.value().chars().skip(scroll).collect();
        let border = if app.search.typing {
            theme.title
        } else {
            theme.border
        };
        let input = Paragraph::new(Line::from(vec![
            Span::styled(s::SEARCH_PROMPT, theme.label),
            Span::raw(value),
        ]))
        .block(Block::new().borders(Borders::ALL).border_style(border));
        frame.render_widget(input, input_box(top));
    }
    if top.height >= 4 {
        let chips = Rect {
            y: top.y + 3,
            height: 1,
            ..top
        };
        frame.render_widget(Paragraph::new(chip_line(app, theme)), chips);
    }
    hits(frame, areas.list, app, theme)
}

fn chip_line<'a>(app: &App, theme: &Theme) -> Line<'a> {
    let r = &app.search.results;
    if app.search.input.value().trim().is_empty() {
        return Line::from(Span::styled(s::SEARCH_HINT, theme.muted));
    }
    let mut spans = vec![Span::raw(format!(
        "{}  ",
        s::results(r.total, r.hits.len())
    ))];
    for (k, v) in &r.filters {
        spans.push(Span::styled(format!("[{k}: {v}]"), theme.chip));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(
        s::type_counts(&r.facets.types, 5),
        theme.muted,
    ));
    if let Some(m) = &r.message {
        spans.push(Span::styled(format!("  {m}"), theme.warning));
    }
    Line::from(spans)
}

fn hits(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<Position> {
    if area.height == 0 {
        return None;
    }
    let rows = visible_hits(area, app.loc.sel);
    let start = rows.start;
    let width = usize::from(area.width);
    let mut lines: Vec<Line> = Vec::new();
    for (i, hit) in app
        .search
        .results
        .hits
        .iter()
        .enumerate()
        .skip(start)
        .take(rows.len())
    {
        lines.extend(hit_lines(hit, i == app.loc.sel, width, theme));
    }
    frame.render_widget(Paragraph::new(lines), area);
    let y = area.y + u16::try_from((app.loc.sel - start) * HIT_LINES).unwrap_or(0);
    (app.loc.focus == Focus::List && !app.search.results.hits.is_empty())
        .then_some(Position::new(area.x, y))
}

fn hit_lines<'a>(hit: &Hit, selected: bool, width: usize, theme: &Theme) -> Vec<Line<'a>> {
    let marker = if selected { "▶ " } else { "  " };
    let kind = format!(" [{}]", hit.kind.label());
    let title = truncate(&hit.title, width.saturating_sub(2 + kind.width()));
    let style = if selected {
        theme.selected
    } else {
        theme.title
    };
    vec![
        Line::from(vec![
            Span::styled(format!("{marker}{title}"), style),
            Span::styled(kind, theme.muted),
        ]),
        Line::from(Span::styled(
            format!(
                "  {}",
                truncate(&hit.breadcrumb.join(" › "), width.saturating_sub(2))
            ),
            theme.muted,
        )),
        // Made before drawing for every visible row; an empty line should it ever be missing.
        hit.snippet.as_ref().map_or_else(Line::default, |snip| {
            snippet_line(snip, width.saturating_sub(2), theme)
        }),
    ]
}

/// The snippet on one line, cut to the width, with its highlights.
fn snippet_line<'a>(snip: &Snippet, width: usize, theme: &Theme) -> Line<'a> {
    let mut spans = vec![Span::raw("  ")];
    let mut used = 0;
    let mut pos = 0;
    let mut marks = snip
        .highlights
        .iter()
        .filter(|r| r.end <= snip.text.len())
        .peekable();
    while pos < snip.text.len() && used < width {
        let (end, hl) = match marks.peek() {
            Some(r) if r.start <= pos => (r.end, true),
            Some(r) => (r.start, false),
            None => (snip.text.len(), false),
        };
        if hl {
            marks.next();
        }
        let Some(piece) = snip.text.get(pos..end.max(pos)) else {
            break;
        };
        let piece = truncate(piece, width - used);
        used += piece.width();
        spans.push(Span::styled(
            piece,
            if hl { theme.highlight } else { theme.base },
        ));
        pos = end.max(pos + 1);
    }
    Line::from(spans)
}
