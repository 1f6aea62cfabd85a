//! The progress picture: one bar per opgave, split by the status of its afspraken, from the
//! same [`Progress`] as `marke voortgang`. Each status has its own colour token
//! (`--marke-status-NAME`), its own pattern and its name in the legend, so colour is never
//! the only cue; every segment carries its number (`data-waarde`) and a tooltip in words.

use super::{Picture, Table, open, text, wrap};
use crate::model::Status;
use crate::progress::{Progress, label};

/// The table under the picture: per opgave the afspraken, each status, verlopen and niet
/// bijgewerkt, and a total row. The same columns as `marke voortgang --format csv`.
pub fn table(p: &Progress, root: &str) -> String {
    let mut columns = vec!["Afspraken".to_owned()];
    columns.extend(Status::ALL.iter().map(|s| s.name().to_owned()));
    columns.push("Verlopen".into());
    columns.push("Niet bijgewerkt".into());
    let row = |t: &crate::model::agenda::Tally| {
        let mut v = vec![t.afspraken];
        v.extend(Status::ALL.iter().map(|s| t.count(*s)));
        v.push(t.verlopen);
        v.push(t.niet_bijgewerkt);
        v
    };
    let mut rows: Vec<(String, Option<String>, Vec<usize>)> = p
        .rows
        .iter()
        .map(|r| {
            (
                label(r),
                r.opgave.map(|o| format!("{root}{}", o.url_path())),
                row(&r.tally),
            )
        })
        .collect();
    rows.push(("Totaal".into(), None, row(&p.total)));
    Table {
        caption: "Afspraken per opgave en per status",
        corner: "Opgave",
        columns,
        rows,
    }
    .html()
}

pub fn picture(p: &Progress, root: &str) -> Picture {
    let title = "Voortgang per opgave";
    let desc = "Staafdiagram: per opgave één balk, verdeeld naar de status van de afspraken. \
                Elke status heeft een eigen patroon; de legenda staat onder de balken. \
                De tabel hieronder geeft dezelfde cijfers.";
    Picture {
        svg: draw(p, title, desc),
        table: table(p, root),
        caption: "Elke balk is een opgave. De stukken van de balk zijn de afspraken per status."
            .into(),
    }
}

const WIDTH: f32 = 640.0;
const BAR_H: f32 = 28.0;
const LINE_H: f32 = 20.0;

fn draw(p: &Progress, title: &str, desc: &str) -> String {
    let titles: Vec<Vec<String>> = p.rows.iter().map(|r| wrap(&label(r), 60)).collect();
    let row_h = |lines: usize| lines as f32 * LINE_H + BAR_H + 20.0;
    let bars_h: f32 = titles.iter().map(|t| row_h(t.len())).sum();
    let legend_y = 10.0 + bars_h + 10.0;
    let legend_rows = Status::ALL.len().div_ceil(3);
    let h = legend_y + legend_rows as f32 * 28.0 + 10.0;
    let max = p
        .rows
        .iter()
        .map(|r| r.tally.afspraken)
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = (WIDTH - 60.0) / max as f32;
    let mut s = open(
        "voortgang",
        "chart-progress",
        WIDTH as u32,
        h as u32,
        title,
        desc,
    );
    s.push_str(&patterns());
    let mut y = 10.0;
    for (r, lines) in p.rows.iter().zip(&titles) {
        for line in lines {
            y += LINE_H;
            s.push_str(&text(
                0.0,
                y - 4.0,
                16,
                "font-weight=\"600\" style=\"fill:var(--marke-color-text)\"",
                line,
            ));
        }
        let name = label(r);
        let mut x = 0.0;
        for status in Status::ALL {
            let n = r.tally.count(status);
            if n == 0 {
                continue;
            }
            let w = n as f32 * scale;
            s.push_str(&segment(&name, status, n, x, y + 4.0, w, BAR_H));
            x += w;
        }
        let total = if r.tally.afspraken == 0 {
            "geen afspraken".to_owned()
        } else {
            r.tally.afspraken.to_string()
        };
        s.push_str(&text(
            x + 6.0,
            y + 4.0 + BAR_H / 2.0 + 5.0,
            15,
            "style=\"fill:var(--marke-color-text)\"",
            &total,
        ));
        y += BAR_H + 20.0;
    }
    for (i, status) in Status::ALL.iter().enumerate() {
        let x = (i % 3) as f32 * 200.0;
        let y = legend_y + (i / 3) as f32 * 28.0;
        s.push_str(&swatch(*status, x, y, 26.0, 20.0));
        s.push_str(&text(
            x + 32.0,
            y + 16.0,
            16,
            "style=\"fill:var(--marke-color-text)\"",
            status.name(),
        ));
    }
    s.push_str("</svg>");
    s
}

/// One status within a bar: colour, pattern, tooltip and, when it fits, the number.
fn segment(opgave: &str, status: Status, n: usize, x: f32, y: f32, w: f32, h: f32) -> String {
    let mut s = format!(
        "<g data-status=\"{}\"><title>{}: {n} {}</title>",
        status.name(),
        super::escape(opgave),
        status.name()
    );
    s.push_str(&format!(
        "<rect data-waarde=\"{n}\" x=\"{x:.1}\" y=\"{y:.0}\" width=\"{w:.1}\" height=\"{h:.0}\" \
         style=\"fill:var(--marke-status-{});stroke:var(--marke-color-background);stroke-width:1\"/>",
        status.name()
    ));
    s.push_str(&hatch(status, x, y, w, h));
    s.push_str(&super::segment_count(x, y, w, h, n));
    s.push_str("</g>");
    s
}

fn swatch(status: Status, x: f32, y: f32, w: f32, h: f32) -> String {
    format!(
        "<rect x=\"{x:.0}\" y=\"{y:.0}\" width=\"{w:.0}\" height=\"{h:.0}\" \
         style=\"fill:var(--marke-status-{});stroke:var(--marke-color-text);stroke-width:1\"/>{}",
        status.name(),
        hatch(status, x, y, w, h)
    )
}

/// The pattern of a status, drawn in white over its colour; `afgerond` stays solid.
fn pattern_shape(status: Status) -> Option<&'static str> {
    match status {
        Status::Onbekend => {
            Some("<circle cx=\"3.5\" cy=\"3.5\" r=\"1.6\" fill=\"#fff\" fill-opacity=\"0.6\"/>")
        }
        Status::Gepland => Some(
            "<line x1=\"0\" y1=\"3.5\" x2=\"7\" y2=\"3.5\" stroke=\"#fff\" stroke-opacity=\"0.5\" stroke-width=\"2\"/>",
        ),
        Status::Lopend => Some(
            "<line x1=\"0\" y1=\"7\" x2=\"7\" y2=\"0\" stroke=\"#fff\" stroke-opacity=\"0.5\" stroke-width=\"2\"/>",
        ),
        Status::Afgerond => None,
        Status::Vertraagd => Some(
            "<path d=\"M0 0L7 7M7 0L0 7\" stroke=\"#fff\" stroke-opacity=\"0.5\" stroke-width=\"1.5\"/>",
        ),
        Status::Vervallen => Some(
            "<line x1=\"3.5\" y1=\"0\" x2=\"3.5\" y2=\"7\" stroke=\"#fff\" stroke-opacity=\"0.5\" stroke-width=\"2\"/>",
        ),
    }
}

fn patterns() -> String {
    let mut s = String::from("<defs>");
    for status in Status::ALL {
        if let Some(shape) = pattern_shape(status) {
            s.push_str(&format!(
                "<pattern id=\"vg-{}\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\">{shape}</pattern>",
                status.name()
            ));
        }
    }
    s.push_str("</defs>");
    s
}

fn hatch(status: Status, x: f32, y: f32, w: f32, h: f32) -> String {
    if pattern_shape(status).is_none() {
        return String::new();
    }
    format!(
        "<rect x=\"{x:.1}\" y=\"{y:.0}\" width=\"{w:.1}\" height=\"{h:.0}\" fill=\"url(#vg-{})\" pointer-events=\"none\"/>",
        status.name()
    )
}
