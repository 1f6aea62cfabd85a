//! The browser's state and the one place it changes: [`App::update`] takes an [`Action`] and
//! returns an [`Effect`] when the outside world must do something (quit, run the editor, copy,
//! open a web page). No drawing and no terminal I/O happen here, so tests drive it directly.
//!
//! `App` coordinates parts that own their changes: [`History`] (back, forward, recent),
//! [`SearchState`] (the search box and its results), [`super::find::Find`] (find in the
//! text), [`Popup`] (a window over the screen, which handles its own keys) and the search
//! index built beside the browser (`index_thread.rs`). What ties them together (a move
//! rebuilds the rows and the text, a new text drops a stale find) is in `impl App` blocks
//! beside this file: `nav.rs` (moving and history), `filters.rs` (search and filters),
//! `find_actions.rs`, `typing.rs`, `choose.rs`, `commands.rs`, `mouse.rs`, `jump.rs`. This
//! file imports the parts, never those files, and the parts import nothing stateful (the
//! shared small types are in `state.rs`), so the modules form no import circle.

use std::sync::Arc;

use anyhow::Result;
use crossterm::event::{Event, KeyEvent};
use ratatui::layout::Rect;

use super::action::{Action, View};
use super::doc::{Doc, Wrapped, readability_fact};
use super::find::Find;
use super::glossary::Glossary;
use super::history::History;
use super::index_thread::IndexState;
use super::keys::{self, Context, Key};
use super::layout::{self, Areas};
use super::lists::{self, AgendaFilter, Row, Screen};
use super::picker::FilterKind;
pub use super::popup::Popup;
use super::popup::Step;
pub use super::search::SearchState;
use super::state::{Effect, Focus, Location, Options};
use super::strings as s;
use super::theme::ThemeKind;
use crate::model::{Item, Model};

/// The browser: its parts, and the few fields that say what is on screen now (the rows, the
/// text, the size, the message).
pub struct App {
    /// Shared with the thread that builds the search index, which reads it, not a copy.
    pub model: Arc<Model>,
    pub(super) index: IndexState,
    pub(super) glossary: Glossary,
    pub opts: Options,
    pub theme: ThemeKind,
    pub loc: Location,
    /// Back, forward and the recently opened items.
    pub(super) history: History,
    pub rows: Vec<Row>,
    pub filter: AgendaFilter,
    pub search: SearchState,
    /// Find in the text of the selected item; `None` when nothing is being found.
    pub find: Option<Find>,
    pub popup: Option<Popup>,
    pub size: (u16, u16),
    pub message: Option<String>,
    /// The text of the selected item.
    pub doc: Doc,
    /// Show the readability of texts (for editors; off for staff who only read).
    pub readability: bool,
    /// `'` was pressed: the next key is a letter to jump to ([`super::jump`]).
    pub jump: bool,
}

/// A key that is not in the keymap, as an edit of the box being typed in (if any).
fn typed(contexts: &[Context], key: KeyEvent) -> Option<Action> {
    let req = tui_input::backend::crossterm::to_input_request(&Event::Key(key))?;
    match contexts.first() {
        Some(Context::Typing) => Some(Action::SearchInput(req)),
        Some(Context::Find) => Some(Action::FindInput(req)),
        Some(Context::Picker) => Some(Action::PickerInput(req)),
        Some(Context::Jump) => match key.code {
            crossterm::event::KeyCode::Char(c)
                if !key
                    .modifiers
                    .contains(crossterm::event::KeyModifiers::CONTROL) =>
            {
                Some(Action::JumpTo(c))
            }
            _ => Some(Action::CancelJump),
        },
        _ => None,
    }
}

impl App {
    /// The browser on `model`. Its texts are escaped first ([`Model::escape_control_chars`]):
    /// content that `marke check` would refuse still never steers the terminal.
    pub fn new(mut model: Model, opts: Options, size: (u16, u16)) -> Result<Self> {
        model.escape_control_chars();
        let model = Arc::new(model);
        let index = IndexState::spawn(&model, opts.today);
        let glossary = Glossary::new(&model);
        let today = opts.today.into();
        let mut app = App {
            index,
            glossary,
            theme: opts.theme,
            opts,
            loc: Location {
                screen: Screen::Home,
                sel: 0,
                focus: Focus::List,
                link: None,
                scroll: 0,
            },
            history: History::default(),
            rows: Vec::new(),
            filter: AgendaFilter {
                today: Some(today),
                ..AgendaFilter::default()
            },
            search: SearchState::default(),
            find: None,
            popup: None,
            size,
            message: None,
            doc: Doc::default(),
            readability: false,
            jump: false,
            model,
        };
        app.refresh(None);
        Ok(app)
    }

    /// Swaps in freshly loaded content and stays on the same item where it still exists.
    pub fn replace_model(&mut self, mut model: Model) -> Result<()> {
        model.escape_control_chars();
        let keep = self.selected_id();
        let model = Arc::new(model);
        self.index = IndexState::spawn(&model, self.opts.today);
        self.glossary = Glossary::new(&model);
        self.model = model;
        self.run_search();
        let (link, scroll) = (self.loc.link, self.loc.scroll);
        self.refresh(keep.as_deref());
        self.loc.link = link.filter(|l| *l < self.doc.links.len());
        self.loc.scroll = scroll;
        self.clamp_scroll();
        self.message = Some(s::reloaded(self.model.len()));
        Ok(())
    }

    /// The contexts whose keys apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match self.popup {
            Some(Popup::Picker(_)) => return vec![Context::Picker],
            Some(_) => return vec![Context::Popup],
            None => {}
        }
        if self.jump {
            return vec![Context::Jump];
        }
        if self.loc.screen == Screen::Zoeken && self.search.typing {
            return vec![Context::Typing];
        }
        if self.find.as_ref().is_some_and(|f| f.typing) {
            return vec![Context::Find];
        }
        let mut v = Vec::new();
        if self.loc.focus == Focus::Text {
            v.push(Context::Text);
        }
        if self.loc.screen == Screen::Agenda {
            v.push(Context::Agenda);
        }
        v.push(Context::Global);
        v
    }

    /// A key press: look it up in the keymap; while typing, other keys edit the search box or
    /// the find box.
    pub fn handle_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let contexts = self.contexts();
        let action =
            keys::lookup(&contexts, Key::from_event(&key)).or_else(|| typed(&contexts, key))?;
        self.update(action)
    }

    pub fn update(&mut self, action: Action) -> Option<Effect> {
        let effect = self.apply(action);
        self.fill_visible_snippets();
        effect
    }

    fn apply(&mut self, action: Action) -> Option<Effect> {
        self.message = None;
        self.jump = false;
        if self.popup.is_some() {
            return self.update_popup(action);
        }
        match action {
            Action::Quit => return Some(Effect::Quit),
            Action::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::Show(View::Zoeken) | Action::StartSearch => self.start_search(),
            Action::Show(view) => self.show(view),
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::Top => self.step(-(1 << 20)),
            Action::Bottom => self.step(1 << 20),
            Action::PageUp => self.step(-self.page()),
            Action::PageDown => self.step(self.page()),
            Action::Open => return self.open(),
            Action::Parent => self.parent(),
            Action::Back => self.back(),
            Action::Forward => self.forward(),
            Action::FocusDetail => self.focus_text(),
            Action::FocusList => self.focus_list(),
            Action::NextLink => self.cycle_link(1),
            Action::PrevLink => self.cycle_link(-1),
            Action::Glossary => self.open_glossary(),
            Action::Edit => return self.edit(),
            Action::CopyId => return self.copy_id(),
            Action::OpenSite => return self.open_site(),
            Action::ToggleTheme => self.toggle_theme(),
            Action::ToggleReadability => self.toggle_readability(),
            Action::StopTyping => self.search.typing = false,
            Action::SearchInput(req) => self.type_search(req),
            Action::Paste(text) => self.paste(&text),
            Action::SearchKind => self.cycle_kind(),
            Action::StartFind => self.start_find(),
            Action::FindInput(req) => self.type_find(req),
            Action::FindDone => self.finish_find(),
            Action::FindClear => self.find = None,
            Action::FindNext => self.step_match(1),
            Action::FindPrev => self.step_match(-1),
            Action::UpdateStatus => self.open_status_picker(),
            Action::Recent => self.open_recent(),
            Action::FilterList => self.open_list_filter(),
            Action::StartJump => self.start_jump(),
            Action::JumpTo(c) => self.jump_to(c),
            Action::CancelJump => {}
            Action::PickerInput(_) => {}
            Action::FilterOpgave => self.open_filter_picker(FilterKind::Opgave),
            Action::FilterOrganisatie => self.open_filter_picker(FilterKind::Organisatie),
            Action::FilterStatus => self.open_filter_picker(FilterKind::Status),
            Action::FilterJaar => self.open_filter_picker(FilterKind::Jaar),
            Action::FilterOverdue => self.toggle_overdue(),
            Action::ClearFilters => self.set_filter(self.filter.cleared()),
            Action::ClosePopup => {}
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.clamp_scroll();
            }
            Action::Click { column, row } => return self.click(column, row),
            Action::Scroll { column, row, delta } => self.wheel(column, row, delta),
        }
        None
    }

    /// While a window is open, it takes the keys; App only follows up on what it asks for.
    fn update_popup(&mut self, action: Action) -> Option<Effect> {
        let page = layout::window_page(self.size);
        let len = match &self.popup {
            Some(Popup::Help { .. }) => super::help::lines().len(),
            Some(Popup::Problems { lines, .. }) => lines.len() + 2,
            _ => 0,
        };
        let step = self.popup.as_mut()?.handle(action, page, len);
        match step {
            Step::Stay => {}
            Step::Quit => return Some(Effect::Quit),
            Step::Close => self.popup = None,
            Step::Resize(w, h) => self.size = (w, h),
            Step::OpenItem(id) => {
                self.popup = None;
                self.go_to_item(&id);
            }
            Step::Picked(picker) => {
                self.popup = None;
                return self.picked(picker);
            }
        }
        None
    }

    pub fn selected_id(&self) -> Option<String> {
        self.rows.get(self.loc.sel).and_then(|r| r.id.clone())
    }

    pub fn selected_item(&self) -> Option<&Item> {
        self.rows
            .get(self.loc.sel)
            .and_then(|r| r.id.as_deref())
            .and_then(|id| self.model.get(id))
    }

    /// The screen areas for the current size.
    pub fn areas(&self) -> Areas {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        layout::areas(area, &self.loc.screen, self.loc.focus)
    }

    /// The text of the selected item, wrapped to the width of the detail pane.
    pub fn wrapped(&self) -> Wrapped {
        let inner = layout::detail_inner(self.areas().detail);
        self.doc.wrap(usize::from(inner.width))
    }

    /// Recomputes the rows of the current screen; selects `keep` if it is there.
    pub(super) fn refresh(&mut self, keep: Option<&str>) {
        self.rows = match self.loc.screen {
            Screen::Zoeken => self
                .search
                .results
                .hits
                .iter()
                .map(|h| Row {
                    id: Some(h.id.clone()),
                    text: h.title.clone(),
                    note: h.kind.label().to_owned(),
                    ..Row::default()
                })
                .collect(),
            ref screen => lists::rows(&self.model, screen, &self.filter, self.opts.today),
        };
        if let Some(i) =
            keep.and_then(|id| self.rows.iter().position(|r| r.id.as_deref() == Some(id)))
        {
            self.loc.sel = i;
        }
        self.loc.sel = self.loc.sel.min(self.rows.len().saturating_sub(1));
        if self.rows.get(self.loc.sel).is_some_and(|r| !r.selectable()) {
            self.loc.sel = self
                .next_selectable(self.loc.sel, 1)
                .unwrap_or(self.loc.sel);
        }
        self.rebuild_doc();
    }

    /// The text of the selected item, and no find left over from another item's text.
    pub(super) fn rebuild_doc(&mut self) {
        self.doc = match self.selected_item() {
            Some(item) => Doc::build(
                &self.model,
                item,
                self.opts.today.into(),
                &if self.readability {
                    readability_fact(item)
                } else {
                    Vec::new()
                },
            ),
            None => Doc::default(),
        };
        self.drop_stale_find();
    }
}
