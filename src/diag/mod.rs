//! Diagnostics: one problem in the content, with where it is and how to fix it.
//!
//! Every stage that reads content (the loader, the model builder, the checks) reports
//! problems as [`Diagnostic`]s instead of failing on the first one, so `marke check` can show
//! a contributor *all* problems in one run. Rendering lives here too, because the three
//! formats (human, JSON, GitHub annotations) must agree on what a problem is.

pub mod codes;
pub mod report;

pub use codes::Code;
pub use report::{Format, Report};

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How bad a problem is. Errors block publishing; warnings only inform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Waarschuwing,
    Fout,
}

/// Whether a problem is in the content (exit 1) or in reading the disk (exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    Inhoud,
    Schijf,
}

/// One problem, pointing at a file, line and column (both 1-based; 0 = unknown).
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub origin: Origin,
    /// What kind of problem; in JSON its name, e.g. `onbekende-link`.
    pub code: Code,
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
    /// The source line the problem points at, for the excerpt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, file: &Path, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Fout,
            origin: Origin::Inhoud,
            code,
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            message: message.into(),
            hint: None,
            excerpt: None,
        }
    }

    pub fn warning(code: Code, file: &Path, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Waarschuwing,
            ..Self::error(code, file, message)
        }
    }

    /// Marks the problem as disk trouble rather than bad content.
    pub fn io(mut self) -> Self {
        self.origin = Origin::Schijf;
        self
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Fills the excerpt from the file's text, if the line exists.
    pub fn with_source(mut self, text: &str) -> Self {
        if self.line > 0 {
            self.excerpt = text.lines().nth(self.line - 1).map(str::to_owned);
        }
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Fout
    }

    /// `file:line:column`, leaving out what is unknown.
    pub fn location(&self) -> String {
        let file = self.file.display();
        match (self.line, self.column) {
            (0, _) => format!("{file}"),
            (l, 0) => format!("{file}:{l}"),
            (l, c) => format!("{file}:{l}:{c}"),
        }
    }

    /// The human form: message, location, excerpt with a caret, hint.
    pub fn render_human(&self, color: bool) -> String {
        let (label, paint) = match self.severity {
            Severity::Fout => ("fout", "\x1b[1;31m"),
            Severity::Waarschuwing => ("waarschuwing", "\x1b[1;33m"),
        };
        let (on, off) = if color { (paint, "\x1b[0m") } else { ("", "") };
        let mut out = format!(
            "{on}{label}{off}: {}\n  --> {}\n",
            self.message,
            self.location()
        );
        if let Some(line) = &self.excerpt {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            let shown = line.replace('\t', "→");
            let _ = writeln!(out, "{pad} |\n{num} | {shown}");
            if self.column > 0 {
                let caret_pad: String = line
                    .chars()
                    .take(self.column.saturating_sub(1))
                    .map(|c| if c == '\t' { '→' } else { ' ' })
                    .collect();
                let _ = writeln!(out, "{pad} | {caret_pad}{on}^{off}");
            }
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "  = tip: {hint}");
        }
        out
    }

    /// A GitHub Actions workflow command, so the problem shows in the pull request.
    pub fn render_github(&self) -> String {
        let level = match self.severity {
            Severity::Fout => "error",
            Severity::Waarschuwing => "warning",
        };
        let mut msg = self.message.clone();
        if let Some(h) = &self.hint {
            msg.push_str(" (tip: ");
            msg.push_str(h);
            msg.push(')');
        }
        format!(
            "::{level} file={},line={},col={},title=marke check::{}",
            escape_property(&self.file.display().to_string()),
            self.line.max(1),
            self.column.max(1),
            escape_data(&msg)
        )
    }
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Turns a byte offset in `text` into a 1-based line and column (in characters).
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// What a misspelt id or field name may have meant, nearest first, for a "bedoelt u ...?"
/// hint. One rule everywhere: at most a quarter of the letters differ (one to three edits),
/// or the candidate contains what was typed (from four letters on: `netwerk` finds
/// `netwerkaanpak`).
pub fn suggestions<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let max = (wrong.chars().count() / 4).clamp(1, 3);
    let long_enough = wrong.chars().count() >= 4;
    let mut near: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter(|c| *c != wrong)
        .map(|c| (strsim::levenshtein(wrong, c), c))
        .filter(|(d, c)| *d <= max || (long_enough && c.contains(wrong)))
        .collect();
    near.sort_unstable();
    near.dedup();
    near.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_output_shows_location_excerpt_and_hint() {
        let d = Diagnostic::error(
            Code::Yaml,
            Path::new("content/a.yaml"),
            "onbekend veld 'foo'",
        )
        .at(2, 3)
        .hint("verwijder het veld")
        .with_source("- id: a\n  foo: 1\n");
        let out = d.render_human(false);
        assert!(out.contains("content/a.yaml:2:3"), "{out}");
        assert!(out.contains("2 |   foo: 1"), "{out}");
        assert!(out.contains("  |   ^"), "{out}");
        assert!(out.contains("tip: verwijder het veld"), "{out}");
    }

    #[test]
    fn github_annotation_escapes_newlines_and_commas() {
        let d = Diagnostic::warning(Code::Wees, Path::new("a,b.md"), "regel 1\nregel 2").at(4, 1);
        let out = d.render_github();
        assert_eq!(
            out,
            "::warning file=a%2Cb.md,line=4,col=1,title=marke check::regel 1%0Aregel 2"
        );
    }

    #[test]
    fn suggestions_allow_a_quarter_of_the_letters_or_a_part() {
        let ids = [
            "drentse-droom",
            "netwerkaanpak",
            "ggd-drenthe",
            "gezonde-jeugd",
        ];
        assert_eq!(suggestions("drentse-drom", ids), ["drentse-droom"]);
        assert_eq!(suggestions("ggd-drente", ids), ["ggd-drenthe"]);
        assert_eq!(suggestions("netwerk", ids), ["netwerkaanpak"]);
        assert!(suggestions("xyz", ids).is_empty());
        assert!(
            suggestions("ggd", ids).is_empty(),
            "too short to match a part"
        );
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        assert_eq!(line_col("één\ntwee", 5), (1, 4));
        assert_eq!(line_col("één\ntwee", 6), (2, 1));
    }
}
