//! The small types the browser's parts share: where the user is ([`Location`], [`Focus`]),
//! the settings from outside ([`Options`]) and what the event loop must do ([`Effect`]).
//! They live apart from [`super::app::App`] so that the parts (layout, history, find, …) can
//! name them without importing the state that uses those parts: no import circle.

use std::path::PathBuf;

use super::lists::Screen;
use super::theme::ThemeKind;

/// Text lines per notch of the wheel; the list moves one row per notch. Shared by the
/// browser ([`super::mouse`]) and the windows over it ([`super::popup`]).
pub const WHEEL_LINES: isize = 3;

/// Settings from outside the model.
#[derive(Debug, Clone)]
pub struct Options {
    /// `[output.html] site-url`, for the `o` key.
    pub site_url: Option<String>,
    /// Today as (year, month, day), to mark overdue afspraken.
    pub today: (u16, u8, u8),
    pub theme: ThemeKind,
    /// Capture the mouse (`--muis` or `[marke] muis = true`): clicks and the wheel work, but
    /// selecting text with the mouse then needs Shift in most terminals. Off by default.
    pub mouse: bool,
}

/// Whether the keys move through the list or through the text of the selected item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Text,
}

/// Where the user is: what history remembers.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub screen: Screen,
    pub sel: usize,
    pub focus: Focus,
    /// The selected link in the text.
    pub link: Option<usize>,
    /// First visible line of the text.
    pub scroll: usize,
}

/// Something the event loop must do for the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Quit,
    /// Open the file at this line; for an afspraak (`id`) the event loop moves to its status
    /// line.
    Edit {
        path: PathBuf,
        line: usize,
        id: String,
    },
    /// Record a status update through [`crate::status::record`] and reload.
    SetStatus(crate::status::Request),
    Copy(String),
    OpenUrl(String),
}
