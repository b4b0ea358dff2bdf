//! # umkm
//!
//! Business rules for Indonesia's micro, small and medium enterprises (UMKM) and small and
//! medium industries (IKM), for regional trade and industry offices, cooperatives, export
//! coaching programmes, banks and marketplaces.
//!
//! The folders are the layers, each named after what it holds; a module only uses the ones
//! below it, and no two files import each other (`core/tests/layers.rs`):
//!
//! - [`text`]: every message in Indonesian and English ([`Lang`], [`Message`]), and
//!   [`text::privacy`], which keeps identifiers and other personal data out of them.
//! - [`money`]: exact amounts, Indonesian formatting (`Rp1.250.000`, `Rp1,25 miliar`) and
//!   reading amounts as people type them; [`dates`]: dates as people type them.
//! - [`reference`](mod@reference): the embedded tables with their sources: regions (Kepmendagri
//!   300.2.2-2138/2025), countries, the holiday calendar by joint decree, [`reference::provenance`].
//! - [`id`]: identifiers (NPWP, NITKU, NIK, NIB, KBLI, HS, wilayah, P-IRT, BPOM, halal) with
//!   python-stdnum's `compact` / `validate` / `is_valid` / `format`.
//! - [`record`]: the [`Enterprise`] record, read from and written to JSON, and [`validate()`]:
//!   every problem in it with a JSON-pointer path, a stable code and messages in both languages.
//! - [`classify`]: size classes under the regulation in force on a date (UU 20/2008, PP 7/2021)
//!   and IKM classes (Permenperin 64/2016).
//! - [`readiness`]: export readiness of a product for a destination on a date (score, level,
//!   blockers, action plan, earliest ready date), SKA forms by agreement and date, and whether
//!   an order fits the capacity over Indonesian working days. The model is a rule set loaded
//!   from JSON; `umkm-default-2026` is embedded (and `umkm-default-2025`, which it replaced).
//! - [`analytics`]: growth, CAGR and year-over-year series; regional export-growth ranking with
//!   the caller's dated exchange rates; active rate and cohort survival; the "naik kelas"
//!   matrix; progress toward a target; gross sales from capacity and price ranges.
//! - [`render`]: the readiness report, the ranking and an office's charts as SVG and HTML.
//! - [`api`]: every feature as one JSON call, with one error shape and the JSON Schema of
//!   every input and result: what the Python and JavaScript bindings are built on.
//! - [`limits`]: the input bounds every public function holds; [`batch`]: whole columns on all
//!   cores.
//!
//! ## Features
//!
//! | feature | default | what it adds |
//! | --- | --- | --- |
//! | `descriptions` | on | the HS 2022 heading and subheading texts `id::hs::lookup` returns (about 0.6 MB); validation needs only the codes, always embedded |
//! | `schema` | off | `api::schema`: the JSON Schema of every input and result (schemars); the Python module turns it on |
//! | `typed-answers` | on | `api::Answer` holds the typed result: `api::call` builds its JSON value directly (no text round trip) and bindings can write it in field order; the WebAssembly build, which writes text, leaves it out |
//! | `parallel` | off | the batch functions share long slices among all cores (rayon); the Python module turns it on |
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
// On docs.rs (nightly) each feature-gated item says which feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
// Unit tests compare with serde_json reading; the library reads input through json::reader
// (core/clippy.toml).
#![cfg_attr(test, allow(clippy::disallowed_methods))]
#![warn(missing_docs)]
// Short functions that compose: none over 100 lines (clippy.toml; `make lint` denies warnings).
#![warn(clippy::too_many_lines)]
// Every public function that can fail says how, with its error codes, under `# Errors`.
#![warn(clippy::missing_errors_doc)]
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

pub mod analytics;
pub mod api;
pub mod batch;
pub mod classify;
pub mod dates;
pub mod id;
mod json;
pub mod limits;
pub mod money;
pub mod readiness;
pub mod record;
pub mod reference;
pub mod render;
pub mod text;

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
pub use id::IdentifierError;
pub use money::{Currency, Money};
pub use record::{validate, Enterprise, Issue, Report, Severity};
pub use text::{CodedError, Lang, Message, Text};
