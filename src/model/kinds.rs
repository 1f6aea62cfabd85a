//! The item types and what each one may hold.
//!
//! One table says, per type, its name (as in export, search filters and URLs), its Dutch
//! labels and which fields it allows. The loader's checks, the JSON Schema and the docs all
//! read this table, so they cannot disagree.

use serde::Serialize;

use crate::content::raw::FIELD_NAMES;

/// The kinds of item in the knowledge base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemType {
    Droom,
    Thema,
    Opgave,
    Doel,
    Afspraak,
    Initiatief,
    Aanbeveling,
    Focusthema,
    Begrip,
    Afkorting,
    Organisatie,
    Orgaan,
    Randvoorwaarde,
    Kerncijfer,
    Bron,
    Pagina,
}

/// Fields every type allows: the first nine of [`FIELD_NAMES`], which lists them first (as
/// the JSON Schema and the docs do), so the names are written once.
const COMMON: &[&str] = FIELD_NAMES.split_at(9).0;

impl ItemType {
    pub const ALL: [ItemType; 16] = [
        ItemType::Droom,
        ItemType::Thema,
        ItemType::Opgave,
        ItemType::Doel,
        ItemType::Afspraak,
        ItemType::Initiatief,
        ItemType::Aanbeveling,
        ItemType::Focusthema,
        ItemType::Begrip,
        ItemType::Afkorting,
        ItemType::Organisatie,
        ItemType::Orgaan,
        ItemType::Randvoorwaarde,
        ItemType::Kerncijfer,
        ItemType::Bron,
        ItemType::Pagina,
    ];

    /// The name used in files, export, search filters (`type:doel`) and URLs.
    pub fn name(self) -> &'static str {
        match self {
            ItemType::Droom => "droom",
            ItemType::Thema => "thema",
            ItemType::Opgave => "opgave",
            ItemType::Doel => "doel",
            ItemType::Afspraak => "afspraak",
            ItemType::Initiatief => "initiatief",
            ItemType::Aanbeveling => "aanbeveling",
            ItemType::Focusthema => "focusthema",
            ItemType::Begrip => "begrip",
            ItemType::Afkorting => "afkorting",
            ItemType::Organisatie => "organisatie",
            ItemType::Orgaan => "orgaan",
            ItemType::Randvoorwaarde => "randvoorwaarde",
            ItemType::Kerncijfer => "kerncijfer",
            ItemType::Bron => "bron",
            ItemType::Pagina => "pagina",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// All names, for a hint: "droom, thema, opgave, ...".
    pub fn names() -> String {
        Self::ALL.map(Self::name).join(", ")
    }

    /// Dutch label for one item, for people ("Strategisch doel").
    pub fn label(self) -> &'static str {
        match self {
            ItemType::Droom => "Droom",
            ItemType::Thema => "Prioritair thema",
            ItemType::Opgave => "Opgave",
            ItemType::Doel => "Strategisch doel",
            ItemType::Afspraak => "Afspraak",
            ItemType::Initiatief => "Initiatief",
            ItemType::Aanbeveling => "Aanbeveling",
            ItemType::Focusthema => "Focusthema",
            ItemType::Begrip => "Begrip",
            ItemType::Afkorting => "Afkorting",
            ItemType::Organisatie => "Organisatie",
            ItemType::Orgaan => "Overlegorgaan",
            ItemType::Randvoorwaarde => "Randvoorwaarde",
            ItemType::Kerncijfer => "Kerncijfer",
            ItemType::Bron => "Bron",
            ItemType::Pagina => "Pagina",
        }
    }

    /// Dutch label for a list of them ("Strategische doelen").
    pub fn plural_label(self) -> &'static str {
        match self {
            ItemType::Droom => "Droom",
            ItemType::Thema => "Prioritaire thema's",
            ItemType::Opgave => "Opgaven",
            ItemType::Doel => "Strategische doelen",
            ItemType::Afspraak => "Afspraken",
            ItemType::Initiatief => "Initiatieven",
            ItemType::Aanbeveling => "Aanbevelingen",
            ItemType::Focusthema => "Focusthema's",
            ItemType::Begrip => "Begrippen",
            ItemType::Afkorting => "Afkortingen",
            ItemType::Organisatie => "Organisaties",
            ItemType::Orgaan => "Overlegorganen",
            ItemType::Randvoorwaarde => "Randvoorwaarden",
            ItemType::Kerncijfer => "Kerncijfers",
            ItemType::Bron => "Bronnen",
            ItemType::Pagina => "Pagina's",
        }
    }

    /// The URL folder of this type on the site (`/opgaven/netwerkaanpak/`). Pages have none:
    /// they live at the top (`/over-marke/`).
    pub fn url_segment(self) -> &'static str {
        match self {
            ItemType::Droom => "droom",
            ItemType::Thema => "themas",
            ItemType::Opgave => "opgaven",
            ItemType::Doel => "doelen",
            ItemType::Afspraak => "afspraken",
            ItemType::Initiatief => "initiatieven",
            ItemType::Aanbeveling => "aanbevelingen",
            ItemType::Focusthema => "focusthemas",
            ItemType::Begrip => "begrippen",
            ItemType::Afkorting => "afkortingen",
            ItemType::Organisatie => "organisaties",
            ItemType::Orgaan => "organen",
            ItemType::Randvoorwaarde => "randvoorwaarden",
            ItemType::Kerncijfer => "kerncijfers",
            ItemType::Bron => "bronnen",
            ItemType::Pagina => "",
        }
    }

    /// The fields this type allows beyond the common ones.
    pub fn own_fields(self) -> &'static [&'static str] {
        match self {
            ItemType::Droom => &["onderdelen"],
            ItemType::Thema => &["code", "ambitie", "opgaven"],
            ItemType::Opgave => &[
                "code",
                "alias_code",
                "soort",
                "tagline",
                "kernwoorden",
                "themas",
            ],
            ItemType::Doel => &["code", "alias_code", "opgave"],
            ItemType::Afspraak => &[
                "code",
                "soort",
                "doel",
                "opgave",
                "gepland",
                "gepland_tekst",
                "tijdlijn",
                "status",
                "voortgang",
                "streefwaarden",
                "initiatiefnemers",
                "initiatiefnemers_tekst",
                "initiatieven",
            ],
            ItemType::Initiatief => &["soort", "organisaties", "opgaven", "afspraken", "url"],
            ItemType::Aanbeveling => &[
                "code",
                "prioriteit",
                "verankering",
                "opgaven",
                "afspraken",
                "focusthemas",
            ],
            ItemType::Focusthema => &["code"],
            ItemType::Begrip => &["in_bronlijst"],
            ItemType::Afkorting => &["voluit", "varianten", "begrip", "in_bronlijst"],
            ItemType::Organisatie => &["soort", "deel_van", "url"],
            ItemType::Orgaan => &["organisaties", "deel_van"],
            ItemType::Randvoorwaarde => &["code", "opgaven", "afspraken"],
            ItemType::Kerncijfer => &["waarde", "eenheid", "jaar", "gebied", "opgaven"],
            ItemType::Bron => &["bestand", "regels_totaal", "jaar", "rol", "deel_van", "url"],
            ItemType::Pagina => &[],
        }
    }

    pub fn allows(self, field: &str) -> bool {
        COMMON.contains(&field) || self.own_fields().contains(&field)
    }

    /// Allowed values of `soort`, where the type has one.
    pub fn soorten(self) -> &'static [&'static str] {
        match self {
            ItemType::Opgave => &["regio-opgave", "overkoepelend"],
            ItemType::Afspraak => &["operationeel", "procesafspraak", "oplossingsrichting"],
            ItemType::Initiatief => &[
                "transformatieprogramma",
                "programma",
                "project",
                "netwerk",
                "platform",
                "aanpak",
                "overig",
            ],
            ItemType::Organisatie => &[
                "gemeente",
                "provincie",
                "rijksoverheid",
                "zorgaanbieder",
                "zorgverzekeraar",
                "welzijn",
                "kennisinstituut",
                "onderwijs",
                "netwerk",
                "belangenorganisatie",
                "samenwerkingsverband",
                "overig",
            ],
            _ => &[],
        }
    }

    /// Whether an item of this type needs a `bron`.
    pub fn needs_source(self) -> bool {
        !matches!(self, ItemType::Pagina | ItemType::Bron)
    }
}

/// The fields every item may have.
pub fn common_fields() -> &'static [&'static str] {
    COMMON
}

impl std::fmt::Display for ItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_allowed_field_exists_in_the_raw_format() {
        for t in ItemType::ALL {
            for f in t.own_fields() {
                assert!(FIELD_NAMES.contains(f), "{t}: {f}");
            }
            assert_eq!(ItemType::from_name(t.name()), Some(t));
        }
    }

    #[test]
    fn the_common_fields_are_the_first_nine_names() {
        assert_eq!(COMMON.first(), Some(&"id"));
        assert_eq!(COMMON.last(), Some(&"volgorde"));
        assert!(!COMMON.contains(&"code"));
    }
}
