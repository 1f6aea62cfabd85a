//! `bron.regels` must point at lines a reader can find: each number inside the document, each
//! range written low to high, and nothing marke cannot read as a line number.
//!
//! A fact check found citations that miss the fact they cite; a number past the end of the
//! file is the one kind of such slip a tool can catch. The length of a document is the
//! `regels_totaal` of its `bron` item, or of the document it is `deel_van`, so a chapter
//! inherits it. Without a length only the form is checked. Problems are warnings: the content
//! still works, but a reader cannot check the fact.

use crate::diag::Diagnostic;
use crate::model::{Item, Model};

/// What can be wrong with one line number or range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Unreadable,
    FromZero,
    Backwards { first: u32, last: u32 },
    PastEnd { last: u32, total: u32 },
}

/// One warning per line number or range in `bron.regels` that a reader cannot follow.
pub fn check(model: &Model) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for item in model.items() {
        let Some(source) = &item.source else { continue };
        let Some(regels) = source.regels.as_deref() else {
            continue;
        };
        let sized = model
            .get(&source.document)
            .and_then(|d| with_length(model, d));
        let total = sized.and_then(|d| d.facts.regels_totaal);
        for part in regels.split(',').map(str::trim) {
            if let Some(p) = problem(part, total) {
                out.push(warning(item, sized, part, p));
            }
        }
    }
    out
}

/// The document itself if it gives its `regels_totaal`, else the nearest document it is part
/// of that does: the file whose lines are counted.
fn with_length<'a>(model: &'a Model, document: &'a Item) -> Option<&'a Item> {
    model
        .breadcrumb(document)
        .into_iter()
        .rev()
        .find(|d| d.facts.regels_totaal.is_some())
}

/// What is wrong with one part (`"718"` or `"718-810"`), if anything.
fn problem(part: &str, total: Option<u32>) -> Option<Problem> {
    let Some((first, last)) = parse(part) else {
        return Some(Problem::Unreadable);
    };
    match total {
        _ if first == 0 => Some(Problem::FromZero),
        _ if first > last => Some(Problem::Backwards { first, last }),
        Some(total) if last > total => Some(Problem::PastEnd { last, total }),
        _ => None,
    }
}

/// `"718"` → (718, 718); `"718-810"` (also with an en dash) → (718, 810); anything else → None.
fn parse(part: &str) -> Option<(u32, u32)> {
    let number = |s: &str| {
        let s = s.trim();
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    match part.split_once(['-', '–']) {
        Some((a, b)) => Some((number(a)?, number(b)?)),
        None => number(part).map(|n| (n, n)),
    }
}

/// The warning, at the `regels` value (or at the item when that place is unknown).
fn warning(item: &Item, document: Option<&Item>, part: &str, problem: Problem) -> Diagnostic {
    let form =
        "schrijf een regelnummer (\"718\") of een reeks (\"718-810\"), gescheiden door komma's";
    let (what, hint) = match problem {
        Problem::Unreadable => (
            format!("'{part}', maar dat is geen regelnummer of reeks"),
            form.to_owned(),
        ),
        Problem::FromZero => (
            format!("'{part}', maar de regels tellen vanaf 1"),
            form.to_owned(),
        ),
        Problem::Backwards { first, last } => (
            format!("de reeks '{part}', maar die loopt achteruit"),
            format!("schrijf het kleinste nummer eerst: \"{last}-{first}\""),
        ),
        Problem::PastEnd { last, total } => past_end(document, last, total),
    };
    let (line, column) = match item.source.as_ref().map(|s| s.regels_at) {
        Some(at) if at.0 > 0 => at,
        _ => (item.location.line, 0),
    };
    Diagnostic::warning(
        "bron-regels",
        &item.location.path,
        format!("'{}' noemt in bron.regels {what}", item.id),
    )
    .at(line, column)
    .hint(hint)
}

/// Message and hint for a line past the end: which document, which file to look in, and
/// where its length is written, since either number can be the wrong one. `document` is the
/// one whose length was used (for a chapter: the document it is part of).
fn past_end(document: Option<&Item>, last: u32, total: u32) -> (String, String) {
    let (id, file, written) = document.map_or(("?", "het bronbestand", ""), |d| {
        (
            d.id.as_str(),
            d.facts.bestand.as_deref().unwrap_or("het bronbestand"),
            d.location.rel_path.as_str(),
        )
    });
    (
        format!("regel {last}, maar '{id}' heeft maar {total} regels"),
        format!(
            "zoek het goede regelnummer op in {file}; het aantal regels (regels_totaal) staat bij '{id}' in {written}"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::{Problem, parse, problem};

    #[test]
    fn reads_single_lines_and_ranges() {
        assert_eq!(parse("718"), Some((718, 718)));
        assert_eq!(parse("718-810"), Some((718, 810)));
        assert_eq!(parse("718 – 810"), Some((718, 810)));
        assert_eq!(parse("718-"), None);
        assert_eq!(parse("regel 7"), None);
        assert_eq!(parse("-5"), None);
        assert_eq!(parse("99999999999"), None);
    }

    #[test]
    fn flags_ranges_outside_backwards_or_unreadable() {
        assert_eq!(problem("10-20", Some(20)), None);
        assert_eq!(problem("10-20", None), None);
        assert_eq!(
            problem("10-21", Some(20)),
            Some(Problem::PastEnd {
                last: 21,
                total: 20
            })
        );
        assert_eq!(
            problem("20-10", Some(30)),
            Some(Problem::Backwards {
                first: 20,
                last: 10
            })
        );
        assert_eq!(problem("0", Some(30)), Some(Problem::FromZero));
        assert_eq!(problem("p. 4", None), Some(Problem::Unreadable));
        assert_eq!(problem("", None), Some(Problem::Unreadable));
    }
}
