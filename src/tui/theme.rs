//! Colours and text styles. Three themes: the terminal's own colours, high contrast, and
//! plain (NO_COLOR). Every cue that uses colour also has a marker or a text style, so the
//! plain theme loses no information.

use ratatui::style::{Color, Modifier, Style};

/// Which palette is active.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeKind {
    Default,
    HighContrast,
    /// NO_COLOR: only bold, underline and reverse.
    Plain,
}

impl ThemeKind {
    /// NO_COLOR wins; `MARKE_THEME=contrast` picks high contrast.
    pub fn from_env() -> Self {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            ThemeKind::Plain
        } else if std::env::var("MARKE_THEME").is_ok_and(|v| v.starts_with("contrast")) {
            ThemeKind::HighContrast
        } else {
            ThemeKind::Default
        }
    }

    /// The `T` key: switch between the default and high contrast; plain stays plain.
    pub fn toggled(self) -> Self {
        match self {
            ThemeKind::Default => ThemeKind::HighContrast,
            ThemeKind::HighContrast => ThemeKind::Default,
            ThemeKind::Plain => ThemeKind::Plain,
        }
    }
}

/// The styles the views use.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub heading: Style,
    pub muted: Style,
    pub label: Style,
    pub link: Style,
    pub selected: Style,
    pub highlight: Style,
    pub warning: Style,
    pub chip: Style,
    pub bar: Style,
    pub status: Style,
    pub border: Style,
}

impl Theme {
    pub fn new(kind: ThemeKind) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let under = Style::new().add_modifier(Modifier::UNDERLINED);
        let rev = Style::new().add_modifier(Modifier::REVERSED);
        let plain = Theme {
            base: Style::new(),
            title: bold,
            heading: bold,
            muted: Style::new(),
            label: bold,
            link: under,
            selected: rev.add_modifier(Modifier::BOLD),
            highlight: bold.add_modifier(Modifier::UNDERLINED),
            warning: bold,
            chip: rev,
            bar: Style::new(),
            status: rev,
            border: Style::new(),
        };
        match kind {
            ThemeKind::Plain => plain,
            ThemeKind::Default => Theme {
                title: bold.fg(Color::Cyan),
                heading: bold.fg(Color::Blue),
                muted: Style::new().fg(Color::DarkGray),
                link: under.fg(Color::Cyan),
                highlight: bold.fg(Color::Black).bg(Color::Yellow),
                warning: bold.fg(Color::Red),
                chip: Style::new().fg(Color::Black).bg(Color::Cyan),
                bar: Style::new().fg(Color::Green),
                status: Style::new().fg(Color::White).bg(Color::Blue),
                border: Style::new().fg(Color::DarkGray),
                ..plain
            },
            ThemeKind::HighContrast => Theme {
                base: Style::new().fg(Color::White).bg(Color::Black),
                title: bold.fg(Color::Yellow).bg(Color::Black),
                heading: bold.fg(Color::Yellow).bg(Color::Black),
                muted: Style::new().fg(Color::White).bg(Color::Black),
                label: bold.fg(Color::White).bg(Color::Black),
                link: under.add_modifier(Modifier::BOLD).fg(Color::LightCyan),
                selected: bold.fg(Color::Black).bg(Color::Yellow),
                highlight: bold.fg(Color::Black).bg(Color::White),
                warning: bold.fg(Color::LightRed).add_modifier(Modifier::UNDERLINED),
                chip: bold.fg(Color::Black).bg(Color::White),
                bar: bold.fg(Color::White),
                status: bold.fg(Color::Black).bg(Color::White),
                border: Style::new().fg(Color::White),
            },
        }
    }
}
