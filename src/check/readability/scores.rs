//! Readability figures of a text: words per sentence, syllables per word, Flesch-Douma,
//! Brouwer leesindex, LIX, long sentences, long words and passive sentences.
//!
//! Formulas (ASL = words per sentence, ASW = syllables per word):
//! Flesch-Douma = 206.835 − 0.93·ASL − 77·ASW; Brouwer = 195 − 2·ASL − 66.67·ASW;
//! LIX = ASL + 100·(words of more than 6 letters)/words. Higher Flesch-Douma and Brouwer mean
//! easier text (60 and up is "normal"); a lower LIX means easier text.

use serde::Serialize;

use super::syllables;
use super::text::Sentence;

/// Sentences longer than this count as long in [`Scores::long_sentences`].
pub const LONG_SENTENCE: usize = 20;

/// The figures for one text (an item, or the whole content).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    pub words_per_sentence: f64,
    pub syllables_per_word: f64,
    pub flesch_douma: f64,
    pub brouwer: f64,
    pub lix: f64,
    /// Sentences of more than 20 words.
    pub long_sentences: usize,
    /// Words of more than 6 letters.
    pub long_words: usize,
    /// Sentences in the passive voice.
    pub passive: usize,
    /// Uncommon words that nothing explains ([`super::vocabulary`]); 0 where the text was
    /// scored without the model's vocabulary.
    pub uncommon_words: usize,
}

/// The counts of one sentence; [`Scores`] adds them up.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub words: usize,
    pub syllables: usize,
    pub long_words: usize,
    pub passive: bool,
}

impl Counts {
    pub fn of(sentence: &str) -> Self {
        let words = words(sentence);
        Self {
            words: words.len(),
            syllables: words.iter().map(|w| syllables::count(w)).sum(),
            long_words: words
                .iter()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 6)
                .count(),
            passive: is_passive(&words),
        }
    }

    /// Flesch-Douma of this sentence alone, to find the hardest sentence of a text.
    pub fn flesch_douma(&self) -> f64 {
        Scores::from_counts(std::iter::once(*self)).flesch_douma
    }
}

impl Scores {
    pub fn of(sentences: &[Sentence]) -> Self {
        Self::from_counts(sentences.iter().map(|s| Counts::of(&s.text)))
    }

    pub fn from_counts(counts: impl IntoIterator<Item = Counts>) -> Self {
        let mut s = Scores::default();
        for c in counts.into_iter().filter(|c| c.words > 0) {
            s.sentences += 1;
            s.words += c.words;
            s.syllables += c.syllables;
            s.long_words += c.long_words;
            s.long_sentences += usize::from(c.words > LONG_SENTENCE);
            s.passive += usize::from(c.passive);
        }
        s.finish()
    }

    /// Adds another text's counts, for totals over many items.
    pub fn add(&mut self, o: &Scores) {
        self.words += o.words;
        self.sentences += o.sentences;
        self.syllables += o.syllables;
        self.long_words += o.long_words;
        self.long_sentences += o.long_sentences;
        self.passive += o.passive;
        self.uncommon_words += o.uncommon_words;
        *self = self.finish();
    }

    /// Computes the ratios from the counts.
    fn finish(mut self) -> Self {
        if self.words == 0 || self.sentences == 0 {
            return Scores {
                words: self.words,
                sentences: self.sentences,
                uncommon_words: self.uncommon_words,
                ..Scores::default()
            };
        }
        let asl = self.words as f64 / self.sentences as f64;
        let asw = self.syllables as f64 / self.words as f64;
        self.words_per_sentence = asl;
        self.syllables_per_word = asw;
        self.flesch_douma = 206.835 - 0.93 * asl - 77.0 * asw;
        self.brouwer = 195.0 - 2.0 * asl - 66.67 * asw;
        self.lix = asl + 100.0 * self.long_words as f64 / self.words as f64;
        self
    }

    /// Share of uncommon words, 0.0–1.0.
    pub fn uncommon_share(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.uncommon_words as f64 / self.words as f64
        }
    }

    /// Share of words with more than 6 letters, 0.0–1.0.
    pub fn long_word_share(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.long_words as f64 / self.words as f64
        }
    }
}

/// The words of a sentence: split on spaces, punctuation trimmed, URLs left out.
pub fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| c.is_whitespace() || c == '—' || c == '–')
        .filter(|w| !(w.starts_with("http") || w.starts_with("www.")))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Forms of `worden`, the Dutch passive auxiliary.
const WORDEN: &[&str] = &["word", "wordt", "worden", "werd", "werden", "geworden"];

/// Particles that go before `ge` in a past participle: `vastgesteld`, `uitgevoerd`.
const PARTICLES: &[&str] = &[
    "", "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "samen", "terug", "toe",
    "uit", "vast", "voor", "weg", "vrij", "rond", "tegen",
];

/// How far (in words) a participle may stand from `worden`: "wordt in 2025 door de raad
/// vastgesteld" is 6.
/// Further apart they belong to different clauses ("Dat betekent: … als je ouder wordt").
const PASSIVE_SPAN: usize = 6;

/// A sentence with a form of `worden` and a past participle near it: "Het plan wordt
/// uitgevoerd".
pub fn is_passive(words: &[&str]) -> bool {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let is_worden = |w: &String| WORDEN.contains(&w.as_str());
    lower
        .iter()
        .enumerate()
        .filter(|(_, w)| is_worden(w))
        .any(|(i, _)| {
            let from = i.saturating_sub(PASSIVE_SPAN);
            let to = (i + PASSIVE_SPAN + 1).min(lower.len());
            lower[from..to]
                .iter()
                .any(|w| !is_worden(w) && is_participle(w))
        })
}

/// Words that look like a past participle but are not.
const NOT_PARTICIPLES: &[&str] = &[
    "gebied",
    "gezond",
    "gemiddeld",
    "gewest",
    "geleden",
    "genoeg",
    "geschikt",
];

fn is_participle(w: &str) -> bool {
    let ends = w.ends_with('d') || w.ends_with('t') || w.ends_with("en");
    if !ends || w.chars().count() < 6 || w.ends_with("heid") || NOT_PARTICIPLES.contains(&w) {
        return false;
    }
    let ge = PARTICLES.iter().any(|p| {
        w.strip_prefix(p)
            .and_then(|r| r.strip_prefix("ge"))
            .is_some_and(|r| r.chars().count() >= 3 && !r.starts_with('n'))
    });
    let unstressed = ["be", "ver", "ont", "her"]
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(|r| r.chars().count() >= 3) && !w.ends_with("en"));
    ge || unstressed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passive_needs_worden_and_a_participle() {
        assert!(is_passive(&words("Het plan wordt in 2025 vastgesteld.")));
        assert!(is_passive(&words("Dit werd door de GGD betaald.")));
        assert!(!is_passive(&words("De groep wordt steeds groter.")));
        assert!(!is_passive(&words("We stellen het plan vast.")));
        assert!(!is_passive(&words(
            "De woning is niet geschikt om in oud te worden."
        )));
        assert!(!is_passive(&words(
            "Levensfasebestendig betekent: je kunt er blijven wonen als je ouder wordt."
        )));
        assert!(is_passive(&words(
            "Het plan dat de raad noemde, wordt in 2025 door de provincie vastgesteld."
        )));
    }

    #[test]
    fn short_plain_text_scores_higher_than_long_complex_text() {
        let easy =
            Scores::from_counts([Counts::of("Ik ga naar huis."), Counts::of("Het is laat.")]);
        let hard = Scores::from_counts([Counts::of(
            "De implementatie van domeinoverstijgende samenwerkingsverbanden vereist organisatorische aanpassingen bij alle betrokken zorgaanbieders in de regio.",
        )]);
        assert_eq!(easy.sentences, 2);
        assert_eq!(easy.words, 7);
        assert!(easy.flesch_douma > 90.0, "{easy:?}");
        assert!(hard.flesch_douma < 30.0, "{hard:?}");
        assert!(hard.brouwer < easy.brouwer);
        assert_eq!(hard.long_sentences, 0);
    }
}
