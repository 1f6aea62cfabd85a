//! The terminal browser: `marke` without arguments.
//!
//! Elm-style: one [`App`] state, an [`Action`] enum, `App::update`, and views in [`view`]
//! that only read the state. The state is made of parts that own their changes (history,
//! search, find, popups; see [`app`]), which `App` only coordinates; the small types they
//! share ([`Focus`], [`state::Location`], [`Effect`], [`Options`]) live in [`state`], so no
//! part imports `App` and the modules form no import circle. Keys become actions through the
//! one table in [`keys`], which also writes the help, the status-bar hints and the README's
//! key table. The event loop in `terminal.rs` is synchronous: it waits for a key (or, with
//! `--muis`, a click or the wheel; see [`mouse`]), updates, and redraws only when something
//! changed. The browser reads the [`Model`](crate::model::Model); it never reads `content/` itself (reloading
//! after `e` goes through a function the command passes in).

pub mod action;
mod agenda_filter;
pub mod app;
mod choose;
mod commands;
pub mod doc;
mod filter_choices;
mod filters;
pub mod find;
mod find_actions;
mod glossary;
mod help;
mod history;
mod index_thread;
mod jump;
pub mod keys;
pub mod layout;
pub mod lists;
pub mod mouse;
mod nav;
pub mod paste;
pub mod picker;
mod popup;
mod progress;
mod row;
mod search;
pub mod state;
pub mod store;
pub mod strings;
mod terminal;
pub mod theme;
mod typing;
pub mod view;

pub use action::{Action, View};
pub use app::App;
pub use state::{Effect, Focus, Options};
pub use store::{ContentDir, Store};
pub use terminal::run;
