//! `voortgang/feed.xml`: an Atom feed (RFC 4287) with one entry per status update, newest
//! first, each linking to its afspraak page. Partners follow changes in a feed reader instead
//! of checking the site; every page points here with `<link rel="alternate">`.
//!
//! Ids must never change once a reader has seen them. An entry's id is its afspraak page plus
//! the update's place in the history (`…/afspraken/x/#voortgang-2`): updates are only ever
//! added at the end (`marke check` refuses a history out of date order), so the place of an
//! update stays put. With a site address (`site-url`), ids and links are absolute; without
//! one, links are relative to the feed and ids are `urn:marke:` names, which change once an
//! address is set: set it before anyone subscribes.

use anyhow::Result;

use super::Options;
use super::lastmod::LastChange;
use super::markdown::escape;
use super::output::Output;
use super::voortgang::{FEED, PAGE};
use crate::model::{Date, Item, ItemType, Model, Update};

/// One entry: the afspraak, the update's place in its history (1-based), the update.
struct Entry<'a> {
    item: &'a Item,
    place: usize,
    update: &'a Update,
    previous: Option<&'a Update>,
}

/// The status updates of all afspraken, newest first; on one day, in content order.
fn entries(model: &Model) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry> = model
        .of_type(ItemType::Afspraak)
        .into_iter()
        .flat_map(|item| {
            let history = &item.facts.voortgang;
            history.iter().enumerate().map(move |(i, update)| Entry {
                item,
                place: i + 1,
                update,
                previous: i.checked_sub(1).and_then(|p| history.get(p)),
            })
        })
        .collect();
    out.sort_by_key(|e| std::cmp::Reverse(e.update.datum));
    out
}

/// Writes the feed. `updated` is the newest update, or without any the newest change of the
/// content (see [`LastChange`]).
pub fn write(out: &mut Output, model: &Model, opts: &Options, changes: &LastChange) -> Result<()> {
    let entries = entries(model);
    let updated = entries
        .first()
        .map(|e| e.update.datum)
        .or_else(|| changes.newest(model.items()))
        .unwrap_or(Date {
            jaar: 1970,
            maand: 1,
            dag: 1,
        });
    let (feed_id, page, base) = match &opts.site_url {
        Some(u) => (format!("{u}{FEED}"), format!("{u}{PAGE}"), u.clone()),
        None => (
            "urn:marke:voortgang".to_owned(),
            "./".to_owned(),
            "../".to_owned(),
        ),
    };
    let title = format!("{}: voortgang van de afspraken", opts.title);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n\
         \x20 <id>{}</id>\n\
         \x20 <title>{}</title>\n\
         \x20 <subtitle>Elke nieuwe status van een afspraak, de nieuwste bovenaan.</subtitle>\n\
         \x20 <updated>{}</updated>\n\
         \x20 <author><name>{}</name></author>\n\
         \x20 <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        text(&feed_id),
        text(&title),
        timestamp(updated),
        text(&opts.title),
        text(&page),
    );
    if opts.site_url.is_some() {
        xml.push_str(&format!(
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
            text(&feed_id)
        ));
    }
    for e in &entries {
        xml.push_str(&entry(e, &base, opts.site_url.is_some()));
    }
    xml.push_str("</feed>\n");
    out.add(FEED, xml)
}

fn entry(e: &Entry, base: &str, absolute: bool) -> String {
    let href = format!("{base}{}", e.item.url_path());
    let id = if absolute {
        format!("{href}#voortgang-{}", e.place)
    } else {
        format!("urn:marke:afspraak:{}:voortgang:{}", e.item.id, e.place)
    };
    let status = e.update.status.name();
    let mut summary = match e.previous {
        Some(p) if p.status != e.update.status => {
            format!("Nieuwe status: {status} (was: {}).", p.status.name())
        }
        _ => format!("Status: {status}."),
    };
    if let Some(note) = &e.update.toelichting {
        summary.push(' ');
        summary.push_str(note);
    }
    format!(
        "  <entry>\n\
         \x20   <id>{}</id>\n\
         \x20   <title>{}: {status}</title>\n\
         \x20   <updated>{}</updated>\n\
         \x20   <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
         \x20   <summary>{}</summary>\n\
         \x20 </entry>\n",
        text(&id),
        text(&e.item.display_title()),
        timestamp(e.update.datum),
        text(&href),
        text(&summary),
    )
}

/// An RFC 3339 time for a day: its start, in UTC.
fn timestamp(d: Date) -> String {
    format!("{d}T00:00:00Z")
}

/// Escaped for XML, without the control characters XML 1.0 cannot hold at all (content
/// checks refuse them already; a feed must stay well-formed regardless).
fn text(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))
        .collect();
    escape(&kept)
}
