//! Control characters: which ones content may not hold, and how marke shows text on a
//! terminal so that none of them reaches it raw.
//!
//! Content comes from strangers' pull requests. An escape character in a title can clear a
//! maintainer's screen, set the window title or write the clipboard (OSC 52) the moment
//! `marke show` or `marke check` prints it; a bidi override makes text read differently from
//! how it is stored ("Trojan Source"); a newline in a file name can start a line of its own,
//! such as a GitHub workflow command. So `check` refuses these characters in content
//! ([`forbidden`]), and everything marke prints from content or file names first goes
//! through [`escape`], which shows them as `\u{1b}`.

use std::borrow::Cow;

/// Whether `c` may not appear in content: C0 controls except tab and newline (a carriage
/// return only in a CRLF line ending, see [`forbidden`]), DEL, the C1 controls, and the
/// characters that embed, override or isolate the direction of text.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || is_bidi_control(c)
}

/// U+202A–U+202E and U+2066–U+2069: they reorder how a terminal or browser shows the text
/// around them. The marks U+200E and U+200F change nothing by themselves and are allowed.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Every forbidden character in `text`, with its byte offset. A carriage return directly
/// before a newline is a Windows line ending, not a problem.
pub fn forbidden(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    text.char_indices()
        .filter(move |&(i, c)| is_forbidden(c) && !(c == '\r' && bytes.get(i + 1) == Some(&b'\n')))
}

/// A short Dutch description of a forbidden character, for messages.
pub fn describe(c: char) -> String {
    let what = match c {
        '\u{1b}' => "escape-teken",
        '\r' => "losse regelterugloop (CR)",
        '\0' => "nulteken",
        c if is_bidi_control(c) => "teken dat de leesrichting omdraait",
        _ => "stuurteken",
    };
    format!("{what} {}", visible(c))
}

/// How a character is shown instead of itself: `\u{1b}`.
fn visible(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

/// `text` made safe to print on a terminal. Forbidden characters are shown as `\u{1b}`. With
/// `keep_lines`, newlines (and CRLF line endings) stay, for text that has lines of its own
/// (`marke show`); without, a newline is shown as `\u{a}` too, so the text stays on one line
/// (a file name, a quoted source line, a message).
pub fn escape(text: &str, keep_lines: bool) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let unsafe_at = |i: usize, c: char| match c {
        '\n' => !keep_lines,
        '\r' => !(keep_lines && bytes.get(i + 1) == Some(&b'\n')),
        c => is_forbidden(c),
    };
    if !text.char_indices().any(|(i, c)| unsafe_at(i, c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, c) in text.char_indices() {
        if unsafe_at(i, c) {
            out.push_str(&visible(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`escape`] for one line.
pub fn one_line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// [`escape`] keeping the lines.
pub fn lines(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_codes_bidi_and_c1_are_shown_not_sent() {
        let text = "a\u{1b}]52;c;eA==\u{7}b\u{202e}c\u{85}d\u{7f}";
        assert_eq!(
            one_line(text),
            "a\\u{1b}]52;c;eA==\\u{7}b\\u{202e}c\\u{85}d\\u{7f}"
        );
    }

    #[test]
    fn lines_keep_newlines_tabs_and_crlf_but_not_a_lone_cr() {
        assert_eq!(lines("a\tb\nc\r\nd\re"), "a\tb\nc\r\nd\\u{d}e");
        assert_eq!(one_line("a\nb"), "a\\u{a}b");
        assert!(matches!(lines("gewone tekst, één regel"), Cow::Borrowed(_)));
    }

    #[test]
    fn forbidden_skips_crlf_and_finds_the_rest() {
        let found: Vec<(usize, char)> = forbidden("a\r\nb\rc\u{1b}\u{2066}").collect();
        assert_eq!(found, [(4, '\r'), (6, '\u{1b}'), (7, '\u{2066}')]);
        assert!(!is_forbidden('\u{200f}'));
    }
}
