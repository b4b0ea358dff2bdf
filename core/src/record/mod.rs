//! The enterprise record and what is wrong with it.
//!
//! - [`enterprise`]: [`Enterprise`], read from and written to JSON within the limits of
//!   [`crate::limits`].
//! - [`validate`](mod@validate): every problem of a record, each an [`Issue`] with a
//!   JSON-pointer path, a stable code and messages in Indonesian and English.
//! - [`issue`]: the [`Issue`] and [`Report`] shapes every checker of the crate shares.
//! - [`part`]: a nested field of a record read on its own ([`RecordPart`]), as bindings hand
//!   the cells of a table to the core.

pub mod enterprise;
pub mod issue;
pub mod part;
pub mod validate;

pub use enterprise::Enterprise;
pub use issue::{Issue, Report, Severity};
pub use part::RecordPart;
pub use validate::validate;
