//! The real content against the B1 figures of issue 8, and the readability warnings of
//! `marke check` on a small fixture.

mod common;

use marke::check::readability::{self, Overview};
use marke::config::Leesbaarheid;
use marke::diag::Code;
use marke::model::{Checked, Model};

fn real_model() -> Model {
    common::valid_model(&common::repo_content())
}

/// Issue 8: at least 95 % of the items with 40 or more words reach Flesch-Douma 60.
const FLOOR_PERCENT: f64 = 95.0;

#[test]
fn content_meets_the_b1_targets_of_issue_8() {
    let o = Overview::new(&real_model(), &Leesbaarheid::default());
    assert!(o.lange_onderdelen > 100, "te weinig inhoud gevonden");
    assert!(
        o.totaal.words_per_sentence <= 15.0,
        "gemiddeld {:.1} woorden per zin",
        o.totaal.words_per_sentence
    );
    let hardest: Vec<&str> = o.items.iter().take(10).map(|r| r.id.as_str()).collect();
    assert!(
        o.share_on_level() >= FLOOR_PERCENT,
        "{:.1} % van de lange onderdelen haalt Flesch-Douma 60; moeilijkst: {hardest:?}",
        o.share_on_level()
    );
}

/// Issue 21: at most 1 % of the words of the public text uncommon and unexplained.
#[test]
fn content_meets_the_uncommon_word_goal_of_issue_21() {
    let cfg = Leesbaarheid::default();
    let o = Overview::new(&real_model(), &cfg);
    let share = 100.0 * o.totaal.uncommon_share();
    let top: Vec<&str> = o
        .ongewone_woorden
        .iter()
        .take(10)
        .map(|w| w.woord.as_str())
        .collect();
    assert!(
        share <= cfg.max_ongewone_woorden,
        "{share:.2} % ongewone woorden; meest gebruikt: {top:?}"
    );
}

#[test]
fn check_quotes_the_long_sentence_and_the_unexplained_term() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("begrippen")).unwrap();
    std::fs::write(
        dir.path().join("begrippen/b.yaml"),
        "- id: reablement\n  type: begrip\n  titel: Reablement\n  samenvatting: Weer zelf leren doen.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("pagina.md"),
        "---\nid: p\ntype: pagina\ntitel: Een pagina\nsamenvatting: Kort.\n---\nDit is kort.\n\
         Deze zin is veel te lang omdat hij maar doorgaat en doorgaat over van alles en nog wat zonder ooit te stoppen.\n\
         Hier gaat het over reablement.\n",
    )
    .unwrap();
    let Checked { model, report } = Model::load(dir.path(), marke::model::Date::today());
    let report = marke::check::run(&model, report, &Leesbaarheid::default());
    let long = report
        .diagnostics
        .iter()
        .find(|d| d.code == Code::ZinTeLang)
        .unwrap();
    assert_eq!(long.line, 8);
    assert!(
        long.message.contains("\"Deze zin is veel te lang"),
        "{}",
        long.message
    );
    assert_eq!(
        long.hint.as_deref(),
        Some("splits deze zin; één gedachte per zin")
    );
    let term = report
        .diagnostics
        .iter()
        .find(|d| d.code == Code::BegripZonderUitleg)
        .unwrap();
    assert_eq!(term.line, 9);
    assert!(
        term.hint
            .as_deref()
            .unwrap()
            .contains("leg 'reablement' uit")
    );
    assert_eq!(report.exit_code(), 0, "waarschuwingen laten check slagen");

    let strict = Leesbaarheid {
        als_fout: vec!["zin-te-lang".into()],
        ..Leesbaarheid::default()
    };
    let Checked { model, report } = Model::load(dir.path(), marke::model::Date::today());
    assert_eq!(marke::check::run(&model, report, &strict).exit_code(), 1);
    let page = model.get("p").unwrap();
    assert_eq!(readability::score(page).long_sentences, 1);
}
