//! Splits a Markdown file into its YAML front matter and its body.
//!
//! The front matter sits between a first line `---` and the next line `---`. We keep the
//! line numbers of both parts, so errors in either point at the real line of the file.

/// The two parts of a Markdown file.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// 1-based line of the file where the YAML starts.
    pub yaml_line: usize,
    pub body: &'a str,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
}

/// Why a Markdown file has no usable front matter.
#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    /// The first line is not `---`.
    Missing,
    /// `---` opens but never closes; the line number of the opening.
    Unclosed,
}

pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().ok_or(SplitError::Missing)?;
    if first.trim_end() != "---" {
        return Err(SplitError::Missing);
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    let mut line_no = 1;
    for line in lines {
        line_no += 1;
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml = &text[yaml_start..offset];
            let body = &text[offset + line.len()..];
            return Ok(Split {
                yaml,
                yaml_line: 2,
                body,
                body_line: line_no + 1,
            });
        }
        offset += line.len();
    }
    Err(SplitError::Unclosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_yaml_and_body_with_line_numbers() {
        let s = split("---\nid: a\ntype: b\n---\nTekst\n").unwrap();
        assert_eq!(s.yaml, "id: a\ntype: b\n");
        assert_eq!(s.body, "Tekst\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn missing_and_unclosed_front_matter_are_told_apart() {
        assert_eq!(split("# Kop\n"), Err(SplitError::Missing));
        assert_eq!(split("---\nid: a\n"), Err(SplitError::Unclosed));
        assert_eq!(split(""), Err(SplitError::Missing));
    }

    #[test]
    fn windows_line_endings_work() {
        let s = split("---\r\nid: a\r\n---\r\nx").unwrap();
        assert_eq!(s.yaml, "id: a\r\n");
        assert_eq!(s.body, "x");
    }
}
