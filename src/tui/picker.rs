//! A small window to choose one value by typing a few letters, like the pickers of helix and
//! television: the agenda filters and the new status of an afspraak. Typing narrows the list
//! (fuzzy: "zilkr" finds "Zilveren Kruis"), arrows move, `Enter` chooses, `Esc` closes. The
//! picker only holds what is typed and chosen; the browser decides what a choice does.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use tui_input::{Input, InputRequest};

use crate::model::Status;

/// One value to choose.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub label: String,
    /// What the browser gets back: an id, a status or a year.
    pub value: String,
    /// How many afspraken this choice would show, where that helps choosing.
    pub count: Option<usize>,
}

/// The filters of the agenda that a picker sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKind {
    Opgave,
    Organisatie,
    Status,
    Jaar,
}

/// What the choice is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    Filter(FilterKind),
    /// The new status of this afspraak.
    Status {
        id: String,
    },
    /// The optional note with a status update; no choices, only the typed line.
    Note {
        id: String,
        status: Status,
    },
    /// Open the chosen item (the recent items, a long list narrowed by typing).
    Open,
}

#[derive(Debug, Clone)]
pub struct Picker {
    pub purpose: Purpose,
    pub title: String,
    pub choices: Vec<Choice>,
    pub input: Input,
    /// The choices that match what is typed, best first, as indexes into `choices`.
    pub shown: Vec<usize>,
    /// The selected row of `shown`.
    pub sel: usize,
}

impl PartialEq for Picker {
    fn eq(&self, other: &Self) -> bool {
        self.purpose == other.purpose
            && self.choices == other.choices
            && self.input.value() == other.input.value()
            && self.sel == other.sel
    }
}

impl Picker {
    pub fn new(purpose: Purpose, title: String, choices: Vec<Choice>) -> Self {
        let shown = (0..choices.len()).collect();
        Self {
            purpose,
            title,
            choices,
            input: Input::default(),
            shown,
            sel: 0,
        }
    }

    /// An edit of the typed text; the list narrows to what matches.
    pub fn type_text(&mut self, req: InputRequest) {
        if self.input.handle(req).is_some_and(|c| c.value) {
            self.shown = rank(
                self.input.value(),
                self.choices.iter().map(|c| &c.label[..]),
            );
            self.sel = 0;
        }
    }

    /// Moves the selection by `n`, staying in the list.
    pub fn step(&mut self, n: isize) {
        let last = self.shown.len().saturating_sub(1);
        self.sel = self.sel.saturating_add_signed(n).min(last);
    }

    /// The selected choice, if any matches.
    pub fn chosen(&self) -> Option<&Choice> {
        self.shown.get(self.sel).and_then(|&i| self.choices.get(i))
    }
}

/// The labels that match `query`, best first; ties keep their order. Empty: all, in order.
pub fn rank<'a>(query: &str, labels: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let labels: Vec<&str> = labels.collect();
    if query.trim().is_empty() {
        return (0..labels.len()).collect();
    }
    let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut scored: Vec<(usize, u32)> = labels
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            pattern
                .score(Utf32Str::new(l, &mut buf), &mut matcher)
                .map(|s| (i, s))
        })
        .collect();
    scored.sort_by_key(|&(i, s)| (std::cmp::Reverse(s), i));
    scored.into_iter().map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_letters_find_the_name_and_the_best_match_comes_first() {
        let names = [
            "Zorgverzekeraar Zilveren Kruis",
            "Zilveren Kruis",
            "GGD Drenthe",
        ];
        let found = rank("zilkr", names.iter().copied());
        assert_eq!(found.len(), 2);
        assert!(!found.contains(&2));
        assert_eq!(rank("", names.iter().copied()), [0, 1, 2]);
        assert!(rank("qqq", names.iter().copied()).is_empty());
    }
}
