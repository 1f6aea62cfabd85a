//! Rendering a check's diagnostics, and the exit code they mean.
//!
//! Exit codes follow ripgrep's idea of one place that decides: 0 clean or warnings only,
//! 1 content errors, 2 trouble reading the disk.

use std::path::Path;

use serde::Serialize;

use crate::diag::{Diagnostic, Origin};

/// JSON as serde writes it, with the control characters it leaves as they are (DEL, C1,
/// bidi overrides; it escapes only those below U+0020) written as `\uXXXX` too: the JSON
/// means the same, and a terminal that shows it is not steered by it.
fn json_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if crate::control_chars::is_forbidden(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Output formats of `marke check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
}

/// The outcome of a check.
#[derive(Debug, Serialize)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub errors: usize,
    pub warnings: usize,
}

impl Report {
    pub fn new(mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Self {
            warnings: diagnostics.len() - errors,
            errors,
            diagnostics,
        }
    }

    /// 0 when only warnings, 1 with content errors, 2 when the disk could not be read.
    pub fn exit_code(&self) -> u8 {
        if self
            .diagnostics
            .iter()
            .any(|d| d.is_error() && d.origin == Origin::Schijf)
        {
            2
        } else if self.errors > 0 {
            1
        } else {
            0
        }
    }

    /// Shows paths relative to `base` (the current folder), as editors and CI expect.
    pub fn relative_to(mut self, base: &Path) -> Self {
        for d in &mut self.diagnostics {
            if let Ok(rel) = d.file.strip_prefix(base) {
                d.file = rel.to_path_buf();
            }
        }
        self
    }

    pub fn render(&self, format: Format, color: bool, items: usize) -> String {
        match format {
            Format::Human => self.render_human(color, items),
            Format::Json => {
                json_safe(&serde_json::to_string_pretty(self).unwrap_or_default()) + "\n"
            }
            Format::Github => {
                let mut out: String = self
                    .diagnostics
                    .iter()
                    .map(|d| d.render_github() + "\n")
                    .collect();
                out.push_str(&self.summary(items));
                out.push('\n');
                out
            }
        }
    }

    fn render_human(&self, color: bool, items: usize) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&d.render_human(color));
            out.push('\n');
        }
        out.push_str(&self.summary(items));
        out.push('\n');
        out
    }

    /// One closing line: "312 onderdelen gecontroleerd: 2 fouten, 1 waarschuwing".
    pub fn summary(&self, items: usize) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        if self.errors == 0 && self.warnings == 0 {
            return format!(
                "{} gecontroleerd: alles in orde.",
                plural(items, "onderdeel", "onderdelen")
            );
        }
        format!(
            "{} gecontroleerd: {}, {}.",
            plural(items, "onderdeel", "onderdelen"),
            plural(self.errors, "fout", "fouten"),
            plural(self.warnings, "waarschuwing", "waarschuwingen")
        )
    }
}
