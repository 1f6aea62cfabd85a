//! The text edit behind `marke status`: set an item's `status` and append one update to its
//! `voortgang`, changing only those lines of the file.
//!
//! The file is never written back through a YAML library: that would drop comments and
//! re-quote and re-wrap every text, turning a one-line status change into a diff of the
//! whole file. Instead we find the item's lines (with the loader's own list splitting), find
//! its top-level keys by their indentation, and replace or insert whole lines there. The
//! caller then loads the result as `marke check` would, so an edit that went wrong is caught
//! before anything is written.

use crate::content::FileKind;
use crate::model::kinds::ItemType;
use crate::model::{Date, Status};

/// The update to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUpdate {
    pub datum: Date,
    pub status: Status,
    /// One line of text, without control characters (see [`clean_note`]).
    pub toelichting: Option<String>,
}

/// Why the edit could not be made; the caller adds the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No item with this id in the file.
    NotFound,
    /// The item is written in a form this edit does not touch; the text says which and how
    /// to rewrite it.
    Layout(String),
}

/// A note as one clean line: every run of whitespace (newlines from a spreadsheet cell too)
/// becomes one space, other control characters are dropped. `None` when nothing is left.
pub fn clean_note(text: &str) -> Option<String> {
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    let one = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    (!one.is_empty()).then_some(one)
}

/// The afspraak's own fields that the field table ([`ItemType::own_fields`]) puts before
/// `status`: where a `status` line goes when the item has none yet.
fn fields_before_status() -> &'static [&'static str] {
    let fields = ItemType::Afspraak.own_fields();
    let at = fields
        .iter()
        .position(|f| *f == "status")
        .unwrap_or(fields.len());
    &fields[..at]
}

/// The item's lines in the file: `lines[start..end]`, keys at column `indent`. In a YAML list
/// the first line starts with the item's `-`.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    indent: usize,
    list: bool,
}

/// Sets `status` and appends `update` to `voortgang` of the item `id` in `text`.
pub fn apply(
    text: &str,
    kind: FileKind,
    id: &str,
    update: &NewUpdate,
) -> Result<String, EditError> {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    let span = find_item(text, &lines, kind, id)?;
    let keys = keys_in(&lines, span);
    let eol = if lines[span.start].ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let pad = " ".repeat(span.indent);
    let find = |name: &str| keys.iter().find(|(k, _)| k == name).map(|&(_, at)| at);
    let end_of = |at: usize| block_end(&lines, &keys, span, at);
    let status_at = find("status").map(|at| (at, end_of(at)));
    let voortgang_at = find("voortgang").map(|at| (at, end_of(at), value_of(&lines[at]) == "[]"));
    let voortgang_value = voortgang_at.map(|(at, ..)| value_of(&lines[at]).to_owned());
    let entry_indent = voortgang_at
        .and_then(|(at, end, _)| (at + 1..end).find_map(|i| list_indent(&lines[i])))
        .unwrap_or(span.indent + 2);
    // A new `status` goes after the last field that comes before it in the field table.
    let anchor = fields_before_status()
        .iter()
        .filter_map(|k| find(k))
        .chain(find("id"))
        .max()
        .map_or(span.start + 1, end_of);
    let entry = |indent: usize| format!("{}- {}{eol}", " ".repeat(indent), entry_text(update));
    let mut inserts: Vec<(usize, Vec<String>)> = Vec::new();
    match status_at {
        Some((at, end)) if end != at + 1 => {
            return Err(EditError::Layout(
                "'status' staat over meer regels; zet 'status: ...' op één regel".into(),
            ));
        }
        Some((at, _)) => lines[at] = replace_value(&lines[at], update.status.name())?,
        None => inserts.push((
            anchor,
            vec![format!("{pad}status: {}{eol}", update.status.name())],
        )),
    }
    match (voortgang_at, voortgang_value.as_deref()) {
        (Some((at, end, true)), _) if end == at + 1 => {
            lines[at] = format!("{pad}voortgang:{eol}");
            inserts.push((at + 1, vec![entry(span.indent + 2)]));
        }
        (Some((_, end, _)), Some("")) => inserts.push((end, vec![entry(entry_indent)])),
        (Some(_), _) => {
            return Err(EditError::Layout(
                "'voortgang' staat tussen [ ] op één regel; zet elke update op een eigen regel met '- '"
                    .into(),
            ));
        }
        (None, _) => {
            let after = status_at.map_or(anchor, |(at, _)| at + 1);
            let new = vec![format!("{pad}voortgang:{eol}"), entry(span.indent + 2)];
            match inserts.iter_mut().find(|(at, _)| *at == after) {
                Some((_, lines)) => lines.extend(new),
                None => inserts.push((after, new)),
            }
        }
    }
    Ok(insert(lines, inserts, eol, text.ends_with('\n')))
}

/// Applies the insertions from the bottom up, so earlier positions stay valid. A file that
/// did not end in a line break still does not.
fn insert(
    mut lines: Vec<String>,
    mut inserts: Vec<(usize, Vec<String>)>,
    eol: &str,
    ended_with_newline: bool,
) -> String {
    inserts.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    for (at, new) in inserts {
        if at > 0
            && let Some(prev) = lines.get_mut(at - 1)
            && !prev.ends_with('\n')
        {
            prev.push_str(eol);
        }
        let at = at.min(lines.len());
        lines.splice(at..at, new);
    }
    let mut out = lines.concat();
    if !ended_with_newline && out.ends_with('\n') {
        out.truncate(out.trim_end_matches(['\r', '\n']).len());
    }
    out
}

/// `{ datum: "2026-12-01", status: lopend, toelichting: "..." }`: one line per update, so a
/// diff shows one added line per update.
fn entry_text(u: &NewUpdate) -> String {
    let mut s = format!("{{ datum: \"{}\", status: {}", u.datum, u.status.name());
    if let Some(note) = &u.toelichting {
        s.push_str(", toelichting: ");
        s.push_str(&quoted(note));
    }
    s.push_str(" }");
    s
}

/// A YAML double-quoted string. The text is one line without control characters.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The line (1-based) of the `status` key of the item `id`, for an editor to open at; `None`
/// when the item has no `status` line or is not found.
pub fn status_line(text: &str, kind: FileKind, id: &str) -> Option<usize> {
    let lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    let span = find_item(text, &lines, kind, id).ok()?;
    keys_in(&lines, span)
        .into_iter()
        .find(|(k, _)| k == "status")
        .map(|(_, at)| at + 1)
}

/// Finds the lines of the item `id`.
fn find_item(text: &str, lines: &[String], kind: FileKind, id: &str) -> Result<Span, EditError> {
    let spans: Vec<Span> = match kind {
        FileKind::Markdown => front_matter(lines).into_iter().collect(),
        FileKind::Yaml | FileKind::Synonyms => {
            let items = crate::content::split_items(text);
            let starts: Vec<usize> = items.iter().map(|(start, _)| *start).collect();
            items
                .iter()
                .enumerate()
                .filter_map(|(n, (start, chunk))| {
                    let end = starts.get(n + 1).copied().unwrap_or(lines.len());
                    let indent = chunk
                        .lines()
                        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                        .map(|l| l.len() - l.trim_start().len())?;
                    Some(Span {
                        start: *start,
                        end,
                        indent,
                        list: true,
                    })
                })
                .collect()
        }
    };
    spans
        .into_iter()
        .find(|&span| {
            let keys = keys_in(lines, span);
            keys.iter()
                .any(|(k, at)| k == "id" && unquote(value_of(&masked(lines, span, *at))) == id)
        })
        .ok_or(EditError::NotFound)
}

/// The front matter between the first `---` and the next `---` (or `...`).
fn front_matter(lines: &[String]) -> Option<Span> {
    if lines.first()?.trim_end() != "---" {
        return None;
    }
    let close = (1..lines.len()).find(|&i| matches!(lines[i].trim_end(), "---" | "..."))?;
    Some(Span {
        start: 1,
        end: close,
        indent: 0,
        list: false,
    })
}

/// The line with the list item's `-` turned into a space, as the loader reads it.
fn masked(lines: &[String], span: Span, at: usize) -> String {
    if span.list && at == span.start {
        lines[at].replacen('-', " ", 1)
    } else {
        lines[at].clone()
    }
}

/// The top-level keys of the item, with their line.
fn keys_in(lines: &[String], span: Span) -> Vec<(String, usize)> {
    (span.start..span.end)
        .filter_map(|at| key_of(&masked(lines, span, at), span.indent).map(|k| (k, at)))
        .collect()
}

/// The key at exactly column `indent` of `line`, if it has one.
fn key_of(line: &str, indent: usize) -> Option<String> {
    let bytes = line.as_bytes();
    if bytes.len() <= indent || !bytes[..indent].iter().all(|b| *b == b' ') {
        return None;
    }
    let rest = &line[indent..];
    let key: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let after = rest[key.len()..].trim_start_matches(' ');
    let starts_ok = key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
    let colon = after.starts_with(':') && after[1..].starts_with([' ', '\t', '\r', '\n']);
    (starts_ok && (colon || after.trim_end() == ":")).then_some(key)
}

/// Where the value of the key on line `at` ends (exclusive): before the next key, leaving
/// out blank lines and comments at the key's own indentation, which belong to what follows.
fn block_end(lines: &[String], keys: &[(String, usize)], span: Span, at: usize) -> usize {
    let next = keys
        .iter()
        .map(|&(_, i)| i)
        .find(|&i| i > at)
        .unwrap_or(span.end);
    let mut end = next;
    while end > at + 1 {
        let l = &lines[end - 1];
        let indent = l.len() - l.trim_start().len();
        let comment = l.trim_start().starts_with('#') && indent <= span.indent;
        if l.trim().is_empty() || comment {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// The value after `key:` on its line, without a trailing comment.
fn value_of(line: &str) -> &str {
    let Some((_, value)) = line.split_once(':') else {
        return "";
    };
    let value = value.trim();
    if let Some(q) = value.chars().next().filter(|c| matches!(c, '"' | '\''))
        && let Some(close) = value[1..].find(q)
    {
        return &value[..close + 2];
    }
    match value.find(" #") {
        Some(i) => value[..i].trim_end(),
        None if value.starts_with('#') => "",
        None => value,
    }
}

fn unquote(value: &str) -> &str {
    value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value)
}

/// The indentation of a list entry line (`- ...`), if it is one.
fn list_indent(line: &str) -> Option<usize> {
    let t = line.trim_start();
    (t.starts_with("- ") || t.trim_end() == "-").then(|| line.len() - t.len())
}

/// The line with its value replaced by `new`, keeping the key, the spacing, the quotes and
/// a trailing comment.
fn replace_value(line: &str, new: &str) -> Result<String, EditError> {
    let colon = line.find(':').unwrap_or(line.len());
    let (head, rest) = line.split_at(colon + 1);
    let lead = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let value = &rest[lead..];
    let (token_len, quote) = match value.chars().next() {
        Some(q @ ('"' | '\'')) => match value[1..].find(q) {
            Some(close) => (close + 2, Some(q)),
            None => {
                return Err(EditError::Layout(
                    "de waarde van 'status' heeft geen sluitend aanhalingsteken".into(),
                ));
            }
        },
        _ => {
            let end = value.find(" #").unwrap_or(value.len());
            (value[..end].trim_end().len(), None)
        }
    };
    let new = match quote {
        Some(q) => format!("{q}{new}{q}"),
        None => new.to_owned(),
    };
    let lead = if lead == 0 { " " } else { &rest[..lead] };
    Ok(format!("{head}{lead}{new}{}", &value[token_len..]))
}

#[cfg(test)]
mod tests;
