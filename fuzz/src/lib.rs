//! What each fuzz target does with one input, shared by the targets in `fuzz_targets/` and by
//! `tests/fuzz_regressions.rs` (which includes this file with `#[path]`), so a crash that the
//! fuzzer found is replayed in the normal `cargo test` through exactly the same code.
//!
//! Each function runs one input through marke's public API, the way a contributor's file or a
//! reader's query reaches it, and asserts what a user would notice if it broke: a panic, a
//! diagnostic that points outside the file, sentences that lose text, a line wider than the
//! pane, raw `<script>` in the site. The fixture (the repository's own content as a model,
//! glossaries and a search index) is built once per process.

use std::path::Path;
use std::sync::OnceLock;

use marke::check::readability::{self, Scores, terms, text};
use marke::config::Leesbaarheid;
use marke::content::{FileKind, SourceFile};
use marke::diag::{Format, Report};
use marke::index::analyzer::DutchStemmer;
use marke::index::{SearchIndex, SearchRequest, parse};
use marke::model::{Date, Model};
use marke::site::markdown::{self, PageRef};
use marke::tui::doc::Doc;
use unicode_width::UnicodeWidthStr;

/// The repository's content, read once, and what the targets need from it.
pub struct Fixture {
    model: Model,
    site_glossary: markdown::Glossary,
    terms: terms::Glossary,
    index: SearchIndex,
    stemmer: DutchStemmer,
    cfg: Leesbaarheid,
}

impl Fixture {
    /// Reads `content` (the repository's `content/`). Panics if it cannot: without it the
    /// targets would test nothing.
    pub fn load(content: &Path) -> Self {
        let model = Model::load(content, Date::today()).model;
        assert!(!model.is_empty(), "no items in {}", content.display());
        let cfg = Leesbaarheid::default();
        Self {
            site_glossary: markdown::Glossary::new(&model),
            terms: terms::Glossary::new(&model, &cfg),
            index: SearchIndex::build(&model).expect("search index"),
            stemmer: DutchStemmer::default(),
            cfg,
            model,
        }
    }
}

/// The fixture of this process, built from `content` on first use (later paths are ignored:
/// there is one repository).
pub fn shared(content: &Path) -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| Fixture::load(content))
}

/// Fuzz input as text. Content that is not UTF-8 never gets past the walk (it becomes a
/// `geen-utf8` error), so it is not worth the fuzzer's time.
pub fn as_text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// One content file, read as both a Markdown and a YAML file: split, parsed, built into a
/// model and checked, with every report format rendered. Returns the two reports.
pub fn content_file(text: &str) -> Vec<Report> {
    // What the walk guarantees before parsing: no byte-order mark, not blank.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Vec::new();
    }
    [
        ("fuzz.md", FileKind::Markdown),
        ("fuzz.yaml", FileKind::Yaml),
    ]
    .into_iter()
    .map(|(name, kind)| check_one_file(name, kind, text))
    .collect()
}

fn check_one_file(name: &str, kind: FileKind, text: &str) -> Report {
    let root = Path::new("content");
    let mut walk_diags = Vec::new();
    let file = SourceFile::new(root.join(name), kind, text.to_owned(), &mut walk_diags);
    let loaded = marke::content::parse_files(vec![file], walk_diags);
    let (model, diags) = marke::model::build(loaded, root);
    let report = Report::new(diags, model.len());
    let report = marke::check::run(&model, report, &Leesbaarheid::default());
    // A location must be a place in the file: one past the last line at most (end of file).
    // Line breaks as YAML counts them: `\n`, `\r\n` and a lone `\r` (an old Mac file).
    let last_line = text.replace("\r\n", "\n").split(['\n', '\r']).count() + 1;
    for d in &report.diagnostics {
        assert!(
            d.line <= last_line,
            "{}:{} is past the end of the file ({} lines): {}",
            name,
            d.line,
            last_line - 1,
            d.message
        );
    }
    for format in [Format::Human, Format::Json, Format::Github] {
        let _ = report.render(format, false);
    }
    report
}

/// Item text (Markdown) rendered for the site and for the terminal's detail pane. Returns
/// the site HTML.
pub fn markdown(fx: &Fixture, text: &str) -> String {
    let page = PageRef {
        root: "../../",
        item: Some(0),
    };
    let html = markdown::render(&fx.model, &fx.site_glossary, &page, text);
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "raw <script> in the site: {html}"
    );
    let mut item = fx.model.items()[0].clone();
    item.body = text.to_owned();
    let doc = Doc::build(&fx.model, &item, Date::today(), &[]);
    for width in [1, 9, 80] {
        for line in doc.wrap(width).lines {
            let cols: usize = line.iter().map(|s| s.text.width()).sum();
            assert!(
                cols <= width.max(8),
                "a line of {cols} columns in a pane of {width}"
            );
        }
    }
    html
}

/// What a reader types in the search box: parsed, then searched with snippets.
pub fn query(fx: &Fixture, text: &str) {
    let _ = parse::parse(&fx.model, text, &fx.stemmer);
    let req = SearchRequest {
        text: text.to_owned(),
        limit: 0,
        kind: None,
        snippets: None,
    };
    let results = fx.index.search(&fx.model, &req);
    assert!(results.hits.len() <= marke::index::DEFAULT_LIMIT);
    assert!(results.hits.len() <= results.total);
}

/// The readability sentence splitter on plain text, then an item whose title, summary and
/// body are the text, through sentences, scores, unexplained terms and the B1 check.
pub fn sentences(fx: &Fixture, input: &str) {
    let ranges = text::split(input);
    let mut at = 0;
    for r in &ranges {
        assert_eq!(
            r.start, at,
            "a gap or overlap between sentences: {ranges:?}"
        );
        assert!(r.end > r.start, "an empty sentence: {ranges:?}");
        at = r.end;
    }
    assert_eq!(at, input.len(), "the sentences lose the end of the text");

    let mut item = fx.model.items()[0].clone();
    let first_line = input.lines().next().unwrap_or("");
    item.title = first_line.to_owned();
    item.summary = first_line.to_owned();
    item.body = input.to_owned();
    let found = text::sentences(&item);
    let _ = Scores::of(&found);
    let _ = fx.terms.unexplained(&item, &found);
    let _ = readability::check(&Model::new(vec![item]), &fx.cfg);
}
