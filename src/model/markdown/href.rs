//! Where a link in item text goes. Every part of marke that meets a link (the site, the
//! browser, link checking, readability) asks [`Href::parse`], so they cannot disagree about
//! what an `@id` is or which schemes are safe to put in front of a reader.

/// The schemes a reader may follow. Anything else (`javascript:`, `data:`, `file:`) is never
/// turned into a link.
pub const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// The destination of a link, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Href {
    /// `@id` or `@id#anker`: another item of the knowledge base.
    Item { id: String, anchor: Option<String> },
    /// A path on the same site or an anchor on this page: `../agenda/`, `#kop`.
    Relative(String),
    /// A web address, an e-mail address or a phone number (see [`SAFE_SCHEMES`]).
    External { scheme: String, url: String },
    /// Any other scheme, or a host without a scheme (`//example.org`).
    Unsafe(String),
}

impl Href {
    /// Classifies a link destination as written in Markdown.
    pub fn parse(dest: &str) -> Self {
        if let Some(rest) = dest.strip_prefix('@') {
            let (id, anchor) = match rest.split_once('#') {
                Some((id, anchor)) => (id, Some(anchor.to_owned())),
                None => (rest, None),
            };
            return Href::Item {
                id: id.to_owned(),
                anchor,
            };
        }
        // Browsers drop whitespace and control characters inside a URL, so `java\tscript:`
        // is `javascript:` to them; classify what the browser would see.
        let seen: String = dest
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect();
        if seen.starts_with("//") || seen.starts_with("\\\\") || seen.starts_with("/\\") {
            return Href::Unsafe(dest.to_owned());
        }
        match scheme(&seen) {
            None => Href::Relative(dest.to_owned()),
            Some(s) if SAFE_SCHEMES.contains(&s.as_str()) => Href::External {
                scheme: s,
                url: dest.trim().to_owned(),
            },
            Some(_) => Href::Unsafe(dest.to_owned()),
        }
    }

    /// An e-mail autolink (`<naam@example.org>`) arrives without its `mailto:`.
    pub fn email(address: &str) -> Self {
        Href::External {
            scheme: "mailto".into(),
            url: format!("mailto:{}", address.trim()),
        }
    }

    /// The id of the item an `@id` link points at.
    pub fn item_id(&self) -> Option<&str> {
        match self {
            Href::Item { id, .. } => Some(id),
            _ => None,
        }
    }
}

/// The scheme of a URL, lowercased: the letters before the first `:`, if that comes before
/// any `/`, `?` or `#` (RFC 3986, section 3.1).
fn scheme(url: &str) -> Option<String> {
    let end = url.find([':', '/', '?', '#'])?;
    let candidate = &url[..end];
    let valid = url[end..].starts_with(':')
        && candidate.starts_with(|c: char| c.is_ascii_alphabetic())
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| candidate.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_links_keep_their_anchor() {
        assert_eq!(
            Href::parse("@netwerkaanpak#doelen"),
            Href::Item {
                id: "netwerkaanpak".into(),
                anchor: Some("doelen".into())
            }
        );
        assert_eq!(Href::parse("@x").item_id(), Some("x"));
    }

    #[test]
    fn only_safe_schemes_are_external() {
        for url in [
            "https://example.org",
            "HTTP://x",
            "mailto:a@b.nl",
            "tel:+31501234567",
        ] {
            assert!(matches!(Href::parse(url), Href::External { .. }), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            " data:text/html,x",
            "file:///etc/passwd",
            "//evil.example",
            "\\\\evil.example",
        ] {
            assert!(matches!(Href::parse(url), Href::Unsafe(_)), "{url:?}");
        }
    }

    #[test]
    fn paths_and_anchors_are_relative() {
        for url in ["../agenda/", "#kop", "plaatje.png", "a/b:c", ""] {
            assert!(matches!(Href::parse(url), Href::Relative(_)), "{url}");
        }
    }
}
