//! The top of the home screen (the Drentse Droom) and of the agenda (afspraken per year as a
//! bar chart, with the numbers written on the bars so the chart reads without colour).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph, Wrap};

use crate::model::DROOM_ID;
use crate::model::agenda::Year;
use crate::tui::app::App;
use crate::tui::lists;
use crate::tui::strings as s;
use crate::tui::theme::Theme;

pub fn droom(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(droom) = app.model.get(DROOM_ID) else {
        return;
    };
    let text = vec![
        Line::from(Span::styled(droom.title.clone(), theme.title)),
        Line::from(Span::styled(droom.summary.clone(), theme.base)),
    ];
    let block = Block::new()
        .borders(Borders::BOTTOM)
        .border_style(theme.border);
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: true }).block(block),
        area,
    );
}

pub fn chart(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.height < 3 {
        return;
    }
    let items = lists::agenda_items(&app.model, &app.filter);
    // A bar per year; the unplanned ones are not a year, and their label would not fit under
    // a bar, so the title counts them.
    let data = lists::per_year(&items);
    let unplanned = data
        .iter()
        .find(|(y, _)| *y == Year::Unplanned)
        .map_or(0, |(_, n)| *n);
    let bars: Vec<Bar> = data
        .iter()
        .filter(|(y, _)| *y != Year::Unplanned)
        .map(|(year, n)| {
            Bar::default()
                .label(Line::from(year.label()))
                .value(*n)
                .text_value(n.to_string())
                .style(theme.bar)
                .value_style(theme.chip)
        })
        .collect();
    let width = u16::try_from(bars.len().max(1)).unwrap_or(1);
    let bar_width = ((area.width.saturating_sub(2)) / width)
        .saturating_sub(1)
        .clamp(3, 8);
    let block = Block::new()
        .borders(Borders::BOTTOM)
        .border_style(theme.border)
        .title(Span::styled(
            s::chart_title(items.len(), unplanned),
            theme.heading,
        ));
    let chart = BarChart::default()
        .block(block)
        .data(BarGroup::default().bars(&bars))
        .bar_width(bar_width)
        .bar_gap(1)
        .label_style(theme.base);
    frame.render_widget(chart, area);
}
