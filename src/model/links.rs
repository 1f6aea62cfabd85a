//! Links between items: which field made them, and which types they may point at.

use serde::Serialize;

use super::ItemType;

/// Why one item points at another. The name is the content field it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Opgave,
    Doel,
    Begrip,
    DeelVan,
    Initiatiefnemers,
    Initiatieven,
    Themas,
    Opgaven,
    Afspraken,
    Organisaties,
    Focusthemas,
    Bron,
    Links,
    /// A `[tekst](@id)` link in the body.
    Tekst,
}

impl Relation {
    /// The content field name.
    pub fn field(self) -> &'static str {
        match self {
            Relation::Opgave => "opgave",
            Relation::Doel => "doel",
            Relation::Begrip => "begrip",
            Relation::DeelVan => "deel_van",
            Relation::Initiatiefnemers => "initiatiefnemers",
            Relation::Initiatieven => "initiatieven",
            Relation::Themas => "themas",
            Relation::Opgaven => "opgaven",
            Relation::Afspraken => "afspraken",
            Relation::Organisaties => "organisaties",
            Relation::Focusthemas => "focusthemas",
            Relation::Bron => "bron",
            Relation::Links => "links",
            Relation::Tekst => "tekst",
        }
    }

    /// How the relation reads from the target's side, for "wat verwijst hierheen".
    pub fn backlink_label(self) -> &'static str {
        match self {
            Relation::Opgave => "hoort bij deze opgave",
            Relation::Doel => "hoort bij dit doel",
            Relation::Begrip => "afkorting van dit begrip",
            Relation::DeelVan => "onderdeel hiervan",
            Relation::Initiatiefnemers => "initiatiefnemer van",
            Relation::Initiatieven => "noemt dit initiatief",
            Relation::Themas => "hoort bij dit thema",
            Relation::Opgaven => "raakt deze opgave",
            Relation::Afspraken => "raakt deze afspraak",
            Relation::Organisaties => "met deze organisatie",
            Relation::Focusthemas => "hoort bij dit focusthema",
            Relation::Bron => "gebruikt deze bron",
            Relation::Links => "zie ook",
            Relation::Tekst => "noemt dit in de tekst",
        }
    }

    /// The type a target must have; `None` means any type.
    pub fn target_type(self, from: ItemType) -> Option<ItemType> {
        match self {
            Relation::Opgave | Relation::Opgaven => Some(ItemType::Opgave),
            Relation::Doel => Some(ItemType::Doel),
            Relation::Begrip => Some(ItemType::Begrip),
            Relation::DeelVan => Some(from),
            Relation::Initiatiefnemers | Relation::Organisaties => Some(ItemType::Organisatie),
            Relation::Initiatieven => Some(ItemType::Initiatief),
            Relation::Themas => Some(ItemType::Thema),
            Relation::Afspraken => Some(ItemType::Afspraak),
            Relation::Focusthemas => Some(ItemType::Focusthema),
            Relation::Bron => Some(ItemType::Bron),
            Relation::Links | Relation::Tekst => None,
        }
    }
}

/// Shown under "wat verwijst hierheen" when the list holds a link that is marke's own reading.
pub const OWN_READING_NOTE: &str = "Let op: de koppeling met een aanbeveling maakte marke zelf, op basis van de inhoud. \
     Het DSGiB-rapport gaf die koppeling met kruisjes, maar die zijn verloren gegaan.";

/// Whether a link is marke's reading rather than a fact from a source. The DSGiB report
/// marked which recommendation fits which goal with ticks that did not survive the PDF, so
/// marke linked each aanbeveling to its opgaven and afspraken itself. The recommendation page
/// says so; the pages these links point at must say it too, or the link reads as a fact.
pub fn is_own_reading(from: ItemType, rel: Relation) -> bool {
    from == ItemType::Aanbeveling && matches!(rel, Relation::Opgaven | Relation::Afspraken)
}

/// An outgoing link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub target: String,
    pub rel: Relation,
}

/// A link as written, with its position in the file, before it is resolved.
pub(super) struct PendingLink {
    pub target: String,
    pub rel: Relation,
    pub line: usize,
    pub column: usize,
}
