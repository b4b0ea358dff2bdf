//! Reference tables compiled in by `build.rs` from the CSV files in `core/data/`.
//!
//! Each file names its source in its header; the tables are sorted by code so lookups are
//! binary searches with no start-up cost.

include!(concat!(env!("OUT_DIR"), "/reference_data.rs"));
