//! Counting Dutch syllables, for Flesch-Douma and the Brouwer leesindex.
//!
//! Dutch spelling is regular enough that counting vowel groups works: each vowel sound is one
//! syllable, and the letters that make one sound (`aa`, `ie`, `oe`, `eu`, `ui`, `ij`, `ou`,
//! `eeu`, `ooi`, …) are matched as one unit, longest first. A trema (`ë`, `ï`, `ü`, `ö`)
//! always starts a new syllable (`ru-ï-ne`, `i-de-ë-en`). A short list of English words that
//! the regions's texts use often (`care`, `team`, `online`) gives their spoken count. Checked
//! against `tests/data/lettergrepen.tsv` (made with pyphen `nl_NL`, corrected by hand).

/// Vowel letters that combine into one sound, longest first.
const UNITS: &[&str] = &[
    "aai", "ooi", "oei", "eeu", "ieu", "eau", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ij",
    "ei", "ou", "au", "ai", "ay", "ey", "oy",
];

/// Loan words (and their first parts) whose spoken count differs from their spelling.
const LOANS: &[(&str, usize)] = &[
    ("care", 1),
    ("cares", 1),
    ("team", 1),
    ("teams", 1),
    ("coach", 1),
    ("coaches", 2),
    ("online", 2),
    ("offline", 2),
    ("health", 1),
    ("life", 1),
    ("lifestyle", 2),
    ("style", 1),
    ("game", 1),
    ("games", 1),
    ("case", 1),
    ("cases", 2),
    ("casemanager", 4),
    ("casemanagers", 4),
    ("manager", 3),
    ("managers", 3),
    ("management", 3),
    ("website", 2),
    ("websites", 2),
    ("update", 2),
    ("people", 2),
    ("living", 2),
    ("lab", 1),
    ("hub", 1),
    ("hubs", 1),
    ("able", 2),
    ("reablement", 4),
    ("leadership", 3),
    ("guide", 1),
    ("home", 1),
    ("smart", 1),
    ("phone", 1),
    ("one", 1),
    ("eating", 2),
    ("peer", 1),
    ("support", 2),
    ("coalition", 4),
    ("all", 1),
    ("policies", 3),
];

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'á'
            | 'é'
            | 'í'
            | 'ó'
            | 'ú'
            | 'à'
            | 'è'
            | 'â'
            | 'ê'
            | 'î'
            | 'ô'
            | 'û'
            | 'ĳ'
    ) || is_trema(c)
}

fn is_trema(c: char) -> bool {
    matches!(c, 'ë' | 'ï' | 'ü' | 'ö' | 'ä')
}

/// Syllables in one word. A word without letters (a number) counts as two syllables, a part
/// of 2–4 capitals as one per letter (`GGD` is `ge-ge-de`).
pub fn count(word: &str) -> usize {
    // The same few thousand words come back all through the content; counting one means
    // trying every loan word as prefix and suffix, so remember what was counted.
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<String, usize>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    if let Some(n) = SEEN.with(|m| m.borrow().get(word).copied()) {
        return n;
    }
    let n = count_uncached(word);
    SEEN.with(|m| m.borrow_mut().insert(word.to_owned(), n));
    n
}

fn count_uncached(word: &str) -> usize {
    if !word.chars().any(char::is_alphabetic) {
        return 2;
    }
    word.split(['-', '/', '\''])
        .filter(|p| !p.is_empty())
        .map(count_part)
        .sum::<usize>()
        .max(1)
}

/// Syllables in a word without hyphens.
fn count_part(part: &str) -> usize {
    let letters = part.chars().filter(|c| c.is_alphabetic()).count();
    if (2..=4).contains(&letters) && part.chars().all(|c| !c.is_lowercase()) {
        return letters;
    }
    let lower = part.to_lowercase();
    if let Some(&(_, n)) = LOANS.iter().find(|(w, _)| *w == lower) {
        return n;
    }
    if let Some(n) = loan_compound(&lower) {
        return n;
    }
    vowel_units(&lower).max(usize::from(lower.chars().any(char::is_alphabetic)))
}

/// A Dutch compound that starts or ends with a loan word: `zorgteam`, `carecoach`.
fn loan_compound(lower: &str) -> Option<usize> {
    LOANS
        .iter()
        .filter(|(w, _)| w.len() >= 4)
        .find_map(
            |(w, n)| match lower.strip_suffix(w).filter(|r| r.len() >= 3) {
                Some(rest) => Some(vowel_units(rest) + n),
                None => lower
                    .strip_prefix(w)
                    .filter(|r| r.len() >= 3)
                    .map(|rest| n + vowel_units(rest)),
            },
        )
}

/// Counts vowel units: each maximal run of vowels is cut into the longest known units.
fn vowel_units(lower: &str) -> usize {
    let chars: Vec<char> = lower.chars().collect();
    let mut n = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // `ij` is a vowel even though `j` is not; a `y` or `j` before a vowel is a consonant.
        if !is_vowel(c) || (c == 'y' && chars.get(i + 1).is_some_and(|&d| is_vowel(d))) {
            i += 1;
            continue;
        }
        n += 1;
        i += unit_len(&chars[i..]);
    }
    n
}

/// Length of the vowel unit at the start of `rest`.
fn unit_len(rest: &[char]) -> usize {
    // A trema starts a new sound, which may itself be two letters: `na-ïef`.
    let first = match rest[0] {
        'ë' => 'e',
        'ï' => 'i',
        'ü' => 'u',
        'ö' => 'o',
        'ä' => 'a',
        c => c,
    };
    for unit in UNITS {
        let len = unit.chars().count();
        let letters = std::iter::once(first).chain(rest[1..].iter().copied());
        if rest.len() >= len && unit.chars().zip(letters).all(|(u, c)| u == c) {
            return len;
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn digraphs_are_one_syllable_and_trema_starts_a_new_one() {
        for (w, n) in [
            ("zorg", 1),
            ("gezondheid", 3),
            ("bijeenkomst", 3),
            ("ruïne", 3),
            ("ideeën", 3),
            ("nieuwe", 2),
            ("moeilijk", 2),
            ("materiaal", 4),
            ("beoordelen", 4),
            ("coördinatie", 5),
            ("Drenthe", 2),
        ] {
            assert_eq!(count(w), n, "{w}");
        }
    }

    #[test]
    fn abbreviations_numbers_and_loans() {
        assert_eq!(count("GGD"), 3);
        assert_eq!(count("2040"), 2);
        assert_eq!(count("care"), 1);
        assert_eq!(count("zorgteam"), 2);
        assert_eq!(count("ABCD-methode"), 7);
    }
}
