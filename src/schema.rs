//! The JSON Schema of content items, generated from the same tables the loader uses, so an
//! editor validates as you type exactly what `marke check` accepts. `schema/marke.schema.json`
//! is this output; a test fails when the file is out of date.

use serde_json::{Map, Value, json};

use crate::model::{ItemType, Status};

fn field_schema(name: &str) -> Value {
    let ids = json!({ "type": "array", "items": { "$ref": "#/$defs/id" } });
    let texts = json!({ "type": "array", "items": { "type": "string" } });
    let text_or_int = json!({ "type": ["string", "integer"] });
    let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.name()).collect();
    match name {
        "id" | "opgave" | "doel" | "begrip" | "deel_van" => json!({ "$ref": "#/$defs/id" }),
        "type" => json!({ "enum": ItemType::ALL.iter().map(|t| t.name()).collect::<Vec<_>>() }),
        "links" | "initiatiefnemers" | "initiatieven" | "themas" | "opgaven" | "afspraken"
        | "organisaties" | "focusthemas" => ids,
        "aliassen" | "streefwaarden" | "onderdelen" | "kernwoorden" | "varianten" => texts,
        "volgorde" => json!({ "type": "integer" }),
        "regels_totaal" => json!({ "type": "integer", "minimum": 1 }),
        "in_bronlijst" => json!({ "type": "boolean" }),
        "tijdlijn" => {
            json!({ "type": "array", "items": { "type": "integer", "minimum": 2000, "maximum": 2100 } })
        }
        "status" => json!({ "enum": statuses }),
        "voortgang" => json!({
            "type": "array",
            "description": "Statusgeschiedenis, oudste eerst; de laatste update is gelijk aan 'status'.",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["datum", "status"],
                "properties": {
                    "datum": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" },
                    "status": { "enum": statuses },
                    "toelichting": { "type": "string" }
                }
            }
        }),
        "gepland" => json!({
            "type": ["string", "integer"],
            "pattern": "^(onbekend|nader te bepalen|\\d{4}(-Q[1-4]|-\\d{2}-\\d{2})?)$"
        }),
        "rol" => json!({ "enum": ["kern", "achtergrond", "vergelijking", "landelijk"] }),
        "bron" => json!({
            "type": "object",
            "additionalProperties": false,
            "required": ["document"],
            "properties": {
                "document": { "$ref": "#/$defs/id" },
                "sectie": text_or_int, "pagina": text_or_int, "regels": text_or_int
            }
        }),
        "code" | "alias_code" | "jaar" | "waarde" => text_or_int,
        "tekst" => json!({
            "type": "string",
            "description": "De tekst in Markdown. Een notitie over de bron (regels, wat de pdf verloor) komt helemaal aan het eind, onder de kop '## Over de bron': de website toont die ingeklapt."
        }),
        _ => json!({ "type": "string" }),
    }
}

/// The schema for one item (front matter or list entry), with per-type rules.
pub fn item_schema() -> Value {
    let mut props = Map::new();
    for name in crate::content::raw::FIELD_NAMES {
        props.insert((*name).to_owned(), field_schema(name));
    }
    let rules: Vec<Value> = ItemType::ALL
        .iter()
        .map(|t| {
            let mut allowed: Vec<&str> = crate::model::kinds::common_fields().to_vec();
            allowed.extend(t.own_fields());
            let mut then = json!({ "propertyNames": { "enum": allowed } });
            if !t.soorten().is_empty() {
                then["properties"] = json!({ "soort": { "enum": t.soorten() } });
            }
            json!({ "if": { "properties": { "type": { "const": t.name() } } }, "then": then })
        })
        .collect();
    json!({
        "type": "object",
        "required": ["id", "type", "titel", "samenvatting"],
        "additionalProperties": false,
        "properties": props,
        "allOf": rules
    })
}

/// The whole schema: a YAML list file is an array of items; front matter is one item.
pub fn json_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://gezondemarke.nl/marke/marke.schema.json",
        "title": "marke: inhoud van Gezonde Marke",
        "description": "Onderdelen van de kennisbank. Zie content/README.md.",
        "$defs": {
            "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 80 },
            "item": item_schema()
        },
        "oneOf": [
            { "type": "array", "items": { "$ref": "#/$defs/item" } },
            { "$ref": "#/$defs/item" }
        ]
    })
}

/// The schema of `content/synoniemen.yaml` (`schema/synoniemen.schema.json`): a list of
/// groups, each two or more words and an optional `uitleg`. That a word sits in one group
/// only, `marke check` checks.
pub fn synonyms_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://gezondemarke.nl/marke/synoniemen.schema.json",
        "title": "marke: synoniemen voor zoeken",
        "description": "Groepen woorden die hetzelfde betekenen. Zie content/README.md.",
        "type": "array",
        "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["woorden"],
            "properties": {
                "woorden": {
                    "type": "array",
                    "minItems": 2,
                    "items": { "type": "string", "pattern": "\\S" },
                    "description": "Twee of meer woorden of woordgroepen die hetzelfde betekenen."
                },
                "uitleg": {
                    "type": "string",
                    "description": "Waarom deze woorden hier hetzelfde betekenen (voor mensen, niet voor zoeken)."
                }
            }
        }
    })
}
