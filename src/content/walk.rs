//! Finds the content files: walks the folder, skips what is not content, reads the rest.
//!
//! Reading problems (unreadable file, symlink loop, not UTF-8, too large, empty) become
//! diagnostics here, so one bad file never hides the problems in the others. So do the two
//! problems that make a file unsafe to read or print: a symbolic link that leads out of the
//! content folder (`x.md -> /proc/self/environ` would put the environment, secrets and all,
//! in `check`'s output and on the website), which is never followed, and control characters
//! in the text ([`crate::control_chars`]).

use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use crate::control_chars;
use crate::diag::{Code, Diagnostic};
use crate::source::SourceText;

/// A file larger than this is refused: content files are small, and a huge file is almost
/// always a mistake (a PDF or a data dump committed by accident).
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// What a content file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Markdown,
    Yaml,
    /// `synoniemen.yaml` at the top of the content folder: synonyms for search, not items.
    Synonyms,
}

/// A content file that could be read as text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub kind: FileKind,
    pub text: SourceText,
    /// The text holds forbidden control characters (each already reported). The model does
    /// not report them a second time where they end up in a value.
    pub has_control_chars: bool,
}

/// Reports at most this many control characters per file: one is enough to find the rest.
const MAX_CONTROL_REPORTS: usize = 10;

/// Walks `root` and reads every content file, in a stable (sorted) order. Symbolic links
/// are followed only while they stay inside `root`.
pub fn read_all(root: &Path, diags: &mut Vec<Diagnostic>) -> Vec<SourceFile> {
    let mut files = Vec::new();
    let mut to_read: Vec<(PathBuf, FileKind)> = Vec::new();
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut outside: Vec<(PathBuf, PathBuf)> = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0
                || (!is_skipped(e.file_name().to_str().unwrap_or(""))
                    && stays_inside(e, &real_root, &mut outside))
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                diags.push(walk_error(root, &err));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let name = entry.file_name().to_str().unwrap_or("");
        let kind = if entry.depth() == 1 && name == super::synonyms::FILE {
            Some(FileKind::Synonyms)
        } else {
            kind_of(name)
        };
        let Some(kind) = kind else {
            if name != "README.md" {
                diags.push(
                    Diagnostic::warning(
                        Code::OnbekendBestand,
                        path,
                        "marke leest dit bestand niet: het is geen .md of .yaml",
                    )
                    .hint("geef het een naam die met _ begint als het hier moet blijven"),
                );
            }
            continue;
        };
        to_read.push((path.to_path_buf(), kind));
    }
    // Reading is a third of a load; each file on its own, so on all cores, kept in order.
    let read = crate::parallel::chunks_flat(&to_read, |part| {
        part.iter()
            .map(|(path, kind)| {
                let mut problems = Vec::new();
                (read_one(path, *kind, &mut problems), problems)
            })
            .collect()
    });
    for (file, problems) in read {
        diags.extend(problems);
        files.extend(file);
    }
    diags.extend(
        outside
            .iter()
            .map(|(link, target)| outside_error(link, target)),
    );
    files
}

/// Whether an entry lies inside the content folder once its links are resolved. A link that
/// leaves it is noted in `outside` (with where it points) and is neither read nor entered.
fn stays_inside(entry: &DirEntry, real_root: &Path, outside: &mut Vec<(PathBuf, PathBuf)>) -> bool {
    if !entry.path_is_symlink() {
        return true;
    }
    // A link that does not resolve is reported by the walk itself, as unreadable.
    let Ok(real) = entry.path().canonicalize() else {
        return true;
    };
    if real.starts_with(real_root) {
        return true;
    }
    let target = std::fs::read_link(entry.path()).unwrap_or(real);
    outside.push((entry.path().to_path_buf(), target));
    false
}

fn outside_error(link: &Path, target: &Path) -> Diagnostic {
    Diagnostic::error(
        Code::LinkBuitenInhoud,
        link,
        format!(
            "deze symbolische link wijst buiten de inhoudsmap (naar {}); marke leest hem niet",
            target.display()
        ),
    )
    .hint("zet het bestand zelf in de inhoudsmap, of verwijder de link")
}

/// Names that are never content: hidden files, notes (`_...`) and the format's own README.
fn is_skipped(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('_')
}

fn kind_of(name: &str) -> Option<FileKind> {
    if name == "README.md" {
        None
    } else if name.ends_with(".md") {
        Some(FileKind::Markdown)
    } else if name.ends_with(".yaml") || name.ends_with(".yml") {
        Some(FileKind::Yaml)
    } else {
        None
    }
}

fn walk_error(root: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err.path().unwrap_or(root);
    if let Some(ancestor) = err.loop_ancestor() {
        return Diagnostic::error(
            Code::Lus,
            path,
            format!(
                "een symbolische link wijst naar een map erboven ({}): dat is een lus",
                ancestor.display()
            ),
        )
        .hint("verwijder de link of laat hem naar een andere map wijzen")
        .io();
    }
    Diagnostic::error(
        Code::Onleesbaar,
        path,
        format!("kan dit niet lezen: {}", io_reason(err)),
    )
    .hint("controleer of het bestand bestaat en of u het mag lezen")
    .io()
}

fn io_reason(err: &walkdir::Error) -> String {
    match err.io_error().map(std::io::Error::kind) {
        Some(std::io::ErrorKind::PermissionDenied) => "geen toestemming".into(),
        Some(std::io::ErrorKind::NotFound) => "bestaat niet (meer)".into(),
        _ => err.to_string(),
    }
}

fn read_one(path: &Path, kind: FileKind, diags: &mut Vec<Diagnostic>) -> Option<SourceFile> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > MAX_FILE_BYTES {
        diags.push(
            Diagnostic::error(
                Code::TeGroot,
                path,
                format!(
                    "het bestand is te groot ({:.1} MB); de grens is {} MB",
                    size as f64 / 1_048_576.0,
                    MAX_FILE_BYTES / 1_048_576
                ),
            )
            .hint("splits de inhoud over meer bestanden, of haal het bestand uit content/"),
        );
        return None;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(err) => {
            let reason = if err.kind() == std::io::ErrorKind::PermissionDenied {
                "geen toestemming".to_owned()
            } else {
                err.to_string()
            };
            diags.push(
                Diagnostic::error(
                    Code::Onleesbaar,
                    path,
                    format!("kan het bestand niet lezen: {reason}"),
                )
                .hint("controleer de rechten van het bestand (chmod a+r)")
                .io(),
            );
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(err) => {
            let good = err.utf8_error().valid_up_to();
            let prefix =
                SourceText::new(String::from_utf8_lossy(&err.as_bytes()[..good]).into_owned());
            let (line, col) = prefix.line_col(good);
            diags.push(
                Diagnostic::error(Code::GeenUtf8, path, "het bestand is geen UTF-8-tekst")
                    .at(line, col)
                    .hint("sla het bestand op als UTF-8 (in VS Code: rechtsonder op de codering klikken)"),
            );
            return None;
        }
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    if text.trim().is_empty() {
        diags.push(
            Diagnostic::error(Code::Leeg, path, "het bestand is leeg")
                .at(1, 1)
                .hint("vul het bestand, of verwijder het"),
        );
        return None;
    }
    Some(SourceFile::new(path.to_path_buf(), kind, text, diags))
}

impl SourceFile {
    /// A file from text as the walk leaves it (no byte-order mark, not blank), with its
    /// control characters reported. Public so the fuzz targets (`fuzz/`) feed text the same
    /// way the walk does.
    pub fn new(path: PathBuf, kind: FileKind, text: String, diags: &mut Vec<Diagnostic>) -> Self {
        let text = SourceText::new(text);
        let has_control_chars = report_control_chars(&path, &text, diags);
        SourceFile {
            path,
            kind,
            text,
            has_control_chars,
        }
    }
}

/// One error per line that holds a forbidden control character (the first on that line),
/// up to [`MAX_CONTROL_REPORTS`]. Returns whether there were any.
fn report_control_chars(path: &Path, text: &SourceText, diags: &mut Vec<Diagnostic>) -> bool {
    let mut last_line = 0;
    let mut reported = 0;
    for (offset, c) in control_chars::forbidden(text) {
        let line = text.line_of(offset);
        if line == last_line {
            continue;
        }
        last_line = line;
        reported += 1;
        if reported > MAX_CONTROL_REPORTS {
            break;
        }
        let (line, col) = text.line_col(offset);
        let hint = if c == '\r' {
            "sla het bestand op met gewone regeleinden (LF of CRLF)"
        } else {
            "haal het teken weg: het kan een terminal besturen of tekst anders tonen dan hij is"
        };
        diags.push(
            Diagnostic::error(
                Code::Stuurteken,
                path,
                format!("{} in de tekst", control_chars::describe(c)),
            )
            .at(line, col)
            .with_source(text)
            .hint(hint),
        );
    }
    reported > 0
}
