//! How a built site reaches the disk: into a fresh folder next to the output folder, then
//! swapped in with two renames. A failed build never touches the previous site.
//!
//! Every folder marke makes here holds the marker ([`target::MARKER`]) with the id of the
//! process that made it, from its first moment on. So marke replaces only its own output,
//! and the leftovers of a build that was killed (`.book.nieuw-*`, `.book.oud-*`) are
//! recognised by name *and* marker and cleaned up by the next build, once the process that
//! made them is gone. A folder that merely has such a name is never touched.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::target::{self, MARKER};

/// A fresh folder next to the output folder that receives the new site; dropping it without
/// [`Staging::swap`] removes it and leaves the old site alone.
pub struct Staging {
    tmp: tempfile::TempDir,
    out: PathBuf,
    parent: PathBuf,
    name: String,
}

impl Staging {
    /// Refuses an output folder marke may not replace ([`target::check_replaceable`]),
    /// clears leftovers of earlier crashed builds, and makes the marked staging folder.
    pub fn new(out: &Path) -> Result<Self> {
        target::check_replaceable(out)?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("kan map {} niet maken", parent.display()))?;
        let name = out
            .file_name()
            .map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
        clean_leftovers(&parent, &name);
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}.nieuw-"))
            .tempdir_in(&parent)
            .with_context(|| format!("kan geen tijdelijke map maken in {}", parent.display()))?;
        let marker = tmp.path().join(MARKER);
        std::fs::write(&marker, marker_text())
            .with_context(|| format!("kan {} niet schrijven", marker.display()))?;
        Ok(Self {
            tmp,
            out: out.to_path_buf(),
            parent,
            name,
        })
    }

    /// Writes files (already checked by `Output::add`) on a few threads: the disk, not
    /// the CPU, is what they wait for.
    pub fn write<'f>(&self, files: impl Iterator<Item = (&'f String, &'f Vec<u8>)>) -> Result<()> {
        let files: Vec<(&String, &Vec<u8>)> = files.collect();
        let mut dirs: Vec<PathBuf> = files
            .iter()
            .filter_map(|(rel, _)| self.tmp.path().join(rel).parent().map(Path::to_path_buf))
            .collect();
        dirs.sort();
        dirs.dedup();
        for dir in &dirs {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("kan map {} niet maken", dir.display()))?;
        }
        let chunk = files.len().div_ceil(4).max(1);
        std::thread::scope(|s| {
            let handles: Vec<_> = files
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || -> Result<()> {
                        part.iter()
                            .try_for_each(|(rel, bytes)| self.put(rel, bytes))
                    })
                })
                .collect();
            handles.into_iter().try_for_each(|h| {
                h.join()
                    .unwrap_or_else(|_| anyhow::bail!("schrijven is vastgelopen"))
            })
        })
    }

    /// Writes one file, or hard-links the previous site's copy when its bytes are the same.
    /// Most files do not change between builds, and on ext4 creating and later deleting
    /// thousands of files (new inodes, freed blocks) took most of a build's time; a link
    /// costs neither. The previous site is only read, so a failed build still leaves it whole.
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.tmp.path().join(rel);
        let old = self.out.join(rel);
        if unchanged(&old, bytes) && std::fs::hard_link(&old, &path).is_ok() {
            return Ok(());
        }
        std::fs::write(&path, bytes)
            .with_context(|| format!("kan {} niet schrijven", path.display()))
    }

    /// Puts the new site in place of the old one with two renames. The old site moves to a
    /// name no other folder has (an existing `.book.oud` of someone else stays as it is),
    /// and the output is checked once more, since the build took a while.
    pub fn swap(self) -> Result<()> {
        let Self {
            tmp,
            out,
            parent,
            name,
        } = self;
        target::check_replaceable(&out)?;
        let tmp = tmp.keep();
        let old = if std::fs::symlink_metadata(&out).is_ok() {
            let old = free_name(&parent, &format!(".{name}.oud-{}", std::process::id()));
            std::fs::rename(&out, &old).with_context(|| {
                format!("kan de vorige website {} niet opzij zetten", out.display())
            })?;
            Some(old)
        } else {
            None
        };
        if let Err(e) = std::fs::rename(&tmp, &out) {
            if let Some(old) = &old {
                let _ = std::fs::rename(old, &out);
            }
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e).with_context(|| {
                format!("kan de nieuwe website niet op {} zetten", out.display())
            });
        }
        match old {
            Some(old) => remove_own(&old),
            None => Ok(()),
        }
    }
}

/// What the marker says: who made the folder, and which process (for [`clean_leftovers`]).
fn marker_text() -> String {
    format!(
        "Deze map is gemaakt door marke build; marke mag hem vervangen.\nproces {}\n",
        std::process::id()
    )
}

/// Removes the previous site once the new one is in place: all of it if marke made it,
/// otherwise (it was an empty folder) only if it is still empty.
fn remove_own(old: &Path) -> Result<()> {
    let removed = if target::is_marked(old) {
        std::fs::remove_dir_all(old)
    } else {
        std::fs::remove_dir(old)
    };
    removed.with_context(|| format!("kan {} niet opruimen", old.display()))
}

/// `base-0`, `base-1`, …: the first name in `parent` that nothing has.
fn free_name(parent: &Path, base: &str) -> PathBuf {
    (0u32..)
        .map(|n| parent.join(format!("{base}-{n}")))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| parent.join(base))
}

/// Removes staging and old folders of earlier builds of `name` that were killed before they
/// could clean up: only folders with marke's name pattern, marke's marker, and a maker that
/// no longer runs. Errors are ignored: a leftover is untidy, not a reason to stop.
fn clean_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let new = format!(".{name}.nieuw-");
    let old = format!(".{name}.oud");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let n = file_name.to_string_lossy();
        let named = n.starts_with(&new) || n == old || n.starts_with(&format!("{old}-"));
        let path = entry.path();
        if named
            && entry.file_type().is_ok_and(|t| t.is_dir())
            && target::is_marked(&path)
            && !maker_runs(&path)
        {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// Whether the process named in the folder's marker still runs (then it is another build,
/// not a leftover). This process counts as running. Without `/proc` (not Linux) marke cannot
/// tell, and treats the maker as gone.
fn maker_runs(dir: &Path) -> bool {
    let pid = std::fs::read_to_string(dir.join(MARKER))
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("proces ")?.trim().parse::<u32>().ok())
        });
    match pid {
        Some(pid) if pid == std::process::id() => true,
        Some(pid) => {
            Path::new("/proc/self").exists() && Path::new(&format!("/proc/{pid}")).exists()
        }
        None => false,
    }
}

/// Whether `old` is a regular file (not a link) with exactly these bytes.
fn unchanged(old: &Path, bytes: &[u8]) -> bool {
    std::fs::symlink_metadata(old).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(old).is_ok_and(|b| b == bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(dir: &Path, pid: &str) {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join(MARKER), format!("marke\nproces {pid}\n")).unwrap();
        std::fs::write(dir.join("index.html"), "oud").unwrap();
    }

    #[test]
    fn leftovers_of_killed_builds_go_and_nothing_else_does() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        // A process id that cannot run: above the kernel's maximum.
        marked(&p(".book.nieuw-abc"), "4294967295");
        marked(&p(".book.oud-77-0"), "4294967295");
        marked(&p(".book.nieuw-mijn"), &std::process::id().to_string());
        std::fs::create_dir_all(p(".book.oud")).unwrap(); // no marker: not marke's
        std::fs::write(p(".book.oud/notities.txt"), "van iemand").unwrap();
        marked(&p(".ander.nieuw-abc"), "4294967295"); // another output's name
        clean_leftovers(dir.path(), "book");
        assert!(!p(".book.nieuw-abc").exists());
        assert!(!p(".book.oud-77-0").exists());
        assert!(p(".book.nieuw-mijn").exists(), "a build that still runs");
        assert!(p(".book.oud/notities.txt").exists());
        assert!(p(".ander.nieuw-abc").exists());
    }

    #[test]
    fn the_swap_keeps_someone_elses_oud_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("book");
        std::fs::create_dir_all(dir.path().join(".book.oud")).unwrap();
        std::fs::write(dir.path().join(".book.oud/notities.txt"), "x").unwrap();
        for round in ["eerste", "tweede"] {
            let staging = Staging::new(&out).unwrap();
            let (path, bytes) = ("index.html".to_owned(), round.as_bytes().to_vec());
            staging.write(std::iter::once((&path, &bytes))).unwrap();
            staging.swap().unwrap();
            assert_eq!(
                std::fs::read_to_string(out.join("index.html")).unwrap(),
                round
            );
            assert!(target::is_marked(&out));
        }
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".book.oud", "book"]);
        assert!(dir.path().join(".book.oud/notities.txt").exists());
    }
}
