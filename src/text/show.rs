//! `marke show ID` as text: title, type and place, summary, facts, progress, body, the note
//! about the source, links, backlinks. An afspraak also says whether it is overdue ("verlopen") and gives its status
//! history. What comes back is escaped ([`control_chars::lines`]), so nothing in content can
//! steer the terminal.

use super::{facts_lines, plain_text};
use crate::control_chars;
use crate::model::{Date, Item, Model, Planned, Relation, agenda, links};

/// The plain-text form of an item, as of `today` (for "verlopen"), escaped for a terminal.
pub fn show(model: &Model, item: &Item, today: Date) -> String {
    control_chars::lines(&unescaped(model, item, today)).into_owned()
}

fn unescaped(model: &Model, item: &Item, today: Date) -> String {
    let title = item.display_title();
    let mut out = format!("{title}\n{}\n", "=".repeat(title.chars().count().min(78)));
    let crumbs: Vec<&str> = model
        .breadcrumb(item)
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    out.push_str(&format!(
        "{} ({})   id: {}\n",
        item.kind.label(),
        crumbs.join(" › "),
        item.id
    ));
    if !item.summary.is_empty() {
        out.push_str(&format!("\n{}\n", item.summary));
    }
    let facts = facts_lines(model, item);
    if !facts.is_empty() {
        out.push('\n');
        for (k, v) in facts {
            out.push_str(&format!("{k}: {v}\n"));
        }
    }
    out.push_str(&progress(item, today));
    if !item.body.trim().is_empty() {
        out.push('\n');
        out.push_str(plain_text(&item.body).trim_end());
        out.push('\n');
    }
    if !item.source_note.is_empty() {
        out.push_str(&format!("\n{}:\n", crate::model::note::HEADING));
        out.push_str(plain_text(&item.source_note).trim_end());
        out.push('\n');
    }
    links(model, item, &mut out);
    backlinks(model, item, &mut out);
    out
}

/// "Verlopen" in words when the planned period has passed, and the status history.
fn progress(item: &Item, today: Date) -> String {
    let mut out = String::new();
    if agenda::overdue(item, today) {
        let planned = item.facts.gepland.map(Planned::display).unwrap_or_default();
        out.push_str(&format!(
            "Verlopen: ja, gepland {planned} en nog niet afgerond (vandaag {})\n",
            today.display_nl()
        ));
    }
    if !item.facts.voortgang.is_empty() {
        out.push_str("\nVoortgang (oudste eerst):\n");
        for u in &item.facts.voortgang {
            out.push_str(&format!("  {}  {}", u.datum, u.status.name()));
            if let Some(note) = &u.toelichting {
                out.push_str(&format!(": {note}"));
            }
            out.push('\n');
        }
    }
    out
}

fn links(model: &Model, item: &Item, out: &mut String) {
    let links: Vec<String> = item
        .links
        .iter()
        .filter(|l| l.rel != Relation::Bron)
        .filter_map(|l| {
            model
                .get(&l.target)
                .map(|t| format!("  - {} ({}) [{}]", t.display_title(), t.id, l.rel.field()))
        })
        .collect();
    if !links.is_empty() {
        out.push_str("\nLinks:\n");
        out.push_str(&links.join("\n"));
        out.push('\n');
    }
}

fn backlinks(model: &Model, item: &Item, out: &mut String) {
    let back = model.backlinks(&item.id);
    if back.is_empty() {
        return;
    }
    out.push_str("\nWat verwijst hierheen:\n");
    let own_reading = back.iter().any(|(f, r)| links::is_own_reading(f.kind, *r));
    for (from, rel) in back {
        out.push_str(&format!(
            "  - {} ({}) — {}\n",
            from.display_title(),
            from.id,
            rel.backlink_label()
        ));
    }
    if own_reading {
        out.push_str(&format!("\n{}\n", links::OWN_READING_NOTE));
    }
}

/// The message for a name that points at nothing, with the ids and codes it may have meant;
/// what was typed is escaped.
pub fn not_found(model: &Model, id: &str) -> String {
    let near = crate::diag::nearest(&id.trim().to_lowercase(), model.items(), |i| {
        let mut names = vec![i.id.clone(), i.title.to_lowercase()];
        names.extend(i.facts.code.as_ref().map(|c| c.to_lowercase()));
        names
    });
    let id = control_chars::one_line(id);
    let tip = if near.is_empty() {
        format!("zoek het onderdeel met 'marke search {id}'")
    } else {
        let near: Vec<String> = near.iter().take(5).map(|i| name(i)).collect();
        format!("bedoelt u {}?", near.join(", "))
    };
    format!("fout: er is geen onderdeel met id, code of naam '{id}'\n  = tip: {tip}\n")
}

/// The message for a name that fits more than one item: each with id, type and title, so
/// the user can pick one and give its id.
pub fn ambiguous(wanted: &str, items: &[&Item]) -> String {
    let wanted = control_chars::one_line(wanted.trim());
    let mut out = format!(
        "fout: '{wanted}' past bij {} onderdelen; welke bedoelt u?\n",
        items.len()
    );
    let width = items
        .iter()
        .map(|i| i.id.chars().count())
        .max()
        .unwrap_or(0);
    for item in items {
        out.push_str(&format!(
            "  {:<width$}  {:<14} {}\n",
            item.id,
            item.kind.label(),
            control_chars::one_line(&item.display_title())
        ));
    }
    if let Some(first) = items.first() {
        out.push_str(&format!(
            "  = tip: geef de id van het onderdeel dat u bedoelt, bijvoorbeeld {}\n",
            first.id
        ));
    }
    out
}

/// "2.1.1.A (2-1-1-a)" or just the id.
fn name(item: &Item) -> String {
    match &item.facts.code {
        Some(code) => format!("{code} ({})", item.id),
        None => item.id.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::fixture::tui as fixture;

    #[test]
    fn show_gives_place_facts_text_and_backlinks() {
        let m = fixture();
        let today = Date::parse("2025-06-01").unwrap();
        let out = show(&m, m.get("2-1-1-a").unwrap(), today);
        assert!(
            out.starts_with("2.1.1.A Mantelzorgers ondersteunen\n====="),
            "{out}"
        );
        assert!(out.contains("Afspraak (De Drentse Droom › "), "{out}");
        assert!(out.contains("\nGepland: 2024\n"), "{out}");
        assert!(out.contains("Verlopen: ja, gepland 2024"), "{out}");
        let doel = show(&m, m.get("1-1-1").unwrap(), today);
        assert!(
            doel.contains("Wat verwijst hierheen:\n  - 2.1.1.A"),
            "{doel}"
        );
    }

    #[test]
    fn an_unknown_id_gets_the_nearest_ids_or_a_search_tip() {
        let m = fixture();
        let near = not_found(&m, "2-1-1-c");
        assert!(
            near.contains("bedoelt u 2.1.1.A (2-1-1-a), 2.1.1.B (2-1-1-b)?"),
            "{near}"
        );
        assert!(not_found(&m, "qqq").contains("zoek het onderdeel met 'marke search qqq'"));
    }
}
