//! # umkm
//!
//! Business rules for Indonesia's micro, small and medium enterprises (UMKM) and small and
//! medium industries (IKM), for regional trade and industry offices, cooperatives, export
//! coaching programmes, banks and marketplaces.
//!
//! - [`id`]: identifiers (NPWP, NITKU, NIK, NIB, KBLI, HS, wilayah, P-IRT, BPOM, halal) with
//!   python-stdnum's `compact` / `validate` / `is_valid` / `format`.
//! - [`classify`]: size classes under the regulation in force on a date (UU 20/2008, PP 7/2021)
//!   and IKM classes (Permenperin 64/2016).
//! - [`Enterprise`]: the record, read from and written to JSON; [`validate()`]: every problem in
//!   it with a JSON-pointer path, a stable code and messages in Indonesian and English.
//! - [`readiness`]: export readiness of a product for a destination on a date (score, level,
//!   blockers, action plan, earliest ready date), SKA forms by agreement and date, and whether
//!   an order fits the capacity over Indonesian working days. The model is a rule set loaded
//!   from JSON; `umkm-default-2026` is embedded (and `umkm-default-2025`, which it replaced).
//! - [`growth`]: growth, CAGR and year-over-year series with explicit undefined rates and
//!   reported gaps; [`production`]: daily and monthly gross sales from capacity and price ranges.
//! - [`ranking`]: regional export growth ranking from SKA or shipment records at any region
//!   level, with [`exchange`] rates the caller supplies (dated, the rate in force applied).
//! - [`activity`]: active rate and founding-year cohort survival; [`transition`]: the "naik
//!   kelas" matrix between two dated snapshots; [`target`]: progress toward a programme target.
//! - [`money`]: exact amounts and Indonesian formatting (`Rp1.250.000`, `Rp1,25 miliar`).
//! - [`region`]: every province, regency/city and district (Kepmendagri 300.2.2-2138/2025).
//!
//! The crate does no I/O, never reads the clock (functions that depend on the date take
//! `as_of`) and never panics on input.
//!
//! ```
//! use umkm::{classify::size::{classify_size, SizeClass}, id::npwp, validate, Enterprise};
//! use chrono::NaiveDate;
//!
//! let as_of = NaiveDate::from_ymd_opt(2025, 11, 1).unwrap();
//! let record = Enterprise::from_json(r#"{
//!     "name": "IKM Duo Ayu Sehati",
//!     "npwp": "01.312.166.0-091.000",
//!     "region": "19.71",
//!     "annual_sales": [{"year": 2024, "amount": {"amount": "480000000", "currency": "IDR"}}]
//! }"#).unwrap();
//! assert!(npwp::is_valid(record.npwp.as_deref().unwrap()));
//! let size = classify_size(&record.size_input(as_of), as_of).unwrap();
//! assert_eq!(size.class, SizeClass::Micro);
//! let report = validate(&record, as_of);
//! assert!(report.valid); // only a warning: no NIB recorded
//! assert_eq!(report.issues[0].code, "nib.missing");
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// No panics in the library: what could panic is a checked operation with an error instead.
// Tests may unwrap.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod activity;
pub mod api;
pub mod batch;
pub mod chart;
pub mod classify;
pub mod codes;
pub mod country;
mod data;
pub mod date;
pub mod dates;
pub mod decimal;
pub mod enterprise;
pub mod exchange;
pub mod growth;
pub mod id;
pub mod issue;
pub mod lang;
pub mod limits;
pub mod money;
pub mod privacy;
pub mod production;
pub mod provenance;
pub mod ranking;
mod reader;
pub mod readiness;
pub mod region;
pub mod render;
#[cfg(feature = "schema")]
pub mod schema;
mod sort;
mod sorted;
pub mod target;
pub mod transition;
pub mod validate;
mod variant;

/// The README's Rust example runs as a doctest, so it never rots.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// The date and decimal crates whose types the API takes and returns (`NaiveDate`,
/// `Decimal`), re-exported so a caller names them without depending on a matching version.
pub use chrono;
pub use chrono::NaiveDate;
pub use rust_decimal;
pub use rust_decimal::Decimal;

pub use classify::industry::{classify_industry, IndustryClass, IndustryInput};
pub use classify::size::{classify_size, SizeClass, SizeInput};
pub use enterprise::Enterprise;
pub use id::IdentifierError;
pub use issue::{Issue, Report, Severity};
pub use lang::{Lang, Message, Text};
pub use money::{Currency, Money};
pub use validate::validate;
