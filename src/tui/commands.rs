//! The one-key commands that change a setting (theme, readability) or ask the outside world
//! for something (the editor, the clipboard, the web browser), and the glossary window.

use super::app::App;
use super::popup::Popup;
use super::state::Effect;
use super::strings as s;
use super::theme::ThemeKind;

impl App {
    pub(super) fn toggle_theme(&mut self) {
        self.theme = self.theme.toggled();
        self.message = Some(
            if self.theme == ThemeKind::HighContrast {
                s::THEME_CONTRAST
            } else {
                s::THEME_DEFAULT
            }
            .into(),
        );
    }

    pub(super) fn open_glossary(&mut self) {
        let Some(item) = self.selected_item() else {
            self.message = Some(s::NO_ITEM.into());
            return;
        };
        let ids = self
            .glossary
            .find(&self.model, item)
            .iter()
            .map(|i| i.id.clone())
            .collect();
        self.popup = Some(Popup::Glossary { ids, sel: 0 });
    }

    pub(super) fn edit(&mut self) -> Option<Effect> {
        let Some(item) = self.selected_item() else {
            self.message = Some(s::NO_ITEM.into());
            return None;
        };
        Some(Effect::Edit {
            path: item.location.path.clone(),
            line: item.location.line,
            id: item.id.clone(),
        })
    }

    pub(super) fn copy_id(&mut self) -> Option<Effect> {
        let id = self.selected_id()?;
        self.message = Some(s::copied(&id));
        Some(Effect::Copy(id))
    }

    pub(super) fn open_site(&mut self) -> Option<Effect> {
        let item = self.selected_item()?;
        let Some(base) = self.opts.site_url.as_deref() else {
            self.message = Some(s::NO_SITE_URL.into());
            return None;
        };
        let url = format!("{}/{}", base.trim_end_matches('/'), item.url_path());
        self.message = Some(s::opened(&url));
        Some(Effect::OpenUrl(url))
    }

    pub(super) fn toggle_readability(&mut self) {
        self.readability = !self.readability;
        self.rebuild_doc();
        self.message = Some(
            if self.readability {
                s::READABILITY_ON
            } else {
                s::READABILITY_OFF
            }
            .into(),
        );
    }
}
