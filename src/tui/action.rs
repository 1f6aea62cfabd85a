//! Everything the browser can do, as data. Keys map to these through `keys.rs` (and, with
//! `--muis`, clicks and the wheel through `terminal.rs`); `App::update` carries them out.
//! Keeping them as plain values lets tests drive the browser without a terminal.

use tui_input::InputRequest;

use super::lists::Screen;

/// A list to show ([`Action::Show`]). The lists reachable by one key each are screens like
/// any other, so this is [`Screen`] under the name the keymap reads well with: one enum, and
/// the keys and the screens cannot drift apart.
pub type View = Screen;

/// One thing the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Quit,
    Help,
    Show(View),
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    /// Enter: open the selected row, or follow the selected link.
    Open,
    /// One level up in Droom › opgave › doel › afspraak.
    Parent,
    Back,
    Forward,
    /// From the list to the text of the selected item.
    FocusDetail,
    /// From the text back to the list.
    FocusList,
    NextLink,
    PrevLink,
    Glossary,
    Edit,
    CopyId,
    OpenSite,
    ToggleTheme,
    /// Show or hide the readability scores in the text.
    ToggleReadability,
    /// Start typing a search.
    StartSearch,
    /// Stop typing but keep the results.
    StopTyping,
    SearchInput(InputRequest),
    /// Text pasted in the terminal (bracketed paste): one edit of the box being typed in.
    Paste(String),
    /// Cycle the type filter of the search.
    SearchKind,
    /// `/` in the text: start typing words to find in it.
    StartFind,
    FindInput(InputRequest),
    /// Stop typing in the find box but keep the marks.
    FindDone,
    /// End the find: no marks.
    FindClear,
    /// The next match in the text, round from the end to the start.
    FindNext,
    FindPrev,
    /// Typing in an open picker.
    PickerInput(InputRequest),
    /// The items opened before, to open again.
    Recent,
    /// Narrow the list on screen by typing, and open an item from it.
    FilterList,
    /// `'`: the next key is a letter to jump to in the list.
    StartJump,
    /// Jump to the next row whose title starts with this letter.
    JumpTo(char),
    /// Do not jump after all.
    CancelJump,
    /// `b` on an afspraak: choose its new status, then a note.
    UpdateStatus,
    FilterOpgave,
    FilterOrganisatie,
    FilterStatus,
    FilterJaar,
    /// Only the overdue afspraken, or all again.
    FilterOverdue,
    ClearFilters,
    ClosePopup,
    Resize(u16, u16),
    /// A left click at a cell of the screen (only with `--muis`): selects what is there;
    /// a second click on the selected row or link opens it.
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel at a cell of the screen: `delta` notches, negative is up. Scrolls the
    /// list or the text under the pointer.
    Scroll {
        column: u16,
        row: u16,
        delta: i16,
    },
}
