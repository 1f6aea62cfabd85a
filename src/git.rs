//! What `marke check --sinds REF` asks git: which content files changed since a revision, and
//! the content folder as it was at that revision.
//!
//! marke calls the `git` program instead of linking a git library: a review runs where the
//! repository was cloned with git anyway (a contributor's machine, a CI job), and the two
//! questions are one plumbing command each. Only the content folder is read from history:
//! `ls-tree` and `cat-file` on the paths under it, nothing else of the repository.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, anyhow, bail};

/// Runs `git` in `dir` and returns its standard output; a failure becomes a Dutch error with
/// git's own message (e.g. "unknown revision").
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .context("kan git niet starten; is git geïnstalleerd?")?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        bail!("git {} mislukte: {}", args.join(" "), why.trim());
    }
    Ok(out.stdout)
}

/// The commit `rev` names, checked: a typo in `--sinds` should say so, not compare with
/// nothing.
pub fn resolve(dir: &Path, rev: &str) -> Result<String> {
    if rev.starts_with('-') {
        bail!("'{rev}' is geen revisie; geef een tak of commit, bijvoorbeeld origin/main");
    }
    let spec = format!("{rev}^{{commit}}");
    let out = git(dir, &["rev-parse", "--verify", "--quiet", &spec]).map_err(|_| {
        anyhow!(
            "git kent de revisie '{rev}' niet; bijvoorbeeld: --sinds origin/main of --sinds HEAD~1"
        )
    })?;
    Ok(String::from_utf8_lossy(&out).trim().to_owned())
}

/// Where a branch split off from `rev`: changes made on `rev` since then are not the pull
/// request's. Falls back to `rev` itself when there is no common history.
pub fn merge_base(dir: &Path, rev: &str) -> String {
    git(dir, &["merge-base", rev, "HEAD"])
        .map(|out| String::from_utf8_lossy(&out).trim().to_owned())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| rev.to_owned())
}

/// Files under `dir` that differ between `rev` and the working tree (committed or not),
/// plus new files git does not ignore; paths relative to `dir`.
pub fn changed_files(dir: &Path, rev: &str) -> Result<BTreeSet<PathBuf>> {
    let diff = git(
        dir,
        &[
            "diff",
            "--name-only",
            "-z",
            "--relative",
            "--no-renames",
            rev,
            "--",
            ".",
        ],
    )?;
    let untracked = git(
        dir,
        &[
            "ls-files",
            "--others",
            "--exclude-standard",
            "-z",
            "--",
            ".",
        ],
    )?;
    Ok(nul_separated(&diff)
        .chain(nul_separated(&untracked))
        .map(PathBuf::from)
        .collect())
}

fn nul_separated(bytes: &[u8]) -> impl Iterator<Item = String> + '_ {
    bytes
        .split(|b| *b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| String::from_utf8_lossy(p).into_owned())
}

/// Writes the files under `dir` as they were at `rev` into `into` (which must exist).
/// Symlinks and submodules are skipped: the content walk refuses them anyway.
pub fn export_tree(dir: &Path, rev: &str, into: &Path) -> Result<()> {
    let listing = git(dir, &["ls-tree", "-r", "-z", rev, "--", "."])?;
    let mut files = Vec::new();
    for entry in nul_separated(&listing) {
        // "<mode> <type> <object>\t<path>"
        let Some((meta, path)) = entry.split_once('\t') else {
            continue;
        };
        let mut parts = meta.split(' ');
        let (Some(mode), Some("blob"), Some(object)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if mode == "120000" {
            continue;
        }
        files.push((object.to_owned(), safe_relative(path)?));
    }
    write_blobs(dir, &files, into)
}

/// A path from git, refused when it would leave the folder it is written into.
fn safe_relative(path: &str) -> Result<PathBuf> {
    let p = PathBuf::from(path);
    if p.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(p)
    } else {
        bail!("git noemt een pad buiten de inhoudsmap: {path:?}")
    }
}

/// Reads all blobs through one `git cat-file --batch`, so a thousand files cost one process.
fn write_blobs(dir: &Path, files: &[(String, PathBuf)], into: &Path) -> Result<()> {
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .context("kan git niet starten; is git geïnstalleerd?")?;
    let mut stdin = child.stdin.take().context("git cat-file: geen invoer")?;
    let objects: String = files.iter().map(|(o, _)| format!("{o}\n")).collect();
    // Writing all requests first could fill both pipes; a thread feeds git while we read.
    let feeder = std::thread::spawn(move || stdin.write_all(objects.as_bytes()));
    let mut out = BufReader::new(child.stdout.take().context("git cat-file: geen uitvoer")?);
    for (_, rel) in files {
        let mut header = String::new();
        out.read_line(&mut header)?;
        let size: usize = header
            .split_whitespace()
            .nth(2)
            .and_then(|s| s.parse().ok())
            .with_context(|| format!("git cat-file gaf een onverwacht antwoord: {header:?}"))?;
        let mut blob = vec![0; size + 1]; // the content and its closing newline
        out.read_exact(&mut blob)?;
        blob.truncate(size);
        let target = into.join(rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, blob)
            .with_context(|| format!("kan {} niet schrijven", target.display()))?;
    }
    feeder
        .join()
        .map_err(|_| anyhow!("git cat-file: invoer mislukte"))??;
    child.wait()?;
    Ok(())
}
