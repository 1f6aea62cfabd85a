//! A list of rows: group headings, the selected row marked with "▶" and reversed (never by
//! colour alone), notes right-aligned, and the "verlopen" marker in words.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::parts::truncate;
use crate::tui::app::App;
use crate::tui::layout::list_offset;
use crate::tui::lists::Row;
use crate::tui::state::Focus;
use crate::tui::strings as s;
use crate::tui::theme::Theme;

/// Draws the rows; returns where the cursor goes when the list has the focus.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<Position> {
    if area.height == 0 || area.width == 0 {
        return None;
    }
    if app.rows.is_empty() {
        frame.render_widget(Paragraph::new(s::NO_ITEMS).style(theme.muted), area);
        return None;
    }
    let height = usize::from(area.height);
    let start = list_offset(app.loc.sel, height);
    let max = max_count(app);
    let lines: Vec<Line> = app
        .rows
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, row)| {
            let sel = (i == app.loc.sel).then_some(app.loc.focus == Focus::List);
            row_line(row, sel, usize::from(area.width), max, theme)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
    let y = area.y + u16::try_from(app.loc.sel - start).unwrap_or(0);
    (app.loc.focus == Focus::List).then_some(Position::new(area.x, y))
}

/// Columns left for a row's text beside its marker, mark, bar and note.
pub fn text_room(row: &Row, width: usize, max: usize) -> usize {
    let mark = row.mark.map(|m| format!(" ! {m}")).unwrap_or_default();
    let note = if row.note.is_empty() {
        0
    } else {
        row.note.width() + 1
    };
    width.saturating_sub(2 + mark.width() + note + bar(row, max, width).width())
}

/// The full text of the selected row when the list has to cut it.
pub fn cut_text(app: &App) -> Option<String> {
    let row = app.rows.get(app.loc.sel)?;
    let width = usize::from(app.areas().list.width);
    let max = max_count(app);
    (width > 0 && row.text.width() > text_room(row, width, max)).then(|| row.text.clone())
}

/// A bar for the afspraken of an opgave: the home screen's picture of the plan.
fn bar(row: &Row, max: usize, width: usize) -> String {
    let Some((_, n)) = row.counts else {
        return String::new();
    };
    let room = (width / 5).clamp(4, 20);
    let len = if max == 0 {
        0
    } else {
        (n * room).div_ceil(max)
    };
    format!(" {}{}", "█".repeat(len), " ".repeat(room - len))
}

/// `selected`: `Some(true)` for the selected row of the list with the focus (`▶`),
/// `Some(false)` when the text has the focus (`▷`: still selected, not active).
fn row_line<'a>(
    row: &Row,
    selected: Option<bool>,
    width: usize,
    max: usize,
    theme: &Theme,
) -> Line<'a> {
    if !row.selectable() {
        return Line::from(Span::styled(truncate(&row.text, width), theme.heading));
    }
    let marker = match selected {
        Some(true) => "▶ ",
        Some(false) => "▷ ",
        None => "  ",
    };
    let selected = selected.is_some();
    let mark = row.mark.map(|m| format!(" ! {m}")).unwrap_or_default();
    let note = if row.note.is_empty() {
        String::new()
    } else {
        format!(" {}", row.note)
    };
    let bar = bar(row, max, width);
    let room = text_room(row, width, max);
    let text = truncate(&row.text, room);
    let pad = " ".repeat(room.saturating_sub(text.width()));
    let style = if selected { theme.selected } else { theme.base };
    Line::from(vec![
        Span::styled(format!("{marker}{text}{pad}"), style),
        Span::styled(mark, theme.warning),
        Span::styled(bar, theme.bar),
        Span::styled(
            note,
            if selected {
                theme.selected
            } else {
                theme.muted
            },
        ),
    ])
}

/// The largest count shown beside a row: the bars and the room for text both scale to it.
fn max_count(app: &App) -> usize {
    app.rows
        .iter()
        .filter_map(|r| r.counts)
        .map(|c| c.1)
        .max()
        .unwrap_or(0)
}
