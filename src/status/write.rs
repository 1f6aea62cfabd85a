//! Writing edited content files: atomically, all files or none, and never over a change that
//! someone else made since marke read the file.
//!
//! Each new text goes to a hidden temporary file in the same folder (so the rename stays on
//! one file system, and the loader skips a leftover `.marke-…` file), with the permissions of
//! the file it replaces. Only when every temporary file is ready and every original is still
//! byte for byte what was read, are they renamed into place. A reader never sees half a file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::Problem;

/// One file to replace: what was read, and what to write.
#[derive(Debug, Clone)]
pub struct Change {
    pub path: PathBuf,
    pub original: Vec<u8>,
    pub new: Vec<u8>,
}

/// Writes every change, or none of them when one cannot be prepared or a file changed.
pub fn write_all(changes: &[Change]) -> Result<(), Problem> {
    let mut ready: Vec<(NamedTempFile, &Path)> = Vec::new();
    for c in changes {
        ready.push((prepare(c)?, &c.path));
    }
    for c in changes {
        let now = fs::read(&c.path).map_err(|e| cannot(&c.path, "lezen", &e))?;
        if now != c.original {
            return Err(Problem::new(
                format!("{} is veranderd sinds marke het las", c.path.display()),
                "er is niets geschreven; bewaar uw wijziging in de editor en voer de opdracht opnieuw uit"
                    .to_owned(),
            ));
        }
    }
    let total = ready.len();
    for (done, (tmp, path)) in ready.into_iter().enumerate() {
        tmp.persist(path).map_err(|e| {
            let mut p = cannot(path, "vervangen", &e.error);
            if done > 0 {
                p.hint = format!(
                    "{done} van de {total} bestanden zijn al geschreven; controleer met 'git diff'"
                );
            }
            p
        })?;
    }
    Ok(())
}

/// The new text in a temporary file beside the original, with the original's permissions.
fn prepare(c: &Change) -> Result<NamedTempFile, Problem> {
    let meta = fs::symlink_metadata(&c.path).map_err(|e| cannot(&c.path, "lezen", &e))?;
    if meta.file_type().is_symlink() {
        return Err(Problem::new(
            format!("{} is een symbolische link", c.path.display()),
            "marke vervangt geen links; wijzig het bestand waar de link naar wijst met de hand"
                .to_owned(),
        ));
    }
    let dir = c
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".marke-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| cannot(dir, "een tijdelijk bestand maken in", &e))?;
    tmp.write_all(&c.new)
        .and_then(|()| tmp.as_file().sync_all())
        .and_then(|()| fs::set_permissions(tmp.path(), meta.permissions()))
        .map_err(|e| cannot(tmp.path(), "schrijven", &e))?;
    Ok(tmp)
}

fn cannot(path: &Path, what: &str, err: &std::io::Error) -> Problem {
    let reason = if err.kind() == std::io::ErrorKind::PermissionDenied {
        "geen toestemming".to_owned()
    } else {
        err.to_string()
    };
    Problem::new(
        format!("kan {} niet {what}: {reason}", path.display()),
        "er is niets geschreven; controleer de rechten van de map en het bestand".to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_since_reading_is_left_alone_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.yaml");
        let b = dir.path().join("b.yaml");
        fs::write(&a, "a: 1\n").unwrap();
        fs::write(&b, "b: 2 # iemand anders\n").unwrap();
        let changes = [
            Change {
                path: a.clone(),
                original: b"a: 1\n".to_vec(),
                new: b"a: 10\n".to_vec(),
            },
            Change {
                path: b.clone(),
                original: b"b: 2\n".to_vec(),
                new: b"b: 20\n".to_vec(),
            },
        ];
        let err = write_all(&changes).unwrap_err();
        assert!(err.message.contains("veranderd"), "{err:?}");
        assert_eq!(fs::read_to_string(&a).unwrap(), "a: 1\n");
        assert_eq!(fs::read_to_string(&b).unwrap(), "b: 2 # iemand anders\n");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 2, "no temporary files are left");
    }

    #[cfg(unix)]
    #[test]
    fn the_new_file_keeps_the_permissions_of_the_old_one() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.yaml");
        fs::write(&a, "a: 1\n").unwrap();
        fs::set_permissions(&a, fs::Permissions::from_mode(0o664)).unwrap();
        let change = Change {
            path: a.clone(),
            original: b"a: 1\n".to_vec(),
            new: b"a: 2\n".to_vec(),
        };
        write_all(&[change]).unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "a: 2\n");
        let mode = fs::metadata(&a).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o664);
    }
}
