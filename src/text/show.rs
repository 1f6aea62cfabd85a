//! `marke show ID` as text: title, type and place, summary, facts, body, links, backlinks.

use super::{facts_lines, plain_text};
use crate::diag::suggestions;
use crate::model::{Item, Model, Relation, links};

/// The plain-text form of an item.
pub fn show(model: &Model, item: &Item) -> String {
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
    if !item.body.trim().is_empty() {
        out.push('\n');
        out.push_str(plain_text(&item.body).trim_end());
        out.push('\n');
    }
    links(model, item, &mut out);
    backlinks(model, item, &mut out);
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

/// The message for an id that does not exist, with the ids it may have meant.
pub fn not_found(model: &Model, id: &str) -> String {
    let near = suggestions(id, model.items().iter().map(|i| i.id.as_str()));
    let tip = if near.is_empty() {
        format!("zoek de id met 'marke search {id}'")
    } else {
        let near: Vec<&str> = near.into_iter().take(5).collect();
        format!("bedoelt u {}?", near.join(", "))
    };
    format!("fout: er is geen onderdeel met id '{id}'\n  = tip: {tip}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Model {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui/content");
        Model::load(&dir).model
    }

    #[test]
    fn show_gives_place_facts_text_and_backlinks() {
        let m = fixture();
        let out = show(&m, m.get("2-1-1-a").unwrap());
        assert!(
            out.starts_with("2.1.1.A Mantelzorgers ondersteunen\n====="),
            "{out}"
        );
        assert!(out.contains("Afspraak (De Drentse Droom › "), "{out}");
        assert!(out.contains("\nGepland: 2024\n"), "{out}");
        let doel = show(&m, m.get("1-1-1").unwrap());
        assert!(
            doel.contains("Wat verwijst hierheen:\n  - 2.1.1.A"),
            "{doel}"
        );
    }

    #[test]
    fn an_unknown_id_gets_the_nearest_ids_or_a_search_tip() {
        let m = fixture();
        assert!(not_found(&m, "2-1-1-c").contains("bedoelt u 2-1-1-a, 2-1-1-b?"));
        assert!(not_found(&m, "qqq").contains("zoek de id met 'marke search qqq'"));
    }
}
