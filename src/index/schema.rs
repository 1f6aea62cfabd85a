//! The tantivy schema: which fields the index has and how each is indexed.
//!
//! Text arrives already analysed (see [`super::analyzer`]) as words joined by spaces, so every
//! text field uses the whitespace tokenizer. Each text part has a raw field (folded words, with
//! positions for phrases, prefix and typo matching), a stemmed field (for inflections) and a
//! field with the stemmed parts of its compound words (see [`super::compound`]).
//! Filters are exact keyword fields; `idx` points back into the model.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Name of the tokenizer the text fields use.
pub const TOKENIZER: &str = "marke_ws";

/// The parts of an item that are searched, from most to least important.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Title,
    /// Aliases, codes, abbreviations and their expansions.
    Names,
    Summary,
    Body,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Title, Part::Names, Part::Summary, Part::Body];

    /// How much a match in this part counts.
    pub fn weight(self) -> f32 {
        match self {
            Part::Title => 8.0,
            Part::Names => 6.0,
            Part::Summary => 3.0,
            Part::Body => 1.0,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Names => "names",
            Part::Summary => "summary",
            Part::Body => "body",
        }
    }
}

/// Field handles.
#[derive(Debug, Clone)]
pub struct Fields {
    raw: [Field; 4],
    stem: [Field; 4],
    parts: [Field; 4],
    /// Each name of the item whole (title, aliases, expansions), folded: for "the query is
    /// exactly this name" and "the query starts this name".
    pub name_exact: Field,
    pub kind: Field,
    pub opgave: Field,
    pub jaar: Field,
    pub org: Field,
    /// `ja`/`nee` for afspraken (overdue on the day the index was built); empty otherwise.
    pub verlopen: Field,
    pub idx: Field,
}

impl Fields {
    pub fn raw(&self, part: Part) -> Field {
        self.raw[part as usize]
    }

    pub fn stem(&self, part: Part) -> Field {
        self.stem[part as usize]
    }

    /// Stems of the parts of the compounds in this part of the item.
    pub fn parts(&self, part: Part) -> Field {
        self.parts[part as usize]
    }
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |record| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER)
                .set_index_option(record),
        )
    };
    let raw = Part::ALL.map(|p| {
        b.add_text_field(
            &format!("{}_raw", p.name()),
            text(IndexRecordOption::WithFreqsAndPositions),
        )
    });
    let stem = Part::ALL.map(|p| {
        b.add_text_field(
            &format!("{}_stem", p.name()),
            text(IndexRecordOption::WithFreqs),
        )
    });
    let parts = Part::ALL.map(|p| {
        b.add_text_field(
            &format!("{}_parts", p.name()),
            text(IndexRecordOption::WithFreqs),
        )
    });
    let fields = Fields {
        raw,
        stem,
        parts,
        name_exact: b.add_text_field("name_exact", STRING),
        kind: b.add_text_field("kind", STRING),
        opgave: b.add_text_field("opgave", STRING),
        jaar: b.add_text_field("jaar", STRING),
        org: b.add_text_field("org", STRING),
        verlopen: b.add_text_field("verlopen", STRING),
        idx: b.add_u64_field("idx", INDEXED | FAST),
    };
    (b.build(), fields)
}
