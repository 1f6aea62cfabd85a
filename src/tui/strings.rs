//! Every sentence the browser shows, in Dutch (B1), in one place so wording stays consistent
//! and a translator or editor finds it all here.

pub const APP: &str = "marke";
pub const HOME: &str = "Start";
pub const AGENDA: &str = "Agenda";
pub const AANBEVELINGEN: &str = "Aanbevelingen";
pub const BEGRIPPEN: &str = "Begrippen A–Z";
pub const ORGANISATIES: &str = "Organisaties";
pub const ZOEKEN: &str = "Zoeken";
pub const HELP_TITLE: &str = "Hulp: alle toetsen";
/// The mouse in help, in the same two columns as the keys (the mouse is not in the keymap).
pub const MOUSE_TITLE: &str = "Met de muis (alleen met marke --muis, of muis = true in book.toml)";
pub const MOUSE_HELP: [(&str, &str); 4] = [
    ("klik", "Kies een regel, een resultaat of een link"),
    ("nog eens klikken", "Open het gekozene, net als Enter"),
    ("wieltje", "Scroll de lijst of de tekst onder de muis"),
    ("Shift + slepen", "Tekst selecteren om te kopiëren"),
];
pub const HELP_FOOTER: &str = "Esc, q of ? sluit deze hulp.";
pub const GLOSSARY_TITLE: &str = "Begrippen in deze tekst";
pub const GLOSSARY_EMPTY: &str = "Deze tekst noemt geen begrippen of afkortingen uit de lijst.";
pub const FACTS: &str = "Feiten";
pub const SOURCE_NOTE: &str = crate::model::note::HEADING;
pub const LINKS: &str = "Koppelingen";
pub const BACKLINKS: &str = "Wat verwijst hierheen";
pub const READABILITY: &str = "Leesbaarheid";
pub const NO_ITEMS: &str = "Geen onderdelen om te tonen.";
pub const NO_FILTER_MATCH: &str =
    "Geen afspraken bij deze filters. Druk x om de filters te wissen.";
pub const SEARCH_PROMPT: &str = "Zoek: ";
pub const FIND_PROMPT: &str = "Zoek in tekst: ";
pub const NO_FIND: &str = "Zoek eerst met / in de tekst.";
pub const NO_MATCHES: &str = "geen treffers";
pub const NO_MATCHES_HERE: &str = "Deze woorden staan niet in deze tekst.";
pub const FIND_FROM_TOP: &str = "Na het einde: weer vanaf het begin van de tekst.";
pub const FIND_FROM_END: &str = "Voor het begin: weer vanaf het einde van de tekst.";
pub const SEARCH_HINT: &str =
    "Typ een woord, bijvoorbeeld mantelzorg. Filters: type:doel, jaar:2025.";
pub const OVERDUE: &str = "verlopen";
pub const WHOLE_YEAR: &str = "hele jaar";
pub const MODE_LIST: &str = "LIJST";
pub const MODE_TEXT: &str = "TEKST";
pub const MODE_TYPING: &str = "TYPEN";
pub const MODE_HELP: &str = "HULP";
pub const MODE_POPUP: &str = "BEGRIPPEN";
pub const DOELEN: &str = "doelen";
pub const AFSPRAKEN: &str = "afspraken";
pub const NO_SITE_URL: &str = "Geen site-url in book.toml; zet [output.html] site-url.";
pub const NO_ITEM: &str = "Kies eerst een onderdeel.";
pub const FIRST: &str = "U bent al aan het begin van de geschiedenis.";
pub const LAST: &str = "Er is niets om vooruit naar te gaan.";
pub const NO_LINKS: &str = "Deze tekst heeft geen links.";
pub const THEME_CONTRAST: &str = "Hoog contrast staat aan.";
pub const THEME_DEFAULT: &str = "Standaardkleuren staan aan.";

pub fn too_small(w: u16, h: u16, min_w: u16, min_h: u16) -> String {
    format!(
        "Het venster is te klein voor marke: {w} × {h} tekens. \
         Maak het minstens {min_w} × {min_h}, of druk q om te stoppen."
    )
}

/// "Afspraken per jaar (5, waarvan 1 nader te bepalen)".
pub fn chart_title(total: usize, unplanned: u64) -> String {
    if unplanned == 0 {
        format!("Afspraken per jaar ({total})")
    } else {
        format!(
            "Afspraken per jaar ({total}, waarvan {unplanned} {})",
            crate::model::UNPLANNED
        )
    }
}

/// An agenda heading: "2e kwartaal".
pub fn quarter(n: u8) -> String {
    format!("{n}e kwartaal")
}

pub fn copied(id: &str) -> String {
    format!("Id gekopieerd: {id}")
}

pub fn opened(url: &str) -> String {
    format!("Geopend in de browser: {url}")
}

pub fn reloaded(count: usize) -> String {
    format!("Inhoud opnieuw geladen: {count} onderdelen.")
}

pub fn reload_failed(why: &str) -> String {
    format!("Niet opnieuw geladen, de inhoud heeft fouten: {why}")
}

pub fn editor_failed(why: &str) -> String {
    format!("De editor kon niet starten: {why}")
}

/// Which match of how many: "3/7".
pub fn find_count(current: usize, total: usize) -> String {
    format!("{current}/{total}")
}

pub fn results(total: usize, shown: usize) -> String {
    if total == shown {
        format!("{total} resultaten")
    } else {
        format!("{total} resultaten, {shown} getoond")
    }
}

pub fn readability(flesch_douma: f64, words_per_sentence: f64, long: usize) -> String {
    let fd = format!("{flesch_douma:.0}");
    let wps = format!("{words_per_sentence:.1}").replace('.', ",");
    format!("Flesch-Douma {fd} (B1: 60 of meer), {wps} woorden per zin, {long} lange zinnen")
}

/// Typing or pasting past the length of the search or find box.
pub fn input_full(max: usize) -> String {
    format!("Het zoekvak is vol: hooguit {max} tekens.")
}

pub const INDEX_BUSY: &str = "De zoekindex wordt nog gebouwd.";

pub fn index_failed(why: &str) -> String {
    format!("Zoeken werkt niet: de zoekindex kon niet gebouwd worden ({why}).")
}

pub fn link_hint(title: &str) -> String {
    format!("Link: {title} (Enter volgt)")
}
