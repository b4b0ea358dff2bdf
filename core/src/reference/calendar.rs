//! Indonesian working days: Monday to Friday, minus national holidays (libur nasional) and
//! collective leave (cuti bersama).
//!
//! Both are set each year by a joint decree (SKB) of the Ministers of Religious Affairs,
//! Manpower and Administrative Reform. The embedded years are those whose decree was checked
//! (`core/data/holidays.csv`, a source on every row): 2025 (SKB 1017/2024, 2/2024, 2/2024, with
//! the amending SKB 933/2025, 1/2025, 3/2025 of 7 August 2025 adding 18 August), 2026 (SKB
//! 1497/2025, 2/2025, 5/2025 of 19 September 2025) and 2027 (SKB 1205/2026, 3/2026, 2/2026 of
//! 15 September 2026).
//! For other years only weekends and the caller's own dates count, and
//! [`WorkCalendar::missing_years`] says so. Callers add regional holidays or plant shutdowns as
//! extra dates.

use crate::reference::data::HOLIDAYS;
use crate::text::Message;
use chrono::{Datelike, NaiveDate, Weekday};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Kind of day off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub enum HolidayKind {
    /// Libur nasional (`holiday`).
    #[serde(rename = "holiday")]
    Holiday,
    /// Cuti bersama (`cuti_bersama`): collective leave, binding on civil servants and, by
    /// agreement, optional for private employers.
    #[serde(rename = "cuti_bersama")]
    CollectiveLeave,
}

/// An embedded day off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: HolidayKind,
    /// Name in Indonesian, as the decree writes it.
    pub name_id: String,
    /// Name in English.
    pub name_en: String,
    /// The decree that sets it (SKB numbers of the three ministers, and any amendment).
    pub source: String,
}

/// Every embedded holiday and collective-leave day, in date order.
pub fn holidays() -> Vec<Holiday> {
    HOLIDAYS
        .iter()
        .filter_map(|((y, m, d), kind, id, en, source)| {
            Some(Holiday {
                date: NaiveDate::from_ymd_opt(*y, *m, *d)?,
                kind: if *kind == "holiday" {
                    HolidayKind::Holiday
                } else {
                    HolidayKind::CollectiveLeave
                },
                name_id: id.to_string(),
                name_en: en.to_string(),
                source: source.to_string(),
            })
        })
        .collect()
}

/// Why [`holidays_in`] has no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The year's decree is not embedded: its days off are unknown here.
    #[error("the holidays of {year} are not embedded")]
    YearNotCovered {
        /// The year asked.
        year: i32,
        /// The years that are.
        covered: Vec<i32>,
    },
    /// The year is outside the limits ([`crate::limits::MIN_YEAR`]–[`crate::limits::MAX_YEAR`]).
    #[error("{0}")]
    Limit(#[from] crate::limits::LimitError),
}

crate::text::coded_error!(CalendarError);

impl CalendarError {
    /// Stable code: `calendar.year_not_covered`, or the limit's.
    pub fn code(&self) -> &'static str {
        match self {
            CalendarError::YearNotCovered { .. } => "calendar.year_not_covered",
            CalendarError::Limit(e) => e.code(),
        }
    }

    /// Message in Indonesian and English.
    pub fn message(&self) -> Message {
        match self {
            CalendarError::YearNotCovered { year, covered } => {
                let list = covered
                    .iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                Message::new(
                    format!(
                        "Hari libur tahun {year} belum tersedia: SKB-nya belum diperiksa (tersedia: {list})."
                    ),
                    format!(
                        "The holidays of {year} are not available: its decree has not been checked (available: {list})."
                    ),
                )
            }
            CalendarError::Limit(e) => e.message(),
        }
    }
}

/// The national holidays and cuti bersama of one year, in date order, each with its decree.
/// A year whose decree is not embedded is an error (`calendar.year_not_covered`), never an
/// empty list that would read as a year without holidays.
///
/// ```
/// use umkm::reference::calendar::{holidays_in, HolidayKind};
/// let days = holidays_in(2025).unwrap();
/// assert_eq!(days.len(), 28);
/// let added = days.iter().find(|h| h.date.to_string() == "2025-08-18").unwrap();
/// assert_eq!(added.kind, HolidayKind::CollectiveLeave);
/// assert!(added.source.starts_with("SKB 933/2025"));
/// // 2027: Isra Mikraj twice, 1448 H in January and 1449 H in December.
/// let isra = holidays_in(2027).unwrap().into_iter().filter(|h| h.name_id.starts_with("Isra Mikraj"));
/// assert_eq!(isra.count(), 2);
/// assert_eq!(holidays_in(2028).unwrap_err().code(), "calendar.year_not_covered");
/// ```
///
/// # Errors
/// `calendar.year_not_covered` for a year without an embedded decree; `limit.year` outside
/// 1900–2200.
pub fn holidays_in(year: i32) -> Result<Vec<Holiday>, CalendarError> {
    crate::limits::check_year(year)?;
    let days: Vec<Holiday> = holidays()
        .into_iter()
        .filter(|h| h.date.year() == year)
        .collect();
    if days.is_empty() {
        return Err(CalendarError::YearNotCovered {
            year,
            covered: covered_years(),
        });
    }
    Ok(days)
}

/// Years the embedded data covers.
pub fn covered_years() -> Vec<i32> {
    let mut years: Vec<i32> = HOLIDAYS.iter().map(|((y, _, _), ..)| *y).collect();
    years.dedup();
    years
}

fn embedded_day_off(date: NaiveDate) -> bool {
    let key = (date.year(), date.month(), date.day());
    HOLIDAYS.binary_search_by(|(d, ..)| d.cmp(&key)).is_ok()
}

/// The most working days [`WorkCalendar::nth_working_day`] counts: about a century.
pub const MAX_NTH_WORKING_DAY: u32 = 26_000;

/// Working days: weekdays that are neither an embedded day off nor one of the caller's dates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct WorkCalendar {
    /// Extra days off (regional holidays, shutdowns), any order.
    #[serde(default)]
    pub extra_days_off: Vec<NaiveDate>,
}

impl WorkCalendar {
    /// A calendar with extra days off.
    pub fn with_days_off(days: &[NaiveDate]) -> Self {
        let mut extra_days_off = days.to_vec();
        extra_days_off.sort_by(NaiveDate::cmp);
        extra_days_off.dedup();
        WorkCalendar { extra_days_off }
    }

    /// True on a working day.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
            && !embedded_day_off(date)
            && !self.extra_days_off.contains(&date)
    }

    /// Working days from `start` to `end`, both included (0 if `end` is before `start`).
    ///
    /// Counted, not walked: the weekdays of the span by arithmetic, less the days off that
    /// fall on them, so the cost is that of the days-off lists whatever the span (chrono's
    /// first date to its last included).
    pub fn working_days(&self, start: NaiveDate, end: NaiveDate) -> u32 {
        if end < start {
            return 0;
        }
        let span = end.signed_duration_since(start).num_days() + 1;
        let mut weekdays = span / 7 * 5;
        let first = i64::from(start.weekday().num_days_from_monday());
        for k in 0..span % 7 {
            if (first + k) % 7 < 5 {
                weekdays += 1;
            }
        }
        // Days off within the span that fall on weekdays, each once though it be in both lists.
        let from = (start.year(), start.month(), start.day());
        let to = (end.year(), end.month(), end.day());
        let lo = HOLIDAYS.partition_point(|(d, ..)| *d < from);
        let hi = HOLIDAYS.partition_point(|(d, ..)| *d <= to);
        let embedded = HOLIDAYS
            .get(lo..hi)
            .unwrap_or_default()
            .iter()
            .filter_map(|((y, m, d), ..)| NaiveDate::from_ymd_opt(*y, *m, *d));
        let lo = self.extra_days_off.partition_point(|d| *d < start);
        let hi = self.extra_days_off.partition_point(|d| *d <= end);
        let extra = self.extra_days_off.get(lo..hi).unwrap_or_default();
        let mut off: Vec<NaiveDate> = embedded
            .chain(extra.iter().copied())
            .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
            .collect();
        off.sort_by(NaiveDate::cmp);
        off.dedup();
        let n = weekdays - off.len() as i64;
        u32::try_from(n.max(0)).unwrap_or(u32::MAX)
    }

    /// The date of the `n`-th working day counting `start` as the first candidate
    /// (`n` = 1 is `start` itself if it is a working day). `None` for `n` = 0, past the
    /// calendar's end, or past [`MAX_NTH_WORKING_DAY`] (about a century of working days, so
    /// the walk is bounded whatever `n` is asked).
    pub fn nth_working_day(&self, start: NaiveDate, n: u32) -> Option<NaiveDate> {
        if n == 0 || n > MAX_NTH_WORKING_DAY {
            return None;
        }
        let mut left = n;
        let mut day = start;
        loop {
            if self.is_working_day(day) {
                left -= 1;
                if left == 0 {
                    return Some(day);
                }
            }
            day = day.succ_opt()?;
        }
    }

    /// Years touched by `start..=end` whose holidays are not embedded (only weekends and
    /// extra days count there).
    ///
    /// Only years within [`crate::limits::MIN_YEAR`]–[`crate::limits::MAX_YEAR`] are listed,
    /// so the answer has at most 301 years whatever the span.
    pub fn missing_years(&self, start: NaiveDate, end: NaiveDate) -> Vec<i32> {
        let covered = covered_years();
        let first = start.year().max(crate::limits::MIN_YEAR);
        let last = end.year().max(start.year()).min(crate::limits::MAX_YEAR);
        (first..=last).filter(|y| !covered.contains(y)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn embedded_years_have_the_decreed_counts() {
        let all = holidays();
        let count = |y: i32, k: HolidayKind| {
            all.iter()
                .filter(|h| h.date.year() == y && h.kind == k)
                .count()
        };
        // 2025: 17 holidays, 10 days of collective leave + 18 August added in August 2025.
        assert_eq!(count(2025, HolidayKind::Holiday), 17);
        assert_eq!(count(2025, HolidayKind::CollectiveLeave), 11);
        // 2026: 17 holidays and 8 days of collective leave.
        assert_eq!(count(2026, HolidayKind::Holiday), 17);
        assert_eq!(count(2026, HolidayKind::CollectiveLeave), 8);
        // 2027 (SKB 1205/2026, 3/2026, 2/2026): 18 holidays and 8 days of collective leave.
        assert_eq!(count(2027, HolidayKind::Holiday), 18);
        assert_eq!(count(2027, HolidayKind::CollectiveLeave), 8);
        assert_eq!(all.len(), HOLIDAYS.len(), "every row is a real date");
        assert_eq!(covered_years(), [2025, 2026, 2027]);
    }

    #[test]
    fn working_days_skip_weekends_holidays_and_leave() {
        let cal = WorkCalendar::default();
        // December 2025: 23 weekdays, minus Christmas (25th) and collective leave (26th).
        assert_eq!(cal.working_days(d("2025-12-01"), d("2025-12-31")), 21);
        // Idul Fitri 2025: 31 March to 7 April has no working day but 5 April is Saturday...
        assert_eq!(cal.working_days(d("2025-03-28"), d("2025-04-07")), 0);
        assert_eq!(cal.working_days(d("2025-03-28"), d("2025-04-08")), 1);
        assert_eq!(
            cal.nth_working_day(d("2025-03-28"), 1),
            Some(d("2025-04-08"))
        );
        // A caller's regional holiday.
        let local = WorkCalendar::with_days_off(&[d("2025-12-01")]);
        assert_eq!(local.working_days(d("2025-12-01"), d("2025-12-31")), 20);
        assert_eq!(cal.working_days(d("2025-12-31"), d("2025-12-01")), 0);
        assert_eq!(cal.nth_working_day(d("2025-12-01"), 0), None);
    }

    #[test]
    fn working_days_of_2027_follow_its_decree() {
        let cal = WorkCalendar::default();
        // March 2027: 23 weekdays, less Nyepi (8th), Idulfitri cuti bersama (9th, 12th, 15th),
        // Idulfitri (10th, 11th), cuti bersama before Good Friday (25th) and Good Friday (26th).
        assert_eq!(cal.working_days(d("2027-03-01"), d("2027-03-31")), 15);
        // Nothing from Monday 8 to Monday 15 March; the next working day is Tuesday 16.
        assert_eq!(cal.working_days(d("2027-03-08"), d("2027-03-15")), 0);
        assert_eq!(
            cal.nth_working_day(d("2027-03-06"), 1),
            Some(d("2027-03-16"))
        );
        // December 2027: 23 weekdays, less cuti bersama on Friday 24 (Christmas and the second
        // Isra Mikraj fall on the weekend).
        assert_eq!(cal.working_days(d("2027-12-01"), d("2027-12-31")), 22);
    }

    /// The day-by-day count the arithmetic one replaced.
    fn walked(cal: &WorkCalendar, start: NaiveDate, end: NaiveDate) -> u32 {
        let mut n = 0;
        let mut day = start;
        while day <= end {
            if cal.is_working_day(day) {
                n += 1;
            }
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
        }
        n
    }

    proptest::proptest! {
        #[test]
        fn counted_working_days_equal_the_walked_ones(
            start in 0i64..1200, len in -10i64..800, extra in proptest::collection::vec(0i64..1500, 0..12)
        ) {
            let base = d("2024-06-01");
            let at = |k: i64| base + chrono::Duration::days(k);
            let days: Vec<NaiveDate> = extra.into_iter().map(at).collect();
            let cal = WorkCalendar::with_days_off(&days);
            let (s, e) = (at(start), at(start + len));
            proptest::prop_assert_eq!(cal.working_days(s, e), walked(&cal, s, e));
        }
    }

    #[test]
    fn the_whole_calendar_is_counted_at_once() {
        let cal = WorkCalendar::with_days_off(&[d("2025-12-01")]);
        let all = cal.working_days(NaiveDate::MIN, NaiveDate::MAX);
        assert!(all > 130_000_000, "{all}");
        assert_eq!(cal.nth_working_day(d("2025-01-01"), u32::MAX), None);
        assert_eq!(
            cal.missing_years(NaiveDate::MIN, NaiveDate::MAX).len(),
            301 - 3
        );
    }

    #[test]
    fn years_without_data_are_reported() {
        let cal = WorkCalendar::default();
        assert!(cal
            .missing_years(d("2025-01-01"), d("2026-12-31"))
            .is_empty());
        assert!(cal
            .missing_years(d("2026-12-01"), d("2027-12-31"))
            .is_empty());
        assert_eq!(cal.missing_years(d("2027-12-01"), d("2028-02-01")), [2028]);
        // 29 February 2028 is a Tuesday: a working day in a year without embedded data.
        assert!(cal.is_working_day(d("2028-02-29")));
    }
}
