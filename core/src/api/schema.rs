//! JSON Schemas of the record and the results, generated from the Rust types with schemars,
//! so web teams and data pipelines can check a record before it reaches the library.
//!
//! The schemas are also committed in `core/schema/` (enterprise, validation report, readiness
//! report, rule set, order answer); a test keeps them equal to what this module generates.

use crate::record::enterprise::Enterprise;
use crate::record::issue::Report;

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

/// Every public input and result type of [`crate::api`] in one document: `{"$schema", "$defs"}`
/// with one definition per type, by its Rust name (`Enterprise`, `ReadinessReport`, `Rate`).
///
/// The Python and JavaScript bindings build their typed classes and type declarations from it,
/// so they describe exactly what the core reads and writes; [`crate::api::functions`] names
/// the definition each function returns.
pub fn bundle() -> serde_json::Value {
    use crate::analytics::*;
    use crate::record::*;
    use crate::reference::*;
    use crate::render::*;
    use crate::*;
    let mut g = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    macro_rules! add {
        ($($t:ty),* $(,)?) => {$( g.subschema_for::<$t>(); )*};
    }
    add!(
        // records and inputs
        Enterprise,
        SizeInput,
        IndustryInput,
        Money,
        enterprise::MoneyRange,
        enterprise::QuantityRange,
        readiness::Order,
        readiness::RuleSet,
        exchange::ExchangeRate,
        ranking::ExportRecord,
        ranking::RankingOptions,
        ranking::SeriesOptions,
        dates::DateOptions,
        chart::SizeMix,
        render::HtmlOptions,
        chart::RegionValidity,
        growth::YearValue,
        activity::Registration,
        activity::ActivitySnapshot,
        transition::Snapshot,
        target::Target,
        // results
        id::nik::NikInfo,
        id::nik::Sex,
        id::npwp::NpwpForm,
        id::kbli::Section,
        id::kbli::KbliEntry,
        id::hs::HsEntry,
        id::PartialCheck,
        money::ParsedAmounts,
        dates::ParsedDates,
        region::FoundRegions,
        id::pirt::Packaging,
        id::bpom::Origin,
        region::Region,
        region::Level,
        classify::size::SizeClassification,
        classify::size::SizeRow,
        classify::RuleRef,
        classify::industry::IndustryClassification,
        Report,
        readiness::ReadinessReport,
        readiness::ReadinessSummary,
        readiness::OrderFeasibility,
        readiness::OriginForm,
        growth::Rate,
        growth::Series,
        exchange::AppliedRate,
        ranking::Ranking,
        activity::ActiveRate,
        activity::CohortTable,
        transition::TransitionMatrix,
        target::TargetProgress,
        provenance::DataVersion,
        reference::calendar::Holiday,
        api::CallError,
        api::FunctionInfo,
    );
    let mut defs = g.take_definitions(true);
    defs.insert(
        "ErrorCode".into(),
        serde_json::json!({
            "description": "Every code an error of the library can carry (`umkm::api::codes::all`): the identifiers' `<identifier>.<rule>` and the rest.",
            "type": "string",
            "enum": crate::api::codes::all(),
        }),
    );
    defs.insert(
        "Destination".into(),
        serde_json::json!({
            "description": "An ISO 3166-1 alpha-2 country code (Debian iso-codes), as export destinations are given.",
            "type": "string",
            "enum": crate::reference::country::codes().collect::<Vec<_>>(),
        }),
    );
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "umkm",
        "$defs": defs,
    })
}
