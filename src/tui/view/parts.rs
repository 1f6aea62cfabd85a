//! Small drawing helpers that several views share. Apart from the views that use them, so a
//! view never imports another view for a helper (no import circle among the views).

use ratatui::text::Span;
use ratatui::widgets::{Block, Borders};
use unicode_width::UnicodeWidthStr;

use crate::tui::theme::Theme;

/// Cuts text to `max` columns, ending in "…" when it had to cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.to_string().width() + 1 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// The frame of a window over the screen: a border and its title in the title style.
pub fn frame_block<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.title)
        .title(Span::styled(format!(" {title} "), theme.title))
        .style(theme.base)
}
