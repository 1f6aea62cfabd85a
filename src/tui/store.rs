//! The content folder as the browser reaches it: load it again after the editor, and record a
//! status update. The browser state never touches files; the event loop asks a [`Store`] and
//! hands the state the new model, or the problems as lines to show.
//!
//! Status updates go through [`crate::status::record`], the one writer `marke status` uses:
//! the same checks, the same line-preserving edit, the same atomic write.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::model::{Date, Model};
use crate::status::{self, Refusal, Request};

/// What the browser needs from outside to change content.
pub trait Store {
    /// The content loaded again; on errors, each as a line to show ("file:line:column:
    /// message").
    fn reload(&mut self) -> Result<Model, Vec<String>>;
    /// Records one status update and loads the result; nothing is written on a problem.
    fn record(&mut self, request: Request) -> Result<Model, Vec<String>>;
}

/// A content folder on disk; paths in messages relative to `cwd`.
pub struct ContentDir {
    pub dir: PathBuf,
    pub cwd: PathBuf,
    pub today: Date,
}

impl Store for ContentDir {
    fn reload(&mut self) -> Result<Model, Vec<String>> {
        Model::load(&self.dir, self.today)
            .valid()
            .map_err(|report| diag_lines(report.relative_to(&self.cwd).diagnostics))
    }

    fn record(&mut self, request: Request) -> Result<Model, Vec<String>> {
        let model = self.reload()?;
        match status::record(&self.dir, &model, self.today, &[request]) {
            Ok(_) => self.reload(),
            Err(refusal) => Err(refusal_lines(refusal, &self.cwd)),
        }
    }
}

/// Errors only, one line each with where and what, and the tip on the next line.
fn diag_lines(diags: Vec<Diagnostic>) -> Vec<String> {
    let mut out = Vec::new();
    for d in diags.into_iter().filter(Diagnostic::is_error) {
        out.push(format!("{}: {}", d.location(), d.message));
        if let Some(hint) = d.hint {
            out.push(format!("  tip: {hint}"));
        }
    }
    out
}

/// Why `marke status` would refuse, as lines for the browser.
fn refusal_lines(refusal: Refusal, cwd: &Path) -> Vec<String> {
    match refusal {
        Refusal::Requests(problems) => problems
            .into_iter()
            .flat_map(|(_, p)| [p.message, format!("  tip: {}", p.hint)])
            .collect(),
        Refusal::Check(diags) => {
            let rel = crate::diag::Report::new(diags, 0).relative_to(cwd);
            let mut out = diag_lines(rel.diagnostics);
            out.push(crate::tui::strings::WOULD_FAIL_CHECK.to_owned());
            out
        }
        Refusal::File(p) => vec![p.message, format!("  tip: {}", p.hint)],
    }
}
