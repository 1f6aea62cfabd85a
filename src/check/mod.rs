//! `marke check`: everything a contributor must fix before publishing, in one run.
//!
//! Loading and validating (see [`crate::model::Model::load`]) already reports every problem
//! in the files, the fields and the links; this adds the readability checks (B1) on top.
//! Nothing here prints.

pub mod readability;
pub mod spelling;

use crate::config::Leesbaarheid;
use crate::diag::Report;
use crate::model::Model;

/// Adds the readability warnings to the report of a load. They wait until the content loads
/// without errors: their line numbers and terms are only trustworthy in a valid model.
pub fn run(model: &Model, report: Report, leesbaarheid: &Leesbaarheid) -> Report {
    if report.errors > 0 {
        return report;
    }
    report.with(readability::check(model, leesbaarheid))
}

/// `f` over every item of `items`, on the cores ([`crate::parallel::chunks`]); the order of
/// the items is kept, so the output does not depend on the number of threads.
pub(crate) fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> Vec<R> + Sync,
) -> Vec<R> {
    crate::parallel::chunks_flat(items, |part| part.iter().flat_map(&f).collect::<Vec<R>>())
}
