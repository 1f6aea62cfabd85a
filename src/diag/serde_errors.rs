//! serde's own messages (an unknown field, a missing field, a value of the wrong kind), the
//! same whichever format was read: recognised here once, so the YAML reader and the
//! `book.toml` reader phrase them in Dutch without each parsing the English.

/// A problem serde found after the text itself was read.
#[derive(Debug, PartialEq, Eq)]
pub enum SerdeError<'m> {
    /// `unknown field `x`, expected one of `a`, `b``: the field and the allowed ones.
    UnknownField {
        field: &'m str,
        expected: Vec<&'m str>,
    },
    /// `missing field `x``.
    MissingField(&'m str),
    /// `invalid type: integer `3`, expected a string`: both sides in Dutch ([`kind`]).
    InvalidType { found: String, expected: String },
}

/// Which of serde's messages `msg` is, if any.
pub fn recognise(msg: &str) -> Option<SerdeError<'_>> {
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, rest) = rest.split_once('`').unwrap_or((rest, ""));
        // The allowed names are the other back-quoted words: "expected `a`" or "one of `a`, `b`".
        let expected = rest.split('`').skip(1).step_by(2).collect();
        return Some(SerdeError::UnknownField { field, expected });
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        return Some(SerdeError::MissingField(
            rest.split('`').next().unwrap_or(""),
        ));
    }
    let rest = msg.strip_prefix("invalid type: ")?;
    let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
    Some(SerdeError::InvalidType {
        found: kind(found),
        expected: kind(expected),
    })
}

/// serde's name for a kind of value (`a string`, `integer `3``), in Dutch; a quoted value
/// stays after it (`een getal `3``).
pub fn kind(s: &str) -> String {
    let s = s.trim();
    let map: &[(&str, &str)] = &[
        ("a sequence", "een lijst"),
        ("sequence", "een lijst"),
        ("a string", "tekst"),
        ("string", "tekst"),
        ("a map", "velden"),
        ("map", "velden"),
        ("struct", "velden"),
        ("a boolean", "ja/nee (true/false)"),
        ("boolean", "ja/nee (true/false)"),
        ("u16", "een heel getal"),
        ("i64", "een heel getal"),
        ("usize", "een heel getal"),
        ("u32", "een heel getal"),
        ("u64", "een heel getal"),
        ("f64", "een getal"),
        ("f32", "een getal"),
        ("floating point", "een getal"),
        ("integer", "een getal"),
        ("tekst", "tekst"),
    ];
    for (en, nl) in map {
        if s == *en || s.starts_with(&format!("{en} ")) || s.contains(en) {
            let detail = s.split_once(' ').map_or("", |x| x.1);
            return if detail.starts_with('"') || detail.starts_with('`') {
                format!("{nl} {detail}")
            } else {
                (*nl).to_owned()
            };
        }
    }
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_are_recognised_with_their_parts() {
        assert_eq!(
            recognise("unknown field `fout`, expected `goed`"),
            Some(SerdeError::UnknownField {
                field: "fout",
                expected: vec!["goed"]
            })
        );
        assert_eq!(
            recognise("unknown field `titel`, expected one of `title`, `description`"),
            Some(SerdeError::UnknownField {
                field: "titel",
                expected: vec!["title", "description"]
            })
        );
        assert_eq!(
            recognise("missing field `id`"),
            Some(SerdeError::MissingField("id"))
        );
        assert_eq!(
            recognise("invalid type: integer `3`, expected a string"),
            Some(SerdeError::InvalidType {
                found: "een getal `3`".into(),
                expected: "tekst".into()
            })
        );
        assert_eq!(
            recognise("invalid type: string \"twintig\", expected usize"),
            Some(SerdeError::InvalidType {
                found: "tekst \"twintig\"".into(),
                expected: "een heel getal".into()
            })
        );
        assert_eq!(recognise("expected `=`"), None);
    }
}
