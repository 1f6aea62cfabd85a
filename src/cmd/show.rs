//! `marke show ID`: one item as plain text, for scripts and screen readers. The text goes
//! through [`control_chars::lines`], so nothing in content can steer the terminal.

use anyhow::Result;

use super::Workspace;
use crate::control_chars;
use crate::model::{Model, Relation, links};

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
    print!("{}", control_chars::lines(&render(&model, id)));
    Ok(0)
}

/// The plain-text form of an item: title, type, summary, facts, body, links, backlinks.
pub fn render(model: &Model, id: &str) -> String {
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
