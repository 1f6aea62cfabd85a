//! Reading `content/`: walk, split, parse. The only module that reads the content folder.
//!
//! In: a folder. Out: every item as written ([`RawEntry`]) plus a diagnostic for each file or
//! item that could not be read. Nothing here knows what an `opgave` is; meaning and links are
//! checked in `model`.

pub mod front_matter;
pub mod raw;
pub mod walk;
pub mod yaml;

use std::path::Path;

pub use raw::{RawItem, RawSource, Text};
pub use walk::{FileKind, SourceFile};

use crate::diag::Diagnostic;

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
}

/// Everything read from the content folder.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    pub entries: Vec<RawEntry>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads every content file under `root`.
pub fn load(root: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    if !root.is_dir() {
        loaded.diagnostics.push(
            Diagnostic::error("geen-map", root, "de inhoudsmap bestaat niet")
                .hint("geef een map met --content, of zet [marke] content = \"...\" in book.toml")
                .io(),
        );
        return loaded;
    }
    loaded.files = walk::read_all(root, &mut loaded.diagnostics);
    for (index, file) in loaded.files.iter().enumerate() {
        match file.kind {
            FileKind::Markdown => {
                parse_markdown(index, file, &mut loaded.entries, &mut loaded.diagnostics)
            }
            FileKind::Yaml => parse_list(index, file, &mut loaded.entries, &mut loaded.diagnostics),
        }
    }
    loaded
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
                Diagnostic::error("geen-voorwerk", &file.path, "dit Markdown-bestand heeft geen voorwerk")
                    .at(1, 1)
                    .with_source(&file.text)
                    .hint("begin het bestand met een regel '---', dan id, type, titel en samenvatting, en weer '---'"),
            );
            return;
        }
        Err(front_matter::SplitError::Unclosed) => {
            diags.push(
                Diagnostic::error(
                    "voorwerk-open",
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
                        "tekst-dubbel",
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
    // First as loose values, so that one bad item does not hide the problems of the others.
    let values = match yaml::parse::<Vec<serde_saphyr::Spanned<IgnoredItem>>>(
        &file.text, &file.path, &file.text, 1,
    ) {
        Ok(v) => v,
        Err(diag) => {
            let mut diag = *diag;
            if diag.message.contains("velden gevonden") || diag.message.contains("tekst gevonden") {
                diag.hint = Some("een YAML-bestand in content/ is een lijst: begin elk onderdeel met '- id: ...'".into());
            }
            diags.push(diag);
            return;
        }
    };
    for value in values {
        let Some(start) = value.referenced.span().byte_offset() else {
            continue;
        };
        let start = start as usize;
        let line = value.referenced.line() as usize;
        let slice = item_slice(&file.text, start);
        let padded = format!(
            "{}{}",
            "\n".repeat(line.saturating_sub(1)),
            dedent_first(slice, &file.text, start)
        );
        match yaml::parse::<RawItem>(&padded, &file.path, &file.text, 1) {
            Ok(mut item) => {
                let (body, body_line) = match item.tekst.take() {
                    Some(t) => (t.value, t.referenced.line() as usize + 1),
                    None => (String::new(), line),
                };
                out.push(RawEntry {
                    item,
                    file: index,
                    line_offset: 0,
                    body,
                    body_line,
                });
            }
            Err(diag) => diags.push(*diag),
        }
    }
}

/// Accepts any YAML node: used to find where each list item starts.
#[derive(Debug)]
struct IgnoredItem;

impl<'de> serde::Deserialize<'de> for IgnoredItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(d).map(|_| IgnoredItem)
    }
}

/// The text of one list item: from its start to the next item at the same indentation.
fn item_slice(text: &str, start: usize) -> &str {
    let start = start.min(text.len());
    let rest = &text[start..];
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = start - line_start;
    let mut end = rest.len();
    // Walk lines after the first; stop at a line that starts a sibling item or dedents.
    let mut offset = rest.find('\n').map_or(rest.len(), |i| i + 1);
    while offset < rest.len() {
        let line_end = rest[offset..]
            .find('\n')
            .map_or(rest.len(), |i| offset + i + 1);
        let line = &rest[offset..line_end];
        let trimmed = line.trim_start();
        let this_indent = line.len() - trimmed.len();
        let blank = trimmed.trim().is_empty() || trimmed.starts_with('#');
        if !blank && this_indent < indent {
            end = offset;
            break;
        }
        offset = line_end;
    }
    &rest[..end]
}

/// The item's own text, with the `- ` of the list replaced by spaces so it parses as a map
/// at its original columns.
fn dedent_first(slice: &str, text: &str, start: usize) -> String {
    let line_start = text[..start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let prefix: String = text[line_start..start.min(text.len())]
        .chars()
        .map(|c| if c == '-' { ' ' } else { c })
        .collect();
    format!("{prefix}{slice}")
}
