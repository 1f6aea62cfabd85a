//! `book.toml` problems as marke shows content problems: in Dutch, at file:line:column,
//! with the line and a hint. The TOML library's English ("unknown field `fout`, expected
//! `goed`") would be the one message in English a contributor meets.

use std::path::Path;

use crate::diag::serde_errors::{self, SerdeError};
use crate::diag::{Code, Diagnostic};
use crate::source::SourceText;

/// The error for `book.toml` at `path` with text `text` that `err` refused.
pub fn error(path: &Path, text: &str, err: &toml::de::Error) -> anyhow::Error {
    let source = SourceText::new(text.to_owned());
    let (line, column) = err
        .span()
        .map_or((0, 0), |span| source.line_col(span.start));
    let (message, hint) = dutch(err.message());
    let shown = Diagnostic::error(Code::BookToml, path, message)
        .at(line, column)
        .hint(hint)
        .with_source(&source)
        .render_human(false);
    // `main` puts "fout: " before every error.
    let shown = shown.strip_prefix("fout: ").unwrap_or(&shown).trim_end();
    anyhow::anyhow!("{shown}")
}

/// The message and hint for what the TOML library said.
fn dutch(msg: &str) -> (String, String) {
    let msg = msg.trim();
    match serde_errors::recognise(msg) {
        Some(SerdeError::UnknownField { field, expected }) => {
            let near = crate::diag::suggestions(field, expected.iter().copied());
            let allowed = expected
                .iter()
                .map(|e| format!("'{e}'"))
                .collect::<Vec<_>>()
                .join(", ");
            let hint = match near.first() {
                Some(name) => format!("bedoelt u '{name}'? Hier kan: {allowed}"),
                None if expected.is_empty() => {
                    "verwijder deze sleutel; de sleutels staan in README.md".to_owned()
                }
                None => format!("hier kan: {allowed}"),
            };
            (format!("onbekende sleutel '{field}'"), hint)
        }
        Some(SerdeError::MissingField(field)) => (
            format!("de sleutel '{field}' ontbreekt"),
            format!("voeg '{field} = ...' toe"),
        ),
        Some(SerdeError::InvalidType { found, expected }) => (
            format!("verkeerd soort waarde: {found} gevonden, {expected} verwacht"),
            "tekst staat tussen aanhalingstekens, een getal zonder (20), een lijst tussen [ ], ja/nee is true of false"
                .to_owned(),
        ),
        None if msg.starts_with("duplicate key") => (
            "deze sleutel staat twee keer in book.toml".to_owned(),
            "verwijder één van de twee".to_owned(),
        ),
        None => (
            format!("book.toml is hier geen geldige TOML (de TOML-lezer meldt: {msg})"),
            "controleer de aanhalingstekens, het '=' tussen sleutel en waarde en de [kopjes]"
                .to_owned(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::dutch;

    #[test]
    fn a_misspelt_key_gets_the_allowed_ones_and_a_suggestion() {
        let (msg, hint) = dutch("unknown field `titel`, expected one of `title`, `description`");
        assert_eq!(msg, "onbekende sleutel 'titel'");
        assert!(hint.starts_with("bedoelt u 'title'?"), "{hint}");
        assert!(hint.contains("'description'"), "{hint}");
        let (_, hint) = dutch("unknown field `fout`, expected `goed`");
        assert_eq!(hint, "hier kan: 'goed'");
    }

    #[test]
    fn a_syntax_error_is_a_dutch_sentence_that_quotes_the_reader() {
        let (msg, hint) = dutch("invalid basic string, expected `\"`");
        assert!(
            msg.starts_with("book.toml is hier geen geldige TOML"),
            "{msg}"
        );
        assert!(msg.contains("invalid basic string"), "{msg}");
        assert!(hint.contains("aanhalingstekens"), "{hint}");
    }
}
