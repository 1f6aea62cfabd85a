//! YAML parsing with Dutch error messages.
//!
//! serde-saphyr reports the real line and column of every problem, also for duplicate keys
//! and for errors found by serde after parsing. We translate its English messages into Dutch
//! with a hint, because contributors read them in a pull request, not in a debugger.
//!
//! YAML tags (`!!binary`, `!!str`, `!eigen`) are refused before parsing: serde-saphyr would
//! decode `id: !!binary ZXZpbA==` silently into `evil`, so what a reviewer reads in a pull
//! request would not be what marke uses.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::granit_parser::{Event, Parser};
use serde_saphyr::{Error, Options};

use crate::diag::serde_errors::{self, SerdeError};
use crate::diag::{Code, Diagnostic};
use crate::source::SourceText;

/// Parses `text` as `T`. On failure, returns one diagnostic with the file's line numbers
/// (`first_line` is the file line where `text` begins).
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    whole_file: &SourceText,
    first_line: usize,
) -> Result<T, Box<Diagnostic>> {
    parse_with(text, file, whole_file, first_line, Options::default())
}

fn parse_with<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    whole_file: &SourceText,
    first_line: usize,
    options: Options,
) -> Result<T, Box<Diagnostic>> {
    if let Some((line, col)) = indentation_tab(text) {
        return Err(Box::new(
            Diagnostic::error(
                Code::Yaml,
                file,
                "een tab in de YAML; YAML gebruikt alleen spaties om in te springen",
            )
            .at(line + first_line - 1, col)
            .hint("vervang de tab door spaties")
            .with_source(whole_file),
        ));
    }
    if let Some((line, col, tag)) = first_tag(text) {
        return Err(Box::new(
            Diagnostic::error(
                Code::YamlTag,
                file,
                format!("de YAML-tag '{tag}' wordt niet gebruikt in de inhoud"),
            )
            .at(line + first_line - 1, col)
            .hint("haal de tag weg en schrijf de waarde als gewone tekst; marke decodeert geen !!binary")
            .with_source(whole_file),
        ));
    }
    serde_saphyr::from_str_with_options::<T>(text, options)
        .map_err(|err| Box::new(translate(&err, file, whole_file, first_line)))
}

/// The first tag on any value, as (line, column, the tag as written). Text that does not
/// parse has no tag here: the real parse reports what is wrong with it.
fn first_tag(text: &str) -> Option<(usize, usize, String)> {
    // Only a `!` can start a tag, so text without one (nearly all content) skips the parse.
    if !text.contains('!') {
        return None;
    }
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        let tag = match event {
            Event::Scalar(_, _, _, tag)
            | Event::SequenceStart(_, _, tag)
            | Event::MappingStart(_, _, tag) => tag,
            _ => None,
        };
        if let Some(tag) = tag {
            let at = span.tag_start.unwrap_or(span.start);
            return Some((at.line(), at.col() + 1, tag.original()));
        }
    }
    None
}

/// The first tab used for indentation, as (line, column). The parser reports tabs at the end
/// of the previous token; contributors need the place of the tab itself.
fn indentation_tab(text: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(i, line)| {
        let indent = &line[..line.len() - line.trim_start().len()];
        indent
            .find('\t')
            .map(|col| (i + 1, indent[..col].chars().count() + 1))
    })
}

fn translate(err: &Error, file: &Path, whole_file: &SourceText, first_line: usize) -> Diagnostic {
    let (line, col) = err
        .location()
        .map_or((0, 0), |l| (l.line() as usize, l.column() as usize));
    let line = if line == 0 { 0 } else { line + first_line - 1 };
    let (message, hint) = match err {
        Error::DuplicateMappingKey { key, .. } => (
            format!(
                "het veld '{}' staat twee keer in hetzelfde onderdeel",
                key.as_deref().unwrap_or("?")
            ),
            "verwijder één van de twee, of voeg ze samen".to_owned(),
        ),
        _ => dutch(&raw_message(err)),
    };
    // The parser notices an unclosed quote only where the next quote closes it, often lines
    // later; point at the quote that opened the text instead.
    let (line, col) = if message == UNCLOSED_QUOTE {
        opening_quote(whole_file, first_line, line).unwrap_or((line, col))
    } else {
        (line, col)
    };
    Diagnostic::error(Code::Yaml, file, message)
        .at(line, col)
        .hint(hint)
        .with_source(whole_file)
}

const UNCLOSED_QUOTE: &str = "een aanhalingsteken wordt niet gesloten";

/// The last line at or above `line` (and not above `first_line`) with an odd number of `"`:
/// where a double-quoted text starts that no quote on its own line closes. Returns the line
/// and the column of that line's last quote.
fn opening_quote(text: &SourceText, first_line: usize, line: usize) -> Option<(usize, usize)> {
    (first_line.max(1)..=line).rev().find_map(|n| {
        let l = text.line(n)?;
        let quotes: Vec<usize> = l
            .match_indices('"')
            .map(|(i, _)| i)
            .filter(|&i| !l[..i].ends_with('\\'))
            .collect();
        let last = *quotes.last()?;
        (quotes.len() % 2 == 1).then(|| (n, l[..last].chars().count() + 1))
    })
}

/// The message without serde-saphyr's own location suffix and snippet.
fn raw_message(err: &Error) -> String {
    let text = err.without_snippet().to_string();
    let first = text.lines().next().unwrap_or("").to_owned();
    match first.rfind(" at line ") {
        Some(i) => first[..i].to_owned(),
        None => first,
    }
}

/// Translates the messages serde and the YAML parser produce.
fn dutch(msg: &str) -> (String, String) {
    let lower = msg.to_lowercase();
    match serde_errors::recognise(msg) {
        Some(SerdeError::UnknownField { field, .. }) => {
            return (
                format!("onbekend veld '{field}'"),
                format!(
                    "controleer de spelling; de velden staan in content/README.md{}",
                    suggestion(field)
                ),
            );
        }
        Some(SerdeError::MissingField(field)) => {
            return (
                format!("het verplichte veld '{field}' ontbreekt"),
                format!("voeg '{field}: ...' toe aan dit onderdeel"),
            );
        }
        Some(SerdeError::InvalidType { found, expected }) => {
            return (
                format!("verkeerd soort waarde: {found} gevonden, {expected} verwacht"),
                "kijk in content/README.md welk soort waarde dit veld heeft".to_owned(),
            );
        }
        None => {}
    }
    if let Some(rest) = msg.strip_prefix("duplicate mapping key: ") {
        let field = rest.split(',').next().unwrap_or("").trim();
        return (
            format!("het veld '{field}' staat twee keer in hetzelfde onderdeel"),
            "verwijder één van de twee, of voeg ze samen".to_owned(),
        );
    }
    if lower.contains("found a tab") {
        return (
            "een tab in de YAML; YAML gebruikt alleen spaties om in te springen".to_owned(),
            "vervang de tab door spaties".to_owned(),
        );
    }
    if lower.contains("unclosed quote") || lower.contains("quoted scalar") {
        return (
            UNCLOSED_QUOTE.to_owned(),
            "sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint".to_owned(),
        );
    }
    if let Some(kind) = msg.strip_prefix("invalid ") {
        let want = if kind.starts_with('i') || kind.starts_with('u') {
            "een heel getal"
        } else {
            kind
        };
        return (
            format!("verkeerd soort waarde: hier hoort {want}"),
            "kijk in content/README.md welk soort waarde dit veld heeft".to_owned(),
        );
    }
    if lower.starts_with("expected string scalar") {
        return (
            "verkeerd soort waarde: hier hoort tekst, geen lijst of velden".to_owned(),
            "schrijf de waarde op dezelfde regel, eventueel tussen aanhalingstekens".to_owned(),
        );
    }
    if lower.starts_with("expected mapping") {
        return (
            "hier horen velden (id:, type:, titel: ...)".to_owned(),
            "begin elk onderdeel met '- id: ...' en zet de velden eronder".to_owned(),
        );
    }
    if lower.starts_with("expected sequence") {
        return (
            "hier hoort een lijst".to_owned(),
            "schrijf een lijst als [a, b] of met '- ' voor elke regel".to_owned(),
        );
    }
    if lower.contains("end of") || lower.contains("eof") {
        return (
            "het bestand houdt onverwacht op".to_owned(),
            "controleer of alle lijsten, aanhalingstekens en haakjes gesloten zijn".to_owned(),
        );
    }
    if msg.starts_with("kommagetal") || msg.starts_with("ja/nee") {
        return (
            msg.to_owned(),
            "schrijf bijvoorbeeld code: \"1.10\"".to_owned(),
        );
    }
    if let Some(found) = PARSER_MESSAGES
        .iter()
        .find(|(english, _, _)| lower.contains(english))
    {
        let (_, text, hint) = found;
        let text = match msg.split_once("unexpected character: ") {
            Some((_, ch)) => format!("{text} ('{}')", ch.trim_matches(['`', '\'', ' '])),
            None => (*text).to_owned(),
        };
        return (text, (*hint).to_owned());
    }
    (
        format!("de YAML klopt hier niet (de YAML-lezer meldt: {msg})"),
        "controleer inspringing, dubbele punten en aanhalingstekens op deze regel".to_owned(),
    )
}

/// The YAML parser's own complaints that contributors actually make, as (part of the English
/// message, Dutch message, hint). Anything else falls back to a Dutch sentence that quotes the
/// parser, so no message is lost.
const PARSER_MESSAGES: &[(&str, &str, &str)] = &[
    (
        "mapping values are not allowed",
        "een dubbele punt op een plek waar geen nieuw veld kan beginnen",
        "zet tekst met een dubbele punt tussen aanhalingstekens, bijvoorbeeld titel: \"Zorg: thuis\", of controleer de inspringing",
    ),
    (
        "unexpected character",
        "een waarde mag niet met dit teken beginnen",
        "zet de hele waarde tussen aanhalingstekens, bijvoorbeeld titel: \"@thuis\"",
    ),
    (
        "unknown anchor",
        "een verwijzing (*naam) naar een anker (&naam) dat niet bestaat",
        "schrijf de waarde uit; de inhoud gebruikt geen ankers en verwijzingen",
    ),
    (
        "did not find expected key",
        "hier verwacht marke een veld ('naam: waarde') op dezelfde inspringing als de velden erboven",
        "controleer de inspringing en of er geen losse '- ' of tekst tussen de velden staat",
    ),
    (
        "did not find expected '-'",
        "hier verwacht marke het volgende element van de lijst ('- ...')",
        "laat elk element van de lijst beginnen met '- ' op dezelfde inspringing",
    ),
];

/// "Bedoelt u ...?" for a misspelt field name.
fn suggestion(field: &str) -> String {
    crate::diag::suggestions(field, crate::content::raw::FIELD_NAMES.iter().copied())
        .first()
        .map(|name| format!("; bedoelt u '{name}'?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_field_gets_a_suggestion() {
        let (msg, hint) = dutch("unknown field `samenvating`, expected one of `id`");
        assert_eq!(msg, "onbekend veld 'samenvating'");
        assert!(hint.contains("bedoelt u 'samenvatting'"), "{hint}");
    }

    #[test]
    fn parser_complaints_are_dutch_with_a_hint() {
        let (msg, hint) = dutch("unexpected character: `@'");
        assert_eq!(msg, "een waarde mag niet met dit teken beginnen ('@')");
        assert!(hint.contains("aanhalingstekens"), "{hint}");
        let (msg, _) = dutch("mapping values are not allowed in this context");
        assert!(msg.starts_with("een dubbele punt"), "{msg}");
        let (msg, _) = dutch("while parsing a block mapping, did not find expected key");
        assert!(msg.contains("verwacht marke een veld"), "{msg}");
    }

    #[test]
    fn an_unknown_complaint_is_quoted_in_a_dutch_sentence() {
        let (msg, _) = dutch("something new went wrong");
        assert_eq!(
            msg,
            "de YAML klopt hier niet (de YAML-lezer meldt: something new went wrong)"
        );
    }
}
