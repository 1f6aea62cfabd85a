//! `marke check`: everything a contributor must fix before publishing, in one run.
//!
//! In: the diagnostics of loading and building the model, plus the model itself for the
//! rules that look across items. Out: a [`Report`] that renders as text, JSON or GitHub
//! annotations and decides the exit code. Nothing here prints.

pub mod readability;
pub mod report;
mod source_lines;

pub use report::{Format, Report};

use crate::config::Leesbaarheid;
use crate::diag::Diagnostic;
use crate::model::Model;

/// Runs the cross-item rules and the readability checks, and collects everything into a
/// report. Readability (skipped with `None`) waits until the content loads without errors:
/// its line numbers and terms are only trustworthy in a valid model.
pub fn run(
    model: &Model,
    mut diagnostics: Vec<Diagnostic>,
    leesbaarheid: Option<&Leesbaarheid>,
) -> Report {
    diagnostics.extend(rules(model));
    if let Some(cfg) = leesbaarheid
        && !diagnostics.iter().any(Diagnostic::is_error)
    {
        diagnostics.extend(readability::check(model, cfg));
    }
    Report::new(diagnostics)
}

/// Rules that need the whole model. Per-item and link rules live in `model::build`.
fn rules(model: &Model) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if model.get(crate::model::DROOM_ID).is_none() && !model.is_empty() {
        out.push(
            Diagnostic::warning(
                "geen-droom",
                std::path::Path::new("content"),
                "er is geen onderdeel met id 'drentse-droom'",
            )
            .hint("de Drentse Droom is het begin van de navigatie; maak content/droom/drentse-droom.md"),
        );
    }
    out.extend(source_lines::check(model));
    out
}
