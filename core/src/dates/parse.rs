//! Reading dates as people type them in registers: `2025-08-17`, `17/08/2025`, `17-08-2025`,
//! `17.08.2025`, `17 Agustus 2025`, `17 Agt 2025`, `Minggu, 17 Agustus 2025`,
//! `17 August 2025`, `Aug 17, 2025`, `17/08/2025 00:00` (a spreadsheet's export), and, when
//! asked for, Excel serial numbers (`45886`).
//!
//! Indonesian writing puts the day first (`17/08/2025` is 17 August), so numeric dates are read
//! day first unless the caller says the column is month first ([`DateOrder::MonthFirst`]). A
//! two-digit year (`17/08/25`) is refused: nothing says which century. A bare number is read
//! as an Excel serial only when the caller says the column holds them
//! ([`DateOptions::excel_serial`]), since `20250817` or `45886` could also be an identifier or
//! an amount. A weekday written with the date must be that date's weekday, which catches a
//! mistyped day. Years are held to [`crate::limits::MIN_YEAR`]–[`crate::limits::MAX_YEAR`].
//!
//! ```
//! use umkm::dates::{parse, DateOptions};
//! use umkm::NaiveDate;
//! let aug17 = NaiveDate::from_ymd_opt(2025, 8, 17).unwrap();
//! let o = DateOptions::default();
//! for text in ["2025-08-17", "17/08/2025", "17-08-2025", "17 Agustus 2025", "17 Agt 2025",
//!              "Minggu, 17 Agustus 2025", "Aug 17, 2025", "17/08/2025 00:00"] {
//!     assert_eq!(parse(text, &o).unwrap(), aug17, "{text}");
//! }
//! assert_eq!(parse("45886", &o).unwrap_err().code(), "date.serial_not_allowed");
//! let excel = DateOptions { excel_serial: true, ..DateOptions::default() };
//! assert_eq!(parse("45886", &excel).unwrap(), aug17);
//! ```

use crate::limits::{MAX_DATE_TEXT_BYTES, MAX_YEAR, MIN_YEAR};
use crate::text::Message;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Which of day and month comes first in a numeric date that does not start with the year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// `17/08/2025`: the Indonesian (and most of the world's) order, the default.
    #[default]
    DayFirst,
    /// `08/17/2025`: as written in the United States.
    MonthFirst,
}

/// How to read a column of dates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct DateOptions {
    /// The order of day and month in numeric dates; day first unless said.
    pub order: DateOrder,
    /// Read a bare number (`45886`, `45886.5`) as an Excel serial date (the 1900 date system:
    /// 1 is 1 January 1900, and 60, Excel's 29 February 1900 that never was, is refused).
    pub excel_serial: bool,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateParseError {
    /// Nothing but spaces.
    #[error("empty date")]
    Empty,
    /// Longer than [`MAX_DATE_TEXT_BYTES`].
    #[error("date text too long")]
    TooLong {
        /// Its length in bytes.
        bytes: usize,
    },
    /// Not a date in any form read here.
    #[error("not a date: {text}")]
    Invalid {
        /// The text as messages show it.
        text: String,
    },
    /// A day, month or year that no calendar has (`31/02/2025`, month 13).
    #[error("no such date: {text}")]
    Impossible {
        /// The text as messages show it.
        text: String,
    },
    /// A year of two digits.
    #[error("two-digit year: {text}")]
    TwoDigitYear {
        /// The text as messages show it.
        text: String,
    },
    /// A weekday that is not the date's.
    #[error("weekday does not match: {text}")]
    WeekdayMismatch {
        /// The text as messages show it.
        text: String,
    },
    /// A bare number, read as a serial only when asked.
    #[error("a bare number is not read as a date")]
    SerialNotAllowed,
    /// A year outside [`MIN_YEAR`]–[`MAX_YEAR`].
    #[error("year outside {MIN_YEAR}-{MAX_YEAR}")]
    Year,
}

crate::text::coded_error!(DateParseError);

impl DateParseError {
    /// Stable code: `date.parse_empty`, `date.parse_too_long`, `date.parse_invalid`,
    /// `date.impossible`, `date.two_digit_year`, `date.weekday_mismatch`,
    /// `date.serial_not_allowed`, `limit.year`.
    pub fn code(&self) -> &'static str {
        match self {
            DateParseError::Empty => "date.parse_empty",
            DateParseError::TooLong { .. } => "date.parse_too_long",
            DateParseError::Invalid { .. } => "date.parse_invalid",
            DateParseError::Impossible { .. } => "date.impossible",
            DateParseError::TwoDigitYear { .. } => "date.two_digit_year",
            DateParseError::WeekdayMismatch { .. } => "date.weekday_mismatch",
            DateParseError::SerialNotAllowed => "date.serial_not_allowed",
            DateParseError::Year => "limit.year",
        }
    }

    /// Message in Indonesian and English.
    pub fn message(&self) -> Message {
        match self {
            DateParseError::Empty => Message::new("Tanggal kosong.", "The date is empty."),
            DateParseError::TooLong { bytes } => Message::new(
                format!("Teks tanggal terlalu panjang: {bytes} byte, paling banyak {MAX_DATE_TEXT_BYTES}."),
                format!("The date text is too long: {bytes} bytes, at most {MAX_DATE_TEXT_BYTES}."),
            ),
            DateParseError::Invalid { text } => Message::new(
                format!("{text:?} bukan tanggal (contoh: 17/08/2025, 17 Agustus 2025, 2025-08-17)."),
                format!("{text:?} is not a date (for example 17/08/2025, 17 August 2025, 2025-08-17)."),
            ),
            DateParseError::Impossible { text } => Message::new(
                format!("Tanggal {text:?} tidak ada di kalender."),
                format!("There is no such date as {text:?}."),
            ),
            DateParseError::TwoDigitYear { text } => Message::new(
                format!("Tahun pada {text:?} hanya dua digit: tulis empat digit (2025), abadnya tidak dapat ditebak."),
                format!("The year in {text:?} has two digits: write all four (2025), the century cannot be guessed."),
            ),
            DateParseError::WeekdayMismatch { text } => Message::new(
                format!("Nama hari pada {text:?} tidak cocok dengan tanggalnya: salah satunya salah ketik."),
                format!("The weekday in {text:?} is not that date's weekday: one of them is mistyped."),
            ),
            DateParseError::SerialNotAllowed => Message::new(
                "Angka saja tidak dibaca sebagai tanggal; jika kolom berisi nomor seri tanggal Excel, aktifkan excel_serial.",
                "A bare number is not read as a date; if the column holds Excel serial dates, set excel_serial.",
            ),
            DateParseError::Year => Message::new(
                format!("Tahunnya di luar rentang {MIN_YEAR}–{MAX_YEAR} yang dapat dihitung."),
                format!("The year is outside the range {MIN_YEAR}–{MAX_YEAR} that can be counted."),
            ),
        }
    }
}

/// Month names and abbreviations, Indonesian and English, lower case, with the month's number.
/// Indonesian registers write August `Agu`, `Agt`, `Ags` or `Agst`, and the older spellings
/// `Pebruari` and `Nopember` are still typed.
const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("pebruari", 2),
    ("february", 2),
    ("feb", 2),
    ("peb", 2),
    ("maret", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("agustus", 8),
    ("august", 8),
    ("agst", 8),
    ("ags", 8),
    ("agt", 8),
    ("agu", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nopember", 11),
    ("nov", 11),
    ("nop", 11),
    ("desember", 12),
    ("december", 12),
    ("des", 12),
    ("dec", 12),
];

/// Weekday names, Indonesian and English, lower case. `Ahad` is Sunday as `Minggu` is.
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("senin", Weekday::Mon),
    ("selasa", Weekday::Tue),
    ("rabu", Weekday::Wed),
    ("kamis", Weekday::Thu),
    ("jumat", Weekday::Fri),
    ("jum'at", Weekday::Fri),
    ("sabtu", Weekday::Sat),
    ("minggu", Weekday::Sun),
    ("ahad", Weekday::Sun),
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, m)| m)
}

fn weekday(word: &str) -> Option<Weekday> {
    let word = word.trim_end_matches('.').to_lowercase();
    WEEKDAYS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, d)| d)
}

/// Reads a date as typed in a register. See the module docs for the forms read.
///
/// # Errors
/// `date.parse_empty`, `date.parse_too_long` (over 64 bytes), `date.parse_invalid`,
/// `date.impossible`, `date.two_digit_year`, `date.weekday_mismatch`,
/// `date.serial_not_allowed`, `limit.year`.
pub fn parse(text: &str, options: &DateOptions) -> Result<NaiveDate, DateParseError> {
    if text.len() > MAX_DATE_TEXT_BYTES {
        return Err(DateParseError::TooLong { bytes: text.len() });
    }
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(DateParseError::Empty);
    }
    let shown = || crate::text::privacy::shown(trimmed);
    let invalid = || DateParseError::Invalid { text: shown() };
    if is_serial(trimmed) {
        return if options.excel_serial {
            excel_serial(trimmed).ok_or_else(invalid).and_then(in_years)
        } else {
            Err(DateParseError::SerialNotAllowed)
        };
    }
    // A leading weekday (`Minggu, 17 Agustus 2025`), checked against the date at the end.
    let leading = trimmed
        .split_once(|c: char| c == ',' || c.is_whitespace())
        .and_then(|(word, rest)| Some((weekday(word)?, rest.trim_start_matches([',', ' ']))));
    let (day_name, rest) = match leading {
        Some((day, rest)) => (Some(day), rest),
        None => (None, trimmed),
    };
    let rest = without_time(rest);
    let (y, m, d) = numeric(rest, options.order)
        .or_else(|| worded(rest))
        .ok_or_else(invalid)?;
    if y < 100 && !rest.contains(&format!("{y:04}")) {
        return Err(DateParseError::TwoDigitYear { text: shown() });
    }
    let date = i32::try_from(y)
        .ok()
        .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
        .ok_or(DateParseError::Year)
        .and_then(|y| {
            NaiveDate::from_ymd_opt(y, m, d).ok_or(DateParseError::Impossible { text: shown() })
        })?;
    match day_name {
        Some(w) if w != date.weekday() => Err(DateParseError::WeekdayMismatch { text: shown() }),
        _ => Ok(date),
    }
}

fn in_years(date: NaiveDate) -> Result<NaiveDate, DateParseError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
        Ok(date)
    } else {
        Err(DateParseError::Year)
    }
}

/// Digits with at most one `.` and digits after (Excel writes a time of day as the fraction).
fn is_serial(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// The date of an Excel serial in the 1900 date system. Excel counts 29 February 1900, which
/// did not exist (a bug kept from Lotus 1-2-3), as day 60: days 1–59 are 1 January to
/// 28 February 1900, day 60 is refused, and from day 61 the serial is one more than the days
/// since 31 December 1899. The fraction (the time of day) is dropped.
fn excel_serial(text: &str) -> Option<NaiveDate> {
    let whole = text.split('.').next()?;
    if whole.len() > 7 {
        return None; // past 9,999,999 days is past year 9999, past any limit
    }
    let serial: i64 = whole.parse().ok()?;
    let base = NaiveDate::from_ymd_opt(1899, 12, 31)?;
    match serial {
        1..=59 => base.checked_add_days(chrono::Days::new(serial as u64)),
        61.. => base.checked_add_days(chrono::Days::new(serial as u64 - 1)),
        _ => None,
    }
}

/// The text without a trailing time of day (`17/08/2025 00:00`, `2025-08-17T10:30:00`).
fn without_time(text: &str) -> &str {
    let cut = text.rfind([' ', 'T']).filter(|&at| {
        let time = text.get(at + 1..).unwrap_or("");
        time.contains(':')
            && time
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    });
    cut.map_or(text, |at| text.get(..at).unwrap_or(text).trim_end())
}

/// `Y-M-D` (four-digit year first) or `D/M/Y` / `M/D/Y` with `/`, `-` or `.` between.
fn numeric(text: &str, order: DateOrder) -> Option<(u32, u32, u32)> {
    let sep = text.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = text.split(sep).map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (a_n, b_n, c_n) = (num(a)?, num(b)?, num(c)?);
    if a.len() == 4 {
        return Some((a_n, b_n, c_n));
    }
    if a.len() > 2 || b.len() > 2 || !(c.len() == 2 || c.len() == 4) {
        return None;
    }
    Some(match order {
        DateOrder::DayFirst => (c_n, b_n, a_n),
        DateOrder::MonthFirst => (c_n, a_n, b_n),
    })
}

/// `17 Agustus 2025`, `17-Agu-2025`, `Aug 17, 2025`, `August 17 2025`.
fn worded(text: &str) -> Option<(u32, u32, u32)> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    let [first, second, third] = words.as_slice() else {
        return None;
    };
    let num = |s: &str| -> Option<u32> {
        (s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let year = |s: &str| (s.len() == 4 || s.len() == 2).then(|| num(s)).flatten();
    let day = |s: &str| (s.len() <= 2).then(|| num(s)).flatten();
    if let (Some(d), Some(m)) = (day(first), month_number(second)) {
        return Some((year(third)?, m, d));
    }
    let (m, d) = (month_number(first)?, day(second)?);
    Some((year(third)?, m, d))
}

/// A column of dates read by `dates::parse_many`: row `i` is `dates[i]` when read, else `codes[i]`
/// says why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ParsedDates {
    /// The dates (`null` where the text was not read).
    pub dates: Vec<Option<NaiveDate>>,
    /// The error's code where the text was not read (`date.impossible`, ...), else `null`.
    pub codes: Vec<Option<String>>,
}

/// [`parse`] of every text, in order, one bad cell not stopping the rest.
///
/// ```
/// use umkm::dates::{parse_many, DateOptions};
/// let parsed = parse_many(&["17/08/2025", "31/02/2025", ""], &DateOptions::default());
/// assert_eq!(parsed.dates[0].map(|d| d.to_string()), Some("2025-08-17".into()));
/// assert_eq!(parsed.codes[1].as_deref(), Some("date.impossible"));
/// assert_eq!(parsed.codes[2].as_deref(), Some("date.parse_empty"));
/// ```
pub fn parse_many<S: AsRef<str>>(texts: &[S], options: &DateOptions) -> ParsedDates {
    let (dates, codes) = texts
        .iter()
        .map(|t| match parse(t.as_ref(), options) {
            Ok(d) => (Some(d), None),
            Err(e) => (None, Some(e.code().to_string())),
        })
        .unzip();
    ParsedDates { dates, codes }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn code(text: &str, options: &DateOptions) -> &'static str {
        parse(text, options).unwrap_err().code()
    }

    #[test]
    fn register_forms() {
        let o = DateOptions::default();
        let cases = [
            ("2025-08-17", ymd(2025, 8, 17)),
            ("2025/8/7", ymd(2025, 8, 7)),
            ("7/8/2025", ymd(2025, 8, 7)),
            ("07.08.2025", ymd(2025, 8, 7)),
            ("17 Agt 2025", ymd(2025, 8, 17)),
            ("17-Agu-2025", ymd(2025, 8, 17)),
            ("1 Des 2025", ymd(2025, 12, 1)),
            ("10 Nopember 1945", ymd(1945, 11, 10)),
            ("Jumat, 17 Agustus 1945", ymd(1945, 8, 17)),
            ("Jum'at 17 Agustus 1945", ymd(1945, 8, 17)),
            ("December 1, 2025", ymd(2025, 12, 1)),
            ("2025-08-17T10:30:00", ymd(2025, 8, 17)),
            ("17/08/2025 00:00:00", ymd(2025, 8, 17)),
            ("29/02/2024", ymd(2024, 2, 29)),
        ];
        for (text, date) in cases {
            assert_eq!(parse(text, &o), Ok(date), "{text}");
        }
        let us = DateOptions {
            order: DateOrder::MonthFirst,
            ..o
        };
        assert_eq!(parse("08/17/2025", &us), Ok(ymd(2025, 8, 17)));
        // ISO stays year-month-day whatever the order.
        assert_eq!(parse("2025-08-07", &us), Ok(ymd(2025, 8, 7)));
    }

    #[test]
    fn refusals() {
        let o = DateOptions::default();
        assert_eq!(code("", &o), "date.parse_empty");
        assert_eq!(code("08/17/2025", &o), "date.impossible");
        assert_eq!(code("29/02/2025", &o), "date.impossible");
        assert_eq!(code("17/08/25", &o), "date.two_digit_year");
        assert_eq!(code("17 Agustus 25", &o), "date.two_digit_year");
        assert_eq!(code("Senin, 17 Agustus 1945", &o), "date.weekday_mismatch");
        assert_eq!(code("45886", &o), "date.serial_not_allowed");
        assert_eq!(code("17 Foo 2025", &o), "date.parse_invalid");
        assert_eq!(code("17/08/1800", &o), "limit.year");
        assert_eq!(code(&"1".repeat(65), &o), "date.parse_too_long");
    }

    #[test]
    fn excel_serials_in_the_1900_system() {
        let o = DateOptions {
            excel_serial: true,
            ..DateOptions::default()
        };
        // Worked by hand: 1 = 1900-01-01, 59 = 1900-02-28, 60 is Excel's 29 Feb 1900,
        // 61 = 1900-03-01; 2025-01-01 is 45,656 days after 1900-01-01 (125 × 365 plus the 31
        // leap days of 1904 to 2024; 1900 is not leap), so day number 45,657, and with Excel's
        // extra day serial 45,658. 17 August 2025 is 228 days later: 45,886.
        assert_eq!(parse("1", &o), Ok(ymd(1900, 1, 1)));
        assert_eq!(parse("59", &o), Ok(ymd(1900, 2, 28)));
        assert_eq!(code("60", &o), "date.parse_invalid");
        assert_eq!(parse("61", &o), Ok(ymd(1900, 3, 1)));
        assert_eq!(parse("45658", &o), Ok(ymd(2025, 1, 1)));
        assert_eq!(parse("45886.75", &o), Ok(ymd(2025, 8, 17)));
        assert_eq!(code("0", &o), "date.parse_invalid");
        assert_eq!(code("9999999", &o), "limit.year");
    }

    #[test]
    fn long_digit_runs_stay_out_of_messages() {
        let e = parse("3275014101900001 Agustus 2025", &DateOptions::default()).unwrap_err();
        assert!(!e.message().id.contains("3275014101900001"));
        assert!(!e.message().en.contains("3275014101900001"));
    }
}
