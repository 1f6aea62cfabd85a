//! When each page last changed, for `<lastmod>` in the sitemap and `updated` in the feed.
//!
//! An afspraak with a status history changed on the day of its last update
//! ([`agenda::last_updated`]); any other item changed when its file did. marke cannot count
//! on git (a site may be built from a downloaded archive, and a shallow clone knows no
//! history), so "the file's last change" is its modification time. That time depends on the
//! checkout: two builds of the same commit on different machines can give different
//! `<lastmod>` dates, and only those; every other byte of the site stays the same.

use std::collections::HashMap;
use std::path::Path;

use crate::model::{Date, Item, Model, agenda};

/// The day each item last changed, by item id. Items whose file cannot be read for its time
/// (it was removed during the build) are left out: no date is better than a wrong one.
#[derive(Debug, Default)]
pub struct LastChange {
    by_id: HashMap<String, Date>,
}

impl LastChange {
    /// Reads the modification time of each content file once.
    pub fn of(model: &Model) -> Self {
        let mut files: HashMap<&Path, Option<Date>> = HashMap::new();
        let mut by_id = HashMap::new();
        for item in model.items() {
            let day = agenda::last_updated(item).or_else(|| {
                *files
                    .entry(item.location.path.as_path())
                    .or_insert_with(|| modified(&item.location.path))
            });
            if let Some(day) = day {
                by_id.insert(item.id.clone(), day);
            }
        }
        Self { by_id }
    }

    pub fn item(&self, item: &Item) -> Option<Date> {
        self.by_id.get(&item.id).copied()
    }

    /// The newest change among `items`.
    pub fn newest<'a>(&self, items: impl IntoIterator<Item = &'a Item>) -> Option<Date> {
        items.into_iter().filter_map(|i| self.item(i)).max()
    }
}

fn modified(path: &Path) -> Option<Date> {
    let t = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(Date::from_system_time(t))
}
