//! clap's errors in Dutch. clap's own sentences ("unexpected argument", "Usage:") are never
//! printed: [`error`] writes a message from the error's kind and context, with a tip and the
//! usage line of the command that went wrong. Help and the version pass through as clap
//! renders them from the Dutch command ([`super::dutch`]).

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Parsed;
use super::dutch::english_tags;
use crate::control_chars::one_line;

/// Help and version as printed: clap's text, ending in one newline.
fn printed(e: &clap::Error) -> String {
    let mut text = english_tags(&e.render().to_string());
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// A clap error as marke says it: help and version as they are, mistakes in Dutch with a tip
/// and the usage line. Exit code 2, like every mistake in how marke is called.
pub fn error(e: &clap::Error) -> Parsed {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            return Parsed::Exit {
                text: printed(e),
                error: false,
                code: 0,
            };
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return Parsed::Exit {
                text: format!("fout: geef een opdracht\n\n{}", printed(e)),
                error: true,
                code: 2,
            };
        }
        _ => {}
    }
    let (message, tip) = message(e);
    let mut text = format!("fout: {message}\n");
    if let Some(tip) = tip {
        text.push_str(&format!("  = tip: {tip}\n"));
    }
    if let Some(usage) = usage(e) {
        let command: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<', '-']))
            .collect();
        text.push_str(&format!(
            "Gebruik: {usage}\nMeer uitleg: '{} --help'\n",
            command.join(" ")
        ));
    }
    Parsed::Exit {
        text,
        error: true,
        code: 2,
    }
}

/// The usage line of the command that went wrong, without clap's "Usage:".
fn usage(e: &clap::Error) -> Option<String> {
    match e.get(ContextKind::Usage)? {
        ContextValue::StyledStr(s) => {
            let s = s.to_string();
            let s = s.trim().trim_start_matches("Usage:").trim();
            Some(english_tags(s))
        }
        _ => None,
    }
}

/// The message and the tip for one error, from its kind and context.
fn message(e: &clap::Error) -> (String, Option<String>) {
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .find_map(|kind| list(e, kind))
        .map(|names| format!("bedoelt u {}?", or_list(&names)));
    match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            (format!("{arg} heeft een waarde nodig"), valid_values(e))
        }
        ErrorKind::InvalidValue => (
            format!("'{value}' is geen geldige waarde voor {arg}"),
            valid_values(e).or(suggested),
        ),
        ErrorKind::ValueValidation => {
            // Our own parsers explain in Dutch; a number parsed by Rust explains in English.
            let why = std::error::Error::source(e)
                .map(|s| match s.downcast_ref::<std::num::ParseIntError>() {
                    Some(_) => "geef een heel getal, zoals 3000".to_owned(),
                    None => one_line(&s.to_string()).into_owned(),
                })
                .unwrap_or_default();
            (
                format!("'{value}' is geen geldige waarde voor {arg}"),
                (!why.is_empty()).then_some(why),
            )
        }
        ErrorKind::UnknownArgument if arg.starts_with('-') => (
            format!("onbekende optie '{arg}'"),
            suggested.or(Some("'--help' toont de opties".to_owned())),
        ),
        ErrorKind::UnknownArgument => (
            format!("onverwacht argument '{arg}'"),
            suggested.or(Some(
                "zet tekst met spaties tussen aanhalingstekens".to_owned(),
            )),
        ),
        ErrorKind::InvalidSubcommand => {
            let name = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            (
                format!("onbekende opdracht '{name}'"),
                suggested.or(Some("'marke --help' toont alle opdrachten".to_owned())),
            )
        }
        ErrorKind::NoEquals => (format!("schrijf {arg}=WAARDE"), None),
        ErrorKind::TooManyValues => (format!("te veel waarden voor {arg}: '{value}'"), None),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            (format!("{arg} heeft meer waarden nodig"), None)
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(e, ContextKind::PriorArg);
            let message = match prior {
                Some(p) if p != arg => format!("{arg} kan niet samen met {p}"),
                _ => format!("{arg} mag maar één keer"),
            };
            (message, None)
        }
        ErrorKind::MissingRequiredArgument => (format!("dit ontbreekt: {arg}"), None),
        ErrorKind::MissingSubcommand => (
            "geef een opdracht".to_owned(),
            Some("'marke --help' toont alle opdrachten".to_owned()),
        ),
        ErrorKind::InvalidUtf8 => (
            "een argument is geen geldige tekst (UTF-8)".to_owned(),
            None,
        ),
        _ => (
            "de opdracht klopt niet".to_owned(),
            Some("'marke --help' toont hoe het wel moet".to_owned()),
        ),
    }
}

fn valid_values(e: &clap::Error) -> Option<String> {
    list(e, ContextKind::ValidValue).map(|v| format!("kies uit {}", or_list(&v)))
}

/// One piece of the error's context as text (a list joined with commas), escaped.
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    list(e, kind).map(|v| v.join(", "))
}

/// One piece of the error's context as a list of texts, escaped.
fn list(e: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    let texts = match e.get(kind)? {
        ContextValue::String(s) => vec![s.clone()],
        ContextValue::Strings(v) => v.clone(),
        ContextValue::StyledStr(s) => vec![s.to_string()],
        ContextValue::StyledStrs(v) => v.iter().map(ToString::to_string).collect(),
        ContextValue::Number(n) => vec![n.to_string()],
        _ => return None,
    };
    (!texts.is_empty()).then(|| texts.iter().map(|t| one_line(t).into_owned()).collect())
}

/// "'serve' of 'search'", "'a', 'b' of 'c'".
fn or_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} of {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}
