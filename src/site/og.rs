//! Sharing pictures (`og:image`): one PNG card per page, 1200 × 630, with the site's name, the
//! kind of page and its title. The card is written as SVG and rendered with resvg.
//!
//! The font is built into the binary (DejaVu Sans Bold, `assets/fonts/`, with its licence), so
//! a card looks the same on every machine, also one without any fonts. The colours are fixed:
//! a PNG has no dark mode.
//!
//! Rendering a card costs more than rendering its page (about 15 ms, mostly PNG compression),
//! so the file name holds a hash of the card's SVG (`deelplaatje-<hash>.png`): when the previous
//! build in the output folder already has that file, its bytes are reused instead. A changed
//! title gets a new name, which also tells sharing sites to fetch the new picture.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result, anyhow};
use resvg::{tiny_skia, usvg};

use super::markdown::escape;
use super::svg::wrap;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// How the name of a card file begins; it sits in the page's own folder.
pub const FILE_PREFIX: &str = "deelplaatje-";
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "DejaVu Sans";
/// Width for the title, and how wide a character of the font is on average (in em).
const TEXT_W: f32 = 1010.0;
const CHAR_EM: f32 = 0.64;

fn fonts() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(FONT.to_vec());
        Arc::new(db)
    })
    .clone()
}

/// The title in lines, at the largest font size whose lines fit between the kind and the
/// motto (three lines at 72, four at 60, five at 50); longer titles get six lines at 42, the
/// last one cut with "…".
fn title_lines(title: &str) -> (u32, Vec<String>) {
    for (size, most) in [(72u32, 3), (60, 4), (50, 5)] {
        let lines = wrap(title, (TEXT_W / (size as f32 * CHAR_EM)) as usize);
        if lines.len() <= most {
            return (size, lines);
        }
    }
    let size = 42;
    let mut lines = wrap(title, (TEXT_W / (size as f32 * CHAR_EM)) as usize);
    if lines.len() > 6 {
        lines.truncate(6);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    (size, lines)
}

/// The card as SVG. All text is escaped.
pub fn card_svg(site: &str, kind: &str, title: &str) -> String {
    let (size, lines) = title_lines(title);
    let line_h = size as f32 * 1.2;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FAMILY}\" font-weight=\"bold\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#00557a\"/>\
         <rect width=\"24\" height=\"{HEIGHT}\" fill=\"#0b6e4f\"/>\
         <rect x=\"96\" y=\"64\" width=\"64\" height=\"64\" rx=\"12\" fill=\"#ffffff\"/>\
         <path d=\"M110 112V80l18 18 18-18v32\" fill=\"none\" stroke=\"#00557a\" stroke-width=\"6\"/>\
         <text x=\"184\" y=\"110\" font-size=\"40\" fill=\"#ffffff\">{}</text>\
         <text x=\"96\" y=\"226\" font-size=\"32\" fill=\"#ffbf47\">{}</text>",
        escape(site),
        escape(kind)
    );
    for (i, line) in lines.iter().enumerate() {
        s.push_str(&format!(
            "<text x=\"96\" y=\"{:.0}\" font-size=\"{size}\" fill=\"#ffffff\">{}</text>",
            230.0 + (i as f32 + 1.0) * line_h,
            escape(line)
        ));
    }
    s.push_str(
        "<text x=\"96\" y=\"590\" font-size=\"28\" fill=\"#d6e8f2\">Samenwerken aan een vitaal Drenthe</text></svg>",
    );
    s
}

/// The sharing card of one page.
pub struct Card {
    svg: String,
}

impl Card {
    pub fn new(site: &str, kind: &str, title: &str) -> Self {
        Self {
            svg: card_svg(site, kind, title),
        }
    }

    /// `deelplaatje-<hash of the SVG>.png`.
    pub fn file_name(&self) -> String {
        let mut h = DefaultHasher::new();
        self.svg.hash(&mut h);
        format!("{FILE_PREFIX}{:016x}.png", h.finish())
    }

    /// The PNG: the bytes of `previous` (the same file in the last build) if that is a PNG,
    /// otherwise freshly rendered.
    pub fn png(&self, previous: &Path) -> Result<Vec<u8>> {
        if let Ok(bytes) = std::fs::read(previous)
            && bytes.starts_with(PNG_SIGNATURE)
        {
            return Ok(bytes);
        }
        render(&self.svg)
    }
}

fn render(svg: &str) -> Result<Vec<u8>> {
    let opt = usvg::Options {
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &opt).map_err(|e| anyhow!("kan de kaart niet lezen: {e}"))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(WIDTH, HEIGHT).context("kan geen plaatje van 1200 × 630 maken")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| anyhow!("kan het plaatje niet als PNG opslaan: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_is_a_png_of_1200_by_630_with_the_title_drawn() {
        let dir = tempfile::tempdir().unwrap();
        let card = Card::new("Gezonde Marke", "Afspraak", "Een <Drentse> uitleg & meer");
        let png = card.png(&dir.path().join(card.file_name())).unwrap();
        assert_eq!(&png[..8], PNG_SIGNATURE);
        // IHDR: width and height, big-endian, right after the signature and chunk header.
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
        // The built-in font draws text: a card with a title differs from one without.
        let empty = render(&card_svg("Gezonde Marke", "Afspraak", "")).unwrap();
        assert_ne!(png, empty);
        assert!(card_svg("a", "b", "<x>").contains("&lt;x&gt;"));
    }

    #[test]
    fn a_card_from_the_previous_build_is_reused_and_a_new_title_gets_a_new_name() {
        let dir = tempfile::tempdir().unwrap();
        let card = Card::new("G", "Afspraak", "Titel");
        let old = dir.path().join(card.file_name());
        let kept = [PNG_SIGNATURE, b"vorige build"].concat();
        std::fs::write(&old, &kept).unwrap();
        assert_eq!(card.png(&old).unwrap(), kept);
        // Something that is not a PNG is never passed on: the card is drawn again.
        std::fs::write(&old, "kapot").unwrap();
        assert!(card.png(&old).unwrap().len() > 1000);
        assert_ne!(
            card.file_name(),
            Card::new("G", "Afspraak", "Titel 2").file_name()
        );
        assert!(card.file_name().starts_with(FILE_PREFIX));
    }

    #[test]
    fn long_titles_get_smaller_and_stay_above_the_motto() {
        let (size, lines) = title_lines("Kort");
        assert_eq!((size, lines.len()), (72, 1));
        let long = "woord ".repeat(80);
        let (size, lines) = title_lines(&long);
        assert_eq!(size, 42);
        assert_eq!(lines.len(), 6);
        assert!(lines[5].ends_with('…'));
        // The last baseline of any title stays above the motto (y = 590, 28 px high).
        for n in [10, 30, 60, 90, 200] {
            let svg = card_svg("G", "K", &"woord ".repeat(n));
            let last: f32 = svg
                .split("<text x=\"96\" y=\"")
                .filter_map(|t| t.split('"').next()?.parse().ok())
                .filter(|y| *y < 590.0)
                .fold(0.0, f32::max);
            assert!(last <= 540.0, "{n} woorden: laatste regel op {last}");
        }
    }
}
