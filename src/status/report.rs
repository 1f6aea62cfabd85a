//! What `marke status` tells the user: per update what changed and which files were
//! written, or per problem what is wrong and how to fix it. Text only; the command prints it.

use std::path::{Path, PathBuf};

use super::{Problem, Recorded};

/// "fout: voortgang.csv regel 3: ..." with a tip per problem, and, for a spreadsheet, that
/// nothing was written.
pub fn problems(file: Option<&Path>, problems: &[(usize, Problem)]) -> String {
    let mut out = String::new();
    for (row, p) in problems {
        let place = match (file, row) {
            (Some(f), 0) => format!("{}: ", f.display()),
            (Some(f), r) => format!("{} regel {r}: ", f.display()),
            (None, _) => String::new(),
        };
        out.push_str(&format!(
            "fout: {place}{}\n  = tip: {}\n",
            p.message, p.hint
        ));
    }
    if file.is_some() {
        let what = if problems.len() == 1 {
            "dit probleem".to_owned()
        } else {
            format!("deze {} problemen", problems.len())
        };
        out.push_str(&format!(
            "Er is niets geschreven: los {what} op en lees het bestand opnieuw in.\n"
        ));
    }
    out
}

/// One line per update ("regel 2: 2.1.1.A …: onbekend → lopend (2026-11-16)"), its note, and
/// the files written, relative to `cwd`.
pub fn done(done: &[Recorded], cwd: &Path) -> String {
    let mut out = String::new();
    let mut files: Vec<PathBuf> = Vec::new();
    for r in done {
        let u = &r.update;
        if r.row > 0 {
            out.push_str(&format!("regel {}: ", r.row));
        }
        out.push_str(&format!(
            "{}: {} → {} ({})\n",
            r.label,
            r.from.name(),
            u.status.name(),
            u.datum
        ));
        if let Some(note) = &u.toelichting {
            out.push_str(&format!("  toelichting: {note}\n"));
        }
        let shown = r.file.strip_prefix(cwd).unwrap_or(&r.file).to_path_buf();
        if !files.contains(&shown) {
            files.push(shown);
        }
    }
    for f in &files {
        out.push_str(&format!("bijgewerkt: {}\n", f.display()));
    }
    out
}
