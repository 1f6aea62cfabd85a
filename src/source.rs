//! A text with an index of where its lines start, so that turning a byte offset into a line
//! and column, or a line number into its text, costs a binary search instead of a scan from
//! the start of the text.
//!
//! Every diagnostic points at a line and quotes it. With a scan per lookup, a file with many
//! problems or many sentences (200,000 headings) took minutes; with the index the work grows
//! linearly with the file.

use std::ops::Deref;

/// Byte offsets where the lines of a text start; the first is always 0.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }

    /// 1-based line and column (in characters) of a byte offset in `text`, the text this
    /// index was made from. An offset past the end counts as the end.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.starts[line - 1];
        let col = text
            .get(start..offset)
            .map_or(0, |before| before.chars().count());
        (line, col + 1)
    }

    /// The text of 1-based line `n` without its line ending, as [`str::lines`] gives it.
    pub fn line<'t>(&self, text: &'t str, n: usize) -> Option<&'t str> {
        let start = *self.starts.get(n.checked_sub(1)?)?;
        let end = self.starts.get(n).map_or(text.len(), |&next| next - 1);
        if start >= text.len() {
            return None;
        }
        let line = text.get(start..end)?;
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

/// Line and column lookups for offsets that mostly go forward, such as the links of a text
/// in order. The column is counted on from the previous offset when it is on the same line,
/// so one line with 90,000 links costs one pass over it, not one pass per link.
pub struct Cursor<'a> {
    text: &'a str,
    index: LineIndex,
    /// The last offset looked up, with its line and column.
    last: (usize, usize, usize),
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            index: LineIndex::new(text),
            last: (0, 1, 1),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.index.line_of(offset);
        let (last_offset, last_line, last_col) = self.last;
        let at = match self.text.get(last_offset..offset) {
            Some(between) if line == last_line && offset >= last_offset => {
                (line, last_col + between.chars().count())
            }
            _ => self.index.line_col(self.text, offset),
        };
        self.last = (offset, at.0, at.1);
        at
    }
}

/// A whole file's text together with its [`LineIndex`]. It reads as a `&str`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceText {
    text: String,
    lines: LineIndex,
}

impl SourceText {
    pub fn new(text: String) -> Self {
        let lines = LineIndex::new(&text);
        Self { text, lines }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines.line_of(offset)
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    /// The text of 1-based line `n`, without its line ending.
    pub fn line(&self, n: usize) -> Option<&str> {
        self.lines.line(&self.text, n)
    }
}

impl Deref for SourceText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl From<&str> for SourceText {
    fn from(text: &str) -> Self {
        Self::new(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_match_str_lines_also_with_crlf_and_a_missing_last_newline() {
        for text in ["a\nbb\n\nccc", "a\r\nb\r\n", "", "\n", "één\ntwee\n"] {
            let src = SourceText::from(text);
            let expected: Vec<&str> = text.lines().collect();
            let got: Vec<&str> = (1..=expected.len() + 1)
                .map_while(|n| src.line(n))
                .collect();
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn the_cursor_agrees_with_the_index_forward_and_back() {
        let text = "één [a](@a) en [b](@b)\nnog één [c](@c)";
        let index = LineIndex::new(text);
        let mut cursor = Cursor::new(text);
        let offsets: Vec<usize> = text.match_indices('[').map(|(i, _)| i).collect();
        for &o in offsets.iter().chain(offsets.iter().rev()) {
            assert_eq!(cursor.line_col(o), index.line_col(text, o), "{o}");
        }
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = SourceText::from("één\ntwee");
        assert_eq!(src.line_col(5), (1, 4));
        assert_eq!(src.line_col(6), (2, 1));
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(999), (2, 5));
    }
}
