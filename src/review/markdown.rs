//! A review as Markdown for the pull request's job summary: first whether anything blocks
//! the merge, then what changed, then the details. A reviewer reads it top to bottom.

use std::fmt::Write as _;

use super::{ItemChange, Review};
use crate::check::readability::Scores;
use crate::diag::markdown_cell as cell;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Review {
    pub fn markdown(&self) -> String {
        let mut out = String::from("## Controle van de inhoud\n\n");
        let p = &self.problemen;
        let verdict = if p.errors > 0 {
            "Deze wijziging heeft fouten: los die eerst op, dan kan ze samengevoegd worden."
        } else if p.warnings > 0 {
            "Geen fouten. De waarschuwingen zijn advies: ze houden het samenvoegen niet tegen."
        } else {
            "Geen fouten en geen waarschuwingen in deze wijziging."
        };
        let _ = writeln!(
            out,
            "**{}, {}** in deze wijziging (vergeleken met `{}`, commit `{}`). {verdict}\n",
            plural(p.errors, "fout", "fouten"),
            plural(p.warnings, "waarschuwing", "waarschuwingen"),
            cell(&self.sinds).replace('`', "'"),
            self.basis,
        );
        let _ = writeln!(
            out,
            "De rest van de inhoud had al {} en {}; die staan hier niet.\n",
            plural(self.rest_fouten, "fout", "fouten"),
            plural(self.rest_waarschuwingen, "waarschuwing", "waarschuwingen"),
        );
        self.items_section(&mut out);
        self.status_section(&mut out);
        if !p.diagnostics.is_empty() {
            out.push_str("### Problemen\n\n");
            out.push_str(&p.markdown_table());
        }
        out
    }

    fn items_section(&self, out: &mut String) {
        out.push_str("### Veranderde onderdelen\n\n");
        if self.onderdelen.is_empty() {
            out.push_str("Geen onderdelen veranderd.\n\n");
            return;
        }
        out.push_str(
            "Leesbaarheid voor → na. Flesch-Douma: hoger is makkelijker (B1: 60 of meer). \
             Woorden per zin: lager is makkelijker. Ongewone woorden: woorden die weinig \
             mensen kennen, zonder link of uitleg (`marke check --leesbaarheid` noemt ze).\n\n\
             | onderdeel | bestand | wijziging | Flesch-Douma | woorden per zin | lange woorden | ongewone woorden |\n\
             |---|---|---|---|---|---|---|\n",
        );
        for item in &self.onderdelen {
            let _ = writeln!(
                out,
                "| {} ({}) | `{}` | {} | {} | {} | {} | {} |",
                cell(&item.titel),
                item.kind.label().to_lowercase(),
                cell(&item.bestand).replace('`', "'"),
                item.wijziging.label(),
                before_after(item, |s| format!("{:.0}", s.flesch_douma)),
                before_after(item, |s| format!("{:.1}", s.words_per_sentence)),
                before_after(item, |s| s.long_words.to_string()),
                before_after(item, |s| s.uncommon_words.to_string()),
            );
        }
        out.push('\n');
    }

    fn status_section(&self, out: &mut String) {
        if self.statussen.is_empty() {
            return;
        }
        out.push_str("### Status van afspraken\n\n| afspraak | was | wordt | toelichting |\n|---|---|---|---|\n");
        for s in &self.statussen {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&s.titel),
                s.was.name(),
                s.wordt.name(),
                cell(s.toelichting.as_deref().unwrap_or("")),
            );
        }
        out.push('\n');
    }
}

/// "54 → 63", "— → 63" for a new item, "54 → —" for a removed one.
fn before_after(item: &ItemChange, figure: impl Fn(&Scores) -> String) -> String {
    let show = |s: Option<&Scores>| s.map_or_else(|| "—".to_owned(), &figure);
    format!("{} → {}", show(item.voor.as_ref()), show(item.na.as_ref()))
}
