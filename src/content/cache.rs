//! The parse of each content file, kept between loads by `marke serve`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Loaded, Parsed, missing_root, parse_one, read};

/// The parse of every file by its path, with the text it was made from. `marke serve` keeps
/// one between edits: each edit reads the folder again (a few milliseconds; the walk also
/// finds new, removed and renamed files and links that now lead outside), but parses only
/// the files whose text changed. Parsing is most of the time of loading.
#[derive(Debug, Default)]
pub struct ParseCache {
    files: HashMap<PathBuf, Parsed>,
}

/// [`super::load`], taking from `cache` the parse of each file whose text is the same as last time,
/// and keeping this load's parses in it for the next.
pub fn load_cached(root: &Path, cache: &mut ParseCache) -> Loaded {
    let Some((files, diagnostics)) = read(root) else {
        cache.files.clear();
        return missing_root(root);
    };
    let mut loaded = Loaded {
        diagnostics,
        ..Loaded::default()
    };
    let mut kept = HashMap::with_capacity(files.len());
    for (index, file) in files.iter().enumerate() {
        let parsed = match cache.files.remove(&file.path) {
            Some(p) if p.kind == file.kind && p.text == *file.text => p,
            _ => parse_one(file),
        };
        loaded.add(index, parsed.clone());
        kept.insert(file.path.clone(), parsed);
    }
    cache.files = kept;
    loaded.files = files;
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;

    /// Titles and problems as a plain load gives them, to compare a cached load with.
    fn summary(l: &Loaded) -> (Vec<(String, usize)>, Vec<String>) {
        let titles = l
            .entries
            .iter()
            .map(|e| (e.item.titel.value.0.clone(), e.file))
            .collect();
        let diags = l.diagnostics.iter().map(|d| d.message.clone()).collect();
        (titles, diags)
    }

    #[test]
    fn a_cached_load_sees_edits_new_and_removed_files_as_a_fresh_load_does() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let write = |name: &str, text: &str| std::fs::write(root.join(name), text).unwrap();
        write(
            "a.md",
            "---\nid: a\ntype: bron\ntitel: A\nsamenvatting: Aa.\n---\nTekst.\n",
        );
        write(
            "b.yaml",
            "- id: b\n  type: bron\n  titel: B\n  samenvatting: Bee.\n",
        );
        let mut cache = ParseCache::default();
        assert_eq!(
            summary(&load_cached(root, &mut cache)),
            summary(&load(root))
        );
        write(
            "b.yaml",
            "- id: b\n  type: bron\n  titel: B2\n  samenvatting: Bee.\n",
        );
        write("0.yaml", "- id: c\n  type: bron\n  titel: C\n");
        std::fs::remove_file(root.join("a.md")).unwrap();
        let cached = load_cached(root, &mut cache);
        assert_eq!(summary(&cached), summary(&load(root)));
        assert_eq!(
            summary(&cached).0,
            [("C".to_owned(), 0), ("B2".to_owned(), 1)]
        );
        write("0.yaml", "- id: c\n  type: bron\n  titel: [kapot\n");
        let broken = load_cached(root, &mut cache);
        assert_eq!(summary(&broken), summary(&load(root)));
        assert_eq!(broken.diagnostics.len(), 1, "{:?}", summary(&broken).1);
    }
}
