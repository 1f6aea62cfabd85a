//! From items as written to the validated [`Model`]: check each item against its type, then
//! resolve every link, then the rules that look at the whole model. Each problem becomes a
//! diagnostic; an item with a fatal problem is left out, a bad link is dropped, so one mistake
//! never hides the others.
//!
//! One file per job: [`item`] turns one raw item into an [`Item`], [`fields`] checks which
//! fields it has, [`facts`] reads its typed facts, [`links`] finds and resolves its links,
//! [`rules`] and [`source_lines`] look across the model.

mod facts;
mod fields;
mod item;
mod links;
mod rules;
mod source_lines;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_saphyr::Spanned;

use super::links::PendingLink;
use super::{Item, ItemType, Link, Model, Relation};
use crate::content::Loaded;
use crate::diag::{Code, Diagnostic};
use crate::source::SourceText;

pub use item::slug;

/// One item that passed its own checks, waiting for its links to be resolved.
pub(super) struct Pending {
    pub(super) item: Item,
    pub(super) links: Vec<PendingLink>,
    pub(super) file: usize,
}

/// Validates everything `content::load` read. Returns the model and all diagnostics
/// (including those of loading).
pub fn build(loaded: Loaded, content_root: &Path) -> (Model, Vec<Diagnostic>) {
    let Loaded {
        files,
        entries,
        mut diagnostics,
        synonyms,
    } = loaded;
    let mut pending: Vec<Pending> = Vec::new();
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    for entry in entries {
        let file = &files[entry.file];
        let mut ctx = Ctx {
            path: &file.path,
            text: &file.text,
            offset: entry.line_offset,
            diags: &mut diagnostics,
        };
        let Some(mut p) = item::check_item(&mut ctx, entry, content_root) else {
            continue;
        };
        if !file.has_control_chars {
            ctx.diags
                .extend(p.item.control_char_errors(&file.path, &file.text));
        }
        if let Some(&(first_file, first_line)) = seen.get(&p.item.id) {
            let first = files[first_file].path.display().to_string();
            ctx.diags.push(
                Diagnostic::error(
                    Code::DubbeleId,
                    &file.path,
                    format!("de id '{}' bestaat al", p.item.id),
                )
                .at(p.item.location.line, 1)
                .with_source(&file.text)
                .hint(format!(
                    "de id staat ook in {first}:{first_line}; kies een andere id"
                )),
            );
            continue;
        }
        seen.insert(p.item.id.clone(), (p.file, p.item.location.line));
        pending.push(p);
    }
    let types: HashMap<String, ItemType> = pending
        .iter()
        .map(|p| (p.item.id.clone(), p.item.kind))
        .collect();
    let mut items = Vec::with_capacity(pending.len());
    for mut p in pending {
        let file = &files[p.file];
        // A set, not a scan of the links so far: an item may hold tens of thousands of links.
        let mut kept: HashSet<(String, Relation)> = HashSet::new();
        for link in std::mem::take(&mut p.links) {
            if let Some(diag) = links::resolve(&link, &p.item, &types, &file.path, &file.text) {
                diagnostics.push(diag);
            } else if kept.insert((link.target.clone(), link.rel)) {
                p.item.links.push(Link {
                    target: link.target,
                    rel: link.rel,
                });
            }
        }
        items.push(p.item);
    }
    let model = Model::new(items).with_synonyms(synonyms);
    rules::warn_orphans(&model, &mut diagnostics);
    rules::warn_no_droom(&model, &mut diagnostics);
    diagnostics.extend(source_lines::check(&model));
    diagnostics.extend(super::cycles::deel_van_cycles(&model));
    (model, diagnostics)
}

/// Where in which file the item being checked is written, and where its problems go.
pub(super) struct Ctx<'a> {
    pub(super) path: &'a Path,
    pub(super) text: &'a SourceText,
    pub(super) offset: usize,
    pub(super) diags: &'a mut Vec<Diagnostic>,
}

impl Ctx<'_> {
    pub(super) fn at<T>(&self, s: &Spanned<T>) -> (usize, usize) {
        (
            s.referenced.line() as usize + self.offset,
            s.referenced.column() as usize,
        )
    }

    pub(super) fn error<T>(&mut self, code: Code, s: &Spanned<T>, msg: String, hint: String) {
        self.push(Diagnostic::error(code, self.path, msg), s, hint);
    }

    pub(super) fn warning<T>(&mut self, code: Code, s: &Spanned<T>, msg: String, hint: String) {
        self.push(Diagnostic::warning(code, self.path, msg), s, hint);
    }

    /// Places `d` at the value `s` in this file, with the source line and the hint.
    fn push<T>(&mut self, d: Diagnostic, s: &Spanned<T>, hint: String) {
        let (l, c) = self.at(s);
        self.diags
            .push(d.at(l, c).with_source(self.text).hint(hint));
    }
}
