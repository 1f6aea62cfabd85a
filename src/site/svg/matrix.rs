//! Recommendations × opgaven: for each of the DSGiB recommendations and each regio-opgave,
//! the number of afspraken the recommendation links to under that opgave. Empty cells are
//! the gaps the DSGiB report describes.

use super::{Picture, Table, open, text};
use crate::model::{ItemType, Model, Relation};

/// The numbers: `counts[aanbeveling][opgave]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Data {
    /// (short label, full title, href)
    pub rows: Vec<(String, String, String)>,
    pub columns: Vec<String>,
    pub counts: Vec<Vec<usize>>,
}

pub fn data(model: &Model, root: &str) -> Data {
    let opgaven = super::plan::regio_opgaven(model);
    let aanbevelingen = model.of_type(ItemType::Aanbeveling);
    let counts = aanbevelingen
        .iter()
        .map(|a| {
            opgaven
                .iter()
                .map(|o| {
                    a.targets(Relation::Afspraken)
                        .filter_map(|id| model.get(id))
                        .filter(|af| model.opgave_of(af).is_some_and(|x| x.id == o.id))
                        .count()
                })
                .collect()
        })
        .collect();
    Data {
        rows: aanbevelingen
            .iter()
            .map(|a| {
                let short = match &a.facts.code {
                    Some(c) => format!("Aanbeveling {c}"),
                    None => a.title.clone(),
                };
                (short, a.display_title(), format!("{root}{}", a.url_path()))
            })
            .collect(),
        columns: opgaven.iter().map(|o| o.title.clone()).collect(),
        counts,
    }
}

pub fn picture(model: &Model, root: &str) -> Picture {
    let d = data(model, root);
    let title = "Aanbevelingen en opgaven";
    let desc = "Raster: per aanbeveling en per opgave het aantal afspraken dat bij de \
                aanbeveling hoort. Een 0 is een gat. De tabel hieronder geeft dezelfde cijfers.";
    let table = Table {
        caption: "Aantal afspraken per aanbeveling en per opgave",
        corner: "Aanbeveling",
        columns: d.columns.clone(),
        rows: d
            .rows
            .iter()
            .zip(&d.counts)
            .map(|((_, full, href), row)| (full.clone(), Some(href.clone()), row.clone()))
            .collect(),
    };
    Picture {
        svg: draw(&d, title, desc),
        table: table.html(),
        caption: "Hoe donkerder het vak, hoe meer afspraken. Een 0 laat zien waar nog niets is afgesproken."
            .into(),
    }
}

fn draw(d: &Data, title: &str, desc: &str) -> String {
    let (label_w, cell_w, cell_h, head_h) = (140.0f32, 44.0f32, 34.0f32, 30.0f32);
    let w = label_w + d.columns.len() as f32 * cell_w + 10.0;
    let grid_h = head_h + d.rows.len() as f32 * cell_h;
    let legend_y = grid_h + 16.0;
    let h = legend_y + d.columns.len() as f32 * 24.0 + 8.0;
    let mut s = open(
        "matrix",
        "chart-matrix",
        w.max(360.0) as u32,
        h as u32,
        title,
        desc,
    );
    for ci in 0..d.columns.len() {
        let x = label_w + ci as f32 * cell_w + cell_w / 2.0;
        s.push_str(&text(
            x,
            head_h - 10.0,
            16,
            "text-anchor=\"middle\" font-weight=\"700\" style=\"fill:var(--marke-color-text)\"",
            &(ci + 1).to_string(),
        ));
    }
    for (ri, ((short, _, href), row)) in d.rows.iter().zip(&d.counts).enumerate() {
        let y = head_h + ri as f32 * cell_h;
        s.push_str(&format!("<a href=\"{}\">", super::escape(href)));
        s.push_str(&text(
            0.0,
            y + cell_h / 2.0 + 6.0,
            15,
            "style=\"fill:var(--marke-color-primary)\" text-decoration=\"underline\"",
            short,
        ));
        s.push_str("</a>");
        for (ci, &n) in row.iter().enumerate() {
            let x = label_w + ci as f32 * cell_w;
            let (fill, ink) = match n {
                0 => ("var(--marke-color-background)", "var(--marke-color-text)"),
                1 | 2 => ("var(--marke-color-surface)", "var(--marke-color-text)"),
                _ => (
                    "var(--marke-color-primary)",
                    "var(--marke-color-primary-text)",
                ),
            };
            s.push_str(&format!(
                "<rect data-waarde=\"{n}\" x=\"{x:.0}\" y=\"{y:.0}\" width=\"{cell_w:.0}\" height=\"{cell_h:.0}\" \
                 style=\"fill:{fill};stroke:var(--marke-color-border);stroke-width:1\"/>"
            ));
            s.push_str(&text(
                x + cell_w / 2.0,
                y + cell_h / 2.0 + 6.0,
                16,
                &format!("text-anchor=\"middle\" style=\"fill:{ink}\""),
                &n.to_string(),
            ));
        }
    }
    for (ci, col) in d.columns.iter().enumerate() {
        let y = legend_y + ci as f32 * 24.0 + 16.0;
        s.push_str(&text(
            0.0,
            y,
            15,
            "style=\"fill:var(--marke-color-text)\"",
            &format!("{} = {col}", ci + 1),
        ));
    }
    s.push_str("</svg>");
    s
}
