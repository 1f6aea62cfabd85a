//! Jump by letter: `'` and then a letter (or digit) moves the cursor to the first row whose
//! title starts with it; the same letter again moves on to the next such row, round to the
//! start. For the long A–Z lists (begrippen, organisaties) this is quicker than scrolling,
//! and it needs no filter window (`F`), so the list stays as it is.
//!
//! The letters themselves are keys already (`j`, `k`, `g`, `f`…), hence the `'` in front,
//! like a mark in vim. Accents and case do not count: `'e` finds "Ééntaligheid".

use super::app::App;
use super::lists::Row;
use super::strings as s;
use crate::index::analyzer::fold;

impl App {
    /// `'`: the next key is a letter to jump to.
    pub(super) fn start_jump(&mut self) {
        self.jump = true;
        self.message = Some(s::JUMP_PROMPT.into());
    }

    /// The letter after `'`.
    pub(super) fn jump_to(&mut self, letter: char) {
        match target(&self.rows, self.loc.sel, letter) {
            Some(i) => {
                self.loc.sel = i;
                self.loc.link = None;
                self.loc.scroll = 0;
                self.rebuild_doc();
            }
            None => self.message = Some(s::no_jump(letter)),
        }
    }
}

/// The row to jump to: the first row after `sel` whose text starts with `letter`, round to
/// the start; `None` when no row does.
pub fn target(rows: &[Row], sel: usize, letter: char) -> Option<usize> {
    let wanted = fold(&letter.to_string());
    let wanted = wanted.chars().next().filter(|c| c.is_alphanumeric())?;
    let starts = |r: &Row| {
        r.id.is_some()
            && fold(&r.text)
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c == wanted)
    };
    let n = rows.len();
    (1..=n)
        .map(|step| (sel + step) % n)
        .find(|&i| starts(&rows[i]))
}

#[cfg(test)]
mod tests {
    use super::target;
    use crate::tui::lists::Row;

    fn rows(texts: &[&str]) -> Vec<Row> {
        texts
            .iter()
            .map(|t| Row {
                id: (!t.starts_with('#')).then(|| t.to_lowercase()),
                text: (*t).to_owned(),
                ..Row::default()
            })
            .collect()
    }

    #[test]
    fn a_letter_finds_the_first_title_then_the_next_round_to_the_start() {
        let r = rows(&["# A", "Acute zorg", "# B", "Beweging", "Buurt", "Éénloket"]);
        assert_eq!(target(&r, 1, 'b'), Some(3));
        assert_eq!(target(&r, 3, 'B'), Some(4));
        assert_eq!(target(&r, 4, 'b'), Some(3), "round to the start");
        assert_eq!(target(&r, 1, 'e'), Some(5), "accents do not count");
        assert_eq!(
            target(&r, 1, 'a'),
            Some(1),
            "the row itself when it is the only one"
        );
        assert_eq!(target(&r, 1, 'q'), None);
        assert_eq!(
            target(&r, 1, '#'),
            None,
            "headings and symbols are no target"
        );
        assert_eq!(target(&[], 0, 'a'), None);
    }
}
