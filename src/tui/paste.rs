//! Pasted text and long input in the search box and the find box.
//!
//! A terminal with bracketed paste sends a paste as one event; it becomes one edit and one
//! search, not one per character. Both boxes hold at most [`MAX_CHARS`] characters, typed or
//! pasted: a terminal without bracketed paste sends 100 kB as 100,000 keys, and each key
//! searched again with a longer query (10 kB took 4.7 s of CPU, 100 kB minutes). Past the
//! limit a key changes nothing, so it costs no search. Control characters in a paste become
//! spaces: they have no meaning in a query and must not reach the terminal.
//!
//! These are pure functions on a box ([`Input`]); the browser applies them in `typing.rs`.

use tui_input::{Input, InputRequest};

/// The most characters a search or find box holds: far more than any real query.
pub const MAX_CHARS: usize = 200;

/// What a key did to a box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed: search or find again.
    Changed,
    /// The cursor moved, or nothing happened.
    Same,
    /// The box is full; the key was refused (say so).
    Full,
}

/// Applies a key to a box, refusing to type past [`MAX_CHARS`].
pub fn edit(input: &mut Input, req: InputRequest) -> Edit {
    if !allows(input, &req) {
        Edit::Full
    } else if input.handle(req).is_some_and(|c| c.value) {
        Edit::Changed
    } else {
        Edit::Same
    }
}

/// Whether `req` may change the box: anything but typing past [`MAX_CHARS`].
fn allows(input: &Input, req: &InputRequest) -> bool {
    !matches!(req, InputRequest::InsertChar(_)) || input.value().chars().count() < MAX_CHARS
}

/// The box with `text` inserted at the cursor, cut off at [`MAX_CHARS`]; `None` when it does
/// not change. The second value says whether something was cut off.
pub(super) fn inserted(input: &Input, text: &str) -> (Option<Input>, bool) {
    let value: Vec<char> = input.value().chars().collect();
    let cursor = input.cursor().min(value.len());
    let room = MAX_CHARS.saturating_sub(value.len());
    let clean = text.chars().map(|c| if c.is_control() { ' ' } else { c });
    let add: Vec<char> = clean.clone().take(room).collect();
    let cut = clean.count() > add.len();
    if add.is_empty() {
        return (None, cut);
    }
    let new: String = value[..cursor]
        .iter()
        .chain(&add)
        .chain(&value[cursor..])
        .collect();
    (Some(Input::new(new).with_cursor(cursor + add.len())), cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_goes_in_at_the_cursor_without_control_characters_and_is_capped() {
        let input = Input::new("ab".into()).with_cursor(1);
        let (new, cut) = inserted(&input, "x\u{1b}[2J\ny");
        let new = new.expect("changed");
        assert_eq!(new.value(), "ax [2J yb");
        assert_eq!(new.cursor(), 8);
        assert!(!cut);
        let (new, cut) = inserted(&input, &"z".repeat(100_000));
        assert_eq!(new.expect("changed").value().chars().count(), MAX_CHARS);
        assert!(cut);
        let full = Input::new("z".repeat(MAX_CHARS));
        assert!(!allows(&full, &InputRequest::InsertChar('a')));
        assert!(allows(&full, &InputRequest::DeletePrevChar));
    }
}
