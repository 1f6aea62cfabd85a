//! What a change to the content does, for whoever reviews the pull request: the problems it
//! brings (not the ones that were already there), the items it adds, changes or removes with
//! their readability before and after, and the afspraken whose status it changes.
//!
//! Both sides are full models, checked in full: the content as it was at the base revision
//! and as it is now. A problem counts as the change's when it sits in a changed file, or when
//! it did not exist before (a link elsewhere that the change broke). Problems are matched by
//! file, kind and message, not by line, because an edit above a problem moves it.

pub mod markdown;
pub mod pages;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::check::readability::{Scores, Vocabulary, score_with};
use crate::config::Leesbaarheid;
use crate::diag::{Diagnostic, Report};
use crate::model::{Checked, Item, ItemType, Model, Status};

/// The review of one change.
#[derive(Debug, Serialize)]
pub struct Review {
    /// The revision compared with, as given (`origin/main`).
    pub sinds: String,
    /// The commit it resolved to (short), for the summary's reader to check.
    pub basis: String,
    /// The problems of the change: in changed files, or new since the base.
    pub problemen: Report,
    /// Problems elsewhere that were already there before the change.
    pub rest_fouten: usize,
    pub rest_waarschuwingen: usize,
    pub onderdelen: Vec<ItemChange>,
    pub statussen: Vec<StatusChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Nieuw,
    Gewijzigd,
    Verwijderd,
}

impl Change {
    pub fn label(self) -> &'static str {
        match self {
            Change::Nieuw => "nieuw",
            Change::Gewijzigd => "gewijzigd",
            Change::Verwijderd => "verwijderd",
        }
    }
}

/// An item the change adds, edits or removes, with its readability on both sides.
#[derive(Debug, Serialize)]
pub struct ItemChange {
    pub id: String,
    pub titel: String,
    #[serde(rename = "type")]
    pub kind: ItemType,
    pub wijziging: Change,
    /// Path relative to the content folder.
    pub bestand: String,
    pub voor: Option<Scores>,
    pub na: Option<Scores>,
}

/// An afspraak whose status differs between the base and now.
#[derive(Debug, Serialize)]
pub struct StatusChange {
    pub id: String,
    pub titel: String,
    pub was: Status,
    pub wordt: Status,
    /// The note of the newest update, if the change added one.
    pub toelichting: Option<String>,
}

/// The two sides of a change, each loaded from its own content folder and checked.
pub struct Side<'a> {
    pub checked: &'a Checked,
    pub content_dir: &'a Path,
}

impl Review {
    /// Compares `base` with `head`; `changed` are the files (relative to the content folder)
    /// that differ between them. `cfg` decides what counts as jargon and known terms when
    /// the uncommon words are counted.
    pub fn new(
        sinds: &str,
        basis: &str,
        base: Side,
        head: Side,
        changed: &BTreeSet<PathBuf>,
        cfg: &Leesbaarheid,
    ) -> Self {
        let old_keys: HashSet<Key> = base
            .checked
            .report
            .diagnostics
            .iter()
            .map(|d| Key::of(d, base.content_dir))
            .collect();
        let (mine, rest): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
            head.checked.report.diagnostics.iter().partition(|d| {
                let key = Key::of(d, head.content_dir);
                changed.contains(&key.file) || !old_keys.contains(&key)
            });
        let rest_fouten = rest.iter().filter(|d| d.is_error()).count();
        Self {
            sinds: sinds.to_owned(),
            basis: basis.chars().take(10).collect(),
            problemen: Report::new(
                mine.into_iter().cloned().collect(),
                head.checked.report.items,
            ),
            rest_fouten,
            rest_waarschuwingen: rest.len() - rest_fouten,
            onderdelen: item_changes(&base.checked.model, &head.checked.model, changed, cfg),
            statussen: status_changes(&base.checked.model, &head.checked.model),
        }
    }
}

/// How a problem is recognised on both sides: where (file in the content folder), what kind,
/// and what it says.
#[derive(PartialEq, Eq, Hash)]
struct Key {
    file: PathBuf,
    code: &'static str,
    message: String,
}

impl Key {
    fn of(d: &Diagnostic, content_dir: &Path) -> Self {
        Self {
            file: d
                .file
                .strip_prefix(content_dir)
                .unwrap_or(&d.file)
                .to_path_buf(),
            code: d.code.name(),
            message: d.message.clone(),
        }
    }
}

/// What an item says, without where it says it: two sides are equal when this is.
fn fingerprint(item: &Item) -> String {
    serde_json::to_string(&(
        &item.title,
        &item.summary,
        &item.body,
        &item.aliases,
        &item.facts,
        &item.links,
        &item.source,
    ))
    .unwrap_or_default()
}

/// Items in changed files that are new, different, or gone, in the order of the files. Each
/// side's uncommon words are counted with that side's vocabulary (its glossary and names).
fn item_changes(
    base: &Model,
    head: &Model,
    changed: &BTreeSet<PathBuf>,
    cfg: &Leesbaarheid,
) -> Vec<ItemChange> {
    let (old_words, new_words) = (Vocabulary::new(base, cfg), Vocabulary::new(head, cfg));
    let score_old = |item: &Item| score_with(item, &old_words);
    let score_new = |item: &Item| score_with(item, &new_words);
    let in_changed = |item: &&Item| changed.contains(Path::new(&item.location.rel_path));
    let old: HashMap<&str, &Item> = base.items().iter().map(|i| (i.id.as_str(), i)).collect();
    let mut out: Vec<ItemChange> = head
        .items()
        .iter()
        .filter(in_changed)
        .filter_map(|item| {
            let before = old.get(item.id.as_str());
            let wijziging = match before {
                None => Change::Nieuw,
                Some(b) if fingerprint(b) != fingerprint(item) => Change::Gewijzigd,
                Some(_) => return None,
            };
            Some(ItemChange {
                voor: before.map(|b| score_old(b)),
                na: Some(score_new(item)),
                ..ItemChange::of(item, wijziging)
            })
        })
        .collect();
    out.extend(
        base.items()
            .iter()
            .filter(in_changed)
            .filter(|item| head.get(&item.id).is_none())
            .map(|item| ItemChange {
                voor: Some(score_old(item)),
                ..ItemChange::of(item, Change::Verwijderd)
            }),
    );
    out.sort_by(|a, b| a.bestand.cmp(&b.bestand));
    out
}

impl ItemChange {
    fn of(item: &Item, wijziging: Change) -> Self {
        Self {
            id: item.id.clone(),
            titel: item.display_title(),
            kind: item.kind,
            wijziging,
            bestand: item.location.rel_path.clone(),
            voor: None,
            na: None,
        }
    }
}

/// Afspraken on both sides whose status differs, in the order of the model.
fn status_changes(base: &Model, head: &Model) -> Vec<StatusChange> {
    head.items()
        .iter()
        .filter_map(|item| {
            let now = item.facts.status?;
            let was = base.get(&item.id)?.facts.status.unwrap_or(Status::Onbekend);
            (was != now).then(|| StatusChange {
                id: item.id.clone(),
                titel: item.display_title(),
                was,
                wordt: now,
                toelichting: item
                    .facts
                    .voortgang
                    .last()
                    .and_then(|u| u.toelichting.clone()),
            })
        })
        .collect()
}
