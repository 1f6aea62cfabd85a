//! A window over the screen (the help, the terms of a text, a picker, a list of problems) and
//! the keys while it is open. The window changes itself (scrolling, moving the selection,
//! typing in a picker) and tells the browser only what reaches beyond it: close, quit, open
//! an item, a choice made.

use super::action::Action;
use super::picker::Picker;
use super::state::WHEEL_LINES;

/// A window over the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    Help {
        scroll: usize,
    },
    Glossary {
        ids: Vec<String>,
        sel: usize,
    },
    Picker(Picker),
    /// Why something was not done (a status that could not be saved, content that did not
    /// load after the editor): the problems themselves, with file and line.
    Problems {
        title: String,
        lines: Vec<String>,
        scroll: usize,
    },
}

/// What the browser must do after a key in a window.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Step {
    Stay,
    Quit,
    Close,
    Resize(u16, u16),
    OpenItem(String),
    /// Enter in a picker: the picker as it was, with its choice.
    Picked(Picker),
}

/// A scroll position moved by a scroll key, kept within `0..=max`.
fn scrolled(scroll: usize, action: &Action, page: usize, max: usize) -> Option<usize> {
    let page = page.max(1) as isize;
    let delta: isize = match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => return Some(0),
        Action::Bottom => return Some(max),
        Action::Scroll { delta, .. } => isize::from(*delta) * WHEEL_LINES,
        _ => return None,
    };
    Some(scroll.saturating_add_signed(delta).min(max))
}

impl Popup {
    /// A key in the window. `page` is how many lines it shows, `len` how many it has (for
    /// the help and the problems, which scroll).
    pub(super) fn handle(&mut self, action: Action, page: usize, len: usize) -> Step {
        let max = len.saturating_sub(page);
        match (self, action) {
            (_, Action::Quit) => return Step::Quit,
            (_, Action::ClosePopup) => return Step::Close,
            (Popup::Help { .. }, Action::Help) => return Step::Close,
            (_, Action::Resize(w, h)) => return Step::Resize(w, h),
            (Popup::Help { scroll } | Popup::Problems { scroll, .. }, action) => {
                if let Some(s) = scrolled(*scroll, &action, page, max) {
                    *scroll = s;
                }
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
            (Popup::Picker(p), Action::Down) => p.step(1),
            (Popup::Picker(p), Action::Up) => p.step(-1),
            (Popup::Picker(p), Action::PageDown) => p.step(page as isize),
            (Popup::Picker(p), Action::PageUp) => p.step(-(page as isize)),
            (Popup::Picker(p), Action::Scroll { delta, .. }) => p.step(isize::from(delta)),
            (Popup::Picker(p), Action::PickerInput(req)) => p.type_text(req),
            (Popup::Picker(p), Action::Paste(text)) => {
                for c in text.chars().filter(|c| !c.is_control()).take(200) {
                    p.type_text(tui_input::InputRequest::InsertChar(c));
                }
            }
            (Popup::Picker(p), Action::Open) => return Step::Picked(p.clone()),
            _ => {}
        }
        Step::Stay
    }
}
