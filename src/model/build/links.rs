//! An item's links: found in its fields (and in its text, by [`crate::model::body`]), the
//! `url` field held to the scheme rule, then resolved against every id, with "bedoelt u" for
//! a typing error.

use std::collections::HashMap;
use std::path::Path;

use serde_saphyr::Spanned;

use super::{Ctx, PendingLink};
use crate::content::RawItem;
use crate::diag::{Code, Diagnostic, suggestions};
use crate::model::body::{self, UnsafeLink};
use crate::model::href::{self, Href};
use crate::model::{Item, ItemType, Relation};
use crate::source::SourceText;

pub(super) fn field_links(ctx: &Ctx, raw: &RawItem) -> Vec<PendingLink> {
    let link = |s: &Spanned<String>, rel: Relation| {
        let (line, column) = ctx.at(s);
        PendingLink {
            target: s.value.trim().to_owned(),
            rel,
            line,
            column,
        }
    };
    let single = [
        (raw.opgave.as_ref(), Relation::Opgave),
        (raw.doel.as_ref(), Relation::Doel),
        (raw.begrip.as_ref(), Relation::Begrip),
        (raw.deel_van.as_ref(), Relation::DeelVan),
        (raw.bron.as_ref().map(|b| &b.value.document), Relation::Bron),
    ];
    let lists = [
        (&raw.initiatiefnemers, Relation::Initiatiefnemers),
        (&raw.initiatieven, Relation::Initiatieven),
        (&raw.themas, Relation::Themas),
        (&raw.opgaven, Relation::Opgaven),
        (&raw.afspraken, Relation::Afspraken),
        (&raw.organisaties, Relation::Organisaties),
        (&raw.focusthemas, Relation::Focusthemas),
        (&raw.links, Relation::Links),
    ];
    let singles = single
        .into_iter()
        .filter_map(|(s, rel)| s.map(|s| link(s, rel)));
    let many = lists
        .into_iter()
        .flat_map(|(list, rel)| list.iter().flatten().map(move |s| link(s, rel)));
    singles.chain(many).collect()
}

/// The `url` field follows the same scheme rule as links in the text.
pub(super) fn check_url(ctx: &mut Ctx, raw: &RawItem) {
    let Some(url) = &raw.url else { return };
    if let Href::Unsafe(scheme) = href::classify(&url.value) {
        let (line, column) = ctx.at(url);
        let link = UnsafeLink {
            line,
            column,
            dest: url.value.clone(),
            scheme,
        };
        ctx.diags
            .push(body::unsafe_link_error(ctx.path, ctx.text, &link));
    }
}

pub(super) fn resolve(
    link: &PendingLink,
    from: &Item,
    types: &HashMap<String, ItemType>,
    path: &Path,
    text: &SourceText,
) -> Option<Diagnostic> {
    let expected = link.rel.target_type(from.kind);
    match types.get(&link.target) {
        None => {
            let mut hint = format!("controleer de id in '{}'", link.rel.field());
            let candidates = types
                .iter()
                .filter(|(_, t)| expected.is_none_or(|e| e == **t))
                .map(|(id, _)| id.as_str());
            if let Some(best) = suggestions(&link.target, candidates).first() {
                hint = format!("bedoelt u '{best}'?");
            }
            Some(
                Diagnostic::error(
                    Code::OnbekendeLink,
                    path,
                    format!(
                        "'{}' verwijst naar '{}', maar die id bestaat niet",
                        from.id, link.target
                    ),
                )
                .at(link.line, link.column)
                .with_source(text)
                .hint(hint),
            )
        }
        Some(&actual) if expected.is_some_and(|e| e != actual) => {
            let e = expected.map_or("", |e| e.name());
            Some(
                Diagnostic::error(
                    Code::VerkeerdDoeltype,
                    path,
                    format!(
                        "'{}' in het veld '{}' is een {actual}, maar hier hoort een {e}",
                        link.target,
                        link.rel.field()
                    ),
                )
                .at(link.line, link.column)
                .with_source(text)
                .hint(format!(
                    "gebruik de id van een {e}, of zet de link onder 'links'"
                )),
            )
        }
        Some(_) => None,
    }
}
