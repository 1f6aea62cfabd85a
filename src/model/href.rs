//! The one rule for where a link in content may go. Every reader of links asks [`classify`]:
//! the check (an error for an unsafe link), the site's Markdown renderer and link checker
//! (an unsafe link is never written, and the build fails if a page holds one anyway), and the
//! terminal browser (which opens only web links).
//!
//! Allowed: `http`, `https`, `mailto`, `tel`, paths and anchors on the site, and `@id`.
//! Everything else is refused, because a scheme such as `javascript:` or `data:` runs code
//! when a reader clicks, and `file:` reads the reader's disk. The scheme is read the way a
//! browser reads it: spaces and control characters around the link and tabs and newlines
//! inside it do not count, and case does not matter, so `  JaVa\tScRiPt:` is `javascript:`.
//! HTML entities (`&#106;avascript:`) are decoded by the Markdown parser before this rule
//! sees a link, and by the link checker for the HTML it reads.

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Href<'a> {
    /// `@id` or `@id#anker`: another item.
    Item {
        id: &'a str,
        anchor: Option<&'a str>,
    },
    /// `http(s)://…`, `//host/…`, `mailto:…` or `tel:…`: away from the site.
    External,
    /// A path or `#anker` on the site.
    Relative,
    /// Any other scheme, lowercased as the browser would read it, e.g. `javascript`.
    Unsafe(String),
}

/// Schemes a link may have.
pub const ALLOWED_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// What a link destination, as written (after Markdown's own unescaping), points at.
pub fn classify(dest: &str) -> Href<'_> {
    if let Some(rest) = dest.strip_prefix('@') {
        let (id, anchor) = match rest.split_once('#') {
            Some((id, anchor)) => (id, Some(anchor)),
            None => (rest, None),
        };
        return Href::Item { id, anchor };
    }
    let cleaned = browser_form(dest);
    match scheme(&cleaned) {
        Some(s) if ALLOWED_SCHEMES.contains(&s.as_str()) => Href::External,
        Some(s) => Href::Unsafe(s),
        None if is_network_path(&cleaned) => Href::External,
        None => Href::Relative,
    }
}

/// Whether a link may appear on a page or be opened: everything but [`Href::Unsafe`].
pub fn is_safe(dest: &str) -> bool {
    !matches!(classify(dest), Href::Unsafe(_))
}

/// Whether a link leaves the site for the web: `http(s)` or `//host`. Only these are opened
/// in a web browser from the terminal.
pub fn is_web(dest: &str) -> bool {
    let cleaned = browser_form(dest);
    match scheme(&cleaned) {
        Some(s) => s == "http" || s == "https",
        None => is_network_path(&cleaned),
    }
}

/// The link as a browser's URL parser sees it: leading and trailing spaces and C0 controls
/// removed, tabs and newlines removed everywhere.
fn browser_form(dest: &str) -> String {
    dest.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The scheme, lowercased: an ASCII letter, then letters, digits, `+`, `-` or `.`, up to the
/// first `:`. `None` for a relative link (`a/b:c` has no scheme: `/` comes before the `:`).
fn scheme(url: &str) -> Option<String> {
    let (head, _) = url.split_once(':')?;
    let mut chars = head.chars();
    let first = chars.next()?;
    let valid = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| head.to_ascii_lowercase())
}

/// `//host/…` (browsers treat `\` like `/` here): a web link with the page's own scheme.
fn is_network_path(url: &str) -> bool {
    let mut chars = url.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('/' | '\\'), Some('/' | '\\'))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_data_and_file_links_are_unsafe_however_they_are_written() {
        for dest in [
            "javascript:alert(1)",
            "javascript:alert(1)//://",
            "javascript:alert(1)//../../index.html",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "  \u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "C:\\Windows",
        ] {
            assert!(matches!(classify(dest), Href::Unsafe(_)), "{dest:?}");
        }
        assert_eq!(
            classify("JaVa\tScRiPt:x"),
            Href::Unsafe("javascript".into())
        );
    }

    #[test]
    fn web_mail_phone_paths_and_items_are_allowed() {
        for dest in [
            "https://www.drenthe.nl/",
            "HTTP://example.org",
            "mailto:info@example.org",
            "tel:+31592365555",
            "//example.org/pad",
        ] {
            assert_eq!(classify(dest), Href::External, "{dest:?}");
        }
        for dest in [
            "../opgaven/",
            "#doelen",
            "a/b:c",
            "javascript%3Aalert(1)",
            "",
        ] {
            assert_eq!(classify(dest), Href::Relative, "{dest:?}");
        }
        assert_eq!(
            classify("@1-1-1#afspraken"),
            Href::Item {
                id: "1-1-1",
                anchor: Some("afspraken")
            }
        );
        assert!(is_web("https://x.nl") && !is_web("mailto:a@b.nl") && !is_web("http-x:y"));
    }
}
