//! Progress toward a programme target, such as Kabupaten Bekasi's 5,000 new entrepreneurs.
//!
//! - `share = achieved ÷ goal` (may pass 1 when the goal is exceeded);
//! - `remaining = max(goal − achieved, 0)`;
//! - `months_left`: calendar months from the start of `as_of` to the end of the deadline day,
//!   whole months first, then the rest as a fraction of the month it falls in (1 November 2025
//!   to 31 December 2026 is exactly 14 months; 15 January to 31 January is 17/31 of a month);
//! - `monthly_needed = remaining ÷ months_left`: the pace still needed; `None` when the
//!   deadline has passed with something remaining, `0` once the goal is reached;
//! - with a start date, `monthly_so_far = achieved ÷ months elapsed` (start to the day before
//!   `as_of`) and `on_track` when that pace is at least the pace needed.
//!
//! All figures are exact `Decimal`; round them only for display.
//!
//! ```
//! use umkm::analytics::target::{target_progress, Target};
//! use chrono::NaiveDate;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let target = Target { goal: 5000.into(), deadline: d(2026, 12, 31), start: None };
//! let p = target_progress(&target, 1250.into(), d(2025, 11, 1)).unwrap();
//! assert_eq!(p.remaining, 3750.into());
//! assert_eq!(p.share.to_string(), "0.25");
//! assert_eq!(p.months_left, 14.into());
//! assert_eq!(p.monthly_needed.unwrap().round_dp(2).to_string(), "267.86");
//! ```

use crate::money::format_number;
use crate::text::{Lang, Message};
use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A programme target.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// What is to be reached (entrepreneurs, exporters, Rupiah of sales); positive.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub goal: Decimal,
    /// Last day to reach it (inclusive).
    pub deadline: NaiveDate,
    /// First day of the programme, for the pace so far.
    #[serde(default)]
    pub start: Option<NaiveDate>,
}

/// Where a target stands on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct TargetProgress {
    /// The goal.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub goal: Decimal,
    /// Achieved so far.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub achieved: Decimal,
    /// `max(goal − achieved, 0)`.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub remaining: Decimal,
    /// `achieved ÷ goal`.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub share: Decimal,
    /// True when achieved ≥ goal.
    pub reached: bool,
    /// The date of the figures.
    pub as_of: NaiveDate,
    /// The deadline.
    pub deadline: NaiveDate,
    /// Calendar months from `as_of` to the end of the deadline day (0 when passed).
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub months_left: Decimal,
    /// Pace still needed a month; `None` when the deadline has passed unmet.
    #[serde(with = "crate::money::decimal::option")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::money::decimal::DecimalString>")
    )]
    pub monthly_needed: Option<Decimal>,
    /// Pace so far a month, when a start date is given and a day has passed.
    #[serde(with = "crate::money::decimal::option")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::money::decimal::DecimalString>")
    )]
    pub monthly_so_far: Option<Decimal>,
    /// Pace so far ≥ pace needed; `None` without both.
    pub on_track: Option<bool>,
    /// One sentence saying the above.
    pub summary: Message,
}

/// Invalid target figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum TargetError {
    /// The goal is zero or negative.
    #[error("the goal must be positive")]
    NonPositiveGoal,
    /// The amount achieved is negative.
    #[error("the amount achieved must not be negative")]
    NegativeAchieved,
    /// The start is after `as_of` or not before the deadline.
    #[error("the start date {start} must be on or before {as_of} and before the deadline")]
    Start {
        /// Start given.
        start: NaiveDate,
        /// The date of the figures.
        as_of: NaiveDate,
    },
    /// A date is outside the calendar range.
    #[error("date out of range")]
    DateRange,
    /// The figures are too far apart for a decimal (a goal of 10^-20 against 10^20 achieved).
    #[error("the figures are too large to compare")]
    Overflow,
}

crate::text::coded_error!(TargetError);

impl TargetError {
    /// Stable code: `target.goal`, `target.achieved`, `target.start`, `target.date_range`,
    /// `target.overflow`.
    pub fn code(&self) -> &'static str {
        match self {
            TargetError::NonPositiveGoal => "target.goal",
            TargetError::NegativeAchieved => "target.achieved",
            TargetError::Start { .. } => "target.start",
            TargetError::DateRange => "target.date_range",
            TargetError::Overflow => "target.overflow",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            TargetError::NonPositiveGoal => Message::new(
                "Target harus lebih dari nol.",
                "The goal must be more than zero.",
            ),
            TargetError::NegativeAchieved => Message::new(
                "Capaian tidak boleh negatif.",
                "The amount achieved must not be negative.",
            ),
            TargetError::Start { start, as_of } => Message::new(
                format!("Tanggal mulai {start} harus paling lambat {as_of} dan sebelum tenggat."),
                format!(
                    "The start date {start} must be on or before {as_of} and before the deadline."
                ),
            ),
            TargetError::DateRange => Message::new(
                "Tanggal di luar jangkauan kalender.",
                "A date is outside the calendar range.",
            ),
            TargetError::Overflow => Message::new(
                "Angka terlalu besar untuk dibandingkan.",
                "The figures are too large to compare.",
            ),
        }
    }
}

/// A number of calendar months as whole months plus `rest` days of a `span`-day month, kept
/// as a fraction so that dividing by it stays exact (`10 ÷ (1/31 month)` is 310, not
/// 310.00000000000000000000000028).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MonthCount {
    whole: u32,
    rest: i64,
    span: i64,
}

impl MonthCount {
    fn is_zero(self) -> bool {
        self.whole == 0 && self.rest == 0
    }

    fn to_decimal(self) -> Decimal {
        let fraction = if self.rest == 0 {
            Decimal::ZERO
        } else {
            Decimal::from(self.rest) / Decimal::from(self.span)
        };
        (Decimal::from(self.whole) + fraction).normalize()
    }

    /// `amount ÷ self` as `amount × span ÷ (whole × span + rest)`; `None` for zero months.
    fn per_month(self, amount: Decimal) -> Option<Decimal> {
        let days = i64::from(self.whole)
            .checked_mul(self.span)?
            .checked_add(self.rest)?;
        (days > 0).then_some(())?;
        amount
            .checked_mul(Decimal::from(self.span))?
            .checked_div(Decimal::from(days))
            .map(|d| d.normalize())
    }
}

/// Calendar months from the start of `from` to the start of `until`: whole months, then the
/// remaining days over the length of the month they fall in; zero when `until <= from`.
fn months_between(from: NaiveDate, until: NaiveDate) -> Result<MonthCount, TargetError> {
    if until <= from {
        return Ok(MonthCount {
            whole: 0,
            rest: 0,
            span: 1,
        });
    }
    let add = |m: u32| {
        from.checked_add_months(Months::new(m))
            .ok_or(TargetError::DateRange)
    };
    // Whole months: the estimate from the calendar, corrected down when day clamping (31st).
    let month_index = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    let mut whole = u32::try_from(month_index(until) - month_index(from))
        .map_err(|_| TargetError::DateRange)?;
    while whole > 0 && add(whole)? > until {
        whole -= 1;
    }
    let mark = add(whole)?;
    let next = add(whole + 1)?;
    Ok(MonthCount {
        whole,
        rest: (until - mark).num_days(),
        span: (next - mark).num_days(),
    })
}

/// The one-sentence summary, numbers written the way each language writes them.
fn summarise(
    target: &Target,
    achieved: Decimal,
    remaining: Decimal,
    share: Decimal,
    reached: bool,
    left: MonthCount,
    monthly_needed: Option<Decimal>,
) -> Message {
    let n = |v: Decimal, lang| format_number(v, lang);
    let (id, en) = (Lang::Id, Lang::En);
    let pct = crate::analytics::growth::Rate::Defined { value: share }.display(1);
    let (pct_id, pct_en) = (&pct.id, &pct.en);
    let (goal, done, rest) = (target.goal, achieved, remaining);
    match monthly_needed {
        _ if reached => Message::new(
            format!(
                "Target tercapai: {} dari {} ({pct_id}).",
                n(done, id),
                n(goal, id)
            ),
            format!(
                "Target reached: {} of {} ({pct_en}).",
                n(done, en),
                n(goal, en)
            ),
        ),
        Some(needed) => {
            let months = left.to_decimal().round_dp(1);
            let pace = needed.round_dp(1);
            Message::new(
                format!(
                    "Tercapai {} dari {} ({pct_id}); sisa {} dalam {} bulan, perlu {} per bulan.",
                    n(done, id),
                    n(goal, id),
                    n(rest, id),
                    n(months, id),
                    n(pace, id)
                ),
                format!(
                    "{} of {} achieved ({pct_en}); {} remain in {} months, {} a month needed.",
                    n(done, en),
                    n(goal, en),
                    n(rest, en),
                    n(months, en),
                    n(pace, en)
                ),
            )
        }
        None => Message::new(
            format!(
                "Tenggat {} sudah lewat; tercapai {} dari {} ({pct_id}), kurang {}.",
                target.deadline,
                n(done, id),
                n(goal, id),
                n(rest, id)
            ),
            format!(
                "The deadline {} has passed; {} of {} achieved ({pct_en}), {} short.",
                target.deadline,
                n(done, en),
                n(goal, en),
                n(rest, en)
            ),
        ),
    }
}

/// Where `target` stands on `as_of` with `achieved` so far. See the module docs.
///
/// # Errors
///
/// A [`TargetError`]: `target.goal` (zero or negative), `target.achieved` (negative),
/// `target.start` (after the date of the figures, or not before the deadline),
/// `target.date_range` (a date outside the calendar's range), `target.overflow` (figures too
/// far apart for a decimal).
pub fn target_progress(
    target: &Target,
    achieved: Decimal,
    as_of: NaiveDate,
) -> Result<TargetProgress, TargetError> {
    if target.goal <= Decimal::ZERO {
        return Err(TargetError::NonPositiveGoal);
    }
    if achieved < Decimal::ZERO {
        return Err(TargetError::NegativeAchieved);
    }
    if let Some(start) = target.start {
        if start > as_of || start >= target.deadline {
            return Err(TargetError::Start { start, as_of });
        }
    }
    let remaining = (target.goal - achieved).max(Decimal::ZERO);
    let share = achieved
        .checked_div(target.goal)
        .ok_or(TargetError::Overflow)?
        .normalize();
    let reached = remaining.is_zero();
    let end = target.deadline.succ_opt().ok_or(TargetError::DateRange)?;
    let left = months_between(as_of, end)?;
    let months_left = left.to_decimal();
    let monthly_needed = if reached {
        Some(Decimal::ZERO)
    } else if left.is_zero() {
        None
    } else {
        Some(left.per_month(remaining).ok_or(TargetError::Overflow)?)
    };
    let monthly_so_far = match target.start {
        Some(start) => months_between(start, as_of)?.per_month(achieved),
        None => None,
    };
    let on_track = match (monthly_so_far, monthly_needed) {
        (Some(so_far), Some(needed)) => Some(so_far >= needed),
        _ if reached => Some(true),
        _ => None,
    };
    let summary = summarise(
        target,
        achieved,
        remaining,
        share,
        reached,
        left,
        monthly_needed,
    );
    Ok(TargetProgress {
        goal: target.goal,
        achieved,
        remaining,
        share,
        reached,
        as_of,
        deadline: target.deadline,
        months_left,
        monthly_needed,
        monthly_so_far,
        on_track,
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn months_by_hand() {
        let m = |a, b| months_between(a, b).unwrap().to_decimal();
        assert_eq!(m(d(2025, 11, 1), d(2027, 1, 1)), dec("14"));
        // 15 Jan to the end of 31 Jan: 17 days of a 31-day month.
        assert_eq!(
            months_between(d(2025, 1, 15), d(2025, 2, 1)).unwrap(),
            MonthCount {
                whole: 0,
                rest: 17,
                span: 31
            }
        );
        // From 31 January: one month reaches 28 February (clamped), then 1 day of the
        // span to 31 March (31 days).
        assert_eq!(
            months_between(d(2025, 1, 31), d(2025, 3, 1)).unwrap(),
            MonthCount {
                whole: 1,
                rest: 1,
                span: 31
            }
        );
        // Leap year: 29 February 2024 plus 12 months is 28 February 2025 (clamped).
        assert_eq!(m(d(2024, 2, 29), d(2025, 2, 28)), dec("12"));
        assert_eq!(m(d(2025, 3, 1), d(2025, 3, 1)), Decimal::ZERO);
        assert_eq!(m(d(2025, 3, 2), d(2025, 3, 1)), Decimal::ZERO);
    }

    #[test]
    fn five_thousand_new_entrepreneurs() {
        let t = Target {
            goal: dec("5000"),
            deadline: d(2026, 12, 31),
            start: Some(d(2025, 1, 1)),
        };
        let p = target_progress(&t, dec("1250"), d(2025, 11, 1)).unwrap();
        // 3,750 left over 14 months = 267.857142857...; 1,250 over 10 months = 125 a month.
        assert_eq!(p.monthly_needed.unwrap().round_dp(6), dec("267.857143"));
        assert_eq!(p.monthly_so_far, Some(dec("125")));
        assert_eq!(p.on_track, Some(false));
        assert_eq!(
            p.summary.id,
            "Tercapai 1.250 dari 5.000 (25,0 %); sisa 3.750 dalam 14 bulan, perlu 267,9 per bulan."
        );
        // Exceeded: share above 1, nothing remaining, pace needed 0.
        let p = target_progress(&t, dec("5500"), d(2026, 6, 30)).unwrap();
        assert!(p.reached);
        assert_eq!((p.share, p.remaining), (dec("1.1"), Decimal::ZERO));
        assert_eq!(p.monthly_needed, Some(Decimal::ZERO));
        assert_eq!(p.on_track, Some(true));
        // Deadline passed unmet: no pace can reach it.
        let p = target_progress(&t, dec("4000"), d(2027, 1, 1)).unwrap();
        assert_eq!(p.months_left, Decimal::ZERO);
        assert_eq!(p.monthly_needed, None);
        assert!(p
            .summary
            .en
            .starts_with("The deadline 2026-12-31 has passed"));
        // On the deadline day itself one day is left: 1/31 of December.
        let p = target_progress(&t, dec("4990"), d(2026, 12, 31)).unwrap();
        assert_eq!(p.months_left, (dec("1") / dec("31")).normalize());
        assert_eq!(p.monthly_needed, Some(dec("310")));
    }

    #[test]
    fn bad_targets_are_errors() {
        let t = |goal: &str, start| Target {
            goal: dec(goal),
            deadline: d(2026, 12, 31),
            start,
        };
        let as_of = d(2025, 11, 1);
        assert_eq!(
            target_progress(&t("0", None), dec("1"), as_of)
                .unwrap_err()
                .code(),
            "target.goal"
        );
        assert_eq!(
            target_progress(&t("10", None), dec("-1"), as_of)
                .unwrap_err()
                .code(),
            "target.achieved"
        );
        assert_eq!(
            target_progress(&t("10", Some(d(2025, 12, 1))), dec("1"), as_of)
                .unwrap_err()
                .code(),
            "target.start"
        );
        assert_eq!(
            target_progress(&t("10", Some(d(2027, 1, 1))), dec("1"), d(2027, 2, 1))
                .unwrap_err()
                .code(),
            "target.start"
        );
        // Start on as_of: no time elapsed, no pace so far.
        let p = target_progress(&t("10", Some(as_of)), dec("0"), as_of).unwrap();
        assert_eq!((p.monthly_so_far, p.on_track), (None, None));
    }
}
