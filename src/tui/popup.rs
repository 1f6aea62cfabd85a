//! A window over the screen (the help, the terms of a text) and the keys while it is open. The
//! window changes itself (scrolling, moving the selection) and tells the browser only what
//! reaches beyond it: close, quit, open an item.

use super::action::Action;
use super::mouse::WHEEL_LINES;

/// A window over the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    Help { scroll: usize },
    Glossary { ids: Vec<String>, sel: usize },
}

/// What the browser must do after a key in a window.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Step {
    Stay,
    Quit,
    Close,
    Resize(u16, u16),
    OpenItem(String),
}

impl Popup {
    pub(super) fn handle(&mut self, action: Action) -> Step {
        match (self, action) {
            (_, Action::Quit) => return Step::Quit,
            (_, Action::ClosePopup | Action::Help) => return Step::Close,
            (_, Action::Resize(w, h)) => return Step::Resize(w, h),
            (Popup::Help { scroll }, Action::Down) => *scroll += 1,
            (Popup::Help { scroll }, Action::Up) => *scroll = scroll.saturating_sub(1),
            (Popup::Help { scroll }, Action::Scroll { delta, .. }) => {
                *scroll = scroll.saturating_add_signed(isize::from(delta) * WHEEL_LINES);
            }
            (Popup::Glossary { ids, sel }, Action::Scroll { delta, .. }) => {
                *sel = sel
                    .saturating_add_signed(isize::from(delta))
                    .min(ids.len().saturating_sub(1));
            }
            (Popup::Glossary { ids, sel }, Action::Down) => {
                *sel = (*sel + 1).min(ids.len().saturating_sub(1));
            }
            (Popup::Glossary { sel, .. }, Action::Up) => *sel = sel.saturating_sub(1),
            (Popup::Glossary { ids, sel }, Action::Open) => {
                if let Some(id) = ids.get(*sel) {
                    return Step::OpenItem(id.clone());
                }
                return Step::Close;
            }
            _ => {}
        }
        Step::Stay
    }
}
