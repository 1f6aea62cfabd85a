//! `marke build`: check where the website goes, load and validate the content, then write
//! the website.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::Workspace;
use crate::site::{self, target};

pub fn run(ws: &Workspace, out: Option<PathBuf>, search: bool) -> Result<u8> {
    let origin = match out {
        Some(_) => target::Origin::CommandLine,
        None => target::Origin::BookToml {
            build_dir: ws.config.build.build_dir.clone(),
            root: ws.config.root.clone(),
        },
    };
    let mut opts = site::Options::from_config(&ws.config, out.as_deref(), ws.today);
    target::check_placement(&opts.out, &origin, &guarded(ws))?;
    target::check_replaceable(&opts.out)?;
    let Some(model) = ws.load_valid() else {
        return Ok(1);
    };
    opts.search = search;
    let report = site::build(&model, &opts)?;
    let steps: Vec<String> = report
        .timings
        .iter()
        .map(|(name, d)| format!("{name} {} ms", d.as_millis()))
        .collect();
    println!(
        "Website gebouwd in {}: {} pagina's, {} bestanden, {} ms ({}).",
        crate::control_chars::one_line(&opts.out.display().to_string()),
        report.pages,
        report.files,
        report.total().as_millis(),
        steps.join(", ")
    );
    Ok(0)
}

/// What the website must never replace: the content, the theme, `book.toml`, the current
/// folder, and the git repository around the current folder or the project.
fn guarded(ws: &Workspace) -> Vec<target::Guarded> {
    use target::Guarded;
    let root = &ws.config.root;
    let mut guarded = vec![
        Guarded::new("de inhoudsmap", &ws.content_dir, true),
        Guarded::new("het thema", &ws.config.theme_dir(), true),
        Guarded::new("book.toml", &root.join(crate::config::FILE_NAME), false),
        Guarded::new("de huidige map", &ws.cwd, false),
    ];
    for start in [&ws.cwd, root] {
        if let Some(git) = nearest_git(start) {
            guarded.push(Guarded::new("een git-repository (.git)", &git, true));
        }
    }
    guarded
}

/// The `.git` (a folder, or a file in a worktree) of the repository `start` lies in.
fn nearest_git(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(".git"))
        .find(|p| std::fs::symlink_metadata(p).is_ok())
}
