//! Everything the browser can do, as data. Keys map to these through `keys.rs`; `App::update`
//! carries them out. Keeping them as plain values lets tests drive the browser without a
//! terminal.

use tui_input::InputRequest;

/// The lists reachable by one key each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Home,
    Agenda,
    Aanbevelingen,
    Begrippen,
    Organisaties,
    Zoeken,
}

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
    /// Start typing a search.
    StartSearch,
    /// Stop typing but keep the results.
    StopTyping,
    SearchInput(InputRequest),
    /// Cycle the type filter of the search.
    SearchKind,
    FilterOpgave,
    FilterOrganisatie,
    FilterStatus,
    ClearFilters,
    ClosePopup,
    Resize(u16, u16),
}
