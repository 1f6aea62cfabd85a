//! Rules on the words of public sentences that a score cannot see: talk about the source
//! documents (line numbers, "de bron zegt", lost PDF figures), the form of address (the site
//! says "u", never "je"), and words written apart that belong together ("het zelfde").
//!
//! Each rule reads a sentence as lower-case words ([`words`]) and looks for short word
//! sequences, so "Dejesus" or "jeugd" never match "je". Text between quotation marks is a
//! quote and names of organisations and initiatives are names: neither is checked for the
//! form of address ("Mijn uitstroom is jouw instroom").

use crate::model::{ItemType, Model};

use super::text::Sentence;

/// A rule that matched a sentence: what it found and what to write instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    /// The words as they stand in the sentence (lower case).
    pub found: String,
    /// What to write instead, if the rule knows.
    pub instead: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// The sentence talks about the source documents.
    SourceTalk,
    /// The sentence says "je", "jij", "jouw"… where the site says "u".
    Address,
    /// Two words that are one word ("het zelfde" → "hetzelfde").
    SplitWord,
}

/// Words that are only about the source documents, not about the subject.
const SOURCE_WORDS: &[&str] = &[
    "voetnoot",
    "voetnoten",
    "kruisje",
    "kruisjes",
    "aangekruist",
    "pdf",
    "regelnummer",
    "regelnummers",
    "tikfout",
    "tikfouten",
    "typfout",
    "typfouten",
];

/// The informal forms of address, and the "u" form that replaces each.
const INFORMAL: &[(&str, &str)] = &[
    ("je", "u (of uw)"),
    ("jij", "u"),
    ("jou", "u"),
    ("jouw", "uw"),
    ("jullie", "u"),
    ("jezelf", "uzelf (of zich)"),
];

/// Words written apart that are one word in Dutch spelling (Woordenlijst), and the one
/// word. No dictionary catches these: both halves are words. Pairs that are also a correct
/// sequence ("daar bij de huisarts", "de datum staat al vast") are left out.
pub const SPLIT_WORDS: &[(&str, &str)] = &[
    ("het zelfde", "hetzelfde"),
    ("zich zelf", "zichzelf"),
    ("mij zelf", "mijzelf"),
    ("hun zelf", "zichzelf"),
    ("mee denken", "meedenken"),
    ("mee denkt", "meedenkt"),
    ("mee doen", "meedoen"),
    ("mee doet", "meedoet"),
    ("mee praten", "meepraten"),
    ("mee beslissen", "meebeslissen"),
    ("mee nemen", "meenemen"),
    ("mee tellen", "meetellen"),
    ("mee werken", "meewerken"),
    ("terug komt", "terugkomt"),
    ("terug komen", "terugkomen"),
    ("terug vinden", "terugvinden"),
    ("terug gaan", "teruggaan"),
    ("terug geven", "teruggeven"),
    ("terug kijken", "terugkijken"),
    ("hier onder", "hieronder"),
    ("hier boven", "hierboven"),
    ("daar door", "daardoor"),
    ("daar naast", "daarnaast"),
    ("waar mee", "waarmee"),
    ("waar door", "waardoor"),
    ("zo als", "zoals"),
    ("zo wel", "zowel"),
    ("in eens", "ineens"),
    ("onder tussen", "ondertussen"),
    ("voor af", "vooraf"),
    ("achter af", "achteraf"),
    ("gebruik maken", "gebruikmaken"),
    ("gebruik maakt", "gebruikmaakt"),
    ("gebruik gemaakt", "gebruikgemaakt"),
    ("deel nemen", "deelnemen"),
    ("plaats vinden", "plaatsvinden"),
    ("plaats vindt", "plaatsvindt"),
    ("vorm geven", "vormgeven"),
    ("tegen gaan", "tegengaan"),
    ("op pakken", "oppakken"),
    ("op zetten", "opzetten"),
    ("uit voeren", "uitvoeren"),
    ("in zetten", "inzetten"),
    ("bij dragen", "bijdragen"),
];

/// What the rules need from the model: the names that may hold any word.
#[derive(Debug, Default)]
pub struct Style {
    /// Lower-case names of organisations, initiatives, bodies and sources, as words.
    names: Vec<Vec<String>>,
}

impl Style {
    pub fn new(model: &Model) -> Self {
        let names = model
            .items()
            .iter()
            .filter(|i| {
                matches!(
                    i.kind,
                    ItemType::Organisatie
                        | ItemType::Initiatief
                        | ItemType::Orgaan
                        | ItemType::Bron
                )
            })
            .flat_map(|i| std::iter::once(&i.title).chain(&i.aliases))
            .map(|n| words(n).into_iter().map(|(w, _)| w).collect::<Vec<_>>())
            .filter(|w| w.iter().any(|w| is_informal(w)))
            .collect();
        Self { names }
    }

    /// Every finding in one sentence, in the order of the words.
    pub fn check(&self, sentence: &Sentence) -> Vec<Finding> {
        let all = words(&sentence.text);
        let mut out = Vec::new();
        let plain: Vec<&str> = all.iter().map(|(w, _)| w.as_str()).collect();
        // Whether only spaces separate word i from word i + 1: `plaats" vindt` is not a pair.
        let joined: Vec<bool> = all
            .windows(2)
            .map(|p| {
                let end = p[0].1 + p[0].0.len();
                sentence
                    .text
                    .get(end..p[1].1)
                    .is_some_and(|gap| gap.trim().is_empty())
            })
            .collect();
        // Outside quotes and names: what the writer says in their own words.
        let quoted = quoted_ranges(&sentence.text);
        let own: Vec<bool> = {
            let mut own: Vec<bool> = all
                .iter()
                .map(|(_, at)| !quoted.iter().any(|r| r.contains(at)))
                .collect();
            for name in &self.names {
                for start in find_seq(&plain, name) {
                    own[start..start + name.len()].fill(false);
                }
            }
            own
        };
        for (i, w) in plain.iter().enumerate() {
            if own[i]
                && let Some((_, instead)) = INFORMAL.iter().find(|(f, _)| f == w)
            {
                out.push(Finding {
                    rule: Rule::Address,
                    found: (*w).to_owned(),
                    instead: Some(instead),
                });
            }
        }
        if let Some(found) = source_talk(&plain) {
            out.push(Finding {
                rule: Rule::SourceTalk,
                found,
                instead: None,
            });
        }
        for (wrong, right) in SPLIT_WORDS {
            let seq: Vec<String> = wrong.split(' ').map(str::to_owned).collect();
            let spaced = |i: usize| joined[i..i + seq.len() - 1].iter().all(|j| *j);
            if find_seq(&plain, &seq).into_iter().any(spaced) {
                out.push(Finding {
                    rule: Rule::SplitWord,
                    found: (*wrong).to_owned(),
                    instead: Some(right),
                });
            }
        }
        out
    }
}

fn is_informal(w: &str) -> bool {
    INFORMAL.iter().any(|(f, _)| *f == w)
}

/// The first words about the source: a line number ("regels 718-810"), "de bron",
/// "volgens de bronnen", or a word from [`SOURCE_WORDS`].
fn source_talk(w: &[&str]) -> Option<String> {
    for (i, word) in w.iter().enumerate() {
        let next = w.get(i + 1).copied().unwrap_or("");
        if matches!(*word, "regel" | "regels") && next.starts_with(|c: char| c.is_ascii_digit()) {
            return Some(format!("{word} {next}"));
        }
        if SOURCE_WORDS.contains(word) {
            return Some((*word).to_owned());
        }
        // "de bron van energie" is a source of something, not the source document.
        if matches!(*word, "bron" | "bronnen")
            && i > 0
            && matches!(w[i - 1], "de" | "deze" | "die" | "beide")
            && next != "van"
        {
            return Some(format!("{} {word}", w[i - 1]));
        }
    }
    None
}

/// Start indexes where `seq` occurs in `words`.
fn find_seq(words: &[&str], seq: &[String]) -> Vec<usize> {
    if seq.is_empty() || seq.len() > words.len() {
        return Vec::new();
    }
    (0..=words.len() - seq.len())
        .filter(|&i| words[i..i + seq.len()].iter().zip(seq).all(|(a, b)| a == b))
        .collect()
}

/// The words of a text in lower case, each with its byte offset. A word is a run of letters
/// and digits; an apostrophe inside a word keeps it together ("zo'n"). Lower case has the
/// same byte length for the letters Dutch uses, so offset + length is where a word ends.
pub fn words(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(String, usize)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let inner_apostrophe = matches!(c, '\'' | '’')
            && cur.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            cur.get_or_insert_with(|| (String::new(), at))
                .0
                .extend(c.to_lowercase());
        } else if let Some(w) = cur.take() {
            out.push(w);
        }
    }
    out.extend(cur);
    out
}

/// Byte ranges between quotation marks: "…", “…”, „…”, ‘…’ and '…' when the single quote
/// opens after a space (so the apostrophe of "zo'n" opens nothing).
fn quoted_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev = ' ';
    for (at, c) in text.char_indices() {
        match open {
            Some((start, close)) if c == close => {
                out.push(start..at);
                open = None;
            }
            None => {
                let close = match c {
                    '"' => Some('"'),
                    '“' | '„' => Some('”'),
                    '‘' => Some('’'),
                    '\'' if !prev.is_alphanumeric() => Some('\''),
                    _ => None,
                };
                if let Some(close) = close {
                    open = Some((at, close));
                }
            }
            Some(_) => {}
        }
        prev = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<(Rule, String)> {
        let s = Sentence {
            text: text.to_owned(),
            line: 1,
            links: Vec::new(),
        };
        Style::default()
            .check(&s)
            .into_iter()
            .map(|f| (f.rule, f.found))
            .collect()
    }

    #[test]
    fn informal_address_is_found_but_not_inside_words_or_quotes() {
        assert_eq!(
            check("Dan kun je zelf kiezen wat jouw zorg is."),
            [(Rule::Address, "je".into()), (Rule::Address, "jouw".into())]
        );
        assert!(check("De jeugd en Jesse krijgen hulp.").is_empty());
        assert!(check("Het motto is \"Mijn uitstroom is jouw instroom\".").is_empty());
        assert!(check("Het motto is „voor jezelf en de ander”.").is_empty());
        assert!(check("Zo'n plan helpt u.").is_empty());
    }

    #[test]
    fn names_of_organisations_may_hold_any_word() {
        let style = Style {
            names: vec![vec!["wijk".into(), "voor".into(), "jou".into()]],
        };
        let s = Sentence {
            text: "Wijk voor Jou helpt u.".into(),
            line: 1,
            links: Vec::new(),
        };
        assert!(style.check(&s).is_empty());
    }

    #[test]
    fn talk_about_the_source_is_found() {
        assert_eq!(check("Dit staat in regels 718-810.")[0].1, "regels 718");
        assert_eq!(check("Volgens de bron kan dat.")[0].1, "de bron");
        assert_eq!(check("De grafiek ging verloren in de pdf.")[0].1, "pdf");
        assert_eq!(check("Er staan kruisjes in de tabel.")[0].1, "kruisjes");
        assert!(check("Beweging is een bron van energie.").is_empty());
        assert!(check("Er zijn regels voor privacy.").is_empty());
    }

    #[test]
    fn words_written_apart_are_found() {
        assert_eq!(
            check("Het is het zelfde als hier onder."),
            [
                (Rule::SplitWord, "het zelfde".into()),
                (Rule::SplitWord, "hier onder".into())
            ]
        );
        assert!(check("Het is hetzelfde als hieronder.").is_empty());
        assert!(check("Daar vindt \"zorg in de plaats\" vindt niet plaats.").is_empty());
        assert!(check("Het zegt dat \"veel plaats\" vindt.").is_empty());
    }
}
