//! One line of a list, as every list builds it ([`super::lists`], [`super::progress`]) and
//! the list view draws it. Its own module so the lists and the progress view share it
//! without importing each other.

use super::agenda_filter::AgendaFilter;

/// One line of a list. Rows without an id are group headings; the cursor skips them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub id: Option<String>,
    pub text: String,
    /// Shown right-aligned: a status, a count.
    pub note: String,
    /// A word that must not be missed, shown with a marker: "verlopen".
    pub mark: Option<&'static str>,
    /// (doelen, afspraken) of an opgave, for the home screen's bars.
    pub counts: Option<(usize, usize)>,
    /// A number in the voortgang view: `Enter` shows these afspraken in the agenda.
    pub cell: Option<AgendaFilter>,
}

impl Row {
    /// Whether the cursor can stop here: an item, or a number that opens a list.
    pub fn selectable(&self) -> bool {
        self.id.is_some() || self.cell.is_some()
    }
}
