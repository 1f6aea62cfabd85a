//! Which fields an item has: none that its type does not allow, all that it needs.

use serde_saphyr::Spanned;

use super::Ctx;
use crate::content::RawItem;
use crate::diag::{Code, Diagnostic};
use crate::model::ItemType;

macro_rules! present {
    ($raw:expr, $($field:ident),*) => {{
        let mut v: Vec<(&'static str, u64, u64)> = Vec::new();
        $( if let Some(f) = &$raw.$field { let (l, c) = span_of(f); v.push((stringify!($field), l, c)); } )*
        v
    }};
}

trait HasSpan {
    fn pos(&self) -> (u64, u64);
}

impl<T> HasSpan for Spanned<T> {
    fn pos(&self) -> (u64, u64) {
        (self.referenced.line(), self.referenced.column())
    }
}

impl<T> HasSpan for Vec<Spanned<T>> {
    fn pos(&self) -> (u64, u64) {
        self.first()
            .map_or((0, 0), |s| (s.referenced.line(), s.referenced.column()))
    }
}

fn span_of<T: HasSpan>(f: &T) -> (u64, u64) {
    f.pos()
}

pub(super) fn check_fields(ctx: &mut Ctx, raw: &RawItem, kind: ItemType) -> bool {
    let fields = present!(
        raw,
        code,
        alias_code,
        soort,
        opgave,
        doel,
        begrip,
        deel_van,
        gepland,
        gepland_tekst,
        tijdlijn,
        status,
        voortgang,
        streefwaarden,
        initiatiefnemers,
        initiatiefnemers_tekst,
        initiatieven,
        themas,
        opgaven,
        afspraken,
        organisaties,
        focusthemas,
        onderdelen,
        ambitie,
        tagline,
        kernwoorden,
        prioriteit,
        verankering,
        voluit,
        varianten,
        in_bronlijst,
        waarde,
        eenheid,
        jaar,
        gebied,
        bestand,
        regels_totaal,
        rol,
        url
    );
    let mut ok = true;
    for (name, line, col) in fields {
        if !kind.allows(name) {
            ok = false;
            let own = kind.own_fields();
            let hint = if own.is_empty() {
                format!("type '{kind}' heeft alleen de gewone velden; verwijder '{name}'")
            } else {
                format!("type '{kind}' kent daarnaast: {}", own.join(", "))
            };
            ctx.diags.push(
                Diagnostic::error(
                    Code::VeldHoortNiet,
                    ctx.path,
                    format!("het veld '{name}' hoort niet bij type '{kind}'"),
                )
                .at(line as usize + ctx.offset, col as usize)
                .with_source(ctx.text)
                .hint(hint),
            );
        }
    }
    ok
}

pub(super) fn check_required(ctx: &mut Ctx, raw: &RawItem, kind: ItemType) -> bool {
    let mut ok = true;
    let mut need = |ctx: &mut Ctx, present: bool, field: &str, why: &str| {
        if !present {
            ok = false;
            ctx.error(
                Code::VeldOntbreekt,
                &raw.id,
                format!(
                    "het veld '{field}' ontbreekt bij '{}' ({why})",
                    raw.id.value
                ),
                format!("voeg '{field}: ...' toe"),
            );
        }
    };
    need(
        ctx,
        raw.samenvatting.is_some(),
        "samenvatting",
        "elk onderdeel heeft een korte samenvatting",
    );
    match kind {
        ItemType::Doel => need(
            ctx,
            raw.opgave.is_some(),
            "opgave",
            "een doel hoort bij een opgave",
        ),
        ItemType::Afkorting => need(
            ctx,
            raw.voluit.is_some(),
            "voluit",
            "een afkorting heeft een uitleg",
        ),
        ItemType::Afspraak => {
            let soort = raw.soort.as_ref().map(|s| s.value.as_str());
            need(
                ctx,
                soort.is_some(),
                "soort",
                "operationeel, procesafspraak of oplossingsrichting",
            );
            if soort == Some("procesafspraak") {
                need(
                    ctx,
                    raw.opgave.is_some() || raw.doel.is_some(),
                    "opgave",
                    "een procesafspraak hoort bij een opgave",
                );
            } else if soort.is_some() {
                need(
                    ctx,
                    raw.doel.is_some(),
                    "doel",
                    "een afspraak hoort bij een strategisch doel",
                );
            }
        }
        _ => {}
    }
    if let Some(s) = &raw.samenvatting
        && s.value.0.trim().is_empty()
    {
        ctx.warning(
            Code::LegeSamenvatting,
            s,
            format!("de samenvatting van '{}' is leeg", raw.id.value),
            "schrijf één of twee korte zinnen op B1-niveau".into(),
        );
    }
    if raw.bron.is_none() && kind.needs_source() {
        ctx.warning(
            Code::GeenBron,
            &raw.id,
            format!("'{}' noemt geen bron", raw.id.value),
            "voeg 'bron: { document: regioplan, sectie: \"...\" }' toe, zodat lezers het kunnen nakijken".into(),
        );
    }
    ok
}
