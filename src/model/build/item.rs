//! One raw item to an [`Item`]: its type, its id, its fields and facts, its place in the file.
//! Problems in the fields are reported but the item stays, so its links are checked too.

use std::path::Path;

use serde_saphyr::Spanned;

use super::facts::facts;
use super::fields::{check_fields, check_required};
use super::links::{check_url, field_links};
use super::{Ctx, Pending};
use crate::content::RawEntry;
use crate::diag::Code;
use crate::model::body::{self, Placement};
use crate::model::note;
use crate::model::{Item, ItemType, Location, SourceRef};

pub(super) fn check_item(ctx: &mut Ctx, entry: RawEntry, root: &Path) -> Option<Pending> {
    let raw = entry.item;
    let Some(kind) = ItemType::from_name(raw.kind.value.trim()) else {
        ctx.error(
            Code::OnbekendType,
            &raw.kind,
            format!("onbekend type '{}'", raw.kind.value),
            format!("kies één van: {}", ItemType::names()),
        );
        return None;
    };
    // Problems in the other fields are reported here, but the item stays, so that its links
    // are checked too and the contributor sees every problem of the item in one run. The
    // model is not used for anything else while there are errors.
    let mut fields_ok = check_fields(ctx, &raw, kind);
    fields_ok &= check_required(ctx, &raw, kind);
    let facts = facts(ctx, &raw, kind, &mut fields_ok);
    if !check_id(ctx, &raw.id) {
        return None;
    }
    let (line, _) = ctx.at(&raw.id);
    let rel_path = ctx
        .path
        .strip_prefix(root)
        .unwrap_or(ctx.path)
        .to_string_lossy()
        .replace('\\', "/");
    let mut links = field_links(ctx, &raw);
    let at = Placement {
        line: entry.body_line,
        indent: entry.body_indent,
    };
    let (text_links, unsafe_links) = body::links(&entry.body, at);
    links.extend(text_links);
    for link in &unsafe_links {
        ctx.diags
            .push(body::unsafe_link_error(ctx.path, ctx.text, link));
    }
    check_url(ctx, &raw);
    let summary = raw
        .samenvatting
        .as_ref()
        .map(|s| s.value.0.trim().to_owned())
        .unwrap_or_default();
    let source = raw.bron.as_ref().map(|b| SourceRef {
        document: b.value.document.value.clone(),
        sectie: b.value.sectie.clone().map(|t| t.0),
        pagina: b.value.pagina.clone().map(|t| t.0),
        regels: b.value.regels.as_ref().map(|t| t.value.0.clone()),
        regels_at: b.value.regels.as_ref().map_or((0, 0), |t| ctx.at(t)),
    });
    let (body, source_note) = note::split(&entry.body);
    let item = Item {
        id: raw.id.value.clone(),
        kind,
        title: raw.titel.value.0.trim().to_owned(),
        summary,
        body: body.to_owned(),
        source_note: source_note.to_owned(),
        source,
        aliases: raw
            .aliassen
            .map(|a| a.value.into_iter().map(|t| t.0).collect())
            .unwrap_or_default(),
        order: raw.volgorde.map(|v| v.value),
        facts,
        links: Vec::new(),
        location: Location {
            path: ctx.path.to_path_buf(),
            rel_path,
            line,
            title_line: ctx.at(&raw.titel).0,
            summary_line: raw.samenvatting.as_ref().map_or(0, |s| ctx.at(s).0),
            body_line: entry.body_line,
        },
    };
    Some(Pending {
        item,
        links,
        file: entry.file,
    })
}

fn check_id(ctx: &mut Ctx, id: &Spanned<String>) -> bool {
    let v = &id.value;
    let valid = !v.is_empty()
        && v.len() <= 80
        && v.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if !valid {
        ctx.error(
            Code::OngeldigeId,
            id,
            format!("de id '{v}' mag alleen kleine letters, cijfers en losse streepjes bevatten"),
            format!("bijvoorbeeld '{}'", slug(v)),
        );
    }
    valid
}

/// Lowercase, accents removed, every run of other characters one `-`.
pub fn slug(s: &str) -> String {
    let ascii = deunicode::deunicode(s).to_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}
