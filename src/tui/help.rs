//! What the help window says, as data: every binding of the keymap grouped by where it
//! applies, the mouse, how to write a search, and what the statuses and "verlopen" mean. The
//! view styles these lines; the window scrolls over them, so it knows how many there are.

use super::keys::{self, HELP_ORDER, KEYMAP};
use super::strings as s;
use crate::model::Status;

/// One line of the help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Heading(String),
    /// A key (or a way to search) and what it does.
    Entry(String, String),
    Text(String),
    Blank,
}

/// The whole help, top to bottom.
pub fn lines() -> Vec<HelpLine> {
    let mut out = Vec::new();
    for ctx in HELP_ORDER {
        out.push(HelpLine::Heading(ctx.title().to_owned()));
        for bd in KEYMAP.iter().filter(|bd| bd.context == ctx) {
            out.push(HelpLine::Entry(keys::keys_text(bd), bd.help.to_owned()));
        }
        out.push(HelpLine::Blank);
    }
    out.push(HelpLine::Heading(s::MOUSE_TITLE.to_owned()));
    for (what, help) in s::MOUSE_HELP {
        out.push(HelpLine::Entry(what.to_owned(), help.to_owned()));
    }
    out.push(HelpLine::Blank);
    out.push(HelpLine::Heading(s::QUERY_TITLE.to_owned()));
    for (what, help) in s::QUERY_HELP {
        out.push(HelpLine::Entry(what.to_owned(), help.to_owned()));
    }
    out.push(HelpLine::Blank);
    out.push(HelpLine::Heading(s::STATUS_TITLE.to_owned()));
    for st in Status::ALL {
        out.push(HelpLine::Entry(
            st.name().to_owned(),
            s::status_meaning(st).to_owned(),
        ));
    }
    out.push(HelpLine::Entry(
        format!("! {}", s::OVERDUE),
        s::OVERDUE_MEANING.to_owned(),
    ));
    out.push(HelpLine::Blank);
    out.push(HelpLine::Text(s::HELP_FOOTER.to_owned()));
    out
}
