//! The order lists show items in: an explicit `volgorde` first, then the code read as
//! numbers per part (2.9 before 2.10), then the title.

use super::Item;

/// Sort by explicit order, then by code (numerically per part), then title.
pub(super) fn sort_key(item: &Item) -> (i64, Vec<CodePart>, String) {
    let code = item.facts.code.as_deref().unwrap_or("");
    (
        item.order.unwrap_or(i64::MAX),
        code_parts(code),
        item.title.to_lowercase(),
    )
}

/// A piece of a code such as `2.10.1.A`; numbers compare as numbers, so 2.10 follows 2.9.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum CodePart {
    Num(u32),
    Text(String),
}

fn code_parts(code: &str) -> Vec<CodePart> {
    code.split(['.', '-', ' '])
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse()
                .map_or_else(|_| CodePart::Text(p.to_lowercase()), CodePart::Num)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_sort_numerically() {
        let mut v = [
            code_parts("2.10.1"),
            code_parts("2.9.1"),
            code_parts("2.9.1.B"),
            code_parts("2.9.1.A"),
        ];
        v.sort();
        assert_eq!(v[0], code_parts("2.9.1"));
        assert_eq!(v[1], code_parts("2.9.1.A"));
        assert_eq!(v[3], code_parts("2.10.1"));
    }
}
