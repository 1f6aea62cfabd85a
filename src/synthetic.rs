//! Synthetic content for benchmarks: the real content, copied N times with every id and link
//! renamed, so a corpus 10× or 100× the real size has the same shape (types, links, text
//! lengths) as the real one. Used by `benches/`; never by the binary's commands.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use serde_json::{Map, Value, json};

use crate::model::{Item, ItemType, Model, Relation};

/// Writes `copies` renamed copies of `model` under `dir` (one folder per copy, one YAML list
/// per type), and the model's synonym groups once. Returns the number of items written.
pub fn write_corpus(model: &Model, dir: &Path, copies: usize) -> io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    if !model.synonyms().is_empty() {
        let groups: Vec<Value> = model
            .synonyms()
            .iter()
            .map(|g| json!({ "woorden": g }))
            .collect();
        let yaml = serde_saphyr::to_string(&groups).map_err(io::Error::other)?;
        std::fs::write(dir.join(crate::content::synonyms::FILE), yaml)?;
    }
    let mut written = 0;
    for k in 0..copies {
        let folder = dir.join(format!("kopie-{k}"));
        std::fs::create_dir_all(&folder)?;
        let mut by_type: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
        for item in model.items() {
            by_type
                .entry(item.kind.name())
                .or_default()
                .push(renamed(item, k));
            written += 1;
        }
        for (kind, items) in by_type {
            let yaml = serde_saphyr::to_string(&items).map_err(io::Error::other)?;
            std::fs::write(folder.join(format!("{kind}.yaml")), yaml)?;
        }
    }
    Ok(written)
}

fn suffix(id: &str, k: usize) -> String {
    format!("{id}-k{k}")
}

/// One item as a YAML-ready map in the content format, with ids renamed for copy `k`.
fn renamed(item: &Item, k: usize) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(suffix(&item.id, k)));
    m.insert("type".into(), json!(item.kind.name()));
    // Copies of a term keep the same words, so each copy of the glossary would match the same
    // text 100 times over; a real corpus 100× larger has 100× more *different* terms. Give
    // each copy's terms their own first word instead.
    let renamed_term = k > 0 && matches!(item.kind, ItemType::Begrip | ItemType::Afkorting);
    let title = if renamed_term {
        format!("K{k} {}", item.title)
    } else {
        item.title.clone()
    };
    m.insert("titel".into(), json!(title));
    if renamed_term {
        let aliases: Vec<String> = item.aliases.iter().map(|a| format!("K{k} {a}")).collect();
        m.insert("aliassen".into(), json!(aliases));
    } else if !item.aliases.is_empty() {
        m.insert("aliassen".into(), json!(item.aliases));
    }
    m.insert("samenvatting".into(), json!(item.summary));
    let mut body = crate::model::note::join(&item.body, &item.source_note);
    for link in item.links.iter().filter(|l| l.rel == Relation::Tekst) {
        body = body.replace(
            &format!("(@{})", link.target),
            &format!("(@{})", suffix(&link.target, k)),
        );
    }
    if !body.is_empty() {
        m.insert("tekst".into(), json!(body));
    }
    if let Some(src) = &item.source {
        m.insert(
            "bron".into(),
            json!({ "document": suffix(&src.document, k), "sectie": src.sectie }),
        );
    }
    let single = [
        Relation::Opgave,
        Relation::Doel,
        Relation::Begrip,
        Relation::DeelVan,
    ];
    for link in &item.links {
        if matches!(link.rel, Relation::Tekst | Relation::Bron) {
            continue;
        }
        let target = json!(suffix(&link.target, k));
        if single.contains(&link.rel) {
            m.insert(link.rel.field().into(), target);
        } else if let Value::Array(list) = m
            .entry(link.rel.field())
            .or_insert_with(|| Value::Array(Vec::new()))
        {
            list.push(target);
        }
    }
    let facts = serde_json::to_value(&item.facts).unwrap_or(Value::Null);
    if let Value::Object(f) = facts {
        for (key, value) in f {
            let v = if key == "gepland" {
                json!(planned_text(&value))
            } else {
                value
            };
            m.insert(key, v);
        }
    }
    Value::Object(m)
}

/// Back from the exported form of a planned moment to the content form.
fn planned_text(v: &Value) -> String {
    let n = |k: &str| v.get(k).and_then(Value::as_u64).unwrap_or(0);
    match v.get("precisie").and_then(Value::as_str) {
        Some("jaar") => n("jaar").to_string(),
        Some("kwartaal") => format!("{}-Q{}", n("jaar"), n("kwartaal")),
        Some("datum") => format!("{}-{:02}-{:02}", n("jaar"), n("maand"), n("dag")),
        _ => "onbekend".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_of_valid_content_is_valid_and_the_same_size() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let model = crate::model::Model::load(&root, crate::model::Date::today()).model;
        let dir = tempfile::tempdir().unwrap();
        let n = write_corpus(&model, dir.path(), 2).unwrap();
        assert_eq!(n, model.len() * 2);
        let copy = crate::model::Model::load(dir.path(), crate::model::Date::today());
        let report = copy.report.render(crate::diag::Format::Human, false);
        assert_eq!(copy.report.errors, 0, "{report}");
        assert_eq!(copy.model.len(), model.len() * 2);
    }
}
