//! Reading a content folder into a model: load, validate, report. Every command and every
//! test starts here, so "does this content load" has one answer.

use std::path::{Path, PathBuf};

use super::{Date, Model, build, future_updates};
use crate::content::ParseCache;
use crate::diag::Report;

/// A loaded model and the report of everything found on the way (loading, fields, links,
/// whole-model rules). The readability checks are not in it: `marke check` adds them.
#[derive(Debug)]
pub struct Checked {
    pub model: Model,
    pub report: Report,
}

impl Model {
    /// Reads `dir` (the content folder) and validates it as of `today` (a status update
    /// dated after it is an error; the model never reads the clock). Never fails: problems,
    /// including a folder that does not exist, are in the report.
    pub fn load(dir: &Path, today: Date) -> Checked {
        Self::load_with(dir, &[], today)
    }

    /// [`Model::load`] as the folder would be with each `(path, text)` of `replaced` written:
    /// how `marke status` checks an edit before anything touches the disk.
    pub fn load_with(dir: &Path, replaced: &[(PathBuf, String)], today: Date) -> Checked {
        Self::check(crate::content::load_with(dir, replaced), dir, today)
    }

    /// [`Model::load`] parsing only the files that changed since the last load with the same
    /// `cache` (see [`ParseCache`]): how `marke serve` reloads after an edit.
    pub fn load_cached(dir: &Path, cache: &mut ParseCache, today: Date) -> Checked {
        Self::check(crate::content::load_cached(dir, cache), dir, today)
    }

    fn check(loaded: crate::content::Loaded, dir: &Path, today: Date) -> Checked {
        let (model, mut diagnostics) = build(loaded, dir);
        diagnostics.extend(future_updates(&model, today));
        let report = Report::new(diagnostics, model.len());
        Checked { model, report }
    }
}

impl Checked {
    /// The model, if the content has no errors (warnings are fine); else the report, for
    /// the caller to show.
    pub fn valid(self) -> Result<Model, Report> {
        if self.report.errors > 0 {
            Err(self.report)
        } else {
            Ok(self.model)
        }
    }
}
