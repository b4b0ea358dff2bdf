//! IKM classes of industrial businesses: industri kecil, menengah, besar.
//!
//! Permenperin No. 64/M-IND/PER/7/2016 on the number of workers and the investment value for
//! classifying industrial businesses (implementing UU 3/2014 on industry, Pasal 102 ayat 4).
//! Investment excludes land and buildings of the premises.
//!
//! | class | workers | investment |
//! | --- | --- | --- |
//! | industri kecil | at most 19 | less than Rp1 miliar |
//! | industri menengah | at most 19 | at least Rp1 miliar (no upper limit) |
//! | industri menengah | at least 20 | at most Rp15 miliar |
//! | industri besar | at least 20 | more than Rp15 miliar |
//!
//! The same figures are restated by Permenperin 27/2017 and 33/2020. Whether PP 28/2021 on
//! industry changed them is not confirmed, so no PP 28/2021 figure is encoded; the clauses are a
//! table, so a confirmed change is a new row.
//!
//! ```
//! use umkm::classify::industry::{classify_industry, IndustryClass, IndustryInput};
//! use umkm::money::Money;
//! let input = IndustryInput { workers: 19, investment_value: Money::idr(999_999_999) };
//! assert_eq!(classify_industry(&input).unwrap().class, IndustryClass::Small);
//! let input = IndustryInput { workers: 20, investment_value: Money::idr(999_999_999) };
//! assert_eq!(classify_industry(&input).unwrap().class, IndustryClass::Medium);
//! ```

use super::{ClassifyError, RuleRef};
use crate::money::Money;
use crate::text::{Lang, Message};
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// IKM class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IndustryClass {
    /// Industri kecil.
    Small,
    /// Industri menengah.
    Medium,
    /// Industri besar.
    Large,
}

impl IndustryClass {
    /// Name in a language: `Industri kecil` / `Small industry`.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (IndustryClass::Small, Lang::Id) => "Industri kecil",
            (IndustryClass::Medium, Lang::Id) => "Industri menengah",
            (IndustryClass::Large, Lang::Id) => "Industri besar",
            (IndustryClass::Small, Lang::En) => "Small industry",
            (IndustryClass::Medium, Lang::En) => "Medium industry",
            (IndustryClass::Large, Lang::En) => "Large industry",
        }
    }
}

/// Input of [`classify_industry`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IndustryInput {
    /// Workers (tenaga kerja).
    pub workers: u32,
    /// Investment value without land and buildings, in IDR.
    pub investment_value: Money,
}

/// The result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct IndustryClassification {
    /// The class.
    pub class: IndustryClass,
    /// Which clause of the table matched, e.g. `menengah-b` (20 or more workers, at most Rp15 miliar).
    pub clause: String,
    /// The rule applied.
    pub rule: RuleRef,
    /// One sentence saying the above.
    pub explanation: Message,
}

/// A bound on investment, Rupiah.
#[derive(Debug, Clone, Copy)]
enum Bound {
    LessThan(i64),
    AtLeast(i64),
    AtMost(i64),
    MoreThan(i64),
}

impl Bound {
    fn holds(self, v: Decimal) -> bool {
        match self {
            Bound::LessThan(x) => v < Decimal::from(x),
            Bound::AtLeast(x) => v >= Decimal::from(x),
            Bound::AtMost(x) => v <= Decimal::from(x),
            Bound::MoreThan(x) => v > Decimal::from(x),
        }
    }
}

/// One clause: class, clause id, inclusive worker range, investment bound, wording.
struct Clause {
    class: IndustryClass,
    id: &'static str,
    workers: (u32, u32),
    investment: Bound,
    text: (&'static str, &'static str),
}

const CITATION: &str = "Permenperin No. 64/M-IND/PER/7/2016";

static CLAUSES: [Clause; 4] = [
    Clause {
        class: IndustryClass::Small,
        id: "kecil",
        workers: (0, 19),
        investment: Bound::LessThan(1_000_000_000),
        text: (
            "paling banyak 19 tenaga kerja dan investasi kurang dari Rp1 miliar",
            "at most 19 workers and investment under Rp1 billion",
        ),
    },
    Clause {
        class: IndustryClass::Medium,
        id: "menengah-a",
        workers: (0, 19),
        investment: Bound::AtLeast(1_000_000_000),
        text: (
            "paling banyak 19 tenaga kerja dan investasi paling sedikit Rp1 miliar",
            "at most 19 workers and investment of at least Rp1 billion",
        ),
    },
    Clause {
        class: IndustryClass::Medium,
        id: "menengah-b",
        workers: (20, u32::MAX),
        investment: Bound::AtMost(15_000_000_000),
        text: (
            "paling sedikit 20 tenaga kerja dan investasi paling banyak Rp15 miliar",
            "at least 20 workers and investment of at most Rp15 billion",
        ),
    },
    Clause {
        class: IndustryClass::Large,
        id: "besar",
        workers: (20, u32::MAX),
        investment: Bound::MoreThan(15_000_000_000),
        text: (
            "paling sedikit 20 tenaga kerja dan investasi lebih dari Rp15 miliar",
            "at least 20 workers and investment over Rp15 billion",
        ),
    },
];

/// The rule cited for IKM classes. No effective date is encoded: the library holds no earlier
/// industry rule, so this one applies to every date.
pub fn rule() -> RuleRef {
    RuleRef {
        id: "permenperin-64-2016".to_string(),
        citation: CITATION.to_string(),
        effective_from: None,
        effective_until: None,
    }
}

/// Classifies an industrial business by workers and investment value.
///
/// # Errors
///
/// A [`ClassifyError`]: `classify.missing` without workers or investment,
/// `classify.negative`, `classify.not_rupiah` for an amount in another currency.
pub fn classify_industry(input: &IndustryInput) -> Result<IndustryClassification, ClassifyError> {
    let inv = &input.investment_value;
    if !inv.is_rupiah() {
        return Err(ClassifyError::NotRupiah {
            criterion: "investment_value".into(),
            currency: inv.currency.code().into(),
        });
    }
    if inv.amount.is_sign_negative() && !inv.amount.is_zero() {
        return Err(ClassifyError::Negative {
            criterion: "investment_value".into(),
        });
    }
    let clause = CLAUSES
        .iter()
        .find(|c| {
            (c.workers.0..=c.workers.1).contains(&input.workers) && c.investment.holds(inv.amount)
        })
        .ok_or_else(|| ClassifyError::Missing {
            what: "a matching clause".into(),
        })?;
    Ok(IndustryClassification {
        class: clause.class,
        clause: clause.id.to_string(),
        rule: rule(),
        explanation: Message::new(
            format!(
                "{}: {} ({CITATION})",
                clause.class.label(Lang::Id),
                clause.text.0
            ),
            format!(
                "{}: {} ({CITATION})",
                clause.class.label(Lang::En),
                clause.text.1
            ),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(workers: u32, rp: i64) -> IndustryClass {
        classify_industry(&IndustryInput {
            workers,
            investment_value: Money::idr(rp),
        })
        .unwrap()
        .class
    }

    #[test]
    fn boundaries() {
        assert_eq!(class(0, 0), IndustryClass::Small);
        assert_eq!(class(19, 999_999_999), IndustryClass::Small);
        assert_eq!(class(19, 1_000_000_000), IndustryClass::Medium);
        assert_eq!(class(20, 999_999_999), IndustryClass::Medium);
        assert_eq!(class(20, 15_000_000_000), IndustryClass::Medium);
        assert_eq!(class(20, 15_000_000_001), IndustryClass::Large);
        // The first medium clause has no upper investment limit.
        assert_eq!(class(19, 50_000_000_000), IndustryClass::Medium);
        assert_eq!(class(u32::MAX, 15_000_000_001), IndustryClass::Large);
    }

    #[test]
    fn clauses_cover_every_case_once() {
        for workers in [0, 1, 19, 20, 21, 1000] {
            for rp in [
                0i64,
                999_999_999,
                1_000_000_000,
                15_000_000_000,
                15_000_000_001,
            ] {
                let v = Decimal::from(rp);
                let hits = CLAUSES
                    .iter()
                    .filter(|c| {
                        (c.workers.0..=c.workers.1).contains(&workers) && c.investment.holds(v)
                    })
                    .count();
                assert_eq!(hits, 1, "{workers} workers, Rp{rp}");
            }
        }
    }

    #[test]
    fn errors() {
        let neg = IndustryInput {
            workers: 1,
            investment_value: Money::idr(-5),
        };
        assert_eq!(
            classify_industry(&neg).unwrap_err().code(),
            "classify.negative"
        );
    }
}
