//! Reference data the rules read, each table with its source (see [`provenance`]):
//!
//! - [`region`]: provinces, regencies/cities and districts (Kepmendagri 300.2.2-2138/2025).
//! - [`country`]: countries and languages (ISO 3166-1, ISO 639-1).
//! - [`calendar`]: national holidays and cuti bersama by joint decree (SKB), working days.
//! - [`provenance`]: every embedded table with its source, version and licence.

pub mod calendar;
pub mod country;
pub(crate) mod data;
pub mod provenance;
pub mod region;
