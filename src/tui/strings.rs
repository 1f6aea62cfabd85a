//! Every sentence the browser shows, in Dutch (B1), in one place so wording stays consistent
//! and a translator or editor finds it all here.

pub const APP: &str = "marke";
pub const HOME: &str = "Start";
pub const AGENDA: &str = "Agenda";
pub const AANBEVELINGEN: &str = "Aanbevelingen";
pub const BEGRIPPEN: &str = "Begrippen A–Z";
pub const ORGANISATIES: &str = "Organisaties";
pub const ZOEKEN: &str = "Zoeken";
pub const VOORTGANG: &str = "Voortgang";
pub const NO_OPGAVE: &str = "Zonder opgave";
pub const TOTAL: &str = "Totaal";
pub const HELP_TITLE: &str = "Hulp: alle toetsen";
/// The mouse in help, in the same two columns as the keys (the mouse is not in the keymap).
pub const MOUSE_TITLE: &str = "Met de muis (alleen met marke --muis, of muis = true in book.toml)";
pub const MOUSE_HELP: [(&str, &str); 5] = [
    ("klik", "Kies een regel, een resultaat of een link"),
    (
        "klik op een titel",
        "Maak dat deel actief: de lijst of de tekst",
    ),
    ("nog eens klikken", "Open het gekozene, net als Enter"),
    ("wieltje", "Scroll de lijst of de tekst onder de muis"),
    ("Shift + slepen", "Tekst selecteren om te kopiëren"),
];
pub const HELP_FOOTER: &str =
    "Scrollen: ↓ ↑ PgDn PgUp g G of het wieltje. Esc, q of ? sluit deze hulp.";
pub const QUERY_TITLE: &str = "Zoeken: woorden en filters (na /)";
pub const QUERY_HELP: [(&str, &str); 7] = [
    (
        "mantelzorg",
        "Onderdelen met dit woord (ook met een typefout)",
    ),
    ("\"eerste lijn\"", "Precies deze woorden achter elkaar"),
    (
        "type:afspraak",
        "Alleen dit type: doel, afspraak, begrip, organisatie …",
    ),
    (
        "opgave:netwerkaanpak",
        "Alleen wat bij deze opgave hoort (naam of begin ervan)",
    ),
    ("org:ggd", "Afspraken die deze organisatie oppakt"),
    ("jaar:2025", "Afspraken gepland in dit jaar"),
    (
        "verlopen:ja",
        "Afspraken die verlopen zijn (verlopen:nee: de andere)",
    ),
];
pub const STATUS_TITLE: &str = "De status van een afspraak";
pub const OVERDUE_MEANING: &str = "Geplande periode voorbij, en niet afgerond of vervallen";

/// What a status means, for the help.
pub fn status_meaning(st: crate::model::Status) -> &'static str {
    use crate::model::Status;
    match st {
        Status::Onbekend => "Nog niemand heeft gemeld hoe het ervoor staat",
        Status::Gepland => "Afgesproken wie het oppakt en wanneer; nog niet begonnen",
        Status::Lopend => "Het werk is begonnen",
        Status::Afgerond => "Klaar",
        Status::Vertraagd => "Begonnen of gepland, maar later klaar dan gepland",
        Status::Vervallen => "Gaat niet meer door",
    }
}
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
pub const NO_FIND: &str = "Zoek eerst met f in de tekst.";
pub const NO_MATCHES: &str = "geen treffers";
pub const NO_MATCHES_HERE: &str = "Deze woorden staan niet in deze tekst.";
pub const FIND_FROM_TOP: &str = "Na het einde: weer vanaf het begin van de tekst.";
pub const FIND_FROM_END: &str = "Voor het begin: weer vanaf het einde van de tekst.";
pub const SEARCH_HINT: &str = "Typ een woord, bijvoorbeeld mantelzorg. Filters: type:afspraak, \
     opgave:netwerk, org:ggd, jaar:2025, verlopen:ja. Meer uitleg: F1.";
pub const OVERDUE: &str = "verlopen";
pub const STALE: &str = "niet bijgewerkt";
pub const OVERDUE_LABEL: &str = "Verlopen";
pub const HISTORY: &str = "Voortgang (oudste eerst)";

/// The "Verlopen" fact of an overdue afspraak.
pub fn overdue_fact(planned: &str) -> String {
    format!("ja: gepland {planned} en nog niet afgerond of vervallen")
}
pub const WHOLE_YEAR: &str = "hele jaar";
pub const MODE_LIST: &str = "LIJST";
pub const MODE_TEXT: &str = "TEKST";
/// The titles of the two panes side by side; the one with the focus gets `▶` and "(actief)",
/// the other says how to get there.
pub const PANE_LIST: &str = "Lijst";
pub const PANE_TEXT: &str = "Tekst";
pub const PANE_ACTIVE: &str = "(actief)";
pub const PANE_TO_LIST: &str = "(h: naar de lijst)";
pub const PANE_TO_TEXT: &str = "(Tab: naar de tekst)";
pub const MODE_TYPING: &str = "TYPEN";
pub const MODE_HELP: &str = "HULP";
pub const MODE_POPUP: &str = "BEGRIPPEN";
pub const MODE_PICK: &str = "KIEZEN";
pub const MODE_PROBLEMS: &str = "MELDING";
/// "1 doel", "2 doelen": a number with the right Dutch form.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn doelen(n: usize) -> String {
    count(n, "doel", "doelen")
}

pub fn afspraken(n: usize) -> String {
    count(n, "afspraak", "afspraken")
}

/// The heading of a group of links: "Initiatiefnemer van (2)".
pub fn group_heading(label: &str, n: usize) -> String {
    let mut chars = label.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{first}{} ({n})", chars.as_str())
}

/// How the text pane names what an item links to, per field: words, not field names.
pub fn link_group(rel: crate::model::Relation) -> &'static str {
    use crate::model::Relation as R;
    match rel {
        R::Opgave => "opgave",
        R::Doel => "strategisch doel",
        R::Begrip => "voluit",
        R::DeelVan => "onderdeel van",
        R::Initiatiefnemers => "wie het oppakt",
        R::Initiatieven => "initiatieven",
        R::Themas => "thema's",
        R::Opgaven => "raakt deze opgaven",
        R::Afspraken => "raakt deze afspraken",
        R::Organisaties => "organisaties",
        R::Focusthemas => "focusthema's",
        R::Bron => "bron",
        R::Links => "zie ook",
        R::Tekst => "genoemd in de tekst",
    }
}

/// How the text pane names what links here, per field.
pub fn backlink_group(rel: crate::model::Relation) -> &'static str {
    use crate::model::Relation as R;
    match rel {
        R::Initiatiefnemers => "initiatiefnemer van",
        R::Organisaties => "betrokken bij",
        R::Tekst => "genoemd in",
        other => other.backlink_label(),
    }
}

pub const READABILITY_ON: &str = "Leesbaarheid staat aan (onder Feiten).";
pub const READABILITY_OFF: &str = "Leesbaarheid staat uit.";
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
    format!(
        "Inhoud opnieuw geladen: {}.",
        self::count(count, "onderdeel", "onderdelen")
    )
}

pub fn editor_failed(why: &str) -> String {
    format!("De editor kon niet starten: {why}")
}

/// Which match of how many: "3/7".
pub fn find_count(current: usize, total: usize) -> String {
    format!("{current}/{total}")
}

pub fn results(total: usize, shown: usize) -> String {
    let n = count(total, "resultaat", "resultaten");
    if total == shown {
        n
    } else {
        format!("{n}, {shown} getoond")
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

pub const PICK_PROMPT: &str = "› ";
pub const PICK_NONE: &str = "Niets gevonden; Backspace haalt letters weg.";
pub const NOTE_PROMPT: &str = "Toelichting: ";
pub const NOTE_HELP: &str =
    "Wat is er veranderd? Eén regel, mag leeg blijven. Enter slaat op, Esc breekt af.";
pub const PROBLEMS_FOOTER: &str = "Esc sluit dit venster.";
/// Under the errors of a failed reload (each line fits the window).
pub const RELOAD_HINT: [&str; 2] = [
    "De browser toont nog de inhoud van voor het bewerken.",
    "Herstel de fout met e; na het opslaan laadt marke opnieuw.",
];
pub const NOTHING_WRITTEN: &str = "Er is niets geschreven.";
pub const RELOAD_FAILED_TITLE: &str = "Niet opnieuw geladen: de inhoud heeft fouten";
pub const STATUS_FAILED_TITLE: &str = "Status niet opgeslagen";
pub const WOULD_FAIL_CHECK: &str =
    "Met deze update zou 'marke check' fouten geven; er is niets geschreven.";
pub const NOT_AN_AFSPRAAK: &str = "Alleen een afspraak heeft een status. Kies eerst een afspraak.";

/// "Hulp: alle toetsen · regel 1–20 van 95"; only the title when everything fits.
pub fn window_title(title: &str, from: usize, to: usize, total: usize) -> String {
    if from <= 1 && to >= total {
        title.to_owned()
    } else {
        format!("{title} · regel {from}–{to} van {total}")
    }
}

/// The title of the status picker: "Nieuwe status van 2.1.1.A (nu: onbekend)".
pub fn status_picker_title(code: &str, now: &str) -> String {
    format!("Nieuwe status van {code} (nu: {now})")
}

/// The title of the note step: "2.1.1.A wordt lopend".
pub fn note_title(code: &str, status: &str) -> String {
    format!("{code} wordt {status}")
}

/// After saving: "2.1.1.A staat nu op lopend (opgeslagen in content/plan.yaml)".
pub fn status_saved(code: &str, status: &str) -> String {
    format!("{code} staat nu op {status}; opgeslagen.")
}

/// The title of a filter picker.
pub fn filter_title(kind: crate::tui::picker::FilterKind) -> String {
    use crate::tui::picker::FilterKind;
    let what = match kind {
        FilterKind::Opgave => "opgave",
        FilterKind::Organisatie => "organisatie die het oppakt",
        FilterKind::Status => "status",
        FilterKind::Jaar => "jaar",
    };
    format!("Filter de agenda op {what}")
}

pub const NO_RECENT: &str = "U heeft nog niets geopend; r toont later wat u las.";
pub const RECENT_TITLE: &str = "Recent geopend (laatste bovenaan)";

/// The title of the picker over the list on screen: "Zoek in Organisaties".
pub fn list_filter_title(list: &str) -> String {
    format!("Zoek in {list}")
}

/// After `'` in a list.
pub const JUMP_PROMPT: &str = "Spring naar: typ de eerste letter van een titel (Esc: niet)";

/// No row starts with the letter typed after `'`.
pub fn no_jump(letter: char) -> String {
    let shown = if letter.is_alphanumeric() {
        letter
    } else {
        '?'
    };
    format!("Geen titel in deze lijst begint met '{shown}'")
}

/// The type counts under the search box: "afspraak 10 · begrip 4". At most `max` parts; when
/// there are more types, the last part counts the rest ("overig 3"), so the numbers always
/// add up to the total above them.
pub fn type_counts(types: &[(String, usize)], max: usize) -> String {
    let max = max.max(1);
    if types.len() <= max {
        return types
            .iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect::<Vec<_>>()
            .join(" · ");
    }
    let (shown, rest) = types.split_at(max - 1);
    let mut parts: Vec<String> = shown.iter().map(|(t, n)| format!("{t} {n}")).collect();
    parts.push(format!(
        "overig {}",
        rest.iter().map(|(_, n)| n).sum::<usize>()
    ));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::type_counts;

    #[test]
    fn type_counts_add_up_and_the_rest_is_overig() {
        let t = |v: &[(&str, usize)]| -> Vec<(String, usize)> {
            v.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect()
        };
        assert_eq!(
            type_counts(&t(&[("afspraak", 3), ("doel", 1)]), 5),
            "afspraak 3 · doel 1"
        );
        assert_eq!(
            type_counts(
                &t(&[
                    ("a", 10),
                    ("b", 6),
                    ("c", 4),
                    ("d", 4),
                    ("e", 1),
                    ("f", 1),
                    ("g", 1)
                ]),
                5
            ),
            "a 10 · b 6 · c 4 · d 4 · overig 3"
        );
        assert_eq!(type_counts(&[], 5), "");
    }
}
