//! Where each part of the screen goes, as a pure function of the terminal size and the state.
//! The views draw into these areas, and the state uses the same numbers to scroll the text,
//! so what the state computes is what the user sees.

use ratatui::layout::{Constraint, Layout, Rect};

use super::lists::Screen;
use super::state::Focus;

/// Smallest terminal the browser draws in; below it shows a message.
pub const MIN_W: u16 = 40;
pub const MIN_H: u16 = 10;
/// From this width the list and the text sit side by side.
pub const WIDE: u16 = 100;

#[derive(Debug, Clone, Copy, Default)]
pub struct Areas {
    pub header: Rect,
    /// The Droom on the home screen, the chart of the agenda, the search box; may be empty.
    pub top: Rect,
    pub list: Rect,
    pub detail: Rect,
    /// With list and text side by side: the row above them that names each pane and marks
    /// the one with the focus in words (`● … (actief)`), not by colour or border alone.
    /// Empty when one pane fills the screen.
    pub titles: Rect,
    pub status: Rect,
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_W || area.height < MIN_H
}

pub fn areas(area: Rect, screen: &Screen, focus: Focus) -> Areas {
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(2),
    ])
    .areas(area);
    let wide = area.width >= WIDE;
    let top_h = match screen {
        Screen::Home => 5,
        Screen::Agenda if area.height >= 30 => 9,
        Screen::Agenda => 6,
        Screen::Zoeken => 4,
        _ => 0,
    };
    let top_h = if !wide && focus == Focus::Text && *screen != Screen::Zoeken {
        0
    } else {
        top_h
    };
    let [top, rest] = Layout::vertical([Constraint::Length(top_h), Constraint::Min(1)]).areas(body);
    let (titles, rest) = if wide && rest.height > 1 {
        let [t, r] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(rest);
        (t, r)
    } else {
        (Rect::default(), rest)
    };
    let (list, detail) = if wide {
        let share = if *screen == Screen::Home { 60 } else { 42 };
        let [l, d] = Layout::horizontal([
            Constraint::Percentage(share),
            Constraint::Percentage(100 - share),
        ])
        .areas(rest);
        (l, d)
    } else if focus == Focus::Text {
        (Rect::default(), rest)
    } else {
        (rest, Rect::default())
    };
    Areas {
        header,
        top,
        list,
        detail,
        titles,
        status,
    }
}

/// First row of a list shown so that `sel` is visible in `height` rows: the list view draws
/// from here, and a click on the list counts from here.
pub fn list_offset(sel: usize, height: usize) -> usize {
    if height == 0 {
        0
    } else {
        (sel + 1).saturating_sub(height)
    }
}

/// Lines per search result: title, breadcrumb, snippet.
pub const HIT_LINES: usize = 3;

/// The search results that fit in the list area with `sel` in view: the view draws these,
/// and the state makes their snippets (and only theirs) before the frame is drawn.
pub fn visible_hits(list: Rect, sel: usize) -> std::ops::Range<usize> {
    let per_page = (usize::from(list.height) / HIT_LINES).max(1);
    let start = list_offset(sel, per_page);
    start..start + per_page
}

/// The text inside the detail pane: one column for the border and one of padding on the left.
pub fn detail_inner(detail: Rect) -> Rect {
    if detail.width <= 2 {
        return Rect::default();
    }
    Rect {
        x: detail.x + 2,
        width: detail.width - 2,
        ..detail
    }
}

/// A rectangle of at most `w` × `h` in the middle of `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The help and problems window: as high as the screen allows.
pub fn window(area: Rect) -> Rect {
    centered(area, 86, area.height.saturating_sub(2))
}

/// Lines a scrolling window shows at this terminal size (inside its frame).
pub fn window_page(size: (u16, u16)) -> usize {
    let rect = window(Rect::new(0, 0, size.0, size.1));
    usize::from(rect.height.saturating_sub(2))
}
