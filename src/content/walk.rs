//! Finds the content files: walks the folder, skips what is not content, reads the rest.
//!
//! Reading problems (unreadable file, symlink loop, not UTF-8, too large, empty) become
//! diagnostics here, so one bad file never hides the problems in the others.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diag::{Code, Diagnostic};

/// A file larger than this is refused: content files are small, and a huge file is almost
/// always a mistake (a PDF or a data dump committed by accident).
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// What a content file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Markdown,
    Yaml,
}

/// A content file that could be read as text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub kind: FileKind,
    pub text: String,
}

/// Walks `root` and reads every content file, in a stable (sorted) order.
pub fn read_all(root: &Path, diags: &mut Vec<Diagnostic>) -> Vec<SourceFile> {
    let mut files = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_skipped(e.file_name().to_str().unwrap_or("")));
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
        let Some(kind) = kind_of(name) else {
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
        if let Some(file) = read_one(path, kind, diags) {
            files.push(file);
        }
    }
    files
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
            let prefix = String::from_utf8_lossy(&err.as_bytes()[..good]).into_owned();
            let (line, col) = crate::diag::line_col(&prefix, prefix.len());
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
    Some(SourceFile {
        path: path.to_path_buf(),
        kind,
        text,
    })
}
