//! Diagnostics: one problem in the content, with where it is and how to fix it.
//!
//! Every stage that reads content (the loader, the model builder, the checks) reports
//! problems as [`Diagnostic`]s instead of failing on the first one, so `marke check` can show
//! a contributor *all* problems in one run. Rendering lives here too, because the three
//! formats (human, JSON, GitHub annotations) must agree on what a problem is. Messages,
//! file names and quoted lines come from content, so every format escapes what could steer a
//! terminal or start a line of its own ([`crate::control_chars`]).

pub mod codes;
pub mod report;
pub mod serde_errors;

pub use codes::Code;
pub use report::{Format, Report, markdown_cell};

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::control_chars;
use crate::source::SourceText;

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
    pub fn with_source(mut self, src: &SourceText) -> Self {
        if self.line > 0 {
            self.excerpt = src.line(self.line).map(str::to_owned);
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

    /// The human form: message, location, excerpt with a caret, hint. Each part is escaped
    /// to one line, so a control character or a newline in content or in a file name is shown
    /// (`\u{1b}`) instead of acting on the terminal or starting a line such as `::error`.
    pub fn render_human(&self, color: bool) -> String {
        let (label, paint) = match self.severity {
            Severity::Fout => ("fout", "\x1b[1;31m"),
            Severity::Waarschuwing => ("waarschuwing", "\x1b[1;33m"),
        };
        let (on, off) = if color { (paint, "\x1b[0m") } else { ("", "") };
        let mut out = format!(
            "{on}{label}{off}: {}\n  --> {}\n",
            control_chars::one_line(&self.message),
            control_chars::one_line(&self.location())
        );
        if let Some(line) = &self.excerpt {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            let shown = control_chars::one_line(line).replace('\t', "→");
            let _ = writeln!(out, "{pad} |\n{num} | {shown}");
            if self.column > 0 {
                let before: String = line.chars().take(self.column - 1).collect();
                let caret_pad: String = control_chars::one_line(&before)
                    .chars()
                    .map(|c| if c == '\t' { '→' } else { ' ' })
                    .collect();
                let _ = writeln!(out, "{pad} | {caret_pad}{on}^{off}");
            }
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "  = tip: {}", control_chars::one_line(hint));
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

/// GitHub's escaping of a workflow command's message (`%`, CR, LF), after the other control
/// characters are made visible: GitHub's log shows escape codes as colours.
fn escape_data(s: &str) -> String {
    control_chars::lines(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// What a misspelt id or field name may have meant, nearest first, for a "bedoelt u ...?"
/// hint. One rule everywhere: at most a quarter of the letters differ (one to three edits;
/// two letters swapped count as one, so `titel` finds `title`), or the candidate contains
/// what was typed (from four letters on: `netwerk` finds
/// `netwerkaanpak`).
pub fn suggestions<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut near = nearest(wrong, candidates, |c| vec![c.to_owned()]);
    near.dedup();
    near
}

/// [`suggestions`] for things that go by more than one name (an afspraak by its code and its
/// id): each candidate counts with its nearest name; ties go by that name, so the order never
/// depends on the order of the candidates.
pub fn nearest<T: Copy>(
    wrong: &str,
    candidates: impl IntoIterator<Item = T>,
    names: impl Fn(T) -> Vec<String>,
) -> Vec<T> {
    let max = (wrong.chars().count() / 4).clamp(1, 3);
    let long_enough = wrong.chars().count() >= 4;
    let mut near: Vec<(usize, String, T)> = candidates
        .into_iter()
        .filter_map(|c| {
            names(c)
                .into_iter()
                .filter(|n| n != wrong)
                .map(|n| (strsim::osa_distance(wrong, &n), n))
                .filter(|(d, n)| *d <= max || (long_enough && n.contains(wrong)))
                .min()
                .map(|(d, n)| (d, n, c))
        })
        .collect();
    near.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    near.into_iter().map(|(_, _, c)| c).collect()
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
        .with_source(&"- id: a\n  foo: 1\n".into());
        let out = d.render_human(false);
        assert!(out.contains("content/a.yaml:2:3"), "{out}");
        assert!(out.contains("2 |   foo: 1"), "{out}");
        assert!(out.contains("  |   ^"), "{out}");
        assert!(out.contains("tip: verwijder het veld"), "{out}");
    }

    #[test]
    fn control_characters_and_newlines_are_shown_not_sent_to_the_terminal() {
        let d = Diagnostic::error(
            Code::Yaml,
            Path::new("a\n::error file=b.md"),
            "titel \u{1b}[2J",
        )
        .at(1, 3)
        .with_source(&"a\u{1b}]0;x\u{7}b\n".into());
        let out = d.render_human(false);
        assert!(!out.contains(['\u{1b}', '\u{7}']), "{out:?}");
        assert!(!out.lines().any(|l| l.starts_with("::")), "{out}");
        assert!(out.contains("--> a\\u{a}::error file=b.md:1:3"), "{out}");
        assert!(out.contains("1 | a\\u{1b}]0;x\\u{7}b"), "{out}");
        assert!(
            out.contains("  |        ^"),
            "the caret stays under the character: {out}"
        );
        let gh = d.render_github();
        assert_eq!(gh.lines().count(), 1, "{gh}");
        assert!(!gh.contains('\u{1b}'), "{gh:?}");
        assert!(
            gh.starts_with("::error file=a%0A%3A%3Aerror file=b.md,"),
            "{gh}"
        );
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
}
