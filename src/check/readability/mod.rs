//! Language level B1: how hard each item's public text is, and which sentence to fix.
//!
//! In: the model and the thresholds of `[marke.leesbaarheid]` in `book.toml`. Out: per item
//! the [`Scores`] (the terminal browser shows them; the site does not), diagnostics for
//! `marke check` that quote the sentence and point at its line, and an [`Overview`] of all
//! items for `marke check --leesbaarheid`. The text is split into sentences by [`text`],
//! syllables are counted by [`syllables`], terms are looked up by [`terms`], uncommon words
//! and jargon by [`vocabulary`].

pub mod overview;
pub mod scores;
pub mod style;
pub mod syllables;
pub mod terms;
pub mod text;
pub mod vocabulary;

pub use overview::Overview;
pub use scores::Scores;
pub use text::Sentence;
pub use vocabulary::Vocabulary;

use crate::config::Leesbaarheid;
use crate::diag::{Code, Diagnostic, Severity};
use crate::model::{Item, ItemType, Model};

use scores::Counts;
use style::{Rule, Style};
use terms::Glossary;
use vocabulary::Uncommon;

/// The readability figures of one item's public text (title, summary, body).
pub fn score(item: &Item) -> Scores {
    Scores::of(&text::sentences(item))
}

/// [`score`] with the uncommon words counted, which takes the model's vocabulary.
pub fn score_with(item: &Item, vocabulary: &Vocabulary) -> Scores {
    let sentences = text::sentences(item);
    Scores {
        uncommon_words: sentences.iter().map(|s| vocabulary.uncommon(s).len()).sum(),
        ..Scores::of(&sentences)
    }
}

/// Readability warnings for every item.
pub fn check(model: &Model, cfg: &Leesbaarheid) -> Vec<Diagnostic> {
    let glossary = Glossary::new(model, cfg);
    let style = Style::new(model);
    let vocabulary = Vocabulary::new(model, cfg);
    let rules = Rules {
        glossary: &glossary,
        style: &style,
        vocabulary: &vocabulary,
    };
    // Items are independent: on two or more cores, they are checked on several threads.
    let mut out = crate::check::in_parallel(model.items(), |item| check_item(item, cfg, &rules));
    for d in &mut out {
        if cfg.als_fout.iter().any(|c| c == d.code.name()) {
            d.severity = Severity::Fout;
        }
    }
    out
}

/// What the checks know of the whole model, made once and shared by the threads.
struct Rules<'a> {
    glossary: &'a Glossary,
    style: &'a Style,
    vocabulary: &'a Vocabulary,
}

fn check_item(item: &Item, cfg: &Leesbaarheid, rules: &Rules) -> Vec<Diagnostic> {
    let Rules {
        glossary, style, ..
    } = rules;
    let sentences = text::sentences(item);
    let counts: Vec<Counts> = sentences.iter().map(|s| Counts::of(&s.text)).collect();
    let warn = |code, s: &Sentence, msg: String, hint: String| {
        Diagnostic::warning(code, &item.location.path, msg)
            .at(s.line.max(item.location.line), 0)
            .hint(hint)
    };
    let mut out = Vec::new();
    for (s, c) in sentences.iter().zip(&counts) {
        if c.words > cfg.max_woorden_per_zin {
            out.push(warn(
                Code::ZinTeLang,
                s,
                format!(
                    "zin van {} woorden (meer dan {}): \"{}\"",
                    c.words, cfg.max_woorden_per_zin, s.text
                ),
                "splits deze zin; één gedachte per zin".into(),
            ));
        }
    }
    let scores = Scores::from_counts(counts.iter().copied());
    if scores.words >= cfg.min_woorden
        && scores.flesch_douma < cfg.min_flesch_douma
        && let Some((s, _)) = hardest(&sentences, &counts)
    {
        out.push(warn(
            Code::MoeilijkeTekst,
            s,
            format!(
                "'{}' is moeilijk te lezen: Flesch-Douma {:.0} (doel: {:.0} of meer), {:.1} woorden per zin, {:.2} lettergrepen per woord",
                item.id, scores.flesch_douma, cfg.min_flesch_douma, scores.words_per_sentence, scores.syllables_per_word
            ),
            format!("kortere zinnen en kortere woorden helpen; begin bij deze zin: \"{}\"", s.text),
        ));
    }
    out.extend(passive(item, &sentences, &counts, cfg, &warn));
    // A source document's own page is about the source: there "de bron" is the subject.
    let about_source = item.kind == ItemType::Bron;
    for s in &sentences {
        out.extend(word_rules(style, s, about_source, &warn));
    }
    out.extend(word_choice(rules.vocabulary, &sentences, cfg, &warn));
    for f in glossary.unexplained(item, &sentences) {
        let s = &sentences[f.sentence];
        out.push(match &f.term.voluit {
            Some(voluit) => warn(
                Code::AfkortingZonderUitleg,
                s,
                format!("afkorting '{}' zonder uitleg: \"{}\"", f.term.label, s.text),
                format!(
                    "schrijf de eerste keer '{voluit} ({})', of verwijs: [{}](@{})",
                    f.term.label, f.term.label, f.term.id
                ),
            ),
            None => warn(
                Code::BegripZonderUitleg,
                s,
                format!("begrip '{}' zonder uitleg: \"{}\"", f.term.label, s.text),
                format!(
                    "leg '{}' uit of verwijs naar het begrip: [{}](@{})",
                    f.term.label, f.term.label, f.term.id
                ),
            ),
        });
    }
    out
}

/// The word rules of [`style`] for one sentence: at most one warning per rule.
fn word_rules(
    style: &Style,
    s: &Sentence,
    about_source: bool,
    warn: &dyn Fn(Code, &Sentence, String, String) -> Diagnostic,
) -> Vec<Diagnostic> {
    let findings = style.check(s);
    let mut out = Vec::new();
    let of = |rule: Rule| findings.iter().filter(move |f| f.rule == rule);
    let address: Vec<&str> = of(Rule::Address).map(|f| f.found.as_str()).collect();
    if let Some(first) = of(Rule::Address).next() {
        out.push(warn(
            Code::Aanspreekvorm,
            s,
            format!("'{}' in plaats van u: \"{}\"", address.join("', '"), s.text),
            format!(
                "de website zegt u: schrijf {} (\"kun je\" wordt \"kunt u\")",
                first.instead.unwrap_or("u")
            ),
        ));
    }
    if let Some(f) = of(Rule::SourceTalk).next().filter(|_| !about_source) {
        out.push(warn(
            Code::BronInTekst,
            s,
            format!("'{}' gaat over de bron, niet over het onderwerp: \"{}\"", f.found, s.text),
            "zet dit onder '## Over de bron' aan het eind van de tekst; de website toont dat ingeklapt, de terminal gewoon".into(),
        ));
    }
    for f in of(Rule::SplitWord) {
        out.push(warn(
            Code::LosGeschreven,
            s,
            format!("'{}' is één woord: \"{}\"", f.found, s.text),
            format!("schrijf '{}'", f.instead.unwrap_or_default()),
        ));
    }
    out
}

/// Jargon (always) and uncommon words (with `ongewone-woorden = true`) that nothing explains:
/// one warning per word and item, at the sentence where the reader first meets it.
fn word_choice(
    vocabulary: &Vocabulary,
    sentences: &[Sentence],
    cfg: &Leesbaarheid,
    warn: &dyn Fn(Code, &Sentence, String, String) -> Diagnostic,
) -> Vec<Diagnostic> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for s in sentences {
        for Uncommon { word, jargon, .. } in vocabulary.uncommon(s) {
            if (!jargon && !cfg.ongewone_woorden) || seen.contains(&word) {
                continue;
            }
            out.push(if jargon {
                warn(
                    Code::Vakjargon,
                    s,
                    format!("vakjargon '{word}': \"{}\"", s.text),
                    format!("leg '{word}' uit in gewone woorden, tussen haakjes erachter, of verwijs naar een begrip: [{word}](@id)"),
                )
            } else {
                warn(
                    Code::OngewoonWoord,
                    s,
                    format!("ongewoon woord '{word}': \"{}\"", s.text),
                    format!("kies een gewoner woord, of leg '{word}' uit tussen haakjes erachter of met een link naar een begrip"),
                )
            });
            seen.push(word);
        }
    }
    out
}

/// One warning when too many sentences are passive, pointing at the first.
fn passive(
    item: &Item,
    sentences: &[Sentence],
    counts: &[Counts],
    cfg: &Leesbaarheid,
    warn: &dyn Fn(Code, &Sentence, String, String) -> Diagnostic,
) -> Option<Diagnostic> {
    let n = counts.iter().filter(|c| c.passive).count();
    let total = counts.iter().filter(|c| c.words > 0).count();
    if n < 2 || (n as f64) <= cfg.max_lijdende_vorm * total as f64 {
        return None;
    }
    let first = sentences.iter().zip(counts).find(|(_, c)| c.passive)?.0;
    let _ = item;
    Some(warn(
        Code::LijdendeVorm,
        first,
        format!(
            "{n} van de {total} zinnen staan in de lijdende vorm, zoals: \"{}\"",
            first.text
        ),
        "schrijf actief: zeg wie het doet (\"de gemeente stelt het plan vast\")".into(),
    ))
}

/// The sentence that pulls the score down most: lowest Flesch-Douma, weighted by length.
fn hardest<'a>(sentences: &'a [Sentence], counts: &[Counts]) -> Option<(&'a Sentence, f64)> {
    sentences
        .iter()
        .zip(counts)
        .filter(|(_, c)| c.words >= 3)
        .map(|(s, c)| (s, (100.0 - c.flesch_douma()) * c.words as f64))
        .max_by(|a, b| a.1.total_cmp(&b.1))
}
