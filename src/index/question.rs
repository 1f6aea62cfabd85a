//! Questions typed as questions: "hoeveel inwoners heeft Drenthe", "wat betekent ggz".
//!
//! A question's own words ("hoeveel", "wat is", "welke", "ik zoek") say nothing about what
//! to find, and when all words must match they even keep the answer out. So when a query
//! reads as a question (it starts with a question word or "ik zoek", or ends in `?`), those
//! words are left out, as long as other words remain. What kind of answer the question asks
//! for is kept: "wat betekent X" and "wat is X" want the begrip or afkorting X first, "hoeveel"
//! a kerncijfer, "wie" an organisation or orgaan.

use super::parse::Word;
use crate::model::ItemType;

/// Words that can start a question.
const STARTERS: &[&str] = &[
    "betekenis",
    "hoe",
    "hoeveel",
    "ik",
    "waar",
    "waarom",
    "wanneer",
    "wat",
    "welk",
    "welke",
    "wie",
    "zoek",
];

/// Words of a question that say nothing about its subject, besides the [`STARTERS`] (which
/// say nothing about it either); left out of a question. The verbs ("krijgen", "komen er
/// bij") are here because the text that answers a question states the fact without them:
/// "Ruim 3.500 extra ouderen met verpleegzorg" answers "hoeveel ouderen krijgen verpleegzorg".
const MORE_FILLER: &[&str] = &[
    "betekenen",
    "betekent",
    "bij",
    "bedoeld",
    "bedoelen",
    "bedoelt",
    "de",
    "een",
    "er",
    "graag",
    "heb",
    "hebben",
    "heeft",
    "het",
    "houdt",
    "in",
    "informatie",
    "is",
    "kan",
    "komen",
    "komt",
    "krijgen",
    "krijgt",
    "meer",
    "over",
    "staat",
    "voor",
    "wil",
    "worden",
    "wordt",
    "zeggen",
    "zijn",
    "zoeken",
];

/// The words that can start a question, and the words a question leaves out (for the
/// website's search script, which reads questions the same way).
pub fn words() -> (&'static [&'static str], Vec<&'static str>) {
    let mut filler: Vec<&str> = STARTERS.iter().chain(MORE_FILLER).copied().collect();
    filler.sort_unstable();
    (STARTERS, filler)
}

/// Whether a word of a question says nothing about its subject.
fn is_filler(word: &str) -> bool {
    STARTERS.contains(&word) || MORE_FILLER.contains(&word)
}

/// What a question asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Items of these types answer it best.
    pub prefer: Vec<ItemType>,
    /// It asks what something means: the begrip or afkorting named by the rest goes first.
    pub definition: bool,
}

/// Reads the query's words as a question, if they are one: removes the question's own words
/// (unless no other word would remain) and says what it asks for. `question_mark`: the text
/// ends in `?`.
pub fn read(words: &mut Vec<Word>, question_mark: bool) -> Option<Question> {
    let first = words.first()?.folded.clone();
    let second = words.get(1).map_or("", |w| w.folded.as_str());
    let starts = STARTERS.contains(&first.as_str()) && (first != "ik" || second == "zoek");
    if !starts && !question_mark {
        return None;
    }
    let definition = match first.as_str() {
        "betekenis" => true,
        "wat" => matches!(second, "betekent" | "betekenen" | "is" | "zijn" | "houdt"),
        "waar" => words.iter().any(|w| w.folded == "staat"),
        _ => false,
    };
    let prefer = if definition {
        vec![ItemType::Begrip, ItemType::Afkorting]
    } else {
        match first.as_str() {
            "hoeveel" => vec![ItemType::Kerncijfer],
            "wie" => vec![ItemType::Organisatie, ItemType::Orgaan],
            _ => Vec::new(),
        }
    };
    if words.iter().any(|w| !is_filler(&w.folded)) {
        words.retain(|w| !is_filler(&w.folded));
    }
    Some(Question { prefer, definition })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Word> {
        text.split(' ')
            .map(|w| Word {
                folded: w.to_owned(),
                stem: w.to_owned(),
                stop: false,
                prefix: false,
                parts: Vec::new(),
            })
            .collect()
    }

    fn left(text: &str) -> (Vec<String>, Option<Question>) {
        let mut w = words(text);
        let q = read(&mut w, text.ends_with('?'));
        (w.into_iter().map(|w| w.folded).collect(), q)
    }

    #[test]
    fn question_words_are_left_out_and_the_kind_of_answer_kept() {
        let (w, q) = left("hoeveel inwoners heeft drenthe");
        assert_eq!(w, ["inwoners", "drenthe"]);
        assert_eq!(q.map(|q| q.prefer), Some(vec![ItemType::Kerncijfer]));
        let (w, q) = left("wat betekent ggz");
        assert_eq!(w, ["ggz"]);
        assert!(q.is_some_and(|q| q.definition));
        let (w, q) = left("ik zoek informatie over mantelzorg");
        assert_eq!(w, ["mantelzorg"]);
        assert!(q.is_some_and(|q| !q.definition && q.prefer.is_empty()));
        // The verbs of a "hoeveel" question are not in the kerncijfer that answers it.
        let (w, _) = left("hoeveel ouderen krijgen verpleegzorg");
        assert_eq!(w, ["ouderen", "verpleegzorg"]);
        let (w, _) = left("hoeveel 80-plussers komen er bij");
        assert_eq!(w, ["80-plussers"]);
    }

    #[test]
    fn a_query_that_is_not_a_question_stays_as_it_is() {
        assert_eq!(
            left("zorg voor ouderen"),
            (
                words("zorg voor ouderen")
                    .into_iter()
                    .map(|w| w.folded)
                    .collect(),
                None
            )
        );
        // Nothing else left: the words stay, so the query still finds something.
        assert_eq!(left("wat is").0, ["wat", "is"]);
    }
}
