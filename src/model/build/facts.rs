//! The typed facts of an item: soort, status and planning checked against what they may be,
//! the rest read as trimmed text. An afspraak without a plan or status gets "onbekend".

use serde_saphyr::Spanned;

use super::Ctx;
use crate::content::{RawItem, Text};
use crate::diag::Code;
use crate::model::{Facts, ItemType, Planned, Status};

fn text(v: &Option<Spanned<Text>>) -> Option<String> {
    v.as_ref()
        .map(|s| s.value.0.trim().to_owned())
        .filter(|s| !s.is_empty())
}

fn texts(v: &Option<Spanned<Vec<Text>>>) -> Vec<String> {
    v.as_ref()
        .map(|s| s.value.iter().map(|t| t.0.trim().to_owned()).collect())
        .unwrap_or_default()
}

pub(super) fn facts(ctx: &mut Ctx, raw: &RawItem, kind: ItemType, ok: &mut bool) -> Facts {
    if let Some(s) = &raw.soort
        && !kind.soorten().contains(&s.value.as_str())
    {
        *ok = false;
        ctx.error(
            Code::OngeldigeSoort,
            s,
            format!("soort '{}' bestaat niet bij type '{kind}'", s.value),
            format!("kies één van: {}", kind.soorten().join(", ")),
        );
    }
    let status = raw.status.as_ref().and_then(|s| {
        let st = Status::from_name(s.value.trim());
        if st.is_none() {
            *ok = false;
            let all: Vec<&str> = Status::ALL.iter().map(|x| x.name()).collect();
            ctx.error(
                Code::OngeldigeStatus,
                s,
                format!("status '{}' bestaat niet", s.value),
                format!("kies één van: {}", all.join(", ")),
            );
        }
        st
    });
    let gepland = raw.gepland.as_ref().and_then(|g| match Planned::parse(&g.value.0) {
        Ok(p) => Some(p),
        Err(why) => {
            *ok = false;
            ctx.error(
                Code::OngeldigePlanning,
                g,
                format!("ongeldig gepland moment: {why}"),
                "schrijf een jaar (\"2025\"), een kwartaal (\"2025-Q2\"), een datum (\"2025-06-30\") of onbekend".into(),
            );
            None
        }
    });
    let mut tijdlijn = Vec::new();
    for y in raw.tijdlijn.iter().flat_map(|t| t.value.iter()) {
        if (2000..=2100).contains(&y.value) {
            tijdlijn.push(y.value);
        } else {
            *ok = false;
            ctx.error(
                Code::OngeldigJaar,
                y,
                format!("{} is geen jaartal tussen 2000 en 2100", y.value),
                "schrijf het jaar voluit, bijvoorbeeld 2025".into(),
            );
        }
    }
    if let Some(r) = &raw.rol
        && !["kern", "achtergrond", "vergelijking", "landelijk"].contains(&r.value.as_str())
    {
        *ok = false;
        ctx.error(
            Code::OngeldigeRol,
            r,
            format!("rol '{}' bestaat niet", r.value),
            "kies kern, achtergrond, vergelijking of landelijk".into(),
        );
    }
    Facts {
        code: text(&raw.code),
        alias_code: text(&raw.alias_code),
        soort: raw.soort.as_ref().map(|s| s.value.clone()),
        gepland: gepland.or(if kind == ItemType::Afspraak {
            Some(Planned::Onbekend)
        } else {
            None
        }),
        gepland_tekst: text(&raw.gepland_tekst),
        tijdlijn,
        status: status.or(if kind == ItemType::Afspraak {
            Some(Status::Onbekend)
        } else {
            None
        }),
        voortgang: crate::model::history::updates(ctx, raw, ok),
        streefwaarden: texts(&raw.streefwaarden),
        initiatiefnemers_tekst: text(&raw.initiatiefnemers_tekst),
        onderdelen: texts(&raw.onderdelen),
        ambitie: text(&raw.ambitie),
        tagline: text(&raw.tagline),
        kernwoorden: texts(&raw.kernwoorden),
        prioriteit: text(&raw.prioriteit),
        verankering: text(&raw.verankering),
        voluit: text(&raw.voluit),
        varianten: texts(&raw.varianten),
        in_bronlijst: raw.in_bronlijst.as_ref().map(|b| b.value),
        waarde: text(&raw.waarde),
        eenheid: text(&raw.eenheid),
        jaar: text(&raw.jaar),
        gebied: text(&raw.gebied),
        bestand: text(&raw.bestand),
        regels_totaal: raw.regels_totaal.as_ref().map(|n| n.value),
        rol: raw.rol.as_ref().map(|r| r.value.clone()),
        url: raw.url.as_ref().map(|u| u.value.clone()),
    }
}
