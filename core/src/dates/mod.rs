//! Dates: as people type them in registers ([`parse`], [`parse_many`]) and as the JSON of
//! records and arguments writes them ([`iso`], `2025-11-01`).

pub mod iso;
mod parse;

pub use parse::{parse, parse_many, DateOptions, DateOrder, DateParseError, ParsedDates};
