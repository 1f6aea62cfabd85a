//! The fields a contributor writes, exactly as written, with where each one stands.
//!
//! One flat struct serves every type: YAML front matter and YAML list entries share it, and
//! `deny_unknown_fields` turns a typo into an error at its line. Which fields a *type* allows
//! is decided later, in `model::kinds`, so the message can name the type.

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use serde_saphyr::Spanned;

/// A string that may also be written as a whole number (`jaar: 2024`), because contributors
/// write years without quotes. A decimal number is refused: `code: 1.10` would silently
/// become `1.1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("tekst")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                Err(E::custom(format!(
                    "kommagetal {v} waar tekst verwacht wordt; zet de waarde tussen aanhalingstekens"
                )))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
                Err(E::custom(format!(
                    "ja/nee-waarde {v} waar tekst verwacht wordt; zet de waarde tussen aanhalingstekens"
                )))
            }
        }
        d.deserialize_any(V)
    }
}

pub type S<T> = Spanned<T>;
/// A list of ids, each with its own position so a dangling link points at itself.
pub type Ids = Vec<S<String>>;

/// Where a fact comes from: a `bron` item and the place in it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub document: S<String>,
    pub sectie: Option<Text>,
    pub pagina: Option<Text>,
    /// Spanned, so a range outside the document is reported where it is written.
    pub regels: Option<S<Text>>,
}

/// One status update as written in `voortgang`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUpdate {
    pub datum: S<Text>,
    pub status: S<String>,
    pub toelichting: Option<S<Text>>,
}

/// One item as written. Every field but `id`, `type` and `titel` is optional here.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub id: S<String>,
    #[serde(rename = "type")]
    pub kind: S<String>,
    pub titel: S<Text>,
    pub samenvatting: Option<S<Text>>,
    pub tekst: Option<S<String>>,
    pub bron: Option<S<RawSource>>,
    pub links: Option<Ids>,
    pub aliassen: Option<S<Vec<Text>>>,
    pub volgorde: Option<S<i64>>,

    pub code: Option<S<Text>>,
    pub alias_code: Option<S<Text>>,
    pub soort: Option<S<String>>,
    pub opgave: Option<S<String>>,
    pub doel: Option<S<String>>,
    pub begrip: Option<S<String>>,
    pub deel_van: Option<S<String>>,

    pub gepland: Option<S<Text>>,
    pub gepland_tekst: Option<S<Text>>,
    pub tijdlijn: Option<S<Vec<S<u16>>>>,
    pub status: Option<S<String>>,
    pub voortgang: Option<S<Vec<S<RawUpdate>>>>,
    pub streefwaarden: Option<S<Vec<Text>>>,
    pub initiatiefnemers: Option<Ids>,
    pub initiatiefnemers_tekst: Option<S<Text>>,
    pub initiatieven: Option<Ids>,

    pub themas: Option<Ids>,
    pub opgaven: Option<Ids>,
    pub afspraken: Option<Ids>,
    pub organisaties: Option<Ids>,
    pub focusthemas: Option<Ids>,

    pub onderdelen: Option<S<Vec<Text>>>,
    pub ambitie: Option<S<Text>>,
    pub tagline: Option<S<Text>>,
    pub kernwoorden: Option<S<Vec<Text>>>,
    pub prioriteit: Option<S<Text>>,
    pub verankering: Option<S<Text>>,
    pub voluit: Option<S<Text>>,
    pub varianten: Option<S<Vec<Text>>>,
    pub in_bronlijst: Option<S<bool>>,
    pub waarde: Option<S<Text>>,
    pub eenheid: Option<S<Text>>,
    pub jaar: Option<S<Text>>,
    pub gebied: Option<S<Text>>,
    pub bestand: Option<S<Text>>,
    pub regels_totaal: Option<S<u32>>,
    pub rol: Option<S<String>>,
    pub url: Option<S<String>>,
}

/// All field names, in the order the JSON Schema and the docs list them.
pub const FIELD_NAMES: &[&str] = &[
    "id",
    "type",
    "titel",
    "samenvatting",
    "tekst",
    "bron",
    "links",
    "aliassen",
    "volgorde",
    "code",
    "alias_code",
    "soort",
    "opgave",
    "doel",
    "begrip",
    "deel_van",
    "gepland",
    "gepland_tekst",
    "tijdlijn",
    "status",
    "voortgang",
    "streefwaarden",
    "initiatiefnemers",
    "initiatiefnemers_tekst",
    "initiatieven",
    "themas",
    "opgaven",
    "afspraken",
    "organisaties",
    "focusthemas",
    "onderdelen",
    "ambitie",
    "tagline",
    "kernwoorden",
    "prioriteit",
    "verankering",
    "voluit",
    "varianten",
    "in_bronlijst",
    "waarde",
    "eenheid",
    "jaar",
    "gebied",
    "bestand",
    "regels_totaal",
    "rol",
    "url",
];
