//! Size classes of enterprises under the rule in force on a date.
//!
//! - [`size`]: UMKM classes (micro, small, medium, large) by business capital and annual sales,
//!   UU 20/2008 Pasal 6 until 1 February 2021, PP 7/2021 Pasal 35 from 2 February 2021.
//! - [`industry`]: IKM classes (industri kecil, menengah, besar) by workers and investment,
//!   Permenperin 64/M-IND/PER/7/2016.
//!
//! The thresholds are tables of data with their citation and effective date, read by small
//! functions; a new regulation is a new row.

pub mod industry;
pub mod size;

use crate::text::Message;
use chrono::NaiveDate;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The regulation a classification applied.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct RuleRef {
    /// Stable id of the rule, e.g. `pp-7-2021`.
    pub id: String,
    /// Citation, e.g. `PP No. 7 Tahun 2021, Pasal 35`.
    pub citation: String,
    /// First day the rule applies (`None` where the library encodes no earlier rule).
    #[serde(default)]
    pub effective_from: Option<NaiveDate>,
    /// Last day the rule applies, if superseded.
    #[serde(default)]
    pub effective_until: Option<NaiveDate>,
}

/// Why a classification could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClassifyError {
    /// No criterion was given (neither capital nor sales; or workers or investment missing).
    #[error("missing {what}")]
    Missing {
        /// What is missing.
        what: String,
    },
    /// An amount is negative.
    #[error("{criterion} is negative")]
    Negative {
        /// Which criterion.
        criterion: String,
    },
    /// An amount is not in Rupiah; the regulation's thresholds are Rupiah.
    #[error("{criterion} is in {currency}, not IDR: convert it first")]
    NotRupiah {
        /// Which criterion.
        criterion: String,
        /// The currency given.
        currency: String,
    },
    /// No encoded rule was in force on the date.
    #[error("no size rule is in force on {date}")]
    NoRuleInForce {
        /// The date asked for.
        date: NaiveDate,
    },
}

crate::text::coded_error!(ClassifyError);

impl ClassifyError {
    /// Stable code: `classify.missing`, `classify.negative`, `classify.not_rupiah`, `classify.no_rule`.
    pub fn code(&self) -> &'static str {
        match self {
            ClassifyError::Missing { .. } => "classify.missing",
            ClassifyError::Negative { .. } => "classify.negative",
            ClassifyError::NotRupiah { .. } => "classify.not_rupiah",
            ClassifyError::NoRuleInForce { .. } => "classify.no_rule",
        }
    }

    /// The problem in Indonesian and English.
    pub fn message(&self) -> Message {
        match self {
            ClassifyError::Missing { what } => Message::new(format!("Data belum lengkap: {what}"), format!("Missing data: {what}")),
            ClassifyError::Negative { criterion } => {
                Message::new(format!("{criterion} tidak boleh negatif"), format!("{criterion} must not be negative"))
            }
            ClassifyError::NotRupiah { criterion, currency } => Message::new(
                format!("{criterion} dalam {currency}; ambang batas peraturan dalam Rupiah, konversikan dahulu"),
                format!("{criterion} is in {currency}; the thresholds are in Rupiah, convert it first"),
            ),
            ClassifyError::NoRuleInForce { date } => Message::new(
                format!("Tidak ada aturan klasifikasi yang berlaku pada {date} (data dimulai 4 Juli 2008)"),
                format!("No classification rule is in force on {date} (rules start on 4 July 2008)"),
            ),
        }
    }
}
