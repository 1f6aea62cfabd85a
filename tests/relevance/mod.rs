//! The judgement set (`tests/relevance.tsv`) and the measures of how well a search ranks:
//! nDCG@10, MRR and the share of queries without results. Shared by the search test (which
//! fails below the goal) and `examples/zoekkwaliteit.rs` (terminal and website side by side).
//!
//! - nDCG@10: the gain of each of the first 10 results, (2^cijfer − 1) / log2(plaats + 1),
//!   summed, divided by the same sum for the best possible order of the judged items.
//! - MRR: 1 / the place of the first result with cijfer 2 or 3 (0 if none in the top 10).
//! - zero results: queries that find nothing at all.

// Not every user of this file uses every function.
#![allow(dead_code)]

/// One query and its judged items.
#[derive(Debug, Clone)]
pub struct Judged {
    pub query: String,
    /// Kind of query: woord, samenstelling, vraag, afkorting, tikfout, naam, code, …
    pub kind: String,
    /// (id, grade 0–3).
    pub grades: Vec<(String, u8)>,
}

impl Judged {
    pub fn grade(&self, id: &str) -> u8 {
        self.grades
            .iter()
            .find(|(i, _)| i == id)
            .map_or(0, |(_, g)| *g)
    }
}

/// Reads the table; a malformed line is an error that names it.
pub fn parse(table: &str) -> Result<Vec<Judged>, String> {
    let mut out = Vec::new();
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [query, kind, grades] = cols[..] else {
            return Err(format!("regel {}: drie kolommen verwacht: {line}", n + 1));
        };
        let mut judged = Vec::new();
        for g in grades.split_whitespace() {
            let (id, grade) = g
                .split_once('=')
                .and_then(|(id, c)| Some((id, c.parse::<u8>().ok().filter(|c| *c <= 3)?)))
                .ok_or_else(|| format!("regel {}: '{g}' is geen id=0..3", n + 1))?;
            judged.push((id.to_owned(), grade));
        }
        out.push(Judged {
            query: query.to_owned(),
            kind: kind.to_owned(),
            grades: judged,
        });
    }
    Ok(out)
}

fn gain(grade: u8) -> f64 {
    f64::from((1u32 << grade) - 1)
}

fn discount(place: usize) -> f64 {
    ((place + 2) as f64).log2()
}

/// nDCG@10 of a ranking (ids, best first).
pub fn ndcg10(j: &Judged, ranked: &[String]) -> f64 {
    let dcg: f64 = ranked
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, id)| gain(j.grade(id)) / discount(i))
        .sum();
    let mut ideal: Vec<u8> = j.grades.iter().map(|(_, g)| *g).collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, g)| gain(*g) / discount(i))
        .sum();
    if idcg == 0.0 { 0.0 } else { dcg / idcg }
}

/// Reciprocal rank of the first result graded 2 or 3, within the top 10.
pub fn reciprocal_rank(j: &Judged, ranked: &[String]) -> f64 {
    ranked
        .iter()
        .take(10)
        .position(|id| j.grade(id) >= 2)
        .map_or(0.0, |p| 1.0 / (p + 1) as f64)
}

/// The three measures over a whole set.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    pub ndcg: f64,
    pub mrr: f64,
    /// Share of queries with no result at all (0–1).
    pub zero: f64,
    pub queries: usize,
}

/// Scores over the set, given the ranking of each query (same order as `set`).
pub fn score(set: &[Judged], rankings: &[Vec<String>]) -> Scores {
    let n = set.len().max(1) as f64;
    let mut s = Scores {
        queries: set.len(),
        ..Scores::default()
    };
    for (j, r) in set.iter().zip(rankings) {
        s.ndcg += ndcg10(j, r) / n;
        s.mrr += reciprocal_rank(j, r) / n;
        if r.is_empty() {
            s.zero += 1.0 / n;
        }
    }
    s
}
