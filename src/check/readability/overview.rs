//! `marke check --leesbaarheid`: every item's scores in one table, hardest first, and the
//! figures for the whole content (the target of issue 8: at least 95 % of the items with 40
//! words or more reach Flesch-Douma 60, and the content averages at most 15 words a sentence;
//! of issue 21: at most 1 % of the words uncommon and unexplained, with the most frequent of
//! them listed, so the writers know where to start).

use std::fmt::Write as _;

use serde::Serialize;

use std::collections::HashMap;

use super::{Scores, Vocabulary, text};
use crate::config::Leesbaarheid;
use crate::model::Model;

/// How many of the most frequent uncommon words the table lists.
const SHOWN_WORDS: usize = 40;

/// One row of the table.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub file: String,
    pub line: usize,
    #[serde(flatten)]
    pub scores: Scores,
}

/// All items, hardest first, with totals.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub items: Vec<Row>,
    /// The whole content as one text.
    pub totaal: Scores,
    /// Items with at least `min-woorden` words…
    pub lange_onderdelen: usize,
    /// …and how many of them reach `min-flesch-douma`.
    pub lange_onderdelen_op_niveau: usize,
    pub min_woorden: usize,
    pub min_flesch_douma: f64,
    /// The goal: at most this share (%) of the words uncommon.
    pub max_ongewone_woorden: f64,
    /// The uncommon words (and jargon) of the whole content, most frequent first.
    pub ongewone_woorden: Vec<WordCount>,
}

/// An uncommon word and how often the public text uses it.
#[derive(Debug, Clone, Serialize)]
pub struct WordCount {
    pub woord: String,
    pub keer: usize,
    pub vakjargon: bool,
}

impl Overview {
    pub fn new(model: &Model, cfg: &Leesbaarheid) -> Self {
        let vocabulary = Vocabulary::new(model, cfg);
        let mut counts: HashMap<(String, bool), usize> = HashMap::new();
        let mut items: Vec<Row> = model
            .items()
            .iter()
            .map(|item| {
                let sentences = text::sentences(item);
                let mut scores = Scores::of(&sentences);
                for u in sentences.iter().flat_map(|s| vocabulary.uncommon(s)) {
                    scores.uncommon_words += 1;
                    *counts.entry((u.word, u.jargon)).or_default() += 1;
                }
                Row {
                    id: item.id.clone(),
                    kind: item.kind.name(),
                    file: item.location.rel_path.clone(),
                    line: item.location.line,
                    scores,
                }
            })
            .collect();
        let mut ongewone_woorden: Vec<WordCount> = counts
            .into_iter()
            .map(|((woord, vakjargon), keer)| WordCount {
                woord,
                keer,
                vakjargon,
            })
            .collect();
        ongewone_woorden.sort_by(|a, b| b.keer.cmp(&a.keer).then_with(|| a.woord.cmp(&b.woord)));
        // Hardest first; items too short to judge go last.
        let key = |r: &Row| (r.scores.words < cfg.min_woorden, r.scores.flesch_douma);
        items.sort_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
        });
        let mut totaal = Scores::default();
        for r in &items {
            totaal.add(&r.scores);
        }
        let long: Vec<&Row> = items
            .iter()
            .filter(|r| r.scores.words >= cfg.min_woorden)
            .collect();
        Self {
            lange_onderdelen: long.len(),
            lange_onderdelen_op_niveau: long
                .iter()
                .filter(|r| r.scores.flesch_douma >= cfg.min_flesch_douma)
                .count(),
            items,
            totaal,
            min_woorden: cfg.min_woorden,
            min_flesch_douma: cfg.min_flesch_douma,
            max_ongewone_woorden: cfg.max_ongewone_woorden,
            ongewone_woorden,
        }
    }

    /// Share (0–100) of the long items that reach the Flesch-Douma target.
    pub fn share_on_level(&self) -> f64 {
        if self.lange_onderdelen == 0 {
            100.0
        } else {
            100.0 * self.lange_onderdelen_op_niveau as f64 / self.lange_onderdelen as f64
        }
    }

    /// The table as text, for the terminal.
    pub fn render(&self) -> String {
        let width = self
            .items
            .iter()
            .map(|r| r.id.chars().count())
            .max()
            .unwrap_or(2)
            .max(2);
        let mut out = format!(
            "{:<width$}  {:<14} {:>6} {:>5} {:>6} {:>6} {:>6} {:>5} {:>6} {:>7} {:>7}\n",
            "id",
            "type",
            "woorden",
            "zinnen",
            "w/zin",
            "FD",
            "Brouwer",
            "lang",
            "passief",
            "lang w.",
            "ongew."
        );
        for r in &self.items {
            let s = &r.scores;
            let _ = writeln!(
                out,
                "{:<width$}  {:<14} {:>6} {:>5} {:>6.1} {:>6.0} {:>6.0} {:>5} {:>6} {:>6.0}% {:>6.1}%",
                r.id,
                r.kind,
                s.words,
                s.sentences,
                s.words_per_sentence,
                s.flesch_douma,
                s.brouwer,
                s.long_sentences,
                s.passive,
                100.0 * s.long_word_share(),
                100.0 * s.uncommon_share()
            );
        }
        let t = &self.totaal;
        let _ = writeln!(
            out,
            "\nHele inhoud: {} woorden in {} zinnen, {:.1} woorden per zin, Flesch-Douma {:.0}, Brouwer {:.0}, {} zinnen van meer dan 20 woorden.",
            t.words, t.sentences, t.words_per_sentence, t.flesch_douma, t.brouwer, t.long_sentences
        );
        let _ = writeln!(
            out,
            "Onderdelen met {} woorden of meer: {} van de {} halen Flesch-Douma {:.0} ({:.1} %).",
            self.min_woorden,
            self.lange_onderdelen_op_niveau,
            self.lange_onderdelen,
            self.min_flesch_douma,
            self.share_on_level()
        );
        let _ = writeln!(
            out,
            "Ongewone woorden zonder uitleg: {} van de {} ({:.1} %; doel: {} % of minder).",
            t.uncommon_words,
            t.words,
            100.0 * t.uncommon_share(),
            self.max_ongewone_woorden
        );
        if !self.ongewone_woorden.is_empty() {
            let shown: Vec<String> = self
                .ongewone_woorden
                .iter()
                .take(SHOWN_WORDS)
                .map(|w| {
                    let mark = if w.vakjargon { " (vakjargon)" } else { "" };
                    format!("{} {}×{mark}", w.woord, w.keer)
                })
                .collect();
            let _ = writeln!(out, "Meest gebruikt: {}.", shown.join(", "));
        }
        out
    }
}
