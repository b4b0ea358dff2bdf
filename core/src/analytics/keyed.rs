//! Records keyed by a number (a register's NIBs, a snapshot's records), where a repeated key
//! is an error to report, not a value to overwrite.

use std::collections::BTreeMap;

/// A map of `entries` by key: of equal keys the first stays, and the places in `entries` of
/// the others come back, in order. Sorted once and built in bulk (a register may hold
/// millions of NIBs: one sort is faster than a million insertions).
pub(crate) fn first_of_each<K: Ord, V>(entries: Vec<(K, V)>) -> (BTreeMap<K, V>, Vec<usize>) {
    let mut tagged: Vec<(usize, (K, V))> = entries.into_iter().enumerate().collect();
    tagged.sort_by(|a, b| a.1 .0.cmp(&b.1 .0));
    let mut unique: Vec<(K, V)> = Vec::with_capacity(tagged.len());
    let mut repeated = Vec::new();
    for (place, entry) in tagged {
        match unique.last() {
            Some(last) if last.0 == entry.0 => repeated.push(place),
            _ => unique.push(entry),
        }
    }
    repeated.sort_unstable();
    (unique.into_iter().collect(), repeated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_equal_keys_stays_and_the_others_are_reported() {
        let (map, repeated) = first_of_each(vec![("b", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5)]);
        assert_eq!(
            map.into_iter().collect::<Vec<_>>(),
            [("a", 2), ("b", 1), ("c", 5)]
        );
        assert_eq!(repeated, [2, 3]);
    }
}
