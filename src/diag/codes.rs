//! Every kind of problem `marke check` reports, in one table: its code (what `--format json`
//! and the GitHub annotations carry), what it means and the usual fix. The table in
//! CONTRIBUTING.md is written from it, and a test keeps the two equal.

use std::fmt;

use serde::{Serialize, Serializer};

/// Declares [`Code`] and its table in one go, so a code cannot miss its meaning or hint.
macro_rules! codes {
    ($($variant:ident = $code:literal, $meaning:literal, $hint:literal;)*) => {
        /// The kind of a problem.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order of the table.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The short machine-readable name, e.g. `onbekende-link`.
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// What the problem is, for the table.
            pub fn meaning(self) -> &'static str {
                match self { $(Code::$variant => $meaning,)* }
            }

            /// The usual fix, for the table; a diagnostic gives a hint for its own case.
            pub fn hint(self) -> &'static str {
                match self { $(Code::$variant => $hint,)* }
            }
        }
    };
}

codes! {
    GeenMap = "geen-map",
        "de inhoudsmap bestaat niet",
        "geef een map met `--content`, of zet `[marke] content` in book.toml";
    Onleesbaar = "onleesbaar",
        "een bestand of map kan niet gelezen worden",
        "controleer of het bestaat en of u het mag lezen";
    Lus = "lus",
        "een symbolische link wijst naar een map erboven",
        "verwijder de link of laat hem naar een andere map wijzen";
    LinkBuitenInhoud = "link-buiten-inhoud",
        "een symbolische link wijst buiten de inhoudsmap; marke leest hem niet",
        "zet het bestand zelf in de inhoudsmap, of verwijder de link";
    TeGroot = "te-groot",
        "een bestand is groter dan de grens",
        "splits het bestand in kleinere bestanden";
    GeenUtf8 = "geen-utf8",
        "een bestand is geen UTF-8",
        "sla het bestand op als UTF-8";
    OnbekendBestand = "onbekend-bestand",
        "een bestand is geen `.md` of `.yaml`, dus marke leest het niet",
        "geef het een naam die met `_` begint als het hier moet blijven";
    Leeg = "leeg",
        "een bestand is leeg",
        "zet er een onderdeel in, of verwijder het bestand";
    GeenVoorwerk = "geen-voorwerk",
        "een Markdown-bestand begint niet met voorwerk tussen twee regels `---`",
        "begin met `---`, dan id, type, titel en samenvatting, en weer `---`";
    VoorwerkOpen = "voorwerk-open",
        "het voorwerk wordt niet afgesloten",
        "zet een regel `---` onder het voorwerk, boven de tekst";
    TekstDubbel = "tekst-dubbel",
        "het veld `tekst` staat in het voorwerk van een `.md`-bestand",
        "zet de tekst onder de tweede regel `---`";
    BookToml = "book-toml",
        "book.toml klopt niet: geen geldige TOML, een onbekende sleutel of een verkeerd soort waarde",
        "de melding zegt wat er mis is en waar; de sleutels staan in README.md";
    Yaml = "yaml",
        "de YAML klopt niet: een tab, een aanhalingsteken dat niet sluit, een dubbel of onbekend veld, een verkeerd soort waarde",
        "de melding zegt wat er mis is en waar";
    YamlTag = "yaml-tag",
        "een YAML-tag zoals `!!binary`; de inhoud gebruikt geen tags",
        "haal de tag weg en schrijf de waarde als gewone tekst";
    Stuurteken = "stuurteken",
        "een stuurteken (escape, nulteken, een teken dat de leesrichting omdraait) in een bestand of een waarde",
        "haal het teken weg; zo'n teken kan een terminal besturen of tekst anders tonen dan hij is";
    OnbekendType = "onbekend-type",
        "het type van een onderdeel bestaat niet",
        "kies een type uit `content/README.md`";
    OngeldigeId = "ongeldige-id",
        "een id heeft andere tekens dan kleine letters, cijfers en losse streepjes",
        "schrijf de id als `2-1-1-a` of `netwerkaanpak`";
    DubbeleId = "dubbele-id",
        "twee onderdelen hebben dezelfde id",
        "kies voor één van de twee een andere id";
    VeldHoortNiet = "veld-hoort-niet",
        "een veld hoort niet bij het type van het onderdeel",
        "verwijder het veld, of kies het goede type";
    VeldOntbreekt = "veld-ontbreekt",
        "een verplicht veld ontbreekt",
        "voeg het veld toe; de velden per type staan in `content/README.md`";
    OngeldigeSoort = "ongeldige-soort",
        "de soort bestaat niet bij dit type",
        "kies een soort die de melding noemt";
    OngeldigeStatus = "ongeldige-status",
        "de status bestaat niet",
        "kies gepland, lopend, afgerond, vertraagd, vervallen of onbekend";
    OngeldigePlanning = "ongeldige-planning",
        "`gepland` is geen jaar, kwartaal, datum of `onbekend`",
        "schrijf `\"2025\"`, `\"2025-Q2\"` of `\"2025-06-30\"`";
    OngeldigJaar = "ongeldig-jaar",
        "een jaar in `tijdlijn` ligt niet tussen 2000 en 2100",
        "schrijf het jaar voluit, bijvoorbeeld 2025";
    OngeldigeDatum = "ongeldige-datum",
        "een datum in `voortgang` is geen bestaande dag",
        "schrijf de dag als `\"JJJJ-MM-DD\"`, bijvoorbeeld `\"2026-12-01\"`";
    VoortgangVolgorde = "voortgang-volgorde",
        "de updates in `voortgang` staan niet van oud naar nieuw",
        "zet de oudste update bovenaan en de nieuwste onderaan";
    StatusVoortgang = "status-voortgang",
        "`status` zegt iets anders dan de laatste update in `voortgang`",
        "maak ze gelijk; `marke status` schrijft beide in één keer";
    DatumInToekomst = "datum-in-toekomst",
        "een update in `voortgang` is gedateerd na vandaag",
        "schrijf de dag waarop de status veranderde";
    Synoniem = "synoniem",
        "een groep in `synoniemen.yaml` klopt niet: minder dan twee woorden, een leeg woord, of een woord dat al in een groep staat",
        "zet in elke groep twee of meer woorden die hetzelfde betekenen, en elk woord in maar één groep";
    OngeldigeRol = "ongeldige-rol",
        "de rol van een bron bestaat niet",
        "kies kern, achtergrond, vergelijking of landelijk";
    OnbekendeLink = "onbekende-link",
        "een link wijst naar een id die niet bestaat",
        "controleer de id; de melding noemt de id die er het meest op lijkt";
    VerkeerdDoeltype = "verkeerd-doeltype",
        "een veld wijst naar een onderdeel van het verkeerde type",
        "gebruik de id van het goede type, of zet de link onder `links`";
    OnveiligeLink = "onveilige-link",
        "een link of plaatje met een scheme dat niet mag, zoals `javascript:`, `data:` of `file:`",
        "gebruik `https://`, `http://`, `mailto:`, `tel:`, een pad op de website of `[tekst](@id)`";
    DeelVanKring = "deel-van-kring",
        "`deel_van` gaat in een kring: een onderdeel is (via andere) deel van zichzelf",
        "haal één `deel_van` weg of wijs naar het grotere geheel";
    LegeSamenvatting = "lege-samenvatting",
        "de samenvatting is leeg",
        "schrijf één of twee korte zinnen op B1-niveau";
    GeenBron = "geen-bron",
        "een onderdeel noemt geen bron",
        "voeg `bron: { document: regioplan, sectie: \"...\" }` toe";
    Wees = "wees",
        "niets verwijst naar een onderdeel, en het verwijst zelf nergens naar",
        "link het vanuit een verwant onderdeel, of voeg `links` toe";
    BronRegels = "bron-regels",
        "`bron.regels` noemt regels die niet in het document staan, achterstevoren of onleesbaar",
        "schrijf regels als `718` of `718-810`, binnen de lengte van het document";
    GeenDroom = "geen-droom",
        "er is geen onderdeel met id `drentse-droom`",
        "maak `content/droom/drentse-droom.md`: de Droom is het begin van de navigatie";
    ZinTeLang = "zin-te-lang",
        "een zin heeft meer woorden dan `max-woorden-per-zin`",
        "splits de zin; één gedachte per zin";
    MoeilijkeTekst = "moeilijke-tekst",
        "de tekst scoort onder `min-flesch-douma`",
        "begin bij de moeilijkste zin (staat erbij)";
    LijdendeVorm = "lijdende-vorm",
        "te veel zinnen staan in de lijdende vorm",
        "zeg wie het doet";
    AfkortingZonderUitleg = "afkorting-zonder-uitleg",
        "een afkorting staat er voor het eerst zonder link en zonder de volledige naam",
        "schrijf hem voluit of verwijs naar de afkorting";
    BegripZonderUitleg = "begrip-zonder-uitleg",
        "een begrip staat in een onderdeel dat er nergens naar verwijst",
        "leg het uit of verwijs naar het begrip";
    BronInTekst = "bron-in-tekst",
        "de openbare tekst praat over de bron: regelnummers, \"de bron\", een voetnoot, de pdf, kruisjes",
        "zet dit onder `## Over de bron` aan het eind van de tekst; de website toont dat ingeklapt";
    Aanspreekvorm = "aanspreekvorm",
        "de tekst spreekt de lezer aan met je, jij, jouw of jullie; de website zegt u",
        "schrijf u en uw (\"kunt u\", \"uw huisarts\"); een citaat tussen aanhalingstekens mag blijven";
    LosGeschreven = "los-geschreven",
        "twee woorden die samen één woord zijn, zoals \"het zelfde\" of \"hier onder\"",
        "schrijf ze aan elkaar: hetzelfde, hieronder";
    OngewoonWoord = "ongewoon-woord",
        "een woord dat weinig mensen kennen (Zipf onder 3 in de woordfrequenties), zonder link of uitleg; alleen met `ongewone-woorden = true` in book.toml",
        "kies een gewoner woord, of leg het uit tussen haakjes erachter of met een link naar een begrip";
    Vakjargon = "vakjargon",
        "een woord uit de lijst `vakjargon` in book.toml, zonder link of uitleg",
        "leg het uit in gewone woorden (tussen haakjes erachter of na een dubbele punt), of verwijs naar een begrip";
    Spelfout = "spelfout",
        "een woord staat niet in het woordenboek van OpenTaal, is geen naam, code of titel uit de inhoud en staat niet onder `[marke.spelling.goed]`; alleen met `marke check --spelling`",
        "verbeter de spelling (de melding geeft een voorstel), schrijf het als naam of begrip in de inhoud, of zet het met een reden onder `[marke.spelling.goed]` in book.toml";
}

impl Code {
    /// The code with this name, e.g. for `als-fout` in book.toml.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.name() == name)
    }

    /// The table as Markdown, for CONTRIBUTING.md (a test keeps the two equal).
    pub fn markdown() -> String {
        let mut out = String::from("| code | wat er mis is | hoe u het oplost |\n|---|---|---|\n");
        for c in Self::ALL {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                c.name(),
                c.meaning(),
                c.hint()
            ));
        }
        out
    }
}

impl Code {
    /// A problem that kept (part of) a file from being read: its items are missing, so other
    /// problems (a link to one of them, say) may only follow from it. Reports show these
    /// first, so the cause is not the last thing a contributor reads.
    pub fn kept_a_file_unread(self) -> bool {
        matches!(
            self,
            Code::GeenMap
                | Code::Onleesbaar
                | Code::Lus
                | Code::LinkBuitenInhoud
                | Code::TeGroot
                | Code::OnbekendBestand
                | Code::GeenVoorwerk
                | Code::VoorwerkOpen
                | Code::Yaml
                | Code::YamlTag
                | Code::Stuurteken
        )
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// In JSON a code is its name, as it always was.
impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_read_back() {
        for c in Code::ALL {
            assert_eq!(Code::from_name(c.name()), Some(*c));
        }
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
    }
}
