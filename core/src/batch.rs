//! Whole-column work: the batch functions ([`crate::id::is_valid_many`],
//! [`crate::id::validate_many`], [`crate::classify::size::classify_size_many`]) map every item in
//! order through [`map`]. With the `parallel` feature (rayon) a long slice is shared among all
//! cores; the answers and their order are the same either way.

/// Below this many items one thread is faster than sharing the work.
pub const PARALLEL_MIN_ITEMS: usize = 16_384;

/// `f` of every item, in order: on all cores with the `parallel` feature for slices of at
/// least [`PARALLEL_MIN_ITEMS`], in this thread otherwise.
pub fn map<T, U, F>(items: &[T], f: F) -> Vec<U>
where
    T: Sync,
    U: Send,
    F: Fn(&T) -> U + Sync + Send,
{
    #[cfg(feature = "parallel")]
    if items.len() >= PARALLEL_MIN_ITEMS {
        use rayon::prelude::*;
        return items.par_iter().map(f).collect();
    }
    items.iter().map(f).collect()
}

/// True when the crate was built with the `parallel` feature.
pub const fn is_parallel() -> bool {
    cfg!(feature = "parallel")
}
