//! Words a resident may not know (issue 21): uncommon words in `marke check --leesbaarheid`
//! and, when switched on, in `marke check`; known jargon; and `marke check --spelling`.

mod common;

use common::{Fixture, stdout};

/// A page with one rare word, one linked rare word, one glossary term, a name from the model
/// written in lower case, and a compound of common parts; and what they refer to.
fn fixture() -> Fixture {
    let f = Fixture::new();
    f.write(
        "begrippen/reablement.md",
        "---\nid: reablement\ntype: begrip\ntitel: Reablement\nsamenvatting: Weer zelf leren doen.\n---\nUitleg.\n",
    );
    f.write(
        "organisaties/naober.md",
        "---\nid: naober\ntype: organisatie\ntitel: Stichting Naober\nsamenvatting: Een stichting voor buren.\n---\nTekst.\n",
    );
    f.write(
        "paginas/organogram.md",
        "---\nid: organogram\ntype: pagina\ntitel: Wie doet wat\nsamenvatting: Een plaatje.\n---\nTekst.\n",
    );
    f.write(
        "paginas/p.md",
        "---\nid: p\ntype: pagina\ntitel: Een pagina\nsamenvatting: Kort.\n---\n\
         De wachtlijst is lang. Het overzicht helpt.\n\
         Het wachtlijstoverzicht staat online.\n\
         Het probleem heet sarcopenie.\n\
         Zie het [organogram](@organogram) en [reablement](@reablement).\n\
         Ook de naober helpt mee.\n",
    );
    f
}

#[test]
fn the_readability_table_lists_the_rare_word_but_not_the_explained_ones() {
    let f = fixture();
    let out = f.run(&["check", "--leesbaarheid", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let words: Vec<&str> = json["ongewone_woorden"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|w| w["woord"].as_str())
        .collect();
    // Rare and unexplained: listed. Linked (organogram), a begrip (reablement), a name in the
    // model (naober) and a compound of common parts (wachtlijstoverzicht): not listed.
    assert_eq!(words, ["sarcopenie"]);
    let page = json["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|r| r["id"] == "p")
        .expect("row of p");
    assert_eq!(page["uncommon_words"], 1);

    let text = stdout(&f.run(&["check", "--leesbaarheid"]));
    assert!(text.contains("ongew."), "{text}");
    assert!(
        text.contains("Ongewone woorden zonder uitleg: 1 van de"),
        "{text}"
    );
    assert!(text.contains("doel: 1 % of minder"), "{text}");
    assert!(text.contains("Meest gebruikt: sarcopenie 1×."), "{text}");
}

#[test]
fn check_warns_about_uncommon_words_only_when_switched_on_and_always_about_jargon() {
    let f = fixture();
    let plain = stdout(&f.run(&["check"]));
    assert!(!plain.contains("ongewoon woord"), "{plain}");

    std::fs::write(
        f.dir.path().join("book.toml"),
        "[marke.leesbaarheid]\nongewone-woorden = true\nvakjargon = [\"wachtlijstoverzicht\"]\n",
    )
    .expect("book.toml");
    let out = stdout(&f.run(&["check", "--format", "json"]));
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    let found: Vec<(&str, &str, u64)> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "ongewoon-woord" || d["code"] == "vakjargon")
        .map(|d| {
            (
                d["code"].as_str().unwrap_or(""),
                d["message"].as_str().unwrap_or(""),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "vakjargon",
                "vakjargon 'wachtlijstoverzicht': \"Het wachtlijstoverzicht staat online.\"",
                8
            ),
            (
                "ongewoon-woord",
                "ongewoon woord 'sarcopenie': \"Het probleem heet sarcopenie.\"",
                9
            ),
        ]
    );
}

#[test]
fn spelling_reports_the_misspelled_word_at_its_place_and_not_the_names() {
    let f = fixture();
    f.write(
        "paginas/fout.md",
        "---\nid: fout\ntype: pagina\ntitel: Naober helpt\nsamenvatting: Kort.\n---\n\
         De Stichting Naober geeft hulp.\n\
         Goed voor uw gezondhied en uw buren.\n",
    );
    let out = f.run(&["check", "--spelling"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("'gezondhied' staat niet in het woordenboek"),
        "{text}"
    );
    assert!(text.contains("fout.md:8:14"), "{text}");
    assert!(text.contains("bedoelt u 'gezondheid'?"), "{text}");
    // The name of an organisation (in any case), an id and a correct compound are no errors.
    for word in ["Naober", "naober", "organogram", "wachtlijstoverzicht"] {
        assert!(!text.contains(&format!("'{word}'")), "{word}: {text}");
    }
    // The only other hit: a medical term the dictionary does not know either.
    assert!(text.contains("'sarcopenie' staat niet"), "{text}");
    assert!(text.contains("0 fouten, 2 waarschuwingen"), "{text}");
}

#[test]
fn spelling_of_a_missing_folder_is_an_error_not_all_clear() {
    let f = Fixture::new();
    let out = common::run_in(
        f.dir.path(),
        &f.dir.path().join("bestaat-niet"),
        &["check", "--spelling"],
    );
    assert_ne!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("1 fout"), "{}", stdout(&out));
}

#[test]
fn a_word_listed_as_right_with_a_reason_is_no_spelling_hit_and_one_without_a_reason_is_an_error() {
    let f = fixture();
    std::fs::write(
        f.dir.path().join("book.toml"),
        "[marke.spelling.goed]\nsarcopenie = \"medische term; de tekst legt het uit\"\n",
    )
    .expect("book.toml");
    let out = f.run(&["check", "--spelling"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert!(stdout(&out).contains("alles in orde"), "{}", stdout(&out));

    std::fs::write(
        f.dir.path().join("book.toml"),
        "[marke.spelling.goed]\nsarcopenie = \"\"\n",
    )
    .expect("book.toml");
    let out = f.run(&["check", "--spelling"]);
    assert_ne!(out.status.code(), Some(0));
    let err = common::stderr(&out);
    assert!(
        err.contains("'sarcopenie'") && err.contains("zonder reden"),
        "{err}"
    );
}
