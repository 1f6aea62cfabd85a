//! How well search ranks, for staff (terminal) and residents (website), side by side, over the
//! judgement set `tests/relevance.tsv`: nDCG@10, MRR and the share of queries that find
//! nothing, in total and per kind of query.
//!
//! ```sh
//! (cd tests/e2e && npm ci --no-audit --no-fund)   # once: playwright-core
//! cargo run --release --example zoekkwaliteit
//! ```
//!
//! The website is built into a temporary folder and searched in Chromium through its own
//! search page (`tests/e2e/relevance.mjs` calls the page's `markeZoeken`, the function its
//! search box uses), exactly as a resident's browser does: what the page shows, with a typo
//! corrected ("Resultaten voor mantelzorg"). Queries with filters (`type:` …) are
//! terminal-only, so both columns are also given without them. "website, zoals getypt": the
//! words as typed, without the correction (the link "zoek in plaats daarvan naar …").

// An example may unwrap its setup: a panic is the message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/relevance/mod.rs"]
mod relevance;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use marke::index::{SearchIndex, SearchRequest};
use marke::model::{Date, Model};
use marke::site::{self, Options, Theme};
use relevance::{Judged, Scores};

fn terminal(model: &Model, set: &[Judged]) -> Vec<Vec<String>> {
    let index = SearchIndex::build(model).expect("zoekindex");
    set.iter()
        .map(|j| {
            let req = SearchRequest {
                text: j.query.clone(),
                limit: 10,
                kind: None,
                snippets: Some(0),
            };
            let r = index.search(model, &req);
            r.hits.into_iter().map(|h| h.id).collect()
        })
        .collect()
}

/// The site's rankings (as ids) as the page shows them, and for the words as typed.
fn website(root: &Path, model: &Model, set: &[Judged]) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let out = tempfile::tempdir().expect("tijdelijke map");
    let site_dir = out.path().join("site");
    let opts = Options {
        out: site_dir.clone(),
        theme: Theme::new(&root.join("themes/default")),
        title: "Gezonde Marke".into(),
        description: "Zoekkwaliteit".into(),
        site_url: None,
        edit_url_template: None,
        live_reload: false,
        search: true,
        today: marke::model::Date::today(),
    };
    site::build(model, &opts).expect("website bouwen");
    let queries: Vec<&str> = set.iter().map(|j| j.query.as_str()).collect();
    let file = out.path().join("zoekvragen.json");
    std::fs::write(&file, serde_json::to_string(&queries).unwrap()).unwrap();
    let node = Command::new("node")
        .arg(root.join("tests/e2e/relevance.mjs"))
        .arg(&site_dir)
        .arg(&file)
        .output()
        .expect("node starten (zie tests/e2e)");
    assert!(
        node.status.success(),
        "relevance.mjs: {}",
        String::from_utf8_lossy(&node.stderr)
    );
    let by_path: HashMap<String, String> = model
        .items()
        .iter()
        .map(|i| (format!("/{}", i.url_path()), i.id.clone()))
        .collect();
    let ids = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|u| u.as_str())
            .map(|u| by_path.get(u).cloned().unwrap_or_else(|| u.to_owned()))
            .collect()
    };
    let results: Vec<serde_json::Value> = serde_json::from_slice(&node.stdout).unwrap();
    let plain: Vec<Vec<String>> = results.iter().map(|r| ids(&r["urls"])).collect();
    let typed = results.iter().map(|r| ids(&r["typed_urls"])).collect();
    (plain, typed)
}

fn row(name: &str, s: Scores) -> String {
    format!(
        "| {name} | {} | {:.3} | {:.3} | {:.1} % |",
        s.queries,
        s.ndcg,
        s.mrr,
        s.zero * 100.0
    )
}

fn subset(set: &[Judged], ranks: &[Vec<String>], keep: impl Fn(&Judged) -> bool) -> Scores {
    let (s, r): (Vec<Judged>, Vec<Vec<String>>) = set
        .iter()
        .zip(ranks)
        .filter(|(j, _)| keep(j))
        .map(|(j, r)| (j.clone(), r.clone()))
        .unzip();
    relevance::score(&s, &r)
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let model = Model::load(&root.join("content"), Date::today()).model;
    let table = std::fs::read_to_string(root.join("tests/relevance.tsv")).unwrap();
    let set = relevance::parse(&table).unwrap();
    let term = terminal(&model, &set);
    let (site, typed) = website(&root, &model, &set);
    let no_filter = |j: &Judged| j.kind != "filter";
    println!("| zoeken | vragen | nDCG@10 | MRR | zonder resultaat |");
    println!("|---|---|---|---|---|");
    println!("{}", row("terminal, alle", relevance::score(&set, &term)));
    println!(
        "{}",
        row("terminal, zonder filters", subset(&set, &term, no_filter))
    );
    println!("{}", row("website", subset(&set, &site, no_filter)));
    println!(
        "{}",
        row("website, zoals getypt", subset(&set, &typed, no_filter))
    );
    println!();
    println!("| soort | vragen | terminal nDCG@10 | website nDCG@10 | website, zoals getypt |");
    println!("|---|---|---|---|---|");
    let mut kinds: Vec<&str> = set.iter().map(|j| j.kind.as_str()).collect();
    kinds.dedup();
    kinds.sort_unstable();
    kinds.dedup();
    for kind in kinds.into_iter().filter(|k| *k != "filter") {
        let of = |j: &Judged| j.kind == kind;
        let (t, s, h) = (
            subset(&set, &term, of),
            subset(&set, &site, of),
            subset(&set, &typed, of),
        );
        println!(
            "| {kind} | {} | {:.3} | {:.3} | {:.3} |",
            t.queries, t.ndcg, s.ndcg, h.ndcg
        );
    }
    if std::env::args().any(|a| a == "--per-vraag") {
        println!();
        for ((j, t), s) in set.iter().zip(&term).zip(&site) {
            println!(
                "{:.2} {:.2}  {} | terminal {:?} | website {:?}",
                relevance::ndcg10(j, t),
                relevance::ndcg10(j, s),
                j.query,
                t.iter().take(3).collect::<Vec<_>>(),
                s.iter().take(3).collect::<Vec<_>>()
            );
        }
    }
}
