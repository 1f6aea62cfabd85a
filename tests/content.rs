//! The repository's content is complete and consistent: the counts the sources give, and the
//! links that make the agenda navigable (every afspraak under a doel, every doel under an
//! opgave, every initiator an organisation).

mod common;

use marke::model::{ItemType, Model, Relation};

fn model() -> Model {
    common::valid_model(&common::repo_content())
}

fn count(model: &Model, kind: ItemType) -> usize {
    model.of_type(kind).len()
}

#[test]
fn agenda_counts_match_the_regioplan_and_dsgib() {
    let m = model();
    assert_eq!(count(&m, ItemType::Droom), 1);
    assert_eq!(count(&m, ItemType::Thema), 6);
    assert_eq!(
        count(&m, ItemType::Opgave),
        7,
        "six regio-opgaven plus Passende zorg"
    );
    assert_eq!(count(&m, ItemType::Doel), 17);
    assert_eq!(count(&m, ItemType::Aanbeveling), 10);
    assert_eq!(count(&m, ItemType::Focusthema), 4);
    let afspraken = m.of_type(ItemType::Afspraak);
    let soort = |s: &str| {
        afspraken
            .iter()
            .filter(|a| a.facts.soort.as_deref() == Some(s))
            .count()
    };
    assert_eq!(
        soort("operationeel") + soort("oplossingsrichting"),
        84,
        "84 operational goals in chapter 2"
    );
    assert_eq!(
        soort("oplossingsrichting"),
        7,
        "the seven oplossingsrichtingen of 2.6.3"
    );
    assert!(
        soort("procesafspraak") >= 10,
        "procesafspraken of 2.4 and 2.6"
    );
}

#[test]
fn every_afspraak_hangs_under_a_doel_and_every_doel_under_an_opgave() {
    let m = model();
    for a in m.of_type(ItemType::Afspraak) {
        if a.facts.soort.as_deref() == Some("procesafspraak") {
            assert!(
                m.parent(a)
                    .is_some_and(|p| matches!(p.kind, ItemType::Opgave | ItemType::Doel)),
                "{}",
                a.id
            );
        } else {
            let doel = a.first(Relation::Doel).and_then(|id| m.get(id));
            assert!(
                doel.is_some_and(|d| d.kind == ItemType::Doel),
                "{} has no doel",
                a.id
            );
        }
    }
    for d in m.of_type(ItemType::Doel) {
        let opgave = d.first(Relation::Opgave).and_then(|id| m.get(id));
        assert!(
            opgave.is_some_and(|o| o.kind == ItemType::Opgave),
            "{} has no opgave",
            d.id
        );
        assert_eq!(
            m.breadcrumb(d).first().map(|i| i.id.as_str()),
            Some("drentse-droom")
        );
    }
    // Each of the six regio-opgaven has strategic goals.
    for o in m.of_type(ItemType::Opgave) {
        if o.facts.soort.as_deref() == Some("regio-opgave") {
            assert!(!m.children(o).is_empty(), "{} has no doelen", o.id);
        }
    }
}

#[test]
fn codes_are_unique_and_well_formed() {
    let m = model();
    let mut seen = std::collections::HashSet::new();
    for kind in [ItemType::Doel, ItemType::Afspraak] {
        for item in m.of_type(kind) {
            let code = item.facts.code.clone().unwrap_or_default();
            assert!(seen.insert(code.clone()), "code {code} twice");
            if kind == ItemType::Doel {
                assert!(
                    code.starts_with("1.") && code.split('.').count() == 3,
                    "{code}"
                );
                assert_eq!(
                    item.facts.alias_code.as_deref().map(|a| &a[2..]),
                    Some(&code[2..])
                );
            }
        }
    }
}

#[test]
fn reference_counts_match_the_sources() {
    let m = model();
    let in_list = |kind| {
        m.of_type(kind)
            .iter()
            .filter(|i| i.facts.in_bronlijst == Some(true))
            .count()
    };
    assert!(
        in_list(ItemType::Begrip) >= 43,
        "the 43 terms of the begrippenlijst"
    );
    assert!(
        in_list(ItemType::Afkorting) >= 35,
        "the 35 listed abbreviations"
    );
    assert!(count(&m, ItemType::Afkorting) >= 50);
    let programmes = m
        .of_type(ItemType::Initiatief)
        .iter()
        .filter(|i| i.facts.soort.as_deref() == Some("transformatieprogramma"))
        .count();
    assert_eq!(
        programmes, 8,
        "the eight transformatieprogramma's of Bijlage A"
    );
    let documents = m
        .of_type(ItemType::Bron)
        .iter()
        .filter(|b| b.facts.bestand.is_some())
        .count();
    assert_eq!(documents, 5, "the five source documents");
    assert!(count(&m, ItemType::Organisatie) >= 90);
}

#[test]
fn every_initiator_is_an_organisation_and_every_fact_has_a_source() {
    let m = model();
    for a in m.of_type(ItemType::Afspraak) {
        for id in a.targets(Relation::Initiatiefnemers) {
            assert_eq!(
                m.get(id).map(|o| o.kind),
                Some(ItemType::Organisatie),
                "{}: {id}",
                a.id
            );
        }
    }
    for item in m.items() {
        if item.kind.needs_source() {
            assert!(item.source.is_some(), "{} has no bron", item.id);
        }
    }
}
