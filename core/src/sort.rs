//! One stable sort for the whole crate.
//!
//! Every `sort_by` on a new element type or closure compiles a new copy of the standard
//! library's sort (driftsort with its small-sort networks: about 5 KB of WebAssembly each). The
//! crate sorts a dozen kinds of things, none of them on a hot path of more than a few thousand
//! items (regions of a ranking, rates, snapshots, plan steps), so they all go through
//! [`order`], which is compiled once: it sorts positions `0..len` with a comparison behind a
//! `dyn` reference, and the caller's items are then moved into that order.
//!
//! The results are those of `slice::sort_by` (stable: equal items keep their order), which the
//! property tests below check.

use std::cmp::Ordering;

/// The stable order of the positions `0..len` under `cmp`: the crate's only instantiation of
/// the standard library's sort.
fn order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

/// Moves `items` into the order of `positions` (a permutation of their indices).
fn arrange<T>(items: &mut Vec<T>, positions: Vec<usize>) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        positions
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` stably by `cmp`, as `slice::sort_by` does.
pub(crate) fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let positions = {
        let all = items.as_slice();
        order(all.len(), &mut |a, b| match (all.get(a), all.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    arrange(items, positions);
}

/// Sorts `items` stably by a key, as `slice::sort_by_key` does.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably by a key computed once per item, as `slice::sort_by_cached_key`
/// does (for keys that are costly to compute).
pub(crate) fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl FnMut(&T) -> K) {
    if items.len() < 2 {
        return;
    }
    let keys: Vec<K> = items.iter().map(key).collect();
    let positions = order(keys.len(), &mut |a, b| match (keys.get(a), keys.get(b)) {
        (Some(x), Some(y)) => x.cmp(y),
        _ => Ordering::Equal,
    });
    arrange(items, positions);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn stable_by_hand() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut w: Vec<i32> = vec![];
        sort_by(&mut w, i32::cmp);
        assert!(w.is_empty());
    }

    proptest! {
        #[test]
        fn same_as_the_standard_library(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            let mut a = v.clone();
            sort_by_key(&mut a, |p| p.0);
            prop_assert_eq!(&a, &expected);
            let mut b = v.clone();
            sort_by_cached_key(&mut b, |p| p.0);
            prop_assert_eq!(&b, &expected);
            let mut c = v.clone();
            sort_by(&mut c, |x, y| y.0.cmp(&x.0));
            let mut d = v;
            d.sort_by_key(|y| std::cmp::Reverse(y.0));
            prop_assert_eq!(c, d);
        }
    }
}
