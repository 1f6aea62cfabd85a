//! The status history as written (`voortgang`), checked: real dates, known statuses, oldest
//! first, and the last update agreeing with `status`.
//!
//! `status` stays the field that says how an afspraak stands now (it is what people and
//! older tools read); `voortgang` is how it got there. Because they must agree, a hand edit
//! that changes one and forgets the other is an error at the line that disagrees.

use std::path::Path;

use super::agenda::Update;
use super::build::Ctx;
use super::{Date, Model, Status};
use crate::content::RawItem;
use crate::diag::Diagnostic;

/// The updates of `raw`, oldest first. Each problem becomes an error and clears `ok`.
pub(super) fn updates(ctx: &mut Ctx, raw: &RawItem, ok: &mut bool) -> Vec<Update> {
    let Some(list) = &raw.voortgang else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut previous: Option<Date> = None;
    let mut last_status = None;
    for entry in &list.value {
        let e = &entry.value;
        let datum = match Date::parse(&e.datum.value.0) {
            Ok(d) => Some(d),
            Err(why) => {
                *ok = false;
                ctx.error(
                    "ongeldige-datum",
                    &e.datum,
                    format!("ongeldige datum in voortgang: {why}"),
                    "schrijf de dag van de update als \"JJJJ-MM-DD\", bijvoorbeeld \"2026-12-01\""
                        .into(),
                );
                None
            }
        };
        let status = Status::from_name(e.status.value.trim());
        if status.is_none() {
            *ok = false;
            ctx.error(
                "ongeldige-status",
                &e.status,
                format!("status '{}' bestaat niet", e.status.value),
                format!("kies één van: {}", status_names()),
            );
        }
        if let (Some(d), Some(p)) = (datum, previous)
            && d < p
        {
            *ok = false;
            ctx.error(
                "voortgang-volgorde",
                &e.datum,
                format!("de voortgang staat niet op volgorde: {d} komt na {p}"),
                "zet de oudste update bovenaan en de nieuwste onderaan".into(),
            );
        }
        previous = datum.or(previous);
        last_status = status;
        let toelichting = e.toelichting.as_ref().and_then(|t| {
            if t.value.0.chars().any(char::is_control) {
                *ok = false;
                ctx.error(
                    "stuurteken",
                    t,
                    "de toelichting bevat een stuurteken (zoals een tab, een nieuwe regel of een escape-teken)".into(),
                    "schrijf de toelichting als één regel gewone tekst".into(),
                );
            }
            Some(t.value.0.trim().to_owned()).filter(|t| !t.is_empty())
        });
        if let (Some(datum), Some(status)) = (datum, status) {
            let (line, column) = ctx.at(&e.datum);
            out.push(Update {
                datum,
                status,
                toelichting,
                line,
                column,
            });
        }
    }
    if let Some(last) = last_status {
        agrees_with_status(ctx, raw, last, ok);
    }
    out
}

/// `status` must say what the last update says; an absent `status` means `onbekend`.
fn agrees_with_status(ctx: &mut Ctx, raw: &RawItem, last: Status, ok: &mut bool) {
    let hint = format!(
        "zet 'status: {}', of voeg een update toe met 'marke status {} STATUS'",
        last.name(),
        raw.id.value
    );
    match &raw.status {
        Some(s) => match Status::from_name(s.value.trim()) {
            Some(now) if now != last => {
                *ok = false;
                ctx.error(
                    "status-voortgang",
                    s,
                    format!(
                        "de status is '{}', maar de laatste update in voortgang zegt '{}'",
                        now.name(),
                        last.name()
                    ),
                    hint,
                );
            }
            _ => {}
        },
        None if last != Status::Onbekend => {
            *ok = false;
            if let Some(list) = &raw.voortgang {
                ctx.error(
                    "status-voortgang",
                    list,
                    format!(
                        "het veld 'status' ontbreekt, maar de laatste update in voortgang zegt '{}'",
                        last.name()
                    ),
                    hint,
                );
            }
        }
        None => {}
    }
}

fn status_names() -> String {
    Status::ALL
        .iter()
        .map(|s| s.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Updates dated after `today`: progress cannot be reported from the future, so such a date
/// is a typo. One day of slack, because the clock is read in UTC and Drenthe is an hour or
/// two ahead of it: just after midnight a Dutch "today" is still tomorrow in UTC.
pub fn future_updates(model: &Model, today: Date) -> Vec<Diagnostic> {
    let limit = today.next_day();
    let mut out = Vec::new();
    for item in model.items() {
        for u in item.facts.voortgang.iter().filter(|u| u.datum > limit) {
            out.push(
                Diagnostic::error(
                    "datum-in-toekomst",
                    Path::new(&item.location.path),
                    format!(
                        "de update van '{}' is gedateerd {}, na vandaag ({today})",
                        item.id, u.datum
                    ),
                )
                .at(u.line, u.column)
                .hint("schrijf de dag waarop de status veranderde; die ligt niet in de toekomst"),
            );
        }
    }
    out
}
