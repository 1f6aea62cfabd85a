//! The frame around the views: the header with the breadcrumb, and the two-line status bar
//! with mode, position, active filters, messages and the key hints from the keymap. While
//! finding in the text, the status bar holds the find box and the count of matches.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::parts::truncate;
use crate::tui::app::App;
use crate::tui::find::Find;
use crate::tui::keys;
use crate::tui::lists::Screen;
use crate::tui::popup::Popup;
use crate::tui::state::Focus;
use crate::tui::strings as s;
use crate::tui::theme::Theme;

pub fn header(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mut spans = vec![
        Span::styled(format!(" {} ", s::APP), theme.status),
        Span::styled(
            format!(" {} ", app.loc.screen.title(&app.model)),
            theme.title,
        ),
    ];
    if let Some(item) = app.selected_item() {
        let crumbs: Vec<String> = app
            .model
            .breadcrumb(item)
            .iter()
            .map(|i| truncate(&i.display_title(), 28))
            .collect();
        spans.push(Span::styled(
            format!("│ {}", crumbs.join(" › ")),
            theme.muted,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn mode(app: &App) -> &'static str {
    match app.popup {
        Some(Popup::Help { .. }) => return s::MODE_HELP,
        Some(Popup::Glossary { .. }) => return s::MODE_POPUP,
        Some(Popup::Picker(_)) => return s::MODE_PICK,
        Some(Popup::Problems { .. }) => return s::MODE_PROBLEMS,
        None => {}
    }
    let find_typing = app.find.as_ref().is_some_and(|f| f.typing);
    match (
        (app.loc.screen == Screen::Zoeken && app.search.typing) || find_typing,
        app.loc.focus,
    ) {
        (true, _) => s::MODE_TYPING,
        (_, Focus::Text) => s::MODE_TEXT,
        _ => s::MODE_LIST,
    }
}

/// Draws the status bar; returns where the cursor goes while typing in the find box.
pub fn status(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<Position> {
    let chip = format!(" {} ", mode(app));
    let used = chip.width();
    let mut first = vec![Span::styled(chip, theme.chip)];
    let mut cursor = None;
    match &app.find {
        Some(find) => {
            let (spans, x) = find_spans(
                app,
                find,
                usize::from(area.width).saturating_sub(used),
                theme,
            );
            first.extend(spans);
            cursor = find.typing.then(|| {
                let x = u16::try_from(used + x).unwrap_or(0);
                Position::new(area.x + x.min(area.width.saturating_sub(1)), area.y)
            });
        }
        None => first.push(Span::raw(position(app))),
    }
    if app.loc.screen == Screen::Agenda {
        for (k, v, n) in app.filter.chips(&app.model) {
            first.push(Span::styled(
                format!("[{k}: {} · {n}]", truncate(&v, 24)),
                theme.chip,
            ));
            first.push(Span::raw(" "));
        }
    }
    if let Some(m) = note(app) {
        first.push(Span::styled(m, theme.label));
    }
    let hints = hint_line(app, usize::from(area.width), theme);
    let lines = vec![Line::from(first), hints];
    frame.render_widget(Paragraph::new(lines), area);
    cursor
}

/// The message of the last action, else where the selected link goes, else the full title of
/// the selected row when the list cuts it.
fn note(app: &App) -> Option<String> {
    let list = app.loc.focus == Focus::List && app.loc.screen != Screen::Zoeken;
    if app.message.is_none()
        && list
        && app.popup.is_none()
        && let Some(full) = super::list::cut_text(app)
    {
        return Some(full);
    }
    app.message.clone().or_else(|| {
        let link = app.loc.link.filter(|_| app.loc.focus == Focus::Text)?;
        match app.doc.links.get(link)? {
            crate::tui::doc::Target::Item(id) => {
                app.model.get(id).map(|i| s::link_hint(&i.display_title()))
            }
            crate::tui::doc::Target::Url(u) => Some(s::link_hint(u)),
        }
    })
}

/// The key hints of the keymap that fit in `width` columns.
fn hint_line<'a>(app: &App, width: usize, theme: &Theme) -> Line<'a> {
    let mut hints: Vec<Span> = Vec::new();
    let mut used = 0;
    for (key, hint) in keys::hints(&app.contexts()) {
        let piece = format!(" {key} {hint} ");
        if used + piece.width() > width {
            break;
        }
        used += piece.width();
        hints.push(Span::styled(format!(" {key}"), theme.label));
        hints.push(Span::raw(format!(" {hint} ")));
    }
    Line::from(hints).style(theme.status)
}

/// Where the cursor is in the list: " 2/5 ".
fn position(app: &App) -> String {
    let items = app.rows.iter().filter(|r| r.selectable()).count();
    let pos = app
        .rows
        .iter()
        .take(app.loc.sel + 1)
        .filter(|r| r.selectable())
        .count();
    format!(" {pos}/{items} ")
}

/// Room kept after the find box for the count ("12/34", "geen treffers").
const COUNT_ROOM: usize = 16;

/// " Zoek in tekst: mantel  3/7 ", scrolled so the cursor stays visible in `width` columns;
/// also the column of the cursor, counted from the start of the spans.
fn find_spans(app: &App, find: &Find, width: usize, theme: &Theme) -> (Vec<Span<'static>>, usize) {
    let lead = format!(" {}", s::FIND_PROMPT);
    let room = width.saturating_sub(lead.width() + COUNT_ROOM).max(1);
    let scroll = find.input.visual_scroll(room);
    let value = skip_columns(find.input.value(), scroll);
    let cursor = lead.width() + find.input.visual_cursor().saturating_sub(scroll);
    let mut spans = vec![
        Span::styled(lead, theme.label),
        Span::raw(truncate(value, room)),
    ];
    if find.has_words() {
        let matches = app.find_matches();
        let count = match find.current(matches.len()) {
            Some(i) => s::find_count(i + 1, matches.len()),
            None => s::NO_MATCHES.to_owned(),
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format!(" {count} "), theme.chip));
    }
    spans.push(Span::raw(" "));
    (spans, cursor)
}

/// The text after its first `cols` columns.
fn skip_columns(text: &str, cols: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        if used >= cols {
            return &text[i..];
        }
        used += c.to_string().width();
    }
    ""
}
