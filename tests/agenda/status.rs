//! `marke status` and `marke status --import`: only the item's lines change, and every
//! refusal leaves the files byte for byte as they were.

use super::{AFSPRAKEN, Content, TODAY, snapshot_tree, stderr, stdout};

const FILE: &str = "afspraken/2-1-1.yaml";

fn diff(before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(1)
        .to_string()
}

#[test]
fn a_status_update_changes_only_the_lines_of_that_afspraak() {
    let c = Content::fixture();
    let others: Vec<_> = snapshot_tree(&c.content())
        .into_iter()
        .filter(|(p, _)| !p.ends_with(FILE))
        .collect();
    let out = c.run(&[
        "status",
        "2.1.1.A",
        "lopend",
        "--toelichting",
        "Eerste werkbijeenkomst gehouden",
        "--datum",
        "2026-11-16",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("2.1.1.A Een Drentse uitleg: onbekend → lopend (2026-11-16)"),
        "{}",
        stdout(&out)
    );
    insta::assert_snapshot!("status_first_update", diff(AFSPRAKEN, &c.read(FILE)));
    let after: Vec<_> = snapshot_tree(&c.content())
        .into_iter()
        .filter(|(p, _)| !p.ends_with(FILE))
        .collect();
    assert_eq!(others, after, "no other file changed");
    assert_eq!(c.run(&["check"]).status.code(), Some(0));
}

#[test]
fn a_later_update_appends_to_the_history_by_id_and_show_tells_it() {
    let c = Content::fixture();
    let out = c.run(&["status", "2-1-1-b", "LOPEND"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!("status_later_update", diff(AFSPRAKEN, &c.read(FILE)));
    let show = stdout(&c.run(&["show", "2-1-1-b"]));
    assert!(
        show.contains("Status: lopend (bijgewerkt 1 december 2026)"),
        "{show}"
    );
    assert!(show.contains("Voortgang (oudste eerst):"), "{show}");
    assert!(show.contains("2026-01-15  gepland: Plan klaar"), "{show}");
    assert!(show.contains(&format!("{TODAY}  lopend")), "{show}");
}

/// Runs a command that must be refused, and checks the content folder did not change.
fn refused(c: &Content, args: &[&str]) -> String {
    let before = snapshot_tree(&c.content());
    let out = c.run(args);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stdout(&out));
    assert_eq!(
        before,
        snapshot_tree(&c.content()),
        "{args:?} changed a file"
    );
    let leftovers: Vec<_> = before
        .iter()
        .filter(|(p, _)| p.to_string_lossy().contains(".marke-"))
        .collect();
    assert!(leftovers.is_empty());
    stderr(&out)
}

#[test]
fn an_unknown_status_lists_the_six_and_suggests_the_word_marke_uses() {
    let c = Content::fixture();
    let err = refused(&c, &["status", "2.1.1.A", "bezig"]);
    assert!(err.contains("de status 'bezig' bestaat niet"), "{err}");
    assert!(err.contains("bedoelt u 'lopend'?"), "{err}");
    assert!(
        err.contains("onbekend, gepland, lopend, afgerond, vertraagd, vervallen"),
        "{err}"
    );
}

#[test]
fn an_unknown_code_gets_the_nearest_and_a_partial_code_the_list() {
    let c = Content::fixture();
    let err = refused(&c, &["status", "2.1.1.C", "lopend"]);
    assert!(
        err.contains("er is geen afspraak met code of id '2.1.1.C'"),
        "{err}"
    );
    assert!(err.contains("bedoelt u 2.1.1."), "{err}");
    let err = refused(&c, &["status", "2.1.1", "lopend"]);
    assert!(err.contains("'2.1.1' past bij 2 afspraken"), "{err}");
    assert!(
        err.contains("2.1.1.A (Een Drentse uitleg), 2.1.1.B"),
        "{err}"
    );
    let err = refused(&c, &["status", "1.1.1", "lopend"]);
    assert!(
        err.contains("alleen een afspraak heeft een status"),
        "{err}"
    );
}

#[test]
fn bad_dates_are_refused_before_anything_is_written() {
    let c = Content::fixture();
    let err = refused(
        &c,
        &["status", "2.1.1.B", "lopend", "--datum", "2026-02-30"],
    );
    assert!(err.contains("ongeldige datum"), "{err}");
    let err = refused(
        &c,
        &["status", "2.1.1.B", "lopend", "--datum", "2027-01-05"],
    );
    assert!(err.contains("ligt na vandaag (2026-12-01)"), "{err}");
    let err = refused(
        &c,
        &["status", "2.1.1.B", "lopend", "--datum", "2026-01-01"],
    );
    assert!(
        err.contains("ligt vóór de laatste update van 2.1.1.B (2026-01-15)"),
        "{err}"
    );
}

#[test]
fn an_edit_that_would_not_pass_check_is_refused_and_the_file_stays() {
    // Someone edits the file by hand after marke loaded the model: they add an update dated
    // later than the one marke is about to add. The result would be out of order.
    let c = Content::fixture();
    let root = c.content();
    let (model, _) = marke::model::build(marke::content::load(&root), &root);
    let edited = AFSPRAKEN.replace(
        "toelichting: \"Plan klaar\" }\n",
        "toelichting: \"Plan klaar\" }\n    - { datum: \"2026-11-20\", status: lopend }\n",
    );
    let edited = edited.replace("status: gepland # sinds", "status: lopend # sinds");
    c.write(FILE, &edited);
    let today = marke::model::Date::parse(TODAY).unwrap();
    let request = marke::status::Request {
        target: "2.1.1.B".into(),
        status: "vertraagd".into(),
        datum: Some("2026-11-01".into()),
        ..Default::default()
    };
    let result = marke::status::record(&root, &model, today, &[request]);
    match result {
        Err(marke::status::Refusal::Check(diags)) => {
            assert!(
                diags.iter().any(|d| d.code == "voortgang-volgorde"),
                "{diags:?}"
            );
        }
        other => panic!("expected a refusal by the check, got {other:?}"),
    }
    assert_eq!(c.read(FILE), edited, "the hand edit is untouched");
}

const CSV_OK: &str = "\u{feff}code;status;datum;toelichting\r\n\
2.1.1.A;gepland;2026-10-01;\"Start; met \"\"iedereen\"\"\"\r\n\
2-1-1-b;afgerond;;\r\n\
2.1.1.A;lopend;2026-11-02;\r\n";

#[test]
fn an_import_with_one_bad_row_writes_nothing_and_names_every_bad_row() {
    let c = Content::fixture();
    let csv = c.dir.path().join("voortgang.csv");
    std::fs::write(
        &csv,
        "code,status,datum,toelichting\n2.1.1.A,lopend,2026-11-01,ok\n2.1.1.X,lopend,,\n2.1.1.B,klaar,2026-13-01,\n",
    )
    .unwrap();
    let err = refused(&c, &["status", "--import", csv.to_str().unwrap()]);
    assert!(
        err.contains("voortgang.csv regel 3: er is geen afspraak"),
        "{err}"
    );
    assert!(
        err.contains("voortgang.csv regel 4: de status 'klaar'"),
        "{err}"
    );
    assert!(!err.contains("regel 2"), "{err}");
    assert!(err.contains("Er is niets geschreven"), "{err}");
}

#[test]
fn a_good_import_writes_every_row_in_order() {
    let c = Content::fixture();
    let csv = c.dir.path().join("voortgang.csv");
    std::fs::write(&csv, CSV_OK).unwrap();
    let out = c.run(&["status", "--import", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("regel 2: 2.1.1.A Een Drentse uitleg: onbekend → gepland"),
        "{text}"
    );
    assert!(
        text.contains("regel 4: 2.1.1.A Een Drentse uitleg: gepland → lopend"),
        "{text}"
    );
    assert!(text.contains("bijgewerkt:"), "{text}");
    insta::assert_snapshot!("status_import", diff(AFSPRAKEN, &c.read(FILE)));
    assert_eq!(c.run(&["check"]).status.code(), Some(0));
}
