//! The frame around the views: the header with the breadcrumb, and the two-line status bar
//! with mode, position, active filters, messages and the key hints from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::app::{App, Focus};
use crate::tui::keys;
use crate::tui::lists::Screen;
use crate::tui::strings as s;
use crate::tui::theme::Theme;

/// Cuts text to `max` columns, ending in "…" when it had to cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.to_string().width() + 1 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

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
    if app.popup.is_some() {
        return if matches!(app.popup, Some(crate::tui::app::Popup::Help { .. })) {
            s::MODE_HELP
        } else {
            s::MODE_POPUP
        };
    }
    match (
        app.loc.screen == Screen::Zoeken && app.search.typing,
        app.loc.focus,
    ) {
        (true, _) => s::MODE_TYPING,
        (_, Focus::Text) => s::MODE_TEXT,
        _ => s::MODE_LIST,
    }
}

pub fn status(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let items = app.rows.iter().filter(|r| r.id.is_some()).count();
    let pos = app
        .rows
        .iter()
        .take(app.loc.sel + 1)
        .filter(|r| r.id.is_some())
        .count();
    let mut first = vec![
        Span::styled(format!(" {} ", mode(app)), theme.chip),
        Span::raw(format!(" {pos}/{items} ")),
    ];
    if app.loc.screen == Screen::Agenda {
        for (k, v) in app.filter.chips(&app.model) {
            first.push(Span::styled(
                format!("[{k}: {}]", truncate(&v, 24)),
                theme.chip,
            ));
            first.push(Span::raw(" "));
        }
    }
    let note = app.message.clone().or_else(|| {
        let link = app.loc.link.filter(|_| app.loc.focus == Focus::Text)?;
        match app.doc.links.get(link)? {
            crate::tui::doc::Target::Item(id) => {
                app.model.get(id).map(|i| s::link_hint(&i.display_title()))
            }
            crate::tui::doc::Target::Url(u) => Some(s::link_hint(u)),
        }
    });
    if let Some(m) = note {
        first.push(Span::styled(m, theme.label));
    }
    let mut hints: Vec<Span> = Vec::new();
    let mut used = 0;
    for (key, hint) in keys::hints(&app.contexts()) {
        let piece = format!(" {key} {hint} ");
        if used + piece.width() > usize::from(area.width) {
            break;
        }
        used += piece.width();
        hints.push(Span::styled(format!(" {key}"), theme.label));
        hints.push(Span::raw(format!(" {hint} ")));
    }
    let lines = vec![Line::from(first), Line::from(hints).style(theme.status)];
    frame.render_widget(Paragraph::new(lines), area);
}
