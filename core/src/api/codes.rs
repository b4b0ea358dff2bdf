//! One vocabulary of error codes: every `code` an error of the library can carry, so callers
//! (and the TypeScript types, `ErrorCode`) can match on a closed set.
//!
//! Identifier errors are `<identifier>.<rule>` (`npwp.checksum`): [`identifier_codes`] lists
//! every identifier with every rule, a superset of what each identifier can break. The rest
//! are [`ERROR_CODES`]; `core/tests/codes.rs` holds the list to the source (every literal code
//! of an error type is listed, and nothing is listed that no source names) and to the vectors.

use crate::id::{IdentifierKind, Reason};

/// Every error code besides the identifiers', sorted.
pub const ERROR_CODES: &[&str] = &[
    "activity.active_exceeds_registered",
    "activity.invalid",
    "activity.none_registered",
    "api.unknown_function",
    "argument.invalid",
    "argument.json",
    "argument.missing",
    "calendar.year_not_covered",
    "chart.valid_exceeds_total",
    "classify.missing",
    "classify.negative",
    "classify.no_rule",
    "classify.not_rupiah",
    "date.impossible",
    "date.parse_empty",
    "date.parse_invalid",
    "date.parse_too_long",
    "date.serial_not_allowed",
    "date.two_digit_year",
    "date.weekday_mismatch",
    "exchange.invalid_table",
    "exchange.no_rate",
    "exchange.overflow",
    "growth.negative",
    "growth.overflow",
    "input.duplicate_key",
    "input.more_issues",
    "internal.panic",
    "internal.serialize",
    "limit.date_span",
    "limit.depth",
    "limit.field",
    "limit.json_size",
    "limit.key",
    "limit.list",
    "limit.record_list",
    "limit.record_size",
    "limit.ruleset_list",
    "limit.string",
    "limit.year",
    "money.ambiguous",
    "money.currency_mismatch",
    "money.overflow",
    "money.parse_empty",
    "money.parse_invalid",
    "money.parse_too_long",
    "money.unknown_currency",
    "order.capacity",
    "order.deadline",
    "order.no_capacity",
    "order.quantity",
    "order.unit_mismatch",
    "order.unknown_product",
    "production.currency",
    "production.overflow",
    "production.range",
    "pseudonym.key",
    "ranking.invalid",
    "ranking.overflow",
    "readiness.unknown_country",
    "readiness.unknown_product",
    "record.json",
    "region.name_empty",
    "region.name_too_long",
    "region.unknown_within",
    "ruleset.cycle",
    "ruleset.duplicate",
    "ruleset.invalid",
    "ruleset.json",
    "ruleset.levels_order",
    "ruleset.missing",
    "ruleset.negative",
    "ruleset.not_in_catalogue",
    "ruleset.points_sum",
    "ruleset.unknown_id",
    "ruleset.unknown_step",
    "ruleset.unknown_value",
    "ruleset.weights_sum",
    "series.duplicate_year",
    "series.mixed_currency",
    "target.achieved",
    "target.date_range",
    "target.goal",
    "target.overflow",
    "target.start",
    "transition.dates",
    "transition.invalid",
];

/// Every `<identifier>.<rule>` code, identifiers in [`IdentifierKind::ALL`] order.
pub fn identifier_codes() -> Vec<String> {
    IdentifierKind::ALL
        .iter()
        .flat_map(|k| {
            Reason::CODES
                .iter()
                .map(move |r| format!("{}.{r}", k.as_str()))
        })
        .collect()
}

/// Every error code: [`ERROR_CODES`] and then [`identifier_codes`].
///
/// ```
/// let all = umkm::api::codes::all();
/// assert!(all.iter().any(|c| c == "npwp.checksum"));
/// assert!(all.iter().any(|c| c == "money.ambiguous"));
/// ```
pub fn all() -> Vec<String> {
    ERROR_CODES
        .iter()
        .map(|c| c.to_string())
        .chain(identifier_codes())
        .collect()
}
