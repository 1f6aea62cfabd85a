//! Reading `content/`: walk, split, parse. The only module that reads the content folder.
//!
//! In: a folder. Out: every item as written ([`RawEntry`]) plus a diagnostic for each file or
//! item that could not be read. Nothing here knows what an `opgave` is; meaning and links are
//! checked in `model`.

mod cache;
pub mod front_matter;
pub mod raw;
pub mod synonyms;
pub mod walk;
pub mod yaml;

use std::path::{Path, PathBuf};

pub use cache::{ParseCache, load_cached};
pub use raw::{RawItem, RawSource, Text};
pub use walk::{FileKind, SourceFile};

use crate::diag::{Code, Diagnostic};

/// One item as written, and where.
#[derive(Debug, Clone)]
pub struct RawEntry {
    pub item: RawItem,
    /// Index into [`Loaded::files`].
    pub file: usize,
    /// Add this to a line that serde-saphyr reports to get the file's line (front matter
    /// starts on line 2; list items are parsed with their original line numbers).
    pub line_offset: usize,
    /// The Markdown body, from below the front matter or from `tekst`.
    pub body: String,
    /// File line where the body starts.
    pub body_line: usize,
    /// Columns in front of the body's text on its lines: the indentation of a YAML `tekst`
    /// block (0 below front matter), so link errors point at the link in the file.
    pub body_indent: usize,
}

/// Everything read from the content folder.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    pub entries: Vec<RawEntry>,
    pub diagnostics: Vec<Diagnostic>,
    /// Groups of words that mean the same, from `synoniemen.yaml` (valid groups only).
    pub synonyms: Vec<Vec<String>>,
}

/// Reads every content file under `root`.
pub fn load(root: &Path) -> Loaded {
    load_with(root, &[])
}

/// Reads `root` as it would be with each `(path, text)` of `replaced` written: how
/// `marke status` checks an edit before anything touches the disk.
pub fn load_with(root: &Path, replaced: &[(PathBuf, String)]) -> Loaded {
    let Some((mut files, diagnostics)) = read(root) else {
        return missing_root(root);
    };
    for file in &mut files {
        if let Some((_, text)) = replaced.iter().find(|(path, _)| *path == file.path) {
            file.text = crate::source::SourceText::new(text.clone());
        }
    }
    parse_files(files, diagnostics)
}

/// The walk's files and problems, or `None` when `root` is no folder.
fn read(root: &Path) -> Option<(Vec<SourceFile>, Vec<Diagnostic>)> {
    if !root.is_dir() {
        return None;
    }
    let mut diagnostics = Vec::new();
    let files = walk::read_all(root, &mut diagnostics);
    Some((files, diagnostics))
}

fn missing_root(root: &Path) -> Loaded {
    let diagnostics = vec![
        Diagnostic::error(Code::GeenMap, root, "de inhoudsmap bestaat niet")
            .hint("geef een map met --content, of zet [marke] content = \"...\" in book.toml")
            .io(),
    ];
    parse_files(Vec::new(), diagnostics)
}

/// Parses files already read: [`load`] without the walk, after the diagnostics the walk
/// gave. Public so the fuzz targets (`fuzz/`) can feed text that never was a file; the
/// texts must be as `walk` leaves them (no byte-order mark, not blank).
pub fn parse_files(files: Vec<SourceFile>, diagnostics: Vec<Diagnostic>) -> Loaded {
    let mut loaded = Loaded {
        diagnostics,
        ..Loaded::default()
    };
    // Parsing is most of a load; each file on its own, so on all cores, added in order.
    let parsed = crate::parallel::chunks_flat(&files, |part| part.iter().map(parse_one).collect());
    for (index, parsed) in parsed.into_iter().enumerate() {
        loaded.add(index, parsed);
    }
    loaded.files = files;
    loaded
}

/// What parsing one file gave. Its entries say file 0; [`Loaded::add`] sets the real index.
#[derive(Debug, Clone)]
struct Parsed {
    kind: FileKind,
    /// The text that was parsed, to know whether a later read of the file changed it.
    text: String,
    entries: Vec<RawEntry>,
    diagnostics: Vec<Diagnostic>,
    synonyms: Vec<Vec<String>>,
}

fn parse_one(file: &SourceFile) -> Parsed {
    let (mut entries, mut diagnostics, mut synonyms) = (Vec::new(), Vec::new(), Vec::new());
    match file.kind {
        FileKind::Markdown => parse_markdown(0, file, &mut entries, &mut diagnostics),
        FileKind::Yaml => parse_list(0, file, &mut entries, &mut diagnostics),
        FileKind::Synonyms => synonyms = synonyms::parse(file, &mut diagnostics),
    }
    Parsed {
        kind: file.kind,
        text: file.text.to_string(),
        entries,
        diagnostics,
        synonyms,
    }
}

impl Loaded {
    /// Adds what parsing file `index` gave, in file order as [`parse_files`] does.
    fn add(&mut self, index: usize, parsed: Parsed) {
        self.entries.extend(parsed.entries.into_iter().map(|mut e| {
            e.file = index;
            e
        }));
        self.diagnostics.extend(parsed.diagnostics);
        self.synonyms.extend(parsed.synonyms);
    }
}

fn parse_markdown(
    index: usize,
    file: &SourceFile,
    out: &mut Vec<RawEntry>,
    diags: &mut Vec<Diagnostic>,
) {
    let split = match front_matter::split(&file.text) {
        Ok(s) => s,
        Err(front_matter::SplitError::Missing) => {
            diags.push(
                Diagnostic::error(Code::GeenVoorwerk, &file.path, "dit Markdown-bestand heeft geen voorwerk")
                    .at(1, 1)
                    .with_source(&file.text)
                    .hint("begin het bestand met een regel '---', dan id, type, titel en samenvatting, en weer '---'"),
            );
            return;
        }
        Err(front_matter::SplitError::Unclosed) => {
            diags.push(
                Diagnostic::error(
                    Code::VoorwerkOpen,
                    &file.path,
                    "het voorwerk wordt niet afgesloten",
                )
                .at(1, 1)
                .with_source(&file.text)
                .hint("zet een regel '---' onder het voorwerk, boven de tekst"),
            );
            return;
        }
    };
    match yaml::parse::<RawItem>(split.yaml, &file.path, &file.text, split.yaml_line) {
        Ok(mut item) => {
            let body = split.body.to_owned();
            if let Some(tekst) = item.tekst.take() {
                diags.push(
                    Diagnostic::error(
                        Code::TekstDubbel,
                        &file.path,
                        "het veld 'tekst' hoort niet in het voorwerk van een .md-bestand",
                    )
                    .at(tekst.referenced.line() as usize + 1, 1)
                    .with_source(&file.text)
                    .hint("zet de tekst onder de tweede regel '---'"),
                );
            }
            out.push(RawEntry {
                item,
                file: index,
                line_offset: split.yaml_line - 1,
                body,
                body_line: split.body_line,
                body_indent: 0,
            });
        }
        Err(diag) => diags.push(*diag),
    }
}

fn parse_list(
    index: usize,
    file: &SourceFile,
    out: &mut Vec<RawEntry>,
    diags: &mut Vec<Diagnostic>,
) {
    // Each item on its own, so one bad item does not hide the problems of the others.
    let chunks = split_items(&file.text);
    if chunks.is_empty() {
        // Not a block list (a single map, a flow list...): parse the whole file, which gives
        // the right message for what is wrong with it.
        match yaml::parse::<Vec<RawItem>>(&file.text, &file.path, &file.text, 1) {
            Ok(items) => out.extend(items.into_iter().map(|item| list_entry(index, item, 0))),
            Err(diag) => {
                let mut diag = *diag;
                if diag.message.starts_with("hier horen velden")
                    || diag.message.starts_with("hier hoort een lijst")
                {
                    diag.message =
                        "een YAML-bestand in content/ is een lijst van onderdelen".into();
                    diag.hint = Some("begin elk onderdeel met '- id: ...'".into());
                }
                diags.push(diag);
            }
        }
        return;
    }
    for (start, chunk) in chunks {
        match yaml::parse::<RawItem>(&chunk, &file.path, &file.text, start + 1) {
            Ok(item) => out.push(list_entry(index, item, start)),
            Err(diag) => diags.push(*diag),
        }
    }
}

/// `offset` is the number of file lines above the item's text.
fn list_entry(file: usize, mut item: RawItem, offset: usize) -> RawEntry {
    let line = item.id.referenced.line() as usize + offset;
    // serde-saphyr places a value where its text starts: for `tekst: |` the first line of
    // the block, at its indentation.
    let (body, body_line, body_indent) = match item.tekst.take() {
        Some(t) => {
            let at = t.referenced;
            let indent = (at.column() as usize).saturating_sub(1);
            (t.value, at.line() as usize + offset, indent)
        }
        None => (String::new(), line, 0),
    };
    RawEntry {
        item,
        file,
        line_offset: offset,
        body,
        body_line,
        body_indent,
    }
}

/// Cuts a list file into one text per top-level item, with the number of file lines above it.
/// The item's `- ` becomes two spaces, so columns stay those of the file.
pub(crate) fn split_items(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let is_content = |l: &str| !l.trim().is_empty() && !l.trim_start().starts_with('#');
    let Some(first) = lines.iter().find(|l| is_content(l)) else {
        return Vec::new();
    };
    // YAML indents with spaces only. Counting only spaces also keeps `indent` a char boundary
    // in every line whose first `indent` bytes are spaces; other lines (`" é"`) are cut with
    // `split_at_checked`, which refuses a cut inside a character instead of panicking.
    let indent = first.len() - first.trim_start_matches(' ').len();
    let starts_item = |l: &str| {
        l.split_at_checked(indent).is_some_and(|(lead, rest)| {
            lead.bytes().all(|b| b == b' ') && (rest.starts_with("- ") || rest.trim_end() == "-")
        })
    };
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| starts_item(lines[i]))
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(n, &from)| {
            let to = starts.get(n + 1).copied().unwrap_or(lines.len());
            let mut chunk = String::new();
            for (k, line) in lines[from..to].iter().enumerate() {
                if k == 0 {
                    chunk.push_str(&line.replacen('-', " ", 1));
                } else {
                    chunk.push_str(line);
                }
                chunk.push('\n');
            }
            (from, chunk)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_keep_their_line_numbers() {
        let chunks =
            split_items("# kop\n- id: a\n  titel: A\n\n- id: b\n  tekst: |\n    - geen item\n");
        assert_eq!(chunks.len(), 2);
        assert_eq!(chunks[0], (1, "  id: a\n  titel: A\n\n".to_owned()));
        assert_eq!(chunks[1].0, 4);
        assert!(chunks[1].1.starts_with("  id: b\n"));
        assert!(chunks[1].1.contains("    - geen item"));
    }

    #[test]
    fn an_indented_list_with_a_wide_character_under_it_does_not_panic() {
        // Byte 2 of " é" falls inside the é; this once panicked (issue 13).
        let chunks = split_items("  - id: a\n é\n  - id: b\n");
        assert_eq!(chunks.len(), 2);
        assert_eq!(chunks[0], (0, "    id: a\n é\n".to_owned()));
        assert_eq!(chunks[1].0, 2);
    }
}
