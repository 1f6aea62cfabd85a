//! Pictures drawn from the model as inline SVG: the plan at a glance, the agenda timeline,
//! the recommendations × opgaven matrix and the progress per opgave.
//!
//! Each picture is computed once as plain numbers, then drawn twice from those same numbers:
//! as SVG (with a title and description, every mark carrying `data-waarde`) and as an HTML
//! table right under it. So a screen reader loses nothing, and a test can prove that the
//! picture and the table agree. Colours come from the theme's tokens (`--marke-chart-N`);
//! every mark also carries its number as text, so colour is never the only cue.

pub mod matrix;
pub mod plan;
pub mod timeline;
pub mod voortgang;

use serde::Serialize;

use super::markdown::escape;

/// A finished picture for a template.
#[derive(Debug, Clone, Serialize)]
pub struct Picture {
    /// Inline SVG (one or more `<svg>` elements; the theme shows the one that fits).
    pub svg: String,
    /// An HTML table with the same numbers.
    pub table: String,
    pub caption: String,
}

/// A simple table: header row, then rows of (row header, numbers).
pub struct Table<'a> {
    pub caption: &'a str,
    pub corner: &'a str,
    pub columns: Vec<String>,
    pub rows: Vec<(String, Option<String>, Vec<usize>)>,
}

impl Table<'_> {
    /// Renders the table; a row header with a link becomes an `<a>`.
    pub fn html(&self) -> String {
        // A wide table scrolls in its own box (a named region); keyboard users reach it.
        let mut s = format!(
            "<section class=\"table-scroll\" tabindex=\"0\" aria-label=\"{}\"><table>",
            escape(self.caption)
        );
        s.push_str(&format!(
            "<caption>{}</caption><thead><tr>",
            escape(self.caption)
        ));
        s.push_str(&format!("<th scope=\"col\">{}</th>", escape(self.corner)));
        for c in &self.columns {
            s.push_str(&format!("<th scope=\"col\">{}</th>", escape(c)));
        }
        s.push_str("</tr></thead><tbody>");
        for (head, href, nums) in &self.rows {
            let head = match href {
                Some(h) => format!("<a href=\"{}\">{}</a>", escape(h), escape(head)),
                None => escape(head),
            };
            s.push_str(&format!("<tr><th scope=\"row\">{head}</th>"));
            for n in nums {
                s.push_str(&format!("<td class=\"num\">{n}</td>"));
            }
            s.push_str("</tr>");
        }
        s.push_str("</tbody></table></section>");
        s
    }
}

/// The opening of an accessible SVG: role, title and description tied to it.
pub fn open(id: &str, class: &str, width: u32, height: u32, title: &str, desc: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{class}\" viewBox=\"0 0 {width} {height}\" \
         role=\"group\" aria-labelledby=\"{id}-titel {id}-uitleg\">\
         <title id=\"{id}-titel\">{}</title><desc id=\"{id}-uitleg\">{}</desc>",
        escape(title),
        escape(desc)
    )
}

/// Series colour N (1-based) from the theme tokens.
pub fn series_colour(n: usize) -> String {
    format!("var(--marke-chart-{})", n.clamp(1, 7))
}

/// Text element; `extra` holds further attributes.
pub fn text(x: f32, y: f32, size: u32, extra: &str, content: &str) -> String {
    format!(
        "<text x=\"{x:.0}\" y=\"{y:.0}\" font-size=\"{size}\" {extra}>{}</text>",
        escape(content)
    )
}

/// The count written inside a bar segment: white with a black outline, so it reads on every
/// series and status colour in light and dark mode. Empty when the segment is too narrow to
/// hold it (the number is still in the segment's `<title>` and in the table below the picture).
pub fn segment_count(x: f32, y: f32, w: f32, h: f32, n: usize) -> String {
    if w < 18.0 {
        return String::new();
    }
    text(
        x + w / 2.0,
        y + h / 2.0 + 5.0,
        14,
        "text-anchor=\"middle\" font-weight=\"700\" style=\"fill:#fff;stroke:#000;stroke-width:3px;paint-order:stroke\"",
        &n.to_string(),
    )
}

/// Breaks text into lines of at most `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests;
