//! The readiness report and its parts.

use super::origin::OriginForm;
use super::terms::{Agency, Dimension, ReadinessLevel, ShipmentDocument};
use crate::record::enterprise::{CertificateKind, ProductCategory};
use crate::text::{Message, Text};
use chrono::NaiveDate;
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The market profile a report used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct MarketSummary {
    /// Market code (`JP`, `EU`), or `*` for the generic profile.
    pub code: Text,
    /// Name in both languages.
    pub name: Message,
    /// True when the destination has no profile of its own.
    pub generic: bool,
}

/// Score of one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DimensionScore {
    /// Dimension.
    pub dimension: Dimension,
    /// Name in both languages.
    pub name: Message,
    /// Points the dimension is worth.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub weight: Decimal,
    /// Points earned.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub score: Decimal,
}

/// Something missing, with what it costs and who resolves it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Gap {
    /// Plan step id: the rule id, or `certificate.<kind>` for a certificate.
    pub step: Text,
    /// Rule that found it.
    pub rule: Text,
    /// Dimension.
    pub dimension: Dimension,
    /// Points gained by closing it.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub points: Decimal,
    /// Blocks export whatever the score.
    pub blocker: bool,
    /// The certificate concerned, for certificate gaps.
    pub certificate: Option<CertificateKind>,
    /// What is wrong.
    pub message: Message,
    /// What to do.
    pub action: Message,
    /// Who resolves it.
    pub agency: Agency,
    /// Typical days to resolve it.
    pub lead_time_days: u32,
    /// Steps to finish first (only those still open).
    pub after: Vec<Text>,
}

/// One step of the action plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct PlanStep {
    /// Position, from 1.
    pub order: u32,
    /// Step id (a gap's `step`, or `document.<kind>` for a per-shipment document).
    pub step: Text,
    /// Closes a blocker.
    pub blocker: bool,
    /// Done for every shipment rather than once.
    pub per_shipment: bool,
    /// What to do.
    pub action: Message,
    /// Who to go to.
    pub agency: Agency,
    /// Typical days.
    pub lead_time_days: u32,
    /// Points it gains.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub points: Decimal,
    /// Steps to finish first.
    pub after: Vec<Text>,
    /// Earliest start: `as_of`, or when the last prerequisite is done.
    pub start: NaiveDate,
    /// Earliest finish.
    pub finish: NaiveDate,
}

/// A shipment document the destination and category need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct DocumentStatus {
    /// Document.
    pub document: ShipmentDocument,
    /// Name in both languages.
    pub name: Message,
    /// Issuing agency.
    pub agency: Agency,
    /// Typical days per shipment.
    pub lead_time_days: u32,
    /// Certificates it needs.
    pub requires: Vec<CertificateKind>,
    /// Certificates of which it needs one (empty when none is asked for).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires_any: Vec<CertificateKind>,
    /// Every certificate it needs is valid on `as_of` (and one of `requires_any`).
    pub obtainable: bool,
}

/// How a rule came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// All points.
    Met,
    /// Some points (certificates in proportion).
    Partial,
    /// No points.
    Unmet,
    /// No points: the record does not say.
    NotRecorded,
    /// Nothing to check for this product and market: all points.
    NotApplicable,
}

/// One rule applied: every point awarded or withheld is traced here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct TraceEntry {
    /// Rule id.
    pub rule: Text,
    /// Dimension.
    pub dimension: Dimension,
    /// Points the rule is worth.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub points: Decimal,
    /// Points awarded.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub awarded: Decimal,
    /// Outcome.
    pub outcome: Outcome,
    /// What was found, with the figures.
    pub detail: Message,
}

/// Something the reader should know that is not a gap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ReportWarning {
    /// Stable code (`market.generic`, `certificate.expiring`).
    pub code: Text,
    /// Message in both languages.
    pub message: Message,
}

/// The figures of a [`ReadinessReport`] a register is tabulated by, without its texts: what
/// `assess_frame` gives for each row of a DataFrame (a full report is about 28 KB as JSON,
/// this about 200 bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ReadinessSummary {
    /// Score 0–100 with one decimal.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub score: Decimal,
    /// Level.
    pub level: ReadinessLevel,
    /// Score at the export-ready threshold and no blocker.
    pub export_ready: bool,
    /// At least one blocker.
    pub blocked: bool,
    /// The step ids of the blockers, in the report's order (`certificate.nib`).
    pub blockers: Vec<Text>,
    /// Earliest date it can be export ready.
    pub earliest_ready_date: NaiveDate,
}

impl From<&ReadinessReport> for ReadinessSummary {
    fn from(r: &ReadinessReport) -> Self {
        ReadinessSummary {
            score: r.score,
            level: r.level,
            export_ready: r.export_ready,
            blocked: r.blocked,
            blockers: r.blockers.iter().map(|g| g.step.clone()).collect(),
            earliest_ready_date: r.earliest_ready_date,
        }
    }
}

/// Readiness of one product of one enterprise for one destination on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ReadinessReport {
    /// Rule set id.
    pub rule_set: Text,
    /// Enterprise name.
    pub enterprise: String,
    /// Product name.
    pub product: String,
    /// Product category.
    pub category: ProductCategory,
    /// Destination as normalised (`JP`, `EU`).
    pub destination: String,
    /// Market profile used.
    pub market: MarketSummary,
    /// Date judged on.
    pub as_of: NaiveDate,
    /// Score 0–100 with one decimal, the sum of the dimension scores.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub score: Decimal,
    /// Level (never `export_ready` with a blocker).
    pub level: ReadinessLevel,
    /// Level name in both languages.
    pub level_name: Message,
    /// Level is export ready (score at the threshold and no blocker).
    pub export_ready: bool,
    /// At least one blocker.
    pub blocked: bool,
    /// Score per dimension, in model order.
    pub dimensions: Vec<DimensionScore>,
    /// Gaps that block export.
    pub blockers: Vec<Gap>,
    /// Other gaps, most points per day of lead time first.
    pub gaps: Vec<Gap>,
    /// Ordered plan: blockers, then gaps by points per day, then per-shipment documents.
    pub plan: Vec<PlanStep>,
    /// Earliest date it can be export ready: `as_of` plus the longest chain of blocker lead
    /// times (parallel steps overlap), extended by the gaps still needed to reach the
    /// export-ready score.
    pub earliest_ready_date: NaiveDate,
    /// Certificate-of-origin forms for the destination on `as_of` (Form B last).
    pub origin_forms: Vec<OriginForm>,
    /// Documents each shipment needs.
    pub documents: Vec<DocumentStatus>,
    /// Notes from the market profile and requirements.
    pub notes: Vec<Message>,
    /// Warnings (generic market, certificates expiring soon).
    pub warnings: Vec<ReportWarning>,
    /// Every rule applied.
    pub trace: Vec<TraceEntry>,
}
