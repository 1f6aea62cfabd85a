//! `marke export --format ics`: the agenda as an iCalendar file (RFC 5545), to import in
//! Outlook or subscribe to. One all-day entry per planned afspraak on its deadline: a year
//! ends on 31 December, a quarter on its last day. Afspraken "nader te bepalen" have no day
//! and are left out.
//!
//! The format is strict and small, so it is written here rather than through a library:
//! CRLF line ends, text escaped (`\\`, `;`, `,`, newlines), and lines folded at 75 octets
//! without cutting a UTF-8 character.

use crate::model::{Date, Item, ItemType, Model, agenda};

/// What the calendar needs from outside the model.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// `[output.html] site-url`: each entry links to the afspraak's page.
    pub site_url: Option<&'a str>,
    /// When the file was made, UTC, as `20261201T093000Z` (DTSTAMP).
    pub stamp: String,
    pub today: Date,
}

/// The whole calendar.
pub fn calendar(model: &Model, opts: &Options) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!(
            "PRODID:-//Gezonde Marke//marke {}//NL",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Gezonde Marke: afspraken",
    ] {
        push(&mut out, line);
    }
    let host = opts.site_url.and_then(host).unwrap_or("marke.local");
    for a in model.of_type(ItemType::Afspraak) {
        event(&mut out, a, opts, host);
    }
    push(&mut out, "END:VCALENDAR");
    out
}

fn event(out: &mut String, a: &Item, opts: &Options, host: &str) {
    let Some((jaar, maand, dag)) = a.facts.gepland.and_then(|g| g.deadline()) else {
        return;
    };
    let day = Date { jaar, maand, dag };
    let mut description = a.summary.clone();
    if let Some(status) = agenda::status_text(a) {
        description.push_str(&format!("\n\nStatus: {status}"));
    }
    if agenda::overdue(a, opts.today) {
        description.push_str(" (verlopen)");
    }
    if let Some(g) = a.facts.gepland {
        description.push_str(&format!("\nGepland: {}", g.display()));
    }
    push(out, "BEGIN:VEVENT");
    push(out, &format!("UID:{}@{host}", a.id));
    push(out, &format!("DTSTAMP:{}", opts.stamp));
    push(out, &format!("DTSTART;VALUE=DATE:{}", day.compact()));
    push(
        out,
        &format!("DTEND;VALUE=DATE:{}", day.next_day().compact()),
    );
    push(out, &format!("SUMMARY:{}", text(&a.display_title())));
    push(out, &format!("DESCRIPTION:{}", text(&description)));
    if let Some(base) = opts.site_url {
        let base = base.trim_end_matches('/');
        let url: String = format!("{base}/{}", a.url_path())
            .chars()
            .filter(|c| !c.is_control() && !c.is_whitespace())
            .collect();
        push(out, &format!("URL:{url}"));
    }
    push(out, "TRANSP:TRANSPARENT");
    push(out, "END:VEVENT");
}

/// The host of the site, for globally unique UIDs (`2-1-1-a@gezondemarke.github.io`).
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', ':', '?', '#']).next()?;
    (!host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.".contains(c)))
    .then_some(host)
}

/// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and newline escaped; other
/// control characters dropped, so content cannot break out of its property.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Adds one content line, folded: at most 75 octets per line, continuation lines start with
/// a space (RFC 5545, 3.1), and a UTF-8 character is never split.
fn push(out: &mut String, line: &str) {
    let mut limit = 75;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > limit {
            out.push_str("\r\n ");
            limit = 74;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(60));
        push(&mut out, &line);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn text_is_escaped_and_hosts_are_taken_from_the_site_url() {
        assert_eq!(text("a,b;c\\d\ne\u{7}"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(
            host("https://gezondemarke.github.io/marke/"),
            Some("gezondemarke.github.io")
        );
        assert_eq!(host("https://"), None);
    }
}
