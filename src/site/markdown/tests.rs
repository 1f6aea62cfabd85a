use super::*;

fn fixture() -> Model {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
    crate::model::build(crate::content::load(&dir), &dir).0
}

fn html(model: &Model, text: &str, item: Option<&str>) -> String {
    let g = Glossary::new(model);
    let page = PageRef {
        root: "../../",
        item: item.and_then(|id| model.index_of(id)),
    };
    render(model, &g, &page, text)
}

#[test]
fn item_links_become_relative_page_links() {
    let m = fixture();
    let out = html(
        &m,
        "Zie [de opgave](@netwerkaanpak) en [deel](@1-1-1#afspraken).",
        None,
    );
    assert!(
        out.contains(r#"<a href="../../opgaven/netwerkaanpak/">de opgave</a>"#),
        "{out}"
    );
    assert!(
        out.contains(r#"href="../../doelen/1-1-1/#afspraken""#),
        "{out}"
    );
}

#[test]
fn raw_html_is_shown_as_text() {
    let m = fixture();
    let out = html(
        &m,
        "Een <script>alert(1)</script> en <b>vet</b>\n\n<div>blok</div>\n",
        None,
    );
    assert!(
        !out.contains("<script>") && !out.contains("<b>") && !out.contains("<div>"),
        "{out}"
    );
    assert!(out.contains("&lt;script&gt;"), "{out}");
}

#[test]
fn headings_get_unique_ids_and_never_become_h1() {
    let m = fixture();
    let out = html(&m, "# Één kop\n\n## Één kop\n\n### Waarom?\n", None);
    assert!(out.contains(r#"<h2 id="een-kop">"#), "{out}");
    assert!(out.contains(r#"<h2 id="een-kop-2">"#), "{out}");
    assert!(out.contains(r#"<h3 id="waarom">"#), "{out}");
    assert!(!out.contains("<h1"), "{out}");
}

#[test]
fn first_use_of_a_term_links_to_its_explanation_once() {
    let m = fixture();
    let out = html(
        &m,
        "Het IZA en weer het IZA. Over community care.\n\n`IZA` in code.",
        None,
    );
    assert_eq!(out.matches("<abbr").count(), 1, "{out}");
    assert!(out.contains(r#"<a class="term" href="../../afkortingen/afk-iza/"><abbr title="Integraal Zorgakkoord">IZA</abbr></a>"#), "{out}");
    assert!(
        out.contains(r#"href="../../begrippen/community-care/">community care</a>"#),
        "{out}"
    );
    // Not inside a word, not case-insensitive for abbreviations, not on its own page.
    assert!(!html(&m, "FIZA en iza", None).contains("<abbr"));
    assert!(!html(&m, "Het IZA.", Some("afk-iza")).contains("<abbr"));
}

#[test]
fn terms_inside_links_and_headings_stay_plain() {
    let m = fixture();
    let out = html(
        &m,
        "## Het IZA\n\n[over het IZA](https://example.org)",
        None,
    );
    assert!(!out.contains("<abbr"), "{out}");
}

#[test]
fn an_unsafe_link_or_image_keeps_its_text_and_loses_its_href() {
    let m = fixture();
    let out = html(
        &m,
        "Klik [hier](javascript:alert(1)//://), <JaVaScRiPt:alert(1)>, \
         ![plaatje](data:text/html,x) of [daar](https://www.drenthe.nl/).",
        None,
    );
    assert!(!out.to_lowercase().contains("href=\"javascript"), "{out}");
    assert!(!out.contains("src=\"data:"), "{out}");
    assert!(out.contains("Klik hier, "), "{out}");
    assert!(out.contains("plaatje"), "{out}");
    assert!(
        out.contains(r#"<a href="https://www.drenthe.nl/">daar</a>"#),
        "{out}"
    );
}
