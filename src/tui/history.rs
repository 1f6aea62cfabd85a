//! Where the user has been: the back and forward stacks (`Esc` / `Backspace`, `Tab` after going
//! back) and the items whose text was opened (`r`). Its own struct with its own changes, so the
//! rules (a new place clears forward; an item is remembered once, the latest last) live in one
//! place instead of in every caller.

use std::mem;

use super::state::Location;

/// How many recent items `r` offers.
const RECENT: usize = 20;

#[derive(Debug, Default)]
pub struct History {
    back: Vec<Location>,
    forward: Vec<Location>,
    /// Items whose text was opened, oldest first.
    recent: Vec<String>,
}

impl History {
    /// The user leaves `from` for a new place: it goes on the back stack, and what was ahead
    /// is forgotten, as in a web browser.
    pub fn push(&mut self, from: Location) {
        self.back.push(from);
        self.forward.clear();
    }

    /// One step back: `here` becomes the previous place and goes on the forward stack.
    /// `false` (and `here` unchanged) when there is nothing to go back to.
    pub fn back(&mut self, here: &mut Location) -> bool {
        Self::step(&mut self.back, &mut self.forward, here)
    }

    /// One step forward again, the mirror of [`History::back`].
    pub fn forward(&mut self, here: &mut Location) -> bool {
        Self::step(&mut self.forward, &mut self.back, here)
    }

    fn step(from: &mut Vec<Location>, to: &mut Vec<Location>, here: &mut Location) -> bool {
        let Some(prev) = from.pop() else {
            return false;
        };
        to.push(mem::replace(here, prev));
        true
    }

    /// Forgets the last place pushed if `same` says it is where the user goes now: `h` from
    /// the text to its list undoes the entry that opening the text made, so `Esc` does not
    /// return to the same list.
    pub fn forget_last_if(&mut self, same: impl FnOnce(&Location) -> bool) {
        if self.back.last().is_some_and(same) {
            self.back.pop();
        }
    }

    /// Remembers an opened item for `r`: once, the latest last, at most [`RECENT`].
    pub fn remember(&mut self, id: &str) {
        self.recent.retain(|r| r != id);
        self.recent.push(id.to_owned());
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }

    /// The items opened before, the last one first.
    pub fn recent(&self) -> impl Iterator<Item = &str> {
        self.recent.iter().rev().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::lists::Screen;
    use crate::tui::state::Focus;

    fn at(sel: usize) -> Location {
        Location {
            screen: Screen::Home,
            sel,
            focus: Focus::List,
            link: None,
            scroll: 0,
        }
    }

    #[test]
    fn back_and_forward_swap_places_and_a_new_place_clears_forward() {
        let mut h = History::default();
        let mut here = at(2);
        assert!(!h.back(&mut here));
        h.push(at(0));
        h.push(at(1));
        assert!(h.back(&mut here));
        assert_eq!(here, at(1));
        assert!(h.forward(&mut here));
        assert_eq!(here, at(2));
        assert!(h.back(&mut here));
        h.push(at(5));
        assert!(!h.forward(&mut here));
    }

    #[test]
    fn recent_items_are_unique_newest_first_and_capped() {
        let mut h = History::default();
        for i in 0..25 {
            h.remember(&i.to_string());
        }
        h.remember("10");
        let recent: Vec<&str> = h.recent().collect();
        assert_eq!(recent.len(), RECENT);
        assert_eq!(recent[..2], ["10", "24"]);
    }
}
