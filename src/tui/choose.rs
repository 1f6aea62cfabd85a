//! What the browser does with pickers: it opens them with the right choices (the six
//! statuses of an afspraak; the values of an agenda filter, each with how many afspraken it
//! would show) and carries out the choice. A status choice leads to the note step, and the
//! note to [`Effect::SetStatus`]: the event loop writes it through the same function as
//! `marke status` and hands back the new model ([`App::status_saved`]) or the problems
//! ([`App::show_problems`]).

use super::app::App;
use super::picker::{Choice, Picker, Purpose};
use super::popup::Popup;
use super::state::Effect;
use super::strings as s;
use crate::model::{ItemType, Model, Status};
use crate::status::Request;

impl App {
    /// `b`: the status picker for the selected afspraak, the current status selected.
    pub(super) fn open_status_picker(&mut self) {
        let Some(item) = self
            .selected_item()
            .filter(|i| i.kind == ItemType::Afspraak)
        else {
            self.message = Some(s::NOT_AN_AFSPRAAK.into());
            return;
        };
        let now = item.facts.status.unwrap_or_default();
        let code = item.facts.code.clone().unwrap_or_else(|| item.id.clone());
        let choices = Status::ALL
            .iter()
            .map(|st| Choice {
                label: format!("{:<10} {}", st.name(), s::status_meaning(*st)),
                value: st.name().to_owned(),
                count: None,
            })
            .collect();
        let mut picker = Picker::new(
            Purpose::Status {
                id: item.id.clone(),
            },
            s::status_picker_title(&code, now.name()),
            choices,
        );
        picker.sel = Status::ALL.iter().position(|st| *st == now).unwrap_or(0);
        self.popup = Some(Popup::Picker(picker));
    }

    /// Enter in a picker.
    pub(super) fn picked(&mut self, picker: Picker) -> Option<Effect> {
        match picker.purpose.clone() {
            Purpose::Status { id } => {
                let status = picker.chosen().and_then(|c| Status::from_name(&c.value))?;
                let code = self
                    .model
                    .get(&id)
                    .and_then(|i| i.facts.code.clone())
                    .unwrap_or_else(|| id.clone());
                let title = s::note_title(&code, status.name());
                let note = Picker::new(Purpose::Note { id, status }, title, Vec::new());
                self.popup = Some(Popup::Picker(note));
                None
            }
            Purpose::Note { id, status } => {
                let note = picker.input.value().trim();
                Some(Effect::SetStatus(Request {
                    target: id,
                    status: status.name().to_owned(),
                    datum: None,
                    toelichting: (!note.is_empty()).then(|| note.to_owned()),
                    row: 0,
                }))
            }
            Purpose::Open => {
                if let Some(id) = picker.chosen().map(|c| c.value.clone()) {
                    self.go_to_item(&id);
                }
                None
            }
            Purpose::Filter(kind) => {
                if let Some(choice) = picker.chosen() {
                    self.set_filter_value(kind, &choice.value);
                }
                None
            }
        }
    }

    /// `r`: the items opened before, the last one first, to go back to by a few letters.
    pub(super) fn open_recent(&mut self) {
        let choices = self.items_as_choices(self.history.recent());
        if choices.is_empty() {
            self.message = Some(s::NO_RECENT.into());
            return;
        }
        self.popup = Some(Popup::Picker(Picker::new(
            Purpose::Open,
            s::RECENT_TITLE.into(),
            choices,
        )));
    }

    /// `F`: the items of the list on screen, narrowed by typing; `Enter` opens one.
    pub(super) fn open_list_filter(&mut self) {
        let ids: Vec<String> = self.rows.iter().filter_map(|r| r.id.clone()).collect();
        let choices = self.items_as_choices(ids.iter().map(String::as_str));
        let title = s::list_filter_title(&self.loc.screen.title(&self.model));
        self.popup = Some(Popup::Picker(Picker::new(Purpose::Open, title, choices)));
    }

    fn items_as_choices<'a>(&self, ids: impl Iterator<Item = &'a str>) -> Vec<Choice> {
        ids.filter_map(|id| self.model.get(id))
            .map(|i| Choice {
                label: i.display_title(),
                value: i.id.clone(),
                count: None,
            })
            .collect()
    }

    /// The status was written: show the new content at once, on the same afspraak.
    pub fn status_saved(&mut self, model: Model, request: &Request) -> anyhow::Result<()> {
        self.replace_model(model)?;
        let code = self
            .model
            .get(&request.target)
            .and_then(|i| i.facts.code.clone())
            .unwrap_or_else(|| request.target.clone());
        self.message = Some(s::status_saved(&code, &request.status));
        Ok(())
    }

    /// Shows why something was not done, the problems themselves, in a window.
    pub fn show_problems(&mut self, title: &str, lines: Vec<String>) {
        self.popup = Some(Popup::Problems {
            title: title.to_owned(),
            lines,
            scroll: 0,
        });
    }
}
