//! What the browser does with pickers: it opens them with the right choices (the six
//! statuses of an afspraak; the values of an agenda filter, each with how many afspraken it
//! would show) and carries out the choice. A status choice leads to the note step, and the
//! note to [`Effect::SetStatus`]: the event loop writes it through the same function as
//! `marke status` and hands back the new model ([`App::status_saved`]) or the problems
//! ([`App::show_problems`]).

use super::app::{App, Effect, Popup};
use super::picker::{Choice, Picker, Purpose};
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
            Purpose::Filter(kind) => {
                if let Some(choice) = picker.chosen() {
                    let value = choice.value.clone();
                    self.set_filter_value(kind, value);
                }
                None
            }
        }
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
