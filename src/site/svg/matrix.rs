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
    let desc = "Raster: per aanbeveling (rij) en per opgave (kolom) het aantal afspraken dat bij de \
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

/// The number of shades; the last one holds everything from `STEPS - 1` up.
pub const STEPS: usize = 5;

/// The shade (0 = lightest) for a count: one step per afspraak, the darkest for 4 or more.
pub fn step(n: usize) -> usize {
    n.min(STEPS - 1)
}

/// Sizes of the grid, in SVG units.
const LABEL_W: f32 = 300.0;
const CELL_W: f32 = 64.0;
const CELL_H: f32 = 58.0;
const HEAD_H: f32 = 235.0;
const LINE_H: f32 = 17.0;

fn draw(d: &Data, title: &str, desc: &str) -> String {
    let grid_w = LABEL_W + d.columns.len() as f32 * CELL_W;
    let w = grid_w + 190.0;
    let legend_y = HEAD_H + d.rows.len() as f32 * CELL_H + 24.0;
    let h = legend_y + 60.0;
    let mut s = open("matrix", "chart-matrix", w as u32, h as u32, title, desc);
    for (ci, col) in d.columns.iter().enumerate() {
        let x = LABEL_W + ci as f32 * CELL_W + CELL_W / 2.0;
        s.push_str(&format!(
            "<text x=\"{x:.0}\" y=\"{:.0}\" font-size=\"15\" font-weight=\"700\" \
             transform=\"rotate(-45 {x:.0} {:.0})\" style=\"fill:var(--marke-color-text)\">{}</text>",
            HEAD_H - 8.0,
            HEAD_H - 8.0,
            super::escape(col)
        ));
    }
    for (ri, ((_, full, href), row)) in d.rows.iter().zip(&d.counts).enumerate() {
        let y = HEAD_H + ri as f32 * CELL_H;
        s.push_str(&row_label(full, href, y));
        for (ci, &n) in row.iter().enumerate() {
            s.push_str(&cell(LABEL_W + ci as f32 * CELL_W, y, n));
        }
    }
    s.push_str(&legend(legend_y));
    s.push_str("</svg>");
    s
}

/// The recommendation's full title, wrapped to at most three lines, as a link.
fn row_label(full: &str, href: &str, y: f32) -> String {
    let mut lines = super::wrap(full, 36);
    if lines.len() > 3 {
        lines.truncate(3);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    let top = y + CELL_H / 2.0 - (lines.len() as f32 - 1.0) * LINE_H / 2.0 + 5.0;
    let mut s = format!("<a href=\"{}\">", super::escape(href));
    for (i, line) in lines.iter().enumerate() {
        s.push_str(&text(
            0.0,
            top + i as f32 * LINE_H,
            14,
            "style=\"fill:var(--marke-color-primary)\" text-decoration=\"underline\"",
            line,
        ));
    }
    s.push_str("</a>");
    s
}

/// One square: the shade for `n` from the theme's scale tokens, and `n` written in it.
fn cell(x: f32, y: f32, n: usize) -> String {
    let k = step(n);
    format!(
        "<rect data-waarde=\"{n}\" data-stap=\"{k}\" x=\"{x:.0}\" y=\"{y:.0}\" width=\"{CELL_W:.0}\" \
         height=\"{CELL_H:.0}\" style=\"fill:var(--marke-scale-{k});stroke:var(--marke-color-border);stroke-width:1\"/>{}",
        text(
            x + CELL_W / 2.0,
            y + CELL_H / 2.0 + 6.0,
            17,
            &format!(
                "text-anchor=\"middle\" font-weight=\"700\" style=\"fill:var(--marke-scale-{k}-text)\""
            ),
            &n.to_string(),
        )
    )
}

/// The five shades with what each means.
fn legend(y: f32) -> String {
    let mut s = text(
        0.0,
        y + 26.0,
        15,
        "style=\"fill:var(--marke-color-text)\"",
        "Aantal afspraken:",
    );
    for k in 0..STEPS {
        let x = LABEL_W - 60.0 + k as f32 * 80.0;
        let label = if k == STEPS - 1 {
            format!("{k} of meer")
        } else {
            k.to_string()
        };
        s.push_str(&format!(
            "<rect class=\"legenda\" data-stap=\"{k}\" x=\"{x:.0}\" y=\"{y:.0}\" width=\"36\" height=\"36\" \
             style=\"fill:var(--marke-scale-{k});stroke:var(--marke-color-border);stroke-width:1\"/>"
        ));
        s.push_str(&text(
            x + 42.0,
            y + 24.0,
            14,
            "style=\"fill:var(--marke-color-text)\"",
            &label,
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_count_has_one_of_five_shades_and_more_is_never_lighter() {
        let steps: Vec<usize> = (0..10).map(step).collect();
        assert_eq!(steps, vec![0, 1, 2, 3, 4, 4, 4, 4, 4, 4]);
        let d = Data {
            rows: vec![("A1".into(), "Een <lange> titel".into(), "../a/".into())],
            columns: vec!["Netwerkaanpak".into()],
            counts: vec![vec![7]],
        };
        let svg = draw(&d, "t", "d");
        assert!(svg.contains("data-waarde=\"7\" data-stap=\"4\""));
        assert!(svg.contains("fill:var(--marke-scale-4-text)\">7</text>"));
        assert!(svg.contains(">Netwerkaanpak</text>"), "kolomtitel");
        assert!(svg.contains(">Een &lt;lange&gt; titel</text>"), "rijtitel");
        assert_eq!(svg.matches("class=\"legenda\"").count(), STEPS);
    }
}
