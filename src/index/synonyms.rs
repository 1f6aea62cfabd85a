//! Synonyms from `content/synoniemen.yaml`, so that each word of a group finds the others.
//!
//! Like abbreviations ([`super::abbrev`]), synonyms are added to the item at index time: an
//! item whose text says "ouderen" also holds "65-plussers" and "senioren". Words are compared
//! by their stems, so "oudere" and "ouderen" both count. The query needs no change, and the
//! website's index gets the same words ([`super::expand`]).

use std::collections::{HashMap, HashSet};

use super::analyzer::{DutchStemmer, tokenize};
use crate::model::Model;

/// One way to write a member of a group: the stems of its words, and the text itself.
#[derive(Debug)]
struct Form {
    stems: Vec<String>,
    text: String,
}

/// All groups, with their forms looked up by the stem of their first word.
#[derive(Debug, Default)]
pub struct Synonyms {
    groups: Vec<Vec<Form>>,
    /// Stem of the first word → (group, form).
    by_first: HashMap<String, Vec<(usize, usize)>>,
    /// First three letters of every first word: only text words that start so get stemmed.
    starts: HashSet<String>,
}

fn start(folded: &str) -> &str {
    folded.get(..3).unwrap_or(folded)
}

impl Synonyms {
    pub fn from_model(model: &Model) -> Self {
        let stemmer = DutchStemmer::default();
        let mut out = Synonyms::default();
        for group in model.synonyms() {
            let forms: Vec<Form> = group
                .iter()
                .map(|text| Form {
                    stems: tokenize(text)
                        .iter()
                        .map(|t| stemmer.stem(&t.folded))
                        .collect(),
                    text: text.clone(),
                })
                .filter(|f| !f.stems.is_empty())
                .collect();
            let g = out.groups.len();
            for (n, form) in forms.iter().enumerate() {
                out.by_first
                    .entry(form.stems[0].clone())
                    .or_default()
                    .push((g, n));
            }
            for word in group {
                if let Some(t) = tokenize(word).first() {
                    out.starts.insert(start(&t.folded).to_owned());
                }
            }
            out.groups.push(forms);
        }
        out
    }

    /// For each group a form of which the text uses, the other forms, as text ("senioren ·
    /// 65-plussers . "). Empty when none is used.
    pub fn counterparts(&self, text: &str, stemmer: &DutchStemmer) -> String {
        if self.groups.is_empty() {
            return String::new();
        }
        let tokens = tokenize(text);
        let mut stems: Vec<Option<String>> = vec![None; tokens.len()];
        let mut stem_at = |i: usize| -> String {
            stems[i]
                .get_or_insert_with(|| stemmer.stem(&tokens[i].folded))
                .clone()
        };
        let mut found: Vec<(usize, usize)> = Vec::new();
        for i in 0..tokens.len() {
            if !self.starts.contains(start(&tokens[i].folded)) {
                continue;
            }
            let Some(cands) = self.by_first.get(&stem_at(i)) else {
                continue;
            };
            for &(g, n) in cands {
                let form = &self.groups[g][n];
                let fits = i + form.stems.len() <= tokens.len()
                    && (1..form.stems.len()).all(|k| stem_at(i + k) == form.stems[k]);
                if fits && !found.iter().any(|&(fg, _)| fg == g) {
                    found.push((g, n));
                }
            }
        }
        let mut out = String::new();
        for (g, n) in found {
            for (m, form) in self.groups[g].iter().enumerate() {
                if m != n {
                    out.push_str(&form.text);
                    out.push_str(" . ");
                }
            }
        }
        out
    }
}
