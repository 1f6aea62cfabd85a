//! `synoniemen.yaml`: groups of words that mean the same to the people who search, such as
//! "ouderen" and "65-plussers". Search (terminal and website) lets each word of a group find
//! texts that use another; see content/README.md for the format.
//!
//! Read here only, like every other content file, and checked as it is read: a group needs two
//! or more words, a word may not be empty, and a word may sit in one group only (else it is not
//! clear what it means). Each problem is a diagnostic at its line and column; a bad group is
//! left out, the good ones still count.

use serde::Deserialize;

use super::raw::S;
use super::walk::SourceFile;
use crate::diag::{Code, Diagnostic};

/// The file's name, at the top of the content folder.
pub const FILE: &str = "synoniemen.yaml";

/// One group as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    woorden: S<Vec<S<String>>>,
    /// Why these words mean the same here; for people, not for search.
    #[serde(default)]
    #[allow(dead_code)]
    uitleg: Option<String>,
}

/// The valid groups of the file, each word trimmed; a diagnostic for each problem.
pub fn parse(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Vec<Vec<String>> {
    let groups: Vec<RawGroup> = match super::yaml::parse(&file.text, &file.path, &file.text, 1) {
        Ok(g) => g,
        Err(diag) => {
            diags.push(*diag);
            return Vec::new();
        }
    };
    let error = |line: u64, col: u64, message: String, hint: &str| {
        Diagnostic::error(Code::Synoniem, &file.path, message)
            .at(line as usize, col as usize)
            .with_source(&file.text)
            .hint(hint)
    };
    // Each word seen so far, lowercased, with its line.
    let mut seen: Vec<(String, u64)> = Vec::new();
    let mut out = Vec::new();
    for group in groups {
        let at = group.woorden.referenced;
        let mut words = Vec::new();
        let mut ok = true;
        for word in &group.woorden.value {
            let (line, col) = (word.referenced.line(), word.referenced.column());
            let text = word.value.trim();
            if !text.chars().any(char::is_alphanumeric) {
                diags.push(error(
                    line,
                    col,
                    "een woord in deze groep is leeg".to_owned(),
                    "schrijf het woord, of haal het weg",
                ));
                ok = false;
                continue;
            }
            let key = text.to_lowercase();
            if let Some((_, first)) = seen.iter().find(|(w, _)| *w == key) {
                diags.push(error(
                    line,
                    col,
                    format!("'{text}' staat al in een groep (regel {first})"),
                    "zet elk woord in maar één groep; voeg de groepen samen als ze hetzelfde betekenen",
                ));
                ok = false;
                continue;
            }
            seen.push((key, line));
            words.push(text.to_owned());
        }
        if group.woorden.value.len() < 2 {
            diags.push(error(
                at.line(),
                at.column(),
                "deze groep heeft minder dan twee woorden".to_owned(),
                "zet twee of meer woorden in de groep die hetzelfde betekenen",
            ));
            ok = false;
        }
        if ok {
            out.push(words);
        }
    }
    out
}
