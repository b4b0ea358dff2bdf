//! What can stop an assessment: an unknown product or destination, a malformed rule set,
//! a limit passed.

use super::ruleset::RuleSetError;
use crate::text::privacy::shown;
use crate::text::Message;
use serde::{Deserialize, Serialize};

/// Why an assessment could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReadinessError {
    /// The product is not in the enterprise's product list.
    #[error("product {product:?} is not in the record (products: {available:?})")]
    UnknownProduct {
        /// The name asked for.
        product: String,
        /// The names in the record.
        available: Vec<String>,
    },
    /// The destination is neither an ISO 3166-1 alpha-2 country code nor `EU`.
    #[error("{destination:?} is not an ISO 3166-1 alpha-2 country code or EU")]
    UnknownCountry {
        /// The destination given.
        destination: String,
    },
    /// The rule set is malformed.
    #[error(transparent)]
    RuleSet(#[from] RuleSetError),
    /// The date is outside the years the plan can count ([`crate::limits`]).
    #[error(transparent)]
    Limit(#[from] crate::limits::LimitError),
}

crate::text::coded_error!(ReadinessError);

impl ReadinessError {
    /// Stable code: `readiness.unknown_product`, `readiness.unknown_country`, `ruleset.invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            ReadinessError::UnknownProduct { .. } => "readiness.unknown_product",
            ReadinessError::UnknownCountry { .. } => "readiness.unknown_country",
            ReadinessError::RuleSet(_) => "ruleset.invalid",
            ReadinessError::Limit(e) => e.code(),
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            ReadinessError::UnknownProduct { product, available } => {
                // The caller's names, shown as messages show input (digit runs masked, long
                // names cut), at most ten of them.
                let product = shown(product);
                let mut names: Vec<String> = available.iter().take(10).map(|n| shown(n)).collect();
                if available.len() > 10 {
                    names.push("…".into());
                }
                let names = names.join(", ");
                Message::new(
                    format!("Produk {product:?} tidak ada dalam data usaha (produk: {names})."),
                    format!("Product {product:?} is not in the record (products: {names})."),
                )
            }
            ReadinessError::UnknownCountry { destination } => {
                let destination = shown(destination);
                Message::new(
                    format!("{destination:?} bukan kode negara ISO 3166-1 alpha-2 atau EU."),
                    format!("{destination:?} is not an ISO 3166-1 alpha-2 country code or EU."),
                )
            }
            ReadinessError::Limit(e) => e.message(),
            ReadinessError::RuleSet(e) => Message::new(
                format!("Rule set tidak sah: {} masalah.", e.problems.len()),
                format!("Invalid rule set: {} problems.", e.problems.len()),
            ),
        }
    }
}
