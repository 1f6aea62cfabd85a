//! The row above the list and the text when they sit side by side: each pane's name, the one
//! with the focus marked `●` and "(actief)" (a marker and a word, so it does not depend on
//! colour), the other `○` with the key that goes there. Not `▶`: that marks the selected row.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::app::App;
use crate::tui::layout::Areas;
use crate::tui::state::Focus;
use crate::tui::strings as s;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, areas: &Areas, app: &App, theme: &Theme) {
    let t = areas.titles;
    if t.height == 0 || areas.list.width == 0 || areas.detail.width == 0 {
        return;
    }
    let text_active = app.loc.focus == Focus::Text;
    let list = Rect {
        width: areas.list.width,
        ..t
    };
    let detail = Rect {
        x: areas.detail.x,
        width: areas.detail.width,
        ..t
    };
    frame.render_widget(
        Paragraph::new(title(s::PANE_LIST, !text_active, s::PANE_TO_LIST, theme)),
        list,
    );
    // The divider runs on through this row, thick beside the text when it has the focus.
    let border = if text_active { "┃" } else { "│" };
    let mut spans = vec![Span::styled(border, theme.border)];
    spans.extend(title(s::PANE_TEXT, text_active, s::PANE_TO_TEXT, theme).spans);
    frame.render_widget(Paragraph::new(Line::from(spans)), detail);
}

fn title(name: &'static str, active: bool, to: &'static str, theme: &Theme) -> Line<'static> {
    if active {
        Line::from(vec![
            Span::styled("● ", theme.heading),
            Span::styled(name, theme.heading),
            Span::styled(format!(" {}", s::PANE_ACTIVE), theme.heading),
        ])
    } else {
        Line::from(vec![
            Span::styled("○ ", theme.muted),
            Span::styled(name, theme.muted),
            Span::styled(format!(" {to}"), theme.muted),
        ])
    }
}
