//! Export readiness: how ready an enterprise is to send one product to one destination on a
//! date, what blocks it, what to do first and when it can be ready.
//!
//! - [`RuleSet`]: the model as data (dimensions and weights, rules with points, the certificate
//!   and shipment-document catalogues with agencies and lead times, market profiles). The default
//!   `umkm-default-2026` is embedded ([`RuleSet::default_set`]), and the one it replaced,
//!   `umkm-default-2025`, stays selectable ([`RuleSet::builtin`]); an office can load its own from
//!   JSON ([`RuleSet::from_json`]), which lists every problem in a malformed set.
//! - [`assess`] / [`assess_with`]: the [`ReadinessReport`]: score, level, dimension scores,
//!   blockers, gaps, an ordered action plan with the earliest ready date, the SKA forms, the
//!   shipment documents and a trace of every rule applied.
//! - [`origin_forms`]: certificate-of-origin (SKA) forms for a destination on a date.
//! - [`assess_order`]: whether a requested quantity fits a deadline at the product's capacity,
//!   over Indonesian working days ([`crate::reference::calendar`]).
//!
//! Certificates are judged on `as_of`: a certificate counts when it was issued on or before it
//! and has not expired. A report with a blocker is never export ready.

mod checks;
mod context;
mod destination;
mod engine;
mod error;
mod messages;
pub mod order;
pub mod origin;
mod plan;
mod points;
mod problems;
mod report;
pub mod ruleset;
mod terms;

pub use destination::{Destination, IntoDestination};
pub use engine::{assess, assess_summary_with, assess_with};
pub use order::{assess_order, Order, OrderError, OrderFeasibility, OrderFit};
pub use origin::{origin_forms, OriginForm};
pub use report::{
    DimensionScore, DocumentStatus, Gap, MarketSummary, Outcome, PlanStep, ReadinessReport,
    ReadinessSummary, ReportWarning, TraceEntry,
};
pub use ruleset::{check_rule_set, RuleSet, RuleSetError};

pub use error::ReadinessError;
pub use terms::{Agency, Dimension, ReadinessLevel, ShipmentDocument};
