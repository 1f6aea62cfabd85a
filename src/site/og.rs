//! Sharing pictures (`og:image`): one PNG card per kind of page (home, afspraak, doel,
//! overzicht, agenda …), 1200 × 630, with the site's name and the kind. The card is written
//! as SVG and rendered with resvg, once per kind in a build: about a dozen pictures.
//!
//! Why per kind and not per page: a card per page cost ~13 ms of CPU (mostly PNG
//! compression), which at 3,000 pages was most of the build (7 s instead of 0.3 s), and it
//! repeated what a sharing site already shows as text: `og:title` and `og:description` sit
//! beside the picture. GOV.UK uses one picture for every page; a card per kind still tells
//! which part of the site a link leads to.
//!
//! The font is built into the binary (DejaVu Sans Bold, `assets/fonts/`, with its licence), so
//! a card looks the same on every machine, also one without any fonts. The colours are fixed:
//! a PNG has no dark mode, and the card is opaque, so it is stored as RGB without alpha.
//!
//! The cards sit in one folder ([`FOLDER`]), named after the kind and a hash of the card's
//! SVG (`deelplaatjes/afspraak-<hash>.png`): when the previous build in the output folder
//! already has that file, its bytes are reused; a changed site name gets a new name, which
//! also tells sharing sites to fetch the new picture.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result, anyhow};
use resvg::{tiny_skia, usvg};

use super::markdown::escape;
use super::svg::wrap;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The folder of the cards, from the site's root.
pub const FOLDER: &str = "deelplaatjes/";
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

/// The kind in lines, at the largest font size whose lines fit between the site's name and
/// the motto (two lines at 96, three at 72); longer ones get four lines at 60, the last one
/// cut with "…". A kind is a word or two, but a theme may name it anything.
fn kind_lines(kind: &str) -> (u32, Vec<String>) {
    for (size, most) in [(96u32, 2), (72, 3)] {
        let lines = wrap(kind, (TEXT_W / (size as f32 * CHAR_EM)) as usize);
        if lines.len() <= most {
            return (size, lines);
        }
    }
    let size = 60;
    let mut lines = wrap(kind, (TEXT_W / (size as f32 * CHAR_EM)) as usize);
    if lines.len() > 4 {
        lines.truncate(4);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    (size, lines)
}

/// The card as SVG. All text is escaped.
pub fn card_svg(site: &str, kind: &str) -> String {
    let (size, lines) = kind_lines(kind);
    let line_h = size as f32 * 1.2;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FAMILY}\" font-weight=\"bold\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#00557a\"/>\
         <rect width=\"24\" height=\"{HEIGHT}\" fill=\"#0b6e4f\"/>\
         <rect x=\"96\" y=\"64\" width=\"64\" height=\"64\" rx=\"12\" fill=\"#ffffff\"/>\
         <path d=\"M110 112V80l18 18 18-18v32\" fill=\"none\" stroke=\"#00557a\" stroke-width=\"6\"/>\
         <text x=\"184\" y=\"110\" font-size=\"40\" fill=\"#ffffff\">{}</text>\
         <rect x=\"96\" y=\"196\" width=\"120\" height=\"8\" fill=\"#ffbf47\"/>",
        escape(site),
    );
    for (i, line) in lines.iter().enumerate() {
        s.push_str(&format!(
            "<text x=\"96\" y=\"{:.0}\" font-size=\"{size}\" fill=\"#ffffff\">{}</text>",
            220.0 + (i as f32 + 1.0) * line_h,
            escape(line)
        ));
    }
    s.push_str(
        "<text x=\"96\" y=\"590\" font-size=\"28\" fill=\"#d6e8f2\">Samenwerken aan een vitaal Drenthe</text></svg>",
    );
    s
}

/// The sharing card of one kind of page.
pub struct Card {
    kind: String,
    svg: String,
}

impl Card {
    pub fn new(site: &str, kind: &str) -> Self {
        Self {
            kind: kind.to_owned(),
            svg: card_svg(site, kind),
        }
    }

    /// `deelplaatjes/<kind>-<hash of the SVG>.png`, from the site's root.
    pub fn path(&self) -> String {
        let mut h = DefaultHasher::new();
        self.svg.hash(&mut h);
        let kind = crate::model::slug(&self.kind);
        let kind = if kind.is_empty() { "pagina" } else { &kind };
        format!("{FOLDER}{kind}-{:016x}.png", h.finish())
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
    encode(pixmap.data()).map_err(|e| anyhow!("kan het plaatje niet als PNG opslaan: {e}"))
}

/// PNG of the (opaque, so premultiplied = plain) RGBA pixels as RGB, with the `png` crate's
/// fast deflate (fdeflate) and the Up filter: for a card of flat colours and text that is
/// several times faster than tiny-skia's default encoding, at a similar size, and it runs
/// on every build in an empty folder.
fn encode(rgba: &[u8]) -> Result<Vec<u8>, png::EncodingError> {
    let rgb: Vec<u8> = rgba
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::Filter::Up);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&rgb)?;
    writer.finish()?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_is_a_png_of_1200_by_630_with_the_kind_drawn() {
        let dir = tempfile::tempdir().unwrap();
        let card = Card::new("Gezonde Marke", "Afspraak");
        let png = card.png(&dir.path().join("ontbreekt.png")).unwrap();
        assert_eq!(&png[..8], PNG_SIGNATURE);
        // IHDR: width and height, big-endian, right after the signature and chunk header.
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
        // The built-in font draws text: a card with a kind differs from one without.
        let empty = render(&card_svg("Gezonde Marke", "")).unwrap();
        assert_ne!(png, empty);
        assert!(card_svg("a", "<x> & y").contains("&lt;x&gt; &amp; y"));
    }

    #[test]
    fn a_card_from_the_previous_build_is_reused_and_each_kind_has_its_own_file() {
        let dir = tempfile::tempdir().unwrap();
        let card = Card::new("G", "Afspraak");
        let old = dir.path().join("vorige.png");
        let kept = [PNG_SIGNATURE, b"vorige build"].concat();
        std::fs::write(&old, &kept).unwrap();
        assert_eq!(card.png(&old).unwrap(), kept);
        // Something that is not a PNG is never passed on: the card is drawn again.
        std::fs::write(&old, "kapot").unwrap();
        assert!(card.png(&old).unwrap().len() > 1000);
        assert!(card.path().starts_with("deelplaatjes/afspraak-"));
        assert_ne!(card.path(), Card::new("G", "Doel").path());
        assert_ne!(
            card.path(),
            Card::new("H", "Afspraak").path(),
            "other site name"
        );
        assert_eq!(card.path(), Card::new("G", "Afspraak").path());
        assert!(
            Card::new("G", "")
                .path()
                .starts_with("deelplaatjes/pagina-")
        );
    }

    #[test]
    fn long_kinds_get_smaller_and_stay_above_the_motto() {
        let (size, lines) = kind_lines("Afspraak");
        assert_eq!((size, lines.len()), (96, 1));
        let long = "woord ".repeat(80);
        let (size, lines) = kind_lines(&long);
        assert_eq!(size, 60);
        assert_eq!(lines.len(), 4);
        assert!(lines[3].ends_with('…'));
        // The last baseline of any kind stays above the motto (y = 590, 28 px high).
        for n in [1, 5, 10, 30, 200] {
            let svg = card_svg("G", &"woord ".repeat(n));
            let last: f32 = svg
                .split("<text x=\"96\" y=\"")
                .filter_map(|t| t.split('"').next()?.parse().ok())
                .filter(|y| *y < 590.0)
                .fold(0.0, f32::max);
            assert!(last <= 540.0, "{n} woorden: laatste regel op {last}");
        }
    }
}
