//! `marke export` output validates against its documented schema, and the content schema that
//! editors use is the one marke generates.

// Tests may unwrap: a panic is the failure message (Cargo.toml [lints]).
#![allow(clippy::unwrap_used)]

mod common;

use common::{repo_content, run_in};

fn validate(schema_file: &str, instance: &serde_json::Value) -> Result<(), String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(schema_file);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("file:///schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("file:///schema.json", &mut schemas)
        .unwrap();
    schemas
        .validate(instance, index)
        .map_err(|e| format!("{e:#}"))
}

#[test]
fn export_of_the_real_content_matches_its_schema() {
    let out = run_in(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        &repo_content(),
        &["export", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    validate("schema/export.schema.json", &v).unwrap();
    let items = v["items"].as_array().unwrap();
    assert!(items.len() > 300);
    // Backlinks are computed: the doel 1.1.1 is linked from its afspraken.
    let doel = items
        .iter()
        .find(|i| i["id"] == "1-1-1")
        .expect("doel 1-1-1");
    let back: Vec<&str> = doel["backlinks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert!(back.contains(&"2-1-1-a"), "{back:?}");
    assert_eq!(
        doel["breadcrumb"],
        serde_json::json!(["drentse-droom", "netwerkaanpak", "1-1-1"])
    );
}

#[test]
fn schema_rejects_an_export_with_a_missing_field() {
    let bad = serde_json::json!({ "marke": "0", "items": [{ "id": "x", "type": "doel" }] });
    assert!(validate("schema/export.schema.json", &bad).is_err());
}

#[test]
fn export_to_a_file_writes_the_same_json() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("model.json");
    let out = run_in(
        dir.path(),
        &repo_content(),
        &["export", "--out", target.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert!(v["items"].as_array().unwrap().len() > 300);
}

/// Editors validate with `schema/marke.schema.json`; it must be what marke generates.
/// Run with `MARKE_UPDATE_SCHEMA=1` to rewrite it after changing the content format.
#[test]
fn content_schema_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/marke.schema.json");
    let generated = serde_json::to_string_pretty(&marke::schema::json_schema()).unwrap() + "\n";
    if std::env::var_os("MARKE_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "schema/marke.schema.json is verouderd: draai MARKE_UPDATE_SCHEMA=1 cargo test --test export"
    );
}

/// `schema/synoniemen.schema.json` is generated too, and accepts the real file.
#[test]
fn synonyms_schema_is_up_to_date_and_accepts_the_real_file() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/synoniemen.schema.json");
    let generated = serde_json::to_string_pretty(&marke::schema::synonyms_schema()).unwrap() + "\n";
    if std::env::var_os("MARKE_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "schema/synoniemen.schema.json is verouderd: draai MARKE_UPDATE_SCHEMA=1 cargo test --test export"
    );
    let text = std::fs::read_to_string(repo_content().join("synoniemen.yaml")).unwrap();
    let v: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    validate("schema/synoniemen.schema.json", &v).unwrap();
    let one_word = serde_json::json!([{ "woorden": ["ouderen"] }]);
    assert!(validate("schema/synoniemen.schema.json", &one_word).is_err());
}

#[test]
fn content_schema_accepts_real_files_and_rejects_a_typo() {
    let schema_ok = |v: &serde_json::Value| validate("schema/marke.schema.json", v);
    let good = serde_json::json!([{ "id": "2-1-1-a", "type": "afspraak", "titel": "T", "samenvatting": "S", "soort": "operationeel", "doel": "1-1-1", "gepland": "2025-Q2" }]);
    schema_ok(&good).unwrap();
    let typo =
        serde_json::json!([{ "id": "a", "type": "begrip", "titel": "T", "samenvating": "S" }]);
    assert!(schema_ok(&typo).is_err());
    let wrong_field = serde_json::json!([{ "id": "a", "type": "begrip", "titel": "T", "samenvatting": "S", "tagline": "x" }]);
    assert!(schema_ok(&wrong_field).is_err());
    // Every list file in the real content passes, so the editor never flags what marke accepts.
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(repo_content()) {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".yaml") && !name.starts_with('_') && name != "synoniemen.yaml" {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let v: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
            schema_ok(&v).unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
            checked += 1;
        }
    }
    assert!(checked > 20, "{checked}");
}
