//! Reading dates (`2025-11-01`) from JSON.
//!
//! Every date field reads through this module's `deserialize` (or `option`, `list`) instead of
//! chrono's own `Deserialize`, which parses with chrono's general format machinery (every
//! format item, RFC 2822 included: 19 KB of WebAssembly for one fixed pattern). [`parse`]
//! accepts exactly what `NaiveDate::from_str` accepts and refuses the rest with chrono's own
//! words, which the property test below holds it to. Dates are written by chrono as before.

use chrono::NaiveDate;
use serde::de::{self, Deserializer, Visitor};
use std::fmt;

/// chrono's messages (`chrono::format::ParseErrorKind`'s `Display`).
const OUT_OF_RANGE: &str = "input is out of range";
const INVALID: &str = "input contains invalid characters";
const TOO_SHORT: &str = "premature end of input";
const TOO_LONG: &str = "trailing input";

/// Up to `max` ASCII digits at the start of `s` (at least one), as chrono's scanner reads
/// them: the number and what follows it.
fn number(s: &str, max: usize) -> Result<(i64, &str), &'static str> {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Err(TOO_SHORT);
    }
    let mut n: i64 = 0;
    let mut used = 0;
    for &b in bytes.iter().take(max) {
        if !b.is_ascii_digit() {
            break;
        }
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(i64::from(b - b'0')))
            .ok_or(OUT_OF_RANGE)?;
        used += 1;
    }
    match used {
        0 => Err(INVALID),
        _ => Ok((n, s.get(used..).unwrap_or(""))),
    }
}

/// `-` after optional white space.
fn dash(s: &str) -> Result<&str, &'static str> {
    let s = s.trim_start();
    match s.strip_prefix('-') {
        Some(rest) => Ok(rest),
        None if s.is_empty() => Err(TOO_SHORT),
        None => Err(INVALID),
    }
}

/// A date written `YYYY-MM-DD`, read as `chrono::NaiveDate::from_str` reads it (white space
/// allowed around the parts, a signed year of any length, a month and day of one or two
/// digits); the error is chrono's message.
pub fn parse(text: &str) -> Result<NaiveDate, &'static str> {
    let s = text.trim_start();
    let (year, s) = match (s.strip_prefix('-'), s.strip_prefix('+')) {
        (Some(rest), _) => {
            let (v, rest) = number(rest, usize::MAX)?;
            (0i64.checked_sub(v).ok_or(OUT_OF_RANGE)?, rest)
        }
        (None, Some(rest)) => number(rest, usize::MAX)?,
        (None, None) => number(s, 4)?,
    };
    let year = i32::try_from(year).map_err(|_| OUT_OF_RANGE)?;
    let (month, s) = number(dash(s)?.trim_start(), 2)?;
    if !(1..=12).contains(&month) {
        return Err(OUT_OF_RANGE);
    }
    let (day, s) = number(dash(s)?.trim_start(), 2)?;
    if !(1..=31).contains(&day) {
        return Err(OUT_OF_RANGE);
    }
    if !s.trim_start().is_empty() {
        return Err(TOO_LONG);
    }
    // month and day are in range, so the casts are exact.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).ok_or(OUT_OF_RANGE)
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a formatted date string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<NaiveDate, E> {
        parse(v).map_err(E::custom)
    }
}

/// A date field (`#[serde(deserialize_with = "crate::dates::iso::deserialize")]`).
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_str(DateVisitor)
}

/// The date of a newtype, for reading a bare date argument.
#[derive(serde::Deserialize)]
pub(crate) struct Date(#[serde(deserialize_with = "deserialize")] pub(crate) NaiveDate);

/// An optional date field: `null` is `None` (with `#[serde(default)]`, so is absence).
pub(crate) fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    let date: Option<Date> = serde::Deserialize::deserialize(d)?;
    Ok(date.map(|d| d.0))
}

/// A list of dates.
pub(crate) fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    let dates: Vec<Date> = serde::Deserialize::deserialize(d)?;
    Ok(dates.into_iter().map(|d| d.0).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chrono(s: &str) -> Result<NaiveDate, String> {
        s.parse::<NaiveDate>().map_err(|e| e.to_string())
    }

    #[test]
    fn by_hand() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(parse("2024-02-29"), Ok(d(2024, 2, 29)));
        assert_eq!(parse("2025-02-29"), Err(OUT_OF_RANGE));
        assert_eq!(parse(" 2025 - 1 -  7 "), Ok(d(2025, 1, 7)));
        assert_eq!(parse("+12025-01-07"), Ok(d(12025, 1, 7)));
        assert_eq!(parse("-0001-12-31"), Ok(d(-1, 12, 31)));
        assert_eq!(parse(""), Err(TOO_SHORT));
        assert_eq!(parse("2025-13-01"), Err(OUT_OF_RANGE));
        assert_eq!(parse("2025-01-01T00:00"), Err(TOO_LONG));
        assert_eq!(parse("01/02/2025"), Err(INVALID));
        assert_eq!(parse("2025-01"), Err(TOO_SHORT));
        for s in [
            "2024-02-29",
            "2025-02-29",
            " 2025 - 1 -  7 ",
            "",
            "2025-13-01",
            "x",
            "2025-1-1-",
        ] {
            assert_eq!(parse(s).map_err(String::from), chrono(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn reads_as_chrono_reads(s in "[ \u{a0}\u{3000}\t+-]{0,2}[0-9]{0,6}[ -]{0,2}[0-9]{0,3}[ \u{a0}-]{0,2}[0-9]{0,3}[ xT:0-9-]{0,2}") {
            prop_assert_eq!(parse(&s).map_err(String::from), chrono(&s));
        }

        #[test]
        fn reads_any_text_as_chrono_reads(s in "[0-9 +\\-a\u{a0}]{0,14}") {
            prop_assert_eq!(parse(&s).map_err(String::from), chrono(&s));
        }

        #[test]
        fn reads_every_written_date(days in -1_000_000i32..1_000_000) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            prop_assert_eq!(parse(&date.to_string()), Ok(date));
        }
    }
}
