//! Growth figures regional offices report every year, computed exactly on `Decimal`.
//!
//! - [`growth`]: period-over-period growth `(curr − prev) ÷ prev`.
//! - [`cagr`]: compound annual growth rate `(last ÷ first)^(1 ÷ years) − 1`.
//! - [`year_over_year`]: growth of each year on the previous one in a series, with the gaps in
//!   the series reported rather than filled.
//!
//! A zero base gives an explicit [`Rate::Undefined`], never infinity or NaN (pandas'
//! `pct_change` returns `inf` there and fills gaps by default; this library deliberately
//! differs). Negative sales, exports or counts are invalid input and an error.

use crate::text::Message;
use rust_decimal::{Decimal, MathematicalOps};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Why a rate has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Undefined {
    /// The base is zero: growth from nothing has no rate (a region is "new").
    ZeroBase,
    /// The period is zero or negative years long.
    NonPositiveYears,
}

/// A growth rate as a fraction (`0.25` is 25 %), or why there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Rate {
    /// The rate, as a fraction.
    Defined {
        /// Fraction: `0.25` for 25 %, `-1` for a fall to zero.
        #[serde(with = "crate::money::decimal")]
        #[cfg_attr(
            feature = "schema",
            schemars(with = "crate::money::decimal::DecimalString")
        )]
        value: Decimal,
    },
    /// No rate, and why.
    Undefined {
        /// Reason.
        reason: Undefined,
    },
}

impl Rate {
    /// The value, if defined.
    pub fn value(&self) -> Option<Decimal> {
        match self {
            Rate::Defined { value } => Some(*value),
            Rate::Undefined { .. } => None,
        }
    }

    /// Percentage with `dp` decimals for display (`25,0 %` / `25.0%`); the reason when undefined.
    pub fn display(&self, dp: u32) -> Message {
        match self {
            Rate::Defined { value } => {
                let mut text = percent(*value, dp);
                if dp > 0 && !text.contains('.') {
                    text.push('.');
                    text.push_str(&"0".repeat(dp as usize));
                }
                Message::new(format!("{} %", text.replace('.', ",")), format!("{text}%"))
            }
            Rate::Undefined {
                reason: Undefined::ZeroBase,
            } => Message::new("baru (basis nol)", "new (zero base)"),
            Rate::Undefined {
                reason: Undefined::NonPositiveYears,
            } => Message::new("tak terdefinisi (periode ≤ 0)", "undefined (period ≤ 0)"),
        }
    }
}

/// Invalid input to a growth figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum GrowthError {
    /// A value that cannot be negative is.
    #[error("{what} must not be negative")]
    Negative {
        /// Which value.
        what: String,
    },
    /// The computation left the range of `Decimal`.
    #[error("result out of range")]
    Overflow,
}

crate::text::coded_error!(GrowthError);

impl GrowthError {
    /// Stable code: `growth.negative`, `growth.overflow`.
    pub fn code(&self) -> &'static str {
        match self {
            GrowthError::Negative { .. } => "growth.negative",
            GrowthError::Overflow => "growth.overflow",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            GrowthError::Negative { what } => Message::new(
                format!("Nilai {what} tidak boleh negatif."),
                format!("The {what} value must not be negative."),
            ),
            GrowthError::Overflow => Message::new(
                "Hasil di luar jangkauan angka desimal.",
                "The result is out of the decimal range.",
            ),
        }
    }
}

fn non_negative(value: Decimal, what: &str) -> Result<(), GrowthError> {
    if value.is_sign_negative() && !value.is_zero() {
        Err(GrowthError::Negative { what: what.into() })
    } else {
        Ok(())
    }
}

/// Growth from `prev` to `curr`: `(curr − prev) ÷ prev`.
///
/// Defined for `prev > 0` (down to −1, a fall to zero); `Undefined(ZeroBase)` for `prev = 0`;
/// an error for a negative input.
///
/// ```
/// use umkm::analytics::growth::{growth, Rate, Undefined};
/// use rust_decimal::Decimal;
///
/// let g = growth(Decimal::from(400), Decimal::from(500)).unwrap();
/// assert_eq!(g.value(), Some(Decimal::new(25, 2))); // 25 %
/// assert_eq!(growth(Decimal::ZERO, Decimal::from(5)).unwrap(), Rate::Undefined { reason: Undefined::ZeroBase });
/// assert_eq!(growth(Decimal::from(-1), Decimal::ONE).unwrap_err().code(), "growth.negative");
/// ```
///
/// # Errors
///
/// A [`GrowthError`]: `growth.negative` for a negative value, `growth.overflow` when the rate
/// leaves the decimal range.
pub fn growth(prev: Decimal, curr: Decimal) -> Result<Rate, GrowthError> {
    non_negative(prev, "prev")?;
    non_negative(curr, "curr")?;
    if prev.is_zero() {
        return Ok(Rate::Undefined {
            reason: Undefined::ZeroBase,
        });
    }
    let value = (curr - prev)
        .checked_div(prev)
        .ok_or(GrowthError::Overflow)?;
    Ok(Rate::Defined {
        value: value.normalize(),
    })
}

/// `value × 100` rounded to `dp` decimals, as text. A rate too large for a decimal once
/// multiplied (a base of Rp1 against billions) is written from its digits instead of
/// overflowing: ×100 only moves the point.
fn percent(value: Decimal, dp: u32) -> String {
    if let Some(p) = value.checked_mul(Decimal::ONE_HUNDRED) {
        return p.round_dp(dp).to_string();
    }
    // Only a value with fewer than two decimals overflows: ×100 drops its point and adds a
    // zero per missing decimal (12.5 → 1250).
    let digits = crate::text::number::DecimalText::new(value);
    let mut text: String = digits.as_str().chars().filter(|c| *c != '.').collect();
    for _ in value.scale()..2 {
        text.push('0');
    }
    text
}

/// `x^(1/n)` for a whole `n ≥ 1` by Newton's method on 28-digit decimals.
fn nth_root(x: Decimal, n: u32) -> Option<Decimal> {
    if x.is_zero() || n == 1 {
        return Some(x);
    }
    let nd = Decimal::from(n);
    // Start from the f64 estimate; Newton then converges quadratically.
    let start = f64::try_from(x).ok()?.powf(1.0 / f64::from(n));
    let mut r = Decimal::try_from(start).ok().filter(|r| !r.is_zero())?;
    for _ in 0..100 {
        let pow = r.checked_powu(u64::from(n - 1))?;
        let next = r
            .checked_mul(nd - Decimal::ONE)?
            .checked_add(x.checked_div(pow)?)?
            .checked_div(nd)?;
        if (next - r).abs() <= Decimal::new(1, 27) * next.abs().max(Decimal::ONE) {
            return Some(next);
        }
        r = next;
    }
    Some(r)
}

/// Compound annual growth rate: `(last ÷ first)^(1 ÷ years) − 1`.
///
/// `years` may be fractional (days ÷ 365.25 between two dates). `Undefined(ZeroBase)` when
/// `first = 0`, `Undefined(NonPositiveYears)` when `years ≤ 0`; negative values are an error.
/// Whole years use an exact Newton root; fractional years `exp(ln(ratio) ÷ years)`.
///
/// ```
/// use umkm::analytics::growth::cagr;
/// use rust_decimal::Decimal;
///
/// // Rp100 juta to Rp121 juta in two years: 10 % a year.
/// let r = cagr(Decimal::from(100_000_000), Decimal::from(121_000_000), Decimal::from(2)).unwrap();
/// assert_eq!(r.value().unwrap().round_dp(12), Decimal::new(1, 1));
/// ```
///
/// # Errors
///
/// A [`GrowthError`]: `growth.negative` for a negative value, `growth.overflow` when the rate
/// leaves the decimal range (no years or a zero start is an undefined rate, not an error).
pub fn cagr(first: Decimal, last: Decimal, years: Decimal) -> Result<Rate, GrowthError> {
    non_negative(first, "first")?;
    non_negative(last, "last")?;
    if years <= Decimal::ZERO {
        return Ok(Rate::Undefined {
            reason: Undefined::NonPositiveYears,
        });
    }
    if first.is_zero() {
        return Ok(Rate::Undefined {
            reason: Undefined::ZeroBase,
        });
    }
    let ratio = last.checked_div(first).ok_or(GrowthError::Overflow)?;
    let root = if ratio.is_zero() {
        Some(Decimal::ZERO)
    } else if years.fract().is_zero() && years <= Decimal::from(10_000) {
        u32::try_from(years.trunc().mantissa() / 10i128.pow(years.scale()))
            .ok()
            .and_then(|n| nth_root(ratio, n))
    } else {
        ratio
            .checked_ln()
            .and_then(|l| l.checked_div(years))
            .and_then(|e| e.checked_exp())
    };
    let value = root.ok_or(GrowthError::Overflow)? - Decimal::ONE;
    Ok(Rate::Defined {
        value: value.round_dp(24).normalize(),
    })
}

/// One year's value in a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct YearValue {
    /// Year.
    pub year: i32,
    /// Value in that year.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub value: Decimal,
}

/// Growth of one year on the year before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct YearGrowth {
    /// Year.
    pub year: i32,
    /// Value in that year.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub value: Decimal,
    /// Growth on `year − 1`; `None` when `year − 1` is missing from the series (a gap).
    pub growth: Option<Rate>,
}

/// Year-over-year growth of a series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Series {
    /// One row per year present, in year order.
    pub years: Vec<YearGrowth>,
    /// Years missing between the first and the last (never filled with zero).
    pub gaps: Vec<i32>,
}

/// Invalid series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SeriesError {
    /// The same year twice.
    #[error("year {year} appears twice")]
    DuplicateYear {
        /// The year.
        year: i32,
    },
    /// Two years of one series are in different currencies.
    #[error("year {year} is in {found}, the series in {expected}")]
    MixedCurrency {
        /// The year whose currency differs.
        year: i32,
        /// The series' currency (that of its first year).
        expected: crate::money::Currency,
        /// The currency found.
        found: crate::money::Currency,
    },
    /// A value is invalid.
    #[error(transparent)]
    Value(#[from] GrowthError),
    /// A year outside the years that can be counted ([`crate::limits`]): the gaps between
    /// year 1 and year 2147483647 would be two billion years long.
    #[error(transparent)]
    Limit(#[from] crate::limits::LimitError),
}

use crate::text::privacy::shown_year;

crate::text::coded_error!(SeriesError);

impl SeriesError {
    /// Stable code: `series.duplicate_year`, `series.mixed_currency`, or the value's code.
    pub fn code(&self) -> &'static str {
        match self {
            SeriesError::DuplicateYear { .. } => "series.duplicate_year",
            SeriesError::MixedCurrency { .. } => "series.mixed_currency",
            SeriesError::Value(e) => e.code(),
            SeriesError::Limit(e) => e.code(),
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            SeriesError::DuplicateYear { year } => Message::new(
                format!("Tahun {} tercantum dua kali.", shown_year(*year)),
                format!("Year {} appears twice.", shown_year(*year)),
            ),
            SeriesError::MixedCurrency {
                year,
                expected,
                found,
            } => Message::new(
                format!(
                    "Nilai tahun {} dalam {found}, deret dalam {expected}: konversikan dahulu.",
                    shown_year(*year)
                ),
                format!(
                    "Year {} is in {found}, the series in {expected}: convert it first.",
                    shown_year(*year)
                ),
            ),
            SeriesError::Value(e) => e.message(),
            SeriesError::Limit(e) => e.message(),
        }
    }
}

/// Year-over-year growth of values by year (any order). A year whose previous year is absent
/// has no growth, and every missing year between the first and last is listed in `gaps`.
///
/// # Errors
///
/// `series.duplicate_year` for a year given twice, `growth.negative` for a negative value,
/// `limit.year` for a year outside 1900–2200 ([`crate::limits::MIN_YEAR`]), which also keeps
/// `gaps` to at most 299 years.
///
/// ```
/// use umkm::analytics::growth::{year_over_year, YearValue};
/// use rust_decimal::Decimal;
///
/// let v = |year, value: i64| YearValue { year, value: Decimal::from(value) };
/// let s = year_over_year(&[v(2024, 480), v(2021, 300), v(2023, 390)]).unwrap();
/// assert_eq!(s.gaps, [2022]);
/// assert!(s.years[1].growth.is_none()); // 2023 has no 2022 to grow from
/// assert_eq!(s.years[2].growth.unwrap().value().unwrap().round_dp(4), Decimal::new(2308, 4));
/// ```
pub fn year_over_year(values: &[YearValue]) -> Result<Series, SeriesError> {
    for v in values {
        crate::limits::check_year(v.year)?;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by_key(|v| v.year);
    for w in sorted.windows(2) {
        if let [a, b] = w {
            if a.year == b.year {
                return Err(SeriesError::DuplicateYear { year: a.year });
            }
        }
    }
    let mut years = Vec::with_capacity(sorted.len());
    let mut gaps = Vec::new();
    let mut prev: Option<YearValue> = None;
    for v in &sorted {
        non_negative(v.value, &v.year.to_string())?;
        let growth = match prev {
            Some(p) if p.year + 1 == v.year => Some(growth(p.value, v.value)?),
            Some(p) => {
                gaps.extend(p.year + 1..v.year);
                None
            }
            None => None,
        };
        years.push(YearGrowth {
            year: v.year,
            value: v.value,
            growth,
        });
        prev = Some(*v);
    }
    Ok(Series { years, gaps })
}

/// Year-over-year growth of an enterprise's annual sales ([`crate::Enterprise::annual_sales`]).
/// All years must be in one currency (an error names the first that is not); missing years
/// are gaps.
///
/// ```
/// use umkm::{analytics::growth::annual_sales_series, Enterprise};
///
/// let e = Enterprise::from_json(r#"{"name": "Batik Tulis Bekasi", "annual_sales": [
///     {"year": 2023, "amount": {"amount": "390000000", "currency": "IDR"}},
///     {"year": 2024, "amount": {"amount": "480000000", "currency": "IDR"}}]}"#).unwrap();
/// let s = annual_sales_series(&e).unwrap();
/// assert_eq!(s.years[1].growth.unwrap().display(1).id, "23,1 %");
/// ```
///
/// # Errors
///
/// A [`SeriesError`]: `series.duplicate_year` for a year recorded twice,
/// `series.mixed_currency` for sales in more than one currency.
pub fn annual_sales_series(e: &crate::Enterprise) -> Result<Series, SeriesError> {
    let mut values = Vec::with_capacity(e.annual_sales.len());
    let currency = e.annual_sales.first().map(|s| s.amount.currency);
    for s in &e.annual_sales {
        if let Some(expected) = currency.filter(|c| *c != s.amount.currency) {
            return Err(SeriesError::MixedCurrency {
                year: s.year,
                expected,
                found: s.amount.currency,
            });
        }
        values.push(YearValue {
            year: s.year,
            value: s.amount.amount,
        });
    }
    year_over_year(&values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_too_large_to_multiply_are_written_not_overflowed() {
        // Rp1 to Decimal::MAX: growth is MAX - 1, which ×100 does not fit.
        let r = growth(Decimal::ONE, Decimal::MAX).unwrap();
        assert_eq!(r.display(1).en, "7922816251426433759354395033400.0%");
        assert_eq!(percent(Decimal::new(125, 1), 1), "1250.0");
        assert_eq!(percent(Decimal::new(1255, 3), 1), "125.5");
        let big = Decimal::from_i128_with_scale(79_228_162_514_264_337_593_543_950_335, 1);
        assert_eq!(percent(big, 0), "792281625142643375935439503350");
        // The largest ratios: a defined rate or an overflow error, never a panic.
        for years in 1..=12 {
            for (first, last) in [
                (Decimal::new(1, 28), Decimal::MAX),
                (Decimal::ONE, Decimal::MAX),
            ] {
                match cagr(first, last, Decimal::from(years)) {
                    Ok(Rate::Defined { value }) => assert!(value > Decimal::ZERO),
                    Ok(other) => panic!("{other:?}"),
                    Err(e) => assert_eq!(e.code(), "growth.overflow"),
                }
            }
        }
    }

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn growth_by_hand() {
        // Duo Ayu Sehati's sales: Rp390 juta (2023) to Rp480 juta (2024): +23.0769...%.
        let g = growth(dec("390000000"), dec("480000000")).unwrap();
        assert_eq!(g.value().unwrap().round_dp(6), dec("0.230769"));
        assert_eq!(g.display(1).en, "23.1%");
        assert_eq!(g.display(1).id, "23,1 %");
        // A fall to zero is -100 %, a flat year 0.
        assert_eq!(growth(dec("5"), dec("0")).unwrap().value(), Some(dec("-1")));
        assert_eq!(growth(dec("5"), dec("5")).unwrap().value(), Some(dec("0")));
        assert_eq!(
            growth(dec("5"), dec("-1")).unwrap_err(),
            GrowthError::Negative {
                what: "curr".into()
            }
        );
        assert_eq!(
            growth(Decimal::ZERO, Decimal::ZERO).unwrap().display(0).en,
            "new (zero base)"
        );
    }

    #[test]
    fn cagr_by_hand() {
        // Kota Depok-style: exports doubling over 3 years: 2^(1/3) - 1 = 0.259921049894873...
        let r = cagr(dec("100"), dec("200"), dec("3"))
            .unwrap()
            .value()
            .unwrap();
        assert_eq!(r.round_dp(15), dec("0.259921049894873"));
        // 1.21 over two years: exactly 10 %.
        assert_eq!(
            cagr(dec("100"), dec("121"), dec("2"))
                .unwrap()
                .value()
                .unwrap()
                .round_dp(20),
            dec("0.1")
        );
        // Fractional years: 1.5 years from 100 to 150: 1.5^(2/3) - 1 = 0.3103706971044483...
        let r = cagr(dec("100"), dec("150"), dec("1.5"))
            .unwrap()
            .value()
            .unwrap();
        assert_eq!(r.round_dp(12), dec("0.310370697104"));
        // To zero: -100 %.
        assert_eq!(
            cagr(dec("100"), dec("0"), dec("4")).unwrap().value(),
            Some(dec("-1"))
        );
        assert_eq!(
            cagr(dec("100"), dec("120"), dec("0")).unwrap(),
            Rate::Undefined {
                reason: Undefined::NonPositiveYears
            }
        );
        assert_eq!(
            cagr(dec("0"), dec("120"), dec("2")).unwrap(),
            Rate::Undefined {
                reason: Undefined::ZeroBase
            }
        );
        assert_eq!(
            cagr(dec("-1"), dec("1"), dec("1")).unwrap_err().code(),
            "growth.negative"
        );
    }

    #[test]
    fn series_reports_gaps_and_duplicates() {
        let v = |year, value: &str| YearValue {
            year,
            value: dec(value),
        };
        let s = year_over_year(&[v(2021, "10"), v(2022, "0"), v(2023, "5"), v(2026, "7")]).unwrap();
        assert_eq!(s.gaps, [2024, 2025]);
        assert_eq!(s.years[1].growth.unwrap().value(), Some(dec("-1")));
        assert_eq!(
            s.years[2].growth.unwrap(),
            Rate::Undefined {
                reason: Undefined::ZeroBase
            }
        );
        assert!(s.years[3].growth.is_none());
        assert_eq!(
            year_over_year(&[v(2021, "1"), v(2021, "2")])
                .unwrap_err()
                .code(),
            "series.duplicate_year"
        );
        assert_eq!(
            year_over_year(&[v(2021, "-1")]).unwrap_err().code(),
            "growth.negative"
        );
        assert!(year_over_year(&[]).unwrap().years.is_empty());
    }
}
