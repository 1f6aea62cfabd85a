//! All diagnostics of one load (and, for `marke check`, the readability checks): how they
//! render, and the exit code they mean.
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
    /// A summary for a pull request (GitHub's job summary): counts and a table of problems.
    Markdown,
}

/// The outcome of a check.
#[derive(Debug, Serialize)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    pub errors: usize,
    pub warnings: usize,
    /// How many items were checked, for the closing line.
    #[serde(skip)]
    pub items: usize,
}

impl Report {
    /// Sorts the diagnostics by place, those that kept a file unread first (the rest may
    /// follow from them: [`crate::diag::Code::kept_a_file_unread`]), and counts them.
    pub fn new(mut diagnostics: Vec<Diagnostic>, items: usize) -> Self {
        diagnostics.sort_by(|a, b| order(a).cmp(&order(b)));
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Self {
            warnings: diagnostics.len() - errors,
            errors,
            diagnostics,
            items,
        }
    }

    /// The report with more diagnostics added, sorted and counted again.
    pub fn with(mut self, more: Vec<Diagnostic>) -> Self {
        self.diagnostics.extend(more);
        Self::new(self.diagnostics, self.items)
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

    pub fn render(&self, format: Format, color: bool) -> String {
        match format {
            Format::Human => self.render_human(color),
            Format::Json => {
                json_safe(&serde_json::to_string_pretty(self).unwrap_or_default())
                    + "
"
            }
            Format::Markdown => {
                let mut out = format!("## Controle van de inhoud\n\n{}\n\n", self.summary());
                out.push_str(&self.markdown_table());
                out
            }
            Format::Github => {
                let mut out: String = self
                    .diagnostics
                    .iter()
                    .map(|d| d.render_github() + "\n")
                    .collect();
                out.push_str(&self.summary());
                out.push('\n');
                out
            }
        }
    }

    /// The problems as a Markdown table (place, kind, message, hint), errors first; empty
    /// when there are none.
    pub fn markdown_table(&self) -> String {
        if self.diagnostics.is_empty() {
            return String::new();
        }
        let mut rows: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        rows.sort_by_key(|d| !d.is_error());
        let mut out = String::from("| plaats | soort | melding | tip |\n|---|---|---|---|\n");
        for d in rows {
            let kind = if d.is_error() { "fout" } else { "waarschuwing" };
            out.push_str(&format!(
                "| `{}` | {kind} | {} | {} |\n",
                markdown_cell(&d.location()).replace('`', "'"),
                markdown_cell(&d.message),
                markdown_cell(d.hint.as_deref().unwrap_or(""))
            ));
        }
        out.push('\n');
        out
    }

    fn render_human(&self, color: bool) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&d.render_human(color));
            out.push('\n');
        }
        out.push_str(&self.summary());
        out.push('\n');
        out
    }

    /// One closing line: "312 onderdelen gecontroleerd: 2 fouten, 1 waarschuwing".
    pub fn summary(&self) -> String {
        let items = self.items;
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

/// Text from content as one Markdown table cell: no line breaks, no `|` that ends the cell, no
/// HTML, no control characters. GitHub sanitises job summaries, but a cell must still not
/// change the table or pretend to be something else.
pub fn markdown_cell(text: &str) -> String {
    let one_line = crate::control_chars::one_line(text);
    let mut out = String::with_capacity(one_line.len());
    for c in one_line.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Where a diagnostic goes in a report: unread files first, then by file, line and column.
fn order(d: &Diagnostic) -> (bool, &Path, usize, usize) {
    (!d.code.kept_a_file_unread(), &d.file, d.line, d.column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    /// A file that could not be read loses its items, so links to them break too: the
    /// cause comes first, even when its file sorts after the files with the consequences.
    #[test]
    fn a_file_that_could_not_be_read_comes_before_what_follows_from_it() {
        let report = Report::new(
            vec![
                Diagnostic::error(Code::OnbekendeLink, Path::new("a.md"), "kapotte link").at(3, 1),
                Diagnostic::error(Code::Yaml, Path::new("z.yaml"), "aanhalingsteken").at(4, 9),
                Diagnostic::error(Code::OnbekendeLink, Path::new("b.md"), "kapotte link").at(1, 1),
            ],
            2,
        );
        let files: Vec<_> = report.diagnostics.iter().map(|d| d.file.clone()).collect();
        assert_eq!(
            files,
            ["z.yaml", "a.md", "b.md"].map(std::path::PathBuf::from)
        );
    }
}
