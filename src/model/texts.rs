//! Every free text of an item, in one list: what a reader sees, so what must hold no control
//! characters. A YAML escape (`titel: "\e[2J"`, `"\u202E"`) puts one in a value without one
//! being in the file, so the model checks the values too; and the terminal browser escapes
//! them all once more before it shows anything ([`Item::escape_control_chars`]).

use std::path::Path;

use super::{Item, Model};
use crate::control_chars;
use crate::diag::{Code, Diagnostic};
use crate::source::SourceText;

impl Item {
    /// Each free text with the name of its field. Ids, types and links are not here: they
    /// are checked against a fixed form or a known id.
    fn texts_mut(&mut self) -> Vec<(&'static str, &mut String)> {
        let mut out: Vec<(&'static str, &mut String)> = vec![
            ("titel", &mut self.title),
            ("samenvatting", &mut self.summary),
            ("tekst", &mut self.body),
            ("tekst", &mut self.source_note),
        ];
        out.extend(self.aliases.iter_mut().map(|a| ("aliassen", a)));
        if let Some(src) = &mut self.source {
            out.push(("bron", &mut src.document));
            for v in [&mut src.sectie, &mut src.pagina, &mut src.regels] {
                out.extend(v.as_mut().map(|v| ("bron", v)));
            }
        }
        let f = &mut self.facts;
        let single = [
            ("code", &mut f.code),
            ("alias_code", &mut f.alias_code),
            ("soort", &mut f.soort),
            ("gepland_tekst", &mut f.gepland_tekst),
            ("initiatiefnemers_tekst", &mut f.initiatiefnemers_tekst),
            ("ambitie", &mut f.ambitie),
            ("tagline", &mut f.tagline),
            ("prioriteit", &mut f.prioriteit),
            ("verankering", &mut f.verankering),
            ("voluit", &mut f.voluit),
            ("waarde", &mut f.waarde),
            ("eenheid", &mut f.eenheid),
            ("jaar", &mut f.jaar),
            ("gebied", &mut f.gebied),
            ("bestand", &mut f.bestand),
            ("rol", &mut f.rol),
            ("url", &mut f.url),
        ];
        for (name, v) in single {
            out.extend(v.as_mut().map(|v| (name, v)));
        }
        let lists = [
            ("streefwaarden", &mut f.streefwaarden),
            ("onderdelen", &mut f.onderdelen),
            ("kernwoorden", &mut f.kernwoorden),
            ("varianten", &mut f.varianten),
        ];
        for (name, list) in lists {
            out.extend(list.iter_mut().map(|v| (name, v)));
        }
        out
    }

    /// Shows every control character in the item's texts as `\u{1b}`, for the terminal.
    pub fn escape_control_chars(&mut self) {
        for (_, text) in self.texts_mut() {
            if let std::borrow::Cow::Owned(safe) = control_chars::lines(text) {
                *text = safe;
            }
        }
    }

    /// One error per field whose value holds a forbidden control character, at the field's
    /// line where the model knows it (title, summary, text), else at the item's id.
    pub(super) fn control_char_errors(&mut self, path: &Path, src: &SourceText) -> Vec<Diagnostic> {
        let loc = &self.location;
        let (item_line, lines) = (loc.line, [loc.title_line, loc.summary_line, loc.body_line]);
        let id = self.id.clone();
        let mut out = Vec::new();
        for (field, text) in self.texts_mut() {
            let Some((_, c)) = control_chars::forbidden(text).next() else {
                continue;
            };
            let line = match field {
                "titel" => lines[0],
                "samenvatting" => lines[1],
                "tekst" => lines[2],
                _ => 0,
            };
            out.push(
                Diagnostic::error(
                    Code::Stuurteken,
                    path,
                    format!(
                        "het veld '{field}' van '{id}' bevat een {}",
                        control_chars::describe(c)
                    ),
                )
                .at(if line > 0 { line } else { item_line }, 0)
                .with_source(src)
                .hint("schrijf geen \\e, \\x1b, \\u001b of \\u202e tussen aanhalingstekens: zo'n teken kan een terminal besturen of tekst anders tonen dan hij is"),
            );
        }
        out
    }
}

impl Model {
    /// Shows every control character in every item's texts as `\u{1b}`. The terminal browser
    /// does this before it shows anything; ids and links do not change.
    pub fn escape_control_chars(&mut self) {
        for item in &mut self.items {
            item.escape_control_chars();
        }
    }
}
