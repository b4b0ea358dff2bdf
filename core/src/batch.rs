//! Whole-column work: the batch functions ([`crate::id::is_valid_many`],
//! [`crate::id::validate_many`], [`crate::classify::size::classify_size_many`]) map every item in
//! order through [`map`]. With the `parallel` feature (rayon) a long slice is shared among all
//! cores; the answers and their order are the same either way.

/// Below this many items one thread is faster than sharing the work.
pub const PARALLEL_MIN_ITEMS: usize = 16_384;

/// Below this many records one thread is faster than sharing the work of validating or
/// assessing them: a record takes microseconds, a thousand times an identifier check, so
/// sharing pays from a few dozen.
pub const PARALLEL_MIN_RECORDS: usize = 64;

/// `f` of every item, in order: on all cores with the `parallel` feature for slices of at
/// least [`PARALLEL_MIN_ITEMS`], in this thread otherwise.
pub fn map<T, U, F>(items: &[T], f: F) -> Vec<U>
where
    T: Sync,
    U: Send,
    F: Fn(&T) -> U + Sync + Send,
{
    map_from(items, PARALLEL_MIN_ITEMS, f)
}

/// [`map`] for work that costs microseconds an item (records): shared among all cores from
/// [`PARALLEL_MIN_RECORDS`] items on.
pub fn map_records<T, U, F>(items: &[T], f: F) -> Vec<U>
where
    T: Sync,
    U: Send,
    F: Fn(&T) -> U + Sync + Send,
{
    map_from(items, PARALLEL_MIN_RECORDS, f)
}

/// [`map_records`] of items taken by value, each with its index: every item is handed to
/// `f` and dropped in the thread that ran `f` on it, so a big item is freed on all cores.
pub fn map_owned_records<T, U, F>(items: Vec<T>, f: F) -> Vec<U>
where
    T: Send,
    U: Send,
    F: Fn(usize, T) -> U + Sync + Send,
{
    #[cfg(feature = "parallel")]
    if items.len() >= PARALLEL_MIN_RECORDS {
        use rayon::prelude::*;
        return items
            .into_par_iter()
            .enumerate()
            .map(|(i, item)| f(i, item))
            .collect();
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| f(i, item))
        .collect()
}

/// `f` of every item, in order, shared among all cores (with the `parallel` feature) when
/// there are at least `least` items.
fn map_from<T, U, F>(items: &[T], least: usize, f: F) -> Vec<U>
where
    T: Sync,
    U: Send,
    F: Fn(&T) -> U + Sync + Send,
{
    #[cfg(feature = "parallel")]
    if items.len() >= least {
        use rayon::prelude::*;
        return items.par_iter().map(f).collect();
    }
    #[cfg(not(feature = "parallel"))]
    let _ = least;
    items.iter().map(f).collect()
}

/// True when the crate was built with the `parallel` feature.
pub const fn is_parallel() -> bool {
    cfg!(feature = "parallel")
}
