//! Small ordered maps and sets, kept as sorted vectors.
//!
//! The crate's ordered maps are small (dimensions, levels, years, the steps of a plan, the
//! rules of a rule set): a sorted vector answers them as a `BTreeMap` would, in key order, with
//! a binary search, and compiles to a fraction of the code (the B-tree's node handling is
//! compiled anew for every key and value type: 12 KB of the gzipped WebAssembly module for
//! ten maps). Inserting a new key moves the larger keys, so a map of many keys is built in one
//! sort instead ([`SortedMap::from_entries`]: a register of NIBs, a snapshot's records).

use std::borrow::Borrow;

/// A map ordered by key.
#[derive(Debug, Clone)]
pub(crate) struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// Sets `key` to `value`; the value it had, if any.
    pub(crate) fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => self
                .entries
                .get_mut(i)
                .map(|e| std::mem::replace(&mut e.1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// The value of `key`, inserting `make()` first when there is none.
    pub(crate) fn value_mut(&mut self, key: K, make: impl FnOnce() -> V) -> Option<&mut V> {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, make()));
                i
            }
        };
        self.entries.get_mut(i).map(|e| &mut e.1)
    }

    /// The entry of `key`: the key as the map holds it, and its value.
    fn entry<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&(K, V)>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().and_then(|i| self.entries.get(i))
    }

    pub(crate) fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.entry(key).map(|e| &e.1)
    }

    /// A map of `entries`, sorted here in one go (for many keys: no insertion moves); of equal
    /// keys the first stays, and the places in `entries` of the others come back, in order.
    pub(crate) fn from_entries(entries: Vec<(K, V)>) -> (Self, Vec<usize>) {
        let mut tagged: Vec<(usize, (K, V))> = entries.into_iter().enumerate().collect();
        crate::sort::sort_by(&mut tagged, |a, b| a.1 .0.cmp(&b.1 .0));
        let mut unique: Vec<(K, V)> = Vec::with_capacity(tagged.len());
        let mut repeated = Vec::new();
        for (place, entry) in tagged {
            match unique.last() {
                Some(last) if last.0 == entry.0 => repeated.push(place),
                _ => unique.push(entry),
            }
        }
        crate::sort::sort_by(&mut repeated, usize::cmp);
        (SortedMap { entries: unique }, repeated)
    }

    /// The key as the map holds it (borrowed for as long as the map).
    pub(crate) fn key<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&K>
    where
        K: Borrow<Q>,
    {
        self.entry(key).map(|e| &e.0)
    }

    pub(crate) fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Entries in key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

/// A set ordered by key.
#[derive(Debug, Clone)]
pub(crate) struct SortedSet<K>(SortedMap<K, ()>);

impl<K> Default for SortedSet<K> {
    fn default() -> Self {
        SortedSet(SortedMap::default())
    }
}

impl<K: Ord> SortedSet<K> {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Adds `key`; `false` when it was there already (as `BTreeSet::insert`).
    pub(crate) fn insert(&mut self, key: K) -> bool {
        self.0.insert(key, ()).is_none()
    }

    pub(crate) fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.0.contains_key(key)
    }
}

impl<K: Ord> FromIterator<K> for SortedSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let mut set = SortedSet::new();
        for k in iter {
            set.insert(k);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    proptest! {
        /// The same answers as the standard library's B-tree map and set.
        #[test]
        fn answers_as_btree(ops in proptest::collection::vec((0u8..40, any::<u16>()), 0..300)) {
            let mut ours = SortedMap::new();
            let mut theirs = BTreeMap::new();
            let mut set = SortedSet::new();
            let mut bset = BTreeSet::new();
            for (k, v) in ops {
                if v % 3 == 0 {
                    *ours.value_mut(k, || 0u32).unwrap() += 1;
                    *theirs.entry(k).or_insert(0u32) += 1;
                } else {
                    prop_assert_eq!(ours.insert(k, u32::from(v)), theirs.insert(k, u32::from(v)));
                }
                prop_assert_eq!(set.insert(k), bset.insert(k));
                prop_assert_eq!(ours.get(&k), theirs.get(&k));
                prop_assert_eq!(ours.contains_key(&(k / 2)), theirs.contains_key(&(k / 2)));
                prop_assert_eq!(set.contains(&(k / 3)), bset.contains(&(k / 3)));
            }
            prop_assert!(ours.iter().eq(theirs.iter()));
            // Built in one go: the first of equal keys stays, the others are named.
            let entries: Vec<(u8, usize)> = ours.keys().chain(theirs.keys()).map(|k| *k / 2).zip(0..).collect();
            let (bulk, repeated) = SortedMap::from_entries(entries.clone());
            let mut firsts = BTreeMap::new();
            let mut expected = Vec::new();
            for (k, i) in entries {
                if let std::collections::btree_map::Entry::Vacant(e) = firsts.entry(k) {
                    e.insert(i);
                } else {
                    expected.push(i);
                }
            }
            prop_assert!(bulk.iter().eq(firsts.iter()));
            prop_assert_eq!(repeated, expected);
            prop_assert!(ours.keys().eq(theirs.keys()));
            prop_assert!(ours.values().eq(theirs.values()));
        }
    }
}
