//! JSON Schemas of the record and the results, generated from the Rust types with schemars,
//! so web teams and data pipelines can check a record before it reaches the library.
//!
//! The schema of the enterprise record is also committed as `core/schema/enterprise.schema.json`
//! (a test keeps it equal to what this module generates).

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
