//! `marke check` on `voortgang`: every way the history can be wrong is an error at its line,
//! and `show` says "verlopen" in words.

use super::{Content, stdout};

/// The second afspraak of the fixture with its status and history replaced.
fn with_history(c: &Content, status: &str, entries: &str) {
    let text = super::AFSPRAKEN.replace(
        "  status: gepland # sinds de start\n  voortgang:\n    - { datum: \"2026-01-15\", status: gepland, toelichting: \"Plan klaar\" }\n",
        &format!("  status: {status}\n  voortgang:\n{entries}"),
    );
    assert_ne!(text, super::AFSPRAKEN);
    c.write("afspraken/2-1-1.yaml", &text);
}

fn check(c: &Content) -> (i32, String) {
    let out = c.run(&["check"]);
    (out.status.code().unwrap_or(-1), stdout(&out))
}

#[test]
fn a_status_that_disagrees_with_the_last_update_points_at_the_status() {
    let c = Content::fixture();
    with_history(
        &c,
        "afgerond",
        "    - { datum: \"2026-03-01\", status: lopend }\n",
    );
    let (code, out) = check(&c);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("de status is 'afgerond', maar de laatste update in voortgang zegt 'lopend'"),
        "{out}"
    );
    assert!(out.contains("2-1-1.yaml:25:11"), "{out}");
}

#[test]
fn updates_out_of_order_bad_dates_and_statuses_are_each_reported() {
    let c = Content::fixture();
    with_history(
        &c,
        "lopend",
        "    - { datum: \"2026-05-01\", status: gepland }\n    - datum: \"2026-04-01\"\n      status: bezig\n    - { datum: \"2026-02-30\", status: lopend }\n",
    );
    let (code, out) = check(&c);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("niet op volgorde: 2026-04-01 komt na 2026-05-01"),
        "{out}"
    );
    assert!(out.contains("2-1-1.yaml:28:"), "{out}");
    assert!(out.contains("status 'bezig' bestaat niet"), "{out}");
    assert!(out.contains("2-1-1.yaml:29:"), "{out}");
    assert!(out.contains("ongeldige datum in voortgang"), "{out}");
}

#[test]
fn an_update_from_the_future_is_an_error() {
    let c = Content::fixture();
    with_history(
        &c,
        "lopend",
        "    - { datum: \"2027-03-01\", status: lopend }\n",
    );
    let (code, out) = check(&c);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("gedateerd 2027-03-01, na vandaag (2026-12-01)"),
        "{out}"
    );
    assert!(out.contains("2-1-1.yaml:27:"), "{out}");
}

#[test]
fn voortgang_belongs_to_afspraken_and_its_fields_are_checked() {
    let c = Content::fixture();
    with_history(
        &c,
        "lopend",
        "    - { datum: \"2026-03-01\", status: lopend, toelichtng: x }\n",
    );
    let (code, out) = check(&c);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("onbekend veld 'toelichtng'"), "{out}");
    // A note may not smuggle a terminal escape into `marke show`.
    with_history(
        &c,
        "lopend",
        "    - { datum: \"2026-03-01\", status: lopend, toelichting: \"rood \\e[31m\" }\n",
    );
    let (code, out) = check(&c);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("de toelichting bevat een stuurteken"), "{out}");
    assert!(!out.contains('\u{1b}'), "{out}");
    c.write(
        "begrippen.yaml",
        "- id: een\n  type: begrip\n  titel: Een\n  samenvatting: Een woord.\n  voortgang: []\n",
    );
    let (_, out) = check(&c);
    assert!(
        out.contains("het veld 'voortgang' hoort niet bij type 'begrip'"),
        "{out}"
    );
}

#[test]
fn show_says_verlopen_in_words_only_when_overdue() {
    let c = Content::fixture();
    let a = stdout(&c.run(&["show", "2-1-1-a"]));
    assert!(
        a.contains("Verlopen: ja, gepland 2024 en nog niet afgerond"),
        "{a}"
    );
    let b = stdout(&c.run(&["show", "2-1-1-b"]));
    assert!(!b.contains("Verlopen"), "{b}");
    assert!(
        b.contains("Status: gepland (bijgewerkt 15 januari 2026: Plan klaar)"),
        "{b}"
    );
}

/// Editors validate with `schema/marke.schema.json`: it knows `voortgang` as marke does.
#[test]
fn the_content_schema_accepts_a_history_and_rejects_a_bad_entry() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/marke.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("file:///s.json", schema).unwrap();
    let index = compiler.compile("file:///s.json", &mut schemas).unwrap();
    let item = |entry: serde_json::Value| {
        serde_json::json!([{ "id": "a", "type": "afspraak", "titel": "T", "samenvatting": "S",
            "soort": "operationeel", "doel": "d", "status": "lopend", "voortgang": [entry] }])
    };
    let ok =
        item(serde_json::json!({ "datum": "2026-11-16", "status": "lopend", "toelichting": "x" }));
    assert!(schemas.validate(&ok, index).is_ok());
    for bad in [
        serde_json::json!({ "status": "lopend" }),
        serde_json::json!({ "datum": "16-11-2026", "status": "lopend" }),
        serde_json::json!({ "datum": "2026-11-16", "status": "bezig" }),
        serde_json::json!({ "datum": "2026-11-16", "status": "lopend", "notitie": "x" }),
    ] {
        assert!(
            schemas.validate(&item(bad.clone()), index).is_err(),
            "{bad}"
        );
    }
}
