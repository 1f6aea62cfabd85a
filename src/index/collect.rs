//! A tantivy collector that keeps every match as (score, model index).
//!
//! The content is small (hundreds to tens of thousands of items), so keeping all matches is
//! cheap, and one pass then gives the total, the facet counts and the top hits with a stable
//! tie-break, without a second query.

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Collects (score, model index) of every match.
pub struct AllMatches;

pub struct SegmentMatches {
    idx: Column<u64>,
    out: Vec<(Score, usize)>,
}

impl Collector for AllMatches {
    type Fruit = Vec<(Score, usize)>;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentMatches> {
        Ok(SegmentMatches {
            idx: reader.fast_fields().u64("idx")?,
            out: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(Score, usize)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Vec<(Score, usize)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(i) = self.idx.first(doc) {
            self.out.push((score, i as usize));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.out
    }
}
