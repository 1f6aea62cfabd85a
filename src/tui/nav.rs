//! Moving around: the cursor in a list, scrolling the text, selecting and following links,
//! going up the hierarchy, and back/forward through history.

use super::app::App;
use super::doc::Target;
use super::lists::{self, Screen};
use super::state::{Effect, Focus, Location};
use super::strings as s;
use crate::model::DROOM_ID;

impl App {
    /// Rows or text lines per screen page.
    pub(super) fn page(&self) -> isize {
        let a = self.areas();
        let h = if self.loc.focus == Focus::Text {
            a.detail.height
        } else {
            a.list.height
        };
        isize::try_from(h.max(2) - 1).unwrap_or(1)
    }

    pub(super) fn next_selectable(&self, from: usize, dir: isize) -> Option<usize> {
        let mut i = from as isize;
        loop {
            i += dir;
            let row = self.rows.get(usize::try_from(i).ok()?)?;
            if row.selectable() {
                return Some(i as usize);
            }
        }
    }

    /// Moves the cursor (list) or scrolls (text) by `n`.
    pub(super) fn step(&mut self, n: isize) {
        if self.loc.focus == Focus::Text {
            self.scroll_text(n);
        } else {
            self.move_cursor(n);
        }
    }

    /// Scrolls the text by `n` lines, not past its last line.
    pub(super) fn scroll_text(&mut self, n: isize) {
        let max = self.wrapped().lines.len().saturating_sub(1);
        self.loc.scroll = self.loc.scroll.saturating_add_signed(n).min(max);
    }

    /// Moves the cursor in the list by `n` selectable rows (group headings are skipped).
    pub(super) fn move_cursor(&mut self, n: isize) {
        let dir = n.signum();
        let mut sel = self.loc.sel;
        for _ in 0..n.unsigned_abs().min(self.rows.len()) {
            match self.next_selectable(sel, dir) {
                Some(next) => sel = next,
                None => break,
            }
        }
        self.select_row(sel);
    }

    /// Puts the cursor on row `sel` (which must be selectable) and shows its text from the top.
    pub(super) fn select_row(&mut self, sel: usize) {
        if sel != self.loc.sel {
            self.loc.sel = sel;
            self.loc.link = None;
            self.loc.scroll = 0;
            self.rebuild_doc();
        }
    }

    /// Goes somewhere new: the current place goes on the back stack.
    pub(super) fn go(&mut self, screen: Screen, select: Option<&str>, focus: Focus) {
        let next = Location {
            screen,
            sel: 0,
            focus,
            link: None,
            scroll: 0,
        };
        if next.screen != self.loc.screen || select.is_some() {
            self.history.push(std::mem::replace(&mut self.loc, next));
        } else {
            self.loc.focus = focus;
        }
        self.refresh(select);
        if self.selected_item().is_none() {
            self.loc.focus = Focus::List;
        }
    }

    /// Shows an item in the list it belongs to, with its text focused.
    /// `marke browse NAAM`: open at this item (by id), its text in view, as if the user had
    /// gone there; `Esc` goes back to the start screen.
    pub fn start_at(&mut self, id: &str) {
        self.go_to_item(id);
    }

    pub(super) fn go_to_item(&mut self, id: &str) {
        let Some(item) = self.model.get(id) else {
            return;
        };
        let screen = lists::screen_of(&self.model, item);
        self.go(screen, Some(id), Focus::Text);
        self.history.remember(id);
    }

    /// A list by name (`a`, `b`, … or Esc to the start): from its top, the list focused.
    pub(super) fn show(&mut self, screen: Screen) {
        self.go(screen, None, Focus::List);
    }

    /// From the list to the text. The list is remembered in history, so one `Esc` (back)
    /// returns to it, as it returns from a followed link.
    pub(super) fn focus_text(&mut self) {
        if let Some(id) = self.selected_id() {
            self.history.remember(&id);
        }
        if self.selected_item().is_some() && self.loc.focus != Focus::Text {
            self.history.push(self.loc.clone());
            self.loc.focus = Focus::Text;
        }
        if self.selected_item().is_some() {
            self.search.typing = false;
        }
    }

    /// `h` in the text: to the list; the history entry `focus_text` made goes with it.
    pub(super) fn focus_list(&mut self) {
        let here = &self.loc;
        self.history.forget_last_if(|b| {
            b.screen == here.screen && b.sel == here.sel && b.focus == Focus::List
        });
        self.loc.focus = Focus::List;
    }

    /// Enter: follow the selected link, open a search hit, go a level deeper, or read the text.
    pub(super) fn open(&mut self) -> Option<Effect> {
        if self.loc.focus == Focus::Text {
            return self.follow_link();
        }
        if let Some(filter) = self.rows.get(self.loc.sel).and_then(|r| r.cell.clone()) {
            self.filter = filter;
            self.go(Screen::Agenda, None, Focus::List);
            return None;
        }
        let item = self.selected_item()?;
        let id = item.id.clone();
        if self.loc.screen == Screen::Zoeken {
            self.open_hit(&id);
        } else if item.id != DROOM_ID && !self.model.children(item).is_empty() {
            self.go(Screen::Children(id), None, Focus::List);
        } else {
            self.focus_text();
        }
        None
    }

    /// Opens a search result with the searched words marked (matched as search matched them)
    /// and the text scrolled to the first one; `n` and `N` then walk through them.
    fn open_hit(&mut self, id: &str) {
        self.search.typing = false;
        self.go_to_item(id);
        self.find_search_words(id);
    }

    fn follow_link(&mut self) -> Option<Effect> {
        let Some(link) = self.loc.link else {
            self.cycle_link(1);
            return None;
        };
        match self.doc.links.get(link)?.clone() {
            Target::Item(id) => self.go_to_item(&id),
            Target::Url(url) => {
                self.message = Some(s::opened(&url));
                return Some(Effect::OpenUrl(url));
            }
        }
        None
    }

    pub(super) fn cycle_link(&mut self, dir: isize) {
        let n = self.doc.links.len();
        if n == 0 {
            self.message = Some(s::NO_LINKS.into());
            return;
        }
        self.loc.focus = Focus::Text;
        let next = match self.loc.link {
            None if dir > 0 => 0,
            None => n - 1,
            Some(l) => (l as isize + dir).rem_euclid(n as isize) as usize,
        };
        self.loc.link = Some(next);
        let line = self.wrapped().link_lines[next];
        self.scroll_into_view(line);
    }

    /// Scrolls a line of the text into view, a third from the top, unless it is in view.
    pub(super) fn scroll_into_view(&mut self, line: usize) {
        let height = usize::from(self.areas().detail.height.max(1));
        if line < self.loc.scroll || line >= self.loc.scroll + height {
            self.loc.scroll = line.saturating_sub(height / 3);
        }
    }

    pub(super) fn clamp_scroll(&mut self) {
        let max = self.wrapped().lines.len().saturating_sub(1);
        self.loc.scroll = self.loc.scroll.min(max);
    }

    /// h: from the text to the list, or one level up the hierarchy.
    pub(super) fn parent(&mut self) {
        if self.loc.focus == Focus::Text {
            self.focus_list();
            return;
        }
        let here = match &self.loc.screen {
            Screen::Children(id) => id.clone(),
            Screen::Home => return,
            _ => return self.show(Screen::Home),
        };
        let target = self
            .model
            .get(&here)
            .map(|it| lists::screen_of(&self.model, it));
        if let Some(screen) = target {
            self.go(screen, Some(&here), Focus::List);
        }
    }

    pub(super) fn back(&mut self) {
        if !self.history.back(&mut self.loc) {
            self.message = Some(s::FIRST.into());
            return;
        }
        self.restore();
    }

    pub(super) fn forward(&mut self) {
        if !self.history.forward(&mut self.loc) {
            self.message = Some(s::LAST.into());
            return;
        }
        self.restore();
    }

    /// After back/forward: rebuild rows and text but keep the remembered cursor and scroll.
    /// History does not remember finds, so the marks go.
    fn restore(&mut self) {
        let (link, scroll) = (self.loc.link, self.loc.scroll);
        self.search.typing = false;
        self.find = None;
        self.refresh(None);
        self.loc.link = link.filter(|l| *l < self.doc.links.len());
        self.loc.scroll = scroll;
        self.clamp_scroll();
    }
}
