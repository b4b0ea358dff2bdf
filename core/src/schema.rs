//! JSON Schemas of the record and the results, generated from the Rust types with schemars,
//! so web teams and data pipelines can check a record before it reaches the library.
//!
//! The schemas are also committed in `core/schema/` (enterprise, validation report, readiness
//! report, rule set, order answer); a test keeps them equal to what this module generates.

use crate::enterprise::Enterprise;
use crate::validate::Report;

/// JSON Schema (draft 2020-12) of [`Enterprise`].
pub fn enterprise_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Enterprise)).unwrap_or_default()
}

/// JSON Schema of a validation [`Report`].
pub fn report_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).unwrap_or_default()
}

/// JSON Schema of an export [`crate::readiness::ReadinessReport`].
pub fn readiness_report_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(crate::readiness::ReadinessReport))
        .unwrap_or_default()
}

/// JSON Schema of a readiness [`crate::readiness::RuleSet`], for offices writing their own.
pub fn rule_set_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(crate::readiness::RuleSet)).unwrap_or_default()
}

/// JSON Schema of an [`crate::readiness::OrderFeasibility`] answer.
pub fn order_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(crate::readiness::OrderFeasibility))
        .unwrap_or_default()
}
