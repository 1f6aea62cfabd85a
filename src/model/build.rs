//! From items as written to the validated [`Model`]: check each item against its type, then
//! resolve every link. Each problem becomes a diagnostic; an item with a fatal problem is left
//! out, a bad link is dropped, so one mistake never hides the others.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_saphyr::Spanned;

use super::body::{self, Placement, UnsafeLink};
use super::href::{self, Href};
use super::links::PendingLink;
use super::{Facts, Item, ItemType, Link, Location, Model, Planned, Relation, SourceRef, Status};
use crate::content::{Loaded, RawEntry, RawItem, Text};
use crate::diag::Diagnostic;
use crate::source::SourceText;

/// One item that passed its own checks, waiting for its links to be resolved.
struct Pending {
    item: Item,
    links: Vec<PendingLink>,
    file: usize,
}

/// Validates everything `content::load` read. Returns the model and all diagnostics
/// (including those of loading).
pub fn build(loaded: Loaded, content_root: &Path) -> (Model, Vec<Diagnostic>) {
    let Loaded {
        files,
        entries,
        mut diagnostics,
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
        let Some(mut p) = check_item(&mut ctx, entry, content_root) else {
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
                    "dubbele-id",
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
            if let Some(diag) = resolve(&link, &p.item, &types, &file.path, &file.text) {
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
    let model = Model::new(items);
    warn_orphans(&model, &mut diagnostics);
    diagnostics.extend(super::cycles::deel_van_cycles(&model));
    (model, diagnostics)
}

pub(super) struct Ctx<'a> {
    path: &'a Path,
    text: &'a SourceText,
    offset: usize,
    diags: &'a mut Vec<Diagnostic>,
}

impl Ctx<'_> {
    pub(super) fn at<T>(&self, s: &Spanned<T>) -> (usize, usize) {
        (
            s.referenced.line() as usize + self.offset,
            s.referenced.column() as usize,
        )
    }

    pub(super) fn error<T>(
        &mut self,
        code: &'static str,
        s: &Spanned<T>,
        msg: String,
        hint: String,
    ) {
        self.push(Diagnostic::error(code, self.path, msg), s, hint);
    }

    fn warning<T>(&mut self, code: &'static str, s: &Spanned<T>, msg: String, hint: String) {
        self.push(Diagnostic::warning(code, self.path, msg), s, hint);
    }

    /// Places `d` at the value `s` in this file, with the source line and the hint.
    fn push<T>(&mut self, d: Diagnostic, s: &Spanned<T>, hint: String) {
        let (l, c) = self.at(s);
        self.diags
            .push(d.at(l, c).with_source(self.text).hint(hint));
    }
}

fn check_item(ctx: &mut Ctx, entry: RawEntry, root: &Path) -> Option<Pending> {
    let raw = entry.item;
    let names: Vec<&str> = ItemType::ALL.iter().map(|t| t.name()).collect();
    let Some(kind) = ItemType::from_name(raw.kind.value.trim()) else {
        ctx.error(
            "onbekend-type",
            &raw.kind,
            format!("onbekend type '{}'", raw.kind.value),
            format!("kies één van: {}", names.join(", ")),
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
    let item = Item {
        id: raw.id.value.clone(),
        kind,
        title: raw.titel.value.0.trim().to_owned(),
        summary,
        body: entry.body,
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
            "ongeldige-id",
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

fn check_fields(ctx: &mut Ctx, raw: &RawItem, kind: ItemType) -> bool {
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
                    "veld-hoort-niet",
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

fn check_required(ctx: &mut Ctx, raw: &RawItem, kind: ItemType) -> bool {
    let mut ok = true;
    let mut need = |ctx: &mut Ctx, present: bool, field: &str, why: &str| {
        if !present {
            ok = false;
            ctx.error(
                "veld-ontbreekt",
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
            "lege-samenvatting",
            s,
            format!("de samenvatting van '{}' is leeg", raw.id.value),
            "schrijf één of twee korte zinnen op B1-niveau".into(),
        );
    }
    if raw.bron.is_none() && kind.needs_source() {
        ctx.warning(
            "geen-bron",
            &raw.id,
            format!("'{}' noemt geen bron", raw.id.value),
            "voeg 'bron: { document: regioplan, sectie: \"...\" }' toe, zodat lezers het kunnen nakijken".into(),
        );
    }
    ok
}

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

fn facts(ctx: &mut Ctx, raw: &RawItem, kind: ItemType, ok: &mut bool) -> Facts {
    if let Some(s) = &raw.soort
        && !kind.soorten().contains(&s.value.as_str())
    {
        *ok = false;
        ctx.error(
            "ongeldige-soort",
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
                "ongeldige-status",
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
                "ongeldige-planning",
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
                "ongeldig-jaar",
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
            "ongeldige-rol",
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
        voortgang: super::history::updates(ctx, raw, ok),
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

fn field_links(ctx: &Ctx, raw: &RawItem) -> Vec<PendingLink> {
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
fn check_url(ctx: &mut Ctx, raw: &RawItem) {
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

fn resolve(
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
            if let Some(best) = closest(&link.target, types.keys(), expected, types) {
                hint = format!("bedoelt u '{best}'?");
            }
            Some(
                Diagnostic::error(
                    "onbekende-link",
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
                    "verkeerd-doeltype",
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

/// The known id nearest to a mistyped one, preferring the expected type.
fn closest<'a>(
    wrong: &str,
    ids: impl Iterator<Item = &'a String>,
    expected: Option<ItemType>,
    types: &HashMap<String, ItemType>,
) -> Option<&'a String> {
    let max = (wrong.len() / 4).clamp(1, 3);
    ids.filter(|id| expected.is_none_or(|e| types.get(*id) == Some(&e)))
        .map(|id| (strsim::levenshtein(wrong, id), id))
        .filter(|(d, _)| *d <= max)
        .min()
        .map(|(_, id)| id)
}

/// An item that links nowhere and that nothing links to is probably forgotten.
fn warn_orphans(model: &Model, diags: &mut Vec<Diagnostic>) {
    for item in model.items() {
        let isolated = item.links.iter().all(|l| l.rel == Relation::Bron)
            && model.backlinks(&item.id).is_empty();
        if isolated
            && !matches!(
                item.kind,
                ItemType::Pagina | ItemType::Droom | ItemType::Bron
            )
        {
            diags.push(
                Diagnostic::warning(
                    "wees",
                    &item.location.path,
                    format!(
                        "niets verwijst naar '{}', en het verwijst zelf nergens naar",
                        item.id
                    ),
                )
                .at(item.location.line, 1)
                .hint("link het vanuit een verwant onderdeel, of voeg 'links' toe"),
            );
        }
    }
}
