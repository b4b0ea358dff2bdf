//! Figures over many enterprises or years: what an office reports.
//!
//! - [`growth`]: growth, CAGR and year-over-year series, with undefined rates and gaps said.
//! - [`exchange`]: the caller's dated exchange rates, the rate in force applied.
//! - [`ranking`]: regional export-growth ranking from SKA or shipment records.
//! - [`activity`]: active rate and founding-year cohort survival.
//! - [`transition`]: the "naik kelas" matrix between two dated snapshots.
//! - [`target`]: progress toward a programme target.
//! - [`production`]: daily and monthly gross sales from capacity and price ranges.

pub mod activity;
pub mod exchange;
pub mod growth;
mod keyed;
pub mod production;
pub mod ranking;
pub mod target;
pub mod transition;
