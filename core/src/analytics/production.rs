//! Production economics on ranges: gross sales a maker can earn from a daily capacity range and
//! a price range.
//!
//! Ranges are intervals: the lowest figure is the lowest capacity at the lowest price, the
//! highest the highest capacity at the highest price. A home craft maker making 2 to 8 pieces a
//! day sold at Rp40.000 to Rp100.000 grosses Rp80.000 to Rp800.000 a day; over the 25 working
//! days a month offices usually assume, Rp2 juta to Rp20 juta.

use crate::money::Money;
use crate::record::enterprise::{MoneyRange, QuantityRange};
use crate::text::Message;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Working days a month assumed when the caller gives none.
pub const DEFAULT_WORKING_DAYS_PER_MONTH: u32 = 25;

/// Invalid production figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProductionError {
    /// A range is negative or its minimum exceeds its maximum.
    #[error("invalid range")]
    Range,
    /// The price range's two ends are in different currencies.
    #[error("price range mixes currencies")]
    Currency,
    /// The result left the range of `Decimal`.
    #[error("result out of range")]
    Overflow,
}

crate::text::coded_error!(ProductionError);

impl ProductionError {
    /// Stable code: `production.range`, `production.currency`, `production.overflow`.
    pub fn code(&self) -> &'static str {
        match self {
            ProductionError::Range => "production.range",
            ProductionError::Currency => "production.currency",
            ProductionError::Overflow => "production.overflow",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            ProductionError::Range => Message::new(
                "Rentang harus 0 ≤ minimum ≤ maksimum.",
                "A range must satisfy 0 ≤ minimum ≤ maximum.",
            ),
            ProductionError::Currency => Message::new(
                "Harga minimum dan maksimum harus dalam mata uang yang sama.",
                "The lowest and highest price must be in the same currency.",
            ),
            ProductionError::Overflow => Message::new(
                "Hasil di luar jangkauan angka desimal.",
                "The result is out of the decimal range.",
            ),
        }
    }
}

fn check(capacity: &QuantityRange, price: &MoneyRange) -> Result<(), ProductionError> {
    if price.min.currency != price.max.currency {
        return Err(ProductionError::Currency);
    }
    let bad = |min: Decimal, max: Decimal| min < Decimal::ZERO || min > max;
    if bad(capacity.min, capacity.max) || bad(price.min.amount, price.max.amount) {
        return Err(ProductionError::Range);
    }
    Ok(())
}

/// Gross sales a day: `capacity.min × price.min` to `capacity.max × price.max`.
///
/// ```
/// use umkm::record::enterprise::{MoneyRange, QuantityRange};
/// use umkm::analytics::production::{daily_sales, monthly_sales};
/// use umkm::{Lang, Money};
///
/// let capacity = QuantityRange { min: 2.into(), max: 8.into() };
/// let price = MoneyRange { min: Money::idr(40_000), max: Money::idr(100_000) };
/// let day = daily_sales(&capacity, &price).unwrap();
/// assert_eq!((day.min, day.max), (Money::idr(80_000), Money::idr(800_000)));
/// let month = monthly_sales(&capacity, &price, None).unwrap();
/// assert_eq!(month.max.format_short(Lang::Id), "Rp20 juta");
/// ```
///
/// # Errors
///
/// A [`ProductionError`]: `production.range` for a range upside down or negative,
/// `production.currency` for a price range in two currencies, `production.overflow` past the
/// decimal range.
pub fn daily_sales(
    capacity: &QuantityRange,
    price: &MoneyRange,
) -> Result<MoneyRange, ProductionError> {
    check(capacity, price)?;
    let times = |q: Decimal, m: &Money| {
        q.checked_mul(m.amount)
            .map(|a| Money::new(a.normalize(), m.currency))
            .ok_or(ProductionError::Overflow)
    };
    Ok(MoneyRange {
        min: times(capacity.min, &price.min)?,
        max: times(capacity.max, &price.max)?,
    })
}

/// Gross sales a month over `working_days` (default [`DEFAULT_WORKING_DAYS_PER_MONTH`]); a
/// calendar month's count comes from [`crate::reference::calendar::WorkCalendar::working_days`].
///
/// # Errors
///
/// As [`daily_sales`]; `production.overflow` when the month leaves the decimal range.
pub fn monthly_sales(
    capacity: &QuantityRange,
    price: &MoneyRange,
    working_days: Option<u32>,
) -> Result<MoneyRange, ProductionError> {
    let day = daily_sales(capacity, price)?;
    let days = Decimal::from(working_days.unwrap_or(DEFAULT_WORKING_DAYS_PER_MONTH));
    let times = |m: &Money| {
        m.amount
            .checked_mul(days)
            .map(|a| Money::new(a.normalize(), m.currency))
            .ok_or(ProductionError::Overflow)
    };
    Ok(MoneyRange {
        min: times(&day.min)?,
        max: times(&day.max)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::calendar::WorkCalendar;
    use chrono::NaiveDate;

    fn craft() -> (QuantityRange, MoneyRange) {
        (
            QuantityRange {
                min: 2.into(),
                max: 8.into(),
            },
            MoneyRange {
                min: Money::idr(40_000),
                max: Money::idr(100_000),
            },
        )
    }

    #[test]
    fn the_sukatenang_case() {
        let (cap, price) = craft();
        let month = monthly_sales(&cap, &price, None).unwrap();
        assert_eq!(month.min, Money::idr(2_000_000));
        assert_eq!(month.max, Money::idr(20_000_000));
        // December 2025 has 21 working days (Christmas and collective leave off).
        let days = WorkCalendar::default().working_days(
            NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        );
        let dec = monthly_sales(&cap, &price, Some(days)).unwrap();
        assert_eq!(
            (dec.min, dec.max),
            (Money::idr(1_680_000), Money::idr(16_800_000))
        );
    }

    #[test]
    fn bad_ranges_are_errors() {
        let (cap, price) = craft();
        let inverted = QuantityRange {
            min: 8.into(),
            max: 2.into(),
        };
        assert_eq!(
            daily_sales(&inverted, &price).unwrap_err().code(),
            "production.range"
        );
        let mixed = MoneyRange {
            min: Money::idr(1),
            max: Money::new(1.into(), crate::Currency::from_code("USD").unwrap()),
        };
        assert_eq!(
            daily_sales(&cap, &mixed).unwrap_err().code(),
            "production.currency"
        );
        let huge = QuantityRange {
            min: Decimal::MAX,
            max: Decimal::MAX,
        };
        assert_eq!(
            daily_sales(&huge, &price).unwrap_err().code(),
            "production.overflow"
        );
    }
}
