//! The Dutch syllable counter against `tests/data/lettergrepen.tsv`: words with known syllable
//! counts, made by `scripts/lettergrepen.py` (pyphen `nl_NL`, hard cases checked by hand).

use marke::check::readability::syllables::count;

#[test]
fn syllable_counts_match_the_checked_list() {
    let list = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/lettergrepen.tsv"
    ))
    .unwrap();
    let rows: Vec<(&str, usize)> = list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            (cols.next().unwrap(), cols.next().unwrap().parse().unwrap())
        })
        .collect();
    assert!(
        rows.len() >= 200,
        "de lijst heeft maar {} woorden",
        rows.len()
    );
    let wrong: Vec<String> = rows
        .iter()
        .filter(|(w, n)| count(w) != *n)
        .map(|(w, n)| format!("{w}: verwacht {n}, geteld {}", count(w)))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} van de {} fout:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}
