//! The agenda timeline: afspraken per planned year (see [`agenda::by_year`]), stacked per
//! opgave. Each segment links to that opgave's agenda page at that year.

use super::{Picture, Table, open, series_colour, text};
use crate::model::{ItemType, Model, agenda};

/// A row: a year, or the afspraken without one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    pub label: String,
    /// Anchor on the agenda pages: `jaar-2025` or `jaar-onbekend`.
    pub anchor: String,
}

/// A series: an opgave, or the afspraken without one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub title: String,
    pub opgave: Option<String>,
}

/// The numbers: `counts[year][series]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Data {
    pub years: Vec<Year>,
    pub series: Vec<Series>,
    pub counts: Vec<Vec<usize>>,
}

/// The anchor of a year on the agenda pages.
pub fn year_anchor(year: agenda::Year) -> String {
    match year {
        agenda::Year::In(y) => format!("jaar-{y}"),
        agenda::Year::Unplanned => "jaar-onbekend".to_owned(),
    }
}

pub fn data(model: &Model) -> Data {
    let groups = agenda::by_year(model.of_type(ItemType::Afspraak));
    let mut series: Vec<Series> = model
        .of_type(ItemType::Opgave)
        .into_iter()
        .map(|o| Series {
            title: o.title.clone(),
            opgave: Some(o.id.clone()),
        })
        .collect();
    series.push(Series {
        title: "Zonder opgave".into(),
        opgave: None,
    });
    let counts: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| {
            let mut row = vec![0usize; series.len()];
            for a in &g.items {
                let opg = model.opgave_of(a).map(|o| o.id.as_str());
                if let Some(s) = series.iter().position(|s| s.opgave.as_deref() == opg) {
                    row[s] += 1;
                }
            }
            row
        })
        .collect();
    // Drop series without any afspraak, so the legend only shows what is drawn.
    let keep: Vec<bool> = (0..series.len())
        .map(|s| counts.iter().any(|row| row[s] > 0))
        .collect();
    let series = series
        .into_iter()
        .zip(&keep)
        .filter_map(|(s, k)| k.then_some(s))
        .collect();
    let counts = counts
        .into_iter()
        .map(|row| {
            row.into_iter()
                .zip(&keep)
                .filter_map(|(n, k)| k.then_some(n))
                .collect()
        })
        .collect();
    Data {
        years: groups
            .iter()
            .map(|g| Year {
                label: g.year.label(),
                anchor: year_anchor(g.year),
            })
            .collect(),
        series,
        counts,
    }
}

fn segment_href(root: &str, s: &Series, y: &Year) -> String {
    match &s.opgave {
        Some(id) => format!("{root}agenda/{id}/#{}", y.anchor),
        None => format!("{root}agenda/#{}", y.anchor),
    }
}

pub fn picture(model: &Model, root: &str) -> Picture {
    let d = data(model);
    let title = "Afspraken per jaar";
    let desc = "Staafdiagram: per jaar het aantal afspraken, opgedeeld per opgave. \
                De tabel hieronder geeft dezelfde cijfers.";
    let table = Table {
        caption: "Aantal afspraken per jaar en per opgave",
        corner: "Jaar",
        columns: d.series.iter().map(|s| s.title.clone()).collect(),
        rows: d
            .years
            .iter()
            .zip(&d.counts)
            .map(|(y, row)| {
                (
                    y.label.clone(),
                    Some(format!("{root}agenda/#{}", y.anchor)),
                    row.clone(),
                )
            })
            .collect(),
    };
    Picture {
        svg: draw(&d, root, title, desc),
        table: table.html(),
        caption: "Elk blok is een opgave; klik erop voor de afspraken van die opgave in dat jaar."
            .into(),
    }
}

fn draw(d: &Data, root: &str, title: &str, desc: &str) -> String {
    let (w, label_w, row_h, bar_h) = (420.0f32, 120.0f32, 46.0f32, 30.0f32);
    let legend_y = 10.0 + d.years.len() as f32 * row_h + 10.0;
    let h = legend_y + d.series.len() as f32 * 26.0 + 10.0;
    let max = d
        .counts
        .iter()
        .map(|r| r.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = (w - label_w - 40.0) / max as f32;
    let mut s = open(
        "tijdlijn",
        "chart-timeline",
        w as u32,
        h as u32,
        title,
        desc,
    );
    s.push_str(PATTERNS);
    for (yi, (year, row)) in d.years.iter().zip(&d.counts).enumerate() {
        let y = 10.0 + yi as f32 * row_h;
        let lines = super::wrap(&year.label, 10);
        let ly = y + bar_h / 2.0 + 6.0 - (lines.len() as f32 - 1.0) * 8.0;
        for (li, line) in lines.iter().enumerate() {
            s.push_str(&text(
                0.0,
                ly + li as f32 * 17.0,
                16,
                "font-weight=\"600\" style=\"fill:var(--marke-color-text)\"",
                line,
            ));
        }
        let mut x = label_w;
        for (si, (series, &n)) in d.series.iter().zip(row).enumerate() {
            if n == 0 {
                continue;
            }
            let sw = n as f32 * scale;
            s.push_str(&format!(
                "<a href=\"{}\"><rect data-waarde=\"{n}\" x=\"{x:.1}\" y=\"{y:.0}\" width=\"{sw:.1}\" height=\"{bar_h:.0}\" \
                 style=\"fill:{};stroke:var(--marke-color-background);stroke-width:1\"><title>{}: {n} in {}</title></rect>",
                super::escape(&segment_href(root, series, year)),
                series_colour(si + 1),
                super::escape(&series.title),
                super::escape(&year.label)
            ));
            s.push_str(&hatch(si, x, y, sw, bar_h));
            s.push_str(&super::segment_count(x, y, sw, bar_h, n));
            s.push_str("</a>");
            x += sw;
        }
        let total: usize = row.iter().sum();
        s.push_str(&text(
            x + 6.0,
            y + bar_h / 2.0 + 5.0,
            15,
            "style=\"fill:var(--marke-color-text)\"",
            &total.to_string(),
        ));
    }
    for (si, series) in d.series.iter().enumerate() {
        let y = legend_y + si as f32 * 26.0;
        s.push_str(&format!(
            "<rect x=\"0\" y=\"{y:.0}\" width=\"22\" height=\"18\" style=\"fill:{}\"/>",
            series_colour(si + 1)
        ));
        s.push_str(&hatch(si, 0.0, y, 22.0, 18.0));
        s.push_str(&text(
            26.0,
            y + 15.0,
            15,
            "style=\"fill:var(--marke-color-text)\"",
            &format!("{}. {}", si + 1, series.title),
        ));
    }
    s.push_str("</svg>");
    s
}

/// One pattern per series (none, diagonal, dots, horizontal, cross, vertical, grid), so the
/// series differ in more than colour. Drawn in white over the series colour.
const PATTERNS: &str = "<defs>\
<pattern id=\"tl-p1\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#fff\" stroke-opacity=\"0.45\" stroke-width=\"2\"/></pattern>\
<pattern id=\"tl-p2\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\"><circle cx=\"3.5\" cy=\"3.5\" r=\"1.5\" fill=\"#fff\" fill-opacity=\"0.55\"/></pattern>\
<pattern id=\"tl-p3\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><line x1=\"0\" y1=\"4\" x2=\"8\" y2=\"4\" stroke=\"#fff\" stroke-opacity=\"0.45\" stroke-width=\"2\"/></pattern>\
<pattern id=\"tl-p4\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><path d=\"M0 4H8M4 0V8\" stroke=\"#fff\" stroke-opacity=\"0.45\" stroke-width=\"1.5\"/></pattern>\
<pattern id=\"tl-p5\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><line x1=\"4\" y1=\"0\" x2=\"4\" y2=\"8\" stroke=\"#fff\" stroke-opacity=\"0.45\" stroke-width=\"2\"/></pattern>\
<pattern id=\"tl-p6\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><path d=\"M0 4H8M4 0V8\" stroke=\"#fff\" stroke-opacity=\"0.45\" stroke-width=\"1.5\"/></pattern>\
</defs>";

/// The pattern of series `si` (0-based) over a rectangle; the first series stays plain.
fn hatch(si: usize, x: f32, y: f32, w: f32, h: f32) -> String {
    if si == 0 || si > 6 {
        return String::new();
    }
    format!(
        "<rect x=\"{x:.1}\" y=\"{y:.0}\" width=\"{w:.1}\" height=\"{h:.0}\" fill=\"url(#tl-p{si})\" pointer-events=\"none\"/>"
    )
}
