//! The plan at a glance: the Drentse Droom in the middle, the six regio-opgaven around it,
//! each with its tagline and its numbers of doelen and afspraken, each a link to its page.
//!
//! Drawn twice: a ring for wide screens and a column for phones; the theme's CSS shows one.

use super::{Picture, Table, open, text, wrap};
use crate::model::{DROOM_ID, Item, ItemType, Model};

/// One opgave on the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpgaveCount {
    pub title: String,
    pub tagline: String,
    pub href: String,
    pub doelen: usize,
    pub afspraken: usize,
}

/// The regio-opgaven (not the overarching ones), in their order.
pub fn regio_opgaven(model: &Model) -> Vec<&Item> {
    model
        .of_type(ItemType::Opgave)
        .into_iter()
        .filter(|o| o.facts.soort.as_deref() != Some("overkoepelend"))
        .collect()
}

/// The numbers behind the picture.
pub fn data(model: &Model, root: &str) -> (String, Vec<OpgaveCount>) {
    let droom = model
        .get(DROOM_ID)
        .map_or_else(|| "De Drentse Droom".to_owned(), |d| d.title.clone());
    let opgaven = regio_opgaven(model)
        .into_iter()
        .map(|o| {
            let (doelen, afspraken) = model.counts(o);
            OpgaveCount {
                title: o.title.clone(),
                tagline: o.facts.tagline.clone().unwrap_or_default(),
                href: format!("{root}{}", o.url_path()),
                doelen,
                afspraken,
            }
        })
        .collect();
    (droom, opgaven)
}

pub fn picture(model: &Model, root: &str) -> Picture {
    let (droom, opgaven) = data(model, root);
    let title = "Het plan in één oogopslag";
    let desc = format!(
        "{droom} in het midden, met daaromheen {} opgaven. Bij elke opgave staat het aantal \
         doelen en afspraken. De tabel hieronder geeft dezelfde cijfers.",
        opgaven.len()
    );
    let svg = format!(
        "{}{}",
        ring(&droom, &opgaven, title, &desc),
        column(&droom, &opgaven, title, &desc)
    );
    let table = Table {
        caption: "Doelen en afspraken per opgave",
        corner: "Opgave",
        columns: vec!["Doelen".into(), "Afspraken".into()],
        rows: opgaven
            .iter()
            .map(|o| {
                (
                    o.title.clone(),
                    Some(o.href.clone()),
                    vec![o.doelen, o.afspraken],
                )
            })
            .collect(),
    };
    Picture {
        svg,
        table: table.html(),
        caption: format!("{droom} en de opgaven eromheen. Klik op een opgave om verder te lezen."),
    }
}

/// A box with an opgave: link, frame, title, tagline, numbers.
fn opgave_box(o: &OpgaveCount, n: usize, x: f32, y: f32, w: f32, h: f32) -> String {
    let mut s = format!(
        "<a href=\"{}\"><rect x=\"{x:.0}\" y=\"{y:.0}\" width=\"{w:.0}\" height=\"{h:.0}\" rx=\"8\" \
         style=\"fill:var(--marke-color-background);stroke:var(--marke-chart-{});stroke-width:3\"/>\
         <rect x=\"{x:.0}\" y=\"{y:.0}\" width=\"10\" height=\"{h:.0}\" style=\"fill:var(--marke-chart-{})\"/>",
        super::super::markdown::escape(&o.href),
        n.clamp(1, 7),
        n.clamp(1, 7)
    );
    let tx = x + 22.0;
    let mut ty = y + 28.0;
    for line in wrap(&o.title, 24) {
        s.push_str(&text(tx, ty, 19, "font-weight=\"700\" style=\"fill:var(--marke-color-primary)\" text-decoration=\"underline\"", &line));
        ty += 23.0;
    }
    for line in wrap(&o.tagline, 30).into_iter().take(2) {
        s.push_str(&text(
            tx,
            ty,
            15,
            "font-style=\"italic\" style=\"fill:var(--marke-color-text)\"",
            &line,
        ));
        ty += 19.0;
    }
    let counts = y + h - 14.0;
    s.push_str(&format!(
        "<text x=\"{tx:.0}\" y=\"{counts:.0}\" font-size=\"16\" font-weight=\"600\" style=\"fill:var(--marke-color-text)\">\
         <tspan data-waarde=\"{}\">{}</tspan> · <tspan data-waarde=\"{}\">{}</tspan></text></a>",
        o.doelen,
        plural(o.doelen, "doel", "doelen"),
        o.afspraken,
        plural(o.afspraken, "afspraak", "afspraken")
    ));
    s
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn droom_shape(droom: &str, cx: f32, cy: f32, rx: f32, ry: f32, width: usize) -> String {
    let mut s = format!(
        "<ellipse cx=\"{cx:.0}\" cy=\"{cy:.0}\" rx=\"{rx:.0}\" ry=\"{ry:.0}\" style=\"fill:var(--marke-color-primary)\"/>"
    );
    let lines = wrap(droom, width);
    let mut y = cy - (lines.len() as f32 - 1.0) * 12.0 + 8.0;
    for line in lines {
        s.push_str(&text(cx, y, 22, "text-anchor=\"middle\" font-weight=\"700\" style=\"fill:var(--marke-color-primary-text)\"", &line));
        y += 24.0;
    }
    s
}

/// Wide version: the Droom in the middle, the opgaven in two columns beside it, in reading
/// order (left column top to bottom, then the right column).
fn ring(droom: &str, opgaven: &[OpgaveCount], title: &str, desc: &str) -> String {
    let (w, bw, bh, gap) = (960.0f32, 290.0f32, 140.0f32, 24.0f32);
    let rows = opgaven.len().div_ceil(2).max(1);
    let h = rows as f32 * (bh + gap) + gap;
    let (cx, cy) = (w / 2.0, h / 2.0);
    let mut s = open("plan-breed", "chart-wide", w as u32, h as u32, title, desc);
    let boxes: Vec<(f32, f32)> = (0..opgaven.len())
        .map(|i| {
            let (col, row) = (i / rows, i % rows);
            let x = if col == 0 { 10.0 } else { w - bw - 10.0 };
            (x, gap + row as f32 * (bh + gap))
        })
        .collect();
    for (x, y) in &boxes {
        let ex = if *x < cx { x + bw } else { *x };
        s.push_str(&format!(
            "<line x1=\"{cx:.0}\" y1=\"{cy:.0}\" x2=\"{ex:.0}\" y2=\"{:.0}\" style=\"stroke:var(--marke-color-border);stroke-width:2\"/>",
            y + bh / 2.0
        ));
    }
    s.push_str(&droom_shape(droom, cx, cy, 150.0, 80.0, 16));
    for (i, (o, (x, y))) in opgaven.iter().zip(&boxes).enumerate() {
        s.push_str(&opgave_box(o, i + 1, *x, *y, bw, bh));
    }
    s.push_str("</svg>");
    s
}

/// Narrow version for phones: the Droom on top, the opgaven in a column below.
fn column(droom: &str, opgaven: &[OpgaveCount], title: &str, desc: &str) -> String {
    let (w, bh, gap) = (360.0f32, 140.0f32, 16.0f32);
    let h = 130.0 + opgaven.len() as f32 * (bh + gap);
    let mut s = open("plan-smal", "chart-narrow", w as u32, h as u32, title, desc);
    s.push_str(&format!(
        "<line x1=\"24\" y1=\"100\" x2=\"24\" y2=\"{:.0}\" style=\"stroke:var(--marke-color-border);stroke-width:2\"/>",
        h - bh / 2.0 - gap
    ));
    s.push_str(&droom_shape(droom, w / 2.0, 58.0, 175.0, 52.0, 22));
    for (i, o) in opgaven.iter().enumerate() {
        let y = 130.0 + i as f32 * (bh + gap);
        s.push_str(&opgave_box(o, i + 1, 8.0, y, w - 16.0, bh));
    }
    s.push_str("</svg>");
    s
}
