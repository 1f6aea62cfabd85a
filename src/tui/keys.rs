//! The one keymap table. Key handling, the `?` help, the hints in the status bar and the key
//! table in the README are all generated from [`KEYMAP`], so they cannot drift apart.
//! Over 400 lines because the table is declarative, one binding per row (rustfmt spreads each
//! over several lines); splitting it would split the one source of truth.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, View};

/// Where a binding applies. The browser looks in the most specific context first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Typing in the search box.
    Typing,
    /// Typing in the find box, to find words in the text of an item.
    Find,
    /// The help or glossary window is open.
    Popup,
    /// A picker is open: typing narrows its list.
    Picker,
    /// After `'`: the next key is a letter to jump to.
    Jump,
    /// The cursor is in the text of an item.
    Text,
    /// The agenda list (its filters).
    Agenda,
    /// Everywhere else.
    Global,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Overal",
            Context::Text => "In de tekst van een onderdeel",
            Context::Agenda => "In de agenda",
            Context::Typing => "Tijdens het zoeken (typen)",
            Context::Find => "Tijdens het zoeken in de tekst (typen)",
            Context::Popup => "In een venster (hulp, begrippen, problemen)",
            Context::Picker => "In een keuzelijst (typ een paar letters om te zoeken)",
            Context::Jump => "Na ' (springen naar een letter)",
        }
    }
}

/// A key: a code and whether Ctrl is held (Shift is part of the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub KeyCode, pub bool);

const fn ch(c: char) -> Key {
    Key(KeyCode::Char(c), false)
}
const fn ctrl(c: char) -> Key {
    Key(KeyCode::Char(c), true)
}
const fn k(code: KeyCode) -> Key {
    Key(code, false)
}

impl Key {
    /// The key as a crossterm event delivers it.
    pub fn from_event(ev: &KeyEvent) -> Self {
        Key(ev.code, ev.modifiers.contains(KeyModifiers::CONTROL))
    }

    /// How help and the status bar write the key.
    pub fn name(self) -> String {
        let base = match self.0 {
            KeyCode::Char(' ') => "Spatie".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.1 { format!("Ctrl-{base}") } else { base }
    }
}

/// One row of the keymap.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// Short hint for the status bar; `None` keeps it out of the bar (it is still in help).
    pub hint: Option<&'static str>,
    /// What the key does, for help and the README.
    pub help: &'static str,
}

const fn b(
    context: Context,
    keys: &'static [Key],
    action: Action,
    hint: Option<&'static str>,
    help: &'static str,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        hint,
        help,
    }
}

use Context::{Agenda, Find, Global, Jump, Picker, Popup, Text, Typing};
use KeyCode::{
    BackTab, Backspace, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

/// The keymap. Order matters within a context: help lists the rows in this order.
pub static KEYMAP: &[Binding] = &[
    b(
        Typing,
        &[k(Enter)],
        Action::Open,
        Some("open"),
        "Open het gekozen resultaat",
    ),
    b(
        Typing,
        &[k(Down), ctrl('n')],
        Action::Down,
        None,
        "Volgend resultaat",
    ),
    b(
        Typing,
        &[k(Up), ctrl('p')],
        Action::Up,
        None,
        "Vorig resultaat",
    ),
    b(
        Typing,
        &[k(Tab)],
        Action::SearchKind,
        Some("type"),
        "Filter op type (telkens het volgende type)",
    ),
    b(
        Typing,
        &[k(Esc)],
        Action::StopTyping,
        Some("klaar"),
        "Stop met typen; de resultaten blijven staan",
    ),
    b(Typing, &[k(F(1))], Action::Help, None, "Hulp"),
    b(Typing, &[ctrl('c')], Action::Quit, None, "Stoppen"),
    b(
        Find,
        &[k(Enter)],
        Action::FindDone,
        Some("klaar"),
        "Stop met typen; de woorden blijven gemarkeerd",
    ),
    b(
        Find,
        &[k(Down), ctrl('n')],
        Action::FindNext,
        Some("volgende"),
        "Volgende plek in de tekst",
    ),
    b(
        Find,
        &[k(Up), ctrl('p')],
        Action::FindPrev,
        None,
        "Vorige plek in de tekst",
    ),
    b(
        Find,
        &[k(Esc)],
        Action::FindClear,
        Some("wis"),
        "Stop met zoeken in de tekst; de markeringen gaan weg",
    ),
    b(Find, &[k(F(1))], Action::Help, None, "Hulp"),
    b(Find, &[ctrl('c')], Action::Quit, None, "Stoppen"),
    b(
        Picker,
        &[k(Enter)],
        Action::Open,
        Some("kies"),
        "Kies de gemarkeerde regel",
    ),
    b(
        Picker,
        &[k(Down), ctrl('n')],
        Action::Down,
        None,
        "Volgende keuze",
    ),
    b(
        Picker,
        &[k(Up), ctrl('p')],
        Action::Up,
        None,
        "Vorige keuze",
    ),
    b(
        Picker,
        &[k(PageDown)],
        Action::PageDown,
        None,
        "Een scherm verder",
    ),
    b(
        Picker,
        &[k(PageUp)],
        Action::PageUp,
        None,
        "Een scherm terug",
    ),
    b(
        Picker,
        &[k(Esc)],
        Action::ClosePopup,
        Some("annuleer"),
        "Sluit zonder te kiezen",
    ),
    b(Picker, &[ctrl('c')], Action::Quit, None, "Stoppen"),
    b(
        Jump,
        &[k(Esc)],
        Action::CancelJump,
        Some("niet springen"),
        "Niet springen (een letter of cijfer springt wel)",
    ),
    b(Jump, &[ctrl('c')], Action::Quit, None, "Stoppen"),
    b(Popup, &[k(Down), ch('j')], Action::Down, None, "Omlaag"),
    b(Popup, &[k(Up), ch('k')], Action::Up, None, "Omhoog"),
    b(
        Popup,
        &[k(PageDown), ctrl('d'), ch(' ')],
        Action::PageDown,
        None,
        "Een scherm omlaag",
    ),
    b(
        Popup,
        &[k(PageUp), ctrl('u')],
        Action::PageUp,
        None,
        "Een scherm omhoog",
    ),
    b(
        Popup,
        &[ch('g'), k(Home)],
        Action::Top,
        None,
        "Naar het begin",
    ),
    b(
        Popup,
        &[ch('G'), k(End)],
        Action::Bottom,
        None,
        "Naar het einde",
    ),
    b(
        Popup,
        &[k(Enter)],
        Action::Open,
        Some("open"),
        "Open het gekozen begrip",
    ),
    b(
        Popup,
        &[k(Esc), ch('q'), ch('?'), k(F(1))],
        Action::ClosePopup,
        Some("sluit"),
        "Sluit het venster",
    ),
    b(Popup, &[ctrl('c')], Action::Quit, None, "Stoppen"),
    b(
        Text,
        &[ch('n')],
        Action::FindNext,
        Some("volgende"),
        "Volgende gevonden woord; na het laatste het eerste",
    ),
    b(
        Text,
        &[ch('N')],
        Action::FindPrev,
        None,
        "Vorige gevonden woord",
    ),
    b(
        Text,
        &[k(Tab)],
        Action::NextLink,
        Some("link"),
        "Volgende link in de tekst",
    ),
    b(
        Text,
        &[k(BackTab)],
        Action::PrevLink,
        None,
        "Vorige link in de tekst",
    ),
    b(
        Text,
        &[k(Enter), ch('l'), k(Right)],
        Action::Open,
        Some("volg"),
        "Volg de gekozen link",
    ),
    b(
        Text,
        &[k(Esc)],
        Action::Back,
        Some("terug"),
        "Terug naar waar u was (de lijst, of de tekst voor de link)",
    ),
    b(
        Text,
        &[ch('h'), k(Left)],
        Action::FocusList,
        Some("lijst"),
        "Naar de lijst",
    ),
    b(
        Agenda,
        &[ch('p')],
        Action::FilterOpgave,
        Some("opgave"),
        "Filter op opgave: kies uit een lijst (typ om te zoeken)",
    ),
    b(
        Agenda,
        &[ch('w')],
        Action::FilterOrganisatie,
        Some("wie"),
        "Filter op wie het oppakt: typ een deel van de naam",
    ),
    b(
        Agenda,
        &[ch('s')],
        Action::FilterStatus,
        Some("status"),
        "Filter op status",
    ),
    b(
        Agenda,
        &[ch('J')],
        Action::FilterJaar,
        Some("jaar"),
        "Filter op jaar",
    ),
    b(
        Agenda,
        &[ch('v')],
        Action::FilterOverdue,
        Some("verlopen"),
        "Alleen verlopen afspraken, of weer alle",
    ),
    b(
        Agenda,
        &[ch('x')],
        Action::ClearFilters,
        Some("wis filters"),
        "Wis alle filters",
    ),
    b(
        Global,
        &[k(Down), ch('j')],
        Action::Down,
        None,
        "Omlaag (in de tekst: scrollen)",
    ),
    b(
        Global,
        &[k(Up), ch('k')],
        Action::Up,
        None,
        "Omhoog (in de tekst: scrollen)",
    ),
    b(
        Global,
        &[ch('g'), k(Home)],
        Action::Top,
        None,
        "Naar het begin",
    ),
    b(
        Global,
        &[ch('G'), k(End)],
        Action::Bottom,
        None,
        "Naar het einde",
    ),
    b(
        Global,
        &[k(PageDown), ctrl('d')],
        Action::PageDown,
        None,
        "Een scherm omlaag",
    ),
    b(
        Global,
        &[k(PageUp), ctrl('u')],
        Action::PageUp,
        None,
        "Een scherm omhoog",
    ),
    b(
        Global,
        &[k(Enter), ch('l'), k(Right)],
        Action::Open,
        Some("open"),
        "Open: ga een niveau dieper, of naar de tekst",
    ),
    b(
        Global,
        &[k(Tab)],
        Action::FocusDetail,
        Some("tekst"),
        "Naar de tekst van het gekozen onderdeel",
    ),
    b(
        Global,
        &[ch('h'), k(Left)],
        Action::Parent,
        None,
        "Een niveau omhoog (Droom › opgave › doel)",
    ),
    b(
        Global,
        &[k(Esc), k(Backspace), ch('[')],
        Action::Back,
        Some("terug"),
        "Terug in de geschiedenis",
    ),
    b(
        Global,
        &[ch(']')],
        Action::Forward,
        None,
        "Vooruit in de geschiedenis",
    ),
    b(
        Global,
        &[ch('/')],
        Action::StartSearch,
        Some("zoek"),
        "Zoek in alles terwijl u typt (overal dezelfde toets)",
    ),
    b(
        Global,
        &[ch('f')],
        Action::StartFind,
        Some("zoek in tekst"),
        "Zoek in de tekst van dit onderdeel (ook met een typefout)",
    ),
    b(
        Global,
        &[ch('F')],
        Action::FilterList,
        None,
        "Filter deze lijst: typ een deel van de naam, Enter opent",
    ),
    b(
        Global,
        &[ch('\'')],
        Action::StartJump,
        None,
        "' en een letter: naar de volgende titel met die letter",
    ),
    b(
        Global,
        &[ch('r')],
        Action::Recent,
        None,
        "Recent geopend: de laatste onderdelen die u las",
    ),
    b(
        Global,
        &[ch('1')],
        Action::Show(View::Home),
        None,
        "Start: de Droom en de opgaven",
    ),
    b(
        Global,
        &[ch('2')],
        Action::Show(View::Agenda),
        Some("agenda"),
        "Agenda: afspraken per jaar en kwartaal",
    ),
    b(
        Global,
        &[ch('3')],
        Action::Show(View::Aanbevelingen),
        None,
        "Aanbevelingen van het DSGiB",
    ),
    b(
        Global,
        &[ch('4')],
        Action::Show(View::Begrippen),
        None,
        "Begrippen en afkortingen A–Z",
    ),
    b(
        Global,
        &[ch('5')],
        Action::Show(View::Organisaties),
        None,
        "Organisaties en wat zij oppakken",
    ),
    b(
        Global,
        &[ch('6')],
        Action::Show(View::Voortgang),
        None,
        "Voortgang per opgave (Enter toont de afspraken)",
    ),
    b(
        Global,
        &[ch('t')],
        Action::Glossary,
        None,
        "Begrippen in deze tekst opzoeken",
    ),
    b(
        Global,
        &[ch('e')],
        Action::Edit,
        None,
        "Bewerk het bestand in $EDITOR",
    ),
    b(
        Global,
        &[ch('b')],
        Action::UpdateStatus,
        Some("bijwerken"),
        "Status bijwerken (afspraak): kies status, dan toelichting",
    ),
    b(Global, &[ch('y')], Action::CopyId, None, "Kopieer de id"),
    b(
        Global,
        &[ch('o')],
        Action::OpenSite,
        None,
        "Open de pagina op de website",
    ),
    b(
        Global,
        &[ch('T')],
        Action::ToggleTheme,
        None,
        "Hoog contrast aan of uit",
    ),
    b(
        Global,
        &[ch('L')],
        Action::ToggleReadability,
        None,
        "Leesbaarheid tonen of verbergen (voor schrijvers)",
    ),
    b(
        Global,
        &[ch('?'), k(F(1))],
        Action::Help,
        Some("hulp"),
        "Hulp: deze lijst",
    ),
    b(
        Global,
        &[ch('q'), ctrl('c')],
        Action::Quit,
        Some("stop"),
        "Stoppen",
    ),
];

/// The action for a key, looking in `contexts` in order.
pub fn lookup(contexts: &[Context], key: Key) -> Option<Action> {
    contexts.iter().find_map(|ctx| {
        KEYMAP
            .iter()
            .find(|bd| bd.context == *ctx && bd.keys.contains(&key))
            .map(|bd| bd.action.clone())
    })
}

/// All keys of a binding, written for people: "↓ j".
pub fn keys_text(bd: &Binding) -> String {
    bd.keys
        .iter()
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The status-bar hints for these contexts: ("?", "hulp"), first key only, no duplicates,
/// help first.
pub fn hints(contexts: &[Context]) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for ctx in contexts {
        for bd in KEYMAP.iter().filter(|bd| bd.context == *ctx) {
            let Some(hint) = bd.hint else { continue };
            let key = bd.keys[0].name();
            if !out.iter().any(|(k, h)| *k == key || *h == hint) {
                out.push((key, hint));
            }
        }
    }
    // Help first, so a narrow bar never drops the key that explains all the others.
    let help = Key(KeyCode::Char('?'), false).name();
    if let Some(i) = out.iter().position(|(k, _)| *k == help) {
        let h = out.remove(i);
        out.insert(0, h);
    }
    out
}

/// The contexts in the order help shows them.
pub const HELP_ORDER: [Context; 8] = [Global, Text, Agenda, Typing, Find, Picker, Jump, Popup];

/// The keymap as a Markdown table, for the README.
pub fn markdown() -> String {
    let mut out = String::from("| Waar | Toetsen | Wat het doet |\n|---|---|---|\n");
    for ctx in HELP_ORDER {
        for bd in KEYMAP.iter().filter(|bd| bd.context == ctx) {
            let keys = bd
                .keys
                .iter()
                .map(|k| format!("`{}`", k.name().replace('|', "\\|")))
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!("| {} | {keys} | {} |\n", ctx.title(), bd.help));
        }
    }
    out
}
