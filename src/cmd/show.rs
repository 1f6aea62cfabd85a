//! `marke show ID`: one item as plain text, for scripts and screen readers. An afspraak also
//! shows whether it is overdue ("verlopen") and its status history. The text goes through
//! [`control_chars::lines`], so nothing in content can steer the terminal.

use anyhow::Result;

use super::Workspace;
use crate::control_chars;
use crate::model::{Date, Item, Model, Relation, agenda, links};

pub fn run(ws: &Workspace, id: &str) -> Result<u8> {
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    if model.get(id).is_none() {
        let id = control_chars::one_line(id);
        eprintln!("fout: er is geen onderdeel met id '{id}'");
        let near: Vec<&str> = model
            .items()
            .iter()
            .map(|i| i.id.as_str())
            .filter(|other| other.contains(&*id) || strsim::levenshtein(&id, other) <= 2)
            .take(5)
            .collect();
        if !near.is_empty() {
            eprintln!("  = tip: bedoelt u {}?", near.join(", "));
        } else {
            eprintln!("  = tip: zoek de id met 'marke search {id}'");
        }
        return Ok(1);
    }
    print!("{}", control_chars::lines(&render(&model, id, ws.today)));
    Ok(0)
}

/// The plain-text form of an item: title, type, summary, facts, progress, body, links,
/// backlinks.
pub fn render(model: &Model, id: &str, today: Date) -> String {
    let Some(item) = model.get(id) else {
        return String::new();
    };
    let mut out = format!("{}\n", item.display_title());
    out.push_str(&"=".repeat(item.display_title().chars().count().min(78)));
    out.push('\n');
    let crumbs: Vec<String> = model
        .breadcrumb(item)
        .iter()
        .map(|i| i.title.clone())
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
    let facts = crate::export::facts_lines(model, item);
    if !facts.is_empty() {
        out.push('\n');
        for (k, v) in facts {
            out.push_str(&format!("{k}: {v}\n"));
        }
    }
    out.push_str(&progress(item, today));
    if !item.body.trim().is_empty() {
        out.push('\n');
        out.push_str(crate::export::plain_text(&item.body).trim_end());
        out.push('\n');
    }
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
    let back = model.backlinks(&item.id);
    if !back.is_empty() {
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
    out
}

/// "Verlopen" in words when the planned period has passed, and the status history.
fn progress(item: &Item, today: Date) -> String {
    let mut out = String::new();
    if agenda::overdue(item, today) {
        let planned = item.facts.gepland.map(|g| g.display()).unwrap_or_default();
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
