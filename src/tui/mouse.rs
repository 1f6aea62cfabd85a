//! Clicks and the mouse wheel (only with `--muis` or `muis = true`): pure state logic on the
//! same layout the views draw with ([`layout::areas`], [`layout::list_offset`],
//! [`layout::visible_hits`], the wrapped text), so a click hits what the user sees.
//!
//! A click selects; a click on what is already selected opens it, like Enter; a click on a
//! pane's title moves the focus to that pane. The wheel moves
//! the cursor in the list, or scrolls the text, whichever is under the pointer.

use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use super::app::App;
use super::doc::Wrapped;
use super::layout::{self, HIT_LINES};
use super::lists::Screen;
use super::state::{Effect, Focus, WHEEL_LINES};

impl App {
    fn screen_rect(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// A left click at (`column`, `row`) of the screen.
    pub(super) fn click(&mut self, column: u16, row: u16) -> Option<Effect> {
        if layout::too_small(self.screen_rect()) {
            return None;
        }
        let areas = self.areas();
        let at = Position::new(column, row);
        if areas.list.contains(at) {
            let i = self.row_at(areas.list, row - areas.list.y)?;
            return self.click_row(i);
        }
        if areas.detail.contains(at) {
            return self.click_text(areas.detail, column, row);
        }
        if areas.titles.contains(at) {
            // The pane titles: a click on one moves the focus there.
            if column >= areas.detail.x {
                self.focus_text();
            } else {
                self.focus_list();
            }
            return None;
        }
        if self.loc.screen == Screen::Zoeken && areas.top.contains(at) {
            // The search box: type in it again, the words stay.
            self.search.typing = true;
            self.loc.focus = Focus::List;
        }
        None
    }

    /// The wheel: `delta` notches (negative is up) over the list or over the text.
    pub(super) fn wheel(&mut self, column: u16, row: u16, delta: i16) {
        if layout::too_small(self.screen_rect()) {
            return;
        }
        let areas = self.areas();
        let at = Position::new(column, row);
        let delta = isize::from(delta);
        if areas.list.contains(at) {
            self.move_cursor(delta);
        } else if areas.detail.contains(at) {
            self.scroll_text(delta * WHEEL_LINES);
        }
    }

    /// The row drawn at line `y` of the list area, if there is one; on the search screen each
    /// result takes [`HIT_LINES`] lines.
    fn row_at(&self, list: Rect, y: u16) -> Option<usize> {
        let y = usize::from(y);
        let i = if self.loc.screen == Screen::Zoeken {
            layout::visible_hits(list, self.loc.sel).start + y / HIT_LINES
        } else {
            layout::list_offset(self.loc.sel, usize::from(list.height)) + y
        };
        (i < self.rows.len()).then_some(i)
    }

    /// A click on row `i` of the list: select it, or open it when it was selected already.
    /// Group headings cannot be selected, so a click on one does nothing.
    fn click_row(&mut self, i: usize) -> Option<Effect> {
        self.rows.get(i)?.id.as_ref()?;
        let again = i == self.loc.sel;
        self.loc.focus = Focus::List;
        if again {
            return self.open();
        }
        self.select_row(i);
        None
    }

    /// A click in the text: focus it; on a link, select the link, and follow it when it was
    /// selected already.
    fn click_text(&mut self, detail: Rect, column: u16, row: u16) -> Option<Effect> {
        self.selected_item()?;
        let inner = layout::detail_inner(detail);
        let line = self.loc.scroll + usize::from(row - detail.y);
        let link = column
            .checked_sub(inner.x)
            .and_then(|x| link_at(&self.wrapped(), line, usize::from(x)));
        let again = self.loc.focus == Focus::Text && link.is_some() && link == self.loc.link;
        self.focus_text();
        if again {
            return self.open();
        }
        if link.is_some() {
            self.loc.link = link;
        }
        None
    }
}

/// The link drawn at column `x` (counted from the left of the text) of line `line`.
pub fn link_at(wrapped: &Wrapped, line: usize, x: usize) -> Option<usize> {
    let mut left = 0;
    for seg in wrapped.lines.get(line)? {
        let right = left + seg.text.width();
        if x < right {
            return seg.link;
        }
        left = right;
    }
    None
}
