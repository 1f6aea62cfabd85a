//! Where a build may write. A build replaces its output folder as a whole, so a wrong path
//! would delete what is there: the content, the repository, a home folder. `book.toml` and
//! file names come from strangers' pull requests, so these rules are checked before anything
//! on disk is touched:
//!
//! - [`check_placement`]: the output is never the content folder, the theme, `book.toml`, a
//!   `.git`, the current folder or a folder above any of them, and never lies inside the
//!   content, the theme or a `.git`. A `build-dir` from `book.toml` stays inside the project.
//! - [`check_replaceable`]: the folder is absent, empty, or made by marke (it holds
//!   [`MARKER`]); never a file, a symbolic link, or a folder with other files.

use std::path::{Component, Path, PathBuf};

/// The file every build puts in its folder: proof that marke made it and may replace it.
pub const MARKER: &str = ".marke-build";

/// Why marke will not build into a folder, and what to do instead.
#[derive(Debug, thiserror::Error)]
#[error("marke bouwt de website niet in {}: {why}\n  = tip: {hint}", out.display())]
pub struct Refusal {
    pub out: PathBuf,
    pub why: String,
    pub hint: String,
}

const HINT: &str = "kies een nieuwe of lege map: --out MAP, of [build] build-dir in book.toml \
                    (bijvoorbeeld build-dir = \"book\")";

impl Refusal {
    fn new(out: &Path, why: impl Into<String>) -> Self {
        Self {
            out: out.to_path_buf(),
            why: why.into(),
            hint: HINT.to_owned(),
        }
    }

    /// For a `build-dir` from `book.toml`: the fix is there.
    fn in_book_toml(out: &Path, why: impl Into<String>) -> Self {
        Self {
            hint: "zet [build] build-dir in book.toml op een map in het project, zonder '..' \
                   (bijvoorbeeld build-dir = \"book\"), of kies zelf een map met --out MAP"
                .to_owned(),
            ..Self::new(out, why)
        }
    }
}

/// Where the output path came from: a path in `book.toml` (possibly from a stranger) must
/// stay inside the project; a path typed on the command line may go elsewhere.
#[derive(Debug, Clone)]
pub enum Origin {
    CommandLine,
    /// `[build] build-dir` as written, and the folder that holds `book.toml`.
    BookToml {
        build_dir: PathBuf,
        root: PathBuf,
    },
}

/// Something the output must never replace, with its name for the message.
#[derive(Debug, Clone)]
pub struct Guarded {
    /// "de inhoudsmap", "het thema", …
    pub what: &'static str,
    pub path: PathBuf,
    /// Whether writing *inside* it is refused too (the content, the theme, a `.git`).
    pub closed: bool,
}

impl Guarded {
    pub fn new(what: &'static str, path: &Path, closed: bool) -> Self {
        Self {
            what,
            path: path.to_path_buf(),
            closed,
        }
    }
}

/// Refuses an output folder in the wrong place. `out` is absolute.
pub fn check_placement(out: &Path, origin: &Origin, guarded: &[Guarded]) -> Result<(), Refusal> {
    let real = resolve(out);
    if let Origin::BookToml { build_dir, root } = origin {
        if build_dir.is_absolute() {
            return Err(Refusal::in_book_toml(
                out,
                "build-dir in book.toml is een absoluut pad; uit book.toml bouwt marke alleen \
                 binnen het project",
            ));
        }
        let root = resolve(root);
        if !real.starts_with(&root) || real == root {
            return Err(Refusal::in_book_toml(
                out,
                format!(
                    "build-dir in book.toml ligt buiten het project ({}), ook na het volgen van \
                     '..' en symbolische links",
                    root.display()
                ),
            ));
        }
    }
    let resolved: Vec<(&Guarded, PathBuf)> =
        guarded.iter().map(|g| (g, resolve(&g.path))).collect();
    // The most telling reason first: "that is the content" before "the content is in there".
    let is = resolved
        .iter()
        .find(|(_, p)| *p == real)
        .map(|(g, _)| format!("dat is {}; de website bouwen zou die vervangen", g.what));
    let holds = || {
        resolved
            .iter()
            .find(|(_, p)| p.starts_with(&real))
            .map(|(g, _)| {
                format!(
                    "daarin staat {} ({}); de website bouwen zou die wissen",
                    g.what,
                    g.path.display()
                )
            })
    };
    let inside = || {
        resolved
            .iter()
            .find(|(g, p)| g.closed && real.starts_with(p))
            .map(|(g, _)| {
                format!(
                    "die map ligt in {} ({}); daar schrijft marke niets",
                    g.what,
                    g.path.display()
                )
            })
    };
    match is.or_else(holds).or_else(inside) {
        Some(why) => Err(Refusal::new(out, why)),
        None => Ok(()),
    }
}

/// Refuses to replace anything but an absent or empty folder, or one that marke made.
pub fn check_replaceable(out: &Path) -> Result<(), Refusal> {
    let meta = match std::fs::symlink_metadata(out) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(Refusal::new(
                out,
                format!("marke kan die map niet lezen ({e})"),
            ));
        }
    };
    if meta.file_type().is_symlink() {
        return Err(Refusal::new(
            out,
            "dat is een symbolische link; marke vervangt alleen een gewone map",
        ));
    }
    if !meta.is_dir() {
        return Err(Refusal::new(
            out,
            "daar staat al een bestand; marke vervangt geen bestanden",
        ));
    }
    if std::fs::symlink_metadata(out.join(".git")).is_ok() {
        return Err(Refusal::new(out, "daarin staat een git-repository (.git)"));
    }
    if is_marked(out) {
        return Ok(());
    }
    let entries = std::fs::read_dir(out)
        .map_err(|e| Refusal::new(out, format!("marke kan die map niet lezen ({e})")))?;
    let names: Vec<String> = entries
        .take(4)
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    let shown = names.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    let more = if names.len() > 3 { ", …" } else { "" };
    let mut refusal = Refusal::new(
        out,
        format!("de map bevat bestanden die marke niet heeft gemaakt ({shown}{more})"),
    );
    refusal.hint = format!(
        "{HINT}; of verwijder de map zelf als u hem niet meer nodig hebt (een website van een \
         oudere marke heeft nog geen merkteken {MARKER})"
    );
    Err(refusal)
}

/// Whether `dir` holds marke's marker as a regular file (a link does not count).
pub fn is_marked(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

/// The absolute path with `.`, `..` and every existing symbolic link resolved; the part that
/// does not exist yet is kept as written. Comparing resolved paths is what makes
/// `content/../content` and a link to the content folder count as the content folder.
pub fn resolve(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map_or_else(|_| path.to_path_buf(), |d| d.join(path))
    };
    let mut cur = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                cur.pop();
            }
            Component::Normal(name) => {
                cur.push(name);
                if let Ok(real) = cur.canonicalize() {
                    cur = real;
                }
            }
            Component::Prefix(_) | Component::RootDir => cur.push(c),
        }
    }
    cur
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guarded(root: &Path) -> Vec<Guarded> {
        vec![
            Guarded::new("de inhoudsmap", &root.join("content"), true),
            Guarded::new("de huidige map", root, false),
        ]
    }

    #[test]
    fn the_content_its_parents_and_what_lies_inside_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        let g = guarded(root);
        let cli = Origin::CommandLine;
        for bad in [
            root.join("content"),
            root.join("content/../content/."),
            root.to_path_buf(),
            root.join(".."),
            PathBuf::from("/"),
            root.join("content/site"),
        ] {
            let err = check_placement(&bad, &cli, &g).unwrap_err();
            assert!(err.to_string().contains("tip:"), "{err}");
        }
        assert!(check_placement(&root.join("book"), &cli, &g).is_ok());
        assert!(check_placement(Path::new("/elders/site"), &cli, &g).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_the_content_counts_as_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        std::os::unix::fs::symlink(root.join("content"), root.join("link")).unwrap();
        let err = check_placement(&root.join("link"), &Origin::CommandLine, &guarded(root));
        assert!(err.unwrap_err().why.contains("inhoudsmap"));
    }

    #[test]
    fn build_dir_from_book_toml_stays_inside_the_project() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("project");
        std::fs::create_dir_all(&root).unwrap();
        let from = |b: &str| Origin::BookToml {
            build_dir: PathBuf::from(b),
            root: root.clone(),
        };
        let at = |b: &str| root.join(b);
        assert!(check_placement(&at("book"), &from("book"), &[]).is_ok());
        assert!(check_placement(&at("uit/site"), &from("uit/site"), &[]).is_ok());
        for bad in ["../buren", "uit/../../buren", "/tmp/x"] {
            let out = if bad.starts_with('/') {
                PathBuf::from(bad)
            } else {
                at(bad)
            };
            let err = check_placement(&out, &from(bad), &[]).unwrap_err();
            assert!(err.why.contains("build-dir"), "{bad}: {err}");
        }
    }

    #[test]
    fn only_absent_empty_or_marked_folders_are_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        assert!(check_replaceable(&p("nieuw")).is_ok());
        std::fs::create_dir(p("leeg")).unwrap();
        assert!(check_replaceable(&p("leeg")).is_ok());
        std::fs::create_dir(p("van-marke")).unwrap();
        std::fs::write(p("van-marke").join(MARKER), "").unwrap();
        std::fs::write(p("van-marke").join("index.html"), "").unwrap();
        assert!(check_replaceable(&p("van-marke")).is_ok());
        std::fs::create_dir(p("vreemd")).unwrap();
        std::fs::write(p("vreemd").join("scriptie.docx"), "").unwrap();
        let err = check_replaceable(&p("vreemd")).unwrap_err().to_string();
        assert!(
            err.contains("scriptie.docx") && err.contains(MARKER),
            "{err}"
        );
        std::fs::write(p("bestand.txt"), "").unwrap();
        assert!(check_replaceable(&p("bestand.txt")).is_err());
        std::fs::create_dir_all(p("repo/.git")).unwrap();
        std::fs::write(p("repo").join(MARKER), "").unwrap();
        assert!(check_replaceable(&p("repo")).is_err(), "een .git nooit");
    }
}
